using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Planning;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// Generated size is bounded: the unrolled-weights budget per network, the layer cap (NG0030), the baked-size cap
    /// (NG0031) and the compact base64 form of baked weights. The worst legal declarations stay under
    /// <see cref="NetworkPlan.MaxGeneratedCharacters"/>; one past each cap gets its diagnostic and no code.
    /// </summary>
    public sealed class SizeBudgetTests : IDisposable
    {
        private readonly WeightFiles _files = new();

        public void Dispose() => _files.Dispose();

        private static string Deep(int layers, int units, string activation = "Relu", string network = "[Network]")
        {
            var source = new StringBuilder("using NetGen;\nnamespace Demo\n{\n    " + network + "\n    [Input(" + units + ")]\n");
            for (int i = 0; i < layers; i++)
            {
                source.Append("    [Dense(" + units + "), Activation(Activation." + activation + ")]\n");
            }

            return source.Append("    partial class Net { }\n}\n").ToString();
        }

        private static string Wide(int inputs, int units, string network) => $$"""
            using NetGen;
            namespace Demo
            {
                {{network}}
                [Input({{inputs}})]
                [Dense({{units}})]
                partial class Net { }
            }
            """;

        /// <summary>The per-row forward pass, which has one "// Layer n: ..." comment per layer.</summary>
        private static string ForwardPass(string generated)
        {
            int from = generated.IndexOf("private static void __Forward(", StringComparison.Ordinal);
            Assert.True(from >= 0, "no __Forward");
            return generated.Substring(from, generated.IndexOf("\n        }\n", from, StringComparison.Ordinal) - from);
        }

        private static int Looped(string generated) => Regex.Matches(ForwardPass(generated), @"// Layer \d+: Dense [^\n]*\(looped\)\n").Count;

        private static int Unrolled(string generated) => Regex.Matches(ForwardPass(generated), @"// Layer \d+: Dense [^\n]*\n").Count - Looped(generated);

        private static void AssertAtNetworkAttribute(Diagnostic diagnostic, string source)
        {
            Assert.Equal("Net.cs", System.IO.Path.GetFileName(diagnostic.Location.GetLineSpan().Path));
            Assert.StartsWith("Network", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(128, 4, "Relu")]     // 2048 weights: the whole budget unrolled, row-vectorised training
        [InlineData(128, 1, "Relu")]     // the most layers, each as small as can be
        [InlineData(128, 3, "Elu")]      // per-row unrolled training
        [InlineData(128, 32, "Tanh")]    // two 1024-weight layers unrolled, the rest looped
        [InlineData(128, 200, "Relu")]   // every layer looped
        public void The_deepest_legal_networks_stay_under_the_size_cap(int layers, int units, string activation)
        {
            Assert.Equal(128, Limit("MaxLayers"));
            var run = GeneratorHarness.Run(Deep(layers, units, activation));

            Assert.Empty(run.GeneratorDiagnostics);
            string generated = run.SingleSource;
            Assert.InRange(generated.Length, 1, NetworkPlan.MaxGeneratedCharacters);
            long unrolledWeights = (long)units * units * Unrolled(generated);
            Assert.InRange(unrolledWeights, 0, NetworkPlan.MaxUnrolledWeights);
            Assert.Equal(layers, Unrolled(generated) + Looped(generated));
        }

        [Fact]
        public void Layers_are_unrolled_in_order_while_the_budget_lasts()
        {
            // Weights: 8·16 = 128, then 256 per layer; 128 + 7·256 = 1920 fits 2048, an eighth 256 does not.
            var source = new StringBuilder("using NetGen;\n[Network]\n[Input(8)]\n");
            for (int i = 0; i < 10; i++)
            {
                source.Append("[Dense(16), Activation(Activation.Tanh)]\n");
            }

            source.Append("public partial class Net { }\n");
            var run = GeneratorHarness.Run(source.ToString());

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.ProblemsInGeneratedFiles());
            string generated = run.SingleSource;
            for (int layer = 1; layer <= 10; layer++)
            {
                string header = $"// Layer {layer}: Dense {(layer == 1 ? 8 : 16)}→16, Tanh";
                bool looped = generated.Contains(header + " (looped)", StringComparison.Ordinal);
                Assert.True(looped == layer >= 9, $"layer {layer} looped: {looped}");
            }
        }

        [Theory]
        [InlineData(31, true)]    // 3 + 31·3 = 96 values: row-vectorised training
        [InlineData(32, false)]   // 99 values: per-row training
        public void Row_vectorised_training_is_kept_to_small_networks(int layers, bool vectorised)
        {
            Assert.Equal(96, NetworkPlan.MaxRowVectorizedUnits);
            var run = GeneratorHarness.Run(Deep(layers, 3));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.ProblemsInGeneratedFiles());
            Assert.Equal(vectorised, run.SingleSource.Contains("private float __TrainLanes(", StringComparison.Ordinal));
            Assert.Equal(layers, Unrolled(run.SingleSource));
        }

        [Fact]
        public void The_compiled_output_of_a_budget_split_network_is_clean()
        {
            // 40 × Dense(8): 64 weights each, so 32 layers unrolled and 8 looped, in one compilation with warnings as errors.
            var run = GeneratorHarness.Run(Deep(40, 8, "Sigmoid"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            Assert.Equal(8, Looped(run.SingleSource));
        }

        [Theory]
        [InlineData(129)]
        [InlineData(2000)]
        public void Past_the_layer_cap_is_NG0030_at_the_Network_attribute_and_no_code(int layers)
        {
            string source = Deep(layers, 3);
            var run = _files.Run(source, "Net.cs");

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(DiagnosticDescriptors.TooManyLayers.Id, diagnostic.Id);
            AssertAtNetworkAttribute(diagnostic, source);
            Assert.Contains($"{layers} layers (modules other than activations); at most 128", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
            Assert.Empty(run.OutputDiagnostics);
        }

        [Theory]
        [InlineData(1024, 512, "")]                                   // 525,312 float parameters: 2,101,248 bytes
        [InlineData(512, 512, ", Precision = Precision.Double")]      // 262,656 double parameters: 2,101,248 bytes
        [InlineData(4095, 4096, "")]                                   // the layer that once made 245 MB of source
        public void Past_the_baked_size_cap_is_NG0031_from_the_declaration_alone(int inputs, int units, string precision)
        {
            // No file exists: the declaration's size decides before any file is looked for (no NG0020).
            string source = Wide(inputs, units, $"[Network(Weights = \"big.safetensors\"{precision})]");
            var run = _files.Run(source, "Net.cs");

            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(DiagnosticDescriptors.BakedWeightsTooLarge.Id, diagnostic.Id);
            AssertAtNetworkAttribute(diagnostic, source);
            long parameters = ((long)inputs + 1) * units;
            Assert.Contains($"{parameters * (precision.Length > 0 ? 8 : 4)} bytes of weights ({parameters} parameters)", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.Sources);
            Assert.Empty(run.OutputDiagnostics);
        }

        [Fact]
        public void The_largest_bakeable_network_uses_the_compact_form_within_the_size_cap()
        {
            // 1024 × 512 = 524,288 float parameters: exactly Defaults.MaxBakedBytes.
            const int Inputs = 1023, Units = 512;
            Assert.Equal((Inputs + 1) * Units * sizeof(float), Limit("MaxBakedBytes"));
            var values = Values((Inputs + 1) * Units);
            string file = _files.Write("big.safetensors", WeightFiles.Build(new[]
            {
                new RawTensor("0.weight", "F32", new[] { Units, Inputs }, WeightFiles.F32(values.Take(Inputs * Units))),
                new RawTensor("0.bias", "F32", new[] { Units }, WeightFiles.F32(values.Skip(Inputs * Units))),
            }));

            var run = _files.Run(Wide(Inputs, Units, "[Network(Weights = \"big.safetensors\")]"), "Net.cs", file);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            string generated = run.SingleSource;
            Assert.InRange(generated.Length, 1, NetworkPlan.MaxGeneratedCharacters);
            Assert.Equal(Bits(values), Bits(Decode(generated, values.Length)));
        }

        [Fact]
        public void Several_networks_at_the_cap_emit_in_one_assembly()
        {
            // As string literals, three would need 16.8 MB of the 16 MB user-string heap (CS8103, reported only by
            // Emit); as UTF-8 literals they are assembly data.
            const int Inputs = 1023, Units = 512;
            var values = Values((Inputs + 1) * Units);
            string file = _files.Write("big.safetensors", WeightFiles.Build(new[]
            {
                new RawTensor("0.weight", "F32", new[] { Units, Inputs }, WeightFiles.F32(values.Take(Inputs * Units))),
                new RawTensor("0.bias", "F32", new[] { Units }, WeightFiles.F32(values.Skip(Inputs * Units))),
            }));
            string source = "using NetGen;\n" + string.Concat(Enumerable.Range(0, 3).Select(i =>
                $"[Network(Weights = \"big.safetensors\", Seed = {i})][Input({Inputs})][Dense({Units})] partial class Net{i} {{ }}\n"));

            var run = _files.Run(source, "Net.cs", file);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            Assert.Equal(3, run.Sources.Length);
            Assert.All(run.Sources, s => Assert.InRange(s.SourceText.Length, 1, NetworkPlan.MaxGeneratedCharacters));
            using var assembly = new System.IO.MemoryStream();
            var emit = run.Output.Emit(assembly);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(5)));
        }

        [Fact]
        public void Past_the_literal_budget_baked_weights_are_base64_that_decodes_to_the_literal_values()
        {
            // Input(2) → Dense(hidden)+Tanh → Dense(1): 4·hidden + 1 parameters.
            foreach (int hidden in new[] { 1023, 1024 })
            {
                int count = 4 * hidden + 1;
                var values = Values(count);
                string file = _files.Write($"w{hidden}.safetensors", WeightFiles.Build(new[]
                {
                    new RawTensor("0.weight", "F32", new[] { hidden, 2 }, WeightFiles.F32(values.Take(2 * hidden))),
                    new RawTensor("0.bias", "F32", new[] { hidden }, WeightFiles.F32(values.Skip(2 * hidden).Take(hidden))),
                    new RawTensor("2.weight", "F32", new[] { 1, hidden }, WeightFiles.F32(values.Skip(3 * hidden).Take(hidden))),
                    new RawTensor("2.bias", "F32", new[] { 1 }, WeightFiles.F32(values.Skip(4 * hidden))),
                }));
                string source = $$"""
                    using NetGen;
                    namespace Demo
                    {
                        [Network(Weights = "w{{hidden}}.safetensors")]
                        [Input(2)]
                        [Dense({{hidden}}), Activation(Activation.Tanh)]
                        [Dense(1)]
                        public partial class Net { }
                    }
                    """;

                var run = _files.Run(source, "Net.cs", file);

                Assert.Empty(run.GeneratorDiagnostics);
                Assert.Empty(run.OutputDiagnostics);
                string generated = run.SingleSource;
                bool compact = count > NetworkPlan.MaxLiteralWeights;
                Assert.Equal(hidden == 1024, compact);
                Assert.Equal(compact, generated.Contains("global::NetGen.Runtime.BakedData.Singles(", StringComparison.Ordinal));
                Assert.Equal(!compact, generated.Contains("__bakedParameters = new float[]", StringComparison.Ordinal));
                if (compact)
                {
                    Assert.Equal(Bits(values), Bits(Decode(generated, count)));
                }
            }
        }

        [Fact]
        public void Double_networks_get_the_compact_form_bit_exact()
        {
            const int Hidden = 1100;
            int count = 4 * Hidden + 1;
            var values = Enumerable.Range(0, count).Select(i => Math.Sin(i * 0.7) / 3 + i * 1e-17).ToArray();
            byte[] F64(System.Collections.Generic.IEnumerable<double> v) => v.SelectMany(d => BitConverter.GetBytes(d)).ToArray(); // the test machine is little-endian
            Assert.True(BitConverter.IsLittleEndian);
            string file = _files.Write("d.safetensors", WeightFiles.Build(new[]
            {
                new RawTensor("0.weight", "F64", new[] { Hidden, 2 }, F64(values.Take(2 * Hidden))),
                new RawTensor("0.bias", "F64", new[] { Hidden }, F64(values.Skip(2 * Hidden).Take(Hidden))),
                new RawTensor("2.weight", "F64", new[] { 1, Hidden }, F64(values.Skip(3 * Hidden).Take(Hidden))),
                new RawTensor("2.bias", "F64", new[] { 1 }, F64(values.Skip(4 * Hidden))),
            }));
            string source = $$"""
                using NetGen;
                [Network(Weights = "d.safetensors", Precision = Precision.Double)]
                [Input(2)]
                [Dense({{Hidden}}), Activation(Activation.Tanh)]
                [Dense(1)]
                partial class Net { }
                """;

            var run = _files.Run(source, "Net.cs", file);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            var decoded = NetGen.Runtime.BakedData.Doubles(count, Encoding.ASCII.GetBytes(Utf8Literal(run.SingleSource, "Doubles", count)));
            Assert.Equal(values.Select(BitConverter.DoubleToInt64Bits), decoded.Select(BitConverter.DoubleToInt64Bits));
        }

        [Fact]
        public void Before_CSharp_11_the_compact_form_is_string_lines_that_decode_alike()
        {
            // 3·1400 + 1401 = 5601 parameters: compact, with a looped layer and an unrolled RowDots layer.
            const int Hidden = 1400;
            var values = Values(4 * Hidden + 1);
            string file = _files.Write("c8.safetensors", WeightFiles.Build(new[]
            {
                new RawTensor("0.weight", "F32", new[] { Hidden, 2 }, WeightFiles.F32(values.Take(2 * Hidden))),
                new RawTensor("0.bias", "F32", new[] { Hidden }, WeightFiles.F32(values.Skip(2 * Hidden).Take(Hidden))),
                new RawTensor("2.weight", "F32", new[] { 1, Hidden }, WeightFiles.F32(values.Skip(3 * Hidden).Take(Hidden))),
                new RawTensor("2.bias", "F32", new[] { 1 }, WeightFiles.F32(values.Skip(4 * Hidden))),
            }));
            string source = "using NetGen;\nnamespace Demo\n{\n    [Network(Weights = \"c8.safetensors\")]\n    [Input(2)]\n    [Dense(" + Hidden
                + "), Activation(Activation.Tanh)]\n    [Dense(1)]\n    partial class Net { }\n}\n";
            var csharp8 = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp8, DocumentationMode.Diagnose);
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                "TestAssembly",
                new[] { Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source, csharp8, System.IO.Path.Combine(_files.Folder, "Net.cs")) },
                References.Default,
                GeneratorHarness.CompilationOptions);
            GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                new[] { new NetworkGenerator().AsSourceGenerator() }, new AdditionalText[] { new DiskText(file) }, csharp8);

            driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

            Assert.Empty(generatorDiagnostics);
            Assert.Empty(output.GetDiagnostics());
            string generated = output.SyntaxTrees.Select(tree => tree.ToString()).Single(text => text.Contains("__bakedParameters", StringComparison.Ordinal));
            Assert.DoesNotContain("\"u8", generated, StringComparison.Ordinal);
            Assert.Equal(Bits(values), Bits(NetGen.Runtime.BakedData.Singles(values.Length, Base64Lines(generated, "Singles", values.Length))));
        }

        [Fact]
        public void The_decoder_refuses_text_that_is_not_the_stated_count()
        {
            string eight = Convert.ToBase64String(new byte[8]);
            Assert.Equal(new[] { 0f, 0f }, NetGen.Runtime.BakedData.Singles(2, new[] { eight }));
            Assert.Throws<InvalidOperationException>(() => NetGen.Runtime.BakedData.Singles(3, new[] { eight }));
            Assert.Throws<InvalidOperationException>(() => NetGen.Runtime.BakedData.Singles(1, new[] { eight }));
            Assert.Throws<InvalidOperationException>(() => NetGen.Runtime.BakedData.Doubles(1, new[] { "not base64!" }));
            Assert.Throws<ArgumentOutOfRangeException>(() => NetGen.Runtime.BakedData.Doubles(-1, Array.Empty<string>()));
            Assert.Equal(new[] { 0f, 0f }, NetGen.Runtime.BakedData.Singles(2, Encoding.ASCII.GetBytes(eight)));
            Assert.Throws<InvalidOperationException>(() => NetGen.Runtime.BakedData.Singles(3, Encoding.ASCII.GetBytes(eight)));
            Assert.Throws<InvalidOperationException>(() => NetGen.Runtime.BakedData.Singles(1, Encoding.ASCII.GetBytes(eight)));
            Assert.Throws<InvalidOperationException>(() => NetGen.Runtime.BakedData.Doubles(1, Encoding.ASCII.GetBytes("AAAAAAAAAAA=!")));
        }

        /// <summary>A limit of NetGen.Defaults (compiled into both the generator and the abstractions, so named by reflection).</summary>
        private static int Limit(string name) => (int)typeof(NetGen.Activations).Assembly.GetType("NetGen.Defaults")!.GetField(name)!.GetRawConstantValue()!;

        /// <summary>Deterministic values with full float mantissas, signs and a few extremes.</summary>
        private static float[] Values(int count)
        {
            var values = Enumerable.Range(0, count).Select(i => (float)(Math.Sin(i * 12.9898) * 0.75)).ToArray();
            values[0] = float.Epsilon;
            values[1] = -float.MaxValue;
            values[2] = -0f;
            return values;
        }

        private static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();

        /// <summary>Decodes the compact form as C# 11 and later get it: one base64 UTF-8 literal.</summary>
        private static float[] Decode(string generated, int count) =>
            NetGen.Runtime.BakedData.Singles(count, Encoding.ASCII.GetBytes(Utf8Literal(generated, "Singles", count)));

        private static string Utf8Literal(string generated, string method, int count)
        {
            var match = Regex.Match(generated, $@"__bakedParameters = global::NetGen\.Runtime\.BakedData\.{method}\({count}, ""([A-Za-z0-9+/=]*)""u8\);");
            Assert.True(match.Success, "no compact baked form as a UTF-8 literal");
            return match.Groups[1].Value;
        }

        /// <summary>The string lines of the generated <c>BakedData.{method}(count, new string[] { ... })</c> initialiser (C# before 11).</summary>
        private static string[] Base64Lines(string generated, string method, int count)
        {
            string start = $"__bakedParameters = global::NetGen.Runtime.BakedData.{method}({count}, new string[]";
            int from = generated.IndexOf(start, StringComparison.Ordinal);
            Assert.True(from >= 0, "no compact baked form as string lines");
            int to = generated.IndexOf("});", from, StringComparison.Ordinal);
            return Regex.Matches(generated.Substring(from, to - from), "\"([A-Za-z0-9+/=]*)\"").Select(m => m.Groups[1].Value).ToArray();
        }
    }
}
