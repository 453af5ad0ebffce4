namespace NetGen.Generator.Model
{
    /// <summary>What the derivative of an activation is computed from.</summary>
    internal enum DerivativeSource
    {
        /// <summary>The pre-activation z: the layer must keep z for the backward pass.</summary>
        Input,

        /// <summary>The output y: z need not be kept.</summary>
        Output,
    }

    /// <summary>
    /// The one description of each activation that forward and backward emission share. The formulas
    /// themselves live in NetGen.Activations; this only says how to call them.
    /// </summary>
    internal sealed class ActivationInfo
    {
        private ActivationInfo(Activation kind, bool hasAlpha, double defaultAlpha, DerivativeSource derivativeFrom, bool isElementwise)
        {
            Kind = kind;
            HasAlpha = hasAlpha;
            DefaultAlpha = defaultAlpha;
            DerivativeFrom = derivativeFrom;
            IsElementwise = isElementwise;
        }

        public Activation Kind { get; }

        /// <summary>The method in NetGen.Activations, and the stem of its derivative's name.</summary>
        public string MethodName => Kind.ToString();

        public bool HasAlpha { get; }

        public double DefaultAlpha { get; }

        public DerivativeSource DerivativeFrom { get; }

        /// <summary>False for Softmax, which works on the whole layer.</summary>
        public bool IsElementwise { get; }

        public bool IsIdentity => Kind == Activation.Identity;

        /// <summary>
        /// Exp-based activations with vector forms: row-vectorised code calls them once per layer on a span of vectors
        /// (each call spills the many vectors the unrolled code keeps in registers, so one call beats one per unit).
        /// </summary>
        public bool CalledPerLayer => Kind is Activation.Sigmoid or Activation.Tanh or Activation.Softplus;

        /// <summary>
        /// The per-layer call also returns f'(z) (NetGen.Runtime.VectorActivations.{Name}WithDerivative; Softplus gets both from one
        /// e^−|z|), which row-vectorised code keeps for the backward pass instead of z.
        /// </summary>
        public bool DerivativeWithValue => Kind == Activation.Softplus;

        public static ActivationInfo For(Activation kind) => kind switch
        {
            Activation.Identity => new(kind, false, 0, DerivativeSource.Output, true),
            Activation.Relu => new(kind, false, 0, DerivativeSource.Output, true),
            Activation.LeakyRelu => new(kind, true, Defaults.LeakyReluAlpha, DerivativeSource.Input, true),
            Activation.Relu6 => new(kind, false, 0, DerivativeSource.Output, true),
            Activation.Sigmoid => new(kind, false, 0, DerivativeSource.Output, true),
            Activation.Tanh => new(kind, false, 0, DerivativeSource.Output, true),
            Activation.Softplus => new(kind, false, 0, DerivativeSource.Input, true),
            Activation.Elu => new(kind, true, Defaults.EluAlpha, DerivativeSource.Input, true),
            Activation.Selu => new(kind, false, 0, DerivativeSource.Input, true),
            Activation.Gelu => new(kind, false, 0, DerivativeSource.Input, true),
            Activation.Silu => new(kind, false, 0, DerivativeSource.Input, true),
            Activation.Mish => new(kind, false, 0, DerivativeSource.Input, true),
            _ => new(Activation.Softmax, false, 0, DerivativeSource.Output, false),
        };

        /// <summary>True when the enum value is one NetGen knows.</summary>
        public static bool IsDefined(int value) => value >= (int)Activation.Identity && value <= (int)Activation.Softmax;
    }
}
