using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Roslyn43.Tests
{
    /// <summary>
    /// Unity 6's combination: Roslyn 4.3 driving the generator, netstandard2.1 reference assemblies with the netstandard2.1
    /// build of NetGen.Abstractions, C# 9. The generator must choose the portable form, report nothing, and its code must
    /// compile without a warning and equal the newer Roslyn's portable snapshot where one exists.
    /// </summary>
    public sealed class UnityTests
    {
        private const string Header = "using NetGen;\nusing static NetGen.Activation;\n\nnamespace Samples\n{\n    /// <summary>A portable network.</summary>\n";

        /// <summary>(case, declaration, portable snapshot test in PortableTests or null): declarations as in the tests that own the snapshots.</summary>
        private static readonly Dictionary<string, (string Source, string? PortableSnapshot)> s_networks = new()
        {
            // PortableTests.Portable_ReadmeModel: the README's model.
            ["ReadmeModel"] = (Header + """
                    [Network(Seed = 1)]
                    [Input(1)]
                    [Dense(32), Activation(Relu)]
                    [Dense(1)]
                    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
                    public partial class QuadraticModel { }
                }
                """, "Portable_ReadmeModel"),

            // SnapshotTests.EveryModuleKind (as in Roslyn43Tests): every module kind; no portable snapshot of it exists.
            ["EveryModuleKind"] = (Header + """
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
                """, null),

            // PortableTests.Portable_BatchMajorClassifierWithModules: modules in a softmax classifier, Sgd with momentum.
            ["ClassifierWithModules"] = (Header + """
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
                """, "Portable_BatchMajorClassifierWithModules"),

            // PortableTests.Portable_DoublePrecision: the double overloads of the portable helpers.
            ["DoublePrecision"] = (Header + """
                    [Network(Seed = 5, Precision = Precision.Double)]
                    [Input(2)]
                    [Dense(6), Activation(Sigmoid)]
                    [Dense(1), Activation(Sigmoid)]
                    [Loss(Loss.BinaryCrossEntropy)]
                    [Rprop]
                    public partial class GateNet { }
                }
                """, "Portable_DoublePrecision"),
        };

        public static TheoryData<string> Networks => new(s_networks.Keys);

        [Theory]
        [MemberData(nameof(Networks))]
        public void Roslyn43WithNetStandard21AtCSharp9GeneratesThePortableForm(string network)
        {
            var (source, portableSnapshot) = s_networks[network];
            var run = Roslyn43Host.RunUnchecked(Roslyn43Host.NetStandard21References, LanguageVersion.CSharp9, Enumerable.Empty<AdditionalText>(), ("Net.cs", source));

            // The references are Unity's: the portable marker is there and generic math (the modern form's need) is not.
            Assert.NotNull(run.Input.GetTypeByMetadataName("NetGen.Runtime.PortableRuntime"));
            Assert.Null(run.Input.GetTypeByMetadataName("System.Numerics.IFloatingPointIeee754`1"));
            Assert.Equal(LanguageVersion.CSharp9, ((CSharpParseOptions)run.Output.SyntaxTrees.Last().Options).LanguageVersion);

            Assert.Empty(run.GeneratorDiagnostics);
            string generated = run.SingleSource.SourceText.ToString();

            // The portable form calls the float/double overloads without type arguments; the modern form writes InitializeDense<float>(.
            Assert.Contains("global::NetGen.Runtime.Initializers.InitializeDense(", generated);
            Assert.DoesNotContain("InitializeDense<", generated);
            Assert.DoesNotContain("ShallowNet", generated);

            // TreatWarningsAsErrors (the host's options): no error and no warning, and the assembly emits.
            Assert.Empty(run.Output.GetDiagnostics());
            using var image = new MemoryStream();
            var emitted = run.Output.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            Assert.True(image.Length > 0);

            if (portableSnapshot is not null)
            {
                Roslyn43Host.AssertEqualsSnapshot(run.SingleSource, portableSnapshot, snapshotClass: "PortableTests");
            }
        }

        /// <summary>
        /// The README model compiled as Unity compiles it, then loaded by a net8.0+ app (which binds it to the net8.0
        /// build of the abstractions, whose portable overloads it calls), trains on y = x² + x + 1.
        /// </summary>
        [Fact]
        public void TheReadmeModelCompiledForUnityTrainsOnTheNet8Build()
        {
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
            var run = Roslyn43Host.RunUnchecked(Roslyn43Host.NetStandard21References, LanguageVersion.CSharp9, Enumerable.Empty<AdditionalText>(), ("Net.cs", s_networks["ReadmeModel"].Source), ("Probe.cs", probe));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.Output.GetDiagnostics());

            // The loaded assembly gets NetGen.Abstractions from the default context: the net8.0 build, which has no portable marker.
            Assert.Null(typeof(NetGen.Activations).Assembly.GetType("NetGen.Runtime.PortableRuntime"));
            var assembly = Roslyn43Host.EmitAndLoad(run.Output);
            Assert.Contains(assembly.GetReferencedAssemblies(), name => name.Name == "netstandard" && name.Version == new System.Version(2, 1, 0, 0));
            float[] result = Roslyn43Host.Call<float[]>(assembly, "Train");
            Assert.All(result, v => Assert.True(float.IsFinite(v), v.ToString("R")));
            Assert.True(result[1] < result[0] / 20, $"loss {result[0]:R} -> {result[1]:R}");
            Assert.InRange(result[2], 1.75f - 0.25f, 1.75f + 0.25f); // 0.5² + 0.5 + 1
        }
    }
}
