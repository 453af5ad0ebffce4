using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
            where T : struct, IFloatingPointIeee754<T>
            => Adam(parameters, gradients, firstMoment, secondMoment, step, learningRate, beta1, beta2, epsilon, weightDecay, decoupledWeightDecay, Simd.Enabled);

        internal static void Adam<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> firstMoment, Span<T> secondMoment, long step,
            double learningRate, double beta1, double beta2, double epsilon, double weightDecay, bool decoupledWeightDecay, bool simd)
            where T : struct, IFloatingPointIeee754<T>
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

            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            ref T m0 = ref MemoryMarshal.GetReference(firstMoment);
            ref T v0 = ref MemoryMarshal.GetReference(secondMoment);
            int i = 0;
            if (simd && Vector.IsHardwareAccelerated)
            {
                // The same operations in the same order as the scalar loop below, so both give identical results.
                var vB1 = new Vector<T>(b1);
                var vB2 = new Vector<T>(b2);
                var vOneMinusB1 = new Vector<T>(oneMinusB1);
                var vOneMinusB2 = new Vector<T>(oneMinusB2);
                var vStepSize = new Vector<T>(stepSize);
                var vInverse = new Vector<T>(inverseCorrection2Sqrt);
                var vEps = new Vector<T>(eps);
                var vDecay = new Vector<T>(decay);
                var vShrink = new Vector<T>(shrink);
                for (; i + Vector<T>.Count <= parameters.Length; i += Vector<T>.Count)
                {
                    nuint at = (nuint)i;
                    Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                    Vector<T> g = Vector.LoadUnsafe(ref g0, at);
                    if (coupled)
                    {
                        g += vDecay * p;
                    }

                    if (decoupled)
                    {
                        p *= vShrink;
                    }

                    Vector<T> m = Vector.LoadUnsafe(ref m0, at) * vB1 + vOneMinusB1 * g;
                    Vector<T> v = Vector.LoadUnsafe(ref v0, at) * vB2 + vOneMinusB2 * g * g;
                    m.StoreUnsafe(ref m0, at);
                    v.StoreUnsafe(ref v0, at);
                    (p - vStepSize * m / (Vector.SquareRoot(v) * vInverse + vEps)).StoreUnsafe(ref p0, at);
                }
            }

            for (; i < parameters.Length; i++)
            {
                T p = Unsafe.Add(ref p0, i);
                T g = Unsafe.Add(ref g0, i);
                if (coupled)
                {
                    g += decay * p;
                }

                if (decoupled)
                {
                    p *= shrink;
                }

                T m = Unsafe.Add(ref m0, i) * b1 + oneMinusB1 * g;
                T v = Unsafe.Add(ref v0, i) * b2 + oneMinusB2 * g * g;
                Unsafe.Add(ref m0, i) = m;
                Unsafe.Add(ref v0, i) = v;
                Unsafe.Add(ref p0, i) = p - stepSize * m / (T.Sqrt(v) * inverseCorrection2Sqrt + eps);
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
            where T : struct, IFloatingPointIeee754<T>
            => Sgd(parameters, gradients, momentumBuffer, step, learningRate, momentum, dampening, nesterov, weightDecay, Simd.Enabled);

        internal static void Sgd<T>(
            Span<T> parameters, ReadOnlySpan<T> gradients, Span<T> momentumBuffer, long step,
            double learningRate, double momentum, double dampening, bool nesterov, double weightDecay, bool simd)
            where T : struct, IFloatingPointIeee754<T>
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

            ref T p0 = ref MemoryMarshal.GetReference(parameters);
            ref T g0 = ref MemoryMarshal.GetReference(gradients);
            ref T b0 = ref MemoryMarshal.GetReference(momentumBuffer);
            int i = 0;
            if (simd && Vector.IsHardwareAccelerated)
            {
                // The same operations in the same order as the scalar loop below, so both give identical results.
                var vLr = new Vector<T>(lr);
                var vMu = new Vector<T>(mu);
                var vOneMinusDampening = new Vector<T>(oneMinusDampening);
                var vDecay = new Vector<T>(decay);
                for (; i + Vector<T>.Count <= parameters.Length; i += Vector<T>.Count)
                {
                    nuint at = (nuint)i;
                    Vector<T> p = Vector.LoadUnsafe(ref p0, at);
                    Vector<T> d = Vector.LoadUnsafe(ref g0, at);
                    if (weightDecay != 0)
                    {
                        d += vDecay * p;
                    }

                    if (useMomentum)
                    {
                        Vector<T> buffer = firstStep ? d : Vector.LoadUnsafe(ref b0, at) * vMu + vOneMinusDampening * d;
                        buffer.StoreUnsafe(ref b0, at);
                        d = nesterov ? d + vMu * buffer : buffer;
                    }

                    (p - vLr * d).StoreUnsafe(ref p0, at);
                }
            }

            for (; i < parameters.Length; i++)
            {
                T p = Unsafe.Add(ref p0, i);
                T d = Unsafe.Add(ref g0, i);
                if (weightDecay != 0)
                {
                    d += decay * p;
                }

                if (useMomentum)
                {
                    T buffer = firstStep ? d : Unsafe.Add(ref b0, i) * mu + oneMinusDampening * d;
                    Unsafe.Add(ref b0, i) = buffer;
                    d = nesterov ? d + mu * buffer : buffer;
                }

                Unsafe.Add(ref p0, i) = p - lr * d;
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
