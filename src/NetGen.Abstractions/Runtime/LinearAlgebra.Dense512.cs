using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>
    /// The batched Dense kernels on 512-bit vectors, taken when <see cref="Simd.Vector512Enabled"/> (Vector&lt;T&gt;
    /// stays 256-bit on AVX-512 hardware, half the FMA width). Same blocking ideas as the Vector&lt;T&gt; forms, sized
    /// for 32 vector registers. The outer products sum each output in the order q = 0, 1, … with fused multiply-adds,
    /// as the Vector&lt;T&gt; form does, so they agree bit for bit where both vectorise; the dot-product form reduces
    /// 16 lanes instead of 8 and may differ from it in the last bits. Every block sums an output in the same order, so
    /// a row's results depend on its values only, not on the rows beside it or its place in the call (PredictBatch's
    /// chunks rely on it), and never on timing or threads, so data-parallel shards stay bit-identical.
    /// </summary>
    public static partial class LinearAlgebra
    {
        /// <summary>What the forward's blocks of w and x may fill of a 48 KB L1 (Zen 5's, Ice Lake's).</summary>
        private const long ForwardL1Bytes = 32 * 1024;

        /// <summary>
        /// z = x·wᵀ + b on 512-bit vectors: blocks of 4 outputs (outer, so their 4 rows of w stay in L1) × 6 rows (inner):
        /// 24 accumulators + 4 + 1 loaded vectors of the 32 registers, 10 loads per 24 FMAs. Then 2 rows, then 1.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)] // a worker of its own: see the class summary
        private static void DenseForward512<T>(ref T x, ref T w, ref T b, ref T z, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
        {
            int vectorEnd = fanIn - fanIn % Vector512<T>.Count;
            // Groups of 4-output blocks whose rows of w stay in L1 together with a 6-row block of x, so each block of x
            // read from L2 serves every block of the group, not one.
            long rowBytes = (long)fanIn * Unsafe.SizeOf<T>();
            int group = (int)System.Math.Clamp((ForwardL1Bytes - 6 * rowBytes) / (4 * rowBytes), 1, 8);
            int j = 0;
            for (; j + 4 <= fanOut; j += 4 * group)
            {
                int end = System.Math.Min(j + 4 * group, fanOut - fanOut % 4);
                int r = 0;
                for (; r + 6 <= rows; r += 6)
                {
                    for (int c = j; c < end; c += 4)
                    {
                        Forward512x6(ref x, ref w, ref b, ref z, r, c, fanIn, fanOut, vectorEnd);
                    }
                }

                for (; r + 2 <= rows; r += 2)
                {
                    for (int c = j; c < end; c += 4)
                    {
                        Forward512x2(ref x, ref w, ref b, ref z, r, c, fanIn, fanOut, vectorEnd);
                    }
                }

                for (; r < rows; r++)
                {
                    for (int c = j; c < end; c += 4)
                    {
                        Forward512x1(ref x, ref w, ref b, ref z, r, c, fanIn, fanOut, vectorEnd);
                    }
                }

                if (end - j < 4 * group)
                {
                    j = end;
                    break;
                }
            }

            for (; j < fanOut; j++)
            {
                for (int r = 0; r < rows; r++)
                {
                    ForwardOne512(ref x, ref w, ref b, ref z, r, j, fanIn, fanOut, vectorEnd);
                }
            }
        }

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void ForwardOne512<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T xr = ref Unsafe.Add(ref x, r * fanIn);
            ref T wj = ref Unsafe.Add(ref w, j * fanIn);
            Vector512<T> acc = Vector512<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector512<T>.Count)
            {
                acc = Simd.MulAdd(Vector512.LoadUnsafe(ref xr, (nuint)i), Vector512.LoadUnsafe(ref wj, (nuint)i), acc);
            }

            // SumFour512's tree, not Vector512.Sum's: the blocks of rows sum this output in that order.
            Vector512<T> zero = Vector512<T>.Zero;
            Unsafe.Add(ref z, r * fanOut + j) = Unsafe.Add(ref b, j) + SumFour512(acc, zero, zero, zero).GetElement(0) + ScalarDot(ref xr, ref wj, vectorEnd, fanIn);
        }

        [FloatCopy]
        private static void Forward512x6<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T x0 = ref Unsafe.Add(ref x, r * fanIn);
            ref T x1 = ref Unsafe.Add(ref x0, fanIn);
            ref T x2 = ref Unsafe.Add(ref x1, fanIn);
            ref T x3 = ref Unsafe.Add(ref x2, fanIn);
            ref T x4 = ref Unsafe.Add(ref x3, fanIn);
            ref T x5 = ref Unsafe.Add(ref x4, fanIn);
            ref T w0 = ref Unsafe.Add(ref w, j * fanIn);
            ref T w1 = ref Unsafe.Add(ref w0, fanIn);
            ref T w2 = ref Unsafe.Add(ref w1, fanIn);
            ref T w3 = ref Unsafe.Add(ref w2, fanIn);
            Vector512<T> s00 = Vector512<T>.Zero, s01 = Vector512<T>.Zero, s02 = Vector512<T>.Zero, s03 = Vector512<T>.Zero;
            Vector512<T> s10 = Vector512<T>.Zero, s11 = Vector512<T>.Zero, s12 = Vector512<T>.Zero, s13 = Vector512<T>.Zero;
            Vector512<T> s20 = Vector512<T>.Zero, s21 = Vector512<T>.Zero, s22 = Vector512<T>.Zero, s23 = Vector512<T>.Zero;
            Vector512<T> s30 = Vector512<T>.Zero, s31 = Vector512<T>.Zero, s32 = Vector512<T>.Zero, s33 = Vector512<T>.Zero;
            Vector512<T> s40 = Vector512<T>.Zero, s41 = Vector512<T>.Zero, s42 = Vector512<T>.Zero, s43 = Vector512<T>.Zero;
            Vector512<T> s50 = Vector512<T>.Zero, s51 = Vector512<T>.Zero, s52 = Vector512<T>.Zero, s53 = Vector512<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                Vector512<T> v0 = Vector512.LoadUnsafe(ref w0, at);
                Vector512<T> v1 = Vector512.LoadUnsafe(ref w1, at);
                Vector512<T> v2 = Vector512.LoadUnsafe(ref w2, at);
                Vector512<T> v3 = Vector512.LoadUnsafe(ref w3, at);
                Vector512<T> u = Vector512.LoadUnsafe(ref x0, at);
                s00 = Simd.MulAdd(u, v0, s00);
                s01 = Simd.MulAdd(u, v1, s01);
                s02 = Simd.MulAdd(u, v2, s02);
                s03 = Simd.MulAdd(u, v3, s03);
                u = Vector512.LoadUnsafe(ref x1, at);
                s10 = Simd.MulAdd(u, v0, s10);
                s11 = Simd.MulAdd(u, v1, s11);
                s12 = Simd.MulAdd(u, v2, s12);
                s13 = Simd.MulAdd(u, v3, s13);
                u = Vector512.LoadUnsafe(ref x2, at);
                s20 = Simd.MulAdd(u, v0, s20);
                s21 = Simd.MulAdd(u, v1, s21);
                s22 = Simd.MulAdd(u, v2, s22);
                s23 = Simd.MulAdd(u, v3, s23);
                u = Vector512.LoadUnsafe(ref x3, at);
                s30 = Simd.MulAdd(u, v0, s30);
                s31 = Simd.MulAdd(u, v1, s31);
                s32 = Simd.MulAdd(u, v2, s32);
                s33 = Simd.MulAdd(u, v3, s33);
                u = Vector512.LoadUnsafe(ref x4, at);
                s40 = Simd.MulAdd(u, v0, s40);
                s41 = Simd.MulAdd(u, v1, s41);
                s42 = Simd.MulAdd(u, v2, s42);
                s43 = Simd.MulAdd(u, v3, s43);
                u = Vector512.LoadUnsafe(ref x5, at);
                s50 = Simd.MulAdd(u, v0, s50);
                s51 = Simd.MulAdd(u, v1, s51);
                s52 = Simd.MulAdd(u, v2, s52);
                s53 = Simd.MulAdd(u, v3, s53);
            }

            ref T z0 = ref Unsafe.Add(ref z, r * fanOut + j);
            if (typeof(T) == typeof(float) && Avx512F.IsSupported)
            {
                // All sums before the first store: a call (the tails) with the accumulators live would make the
                // register allocator spill them inside the loop.
                Vector256<float> rows01 = SumEight512(s00.AsSingle(), s01.AsSingle(), s02.AsSingle(), s03.AsSingle(), s10.AsSingle(), s11.AsSingle(), s12.AsSingle(), s13.AsSingle());
                Vector256<float> rows23 = SumEight512(s20.AsSingle(), s21.AsSingle(), s22.AsSingle(), s23.AsSingle(), s30.AsSingle(), s31.AsSingle(), s32.AsSingle(), s33.AsSingle());
                Vector256<float> rows45 = SumEight512(s40.AsSingle(), s41.AsSingle(), s42.AsSingle(), s43.AsSingle(), s50.AsSingle(), s51.AsSingle(), s52.AsSingle(), s53.AsSingle());
                FinishPair512(ref z0, fanOut, ref b, j, rows01, ref x0, ref x1, ref w0, fanIn, vectorEnd);
                FinishPair512(ref Unsafe.Add(ref z0, 2 * fanOut), fanOut, ref b, j, rows23, ref x2, ref x3, ref w0, fanIn, vectorEnd);
                FinishPair512(ref Unsafe.Add(ref z0, 4 * fanOut), fanOut, ref b, j, rows45, ref x4, ref x5, ref w0, fanIn, vectorEnd);
                return;
            }

            Finish512(ref z0, ref b, j, s00, s01, s02, s03, ref x0, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 1 * fanOut), ref b, j, s10, s11, s12, s13, ref x1, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 2 * fanOut), ref b, j, s20, s21, s22, s23, ref x2, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 3 * fanOut), ref b, j, s30, s31, s32, s33, ref x3, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 4 * fanOut), ref b, j, s40, s41, s42, s43, ref x4, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 5 * fanOut), ref b, j, s50, s51, s52, s53, ref x5, ref w0, fanIn, vectorEnd);
        }

        /// <summary>
        /// One row against four rows of w (a chunk's odd last row, or a PredictBatch of one row): four independent sums,
        /// not one dependent chain per output, reduced by <see cref="Finish512{T}"/> as the blocks reduce theirs.
        /// </summary>
        [FloatCopy]
        private static void Forward512x1<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T x0 = ref Unsafe.Add(ref x, r * fanIn);
            ref T w0 = ref Unsafe.Add(ref w, j * fanIn);
            ref T w1 = ref Unsafe.Add(ref w0, fanIn);
            ref T w2 = ref Unsafe.Add(ref w1, fanIn);
            ref T w3 = ref Unsafe.Add(ref w2, fanIn);
            Vector512<T> s0 = Vector512<T>.Zero, s1 = Vector512<T>.Zero, s2 = Vector512<T>.Zero, s3 = Vector512<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                Vector512<T> u = Vector512.LoadUnsafe(ref x0, at);
                s0 = Simd.MulAdd(u, Vector512.LoadUnsafe(ref w0, at), s0);
                s1 = Simd.MulAdd(u, Vector512.LoadUnsafe(ref w1, at), s1);
                s2 = Simd.MulAdd(u, Vector512.LoadUnsafe(ref w2, at), s2);
                s3 = Simd.MulAdd(u, Vector512.LoadUnsafe(ref w3, at), s3);
            }

            Finish512(ref Unsafe.Add(ref z, r * fanOut + j), ref b, j, s0, s1, s2, s3, ref x0, ref w0, fanIn, vectorEnd);
        }

        [FloatCopy]
        private static void Forward512x2<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T x0 = ref Unsafe.Add(ref x, r * fanIn);
            ref T x1 = ref Unsafe.Add(ref x0, fanIn);
            ref T w0 = ref Unsafe.Add(ref w, j * fanIn);
            ref T w1 = ref Unsafe.Add(ref w0, fanIn);
            ref T w2 = ref Unsafe.Add(ref w1, fanIn);
            ref T w3 = ref Unsafe.Add(ref w2, fanIn);
            Vector512<T> s00 = Vector512<T>.Zero, s01 = Vector512<T>.Zero, s02 = Vector512<T>.Zero, s03 = Vector512<T>.Zero;
            Vector512<T> s10 = Vector512<T>.Zero, s11 = Vector512<T>.Zero, s12 = Vector512<T>.Zero, s13 = Vector512<T>.Zero;
            for (int i = 0; i < vectorEnd; i += Vector512<T>.Count)
            {
                nuint at = (nuint)i;
                Vector512<T> v0 = Vector512.LoadUnsafe(ref w0, at);
                Vector512<T> v1 = Vector512.LoadUnsafe(ref w1, at);
                Vector512<T> v2 = Vector512.LoadUnsafe(ref w2, at);
                Vector512<T> v3 = Vector512.LoadUnsafe(ref w3, at);
                Vector512<T> u = Vector512.LoadUnsafe(ref x0, at);
                s00 = Simd.MulAdd(u, v0, s00);
                s01 = Simd.MulAdd(u, v1, s01);
                s02 = Simd.MulAdd(u, v2, s02);
                s03 = Simd.MulAdd(u, v3, s03);
                u = Vector512.LoadUnsafe(ref x1, at);
                s10 = Simd.MulAdd(u, v0, s10);
                s11 = Simd.MulAdd(u, v1, s11);
                s12 = Simd.MulAdd(u, v2, s12);
                s13 = Simd.MulAdd(u, v3, s13);
            }

            ref T z0 = ref Unsafe.Add(ref z, r * fanOut + j);
            if (typeof(T) == typeof(float) && Avx512F.IsSupported)
            {
                FinishPair512(ref z0, fanOut, ref b, j, SumEight512(s00.AsSingle(), s01.AsSingle(), s02.AsSingle(), s03.AsSingle(),
                    s10.AsSingle(), s11.AsSingle(), s12.AsSingle(), s13.AsSingle()), ref x0, ref x1, ref w0, fanIn, vectorEnd);
                return;
            }

            Finish512(ref z0, ref b, j, s00, s01, s02, s03, ref x0, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 1 * fanOut), ref b, j, s10, s11, s12, s13, ref x1, ref w0, fanIn, vectorEnd);
        }

        /// <summary>
        /// <see cref="Finish512{T}"/> for two rows of floats at once (their eight lane sums from <see cref="SumEight512"/>;
        /// taken apart from it, as the JIT inlines no method of more than 16 arguments): the same sums in the same order (for each output,
        /// lane k + lane k + 8, then pairs, pairs of pairs, and the two 128-bit halves: <see cref="SumFour512{T}"/>'s
        /// tree), but on 512-bit shuffles over eight outputs instead of 256-bit horizontal adds over four (the
        /// reductions took ~10% of a 512×512 forward pass at fanIn 512). Bias and tail added as a vector, in Finish512's
        /// order: (b + sum) + tail.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void FinishPair512<T>(ref T z, int fanOut, ref T b, int j, Vector256<float> sums, ref T xRow, ref T xNext, ref T w0, int fanIn, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            Vector128<float> bias = Vector128.LoadUnsafe(ref Unsafe.As<T, float>(ref Unsafe.Add(ref b, j)));
            Vector128<float> first = bias + sums.GetLower();
            Vector128<float> second = bias + sums.GetUpper();
            if (vectorEnd < fanIn)
            {
                first += Tails(ref xRow, ref w0, fanIn, vectorEnd);
                second += Tails(ref xNext, ref w0, fanIn, vectorEnd);
            }
            else
            {
                // ScalarDot over an empty tail is +0: (b + sum) + 0, as Finish512 computes it.
                first += Vector128<float>.Zero;
                second += Vector128<float>.Zero;
            }

            first.StoreUnsafe(ref Unsafe.As<T, float>(ref z));
            second.StoreUnsafe(ref Unsafe.As<T, float>(ref Unsafe.Add(ref z, fanOut)));
        }

        /// <summary>The scalar tails (elements vectorEnd … fanIn − 1) of one row's dot products with four rows of w.</summary>
        [FloatCopy]
        private static Vector128<float> Tails<T>(ref T xRow, ref T w0, int fanIn, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref float x = ref Unsafe.As<T, float>(ref xRow);
            ref float w = ref Unsafe.As<T, float>(ref w0);
            return Vector128.Create(ScalarDot(ref x, ref w, vectorEnd, fanIn), ScalarDot(ref x, ref Unsafe.Add(ref w, fanIn), vectorEnd, fanIn),
                ScalarDot(ref x, ref Unsafe.Add(ref w, 2 * fanIn), vectorEnd, fanIn), ScalarDot(ref x, ref Unsafe.Add(ref w, 3 * fanIn), vectorEnd, fanIn));
        }

        /// <summary>
        /// The lane sums of eight 512-bit float vectors (two rows × four outputs) in elements 0–7, each by
        /// <see cref="SumFour512{T}"/>'s float tree: f_k = v_k + v_(k+8) (k &lt; 8), g_i = f_2i + f_(2i+1),
        /// h_0 = g_0 + g_1, h_1 = g_2 + g_3, sum = h_0 + h_1. Every step adds the same two values (possibly in the
        /// other operand order, which gives the same result: only a NaN's payload could differ).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> SumEight512(Vector512<float> s0, Vector512<float> s1, Vector512<float> s2, Vector512<float> s3,
            Vector512<float> t0, Vector512<float> t1, Vector512<float> t2, Vector512<float> t3)
        {
            Vector512<int> even = Vector512.Create(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
            Vector512<int> odd = Vector512.Create(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
            // f: [f(s0), f(s1)] and so on, 8 values per vector.
            Vector512<float> f0 = Halves(s0, s1), f1 = Halves(s2, s3), f2 = Halves(t0, t1), f3 = Halves(t2, t3);
            // g: 4 values per vector, four vectors per row.
            Vector512<float> g0 = Avx512F.PermuteVar16x32x2(f0, even, f1) + Avx512F.PermuteVar16x32x2(f0, odd, f1);
            Vector512<float> g1 = Avx512F.PermuteVar16x32x2(f2, even, f3) + Avx512F.PermuteVar16x32x2(f2, odd, f3);
            // h: [h_0, h_1] per vector, eight vectors.
            Vector512<float> h = Avx512F.PermuteVar16x32x2(g0, even, g1) + Avx512F.PermuteVar16x32x2(g0, odd, g1);
            Vector512<float> split = Avx512F.PermuteVar16x32(h, Vector512.Create(0, 2, 4, 6, 8, 10, 12, 14, 1, 3, 5, 7, 9, 11, 13, 15));
            return split.GetLower() + split.GetUpper();
        }

        /// <summary>[lower half of a + upper half of a, lower half of b + upper half of b]: two vectors' <c>Fold</c> at once.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<float> Halves(Vector512<float> a, Vector512<float> b)
            => Avx512F.Shuffle4x128(a, b, 0x44) + Avx512F.Shuffle4x128(a, b, 0xEE);

        /// <summary>One row's four lane sums (reduced together), plus the scalar tail and the bias, as <see cref="Finish{T}"/>.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Finish512<T>(ref T z, ref T b, int j, Vector512<T> s0, Vector512<T> s1, Vector512<T> s2, Vector512<T> s3, ref T xRow, ref T w0, int fanIn, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            Vector256<T> sums = SumFour512(s0, s1, s2, s3);
            z = Unsafe.Add(ref b, j) + sums.GetElement(0) + ScalarDot(ref xRow, ref w0, vectorEnd, fanIn);
            Unsafe.Add(ref z, 1) = Unsafe.Add(ref b, j + 1) + sums.GetElement(1) + ScalarDot(ref xRow, ref Unsafe.Add(ref w0, fanIn), vectorEnd, fanIn);
            Unsafe.Add(ref z, 2) = Unsafe.Add(ref b, j + 2) + sums.GetElement(2) + ScalarDot(ref xRow, ref Unsafe.Add(ref w0, 2 * fanIn), vectorEnd, fanIn);
            Unsafe.Add(ref z, 3) = Unsafe.Add(ref b, j + 3) + sums.GetElement(3) + ScalarDot(ref xRow, ref Unsafe.Add(ref w0, 3 * fanIn), vectorEnd, fanIn);
        }

        /// <summary>
        /// The lane sums of four 512-bit vectors in elements 0–3: halves added, then horizontal adds on four vectors
        /// at once (float and double); <see cref="Vector512.Sum{T}"/> per vector without AVX.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> SumFour512<T>(Vector512<T> s0, Vector512<T> s1, Vector512<T> s2, Vector512<T> s3)
            where T : struct, IFloatingPointIeee754<T>
        {
            if (Avx.IsSupported && typeof(T) == typeof(double))
            {
                return SumFour(Fold(s0).AsDouble(), Fold(s1).AsDouble(), Fold(s2).AsDouble(), Fold(s3).AsDouble()).As<double, T>();
            }

            if (Avx.IsSupported && typeof(T) == typeof(float))
            {
                // Each 256-bit half-sum is 8 floats: two horizontal adds bring four of them to 2 floats per 128-bit
                // lane, and the lanes' sum gives the four totals in elements 0–3.
                Vector256<float> u = Avx.HorizontalAdd(Avx.HorizontalAdd(Fold(s0).AsSingle(), Fold(s1).AsSingle()),
                    Avx.HorizontalAdd(Fold(s2).AsSingle(), Fold(s3).AsSingle()));
                Vector128<float> total = u.GetLower() + u.GetUpper();
                return total.ToVector256Unsafe().As<float, T>();
            }

            return Vector256<T>.Zero.WithElement(0, Vector512.Sum(s0)).WithElement(1, Vector512.Sum(s1))
                .WithElement(2, Vector512.Sum(s2)).WithElement(3, Vector512.Sum(s3));
        }

        /// <summary>
        /// <see cref="OuterProducts{T}"/> on 512-bit vectors: column panels of 4 vectors (outer loop, so the panel of
        /// B stays in cache while every block of p reuses it) × 6 values of p: 24 accumulators + 4 + 1 loaded vectors
        /// of the 32 registers, 10 loads per 24 FMAs. Then 2 values of p, then 1; then one-vector panels.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)] // a worker of its own: see the class summary
        private static void OuterProducts512<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int m, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector512<T>.Count;
            int vectorEnd = n - n % width;
            int i = 0;
            for (; i + 4 * width <= vectorEnd; i += 4 * width)
            {
                int p = 0;
                for (; p + 6 <= m; p += 6)
                {
                    OuterBlock512x6(ref a, aRow, aColumn, ref b, ref c, p, i, n, k, accumulate);
                }

                for (; p + 2 <= m; p += 2)
                {
                    OuterBlock512x2(ref a, aRow, aColumn, ref b, ref c, p, i, n, k, accumulate);
                }

                for (; p < m; p++)
                {
                    for (int v = 0; v < 4; v++)
                    {
                        OuterOne512(ref a, aRow, aColumn, ref b, ref c, p, i + v * width, n, k, accumulate);
                    }
                }
            }

            for (; i < vectorEnd; i += width)
            {
                for (int p = 0; p < m; p++)
                {
                    OuterOne512(ref a, aRow, aColumn, ref b, ref c, p, i, n, k, accumulate);
                }
            }

            for (int p = 0; p < m; p++)
            {
                ScalarOuterRow(ref Unsafe.Add(ref a, p * aRow), aColumn, ref b, ref Unsafe.Add(ref c, p * n), n, k, vectorEnd, accumulate);
            }
        }

        [FloatCopy]
        private static void OuterBlock512x6<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector512<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref Unsafe.Add(ref b, i);
            nint row1 = aRow, row2 = 2 * (nint)aRow, row3 = 3 * (nint)aRow, row4 = 4 * (nint)aRow, row5 = 5 * (nint)aRow;
            nint aStep = aColumn, bStep = n;
            Vector512<T> s00 = Vector512<T>.Zero, s01 = Vector512<T>.Zero, s02 = Vector512<T>.Zero, s03 = Vector512<T>.Zero;
            Vector512<T> s10 = Vector512<T>.Zero, s11 = Vector512<T>.Zero, s12 = Vector512<T>.Zero, s13 = Vector512<T>.Zero;
            Vector512<T> s20 = Vector512<T>.Zero, s21 = Vector512<T>.Zero, s22 = Vector512<T>.Zero, s23 = Vector512<T>.Zero;
            Vector512<T> s30 = Vector512<T>.Zero, s31 = Vector512<T>.Zero, s32 = Vector512<T>.Zero, s33 = Vector512<T>.Zero;
            Vector512<T> s40 = Vector512<T>.Zero, s41 = Vector512<T>.Zero, s42 = Vector512<T>.Zero, s43 = Vector512<T>.Zero;
            Vector512<T> s50 = Vector512<T>.Zero, s51 = Vector512<T>.Zero, s52 = Vector512<T>.Zero, s53 = Vector512<T>.Zero;
            for (int left = k; left > 0;)
            {
                Vector512<T> v0 = Vector512.LoadUnsafe(ref bq);
                Vector512<T> v1 = Vector512.LoadUnsafe(ref bq, (nuint)width);
                Vector512<T> v2 = Vector512.LoadUnsafe(ref bq, (nuint)(2 * width));
                Vector512<T> v3 = Vector512.LoadUnsafe(ref bq, (nuint)(3 * width));
                Vector512<T> e = Vector512.Create(aq);
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                s02 = Simd.MulAdd(e, v2, s02);
                s03 = Simd.MulAdd(e, v3, s03);
                e = Vector512.Create(Unsafe.Add(ref aq, row1));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                s12 = Simd.MulAdd(e, v2, s12);
                s13 = Simd.MulAdd(e, v3, s13);
                e = Vector512.Create(Unsafe.Add(ref aq, row2));
                s20 = Simd.MulAdd(e, v0, s20);
                s21 = Simd.MulAdd(e, v1, s21);
                s22 = Simd.MulAdd(e, v2, s22);
                s23 = Simd.MulAdd(e, v3, s23);
                e = Vector512.Create(Unsafe.Add(ref aq, row3));
                s30 = Simd.MulAdd(e, v0, s30);
                s31 = Simd.MulAdd(e, v1, s31);
                s32 = Simd.MulAdd(e, v2, s32);
                s33 = Simd.MulAdd(e, v3, s33);
                e = Vector512.Create(Unsafe.Add(ref aq, row4));
                s40 = Simd.MulAdd(e, v0, s40);
                s41 = Simd.MulAdd(e, v1, s41);
                s42 = Simd.MulAdd(e, v2, s42);
                s43 = Simd.MulAdd(e, v3, s43);
                e = Vector512.Create(Unsafe.Add(ref aq, row5));
                s50 = Simd.MulAdd(e, v0, s50);
                s51 = Simd.MulAdd(e, v1, s51);
                s52 = Simd.MulAdd(e, v2, s52);
                s53 = Simd.MulAdd(e, v3, s53);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StoreFour512(ref c0, width, s00, s01, s02, s03, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 1 * n), width, s10, s11, s12, s13, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 2 * n), width, s20, s21, s22, s23, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 3 * n), width, s30, s31, s32, s33, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 4 * n), width, s40, s41, s42, s43, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 5 * n), width, s50, s51, s52, s53, accumulate);
        }

        [FloatCopy]
        private static void OuterBlock512x2<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector512<T>.Count;
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref Unsafe.Add(ref b, i);
            nint row1 = aRow, aStep = aColumn, bStep = n;
            Vector512<T> s00 = Vector512<T>.Zero, s01 = Vector512<T>.Zero, s02 = Vector512<T>.Zero, s03 = Vector512<T>.Zero;
            Vector512<T> s10 = Vector512<T>.Zero, s11 = Vector512<T>.Zero, s12 = Vector512<T>.Zero, s13 = Vector512<T>.Zero;
            for (int left = k; left > 0;)
            {
                Vector512<T> v0 = Vector512.LoadUnsafe(ref bq);
                Vector512<T> v1 = Vector512.LoadUnsafe(ref bq, (nuint)width);
                Vector512<T> v2 = Vector512.LoadUnsafe(ref bq, (nuint)(2 * width));
                Vector512<T> v3 = Vector512.LoadUnsafe(ref bq, (nuint)(3 * width));
                Vector512<T> e = Vector512.Create(aq);
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                s02 = Simd.MulAdd(e, v2, s02);
                s03 = Simd.MulAdd(e, v3, s03);
                e = Vector512.Create(Unsafe.Add(ref aq, row1));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                s12 = Simd.MulAdd(e, v2, s12);
                s13 = Simd.MulAdd(e, v3, s13);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StoreFour512(ref c0, width, s00, s01, s02, s03, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 1 * n), width, s10, s11, s12, s13, accumulate);
        }

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void OuterOne512<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T aq = ref Unsafe.Add(ref a, p * aRow);
            ref T bq = ref Unsafe.Add(ref b, i);
            nint aStep = aColumn, bStep = n;
            Vector512<T> s = Vector512<T>.Zero;
            for (int left = k; left > 0;)
            {
                s = Simd.MulAdd(Vector512.Create(aq), Vector512.LoadUnsafe(ref bq), s);
                if (--left == 0)
                {
                    break;
                }

                aq = ref Unsafe.Add(ref aq, aStep);
                bq = ref Unsafe.Add(ref bq, bStep);
            }

            Store512(ref Unsafe.Add(ref c, p * n + i), s, accumulate);
        }

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreFour512<T>(ref T row, int width, Vector512<T> s0, Vector512<T> s1, Vector512<T> s2, Vector512<T> s3, bool accumulate)
            where T : struct
        {
            Store512(ref row, s0, accumulate);
            Store512(ref Unsafe.Add(ref row, width), s1, accumulate);
            Store512(ref Unsafe.Add(ref row, 2 * width), s2, accumulate);
            Store512(ref Unsafe.Add(ref row, 3 * width), s3, accumulate);
        }

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Store512<T>(ref T target, Vector512<T> value, bool accumulate) where T : struct
        {
            // 0 + Σ when setting: see OuterProducts.
            value += accumulate ? Vector512.LoadUnsafe(ref target) : Vector512<T>.Zero;
            value.StoreUnsafe(ref target);
        }
    }
}
