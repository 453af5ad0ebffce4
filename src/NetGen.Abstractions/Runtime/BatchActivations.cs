using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime
{
    /// <summary>
    /// The activations with vector forms (<see cref="VectorActivations"/>) over a whole batch-major layer, for the
    /// generated batch-major code: 512-bit vectors where <see cref="Simd.Vector512Enabled"/>, then Vector&lt;T&gt;, then
    /// the scalar formulas of <see cref="Activations"/> without SIMD. The 512-bit forms give the Vector&lt;T&gt; forms'
    /// results, so both widths agree bit for bit, and the forward's last few values go through a zero-padded vector,
    /// so a value's result never depends on its place in the span; vector and scalar forms of the exp-based activations
    /// agree within a few float ulps. z and y may be the same span, but must not overlap otherwise.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class BatchActivations
    {
        /// <summary>y = ReLU(z), element by element.</summary>
        [FloatCopy]
        public static void Relu<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<LaneActivations.Relu<T>, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= ReLU'(from the output y).</summary>
        [FloatCopy]
        public static void ReluBackward<T>(ReadOnlySpan<T> y, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<LaneActivations.Relu<T>, T>(y, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y = σ(z), element by element.</summary>
        [FloatCopy]
        public static void Sigmoid<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<LaneActivations.Sigmoid<T>, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= σ'(from the output y) = y(1 − y).</summary>
        [FloatCopy]
        public static void SigmoidBackward<T>(ReadOnlySpan<T> y, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<LaneActivations.Sigmoid<T>, T>(y, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y = tanh(z), element by element.</summary>
        [FloatCopy]
        public static void Tanh<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<LaneActivations.Tanh<T>, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= tanh'(from the output y) = 1 − y².</summary>
        [FloatCopy]
        public static void TanhBackward<T>(ReadOnlySpan<T> y, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<LaneActivations.Tanh<T>, T>(y, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y = softplus(z), element by element.</summary>
        [FloatCopy]
        public static void Softplus<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<LaneActivations.Softplus<T>, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= softplus'(from the pre-activation z).</summary>
        [FloatCopy]
        public static void SoftplusBackward<T>(ReadOnlySpan<T> z, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<LaneActivations.Softplus<T>, T>(z, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y[k] = f(z[k]); <paramref name="wide"/> adds the 512-bit loop (emulated where the hardware lacks it).</summary>
        [FloatCopy]
        internal static void Apply<TActivation, T>(ReadOnlySpan<T> z, Span<T> y, bool simd, bool wide)
            where TActivation : ILaneActivation<T>
            where T : struct, IFloatingPointIeee754<T>
        {
            RequirePair(z, y, nameof(y));
            ref T z0 = ref MemoryMarshal.GetReference(z);
            ref T y0 = ref MemoryMarshal.GetReference(y);
            int k = 0;
            if (simd)
            {
                if (wide)
                {
                    k = Apply512<TActivation, T>(ref z0, ref y0, z.Length);
                }

                for (; k + Vector<T>.Count <= z.Length; k += Vector<T>.Count)
                {
                    TActivation.Apply(Vector.LoadUnsafe(ref z0, (nuint)k)).StoreUnsafe(ref y0, (nuint)k);
                }

                if (k < z.Length)
                {
                    // The last few values through the vector form too (zero-padded): a value's result must not depend
                    // on where it falls in the span, as a row's outputs depend on its values only (PredictBatch).
                    Vector<T> tail = Vector<T>.Zero;
                    ref T lanes = ref Unsafe.As<Vector<T>, T>(ref tail);
                    int count = z.Length - k;
                    for (int i = 0; i < count; i++)
                    {
                        Unsafe.Add(ref lanes, i) = Unsafe.Add(ref z0, k + i);
                    }

                    tail = TActivation.Apply(tail);
                    for (int i = 0; i < count; i++)
                    {
                        Unsafe.Add(ref y0, k + i) = Unsafe.Add(ref lanes, i);
                    }

                    return;
                }
            }

            for (; k < z.Length; k++)
            {
                Unsafe.Add(ref y0, k) = TActivation.Apply(Unsafe.Add(ref z0, k));
            }
        }

        /// <summary>
        /// dz[k] *= f'(from[k]), from being what the activation's derivative reads (y, or z for Softplus): it is passed
        /// as both arguments of <see cref="ILaneActivation{T}"/>'s Derivative(z, y), which reads only one of them.
        /// </summary>
        [FloatCopy]
        internal static void Backward<TActivation, T>(ReadOnlySpan<T> from, Span<T> dz, bool simd, bool wide)
            where TActivation : ILaneActivation<T>
            where T : struct, IFloatingPointIeee754<T>
        {
            RequirePair(from, dz, nameof(dz));
            ref T f0 = ref MemoryMarshal.GetReference(from);
            ref T d0 = ref MemoryMarshal.GetReference(dz);
            int k = 0;
            if (simd)
            {
                if (wide)
                {
                    k = Backward512<TActivation, T>(ref f0, ref d0, dz.Length);
                }

                for (; k + Vector<T>.Count <= dz.Length; k += Vector<T>.Count)
                {
                    Vector<T> f = Vector.LoadUnsafe(ref f0, (nuint)k);
                    (Vector.LoadUnsafe(ref d0, (nuint)k) * TActivation.Derivative(f, f)).StoreUnsafe(ref d0, (nuint)k);
                }
            }

            for (; k < dz.Length; k++)
            {
                T f = Unsafe.Add(ref f0, k);
                Unsafe.Add(ref d0, k) *= TActivation.Derivative(f, f);
            }
        }

        /// <summary>
        /// Apply's 512-bit loop over the whole vectors; returns where it stopped. A method of its own, never inlined:
        /// crossgen2 (x86-64-v3) refuses any method that touches Vector512, and Apply is then precompiled without it.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Apply512<TActivation, T>(ref T z0, ref T y0, int length)
            where TActivation : ILaneActivation<T>
            where T : struct, IFloatingPointIeee754<T>
        {
            int k = 0;
            for (; k + Vector512<T>.Count <= length; k += Vector512<T>.Count)
            {
                TActivation.Apply(Vector512.LoadUnsafe(ref z0, (nuint)k)).StoreUnsafe(ref y0, (nuint)k);
            }

            return k;
        }

        /// <summary>Backward's 512-bit loop, apart for the reason of <see cref="Apply512{TActivation, T}"/>.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static int Backward512<TActivation, T>(ref T f0, ref T d0, int length)
            where TActivation : ILaneActivation<T>
            where T : struct, IFloatingPointIeee754<T>
        {
            int k = 0;
            for (; k + Vector512<T>.Count <= length; k += Vector512<T>.Count)
            {
                Vector512<T> f = Vector512.LoadUnsafe(ref f0, (nuint)k);
                (Vector512.LoadUnsafe(ref d0, (nuint)k) * TActivation.Derivative(f, f)).StoreUnsafe(ref d0, (nuint)k);
            }

            return k;
        }

        [FloatCopy]
        private static void RequirePair<T>(ReadOnlySpan<T> input, ReadOnlySpan<T> output, string name)
        {
            if (input.Length != output.Length)
            {
                throw new ArgumentException($"Expected {input.Length} values, one per input, but got {output.Length}.", name);
            }

            if (input.Overlaps(output, out int offset) && offset != 0)
            {
                throw new ArgumentException("The output must be the input itself or not overlap it.", name);
            }
        }
    }
}
