using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        // A buffer of `length` elements: cache-line aligned where the plan says the kernels gain from it.
        private static string NewBuffer(bool aligned, string element, string length) => aligned
            ? $"global::NetGen.Runtime.AlignedArrays.Allocate<{element}>({length})"
            : $"new {element}[{length}]";

        private static void WriteMembers(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            string name = Identifiers.Escape(plan.Spec.Type.Name);
            var optimizer = plan.Spec.Optimizer;
            string seed = Literals.Int(plan.Spec.Seed);

            w.Lines($$"""
                /// <summary>Values per input row.</summary>
                public const int InputSize = {{plan.InputSize}};

                /// <summary>Values per output row.</summary>
                public const int OutputSize = {{plan.OutputSize}};

                /// <summary>Trainable parameters, module by module: a Dense's weight [out, in] row-major, then its bias.</summary>
                public const int ParameterCount = {{plan.ParameterCount}};

                // Per-row state: the input row, then each layer's kept pre-activation and its output.
                private const int __StateSize = {{plan.StateSize}};
                """);
            if (plan.PerRowTraining || plan.BatchMajor || plan.RowVectorized)
            {
                w.Lines($$"""

                    // Per-row deltas: ∂L/∂y of each layer's output, turned into ∂L/∂z in place.
                    private const int __DeltaSize = {{plan.DeltaSize}};
                    """);
            }

            if (plan.BufferCount > 0)
            {
                w.Lines($$"""

                    // Parameters, then the saved buffers (running statistics, standardisation), which training does not optimise.
                    private const int __StoredCount = {{plan.StoredCount}};
                    """);
            }

            w.Lines($$"""

                private readonly {{t}}[] __parameters = {{NewBuffer(plan.AlignsScalarBuffers, t, StoredCountName(plan))}};
                private readonly {{t}}[] __gradients = {{NewBuffer(plan.AlignsScalarBuffers, t, "ParameterCount")}};

                // Training scratch, reused by every step so that training allocates nothing.
                """);
            if (plan.BatchMajor)
            {
                if (plan.WholeBatch)
                {
                    w.Lines($$"""
                        // BatchNorm: the whole batch is one chunk; TrainStep grows these to the largest batch it is given.
                        private {{t}}[] __batchState = global::System.Array.Empty<{{t}}>();
                        private {{t}}[] __batchDelta = global::System.Array.Empty<{{t}}>();

                        // The buffers before the current training step: the forward pass moves BatchNorm's running
                        // statistics, and a step that fails puts them back, so it changes nothing.
                        private readonly {{t}}[] __buffersBefore = new {{t}}[__StoredCount - ParameterCount];
                        """);
                }
                else
                {
                    w.Lines($$"""
                        // Batch-major: each state slot holds __BatchRows rows, [rows, width] row-major.
                        private const int __BatchRows = {{NetworkPlan.BatchRows}};
                        private readonly {{t}}[] __batchState = {{NewBuffer(plan.AlignsScalarBuffers, t, "__StateSize * __BatchRows")}};
                        private readonly {{t}}[] __batchDelta = {{NewBuffer(plan.AlignsScalarBuffers, t, "__DeltaSize * __BatchRows")}};
                        """);
                }

                if (plan.HasDropout)
                {
                    w.Lines($$"""

                        // Dropout masks in training: drawn from the network's own generator, so training is reproducible.
                        private readonly global::NetGen.DeterministicRandom __dropoutRandom;
                        """);
                }
            }
            else if (plan.ShallowTraining)
            {
                w.Line("// 1→H→1: NetGen.Runtime.ShallowNet keeps its per-block scratch on the stack.");
            }
            else if (plan.RowVectorized)
            {
                w.Lines($$"""
                    // Row-vectorised: per-lane gradient sums (Vector<T> lanes, and 512-bit lanes on AVX-512 hardware), the
                    // parameters broadcast for the Vector<T> pass, and lanes to transpose rows in and losses out.
                    private readonly {{Expressions.Vector(t)}}[] __vectorGradients = {{NewBuffer(plan.AlignsLaneBuffers, Expressions.Vector(t), "ParameterCount")}};
                    private readonly {{Expressions.Vector(t)}}[] {{LaneFlavour.Native(t).BroadcastParameters}} = {{NewBuffer(plan.AlignsLaneBuffers, Expressions.Vector(t), "ParameterCount")}};
                    private readonly {{LaneFlavour.Vector512(t)}}[] __vectorGradients512 = {{NewBuffer(plan.AlignsLaneBuffers, LaneFlavour.Vector512(t), "ParameterCount")}};
                    private readonly {{t}}[] __lanes = new {{t}}[global::System.Math.Max({{Expressions.Vector(t)}}.Count, {{LaneFlavour.Vector512(t)}}.Count) * {{System.Math.Max(plan.InputSize, 2 * plan.OutputSize)}}];

                    // Batches of at least two 512-bit vectors of rows take the 512-bit lanes: smaller ones gain little
                    // from the wider vectors and lose more to padding lanes.
                    private const int __Vector512MinimumRows = {{NetworkPlan.Vector512MinimumRows(plan.Element)}};

                    // Batches of fewer rows train one row at a time (__Forward and __Backward on __trainState and
                    // __trainDelta): a vector pass costs about as much as this many rows through the per-row code.
                    private const int __LanesMinimumRows = {{NetworkPlan.LanesMinimumRows(plan.Element)}};
                    private readonly {{t}}[] __trainState = new {{t}}[__StateSize];
                    private readonly {{t}}[] __trainDelta = new {{t}}[__DeltaSize];

                    // The passes of __ComputeGradients.
                    internal const int __PerRowPass = 0;
                    internal const int __LanesPass = 1;
                    internal const int __Lanes512Pass = 2;
                    """);
                if (plan.OneRowRegisters)
                {
                    w.Line("internal const int __RegisterPass = 3;");
                }

                if (plan.LayerScratchVectors > 0)
                {
                    var native = LaneFlavour.Native(t);
                    var wide = LaneFlavour.Wide(t);
                    w.Lines($$"""

                        // z, f(z) and f'(z) of one exp-based layer, for its single activation call (one scratch per lane width).
                        private readonly {{native.Type}}[] {{native.LayerScratch}} = {{NewBuffer(plan.AlignsLaneBuffers, native.Type, Literals.Int(plan.LayerScratchVectors))}};
                        private readonly {{wide.Type}}[] {{wide.LayerScratch}} = {{NewBuffer(plan.AlignsLaneBuffers, wide.Type, Literals.Int(plan.LayerScratchVectors))}};
                        """);
                }
            }
            else if (plan.PerRowTraining)
            {
                w.Lines($$"""
                    private readonly {{t}}[] __trainState = new {{t}}[__StateSize];
                    private readonly {{t}}[] __trainDelta = new {{t}}[__DeltaSize];
                    """);
            }
            else
            {
                throw new System.ArgumentOutOfRangeException(nameof(plan), plan.Strategy, "Unknown strategy.");
            }

            w.Line();
            w.Line("// The managed id of the thread inside a training member, 0 when none (NetGen.Runtime.TrainingGuard).");
            w.Line($"private int {GuardField};");
            w.Line();
            w.Line("// Optimizer state: the step count (1-based once training starts) and the moment buffers.");
            w.Line("private long __step;");
            foreach (var buffer in OptimizerBuffers(optimizer))
            {
                w.Line($"private readonly {t}[] {buffer} = {NewBuffer(plan.AlignsScalarBuffers, t, "ParameterCount")};");
            }

            if (plan.KeepsMomentBounds)
            {
                w.Line("// Bounds of the moments the last checked update stored; default (unknown) after anything else writes them.");
                w.Line($"private {MomentBoundsType} {MomentBoundsField};");
            }

            w.Line();
            w.Line("// The learning rate (LearningRate), from the attribute until set at run time.");
            w.Line($"private double __learningRate = {Literals.Double(optimizer.LearningRate)};");
            w.Line();
            w.Line("// The data order of Fit(…, FitOptions): created on first use, continued by later calls (FitOptions.Seed = null).");
            w.Line("private global::NetGen.DeterministicRandom? __dataOrder;");

            w.Line();
            if (plan.Baked is null)
            {
                w.Lines($$"""
                    /// <summary>Creates the network with the seed from <c>[Network(Seed = {{seed}})]</c>.</summary>
                    public {{name}}() : this({{seed}})
                    {
                    }
                    """);
            }
            else
            {
                WriteBakedConstructor(w, plan, name, seed);
            }

            w.Line();
            w.Lines($$"""
                /// <summary>Creates the network, initialising every layer deterministically from <paramref name="seed"/>.</summary>
                /// <param name="seed">Equal seeds give equal parameters on every platform.</param>
                public {{name}}(int seed)
                {
                    global::NetGen.DeterministicRandom random = new global::NetGen.DeterministicRandom(seed);
                """);
            foreach (var step in plan.Steps)
            {
                if (step is LayerPlan layer)
                {
                    LayerEmitter.Initialize(w, layer, plan);
                }
                else
                {
                    ModuleEmitter.Initialize(w, step, plan.Code);
                }
            }

            if (plan.HasDropout)
            {
                w.Line("    // After every layer's draws, so dropout leaves the initial parameters as they are without it.");
                w.Line("    __dropoutRandom = new global::NetGen.DeterministicRandom(unchecked((long)random.NextUInt64()));");
            }

            w.Line("}");
            w.Line();
            w.Lines($$"""
                /// <summary>
                /// All parameters in one buffer, layer by layer: the weight [out, in] row-major (PyTorch's nn.Linear
                /// layout), then the bias. Writing through it changes the model.
                /// </summary>
                public global::System.Span<{{t}}> Parameters => {{TrainableSpan(plan)}};

                /// <summary>The gradients of the last ComputeGradients or TrainStep, laid out like <see cref="Parameters"/>.</summary>
                public global::System.Span<{{t}}> Gradients => __gradients;

                /// <summary>Optimizer steps taken since construction or the last <see cref="ResetOptimizer()"/>.</summary>
                public long OptimizerStepCount => __step;

                int global::NetGen.INeuralNetwork<{{t}}>.InputSize => InputSize;

                int global::NetGen.INeuralNetwork<{{t}}>.OutputSize => OutputSize;

                int global::NetGen.INeuralNetwork<{{t}}>.ParameterCount => ParameterCount;
                """);
            if (plan.BufferCount > 0)
            {
                w.Lines($$"""

                    global::System.Span<{{t}}> global::NetGen.Runtime.IStoredValues<{{t}}>.StoredValues => __parameters;
                    """);
            }

            w.Line();
        }

        private const string MomentBoundsType = "global::NetGen.Runtime.AdamMomentBounds";

        /// <summary>The field of <see cref="NetworkPlan.KeepsMomentBounds"/>.</summary>
        private const string MomentBoundsField = "__adamMomentBounds";

        /// <summary>Forgets the moments' bounds after a write other than the checked update's (nothing when none are kept).</summary>
        private static void WriteForgetMomentBounds(CodeWriter w, NetworkPlan plan)
        {
            if (plan.KeepsMomentBounds)
            {
                w.Line($"{MomentBoundsField} = default;");
            }
        }

        /// <summary>The state each optimizer keeps per parameter.</summary>
        private static string[] OptimizerBuffers(OptimizerSpec optimizer) => optimizer.Kind switch
        {
            OptimizerKind.Sgd when optimizer.Momentum != 0 => new[] { "__momentumBuffer" },
            OptimizerKind.Sgd => System.Array.Empty<string>(),
            OptimizerKind.Adam or OptimizerKind.AdamW => new[] { "__firstMoment", "__secondMoment" },
            OptimizerKind.Rprop => new[] { "__previousGradient", "__stepSize" },
            _ => throw new System.ArgumentOutOfRangeException(nameof(optimizer), optimizer.Kind, "Unknown optimizer."),
        };
    }
}
