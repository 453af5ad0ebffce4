using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Row-vectorised networks train on Vector&lt;T&gt; lanes or, on AVX-512 hardware and big enough batches, on
    /// 512-bit lanes. Both passes run here whatever the machine (Vector512 works everywhere, emulated where it is
    /// not native) through the generated internal __ComputeGradients, each checked against central differences
    /// of the row-by-row EvaluateLoss.
    /// </summary>
    public class LaneWidthTests
    {
        // 37 rows: full vectors and a partial last one on every width (4, 8 or 16 lanes).
        private const int Rows = 37;

        private delegate T Gradients<T>(ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, bool vector512);

        public static IEnumerable<object[]> RowVectorised =>
            GradientNetworks.Double.Where(n => Hook(n.Value()) is not null).Select(n => new object[] { n.Key });

        [Fact]
        public void Some_gradient_networks_are_row_vectorised()
            => Assert.True(RowVectorised.Count() >= 10);

        [Theory]
        [MemberData(nameof(RowVectorised))]
        public void Double_gradients_on_both_lane_widths_match_central_differences(string name)
        {
            var net = GradientNetworks.Double[name]();
            var hook = Hook(net)!;
            var (inputs, targets) = GradientCheckTests.Batch<double>(net.InputSize, net.OutputSize, GradientCheckTests.LossOf(name), Rows, seed: 7);
            GradientCheckTests.Randomize(net.Parameters, seed: 11);
            var numeric = GradientCheckTests.CentralDifferences(net, inputs, targets);
            double evaluated = net.EvaluateLoss(inputs, targets);

            foreach (bool vector512 in new[] { false, true })
            {
                double loss = hook(inputs, targets, vector512);
                Assert.Equal(evaluated, loss, 1e-12 * Math.Max(1, Math.Abs(evaluated)));
                var analytic = net.Gradients.ToArray();
                for (int i = 0; i < analytic.Length; i++)
                {
                    double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8;
                    Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit,
                        $"{name} (512-bit lanes: {vector512}): parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
                }

                Assert.Contains(analytic, g => Math.Abs(g) > 1e-6);
            }
        }

        [Theory]
        [MemberData(nameof(RowVectorised))]
        public void Float_gradients_on_both_lane_widths_match_central_differences_and_each_other(string name)
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
            hook(x, y, false);
            var narrow = net.Gradients.ToArray();
            hook(x, y, true);
            var wide = net.Gradients.ToArray();
            for (int i = 0; i < wide.Length; i++)
            {
                foreach (var (label, analytic) in new[] { ("Vector<T>", narrow[i]), ("512-bit", wide[i]) })
                {
                    double limit = 1e-2 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic)) + 1e-5;
                    Assert.True(Math.Abs(analytic - numeric[i]) <= limit, $"{name} ({label} lanes): parameter {i}: analytic {analytic:R}, numeric {numeric[i]:R}");
                }

                // The same sums in another order: the two widths agree to float rounding.
                Assert.True(Math.Abs(wide[i] - narrow[i]) <= 1e-4 * Math.Abs(narrow[i]) + 1e-6, $"{name}: parameter {i}: 512-bit {wide[i]:R}, Vector<T> {narrow[i]:R}");
            }
        }

        [Theory]
        [InlineData(8)]
        [InlineData(40)]
        public void ComputeGradients_takes_512_bit_lanes_when_the_hardware_runs_them_and_the_batch_fills_two(int rows)
        {
            var net = new Grad_Tanh_MeanSquaredError_F32();
            var (inputs, targets) = GradientCheckTests.Batch<float>(Grad_Tanh_MeanSquaredError_F32.InputSize, Grad_Tanh_MeanSquaredError_F32.OutputSize, Loss.MeanSquaredError, rows, seed: 3);
            bool expectWide = LinearAlgebra.Vector512Lanes && rows >= 2 * 16;

            net.__ComputeGradients(inputs, targets, expectWide);
            var expected = net.Gradients.ToArray();
            net.ComputeGradients(inputs, targets);
            Assert.Equal(expected, net.Gradients.ToArray());
        }

        /// <summary>The generated __ComputeGradients of a row-vectorised network, or null for other shapes.</summary>
        private static Gradients<T>? Hook<T>(INeuralNetwork<T> net) where T : System.Numerics.IFloatingPointIeee754<T>
            => net.GetType().GetMethod("__ComputeGradients", BindingFlags.Instance | BindingFlags.NonPublic)?.CreateDelegate<Gradients<T>>(net);
    }
}
