using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime
{
    /// <summary>
    /// An element-wise activation as a type argument, so a kernel such as <see cref="ShallowNet"/> is compiled once per
    /// activation with the calls inlined. Each member forwards to <see cref="Activations"/> (scalars) or <see cref="VectorActivations"/> (vectors).
    /// </summary>
    /// <typeparam name="T">float or double.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface ILaneActivation<T> where T : struct, IFloatingPointIeee754<T>
    {
        /// <summary>f(z).</summary>
        static abstract T Apply(T z);

        /// <summary>f'(z), from z or y = f(z), whichever the activation's derivative takes.</summary>
        static abstract T Derivative(T z, T y);

        /// <summary>f on every lane.</summary>
        static abstract Vector<T> Apply(Vector<T> z);

        /// <summary>f' on every lane, from z or y = f(z).</summary>
        static abstract Vector<T> Derivative(Vector<T> z, Vector<T> y);

        /// <summary>f on every 512-bit lane (the Vector&lt;T&gt; form's formula, so both widths agree bit for bit).</summary>
        static abstract Vector512<T> Apply(Vector512<T> z);

        /// <summary>f' on every 512-bit lane, from z or y = f(z).</summary>
        static abstract Vector512<T> Derivative(Vector512<T> z, Vector512<T> y);
    }

    /// <summary>The activations that have vector forms, as <see cref="ILaneActivation{T}"/> types.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class LaneActivations
    {
        /// <summary>f(z) = z.</summary>
        [FloatCopy]
        public readonly struct Identity<T> : ILaneActivation<T> where T : struct, IFloatingPointIeee754<T>
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Apply(T z) => z;

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Derivative(T z, T y) => T.One;

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Apply(Vector<T> z) => z;

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Derivative(Vector<T> z, Vector<T> y) => Vector<T>.One;

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Apply(Vector512<T> z) => z;

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Derivative(Vector512<T> z, Vector512<T> y) => Vector512<T>.One;
        }

        /// <summary><see cref="Activations.Relu{T}(T)"/>.</summary>
        [FloatCopy]
        public readonly struct Relu<T> : ILaneActivation<T> where T : struct, IFloatingPointIeee754<T>
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Apply(T z) => Activations.Relu(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Derivative(T z, T y) => Activations.ReluDerivativeFromOutput(y);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Apply(Vector<T> z) => VectorActivations.Relu(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Derivative(Vector<T> z, Vector<T> y) => VectorActivations.ReluDerivativeFromOutput(y);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Apply(Vector512<T> z) => VectorActivations.Relu(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Derivative(Vector512<T> z, Vector512<T> y) => VectorActivations.ReluDerivativeFromOutput(y);
        }

        /// <summary><see cref="Activations.Sigmoid{T}(T)"/>.</summary>
        [FloatCopy]
        public readonly struct Sigmoid<T> : ILaneActivation<T> where T : struct, IFloatingPointIeee754<T>
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Apply(T z) => Activations.Sigmoid(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Derivative(T z, T y) => Activations.SigmoidDerivativeFromOutput(y);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Apply(Vector<T> z) => VectorActivations.Sigmoid(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Derivative(Vector<T> z, Vector<T> y) => VectorActivations.SigmoidDerivativeFromOutput(y);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Apply(Vector512<T> z) => VectorActivations.Sigmoid(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Derivative(Vector512<T> z, Vector512<T> y) => VectorActivations.SigmoidDerivativeFromOutput(y);
        }

        /// <summary><see cref="Activations.Tanh{T}(T)"/>.</summary>
        [FloatCopy]
        public readonly struct Tanh<T> : ILaneActivation<T> where T : struct, IFloatingPointIeee754<T>
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Apply(T z) => Activations.Tanh(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Derivative(T z, T y) => Activations.TanhDerivativeFromOutput(y);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Apply(Vector<T> z) => VectorActivations.Tanh(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Derivative(Vector<T> z, Vector<T> y) => VectorActivations.TanhDerivativeFromOutput(y);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Apply(Vector512<T> z) => VectorActivations.Tanh(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Derivative(Vector512<T> z, Vector512<T> y) => VectorActivations.TanhDerivativeFromOutput(y);
        }

        /// <summary><see cref="Activations.Softplus{T}(T)"/>.</summary>
        [FloatCopy]
        public readonly struct Softplus<T> : ILaneActivation<T> where T : struct, IFloatingPointIeee754<T>
        {
            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Apply(T z) => Activations.Softplus(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static T Derivative(T z, T y) => Activations.SoftplusDerivative(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Apply(Vector<T> z) => VectorActivations.Softplus(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector<T> Derivative(Vector<T> z, Vector<T> y) => VectorActivations.SoftplusDerivative(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Apply(Vector512<T> z) => VectorActivations.Softplus(z);

            /// <inheritdoc/>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static Vector512<T> Derivative(Vector512<T> z, Vector512<T> y) => VectorActivations.SoftplusDerivative(z);
        }
    }
}
