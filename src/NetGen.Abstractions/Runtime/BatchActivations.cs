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
    /// the scalar formulas of <see cref="Activations"/> for the last few values. The 512-bit forms give the
    /// Vector&lt;T&gt; forms' results, so both widths agree bit for bit; vector and scalar forms of the exp-based
    /// activations agree within a few float ulps. z and y may be the same span, but must not overlap otherwise.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class BatchActivations
    {
        /// <summary>y = ReLU(z), element by element.</summary>
        public static void Relu<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<ReluForm, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= ReLU'(from the output y).</summary>
        public static void ReluBackward<T>(ReadOnlySpan<T> y, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<ReluForm, T>(y, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y = σ(z), element by element.</summary>
        public static void Sigmoid<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<SigmoidForm, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= σ'(from the output y) = y(1 − y).</summary>
        public static void SigmoidBackward<T>(ReadOnlySpan<T> y, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<SigmoidForm, T>(y, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y = tanh(z), element by element.</summary>
        public static void Tanh<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<TanhForm, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= tanh'(from the output y) = 1 − y².</summary>
        public static void TanhBackward<T>(ReadOnlySpan<T> y, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<TanhForm, T>(y, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y = softplus(z), element by element.</summary>
        public static void Softplus<T>(ReadOnlySpan<T> z, Span<T> y) where T : struct, IFloatingPointIeee754<T>
            => Apply<SoftplusForm, T>(z, y, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>dz *= softplus'(from the pre-activation z).</summary>
        public static void SoftplusBackward<T>(ReadOnlySpan<T> z, Span<T> dz) where T : struct, IFloatingPointIeee754<T>
            => Backward<SoftplusForm, T>(z, dz, Simd.Enabled, Simd.Vector512Enabled);

        /// <summary>y[k] = f(z[k]); <paramref name="wide"/> adds the 512-bit loop (emulated where the hardware lacks it).</summary>
        internal static void Apply<TForm, T>(ReadOnlySpan<T> z, Span<T> y, bool simd, bool wide)
            where TForm : struct, IForm
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
                    for (; k + Vector512<T>.Count <= z.Length; k += Vector512<T>.Count)
                    {
                        default(TForm).Apply(Vector512.LoadUnsafe(ref z0, (nuint)k)).StoreUnsafe(ref y0, (nuint)k);
                    }
                }

                for (; k + Vector<T>.Count <= z.Length; k += Vector<T>.Count)
                {
                    default(TForm).Apply(Vector.LoadUnsafe(ref z0, (nuint)k)).StoreUnsafe(ref y0, (nuint)k);
                }
            }

            for (; k < z.Length; k++)
            {
                Unsafe.Add(ref y0, k) = default(TForm).Apply(Unsafe.Add(ref z0, k));
            }
        }

        /// <summary>dz[k] *= f'(from[k]), from being y or z as the form's derivative takes.</summary>
        internal static void Backward<TForm, T>(ReadOnlySpan<T> from, Span<T> dz, bool simd, bool wide)
            where TForm : struct, IForm
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
                    for (; k + Vector512<T>.Count <= dz.Length; k += Vector512<T>.Count)
                    {
                        (Vector512.LoadUnsafe(ref d0, (nuint)k) * default(TForm).Derivative(Vector512.LoadUnsafe(ref f0, (nuint)k))).StoreUnsafe(ref d0, (nuint)k);
                    }
                }

                for (; k + Vector<T>.Count <= dz.Length; k += Vector<T>.Count)
                {
                    (Vector.LoadUnsafe(ref d0, (nuint)k) * default(TForm).Derivative(Vector.LoadUnsafe(ref f0, (nuint)k))).StoreUnsafe(ref d0, (nuint)k);
                }
            }

            for (; k < dz.Length; k++)
            {
                Unsafe.Add(ref d0, k) *= default(TForm).Derivative(Unsafe.Add(ref f0, k));
            }
        }

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

        /// <summary>An activation's value and derivative in scalar, Vector&lt;T&gt; and 512-bit forms (empty structs, so calls inline).</summary>
        internal interface IForm
        {
            T Apply<T>(T z) where T : struct, IFloatingPointIeee754<T>;

            Vector<T> Apply<T>(Vector<T> z) where T : struct, IFloatingPointIeee754<T>;

            Vector512<T> Apply<T>(Vector512<T> z) where T : struct, IFloatingPointIeee754<T>;

            /// <summary>f' from the output, or from the input where the activation's derivative takes it.</summary>
            T Derivative<T>(T from) where T : struct, IFloatingPointIeee754<T>;

            Vector<T> Derivative<T>(Vector<T> from) where T : struct, IFloatingPointIeee754<T>;

            Vector512<T> Derivative<T>(Vector512<T> from) where T : struct, IFloatingPointIeee754<T>;
        }

        internal readonly struct ReluForm : IForm
        {
            public T Apply<T>(T z) where T : struct, IFloatingPointIeee754<T> => Activations.Relu(z);

            public Vector<T> Apply<T>(Vector<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Relu(z);

            public Vector512<T> Apply<T>(Vector512<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Relu(z);

            public T Derivative<T>(T from) where T : struct, IFloatingPointIeee754<T> => Activations.ReluDerivativeFromOutput(from);

            public Vector<T> Derivative<T>(Vector<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.ReluDerivativeFromOutput(from);

            public Vector512<T> Derivative<T>(Vector512<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.ReluDerivativeFromOutput(from);
        }

        internal readonly struct SigmoidForm : IForm
        {
            public T Apply<T>(T z) where T : struct, IFloatingPointIeee754<T> => Activations.Sigmoid(z);

            public Vector<T> Apply<T>(Vector<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Sigmoid(z);

            public Vector512<T> Apply<T>(Vector512<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Sigmoid(z);

            public T Derivative<T>(T from) where T : struct, IFloatingPointIeee754<T> => Activations.SigmoidDerivativeFromOutput(from);

            public Vector<T> Derivative<T>(Vector<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.SigmoidDerivativeFromOutput(from);

            public Vector512<T> Derivative<T>(Vector512<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.SigmoidDerivativeFromOutput(from);
        }

        internal readonly struct TanhForm : IForm
        {
            public T Apply<T>(T z) where T : struct, IFloatingPointIeee754<T> => Activations.Tanh(z);

            public Vector<T> Apply<T>(Vector<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Tanh(z);

            public Vector512<T> Apply<T>(Vector512<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Tanh(z);

            public T Derivative<T>(T from) where T : struct, IFloatingPointIeee754<T> => Activations.TanhDerivativeFromOutput(from);

            public Vector<T> Derivative<T>(Vector<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.TanhDerivativeFromOutput(from);

            public Vector512<T> Derivative<T>(Vector512<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.TanhDerivativeFromOutput(from);
        }

        internal readonly struct SoftplusForm : IForm
        {
            public T Apply<T>(T z) where T : struct, IFloatingPointIeee754<T> => Activations.Softplus(z);

            public Vector<T> Apply<T>(Vector<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Softplus(z);

            public Vector512<T> Apply<T>(Vector512<T> z) where T : struct, IFloatingPointIeee754<T> => VectorActivations.Softplus(z);

            public T Derivative<T>(T from) where T : struct, IFloatingPointIeee754<T> => Activations.SoftplusDerivative(from);

            public Vector<T> Derivative<T>(Vector<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.SoftplusDerivative(from);

            public Vector512<T> Derivative<T>(Vector512<T> from) where T : struct, IFloatingPointIeee754<T> => VectorActivations.SoftplusDerivative(from);
        }
    }
}
