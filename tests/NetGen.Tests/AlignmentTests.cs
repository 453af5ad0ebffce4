using System;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Networks;
using Xunit.Abstractions;

namespace NetGen.Tests
{
    /// <summary>
    /// Batch-major buffers start cache lines where the runtime allows (NetGen.Runtime.AlignedArrays), and where a span
    /// starts never changes a kernel's bits: only its speed. The widths the process does not take by default run in CI's
    /// reruns of this class (DOTNET_EnableAVX512=0, NETGEN_DISABLE_VECTOR512=1, NETGEN_DISABLE_SIMD=1).
    /// </summary>
    public class AlignmentTests
    {
        private readonly ITestOutputHelper _output;

        public AlignmentTests(ITestOutputHelper output) => _output = output;

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(1023)]
        [InlineData(1024)]
        [InlineData(264_193)]
        public void Allocate_gives_a_zeroed_array_of_the_length(int length)
        {
            float[] floats = AlignedArrays.Allocate<float>(length);
            double[] doubles = AlignedArrays.Allocate<double>(length);

            Assert.Equal(length, floats.Length);
            Assert.Equal(length, doubles.Length);
            Assert.All(floats, v => Assert.Equal(0f, v));
            Assert.All(doubles, v => Assert.Equal(0.0, v));
        }

