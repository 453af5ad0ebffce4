using System;
using System.Linq;
using System.Numerics;
using NetGen.Runtime;
using Xunit.Abstractions;

namespace NetGen.Tests
{
    /// <summary>
    /// Adam on buffers long enough for its 512-bit passes (taken where Vector512 is enabled: CI reruns this class
    /// with DOTNET_EnableAVX512=0, NETGEN_DISABLE_VECTOR512=1 and NETGEN_DISABLE_SIMD=1 for the other widths). Each
    /// width must give the scalar loop's bits, and a checked update must refuse a non-finite result wherever it sits:
    /// in the 512-bit part, in the Vector&lt;T&gt; part after it, or in the scalar tail.
    /// </summary>
    public class AdamWidthTests
    {
        private readonly ITestOutputHelper _output;

        public AdamWidthTests(ITestOutputHelper output) => _output = output;

        // From the wide minimum on: 512-bit vectors only, then one more Vector<float> (8), then a scalar tail.
        public static TheoryData<int, double, bool> Cases()
        {
            var data = new TheoryData<int, double, bool>();
            foreach (int length in new[] { Optimizers.WideAdamMinimum, Optimizers.WideAdamMinimum + 7, Optimizers.WideAdamMinimum + 11, 2 * Optimizers.WideAdamMinimum + 37 })
            {
                data.Add(length, 0.0, false);
                data.Add(length, 0.1, false);
                data.Add(length, 0.1, true);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Every_width_gives_the_scalar_bits(int length, double weightDecay, bool decoupled)
        {
            _output.WriteLine($"Vector512 enabled: {Simd.Vector512Enabled}, SIMD enabled: {Simd.Enabled}");
            AssertSameBits<float>(length, weightDecay, decoupled);
            AssertSameBits<double>(length, weightDecay, decoupled);
        }

        [Theory]
        [InlineData(100)] // 512-bit part
        [InlineData(1026)] // the Vector<T> vector after it (length 1035)
        [InlineData(1033)] // the scalar tail
        public void A_checked_update_refuses_a_non_finite_value_anywhere_and_writes_nothing(int bad)
        {
            Refuses<float>(bad, 3e21f);
            Refuses<double>(bad, 1e160);
        }

        // The first and last element of the 512-bit part (0 … 1023), of the Vector<float> after it (1024 … 1031), and the
        // scalar tail: the bound runs each vector part from the top down, so both ends of each are cases of their own.
        [Theory]
        [InlineData(0)]
        [InlineData(100)]
        [InlineData(1023)]
        [InlineData(1024)]
        [InlineData(1031)]
        [InlineData(1034)]
        public void A_checked_update_beyond_the_bound_is_checked_exactly(int at)
        {
            const int length = 1035;
            float[] g = Values<float>(length, 3), p = Values<float>(length, 4);
            p[at] = 3.0e38f; // defeats the cheap bound, yet a small step stays finite
            float[] p1 = p.ToArray(), m1 = new float[length], v1 = new float[length];
            float[] p2 = p.ToArray(), m2 = new float[length], v2 = new float[length];
            Optimizers.Adam<float>(p1, g, m1, v1, 10, 1e-3, 0.9, 0.999, 1e-8, 0, false, checkFinite: true);
            Optimizers.AdamCore<float>(p2, g, m2, v2, 10, 1e-3, 0.9, 0.999, 1e-8, 0, false, checkFinite: false, simd: false);
            Assert.Equal(p2, p1);
            Assert.Equal(m2, m1);
            Assert.Equal(v2, v1);
            Assert.NotEqual(p, p1);
        }

        public static TheoryData<int, double, double, bool> NonFiniteGradients()
        {
            var data = new TheoryData<int, double, double, bool>();
            foreach (int at in new[] { 0, 100, 1023, 1026, 1034 })
            {
                foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
                {
                    data.Add(at, bad, 0.9, false);
                }

                data.Add(at, double.PositiveInfinity, 0.0, false); // β1 = 0: m = g
                data.Add(at, double.NegativeInfinity, 0.9, true); // L2: g + decay·p
            }

            return data;
        }

        /// <summary>
        /// checkGradients (TrainStep's route when GradientShards leaves the gradients to the update): a NaN or infinite
        /// gradient anywhere throws the gradient check's own message, not the update's, and writes nothing; the same
        /// gradient without checkGradients gives the update's message, as before.
        /// </summary>
        [Theory]
        [MemberData(nameof(NonFiniteGradients))]
        public void Adam_with_checkGradients_names_a_non_finite_gradient_first_and_writes_nothing(int at, double bad, double beta1, bool l2)
        {
            RefusesGradient<float>(at, float.CreateTruncating(bad), beta1, l2);
            RefusesGradient<double>(at, bad, beta1, l2);
        }

        private static void RefusesGradient<T>(int at, T bad, double beta1, bool l2) where T : struct, IFloatingPointIeee754<T>
        {
            const int length = 1035;
            double decay = l2 ? 0.01 : 0;
            T[] p = Values<T>(length, 11), g = Values<T>(length, 12), m = g.Select(e => e / T.CreateTruncating(2)).ToArray(), v = g.Select(e => e * e).ToArray();
            g[at] = bad;
            string expected = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFiniteGradients<T>(g)).Message;
            Assert.Contains($"parameter {at} ", expected);
            T[] pc = p.ToArray(), mc = m.ToArray(), vc = v.ToArray();
            var error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Adam<T>(pc, g, mc, vc, 3, 0.01, beta1, 0.999, 1e-8, decay, false, checkFinite: true, checkGradients: true));
            Assert.Equal(expected, error.Message);
            AssertUnchanged(p, m, v, pc, mc, vc);
            error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Adam<T>(pc, g, mc, vc, 3, 0.01, beta1, 0.999, 1e-8, decay, false, checkFinite: true));
            Assert.StartsWith($"The Adam update of parameter {at} ", error.Message);
            AssertUnchanged(p, m, v, pc, mc, vc);

