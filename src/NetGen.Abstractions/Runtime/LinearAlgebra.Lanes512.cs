using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace NetGen.Runtime
{
    /// <summary>The 512-bit lane helpers of the wide row-vectorised training path.</summary>
    public static partial class LinearAlgebra
    {
        /// <summary>
        /// Whether generated code should train on 512-bit lanes: Vector512 runs natively, SIMD is on and neither
        /// <c>NETGEN_DISABLE_SIMD=1</c> nor <c>NETGEN_DISABLE_VECTOR512=1</c> is set. Read once; the JIT folds it.
        /// </summary>
        public static bool Vector512Lanes
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Simd.Vector512Enabled;
        }

        /// <summary>sums[k] = the sum of the lanes of vectors[k].</summary>
        [FloatCopy]
        public static void SumLanes<T>(ReadOnlySpan<Vector512<T>> vectors, Span<T> sums) where T : struct, IFloatingPointIeee754<T>
            => SumLanes(vectors, sums, Simd.Enabled);

        [FloatCopy]
        internal static void SumLanes<T>(ReadOnlySpan<Vector512<T>> vectors, Span<T> sums, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            Require(sums.Length, vectors.Length, nameof(sums));
            int k = 0;
            if (simd && Avx.IsSupported)
            {
                // Each vector's two halves are added first (one extract and one add), then blocks of the 256-bit
                // partial sums go through the same horizontal-add trees as the Vector<T> overload.
                if (typeof(T) == typeof(float))
                {
                    var v = MemoryMarshal.Cast<Vector512<T>, Vector512<float>>(vectors);
                    ref float s = ref Unsafe.As<T, float>(ref MemoryMarshal.GetReference(sums));
                    for (; k + 8 <= v.Length; k += 8)
                    {
                        SumEight(Fold(v[k]), Fold(v[k + 1]), Fold(v[k + 2]), Fold(v[k + 3]), Fold(v[k + 4]), Fold(v[k + 5]), Fold(v[k + 6]), Fold(v[k + 7]))
                            .StoreUnsafe(ref s, (nuint)k);
                    }
                }
                else if (typeof(T) == typeof(double))
                {
                    var v = MemoryMarshal.Cast<Vector512<T>, Vector512<double>>(vectors);
                    ref double s = ref Unsafe.As<T, double>(ref MemoryMarshal.GetReference(sums));
                    for (; k + 4 <= v.Length; k += 4)
                    {
                        SumFour(Fold(v[k]), Fold(v[k + 1]), Fold(v[k + 2]), Fold(v[k + 3])).StoreUnsafe(ref s, (nuint)k);
                    }
                }
            }

            for (; k < vectors.Length; k++)
            {
                sums[k] = Vector512.Sum(vectors[k]);
            }
        }

        /// <summary>The lower half plus the upper half: the same lane sums in a 256-bit vector.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<T> Fold<T>(Vector512<T> v) where T : struct => v.GetLower() + v.GetUpper();
    }
}
