using System;
using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>
    /// For NetGen's own tests: trains the network with the given strategy instead of the planner's choice
    /// (NG0036 when that strategy cannot train it). Not for users: the planner's choice is the fastest it knows.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class ForceStrategyAttribute : Attribute
    {
        /// <summary>Forces <paramref name="strategy"/>.</summary>
        /// <param name="strategy">The strategy.</param>
        public ForceStrategyAttribute(TrainingStrategy strategy) => Strategy = strategy;

        /// <summary>The forced strategy.</summary>
        public TrainingStrategy Strategy { get; }
    }
}
