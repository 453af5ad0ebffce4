using System;
using System.Linq;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NetGen.Runtime;
using Xunit.Abstractions;

namespace NetGen.Tests
{
    /// <summary>
    /// The batch-major Dense kernels on every width they can take (scalar, Vector&lt;T&gt;, 512-bit), float and
    /// double, against plain loops written here in double. The 512-bit path also runs where the hardware lacks it
    /// (the runtime emulates Vector512 with two halves), so its results are checked everywhere; the bit-for-bit
    /// comparisons that need real AVX-512 say so in the output when they cannot run.
    /// </summary>
    public class DenseWidthTests
    {
        private readonly ITestOutputHelper _output;

        public DenseWidthTests(ITestOutputHelper output) => _output = output;

        public enum Width
        {
            Scalar,
            Vector,
            Vector512,
        }

        // Sizes straddle 8 and 16 lanes, the 2×4 and 4×4 dot-product blocks and the 6-, 2- and 1-row outer-product
        // blocks over 1-, 2- and 4-vector panels: remainders in every loop run. The next three take the Vector<T>
        // outer products' 4-row blocks with B's panel packed (k ≤ 128) and in place (k > 128). The last two give the
        // outer products k = 0 (no rows for the weight gradient, no outputs for the input gradient): C set to 0 or kept.
        private static readonly (int Rows, int FanIn, int FanOut)[] Sizes =
        {
            (1, 1, 1), (4, 16, 4), (7, 33, 9), (32, 1, 19), (9, 40, 40), (5, 3, 70), (6, 130, 67), (13, 64, 5), (33, 17, 150),
            (11, 150, 8), (14, 200, 13), (3, 66, 2), (12, 24, 6), (9, 12, 7),
            (8, 40, 140), (20, 24, 200), (130, 24, 10),
            (0, 40, 40), (7, 40, 0),
        };

