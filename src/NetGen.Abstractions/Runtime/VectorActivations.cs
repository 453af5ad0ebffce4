using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen.Runtime
{
    /// <summary>
    /// The activations on vectors of rows (one row per lane), for the generated row-vectorised code. Each form gives
    /// the results of its scalar formula in <see cref="Activations"/>, the public home of the formulas.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class VectorActivations
    {
        /// <summary>ReLU on every lane: the same x &lt; 0 ? 0 : x (NaN stays NaN), for code that runs several rows at once.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Relu<T>(Vector<T> x) where T : struct, IFloatingPointIeee754<T>
            => Vector.ConditionalSelect(Vector.LessThan(x, Vector<T>.Zero), Vector<T>.Zero, x);

        /// <summary>ReLU's derivative from its output on every lane: 0 where y ≤ 0, else 1.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> ReluDerivativeFromOutput<T>(Vector<T> y) where T : struct, IFloatingPointIeee754<T>
            => Vector.ConditionalSelect(Vector.LessThanOrEqual(y, Vector<T>.Zero), Vector<T>.Zero, Vector<T>.One);

        /// <summary>Sigmoid on every lane (float lanes vectorised, within a few ulps of the scalar form).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Sigmoid<T>(Vector<T> x) where T : struct, IFloatingPointIeee754<T> => VectorMath.Sigmoid(x, Simd.Enabled);

        /// <summary>σ' from the output on every lane: y(1 − y).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> SigmoidDerivativeFromOutput<T>(Vector<T> y) where T : struct, IFloatingPointIeee754<T> => y * (Vector<T>.One - y);

        /// <summary>tanh on every lane (float lanes vectorised, within a few ulps of the scalar form).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Tanh<T>(Vector<T> x) where T : struct, IFloatingPointIeee754<T> => VectorMath.Tanh(x, Simd.Enabled);

        /// <summary>tanh' from the output on every lane: 1 − y².</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> TanhDerivativeFromOutput<T>(Vector<T> y) where T : struct, IFloatingPointIeee754<T> => Vector<T>.One - y * y;

        /// <summary>Softplus on every lane (float lanes vectorised, within a few ulps of the scalar form).</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> Softplus<T>(Vector<T> x) where T : struct, IFloatingPointIeee754<T> => VectorMath.Softplus(x, Simd.Enabled);

        /// <summary>softplus'(x) on every lane: σ(x), and 1 above the threshold.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> SoftplusDerivative<T>(Vector<T> x) where T : struct, IFloatingPointIeee754<T>
            => VectorMath.SoftplusDerivative(x, Simd.Enabled);
    }
}
