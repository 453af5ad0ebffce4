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
        [FloatCopy]
        public static void DenseForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> z, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
            => DenseForward(x, w, b, z, rows, fanIn, fanOut, Simd.Enabled);

        /// <summary>gw += dzᵀ·x and gb += the column sums of dz: one layer's gradients over the batch.</summary>
        [FloatCopy]
        public static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
            => DenseWeightGradient(dz, x, gw, gb, rows, fanIn, fanOut, accumulate: true);

        /// <summary>
        /// With <paramref name="accumulate"/>, as the overload without it; without, gw and gb are set to this batch's
        /// gradients, the bits of clearing them first and accumulating (a batch's first chunk: gw is not read).
        /// </summary>
        [FloatCopy]
        public static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
            => DenseWeightGradient(dz, x, gw, gb, rows, fanIn, fanOut, Simd.Enabled, Simd.Enabled && Simd.Vector512Enabled, accumulate);

        /// <summary>dx = dz·w: the gradient with respect to the layer's input.</summary>
        [FloatCopy]
        public static void DenseInputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> w, Span<T> dx, int rows, int fanIn, int fanOut)
            where T : struct, IFloatingPointIeee754<T>
            => DenseInputGradient(dz, w, dx, rows, fanIn, fanOut, Simd.Enabled);

        [FloatCopy]
        internal static void DenseForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> w, ReadOnlySpan<T> b, Span<T> z, int rows, int fanIn, int fanOut, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            => DenseForward(x, w, b, z, rows, fanIn, fanOut, simd, simd && Simd.Vector512Enabled);

        /// <summary><paramref name="wide"/>: the 512-bit kernels (net8.0+; emulated where the hardware lacks them).</summary>
        [FloatCopy]
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
            // One input (1→N layers): no dot product to vectorise; the vectors run along the outputs instead.
            if (simd && fanIn == 1 && Vector.IsHardwareAccelerated && fanOut >= Vector<T>.Count)
            {
                ForwardSingleInput(ref x0, ref w0, ref b0, ref z0, rows, fanOut);
                return;
            }

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
#if NET8_0_OR_GREATER
            if (vectorEnd > 0)
            {
                DenseForwardVector(ref x0, ref w0, ref b0, ref z0, rows, fanIn, fanOut, vectorEnd);
                return;
            }
