using System;
using System.IO;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Adam's finite check from the bounds of the stored moments (<see cref="AdamMomentBounds"/>): it changes how much the
    /// check reads, never what an update stores or whether it throws.
    /// </summary>
    public class AdamMomentBoundsTests
    {
        private const double LearningRate = 0.01, Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

        // Lengths of 64 and 65 whole 512-bit vectors (the pass takes two a round) plus a tail; decay: none, L2, decoupled.
        public static TheoryData<bool, int, int> SimdAndDecay => new()
        {
            { true, 0, 1037 }, { true, 1, 1053 }, { true, 2, 1037 }, { true, 0, 1053 },
            { false, 0, 1037 }, { false, 1, 1053 }, { false, 2, 1037 },
        };

        /// <summary>
        /// Forty steps of random gradients: the same bits as the plain checked update, for float (the generic method and
        /// the float copy) and double, with both kinds of weight decay. The lengths take the 512-bit, Vector&lt;T&gt; and
        /// scalar parts of each pass where the hardware has them. After the first step the bounds are carried, not
        /// measured (the smallest second moment is then the carried 0), and they always hold.
        /// </summary>
        [Theory]
        [MemberData(nameof(SimdAndDecay))]
        public void Carried_bounds_give_the_bits_of_the_plain_checked_update(bool simd, int decay, int length)
        {
            double weightDecay = decay == 0 ? 0 : 0.05;
            bool decoupled = decay == 2;
            var random = new DeterministicRandom(21 + decay);
            float[] p = Enumerable.Range(0, length).Select(_ => (float)random.NextNormal()).ToArray();
            float[] plain = p.ToArray(), plainM = new float[length], plainV = new float[length];
            float[] generic = p.ToArray(), genericM = new float[length], genericV = new float[length];
            float[] copy = p.ToArray(), copyM = new float[length], copyV = new float[length];
            double[] plainD = p.Select(e => (double)e).ToArray(), plainDM = new double[length], plainDV = new double[length];
            double[] boundD = plainD.ToArray(), boundDM = new double[length], boundDV = new double[length];
            AdamMomentBounds genericBounds = default, copyBounds = default, doubleBounds = default;
            for (int step = 1; step <= 40; step++)
            {
                // Gradients of every scale the moments see in training, a few exact zeros (dead units) among them.
                double scale = Math.Pow(10, random.NextUniform(-6, 3));
                float[] g = Enumerable.Range(0, length).Select(i => i % 97 == 0 ? 0f : (float)(scale * random.NextNormal())).ToArray();
                double[] gD = g.Select(e => (double)e).ToArray();
                Optimizers.AdamCore<float>(plain, g, plainM, plainV, step, LearningRate, Beta1, Beta2, Epsilon, weightDecay, decoupled, checkFinite: true, simd);
                Optimizers.AdamCore<float>(generic, g, genericM, genericV, step, LearningRate, Beta1, Beta2, Epsilon, weightDecay, decoupled, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref genericBounds);
                Optimizers.AdamCore((Span<float>)copy, g, copyM, copyV, step, LearningRate, Beta1, Beta2, Epsilon, weightDecay, decoupled, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref copyBounds);
                Optimizers.AdamCore<double>(plainD, gD, plainDM, plainDV, step, LearningRate, Beta1, Beta2, Epsilon, weightDecay, decoupled, checkFinite: true, simd);
                Optimizers.AdamCore<double>(boundD, gD, boundDM, boundDV, step, LearningRate, Beta1, Beta2, Epsilon, weightDecay, decoupled, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref doubleBounds);

                Assert.Equal(Bits(plain), Bits(generic));
                Assert.Equal(Bits(plainM), Bits(genericM));
                Assert.Equal(Bits(plainV), Bits(genericV));
                Assert.Equal(Bits(plain), Bits(copy));
                Assert.Equal(Bits(plainV), Bits(copyV));
                Assert.Equal(plainD.Select(BitConverter.DoubleToInt64Bits), boundD.Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(plainDV.Select(BitConverter.DoubleToInt64Bits), boundDV.Select(BitConverter.DoubleToInt64Bits));

                AssertHolds(genericBounds, genericM.Select(e => (double)e).ToArray(), genericV.Select(e => (double)e).ToArray());
                AssertHolds(copyBounds, copyM.Select(e => (double)e).ToArray(), copyV.Select(e => (double)e).ToArray());
                AssertHolds(doubleBounds, boundDM, boundDV);
                if (step == 1)
                {
                    // Measured after the first (fully checked) step: the smallest stored second moment itself.
                    Assert.Equal((double)genericV.Min(), genericBounds.SmallestSecond);
                }
                else
                {
                    Assert.Equal(0, genericBounds.SmallestSecond);
                    Assert.Equal(0, doubleBounds.SmallestSecond);
                }
            }
        }

        /// <summary>
        /// Random states and gradients of every scale up to float's largest, with the true bounds of the stored moments:
        /// each update throws exactly when the plain checked update throws, with its message, and otherwise stores its
        /// bits. A failed update leaves the buffers and the bounds as they were.
        /// </summary>
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Known_bounds_never_let_a_non_finite_update_through(bool simd)
        {
            var random = new DeterministicRandom(5);
            int thrown = 0;
            for (int trial = 0; trial < 400; trial++)
            {
                int length = 1 + random.NextInt(1100);
                float Value(double largestExponent) => (float)(Math.Pow(10, random.NextUniform(-4, largestExponent)) * random.NextNormal());
                double pScale = random.NextUniform(-2, 38.5), gScale = random.NextUniform(-2, 21), mScale = random.NextUniform(-3, 37), vScale = random.NextUniform(-6, 38.5);
                float[] p = Enumerable.Range(0, length).Select(_ => Value(pScale)).ToArray();
                float[] g = Enumerable.Range(0, length).Select(_ => Value(gScale)).ToArray();
                float[] m = Enumerable.Range(0, length).Select(_ => Value(mScale)).ToArray();
                float[] v = Enumerable.Range(0, length).Select(_ => Math.Abs(Value(vScale))).Select(e => float.IsFinite(e) ? e : float.MaxValue).ToArray();
                Sanitize(p);
                Sanitize(g);
                Sanitize(m);
                if (trial % 50 == 7)
                {
                    g[random.NextInt(length)] = trial % 100 == 7 ? float.NaN : float.NegativeInfinity;
                }

                double learningRate = Math.Pow(10, random.NextUniform(-4, 3));
                double epsilon = Math.Pow(10, random.NextUniform(-12, -3));
                double weightDecay = trial % 3 == 0 ? 0 : 0.01;
                bool decoupled = trial % 3 == 2;
                long step = 1 + random.NextInt(30);

                float[] p1 = p.ToArray(), m1 = m.ToArray(), v1 = v.ToArray();
                string? expected = Outcome(() => Optimizers.AdamCore<float>(p1, g, m1, v1, step, learningRate, Beta1, Beta2, epsilon, weightDecay, decoupled, checkFinite: true, simd, checkGradients: true));
                float[] p2 = p.ToArray(), m2 = m.ToArray(), v2 = v.ToArray();
                var bounds = new AdamMomentBounds(m.Max(e => Math.Abs((double)e)), v.Min(e => (double)e), v.Max(e => (double)e));
                var before = bounds;
                string? actual = Outcome(() => Optimizers.AdamCore<float>(p2, g, m2, v2, step, learningRate, Beta1, Beta2, epsilon, weightDecay, decoupled, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref bounds));

                Assert.Equal(expected, actual);
                Assert.Equal(Bits(p1), Bits(p2));
                Assert.Equal(Bits(m1), Bits(m2));
                Assert.Equal(Bits(v1), Bits(v2));
                if (actual is not null)
                {
                    thrown++;
                    Assert.Equal(Bits(p), Bits(p2));
                    Assert.Equal(Bits(v), Bits(v2));
                    Assert.Equal(before.LargestSecond, bounds.LargestSecond);
                    Assert.True(bounds.Known);
                }
                else
                {
                    AssertHolds(bounds, m2.Select(e => (double)e).ToArray(), v2.Select(e => (double)e).ToArray());
                }
            }

            // Both outcomes occur often enough for the comparison to mean something.
            Assert.InRange(thrown, 40, 360);
        }

        /// <summary>
        /// One gradient too large for the update ((1 − β2)·g·g overflows the second moment), placed at every position in
        /// turn: the bound from small known moments must see it wherever it is (each of a round's two vectors, the odd
        /// vector at the bottom, the scalar tail, the 512-bit part below 1024), so the update throws and stores nothing.
        /// A bound that skipped any vector would prove the update finite and store ∞.
        /// </summary>
        [Theory]
        [InlineData(true, 40)]
        [InlineData(true, 53)]
        [InlineData(true, 1061)]
        [InlineData(false, 21)]
        public void The_bound_sees_a_huge_gradient_at_every_position(bool simd, int length)
        {
            float[] p = Enumerable.Range(0, length).Select(i => 0.01f * (i % 7)).ToArray();
            double[] pD = p.Select(e => (double)e).ToArray();
            for (int at = 0; at < length; at++)
            {
                float[] g = Enumerable.Range(0, length).Select(i => i == at ? 3e21f : 0.5f).ToArray();
                float[] p1 = p.ToArray(), m1 = new float[length], v1 = Enumerable.Repeat(0.25f, length).ToArray();
                var bounds = new AdamMomentBounds(0, 0.25, 0.25);
                string? outcome = Outcome(() => Optimizers.AdamCore<float>(p1, g, m1, v1, 2, LearningRate, Beta1, Beta2, Epsilon, 0, false, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref bounds));
                Assert.True(outcome is not null, $"float: no exception with the huge gradient at {at} of {length}");
                Assert.Equal(Bits(p), Bits(p1));

                double[] gD = Enumerable.Range(0, length).Select(i => i == at ? 1e300 : 0.5).ToArray();
                double[] pD1 = pD.ToArray(), mD1 = new double[length], vD1 = Enumerable.Repeat(0.25, length).ToArray();
                var boundsD = new AdamMomentBounds(0, 0.25, 0.25);
                string? outcomeD = Outcome(() => Optimizers.AdamCore<double>(pD1, gD, mD1, vD1, 2, LearningRate, Beta1, Beta2, Epsilon, 0, false, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref boundsD));
                Assert.True(outcomeD is not null, $"double: no exception with the huge gradient at {at} of {length}");
                Assert.Equal(pD, pD1);
            }
        }

        /// <summary>
        /// β2 = 1 makes the bias correction of the second moment infinite: an element whose moments and gradient are 0
        /// gets 0·∞ = NaN in its denominator. The bound from the moments (all 0 here) must not prove that update.
        /// </summary>
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void An_infinite_bias_correction_is_never_proven_finite(bool simd)
        {
            float[] p = Enumerable.Range(0, 40).Select(i => 0.1f * i).ToArray();
            float[] g = Enumerable.Range(0, 40).Select(i => i == 3 ? 0f : 0.5f).ToArray();
            float[] m1 = new float[40], v1 = new float[40], p1 = p.ToArray();
            string? expected = Outcome(() => Optimizers.AdamCore<float>(p1, g, m1, v1, 1, LearningRate, Beta1, 1.0, Epsilon, 0, false, checkFinite: true, simd));
            Assert.NotNull(expected);
            float[] m2 = new float[40], v2 = new float[40], p2 = p.ToArray();
            var bounds = new AdamMomentBounds(0, 0, 0);
            string? actual = Outcome(() => Optimizers.AdamCore<float>(p2, g, m2, v2, 1, LearningRate, Beta1, 1.0, Epsilon, 0, false, checkFinite: true, simd, checkGradients: true, keepBounds: true, ref bounds));
            Assert.Equal(expected, actual);
            Assert.Equal(Bits(p), Bits(p2));
        }

        /// <summary>
        /// A checkpoint whose second moments are near float's largest, loaded into a network that already trained: the
        /// next update, whose second moments overflow, throws and changes nothing. Bounds kept from before the load
        /// would have proven it finite (they are far below the loaded moments), so this fails if the load keeps them.
        /// </summary>
        [Fact]
        public void Loading_a_checkpoint_forgets_the_moment_bounds()
        {
            float[] x = { -1f, -0.5f, 0f, 0.5f, 1f, 1.5f };
            float[] y = x.Select(e => e * e + e + 1).ToArray();
            var source = new QuadraticModel();
            source.ComputeGradients(x, y);
            source.Gradients.Fill(5.47e20f); // (1 − β2)·g² = 2.99e38: finite, near float's largest
            source.OptimizerStep();
            using var checkpoint = new MemoryStream();
            source.SaveCheckpoint(checkpoint);

            var net = new QuadraticModel();
            net.TrainStep(x, y);
            checkpoint.Position = 0;
            net.LoadCheckpoint(checkpoint);
            net.ComputeGradients(x, y);
            net.Gradients.Fill(2.5e20f); // 0.999·2.99e38 + 0.001·6.25e40 > float.MaxValue
            float[] parameters = net.Parameters.ToArray();
            Assert.Throws<NonFiniteValueException>(() => net.OptimizerStep());
            Assert.Equal(parameters, net.Parameters.ToArray());
            Assert.Equal(1, net.OptimizerStepCount);
        }

        /// <summary>
        /// The same with the moments written by the update sliced over two threads (which keeps no bounds): the next
        /// one-thread update must not start from the bounds of the step before the sliced one.
        /// </summary>
        [Fact]
        public void A_sliced_update_forgets_the_moment_bounds()
        {
            var (x, y) = GradientCheckTests.Batch<float>(32, 4, Loss.CrossEntropy, 256, seed: 16);
            var net = new SlicedAdam();
            var parallel = (IParallelTraining)net;
            parallel.MaxDegreeOfParallelism = 1;
            net.TrainStep(x, y);

            parallel.MaxDegreeOfParallelism = 2;
            net.ComputeGradients(x, y);
            net.Gradients.Fill(5.47e20f);
            net.OptimizerStep();
            Assert.Equal(2, TrainingWorkers.LastUpdateDegree);

            parallel.MaxDegreeOfParallelism = 1;
            net.ComputeGradients(x, y);
            net.Gradients.Fill(2.5e20f);
            float[] parameters = net.Parameters.ToArray();
            Assert.Throws<NonFiniteValueException>(() => net.OptimizerStep());
            Assert.Equal(1, TrainingWorkers.LastUpdateDegree);
            Assert.Equal(parameters, net.Parameters.ToArray());
        }

        private static void AssertHolds(AdamMomentBounds bounds, double[] m, double[] v)
        {
            Assert.True(bounds.Known);
            Assert.True(m.Max(Math.Abs) <= bounds.LargestFirst, $"max |m| {m.Max(Math.Abs)} above the bound {bounds.LargestFirst}");
            Assert.True(v.Max() <= bounds.LargestSecond, $"max v {v.Max()} above the bound {bounds.LargestSecond}");
            Assert.True(v.Min() >= bounds.SmallestSecond, $"min v {v.Min()} below the bound {bounds.SmallestSecond}");
        }

        private static void Sanitize(float[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = float.IsFinite(values[i]) ? values[i] : float.MaxValue;
            }
        }

        private static string? Outcome(Action action)
        {
            try
            {
                action();
                return null;
            }
            catch (NonFiniteValueException e)
            {
                return e.Message;
            }
        }

        private static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();
    }
}
