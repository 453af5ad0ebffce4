extern alias NetGenGenerator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// An AdditionalFiles item backed by a file on disk. Asking for its text fails the test: on a binary file the
    /// compiler would report CS2015, so the generator must read the bytes from the path instead.
    /// </summary>
    public sealed class DiskText : AdditionalText
    {
        public DiskText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The generator asked for the text of " + Path);
    }

    /// <summary>One generator run: the driver (to run again), its result, the generated sources and the output compilation.</summary>
    public sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<AdditionalText> Texts)
    {
        public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

        public string Source(string hintName) => Result.GeneratedTrees.Single(t => t.FilePath.EndsWith(hintName, StringComparison.Ordinal)).ToString();

        public IEnumerable<Diagnostic> CompilerErrors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>The reasons of a tracked step's outputs in this run; none when the step did not run at all.</summary>
        public IEnumerable<IncrementalStepRunReason> StepReasons(string step) =>
            Result.Results[0].TrackedSteps.TryGetValue(step, out var runs)
                ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason)
                : Enumerable.Empty<IncrementalStepRunReason>();
    }

    /// <summary>Runs NetGen's generator over source strings with AdditionalFiles on disk, in a temporary folder.</summary>
    public sealed class GeneratorDriverFixture : IDisposable
    {
        // The runtime's own assemblies (not the test's: it also references the generator) plus NetGen.Abstractions.
        private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                && string.Equals(System.IO.Path.GetDirectoryName(p), System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location), StringComparison.Ordinal))
            .Append(typeof(NetworkAttribute).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray();

        public GeneratorDriverFixture() => Folder = Directory.CreateTempSubdirectory("netgen-bake-").FullName;

        public string Folder { get; }

        /// <summary>Writes a file under the temporary folder and returns its full path.</summary>
        public string Write(string relativePath, byte[] bytes)
        {
            string path = System.IO.Path.Combine(Folder, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            return path;
        }

        /// <summary>Runs the generator on <paramref name="source"/>, declared at <paramref name="sourcePath"/> under the folder.</summary>
        public GeneratorRun Run(string source, string sourcePath, params string[] additionalFiles)
        {
            var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), System.IO.Path.Combine(Folder, sourcePath));
            var compilation = CSharpCompilation.Create(
                "Baking", new[] { tree }, References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var texts = additionalFiles.Select(f => (AdditionalText)new DiskText(f)).ToImmutableArray();
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new NetGenGenerator::NetGen.Generator.NetworkGenerator().AsSourceGenerator() },
                texts,
                (CSharpParseOptions)tree.Options,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            return Finish(driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _), output, texts);
        }

        /// <summary>Runs a previous driver again on the same compilation after <paramref name="change"/>.</summary>
        public GeneratorRun Rerun(GeneratorRun previous, Func<GeneratorDriver, GeneratorDriver> change)
        {
            var input = previous.Output.RemoveSyntaxTrees(previous.Result.GeneratedTrees);
            var driver = change(previous.Driver).RunGeneratorsAndUpdateCompilation(input, out var output, out _);
            return Finish(driver, output, previous.Texts);
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);

        private static GeneratorRun Finish(GeneratorDriver driver, Compilation output, ImmutableArray<AdditionalText> texts)
        {
            var result = driver.GetRunResult();
            Assert.Null(result.Results[0].Exception);
            return new GeneratorRun(driver, result, output, texts);
        }
    }
}
