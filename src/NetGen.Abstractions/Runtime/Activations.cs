using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace NetGen
{
    /// <summary>
    /// Every activation and its derivative, in PyTorch's conventions. The generated forward and backward code
    /// calls these methods (the JIT inlines them), so each formula is written exactly once, here.
    /// </summary>
    /// <remarks>
    /// Derivatives named <c>…DerivativeFromOutput</c> take the activation's output y rather than its input x;
    /// the generated backward pass uses them where they are cheaper. The plain <c>…Derivative</c> always takes x.
    /// </remarks>
    public static partial class Activations
    {
        /// <summary>SELU's alpha, as torch.nn.SELU.</summary>
        public const double SeluAlpha = 1.6732632423543772848170429916717;
        /// <summary>SELU's scale, as torch.nn.SELU.</summary>
        public const double SeluScale = 1.0507009873554804934193349852946;
        /// <summary>Softplus switches to the identity above this input, as torch.nn.Softplus(threshold=20).</summary>
        public const double SoftplusThreshold = 20.0;
        private const double GeluCoefficient = 0.044715;
        private const double SqrtTwoOverPi = 0.79788456080286535587989211986876;

        /// <summary>f(x) = x.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Identity<T>(T x) where T : IFloatingPointIeee754<T> => x;

        /// <summary>f'(x) = 1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T IdentityDerivative<T>(T x) where T : IFloatingPointIeee754<T> => T.One;

        // NaN, as in PyTorch: the ReLU family tests "x < 0" or "x <= 0", false for NaN, so a NaN input flows
        // through (relu(NaN) = NaN) and its backward passes the gradient on, as PyTorch's threshold_backward does.

        /// <summary>max(0, x); NaN stays NaN, as torch.relu.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Relu<T>(T x) where T : IFloatingPointIeee754<T> => x < T.Zero ? T.Zero : x;

        /// <summary>0 for x ≤ 0, else 1 (ReLU'(0) = 0 and ReLU'(NaN) = 1, as PyTorch's backward).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T ReluDerivative<T>(T x) where T : IFloatingPointIeee754<T> => x <= T.Zero ? T.Zero : T.One;

        /// <summary>ReLU's derivative from its output: y &gt; 0 exactly when x &gt; 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T ReluDerivativeFromOutput<T>(T y) where T : IFloatingPointIeee754<T> => ReluDerivative(y);

        /// <summary>x for x &gt; 0, alpha·x otherwise.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T LeakyRelu<T>(T x, T alpha) where T : IFloatingPointIeee754<T> => x > T.Zero ? x : alpha * x;

        /// <summary>1 for x &gt; 0, alpha otherwise.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T LeakyReluDerivative<T>(T x, T alpha) where T : IFloatingPointIeee754<T> => x > T.Zero ? T.One : alpha;

        /// <summary>min(max(0, x), 6); NaN stays NaN, as torch's hardtanh.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Relu6<T>(T x) where T : IFloatingPointIeee754<T>
        {
            T six = T.CreateTruncating(6);
            return x < T.Zero ? T.Zero : x > six ? six : x;
        }

        /// <summary>0 for x ≤ 0 or x ≥ 6, else 1 (PyTorch's hardtanh backward, which passes NaN's gradient on).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Relu6Derivative<T>(T x) where T : IFloatingPointIeee754<T>
            => x <= T.Zero || x >= T.CreateTruncating(6) ? T.Zero : T.One;

        /// <summary>Relu6's derivative from its output: 0 &lt; y &lt; 6 exactly when 0 &lt; x &lt; 6.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Relu6DerivativeFromOutput<T>(T y) where T : IFloatingPointIeee754<T> => Relu6Derivative(y);

        /// <summary>1 / (1 + e^−x), computed without overflow for large |x|.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Sigmoid<T>(T x) where T : IFloatingPointIeee754<T>
        {
            if (x >= T.Zero)
            {
                return T.One / (T.One + T.Exp(-x));
            }

            T e = T.Exp(x);
            return e / (T.One + e);
        }

        /// <summary>σ'(x) = σ(x)(1 − σ(x)).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T SigmoidDerivative<T>(T x) where T : IFloatingPointIeee754<T> => SigmoidDerivativeFromOutput(Sigmoid(x));

        /// <summary>σ' from the output y: y(1 − y).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T SigmoidDerivativeFromOutput<T>(T y) where T : IFloatingPointIeee754<T> => y * (T.One - y);

        /// <summary>The hyperbolic tangent.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Tanh<T>(T x) where T : IFloatingPointIeee754<T> => T.Tanh(x);

        /// <summary>tanh'(x) = 1 − tanh²(x).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T TanhDerivative<T>(T x) where T : IFloatingPointIeee754<T> => TanhDerivativeFromOutput(Tanh(x));

        /// <summary>tanh' from the output y: 1 − y².</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T TanhDerivativeFromOutput<T>(T y) where T : IFloatingPointIeee754<T> => T.One - y * y;

        /// <summary>log(1 + e^x), and x itself above the threshold 20 (torch.nn.Softplus).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Softplus<T>(T x) where T : IFloatingPointIeee754<T>
            => x > T.CreateTruncating(SoftplusThreshold) ? x : Log1P(T.Exp(x));

        /// <summary>softplus'(x) = σ(x), and 1 above the threshold.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T SoftplusDerivative<T>(T x) where T : IFloatingPointIeee754<T>
            => x > T.CreateTruncating(SoftplusThreshold) ? T.One : Sigmoid(x);

        /// <summary>x for x &gt; 0, alpha·(e^x − 1) otherwise.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Elu<T>(T x, T alpha) where T : IFloatingPointIeee754<T> => x > T.Zero ? x : alpha * T.ExpM1(x);

        /// <summary>alpha·e^x for x ≤ 0, else 1 (1 for NaN too, as PyTorch's elu_backward).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T EluDerivative<T>(T x, T alpha) where T : IFloatingPointIeee754<T> => x <= T.Zero ? alpha * T.Exp(x) : T.One;

        /// <summary>scale·Elu(x, alpha) with SELU's fixed constants.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Selu<T>(T x) where T : IFloatingPointIeee754<T>
            => T.CreateTruncating(SeluScale) * Elu(x, T.CreateTruncating(SeluAlpha));

        /// <summary>scale·Elu'(x, alpha).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T SeluDerivative<T>(T x) where T : IFloatingPointIeee754<T>
            => T.CreateTruncating(SeluScale) * EluDerivative(x, T.CreateTruncating(SeluAlpha));

        /// <summary>GELU, tanh approximation: 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³))), PyTorch's <c>approximate='tanh'</c>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T GeluTanh<T>(T x) where T : IFloatingPointIeee754<T>
        {
            T half = T.CreateTruncating(0.5);
            return half * x * (T.One + T.Tanh(GeluInner(x)));
        }

        /// <summary>The derivative of <see cref="GeluTanh{T}(T)"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T GeluTanhDerivative<T>(T x) where T : IFloatingPointIeee754<T>
        {
            T half = T.CreateTruncating(0.5);
            T t = T.Tanh(GeluInner(x));
            T innerDerivative = T.CreateTruncating(SqrtTwoOverPi) * (T.One + T.CreateTruncating(3 * GeluCoefficient) * x * x);
            return half * (T.One + t) + half * x * (T.One - t * t) * innerDerivative;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static T GeluInner<T>(T x) where T : IFloatingPointIeee754<T>
            => T.CreateTruncating(SqrtTwoOverPi) * (x + T.CreateTruncating(GeluCoefficient) * x * x * x);

        /// <summary>
        /// GELU, exact form (torch.nn.GELU(), approximate='none'): x·Φ(x) = 0.5·x·(1 + erf(x/√2)), computed in double
        /// as 0.5·x·erfc(−x/√2), which keeps its digits for negative x where 1 + erf cancels.
        /// </summary>
        public static T Gelu<T>(T x) where T : IFloatingPointIeee754<T>
        {
            double value = double.CreateTruncating(x);
            return T.CreateTruncating(0.5 * value * global::NetGen.Runtime.SpecialFunctions.Erfc(-value * SqrtHalf));
        }

        /// <summary>The derivative of <see cref="Gelu{T}(T)"/>: Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π).</summary>
        public static T GeluDerivative<T>(T x) where T : IFloatingPointIeee754<T>
        {
            double value = double.CreateTruncating(x);
            double cdf = 0.5 * global::NetGen.Runtime.SpecialFunctions.Erfc(-value * SqrtHalf);
            return T.CreateTruncating(cdf + value * Math.Exp(-0.5 * value * value) * InverseSqrtTwoPi);
        }

        private const double SqrtHalf = 0.70710678118654752440084436210485;
        private const double InverseSqrtTwoPi = 0.39894228040143267793994605993438;

        /// <summary>x·σ(x).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Silu<T>(T x) where T : IFloatingPointIeee754<T> => x * Sigmoid(x);

        /// <summary>σ(x)·(1 + x·(1 − σ(x))).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T SiluDerivative<T>(T x) where T : IFloatingPointIeee754<T>
        {
            T s = Sigmoid(x);
            return s * (T.One + x * (T.One - s));
        }

        /// <summary>x·tanh(softplus(x)).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T Mish<T>(T x) where T : IFloatingPointIeee754<T> => x * T.Tanh(Softplus(x));

        /// <summary>tanh(sp(x)) + x·σ(x)·(1 − tanh²(sp(x))).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static T MishDerivative<T>(T x) where T : IFloatingPointIeee754<T>
        {
            T t = T.Tanh(Softplus(x));
            return t + x * Sigmoid(x) * (T.One - t * t);
        }

        /// <summary>
        /// log(1 + u) accurate for tiny u, where .NET's LogP1 (log(1 + u) in working precision) returns 0: Kahan's
        /// correction. Softplus and the BCE loss need it for inputs below about −17 (float) and −37 (double).
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static T Log1P<T>(T u) where T : IFloatingPointIeee754<T>
        {
            T onePlus = T.One + u;
            if (onePlus == T.One || !T.IsFinite(onePlus))
            {
                return onePlus == T.One ? u : T.Log(onePlus);
            }

            return T.Log(onePlus) * (u / (onePlus - T.One));
        }

        /// <summary>Softmax over <paramref name="x"/>, shifted by the maximum so it never overflows.</summary>
        /// <param name="x">The logits.</param>
        /// <param name="y">Receives the probabilities; the same length as <paramref name="x"/>. May alias it.</param>
        public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y) where T : IFloatingPointIeee754<T>
            => Softmax(x, y, Runtime.Simd.Enabled);

        /// <summary><paramref name="simd"/>: float rows of a vector or more on vectors (the tests compare both paths).</summary>
        internal static void Softmax<T>(ReadOnlySpan<T> x, Span<T> y, bool simd) where T : IFloatingPointIeee754<T>
        {
            if (y.Length != x.Length)
            {
                throw new ArgumentException($"Expected {x.Length} outputs but got {y.Length}.", nameof(y));
            }

#if NET8_0_OR_GREATER
            // Float rows of a vector or more on vectors (within a few ulps of the loops below, which take the rest).
            if (simd && typeof(T) == typeof(float) && x.Length >= Vector<float>.Count
                && Runtime.VectorMath.TrySoftmax(
                    System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, float>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(x)), x.Length),
                    System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref Unsafe.As<T, float>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(y)), y.Length)))
            {
                return;
            }
