using System;
using System.Globalization;

// Compiled into the netstandard2.0 generator as well as the Abstractions: netstandard2.0 APIs only.

namespace NetGen
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
    /// The one description of each activation, shared by the generator (parser, planner, emitter, state_dict docs) and
    /// the run time (<c>NetGen.Activations</c>'s enum dispatch). The formulas themselves live in
    /// <c>NetGen.Activations</c>, as public methods named <see cref="MethodName"/> and <c>{MethodName}Derivative</c>
    /// (<c>{MethodName}DerivativeFromOutput</c> when the derivative reads the output). Adding an activation is: its
    /// enum value, its row here, its formulas in Activations.cs.
    /// </summary>
    internal sealed class ActivationTraits
    {
        private ActivationTraits(
            Activation kind,
            string pyTorchModule,
            double defaultAlpha,
            DerivativeSource derivativeFrom,
            bool isElementwise = true,
            bool hasLaneForm = false,
            bool calledPerLayer = false,
            bool derivativeWithValue = false,
            bool cheapVectorForm = false)
        {
            Kind = kind;
            PyTorchModule = pyTorchModule;
            HasAlpha = !double.IsNaN(defaultAlpha);
            DefaultAlpha = HasAlpha ? defaultAlpha : 0;
            DerivativeFrom = derivativeFrom;
            IsElementwise = isElementwise;
            HasLaneForm = hasLaneForm;
            CalledPerLayer = calledPerLayer;
            DerivativeWithValue = derivativeWithValue;
            CheapVectorForm = cheapVectorForm;
        }

        public Activation Kind { get; }

        /// <summary>The method in NetGen.Activations, and the stem of its derivative's name.</summary>
        public string MethodName => Kind.ToString();

        /// <summary>The torch.nn module, with "{alpha}" standing for the alpha when there is one.</summary>
        public string PyTorchModule { get; }

        /// <summary>LeakyRelu's negative slope, Elu's alpha.</summary>
        public bool HasAlpha { get; }

        /// <summary>PyTorch's default alpha; 0 without one.</summary>
        public double DefaultAlpha { get; }

        public DerivativeSource DerivativeFrom { get; }

        /// <summary>False for Softmax, which works on the whole layer.</summary>
        public bool IsElementwise { get; }

        public bool IsIdentity => Kind == Activation.Identity;

        /// <summary>
        /// Has Vector&lt;T&gt; and 512-bit forms (Activations, LaneActivations): row-vectorised training, the 1→H→1
        /// ShallowNet kernels and vectorised forward shapes can use it.
        /// </summary>
        public bool HasLaneForm { get; }

        /// <summary>
        /// Exp-based activations with vector forms: row-vectorised code calls them once per layer on a span of vectors
        /// (each call spills the many vectors the unrolled code keeps in registers, so one call beats one per unit).
        /// </summary>
        public bool CalledPerLayer { get; }

        /// <summary>
        /// The per-layer call also returns f'(z) (Activations.{Name}WithDerivative; Softplus gets both from one
        /// e^−|z|), which row-vectorised code keeps for the backward pass instead of z.
        /// </summary>
        public bool DerivativeWithValue { get; }

        /// <summary>The torch.nn module for <paramref name="alpha"/>, e.g. <c>nn.LeakyReLU(0.1)</c>.</summary>
        public string PyTorchModuleFor(double alpha) =>
            PyTorchModule.Replace("{alpha}", alpha.ToString("R", CultureInfo.InvariantCulture));

        /// <summary>
        /// Its vector form is a compare or less (Identity, Relu): Predict's 1→H layers compute whole vectors of outputs
        /// with it inline. Exp-based forms are not worth inlining there.
        /// </summary>
        public bool CheapVectorForm { get; }

        private static readonly ActivationTraits[] Table =
        {
            new(Activation.Identity, "nn.Identity()", double.NaN, DerivativeSource.Output, hasLaneForm: true, cheapVectorForm: true),
            new(Activation.Relu, "nn.ReLU()", double.NaN, DerivativeSource.Output, hasLaneForm: true, cheapVectorForm: true),
            new(Activation.LeakyRelu, "nn.LeakyReLU({alpha})", Defaults.LeakyReluAlpha, DerivativeSource.Input),
            new(Activation.Relu6, "nn.ReLU6()", double.NaN, DerivativeSource.Output),
            new(Activation.Sigmoid, "nn.Sigmoid()", double.NaN, DerivativeSource.Output, hasLaneForm: true, calledPerLayer: true),
            new(Activation.Tanh, "nn.Tanh()", double.NaN, DerivativeSource.Output, hasLaneForm: true, calledPerLayer: true),
            new(Activation.Softplus, "nn.Softplus()", double.NaN, DerivativeSource.Input, hasLaneForm: true, calledPerLayer: true, derivativeWithValue: true),
            new(Activation.Elu, "nn.ELU({alpha})", Defaults.EluAlpha, DerivativeSource.Input),
            new(Activation.Selu, "nn.SELU()", double.NaN, DerivativeSource.Input),
            new(Activation.Gelu, "nn.GELU()", double.NaN, DerivativeSource.Input),
            new(Activation.Silu, "nn.SiLU()", double.NaN, DerivativeSource.Input),
            new(Activation.Mish, "nn.Mish()", double.NaN, DerivativeSource.Input),
            new(Activation.Softmax, "nn.Softmax(dim=-1)", double.NaN, DerivativeSource.Output, isElementwise: false),
            new(Activation.GeluTanh, "nn.GELU(approximate='tanh')", double.NaN, DerivativeSource.Input),
        };

        /// <summary>The activation's traits.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="Activation"/>.</exception>
        public static ActivationTraits For(Activation kind) =>
            IsDefined((int)kind) && Table[(int)kind].Kind == kind
                ? Table[(int)kind]
                : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activation, or the table is out of enum order.");

        /// <summary>True when the enum value is one NetGen knows.</summary>
        public static bool IsDefined(int value) => value >= 0 && value < Table.Length;
    }
}
