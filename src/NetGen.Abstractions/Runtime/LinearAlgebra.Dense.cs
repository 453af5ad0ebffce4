using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// Batched Dense-layer kernels: a whole mini-batch through one layer at a time, so each weight is loaded
    /// once per block of rows instead of once per row. Every matrix is row-major: inputs [rows, fanIn],
    /// weights [fanOut, fanIn] (nn.Linear's layout), outputs and deltas [rows, fanOut].
    /// </summary>
    public static partial class LinearAlgebra
    {
        /// <summary>z = x·wᵀ + b.</summary>
        public static void DenseForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> z, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
            => DenseForward(x, w, b, z, rows, fanIn, fanOut, Simd.Enabled);

        /// <summary>gw += dzᵀ·x and gb += the column sums of dz: one layer's gradients over the batch.</summary>
        public static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
            => DenseWeightGradient(dz, x, gw, gb, rows, fanIn, fanOut, Simd.Enabled);

        /// <summary>dx = dz·w: the gradient with respect to the layer's input.</summary>
        public static void DenseInputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> w, Span<T> dx, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
            => DenseInputGradient(dz, w, dx, rows, fanIn, fanOut, Simd.Enabled);

        internal static void DenseForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> z, int rows, int fanIn, int fanOut, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            => DenseForward(x, w, b, z, rows, fanIn, fanOut, simd, simd && Simd.Vector512Enabled);

        /// <summary><paramref name="wide"/>: the 512-bit kernels (net8.0+; emulated where the hardware lacks them).</summary>
        internal static void DenseForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> z, int rows, int fanIn, int fanOut, bool simd, bool wide)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSizes(rows, fanIn, fanOut);
            Require(x.Length, (long)rows * fanIn, nameof(x));
            Require(w.Length, (long)fanOut * fanIn, nameof(w));
            Require(b.Length, fanOut, nameof(b));
            Require(z.Length, (long)rows * fanOut, nameof(z));
            ref T x0 = ref MemoryMarshal.GetReference(x);
            ref T w0 = ref MemoryMarshal.GetReference(w);
            ref T b0 = ref MemoryMarshal.GetReference(b);
            ref T z0 = ref MemoryMarshal.GetReference(z);
#if NET8_0_OR_GREATER
            // Rows shorter than one 512-bit vector would only pay the reductions: the Vector<T> form takes them.
            if (wide && fanIn >= System.Runtime.Intrinsics.Vector512<T>.Count)
            {
                DenseForward512(ref x0, ref w0, ref b0, ref z0, rows, fanIn, fanOut);
                return;
            }
#endif

            // Dot-product form: the vector runs along fanIn, which both x and w store contiguously.
#if NET8_0_OR_GREATER
            int vectorEnd = simd && Vector.IsHardwareAccelerated ? fanIn - fanIn % Vector<T>.Count : 0;
#else
            int vectorEnd = 0;
#endif
            int r = 0;
#if NET8_0_OR_GREATER
            if (vectorEnd > 0)
            {
                // 4 rows × 4 outputs per block: 8 loads feed 16 multiply-adds.
                for (; r + 4 <= rows; r += 4)
                {
                    int j = 0;
                    for (; j + 4 <= fanOut; j += 4)
                    {
                        Forward4x4(ref x0, ref w0, ref b0, ref z0, r, j, fanIn, fanOut, vectorEnd);
                    }

                    for (; j < fanOut; j++)
                    {
                        for (int k = 0; k < 4; k++)
                        {
                            Unsafe.Add(ref z0, (r + k) * fanOut + j) = Unsafe.Add(ref b0, j)
                                + DotRef(ref Unsafe.Add(ref x0, (r + k) * fanIn), ref Unsafe.Add(ref w0, j * fanIn), fanIn, vectorEnd);
                        }
                    }
                }
            }