#endif

            T max = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                max = T.Max(max, x[i]);
            }

            T sum = T.Zero;
            for (int i = 0; i < x.Length; i++)
            {
                T e = T.Exp(x[i] - max);
                y[i] = e;
                sum += e;
            }

            T inverse = T.One / sum;
            for (int i = 0; i < y.Length; i++)
            {
                y[i] *= inverse;
            }
        }

        /// <summary>
        /// The softmax Jacobian applied to an upstream gradient: dx_i = y_i·(dy_i − Σ_j y_j·dy_j).
        /// </summary>
        /// <param name="y">The softmax output.</param>
        /// <param name="dy">The gradient with respect to <paramref name="y"/>.</param>
        /// <param name="dx">Receives the gradient with respect to the logits. May alias <paramref name="dy"/>.</param>
        public static void SoftmaxBackward<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> dy, Span<T> dx) where T : IFloatingPointIeee754<T>
        {
            T dot = T.Zero;
            for (int i = 0; i < y.Length; i++)
            {
                dot += y[i] * dy[i];
            }

            for (int i = 0; i < y.Length; i++)
            {
                dx[i] = y[i] * (dy[i] - dot);
            }
        }

        /// <summary>Applies an element-wise activation by enum, for plotting and user code.</summary>
        /// <param name="activation">Any activation but <see cref="Activation.Softmax"/>.</param>
        /// <param name="x">The input.</param>
        /// <param name="alpha">LeakyRelu's or Elu's alpha; NaN picks the default.</param>
        public static T Apply<T>(Activation activation, T x, double alpha = double.NaN) where T : IFloatingPointIeee754<T>
            => activation switch
            {
                Activation.Identity => Identity(x),
                Activation.Relu => Relu(x),
                Activation.LeakyRelu => LeakyRelu(x, AlphaOrDefault<T>(activation, alpha)),
                Activation.Relu6 => Relu6(x),
                Activation.Sigmoid => Sigmoid(x),
                Activation.Tanh => Tanh(x),
                Activation.Softplus => Softplus(x),
                Activation.Elu => Elu(x, AlphaOrDefault<T>(activation, alpha)),
                Activation.Selu => Selu(x),
                Activation.Gelu => Gelu(x),
                Activation.GeluTanh => GeluTanh(x),
                Activation.Silu => Silu(x),
                Activation.Mish => Mish(x),
                Activation.Softmax => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Softmax is not element-wise; call Softmax(ReadOnlySpan, Span)."),
                _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
            };

        /// <summary>The derivative of <see cref="Apply{T}(Activation, T, double)"/> with respect to x.</summary>
        public static T ApplyDerivative<T>(Activation activation, T x, double alpha = double.NaN) where T : IFloatingPointIeee754<T>
            => activation switch
            {
                Activation.Identity => IdentityDerivative(x),
                Activation.Relu => ReluDerivative(x),
                Activation.LeakyRelu => LeakyReluDerivative(x, AlphaOrDefault<T>(activation, alpha)),
                Activation.Relu6 => Relu6Derivative(x),
                Activation.Sigmoid => SigmoidDerivative(x),
                Activation.Tanh => TanhDerivative(x),
                Activation.Softplus => SoftplusDerivative(x),
                Activation.Elu => EluDerivative(x, AlphaOrDefault<T>(activation, alpha)),
                Activation.Selu => SeluDerivative(x),
                Activation.Gelu => GeluDerivative(x),
                Activation.GeluTanh => GeluTanhDerivative(x),
                Activation.Silu => SiluDerivative(x),
                Activation.Mish => MishDerivative(x),
                Activation.Softmax => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Softmax is not element-wise; call SoftmaxBackward."),
                _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
            };

        /// <summary>The alpha to use: the caller's, or the activation's PyTorch default when NaN.</summary>
        private static T AlphaOrDefault<T>(Activation activation, double alpha) where T : IFloatingPointIeee754<T>
            => T.CreateTruncating(double.IsNaN(alpha) ? ActivationTraits.For(activation).DefaultAlpha : alpha);
    }
}
