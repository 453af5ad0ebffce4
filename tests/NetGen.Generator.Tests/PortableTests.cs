using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// The portable flavour (netstandard2.0/2.1 builds of the run-time helpers, for .NET Framework, Mono and Unity):
    /// how the generator finds it, what the planner admits, and the form of the code it emits.
    /// </summary>
    public sealed class PortableTests
    {
        private const string Usings = "using NetGen;\nusing NetGen.Runtime;\n";

        private const string ReadmeModel = """
            using NetGen;
            using static NetGen.Activation;

            namespace Samples
            {
                /// <summary>A portable network.</summary>
                [Network(Seed = 1)]
                [Input(1)]
                [Dense(32), Activation(Relu)]
                [Dense(1)]
                [Adam(LearningRate = 0.01, Beta1 = 0.8)]
                public partial class QuadraticModel { }
            }
            """;

        /// <summary>Unity's C#: version 9, documentation comments checked.</summary>
        private static readonly CSharpParseOptions s_csharp9 = new(LanguageVersion.CSharp9, DocumentationMode.Diagnose);

        /// <summary>net10.0 with the net8.0 helpers, plus the portable marker: the generator's choice of form, without binding.</summary>
        private static ImmutableArray<MetadataReference> MarkedPortable => References.Default.Add(References.PortableMarker);

        [Fact]
        public void TheNet8BuildGivesTheModernForm()
        {
            string source = Generated(GeneratorHarness.Run(ReadmeModel));
            Assert.Contains("global::NetGen.Runtime.Optimizers.Adam<float>(", source);
            Assert.Contains("global::NetGen.Runtime.ShallowNet.Predict<float", source);
        }

        [Fact]
        public void ThePortableMarkerGivesThePortableForm()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Compile(MarkedPortable, ReadmeModel));
            Assert.Empty(run.GeneratorDiagnostics);
            string source = Generated(run);
            Assert.Contains("global::NetGen.Runtime.Optimizers.Adam(__parameters, ", source);
            Assert.DoesNotContain("ShallowNet", source);
            Assert.DoesNotContain("Adam<float>(", source);
        }

        [Fact]
        public void AMarkerDeclaredInTheUsersSourceIsNotTheRuntime()
        {
            var run = GeneratorHarness.Run(ReadmeModel, "namespace NetGen.Runtime { public static class PortableRuntime { } }");
            Assert.Contains("global::NetGen.Runtime.Optimizers.Adam<float>(", Generated(run));
        }

        [Fact]
        public async Task NG0019_WhenNeitherBuildOfTheHelpersIsReferenced()
        {
            var run = await DiagnosticVerifier.Error(Usings + """
                [{|NG0019:Network|}]
                [Input(2)]
                [Dense(1)]
                partial class Net { }
                """, references: References.Framework.Add(References.AttributesOnly));
            string message = Assert.Single(run.GeneratorDiagnostics).GetMessage(CultureInfo.InvariantCulture);
            Assert.Equal("The generated code for 'Net' needs NetGen's run-time helpers, which this project does not reference; reference the NetGen package, which supports netstandard2.0, netstandard2.1 and net8.0 or later", message);
        }

        [Fact]
        public Task NG0019_TheNet8BuildWithoutGenericMathIsNeither() => DiagnosticVerifier.Error(Usings + """
            [{|NG0019:Network|}]
            [Input(2)]
            [Dense(1)]
            partial class Net { }
            """, references: References.NetStandard21.Add(References.Abstractions), compilerErrors: null);

        [Theory]
        [InlineData("Lanes")]
        [InlineData("Shallow")]
        public async Task NG0036_VectorStrategiesOnAPortableTarget(string strategy)
        {
            // 1→16→1 Tanh with the mean squared error: every strategy trains it on net8.0 (DiagnosticTests).
            var run = await DiagnosticVerifier.Error(Usings + $$"""
                [Network]
                [{|NG0036:ForceStrategy(TrainingStrategy.{{strategy}})|}]
                [Input(1)]
                [Dense(16), Activation(Activation.Tanh)]
                [Dense(1)]
                partial class Net { }
                """, references: MarkedPortable);
            string message = Assert.Single(run.GeneratorDiagnostics).GetMessage(CultureInfo.InvariantCulture);
            Assert.Contains("targets netstandard", message);
            Assert.Contains("PerRow or BatchMajor", message);
        }

        [Theory]
        [InlineData("PerRow")]
        [InlineData("BatchMajor")]
        public void ScalarStrategiesTrainOnAPortableTarget(string strategy)
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Compile(MarkedPortable, Usings + $$"""
                [Network]
                [ForceStrategy(TrainingStrategy.{{strategy}})]
                [Input(1)]
                [Dense(16), Activation(Activation.Tanh)]
                [Dense(1)]
                partial class Net { }
                """));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.NotEmpty(run.Sources);
        }

        /// <summary>
        /// Every network of the corpus, in the portable form: nothing the netstandard builds lack (contract items 5, 6, 8),
        /// whatever the planner would pick on net8.0 (Shallow, Lanes, vector row forms).
        /// </summary>
        [Fact]
        public void ThePortableFormCallsNothingTheNetStandardBuildsLack()
        {
            string[] absent =
            {
                "Vector<", "Vector512", "System.Numerics.Vector", "ShallowNet", "LaneActivations", "VectorActivations", "__TrainLanes",
                "CompilerServices.Unsafe", "MathF", "IsFinite(", "BitConverter", "LoadUnsafe", "\"u8", "PortableSpans.Writable",
            };
            // A helper called with type arguments (constructors of generic types, `new X<float>(…)`, the BCL's Array.Empty and
            // Classification.RentTargets, generic in every build since its T is in no argument, are fine).
            var typeArguments = new System.Text.RegularExpressions.Regex(@"(?<!(new [\w.:]+|System\.Array\.Empty|Classification\.RentTargets))[<, ](float|double)>\(");
            foreach (var (name, source) in PortableCorpus.Networks)
            {
                using var files = new WeightFiles();
                var run = PortableCorpus.Run(files, source, MarkedPortable, s_csharp9);
                Assert.True(run.GeneratorDiagnostics.IsEmpty, name + ": " + string.Join("\n", run.GeneratorDiagnostics));
                foreach (var generated in run.Sources)
                {
                    string text = generated.SourceText.ToString();
                    foreach (string token in absent)
                    {
                        Assert.False(text.Contains(token, System.StringComparison.Ordinal), $"{name}: the portable form contains \"{token}\".");
                    }

                    var call = typeArguments.Match(text);
                    Assert.False(call.Success, $"{name}: the portable form calls a helper with type arguments: {call.Value}");
                }
            }
        }

        /// <summary>
        /// Every network of the corpus compiles, C# 9, warnings as errors, against netstandard2.1's reference assemblies
        /// (Unity) and against netstandard2.0's with System.Memory (.NET Framework), each with that build of
        /// NetGen.Abstractions: every call of the portable form binds to a portable helper, and no element of a
        /// ReadOnlySpan is read.
        /// </summary>
        [Theory]
        [InlineData("netstandard2.1")]
        [InlineData("netstandard2.0")]
        public void TheCorpusCompilesForPortableTargets(string targetFramework)
        {
            var framework = targetFramework == "netstandard2.1" ? References.NetStandard21 : References.NetStandard20;
            var references = framework.Add(References.AbstractionsFor(targetFramework));
            int networks = 0;
            foreach (var (name, source) in PortableCorpus.Networks)
            {
                using var files = new WeightFiles();
                var run = PortableCorpus.Run(files, source, references, s_csharp9);
                Assert.True(run.GeneratorDiagnostics.IsEmpty, name + ": " + string.Join("\n", run.GeneratorDiagnostics));
                var inputErrors = run.Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
                Assert.True(inputErrors.Count == 0, name + ":\n" + string.Join("\n", inputErrors));
                Assert.NotEmpty(run.Sources);
                var problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).Distinct().ToList();
                Assert.True(problems.Count == 0, $"{name}: {problems.Count} problems:\n" + string.Join("\n", problems.Take(12)));
                Assert.Empty(ReadOnlySpanReads(run).Select(read => name + ": " + read));
                networks++;
            }

            Assert.Equal(PortableCorpus.Networks.Count(), networks);
        }

        /// <summary>
        /// Mono's corlib lacks the ReadOnlySpan members the compiler binds element reads to (contract item 5): no network
        /// of the corpus indexes, foreaches or pins a ReadOnlySpan in its portable form.
        /// </summary>
        [Fact]
        public void ThePortableFormNeverReadsAReadOnlySpanElement()
        {
            foreach (var (name, source) in PortableCorpus.Networks)
            {
                using var files = new WeightFiles();
                var run = PortableCorpus.Run(files, source, MarkedPortable, s_csharp9);
                Assert.Empty(ReadOnlySpanReads(run).Select(read => name + ": " + read));
            }
        }

        /// <summary>The check above finds the reads the modern form makes (its passes take ReadOnlySpan parameters).</summary>
        [Fact]
        public void TheModernFormsReadOnlySpanReadsAreFound()
        {
            var reads = ReadOnlySpanReads(GeneratorHarness.Run(ReadmeModel));
            Assert.Contains(reads, read => read.StartsWith("p[", System.StringComparison.Ordinal));
        }

        /// <summary>
        /// Element reads (<c>span[i]</c>), foreach loops and <c>fixed</c> over a ReadOnlySpan in the generated files, bound
        /// against the run's output compilation.
        /// </summary>
        internal static List<string> ReadOnlySpanReads(GeneratorRun run)
        {
            var found = new List<string>();
            foreach (var tree in run.Sources.Select(s => s.SyntaxTree))
            {
                var outputTree = run.Output.SyntaxTrees.Single(t => t.FilePath == tree.FilePath);
                var model = run.Output.GetSemanticModel(outputTree);
                foreach (var node in outputTree.GetRoot().DescendantNodes())
                {
                    ExpressionSyntax? spanExpression = node switch
                    {
                        ElementAccessExpressionSyntax access => access.Expression,
                        ForEachStatementSyntax loop => loop.Expression,
                        FixedStatementSyntax pin => pin.Declaration.Variables.Select(v => v.Initializer?.Value).FirstOrDefault(),
                        _ => null,
                    };
                    if (spanExpression is not null && model.GetTypeInfo(spanExpression).Type is INamedTypeSymbol
                        {
                            Name: "ReadOnlySpan", Arity: 1, ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true },
                        })
                    {
                        found.Add(node.ToString());
                    }
                }
            }

            return found;
        }

        [Fact]
        public Task Portable_ReadmeModel() => VerifyPortable(ReadmeModel);

        [Fact]
        public Task Portable_BatchMajorClassifierWithModules() => VerifyPortable("""
            using NetGen;
            using static NetGen.Activation;

            namespace Samples
            {
                /// <summary>A portable network.</summary>
                [Network(Seed = 3)]
                [Input(4)]
                [Standardize]
                [Dense(24), Activation(Relu)]
                [BatchNorm]
                [Dense(20), Activation(Tanh)]
                [LayerNorm, Activation(Gelu)]
                [Dropout(0.25)]
                [Dense(3), Activation(Softmax)]
                [Loss(Loss.CrossEntropy)]
                [Sgd(LearningRate = 0.05, Momentum = 0.9)]
                public partial class IrisNet { }
            }
            """);

        [Fact]
        public Task Portable_DoublePrecision() => VerifyPortable("""
            using NetGen;
            using static NetGen.Activation;

            namespace Samples
            {
                /// <summary>A portable network.</summary>
                [Network(Seed = 5, Precision = Precision.Double)]
                [Input(2)]
                [Dense(6), Activation(Sigmoid)]
                [Dense(1), Activation(Sigmoid)]
                [Loss(Loss.BinaryCrossEntropy)]
                [Rprop]
                public partial class GateNet { }
            }
            """);

        [Fact]
        public async Task Portable_Baked()
        {
            using var files = new WeightFiles();
            files.Write("model.safetensors", WeightFiles.TwoLayers(inputs: 1, hidden: 32));
            var run = PortableCorpus.Run(files, """
                using NetGen;
                using static NetGen.Activation;

                namespace Samples
                {
                    /// <summary>A portable network.</summary>
                    [Network(Weights = "model.safetensors")]
                    [Input(1)]
                    [Dense(32), Activation(Tanh)]
                    [Dense(1)]
                    public partial class BakedNet { }
                }
                """, NetStandard21, s_csharp9);
            await VerifyPortable(run, nameof(Portable_Baked));
        }

        /// <summary>Unity's setting: netstandard2.1 with its build of the helpers.</summary>
        private static ImmutableArray<MetadataReference> NetStandard21 => References.NetStandard21.Add(References.AbstractionsFor("netstandard2.1"));

        /// <summary>Snapshots the portable form of <paramref name="source"/>, which must compile for netstandard2.1 as C# 9 without a warning.</summary>
        private static async Task VerifyPortable(string source, [CallerMemberName] string testMethod = "")
        {
            using var files = new WeightFiles();
            await VerifyPortable(PortableCorpus.Run(files, source, NetStandard21, s_csharp9), testMethod);
        }

        private static async Task VerifyPortable(GeneratorRun run, string testMethod)
        {
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Empty(ReadOnlySpanReads(run));
            await Snapshot.Verify(run.Driver, testMethod: testMethod);
        }

        private static string Generated(GeneratorRun run) => Assert.Single(run.Sources).SourceText.ToString();
    }
}
