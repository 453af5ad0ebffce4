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
        /// A row-vectorised batch takes the 512-bit lanes (on AVX-512 hardware) from two 512-bit vectors of rows on
        /// (32 float or 16 double rows): smaller ones gain little from the wider vectors and lose more to padding lanes.
        /// </summary>
        public static int Vector512MinimumRows(string element) => element == "double" ? 16 : 32;

        /// <summary>
        /// A row-vectorised batch of fewer rows than this trains one row at a time through the per-row code: below it,
        /// a vector pass (mostly padding lanes, plus clearing and summing the per-lane gradients) costs more than the
        /// rows one by one. Measured (benchmarks OneRowCrossover, 14→16→3 sigmoid SGD, Zen 5, AVX-512 and AVX2 runs; see
        /// benchmarks/results/issue-14-onerow.md): float per row wins below 6 rows, ties at 6 and loses from 8 on
        /// (8 lanes); double per row beat the 4-double Vector&lt;T&gt; lanes at every size up to 16, so double batches
        /// take lanes only from <see cref="Vector512MinimumRows"/> on.
        /// </summary>
        public static int LanesMinimumRows(string element) => element == "double" ? Vector512MinimumRows(element) : 6;

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

        public NetworkPlan(NetworkSpec spec, IReadOnlyList<ModulePlan> steps, int stateSize, int deltaSize, int parameterCount, int bufferCount)
        {
            Spec = spec;
            Steps = steps;
            Layers = System.Linq.Enumerable.ToList(System.Linq.Enumerable.OfType<LayerPlan>(steps));
            StateSize = stateSize;
            DeltaSize = deltaSize;
            ParameterCount = parameterCount;
            BufferCount = bufferCount;
            Loss = LossInfo.For(spec.Loss.Kind);
        }

        public NetworkSpec Spec { get; }

        /// <summary>Every step of the forward pass in order: Dense layers (with their activation) and the other modules.</summary>
        public IReadOnlyList<ModulePlan> Steps { get; }

        /// <summary>The Dense layers among <see cref="Steps"/>.</summary>
        public IReadOnlyList<LayerPlan> Layers { get; }

        /// <summary>True when every step is a Dense layer (the shapes the unrolled strategies handle).</summary>
        public bool DenseOnly => Steps.Count == Layers.Count;

        /// <summary>The training strategy: chosen once by the planner (or forced by a test).</summary>
        public NetGen.Runtime.TrainingStrategy Strategy { get; set; }

        public LayerPlan OutputLayer => Layers[Layers.Count - 1];

        public LossInfo Loss { get; }

        public int InputSize => Spec.InputSize;

        public int OutputSize => OutputLayer.Out;

        /// <summary>The classification members this network gets.</summary>
        public NetGen.Generator.Model.ClassifierOutput Classifier => NetGen.Generator.Model.GeneratedMembers.ClassifierFor(Spec.Loss.Kind, OutputSize);

        /// <summary>Trainable values, at the start of the parameter array.</summary>
        public int ParameterCount { get; }

        /// <summary>Saved but untrained values (running statistics, standardisation), after the parameters in the same array.</summary>
        public int BufferCount { get; }

        /// <summary>Parameters and buffers: the length of the array the forward pass reads.</summary>
        public int StoredCount => ParameterCount + BufferCount;

        /// <summary>Per-row values: the input, then each step's kept values and its output.</summary>
        public int StateSize { get; }

        /// <summary>Per-row gradient slots.</summary>
        public int DeltaSize { get; }

        /// <summary>"float" or "double".</summary>
        public string Element => Spec.Precision == Precision.Double ? "double" : "float";

        /// <summary>
        /// The run-time helpers have vector code (Vector&lt;T&gt;, ShallowNet, lanes): the modern flavour only. The
        /// portable one trains PerRow or BatchMajor with scalar row forms.
        /// </summary>
        public bool VectorCode => Spec.Flavour == TargetFlavour.Modern;

        /// <summary>How the generated code spells the element type's helpers and spans in this flavour.</summary>
        public Emit.ElementType Code => new Emit.ElementType(Element, Spec.Flavour);

        public bool BatchMajor => Strategy == NetGen.Runtime.TrainingStrategy.BatchMajor;

        /// <summary>
        /// Batch-major training streams whole rows of its parameters, gradients, moments and batch scratch, so those
        /// start cache lines (NetGen.Runtime.AlignedArrays). Per-row, lanes and 1→H→1 training read parameters one
        /// at a time, and the portable runtime has no vector kernels.
        /// </summary>
        public bool AlignsScalarBuffers => BatchMajor && VectorCode;

        /// <summary>Row-vectorised training loads a vector per parameter from its lane arrays, so those start cache lines.</summary>
        public bool AlignsLaneBuffers => RowVectorized && VectorCode;

        public bool RowVectorized => Strategy == NetGen.Runtime.TrainingStrategy.Lanes;

        public bool ShallowTraining => Strategy == NetGen.Runtime.TrainingStrategy.Shallow;

        public bool PerRowTraining => Strategy == NetGen.Runtime.TrainingStrategy.PerRow;

        /// <summary>The network has a BatchNorm: batch-major training then takes the whole batch as one chunk.</summary>
        public bool WholeBatch => System.Linq.Enumerable.Any(Steps, s => s is NormPlan { IsBatchNorm: true });

        /// <summary>The network draws dropout masks in training.</summary>
        public bool HasDropout => System.Linq.Enumerable.Any(Steps, s => s is DropoutPlan);

        /// <summary>
        /// PredictBatch, EvaluateLoss and Accuracy run chunks of <see cref="BatchRows"/> rows through the batch-major
        /// forward pass, which reads each weight once per chunk instead of once per row: batch-major networks whose
        /// training forward is also their inference forward (not BatchNorm, which trains on the batch's statistics,
        /// nor Dropout). 32 rows of 1→512→512→1 took 1,373 µs row by row against 156 µs (AVX-512, benchmarks
        /// --filter '*PredictBatchWide*').
        /// </summary>
        public bool BatchedInference => BatchMajor && !WholeBatch && !HasDropout;

        /// <summary>
        /// Something calls the one-row forward pass (__Forward): Predict, PredictBatch and EvaluateLoss unless ShallowNet
        /// runs them, PredictClass, and per-row training (PerRow, and the Lanes strategy's per-row pass).
        /// </summary>
        public bool CallsRowForward => !Shallow || Classifier != NetGen.Generator.Model.ClassifierOutput.None
            || PerRowTraining || RowVectorized;

        /// <summary>
        /// A batch-major network's first chunk of a batch sets the gradients (0 + Σ, the bits of clear + add) instead of
        /// clearing and adding: only when the Dense layers' weights and biases are every parameter (a BatchNorm or
        /// LayerNorm backward only adds, so those networks clear first).
        /// </summary>
        public bool FirstChunkSetsGradients
        {
            get
            {
                long dense = 0;
                foreach (var layer in Layers)
                {
                    dense += (long)layer.In * layer.Out + layer.Out;
                }

                return dense == ParameterCount;
            }
        }

        /// <summary>
        /// Adam or AdamW with the finite check: the network keeps bounds of the moments it stored
        /// (NetGen.Runtime.AdamMomentBounds), so a checked update's check reads the parameters and gradients only.
        /// </summary>
        public bool KeepsMomentBounds => Spec.CheckFinite && Spec.Optimizer.Kind is OptimizerKind.Adam or OptimizerKind.AdamW;

        /// <summary>
        /// Training splits a batch into shards that threads share (NetGen.Runtime.GradientShards): batch-major networks
        /// whose modules treat rows independently (BatchNorm needs the whole batch's statistics, Dropout draws its masks
        /// in row order from one generator), in the modern flavour (the portable helpers have no worker threads).
        /// </summary>
        public bool DataParallel => BatchMajor && !WholeBatch && !HasDropout && Spec.Flavour == TargetFlavour.Modern;

        /// <summary>
        /// Fewest units one part of a split layer holds (<see cref="UnitSplit"/>): a part's tasks read the layer's whole
        /// input, so narrower parts read it more often. On 784→128→10 at batch 256 (benchmarks --unit-split, one thread)
        /// the one-thread split step ran 4–6% faster than row shards with parts of 32 units and 7–10% with parts of 64;
        /// the hand-written prototype took 795, 827 and 975 µs with parts of 64, 32 and 16.
        /// </summary>
        public const int MinimumPartUnits = 64;

        /// <summary>Most parts of one split layer, and so most threads its phases use.</summary>
        public const int MostLayerParts = 8;

        /// <summary>
        /// Sharded training splits each Dense layer's units over the threads instead of the batch's rows
        /// (NetGen.Runtime.IUnitSplitTraining): Dense-only networks of at least two layers with a hidden layer wide enough
        /// for two parts and elementwise hidden activations. Only activations and deltas then cross between the cores,
        /// not a copy of every gradient: on this project's two-vCPU machine, with the vCPUs on different dies, the
        /// 784→128→10 step at batch 256 ran 1.45–1.74× faster on two threads than on one, against 1.16–1.49× with row
        /// shards (benchmarks --peak-paired, builds alternated; benchmarks/results/issue-14-parallel.md).
        /// </summary>
        public bool UnitSplit
        {
            get
            {
                if (!DataParallel || !DenseOnly || Layers.Count < 2)
                {
                    return false;
                }

                bool wide = false;
                foreach (var layer in Layers)
                {
                    // A part computes its own units' activations only (NG0010 already keeps Softmax, which reads a
                    // whole row, to the output layer).
                    if (layer != OutputLayer && !layer.Activation.IsElementwise)
                    {
                        return false;
                    }

                    wide |= PartsOf(layer) > 1;
                }

                return wide;
            }
        }

        /// <summary>
        /// The parts of <paramref name="layer"/> in the unit split: one for the output layer (its loss reads whole rows),
        /// else <see cref="MinimumPartUnits"/> units or more each, at most <see cref="MostLayerParts"/>.
        /// </summary>
        public int PartsOf(LayerPlan layer) => layer == OutputLayer
            ? 1
            : System.Math.Max(1, System.Math.Min(MostLayerParts, layer.Out / MinimumPartUnits));

        /// <summary>Units of each part of <paramref name="layer"/> but the last, which holds the rest (at least 25: see <see cref="PartsOf"/>).</summary>
        public int PartUnits(LayerPlan layer) => (layer.Out + PartsOf(layer) - 1) / PartsOf(layer);

        /// <summary>The first step standardises the inputs.</summary>
        public StandardizePlan? Standardize => Steps.Count > 0 ? Steps[0] as StandardizePlan : null;

        /// <summary>
        /// The tutorials' function fitter: one input, one hidden layer of at least <see cref="ShallowMinimumHidden"/>
        /// units with a vector-form activation, one linear output, nothing else. Its Predict runs through
        /// NetGen.Runtime.ShallowNet, which vectorises over the hidden units (W1, b1 and W2 are each contiguous in nn.Linear's layout).
        /// </summary>
        public bool Shallow => VectorCode && DenseOnly && Layers.Count == 2 && InputSize == 1
            && Layers[0].Out >= ShallowMinimumHidden && Layers[0].Activation.HasLaneForm
            && Layers[1].Out == 1 && Layers[1].Activation.IsIdentity;

        /// <summary>The hidden layer's activation as NetGen.Runtime.LaneActivations names it (see <see cref="Emit.ElementType.ShallowTypeArguments"/>).</summary>
        public string ShallowActivation => Layers[0].Activation.MethodName;

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

        /// <summary>The narrowest float vector (8): with fewer inputs a weight row holds no whole vector.</summary>
        public const int RowGradientMinimumInputs = 8;

        /// <summary>
        /// A modern layer, unrolled or looped, with at least this many inputs (one 256-bit vector of float) and more than
        /// 4 outputs runs its one-row forward through LinearAlgebra.DenseRow (<see cref="RowForward.RowBlocks"/>).
        /// </summary>
        public const int RowBlockMinimumInputs = 8;

        /// <summary>Floats per vector in the one-row register pass: 256-bit vectors (OneRowRegisters.Supported checks Vector&lt;float&gt;).</summary>
        public const int OneRowRegistersLanes = 8;

        /// <summary>The widest layer the one-row register pass takes (4 vectors of 8 floats: a row of it stays in registers).</summary>
        public const int OneRowRegistersMaximumWidth = 4 * OneRowRegistersLanes;

        /// <summary>
        /// A batch smaller than the lanes take trains row by row through a pass that keeps each row in registers, 8 floats per vector
        /// (NetGen.Runtime.OneRowRegisters): a modern float row-vectorised network whose activations have lane forms
        /// and derivatives from their output, whose first layer has 8 to 32 inputs, whose hidden layers are whole
        /// vectors (8, 16, 24 or 32 units) and whose output has at most 32. Other shapes, and processes without AVX or
        /// with another Vector&lt;float&gt; width, take the per-row pass.
        /// </summary>
        public bool OneRowRegisters
        {
            get
            {
                if (!RowVectorized || Spec.Precision != Precision.Single || Spec.Flavour != TargetFlavour.Modern || !DenseOnly
                    || InputSize < OneRowRegistersLanes || InputSize > OneRowRegistersMaximumWidth)
                {
                    return false;
                }

                foreach (var layer in Layers)
                {
                    bool hidden = layer != OutputLayer;
                    if (!layer.Activation.IsElementwise || !layer.Activation.HasLaneForm || layer.FusedWithLoss
                        || (!layer.Activation.IsIdentity && layer.Activation.DerivativeFrom != DerivativeSource.Output)
                        || layer.Out > OneRowRegistersMaximumWidth || (hidden && layer.Out % OneRowRegistersLanes != 0))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The emitted code uses Vector&lt;T&gt; directly.</summary>
        public bool UsesVectorCode => RowVectorized || System.Linq.Enumerable.Any(Layers, l => l.RowForward == RowForward.OutputVectors);

        /// <summary>Weights baked into the generated code from <c>[Network(Weights = ...)]</c>, or null.</summary>
        public BakedWeights? Baked { get; set; }

        public bool ScratchOnStack => (long)StateSize * (Spec.Precision == Precision.Double ? 8 : 4) <= StackScratchLimitBytes;
    }

    /// <summary>One step of the forward pass: where its input, output and gradients live.</summary>
    internal abstract class ModulePlan
    {
        /// <summary>1-based position among the steps, for comments.</summary>
        public int Number { get; set; }

        /// <summary>The state_dict prefix: the Name given, or the nn.Sequential index.</summary>
        public string Prefix { get; set; } = "";

        public int In { get; set; }

        public int Out { get; set; }

        /// <summary>State offset of the previous step's output (the input row for the first).</summary>
        public int InputOffset { get; set; }

        /// <summary>State offset of the kept pre-activation z, or -1 when it is not kept.</summary>
        public int PreActivationOffset { get; set; }

        /// <summary>State offset of the output y (equal to z's for Identity).</summary>
        public int OutputOffset { get; set; }

        /// <summary>Delta offset of ∂L/∂y, turned into ∂L/∂z in place.</summary>
        public int DeltaOffset { get; set; }

        /// <summary>Delta offset of the input's ∂L/∂x, or -1 when the input is the network's.</summary>
        public int PreviousDeltaOffset { get; set; }

        /// <summary>The activation applied to this step's output (Identity when none): the planner joins it to the step.</summary>
        public ActivationTraits Activation { get; set; } = ActivationTraits.For(NetGen.Activation.Identity);

        public double Alpha { get; set; }

        /// <summary>The loss reads this step's logits and writes ∂L/∂z itself (Sigmoid+BCE, Softmax+CE).</summary>
        public bool FusedWithLoss { get; set; }

        public bool KeepsPreActivation => PreActivationOffset >= 0 && PreActivationOffset != OutputOffset;

        /// <summary>Where the step writes before its activation: z when kept, else straight into y.</summary>
        public int ZOffset => KeepsPreActivation ? PreActivationOffset : OutputOffset;

        /// <summary>The equivalent torch.nn module, for the docs of ParameterLayout.</summary>
        public abstract string TorchModule { get; }

        /// <summary>Shape, parameters and their offsets, for the class's remarks table (without the activation).</summary>
        public abstract string Summary { get; }
    }

    /// <summary>Where one Dense layer's weights, inputs, outputs and gradients live.</summary>
    internal sealed class LayerPlan : ModulePlan
    {
        public int WeightOffset { get; set; }

        public int BiasOffset => WeightOffset + In * Out;

        public int ParameterCount => (In + 1) * Out;

        public bool Unrolled { get; set; }

        public override string TorchModule => $"nn.Linear({In}, {Out})";

        public override string Summary => $"Dense {In}→{Out}, {{0}}, {ParameterCount} (weight [{Out}, {In}] at {WeightOffset}, bias at {BiasOffset})";

        /// <summary>How the per-row forward pass (Predict, and training of small non-vectorised nets) computes this layer.</summary>
        public RowForward RowForward { get; set; }

        /// <summary>
        /// The per-row forward applies the activation as one vector call over the layer's units
        /// (VectorActivations.{Name}Row) instead of one scalar call per unit: modern float code, exp-based activations.
        /// </summary>
        public bool ActivatesWholeRow { get; set; }

        /// <summary>
        /// The per-row backward accumulates the weight gradient one weight row at a time in vectors
        /// (LinearAlgebra.RowWeightGradient) instead of one scalar read-modify-write per weight, and propagates to its
        /// input in vectors of inputs (LinearAlgebra.RowInputGradient): modern code, unrolled layers with at least
        /// <see cref="NetworkPlan.RowGradientMinimumInputs"/> inputs.
        /// </summary>
        public bool VectorWeightGradient { get; set; }

    }

    /// <summary>A LayerNorm or BatchNorm: its weight and bias, its buffers, and the statistics training keeps.</summary>
    internal sealed class NormPlan : ModulePlan
    {
        public bool IsBatchNorm { get; set; }

        public double Epsilon { get; set; }

        public double Momentum { get; set; }

        public int WeightOffset { get; set; }

        public int BiasOffset => WeightOffset + Out;

        /// <summary>BatchNorm: running_mean at this offset of the stored values, running_var after it, then num_batches_tracked.</summary>
        public int RunningMeanOffset { get; set; }

        public int RunningVarOffset => RunningMeanOffset + Out;

        public int BatchCountOffset => RunningVarOffset + Out;

        /// <summary>State offset of the saved mean (LayerNorm: one per row; BatchNorm: one per feature), then 1/σ after it.</summary>
        public int StatisticsOffset { get; set; }

        /// <summary>Per-row state slots of one statistic: 1 for LayerNorm, Out for BatchNorm.</summary>
        public int StatisticWidth => IsBatchNorm ? Out : 1;

        public override string TorchModule => IsBatchNorm
            ? $"nn.BatchNorm1d({Out}, eps={Emit.Literals.Plain(Epsilon)}, momentum={Emit.Literals.Plain(Momentum)})"
            : $"nn.LayerNorm({Out}, eps={Emit.Literals.Plain(Epsilon)})";

        public override string Summary => IsBatchNorm
            ? $"BatchNorm {Out}, {{0}}, {2 * Out} (weight at {WeightOffset}, bias at {BiasOffset}); buffers running_mean, running_var, num_batches_tracked at {RunningMeanOffset}"
            : $"LayerNorm {Out}, {{0}}, {2 * Out} (weight at {WeightOffset}, bias at {BiasOffset})";
    }

    /// <summary>A Dropout: its mask slot.</summary>
    internal sealed class DropoutPlan : ModulePlan
    {
        public double Probability { get; set; }

        /// <summary>State offset of the mask (0 or 1/(1 − p) per value).</summary>
        public int MaskOffset { get; set; }

        public override string TorchModule => $"nn.Dropout({Emit.Literals.Plain(Probability)})";

        public override string Summary => $"Dropout(p = {Emit.Literals.Plain(Probability)}), {{0}}, 0";
    }

    /// <summary>Standardize, in place on the input row: mean and std among the stored values.</summary>
    internal sealed class StandardizePlan : ModulePlan
    {
        public int MeanOffset { get; set; }

        public int StdOffset => MeanOffset + In;

        public override string TorchModule => $"Standardize({In}) (buffers mean, std: (x - mean) / std)";

        public override string Summary => $"Standardize {In}, 0 (buffers mean at {MeanOffset}, std at {StdOffset})";
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

        /// <summary>
        /// At least one 256-bit vector of inputs and more than 4 outputs, unrolled or looped: LinearAlgebra.DenseRow sums
        /// eight outputs' rows side by side and reduces them with one horizontal-add tree.
        /// </summary>
        RowBlocks,
    }
}
