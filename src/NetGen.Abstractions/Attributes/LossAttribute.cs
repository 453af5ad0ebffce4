using System;

namespace NetGen
{
    /// <summary>The training loss. Mean squared error when omitted.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class LossAttribute : Attribute
    {
        /// <summary>Chooses the loss.</summary>
        /// <param name="loss">The loss.</param>
        public LossAttribute(Loss loss) => Function = loss;

        /// <summary>The loss.</summary>
        public Loss Function { get; }

        /// <summary>Huber's threshold; default 1. Valid with <see cref="Loss.Huber"/> only.</summary>
        public double Delta { get; set; } = Defaults.HuberDelta;
    }
}
