using System;
using System.Numerics;

namespace NetGen
{
    /// <summary>
    /// torch.optim's update rules over one contiguous parameter buffer. The generated <c>TrainStep</c> calls
    /// these, so each rule is written once, here.
    /// </summary>
    public static class Optimizers
    {
        /// <summary>
        /// One torch.optim.Adam step (or AdamW with <paramref name="decoupledWeightDecay"/>).
        /// </summary>
        /// <param name="parameters">The parameters, updated in place.</param>
        /// <param name="gradients">The gradients, laid out like the parameters.</param>
        /// <param name="firstMoment">The running mean of the gradients (exp_avg).</param>
        /// <param name="secondMoment">The running mean of the squared gradients (exp_avg_sq).</param>
        /// <param name="step">The 1-based step number, used for bias correction.</param>
        /// <param name="learningRate">lr.</param>
        /// <param name="beta1">β1.</param>
        /// <param name="beta2">β2.</param>
        /// <param name="epsilon">ε.</param>
        /// <param name="weightDecay">Adam: L2 added to the gradient. AdamW: decoupled decay.</param>
        /// <param name="decoupledWeightDecay">True for AdamW.</param>
        public static void Adam<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay)
            where T : IFloatingPointIeee754<T>
        {
            RequireSameLength(parameters, gradients, firstMoment, secondMoment);
            if (step < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(step), step, "The step count starts at 1.");
            }

            // Bias corrections are scalars: compute them in double, as PyTorch does on the host.
            double biasCorrection1 = 1 - Math.Pow(beta1, step);
            double biasCorrection2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, step));
            T stepSize = T.CreateTruncating(learningRate / biasCorrection1);
            T inverseCorrection2Sqrt = T.CreateTruncating(1 / biasCorrection2Sqrt);
            T b1 = T.CreateTruncating(beta1);
            T b2 = T.CreateTruncating(beta2);
            T oneMinusB1 = T.CreateTruncating(1 - beta1);
            T oneMinusB2 = T.CreateTruncating(1 - beta2);
            T eps = T.CreateTruncating(epsilon);
            T decay = T.CreateTruncating(weightDecay);
            T shrink = T.CreateTruncating(1 - learningRate * weightDecay);
            bool coupled = weightDecay != 0 && !decoupledWeightDecay;
            bool decoupled = weightDecay != 0 && decoupledWeightDecay;

            for (int i = 0; i < parameters.Length; i++)
            {
                T p = parameters[i];
                T g = gradients[i];
                if (coupled)
                {
                    g += decay * p;
                }

                if (decoupled)
                {
                    p *= shrink;
                }

                T m = firstMoment[i] * b1 + oneMinusB1 * g;
                T v = secondMoment[i] * b2 + oneMinusB2 * g * g;
                firstMoment[i] = m;
                secondMoment[i] = v;
                parameters[i] = p - stepSize * m / (T.Sqrt(v) * inverseCorrection2Sqrt + eps);
            }
        }

        /// <summary>One torch.optim.SGD step with optional momentum, dampening, Nesterov and L2 weight decay.</summary>
        /// <param name="parameters">The parameters, updated in place.</param>
        /// <param name="gradients">The gradients, laid out like the parameters.</param>
        /// <param name="momentumBuffer">The momentum buffer; unused when momentum is 0.</param>
        /// <param name="step">The 1-based step number: on step 1 the buffer is set to the gradient, as PyTorch.</param>
        /// <param name="learningRate">lr.</param>
        /// <param name="momentum">Momentum factor.</param>
        /// <param name="dampening">Dampening for momentum.</param>
        /// <param name="nesterov">Nesterov momentum.</param>
        /// <param name="weightDecay">L2 added to the gradient.</param>
        public static void Sgd<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay)
            where T : IFloatingPointIeee754<T>
        {
            bool useMomentum = momentum != 0;
            if (useMomentum)
            {
                RequireSameLength(parameters, gradients, momentumBuffer, momentumBuffer);
            }
            else
            {
                RequireSameLength(parameters, gradients, parameters, parameters);
            }

            T lr = T.CreateTruncating(learningRate);
            T mu = T.CreateTruncating(momentum);
            T oneMinusDampening = T.CreateTruncating(1 - dampening);
            T decay = T.CreateTruncating(weightDecay);
            bool firstStep = step <= 1;

            for (int i = 0; i < parameters.Length; i++)
            {
                T p = parameters[i];
                T d = gradients[i];
                if (weightDecay != 0)
                {
                    d += decay * p;
                }

                if (useMomentum)
                {
                    T buffer = firstStep ? d : momentumBuffer[i] * mu + oneMinusDampening * d;
                    momentumBuffer[i] = buffer;
                    d = nesterov ? d + mu * buffer : buffer;
                }

                parameters[i] = p - lr * d;
            }
        }

        private static void RequireSameLength<T>(Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> first, Span<T> second)
        {
            if (gradients.Length != parameters.Length || first.Length != parameters.Length || second.Length != parameters.Length)
            {
                throw new ArgumentException($"Every buffer must hold {parameters.Length} values, one per parameter.");
            }
        }
    }
}
