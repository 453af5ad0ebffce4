using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    public static partial class LinearAlgebra
    {
        /// <summary>
        /// One row's Dense weight and bias gradient, accumulated: gw[j, i] += dz[j]·x[i] and gb[j] += dz[j], each
        /// weight row as whole vectors. A multiply then an add (no fused multiply-add), so every sum is bit-identical
        /// to the scalar <c>g[k] += d[j] * s[i]</c> of unrolled code.
        /// </summary>
        /// <param name="dz">∂L/∂z of the layer's outputs (fanOut values).</param>
        /// <param name="x">The layer's input (fanIn values).</param>
        /// <param name="gw">The weight gradient, fanOut rows of fanIn.</param>
        /// <param name="gb">The bias gradient (fanOut values).</param>
        [FloatCopy]
        public static void RowWeightGradient<T>(ReadOnlySpan<T> dz, ReadOnlySpan<T> x, Span<T> gw, Span<T> gb) where T : struct, IFloatingPointIeee754<T>
        {
            Require(gb.Length, dz.Length, nameof(gb));
            Require(gw.Length, (long)dz.Length * x.Length, nameof(gw));
            int fanIn = x.Length;
            ref T x0 = ref MemoryMarshal.GetReference(x);
            for (int j = 0; j < dz.Length; j++)
            {
                T d = dz[j];
                ref T row = ref MemoryMarshal.GetReference(gw.Slice(j * fanIn, fanIn));
                int i = 0;
                if (Simd.Enabled)
                {
                    var vd = new Vector<T>(d);
                    for (; i + Vector<T>.Count <= fanIn; i += Vector<T>.Count)
                    {
                        (Vector.LoadUnsafe(ref row, (nuint)i) + vd * Vector.LoadUnsafe(ref x0, (nuint)i)).StoreUnsafe(ref row, (nuint)i);
                    }
                }

                for (; i < fanIn; i++)
                {
                    System.Runtime.CompilerServices.Unsafe.Add(ref row, i) += d * System.Runtime.CompilerServices.Unsafe.Add(ref x0, i);
                }

                gb[j] += d;
            }
        }

        /// <summary>
        /// One row through a Dense layer, z[j] = Σ_i w[j, i]·x[i] + b[j], eight outputs at a time (one 256-bit vector of
        /// sums in float, two in double): each output's products go into the lanes of one vector (a partial last
        /// chunk of inputs as the row's last whole vector, the lanes already counted zeroed), the group's vectors
        /// advance side by side in one pass over the inputs, and one horizontal-add tree reduces them together. One
        /// scalar sum per output made Predict of 8→32→16→2 take 683 ns, now 113 (RowForwardPredict). Needs at least one
        /// vector of inputs.
        /// </summary>
        /// <remarks>
        /// Every output's sum has one order on every machine: lane l gathers inputs l, l + V, … (tail first), and the
        /// lanes add pairwise, ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)), as AVX's horizontal adds do; without
        /// AVX the same pairs are added one by one, and with SIMD disabled each lane is a scalar sum in the same order.
        /// A multiply then an add, never fused.
        /// </remarks>
        /// <param name="w">The weights, fanOut rows of fanIn (nn.Linear's layout).</param>
        /// <param name="b">The biases (fanOut values).</param>
        /// <param name="x">The row's input (fanIn values, at least 8 float or 4 double).</param>
        /// <param name="z">Receives the fanOut pre-activations.</param>
        [FloatCopy]
        public static void DenseRow<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z) where T : struct, IFloatingPointIeee754<T>
            => DenseRow(w, b, x, z, Simd.Enabled, Avx.IsSupported);

        /// <summary>
        /// <paramref name="simd"/> false (NETGEN_DISABLE_SIMD) sums each lane in scalars, <paramref name="horizontalAdds"/>
        /// false reduces the vectors pair by pair: every path gives the same bits.
        /// </summary>
        [FloatCopy]
        internal static void DenseRow<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> b, ReadOnlySpan<T> x, Span<T> z, bool simd, bool horizontalAdds) where T : struct, IFloatingPointIeee754<T>
        {
            int fanIn = x.Length;
            int fanOut = z.Length;
            int lanes = Vector256<T>.Count;
            if (fanIn < lanes)
            {
                ThrowTooFewInputs(fanIn, lanes);
            }

            Require(b.Length, fanOut, nameof(b));
            Require(w.Length, (long)fanOut * fanIn, nameof(w));
            ref T w0 = ref MemoryMarshal.GetReference(w);
            ref T x0 = ref MemoryMarshal.GetReference(x);
            ref T b0 = ref MemoryMarshal.GetReference(b);
            ref T z0 = ref MemoryMarshal.GetReference(z);
            int whole = fanIn - fanIn % lanes;
            int tail = fanIn - lanes;
            if (!simd)
            {
                DenseRowScalar(ref w0, ref b0, ref x0, ref z0, fanIn, fanOut, whole, tail);
                return;
            }

            // The last vector of inputs, its lanes below `whole` zeroed (they belong to the whole vectors).
            Vector256<T> xTail = Vector256.LoadUnsafe(ref x0, (nuint)tail);
            if (whole != fanIn)
            {
                xTail &= TailMask<T>(whole - tail);
            }

            for (int j0 = 0; j0 < fanOut; j0 += 8)
            {
                // A short last group repeats its last row in the unused accumulators; their sums are not stored.
                int count = Math.Min(8, fanOut - j0);
                Vector256<T> sums = GroupOfEight(ref Unsafe.Add(ref w0, j0 * fanIn), ref x0, xTail, fanIn, whole, tail, count, horizontalAdds, out Vector256<T> upper);
                if (count == 8)
                {
                    (sums + Vector256.LoadUnsafe(ref b0, (nuint)j0)).StoreUnsafe(ref z0, (nuint)j0);
                    if (lanes == 4)
                    {
                        (upper + Vector256.LoadUnsafe(ref b0, (nuint)(j0 + 4))).StoreUnsafe(ref z0, (nuint)(j0 + 4));
                    }
                }
                else
                {
                    for (int k = 0; k < count; k++)
                    {
                        Unsafe.Add(ref z0, j0 + k) = (k < lanes ? sums.GetElement(k) : upper.GetElement(k - lanes)) + Unsafe.Add(ref b0, j0 + k);
                    }
                }
            }
        }

        /// <summary>All bits set in the lanes from <paramref name="first"/> on, zero below.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> TailMask<T>(int first) where T : struct, IFloatingPointIeee754<T>
            => Vector256<T>.Count == 8
                ? Vector256.GreaterThanOrEqual(Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7), Vector256.Create(first)).As<int, T>()
                : Vector256.GreaterThanOrEqual(Vector256.Create(0L, 1, 2, 3), Vector256.Create((long)first)).As<long, T>();

        /// <summary>DenseRow's sums without vectors: each lane's sum in a scalar, in the same order, then the same pairs.</summary>
        [FloatCopy]
        private static void DenseRowScalar<T>(ref T w0, ref T b0, ref T x0, ref T z0, int fanIn, int fanOut, int whole, int tail) where T : struct, IFloatingPointIeee754<T>
        {
            int lanes = Vector256<T>.Count;
            Vector256<T> sums = default;
            ref T lane = ref Unsafe.As<Vector256<T>, T>(ref sums);
            for (int j = 0; j < fanOut; j++)
            {
                ref T row = ref Unsafe.Add(ref w0, j * fanIn);
                for (int l = 0; l < lanes; l++)
                {
                    T sum = T.Zero;
                    int i = l;
                    if (whole != fanIn)
                    {
                        // The tail vector's lane l: an input the whole vectors already took counts as zero.
                        sum = Unsafe.Add(ref row, tail + l) * (tail + l >= whole ? Unsafe.Add(ref x0, tail + l) : T.Zero);
                    }
                    else
                    {
                        sum = Unsafe.Add(ref row, l) * Unsafe.Add(ref x0, l);
                        i += lanes;
                    }

                    for (; i < whole; i += lanes)
                    {
                        sum += Unsafe.Add(ref row, i) * Unsafe.Add(ref x0, i);
                    }

                    Unsafe.Add(ref lane, l) = sum;
                }

                Unsafe.Add(ref z0, j) = Pairwise(sums) + Unsafe.Add(ref b0, j);
            }
        }

        // The messages are methods of their own, compiled only when one throws.
        private static void ThrowTooFewInputs(int fanIn, int lanes)
            => throw new ArgumentException($"DenseRow needs at least {lanes} inputs, got {fanIn}.", "x");

        private static void ThrowNoOutputs() => throw new ArgumentException("RowInputGradient needs at least one output.", "dz");

        /// <summary>
        /// Eight weight rows (from <paramref name="r0"/>, fanIn apart; rows past <paramref name="count"/> repeat the last)
        /// times x, lane by lane, all eight in one pass over the inputs so their sums advance side by side: the tail
        /// vector first, then each whole vector in order. Returns the eight sums (float), or the first four with the
        /// other four in <paramref name="upper"/> (double: four lanes a vector).
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> GroupOfEight<T>(ref T r0, ref T x0, Vector256<T> xTail, int fanIn, int whole, int tail, int count, bool horizontalAdds, out Vector256<T> upper)
            where T : struct, IFloatingPointIeee754<T>
        {
            ref T r1 = ref Unsafe.Add(ref r0, Math.Min(1, count - 1) * fanIn);
            ref T r2 = ref Unsafe.Add(ref r0, Math.Min(2, count - 1) * fanIn);
            ref T r3 = ref Unsafe.Add(ref r0, Math.Min(3, count - 1) * fanIn);
            ref T r4 = ref Unsafe.Add(ref r0, Math.Min(4, count - 1) * fanIn);
            ref T r5 = ref Unsafe.Add(ref r0, Math.Min(5, count - 1) * fanIn);
            ref T r6 = ref Unsafe.Add(ref r0, Math.Min(6, count - 1) * fanIn);
            ref T r7 = ref Unsafe.Add(ref r0, Math.Min(7, count - 1) * fanIn);
            int i = whole != fanIn ? tail : 0;
            Vector256<T> xi = whole != fanIn ? xTail : Vector256.LoadUnsafe(ref x0);
            Vector256<T> a0 = Vector256.LoadUnsafe(ref r0, (nuint)i) * xi;
            Vector256<T> a1 = Vector256.LoadUnsafe(ref r1, (nuint)i) * xi;
            Vector256<T> a2 = Vector256.LoadUnsafe(ref r2, (nuint)i) * xi;
            Vector256<T> a3 = Vector256.LoadUnsafe(ref r3, (nuint)i) * xi;
            Vector256<T> a4 = Vector256.LoadUnsafe(ref r4, (nuint)i) * xi;
            Vector256<T> a5 = Vector256.LoadUnsafe(ref r5, (nuint)i) * xi;
            Vector256<T> a6 = Vector256.LoadUnsafe(ref r6, (nuint)i) * xi;
            Vector256<T> a7 = Vector256.LoadUnsafe(ref r7, (nuint)i) * xi;
            for (i = whole != fanIn ? 0 : Vector256<T>.Count; i < whole; i += Vector256<T>.Count)
            {
                nuint at = (nuint)i;
                xi = Vector256.LoadUnsafe(ref x0, at);
                a0 += Vector256.LoadUnsafe(ref r0, at) * xi;
                a1 += Vector256.LoadUnsafe(ref r1, at) * xi;
                a2 += Vector256.LoadUnsafe(ref r2, at) * xi;
                a3 += Vector256.LoadUnsafe(ref r3, at) * xi;
                a4 += Vector256.LoadUnsafe(ref r4, at) * xi;
                a5 += Vector256.LoadUnsafe(ref r5, at) * xi;
                a6 += Vector256.LoadUnsafe(ref r6, at) * xi;
                a7 += Vector256.LoadUnsafe(ref r7, at) * xi;
            }

            if (Vector256<T>.Count == 4)
            {
                upper = horizontalAdds ? ReduceFourWithAvx(a4, a5, a6, a7) : ReduceFour(a4, a5, a6, a7);
                return horizontalAdds ? ReduceFourWithAvx(a0, a1, a2, a3) : ReduceFour(a0, a1, a2, a3);
            }

            upper = default;
            return horizontalAdds ? ReduceEightWithAvx(a0, a1, a2, a3, a4, a5, a6, a7) : ReduceEight(a0, a1, a2, a3, a4, a5, a6, a7);
        }

        /// <summary>Lane k = Σ of aₖ's 8 lanes as ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)): two rounds of vhaddps, then the halves.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<T> ReduceEightWithAvx<T>(Vector256<T> a0, Vector256<T> a1, Vector256<T> a2, Vector256<T> a3, Vector256<T> a4, Vector256<T> a5, Vector256<T> a6, Vector256<T> a7)
            where T : struct, IFloatingPointIeee754<T>
        {
            Vector256<float> q0 = Avx.HorizontalAdd(Avx.HorizontalAdd(a0.AsSingle(), a1.AsSingle()), Avx.HorizontalAdd(a2.AsSingle(), a3.AsSingle()));
            Vector256<float> q1 = Avx.HorizontalAdd(Avx.HorizontalAdd(a4.AsSingle(), a5.AsSingle()), Avx.HorizontalAdd(a6.AsSingle(), a7.AsSingle()));
            return (Avx.Permute2x128(q0, q1, 0x20) + Avx.Permute2x128(q0, q1, 0x31)).As<float, T>();
        }

        /// <summary><see cref="ReduceEightWithAvx{T}"/>'s sums, pair by pair in the same order.</summary>
        [FloatCopy]
        private static Vector256<T> ReduceEight<T>(Vector256<T> a0, Vector256<T> a1, Vector256<T> a2, Vector256<T> a3, Vector256<T> a4, Vector256<T> a5, Vector256<T> a6, Vector256<T> a7)
            where T : struct, IFloatingPointIeee754<T>
            => Vector256.Create(Pairwise(a0.AsSingle()), Pairwise(a1.AsSingle()), Pairwise(a2.AsSingle()), Pairwise(a3.AsSingle()), Pairwise(a4.AsSingle()), Pairwise(a5.AsSingle()), Pairwise(a6.AsSingle()), Pairwise(a7.AsSingle())).As<float, T>();

        /// <summary>
        /// The sum of a vector's lanes in DenseRow's order: ((l0 + l1) + (l2 + l3)) + ((l4 + l5) + (l6 + l7)) for 8 lanes,
        /// (l0 + l1) + (l2 + l3) for 4.
        /// </summary>
        [FloatCopy]
        private static T Pairwise<T>(Vector256<T> a) where T : struct, IFloatingPointIeee754<T>
            => Vector256<T>.Count == 8
                ? ((a.GetElement(0) + a.GetElement(1)) + (a.GetElement(2) + a.GetElement(3))) + ((a.GetElement(4) + a.GetElement(5)) + (a.GetElement(6) + a.GetElement(7)))
                : (a.GetElement(0) + a.GetElement(1)) + (a.GetElement(2) + a.GetElement(3));

        /// <summary>Lane k = Σ of aₖ's 4 lanes as (l0 + l1) + (l2 + l3): one round of vhaddpd, then the halves.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> ReduceFourWithAvx<T>(Vector256<T> a0, Vector256<T> a1, Vector256<T> a2, Vector256<T> a3) where T : struct, IFloatingPointIeee754<T>
        {
            Vector256<double> h01 = Avx.HorizontalAdd(a0.AsDouble(), a1.AsDouble());
            Vector256<double> h23 = Avx.HorizontalAdd(a2.AsDouble(), a3.AsDouble());
            return (Avx.Permute2x128(h01, h23, 0x20) + Avx.Permute2x128(h01, h23, 0x31)).As<double, T>();
        }

        /// <summary><see cref="ReduceFourWithAvx{T}"/>'s sums, pair by pair in the same order.</summary>
        [FloatCopy]
        private static Vector256<T> ReduceFour<T>(Vector256<T> a0, Vector256<T> a1, Vector256<T> a2, Vector256<T> a3) where T : struct, IFloatingPointIeee754<T>
            => Vector256.Create(Pairwise(a0.AsDouble()), Pairwise(a1.AsDouble()), Pairwise(a2.AsDouble()), Pairwise(a3.AsDouble())).As<double, T>();

        /// <summary>
        /// One row's input gradient through a Dense layer, dx[i] = Σ_j w[j, i]·dz[j], whole vectors of inputs at a
        /// time: the weight rows are contiguous along i. The terms add in j order from w[0, i]·dz[0], a multiply then
        /// an add, so every value is bit-identical to the unrolled <c>p[…] * dz0 + p[…] * dz1 + …</c>.
        /// </summary>
        /// <param name="w">The weights, fanOut rows of fanIn.</param>
        /// <param name="dz">∂L/∂z of the layer's outputs (fanOut values, at least one).</param>
        /// <param name="dx">Receives ∂L/∂x (fanIn values).</param>
        [FloatCopy]
        public static void RowInputGradient<T>(ReadOnlySpan<T> w, ReadOnlySpan<T> dz, Span<T> dx) where T : struct, IFloatingPointIeee754<T>
        {
            int fanIn = dx.Length;
            int fanOut = dz.Length;
            Require(w.Length, (long)fanOut * fanIn, nameof(w));
            if (fanOut == 0)
            {
                ThrowNoOutputs();
            }

            ref T w0 = ref MemoryMarshal.GetReference(w);
            ref T d0 = ref MemoryMarshal.GetReference(dz);
            ref T dx0 = ref MemoryMarshal.GetReference(dx);
            int i = 0;
            if (Simd.Enabled && fanIn >= Vector<T>.Count)
            {
                for (; i < fanIn; i += Vector<T>.Count)
                {
                    // A partial last vector starts at fanIn − V, over the previous one: each dx[i] is its own sum,
                    // so the overlap rewrites the same values.
                    nuint at = (nuint)Math.Min(i, fanIn - Vector<T>.Count);
                    Vector<T> sum = Vector.LoadUnsafe(ref w0, at) * new Vector<T>(d0);
                    for (int j = 1; j < fanOut; j++)
                    {
                        sum += Vector.LoadUnsafe(ref w0, at + (nuint)(j * fanIn)) * new Vector<T>(Unsafe.Add(ref d0, j));
                    }

                    sum.StoreUnsafe(ref dx0, at);
                }
            }

            for (; i < fanIn; i++)
            {
                T sum = Unsafe.Add(ref w0, i) * d0;
                for (int j = 1; j < fanOut; j++)
                {
                    sum += Unsafe.Add(ref w0, j * fanIn + i) * Unsafe.Add(ref d0, j);
                }

                Unsafe.Add(ref dx0, i) = sum;
            }
        }
    }
}
