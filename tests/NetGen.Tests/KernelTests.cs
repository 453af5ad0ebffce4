using System;
using System.Linq;
using System.Numerics;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>
    /// The run-time kernels on both of their paths: SIMD (what this machine runs) and the scalar fallback (what
    /// runs without vector hardware, or with NETGEN_DISABLE_SIMD=1), each against plain loops written here.
    /// Sizes straddle the vector width so the blocked loops, their remainders and the scalar tails all run.
    /// </summary>
    public class KernelTests
    {
        public static TheoryData<bool, int, int, int> Shapes()
        {
            var data = new TheoryData<bool, int, int, int>();
            foreach (bool simd in new[] { true, false })
            {
                foreach (var (rows, fanIn, fanOut) in new[] { (1, 1, 1), (4, 16, 4), (7, 33, 9), (32, 1, 19), (9, 40, 40), (5, 3, 70) })
                {
                    data.Add(simd, rows, fanIn, fanOut);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Dense_forward_matches_plain_loops(bool simd, int rows, int fanIn, int fanOut)
        {
            var x = Values(rows * fanIn, 1);
            var w = Values(fanOut * fanIn, 2);
            var b = Values(fanOut, 3);
            var z = new double[rows * fanOut];

            LinearAlgebra.DenseForward<double>(x, w, b, z, rows, fanIn, fanOut, simd);

            for (int r = 0; r < rows; r++)
            {
                for (int j = 0; j < fanOut; j++)
                {
                    double expected = b[j];
                    for (int i = 0; i < fanIn; i++)
                    {
                        expected += x[r * fanIn + i] * w[j * fanIn + i];
                    }

                    Assert.Equal(expected, z[r * fanOut + j], 1e-12);
                }
            }
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Dense_weight_gradient_accumulates_like_plain_loops(bool simd, int rows, int fanIn, int fanOut)
        {
            var dz = Values(rows * fanOut, 4);
            var x = Values(rows * fanIn, 5);
            var gw = Values(fanOut * fanIn, 6);
            var gb = Values(fanOut, 7);
            var expectedW = gw.ToArray();
            var expectedB = gb.ToArray();
            for (int r = 0; r < rows; r++)
            {
                for (int j = 0; j < fanOut; j++)
                {
                    expectedB[j] += dz[r * fanOut + j];
                    for (int i = 0; i < fanIn; i++)
                    {
                        expectedW[j * fanIn + i] += dz[r * fanOut + j] * x[r * fanIn + i];
                    }
                }
            }

            LinearAlgebra.DenseWeightGradient<double>(dz, x, gw, gb, rows, fanIn, fanOut, simd, simd && Simd.Vector512Enabled);

            AssertClose(expectedW, gw);
            AssertClose(expectedB, gb);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Dense_input_gradient_matches_plain_loops(bool simd, int rows, int fanIn, int fanOut)
        {
            var dz = Values(rows * fanOut, 8);
            var w = Values(fanOut * fanIn, 9);
            var dx = Values(rows * fanIn, 10); // overwritten, not accumulated
            var expected = new double[rows * fanIn];
            for (int r = 0; r < rows; r++)
            {
                for (int i = 0; i < fanIn; i++)
                {
                    for (int j = 0; j < fanOut; j++)
                    {
                        expected[r * fanIn + i] += dz[r * fanOut + j] * w[j * fanIn + i];
                    }
                }
            }

            LinearAlgebra.DenseInputGradient<double>(dz, w, dx, rows, fanIn, fanOut, simd);

            AssertClose(expected, dx);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Dot_gives_the_bits_of_its_four_sums_on_every_length(bool simd)
        {
            // Four vector sums at a time over whole groups of four vectors, the rest into the first, then
            // ((s0 + s1) + (s2 + s3)) reduced by Vector.Sum, plus the scalar tail (float; per lane, Simd.MulAdd's fused or plain multiply-add).
            int width = Vector<float>.Count;
            bool fused = System.Runtime.Intrinsics.X86.Fma.IsSupported && width == 8; // Simd.MulAdd's rule
            foreach (int length in new[] { 0, 1, 7, 8, 9, 31, 32, 33, 4 * width - 1, 4 * width, 4 * width + 1, 9 * width + 3, 515 })
            {
                float[] a = Values(length, 31).Select(v => (float)v).ToArray();
                float[] b = Values(length, 32).Select(v => (float)v).ToArray();
                int vectorEnd = simd && Vector.IsHardwareAccelerated ? length - length % width : 0;
                var sums = new float[4, width];
                int groups = vectorEnd / (4 * width) * 4 * width;
                for (int i = 0; i < vectorEnd; i++)
                {
                    int sum = i < groups ? i / width % 4 : 0;
                    sums[sum, i % width] = fused ? MathF.FusedMultiplyAdd(a[i], b[i], sums[sum, i % width]) : a[i] * b[i] + sums[sum, i % width];
                }

                var lanes = new float[width];
                for (int k = 0; k < width; k++)
                {
                    lanes[k] = (sums[0, k] + sums[1, k]) + (sums[2, k] + sums[3, k]);
                }

                float tail = 0f;
                for (int i = vectorEnd; i < length; i++)
                {
                    tail += a[i] * b[i];
                }

                float expected = (vectorEnd > 0 ? Vector.Sum(new Vector<float>(lanes)) : 0f) + tail;
                float got = LinearAlgebra.Dot<float>(a, b, simd);
                Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(got), $"length {length}: expected {expected:R}, got {got:R}");
                double exact = a.Zip(b, (p, q) => (double)p * q).Sum();
                Assert.Equal(exact, got, 1e-4);
            }
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Dot_and_axpy_match_plain_loops(bool simd)
        {
            var a = Values(37, 11);
            var b = Values(37, 12);
            Assert.Equal(a.Zip(b, (p, q) => p * q).Sum(), LinearAlgebra.Dot<double>(a, b, simd), 1e-12);

            var y = b.ToArray();
            LinearAlgebra.Axpy(0.5, a, y, simd);
            AssertClose(b.Zip(a, (q, p) => q + 0.5 * p).ToArray(), y);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Lane_sums_match_plain_loops(bool simd)
        {
            // 19 vectors: two blocks of eight floats (or four of four doubles) and a remainder.
            var floats = Values(19 * System.Numerics.Vector<float>.Count, 16).Select(v => (float)v).ToArray();
            var floatVectors = Enumerable.Range(0, 19).Select(k => new System.Numerics.Vector<float>(floats, k * System.Numerics.Vector<float>.Count)).ToArray();
            var floatSums = new float[19];
            LinearAlgebra.SumLanes<float>(floatVectors, floatSums, simd);

            var doubles = Values(19 * System.Numerics.Vector<double>.Count, 17);
            var doubleVectors = Enumerable.Range(0, 19).Select(k => new System.Numerics.Vector<double>(doubles, k * System.Numerics.Vector<double>.Count)).ToArray();
            var doubleSums = new double[19];
            LinearAlgebra.SumLanes<double>(doubleVectors, doubleSums, simd);

            for (int k = 0; k < 19; k++)
            {
                double expectedFloat = floats.Skip(k * System.Numerics.Vector<float>.Count).Take(System.Numerics.Vector<float>.Count).Sum(v => (double)v);
                Assert.Equal(expectedFloat, floatSums[k], 1e-5);
                double expectedDouble = doubles.Skip(k * System.Numerics.Vector<double>.Count).Take(System.Numerics.Vector<double>.Count).Sum();
                Assert.Equal(expectedDouble, doubleSums[k], 1e-12);
            }
        }

        [Fact]
        public void Broadcast_lanes_put_each_value_on_every_lane()
        {
            var floats = Values(19, 20).Select(v => (float)v).ToArray();
            var floatLanes = new System.Numerics.Vector<float>[19];
            LinearAlgebra.BroadcastLanes<float>(floats, floatLanes);
            var doubles = Values(19, 21);
            var doubleLanes = new System.Numerics.Vector<double>[19];
            LinearAlgebra.BroadcastLanes<double>(doubles, doubleLanes);
            for (int k = 0; k < 19; k++)
            {
                for (int lane = 0; lane < System.Numerics.Vector<float>.Count; lane++)
                {
                    Assert.Equal(floats[k], floatLanes[k][lane]);
                }

                for (int lane = 0; lane < System.Numerics.Vector<double>.Count; lane++)
                {
                    Assert.Equal(doubles[k], doubleLanes[k][lane]);
                }
            }

            // A wrong length is refused before anything is written.
            var untouched = new System.Numerics.Vector<float>[18];
            Assert.Throws<ArgumentException>(() => LinearAlgebra.BroadcastLanes<float>(floats, untouched));
            Assert.All(untouched, v => Assert.Equal(System.Numerics.Vector<float>.Zero, v));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Lane_sums_of_512_bit_vectors_match_plain_loops(bool simd)
        {
            // 19 vectors: two blocks of eight (four of four doubles) and a remainder.
            var floats = Values(19 * 16, 18).Select(v => (float)v).ToArray();
            var floatVectors = Enumerable.Range(0, 19).Select(k => System.Runtime.Intrinsics.Vector512.Create<float>(floats.AsSpan(k * 16, 16))).ToArray();
            var floatSums = new float[19];
            LinearAlgebra.SumLanes<float>(floatVectors, floatSums, simd);

            var doubles = Values(19 * 8, 19);
            var doubleVectors = Enumerable.Range(0, 19).Select(k => System.Runtime.Intrinsics.Vector512.Create<double>(doubles.AsSpan(k * 8, 8))).ToArray();
            var doubleSums = new double[19];
            LinearAlgebra.SumLanes<double>(doubleVectors, doubleSums, simd);

            for (int k = 0; k < 19; k++)
            {
                double expectedFloat = 0;
                for (int i = 0; i < 16; i++)
                {
                    expectedFloat += floats[k * 16 + i];
                }

                Assert.Equal(expectedFloat, floatSums[k], 1e-5);
                Assert.Equal(doubles.Skip(k * 8).Take(8).Sum(), doubleSums[k], 1e-12);
            }

            Assert.Throws<ArgumentException>(() => LinearAlgebra.SumLanes<float>(floatVectors, new float[18], simd));
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Finite_check_finds_a_single_bad_value_anywhere(bool simd)
        {
            var values = Values(37, 13).Select(v => (float)v).ToArray();
            Assert.True(FiniteGuard.AllFinite<float>(values, simd));
            foreach (float bad in new[] { float.NaN, float.PositiveInfinity, float.NegativeInfinity })
            {
                foreach (int at in new[] { 0, 9, 36 })
                {
                    var copy = values.ToArray();
                    copy[at] = bad;
                    Assert.False(FiniteGuard.AllFinite<float>(copy, simd), $"{bad} at {at}");
                }
            }
        }

        /// <summary>
        /// The check's four independent sums, its one-vector loop and its scalar tail: a bad value at every position of
        /// lengths around their boundaries (Vector&lt;T&gt; of 8 floats or 4 doubles here; 16/8 under AVX-512 runs), float and double.
        /// </summary>
        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Finite_check_finds_a_bad_value_at_every_position_of_its_four_sums(bool simd)
        {
            foreach (int length in new[] { 1, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 71, 100, 131 })
            {
                AssertFindsEveryBadValue<float>(length, simd);
                AssertFindsEveryBadValue<double>(length, simd);
            }
        }

        private static void AssertFindsEveryBadValue<T>(int length, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            T[] values = Values(length, 16).Select(v => T.CreateTruncating(v)).ToArray();
            Assert.True(FiniteGuard.AllFinite<T>(values, simd));
            foreach (T bad in new[] { T.NaN, T.PositiveInfinity, T.NegativeInfinity })
            {
                for (int at = 0; at < length; at++)
                {
                    T[] copy = values.ToArray();
                    copy[at] = bad;
                    Assert.False(FiniteGuard.AllFinite<T>(copy, simd), $"{typeof(T).Name} {bad} at {at} of {length}");
                }
            }
        }

        /// <summary>Adam and SGD give the same bits on both paths: the vector loop repeats the scalar formula.</summary>
        [Theory]
        [InlineData(0.0, false)]
        [InlineData(0.1, false)]
        [InlineData(0.1, true)]
        public void Optimizer_paths_agree_bit_for_bit(double weightDecay, bool decoupled)
        {
            var gradients = Values(37, 14).Select(v => (float)v).ToArray();
            float[] Adam(bool simd)
            {
                var p = Values(37, 15).Select(v => (float)v).ToArray();
                var m = new float[37];
                var v = new float[37];
                for (int step = 1; step <= 3; step++)
                {
                    Optimizers.AdamCore<float>(p, gradients, m, v, step, 0.01, 0.8, 0.99, 1e-8, weightDecay, decoupled, checkFinite: false, simd);
                }

                return p;
            }

            float[] Sgd(bool simd)
            {
                var p = Values(37, 15).Select(v => (float)v).ToArray();
                var buffer = new float[37];
                for (int step = 1; step <= 3; step++)
                {
                    Optimizers.SgdCore<float>(p, gradients, buffer, step, 0.1, 0.9, 0.1, decoupled, weightDecay, checkFinite: false, simd);
                }

                return p;
            }

            Assert.Equal(Adam(false), Adam(true));
            Assert.Equal(Sgd(false), Sgd(true));
            Assert.NotEqual(Values(37, 15).Select(v => (float)v).ToArray(), Adam(true));
        }

        private static double[] Values(int count, int seed)
        {
            var random = new DeterministicRandom(seed);
            return Enumerable.Range(0, count).Select(_ => random.NextNormal()).ToArray();
        }

        private static void AssertClose(double[] expected, double[] actual)
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-12 * (1 + Math.Abs(expected[i])), $"index {i}: expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
