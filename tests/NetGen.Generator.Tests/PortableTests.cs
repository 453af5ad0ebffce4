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

        /// <summary>The oldest C# NetGen supports (NG0038 below it): 8, netstandard2.1's default (Unity uses 9); documentation comments checked.</summary>
        private static readonly CSharpParseOptions s_oldestLanguage = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

        /// <summary>net10.0 with the net8.0 helpers, plus the portable marker: the generator's choice of form, without binding.</summary>
        private static ImmutableArray<MetadataReference> MarkedPortable => References.Default.Add(References.PortableMarker);

        [Fact]
        public void TheNet8BuildGivesTheModernForm()
        {
            string source = Generated(GeneratorHarness.Run(ReadmeModel));

            // Float on net8.0+ calls the helpers' non-generic float copies (Runtime/FloatCopies), which ReadyToRun precompiles.
            Assert.Contains("global::NetGen.Runtime.Optimizers.AdamWithMomentBounds(__parameters, ", source);
            Assert.Contains("global::NetGen.Runtime.ShallowNet.Predict<global::NetGen.Runtime.LaneActivations.ReluOfSingle>(", source);
            Assert.Contains("global::NetGen.Runtime.Training.Fit<QuadraticModel>(this, ", source);
            Assert.Contains("global::NetGen.Runtime.Initializers.InitializeDense(new ", source);
            Assert.DoesNotContain("Bounds<float>(", source);
        }

        [Fact]
        public void ThePortableMarkerGivesThePortableForm()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Compile(MarkedPortable, ReadmeModel));
            Assert.Empty(run.GeneratorDiagnostics);
            string source = Generated(run);
            Assert.Contains("global::NetGen.Runtime.Optimizers.AdamWithMomentBounds(__parameters, ", source);
            Assert.DoesNotContain("ShallowNet", source);
            Assert.DoesNotContain("Bounds<float>(", source);
        }

        [Fact]
        public void AMarkerDeclaredInTheUsersSourceIsNotTheRuntime()
        {
            var run = GeneratorHarness.Run(ReadmeModel, "namespace NetGen.Runtime { public static class PortableRuntime { } }");
            Assert.Contains("global::NetGen.Runtime.ShallowNet.Predict<", Generated(run));
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
                var run = PortableCorpus.Run(files, source, MarkedPortable, s_oldestLanguage);
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
                var run = PortableCorpus.Run(files, source, references, s_oldestLanguage);
                Assert.True(run.GeneratorDiagnostics.IsEmpty, name + ": " + string.Join("\n", run.GeneratorDiagnostics));
                var inputErrors = run.Input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
                Assert.True(inputErrors.Count == 0, name + ":\n" + string.Join("\n", inputErrors));
                Assert.NotEmpty(run.Sources);
                var problems = run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).Distinct().ToList();
                Assert.True(problems.Count == 0, $"{name}: {problems.Count} problems:\n" + string.Join("\n", problems.Take(12)));
                Assert.Empty(ReadOnlySpanReads(run).Select(read => name + ": " + read));
                Assert.Empty(MonoMissingMembers(run.Output).Select(member => name + ": IL calls " + member));
                networks++;
            }

            Assert.Equal(PortableCorpus.Networks.Count(), networks);
        }

        /// <summary>
        /// The size budgets hold in the portable form too, where networks that would train on lanes or through ShallowNet
        /// unroll per row instead (the unrolled-weights budget bounds that code as it bounds the lanes').
        /// </summary>
        [Theory]
        [InlineData(128, 4, "Relu")]     // 2048 weights unrolled: lanes on net8.0, per row here
        [InlineData(128, 1, "Relu")]     // the most layers, each as small as can be
        [InlineData(128, 32, "Tanh")]    // two 1024-weight layers unrolled, the rest looped
        [InlineData(1, 1024, "Relu")]    // a 1024-unit layer of one input: OutputVectors on net8.0, scalar here
        public void The_deepest_legal_networks_stay_under_the_size_cap(int layers, int units, string activation)
        {
            var source = new System.Text.StringBuilder("using NetGen;\nnamespace Demo\n{\n    /// <summary>Deep.</summary>\n    [Network]\n    [Input(" + (layers == 1 ? 1 : units) + ")]\n");
            // The layers (at most 128, NG0030), the last of them Dense(1).
            for (int i = 0; i < System.Math.Max(1, layers - 1); i++)
            {
                source.Append("    [Dense(" + units + "), Activation(Activation." + activation + ")]\n");
            }

            source.Append("    [Dense(1)]\n    public partial class Net { }\n}\n");
            using var files = new WeightFiles();
            var run = PortableCorpus.Run(files, source.ToString(), NetStandard21, s_oldestLanguage);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.InRange(run.SingleSource.Length, 1, NetGen.Generator.Planning.NetworkPlan.MaxGeneratedCharacters);
            Assert.Empty(run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        }

        public static TheoryData<string, string[]> GoodCases => CorpusTests.GoodCases;

        /// <summary>
        /// The hostile-declaration corpus' good cases, generated in the portable form for netstandard2.1: the generator
        /// reports nothing and its files have no error or warning (the cases' own code may use APIs netstandard lacks).
        /// </summary>
        [Theory]
        [MemberData(nameof(GoodCases))]
        public void Good_declarations_give_clean_portable_code(string name, string[] sources)
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Compile(NetStandard21, sources));
            Assert.DoesNotContain(run.OutputDiagnostics, d => d.Id == "CS8785");
            // A case that forces a vectorised strategy gets NG0036 here, and nothing else.
            bool forcesVectors = sources.Any(source => source.Contains("TrainingStrategy.Lanes", System.StringComparison.Ordinal) || source.Contains("TrainingStrategy.Shallow", System.StringComparison.Ordinal));
            var unexpected = run.GeneratorDiagnostics.Where(d => !(forcesVectors && d.Id == "NG0036")).ToList();
            Assert.True(unexpected.Count == 0, $"{name}: unexpected diagnostics:\n{string.Join("\n", unexpected)}");
            Assert.Equal(forcesVectors, run.GeneratorDiagnostics.Any(d => d.Id == "NG0036"));
            Assert.NotEmpty(run.Sources);
            var problems = run.ProblemsInGeneratedFiles();
            Assert.True(problems.IsEmpty, $"{name}: generated code has problems:\n{string.Join("\n", problems)}");
        }

        /// <summary>
        /// Generic shadowing in the portable form: types in the network's namespace, and global using aliases, named like
        /// every identifier of its generated code (PortableSpans, Read, …) change nothing.
        /// </summary>
        [Theory]
        [InlineData("types")]
        [InlineData("aliases")]
        public void Names_like_every_identifier_of_the_portable_code_cannot_capture_it(string how)
        {
            string networks = "namespace Samples {\n" + string.Concat(PortableCorpus.Networks.Where(n => !n.Name.StartsWith("baked", System.StringComparison.Ordinal))
                .Select((n, i) => n.Source.Substring(n.Source.IndexOf("[Network", System.StringComparison.Ordinal)).Replace("partial class Net ", "partial class Net" + i.ToString(CultureInfo.InvariantCulture) + " ").TrimEnd('\n', '}'))) + "}";
            const string U = "using NetGen;\nusing static NetGen.Activation;\n#pragma warning disable CS8981, CS1591\n";
            var first = GeneratorHarness.Run(GeneratorHarness.Compile(NetStandard21, U + networks));
            Assert.Empty(first.ProblemsInGeneratedFiles());
            var reserved = CSharpSyntaxTree.ParseText(U + networks).GetRoot().DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText).Append("global").ToHashSet(System.StringComparer.Ordinal);
            var identifiers = first.Sources
                .SelectMany(source => source.SyntaxTree.GetRoot().DescendantTokens())
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken))
                .Select(t => t.ValueText)
                .Where(n => !reserved.Contains(n))
                .Distinct()
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToList();
            Assert.Contains("PortableSpans", identifiers);
            Assert.Contains("__Backward", identifiers);

            string poison = how == "types"
                ? "#pragma warning disable CS8981\nnamespace Samples {\n" + string.Concat(identifiers.Select(n => $"class {n} {{ }}\n")) + "}\n"
                : "#pragma warning disable CS8981\n" + string.Concat(identifiers.Select(n => $"global using {n} = System.Int32;\n"));
            var run = GeneratorHarness.Run(GeneratorHarness.Compile(NetStandard21, how == "types" ? new[] { U + networks, poison } : new[] { poison, U + networks }));
            var problems = run.ProblemsInGeneratedFiles();
            Assert.True(problems.IsEmpty, $"{identifiers.Count} names as {how}:\n{string.Join("\n", problems.Take(20))}");
            Assert.Equal(first.Sources.Length, run.Sources.Length);
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
                var run = PortableCorpus.Run(files, source, MarkedPortable, s_oldestLanguage);
                Assert.Empty(ReadOnlySpanReads(run).Select(read => name + ": " + read));
            }
        }

        /// <summary>The check above finds the reads the modern form makes (its members index ReadOnlySpan parameters).</summary>
        [Fact]
        public void TheModernFormsReadOnlySpanReadsAreFound()
        {
            var reads = ReadOnlySpanReads(GeneratorHarness.Run(ReadmeModel));
            Assert.Contains("input[0]", reads);
            Assert.Contains("inputs[r]", reads);
        }

        /// <summary>
        /// The members Mono's corlib lacks (ReadOnlySpan's get_Item, GetPinnableReference, its enumerator's get_Current)
        /// among the member references of <paramref name="compilation"/>'s IL: what the compiler lowered, whatever the syntax.
        /// </summary>
        private static List<string> MonoMissingMembers(Compilation compilation)
        {
            using var image = new System.IO.MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(image);
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
            var found = new List<string>();
            foreach (var handle in metadata.MemberReferences)
            {
                var member = metadata.GetMemberReference(handle);
                string memberName = metadata.GetString(member.Name);
                if (member.Parent.Kind != System.Reflection.Metadata.HandleKind.TypeSpecification
                    || memberName is not ("get_Item" or "GetPinnableReference" or "get_Current"))
                {
                    continue;
                }

                // The parent is ReadOnlySpan<T> or an Enumerator (conservatively any: Span<T>.Enumerator too), a generic instantiation.
                var blob = metadata.GetBlobReader(metadata.GetTypeSpecification((System.Reflection.Metadata.TypeSpecificationHandle)member.Parent).Signature);
                if (blob.ReadSignatureTypeCode() != System.Reflection.Metadata.SignatureTypeCode.GenericTypeInstance)
                {
                    continue;
                }

                blob.ReadSignatureTypeCode(); // value type
                var typeHandle = blob.ReadTypeHandle();
                string typeName = typeHandle.Kind == System.Reflection.Metadata.HandleKind.TypeReference
                    ? metadata.GetString(metadata.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)typeHandle).Name)
                    : "";
                if (typeName is "ReadOnlySpan`1" or "Enumerator")
                {
                    found.Add(typeName + "::" + memberName);
                }
            }

            return found;
        }

        /// <summary>The IL check finds the reads of the modern form, compiled for net10.0.</summary>
        [Fact]
        public void TheModernFormsReadOnlySpanReadsAreFoundInItsIL()
        {
            Assert.Contains("ReadOnlySpan`1::get_Item", MonoMissingMembers(GeneratorHarness.Run(ReadmeModel).Output));
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
                """, NetStandard21, s_oldestLanguage);
            await VerifyPortable(run, nameof(Portable_Baked));
        }

        /// <summary>Unity's setting: netstandard2.1 with its build of the helpers.</summary>
        private static ImmutableArray<MetadataReference> NetStandard21 => References.NetStandard21.Add(References.AbstractionsFor("netstandard2.1"));

        /// <summary>Snapshots the portable form of <paramref name="source"/>, which must compile for netstandard2.1 as C# 9 without a warning.</summary>
        private static async Task VerifyPortable(string source, [CallerMemberName] string testMethod = "")
        {
            using var files = new WeightFiles();
            await VerifyPortable(PortableCorpus.Run(files, source, NetStandard21, s_oldestLanguage), testMethod);
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
