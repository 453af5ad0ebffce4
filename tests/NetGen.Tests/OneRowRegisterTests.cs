using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NetGen.Runtime;
using static NetGen.Activation;

namespace NetGen.Tests
{
    // Shapes the one-row register pass takes (NetworkPlan.OneRowRegisters), each with a double twin for the finite
    // differences: an input with a partial last vector (14, 9, 10) or whole ones (8, 32), hidden layers of 8 to 32 units,
    // outputs in a partial vector (3, 5, 1, 4) or whole ones (8, 16), a single layer, and every activation it takes.
    [Network(Seed = 3)]
    [Input(14)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3), Activation(Sigmoid)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRowFann { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(14)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3), Activation(Sigmoid)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRowFannDouble { }

    [Network(Seed = 4)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(8)]
    [Dense(8), Activation(Tanh)]
    [Dense(16), Activation(Relu)]
    [Dense(5)]
    [Adam(LearningRate = 0.01)]
    public partial class OneRowDeep { }

    [Network(Seed = 4, Precision = Precision.Double)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(8)]
    [Dense(8), Activation(Tanh)]
    [Dense(16), Activation(Relu)]
    [Dense(5)]
    [Adam(LearningRate = 0.01)]
    public partial class OneRowDeepDouble { }

    [Network(Seed = 5)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(9)]
    [Dense(24), Activation(Sigmoid)]
    [Dense(32), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class OneRowWide { }

    [Network(Seed = 5, Precision = Precision.Double)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(9)]
    [Dense(24), Activation(Sigmoid)]
    [Dense(32), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class OneRowWideDouble { }

    [Network(Seed = 6)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(32)]
    [Dense(8), Activation(Relu)]
    [Dense(16), Activation(Tanh)]
    [Sgd(LearningRate = 0.05)]
    public partial class OneRowWholeVectors { }

    [Network(Seed = 6, Precision = Precision.Double)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(32)]
    [Dense(8), Activation(Relu)]
    [Dense(16), Activation(Tanh)]
    [Sgd(LearningRate = 0.05)]
    public partial class OneRowWholeVectorsDouble { }

    [Network(Seed = 8)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(10)]
    [Dense(4), Activation(Sigmoid)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRowSingleLayer { }

    [Network(Seed = 8, Precision = Precision.Double)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(10)]
    [Dense(4), Activation(Sigmoid)]
    [Sgd(LearningRate = 0.1)]
    public partial class OneRowSingleLayerDouble { }

    // Shapes it leaves to the per-row pass.
    [Network(Seed = 7)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(4)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3)]
    public partial class OneRowTooFewInputs { }

    [Network(Seed = 7)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(14)]
    [Dense(12), Activation(Sigmoid)]
    [Dense(3)]
    public partial class OneRowPartialHidden { }

    [Network(Seed = 7)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(14)]
    [Dense(40), Activation(Sigmoid)]
    [Dense(3)]
    public partial class OneRowTooWide { }

    [Network(Seed = 7)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(14)]
    [Dense(16), Activation(Softplus)]
    [Dense(3)]
    public partial class OneRowDerivativeFromInput { }

    /// <summary>
    /// The register pass (__RegisterPass): a batch smaller than the lanes take (1 to __LanesMinimumRows − 1 rows) trains
    /// through it row by row where <see cref="OneRowRegisters.Supported"/> holds (8-float Vector&lt;float&gt;, AVX, SIMD
    /// on), through the per-row pass elsewhere; its first row sets the gradients, the others add theirs. Forced through the generated hook,
    /// both passes give the same loss and gradients to float rounding, and both match central differences of the double
    /// twin. CI runs this suite with 512-bit paths off, with SIMD off and without AVX2 (128-bit Vector&lt;float&gt;): there
    /// the pass is not supported, and the tests check the fallback instead.
    /// </summary>
    public class OneRowRegisterTests
    {
        private delegate float Hook(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, int pass, bool updateFollows);

        private static readonly Dictionary<string, (Func<INeuralNetwork<float>> Single, Func<INeuralNetwork<double>> Double)> Eligible = new()
        {
            ["OneRowFann"] = (() => new OneRowFann(), () => new OneRowFannDouble()),
            ["OneRowDeep"] = (() => new OneRowDeep(), () => new OneRowDeepDouble()),
            ["OneRowWide"] = (() => new OneRowWide(), () => new OneRowWideDouble()),
            ["OneRowWholeVectors"] = (() => new OneRowWholeVectors(), () => new OneRowWholeVectorsDouble()),
            ["OneRowSingleLayer"] = (() => new OneRowSingleLayer(), () => new OneRowSingleLayerDouble()),
        };

        public static IEnumerable<object[]> EligibleNames => Eligible.Keys.Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(EligibleNames))]
        public void The_register_pass_matches_the_per_row_pass_and_central_differences(string name)
        {
            if (!OneRowRegisters.Supported)
            {
                return; // The_other_side_takes_the_per_row_pass covers this process.
            }

            var net = Eligible[name].Single();
            var twin = Eligible[name].Double();
            int onePass = Constant(net, "__RegisterPass"), perRow = Constant(net, "__PerRowPass");
            var hook = HookOf(net);
            GradientCheckTests.Randomize(net.Parameters, seed: 21);
            for (int i = 0; i < net.ParameterCount; i++)
            {
                twin.Parameters[i] = net.Parameters[i];
            }

            int smallest = Constant(net, "__LanesMinimumRows");
            foreach (int rows in new[] { 1, 1, 2, smallest - 1 })
            {
                int row = rows;
                var (inputs, targets) = GradientCheckTests.Batch<double>(net.InputSize, net.OutputSize, Loss.MeanSquaredError, rows, seed: 30 + rows);
                float[] x = inputs.Select(v => (float)v).ToArray(), y = targets.Select(v => (float)v).ToArray();
                var numeric = GradientCheckTests.CentralDifferences(twin, inputs, targets, Enumerable.Range(0, twin.ParameterCount));

                // Garbage in the gradients first: the register pass writes every one of them, accumulating none.
                net.Gradients.Fill(float.NaN);
                float registerLoss = hook(x, y, onePass, false);
                float[] registers = net.Gradients.ToArray();
                float perRowLoss = hook(x, y, perRow, false);
                float[] reference = net.Gradients.ToArray();

                Assert.True(Math.Abs(registerLoss - perRowLoss) <= 1e-5 * Math.Abs(perRowLoss) + 1e-7, $"{name}: loss {registerLoss:R} against per row {perRowLoss:R}");
                for (int i = 0; i < net.ParameterCount; i++)
                {
                    Assert.True(Math.Abs(registers[i] - reference[i]) <= 1e-4 * Math.Abs(reference[i]) + 1e-6,
                        $"{name}, {row} rows: parameter {i}: registers {registers[i]:R}, per row {reference[i]:R}");
                    double limit = 1e-2 * Math.Max(Math.Abs(numeric[i]), Math.Abs(registers[i])) + 1e-5;
                    Assert.True(Math.Abs(registers[i] - numeric[i]) <= limit, $"{name}, {row} rows: parameter {i}: registers {registers[i]:R}, numeric {numeric[i]:R}");
                }

                Assert.Contains(registers, g => Math.Abs(g) > 1e-4);
            }
        }

        /// <summary>TrainStep on one row takes the register pass here, so its update equals that pass's gradients put through the optimizer.</summary>
        [Theory]
        [MemberData(nameof(EligibleNames))]
        public void A_one_row_TrainStep_takes_the_pass_the_process_supports(string name)
        {
            var net = Eligible[name].Single();
            var twin = Eligible[name].Single();
            int expectedPass = OneRowRegisters.Supported ? Constant(net, "__RegisterPass") : Constant(net, "__PerRowPass");
            int smallest = Constant(net, "__LanesMinimumRows");
            for (int rows = 1; rows <= smallest; rows++)
            {
                int pass = (int)net.GetType().GetMethod("__PassFor", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, [rows])!;
                Assert.Equal(rows < smallest ? expectedPass : Constant(net, "__LanesPass"), pass);
            }

            var (inputs, targets) = GradientCheckTests.Batch<float>(net.InputSize, net.OutputSize, Loss.MeanSquaredError, 1, seed: 41);
            for (int step = 0; step < 3; step++)
            {
                float loss = net.TrainStep(inputs, targets);
                float twinLoss = HookOf(twin)(inputs, targets, expectedPass, false);
                twin.OptimizerStep();
                Assert.Equal(twinLoss, loss);
                Assert.Equal(twin.Parameters.ToArray(), net.Parameters.ToArray());
            }
        }

        [Fact]
        public void A_one_row_TrainStep_allocates_nothing()
        {
            var net = new OneRowFann();
            var (x, y) = GradientCheckTests.Batch<float>(14, 3, Loss.MeanSquaredError, 1, seed: 9);
            net.TrainStep(x, y);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int step = 0; step < 100; step++)
            {
                net.TrainStep(x, y);
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Fact]
        public void The_other_side_takes_the_per_row_pass()
        {
            bool expected = Simd.Enabled && System.Runtime.Intrinsics.X86.Avx.IsSupported && System.Numerics.Vector<float>.Count == 8;
            Assert.Equal(expected, OneRowRegisters.Supported);
            if (!expected)
            {
                var net = new OneRowFann();
                Assert.Equal(Constant(net, "__PerRowPass"), (int)typeof(OneRowFann).GetMethod("__PassFor", BindingFlags.Static | BindingFlags.NonPublic)!.Invoke(null, [1])!);
                var (x, y) = GradientCheckTests.Batch<float>(14, 3, Loss.MeanSquaredError, 1, seed: 2);
                Assert.Throws<ArgumentOutOfRangeException>(() => HookOf(net)(x, y, Constant(net, "__RegisterPass"), false));
            }
        }

        [Fact]
        public void The_register_pass_refuses_a_batch_the_lanes_take_and_changes_nothing()
        {
            var net = new OneRowFann();
            var (x, y) = GradientCheckTests.Batch<float>(14, 3, Loss.MeanSquaredError, Constant(net, "__LanesMinimumRows"), seed: 5);
            net.ComputeGradients(x, y);
            var before = net.Gradients.ToArray();
            Assert.Throws<ArgumentOutOfRangeException>(() => HookOf(net)(x, y, Constant(net, "__RegisterPass"), false));
            Assert.Equal(before, net.Gradients.ToArray());
        }

        [Fact]
        public void Other_shapes_have_no_register_pass()
        {
            foreach (var net in new INeuralNetwork<float>[] { new OneRowTooFewInputs(), new OneRowPartialHidden(), new OneRowTooWide(), new OneRowDerivativeFromInput() })
            {
                Assert.NotNull(net.GetType().GetField("__PerRowPass", BindingFlags.Static | BindingFlags.NonPublic));
                Assert.Null(net.GetType().GetField("__RegisterPass", BindingFlags.Static | BindingFlags.NonPublic));
            }

            Assert.Null(typeof(OneRowFannDouble).GetField("__RegisterPass", BindingFlags.Static | BindingFlags.NonPublic));
        }

        private static int Constant(object net, string name)
            => (int)net.GetType().GetField(name, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

        private static Hook HookOf(INeuralNetwork<float> net)
            => net.GetType().GetMethod("__ComputeGradients", BindingFlags.Instance | BindingFlags.NonPublic)!.CreateDelegate<Hook>(net);
    }
}
