using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// NG0025 and NG0028 check the user's members against <see cref="NetGen.Generator.Model.GeneratedMembers"/>;
    /// this keeps the table honest: for networks of every code shape (scalar and not, float and double, each
    /// training strategy, baked), every member of the generated file is in the table and every entry is generated.
    /// </summary>
    public sealed class GeneratedMembersTests : IDisposable
    {
        private readonly WeightFiles _files = new();

        public void Dispose() => _files.Dispose();

        public static TheoryData<string, string> Networks { get; } = new()
        {
            { "Plain", "[Network][Input(1)][Dense(4), Activation(Activation.Relu)][Dense(1)][Sgd(LearningRate = 0.1, Momentum = 0.9)] public partial class Plain { }" },
            { "Shallow", "[Network][Input(1)][Dense(32), Activation(Activation.Tanh)][Dense(1)] public partial class Shallow { }" },
            { "RowVector", "[Network][Input(2)][Dense(3), Activation(Activation.Softplus)][Dense(3), Activation(Activation.Sigmoid)][Dense(1)] public partial class RowVector { }" },
            { "BatchMajor", "[Network(Precision = Precision.Double)][Input(40)][Dense(40), Activation(Activation.Gelu)][Dense(3), Activation(Activation.Softmax)][Loss(Loss.CrossEntropy)][AdamW] public partial class BatchMajor { }" },
            { "NoMomentum", "[Network(CheckFinite = false)][Input(3)][Dense(2)][Sgd] public partial class NoMomentum { }" },
            { "Standardized", "[Network][Input(3)][Standardize][Dense(4), Activation(Activation.Relu)][Dense(2)] public partial class Standardized { }" },
            { "StandardizedScalar", "[Network(Precision = Precision.Double)][Input(1)][Standardize(Name = \"s\")][Dense(16), Activation(Activation.Tanh)][Dense(1)] public partial class StandardizedScalar { }" },
            { "EveryModule", "[Network][Input(3)][Standardize][Dense(8)][LayerNorm, Activation(Activation.Relu)][Dropout(0.5)][BatchNorm][Dense(3), Activation(Activation.Softmax)][Loss(Loss.CrossEntropy)] public partial class EveryModule { }" },
            { "NormsWithoutStandardize", "[Network][Input(3)][Dense(8)][LayerNorm][Dropout(0.5)][BatchNorm][Dense(1)] public partial class NormsWithoutStandardize { }" },
        };

        [Theory]
        [MemberData(nameof(Networks))]
        public void Every_generated_member_is_in_the_table_and_every_entry_is_generated(string name, string declaration)
        {
            var run = GeneratorHarness.Run("using NetGen;\n" + declaration);
            AssertSurface(run, name);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void Baked_networks_match_the_table_too(int inputs)
        {
            string file = _files.Write("w.safetensors", WeightFiles.TwoLayers(inputs, 3));
            string source = $$"""
                using NetGen;
                [Network(Weights = "w.safetensors")]
                [Input({{inputs}})]
                [Dense(3), Activation(Activation.Tanh)]
                [Dense(1)]
                public partial class Baked { }
                """;
            var run = _files.Run(source, "Baked.cs", file);
            Assert.Contains("PredictBaked", run.SingleSource, StringComparison.Ordinal); // the file really was baked
            AssertSurface(run, "Baked");

            // The baked code cannot be captured either: types named like each of its identifiers change nothing.
            var userNames = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().Select(t => t.ValueText);
            var identifiers = run.Sources[0].SyntaxTree.GetRoot().DescendantTokens()
                .Where(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken))
                .Select(t => t.ValueText)
                .Except(userNames.Concat(new[] { "System", "NetGen", "global" }))
                .Distinct()
                .ToList();
            Assert.Contains("__bakedParameters", identifiers);
            var poisoned = _files.Run(source + "\n#pragma warning disable CS8981\n" + string.Concat(identifiers.Select(n => $"class {n} {{ }}\n")), "Baked.cs", file);
            Assert.Contains("PredictBaked", poisoned.SingleSource, StringComparison.Ordinal);
            Assert.Empty(poisoned.ProblemsInGeneratedFiles());
            Assert.Empty(poisoned.GeneratorDiagnostics);
        }

        [Theory]
        [InlineData("[Standardize]", true)]
        [InlineData("[Standardize(Name = \"scaler\")]", true)]
        [InlineData("", false)]
        [InlineData("[LayerNorm][BatchNorm][Dropout(0.1)]", false)]
        public void Adapt_is_listed_and_generated_exactly_with_Standardize(string firstModules, bool standardizes)
        {
            // The table: Adapt(ReadOnlySpan<T>) exactly when the network standardises.
            var table = NetGen.Generator.Model.GeneratedMembers.For("float", "Net", scalar: false, baked: false, NetGen.Generator.Model.GeneratedMembers.ClassifierFor(0, 2), standardizes);
            Assert.Equal(standardizes, table.Any(m => m.Name == "Adapt"));

            // The generated class: an Adapt(ReadOnlySpan<float>) method exactly then, and never one by another signature.
            var run = GeneratorHarness.Run("using NetGen;\n[Network][Input(3)]" + firstModules + "[Dense(2)] public partial class Net { }");
            Assert.Empty(run.ProblemsInGeneratedFiles());
            var adapt = run.Output.GetTypeByMetadataName("Net")!.GetMembers("Adapt");
            if (standardizes)
            {
                var method = Assert.IsAssignableFrom<IMethodSymbol>(Assert.Single(adapt));
                Assert.Equal("System.ReadOnlySpan<float>", Assert.Single(method.Parameters).Type.ToDisplayString());
                Assert.Contains("Standardization.Adapt<float>(", run.SingleSource, StringComparison.Ordinal);
            }
            else
            {
                Assert.Empty(adapt);
                Assert.DoesNotContain("Standardization", run.SingleSource, StringComparison.Ordinal);
            }
        }

        private static void AssertSurface(GeneratorRun run, string name)
        {
            Assert.Empty(run.ProblemsInGeneratedFiles());
            var network = run.Output.GetTypeByMetadataName(name);
            Assert.NotNull(network);
            var (missing, unlisted) = GeneratedSurface.Compare(network!, run.Sources.Select(s => s.SyntaxTree));
            Assert.True(missing.Count == 0, $"{name}: in the table but not generated: {string.Join("; ", missing)}");
            Assert.True(unlisted.Count == 0, $"{name}: generated but not in the table: {string.Join("; ", unlisted)}");
        }
    }
}
