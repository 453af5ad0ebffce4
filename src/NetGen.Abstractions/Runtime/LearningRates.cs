using System;
using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>The rule every network's <c>LearningRate</c> setter applies.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class LearningRates
    {
        /// <summary>Returns <paramref name="value"/> when it is a usable learning rate.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is zero, negative, NaN or infinite.</exception>
        public static double Validate(double value)
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The learning rate must be finite and greater than 0 (e.g. 1e-3).");
            }

            return value;
        }
    }
}
