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

        /// <summary>
        /// The network's budget of unrolled code, in weights of unrolled layers (the unit of <see cref="UnrollThreshold"/>).
        /// Layers are unrolled in order while the budget lasts; the rest are looped. Unrolled code grows with every
        /// weight (a statement or term each in Predict, backward and the lane-vectorised training, several milliseconds
        /// of compiler time each, measured), while looped code does not. Every network of the tutorials and tests fits
        /// within it, and so does a 1→1024→1 function fitter.
        /// </summary>
        public const int MaxUnrolledWeights = 2048;

        /// <summary>
        /// Baked weights up to this many are compiled in as an array of literals; beyond it as base64 text decoded
        /// once into the same static array (5.3 characters per float instead of about 12, and one token for the
        /// compiler instead of a literal per value). From C# 11 the text is a UTF-8 literal, kept in the assembly's
        /// data; before, string literals, which share the assembly's 2^24-byte user-string heap (CS8103) at 2 bytes
        /// per character. Unrolled layers hold at most <see cref="MaxUnrolledWeights"/>
        /// weights and their biases as further literals.
        /// </summary>
        public const int MaxLiteralWeights = 4096;

        /// <summary>
        /// Row-vectorised training (<see cref="RowVectorized"/>) holds every value of the network (inputs and units) in
        /// vector locals, in two copies (Vector&lt;T&gt; and Vector512), and the compiler's time on those methods grows
        /// with the square of their count (measured, CPU: 75 values 3.4 s, 168 values 9.8 s, 512 values 14.7 s, against
        /// 3.3 s for 171 values trained per row). Networks with more values than this train per row.
        /// </summary>
        public const int MaxRowVectorizedUnits = 96;

        /// <summary>
        /// What the budgets above, Defaults.MaxLayers and Defaults.MaxBakedBytes keep one generated file under, in
        /// characters. Measured worst cases: 1.1 M for 128 unrolled Dense(4) layers, 2.9 M for a baked 1023→512 layer.
        /// </summary>
        public const int MaxGeneratedCharacters = 4 * 1024 * 1024;

        /// <summary>
        /// A layer whose fan-in and fan-out both reach this is "wide": training then runs the batch layer by layer
        /// through the blocked matrix kernels of NetGen.Runtime.LinearAlgebra, which read each weight once per block of
        /// rows. Below it, per-row unrolled code wins (measured: 1→32→1 and 1→10→10→1 stay per row; 32→32 does not).
        /// </summary>
        public const int WideLayerMinimum = 16;

        /// <summary>Rows per chunk of batch-major training: the chunk's activations and deltas stay cache-resident.</summary>
        public const int BatchRows = 32;

        /// <summary>
        /// A 1→H→1 network needs at least this many hidden units to run through NetGen.Runtime.ShallowNet (one float vector);
        /// narrower ones stay with the unrolled code.
        /// </summary>
        public const int ShallowMinimumHidden = 8;

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

        /// <summary>The classification members this network gets.</summary>
        public NetGen.Generator.Model.ClassifierOutput Classifier => NetGen.Generator.Model.GeneratedMembers.ClassifierFor(Spec.Loss.Kind, OutputSize);

        public int ParameterCount { get; }

        /// <summary>Per-row values: the input, then each layer's kept pre-activation and its output.</summary>
        public int StateSize { get; }

        /// <summary>Per-row gradient slots: one per layer output.</summary>
        public int DeltaSize { get; }

        /// <summary>"float" or "double".</summary>
        public string Element => Spec.Precision == Precision.Double ? "double" : "float";

        /// <summary>
        /// Training runs batch-major (layer at a time over chunks of <see cref="BatchRows"/> rows) rather than row by
        /// row: chosen when any layer is too large to unroll or wide enough for the matrix kernels.
        /// </summary>
        public bool BatchMajor
        {
            get
            {
                foreach (var layer in Layers)
                {
                    if (!layer.Unrolled || (layer.In >= WideLayerMinimum && layer.Out >= WideLayerMinimum))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>
        /// Small all-unrolled networks whose activations have vector forms (Identity, Relu, Sigmoid, Tanh, Softplus;
        /// not fused into the loss) train a vector of rows
        /// at once: each value of the unrolled code becomes a Vector&lt;T&gt; of rows held in a local, and gradients
        /// accumulate per lane until one horizontal sum per parameter at the end of the batch.
        /// </summary>
        public bool RowVectorized
        {
            get
            {
                if (BatchMajor || ShallowTraining)
                {
                    return false;
                }

                long units = InputSize;
                foreach (var layer in Layers)
                {
                    if (!HasLaneForm(layer.Activation.Kind) || (layer.FusedWithLoss && !layer.Activation.IsIdentity))
                    {
                        return false;
                    }

                    units += layer.Out;
                }

                return units <= MaxRowVectorizedUnits;
            }
        }

        /// <summary>
        /// The tutorials' function fitter: one input, one hidden layer of at least <see cref="ShallowMinimumHidden"/>
        /// units with a vector-form activation, one linear output. Its Predict runs through NetGen.Runtime.ShallowNet, which
        /// vectorises over the hidden units (W1, b1 and W2 are each contiguous in nn.Linear's layout).
        /// </summary>
        public bool Shallow => Layers.Count == 2 && InputSize == 1
            && Layers[0].Out >= ShallowMinimumHidden && HasLaneForm(Layers[0].Activation.Kind)
            && Layers[1].Out == 1 && Layers[1].Activation.IsIdentity;

        /// <summary>A <see cref="Shallow"/> network with MSE loss also trains through NetGen.Runtime.ShallowNet.</summary>
        public bool ShallowTraining => Shallow && Spec.Loss.Kind == NetGen.Loss.MeanSquaredError;

        /// <summary>NetGen.Runtime.ShallowNet's type argument for the hidden layer's activation.</summary>
        public string ShallowActivationType => $"global::NetGen.Runtime.LaneActivations.{Layers[0].Activation.MethodName}<{Element}>";

        /// <summary>
        /// Vectors of scratch row-vectorised training needs for its per-layer activation calls: z, f(z) and f'(z) of the
        /// widest such layer. 0 when no layer calls its activation per layer.
        /// </summary>
        public int LayerScratchVectors
        {
            get
            {
                int widest = 0;
                foreach (var layer in Layers)
                {
                    if (layer.Activation.CalledPerLayer)
                    {
                        widest = System.Math.Max(widest, layer.Out);
                    }
                }

                return 3 * widest;
            }
        }

        /// <summary>Activations with Vector&lt;T&gt; overloads (value and derivative) in NetGen.Runtime.VectorActivations.</summary>
        private static bool HasLaneForm(NetGen.Activation kind)
            => kind is NetGen.Activation.Identity or NetGen.Activation.Relu or NetGen.Activation.Sigmoid
                or NetGen.Activation.Tanh or NetGen.Activation.Softplus;

        /// <summary>The emitted code uses Vector&lt;T&gt; directly (and gets the file's __Vector alias).</summary>
        public bool UsesVectorCode => RowVectorized || System.Linq.Enumerable.Any(Layers, l => l.RowForward == RowForward.OutputVectors);

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

        /// <summary>How the per-row forward pass (Predict, and training of small non-vectorised nets) computes this layer.</summary>
        public RowForward RowForward { get; set; }

        /// <summary>The loss reads this layer's logits and writes ∂L/∂z itself (Sigmoid+BCE, Softmax+CE).</summary>
        public bool FusedWithLoss { get; set; }

        public bool KeepsPreActivation => PreActivationOffset >= 0 && PreActivationOffset != OutputOffset;
    }

    /// <summary>Code shapes of one layer in the per-row forward pass.</summary>
    internal enum RowForward
    {
        /// <summary>One statement per output, constant indices (or loops over Dot for looped layers).</summary>
        Scalar,

        /// <summary>
        /// One input (the weight is a contiguous column) and an activation with a vector form: whole vectors of
        /// outputs as w·x + b at once.
        /// </summary>
        OutputVectors,

        /// <summary>A long input and few outputs: each output is one vectorised Dot over the weight row.</summary>
        RowDots,
    }
}
