using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// An AdditionalFiles item backed by a file on disk. Asking for its text fails the test: on a binary file the
    /// compiler reports CS2015 for that, so the generator must read the bytes from the path.
    /// </summary>
    internal sealed class DiskText : AdditionalText
    {
        public DiskText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The generator asked for the text of " + Path);
    }

    /// <summary>A tensor for <see cref="WeightFiles.Build"/>: name, dtype, shape and its little-endian bytes.</summary>
    internal sealed record RawTensor(string Name, string DType, int[] Shape, byte[] Data);

    /// <summary>
    /// A temporary folder of weights files and sources for baking tests: writes safetensors bytes built by hand and
    /// runs the generator with the files as AdditionalFiles.
    /// </summary>
    internal sealed class WeightFiles : IDisposable
    {
        public WeightFiles() => Folder = Directory.CreateTempSubdirectory("netgen-weights-").FullName;

        public string Folder { get; }

        /// <summary>
        /// safetensors bytes: the 8-byte little-endian header length, compact JSON listing the tensors back to back in
        /// the order given, padded with spaces to a multiple of 8, then the data.
        /// </summary>
        public static byte[] Build(IEnumerable<RawTensor> tensors)
        {
            var list = tensors.ToList();
            long offset = 0;
            var entries = new List<string>();
            foreach (var tensor in list)
            {
                entries.Add($"\"{tensor.Name}\":{{\"dtype\":\"{tensor.DType}\",\"shape\":[{string.Join(",", tensor.Shape)}],\"data_offsets\":[{offset},{offset + tensor.Data.Length}]}}");
                offset += tensor.Data.Length;
            }

            byte[] json = Encoding.UTF8.GetBytes("{" + string.Join(",", entries) + "}");
            int padding = (8 - (json.Length % 8)) % 8;
            var file = new List<byte>();
            var prefix = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(prefix, (ulong)(json.Length + padding));
            file.AddRange(prefix);
            file.AddRange(json);
            file.AddRange(Enumerable.Repeat((byte)' ', padding));
            foreach (var tensor in list)
            {
                file.AddRange(tensor.Data);
            }

            return file.ToArray();
        }

        public static byte[] F64(IEnumerable<double> values)
        {
            var list = values.ToArray();
            var bytes = new byte[list.Length * 8];
            for (int i = 0; i < list.Length; i++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), list[i]);
            }

            return bytes;
        }

        public static byte[] F32(IEnumerable<float> values)
        {
            var list = values.ToArray();
            var bytes = new byte[list.Length * 4];
            for (int i = 0; i < list.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), list[i]);
            }

            return bytes;
        }

        /// <summary>The state_dict of Input(inputs) → Dense(hidden)+activation → Dense(1), every value <paramref name="value"/>.</summary>
        public static byte[] TwoLayers(int inputs, int hidden, float value = 0.5f, string dtype = "F32")
        {
            byte[] Values(int count) => dtype == "F32" ? F32(Enumerable.Repeat(value, count)) : new byte[count * 2];
            return Build(new[]
            {
                new RawTensor("0.weight", dtype, new[] { hidden, inputs }, Values(hidden * inputs)),
                new RawTensor("0.bias", dtype, new[] { hidden }, Values(hidden)),
                new RawTensor("2.weight", dtype, new[] { 1, hidden }, Values(hidden)),
                new RawTensor("2.bias", dtype, new[] { 1 }, Values(1)),
            });
        }

        /// <summary>Writes a file under the folder and returns its full path.</summary>
        public string Write(string relativePath, byte[] bytes)
        {
            string path = System.IO.Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        /// <summary>
        /// Compiles <paramref name="source"/> as the file <paramref name="sourcePath"/> under the folder (with
        /// <see cref="GeneratorHarness"/>'s options: warnings are errors) and runs the generator with the files.
        /// </summary>
        public GeneratorRun Run(string source, string sourcePath, params string[] additionalFiles) =>
            Run(Compile(source, sourcePath, References.Default, GeneratorHarness.CompilationOptions), additionalFiles.Select(f => (AdditionalText)new DiskText(f)));

        public CSharpCompilation Compile(string source, string sourcePath, IEnumerable<MetadataReference> references, CSharpCompilationOptions options) =>
            CSharpCompilation.Create("TestAssembly", new[] { GeneratorHarness.Parse(source, System.IO.Path.Combine(Folder, sourcePath)) }, references, options);

        /// <summary>Runs a fresh driver, with step tracking on and these AdditionalFiles, over <paramref name="compilation"/>.</summary>
        public static GeneratorRun Run(Compilation compilation, IEnumerable<AdditionalText> additionalTexts)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new NetworkGenerator().AsSourceGenerator() },
                additionalTexts,
                GeneratorHarness.ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            var run = GeneratorHarness.Run(driver, compilation);
            Assert.Null(run.Result.Exception);
            return run;
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
