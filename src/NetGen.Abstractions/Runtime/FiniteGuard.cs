using System;
using System.Numerics;

namespace NetGen
{
    /// <summary>The checks behind <c>[Network(CheckFinite = true)]</c>.</summary>
    public static class FiniteGuard
    {
        /// <summary>Throws <see cref="NonFiniteValueException"/> naming the first NaN or infinity in a row-major buffer.</summary>
        /// <param name="values">The buffer.</param>
        /// <param name="rowLength">Values per row, to report the row and column.</param>
        /// <param name="what">What the buffer is, e.g. "inputs".</param>
        public static void EnsureFinite<T>(ReadOnlySpan<T> values, int rowLength, string what) where T : IFloatingPointIeee754<T>
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (!T.IsFinite(values[i]))
                {
                    throw new NonFiniteValueException(
                        $"{what} holds {values[i]} at index {i} (row {i / rowLength}, column {i % rowLength}); the parameters were not updated.");
                }
            }
        }

        /// <summary>Throws <see cref="NonFiniteValueException"/> when a loss is NaN or infinite.</summary>
        public static void EnsureFiniteLoss<T>(T loss) where T : IFloatingPointIeee754<T>
        {
            if (!T.IsFinite(loss))
            {
                throw new NonFiniteValueException($"The loss is {loss}; the parameters were not updated. Lower the learning rate or check the data.");
            }
        }

        /// <summary>Throws <see cref="NonFiniteValueException"/> when any gradient is NaN or infinite.</summary>
        public static void EnsureFiniteGradients<T>(ReadOnlySpan<T> gradients) where T : IFloatingPointIeee754<T>
        {
            for (int i = 0; i < gradients.Length; i++)
            {
                if (!T.IsFinite(gradients[i]))
                {
                    throw new NonFiniteValueException($"The gradient of parameter {i} is {gradients[i]}; the parameters were not updated.");
                }
            }
        }
    }
}