#endif

            for (; r < rows; r++)
            {
                for (int j = 0; j < fanOut; j++)
                {
                    Unsafe.Add(ref z0, r * fanOut + j) = Unsafe.Add(ref b0, j)
                        + DotRef(ref Unsafe.Add(ref x0, r * fanIn), ref Unsafe.Add(ref w0, j * fanIn), fanIn, vectorEnd);
                }
            }
        }

        internal static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            => DenseWeightGradient(dz, x, gw, gb, rows, fanIn, fanOut, simd, simd && Simd.Vector512Enabled);

        /// <summary><paramref name="wide"/>: the 512-bit kernels (net8.0+; emulated where the hardware lacks them).</summary>
        internal static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut, bool simd, bool wide)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSizes(rows, fanIn, fanOut);
            Require(dz.Length, (long)rows * fanOut, nameof(dz));
            Require(x.Length, (long)rows * fanIn, nameof(x));
            Require(gw.Length, (long)fanOut * fanIn, nameof(gw));
            Require(gb.Length, fanOut, nameof(gb));

            // gw[j, i] += Σ_r dz[r, j]·x[r, i]: A = dzᵀ (element (j, r) at r·fanOut + j), B = x.
            OuterProducts(ref MemoryMarshal.GetReference(dz), 1, fanOut, ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(gw),
                fanOut, fanIn, rows, accumulate: true, simd, wide);
            for (int r = 0; r < rows; r++)
            {
                Axpy(T.One, dz.Slice(r * fanOut, fanOut), gb, simd);
            }
        }

        internal static void DenseInputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> w, Span<T> dx, int rows, int fanIn, int fanOut, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            => DenseInputGradient(dz, w, dx, rows, fanIn, fanOut, simd, simd && Simd.Vector512Enabled);

        /// <summary><paramref name="wide"/>: the 512-bit kernels (net8.0+; emulated where the hardware lacks them).</summary>
        internal static void DenseInputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> w, Span<T> dx, int rows, int fanIn, int fanOut, bool simd, bool wide)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSizes(rows, fanIn, fanOut);
            Require(dz.Length, (long)rows * fanOut, nameof(dz));
            Require(w.Length, (long)fanOut * fanIn, nameof(w));
            Require(dx.Length, (long)rows * fanIn, nameof(dx));

            // dx[r, i] = Σ_j dz[r, j]·w[j, i]: A = dz (element (r, j) at r·fanOut + j), B = w.
            OuterProducts(ref MemoryMarshal.GetReference(dz), fanOut, 1, ref MemoryMarshal.GetReference(w), ref MemoryMarshal.GetReference(dx),
                rows, fanIn, fanOut, accumulate: false, simd, wide);
        }

        /// <summary>
        /// C[p, i] (+)= Σ_q A(p, q)·B[q, i] with A(p, q) at a[p·aRow + q·aColumn] and B, C of width n. The vector
        /// runs along i; blocks of 4 values of p × 2 vectors of i stay in registers while q streams.
        /// </summary>
        private static void OuterProducts<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int m, int n, int k, bool accumulate, bool simd, bool wide)
            where T : struct, IFloatingPointIeee754<T>
        {
#if NET8_0_OR_GREATER
            if (wide)
            {
                OuterProducts512(ref a, aRow, aColumn, ref b, ref c, m, n, k, accumulate);
                return;
            }
#endif

#if NET8_0_OR_GREATER
            int width = Vector<T>.Count;
            int vectorEnd = simd && Vector.IsHardwareAccelerated ? n - n % width : 0;
#endif
            int p = 0;
            for (; p + 4 <= m; p += 4)
            {
                int i = 0;
#if NET8_0_OR_GREATER
                ref T a0 = ref Unsafe.Add(ref a, p * aRow);
                ref T a1 = ref Unsafe.Add(ref a0, aRow);
                ref T a2 = ref Unsafe.Add(ref a1, aRow);
                ref T a3 = ref Unsafe.Add(ref a2, aRow);
                ref T c0 = ref Unsafe.Add(ref c, p * n);
                ref T c1 = ref Unsafe.Add(ref c0, n);
                ref T c2 = ref Unsafe.Add(ref c1, n);
                ref T c3 = ref Unsafe.Add(ref c2, n);
                for (; i + 2 * width <= vectorEnd; i += 2 * width)
                {
                    Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s10 = Vector<T>.Zero, s11 = Vector<T>.Zero;
                    Vector<T> s20 = Vector<T>.Zero, s21 = Vector<T>.Zero, s30 = Vector<T>.Zero, s31 = Vector<T>.Zero;
                    for (int q = 0; q < k; q++)
                    {
                        ref T bq = ref Unsafe.Add(ref b, q * n + i);
                        Vector<T> v0 = Vector.LoadUnsafe(ref bq);
                        Vector<T> v1 = Vector.LoadUnsafe(ref bq, (nuint)width);
                        int at = q * aColumn;
                        var e0 = new Vector<T>(Unsafe.Add(ref a0, at));
                        var e1 = new Vector<T>(Unsafe.Add(ref a1, at));
                        var e2 = new Vector<T>(Unsafe.Add(ref a2, at));
                        var e3 = new Vector<T>(Unsafe.Add(ref a3, at));
                        s00 = Simd.MulAdd(e0, v0, s00);
                        s01 = Simd.MulAdd(e0, v1, s01);
                        s10 = Simd.MulAdd(e1, v0, s10);
                        s11 = Simd.MulAdd(e1, v1, s11);
                        s20 = Simd.MulAdd(e2, v0, s20);
                        s21 = Simd.MulAdd(e2, v1, s21);
                        s30 = Simd.MulAdd(e3, v0, s30);
                        s31 = Simd.MulAdd(e3, v1, s31);
                    }

                    Store(ref c0, i, s00, accumulate);
                    Store(ref c0, i + width, s01, accumulate);
                    Store(ref c1, i, s10, accumulate);
                    Store(ref c1, i + width, s11, accumulate);
                    Store(ref c2, i, s20, accumulate);
                    Store(ref c2, i + width, s21, accumulate);
                    Store(ref c3, i, s30, accumulate);
                    Store(ref c3, i + width, s31, accumulate);
                }

                for (; i < vectorEnd; i += width)
                {
                    Vector<T> s0 = Vector<T>.Zero, s1 = Vector<T>.Zero, s2 = Vector<T>.Zero, s3 = Vector<T>.Zero;
                    for (int q = 0; q < k; q++)
                    {
                        Vector<T> v = Vector.LoadUnsafe(ref b, (nuint)(q * n + i));
                        int at = q * aColumn;
                        s0 = Simd.MulAdd(new Vector<T>(Unsafe.Add(ref a0, at)), v, s0);
                        s1 = Simd.MulAdd(new Vector<T>(Unsafe.Add(ref a1, at)), v, s1);
                        s2 = Simd.MulAdd(new Vector<T>(Unsafe.Add(ref a2, at)), v, s2);
                        s3 = Simd.MulAdd(new Vector<T>(Unsafe.Add(ref a3, at)), v, s3);
                    }

                    Store(ref c0, i, s0, accumulate);
                    Store(ref c1, i, s1, accumulate);
                    Store(ref c2, i, s2, accumulate);
                    Store(ref c3, i, s3, accumulate);
                }
#endif

                for (int row = 0; row < 4; row++)
                {
                    ScalarOuterRow(ref Unsafe.Add(ref a, (p + row) * aRow), aColumn, ref b, ref Unsafe.Add(ref c, (p + row) * n), n, k, i, accumulate);
                }
            }

            for (; p < m; p++)
            {
                ref T ap = ref Unsafe.Add(ref a, p * aRow);
                ref T cp = ref Unsafe.Add(ref c, p * n);
                int i = 0;
#if NET8_0_OR_GREATER
                for (; i < vectorEnd; i += width)
                {
                    Vector<T> s = Vector<T>.Zero;
                    for (int q = 0; q < k; q++)
                    {
                        s = Simd.MulAdd(new Vector<T>(Unsafe.Add(ref ap, q * aColumn)), Vector.LoadUnsafe(ref b, (nuint)(q * n + i)), s);
                    }

                    Store(ref cp, i, s, accumulate);
                }
#endif

                ScalarOuterRow(ref ap, aColumn, ref b, ref cp, n, k, i, accumulate);
            }
        }

        /// <summary>One row of <see cref="OuterProducts{T}"/> from column <paramref name="from"/> on, without vectors.</summary>
        private static void ScalarOuterRow<T>(ref T ap, int aColumn, ref T b, ref T cp, int n, int k, int from, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            for (int i = from; i < n; i++)
            {
                T sum = T.Zero;
                for (int q = 0; q < k; q++)
                {
                    sum += Unsafe.Add(ref ap, q * aColumn) * Unsafe.Add(ref b, q * n + i);
                }

                ref T target = ref Unsafe.Add(ref cp, i);
                target = accumulate ? target + sum : sum;
            }
        }

