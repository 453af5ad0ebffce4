using System;

namespace NetGen
{
    /// <summary>The hyper-parameters Adam and AdamW share; torch.optim's defaults.</summary>
    public abstract class AdamFamilyAttribute : Attribute
    {
        /// <summary>Sets the weight decay default, which differs between Adam (0) and AdamW (0.01).</summary>
        protected AdamFamilyAttribute(double defaultWeightDecay) => WeightDecay = defaultWeightDecay;

        /// <summary>Step size; default 1e-3.</summary>
        public double LearningRate { get; set; } = Defaults.AdamLearningRate;
        /// <summary>First-moment decay; default 0.9.</summary>
        public double Beta1 { get; set; } = Defaults.Beta1;
        /// <summary>Second-moment decay; default 0.999.</summary>
        public double Beta2 { get; set; } = Defaults.Beta2;
        /// <summary>Denominator term; default 1e-8.</summary>
        public double Epsilon { get; set; } = Defaults.Epsilon;
        /// <summary>Adam: L2 penalty added to the gradient (default 0). AdamW: decoupled decay (default 0.01).</summary>
        public double WeightDecay { get; set; }
    }

    /// <summary>torch.optim.Adam: bias-corrected moments; weight decay is L2 added to the gradient.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class AdamAttribute : AdamFamilyAttribute
    {
        /// <summary>Adam with torch.optim's defaults.</summary>
        public AdamAttribute() : base(Defaults.AdamWeightDecay)
        {
        }
    }

    /// <summary>torch.optim.AdamW: Adam with decoupled weight decay, p ← p·(1 − lr·WeightDecay) before each step.</summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class AdamWAttribute : AdamFamilyAttribute
    {
        /// <summary>AdamW with torch.optim's defaults.</summary>
        public AdamWAttribute() : base(Defaults.AdamWWeightDecay)
        {
        }
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
