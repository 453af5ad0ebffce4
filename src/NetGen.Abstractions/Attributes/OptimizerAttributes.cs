using System;

namespace NetGen
{
    /// <summary>torch.optim.Adam: bias-corrected moments; weight decay is L2 added to the gradient.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class AdamAttribute : Attribute
    {
        /// <summary>Step size; default 1e-3.</summary>
        public double LearningRate { get; set; } = Defaults.AdamLearningRate;
        /// <summary>First-moment decay; default 0.9.</summary>
        public double Beta1 { get; set; } = Defaults.Beta1;
        /// <summary>Second-moment decay; default 0.999.</summary>
        public double Beta2 { get; set; } = Defaults.Beta2;
        /// <summary>Denominator term; default 1e-8.</summary>
        public double Epsilon { get; set; } = Defaults.Epsilon;
        /// <summary>L2 penalty added to the gradient; default 0.</summary>
        public double WeightDecay { get; set; } = Defaults.AdamWeightDecay;
    }

    /// <summary>torch.optim.AdamW: Adam with decoupled weight decay.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class AdamWAttribute : Attribute
    {
        /// <summary>Step size; default 1e-3.</summary>
        public double LearningRate { get; set; } = Defaults.AdamLearningRate;
        /// <summary>First-moment decay; default 0.9.</summary>
        public double Beta1 { get; set; } = Defaults.Beta1;
        /// <summary>Second-moment decay; default 0.999.</summary>
        public double Beta2 { get; set; } = Defaults.Beta2;
        /// <summary>Denominator term; default 1e-8.</summary>
        public double Epsilon { get; set; } = Defaults.Epsilon;
        /// <summary>Decoupled decay: p ← p·(1 − lr·WeightDecay) before the Adam step; default 0.01.</summary>
        public double WeightDecay { get; set; } = Defaults.AdamWWeightDecay;
    }

    /// <summary>torch.optim.SGD with optional momentum, dampening, Nesterov and L2 weight decay.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class SgdAttribute : Attribute
    {
        /// <summary>Step size; default 1e-3.</summary>
        public double LearningRate { get; set; } = Defaults.SgdLearningRate;
        /// <summary>Momentum factor; default 0.</summary>
        public double Momentum { get; set; }
        /// <summary>Dampening for momentum; default 0.</summary>
        public double Dampening { get; set; }
        /// <summary>Nesterov momentum; needs Momentum &gt; 0 and Dampening 0.</summary>
        public bool Nesterov { get; set; }
        /// <summary>L2 penalty added to the gradient; default 0.</summary>
        public double WeightDecay { get; set; }
    }
}
