using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Row-vectorised networks train a batch on one of three passes, chosen by its size at run time: one row at a time
    /// (fewer rows than __LanesMinimumRows), Vector&lt;T&gt; lanes, or, on AVX-512 hardware from __Vector512MinimumRows
    /// on, 512-bit lanes. Every pass runs here whatever the machine (Vector512 works everywhere, emulated where it is
    /// not native) through the generated internal __ComputeGradients, each checked against central differences of
    /// the row-by-row EvaluateLoss and against the others.
    /// </summary>
    public class LaneWidthTests
    {
        // 37 rows: full vectors and a partial last one on every width (4, 8 or 16 lanes).
        private const int Rows = 37;

        private const int PerRow = Grad_Tanh_MeanSquaredError_F32.__PerRowPass;
        private const int Lanes = Grad_Tanh_MeanSquaredError_F32.__LanesPass;
        private const int Lanes512 = Grad_Tanh_MeanSquaredError_F32.__Lanes512Pass;

        private static readonly (int Pass, string Label)[] Passes = [(PerRow, "per row"), (Lanes, "Vector<T> lanes"), (Lanes512, "512-bit lanes")];

        private delegate T Gradients<T>(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int pass);

        /// <summary>The generated hook: updateFollows (TrainStep's) leaves the gradients' check to the update; tests pass false.</summary>
        private delegate T GeneratedGradients<T>(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int pass, bool updateFollows);

        public static IEnumerable<object[]> RowVectorised =>
            GradientNetworks.Double.Where(n => Hook(n.Value()) is not null).Select(n => new object[] { n.Key });

        [Fact]
        public void Some_gradient_networks_are_row_vectorised()
            => Assert.True(RowVectorised.Count() >= 10);

        [Theory]
        [MemberData(nameof(RowVectorised))]
        public void Double_gradients_on_every_pass_match_central_differences(string name)
        {
            var net = GradientNetworks.Double[name]();
            var hook = Hook(net)!;
            var (inputs, targets) = GradientCheckTests.Batch<double>(net.InputSize, net.OutputSize, GradientCheckTests.LossOf(name), Rows, seed: 7);
            GradientCheckTests.Randomize(net.Parameters, seed: 11);
            var numeric = GradientCheckTests.CentralDifferences(net, inputs, targets);
            double evaluated = net.EvaluateLoss(inputs, targets);

            foreach (var (pass, label) in Passes)
            {
                double loss = hook(inputs, targets, pass);
                Assert.Equal(evaluated, loss, 1e-12 * Math.Max(1, Math.Abs(evaluated)));
                var analytic = net.Gradients.ToArray();
                for (int i = 0; i < analytic.Length; i++)
                {
                    double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8;
                    Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit,
                        $"{name} ({label}): parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
                }

                Assert.Contains(analytic, g => Math.Abs(g) > 1e-6);
            }
        }

        [Theory]
        [MemberData(nameof(RowVectorised))]
        public void Float_gradients_on_every_pass_match_central_differences_and_each_other(string name)
        {
            var net = GradientNetworks.Single[name]();
            var twin = GradientNetworks.Double[name]();
            var hook = Hook(net)!;
            var (inputs, targets) = GradientCheckTests.Batch<double>(net.InputSize, net.OutputSize, GradientCheckTests.LossOf(name), Rows, seed: 7);
            GradientCheckTests.Randomize(net.Parameters, seed: 11);
            for (int i = 0; i < net.ParameterCount; i++)
            {
                twin.Parameters[i] = net.Parameters[i];
            }

            var numeric = GradientCheckTests.CentralDifferences(twin, inputs, targets);
            float[] x = inputs.Select(v => (float)v).ToArray();
            float[] y = targets.Select(v => (float)v).ToArray();
            var losses = new float[Passes.Length];
            var gradients = new float[Passes.Length][];
            for (int k = 0; k < Passes.Length; k++)
            {
                losses[k] = hook(x, y, Passes[k].Pass);
                gradients[k] = net.Gradients.ToArray();
            }

            for (int k = 0; k < Passes.Length; k++)
            {
                // The same sums in another order: every pass agrees with the per-row one to float rounding.
                Assert.True(Math.Abs(losses[k] - losses[0]) <= 1e-5 * Math.Abs(losses[0]) + 1e-7, $"{name}: loss {Passes[k].Label} {losses[k]:R}, per row {losses[0]:R}");
                for (int i = 0; i < net.ParameterCount; i++)
                {
                    float analytic = gradients[k][i];
                    double limit = 1e-2 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic)) + 1e-5;
                    Assert.True(Math.Abs(analytic - numeric[i]) <= limit, $"{name} ({Passes[k].Label}): parameter {i}: analytic {analytic:R}, numeric {numeric[i]:R}");
                    Assert.True(Math.Abs(analytic - gradients[0][i]) <= 1e-4 * Math.Abs(gradients[0][i]) + 1e-6, $"{name}: parameter {i}: {Passes[k].Label} {analytic:R}, per row {gradients[0][i]:R}");
                }
            }
        }

        /// <summary>The row-vectorised networks, float and double, with the cubic tutorial's shapes added (one input, one output).</summary>
        public static IEnumerable<object[]> RowVectorisedBothPrecisions =>
            RowVectorised.Select(n => (string)n[0]).SelectMany(name => new[] { new object[] { name, false }, new object[] { name, true } })
                .Concat(Cubics.Keys.SelectMany(name => new[] { new object[] { name, false }, new object[] { name, true } }));

        /// <summary>Row counts at and on either side of one and two vectors of rows, on both lane widths.</summary>
        private static int[] GroupBoundaryRows<T>() where T : struct
        {
            int[] widths = [System.Numerics.Vector<T>.Count, System.Runtime.Intrinsics.Vector512<T>.Count];
            return widths.SelectMany(w => new[] { w - 1, w, w + 1, 2 * w - 1, 2 * w, 2 * w + 1 }).Where(r => r >= 1).Distinct().Order().ToArray();
        }

        [Fact]
        public void The_cubic_shapes_are_row_vectorised()
        {
            foreach (var (name, make) in Cubics)
            {
                Assert.True(Hook(make.Single()) is not null && Hook(make.Double()) is not null, name);
            }
        }

        [Theory]
        [MemberData(nameof(RowVectorisedBothPrecisions))]
        public void Lane_passes_match_the_per_row_loop_around_the_lane_group_boundaries(string name, bool single)
        {
            // A single row can leave a ReLU head with no gradient at all (1 row is a boundary with 128-bit vectors of
            // double, on ARM64 or without AVX2), so the comparison must be non-trivial for some row count, not each.
            int nonZero = 0;
            if (single)
            {
                var net = Cubics.TryGetValue(name, out var cubic) ? cubic.Single() : GradientNetworks.Single[name]();
                foreach (int rows in GroupBoundaryRows<float>())
                {
                    // Full groups load their rows straight from the batch, a short last group goes through the lane scratch.
                    nonZero += CompareWithPerRow(net, name, rows, 1e-4, 1e-6) ? 1 : 0;
                }
            }
            else
            {
                var net = Cubics.TryGetValue(name, out var cubic) ? cubic.Double() : GradientNetworks.Double[name]();
                foreach (int rows in GroupBoundaryRows<double>())
                {
                    nonZero += CompareWithPerRow(net, name, rows, 1e-12, 1e-14) ? 1 : 0;
                }
            }

            Assert.True(nonZero > 0, $"{name}: every batch gave zero gradients");
        }

        /// <summary>
        /// Every lane pass's loss and gradients against the per-row pass's, the reference loop, on the same batch; true
        /// when some gradient is not zero.
        /// </summary>
        private static bool CompareWithPerRow<T>(INeuralNetwork<T> net, string name, int rows, double relative, double absolute)
            where T : struct, System.Numerics.IFloatingPointIeee754<T>
        {
            var hook = Hook(net)!;
            var (inputs, targets) = GradientCheckTests.Batch<T>(net.InputSize, net.OutputSize, LossOf(name), rows, seed: 5 + rows);
            GradientCheckTests.Randomize(net.Parameters, seed: 13);
            double expectedLoss = double.CreateTruncating(hook(inputs, targets, PerRow));
            var expected = net.Gradients.ToArray();
            foreach (var (pass, label) in Passes.Skip(1))
            {
                double loss = double.CreateTruncating(hook(inputs, targets, pass));
                Assert.True(Math.Abs(loss - expectedLoss) <= relative * Math.Abs(expectedLoss) + absolute, $"{name}, {rows} rows, {label}: loss {loss:R}, per row {expectedLoss:R}");
                var got = net.Gradients.ToArray();
                for (int i = 0; i < got.Length; i++)
                {
                    double a = double.CreateTruncating(got[i]), e = double.CreateTruncating(expected[i]);
                    Assert.True(Math.Abs(a - e) <= relative * Math.Abs(e) + absolute, $"{name}, {rows} rows, {label}: parameter {i}: {a:R}, per row {e:R}");
                }
            }

            return expected.Any(g => Math.Abs(double.CreateTruncating(g)) > 1e-6);
        }

        [Theory]
        [MemberData(nameof(RowVectorisedBothPrecisions))]
        public void A_rows_result_does_not_depend_on_its_lane_group(string name, bool single)
        {
            if (single)
            {
                SwapGroups(Cubics.TryGetValue(name, out var cubic) ? cubic.Single() : GradientNetworks.Single[name](), name);
            }
            else
            {
                SwapGroups(Cubics.TryGetValue(name, out var cubic) ? cubic.Double() : GradientNetworks.Double[name](), name);
            }
        }

        /// <summary>
        /// Two whole vectors of rows and a short one: the first two swapped give the same loss and gradients bit for bit
        /// (each lane adds the same two rows, a + b = b + a), on each lane pass.
        /// </summary>
        private static void SwapGroups<T>(INeuralNetwork<T> net, string name) where T : struct, System.Numerics.IFloatingPointIeee754<T>
        {
            var hook = Hook(net)!;
            GradientCheckTests.Randomize(net.Parameters, seed: 17);
            foreach (var (pass, label) in Passes.Skip(1))
            {
                int width = pass == Lanes ? System.Numerics.Vector<T>.Count : System.Runtime.Intrinsics.Vector512<T>.Count;
                int rows = 2 * width + 3;
                var (inputs, targets) = GradientCheckTests.Batch<T>(net.InputSize, net.OutputSize, LossOf(name), rows, seed: 23);
                T loss = hook(inputs, targets, pass);
                var gradients = net.Gradients.ToArray();
                T swappedLoss = hook(SwapFirstTwo(inputs, width * net.InputSize), SwapFirstTwo(targets, width * net.OutputSize), pass);
                Assert.True(loss == swappedLoss, $"{name} ({label}): loss {loss}, swapped {swappedLoss}");
                Assert.True(gradients.AsSpan().SequenceEqual(net.Gradients), $"{name} ({label}): the gradients moved with the lane groups");
            }
        }

        private static T[] SwapFirstTwo<T>(T[] values, int block)
        {
            var swapped = values.ToArray();
            Array.Copy(values, block, swapped, 0, block);
            Array.Copy(values, 0, swapped, block, block);
            return swapped;
        }

        private static Loss LossOf(string name) => Cubics.ContainsKey(name) ? Loss.MeanSquaredError : GradientCheckTests.LossOf(name);

        /// <summary>The cubic tutorial's shapes (1→10→10→1, SGD, mean squared error), float and double.</summary>
        private static readonly Dictionary<string, (Func<INeuralNetwork<float>> Single, Func<INeuralNetwork<double>> Double)> Cubics = new()
        {
            ["LaneCubicRelu"] = (() => new LaneCubicRelu_F32(), () => new LaneCubicRelu()),
            ["LaneCubicSoftplus"] = (() => new LaneCubicSoftplus_F32(), () => new LaneCubicSoftplus()),
        };

        /// <summary>Batch sizes at and on either side of each threshold, and the extremes.</summary>
        public static IEnumerable<object[]> BatchSizes()
        {
            int lanes = Constant("__LanesMinimumRows");
            int wide = Constant("__Vector512MinimumRows");
            return new[] { 1, lanes - 1, lanes, lanes + 1, wide - 1, wide, wide + 1, 100 }.Where(r => r >= 1).Distinct().Select(r => new object[] { r });
        }

        [Fact]
        public void The_thresholds_order_the_passes()
        {
            // Per row for the smallest batches only; 512-bit lanes from two 512-bit vectors of rows on.
            int wide = Constant("__Vector512MinimumRows");
            Assert.Equal(2 * System.Runtime.Intrinsics.Vector512<float>.Count, wide);
            Assert.InRange(Constant("__LanesMinimumRows"), 2, wide - 1);
        }

        [Theory]
        [MemberData(nameof(BatchSizes))]
        public void ComputeGradients_takes_the_pass_the_batch_size_and_hardware_call_for(int rows)
        {
            var net = new Grad_Tanh_MeanSquaredError_F32();
            var (inputs, targets) = GradientCheckTests.Batch<float>(Grad_Tanh_MeanSquaredError_F32.InputSize, Grad_Tanh_MeanSquaredError_F32.OutputSize, Loss.MeanSquaredError, rows, seed: 3);
            int expected = rows < Constant("__LanesMinimumRows") ? PerRow
                : LinearAlgebra.Vector512Lanes && rows >= Constant("__Vector512MinimumRows") ? Lanes512
                : Lanes;

            // Which pass ran shows in its scratch: only the pass that ran writes to it.
            foreach (string field in new[] { "__trainState", "__vectorGradients", "__vectorGradients512" })
            {
                Array.Clear(Field(net, field));
            }

            float loss = net.ComputeGradients(inputs, targets);
            var gradients = net.Gradients.ToArray();
            Assert.Equal(expected == PerRow, Touched(net, "__trainState"));
            Assert.Equal(expected == Lanes, Touched(net, "__vectorGradients"));
            Assert.Equal(expected == Lanes512, Touched(net, "__vectorGradients512"));

            // And its results are that pass's, bit for bit.
            Assert.Equal(net.__ComputeGradients(inputs, targets, expected), loss);
            Assert.Equal(gradients, net.Gradients.ToArray());
        }

        [Theory]
        [MemberData(nameof(BatchSizes))]
        public void TrainStep_allocates_nothing_on_any_pass(int rows)
        {
            var net = new Grad_Tanh_MeanSquaredError_F32();
            var (inputs, targets) = GradientCheckTests.Batch<float>(Grad_Tanh_MeanSquaredError_F32.InputSize, Grad_Tanh_MeanSquaredError_F32.OutputSize, Loss.MeanSquaredError, rows, seed: 3);
            Assert.Equal(0, Allocations.Least(() => net.TrainStep(inputs, targets), times: 200, warmUp: 50));
            foreach (var (pass, label) in Passes)
            {
                Assert.True(0 == Allocations.Least(() => net.__ComputeGradients(inputs, targets, pass), times: 200, warmUp: 50), label);
            }
        }

        [Fact]
        public void An_unknown_pass_is_refused_before_any_change()
        {
            var net = new Grad_Tanh_MeanSquaredError_F32();
            var (inputs, targets) = GradientCheckTests.Batch<float>(Grad_Tanh_MeanSquaredError_F32.InputSize, Grad_Tanh_MeanSquaredError_F32.OutputSize, Loss.MeanSquaredError, 4, seed: 3);
            net.ComputeGradients(inputs, targets);
            var before = net.Gradients.ToArray();
            Assert.Throws<ArgumentOutOfRangeException>(() => net.__ComputeGradients(inputs, targets, 3));
            Assert.Equal(before, net.Gradients.ToArray());
        }

        /// <summary>The generated __ComputeGradients of a row-vectorised network, or null for other shapes.</summary>
        private static Gradients<T>? Hook<T>(INeuralNetwork<T> net) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            var hook = net.GetType().GetMethod("__ComputeGradients", BindingFlags.Instance | BindingFlags.NonPublic)?.CreateDelegate<GeneratedGradients<T>>(net);
            return hook is null ? null : (inputs, targets, pass) => hook(inputs, targets, pass, false);
        }

        /// <summary>A generated private constant of the float test network.</summary>
        private static int Constant(string name)
            => (int)typeof(Grad_Tanh_MeanSquaredError_F32).GetField(name, BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null)!;

        private static Array Field(Grad_Tanh_MeanSquaredError_F32 net, string name)
            => (Array)typeof(Grad_Tanh_MeanSquaredError_F32).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(net)!;

        /// <summary>Some element of the scratch array is no longer its default (zero) value.</summary>
        private static bool Touched(Grad_Tanh_MeanSquaredError_F32 net, string name)
        {
            var array = Field(net, name);
            var zero = Activator.CreateInstance(array.GetType().GetElementType()!);
            return array.Cast<object>().Any(v => !v.Equals(zero));
        }
    }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Activation.Relu)]
    [Dense(10), Activation(Activation.Relu)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class LaneCubicRelu_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(10), Activation(Activation.Relu)]
    [Dense(10), Activation(Activation.Relu)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class LaneCubicRelu { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Activation.Softplus)]
    [Dense(10), Activation(Activation.Softplus)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class LaneCubicSoftplus_F32 { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(10), Activation(Activation.Softplus)]
    [Dense(10), Activation(Activation.Softplus)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class LaneCubicSoftplus { }
}
