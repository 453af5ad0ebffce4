using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Model;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// The pipeline's steps must be cached across runs and edits that do not touch a network, and hold no Roslyn objects.
    /// </summary>
    public sealed class IncrementalTests
    {
        private const string Networks = """
            using NetGen;

            namespace App
            {
                [Network(Seed = 3)]
                [Input(2)]
                [Dense(8), Activation(Activation.Tanh)]
                [Dense(1)]
                [Sgd(LearningRate = 0.05, Momentum = 0.9)]
                partial class Good { }

                [Network]
                [Input(2)]
                [Dense(0)]
                partial class Broken { }
            }
            """;

        private const string Other = """
            namespace App
            {
                static class Helper
                {
                    public static int Twice(int x) => x * 2;
                }
            }
            """;

        private static readonly string[] s_steps = { TrackingNames.Parse, TrackingNames.Diagnostics, TrackingNames.Spec };

        [Fact]
        public void SameCompilationAgain_EverythingCached()
        {
            var compilation = GeneratorHarness.Compile(Networks, Other);
            var first = GeneratorHarness.Run(compilation);
            var second = GeneratorHarness.Run(first.Driver, compilation);

            AssertAllCached(second);
            AssertSameOutput(first, second);
        }

        [Fact]
        public void UnrelatedFileAdded_EverythingCached()
        {
            var compilation = GeneratorHarness.Compile(Networks, Other);
            var first = GeneratorHarness.Run(compilation);
            var edited = compilation.AddSyntaxTrees(GeneratorHarness.Parse("namespace App { class Unrelated { public int X; } }", "Unrelated.cs"));
            var second = GeneratorHarness.Run(first.Driver, edited);

            AssertAllCached(second);
            AssertSameOutput(first, second);
        }

        [Fact]
        public void MethodBodyEditedInAnotherFile_EverythingCached()
        {
            var compilation = GeneratorHarness.Compile(Networks, Other);
            var first = GeneratorHarness.Run(compilation);
            var second = GeneratorHarness.Run(first.Driver, ReplaceTree(compilation, 1, Other.Replace("x * 2", "x + x")));

            AssertAllCached(second);
            AssertSameOutput(first, second);
        }

        [Fact]
        public void EditInTheNetworkFileAfterTheNetworks_SpecUnchanged()
        {
            // The file is parsed again, but the spec and diagnostics compare equal, so nothing downstream re-runs.
            // (An edit above a broken network would move its diagnostic, and rightly re-report it.)
            var compilation = GeneratorHarness.Compile(Networks, Other);
            var first = GeneratorHarness.Run(compilation);
            var second = GeneratorHarness.Run(first.Driver, ReplaceTree(compilation, 0, Networks + "\nnamespace App { class Tail { int _y; } }\n"));

            AssertAllCached(second);
            AssertSameOutput(first, second);
        }

        [Fact]
        public void NetworkAdded_OtherNetworksNotEmittedAgain()
        {
            // Hint names are assigned over all networks, but each output sees only its own name: a new network
            // changes the set, not the others' (spec, hint name) pairs.
            var compilation = GeneratorHarness.Compile(Networks, Other);
            var first = GeneratorHarness.Run(compilation);
            var edited = compilation.AddSyntaxTrees(GeneratorHarness.Parse("using NetGen;\nnamespace App { [Network][Input(1)][Dense(1)] partial class Added { } }", "Added.cs"));
            var second = GeneratorHarness.Run(first.Driver, edited);

            Assert.Contains(second.Result.TrackedSteps[TrackingNames.HintNames].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            var reasons = second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.New));
            Assert.DoesNotContain(IncrementalStepRunReason.Modified, reasons);
            Assert.Equal(2, second.Sources.Length);
            Assert.Equal(first.SingleSource, second.Sources.Single(s => !s.HintName.Contains("Added", System.StringComparison.Ordinal)).SourceText.ToString());
        }

        [Fact]
        public void LayerEdited_OutputModified()
        {
            // The check above must be able to fail: a real change reaches the output.
            var compilation = GeneratorHarness.Compile(Networks, Other);
            var first = GeneratorHarness.Run(compilation);
            var second = GeneratorHarness.Run(first.Driver, ReplaceTree(compilation, 0, Networks.Replace("[Dense(8)", "[Dense(9)")));

            Assert.Contains(second.Result.TrackedSteps[TrackingNames.Spec].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.NotEqual(first.SingleSource, second.SingleSource);
        }

        [Fact]
        public void StepValuesHoldNoRoslynObjects()
        {
            var run = GeneratorHarness.Run(Networks, Other);
            Assert.Single(run.Sources);
            Assert.NotEmpty(run.GeneratorDiagnostics);

            foreach (var name in s_steps)
            {
                Assert.True(run.Result.TrackedSteps.ContainsKey(name), $"No tracked step '{name}'.");
                foreach (var (value, _) in run.Result.TrackedSteps[name].SelectMany(s => s.Outputs))
                {
                    Assert.Null(ObjectGraph.FindForbidden(value, name));
                }
            }
        }

        [Fact]
        public void ObjectGraphFindsNestedRoslynObjects()
        {
            // The walker itself must be able to fail.
            var tree = GeneratorHarness.Parse("class C { }", "C.cs");
            var nested = new { Name = "x", Items = new List<object> { 1, new { Where = Location.Create(tree, default) } } };
            Assert.Contains("Where", ObjectGraph.FindForbidden(nested));
            Assert.Null(ObjectGraph.FindForbidden(new { Name = "x", Numbers = new[] { 1, 2 } }));
        }

        /// <summary>A network with every module kind, named modules among them, and one with a module error (NG0037).</summary>
        private const string ModuleNetworks = """
            using NetGen;

            namespace App
            {
                [Network(Seed = 4)]
                [Input(3)]
                [Standardize(Name = "scaler")]
                [Dense(8, Name = "fc1"), Activation(Activation.Relu)]
                [LayerNorm(Eps = 1e-4), Activation(Activation.Tanh)]
                [Dropout(0.25)]
                [BatchNorm(Momentum = 0.2, Name = "bn")]
                [Dense(1)]
                partial class Modules { }

                [Network]
                [Input(2)]
                [Dense(4)]
                [Dropout(1.5)]
                [Dense(1)]
                partial class BrokenModules { }
            }
            """;

        [Fact]
        public void StepValuesWithModulesHoldNoRoslynObjects()
        {
            var run = GeneratorHarness.Run(ModuleNetworks, Other);
            Assert.Single(run.Sources);
            Assert.NotEmpty(run.GeneratorDiagnostics);

            foreach (var name in s_steps)
            {
                foreach (var (value, _) in run.Result.TrackedSteps[name].SelectMany(s => s.Outputs))
                {
                    Assert.Null(ObjectGraph.FindForbidden(value, name));
                }
            }

            // The walk above reached a record of every module kind.
            var spec = Assert.IsType<NetworkSpec>(Assert.Single(run.Result.TrackedSteps[TrackingNames.Spec].SelectMany(s => s.Outputs)).Value);
            Assert.Equal(
                new[] { typeof(StandardizeSpec), typeof(LinearSpec), typeof(ActivationSpec), typeof(LayerNormSpec), typeof(ActivationSpec), typeof(DropoutSpec), typeof(BatchNormSpec), typeof(LinearSpec) },
                spec.Modules.Select(m => m.GetType()));
        }

        [Fact]
        public void ObjectGraphFindsRoslynObjectsInDerivedModuleRecords()
        {
            // The modules are an EquatableArray of the abstract ModuleSpec: the walker must look at each element's own type.
            var tree = GeneratorHarness.Parse("class C { }", "C.cs");
            var modules = new EquatableArray<ModuleSpec>(new ModuleSpec[] { new LinearSpec(2, "fc"), new LeakyModule(Location.Create(tree, default)) });
            Assert.Contains("Held", ObjectGraph.FindForbidden(new { Modules = modules }));
            Assert.Null(ObjectGraph.FindForbidden(new { Modules = new EquatableArray<ModuleSpec>(new ModuleSpec[] { new LinearSpec(2, "fc"), new DropoutSpec(0.5) }) }));
        }

        [Fact]
        public void UnrelatedEdits_WithModules_EverythingCached()
        {
            var compilation = GeneratorHarness.Compile(ModuleNetworks, Other);
            var first = GeneratorHarness.Run(compilation);
            var second = GeneratorHarness.Run(first.Driver, ReplaceTree(compilation, 1, Other.Replace("x * 2", "x + x")));
            AssertAllCached(second);
            AssertSameOutput(first, second);

            var third = GeneratorHarness.Run(second.Driver, ReplaceTree(compilation, 0, ModuleNetworks + "\nnamespace App { class Tail { int _y; } }\n"));
            AssertAllCached(third);
            AssertSameOutput(first, third);
        }

        [Theory]
        [InlineData("Dropout(0.25)", "Dropout(0.3)")]
        [InlineData("Eps = 1e-4", "Eps = 1e-3")]
        [InlineData("Momentum = 0.2", "Momentum = 0.3")]
        [InlineData("Name = \"bn\"", "Name = \"norm\"")]
        [InlineData("Name = \"scaler\"", "Name = \"scale\"")]
        [InlineData("Name = \"fc1\"", "Name = \"fc_1\"")]
        [InlineData("[Dropout(0.25)]", "[Dropout(0.25), Activation(Activation.Gelu)]")]
        [InlineData("[LayerNorm(Eps = 1e-4), Activation(Activation.Tanh)]", "[LayerNorm(Eps = 1e-4), Activation(Activation.GeluTanh)]")]
        [InlineData("[Standardize(Name = \"scaler\")]\n", "")]
        public void ModuleArgumentEdited_OutputModified(string before, string after)
        {
            var compilation = GeneratorHarness.Compile(ModuleNetworks, Other);
            var first = GeneratorHarness.Run(compilation);
            Assert.Contains(before, ModuleNetworks, System.StringComparison.Ordinal);
            var second = GeneratorHarness.Run(first.Driver, ReplaceTree(compilation, 0, ModuleNetworks.Replace(before, after, System.StringComparison.Ordinal)));

            Assert.Equal(new[] { "NG0037" }, second.GeneratorDiagnostics.Select(d => d.Id));
            Assert.Contains(second.Result.TrackedSteps[TrackingNames.Spec].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Contains(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.NotEqual(first.SingleSource, second.SingleSource);
        }

        /// <summary>A module record holding what no pipeline value may hold, for the walker's own test.</summary>
        private sealed record LeakyModule(object Held) : ModuleSpec
        {
            public override string Attribute => "[Leaky]";
        }

        private static Compilation ReplaceTree(Compilation compilation, int index, string text)
        {
            var old = compilation.SyntaxTrees.ElementAt(index);
            return compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text)));
        }

        private static void AssertAllCached(GeneratorRun run)
        {
            var steps = run.Result.TrackedSteps;
            foreach (var name in s_steps)
            {
                Assert.True(steps.ContainsKey(name), $"No tracked step '{name}'.");
                var reasons = steps[name].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
                Assert.NotEmpty(reasons);
                Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"Step '{name}' was {r}."));
            }

            var outputs = run.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"An output step was {r}."));
        }

        private static void AssertSameOutput(GeneratorRun first, GeneratorRun second)
        {
            Assert.Equal(first.SingleSource, second.SingleSource);
            Assert.Equal(first.GeneratorDiagnostics.Select(d => d.ToString()), second.GeneratorDiagnostics.Select(d => d.ToString()));
        }
    }
}
