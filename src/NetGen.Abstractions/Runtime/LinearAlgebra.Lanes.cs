using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>Broadcasts and horizontal sums of many vectors, for code that runs one row per lane.</summary>
    public static partial class LinearAlgebra
    {
        /// <summary>lanes[k] = values[k] on every lane: the parameters of a lane pass, broadcast once per batch.</summary>
        [FloatCopy]
        public static void BroadcastLanes<T>(ReadOnlySpan<T> values, Span<Vector<T>> lanes) where T : struct, IFloatingPointIeee754<T>
        {
            Require(lanes.Length, values.Length, nameof(lanes));
            for (int k = 0; k < values.Length; k++)
            {
                lanes[k] = new Vector<T>(values[k]);
            }
        }

        /// <summary>sums[k] = the sum of the lanes of vectors[k].</summary>
        [FloatCopy]
        public static void SumLanes<T>(ReadOnlySpan<Vector<T>> vectors, Span<T> sums) where T : struct, IFloatingPointIeee754<T>
            => SumLanes(vectors, sums, Simd.Enabled);

        [FloatCopy]
        internal static void SumLanes<T>(ReadOnlySpan<Vector<T>> vectors, Span<T> sums, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            Require(sums.Length, vectors.Length, nameof(sums));
            SumLanes(ref MemoryMarshal.GetReference(vectors), vectors.Length, ref MemoryMarshal.GetReference(sums), simd);
        }

        /// <summary>
        /// sums[k] = the sum of the lanes of vectors[k], k &lt; count, on refs: a kernel that holds its vectors in a
        /// local buffer calls this without the span instantiations over Vector&lt;T&gt;, each one more method to
        /// compile at a first call.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // tier 1 inlines the whole sum into the callers, as before the split
        internal static void SumLanes<T>(ref Vector<T> vectors, int count, ref T sums, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            int k = 0;
            if (simd && Avx.IsSupported && Vector<T>.Count * Unsafe.SizeOf<T>() == 32)
            {
                // Each element type in its own method: a method's locals are loaded when it is compiled, even in a
                // branch the JIT then drops, so one method for both would load the double vector types for float.
                k = typeof(T) == typeof(float)
                    ? SumLanesEight(ref Unsafe.As<Vector<T>, Vector256<float>>(ref vectors), count, ref Unsafe.As<T, float>(ref sums))
                    : SumLanesFour(ref Unsafe.As<Vector<T>, Vector256<double>>(ref vectors), count, ref Unsafe.As<T, double>(ref sums));
            }

            for (; k < count; k++)
            {
                Unsafe.Add(ref sums, k) = Vector.Sum(Unsafe.Add(ref vectors, k));
            }
        }

        /// <summary>The lane sums of the float vectors in blocks of eight; returns the vectors done (a multiple of eight).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int SumLanesEight(ref Vector256<float> v, int count, ref float s)
        {
            int k = 0;
            for (; k + 8 <= count; k += 8)
            {
                SumEight(Unsafe.Add(ref v, k), Unsafe.Add(ref v, k + 1), Unsafe.Add(ref v, k + 2), Unsafe.Add(ref v, k + 3),
                    Unsafe.Add(ref v, k + 4), Unsafe.Add(ref v, k + 5), Unsafe.Add(ref v, k + 6), Unsafe.Add(ref v, k + 7)).StoreUnsafe(ref s, (nuint)k);
            }

            return k;
        }

        /// <summary>The lane sums of the double vectors in blocks of four; returns the vectors done (a multiple of four).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int SumLanesFour(ref Vector256<double> v, int count, ref double s)
        {
            int k = 0;
            for (; k + 4 <= count; k += 4)
            {
                SumFour(Unsafe.Add(ref v, k), Unsafe.Add(ref v, k + 1), Unsafe.Add(ref v, k + 2), Unsafe.Add(ref v, k + 3)).StoreUnsafe(ref s, (nuint)k);
            }

            return k;
        }

        /// <summary>
        /// The lane sums of eight float vectors at once: pairwise horizontal adds reduce a block of vectors together
        /// instead of one full reduction per vector.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> SumEight(Vector256<float> v0, Vector256<float> v1, Vector256<float> v2, Vector256<float> v3, Vector256<float> v4, Vector256<float> v5, Vector256<float> v6, Vector256<float> v7)
        {
            Vector256<float> u0 = Avx.HorizontalAdd(Avx.HorizontalAdd(v0, v1), Avx.HorizontalAdd(v2, v3));
            Vector256<float> u1 = Avx.HorizontalAdd(Avx.HorizontalAdd(v4, v5), Avx.HorizontalAdd(v6, v7));
            return Avx.Add(Avx.Permute2x128(u0, u1, 0x20), Avx.Permute2x128(u0, u1, 0x31));
        }

        /// <summary>The lane sums of four double vectors at once, as <see cref="SumEight"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> SumFour(Vector256<double> v0, Vector256<double> v1, Vector256<double> v2, Vector256<double> v3)
        {
            Vector256<double> t0 = Avx.HorizontalAdd(v0, v1);
            Vector256<double> t1 = Avx.HorizontalAdd(v2, v3);
            return Avx.Add(Avx.Permute2x128(t0, t1, 0x20), Avx.Permute2x128(t0, t1, 0x31));
        }
    }
}
