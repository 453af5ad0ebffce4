using System.ComponentModel;

// Compiled into the netstandard2.0 generator as well as the Abstractions.

namespace NetGen.Runtime
{
    /// <summary>
    /// How a generated network trains; the planner picks one per network. Public only so that tests can force one
    /// with <see cref="ForceStrategyAttribute"/>, as the Regex tests run every engine.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public enum TrainingStrategy
    {
        /// <summary>Row by row through unrolled (or looped) per-row forward and backward passes.</summary>
        PerRow = 0,

        /// <summary>A vector of rows at a time through unrolled code, one row per lane.</summary>
        Lanes = 1,

        /// <summary>The 1→H→1 function fitter through NetGen.Runtime.ShallowNet, vectorised over the hidden units.</summary>
        Shallow = 2,

        /// <summary>Layer by layer over chunks of rows through the blocked matrix kernels.</summary>
        BatchMajor = 3,
    }
}
