using System;
using System.Numerics;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime
{
    /// <summary>
    /// The exp-based lane activations over a whole layer of vectors at once (y[j] = f(z[j])). Row-vectorised training
    /// holds dozens of vectors in registers, and every call spills them all; one call per layer instead of one per unit
    /// spills them once. z and y may be the same span.
    /// </summary>
    public static partial class VectorActivations
    {
        /// <summary>Sigmoid of every vector.</summary>
        [FloatCopy]
        public static void Sigmoid<T>(ReadOnlySpan<Vector<T>> z, Span<Vector<T>> y) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = Sigmoid(z[j]);
            }
        }

        /// <summary>Tanh of every vector.</summary>
        [FloatCopy]
        public static void Tanh<T>(ReadOnlySpan<Vector<T>> z, Span<Vector<T>> y) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = Tanh(z[j]);
            }
        }

        /// <summary>Softplus of every vector.</summary>
        [FloatCopy]
        public static void Softplus<T>(ReadOnlySpan<Vector<T>> z, Span<Vector<T>> y) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = Softplus(z[j]);
            }
        }

        /// <summary>Softplus of every vector, and its derivative from the same exponential.</summary>
        [FloatCopy]
        public static void SoftplusWithDerivative<T>(ReadOnlySpan<Vector<T>> z, Span<Vector<T>> y, Span<Vector<T>> derivative) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            Require(z.Length, derivative.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = VectorMath.SoftplusWithDerivative(z[j], Simd.Enabled, out derivative[j]);
            }
        }

        /// <summary>Softplus of every 512-bit vector, and its derivative from the same exponential.</summary>
        [FloatCopy]
        public static void SoftplusWithDerivative<T>(ReadOnlySpan<Vector512<T>> z, Span<Vector512<T>> y, Span<Vector512<T>> derivative) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            Require(z.Length, derivative.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = VectorMath.SoftplusWithDerivative(z[j], Simd.Enabled, out derivative[j]);
            }
        }

        /// <summary>Sigmoid of every 512-bit vector.</summary>
        [FloatCopy]
        public static void Sigmoid<T>(ReadOnlySpan<Vector512<T>> z, Span<Vector512<T>> y) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = Sigmoid(z[j]);
            }
        }

        /// <summary>Tanh of every 512-bit vector.</summary>
        [FloatCopy]
        public static void Tanh<T>(ReadOnlySpan<Vector512<T>> z, Span<Vector512<T>> y) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = Tanh(z[j]);
            }
        }

        /// <summary>Softplus of every 512-bit vector.</summary>
        [FloatCopy]
        public static void Softplus<T>(ReadOnlySpan<Vector512<T>> z, Span<Vector512<T>> y) where T : struct, IFloatingPointIeee754<T>
        {
            Require(z.Length, y.Length);
            for (int j = 0; j < z.Length; j++)
            {
                y[j] = Softplus(z[j]);
            }
        }

        private static void Require(int inputs, int outputs)
        {
            if (inputs != outputs)
            {
                throw new ArgumentException($"Expected {inputs} output vectors, one per input, but got {outputs}.", "y");
            }
        }
    }
}
