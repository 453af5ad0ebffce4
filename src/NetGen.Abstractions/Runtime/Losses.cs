using System;
using System.ComponentModel;
using System.Numerics;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace NetGen.Runtime
{
    /// <summary>
    /// Each loss as a sum over one row plus its gradient, so the generated training loop can accumulate rows
    /// and apply PyTorch's mean reduction with a single scale. Every formula is written once, here.
    /// </summary>
    /// <remarks>
    /// The <c>…Sum</c> methods return the loss summed over the row's elements. The <c>…Gradient</c> methods
    /// write <c>scale · ∂(row sum)/∂y</c>, where the generated code passes scale = 1 / (rows × outputs), or
    /// 1 / rows for cross-entropy. The fused losses take the logits z of the last layer rather than its output.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Losses
    {
        /// <summary>Σ (y − t)².</summary>
        [FloatCopy]
        public static T SquaredErrorSum<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> t) where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i < y.Length; i++)
            {
                T d = y[i] - t[i];
                sum += d * d;
            }

            return sum;
        }

        /// <summary>dy = scale · 2(y − t).</summary>
        [FloatCopy]
        public static void SquaredErrorGradient<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> t, T scale, Span<T> dy) where T : IFloatingPointIeee754<T>
        {
            T twiceScale = scale + scale;
            for (int i = 0; i < y.Length; i++)
            {
                dy[i] = twiceScale * (y[i] - t[i]);
            }
        }

#if NET8_0_OR_GREATER
        /// <summary>
        /// The squared error on every lane, for code that runs one row per lane: returns mask·(y − t)² and writes
        /// dy = mask·scale·2(y − t). mask is 1 on lanes holding a row and 0 on padding, so padding adds nothing.
        /// </summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<T> SquaredErrorLanes<T>(Vector<T> y, Vector<T> t, Vector<T> mask, T scale, out Vector<T> dy)
            where T : struct, IFloatingPointIeee754<T>
        {
            Vector<T> d = (y - t) * mask;
            dy = new Vector<T>(scale + scale) * d;
            return d * d;
        }

        /// <summary><see cref="SquaredErrorLanes{T}(Vector{T}, Vector{T}, Vector{T}, T, out Vector{T})"/> on 512-bit lanes.</summary>
        [FloatCopy]
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector512<T> SquaredErrorLanes<T>(Vector512<T> y, Vector512<T> t, Vector512<T> mask, T scale, out Vector512<T> dy)
            where T : struct, IFloatingPointIeee754<T>
        {
            Vector512<T> d = (y - t) * mask;
            dy = Vector512.Create(scale + scale) * d;
            return d * d;
        }
