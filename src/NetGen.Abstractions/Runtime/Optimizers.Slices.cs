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
        public static bool AdamIsFinite<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSameLength(parameters, gradients, firstMoment, secondMoment);
            if (step < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(step), step, "The step count starts at 1.");
            }

            var rule = new AdamRule<T>(step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay);
            return AdamBoundIsFinite(rule, parameters, gradients, firstMoment, secondMoment, Simd.Enabled)
                || AdamPass(rule, parameters, gradients, firstMoment, secondMoment, Simd.Enabled, write: false);
        }

        /// <summary>Whether <see cref="Sgd{T}"/> with these arguments would store only finite values; stores nothing.</summary>
        public static bool SgdIsFinite<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay)
            where T : struct, IFloatingPointIeee754<T>
        {
            var rule = new SgdRule<T>(step, learningRate, momentum, dampening, nesterov, weightDecay);
            if (rule.UseMomentum)
            {
                RequireSameLength(parameters, gradients, momentumBuffer, momentumBuffer);
            }
            else
            {
                RequireSameLength(parameters, gradients, parameters, parameters);
            }

            return SgdPass(rule, parameters, gradients, momentumBuffer, Simd.Enabled, write: false);
        }

        /// <summary>Whether <see cref="Rprop{T}"/> with these arguments would store only finite values; stores nothing.</summary>
        public static bool RpropIsFinite<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> previousGradients, Span<T> stepSizes, long step,
            double learningRate, double etaMinus, double etaPlus, double stepSizeMin, double stepSizeMax)
            where T : struct, IFloatingPointIeee754<T>
        {
            RequireSameLength(parameters, gradients, previousGradients, stepSizes);
            if (step < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(step), step, "The step count starts at 1.");
            }

            var rule = new RpropRule<T>(step, learningRate, etaMinus, etaPlus, stepSizeMin, stepSizeMax);
            return RpropPass(rule, parameters, gradients, previousGradients, stepSizes, Simd.Enabled, write: false);
        }
    }
}