        public static TheoryData<Width, int, int, int> Shapes()
        {
            var data = new TheoryData<Width, int, int, int>();
            foreach (Width width in Enum.GetValues<Width>())
            {
                foreach (var (rows, fanIn, fanOut) in Sizes)
                {
                    data.Add(width, rows, fanIn, fanOut);
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Forward_matches_plain_loops(Width width, int rows, int fanIn, int fanOut)
        {
            double[] x = Values(rows * fanIn, 1), w = Values(fanOut * fanIn, 2), b = Values(fanOut, 3);
            var expected = new double[rows * fanOut];
            for (int r = 0; r < rows; r++)
            {
                for (int j = 0; j < fanOut; j++)
                {
                    double sum = b[j];
                    for (int i = 0; i < fanIn; i++)
                    {
                        sum += x[r * fanIn + i] * w[j * fanIn + i];
                    }

                    expected[r * fanOut + j] = sum;
                }
            }

            var z = new double[rows * fanOut];
            LinearAlgebra.DenseForward<double>(x, w, b, z, rows, fanIn, fanOut, width != Width.Scalar, width == Width.Vector512);
            AssertClose(expected, z, 1e-12);

            var zf = new float[rows * fanOut];
            LinearAlgebra.DenseForward<float>(F(x), F(w), F(b), zf, rows, fanIn, fanOut, width != Width.Scalar, width == Width.Vector512);
            AssertClose(expected, D(zf), 1e-5 * Math.Sqrt(fanIn));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Weight_gradient_accumulates_like_plain_loops(Width width, int rows, int fanIn, int fanOut)
        {
            double[] dz = Values(rows * fanOut, 4), x = Values(rows * fanIn, 5), gw = Values(fanOut * fanIn, 6), gb = Values(fanOut, 7);
            double[] expectedW = gw.ToArray(), expectedB = gb.ToArray();
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

            float[] gwf = F(gw), gbf = F(gb);
            LinearAlgebra.DenseWeightGradient<double>(dz, x, gw, gb, rows, fanIn, fanOut, width != Width.Scalar, width == Width.Vector512);
            AssertClose(expectedW, gw, 1e-12);
            AssertClose(expectedB, gb, 1e-12);

            LinearAlgebra.DenseWeightGradient<float>(F(dz), F(x), gwf, gbf, rows, fanIn, fanOut, width != Width.Scalar, width == Width.Vector512);
            AssertClose(expectedW, D(gwf), 1e-5 * Math.Sqrt(Math.Max(rows, 1))); // the float copy of gw rounds it even where rows = 0
            AssertClose(expectedB, D(gbf), 1e-5 * Math.Sqrt(Math.Max(rows, 1)));
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Input_gradient_matches_plain_loops(Width width, int rows, int fanIn, int fanOut)
        {
            double[] dz = Values(rows * fanOut, 8), w = Values(fanOut * fanIn, 9);
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

            double[] dx = Values(rows * fanIn, 10); // overwritten, not accumulated
            LinearAlgebra.DenseInputGradient<double>(dz, w, dx, rows, fanIn, fanOut, width != Width.Scalar, width == Width.Vector512);
            AssertClose(expected, dx, 1e-12);

            float[] dxf = F(Values(rows * fanIn, 11));
            LinearAlgebra.DenseInputGradient<float>(F(dz), F(w), dxf, rows, fanIn, fanOut, width != Width.Scalar, width == Width.Vector512);
            AssertClose(expected, D(dxf), 1e-5 * Math.Sqrt(fanOut));
        }

        [Fact]
        public void Public_kernels_take_the_width_the_switch_names()
        {
            bool expected = Vector512.IsHardwareAccelerated && Simd.Enabled
                && Environment.GetEnvironmentVariable("NETGEN_DISABLE_VECTOR512") != "1"
                && !(AppContext.TryGetSwitch("NetGen.DisableVector512", out bool off) && off);
            Assert.Equal(expected, Simd.Vector512Enabled);
            Assert.Equal(Simd.Vector512Enabled, LinearAlgebra.Vector512Lanes);
            _output.WriteLine($"Vector512 enabled: {Simd.Vector512Enabled} (hardware: {Vector512.IsHardwareAccelerated})");

            const int rows = 9, fanIn = 70, fanOut = 21;
            float[] x = F(Values(rows * fanIn, 12)), w = F(Values(fanOut * fanIn, 13)), b = F(Values(fanOut, 14)), dz = F(Values(rows * fanOut, 15));
            float[] publicZ = new float[rows * fanOut], chosenZ = new float[rows * fanOut];
            LinearAlgebra.DenseForward<float>(x, w, b, publicZ, rows, fanIn, fanOut);
            LinearAlgebra.DenseForward<float>(x, w, b, chosenZ, rows, fanIn, fanOut, Simd.Enabled, Simd.Vector512Enabled);
            Assert.Equal(chosenZ, publicZ);

            float[] publicW = new float[fanOut * fanIn], chosenW = new float[fanOut * fanIn], publicB = new float[fanOut], chosenB = new float[fanOut];
            LinearAlgebra.DenseWeightGradient<float>(dz, x, publicW, publicB, rows, fanIn, fanOut);
            LinearAlgebra.DenseWeightGradient<float>(dz, x, chosenW, chosenB, rows, fanIn, fanOut, Simd.Enabled, Simd.Vector512Enabled);
            Assert.Equal(chosenW, publicW);
            Assert.Equal(chosenB, publicB);

            float[] publicX = new float[rows * fanIn], chosenX = new float[rows * fanIn];
            LinearAlgebra.DenseInputGradient<float>(dz, w, publicX, rows, fanIn, fanOut);
            LinearAlgebra.DenseInputGradient<float>(dz, w, chosenX, rows, fanIn, fanOut, Simd.Enabled, Simd.Vector512Enabled);
            Assert.Equal(chosenX, publicX);
        }

        [Theory]
        [InlineData(32, 512)]
        [InlineData(5, 19)]
        [InlineData(3, 8)]
        public void One_input_layers_give_the_scalar_bits_on_every_width(int rows, int fanOut)
        {
            // fanIn 1: the forward pass and the weight gradient run their vectors along the outputs, with the scalar
            // form's roundings (no fused multiply-add), so every width must return exactly its bits.
            float[] x = F(Values(rows, 30)), w = F(Values(fanOut, 31)), b = F(Values(fanOut, 32)), dz = F(Values(rows * fanOut, 33));
            float[] Forward(bool simd, bool wide)
            {
                var z = new float[rows * fanOut];
                LinearAlgebra.DenseForward<float>(x, w, b, z, rows, 1, fanOut, simd, wide);
                return z;
            }

            float[] WeightGradient(bool simd, bool wide)
            {
                float[] gw = F(Values(fanOut, 34)), gb = new float[fanOut];
                LinearAlgebra.DenseWeightGradient<float>(dz, x, gw, gb, rows, 1, fanOut, simd, wide);
                return gw.Concat(gb).ToArray();
            }

            Assert.Equal(Forward(false, false), Forward(true, false));
            Assert.Equal(Forward(false, false), Forward(true, true));
            Assert.Equal(WeightGradient(false, false), WeightGradient(true, false));
            Assert.Equal(WeightGradient(false, false), WeightGradient(true, true));
            Assert.NotEqual(F(Values(fanOut, 34)), WeightGradient(true, true).Take(fanOut).ToArray());
        }

        [Fact]
        public void Outer_products_agree_bit_for_bit_across_widths_where_both_fuse()
        {
            // Both widths sum each output in the same order with fused multiply-adds; only with real AVX-512 and FMA
            // are both fused (emulated Vector512 multiplies and adds separately).
            if (!Avx512F.IsSupported || !Fma.IsSupported || System.Numerics.Vector<float>.Count != 8)
            {
                _output.WriteLine("Not compared: this machine lacks AVX-512F or FMA, or Vector<float> is not 8 wide.");
                Assert.False(Avx512F.IsSupported && Fma.IsSupported && System.Numerics.Vector<float>.Count == 8);
                return;
            }

            // Widths multiples of 16: every column is vectorised on both paths.
            const int rows = 13, fanIn = 96, fanOut = 48;
            float[] x = F(Values(rows * fanIn, 16)), w = F(Values(fanOut * fanIn, 17)), dz = F(Values(rows * fanOut, 18));
            float[] gw256 = F(Values(fanOut * fanIn, 19)), gw512 = gw256.ToArray(), gb256 = new float[fanOut], gb512 = new float[fanOut];
            LinearAlgebra.DenseWeightGradient<float>(dz, x, gw256, gb256, rows, fanIn, fanOut, simd: true, wide: false);
            LinearAlgebra.DenseWeightGradient<float>(dz, x, gw512, gb512, rows, fanIn, fanOut, simd: true, wide: true);
            Assert.Equal(gw256, gw512);
            Assert.Equal(gb256, gb512);

            float[] dx256 = new float[rows * fanIn], dx512 = new float[rows * fanIn];
            LinearAlgebra.DenseInputGradient<float>(dz, w, dx256, rows, fanIn, fanOut, simd: true, wide: false);
            LinearAlgebra.DenseInputGradient<float>(dz, w, dx512, rows, fanIn, fanOut, simd: true, wide: true);
            Assert.Equal(dx256, dx512);
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Weight_gradient_set_gives_the_bits_of_clear_and_accumulate(Width width, int rows, int fanIn, int fanOut)
        {
            // accumulate: false (a batch's first chunk) must neither read gw and gb nor differ in one bit from clearing
            // them and accumulating.
            bool simd = width != Width.Scalar, wide = width == Width.Vector512;
            float[] dz = F(Values(rows * fanOut, 50)), x = F(Values(rows * fanIn, 51));
            float[] clearedW = new float[fanOut * fanIn], clearedB = new float[fanOut];
            LinearAlgebra.DenseWeightGradient<float>(dz, x, clearedW, clearedB, rows, fanIn, fanOut, simd, wide, accumulate: true);
            float[] setW = Enumerable.Repeat(float.NaN, fanOut * fanIn).ToArray(), setB = Enumerable.Repeat(float.NegativeInfinity, fanOut).ToArray();
            LinearAlgebra.DenseWeightGradient<float>(dz, x, setW, setB, rows, fanIn, fanOut, simd, wide, accumulate: false);
            Assert.Equal(Bits(clearedW), Bits(setW));
            Assert.Equal(Bits(clearedB), Bits(setB));

            double[] dzd = Values(rows * fanOut, 52), xd = Values(rows * fanIn, 53);
            double[] clearedWd = new double[fanOut * fanIn], clearedBd = new double[fanOut];
            LinearAlgebra.DenseWeightGradient<double>(dzd, xd, clearedWd, clearedBd, rows, fanIn, fanOut, simd, wide, accumulate: true);
            double[] setWd = Enumerable.Repeat(double.NaN, fanOut * fanIn).ToArray(), setBd = Enumerable.Repeat(double.NaN, fanOut).ToArray();
            LinearAlgebra.DenseWeightGradient<double>(dzd, xd, setWd, setBd, rows, fanIn, fanOut, simd, wide, accumulate: false);
            Assert.Equal(clearedWd.Select(BitConverter.DoubleToInt64Bits), setWd.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(clearedBd.Select(BitConverter.DoubleToInt64Bits), setBd.Select(BitConverter.DoubleToInt64Bits));

            // Every product −1e-60 underflows: a fused sum rounds to −0, which clear-and-add stored as +0 (0 + −0).
            float[] tinyDz = Enumerable.Repeat(-1e-30f, rows * fanOut).ToArray(), tinyX = Enumerable.Repeat(1e-30f, rows * fanIn).ToArray();
            Assert.Equal(int.MinValue, BitConverter.SingleToInt32Bits(MathF.FusedMultiplyAdd(-1e-30f, 1e-30f, 0f)));
            float[] tinyW = Enumerable.Repeat(float.NaN, fanOut * fanIn).ToArray(), tinyB = new float[fanOut];
            LinearAlgebra.DenseWeightGradient<float>(tinyDz, tinyX, tinyW, tinyB, rows, fanIn, fanOut, simd, wide, accumulate: false);
            Assert.All(tinyW, g => Assert.Equal(0, BitConverter.SingleToInt32Bits(g)));

            static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();
        }

        // Every block shape of both forwards; (7, 40, 75): several groups of output blocks (DenseForward512's L1 groups),
        // one short, and a tail.
        public static TheoryData<int, int, int> ForwardBitShapes => new()
        {
            { 32, 512, 512 }, { 64, 784, 128 }, { 13, 35, 11 }, { 9, 16, 4 }, { 7, 47, 9 }, { 2, 17, 5 }, { 1, 64, 3 }, { 7, 40, 75 },
        };

        [Theory]
        [MemberData(nameof(ForwardBitShapes))]
        public void Wide_float_forward_gives_the_bits_of_its_lane_order_and_reduction_tree(int rows, int fanIn, int fanOut)
        {
            // The 512-bit forward pass reduces float lane sums with shuffles instead of horizontal adds (since round 4 of
            // issue 14); its bits must stay those of the per-lane fused sums reduced by the horizontal adds' tree.
            if (!Avx512F.IsSupported)
            {
                _output.WriteLine("Not compared: this machine lacks AVX-512F (the emulated Vector512 does not fuse).");
                Assert.False(Avx512F.IsSupported);
                return;
            }

            float[] x = F(Values(rows * fanIn, 40)), w = F(Values(fanOut * fanIn, 41)), b = F(Values(fanOut, 42));
            var z = new float[rows * fanOut];
            LinearAlgebra.DenseForward<float>(x, w, b, z, rows, fanIn, fanOut, simd: true, wide: true);

            // Every output takes the blocks' tree, the last odd row and the last fanOut % 4 outputs too (single dot
            // products): a row's bits must not depend on the rows beside it (PredictBatch's chunks).
            AssertForwardBits(x, w, b, z, rows, fanIn, fanOut, lanes: 16);
        }

        /// <summary>
        /// Each output of z against its model: per-lane fused sums over the whole vectors (<paramref name="lanes"/> of
        /// them; 16 are first folded to 8 as lane k + lane k + 8), reduced as ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)),
        /// then (b + sum) + the unfused scalar tail.
        /// </summary>
        private static void AssertForwardBits(float[] x, float[] w, float[] b, float[] z, int rows, int fanIn, int fanOut, int lanes)
        {
            int vectorEnd = fanIn - fanIn % lanes;
            var sums = new float[lanes];
            for (int r = 0; r < rows; r++)
            {
                for (int j = 0; j < fanOut; j++)
                {
                    Array.Clear(sums);
                    for (int i = 0; i < vectorEnd; i++)
                    {
                        sums[i % lanes] = MathF.FusedMultiplyAdd(x[r * fanIn + i], w[j * fanIn + i], sums[i % lanes]);
                    }

                    float tail = 0f;
                    for (int i = vectorEnd; i < fanIn; i++)
                    {
                        tail += x[r * fanIn + i] * w[j * fanIn + i];
                    }

                    Func<int, float> f = k => lanes == 16 ? sums[k] + sums[k + 8] : sums[k];
                    float sum = ((f(0) + f(1)) + (f(2) + f(3))) + ((f(4) + f(5)) + (f(6) + f(7)));
                    float expected = (b[j] + sum) + tail;
                    Assert.True(BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(z[r * fanOut + j]),
                        $"row {r}, output {j}: expected {expected:R}, got {z[r * fanOut + j]:R}");
                }
            }
        }

        [Theory]
        [MemberData(nameof(ForwardBitShapes))]
        public void Vector_float_forward_gives_the_bits_of_its_lane_order_and_reduction_tree(int rows, int fanIn, int fanOut)
        {
            // The Vector<T> forward (8 lanes, fused) must give the per-lane fused sums reduced as Vector.Sum reduces them,
            // ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)), then (b + sum) + the scalar tail, whichever block computes
            // the output (2×4, 1×4 or one output: PredictBatch's chunks rely on it). Reducing the 4-output blocks with
            // horizontal adds instead (the same tree) measured 5–10% slower on Zen 4 (AVX2 side), so it was not kept.
            if (!Fma.IsSupported || Vector<float>.Count != 8)
            {
                _output.WriteLine($"Not compared: this machine's Vector<float> has {Vector<float>.Count} lanes, FMA {Fma.IsSupported}.");
                Assert.False(Fma.IsSupported && Vector<float>.Count == 8);
                return;
            }

            float[] x = F(Values(rows * fanIn, 50)), w = F(Values(fanOut * fanIn, 51)), b = F(Values(fanOut, 52));
            var z = new float[rows * fanOut];
            LinearAlgebra.DenseForward<float>(x, w, b, z, rows, fanIn, fanOut, simd: true, wide: false);
            var copy = new float[rows * fanOut];
            LinearAlgebra.DenseForward(x, w, b, copy, rows, fanIn, fanOut, simd: true, wide: false);
            Assert.Equal(z.Select(BitConverter.SingleToInt32Bits), copy.Select(BitConverter.SingleToInt32Bits));
            AssertForwardBits(x, w, b, z, rows, fanIn, fanOut, lanes: 8);
        }

        [Theory]
        [InlineData(Width.Vector)]
        [InlineData(Width.Vector512)]
        public void Kernels_are_deterministic_and_allocate_nothing(Width width)
        {
            const int rows = 32, fanIn = 130, fanOut = 67;
            float[] x = F(Values(rows * fanIn, 20)), w = F(Values(fanOut * fanIn, 21)), b = F(Values(fanOut, 22)), dz = F(Values(rows * fanOut, 23));
            float[] z = new float[rows * fanOut], again = new float[rows * fanOut], gw = new float[fanOut * fanIn], gb = new float[fanOut], dx = new float[rows * fanIn];
            bool wide = width == Width.Vector512;
            Run();

            // The least of three runs: the kernels' paths do not depend on timing, so an allocation of theirs would show in
            // every run, while the runtime's own work on this thread (tiering) can show in one (seen once in a full run).
            long least = long.MaxValue;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                Run();
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Assert.Equal(0, least);

            LinearAlgebra.DenseForward<float>(x, w, b, again, rows, fanIn, fanOut, true, wide);
            Assert.Equal(z, again);

            void Run()
            {
                LinearAlgebra.DenseForward<float>(x, w, b, z, rows, fanIn, fanOut, true, wide);
                LinearAlgebra.DenseWeightGradient<float>(dz, x, gw, gb, rows, fanIn, fanOut, true, wide);
                LinearAlgebra.DenseInputGradient<float>(dz, w, dx, rows, fanIn, fanOut, true, wide);
            }
        }

        private static double[] Values(int count, int seed)
        {
            var random = new DeterministicRandom(seed);
            return Enumerable.Range(0, count).Select(_ => random.NextNormal()).ToArray();
        }

        private static float[] F(double[] values) => values.Select(v => (float)v).ToArray();

        // The float runs are compared with the double reference of the float-rounded inputs' originals: the tolerance
        // covers the input rounding and the float sums.
        private static double[] D(float[] values) => values.Select(v => (double)v).ToArray();

        private static void AssertClose(double[] expected, double[] actual, double tolerance)
        {
            Assert.Equal(expected.Length, actual.Length);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * (1 + Math.Abs(expected[i])), $"index {i}: expected {expected[i]:R}, got {actual[i]:R}");
            }
        }
    }
}
