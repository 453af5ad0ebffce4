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

    /// <summary>
    /// torch.optim.Rprop (resilient back-propagation, FANN's default trainer): each parameter has its own step size,
    /// multiplied by <see cref="EtaPlus"/> while its gradient keeps its sign and by <see cref="EtaMinus"/> when the
    /// sign flips (that step is then skipped), clamped to [<see cref="StepSizeMin"/>, <see cref="StepSizeMax"/>];
    /// the parameter moves by its step size against the gradient's sign. Only the gradient's sign is used, so it needs
    /// little tuning, but it is meant for full-batch training (one step per pass over all the data): noisy mini-batch
    /// gradients flip sign and shrink the steps.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class RpropAttribute : Attribute
    {
        /// <summary>
        /// The initial step size of every parameter, set at the first step after construction or
        /// <c>ResetOptimizer</c> (as torch, later changes do not alter the step sizes); default 0.01. Greater than 0.
        /// </summary>
        public double LearningRate { get; set; } = Defaults.RpropLearningRate;
        /// <summary>Step-size factor when the gradient changes sign; default 0.5. In (0, 1).</summary>
        public double EtaMinus { get; set; } = Defaults.RpropEtaMinus;
        /// <summary>Step-size factor when the gradient keeps its sign; default 1.2. Greater than 1 and finite.</summary>
        public double EtaPlus { get; set; } = Defaults.RpropEtaPlus;
        /// <summary>The smallest step size; default 1e-6. 0 or greater, at most <see cref="StepSizeMax"/>.</summary>
        public double StepSizeMin { get; set; } = Defaults.RpropStepSizeMin;
        /// <summary>The largest step size; default 50. Finite, at least <see cref="StepSizeMin"/>.</summary>
        public double StepSizeMax { get; set; } = Defaults.RpropStepSizeMax;
    }
}
