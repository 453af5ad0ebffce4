using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>Horizontal sums of many vectors, for code that accumulates one row per lane.</summary>
    public static partial class LinearAlgebra
    {
        /// <summary>sums[k] = the sum of the lanes of vectors[k].</summary>
        public static void SumLanes<T>(ReadOnlySpan<Vector<T>> vectors, Span<T> sums) where T : struct, IFloatingPointIeee754<T>
            => SumLanes(vectors, sums, Simd.Enabled);

        internal static void SumLanes<T>(ReadOnlySpan<Vector<T>> vectors, Span<T> sums, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            Require(sums.Length, vectors.Length, nameof(sums));
            int k = 0;
            if (simd && Avx.IsSupported && Vector<T>.Count * Unsafe.SizeOf<T>() == 32)
            {
                // Pairwise horizontal adds reduce a block of vectors at once (8 floats or 4 doubles per block)
                // instead of one full reduction per vector.
                if (typeof(T) == typeof(float))
                {
                    var v = MemoryMarshal.Cast<Vector<T>, Vector256<float>>(vectors);
                    ref float s = ref Unsafe.As<T, float>(ref MemoryMarshal.GetReference(sums));
                    for (; k + 8 <= v.Length; k += 8)
                    {
                        SumEight(v[k], v[k + 1], v[k + 2], v[k + 3], v[k + 4], v[k + 5], v[k + 6], v[k + 7]).StoreUnsafe(ref s, (nuint)k);
                    }
                }
                else if (typeof(T) == typeof(double))
                {
                    var v = MemoryMarshal.Cast<Vector<T>, Vector256<double>>(vectors);
                    ref double s = ref Unsafe.As<T, double>(ref MemoryMarshal.GetReference(sums));
                    for (; k + 4 <= v.Length; k += 4)
                    {
                        SumFour(v[k], v[k + 1], v[k + 2], v[k + 3]).StoreUnsafe(ref s, (nuint)k);
                    }
                }
            }

            for (; k < vectors.Length; k++)
            {
                sums[k] = Vector.Sum(vectors[k]);
            }
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
