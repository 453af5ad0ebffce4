using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NetGen.Runtime
{
    /// <summary>
    /// The lane activations on 512-bit vectors (16 float or 8 double rows at once), for the wide row-vectorised
    /// training path taken when <see cref="LinearAlgebra.Vector512Lanes"/> is set. Same results as the
    /// Vector&lt;T&gt; overloads: the exp-based ones run the same kernels on each half.
    /// </summary>
    public static partial class VectorActivations
    {
        /// <summary>ReLU on every 512-bit lane: x &lt; 0 ? 0 : x (NaN stays NaN).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Relu<T>(Vector512<T> x) where T : struct, IFloatingPointIeee754<T>
            => Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512<T>.Zero), Vector512<T>.Zero, x);

        /// <summary>ReLU's derivative from its output on every 512-bit lane: 0 where y ≤ 0, else 1.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> ReluDerivativeFromOutput<T>(Vector512<T> y) where T : struct, IFloatingPointIeee754<T>
            => Vector512.ConditionalSelect(Vector512.LessThanOrEqual(y, Vector512<T>.Zero), Vector512<T>.Zero, Vector512<T>.One);

        /// <summary>Sigmoid on every 512-bit lane.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Sigmoid<T>(Vector512<T> x) where T : struct, IFloatingPointIeee754<T> => VectorMath.Sigmoid(x, Simd.Enabled);

        /// <summary>σ' from the output on every 512-bit lane: y(1 − y).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> SigmoidDerivativeFromOutput<T>(Vector512<T> y) where T : struct, IFloatingPointIeee754<T> => y * (Vector512<T>.One - y);

        /// <summary>tanh on every 512-bit lane.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Tanh<T>(Vector512<T> x) where T : struct, IFloatingPointIeee754<T> => VectorMath.Tanh(x, Simd.Enabled);

        /// <summary>tanh' from the output on every 512-bit lane: 1 − y².</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> TanhDerivativeFromOutput<T>(Vector512<T> y) where T : struct, IFloatingPointIeee754<T> => Vector512<T>.One - y * y;

        /// <summary>Softplus on every 512-bit lane.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> Softplus<T>(Vector512<T> x) where T : struct, IFloatingPointIeee754<T> => VectorMath.Softplus(x, Simd.Enabled);

        /// <summary>softplus'(x) on every 512-bit lane: σ(x), and 1 above the threshold.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> SoftplusDerivative<T>(Vector512<T> x) where T : struct, IFloatingPointIeee754<T>
            => VectorMath.SoftplusDerivative(x, Simd.Enabled);
    }
}
