using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    /// <summary>Vectorised span kernels used by the generated code for layers too large to unroll.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class LinearAlgebra
    {
        /// <summary>Σ a_i·b_i.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : struct, IFloatingPointIeee754<T>
            => Dot(a, b, Simd.Enabled);

        /// <summary>
        /// Copies <paramref name="columns"/> columns of <paramref name="rows"/> rows: from <paramref name="source"/> (rows
        /// <paramref name="sourceStride"/> apart, from column <paramref name="sourceColumn"/>) to
        /// <paramref name="destination"/> (rows <paramref name="destinationStride"/> apart, from column
        /// <paramref name="destinationColumn"/>). A layer split into parts packs and unpacks its units' columns with it.
        /// </summary>
        [FloatCopy]
        public static void CopyColumns<T>(ReadOnlySpan<T> source, int sourceStride, int sourceColumn, Span<T> destination, int destinationStride, int destinationColumn, int rows, int columns)
            where T : struct, IFloatingPointIeee754<T>
        {
            for (int r = 0; r < rows; r++)
            {
                source.Slice(r * sourceStride + sourceColumn, columns).CopyTo(destination.Slice(r * destinationStride + destinationColumn, columns));
            }
        }

        /// <summary>y ← y + alpha·x.</summary>
        [FloatCopy]
        public static void Axpy<T>(T alpha, ReadOnlySpan<T> x, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Axpy(alpha, x, y, Simd.Enabled);

        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            Require(b.Length, a.Length, nameof(b));

#if NET8_0_OR_GREATER
            int vectorEnd = simd && Vector.IsHardwareAccelerated ? a.Length - a.Length % Vector<T>.Count : 0;
#else
            int vectorEnd = 0;
#endif
            return DotRef(ref MemoryMarshal.GetReference(a), ref MemoryMarshal.GetReference(b), a.Length, vectorEnd);
        }

        [FloatCopy]
        internal static void Axpy<T>(T alpha, ReadOnlySpan<T> x, Span<T> y, bool simd) where T : struct, IFloatingPointIeee754<T>
        {
            if (x.Length != y.Length)
            {
                throw new ArgumentException($"Expected {x.Length} values but got {y.Length}.", nameof(y));
            }

            ref T x0 = ref MemoryMarshal.GetReference(x);
            ref T y0 = ref MemoryMarshal.GetReference(y);
            int i = 0;
#if NET8_0_OR_GREATER
            if (simd && Vector.IsHardwareAccelerated)
            {
                var va = new Vector<T>(alpha);
                for (; i + Vector<T>.Count <= x.Length; i += Vector<T>.Count)
                {
                    Simd.MulAdd(va, Vector.LoadUnsafe(ref x0, (nuint)i), Vector.LoadUnsafe(ref y0, (nuint)i)).StoreUnsafe(ref y0, (nuint)i);
                }
            }
#endif

            for (; i < x.Length; i++)
            {
                Unsafe.Add(ref y0, i) += alpha * Unsafe.Add(ref x0, i);
            }
        }
    }
}