#endif

        /// <summary>Σ |y − t|.</summary>
        [FloatCopy]
        public static T AbsoluteErrorSum<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> t) where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i < y.Length; i++)
            {
                sum += T.Abs(y[i] - t[i]);
            }

            return sum;
        }

        /// <summary>dy = scale · sign(y − t), with sign(0) = sign(NaN) = 0 as PyTorch (.NET's Sign throws on NaN).</summary>
        [FloatCopy]
        public static void AbsoluteErrorGradient<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> t, T scale, Span<T> dy) where T : IFloatingPointIeee754<T>
        {
            for (int i = 0; i < y.Length; i++)
            {
                T d = y[i] - t[i];
                dy[i] = d > T.Zero ? scale : d < T.Zero ? -scale : T.Zero;
            }
        }

        /// <summary>Σ huber(y − t): ½d² when |d| ≤ delta, else delta·(|d| − ½delta).</summary>
        [FloatCopy]
        public static T HuberSum<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> t, T delta) where T : IFloatingPointIeee754<T>
        {
            T half = T.CreateTruncating(0.5);
            T sum = T.Zero;
            for (int i = 0; i < y.Length; i++)
            {
                T d = T.Abs(y[i] - t[i]);
                sum += d <= delta ? half * d * d : delta * (d - half * delta);
            }

            return sum;
        }

        /// <summary>dy = scale · clamp(y − t, −delta, delta).</summary>
        [FloatCopy]
        public static void HuberGradient<T>(ReadOnlySpan<T> y, ReadOnlySpan<T> t, T delta, T scale, Span<T> dy) where T : IFloatingPointIeee754<T>
        {
            for (int i = 0; i < y.Length; i++)
            {
                dy[i] = scale * T.Clamp(y[i] - t[i], -delta, delta);
            }
        }

        /// <summary>
        /// Σ BCE(σ(z), t) from the logits z: (1 − t)·z + max(−z, 0) + log(1 + e^−|z|), PyTorch's form (so infinite
        /// logits give PyTorch's answers) with log1p for accuracy. Never takes log(0) and never overflows.
        /// </summary>
        [FloatCopy]
        public static T BinaryCrossEntropyWithLogitsSum<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> t) where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i < z.Length; i++)
            {
                sum += (T.One - t[i]) * z[i] + T.Max(-z[i], T.Zero) + Activations.Log1P(T.Exp(-T.Abs(z[i])));
            }

            return sum;
        }

        /// <summary>dz = scale · (σ(z) − t): the gradient of the fused Sigmoid + BCE.</summary>
        [FloatCopy]
        public static void BinaryCrossEntropyWithLogitsGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> t, T scale, Span<T> dz) where T : IFloatingPointIeee754<T>
        {
            for (int i = 0; i < z.Length; i++)
            {
                dz[i] = scale * (Activations.Sigmoid(z[i]) - t[i]);
            }
        }

        /// <summary>
        /// −Σ t_k·log softmax(z)_k = Σ t_k·((m − z_k) + log Σ e^(z_j − m)) with m = max z, from the logits z, as
        /// PyTorch's log_softmax: m − z_k is exact for the largest logits, so nothing cancels (adding m back first,
        /// as logsumexp(z) − z_k, loses log Σ to rounding once |z| ≫ 1/ε). Targets are one-hot rows (or
        /// probabilities); a class with target 0 adds nothing, as PyTorch's class-index cross-entropy.
        /// </summary>
        [FloatCopy]
        public static T SoftmaxCrossEntropySum<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> t) where T : IFloatingPointIeee754<T>
        {
            T max = Max(z);
            T logSum = T.Log(ShiftedExpSum(z, max));
            T sum = T.Zero;
            for (int i = 0; i < z.Length; i++)
            {
                if (t[i] != T.Zero)
                {
                    sum += t[i] * ((max - z[i]) + logSum);
                }
            }

            return sum;
        }

        /// <summary>dz = scale · (softmax(z)·Σt − t): the gradient of the fused Softmax + cross-entropy.</summary>
        [FloatCopy]
        public static void SoftmaxCrossEntropyGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> t, T scale, Span<T> dz) where T : IFloatingPointIeee754<T>
            => SoftmaxCrossEntropyGradient(z, t, scale, dz, Simd.Enabled);

        /// <summary><paramref name="simd"/>: the softmax of <see cref="Activations.Softmax{T}(ReadOnlySpan{T}, Span{T})"/>'s vector path.</summary>
        [FloatCopy]
        internal static void SoftmaxCrossEntropyGradient<T>(ReadOnlySpan<T> z, ReadOnlySpan<T> t, T scale, Span<T> dz, bool simd) where T : IFloatingPointIeee754<T>
        {
            T targetSum = T.Zero;
            for (int i = 0; i < t.Length; i++)
            {
                targetSum += t[i];
            }

            Activations.Softmax(z, dz, simd);
            for (int i = 0; i < z.Length; i++)
            {
                dz[i] = scale * (dz[i] * targetSum - t[i]);
            }
        }

        /// <summary>The largest value; NaN if any is NaN (T.Max propagates NaN).</summary>
        [FloatCopy]
        private static T Max<T>(ReadOnlySpan<T> z) where T : IFloatingPointIeee754<T>
        {
            T max = z[0];
            for (int i = 1; i < z.Length; i++)
            {
                max = T.Max(max, z[i]);
            }

            return max;
        }

        /// <summary>Σ e^(z − max): at least 1 (the maximum's own term), so its log never overflows.</summary>
        [FloatCopy]
        private static T ShiftedExpSum<T>(ReadOnlySpan<T> z, T max) where T : IFloatingPointIeee754<T>
        {
            T sum = T.Zero;
            for (int i = 0; i < z.Length; i++)
            {
                sum += T.Exp(z[i] - max);
            }

            return sum;
        }

        /// <summary>Mean squared error over every element, as torch.nn.functional.mse_loss.</summary>
        [FloatCopy]
        public static T MeanSquaredError<T>(ReadOnlySpan<T> predictions, ReadOnlySpan<T> targets) where T : IFloatingPointIeee754<T>
        {
            RequireSameLength(predictions, targets);
            return SquaredErrorSum(predictions, targets) / T.CreateTruncating(predictions.Length);
        }

        /// <summary>Mean absolute error over every element, as torch.nn.functional.l1_loss.</summary>
        [FloatCopy]
        public static T MeanAbsoluteError<T>(ReadOnlySpan<T> predictions, ReadOnlySpan<T> targets) where T : IFloatingPointIeee754<T>
        {
            RequireSameLength(predictions, targets);
            return AbsoluteErrorSum(predictions, targets) / T.CreateTruncating(predictions.Length);
        }

        [FloatCopy]
        private static void RequireSameLength<T>(ReadOnlySpan<T> predictions, ReadOnlySpan<T> targets)
        {
            if (predictions.Length != targets.Length || predictions.Length == 0)
            {
                throw new ArgumentException($"Expected {predictions.Length} targets, one per prediction, but got {targets.Length}.", nameof(targets));
            }
        }
    }
}