#if NET8_0_OR_GREATER
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Store<T>(ref T row, int i, Vector<T> value, bool accumulate) where T : struct
        {
            if (accumulate)
            {
                value += Vector.LoadUnsafe(ref row, (nuint)i);
            }

            value.StoreUnsafe(ref row, (nuint)i);
        }

        /// <summary>Four rows of x against four rows of w, with the bias: 16 outputs from 16 register accumulators.</summary>
        private static void Forward4x4<T>(ref T x, ref T w, ref T b, ref T z, int r, int j, int fanIn, int fanOut, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T x0 = ref Unsafe.Add(ref x, r * fanIn);
            ref T x1 = ref Unsafe.Add(ref x0, fanIn);
            ref T x2 = ref Unsafe.Add(ref x1, fanIn);
            ref T x3 = ref Unsafe.Add(ref x2, fanIn);
            ref T w0 = ref Unsafe.Add(ref w, j * fanIn);
            ref T w1 = ref Unsafe.Add(ref w0, fanIn);
            ref T w2 = ref Unsafe.Add(ref w1, fanIn);
            ref T w3 = ref Unsafe.Add(ref w2, fanIn);
            Vector<T> s00 = Vector<T>.Zero, s01 = Vector<T>.Zero, s02 = Vector<T>.Zero, s03 = Vector<T>.Zero;
            Vector<T> s10 = Vector<T>.Zero, s11 = Vector<T>.Zero, s12 = Vector<T>.Zero, s13 = Vector<T>.Zero;
            Vector<T> s20 = Vector<T>.Zero, s21 = Vector<T>.Zero, s22 = Vector<T>.Zero, s23 = Vector<T>.Zero;
            Vector<T> s30 = Vector<T>.Zero, s31 = Vector<T>.Zero, s32 = Vector<T>.Zero, s33 = Vector<T>.Zero;
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
                u = Vector.LoadUnsafe(ref x2, at);
                s20 = Simd.MulAdd(u, v0, s20);
                s21 = Simd.MulAdd(u, v1, s21);
                s22 = Simd.MulAdd(u, v2, s22);
                s23 = Simd.MulAdd(u, v3, s23);
                u = Vector.LoadUnsafe(ref x3, at);
                s30 = Simd.MulAdd(u, v0, s30);
                s31 = Simd.MulAdd(u, v1, s31);
                s32 = Simd.MulAdd(u, v2, s32);
                s33 = Simd.MulAdd(u, v3, s33);
            }

            ref T z0 = ref Unsafe.Add(ref z, r * fanOut + j);
            Finish(ref z0, ref b, j, s00, s01, s02, s03, ref x0, ref w0, fanIn, vectorEnd);
            Finish(ref Unsafe.Add(ref z0, fanOut), ref b, j, s10, s11, s12, s13, ref x1, ref w0, fanIn, vectorEnd);
            Finish(ref Unsafe.Add(ref z0, 2 * fanOut), ref b, j, s20, s21, s22, s23, ref x2, ref w0, fanIn, vectorEnd);
            Finish(ref Unsafe.Add(ref z0, 3 * fanOut), ref b, j, s30, s31, s32, s33, ref x3, ref w0, fanIn, vectorEnd);
        }

        /// <summary>Reduces one row's four accumulators, adds the scalar tail past the vectors and the bias.</summary>
        private static void Finish<T>(ref T z, ref T b, int j, Vector<T> s0, Vector<T> s1, Vector<T> s2, Vector<T> s3, ref T xRow, ref T w0, int fanIn, int vectorEnd)
            where T : struct, IFloatingPointIeee754<T>
        {
            z = Unsafe.Add(ref b, j) + Vector.Sum(s0) + ScalarDot(ref xRow, ref w0, vectorEnd, fanIn);
            Unsafe.Add(ref z, 1) = Unsafe.Add(ref b, j + 1) + Vector.Sum(s1) + ScalarDot(ref xRow, ref Unsafe.Add(ref w0, fanIn), vectorEnd, fanIn);
            Unsafe.Add(ref z, 2) = Unsafe.Add(ref b, j + 2) + Vector.Sum(s2) + ScalarDot(ref xRow, ref Unsafe.Add(ref w0, 2 * fanIn), vectorEnd, fanIn);
            Unsafe.Add(ref z, 3) = Unsafe.Add(ref b, j + 3) + Vector.Sum(s3) + ScalarDot(ref xRow, ref Unsafe.Add(ref w0, 3 * fanIn), vectorEnd, fanIn);
        }
