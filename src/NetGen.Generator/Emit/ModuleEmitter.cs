using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    /// <summary>
    /// Emits the steps other than Dense layers (<see cref="LayerEmitter"/>): Standardize, LayerNorm, BatchNorm and
    /// Dropout, in the per-row form Predict uses (evaluation mode) and the batch-major forms training uses. The
    /// arithmetic lives in NetGen.Runtime (Normalization, Dropout, Standardization); this only says where the values are.
    /// Names in the emitted code: p parameters and buffers, s state, d deltas, g gradients, n rows.
    /// </summary>
    internal static class ModuleEmitter
    {
        private const string Runtime = "global::NetGen.Runtime.";

        /// <summary>The constructor's lines: PyTorch's initial values (weight 1, bias 0, running variance 1, std 1); no draws.</summary>
        public static void Initialize(CodeWriter w, ModulePlan step, ElementType element)
        {
            string t = element.Name;
            string one = Literals.Element(1, t);
            switch (step)
            {
                case NormPlan norm:
                    w.Line($"    // Step {norm.Number}: {(norm.IsBatchNorm ? "BatchNorm" : "LayerNorm")} weight [{norm.Out}] at {norm.WeightOffset} = 1, bias = 0{(norm.IsBatchNorm ? $"; running_var at {norm.RunningVarOffset} = 1" : "")}.");
                    w.Line($"    new global::System.Span<{t}>(__parameters, {norm.WeightOffset}, {norm.Out}).Fill({one});");
                    if (norm.IsBatchNorm)
                    {
                        w.Line($"    new global::System.Span<{t}>(__parameters, {norm.RunningVarOffset}, {norm.Out}).Fill({one});");
                    }

                    break;
                case StandardizePlan standardize:
                    w.Line($"    // Step {standardize.Number}: Standardize mean [{standardize.In}] at {standardize.MeanOffset} = 0, std at {standardize.StdOffset} = 1 until Adapt.");
                    w.Line($"    new global::System.Span<{t}>(__parameters, {standardize.StdOffset}, {standardize.In}).Fill({one});");
                    break;
                case DropoutPlan:
                    break;
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
            }
        }

        /// <summary>One row forward, evaluation mode: dropout passes values through, BatchNorm uses its running statistics.</summary>
        public static void Forward(CodeWriter w, ModulePlan step, ElementType element)
        {
            string t = element.Name;
            int width = step.Out;
            string x = $"s.Slice({step.InputOffset}, {width})";
            string z = $"s.Slice({step.ZOffset}, {width})";
            switch (step)
            {
                case StandardizePlan standardize:
                    w.Line($"// Step {step.Number}: Standardize {width} inputs, (x - mean) / std");
                    w.Line($"{Runtime}Standardization.Apply{element.TypeArguments}({x}, p.Slice({standardize.MeanOffset}, {width}), p.Slice({standardize.StdOffset}, {width}), {x}, 1, {width});");
                    return;
                case NormPlan { IsBatchNorm: true } norm:
                    w.Line($"// Step {step.Number}: BatchNorm {width}, running statistics{Activation(step)}");
                    w.Line($"{Runtime}Normalization.BatchNormEvalForward{element.TypeArguments}({x}, p.Slice({norm.WeightOffset}, {width}), p.Slice({norm.BiasOffset}, {width}), p.Slice({norm.RunningMeanOffset}, {width}), p.Slice({norm.RunningVarOffset}, {width}), {z}, 1, {width}, {Literals.Double(norm.Epsilon)});");
                    break;
                case NormPlan norm:
                    w.Line($"// Step {step.Number}: LayerNorm {width}{Activation(step)}");
                    w.Line($"{Runtime}Normalization.LayerNormForward{element.TypeArguments}({x}, p.Slice({norm.WeightOffset}, {width}), p.Slice({norm.BiasOffset}, {width}), {z}, s.Slice({norm.StatisticsOffset}, 1), s.Slice({norm.StatisticsOffset + 1}, 1), 1, {width}, {Literals.Double(norm.Epsilon)});");
                    break;
                case DropoutPlan:
                    w.Line($"// Step {step.Number}: Dropout, the identity outside training{Activation(step)}");
                    w.Line($"{x}.CopyTo({z});");
                    break;
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
            }

            if (!step.Activation.IsIdentity)
            {
                using (w.Block($"for (int j = 0; j < {width}; j++)"))
                {
                    w.Line($"s[{step.OutputOffset} + j] = {Expressions.Activate(step, element, $"s[{step.ZOffset} + j]")};");
                }
            }
        }

        /// <summary>n rows forward in training mode: batch statistics, fresh dropout masks.</summary>
        public static void BatchForward(CodeWriter w, ModulePlan step, ElementType element, bool wholeBatch)
        {
            string t = element.Name;
            int width = step.Out;
            string x = $"s.Slice({LayerEmitter.At(step.InputOffset, wholeBatch)}, n * {width})";
            string zAt = LayerEmitter.At(step.ZOffset, wholeBatch);
            string z = $"s.Slice({zAt}, n * {width})";
            switch (step)
            {
                case StandardizePlan standardize:
                    w.Line($"// Step {step.Number}: Standardize {width} inputs, batch-major");
                    w.Line($"{Runtime}Standardization.Apply{element.TypeArguments}({x}, p.Slice({standardize.MeanOffset}, {width}), p.Slice({standardize.StdOffset}, {width}), {x}, n, {width});");
                    return;
                case NormPlan { IsBatchNorm: true } norm:
                    w.Line($"// Step {step.Number}: BatchNorm {width}, batch statistics (running statistics updated){Activation(step)}, batch-major");
                    w.Line($"{Runtime}Normalization.BatchNormTrainForward{element.TypeArguments}({x}, p.Slice({norm.WeightOffset}, {width}), p.Slice({norm.BiasOffset}, {width}), {z}, p.Slice({norm.RunningMeanOffset}, {width}), p.Slice({norm.RunningVarOffset}, {width}), {Statistics(norm, 0, wholeBatch)}, {Statistics(norm, 1, wholeBatch)}, n, {width}, {Literals.Double(norm.Epsilon)}, {Literals.Double(norm.Momentum)});");
                    w.Line($"p[{norm.BatchCountOffset}] += {Literals.Element(1, t)}; // num_batches_tracked");
                    break;
                case NormPlan norm:
                    w.Line($"// Step {step.Number}: LayerNorm {width}{Activation(step)}, batch-major");
                    w.Line($"{Runtime}Normalization.LayerNormForward{element.TypeArguments}({x}, p.Slice({norm.WeightOffset}, {width}), p.Slice({norm.BiasOffset}, {width}), {z}, {Statistics(norm, 0, wholeBatch)}, {Statistics(norm, 1, wholeBatch)}, n, {width}, {Literals.Double(norm.Epsilon)});");
                    break;
                case DropoutPlan dropout:
                    w.Line($"// Step {step.Number}: Dropout(p = {Literals.Plain(dropout.Probability)}), a fresh mask per value from the network's generator{Activation(step)}, batch-major");
                    w.Line($"{Runtime}Dropout.Forward{element.TypeArguments}({x}, {z}, s.Slice({LayerEmitter.At(dropout.MaskOffset, wholeBatch)}, n * {width}), {Literals.Double(dropout.Probability)}, random);");
                    break;
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
            }

            LayerEmitter.BatchActivation(w, step, element, zAt, LayerEmitter.At(step.OutputOffset, wholeBatch));
        }

        /// <summary>n rows backward: the activation's derivative, then the module's own, in place on the delta slot.</summary>
        public static void BatchBackward(CodeWriter w, ModulePlan step, ElementType element, bool wholeBatch)
        {
            string t = element.Name;
            int width = step.Out;
            if (step is StandardizePlan)
            {
                return; // nothing trainable before it
            }

            string x = $"s.Slice({LayerEmitter.At(step.InputOffset, wholeBatch)}, n * {width})";
            string delta = $"d.Slice({LayerEmitter.At(step.DeltaOffset, wholeBatch)}, n * {width})";
            w.Line($"// Step {step.Number} backward");
            LayerEmitter.BatchActivationBackward(w, step, element, wholeBatch);
            switch (step)
            {
                case NormPlan norm:
                    string kernel = norm.IsBatchNorm ? "BatchNormBackward" : "LayerNormBackward";
                    // ∂L/∂x replaces ∂L/∂y in the same slot (the kernels allow it); the input's delta is this slot.
                    w.Line($"{Runtime}Normalization.{kernel}{element.TypeArguments}({delta}, {x}, p.Slice({norm.WeightOffset}, {width}), {Statistics(norm, 0, wholeBatch)}, {Statistics(norm, 1, wholeBatch)}, {delta}, g.Slice({norm.WeightOffset}, {width}), g.Slice({norm.BiasOffset}, {width}), n, {width});");
                    break;
                case DropoutPlan dropout:
                    w.Line($"{Runtime}Dropout.Backward{element.TypeArguments}({delta}, s.Slice({LayerEmitter.At(dropout.MaskOffset, wholeBatch)}, n * {width}));");
                    break;
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(step), step, "Unknown step.");
            }
        }

        /// <summary>The saved mean (which 0) or 1/σ (which 1) of a normalisation over n rows.</summary>
        private static string Statistics(NormPlan norm, int which, bool wholeBatch)
        {
            // LayerNorm keeps one value per row (slot width 1); BatchNorm one per feature, in the first Out values of its slots.
            int slot = norm.StatisticsOffset + which * norm.StatisticWidth;
            string count = norm.IsBatchNorm ? norm.Out.ToString(System.Globalization.CultureInfo.InvariantCulture) : "n";
            return $"s.Slice({LayerEmitter.At(slot, wholeBatch)}, {count})";
        }

        private static string Activation(ModulePlan step) => step.Activation.IsIdentity ? "" : ", " + Expressions.Label(step);
    }
}
