using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// The exp-based activations over one row's units (y[j] = f(z[j]) for a layer of a single row), whole vectors at
    /// a time: per-row code calls one of these per layer instead of one scalar call per unit. The last partial vector
    /// is computed through a zero-padded copy, so every unit gets the same vector formula whatever its position.
    /// z and y may be the same span.
    /// </summary>
    public static partial class VectorActivations
    {
        /// <summary>Sigmoid of every unit.</summary>
        [FloatCopy]
        public static void SigmoidRow<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Row<T, LaneActivations.Sigmoid<T>>(z, y);

        /// <summary>Tanh of every unit.</summary>
        [FloatCopy]
        public static void TanhRow<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Row<T, LaneActivations.Tanh<T>>(z, y);

        /// <summary>Softplus of every unit.</summary>
        [FloatCopy]
        public static void SoftplusRow<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Row<T, LaneActivations.Softplus<T>>(z, y);

        [FloatCopy]
        private static void Row<T, TActivation>(ReadOnlySpan<T> z, Span<T> y)
            where T : struct, IFloatingPointIeee754<T>
            where TActivation : ILaneActivation<T>
        {
            Require(z.Length, y.Length);
            ref T z0 = ref MemoryMarshal.GetReference(z);
            ref T y0 = ref MemoryMarshal.GetReference(y);
            int j = 0;
            for (; j + Vector<T>.Count <= z.Length; j += Vector<T>.Count)
            {
                TActivation.Apply(Vector.LoadUnsafe(ref z0, (nuint)j)).StoreUnsafe(ref y0, (nuint)j);
            }

            if (j < z.Length)
            {
                Vector<T> padded = Vector<T>.Zero;
                Span<T> lanes = MemoryMarshal.CreateSpan(ref Unsafe.As<Vector<T>, T>(ref padded), Vector<T>.Count);
                z.Slice(j).CopyTo(lanes);
                padded = TActivation.Apply(padded);
                lanes.Slice(0, z.Length - j).CopyTo(y.Slice(j));
            }
        }
    }
}