#endif

        /// <summary>Σ a_i·b_i over [0, length): vectors up to <paramref name="vectorEnd"/>, scalars after.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T DotRef<T>(ref T a, ref T b, int length, int vectorEnd) where T : struct, IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
#if NET8_0_OR_GREATER
            if (vectorEnd > 0)
            {
                Vector<T> acc = Vector<T>.Zero;
                for (int i = 0; i < vectorEnd; i += Vector<T>.Count)
                {
                    acc = Simd.MulAdd(Vector.LoadUnsafe(ref a, (nuint)i), Vector.LoadUnsafe(ref b, (nuint)i), acc);
                }

                sum = Vector.Sum(acc);
            }
#endif

            return sum + ScalarDot(ref a, ref b, vectorEnd, length);
        }

        private static T ScalarDot<T>(ref T a, ref T b, int from, int to) where T : struct, IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = from; i < to; i++)
            {
                sum += Unsafe.Add(ref a, i) * Unsafe.Add(ref b, i);
            }

            return sum;
        }

        // In long: rows × fanIn can wrap around int and match a short span, and the kernels read through Unsafe.Add.
        private static void Require(int actual, long expected, string name)
        {
            if (actual != expected)
            {
                throw new ArgumentException($"Expected {expected} values but got {actual}.", name);
            }
        }

        private static void RequireSizes(int rows, int fanIn, int fanOut)
        {
            if (rows < 0 || fanIn < 0 || fanOut < 0)
            {
                throw new ArgumentOutOfRangeException(rows < 0 ? nameof(rows) : fanIn < 0 ? nameof(fanIn) : nameof(fanOut), "Sizes must not be negative.");
            }
        }
    }
}
