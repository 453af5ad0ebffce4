using System;
using System.ComponentModel;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>Inverted dropout (torch.nn.Dropout in training mode) for the generated training passes.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Dropout
    {
        /// <summary>
        /// y = x·mask with mask[i] = 0 (dropped) or 1/(1 − p) (kept), so the expected output equals the input.
        /// The rule, one draw per element in order: element i is dropped exactly when the i-th
        /// <see cref="DeterministicRandom.NextDouble"/> is below <paramref name="p"/>. With p = 0 every mask value is 1
        /// and nothing is drawn, so the generator's sequence is unchanged.
        /// </summary>
        /// <param name="x">The inputs.</param>
        /// <param name="y">The outputs, as long as <paramref name="x"/>; may alias it.</param>
        /// <param name="mask">Receives the mask, as long as <paramref name="x"/>; <see cref="Backward{T}"/> reads it.</param>
        /// <param name="p">The probability of dropping an element, in [0, 1).</param>
        /// <param name="random">The network's seeded generator.</param>
        public static void Forward<T>(ReadOnlySpan<T> x, Span<T> y, Span<T> mask, double p, DeterministicRandom random)
            where T : IFloatingPointIeee754<T>
        {
            KernelArguments.Require(y.Length, x.Length, nameof(y));
            KernelArguments.Require(mask.Length, x.Length, nameof(mask));
            if (!(p >= 0 && p < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(p), p, "The dropout probability must be in [0, 1).");
            }

            ArgumentNullException.ThrowIfNull(random);
            if (p == 0)
            {
                mask.Fill(T.One);
                x.CopyTo(y);
                return;
            }

            T keep = T.CreateTruncating(1.0 / (1.0 - p));
            for (int i = 0; i < x.Length; i++)
            {
                T m = random.NextDouble() < p ? T.Zero : keep;
                mask[i] = m;
                y[i] = x[i] * m;
            }
        }

        /// <summary>dy ← dy·mask, in place: the gradient through the mask <see cref="Forward{T}"/> drew.</summary>
        /// <param name="dy">The gradients of the outputs, replaced by those of the inputs.</param>
        /// <param name="mask">The mask of the forward pass, as long as <paramref name="dy"/>.</param>
        public static void Backward<T>(Span<T> dy, ReadOnlySpan<T> mask) where T : IFloatingPointIeee754<T>
        {
            KernelArguments.Require(mask.Length, dy.Length, nameof(mask));
            for (int i = 0; i < dy.Length; i++)
            {
                dy[i] *= mask[i];
            }
        }
    }
}