            // SGD (its update check implies the gradients' check, as Adam's) and Rprop (a pass of its own: its sign-only
            // rule would let +∞ through): the same message.
            T[] buffer = m.ToArray(), steps = v.Select(e => T.Abs(e) + T.CreateTruncating(1e-3)).ToArray(), previous = g.Select(e => -e).ToArray();
            previous[at] = -T.One;
            T[] pSgd = p.ToArray(), bufferSgd = buffer.ToArray(), pRprop = p.ToArray(), previousRprop = previous.ToArray(), stepsRprop = steps.ToArray();
            error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Sgd<T>(pSgd, g, bufferSgd, 3, 0.01, 0.9, 0, false, decay, checkFinite: true, checkGradients: true));
            Assert.Equal(expected, error.Message);
            error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Rprop<T>(pRprop, g, previousRprop, stepsRprop, 3, 0.01, 0.5, 1.2, 1e-6, 50, checkFinite: true, checkGradients: true));
            Assert.Equal(expected, error.Message);
            Assert.Equal(p, pSgd);
            Assert.Equal(buffer, bufferSgd);
            Assert.Equal(p, pRprop);
            Assert.Equal(previous, previousRprop);
            Assert.Equal(steps, stepsRprop);
        }

        /// <summary>
        /// SGD leaves the gradients' check to its update check (no pass of its own): every form of the rule must turn a
        /// NaN or infinite gradient into a non-finite value the check sees, including lr = 0 (0·∞), dampening 1
        /// ((1 − 1)·∞) and the first momentum step (buffer = g). The gradient's own message, and nothing written.
        /// </summary>
        [Theory]
        [InlineData(0.0, 0.0, false, 0.01, 3)]
        [InlineData(0.0, 0.0, false, 0.0, 3)]
        [InlineData(0.0, 0.0, false, 0.01, 1)]
        [InlineData(0.9, 0.0, false, 0.01, 1)]
        [InlineData(0.9, 1.0, false, 0.01, 3)]
        [InlineData(0.9, 0.0, true, 0.0, 3)]
        [InlineData(0.5, 0.5, true, 0.01, 2)]
        public void Sgd_with_checkGradients_names_a_non_finite_gradient_in_every_form_of_the_rule(double momentum, double dampening, bool nesterov, double learningRate, long step)
        {
            foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            {
                foreach (double decay in new[] { 0.0, 0.01 })
                {
                    foreach (int at in new[] { 0, 37, 290 })
                    {
                        SgdRefusesGradient<float>(at, float.CreateTruncating(bad), momentum, dampening, nesterov, learningRate, decay, step);
                        SgdRefusesGradient<double>(at, bad, momentum, dampening, nesterov, learningRate, decay, step);
                    }
                }
            }
        }

        private static void SgdRefusesGradient<T>(int at, T bad, double momentum, double dampening, bool nesterov, double learningRate, double decay, long step)
            where T : struct, IFloatingPointIeee754<T>
        {
            const int length = 291;
            T[] p = Values<T>(length, 21), g = Values<T>(length, 22), buffer = Values<T>(length, 23);
            g[at] = bad;
            string expected = Assert.Throws<NonFiniteValueException>(() => FiniteGuard.EnsureFiniteGradients<T>(g)).Message;
            T[] pc = p.ToArray(), bufferC = buffer.ToArray();
            var error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Sgd<T>(pc, g, bufferC, step, learningRate, momentum, dampening, nesterov, decay, checkFinite: true, checkGradients: true));
            Assert.Equal(expected, error.Message);
            Assert.Equal(p, pc);
            Assert.Equal(buffer, bufferC);

            // Without checkGradients the same gradient is refused by the update's own message.
            error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Sgd<T>(pc, g, bufferC, step, learningRate, momentum, dampening, nesterov, decay, checkFinite: true));
            Assert.StartsWith($"The SGD update of parameter {at} ", error.Message);
            Assert.Equal(p, pc);
            Assert.Equal(buffer, bufferC);
        }

        /// <summary>With finite gradients checkGradients changes nothing: the same bits, and an overflowing update still gives the update's message.</summary>
        [Fact]
        public void Adam_with_checkGradients_and_finite_gradients_gives_the_same_bits_and_messages()
        {
            const int length = 2085;
            float[] g = Values<float>(length, 13);
            float[] p1 = Values<float>(length, 14), m1 = new float[length], v1 = new float[length];
            float[] p2 = p1.ToArray(), m2 = new float[length], v2 = new float[length];
            for (int step = 1; step <= 3; step++)
            {
                Optimizers.Adam<float>(p1, g, m1, v1, step, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: true, checkGradients: true);
                Optimizers.AdamCore<float>(p2, g, m2, v2, step, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: false, simd: false);
            }

            Assert.Equal(p2, p1);
            Assert.Equal(m2, m1);
            Assert.Equal(v2, v1);

            g[1500] = 3e21f; // finite, but (1 − β2)·g·g overflows
            float[] pc = p1.ToArray(), mc = m1.ToArray(), vc = v1.ToArray();
            var error = Assert.Throws<NonFiniteValueException>(
                () => Optimizers.Adam<float>(pc, g, mc, vc, 4, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: true, checkGradients: true));
            Assert.StartsWith("The Adam update of parameter 1500 ", error.Message);
            AssertUnchanged(p1, m1, v1, pc, mc, vc);
        }

        private static void AssertUnchanged<T>(T[] p, T[] m, T[] v, T[] pc, T[] mc, T[] vc)
        {
            Assert.Equal(p, pc);
            Assert.Equal(m, mc);
            Assert.Equal(v, vc);
        }

        private static void AssertSameBits<T>(int length, double weightDecay, bool decoupled)
            where T : struct, IFloatingPointIeee754<T>
        {
            T[] gradients = Values<T>(length, 1);
            T[] Run(bool scalar, bool checkFinite)
            {
                T[] p = Values<T>(length, 2), m = new T[length], v = new T[length];
                for (int step = 1; step <= 3; step++)
                {
                    if (scalar)
                    {
                        Optimizers.AdamCore<T>(p, gradients, m, v, step, 0.01, 0.8, 0.99, 1e-8, weightDecay, decoupled, checkFinite, simd: false);
                    }
                    else
                    {
                        Optimizers.Adam<T>(p, gradients, m, v, step, 0.01, 0.8, 0.99, 1e-8, weightDecay, decoupled, checkFinite);
                    }
                }

                return p.Concat(m).Concat(v).ToArray();
            }

            T[] expected = Run(scalar: true, checkFinite: false);
            Assert.Equal(expected, Run(scalar: false, checkFinite: false));
            Assert.Equal(expected, Run(scalar: false, checkFinite: true));
            Assert.NotEqual(Values<T>(length, 2), expected.Take(length).ToArray());
        }

        [Fact]
        public void Moments_that_decay_below_the_smallest_normal_are_stored_as_zero_and_parameters_keep_their_bits()
        {
            // β1 = β2 = 0.5 halves a dead unit's moments exactly each step: from ~1, 140 steps leave most of them between
            // 2⁻¹⁴⁹ and 2⁻¹²⁶ (float subnormals) in the reference, 1,041 steps between 2⁻¹⁰⁷⁴ and 2⁻¹⁰²² (double).
            AssertFlushed<float>(steps: 140, 1.17549435e-38f);
            AssertFlushed<double>(steps: 1_041, 2.2250738585072014e-308);
        }

        [Fact]
        public void A_momentum_buffer_that_decays_below_the_smallest_normal_is_stored_as_zero()
        {
            const int length = 1035, steps = 140;
            const double learningRate = 1e-2, momentum = 0.5;
            float[] p = Values<float>(length, 9), buffer = new float[length], pRef = p.ToArray(), bufferRef = new float[length];
            float[] live = Values<float>(length, 10), g = new float[length];
            for (int step = 1; step <= steps; step++)
            {
                for (int i = 0; i < length; i++)
                {
                    g[i] = step == 1 || i % 2 == 0 ? live[i] : 0f;
                }

                Optimizers.Sgd<float>(p, g, buffer, step, learningRate, momentum, 0, false, 0, checkFinite: true);
                for (int i = 0; i < length; i++)
                {
                    // torch.optim.SGD: buf = g on the first step, then buf = μ·buf + g; p -= lr·buf. No flush.
                    bufferRef[i] = step == 1 ? g[i] : bufferRef[i] * (float)momentum + 1f * g[i];
                    pRef[i] -= (float)learningRate * bufferRef[i];
                }
            }

            int flushed = 0;
            for (int i = 0; i < length; i++)
            {
                Assert.Equal(pRef[i], p[i]);
                Assert.False(float.IsSubnormal(buffer[i]), $"buffer {i} is subnormal: {buffer[i]}");
                if (float.IsSubnormal(bufferRef[i]))
                {
                    Assert.Equal(0f, buffer[i]);
                    flushed++;
                }
                else
                {
                    Assert.Equal(bufferRef[i], buffer[i]);
                }
            }

            Assert.True(flushed > length / 4, $"only {flushed} subnormal reference buffers: the test no longer reaches them");
        }

        private void AssertFlushed<T>(int steps, T smallestNormal) where T : struct, IFloatingPointIeee754<T>
        {
            const int length = 1035; // 512-bit part, a Vector<T> vector after it, a scalar tail
            const double learningRate = 1e-3, beta1 = 0.5, beta2 = 0.5, epsilon = 1e-8;
            T[] p = Values<T>(length, 7), m = new T[length], v = new T[length];
            T[] pRef = p.ToArray(), mRef = new T[length], vRef = new T[length];
            T[] live = Values<T>(length, 8);
            var g = new T[length];
            for (int step = 1; step <= steps; step++)
            {
                // From step 2 on every other unit is dead: its gradient is exactly 0 and its moments only decay.
                for (int i = 0; i < length; i++)
                {
                    g[i] = step == 1 || i % 2 == 0 ? live[i] : T.Zero;
                }

                Optimizers.Adam<T>(p, g, m, v, step, learningRate, beta1, beta2, epsilon, 0, false, checkFinite: step % 2 == 0);

                // Independent reference: torch.optim.Adam's formulas with the same roundings, no flush.
                T stepSize = T.CreateTruncating(learningRate / (1 - Math.Pow(beta1, step)));
                T inverse = T.CreateTruncating(1 / Math.Sqrt(1 - Math.Pow(beta2, step)));
                T b1 = T.CreateTruncating(beta1), b2 = T.CreateTruncating(beta2);
                T c1 = T.CreateTruncating(1 - beta1), c2 = T.CreateTruncating(1 - beta2), eps = T.CreateTruncating(epsilon);
                for (int i = 0; i < length; i++)
                {
                    mRef[i] = mRef[i] * b1 + c1 * g[i];
                    vRef[i] = vRef[i] * b2 + c2 * g[i] * g[i];
                    pRef[i] -= stepSize * mRef[i] / (T.Sqrt(vRef[i]) * inverse + eps);
                }
            }

            int flushed = 0;
            for (int i = 0; i < length; i++)
            {
                Assert.Equal(pRef[i], p[i]);
                foreach (var (moment, reference) in new[] { (m[i], mRef[i]), (v[i], vRef[i]) })
                {
                    Assert.False(T.IsSubnormal(moment), $"moment {i} is subnormal: {moment}");
                    if (T.Abs(reference) < smallestNormal)
                    {
                        Assert.Equal(T.Zero, moment);
                        flushed += T.IsZero(reference) ? 0 : 1;
                    }
                    else
                    {
                        Assert.Equal(reference, moment);
                    }
                }
            }

            _output.WriteLine($"{typeof(T).Name}: {flushed} moments flushed (Vector512 {Simd.Vector512Enabled}, SIMD {Simd.Enabled})");
            Assert.True(flushed > length / 2, $"only {flushed} subnormal reference moments: the test no longer reaches them");
        }

        private static void Refuses<T>(int bad, T huge) where T : struct, IFloatingPointIeee754<T>
        {
            const int length = 1035;
            T[] p = Values<T>(length, 5), g = Values<T>(length, 6), m = g.Select(e => e / T.CreateTruncating(2)).ToArray(), v = g.Select(e => e * e).ToArray();
            g[bad] = huge; // (1 − β2)·g·g overflows
            T[] pc = p.ToArray(), mc = m.ToArray(), vc = v.ToArray();
            var error = Assert.Throws<NonFiniteValueException>(() => Optimizers.Adam<T>(pc, g, mc, vc, 3, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: true));
            Assert.Contains($"parameter {bad} ", error.Message);
            Assert.Equal(p, pc);
            Assert.Equal(m, mc);
            Assert.Equal(v, vc);
        }

        private static T[] Values<T>(int count, int seed) where T : struct, IFloatingPointIeee754<T>
        {
            var random = new DeterministicRandom(seed);
            return Enumerable.Range(0, count).Select(_ => T.CreateTruncating(random.NextNormal())).ToArray();
        }
    }
}