#endif

            int r = 0;
            for (; r < rows; r++)
            {
                for (int j = 0; j < fanOut; j++)
                {
                    Unsafe.Add(ref z0, r * fanOut + j) = Unsafe.Add(ref b0, j)
                        + DotRef(ref Unsafe.Add(ref x0, r * fanIn), ref Unsafe.Add(ref w0, j * fanIn), fanIn, vectorEnd);
                }
            }
        }

        /// <summary><paramref name="wide"/>: the 512-bit kernels (net8.0+; emulated where the hardware lacks them).</summary>
        [FloatCopy]
        internal static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut, bool simd, bool wide)
            where T : struct, IFloatingPointIeee754<T>
            => DenseWeightGradient(dz, x, gw, gb, rows, fanIn, fanOut, simd, wide, accumulate: true);

        /// <summary><paramref name="accumulate"/> false: gw and gb set, as if cleared first (see the public overload).</summary>
        [FloatCopy]
        internal static void DenseWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb, int rows, int fanIn, int fanOut, bool simd, bool wide, bool accumulate)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSizes(rows, fanIn, fanOut);
            Require(dz.Length, (long)rows * fanOut, nameof(dz));
            Require(x.Length, (long)rows * fanIn, nameof(x));
            Require(gw.Length, (long)fanOut * fanIn, nameof(gw));
            Require(gb.Length, fanOut, nameof(gb));

            // gw[j, i] (+)= Σ_r dz[r, j]·x[r, i]: A = dzᵀ (element (j, r) at r·fanOut + j), B = x. A set gw is 0 + Σ
            // (the stores' rule), as cleared and accumulated; gb is a short row, cleared and accumulated.
            OuterProducts(ref MemoryMarshal.GetReference(dz), 1, fanOut, ref MemoryMarshal.GetReference(x), ref MemoryMarshal.GetReference(gw),
                fanOut, fanIn, rows, accumulate, simd, wide);
            if (!accumulate)
            {
                gb.Clear();
            }

            for (int r = 0; r < rows; r++)
            {
                Axpy(T.One, dz.Slice(r * fanOut, fanOut), gb, simd);
            }
        }

        [FloatCopy]
        internal static void DenseInputGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> w, Span<T> dx, int rows, int fanIn, int fanOut, bool simd)
            where T : struct, IFloatingPointIeee754<T>
            => DenseInputGradient(dz, w, dx, rows, fanIn, fanOut, simd, simd && Simd.Vector512Enabled);

        /// <summary><paramref name="wide"/>: the 512-bit kernels (net8.0+; emulated where the hardware lacks them).</summary>
        [FloatCopy]
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
        /// runs along i (along p for a single column); each width's blocked form is in its own file. Without
        /// <paramref name="accumulate"/> C is set to 0 + Σ, the bits of a cleared C accumulated: a fused sum that
        /// underflows to −0 stores +0, as clear-and-add did (the scalar sums, unfused from +0, are never −0).
        /// </summary>
        [FloatCopy]
        private static void OuterProducts<T>(ref T a, int aRow, int aColumn, ref T b, ref T c, int m, int n, int k, bool accumulate, bool simd, bool wide)
            where T : struct, IFloatingPointIeee754<T>
        {
#if NET8_0_OR_GREATER
            // One column (the weight gradient of a 1→N layer): the vectors run along p, which A stores contiguously.
            if (simd && n == 1 && aRow == 1 && Vector.IsHardwareAccelerated && m >= Vector<T>.Count)
            {
                OuterProductsSingleColumn(ref a, aColumn, ref b, ref c, m, k, accumulate);
                return;
            }

            // Rows narrower than one 512-bit vector: the Vector<T> form still vectorises them (8 to 15 floats).
            if (wide && n >= System.Runtime.Intrinsics.Vector512<T>.Count)
            {
                OuterProducts512(ref a, aRow, aColumn, ref b, ref c, m, n, k, accumulate);
                return;
            }
#endif

#if NET8_0_OR_GREATER
            if (simd && Vector.IsHardwareAccelerated && n >= Vector<T>.Count)
            {
                OuterProductsVector(ref a, aRow, aColumn, ref b, ref c, m, n, k, accumulate);
                return;
            }
#endif

            for (int p = 0; p < m; p++)
            {
                ScalarOuterRow(ref Unsafe.Add(ref a, p * aRow), aColumn, ref b, ref Unsafe.Add(ref c, p * n), n, k, 0, accumulate);
            }
        }

        /// <summary>One row of <see cref="OuterProducts{T}"/> from column <paramref name="from"/> on, without vectors.</summary>
        [FloatCopy]
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
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Store<T>(ref T row, int i, Vector<T> value, bool accumulate) where T : struct
        {
            // 0 + Σ when setting: see OuterProducts.
            value += accumulate ? Vector.LoadUnsafe(ref row, (nuint)i) : Vector<T>.Zero;
            value.StoreUnsafe(ref row, (nuint)i);
        }

        /// <summary>Reduces one row's four accumulators, adds the scalar tail past the vectors and the bias.</summary>
        [FloatCopy]
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
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T DotRef<T>(ref T a, ref T b, int length, int vectorEnd) where T : struct, IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
#if NET8_0_OR_GREATER
            if (vectorEnd > 0)
            {
                // Four sums at once on long rows: one dependent chain waits out the FMA latency at every step (a
                // one-row Predict of 1→512→512→1, a dot product per output, took 38 µs with one sum, 23 with four).
                int width = Vector<T>.Count;
                Vector<T> acc = Vector<T>.Zero, acc1 = Vector<T>.Zero, acc2 = Vector<T>.Zero, acc3 = Vector<T>.Zero;
                int i = 0;
                for (; i + 4 * width <= vectorEnd; i += 4 * width)
                {
                    acc = Simd.MulAdd(Vector.LoadUnsafe(ref a, (nuint)i), Vector.LoadUnsafe(ref b, (nuint)i), acc);
                    acc1 = Simd.MulAdd(Vector.LoadUnsafe(ref a, (nuint)(i + width)), Vector.LoadUnsafe(ref b, (nuint)(i + width)), acc1);
                    acc2 = Simd.MulAdd(Vector.LoadUnsafe(ref a, (nuint)(i + 2 * width)), Vector.LoadUnsafe(ref b, (nuint)(i + 2 * width)), acc2);
                    acc3 = Simd.MulAdd(Vector.LoadUnsafe(ref a, (nuint)(i + 3 * width)), Vector.LoadUnsafe(ref b, (nuint)(i + 3 * width)), acc3);
                }

                for (; i < vectorEnd; i += width)
                {
                    acc = Simd.MulAdd(Vector.LoadUnsafe(ref a, (nuint)i), Vector.LoadUnsafe(ref b, (nuint)i), acc);
                }

                sum = Vector.Sum((acc + acc1) + (acc2 + acc3));
            }
#endif

            return sum + ScalarDot(ref a, ref b, vectorEnd, length);
        }

        [FloatCopy]
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
