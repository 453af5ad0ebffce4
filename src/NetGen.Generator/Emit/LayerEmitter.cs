using System.Collections.Generic;
using System.Linq;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    /// <summary>
    /// Emits one Dense layer's forward and backward code in the shape the planner chose: unrolled
    /// (constant indices, one statement per neuron) or looped (fixed trip counts over vectorised kernels).
    /// Names in the emitted code: p parameters, s per-row state, d per-row deltas, g gradients.
    /// </summary>
    internal static class LayerEmitter
    {
        private const int TermsPerLine = 4;
        internal const string Kernels = "global::NetGen.Runtime.LinearAlgebra.";

        /// <summary>The constructor's line that draws the layer's weight and bias from the seeded generator.</summary>
        public static void Initialize(CodeWriter w, LayerPlan layer, NetworkPlan plan)
        {
            string t = plan.Element;
            var element = plan.Code;
            string biasInit = double.IsNaN(plan.Spec.BiasInit) ? "double.NaN" : Literals.Double(plan.Spec.BiasInit);
            w.Line($"    // Layer {layer.Number}: weight [{layer.Out}, {layer.In}] at {layer.WeightOffset}, bias [{layer.Out}] at {layer.BiasOffset}.");
            w.Line($"    global::NetGen.Runtime.Initializers.InitializeDense{element.CopiedTypeArguments}(new global::System.Span<{t}>(__parameters, {layer.WeightOffset}, {layer.In * layer.Out}), new global::System.Span<{t}>(__parameters, {layer.BiasOffset}, {layer.Out}), {layer.In}, {layer.Out}, global::NetGen.Initialization.{plan.Spec.Initialization}, random, {biasInit});");
        }

        /// <summary>Writes the layer's forward code.</summary>
        /// <param name="w">The writer.</param>
        /// <param name="layer">The layer.</param>
        /// <param name="element">float or double.</param>
        /// <param name="parameter">
        /// The expression of the parameter at a constant index in unrolled code: <c>p[i]</c> by default, or a
        /// literal when the weights are baked. Looped and vector-shaped code always reads the span <c>p</c>.
        /// </param>
        public static void Forward(CodeWriter w, LayerPlan layer, ElementType element, System.Func<int, string>? parameter = null)
        {
            w.Line($"// Layer {layer.Number}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}{(layer.Unrolled ? "" : " (looped)")}");
            // The vector shapes read the span p even when the weights are baked (p is then BakedParameters), so
            // baked and loaded networks run the same operations and agree to the bit.
            if (layer.RowForward == RowForward.OutputVectors)
            {
                OutputVectorsForward(w, layer, element);
            }
            else if (layer.RowForward == RowForward.RowDots)
            {
                RowDotsForward(w, layer, element);
            }
            else if (layer.RowForward == RowForward.RowBlocks)
            {
                RowBlocksForward(w, layer, element);
            }
            else if (layer.Unrolled)
            {
                UnrolledForward(w, layer, element, parameter ?? (index => $"p[{index}]"));
            }
            else
            {
                LoopedForward(w, layer, element);
            }

            if (!layer.Activation.IsElementwise)
            {
                w.Line(Expressions.Softmax(element, $"s.Slice({layer.PreActivationOffset}, {layer.Out})", $"s.Slice({layer.OutputOffset}, {layer.Out})") + ";");
            }
        }

        public static void Backward(CodeWriter w, LayerPlan layer, ElementType element)
        {
            w.Line($"// Layer {layer.Number} backward: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}{(layer.Unrolled ? "" : " (looped)")}");
            ActivationBackward(w, layer, element);
            if (layer.VectorWeightGradient)
            {
                w.Line($"{Kernels}RowWeightGradient{element.CopiedTypeArguments}(d.Slice({layer.DeltaOffset}, {layer.Out}), s.Slice({layer.InputOffset}, {layer.In}), g.Slice({layer.WeightOffset}, {layer.In * layer.Out}), g.Slice({layer.BiasOffset}, {layer.Out}));");
                if (layer.PreviousDeltaOffset >= 0)
                {
                    // The same sums as the unrolled propagation, whole vectors of inputs at a time.
                    w.Line($"{Kernels}RowInputGradient{element.CopiedTypeArguments}(p.Slice({layer.WeightOffset}, {layer.In * layer.Out}), d.Slice({layer.DeltaOffset}, {layer.Out}), d.Slice({layer.PreviousDeltaOffset}, {layer.In}));");
                }
            }
            else if (layer.Unrolled)
            {
                DeclareLocals(w, element, DeltaLocal(layer), "d", layer.DeltaOffset, layer.Out);
                DeclareLocals(w, element, InputLocal(layer), "s", layer.InputOffset, layer.In);
                UnrolledGradients(w, layer);
                if (layer.PreviousDeltaOffset >= 0)
                {
                    UnrolledPropagate(w, layer);
                }
            }
            else
            {
                LoopedGradients(w, layer, element);
                if (layer.PreviousDeltaOffset >= 0)
                {
                    LoopedPropagate(w, layer, element);
                }
            }
        }

        private static void UnrolledForward(CodeWriter w, LayerPlan layer, ElementType element, System.Func<int, string> parameter)
        {
            DeclareLocals(w, element, InputLocal(layer), "s", layer.InputOffset, layer.In);
            for (int j = 0; j < layer.Out; j++)
            {
                var terms = Enumerable.Range(0, layer.In)
                    .Select(i => $"{parameter(layer.WeightOffset + j * layer.In + i)} * {InputLocal(layer)}{i}")
                    .Append(parameter(layer.BiasOffset + j))
                    .ToList();
                if (layer.KeepsPreActivation)
                {
                    WriteSum(w, $"s[{layer.PreActivationOffset + j}] = ", terms, ";");
                    if (layer.Activation.IsElementwise && !layer.ActivatesWholeRow)
                    {
                        w.Line($"s[{layer.OutputOffset + j}] = {Expressions.Activate(layer, element, $"s[{layer.PreActivationOffset + j}]")};");
                    }
                }
                else if (layer.Activation.IsIdentity || layer.ActivatesWholeRow)
                {
                    WriteSum(w, $"s[{layer.OutputOffset + j}] = ", terms, ";");
                }
                else
                {
                    var (open, close) = Expressions.ActivateAround(layer, element);
                    WriteSum(w, $"s[{layer.OutputOffset + j}] = {open}", terms, close + ";");
                }
            }

            WholeRowActivation(w, layer, element);
        }

        /// <summary>y = f(z) over the layer's units in one vector call, when the plan says so (z and y may be one slot).</summary>
        private static void WholeRowActivation(CodeWriter w, LayerPlan layer, ElementType element)
        {
            if (layer.ActivatesWholeRow)
            {
                int z = layer.KeepsPreActivation ? layer.PreActivationOffset : layer.OutputOffset;
                w.Line($"{Expressions.ActivateRow(layer, element, $"s.Slice({z}, {layer.Out})", $"s.Slice({layer.OutputOffset}, {layer.Out})")};");
            }
        }

        /// <summary>y = f(w·x + b) for whole vectors of outputs: the weight column and bias are contiguous.</summary>
        private static void OutputVectorsForward(CodeWriter w, LayerPlan layer, ElementType element)
        {
            string vector = Expressions.Vector(element.Name);
            w.Line($"// Vectorised over the outputs; the same w·x + b per output as the scalar tail.");
            using (w.Block(null))
            {
                w.Line("ref " + element.Name + " p0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(p);");
                w.Line("ref " + element.Name + " s0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(s);");
                w.Line($"{vector} x = new {vector}(s[{layer.InputOffset}]);");
                w.Line("int j = 0;");
                using (w.Block($"for (; j <= {layer.Out} - {vector}.Count; j += {vector}.Count)"))
                {
                    // Unsafe.Add rather than LoadUnsafe's nuint offset: generated code must compile as C# 8.
                    string z = $"global::System.Numerics.Vector.LoadUnsafe(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref p0, {layer.WeightOffset} + j)) * x + global::System.Numerics.Vector.LoadUnsafe(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref p0, {layer.BiasOffset} + j))";
                    w.Line($"global::System.Numerics.Vector.StoreUnsafe({Expressions.Activate(layer, element, z, lanes: true)}, ref global::System.Runtime.CompilerServices.Unsafe.Add(ref s0, {layer.OutputOffset} + j));");
                }

                w.Line();

                using (w.Block($"for (; j < {layer.Out}; j++)"))
                {
                    w.Line($"s[{layer.OutputOffset} + j] = {Expressions.Activate(layer, element, $"p[{layer.WeightOffset} + j] * s[{layer.InputOffset}] + p[{layer.BiasOffset} + j]")};");
                }
            }
        }

        /// <summary>Each output as one vectorised Dot over its contiguous weight row.</summary>
        private static void RowDotsForward(CodeWriter w, LayerPlan layer, ElementType element)
        {
            for (int j = 0; j < layer.Out; j++)
            {
                string z = $"{Kernels}Dot{element.CopiedTypeArguments}(p.Slice({layer.WeightOffset + j * layer.In}, {layer.In}), s.Slice({layer.InputOffset}, {layer.In})) + p[{layer.BiasOffset + j}]";
                if (layer.KeepsPreActivation)
                {
                    w.Line($"s[{layer.PreActivationOffset + j}] = {z};");
                    if (!layer.ActivatesWholeRow)
                    {
                        w.Line($"s[{layer.OutputOffset + j}] = {Expressions.Activate(layer, element, $"s[{layer.PreActivationOffset + j}]")};");
                    }
                }
                else
                {
                    w.Line($"s[{layer.OutputOffset + j}] = {(layer.ActivatesWholeRow ? z : Expressions.Activate(layer, element, z))};");
                }
            }

            WholeRowActivation(w, layer, element);
        }

        /// <summary>Every output's w·x + b from one kernel call over groups of outputs, then the activation.</summary>
        private static void RowBlocksForward(CodeWriter w, LayerPlan layer, ElementType element)
        {
            int z = layer.ZOffset;
            w.Line($"{Kernels}DenseRow{element.CopiedTypeArguments}(p.Slice({layer.WeightOffset}, {layer.In * layer.Out}), p.Slice({layer.BiasOffset}, {layer.Out}), s.Slice({layer.InputOffset}, {layer.In}), s.Slice({z}, {layer.Out}));");
            if (layer.ActivatesWholeRow || !layer.Activation.IsElementwise || layer.Activation.IsIdentity)
            {
                WholeRowActivation(w, layer, element);
                return;
            }

            if (!layer.Unrolled)
            {
                using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
                {
                    w.Line($"s[{layer.OutputOffset} + j] = {Expressions.Activate(layer, element, $"s[{z} + j]")};");
                }

                return;
            }

            for (int j = 0; j < layer.Out; j++)
            {
                w.Line($"s[{layer.OutputOffset + j}] = {Expressions.Activate(layer, element, $"s[{z + j}]")};");
            }
        }

        private static void LoopedForward(CodeWriter w, LayerPlan layer, ElementType element)
        {
            int zOffset = layer.KeepsPreActivation ? layer.PreActivationOffset : layer.OutputOffset;
            using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
            {
                w.Line($"{element.Name} z = {Kernels}Dot{element.CopiedTypeArguments}(p.Slice({layer.WeightOffset} + j * {layer.In}, {layer.In}), s.Slice({layer.InputOffset}, {layer.In})) + p[{layer.BiasOffset} + j];");
                if (layer.KeepsPreActivation)
                {
                    w.Line($"s[{zOffset} + j] = z;");
                }

                if (layer.Activation.IsElementwise)
                {
                    w.Line($"s[{layer.OutputOffset} + j] = {Expressions.Activate(layer, element, "z")};");
                }
            }
        }

        /// <summary>Turns ∂L/∂y into ∂L/∂z in place, unless the loss already wrote ∂L/∂z.</summary>
        private static void ActivationBackward(CodeWriter w, LayerPlan layer, ElementType element)
        {
            if (layer.FusedWithLoss || layer.Activation.IsIdentity)
            {
                return;
            }

            if (!layer.Activation.IsElementwise)
            {
                w.Line(Expressions.SoftmaxBackward(element, $"s.Slice({layer.OutputOffset}, {layer.Out})", $"d.Slice({layer.DeltaOffset}, {layer.Out})") + ";");
                return;
            }

            // Unrolled layers keep one scalar statement per unit: BatchActivations' vector backward over 16 units made the
            // one-row 14→16→3 step 25 ns slower (its call and 512-bit path cost more than 16 multiplies).
            if (layer.Unrolled)
            {
                for (int j = 0; j < layer.Out; j++)
                {
                    w.Line($"d[{layer.DeltaOffset + j}] *= {Expressions.Derivative(layer, element, $"s[{layer.PreActivationOffset + j}]", $"s[{layer.OutputOffset + j}]")};");
                }
            }
            else
            {
                using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
                {
                    w.Line($"d[{layer.DeltaOffset} + j] *= {Expressions.Derivative(layer, element, $"s[{layer.PreActivationOffset} + j]", $"s[{layer.OutputOffset} + j]")};");
                }
            }
        }

        private static void UnrolledGradients(CodeWriter w, LayerPlan layer)
        {
            for (int j = 0; j < layer.Out; j++)
            {
                for (int i = 0; i < layer.In; i++)
                {
                    w.Line($"g[{layer.WeightOffset + j * layer.In + i}] += {DeltaLocal(layer)}{j} * {InputLocal(layer)}{i};");
                }

                w.Line($"g[{layer.BiasOffset + j}] += {DeltaLocal(layer)}{j};");
            }
        }

        private static void UnrolledPropagate(CodeWriter w, LayerPlan layer)
        {
            for (int i = 0; i < layer.In; i++)
            {
                var terms = Enumerable.Range(0, layer.Out)
                    .Select(j => $"p[{layer.WeightOffset + j * layer.In + i}] * {DeltaLocal(layer)}{j}")
                    .ToList();
                WriteSum(w, $"d[{layer.PreviousDeltaOffset + i}] = ", terms, ";");
            }
        }

        private static void LoopedGradients(CodeWriter w, LayerPlan layer, ElementType element)
        {
            using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
            {
                w.Line($"{element.Name} dz = d[{layer.DeltaOffset} + j];");
                w.Line($"{Kernels}Axpy{element.CopiedTypeArguments}(dz, s.Slice({layer.InputOffset}, {layer.In}), g.Slice({layer.WeightOffset} + j * {layer.In}, {layer.In}));");
                w.Line($"g[{layer.BiasOffset} + j] += dz;");
            }
        }

        private static void LoopedPropagate(CodeWriter w, LayerPlan layer, ElementType element)
        {
            w.Line($"d.Slice({layer.PreviousDeltaOffset}, {layer.In}).Clear();");
            using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
            {
                w.Line($"{Kernels}Axpy{element.CopiedTypeArguments}(d[{layer.DeltaOffset} + j], p.Slice({layer.WeightOffset} + j * {layer.In}, {layer.In}), d.Slice({layer.PreviousDeltaOffset}, {layer.In}));");
            }
        }

        /// <summary>One layer forward over n rows of the batch-major state: the matrix kernel, then the activation.</summary>
        public static void BatchForward(CodeWriter w, LayerPlan layer, ElementType element, bool wholeBatch)
        {
            string x = At(layer.InputOffset, wholeBatch);
            string z = At(layer.ZOffset, wholeBatch);
            string y = At(layer.OutputOffset, wholeBatch);
            w.Line($"// Layer {layer.Number}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, batch-major");
            w.Line($"{Kernels}DenseForward{element.CopiedTypeArguments}(s.Slice({x}, n * {layer.In}), p.Slice({layer.WeightOffset}, {layer.In * layer.Out}), p.Slice({layer.BiasOffset}, {layer.Out}), s.Slice({z}, n * {layer.Out}), n, {layer.In}, {layer.Out});");
            BatchActivation(w, layer, element, z, y);
        }

        /// <summary>
        /// The start of batch-major slot <paramref name="slot"/>: slot × __BatchRows as a constant, or slot × n when the
        /// whole batch is one chunk (BatchNorm networks).
        /// </summary>
        public static string At(int slot, bool wholeBatch) => wholeBatch
            ? (slot == 0 ? "0" : $"{slot} * n")
            : (slot * NetworkPlan.BatchRows).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>The step's activation over n rows, from z (at <paramref name="z"/>) into y (at <paramref name="y"/>).</summary>
        public static void BatchActivation(CodeWriter w, ModulePlan layer, ElementType element, string z, string y)
        {
            if (layer.Activation.IsIdentity)
            {
                return;
            }

            if (!layer.Activation.IsElementwise)
            {
                using (w.Block("for (int r = 0; r < n; r++)"))
                {
                    w.Line(Expressions.Softmax(element, $"s.Slice({z} + r * {layer.Out}, {layer.Out})", $"s.Slice({y} + r * {layer.Out}, {layer.Out})") + ";");
                }

                return;
            }

            if (Expressions.HasBatchForm(layer, element))
            {
                w.Line(Expressions.ActivateBatch(layer, element, $"s.Slice({z}, n * {layer.Out})", $"s.Slice({y}, n * {layer.Out})") + ";");
                return;
            }

            using (w.Block(null))
            {
                w.Line($"global::System.Span<{element.Name}> y = s.Slice({y}, n * {layer.Out});");
                if (z != y)
                {
                    w.Line($"{element.ReadSpan} z = s.Slice({z}, y.Length);");
                }

                using (w.Block("for (int k = 0; k < y.Length; k++)"))
                {
                    w.Line($"y[k] = {Expressions.Activate(layer, element, z != y ? "z[k]" : "y[k]")};");
                }
            }
        }

        /// <summary>One layer backward over n rows: the activation's derivative, then the gradient and delta kernels.</summary>
        /// <param name="passAccumulate">The enclosing __BackwardBatch has an accumulate parameter (its first chunk sets g).</param>
        public static void BatchBackward(CodeWriter w, LayerPlan layer, ElementType element, bool wholeBatch, bool passAccumulate)
        {
            string x = At(layer.InputOffset, wholeBatch);
            string delta = At(layer.DeltaOffset, wholeBatch);
            w.Line($"// Layer {layer.Number} backward: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, batch-major");
            BatchActivationBackward(w, layer, element, wholeBatch);
            w.Line($"{Kernels}DenseWeightGradient{element.CopiedTypeArguments}(d.Slice({delta}, n * {layer.Out}), s.Slice({x}, n * {layer.In}), g.Slice({layer.WeightOffset}, {layer.In * layer.Out}), g.Slice({layer.BiasOffset}, {layer.Out}), n, {layer.In}, {layer.Out}{(passAccumulate ? ", accumulate" : "")});");
            if (layer.PreviousDeltaOffset >= 0)
            {
                w.Line($"{Kernels}DenseInputGradient{element.CopiedTypeArguments}(d.Slice({delta}, n * {layer.Out}), p.Slice({layer.WeightOffset}, {layer.In * layer.Out}), d.Slice({At(layer.PreviousDeltaOffset, wholeBatch)}, n * {layer.In}), n, {layer.In}, {layer.Out});");
            }
        }

        /// <summary>Turns ∂L/∂y into ∂L/∂z in place over n rows, unless the loss already wrote ∂L/∂z.</summary>
        public static void BatchActivationBackward(CodeWriter w, ModulePlan layer, ElementType element, bool wholeBatch)
        {
            string z = At(layer.PreActivationOffset, wholeBatch);
            string y = At(layer.OutputOffset, wholeBatch);
            string delta = At(layer.DeltaOffset, wholeBatch);
            if (!layer.FusedWithLoss && !layer.Activation.IsIdentity)
            {
                if (!layer.Activation.IsElementwise)
                {
                    using (w.Block("for (int r = 0; r < n; r++)"))
                    {
                        w.Line(Expressions.SoftmaxBackward(element, $"s.Slice({y} + r * {layer.Out}, {layer.Out})", $"d.Slice({delta} + r * {layer.Out}, {layer.Out})") + ";");
                    }
                }
                else if (Expressions.HasBatchForm(layer, element))
                {
                    w.Line(Expressions.BackwardBatch(layer, element, $"s.Slice({z}, n * {layer.Out})", $"s.Slice({y}, n * {layer.Out})", $"d.Slice({delta}, n * {layer.Out})") + ";");
                }
                else
                {
                    using (w.Block(null))
                    {
                        w.Line($"global::System.Span<{element.Name}> dz = d.Slice({delta}, n * {layer.Out});");
                        bool fromOutput = layer.Activation.DerivativeFrom == DerivativeSource.Output;
                        w.Line($"{element.ReadSpan} {(fromOutput ? "y" : "z")} = s.Slice({(fromOutput ? y : z)}, dz.Length);");
                        using (w.Block("for (int k = 0; k < dz.Length; k++)"))
                        {
                            w.Line($"dz[k] *= {Expressions.Derivative(layer, element, "z[k]", "y[k]")};");
                        }
                    }
                }

                w.Line();
            }
        }

        /// <summary>
        /// One layer forward on vectors of rows: local sN holds state slot N for every lane; weights are broadcast.
        /// </summary>
        public static void LanesForward(CodeWriter w, LayerPlan layer, ElementType element, LaneFlavour lanes)
        {
            string vector = lanes.Type;
            w.Line($"// Layer {layer.Number}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, one row per lane");
            if (layer.Activation.CalledPerLayer)
            {
                LanesForwardPerLayer(w, layer, element, lanes);
                return;
            }

            for (int j = 0; j < layer.Out; j++)
            {
                var terms = LanesPreActivation(layer, lanes, j);
                if (layer.KeepsPreActivation)
                {
                    // The derivative takes z: keep it in its own local for the backward pass.
                    WriteChains(w, $"{vector} s{layer.PreActivationOffset + j} = ", terms, ";");
                    w.Line($"{vector} s{layer.OutputOffset + j} = {Expressions.Activate(layer, element, $"s{layer.PreActivationOffset + j}", lanes: true)};");
                    continue;
                }

                var (open, close) = Expressions.ActivateAround(layer, element, lanes: true);
                WriteChains(w, $"{vector} s{layer.OutputOffset + j} = {open}", terms, close + ";");
            }
        }

        /// <summary>Every unit's z into the layer scratch, one activation call for the layer, then z and f(z) into locals.</summary>
        private static void LanesForwardPerLayer(CodeWriter w, LayerPlan layer, ElementType element, LaneFlavour lanes)
        {
            string z = $"layerZ{layer.Number}", y = $"layerY{layer.Number}";
            w.Line($"// z for every unit first, then {Expressions.Label(layer)} on the whole layer in one call.");
            w.Line($"global::System.Span<{lanes.Type}> {z} = new global::System.Span<{lanes.Type}>({lanes.LayerScratch}, 0, {layer.Out});");
            w.Line($"global::System.Span<{lanes.Type}> {y} = new global::System.Span<{lanes.Type}>({lanes.LayerScratch}, {layer.Out}, {layer.Out});");
            for (int j = 0; j < layer.Out; j++)
            {
                WriteChains(w, $"{z}[{j}] = ", LanesPreActivation(layer, lanes, j), ";");
            }

            if (layer.Activation.DerivativeWithValue)
            {
                // f'(z) comes out of the same call; the backward pass reads it instead of z.
                string dz = $"layerDz{layer.Number}";
                w.Line($"global::System.Span<{lanes.Type}> {dz} = new global::System.Span<{lanes.Type}>({lanes.LayerScratch}, {2 * layer.Out}, {layer.Out});");
                w.Line(Expressions.ActivateLayerWithDerivative(layer, z, y, dz) + ";");
                for (int j = 0; j < layer.Out; j++)
                {
                    w.Line($"{lanes.Type} ds{layer.OutputOffset + j} = {dz}[{j}];");
                    w.Line($"{lanes.Type} s{layer.OutputOffset + j} = {y}[{j}];");
                }

                return;
            }

            w.Line(Expressions.ActivateLayer(layer, z, y) + ";");
            for (int j = 0; j < layer.Out; j++)
            {
                if (layer.KeepsPreActivation)
                {
                    w.Line($"{lanes.Type} s{layer.PreActivationOffset + j} = {z}[{j}];");
                }

                w.Line($"{lanes.Type} s{layer.OutputOffset + j} = {y}[{j}];");
            }
        }

        /// <summary>
        /// One layer backward on vectors of rows: local dN holds delta slot N; gradients accumulate per lane. With
        /// <paramref name="first"/> (the layer below, when it is the network's first: its deltas go no further), that
        /// layer's backward for unit i follows its delta at once, so no delta of it stays live through the rest of the
        /// propagation (AVX2 has 16 vector registers; the same operations, in another order across units).
        /// </summary>
        public static void LanesBackward(CodeWriter w, LayerPlan layer, ElementType element, LaneFlavour lanes, LayerPlan? first = null)
        {
            w.Line($"// Layer {layer.Number} backward: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, one row per lane");
            for (int j = 0; j < layer.Out; j++)
            {
                LanesActivationBackward(w, layer, element, j);
            }

            for (int j = 0; j < layer.Out; j++)
            {
                LanesUnitGradients(w, layer, j);
            }

            if (layer.PreviousDeltaOffset >= 0)
            {
                if (first is not null)
                {
                    w.Line();
                    w.Line($"// Layer {first.Number} backward: Dense {first.In}→{first.Out}, {Expressions.Label(first)}, one row per lane, unit by unit after its delta");
                }

                for (int i = 0; i < layer.In; i++)
                {
                    var products = Enumerable.Range(0, layer.Out)
                        .Select(j => (lanes.Broadcast(layer.WeightOffset + j * layer.In + i), $"d{layer.DeltaOffset + j}"))
                        .ToList();
                    WriteChains(w, $"{lanes.Type} d{layer.PreviousDeltaOffset + i} = ", Terms(null, products), ";");
                    if (first is not null)
                    {
                        LanesActivationBackward(w, first, element, i);
                        LanesUnitGradients(w, first, i);
                    }
                }
            }
        }

        /// <summary>Whether <paramref name="first"/> can go unit by unit inside <paramref name="layer"/>'s propagation (see <see cref="LanesBackward"/>).</summary>
        public static bool FusesLanesBackward(LayerPlan layer, LayerPlan first)
            => first.PreviousDeltaOffset < 0 && layer.PreviousDeltaOffset >= 0 && layer.PreviousDeltaOffset == first.DeltaOffset && layer.In == first.Out;

        /// <summary>d_j *= f'(z_j) for unit j, unless the activation is the identity.</summary>
        private static void LanesActivationBackward(CodeWriter w, LayerPlan layer, ElementType element, int j)
        {
            if (layer.Activation.CalledPerLayer && layer.Activation.DerivativeWithValue)
            {
                // f'(z) was computed with f(z) in the forward pass.
                w.Line($"d{layer.DeltaOffset + j} *= ds{layer.OutputOffset + j};");
            }
            else if (!layer.Activation.IsIdentity)
            {
                int z = layer.KeepsPreActivation ? layer.PreActivationOffset : layer.OutputOffset;
                w.Line($"d{layer.DeltaOffset + j} *= {Expressions.Derivative(layer, element, $"s{z + j}", $"s{layer.OutputOffset + j}", lanes: true)};");
            }
        }

        /// <summary>Unit j's weight and bias gradients, accumulated per lane.</summary>
        private static void LanesUnitGradients(CodeWriter w, LayerPlan layer, int j)
        {
            for (int i = 0; i < layer.In; i++)
            {
                w.Line($"gv[{layer.WeightOffset + j * layer.In + i}] += d{layer.DeltaOffset + j} * s{layer.InputOffset + i};");
            }

            w.Line($"gv[{layer.BiasOffset + j}] += d{layer.DeltaOffset + j};");
        }

        /// <summary>The terms of unit j's z on vectors of rows: its bias, then each weight times its input, broadcast.</summary>
        private static List<string> LanesPreActivation(LayerPlan layer, LaneFlavour lanes, int j)
        {
            var products = Enumerable.Range(0, layer.In)
                .Select(i => (lanes.Broadcast(layer.WeightOffset + j * layer.In + i), $"s{layer.InputOffset + i}"))
                .ToList();
            return Terms(lanes.Broadcast(layer.BiasOffset + j), products);
        }

        /// <summary>start (when there is one) then each a * b, as terms of a sum.</summary>
        private static List<string> Terms(string? start, IReadOnlyList<(string A, string B)> products)
        {
            var terms = products.Select(p => $"{p.A} * {p.B}").ToList();
            if (start is not null)
            {
                terms.Insert(0, start);
            }

            return terms;
        }

        /// <summary>
        /// Like <see cref="WriteSum"/>, but a long sum becomes four parenthesised partial sums, one per line: four
        /// independent add chains instead of one long one, so the adds overlap instead of waiting on each other.
        /// </summary>
        private static void WriteChains(CodeWriter w, string prefix, IReadOnlyList<string> terms, string suffix)
        {
            const int Chains = 4;
            if (terms.Count <= 2 * Chains)
            {
                WriteSum(w, prefix, terms, suffix);
                return;
            }

            int per = (terms.Count + Chains - 1) / Chains;
            var groups = Enumerable.Range(0, Chains)
                .Select(c => terms.Skip(c * per).Take(per).ToList())
                .Where(g => g.Count > 0)
                .Select(g => "(" + string.Join(" + ", g) + ")")
                .ToList();
            for (int c = 0; c < groups.Count; c++)
            {
                w.Line((c == 0 ? prefix : "    + ") + groups[c] + (c == groups.Count - 1 ? suffix : ""));
            }
        }

        /// <summary>Writes prefix + terms joined by " + " + suffix, wrapping long sums over several lines.</summary>
        /// <summary>The locals holding an unrolled layer's inputs (<c>x{layer}_{i}</c>) and deltas (<c>dz{layer}_{j}</c>).</summary>
        private static string InputLocal(LayerPlan layer) => $"x{layer.Number}_";

        private static string DeltaLocal(LayerPlan layer) => $"dz{layer.Number}_";

        /// <summary>
        /// Reads values [offset, offset + count) of a span into locals once. Unrolled code reads each many times, and
        /// the JIT reloads a span element after every store into the state (14→16→3, paired builds: Predict 136–140 →
        /// 112–117 ns, a one-row TrainStep 327–346 → 285–319 ns). The same values in the same operations: the bits do
        /// not change.
        /// </summary>
        private static void DeclareLocals(CodeWriter w, ElementType element, string prefix, string span, int offset, int count)
        {
            const int PerLine = 4;
            for (int start = 0; start < count; start += PerLine)
            {
                var declarations = Enumerable.Range(start, System.Math.Min(PerLine, count - start))
                    .Select(i => $"{prefix}{i} = {span}[{offset + i}]");
                w.Line($"{element.Name} {string.Join(", ", declarations)};");
            }
        }

        private static void WriteSum(CodeWriter w, string prefix, IReadOnlyList<string> terms, string suffix)
        {
            if (terms.Count <= TermsPerLine)
            {
                w.Line(prefix + string.Join(" + ", terms) + suffix);
                return;
            }

            for (int start = 0; start < terms.Count; start += TermsPerLine)
            {
                string chunk = string.Join(" + ", terms.Skip(start).Take(TermsPerLine));
                bool first = start == 0;
                bool last = start + TermsPerLine >= terms.Count;
                w.Line((first ? prefix : "    + ") + chunk + (last ? suffix : ""));
            }
        }
    }
}
