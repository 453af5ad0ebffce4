using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// The batched Dense kernels on Vector&lt;T&gt; (net8.0 only), with blocks sized for AVX2's 16 vector registers.
    /// Every output is summed in the same order whatever the block that computes it, so block shapes never change
    /// a result (a row's outputs do not depend on the rows beside it: PredictBatch relies on it): the outer products
    /// add q = 0, 1, … with fused multiply-adds exactly as the 512-bit form does.
    /// Each width's blocked worker (here and in LinearAlgebra.Dense512.cs) is never inlined: inlined into a caller whose
    /// JIT inlining budget was spent (a user's lambda calling DenseForward&lt;float&gt;), its AggressiveInlining
    /// helpers became calls that pass vectors through memory, and a 32×512×512 forward on AVX2 took 2.2–4.5 ms
    /// instead of 0.2 ms. Called on its own, each worker inlines its blocks within a budget of its own.
    /// The outer-product blocks (both widths) step a ref along A and one along B instead of indexing with q·stride,
    /// which cost two multiplies, two sign extensions and two address adds per step: the AVX2 3 × 4 block over a
    /// packed 32×512×512 weight gradient ran 1.06–1.11× faster (Zen 4, alternated in one process, same bits). The refs
    /// step only while a step remains, so neither points past its span (the GC tolerates one past the end, no more).
    /// </summary>
    public static partial class LinearAlgebra
    {
        /// <summary>
        /// z = x·wᵀ + b, dot-product form: blocks of 4 outputs (outer, so their 4 rows of w stay in L1 while every
        /// row block of x streams past) × 2 rows: 8 accumulators + 4 + 1 loaded vectors fit 16 registers.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)] // a worker of its own: see the class summary
        private static void DenseForwardVector<T>(ref T x, ref T w, ref T b, ref T z, int rows, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            int j = 0;
            for (; j + 4 <= fanOut; j += 4)
            {
                int r = 0;
                for (; r + 2 <= rows; r += 2)
                {
                    Forward2x4(ref x, ref w, ref b, ref z, r, j, fanIn, fanOut, vectorEnd);
                }

                for (; r < rows; r++)
                {
                    Forward1x4(ref x, ref w, ref b, ref z, r, j, fanIn, fanOut, vectorEnd);
                }
            }

            for (; j < fanOut; j++)
            {
                for (int r = 0; r < rows; r++)
                {
                    ForwardOne(ref x, ref w, ref b, ref z, r, j, fanIn, fanOut, vectorEnd);
                }
            }
        }

        /// <summary>One output of one row, summed as <see cref="Finish{T}"/> sums it: (b + lane sum) + scalar tail.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void ForwardOne<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T xr = ref Unsafe.Add(ref x, r * fanIn);
            ref T wj = ref Unsafe.Add(ref w, j * fanIn);
            Vector<T> acc = Vector<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector<T>.Count)
            {
                acc = Simd.MulAdd(Vector.LoadUnsafe(ref xr, (nuint)i), Vector.LoadUnsafe(ref wj, (nuint)i), acc);
            }

            Unsafe.Add(ref z, r * fanOut + j) = Unsafe.Add(ref b, j) + Vector.Sum(acc) + ScalarDot(ref xr, ref wj, vectorEnd, fanIn);
        }

        /// <summary>
        /// One row of x against four rows of w (a chunk's odd last row, or a PredictBatch of one row): four independent
        /// sums, not one dependent chain per output, finished as the two-row block finishes its own.
        /// </summary>
        [FloatCopy]
        private static void Forward1x4<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T x0 = ref Unsafe.Add(ref x, r * fanIn);
            ref T w0 = ref Unsafe.Add(ref w, j * fanIn);
            ref T w1 = ref Unsafe.Add(ref w0, fanIn);
            ref T w2 = ref Unsafe.Add(ref w1, fanIn);
            ref T w3 = ref Unsafe.Add(ref w2, fanIn);
            Vector<T> s0 = Vector<T>.Zero, s1 = Vector<T>.Zero, s2 = Vector<T>.Zero, s3 = Vector<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector<T>.Count)
            {
                nuint at = (nuint)i;
                Vector<T> u = Vector.LoadUnsafe(ref x0, at);
                s0 = Simd.MulAdd(u, Vector.LoadUnsafe(ref w0, at), s0);
                s1 = Simd.MulAdd(u, Vector.LoadUnsafe(ref w1, at), s1);
                s2 = Simd.MulAdd(u, Vector.LoadUnsafe(ref w2, at), s2);
                s3 = Simd.MulAdd(u, Vector.LoadUnsafe(ref w3, at), s3);
            }

            Finish(ref Unsafe.Add(ref z, r * fanOut + j), ref b, j, s0, s1, s2, s3, ref x0, ref w0, fanIn, vectorEnd);
        }

        /// <summary>Two rows of x against four rows of w, with the bias: 8 outputs from 8 register accumulators.</summary>
        [FloatCopy]
        private static void Forward2x4<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T x0 = ref Unsafe.Add(ref x, r * fanIn);
            ref T x1 = ref Unsafe.Add(ref x0, fanIn);
            ref T w0 = ref Unsafe.Add(ref w, j * fanIn);
            ref T w1 = ref Unsafe.Add(ref w0, fanIn);
            ref T w2 = ref Unsafe.Add(ref w1, fanIn);
            ref T w3 = ref Unsafe.Add(ref w2, fanIn);
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s02 = Vector<T>.Zero, s03 = Vector<T>.Zero;
            Vector<T> s10 = Vector<T>.Zero, s11 = Vector<T>.Zero, s12 = Vector<T>.Zero, s13 = Vector<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector<T>.Count)
            {
                nuint at = (nuint)i;
                Vector<T> v0 = Vector.LoadUnsafe(ref w0, at);
                Vector<T> v1 = Vector.LoadUnsafe(ref w1, at);
                Vector<T> v2 = Vector.LoadUnsafe(ref w2, at);
                Vector<T> v3 = Vector.LoadUnsafe(ref w3, at);
                Vector<T> u = Vector.LoadUnsafe(ref x0, at);
                s00 = Simd.MulAdd(u, v0, s00);
                s01 = Simd.MulAdd(u, v1, s01);
                s02 = Simd.MulAdd(u, v2, s02);
                s03 = Simd.MulAdd(u, v3, s03);
                u = Vector.LoadUnsafe(ref x1, at);
                s10 = Simd.MulAdd(u, v0, s10);
                s11 = Simd.MulAdd(u, v1, s11);
                s12 = Simd.MulAdd(u, v2, s12);
                s13 = Simd.MulAdd(u, v3, s13);
            }

            ref T z0 = ref Unsafe.Add(ref z, r * fanOut + j);
            Finish(ref z0, ref b, j, s00, s01, s02, s03, ref x0, ref w0, fanIn, vectorEnd);
            Finish(ref Unsafe.Add(ref z0, fanOut), ref b, j, s10, s11, s12, s13, ref x1, ref w0, fanIn, vectorEnd);
        }

        /// <summary>
        /// The stack memory a packed panel of B may take (<see cref="OuterProductsVector{T}"/>): 64 rows of a 4-vector
        /// panel, or 128 rows of a 2-vector one, on AVX2.
        /// </summary>
        private const int PackedPanelBytes = 8 * 1024;

        /// <summary>The packed panel starts on a cache line, so no row of it straddles two.</summary>
        private const int CacheLineBytes = 64;

        /// <summary>
        /// <see cref="OuterProducts{T}"/> on Vector&lt;T&gt;, blocked for AVX2's 16 registers. Column panels of 4 vectors
        /// (outer, so the panel of B stays in cache while every block of p reuses it) × 3 values of p: 12 accumulators,
        /// 3 broadcasts and 1 loaded vector, 7 loads per 12 multiply-adds. Then 2 values of p, then 1. The columns left
        /// take panels of 2 vectors × 6 values of p (12 accumulators, 8 loads per 12 multiply-adds), then 4, 2 and 1;
        /// then single vectors. The 4-vector panels are taken only where they are packed (below). The 3 × 4 block needs 3
        /// broadcasts per 12 multiply-adds against the 6 × 2 block's 6: the packed 32×512×512 weight gradient took
        /// 265–301 µs against 300–346 µs with 6 × 2 blocks (AVX2, Zen 4, six alternated processes in a slow phase of the
        /// host; 171–176 against 185–191 µs for the bare blocks in a quiet one).
        /// A panel of B is first copied into contiguous memory when it fits <see cref="PackedPanelBytes"/>: rows of B a
        /// power of two apart (the weight gradient of a 512-wide layer reads x's rows 2 KB apart) share a few L1 sets and
        /// evicted one another: the 32×512×512 weight gradient took 236 µs in place against 212 µs packed (medians of 8
        /// alternated processes).
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)] // a worker of its own: see the class summary
        private static void OuterProductsVector<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int m, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            int vectorEnd = n - n % width;
            int wideWidth = 4 * width;
            int panelWidth = 2 * width;

            // Packing pays where a panel is reused by a few blocks of p and B's rows are not already adjacent.
            long vectorBytes = Vector<byte>.Count;
            bool packWide = k * 4 * vectorBytes <= PackedPanelBytes && m >= 3 && n > wideWidth;
            bool pack = k * 2 * vectorBytes <= PackedPanelBytes && m >= 6 && n > panelWidth;
            System.Span<byte> packedBytes = packWide || pack ? stackalloc byte[PackedPanelBytes + CacheLineBytes] : default;
            ref T packed = ref CacheLineAligned<T>(packedBytes);

            // 4-vector panels only packed: in place (the input gradient, k = the layer's outputs) their rows of B are two
            // cache lines and the panel is reread by every block, twice the L2 traffic of 2-vector panels: the
            // 32×512×512 input gradient took 306–324 µs against 290–303 µs (six alternated processes).
            int i = 0;
            for (; packWide && i + wideWidth <= vectorEnd; i += wideWidth)
            {
                PackPanel(ref b, n, i, k, 4, ref packed);
                ref T panel = ref packed;
                int panelStride = wideWidth;

                int p = 0;
                for (; p + 3 <= m; p += 3)
                {
                    OuterBlock3x4(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                }

                if (p + 2 <= m)
                {
                    OuterBlock2x4(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                    p += 2;
                }

                if (p < m)
                {
                    OuterBlock1x4(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                }
            }

            // Blocks of 6 values of p, then 4 (two of them where 6s would leave 2: 8 accumulators, not 4), then 2, then 1.
            int sixes = m / 6;
            if (m % 6 == 2 && sixes > 0)
            {
                sixes--;
            }

            for (; i + panelWidth <= vectorEnd; i += panelWidth)
            {
                scoped ref T panel = ref Unsafe.Add(ref b, i);
                int panelStride = n;
                if (pack)
                {
                    PackPanel(ref b, n, i, k, 2, ref packed);
                    panel = ref packed;
                    panelStride = panelWidth;
                }

                int p = 0;
                for (int block = 0; block < sixes; block++, p += 6)
                {
                    OuterBlock6x2(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                }

                for (; p + 4 <= m; p += 4)
                {
                    OuterBlock4x2(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                }

                for (; p + 2 <= m; p += 2)
                {
                    OuterBlock2x2(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                }

                for (; p < m; p++)
                {
                    OuterOne(ref a, aRow, aColumn, ref panel, panelStride, ref c, p, i, n, k, accumulate);
                    OuterOne(ref a, aRow, aColumn, ref Unsafe.Add(ref panel, width), panelStride, ref c, p, i + width, n, k, accumulate);
                }
            }

            for (; i < vectorEnd; i += width)
            {
                for (int p = 0; p < m; p++)
                {
                    OuterOne(ref a, aRow, aColumn, ref Unsafe.Add(ref b, i), n, ref c, p, i, n, k, accumulate);
                }
            }

            for (int p = 0; p < m; p++)
            {
                ScalarOuterRow(ref Unsafe.Add(ref a, p * aRow), aColumn, ref b, ref Unsafe.Add(ref c, p * n), n, k, vectorEnd, accumulate);
            }
        }

        /// <summary>Copies <paramref name="vectors"/> vectors of B's k rows, from column <paramref name="i"/> on, into <paramref name="packed"/>, row after row.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void PackPanel<T>(ref T b, int n, int i, int k, int vectors, ref T packed) where T : struct
        {
            int width = Vector<T>.Count;
            int rowWidth = vectors * width;
            for (int q = 0; q < k; q++)
            {
                ref T row = ref Unsafe.Add(ref b, q * n + i);
                for (int v = 0; v < rowWidth; v += width)
                {
                    Vector.LoadUnsafe(ref row, (nuint)v).StoreUnsafe(ref packed, (nuint)(q * rowWidth + v));
                }
            }
        }

        /// <summary>The first cache-line boundary in <paramref name="bytes"/> (stack memory: it never moves), as a T.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static ref T CacheLineAligned<T>(System.Span<byte> bytes) where T : struct
        {
            ref byte start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(bytes);
            if (bytes.IsEmpty)
            {
                return ref Unsafe.As<byte, T>(ref start);
            }

            nint address = Unsafe.ByteOffset(ref Unsafe.NullRef<byte>(), ref start);
            return ref Unsafe.As<byte, T>(ref Unsafe.Add(ref start, (int)((CacheLineBytes - (address & (CacheLineBytes - 1))) & (CacheLineBytes - 1))));
        }

        /// <summary>3 values of p × 4 vectors from <paramref name="panel"/> (B's columns from i, rows <paramref name="panelStride"/> apart).</summary>
        [FloatCopy]
        private static void OuterBlock3x4<T>(ref T a, int aRow, int aColumn, ref T panel, int panelStride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref panel;
            nint row1 = aRow, row2 = 2 * (nint)aRow, aStep = aColumn, bStep = panelStride;
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s02 = Vector<T>.Zero, s03 = Vector<T>.Zero;
            Vector<T> s10 = Vector<T>.Zero, s11 = Vector<T>.Zero, s12 = Vector<T>.Zero, s13 = Vector<T>.Zero;
            Vector<T> s20 = Vector<T>.Zero, s21 = Vector<T>.Zero, s22 = Vector<T>.Zero, s23 = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                var e0 = new Vector<T>(aq);
                var e1 = new Vector<T>(Unsafe.Add(ref aq, row1));
                var e2 = new Vector<T>(Unsafe.Add(ref aq, row2));
                Vector<T> v = Vector.LoadUnsafe(ref bq);
                s00 = Simd.MulAdd(e0, v, s00);
                s10 = Simd.MulAdd(e1, v, s10);
                s20 = Simd.MulAdd(e2, v, s20);
                v = Vector.LoadUnsafe(ref bq, (nuint)width);
                s01 = Simd.MulAdd(e0, v, s01);
                s11 = Simd.MulAdd(e1, v, s11);
                s21 = Simd.MulAdd(e2, v, s21);
                v = Vector.LoadUnsafe(ref bq, (nuint)(2 * width));
                s02 = Simd.MulAdd(e0, v, s02);
                s12 = Simd.MulAdd(e1, v, s12);
                s22 = Simd.MulAdd(e2, v, s22);
                v = Vector.LoadUnsafe(ref bq, (nuint)(3 * width));
                s03 = Simd.MulAdd(e0, v, s03);
                s13 = Simd.MulAdd(e1, v, s13);
                s23 = Simd.MulAdd(e2, v, s23);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StoreFour(ref c0, width, s00, s01, s02, s03, accumulate);
            StoreFour(ref Unsafe.Add(ref c0, n), width, s10, s11, s12, s13, accumulate);
            StoreFour(ref Unsafe.Add(ref c0, 2 * n), width, s20, s21, s22, s23, accumulate);
        }

        /// <summary>2 values of p × 4 vectors, as <see cref="OuterBlock3x4{T}"/>.</summary>
        [FloatCopy]
        private static void OuterBlock2x4<T>(ref T a, int aRow, int aColumn, ref T panel, int panelStride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref panel;
            nint row1 = aRow, aStep = aColumn, bStep = panelStride;
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s02 = Vector<T>.Zero, s03 = Vector<T>.Zero;
            Vector<T> s10 = Vector<T>.Zero, s11 = Vector<T>.Zero, s12 = Vector<T>.Zero, s13 = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                var e0 = new Vector<T>(aq);
                var e1 = new Vector<T>(Unsafe.Add(ref aq, row1));
                Vector<T> v = Vector.LoadUnsafe(ref bq);
                s00 = Simd.MulAdd(e0, v, s00);
                s10 = Simd.MulAdd(e1, v, s10);
                v = Vector.LoadUnsafe(ref bq, (nuint)width);
                s01 = Simd.MulAdd(e0, v, s01);
                s11 = Simd.MulAdd(e1, v, s11);
                v = Vector.LoadUnsafe(ref bq, (nuint)(2 * width));
                s02 = Simd.MulAdd(e0, v, s02);
                s12 = Simd.MulAdd(e1, v, s12);
                v = Vector.LoadUnsafe(ref bq, (nuint)(3 * width));
                s03 = Simd.MulAdd(e0, v, s03);
                s13 = Simd.MulAdd(e1, v, s13);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StoreFour(ref c0, width, s00, s01, s02, s03, accumulate);
            StoreFour(ref Unsafe.Add(ref c0, n), width, s10, s11, s12, s13, accumulate);
        }

        /// <summary>One value of p × 4 vectors, as <see cref="OuterBlock3x4{T}"/>.</summary>
        [FloatCopy]
        private static void OuterBlock1x4<T>(ref T a, int aRow, int aColumn, ref T panel, int panelStride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref panel;
            nint aStep = aColumn, bStep = panelStride;
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s02 = Vector<T>.Zero, s03 = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                var e0 = new Vector<T>(aq);
                s00 = Simd.MulAdd(e0, Vector.LoadUnsafe(ref bq), s00);
                s01 = Simd.MulAdd(e0, Vector.LoadUnsafe(ref bq, (nuint)width), s01);
                s02 = Simd.MulAdd(e0, Vector.LoadUnsafe(ref bq, (nuint)(2 * width)), s02);
                s03 = Simd.MulAdd(e0, Vector.LoadUnsafe(ref bq, (nuint)(3 * width)), s03);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            StoreFour(ref Unsafe.Add(ref c, p * n + i), width, s00, s01, s02, s03, accumulate);
        }

        /// <summary>6 values of p × 2 vectors from <paramref name="panel"/> (B's columns from i, rows <paramref name="panelStride"/> apart).</summary>
        [FloatCopy]
        private static void OuterBlock6x2<T>(ref T a, int aRow, int aColumn, ref T panel, int panelStride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref panel;
            nint row1 = aRow, row2 = 2 * (nint)aRow, row3 = 3 * (nint)aRow, row4 = 4 * (nint)aRow, row5 = 5 * (nint)aRow;
            nint aStep = aColumn, bStep = panelStride;
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s10 = Vector<T>.Zero, s11 = Vector<T>.Zero;
            Vector<T> s20 = Vector<T>.Zero, s21 = Vector<T>.Zero, s30 = Vector<T>.Zero, s31 = Vector<T>.Zero;
            Vector<T> s40 = Vector<T>.Zero, s41 = Vector<T>.Zero, s50 = Vector<T>.Zero, s51 = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                Vector<T> v0 = Vector.LoadUnsafe(ref bq);
                Vector<T> v1 = Vector.LoadUnsafe(ref bq, (nuint)width);
                var e = new Vector<T>(aq);
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                e = new Vector<T>(Unsafe.Add(ref aq, row1));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                e = new Vector<T>(Unsafe.Add(ref aq, row2));
                s20 = Simd.MulAdd(e, v0, s20);
                s21 = Simd.MulAdd(e, v1, s21);
                e = new Vector<T>(Unsafe.Add(ref aq, row3));
                s30 = Simd.MulAdd(e, v0, s30);
                s31 = Simd.MulAdd(e, v1, s31);
                e = new Vector<T>(Unsafe.Add(ref aq, row4));
                s40 = Simd.MulAdd(e, v0, s40);
                s41 = Simd.MulAdd(e, v1, s41);
                e = new Vector<T>(Unsafe.Add(ref aq, row5));
                s50 = Simd.MulAdd(e, v0, s50);
                s51 = Simd.MulAdd(e, v1, s51);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StorePair(ref c0, width, s00, s01, accumulate);
            StorePair(ref Unsafe.Add(ref c0, n), width, s10, s11, accumulate);
            StorePair(ref Unsafe.Add(ref c0, 2 * n), width, s20, s21, accumulate);
            StorePair(ref Unsafe.Add(ref c0, 3 * n), width, s30, s31, accumulate);
            StorePair(ref Unsafe.Add(ref c0, 4 * n), width, s40, s41, accumulate);
            StorePair(ref Unsafe.Add(ref c0, 5 * n), width, s50, s51, accumulate);
        }

        /// <summary>4 values of p × 2 vectors, as <see cref="OuterBlock6x2{T}"/>.</summary>
        [FloatCopy]
        private static void OuterBlock4x2<T>(ref T a, int aRow, int aColumn, ref T panel, int panelStride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref panel;
            nint row1 = aRow, row2 = 2 * (nint)aRow, row3 = 3 * (nint)aRow, aStep = aColumn, bStep = panelStride;
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s10 = Vector<T>.Zero, s11 = Vector<T>.Zero;
            Vector<T> s20 = Vector<T>.Zero, s21 = Vector<T>.Zero, s30 = Vector<T>.Zero, s31 = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                Vector<T> v0 = Vector.LoadUnsafe(ref bq);
                Vector<T> v1 = Vector.LoadUnsafe(ref bq, (nuint)width);
                var e = new Vector<T>(aq);
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                e = new Vector<T>(Unsafe.Add(ref aq, row1));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                e = new Vector<T>(Unsafe.Add(ref aq, row2));
                s20 = Simd.MulAdd(e, v0, s20);
                s21 = Simd.MulAdd(e, v1, s21);
                e = new Vector<T>(Unsafe.Add(ref aq, row3));
                s30 = Simd.MulAdd(e, v0, s30);
                s31 = Simd.MulAdd(e, v1, s31);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StorePair(ref c0, width, s00, s01, accumulate);
            StorePair(ref Unsafe.Add(ref c0, n), width, s10, s11, accumulate);
            StorePair(ref Unsafe.Add(ref c0, 2 * n), width, s20, s21, accumulate);
            StorePair(ref Unsafe.Add(ref c0, 3 * n), width, s30, s31, accumulate);
        }

        /// <summary>2 values of p × 2 vectors, as <see cref="OuterBlock6x2{T}"/>.</summary>
        [FloatCopy]
        private static void OuterBlock2x2<T>(ref T a, int aRow, int aColumn, ref T panel, int panelStride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref panel;
            nint row1 = aRow, aStep = aColumn, bStep = panelStride;
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s10 = Vector<T>.Zero, s11 = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                Vector<T> v0 = Vector.LoadUnsafe(ref bq);
                Vector<T> v1 = Vector.LoadUnsafe(ref bq, (nuint)width);
                var e = new Vector<T>(aq);
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                e = new Vector<T>(Unsafe.Add(ref aq, row1));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StorePair(ref c0, width, s00, s01, accumulate);
            StorePair(ref Unsafe.Add(ref c0, n), width, s10, s11, accumulate);
        }

        /// <summary>One value of p × one vector from <paramref name="column"/> (B's column i, rows <paramref name="stride"/> apart).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void OuterOne<T>(ref T a, int aRow, int aColumn, ref T column, int stride, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref column;
            nint aStep = aColumn, bStep = stride;
            Vector<T> s = Vector<T>.Zero;
            for (int left = k; left > 0;)
            {
                s = Simd.MulAdd(new Vector<T>(aq), Vector.LoadUnsafe(ref bq), s);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            Store(ref c, p * n + i, s, accumulate);
        }

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreFour<T>(ref T row, int width, Vector<T> s0, Vector<T> s1, Vector<T> s2, Vector<T> s3, bool accumulate) where T : struct
        {
            StorePair(ref row, width, s0, s1, accumulate);
            StorePair(ref Unsafe.Add(ref row, 2 * width), width, s2, s3, accumulate);
        }

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StorePair<T>(ref T row, int width, Vector<T> s0, Vector<T> s1, bool accumulate) where T : struct
        {
            Store(ref row, 0, s0, accumulate);
            Store(ref row, width, s1, accumulate);
        }
    

        /// <summary>
        /// z[r, j] = b[j] + x[r]·w[j] (fanIn 1), vectors along j. The same two roundings as the scalar form
        /// (0 + x·w, then the bias), so the results are its bits.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)] // a worker of its own: see the class summary
        private static void ForwardSingleInput<T>(ref T x, ref T w, ref T b, ref T z, int rows, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            int vectorEnd = fanOut - fanOut % width;
            for (int r = 0; r < rows; r++)
            {
                T xr = Unsafe.Add(ref x, r);
                var u = new Vector<T>(xr);
                ref T zr = ref Unsafe.Add(ref z, r * fanOut);
                int j = 0;
                for (; j < vectorEnd; j += width)
                {
                    Vector<T> product = Vector<T>.Zero + u * Vector.LoadUnsafe(ref w, (nuint)j);
                    (Vector.LoadUnsafe(ref b, (nuint)j) + product).StoreUnsafe(ref zr, (nuint)j);
                }

                for (; j < fanOut; j++)
                {
                    Unsafe.Add(ref zr, j) = Unsafe.Add(ref b, j) + (T.Zero + xr * Unsafe.Add(ref w, j));
                }
            }
        }

        /// <summary>
        /// <see cref="OuterProducts{T}"/> for one column (n = 1) with A's p contiguous: c[p] (+)= Σ_q A(p, q)·b[q], vectors
        /// along p. Multiplies and adds apart, in the order q = 0, 1, …, as the scalar form: its bits.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)] // a worker of its own: see the class summary
        private static void OuterProductsSingleColumn<T>(ref T a, int aColumn, ref T b, ref T c, int m, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector<T>.Count;
            int vectorEnd = m - m % width;
            int p = 0;
            for (; p < vectorEnd; p += width)
            {
                Vector<T> sum = Vector<T>.Zero;
                for (int q = 0; q < k; q++)
                {
                    sum += Vector.LoadUnsafe(ref a, (nuint)(q * aColumn + p)) * new Vector<T>(Unsafe.Add(ref b, q));
                }

                Store(ref c, p, sum, accumulate);
            }

            for (; p < m; p++)
            {
                ScalarOuterRow(ref Unsafe.Add(ref a, p), aColumn, ref b, ref Unsafe.Add(ref c, p), 1, k, 0, accumulate);
            }
        }
    }
}
