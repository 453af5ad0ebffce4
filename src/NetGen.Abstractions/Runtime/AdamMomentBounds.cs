using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>
    /// Bounds of what a network's Adam moments hold: |exp_avg| ≤ LargestFirst, SmallestSecond ≤ exp_avg_sq ≤
    /// LargestSecond. With them a checked update's finite check reads the parameters and the gradients only, half the
    /// bytes of a check that reads all four buffers, and carries the bounds to the moments it stores
    /// (<c>Optimizers.AdamWithMomentBounds</c>). A network keeps one beside its moments and resets it to
    /// <c>default</c> (unknown) whenever anything else writes them.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public struct AdamMomentBounds
    {
        /// <summary>
        /// The factor a carried bound is widened by, for the rounding of the update's own few operations per element
        /// (each at most 2⁻²⁴ relative for float): far above it, and far below anything that could grow over a run
        /// (the moments' decay, β &lt; 1, shrinks every earlier step's allowance).
        /// </summary>
        internal const double RoundingAllowance = 1 + 1.0 / (1 << 16);

        internal AdamMomentBounds(double largestFirst, double smallestSecond, double largestSecond)
        {
            LargestFirst = largestFirst;
            SmallestSecond = smallestSecond;
            LargestSecond = largestSecond;
            Known = true;
        }

        /// <summary>The largest |exp_avg| stored.</summary>
        internal double LargestFirst { get; }

        /// <summary>The smallest exp_avg_sq stored.</summary>
        internal double SmallestSecond { get; }

        /// <summary>The largest exp_avg_sq stored.</summary>
        internal double LargestSecond { get; }

        /// <summary>False for <c>default</c>: nothing is known, the check reads every buffer.</summary>
        internal bool Known { get; }
    }
}