        [Fact]
        public void Allocate_refuses_a_negative_length()
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => AlignedArrays.Allocate<float>(-1));
            Assert.Equal("length", error.ParamName);
        }

        [Fact]
        public void Allocate_gives_plain_arrays_of_structs_holding_references()
        {
            // The pinned heap refuses types the GC must trace; the helper must not pass them there.
            var array = AlignedArrays.Allocate<Labelled>(1000);
            array[999] = new Labelled("kept");
            GC.Collect();

            Assert.Equal(1000, array.Length);
            Assert.Null(array[0].Label);
            Assert.Equal("kept", array[999].Label);
        }

        [Fact]
        public void Large_arrays_start_a_cache_line()
        {
            // The allocation is best effort (a churned pinned heap or another thread allocating pinned memory can
            // defeat the steering: in a probe that churned the heap on purpose, 9 in 10 large arrays still started a
            // line), so this asserts half, not all. Unsteered, an 8-byte-aligned array starts a 64-byte line one time
            // in eight: 20 of 40 by chance has a probability below 10⁻⁷.
            int[] lengths = { 1024, 5000, 32_832, 264_193, 1_000_003 };
            int aligned = 0, total = 0;
            foreach (int length in lengths)
            {
                for (int i = 0; i < 4; i++)
                {
                    total++;
                    aligned += AlignedArrays.IsAligned<float>(AlignedArrays.Allocate<float>(length)) ? 1 : 0;
                    aligned += AlignedArrays.IsAligned<double>(AlignedArrays.Allocate<double>(length)) ? 1 : 0;
                    total++;
                }
            }

            _output.WriteLine($"{aligned} of {total} arrays start a cache line");
            Assert.True(aligned >= total / 2, $"Only {aligned} of {total} arrays start a cache line.");
        }

        [Fact]
        public void A_batch_major_network_trains_in_aligned_buffers()
        {
            // Both buffers on a line by chance: one network in 64, so 4 of 10 by chance has a probability near 10⁻⁵;
            // at 8 in 10 aligned (worse than the churned probe's rate), fewer than 4 of 10 has one near 10⁻³.
            int aligned = 0;
            const int Networks = 10;
            for (int i = 0; i < Networks; i++)
            {
                var network = new SlicedAdam();
                aligned += AlignedArrays.IsAligned<float>(network.Parameters) && AlignedArrays.IsAligned<float>(network.Gradients) ? 1 : 0;
            }

            Assert.True(aligned >= 4, $"Only {aligned} of {Networks} networks have aligned parameters and gradients.");
        }

        public static TheoryData<DenseWidthTests.Width, int, int, int> Shapes()
        {
            var data = new TheoryData<DenseWidthTests.Width, int, int, int>();
            foreach (DenseWidthTests.Width width in Enum.GetValues<DenseWidthTests.Width>())
            {
                // A panel-packed size, an in-place one with remainders, and the benchmark's 32×512×512.
                data.Add(width, 9, 40, 37);
                data.Add(width, 7, 150, 70);
                data.Add(width, 32, 512, 512);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void Dense_kernels_give_the_same_bits_wherever_their_spans_start(DenseWidthTests.Width width, int rows, int fanIn, int fanOut)
        {
            bool simd = width != DenseWidthTests.Width.Scalar, wide = width == DenseWidthTests.Width.Vector512;
            var random = new DeterministicRandom(17);
            float[] Values(int count) => Enumerable.Range(0, count).Select(_ => (float)random.NextNormal()).ToArray();
            float[] x = Values(rows * fanIn), w = Values(fanOut * fanIn), b = Values(fanOut), dz = Values(rows * fanOut);

            float[] z0 = null!, gw0 = null!, gb0 = null!, dx0 = null!;
            for (int shift = 0; shift < 16; shift++)
            {
                // Every buffer moves by a different amount, so the spans start at many combinations of line offsets.
                var xs = Shifted(x, shift);
                var ws = Shifted(w, (shift * 5) % 16);
                var dzs = Shifted(dz, (shift * 3) % 16);
                var z = new float[rows * fanOut + 16].AsSpan((shift * 7) % 16, rows * fanOut);
                var gw = new float[fanOut * fanIn + 16].AsSpan((shift * 11) % 16, fanOut * fanIn);
                var gb = new float[fanOut + 16].AsSpan((shift * 13) % 16, fanOut);
                var dx = new float[rows * fanIn + 16].AsSpan((shift * 9) % 16, rows * fanIn);

                LinearAlgebra.DenseForward<float>(xs, ws, b, z, rows, fanIn, fanOut, simd, wide);
                LinearAlgebra.DenseWeightGradient<float>(dzs, xs, gw, gb, rows, fanIn, fanOut, simd, wide);
                LinearAlgebra.DenseInputGradient<float>(dzs, ws, dx, rows, fanIn, fanOut, simd, wide);
                if (shift == 0)
                {
                    (z0, gw0, gb0, dx0) = (z.ToArray(), gw.ToArray(), gb.ToArray(), dx.ToArray());
                    continue;
                }

                AssertSameBits(z0, z, "forward", shift);
                AssertSameBits(gw0, gw, "weight gradient", shift);
                AssertSameBits(gb0, gb, "bias gradient", shift);
                AssertSameBits(dx0, dx, "input gradient", shift);
            }
        }

        [Theory]
        [InlineData(Optimizers.WideAdamMinimum + 37)]
        [InlineData(264_193)]
        public void Adam_gives_the_same_bits_wherever_its_spans_start(int length)
        {
            var random = new DeterministicRandom(23);
            float[] Values(int count, float scale) => Enumerable.Range(0, count).Select(_ => scale * (float)random.NextNormal()).ToArray();
            float[] p = Values(length, 0.1f), g = Values(length, 0.01f), m = Values(length, 0.001f), v = Values(length, 1e-6f);
            for (int i = 0; i < length; i++)
            {
                v[i] = Math.Abs(v[i]);
            }

            float[] p0 = null!, m0 = null!, v0 = null!;
            for (int shift = 0; shift < 16; shift++)
            {
                var ps = Shifted(p, shift);
                var gs = Shifted(g, (shift * 5) % 16);
                var ms = Shifted(m, (shift * 3) % 16);
                var vs = Shifted(v, (shift * 7) % 16);
                Optimizers.Adam<float>(ps, gs, ms, vs, 3, 1e-3, 0.9, 0.999, 1e-8, 0.01, decoupledWeightDecay: true, checkFinite: true);
                if (shift == 0)
                {
                    (p0, m0, v0) = (ps.ToArray(), ms.ToArray(), vs.ToArray());
                    continue;
                }

                AssertSameBits(p0, ps, "parameters", shift);
                AssertSameBits(m0, ms, "first moment", shift);
                AssertSameBits(v0, vs, "second moment", shift);
            }
        }

        // A copy of the values starting `shift` elements into a fresh array.
        private static Span<float> Shifted(float[] values, int shift)
        {
            var span = new float[values.Length + 16].AsSpan(shift, values.Length);
            values.CopyTo(span);
            return span;
        }

        private static void AssertSameBits(float[] expected, Span<float> actual, string what, int shift)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
                {
                    Assert.Fail($"{what}[{i}] with shift {shift}: {actual[i]:R}, but {expected[i]:R} at shift 0.");
                }
            }
        }

        private readonly record struct Labelled(string? Label);
    }
}
