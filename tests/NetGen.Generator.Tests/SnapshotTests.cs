using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// The emitted files, reviewed and kept in Snapshots/. Each must also compile with no warning (warnings are
    /// errors, nullable on) and carry the sizes the test works out on its own.
    /// </summary>
    public sealed class SnapshotTests
    {
        [Fact]
        public Task Quadratic_1_32_1_Adam() => VerifyNetwork("""
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
            """, "Samples.QuadraticModel", new[] { 1, 32, 1 });

        [Fact]
        public Task Deep_2_16Tanh_8LeakyRelu_1() => VerifyNetwork("""
            using NetGen;
            using static NetGen.Activation;

            namespace Samples
            {
                /// <summary>Three layers.</summary>
                [Network(Seed = 7)]
                [Input(2)]
                [Dense(16), Activation(Tanh)]
                [Dense(8), Activation(LeakyRelu, Alpha = 0.1)]
                [Dense(1)]
                public partial class DeepNet { }
            }
            """, "Samples.DeepNet", new[] { 2, 16, 8, 1 });

        [Fact]
        public async Task Wide_784_256_128_10_Softmax_CrossEntropy_Looped()
        {
            var run = await VerifyNetworkRun("""
                using NetGen;

                namespace Samples
                {
                    /// <summary>MNIST-sized classifier.</summary>
                    [Network]
                    [Input(784)]
                    [Dense(256), Activation(Activation.Relu)]
                    [Dense(128), Activation(Activation.Relu)]
                    [Dense(10), Activation(Activation.Softmax)]
                    [Loss(Loss.CrossEntropy)]
                    public partial class MnistNet { }
                }
                """, "Samples.MnistNet", new[] { 784, 256, 128, 10 });

            // Big layers must be looped, not unrolled: 235,146 weights unrolled would be megabytes of source.
            int bytes = Encoding.UTF8.GetByteCount(run.SingleSource);
            Assert.True(bytes < 300 * 1024, $"The generated file is {bytes} bytes; it must stay under 300 KB.");
        }

        [Fact]
        public Task DoublePrecision() => VerifyNetwork("""
            using NetGen;

            namespace Samples
            {
                /// <summary>Double precision with AdamW and Huber.</summary>
                [Network(Precision = Precision.Double, Seed = 3, Initialization = Initialization.XavierUniform, BiasInit = 0.1)]
                [Input(3)]
                [Dense(4), Activation(Activation.Elu, Alpha = 0.5)]
                [Dense(2)]
                [Loss(Loss.Huber, Delta = 0.5)]
                [AdamW(LearningRate = 0.002, WeightDecay = 0.05)]
                public partial class DoubleNet { }
            }
            """, "Samples.DoubleNet", new[] { 3, 4, 2 });

        [Fact]
        public Task Sgd_Nesterov() => VerifyNetwork("""
            using NetGen;

            namespace Samples
            {
                /// <summary>SGD with Nesterov momentum.</summary>
                [Network(CheckFinite = false)]
                [Input(2)]
                [Dense(3), Activation(Activation.Sigmoid)]
                [Dense(1)]
                [Loss(Loss.MeanAbsoluteError)]
                [Sgd(LearningRate = 0.1, Momentum = 0.9, Nesterov = true, WeightDecay = 1e-4)]
                public partial class NesterovNet { }
            }
            """, "Samples.NesterovNet", new[] { 2, 3, 1 });

        [Fact]
        public Task Rprop_FullBatch() => VerifyNetwork("""
            using NetGen;

            namespace Samples
            {
                /// <summary>Rprop, FANN's default trainer.</summary>
                [Network]
                [Input(2)]
                [Dense(4), Activation(Activation.Tanh)]
                [Dense(1)]
                [Rprop(LearningRate = 0.05, StepSizeMax = 10)]
                public partial class RpropNet { }
            }
            """, "Samples.RpropNet", new[] { 2, 4, 1 });

        [Fact]
        public Task BinaryCrossEntropy_Sigmoid() => VerifyNetwork("""
            using NetGen;

            namespace Samples
            {
                /// <summary>Binary classifier.</summary>
                [Network]
                [Input(2)]
                [Dense(4), Activation(Activation.Relu)]
                [Dense(1), Activation(Activation.Sigmoid)]
                [Loss(Loss.BinaryCrossEntropy)]
                public partial class BinaryNet { }
            }
            """, "Samples.BinaryNet", new[] { 2, 4, 1 });

        /// <summary>Softplus layers: z into a scratch span, one call per layer that also returns softplus'.</summary>
        [Fact]
        public Task Softplus_2_3_3_1_PerLayerActivations() => VerifyNetwork("""
            using NetGen;

            namespace Samples
            {
                /// <summary>Two Softplus layers.</summary>
                [Network]
                [Input(2)]
                [Dense(3), Activation(Activation.Softplus)]
                [Dense(3), Activation(Activation.Softplus)]
                [Dense(1)]
                [Sgd(LearningRate = 0.2)]
                public partial class SoftplusNet { }
            }
            """, "Samples.SoftplusNet", new[] { 2, 3, 3, 1 });

        [Fact]
        public Task GlobalNamespace() => VerifyNetwork("""
            using NetGen;

            /// <summary>No namespace.</summary>
            [Network]
            [Input(2)]
            [Dense(2), Activation(Activation.Tanh)]
            [Dense(1)]
            public partial class GlobalNet { }
            """, "GlobalNet", new[] { 2, 2, 1 });

        [Fact]
        public Task NestedInPartialClass() => VerifyNetwork("""
            using NetGen;

            namespace Samples;

            /// <summary>The outer type.</summary>
            public static partial class Outer
            {
                /// <summary>A middle type.</summary>
                public partial record struct Middle
                {
                    /// <summary>The network.</summary>
                    [Network]
                    [Input(1)]
                    [Dense(2), Activation(Activation.Gelu)]
                    [Dense(1)]
                    public partial class Inner { }
                }
            }
            """, "Samples.Outer+Middle+Inner", new[] { 1, 2, 1 });

        /// <summary>
        /// Every module kind in one network, in nn.Sequential order. Parameters: Dense 3→16 (4·16 = 64), LayerNorm 16
        /// (weight and bias, 32), BatchNorm 16 (32), Dense 16→8 named "head" (17·8 = 136), Dense 8→1 (9): 273.
        /// Buffers (not parameters): Standardize's mean and std, BatchNorm's running statistics and count.
        /// </summary>
        [Fact]
        public Task EveryModuleKind() => VerifyNetwork("""
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
            """, "Samples.ModulesNet", new[] { 3, 16, 8, 1 }, parameterCount: 64 + 32 + 32 + 136 + 9);

        // 1→16→1 Tanh with the mean squared error: the one shape every strategy admits, forced to each.
        [Fact]
        public Task Strategy_PerRow() => VerifyStrategy("PerRow");

        [Fact]
        public Task Strategy_Lanes() => VerifyStrategy("Lanes");

        /// <summary>
        /// FANN's incremental shape, row-vectorised: a one-row batch also gets the pass that keeps the row in registers
        /// (__RegisterPass, __TrainOneRow), with a partial input vector (14 = 8 + an overlapping 8) and 3 outputs.
        /// </summary>
        [Fact]
        public Task Strategy_Lanes_OneRowRegisters() => VerifyNetwork("""
            using NetGen;
            using static NetGen.Activation;

            namespace Samples
            {
                /// <summary>14→16 Sigmoid→3 Sigmoid, SGD.</summary>
                [Network(Seed = 1)]
                [Input(14)]
                [Dense(16), Activation(Sigmoid)]
                [Dense(3), Activation(Sigmoid)]
                [Sgd(LearningRate = 0.7)]
                public partial class IncrementalNet { }
            }
            """, "Samples.IncrementalNet", new[] { 14, 16, 3 });

        [Fact]
        public Task Strategy_Shallow() => VerifyStrategy("Shallow");

        [Fact]
        public Task Strategy_BatchMajor() => VerifyStrategy("BatchMajor");

        private static Task VerifyStrategy(string strategy, [CallerMemberName] string testMethod = "") => VerifyNetworkRun($$"""
            using NetGen;
            using NetGen.Runtime;

            namespace Samples
            {
                /// <summary>1→16→1, trained {{strategy}}.</summary>
                [Network(Seed = 2)]
                [ForceStrategy(TrainingStrategy.{{strategy}})]
                [Input(1)]
                [Dense(16), Activation(Activation.Tanh)]
                [Dense(1)]
                public partial class {{strategy}}Net { }
            }
            """, "Samples." + strategy + "Net", new[] { 1, 16, 1 }, testMethod: testMethod);

        private static async Task VerifyNetwork(string source, string metadataName, int[] sizes, int? parameterCount = null, [CallerMemberName] string testMethod = "") =>
            await VerifyNetworkRun(source, metadataName, sizes, parameterCount, testMethod);

        private static async Task<GeneratorRun> VerifyNetworkRun(string source, string metadataName, int[] sizes, int? parameterCount = null, [CallerMemberName] string testMethod = "")
        {
            var run = GeneratorHarness.Run(source);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.Input.GetDiagnostics());
            Assert.Empty(run.OutputDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

            string hintName = HintNames.For(metadataName);
            Assert.Equal(hintName, Assert.Single(run.Sources).HintName);

            // The sizes as a reader of the attributes would work them out: (fan-in + 1) × units per layer (Dense-only networks).
            int parameters = 0;
            for (int i = 1; i < sizes.Length; i++)
            {
                parameters += (sizes[i - 1] + 1) * sizes[i];
            }

            var type = run.Output.GetTypeByMetadataName(metadataName);
            Assert.NotNull(type);

            // Every snapshot's members are those of the generated-members table (the NG0025/NG0028 check's source).
            var (missing, unlisted) = GeneratedSurface.Compare(type!, run.Sources.Select(s => s.SyntaxTree));
            Assert.Empty(missing);
            Assert.Empty(unlisted);
            Assert.Equal(sizes[0], Constant(type!, "InputSize"));
            Assert.Equal(sizes[sizes.Length - 1], Constant(type!, "OutputSize"));
            Assert.Equal(parameterCount ?? parameters, Constant(type!, "ParameterCount"));

            await Snapshot.Verify(run.Driver, testMethod: testMethod);
            return run;
        }

        private static object? Constant(INamedTypeSymbol type, string name) =>
            Assert.IsAssignableFrom<IFieldSymbol>(Assert.Single(type.GetMembers(name))).ConstantValue;
    }
}
