using System;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>
    /// The finite checks of the updates alone, for a caller that updates a buffer in slices on several threads: it checks
    /// every slice before writing any, so a failure still leaves every buffer as it was. Each answers what the update's
    /// own <c>checkFinite</c> pass answers for the same elements (the rules are elementwise).
    /// </summary>
    public static partial class Optimizers
    {
        /// <summary>Whether <see cref="Adam{T}"/> with these arguments would store only finite values; stores nothing.</summary>
        [FloatCopy]
        public static bool AdamIsFinite<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay)
            where T : struct, IFloatingPointIeee754<T>
            => AdamUpdateIsFinite(
                AdamRuleFor(parameters, gradients, firstMoment, secondMoment, step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay),
                parameters, gradients, firstMoment, secondMoment, Simd.Enabled);

        /// <summary>Whether <see cref="Sgd{T}"/> with these arguments would store only finite values; stores nothing.</summary>
        [FloatCopy]
        public static bool SgdIsFinite<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay)
            where T : struct, IFloatingPointIeee754<T>
            => SgdPass(
                SgdRuleFor(parameters, gradients, momentumBuffer, step, learningRate, momentum, dampening, nesterov, weightDecay),
                parameters, gradients, momentumBuffer, Simd.Enabled, write: false);

        /// <summary>Whether <see cref="Rprop{T}"/> with these arguments would store only finite values; stores nothing.</summary>
        [FloatCopy]
        public static bool RpropIsFinite<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> previousGradients, Span<T> stepSizes, long step,
            double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax)
            where T : struct, IFloatingPointIeee754<T>
            => RpropPass(
                RpropRuleFor(parameters, gradients, previousGradients, stepSizes, step, learningRate, etaMinus, etaPlus, stepSizeMin, stepSizeMax),
                parameters, gradients, previousGradients, stepSizes, Simd.Enabled, write: false);
    }
}
