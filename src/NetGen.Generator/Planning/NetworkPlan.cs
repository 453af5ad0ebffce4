using System.Collections.Generic;
using NetGen.Generator.Model;

namespace NetGen.Generator.Planning
{
    /// <summary>
    /// The decisions the emitter follows: buffer offsets, which layers are unrolled, where scratch lives.
    /// Every offset is computed here once; the forward pass, backward pass and docs all read it from here.
    /// </summary>
    internal sealed class NetworkPlan
    {
        /// <summary>
        /// A layer with at most this many weights is unrolled: one statement per neuron with constant indices.
        /// Larger layers get fixed-trip loops over vectorised kernels, which keeps the generated file small
        /// (784→256→128→10 stays a few hundred lines) and lets SIMD do the work unrolling cannot.
        /// </summary>
        public const int UnrollThreshold = 1024;

        /// <summary>Per-row scratch up to this size goes on the stack; larger scratch is rented from ArrayPool.</summary>
        public const int StackScratchLimitBytes = 16 * 1024;

        public NetworkPlan(NetworkSpec spec, IReadOnlyList<LayerPlan> layers, int stateSize, int deltaSize, int parameterCount)
        {
            Spec = spec;
            Layers = layers;
            StateSize = stateSize;
            DeltaSize = deltaSize;
            ParameterCount = parameterCount;
            Loss = LossInfo.For(spec.Loss.Kind);
        }

        public NetworkSpec Spec { get; }

        public IReadOnlyList<LayerPlan> Layers { get; }

        public LayerPlan OutputLayer => Layers[Layers.Count - 1];

        public LossInfo Loss { get; }

        public int InputSize => Spec.InputSize;

        public int OutputSize => OutputLayer.Out;

        public int ParameterCount { get; }

        /// <summary>Per-row values: the input, then each layer's kept pre-activation and its output.</summary>
        public int StateSize { get; }

        /// <summary>Per-row gradient slots: one per layer output.</summary>
        public int DeltaSize { get; }

        /// <summary>"float" or "double".</summary>
        public string Element => Spec.Precision == Precision.Double ? "double" : "float";

        /// <summary>Weights baked into the generated code from <c>[Network(Weights = ...)]</c>, or null.</summary>
        public BakedWeights? Baked { get; set; }

        public bool ScratchOnStack => (long)StateSize * (Spec.Precision == Precision.Double ? 8 : 4) <= StackScratchLimitBytes;
    }

    /// <summary>Where one Dense layer's weights, inputs, outputs and gradients live.</summary>
    internal sealed class LayerPlan
    {
        public int Number { get; set; }

        public int In { get; set; }

        public int Out { get; set; }

        public int WeightOffset { get; set; }

        public int BiasOffset => WeightOffset + In * Out;

        public int ParameterCount => (In + 1) * Out;

        /// <summary>State offset of the previous layer's output (the input row for layer 1).</summary>
        public int InputOffset { get; set; }

        /// <summary>State offset of the kept pre-activation z, or -1 when it is not kept.</summary>
        public int PreActivationOffset { get; set; }

        /// <summary>State offset of the output y (equal to z's for Identity).</summary>
        public int OutputOffset { get; set; }

        /// <summary>Delta offset of ∂L/∂y, turned into ∂L/∂z in place.</summary>
        public int DeltaOffset { get; set; }

        /// <summary>Delta offset of the previous layer's ∂L/∂y, or -1 for the first layer.</summary>
        public int PreviousDeltaOffset { get; set; }

        public ActivationInfo Activation { get; set; } = ActivationInfo.For(NetGen.Activation.Identity);

        public double Alpha { get; set; }

        public bool Unrolled { get; set; }

        /// <summary>The loss reads this layer's logits and writes ∂L/∂z itself (Sigmoid+BCE, Softmax+CE).</summary>
        public bool FusedWithLoss { get; set; }

        public bool KeepsPreActivation => PreActivationOffset >= 0 && PreActivationOffset != OutputOffset;
    }
}
