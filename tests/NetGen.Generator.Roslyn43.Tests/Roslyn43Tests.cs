using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Roslyn43.Tests
{
    /// <summary>
    /// NetGen driven by Microsoft.CodeAnalysis.CSharp 4.3.1, the compiler of Unity 6: it generates the same code as
    /// in the newest compiler (the generator tests' snapshots), and that code compiles, loads and trains.
    /// </summary>
    public sealed class Roslyn43Tests
    {
        private static readonly Version Roslyn43 = new(4, 3, 0, 0);

        [Fact]
        public void TheHostIsRoslyn43AndTheGeneratorAsksForNoNewerOne()
        {
            Assert.Equal(Roslyn43, typeof(Compilation).Assembly.GetName().Version);
            Assert.Equal(Roslyn43, typeof(CSharpCompilation).Assembly.GetName().Version);
            Assert.StartsWith("4.3.1", typeof(CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion, StringComparison.Ordinal);

            // The newest C# this compiler knows (Latest) is 10: the README model below is generated for C# 10.
            Assert.Equal(LanguageVersion.CSharp10, LanguageVersion.Latest.MapSpecifiedToEffectiveVersion());

            using var pe = new PEReader(File.OpenRead(typeof(NetworkGenerator).Assembly.Location));
            var reader = pe.GetMetadataReader();
            var roslyn = reader.AssemblyReferences.Select(h => reader.GetAssemblyReference(h))
                .Where(r => reader.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                .ToList();
            Assert.NotEmpty(roslyn);
            Assert.All(roslyn, r => Assert.True(r.Version <= Roslyn43, $"{reader.GetString(r.Name)} {r.Version}"));
        }

        [Fact]
        public void ReadmeModelGeneratesTheSnapshotCompilesAndTrains()
        {
            // SnapshotTests.Quadratic_1_32_1_Adam: the README's model.
            const string network = """
                using NetGen;
                using static NetGen.Activation;

                namespace Samples
                {
                    /// <summary>y = x² learner.</summary>
                    [Network(Seed = 1)]
                    [Input(1)]
                    [Dense(32), Activation(Relu)]
                    [Dense(1)]
                    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
                    public partial class QuadraticModel { }
                }
                """;
            const string probe = """
                /// <summary>Runs the network.</summary>
                public static class Probe
                {
                    /// <summary>200 full-batch steps on y = x² + x + 1 over 20 points of [-1, 1].</summary>
                    public static float[] Train()
                    {
                        var model = new Samples.QuadraticModel();
                        var xs = new float[20];
                        var ys = new float[20];
                        for (int i = 0; i < xs.Length; i++)
                        {
                            float x = -1f + 2f * i / (xs.Length - 1);
                            xs[i] = x;
                            ys[i] = x * x + x + 1f;
                        }

                        var losses = new float[200];
                        for (int step = 0; step < losses.Length; step++)
                        {
                            losses[step] = model.TrainStep(xs, ys);
                        }

                        return new[] { losses[0], losses[losses.Length - 1], model.Predict(0.5f) };
                    }
                }
                """;

            var run = Roslyn43Host.Run(LanguageVersion.Latest, ("Model.cs", network), ("Probe.cs", probe));
            Roslyn43Host.AssertEqualsSnapshot(run.SingleSource, "Quadratic_1_32_1_Adam");

            float[] result = Roslyn43Host.Call<float[]>(Roslyn43Host.EmitAndLoad(run.Output), "Train");
            Assert.All(result, v => Assert.True(float.IsFinite(v), v.ToString("R")));
            Assert.True(result[1] < result[0] / 20, $"loss {result[0]:R} -> {result[1]:R}");
            Assert.InRange(result[2], 1.75f - 0.25f, 1.75f + 0.25f); // 0.5² + 0.5 + 1
        }

        [Fact]
        public void BatchMajorNetworkWithModulesGeneratesTheSnapshotCompilesAndTrains()
        {
            // SnapshotTests.EveryModuleKind: every module kind, trained batch-major.
            const string network = """
                using NetGen;
                using static NetGen.Activation;

                namespace Samples
                {
                    /// <summary>Standardize, Dense, LayerNorm, Dropout, BatchNorm, a named Dense and the output.</summary>
                    [Network(Seed = 5)]
                    [Input(3)]
                    [Standardize(Name = "scaler")]
                    [Dense(16), Activation(Relu)]
                    [LayerNorm, Activation(Tanh)]
                    [Dropout(0.25)]
                    [BatchNorm(Momentum = 0.2)]
                    [Dense(8, Name = "head")]
                    [Dense(1)]
                    public partial class ModulesNet { }
                }
                """;
            const string probe = """
                /// <summary>Runs the network.</summary>
                public static class Probe
                {
                    /// <summary>300 steps on 32 rows of features of very different scales, y = x0/100 - 2·x1 + 50·x2.</summary>
                    public static float[] Train()
                    {
                        const int rows = 32;
                        var xs = new float[rows * 3];
                        var ys = new float[rows];
                        for (int r = 0; r < rows; r++)
                        {
                            float a = (r % 8) * 100f, b = (r % 5) - 2f, c = ((r * 7) % 11) * 0.01f;
                            xs[3 * r] = a;
                            xs[3 * r + 1] = b;
                            xs[3 * r + 2] = c;
                            ys[r] = a / 100f - 2f * b + 50f * c;
                        }

                        var model = new Samples.ModulesNet();
                        model.Adapt(xs);
                        var losses = new float[300];
                        for (int step = 0; step < losses.Length; step++)
                        {
                            losses[step] = model.TrainStep(xs, ys);
                        }

                        var output = new float[1];
                        model.Predict(new float[] { 300f, 1f, 0.05f }, output);
                        return new[] { Mean(losses, 0), Mean(losses, losses.Length - 20), output[0] };
                    }

                    private static float Mean(float[] values, int start)
                    {
                        float sum = 0;
                        for (int i = start; i < start + 20; i++) sum += values[i];
                        return sum / 20;
                    }
                }
                """;

            var run = Roslyn43Host.Run(LanguageVersion.Latest, ("Model.cs", network), ("Probe.cs", probe));
            Roslyn43Host.AssertEqualsSnapshot(run.SingleSource, "EveryModuleKind");
            Assert.Contains("batch-major", run.SingleSource.SourceText.ToString(), StringComparison.Ordinal);

            float[] result = Roslyn43Host.Call<float[]>(Roslyn43Host.EmitAndLoad(run.Output), "Train");
            Assert.All(result, v => Assert.True(float.IsFinite(v), v.ToString("R")));
            // Dropout makes single steps noisy: the mean of the last 20 losses against that of the first 20.
            Assert.True(result[1] < result[0] / 4, $"mean loss {result[0]:R} -> {result[1]:R}");
        }

        /// <summary>
        /// An editor (Unity's included) runs the generator on every edit: in Roslyn 4.3 too, an edit elsewhere leaves the
        /// network's output cached, and an edit of the network regenerates it.
        /// </summary>
        [Fact]
        public void EditsElsewhereKeepTheOutputCachedAndEditsOfTheNetworkRegenerateIt()
        {
            const string network = """
                using NetGen;

                /// <summary>A regressor.</summary>
                [Network]
                [Input(2)]
                [Dense(8), Activation(Activation.Tanh)]
                [Dense(1)]
                public partial class Regressor { }
                """;
            var parseOptions = Roslyn43Host.ParseOptions(LanguageVersion.Latest);
            var first = Roslyn43Host.Run(LanguageVersion.Latest, ("Regressor.cs", network), ("Other.cs", "/// <summary>Other.</summary>\npublic static class Other { }"));
            var compilation = first.Input;
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new NetworkGenerator().AsSourceGenerator() },
                parseOptions: parseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGenerators(compilation);
            string generated = Assert.Single(driver.GetRunResult().GeneratedTrees).ToString();

            var other = compilation.SyntaxTrees.Single(t => t.FilePath == "Other.cs");
            var elsewhere = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("/// <summary>Other.</summary>\npublic static class Other { public const int X = 1; }", parseOptions, "Other.cs"));
            driver = driver.RunGenerators(elsewhere);
            var reasons = OutputReasons(driver);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
            Assert.Equal(generated, Assert.Single(driver.GetRunResult().GeneratedTrees).ToString());

            var tree = elsewhere.SyntaxTrees.Single(t => t.FilePath == "Regressor.cs");
            var edited = elsewhere.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(network.Replace("Dense(8)", "Dense(9)", StringComparison.Ordinal), parseOptions, "Regressor.cs"));
            driver = driver.RunGenerators(edited);
            // Roslyn 4.3 reports the regenerated output as New where later versions say Modified.
            Assert.Contains(OutputReasons(driver), r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
            Assert.NotEqual(generated, Assert.Single(driver.GetRunResult().GeneratedTrees).ToString());
        }

        private static List<IncrementalStepRunReason> OutputReasons(GeneratorDriver driver) =>
            Assert.Single(driver.GetRunResult().Results).TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

        /// <summary>
        /// Below C# 8 (the default of netstandard2.0 and .NET Framework projects) the generated code would not compile:
        /// NG0038 at [Network] and nothing generated. From C# 8 on, the same class generates and compiles.
        /// </summary>
        [Theory]
        [InlineData(LanguageVersion.CSharp7_3, true)]
        [InlineData(LanguageVersion.CSharp8, false)]
        [InlineData(LanguageVersion.CSharp9, false)]
        public void CSharpBelow8GetsNG0038AndNoCode(LanguageVersion version, bool tooOld)
        {
            const string network = """
                using NetGen;

                /// <summary>A regressor.</summary>
                [Network]
                [Input(3)]
                [Dense(1)]
                public partial class Regressor { }
                """;

            var run = Roslyn43Host.RunUnchecked(version, Array.Empty<AdditionalText>(), ("Regressor.cs", network));
            if (!tooOld)
            {
                Assert.Empty(run.GeneratorDiagnostics);
                Assert.Single(run.Result.GeneratedTrees);
                Assert.Empty(run.Output.GetDiagnostics());
                return;
            }

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("NG0038", diagnostic.Id);
            Assert.Equal("Network", network.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
            Assert.Contains("compiles C# 7.3", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(run.Result.GeneratedTrees);
        }

        /// <summary>
        /// A small network baked from a safetensors file: the weights become literals, and PredictBaked must give what
        /// a forward pass written here gives for the same weights.
        /// </summary>
        [Fact]
        public void BakedNetworkPredictsWhatTheWeightsFileSays()
        {
            float[] w1 = { 0.5f, -1f, 1.5f, 0.25f, -0.75f, 2f }; // [3, 2] row-major: out × in
            float[] b1 = { 0.1f, -0.2f, 0.3f };
            float[] w2 = { 1f, -2f, 0.5f };
            float[] b2 = { 0.25f };
            float[] input = { 0.8f, -0.3f };

            double expected = b2[0];
            for (int j = 0; j < 3; j++)
            {
                double h = b1[j] + (w1[2 * j] * (double)input[0]) + (w1[(2 * j) + 1] * (double)input[1]);
                expected += w2[j] * Math.Max(0, h);
            }

            float actual = PredictBaked(LanguageVersion.Latest, inputs: 2, hidden: 3, "Relu", Tensors(w1, b1, w2, b2), input, out string generated);
            Assert.DoesNotContain("BakedParameters;", generated, StringComparison.Ordinal); // literals, nothing looped
            Assert.Equal(expected, actual, 5);
        }

        /// <summary>
        /// Past 4096 values the weights are one base64 literal: a UTF-8 <c>"…"u8</c> literal where the language has them
        /// (Roslyn 4.3 offers them as a preview feature), lines of a string array under C# 10. Both decode to the file's values.
        /// </summary>
        [Theory]
        [InlineData(LanguageVersion.CSharp10, false)]
        [InlineData(LanguageVersion.Preview, true)]
        public void LargeBakedNetworkUsesUtf8LiteralsOnlyWhereTheLanguageHasThem(LanguageVersion version, bool utf8)
        {
            const int hidden = 2100; // 3 × 2100 + 1 = 6301 values, past the 4096 baked as literals
            float[] w1 = Enumerable.Range(0, hidden).Select(i => ((i % 13) - 6) * 0.0625f).ToArray();
            float[] b1 = Enumerable.Range(0, hidden).Select(i => ((i % 5) - 2) * 0.125f).ToArray();
            float[] w2 = Enumerable.Range(0, hidden).Select(i => ((i % 7) - 3) * 0.001f).ToArray();
            float[] b2 = { -0.5f };
            const float x = 0.3f;

            double expected = b2[0];
            for (int j = 0; j < hidden; j++)
            {
                expected += w2[j] * Math.Tanh(b1[j] + (w1[j] * (double)x));
            }

            float actual = PredictBaked(version, inputs: 1, hidden, "Tanh", Tensors(w1, b1, w2, b2), new[] { x }, out string generated);
            Assert.Equal(utf8, generated.Contains("\"u8", StringComparison.Ordinal));
            Assert.Equal(expected, actual, 4);
        }

        private static byte[] Tensors(float[] w1, float[] b1, float[] w2, float[] b2)
        {
            int hidden = b1.Length;
            return Safetensors(
                ("0.weight", new[] { hidden, w1.Length / hidden }, w1),
                ("0.bias", new[] { hidden }, b1),
                ("2.weight", new[] { 1, hidden }, w2),
                ("2.bias", new[] { 1 }, b2));
        }

        /// <summary>Builds Input(inputs) → Dense(hidden)+activation → Dense(1) baked from <paramref name="weights"/> and runs PredictBaked once.</summary>
        private static float PredictBaked(LanguageVersion version, int inputs, int hidden, string activation, byte[] weights, float[] input, out string generated)
        {
            string folder = Directory.CreateTempSubdirectory("netgen-roslyn43-").FullName;
            try
            {
                string weightsPath = Path.Combine(folder, "model.safetensors");
                File.WriteAllBytes(weightsPath, weights);
                string network = $$"""
                    using NetGen;

                    /// <summary>Baked.</summary>
                    [Network(Weights = "model.safetensors")]
                    [Input({{inputs}})]
                    [Dense({{hidden}}), Activation(Activation.{{activation}})]
                    [Dense(1)]
                    public partial class BakedNet { }
                    """;
                const string probe = """
                    /// <summary>Runs the network.</summary>
                    public static class Probe
                    {
                        /// <summary>PredictBaked of one row.</summary>
                        public static float Predict(float[] input)
                        {
                            var output = new float[1];
                            BakedNet.PredictBaked(input, output);
                            return output[0];
                        }
                    }
                    """;

                var run = Roslyn43Host.Run(version, new[] { new DiskText(weightsPath) }, (Path.Combine(folder, "BakedNet.cs"), network), (Path.Combine(folder, "Probe.cs"), probe));
                generated = run.SingleSource.SourceText.ToString();
                return Roslyn43Host.Call<float>(Roslyn43Host.EmitAndLoad(run.Output), "Predict", input);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>
        /// safetensors bytes (F32): the 8-byte little-endian header length, the JSON header padded with spaces to a
        /// multiple of 8, then the tensors' data back to back.
        /// </summary>
        private static byte[] Safetensors(params (string Name, int[] Shape, float[] Values)[] tensors)
        {
            var header = new List<string>();
            long offset = 0;
            foreach (var (name, shape, values) in tensors)
            {
                header.Add($"\"{name}\":{{\"dtype\":\"F32\",\"shape\":[{string.Join(",", shape)}],\"data_offsets\":[{offset},{offset + (values.Length * 4)}]}}");
                offset += values.Length * 4;
            }

            string json = "{" + string.Join(",", header) + "}";
            json += new string(' ', (8 - (json.Length % 8)) % 8);
            using var file = new MemoryStream();
            Span<byte> scratch = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(scratch, (ulong)json.Length);
            file.Write(scratch);
            file.Write(Encoding.UTF8.GetBytes(json));
            foreach (var (_, _, values) in tensors)
            {
                foreach (float value in values)
                {
                    BinaryPrimitives.WriteSingleLittleEndian(scratch, value);
                    file.Write(scratch.Slice(0, 4));
                }
            }

            return file.ToArray();
        }
    }
}
