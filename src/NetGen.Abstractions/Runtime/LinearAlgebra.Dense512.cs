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
    /// 16 lanes instead of 8 and may differ from it in the last bits. Every result depends only on the position of
    /// its row in the call (never on timing or threads), so data-parallel shards stay bit-identical.
    /// </summary>
    public static partial class LinearAlgebra
    {
        /// <summary>
        /// z = x·wᵀ + b on 512-bit vectors: blocks of 4 outputs (outer, so their 4 rows of w stay in L1) × 6 rows (inner):
        /// 24 accumulators + 4 + 1 loaded vectors of the 32 registers, 10 loads per 24 FMAs. Then 2 rows, then 1.
        /// </summary>
        private static void DenseForward512<T>(ref T x, ref T w, ref T b, ref T z, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
        {
            int vectorEnd = fanIn - fanIn % Vector512<T>.Count;
            int j = 0;
            for (; j + 4 <= fanOut; j += 4)
            {
                int r = 0;
                for (; r + 6 <= rows; r += 6)
                {
                    Forward512x6(ref x, ref w, ref b, ref z, r, j, fanIn, fanOut, vectorEnd);
                }

                for (; r + 2 <= rows; r += 2)
                {
                    Forward512x2(ref x, ref w, ref b, ref z, r, j, fanIn, fanOut, vectorEnd);
                }

                for (; r < rows; r++)
                {
                    for (int c = j; c < j + 4; c++)
                    {
                        ForwardOne512(ref x, ref w, ref b, ref z, r, c, fanIn, fanOut, vectorEnd);
                    }
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

            Unsafe.Add(ref z, r * fanOut + j) = Unsafe.Add(ref b, j) + Vector512.Sum(acc) + ScalarDot(ref xr, ref wj, vectorEnd, fanIn);
        }

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
            Finish512(ref z0, ref b, j, s00, s01, s02, s03, ref x0, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 1 * fanOut), ref b, j, s10, s11, s12, s13, ref x1, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 2 * fanOut), ref b, j, s20, s21, s22, s23, ref x2, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 3 * fanOut), ref b, j, s30, s31, s32, s33, ref x3, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 4 * fanOut), ref b, j, s40, s41, s42, s43, ref x4, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 5 * fanOut), ref b, j, s50, s51, s52, s53, ref x5, ref w0, fanIn, vectorEnd);
        }

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
            Finish512(ref z0, ref b, j, s00, s01, s02, s03, ref x0, ref w0, fanIn, vectorEnd);
            Finish512(ref Unsafe.Add(ref z0, 1 * fanOut), ref b, j, s10, s11, s12, s13, ref x1, ref w0, fanIn, vectorEnd);
        }

        /// <summary>One row's four lane sums (reduced together), plus the scalar tail and the bias, as <see cref="Finish{T}"/>.</summary>
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

        private static void OuterBlock512x6<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector512<T>.Count;
            ref T a0 = ref Unsafe.Add(ref a, p * aRow);
            ref T a1 = ref Unsafe.Add(ref a0, aRow);
            ref T a2 = ref Unsafe.Add(ref a1, aRow);
            ref T a3 = ref Unsafe.Add(ref a2, aRow);
            ref T a4 = ref Unsafe.Add(ref a3, aRow);
            ref T a5 = ref Unsafe.Add(ref a4, aRow);
            Vector512<T> s00 = Vector512<T>.Zero, s01 = Vector512<T>.Zero, s02 = Vector512<T>.Zero, s03 = Vector512<T>.Zero;
            Vector512<T> s10 = Vector512<T>.Zero, s11 = Vector512<T>.Zero, s12 = Vector512<T>.Zero, s13 = Vector512<T>.Zero;
            Vector512<T> s20 = Vector512<T>.Zero, s21 = Vector512<T>.Zero, s22 = Vector512<T>.Zero, s23 = Vector512<T>.Zero;
            Vector512<T> s30 = Vector512<T>.Zero, s31 = Vector512<T>.Zero, s32 = Vector512<T>.Zero, s33 = Vector512<T>.Zero;
            Vector512<T> s40 = Vector512<T>.Zero, s41 = Vector512<T>.Zero, s42 = Vector512<T>.Zero, s43 = Vector512<T>.Zero;
            Vector512<T> s50 = Vector512<T>.Zero, s51 = Vector512<T>.Zero, s52 = Vector512<T>.Zero, s53 = Vector512<T>.Zero;
            for (int q = 0; q < k; q++)
            {
                ref T bq = ref Unsafe.Add(ref b, q * n + i);
                Vector512<T> v0 = Vector512.LoadUnsafe(ref bq);
                Vector512<T> v1 = Vector512.LoadUnsafe(ref bq, (nuint)width);
                Vector512<T> v2 = Vector512.LoadUnsafe(ref bq, (nuint)(2 * width));
                Vector512<T> v3 = Vector512.LoadUnsafe(ref bq, (nuint)(3 * width));
                int at = q * aColumn;
                Vector512<T> e = Vector512.Create(Unsafe.Add(ref a0, at));
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                s02 = Simd.MulAdd(e, v2, s02);
                s03 = Simd.MulAdd(e, v3, s03);
                e = Vector512.Create(Unsafe.Add(ref a1, at));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                s12 = Simd.MulAdd(e, v2, s12);
                s13 = Simd.MulAdd(e, v3, s13);
                e = Vector512.Create(Unsafe.Add(ref a2, at));
                s20 = Simd.MulAdd(e, v0, s20);
                s21 = Simd.MulAdd(e, v1, s21);
                s22 = Simd.MulAdd(e, v2, s22);
                s23 = Simd.MulAdd(e, v3, s23);
                e = Vector512.Create(Unsafe.Add(ref a3, at));
                s30 = Simd.MulAdd(e, v0, s30);
                s31 = Simd.MulAdd(e, v1, s31);
                s32 = Simd.MulAdd(e, v2, s32);
                s33 = Simd.MulAdd(e, v3, s33);
                e = Vector512.Create(Unsafe.Add(ref a4, at));
                s40 = Simd.MulAdd(e, v0, s40);
                s41 = Simd.MulAdd(e, v1, s41);
                s42 = Simd.MulAdd(e, v2, s42);
                s43 = Simd.MulAdd(e, v3, s43);
                e = Vector512.Create(Unsafe.Add(ref a5, at));
                s50 = Simd.MulAdd(e, v0, s50);
                s51 = Simd.MulAdd(e, v1, s51);
                s52 = Simd.MulAdd(e, v2, s52);
                s53 = Simd.MulAdd(e, v3, s53);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StoreFour512(ref c0, width, s00, s01, s02, s03, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 1 * n), width, s10, s11, s12, s13, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 2 * n), width, s20, s21, s22, s23, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 3 * n), width, s30, s31, s32, s33, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 4 * n), width, s40, s41, s42, s43, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 5 * n), width, s50, s51, s52, s53, accumulate);
        }

        private static void OuterBlock512x2<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            int width = Vector512<T>.Count;
            ref T a0 = ref Unsafe.Add(ref a, p * aRow);
            ref T a1 = ref Unsafe.Add(ref a0, aRow);
            Vector512<T> s00 = Vector512<T>.Zero, s01 = Vector512<T>.Zero, s02 = Vector512<T>.Zero, s03 = Vector512<T>.Zero;
            Vector512<T> s10 = Vector512<T>.Zero, s11 = Vector512<T>.Zero, s12 = Vector512<T>.Zero, s13 = Vector512<T>.Zero;
            for (int q = 0; q < k; q++)
            {
                ref T bq = ref Unsafe.Add(ref b, q * n + i);
                Vector512<T> v0 = Vector512.LoadUnsafe(ref bq);
                Vector512<T> v1 = Vector512.LoadUnsafe(ref bq, (nuint)width);
                Vector512<T> v2 = Vector512.LoadUnsafe(ref bq, (nuint)(2 * width));
                Vector512<T> v3 = Vector512.LoadUnsafe(ref bq, (nuint)(3 * width));
                int at = q * aColumn;
                Vector512<T> e = Vector512.Create(Unsafe.Add(ref a0, at));
                s00 = Simd.MulAdd(e, v0, s00);
                s01 = Simd.MulAdd(e, v1, s01);
                s02 = Simd.MulAdd(e, v2, s02);
                s03 = Simd.MulAdd(e, v3, s03);
                e = Vector512.Create(Unsafe.Add(ref a1, at));
                s10 = Simd.MulAdd(e, v0, s10);
                s11 = Simd.MulAdd(e, v1, s11);
                s12 = Simd.MulAdd(e, v2, s12);
                s13 = Simd.MulAdd(e, v3, s13);
            }

            ref T c0 = ref Unsafe.Add(ref c, p * n + i);
            StoreFour512(ref c0, width, s00, s01, s02, s03, accumulate);
            StoreFour512(ref Unsafe.Add(ref c0, 1 * n), width, s10, s11, s12, s13, accumulate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void OuterOne512<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int p, int i, int n, int k, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T ap = ref Unsafe.Add(ref a, p * aRow);
            Vector512<T> s = Vector512<T>.Zero;
            for (int q = 0; q < k; q++)
            {
                s = Simd.MulAdd(Vector512.Create(Unsafe.Add(ref ap, q * aColumn)), Vector512.LoadUnsafe(ref b, (nuint)(q * n + i)), s);
            }

            Store512(ref Unsafe.Add(ref c, p * n + i), s, accumulate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void StoreFour512<T>(ref T row, int width, Vector512<T> s0, Vector512<T> s1, Vector512<T> s2, Vector512<T> s3, bool accumulate)
            where T : struct
        {
            Store512(ref row, s0, accumulate);
            Store512(ref Unsafe.Add(ref row, width), s1, accumulate);
            Store512(ref Unsafe.Add(ref row, 2 * width), s2, accumulate);
            Store512(ref Unsafe.Add(ref row, 3 * width), s3, accumulate);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Store512<T>(ref T target, Vector512<T> value, bool accumulate) where T : struct
        {
            if (accumulate)
            {
                value += Vector512.LoadUnsafe(ref target);
            }

            value.StoreUnsafe(ref target);
        }
    }
}
