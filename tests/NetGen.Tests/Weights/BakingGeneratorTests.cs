using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// The generator's side of baking, through a Roslyn driver: where the file is found, the diagnostics at the
    /// [Network] attribute, the emitted literals and constant data, and the incremental caching.
    /// </summary>
    public sealed class BakingGeneratorTests : IDisposable
    {
        private const string Hint = "Demo.Net.g.cs";
        private readonly GeneratorDriverFixture _fixture = new();

        // Input(2) → Dense(3)+Tanh → Dense(1): 0.weight [3, 2], 0.bias [3], 2.weight [1, 3], 2.bias [1].
        private static string Source(string weights, int hidden = 3) => $$"""
            using NetGen;

            namespace Demo
            {
                [Network(Weights = "{{weights}}")]
                [Input(2)]
                [Dense({{hidden}}), Activation(Activation.Tanh)]
                [Dense(1)]
                public partial class Net { }
            }
            """;

        private static byte[] Weights(float first = 0.5f, int hidden = 3, string dtype = "F32")
        {
            var tensors = new[]
            {
                new RawTensor("0.weight", dtype, new[] { hidden, 2 }, Values(hidden * 2, first, dtype)),
                new RawTensor("0.bias", dtype, new[] { hidden }, Values(hidden, 0.125f, dtype)),
                new RawTensor("2.weight", dtype, new[] { 1, hidden }, Values(hidden, 2f, dtype)),
                new RawTensor("2.bias", dtype, new[] { 1 }, Values(1, -1f, dtype)),
            };
            return HandBuilt.SaveFile(tensors);
        }

        // first, -first/2, first/4, ...: exact in binary, so their literals are predictable.
        private static byte[] Values(int count, float first, string dtype)
        {
            var values = Enumerable.Range(0, count).Select(i => first * MathF.Pow(-0.5f, i));
            return dtype == "BF16" ? new byte[count * 2] : HandBuilt.F32(values);
        }

        [Fact]
        public void Unrolled_layers_get_literals_and_the_parameters_constant_data()
        {
            string file = _fixture.Write("src/w.safetensors", Weights());

            var run = _fixture.Run(Source("w.safetensors"), "src/Net.cs", file);

            Assert.Empty(run.Diagnostics);
            Assert.Empty(run.CompilerErrors);
            string generated = run.Source(Hint);
            Assert.Contains("global::NetGen.Activations.Tanh(0.5f * s[0] + -0.25f * s[1] + 0.125f)", generated, StringComparison.Ordinal);
            Assert.Contains("public static global::System.ReadOnlySpan<float> BakedParameters => new float[]", generated, StringComparison.Ordinal);
            Assert.Contains("0.5f, -0.25f, 0.125f, -0.0625f, 0.03125f, -0.015625f, 0.125f, -0.0625f,", generated, StringComparison.Ordinal);
            Assert.Contains("BakedParameters.CopyTo(__parameters);", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("p = BakedParameters", generated, StringComparison.Ordinal); // nothing looped
        }

        [Fact]
        public void Looped_layers_read_the_constant_data()
        {
            // Dense(600) after Input(2): 2·600 weights exceed the unroll threshold, 600·1 do not.
            string file = _fixture.Write("w.safetensors", Weights(hidden: 600));

            var run = _fixture.Run(Source("w.safetensors", hidden: 600), "Net.cs", file);

            Assert.Empty(run.Diagnostics);
            Assert.Empty(run.CompilerErrors);
            string generated = run.Source(Hint);
            Assert.Contains("global::System.ReadOnlySpan<float> p = BakedParameters;", generated, StringComparison.Ordinal);
            Assert.Contains("// Layer 1: Dense 2→600, Tanh (looped)", generated, StringComparison.Ordinal);
            Assert.Contains("-0.0625f", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void A_path_relative_to_the_declaring_file_wins_over_a_suffix_match()
        {
            string near = _fixture.Write("a/w.safetensors", Weights(first: 0.75f));
            string far = _fixture.Write("b/w.safetensors", Weights(first: 0.5f));

            var run = _fixture.Run(Source("w.safetensors"), "a/Net.cs", far, near);

            Assert.Empty(run.Diagnostics);
            Assert.Contains("Tanh(0.75f * s[0]", run.Source(Hint), StringComparison.Ordinal);
        }

        [Fact]
        public void A_suffix_and_an_absolute_path_match_too()
        {
            string file = _fixture.Write("Weights/w.safetensors", Weights(first: 0.25f));

            var bySuffix = _fixture.Run(Source("Weights/w.safetensors"), "Networks/Net.cs", file);
            var byFullPath = _fixture.Run(Source(file.Replace("\\", "\\\\", StringComparison.Ordinal)), "Networks/Net.cs", file);

            Assert.Empty(bySuffix.Diagnostics);
            Assert.Contains("Tanh(0.25f * s[0]", bySuffix.Source(Hint), StringComparison.Ordinal);
            Assert.Empty(byFullPath.Diagnostics);
            Assert.Contains("Tanh(0.25f * s[0]", byFullPath.Source(Hint), StringComparison.Ordinal);
        }

        [Fact]
        public void A_missing_file_is_NG0020_at_the_Network_attribute_and_the_network_is_still_generated()
        {
            string other = _fixture.Write("other.safetensors", Weights());
            string source = Source("missing.safetensors");

            var run = _fixture.Run(source, "Net.cs", other);

            var diagnostic = AssertSingle(run, "NG0020", source);
            Assert.Contains("'missing.safetensors'", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("AdditionalFiles", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Empty(run.CompilerErrors);
            Assert.DoesNotContain("PredictBaked", run.Source(Hint), StringComparison.Ordinal);
        }

        [Fact]
        public void Two_suffix_matches_are_NG0021()
        {
            string first = _fixture.Write("x/w.safetensors", Weights());
            string second = _fixture.Write("y/w.safetensors", Weights());
            string source = Source("w.safetensors");

            var run = _fixture.Run(source, "src/Net.cs", first, second);

            var diagnostic = AssertSingle(run, "NG0021", source);
            Assert.Contains(first, diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains(second, diagnostic.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_is_not_safetensors_is_NG0022_naming_the_problem()
        {
            string file = _fixture.Write("w.safetensors", HandBuilt.Raw(500, new byte[20]));
            string source = Source("w.safetensors");

            var run = _fixture.Run(source, "Net.cs", file);

            Assert.Contains("runs past the end of the file", AssertSingle(run, "NG0022", source).GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Wrong_shapes_are_NG0023_listing_each_tensor()
        {
            string file = _fixture.Write("w.safetensors", Weights(hidden: 4));
            string source = Source("w.safetensors");

            var run = _fixture.Run(source, "Net.cs", file);

            string message = AssertSingle(run, "NG0023", source).GetMessage();
            Assert.Contains("tensor '0.weight' has shape [4, 2] but the network needs [3, 2]", message, StringComparison.Ordinal);
            Assert.Contains("tensor '2.weight' has shape [1, 4] but the network needs [1, 3]", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Missing_and_extra_tensors_are_NG0023()
        {
            var tensors = new[]
            {
                new RawTensor("0.weight", "F32", new[] { 3, 2 }, new byte[24]),
                new RawTensor("0.bias", "F32", new[] { 3 }, new byte[12]),
                new RawTensor("1.weight", "F32", new[] { 1, 3 }, new byte[12]),
                new RawTensor("1.bias", "F32", new[] { 1 }, new byte[4]),
            };
            string file = _fixture.Write("w.safetensors", HandBuilt.SaveFile(tensors));
            string source = Source("w.safetensors");

            var run = _fixture.Run(source, "Net.cs", file);

            string message = AssertSingle(run, "NG0023", source).GetMessage();
            Assert.Contains("missing tensor '2.weight' [1, 3]", message, StringComparison.Ordinal);
            Assert.Contains("unexpected tensor '1.bias'", message, StringComparison.Ordinal);
        }

        [Fact]
        public void An_unreadable_dtype_is_NG0024()
        {
            string file = _fixture.Write("w.safetensors", Weights(dtype: "BF16"));
            string source = Source("w.safetensors");

            var run = _fixture.Run(source, "Net.cs", file);

            Assert.Contains("has dtype BF16 but only F32 and F64 can be loaded", AssertSingle(run, "NG0024", source).GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Weights_must_name_a_safetensors_file()
        {
            string source = Source("model.bin");

            var run = _fixture.Run(source, "Net.cs");

            Assert.Contains("Weights", AssertSingle(run, "NG0016", source).GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Other_additional_files_leave_the_baked_network_cached_and_new_weights_regenerate_it()
        {
            string file = _fixture.Write("w.safetensors", Weights(first: 0.5f));
            string notes = _fixture.Write("notes.txt", new byte[] { 1 });
            var first = _fixture.Run(Source("w.safetensors"), "Net.cs", file);
            Assert.Equal(new[] { IncrementalStepRunReason.New }, first.StepReasons("WeightsFile"));

            var unrelated = _fixture.Rerun(first, d => d.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new DiskText(notes))));
            Assert.All(unrelated.StepReasons("WeightsFile"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
            Assert.All(unrelated.StepReasons("BakedSpec"), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

            // An edited file is a new AdditionalText, as the compiler hands it over on the next build.
            _fixture.Write("w.safetensors", Weights(first: 0.375f));
            var changed = _fixture.Rerun(first, d => d.ReplaceAdditionalText(first.Texts[0], new DiskText(file)));
            Assert.Contains(IncrementalStepRunReason.Modified, changed.StepReasons("BakedSpec"));
            Assert.Contains("Tanh(0.375f * s[0]", changed.Source(Hint), StringComparison.Ordinal);
        }

        public void Dispose() => _fixture.Dispose();

        private static Diagnostic AssertSingle(GeneratorRun run, string id, string source)
        {
            var diagnostic = Assert.Single(run.Diagnostics);
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.StartsWith("Network(Weights", source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length), StringComparison.Ordinal);
            return diagnostic;
        }
    }
}
