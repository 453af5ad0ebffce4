using System.Linq;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;
using NetGen.Runtime;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        private static void WriteTraining(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            string span = Span(plan);
            string readOnlySpan = ReadOnlySpan(plan);
            string name = Identifiers.Escape(plan.Spec.Type.Name);
            string one = Literals.Element(1, t);
            string zero = Literals.Element(0, t);
            string reduction = plan.Loss.AveragesOverRows ? "rows" : "targets.Length";
            string reductionDoc = plan.Loss.AveragesOverRows ? "rows" : "rows × outputs";

            string finiteDoc = plan.Spec.CheckFinite
                ? "/// <exception cref=\"global::NetGen.NonFiniteValueException\">Data, loss, gradients or the update are not finite; nothing was updated.</exception>\n"
                : "";
            w.Lines($$"""
                /// <summary>
                /// Fills <see cref="Gradients"/> with the gradient of the batch's mean {{plan.Spec.Loss.Kind}} loss, without
                /// updating the parameters: PyTorch's <c>loss.backward()</c>. {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="targets">Rows × OutputSize ({{plan.OutputSize}}) values{{(plan.Loss.Kind == Loss.CrossEntropy ? ": one-hot (or probability) rows" : "")}}.</param>
                /// <returns>The mean loss over {{reductionDoc}}.</returns>
                /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                """);
            WriteGuarded(w, $"public {t} ComputeGradients({readOnlySpan} inputs, {readOnlySpan} targets)", () => WriteKeepingBuffers(w, plan, "return __Gradients(inputs, targets);"));
            w.Line();
            w.Lines($$"""
                {{UnguardedGradientsSignature(plan)}}
                {
                    {{TargetRows(plan)}}
                """);
            using (w.Indent())
            {
                if (Sharded(plan))
                {
                    WriteShardedDataChecks(w, plan);
                }
                else
                {
                    if (plan.Spec.CheckFinite)
                    {
                        w.Line("// Bad data must never reach the parameters: check before any work (CheckFinite = false skips this).");
                        w.Line($"global::NetGen.Runtime.FiniteGuard.EnsureFinite{plan.Code.CopiedTypeArguments}(inputs, InputSize, \"inputs\");");
                        w.Line($"global::NetGen.Runtime.FiniteGuard.EnsureFinite{plan.Code.CopiedTypeArguments}(targets, OutputSize, \"targets\");");
                    }

                    WriteTargetCheck(w, plan);
                }

                switch (plan.Strategy)
                {
                    case TrainingStrategy.BatchMajor:
                        WriteBatchMajorGradients(w, plan, reduction, reductionDoc);
                        break;
                    case TrainingStrategy.Shallow:
                        WriteShallowGradients(w, plan, reduction, reductionDoc);
                        break;
                    case TrainingStrategy.Lanes:
                        WriteRowVectorGradients(w, plan, reduction, reductionDoc);
                        break;
                    case TrainingStrategy.PerRow:
                        WritePerRowGradients(w, plan, reduction, reductionDoc);
                        break;
                    default:
                        throw new System.ArgumentOutOfRangeException(nameof(plan), plan.Strategy, "Unknown strategy.");
                }
                w.Line();
                w.Line($"{t} loss = lossSum * scale;");
                if (plan.Spec.CheckFinite)
                {
                    w.Line("global::NetGen.Runtime.FiniteGuard.EnsureFiniteLoss(loss);");
                    string gradientCheck = $"global::NetGen.Runtime.FiniteGuard.EnsureFiniteGradients{plan.Code.CopiedTypeArguments}(g);";
                    if (Sharded(plan))
                    {
                        // The shards' sum checked the gradients; this rescan only names the culprit.
                        using (w.Block("if (!__shards.GradientsFinite)"))
                        {
                            w.Line(gradientCheck);
                        }
                    }
                    else
                    {
                        // A pass less for TrainStep (a one-row SGD step of 291 floats: about 30 ns, measured in a probe).
                        w.Line("// TrainStep leaves this check to the optimizer's, which names a non-finite gradient first.");
                        using (w.Block("if (!updateFollows)"))
                        {
                            w.Line(gradientCheck);
                        }
                    }
                }

                w.Line("return loss;");
            }

            w.Line("}");
            w.Line();

            w.Lines($$"""
                /// <summary>The batch's mean {{plan.Spec.Loss.Kind}} loss, with no update. {{ReaderThreadDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="targets">Rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <returns>The mean loss over {{reductionDoc}}.</returns>
                public {{t}} EvaluateLoss({{readOnlySpan}} inputs, {{readOnlySpan}} targets) => __EvaluateLoss(inputs, targets, default);

                /// <summary>
                /// The batch's mean {{plan.Spec.Loss.Kind}} loss, with no update, and each row's outputs as PredictBatch gives them:
                /// one forward pass for both (Fit's validation reads its loss and accuracy from it). {{ReaderThreadDoc}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="targets">Rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <param name="outputs">Receives rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <returns>The mean loss over {{reductionDoc}}.</returns>
                /// <exception cref="global::System.ArgumentException">The spans do not hold the same whole number of rows; nothing was written.</exception>
                public {{t}} EvaluateLoss({{readOnlySpan}} inputs, {{readOnlySpan}} targets, {{span}} outputs)
                {
                    global::NetGen.Runtime.ShapeGuard.Rows(inputs.Length, InputSize, outputs.Length, OutputSize, "outputs");
                    return __EvaluateLoss(inputs, targets, outputs);
                }

                /// <summary>EvaluateLoss; writes each row's outputs unless <paramref name="outputs"/> is empty.</summary>
                private {{t}} __EvaluateLoss({{readOnlySpan}} inputs, {{readOnlySpan}} targets, {{span}} outputs)
                {
                    {{TargetRows(plan)}}
                """);
            Indented(w, () => WriteTargetCheck(w, plan));
            w.Line($"    {t} lossSum = {zero};");
            if (plan.Shallow)
            {
                // ShallowNet's forward, as Predict and PredictBatch run it: the loss is that of their outputs, bit for bit.
                Indented(w, () =>
                {
                    w.Line($"{span} y = stackalloc {t}[1];");
                    using (w.Block("for (int r = 0; r < rows; r++)"))
                    {
                        w.Line($"y[0] = {ShallowPredict(plan, "inputs[r]")};");
                        w.Line($"lossSum += {Expressions.LossSum(plan, "y", "targets.Slice(r, 1)")};");
                        using (w.Block("if (!outputs.IsEmpty)"))
                        {
                            w.Line("outputs[r] = y[0];");
                        }
                    }
                });
            }
            else if (plan.BatchedInference)
            {
                string lossAt = LayerEmitter.At(LossSlot(plan), wholeBatch: false);
                string outputAt = LayerEmitter.At(plan.OutputLayer.OutputOffset, wholeBatch: false);
                Indented(w, () => WithForwardChunks(w, plan, () =>
                {
                    using (w.Block("for (int r = 0; r < n; r++)"))
                    {
                        w.Line($"lossSum += {Expressions.LossSum(plan, $"s.Slice({lossAt} + r * OutputSize, OutputSize)", "targets.Slice((start + r) * OutputSize, OutputSize)")};");
                    }

                    using (w.Block("if (!outputs.IsEmpty)"))
                    {
                        w.Line($"s.Slice({outputAt}, n * OutputSize).CopyTo(outputs.Slice(start * OutputSize, n * OutputSize));");
                    }
                }));
            }
            else Indented(w, () => WithStateScratch(w, plan, () =>
            {
                using (w.Block("for (int r = 0; r < rows; r++)"))
                {
                    w.Line("inputs.Slice(r * InputSize, InputSize).CopyTo(s);");
                    w.Line("__Forward(__parameters, s);");
                    w.Line($"lossSum += {Expressions.LossSum(plan, LossInput(plan), "targets.Slice(r * OutputSize, OutputSize)")};");
                    using (w.Block("if (!outputs.IsEmpty)"))
                    {
                        w.Line($"s.Slice({plan.OutputLayer.OutputOffset}, OutputSize).CopyTo(outputs.Slice(r * OutputSize, OutputSize));");
                    }
                }
            }));
            w.Line($"    return lossSum / ({reduction});");
            w.Line("}");
            w.Line();

            w.Lines($$"""
                /// <summary>
                /// One training step on a mini-batch: forward, mean loss, backward and one {{plan.Spec.Optimizer.Kind}} update,
                /// as PyTorch's <c>opt.zero_grad(); loss.backward(); opt.step()</c>. Allocates nothing. {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="targets">Rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <returns>The batch's mean loss before the update.</returns>
                {{finiteDoc}}/// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                """);
            // A sharded network's TrainStep checks the update as it sums the gradients (GradientShards.Run's updateLength).
            WriteGuarded(w, $"public {t} TrainStep({readOnlySpan} inputs, {readOnlySpan} targets)", () => WriteKeepingBuffers(
                w, plan, $"{t} loss = __Gradients(inputs, targets{(KnowsUpdateFollows(plan) ? ", updateFollows: true" : "")});",
                Sharded(plan) ? "__OptimizerStep(checkedInRun: true);" : DefersGradientCheck(plan) ? "__OptimizerStep(gradientsUnchecked: true);" : "__OptimizerStep();",
                "return loss;"));
            w.Lines($$"""

                /// <summary>
                /// One {{plan.Spec.Optimizer.Kind}} update with the current <see cref="Gradients"/> (after ComputeGradients, and any
                /// change made through the span, such as clipping): PyTorch's <c>opt.step()</c>. {{NotThreadSafeDoc}}
                /// </summary>
                {{finiteDoc}}/// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                """);
            WriteGuarded(w, "public void OptimizerStep()", () => w.Line("__OptimizerStep();"));
            w.Line();
            w.Line("/// <summary>The optimizer update behind TrainStep and OptimizerStep, without the thread guard.</summary>");
            using (w.Block(Sharded(plan) ? "private void __OptimizerStep(bool checkedInRun = false)"
                : DefersGradientCheck(plan) ? "private void __OptimizerStep(bool gradientsUnchecked = false)"
                : "private void __OptimizerStep()"))
            {
                WriteOptimizerStep(w, plan);
            }

            w.Lines($$"""

                /// <summary>
                /// The learning rate of the next optimizer updates, as setting torch's <c>param_groups[0]["lr"]</c>: starts at the
                /// attribute's {{Literals.Plain(plan.Spec.Optimizer.LearningRate)}}; Adam's bias corrections are unaffected. Not saved in checkpoints;
                /// ResetOptimizer, Load and LoadCheckpoint leave it as it is.
                /// </summary>
                /// <exception cref="global::System.ArgumentOutOfRangeException">The value is zero, negative, NaN or infinite.</exception>
                public double LearningRate
                {
                    get => __learningRate;
                    set => __learningRate = global::NetGen.Runtime.LearningRates.Validate(value);
                }
                """);
            w.Lines($$"""

                /// <summary>
                /// Trains for <paramref name="epochs"/> passes over the data in mini-batches, with PyTorch DataLoader
                /// semantics (a new shuffle each epoch, an optional short last batch). {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="targets">Rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <param name="epochs">Passes over the data, at least 1.</param>
                /// <param name="batchSize">Rows per step, at least 1; a batch larger than the data is one batch of every row, as PyTorch's DataLoader.</param>
                /// <param name="shuffle">Shuffle the rows every epoch.</param>
                /// <param name="dropLast">Skip a last batch smaller than <paramref name="batchSize"/>.</param>
                /// <param name="seed">Seed of the shuffling.</param>
                /// <param name="onEpoch">Called after each epoch with the 1-based epoch and its mean loss; it may call this network's members (same thread).</param>
                /// <returns>Each epoch's mean loss (batch losses before each update, weighted by rows).</returns>
                /// <exception cref="global::System.ArgumentException">The spans do not hold the same whole number of rows, or <paramref name="dropLast"/> leaves no batch; nothing was trained.</exception>
                /// <exception cref="global::System.ArgumentOutOfRangeException"><paramref name="epochs"/> or <paramref name="batchSize"/> is below 1; nothing was trained.</exception>
                {{finiteDoc}}/// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                """);
            WriteGuarded(
                w,
                $"public {t}[] Fit({readOnlySpan} inputs, {readOnlySpan} targets, int epochs, int batchSize, bool shuffle = true, bool dropLast = false, int seed = 0, global::System.Action<int, {t}>? onEpoch = null)",
                () =>
                {
                    if (plan.Classifier == ClassifierOutput.Softmax || plan.Spec.Loss.Kind == Loss.BinaryCrossEntropy)
                    {
                        w.Line("// Every batch's targets are checked before the first step, so bad data trains nothing.");
                        w.Line(TargetRows(plan).Replace("int rows = ", ""));
                        WriteTargetCheck(w, plan);
                    }

                    if (plan.WholeBatch)
                    {
                        w.Line("__EnsureNoSingleRowBatch(inputs.Length / InputSize, batchSize, dropLast);");
                    }

                    w.Line($"return global::NetGen.Runtime.Training.Fit{plan.Code.CopiedTypeArgumentsAfter(name)}(this, inputs, targets, epochs, batchSize, shuffle, dropLast, seed, onEpoch);");
                });
            WriteClassification(w, plan);
            w.Lines($$"""

                /// <summary>
                /// Trains with <paramref name="options"/>: a fresh shuffle per epoch from this network's own data-order
                /// generator, optional validation data, early stopping, gradient clipping and a learning-rate schedule.
                /// {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="targets">Rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <param name="options">Epochs, batch size, shuffle, seed, schedule, patience, clipping, callback.</param>
                /// <param name="validationInputs">Validation rows, evaluated after every epoch (leave both validation spans empty for none).</param>
                /// <param name="validationTargets">Validation targets.</param>
                /// <returns>Each epoch's losses, the best epoch and whether training stopped early.</returns>
                /// <exception cref="global::System.ArgumentException">Bad shapes or options; nothing was trained.</exception>
                /// <exception cref="global::System.ArgumentOutOfRangeException">An option is out of range; nothing was trained.</exception>
                {{finiteDoc}}/// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                """);
            WriteGuarded(
                w,
                $"public global::NetGen.FitResult Fit({readOnlySpan} inputs, {readOnlySpan} targets, global::NetGen.FitOptions options, {readOnlySpan} validationInputs = default, {readOnlySpan} validationTargets = default)",
                () =>
                {
                    if (plan.WholeBatch)
                    {
                        w.Line("__EnsureNoSingleRowBatch(inputs.Length / InputSize, options);");
                    }

                    w.Line($"return global::NetGen.Runtime.Training.Fit{plan.Code.CopiedTypeArgumentsAfter(name)}(this, inputs, targets, options, validationInputs, validationTargets, global::NetGen.Activation.{plan.OutputLayer.Activation.Kind}, ref __dataOrder);");
                });
            if (plan.WholeBatch)
            {
                w.Lines("""

                    /// <summary>
                    /// BatchNorm cannot train on a batch of one row: refuses, before the first step, data whose batches would
                    /// include one (checked again per step, for a batch size out of range that Fit reports itself).
                    /// </summary>
                    private static void __EnsureNoSingleRowBatch(int rows, global::NetGen.FitOptions? options)
                    {
                        // A null options is Fit's own ArgumentNullException.
                        if (options != null)
                        {
                            __EnsureNoSingleRowBatch(rows, options.BatchSize, options.DropLast);
                        }
                    }

                    private static void __EnsureNoSingleRowBatch(int rows, int batchSize, bool dropLast)
                    {
                        if (rows < 1 || batchSize < 1)
                        {
                            return; // Fit reports these
                        }

                        int last = batchSize >= rows ? rows : rows % batchSize;
                        if (batchSize == 1 || (last == 1 && !(dropLast && batchSize < rows)))
                        {
                            throw new global::System.ArgumentException("BatchNorm needs at least 2 rows in every training batch, but this batch size leaves a batch of 1 row; choose another batch size or set dropLast.", "batchSize");
                        }
                    }
                    """);
            }
            w.Lines($$"""

                /// <summary>Clears the optimizer's state (moments and step count), as a freshly built torch.optim optimizer. {{NotThreadSafeDoc}}</summary>
                /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                """);
            WriteGuarded(w, "public void ResetOptimizer()", () =>
            {
                w.Line("__step = 0;");
                foreach (var buffer in OptimizerBuffers(plan.Spec.Optimizer))
                {
                    w.Line($"global::System.Array.Clear({buffer}, 0, ParameterCount);");
                }

                WriteForgetMomentBounds(w, plan);
            });

            if (plan.Standardize is { } standardize)
            {
                w.Lines($$"""

                    /// <summary>
                    /// Sets the per-feature mean and standard deviation of [Standardize] from training inputs, as Keras'
                    /// <c>Normalization.adapt</c>: population statistics; a feature that does not vary gets std 1. Predict and
                    /// training then see standardised inputs, and Save writes the statistics with the weights. {{NotThreadSafeDoc}}
                    /// </summary>
                    /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major, at least one row.</param>
                    /// <exception cref="global::System.ArgumentException">The inputs are empty, not whole rows, or not finite; nothing was changed.</exception>
                    /// <exception cref="global::System.InvalidOperationException">Another thread is in a training member of this network.</exception>
                    """);
                WriteGuarded(w, $"public void Adapt({readOnlySpan} inputs)", () =>
                    w.Line($"global::NetGen.Runtime.Standardization.Adapt{plan.Code.TypeArguments}(inputs, InputSize, new {span}(__parameters, {standardize.MeanOffset}, InputSize), new {span}(__parameters, {standardize.StdOffset}, InputSize));"));
            }

            // Each strategy's passes; nothing another strategy would call.
            switch (plan.Strategy)
            {
                case TrainingStrategy.PerRow:
                    WritePerRowBackward(w, plan);
                    break;
                case TrainingStrategy.BatchMajor:
                    WriteBatchMajorPasses(w, plan);
                    WriteShardMembers(w, plan);
                    break;
                case TrainingStrategy.Lanes:
                    WritePerRowBackward(w, plan); // small batches
                    WriteRowVectorPass(w, plan, LaneFlavour.Native(t));
                    WriteRowVectorPass(w, plan, LaneFlavour.Wide(t));
                    if (plan.OneRowRegisters)
                    {
                        WriteOneRowRegistersPass(w, plan);
                    }

                    break;
                case TrainingStrategy.Shallow:
                    break; // NetGen.Runtime.ShallowNet holds the passes
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(plan), plan.Strategy, "Unknown strategy.");
            }
        }

        /// <summary>The per-row backward pass of the PerRow strategy.</summary>
        private static void WritePerRowBackward(CodeWriter w, NetworkPlan plan)
        {
            w.Line();
            w.Line("/// <summary>Back-propagates one row: d holds ∂L/∂(output) on entry; gradients accumulate into g.</summary>");
            using (w.Block($"private static void __Backward({plan.Code.ReadSpan} p, {plan.Code.ReadSpan} s, {Span(plan)} d, {Span(plan)} g)"))
            {
                w.Line("// Slicing to the constant sizes lets the JIT drop bounds checks on the constant indices below.");
                w.Line($"p = p.Slice(0, {StoredCountName(plan)});");
                w.Line("s = s.Slice(0, __StateSize);");
                w.Line("d = d.Slice(0, __DeltaSize);");
                w.Line("g = g.Slice(0, ParameterCount);");
                foreach (var layer in plan.Layers.Reverse())
                {
                    w.Line();
                    LayerEmitter.Backward(w, layer, plan.Code);
                }
            }
        }

        /// <summary>
        /// A training step's statements; with BatchNorm, whose forward pass moves the running statistics, they run
        /// after a copy of the buffers that a failure (bad rows, a non-finite loss, gradient or update) restores.
        /// </summary>
        private static void WriteKeepingBuffers(CodeWriter w, NetworkPlan plan, params string[] statements)
        {
            if (!plan.WholeBatch)
            {
                foreach (string statement in statements)
                {
                    w.Line(statement);
                }

                return;
            }

            w.Line("global::System.Array.Copy(__parameters, ParameterCount, __buffersBefore, 0, __buffersBefore.Length);");
            using (w.Block("try"))
            {
                foreach (string statement in statements)
                {
                    w.Line(statement);
                }
            }

            using (w.Block("catch"))
            {
                w.Line("global::System.Array.Copy(__buffersBefore, 0, __parameters, ParameterCount, __buffersBefore.Length);");
                w.Line("throw;");
            }
        }

        /// <summary>
        /// Whether TrainStep's gradient pass of an unsharded network leaves the gradients' finite check to the
        /// optimizer's checked update (<c>updateFollows</c>, then <c>gradientsUnchecked</c>): always when values are
        /// checked. Adam's and SGD's update checks see every non-finite gradient at no extra cost; Rprop runs the same
        /// pass itself. (A sharded network's shards check as they sum: <c>checkedInRun</c>.)
        /// </summary>
        private static bool DefersGradientCheck(NetworkPlan plan) => plan.Spec.CheckFinite && !Sharded(plan);

        /// <summary>Whether the gradient pass takes <c>updateFollows</c>: to defer its check, or for the shards to check the update as they sum.</summary>
        private static bool KnowsUpdateFollows(NetworkPlan plan) => DefersGradientCheck(plan) || Sharded(plan);

        /// <summary>
        /// The signature of the unguarded gradient pass behind ComputeGradients and TrainStep; a row-vectorised
        /// network's picks the lane width and calls an internal overload that tests can also call with either width.
        /// </summary>
        private static string UnguardedGradientsSignature(NetworkPlan plan)
        {
            string t = plan.Element;
            string readOnlySpan = ReadOnlySpan(plan);
            const string Doc = "/// <summary>ComputeGradients without the thread guard: the first half of TrainStep.</summary>";
            string updateFollows = KnowsUpdateFollows(plan) ? ", bool updateFollows = false" : "";
            if (!plan.RowVectorized)
            {
                return $"{Doc}\nprivate {t} __Gradients({readOnlySpan} inputs, {readOnlySpan} targets{updateFollows})";
            }

            string never = "global::System.ComponentModel.EditorBrowsableState.Never";
            string oneRowDoc = plan.OneRowRegisters ? "below __LanesMinimumRows row by row in registers where the process can, else " : "";
            string oneRowChoice = plan.OneRowRegisters ? "rows >= 1 && rows < __LanesMinimumRows && global::NetGen.Runtime.OneRowRegisters.Supported ? __RegisterPass : " : "";
            return $$"""
                {{Doc}}
                private {{t}} __Gradients({{readOnlySpan}} inputs, {{readOnlySpan}} targets{{updateFollows}})
                    => __ComputeGradients(inputs, targets, __PassFor(inputs.Length / InputSize){{(updateFollows.Length > 0 ? ", updateFollows" : "")}});

                /// <summary>The pass a batch of <paramref name="rows"/> rows takes: {{oneRowDoc}}per row below __LanesMinimumRows, 512-bit lanes from __Vector512MinimumRows on AVX-512 hardware, else Vector&lt;T&gt; lanes.</summary>
                private static int __PassFor(int rows)
                    => {{oneRowChoice}}rows < __LanesMinimumRows ? __PerRowPass
                    : global::NetGen.Runtime.LinearAlgebra.Vector512Lanes && rows >= __Vector512MinimumRows ? __Lanes512Pass
                    : __LanesPass;

                /// <summary>ComputeGradients one row at a time, on Vector&lt;T&gt; lanes or on 512-bit lanes, as <paramref name="pass"/> says: __PerRowPass, __LanesPass or __Lanes512Pass (for tests).</summary>
                [global::System.ComponentModel.EditorBrowsable({{never}})]
                internal {{t}} __ComputeGradients({{readOnlySpan}} inputs, {{readOnlySpan}} targets, int pass{{updateFollows}})
                """;
        }

        /// <summary>The gradient pass of the Shallow strategy: the whole batch through NetGen.Runtime.ShallowNet.</summary>
        private static void WriteShallowGradients(CodeWriter w, NetworkPlan plan, string reduction, string reductionDoc)
        {
            string t = plan.Element;
            w.Lines($$"""
                {{Span(plan)}} g = __gradients;

                // {{plan.Spec.Loss.Kind}} averages over {{reductionDoc}}, PyTorch's default reduction.
                {{t}} scale = {{Literals.Element(1, t)}} / ({{reduction}});

                // 1→{{plan.Layers[0].Out}}→1: the whole batch through NetGen.Runtime.ShallowNet, vectorised over the hidden units.
                {{t}} lossSum = global::NetGen.Runtime.ShallowNet.SquaredErrorGradients{{plan.Code.ShallowTypeArguments(plan.ShallowActivation)}}(__parameters, {{plan.Layers[0].Out}}, inputs, targets, scale, g);
                """);
        }

        /// <summary>The gradient loop of the PerRow strategy: forward, loss and backward one row at a time.</summary>
        private static void WritePerRowGradients(CodeWriter w, NetworkPlan plan, string reduction, string reductionDoc)
        {
            string t = plan.Element;
            w.Lines($$"""
                {{Span(plan)}} g = __gradients;
                {{Span(plan)}} s = __trainState;
                {{Span(plan)}} d = __trainDelta;
                g.Clear();

                // {{plan.Spec.Loss.Kind}} averages over {{reductionDoc}}, PyTorch's default reduction.
                {{t}} scale = {{Literals.Element(1, t)}} / ({{reduction}});
                {{t}} lossSum = {{Literals.Element(0, t)}};
                """);
            WritePerRowLoop(w, plan);
        }

        /// <summary>Forward, loss and backward of each row in turn, the gradients adding up in g (cleared by the caller).</summary>
        private static void WritePerRowLoop(CodeWriter w, NetworkPlan plan)
        {
            using (w.Block("for (int r = 0; r < rows; r++)"))
            {
                w.Line("inputs.Slice(r * InputSize, InputSize).CopyTo(s);");
                w.Line("__Forward(__parameters, s);");
                w.Line($"{ReadOnlySpan(plan)} target = targets.Slice(r * OutputSize, OutputSize);");
                string lossInput = LossInput(plan);
                w.Line($"lossSum += {Expressions.LossSum(plan, lossInput, "target")};");
                w.Line($"{Expressions.LossGradient(plan, lossInput, "target", "scale", $"d.Slice({plan.OutputLayer.DeltaOffset}, OutputSize)")};");
                w.Line("__Backward(__parameters, s, d, g);");
            }
        }

        /// <summary>
        /// The gradient loop of a batch-major network: chunks of rows go through each layer's kernels together. With a
        /// BatchNorm the whole batch is one chunk (its statistics are the batch's), in scratch grown to the largest batch.
        /// </summary>
        private static void WriteBatchMajorGradients(CodeWriter w, NetworkPlan plan, string reduction, string reductionDoc)
        {
            if (Sharded(plan))
            {
                WriteShardedGradients(w, plan, reduction, reductionDoc);
                return;
            }

            string t = plan.Element;
            bool whole = plan.WholeBatch;
            if (whole)
            {
                w.Lines($$"""
                    // BatchNorm normalises with the batch's own statistics, which one row does not have (PyTorch refuses it too).
                    if (rows < 2)
                    {
                        throw new global::System.ArgumentException("BatchNorm needs at least 2 rows per training batch; use a larger batch (or drop a last batch of one row).", "inputs");
                    }

                    // The whole batch is one chunk; the scratch grows to the largest batch seen and is reused after that.
                    if (__batchState.Length < __StateSize * rows)
                    {
                        __batchState = {{NewBuffer(plan.AlignsScalarBuffers, t, "__StateSize * rows")}};
                        __batchDelta = {{NewBuffer(plan.AlignsScalarBuffers, t, "__DeltaSize * rows")}};
                    }

                    """);
            }

            w.Lines($$"""
                {{Span(plan)}} g = __gradients;
                {{Span(plan)}} s = __batchState;
                {{Span(plan)}} d = __batchDelta;
                """);
            if (!plan.FirstChunkSetsGradients)
            {
                w.Line("g.Clear();");
            }

            w.Lines($$"""

                // {{plan.Spec.Loss.Kind}} averages over {{reductionDoc}}, PyTorch's default reduction.
                {{t}} scale = {{Literals.Element(1, t)}} / ({{reduction}});
                {{t}} lossSum = {{Literals.Element(0, t)}};
                """);
            if (whole)
            {
                w.Line("// Layer by layer over the whole batch as one chunk: BatchNorm's statistics are the batch's.");
                w.Line("int n = rows;");
                WriteBatchMajorChunk(w, plan, "0");
            }
            else
            {
                WriteBatchMajorChunks(w, plan);
            }
        }

        /// <summary>The loop over chunks of __BatchRows rows of a batch-major network that is not whole-batch.</summary>
        private static void WriteBatchMajorChunks(CodeWriter w, NetworkPlan plan)
        {
            w.Line("// Layer by layer over chunks of __BatchRows rows: each weight is read once per chunk, not once per row.");
            WriteChunkLoop(w, () => WriteBatchMajorChunk(w, plan, "start"));
        }

        /// <summary>The loop over chunks of n ≤ __BatchRows rows from row <c>start</c>, shared by training and batched inference.</summary>
        private static void WriteChunkLoop(CodeWriter w, System.Action body)
        {
            using (w.Block("for (int start = 0; start < rows; start += __BatchRows)"))
            {
                w.Line("int n = global::System.Math.Min(__BatchRows, rows - start);");
                body();
            }
        }

        /// <summary>A chunk's n input rows from row <paramref name="start"/> copied into the state and run forward.</summary>
        private static void WriteChunkForward(CodeWriter w, NetworkPlan plan, string start)
        {
            w.Line($"inputs.Slice({start} * InputSize, n * InputSize).CopyTo(s);");
            w.Line($"__ForwardBatch({(plan.HasDropout ? "__parameters, s, n, __dropoutRandom" : "__parameters, s, n")});");
        }

        /// <summary>One chunk of n rows from row <paramref name="start"/>: forward, loss and its gradient, backward into g.</summary>
        private static void WriteBatchMajorChunk(CodeWriter w, NetworkPlan plan, string start)
        {
            bool whole = plan.WholeBatch;
            var output = plan.OutputLayer;
            string lossAt = LayerEmitter.At(LossSlot(plan), whole);
            string deltaAt = LayerEmitter.At(output.DeltaOffset, whole);
            WriteChunkForward(w, plan, start);
            using (w.Block("for (int r = 0; r < n; r++)"))
            {
                w.Line($"{ReadOnlySpan(plan)} target = targets.Slice(({start} + r) * OutputSize, OutputSize);");
                string lossInput = $"s.Slice({lossAt} + r * OutputSize, OutputSize)";
                w.Line($"lossSum += {Expressions.LossSum(plan, lossInput, "target")};");
                w.Line($"{Expressions.LossGradient(plan, lossInput, "target", "scale", $"d.Slice({deltaAt} + r * OutputSize, OutputSize)")};");
            }

            // Dense-only gradients: the first chunk sets them (no clearing pass, gw not read), the others add.
            string accumulate = !plan.FirstChunkSetsGradients ? "" : whole ? ", accumulate: false" : $", accumulate: {start} > 0";
            w.Line($"__BackwardBatch(__parameters, s, d, g, n{accumulate});");
        }

        /// <summary>The batch-major forward and backward passes over n rows (n ≤ __BatchRows, or the whole batch).</summary>
        private static void WriteBatchMajorPasses(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            bool whole = plan.WholeBatch;
            // BatchNorm updates its running statistics (buffers in p) as it goes; other networks only read p.
            string parameters = whole ? Span(plan) : plan.Code.ReadSpan;
            string random = plan.HasDropout ? ", global::NetGen.DeterministicRandom random" : "";
            w.Line();
            w.Line(whole
                ? "/// <summary>Runs the n rows of the batch forward, layer by layer; slot k of the per-row state holds the n rows at k·n.</summary>"
                : "/// <summary>Runs n rows forward, layer by layer; slot k of the per-row state holds the n rows at k·__BatchRows.</summary>");
            using (w.Block($"private static void __ForwardBatch({parameters} p, {Span(plan)} s, int n{random})"))
            {
                foreach (var step in plan.Steps)
                {
                    if (step != plan.Steps[0])
                    {
                        w.Line();
                    }

                    if (step is LayerPlan layer)
                    {
                        LayerEmitter.BatchForward(w, layer, plan.Code, whole);
                    }
                    else
                    {
                        ModuleEmitter.BatchForward(w, step, plan.Code, whole);
                    }
                }
            }

            w.Line();
            bool sets = plan.FirstChunkSetsGradients;
            w.Line(sets
                ? "/// <summary>Back-propagates n rows: d holds ∂L/∂(output) on entry; gradients accumulate into g, or set it without accumulate.</summary>"
                : "/// <summary>Back-propagates n rows: d holds ∂L/∂(output) on entry; gradients accumulate into g.</summary>");
            using (w.Block($"private static void __BackwardBatch({plan.Code.ReadSpan} p, {plan.Code.ReadSpan} s, {Span(plan)} d, {Span(plan)} g, int n{(sets ? ", bool accumulate" : "")})"))
            {
                bool first = true;
                foreach (var step in plan.Steps.Reverse())
                {
                    if (step is StandardizePlan)
                    {
                        continue;
                    }

                    if (!first)
                    {
                        w.Line();
                    }

                    first = false;
                    if (step is LayerPlan layer)
                    {
                        LayerEmitter.BatchBackward(w, layer, plan.Code, whole, sets);
                    }
                    else
                    {
                        ModuleEmitter.BatchBackward(w, step, plan.Code, whole);
                    }
                }
            }
        }

        /// <summary>The line that checks the targets' shape and counts the rows; a classifier's message mentions class indices.</summary>
        private static string TargetRows(NetworkPlan plan) => plan.Classifier == ClassifierOutput.Softmax
            ? "int rows = global::NetGen.Runtime.ShapeGuard.ClassifierRows(inputs.Length, InputSize, targets.Length, OutputSize);"
            : "int rows = global::NetGen.Runtime.ShapeGuard.Rows(inputs.Length, InputSize, targets.Length, OutputSize, \"targets\");";

        /// <summary>The check that the targets are what the loss is defined on (after their shape and finiteness).</summary>
        private static void WriteTargetCheck(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            switch (plan.Spec.Loss.Kind)
            {
                case Loss.CrossEntropy:
                    w.Line($"global::NetGen.Runtime.Classification.EnsureProbabilityRows{plan.Code.TypeArguments}(targets, OutputSize);");
                    break;
                case Loss.BinaryCrossEntropy:
                    w.Line($"global::NetGen.Runtime.Classification.EnsureUnitInterval{plan.Code.TypeArguments}(targets, OutputSize);");
                    break;
                case Loss.MeanSquaredError:
                case Loss.MeanAbsoluteError:
                case Loss.Huber:
                    break; // any finite target is valid
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(plan), plan.Spec.Loss.Kind, "Unknown loss.");
            }
        }

        /// <summary>What the loss reads: the logits when fused with the output activation, else the output.</summary>
        private static string LossInput(NetworkPlan plan) => $"s.Slice({LossSlot(plan)}, OutputSize)";

        /// <summary>The state slot the loss reads: the output layer's pre-activation when fused with the loss, else its output.</summary>
        private static int LossSlot(NetworkPlan plan)
        {
            var output = plan.OutputLayer;
            return output.FusedWithLoss ? output.PreActivationOffset : output.OutputOffset;
        }

        private static void WriteOptimizerStep(CodeWriter w, NetworkPlan plan)
        {
            var o = plan.Spec.Optimizer;
            // The step count advances only once the update is written (a failed update leaves it as it was).
            string check = plan.Spec.CheckFinite ? ", checkFinite: true" : "";
            switch (o.Kind)
            {
                case OptimizerKind.Sgd:
                    w.Line($"// torch.optim.SGD(lr=LearningRate, momentum={Literals.Plain(o.Momentum)}, dampening={Literals.Plain(o.Dampening)}, nesterov={(o.Nesterov ? "True" : "False")}, weight_decay={Literals.Plain(o.WeightDecay)})");
                    break;
                case OptimizerKind.Adam:
                case OptimizerKind.AdamW:
                    w.Line($"// torch.optim.{o.Kind}(lr=LearningRate, betas=({Literals.Plain(o.Beta1)}, {Literals.Plain(o.Beta2)}), eps={Literals.Plain(o.Epsilon)}, weight_decay={Literals.Plain(o.WeightDecay)})");
                    break;
                case OptimizerKind.Rprop:
                    w.Line($"// torch.optim.Rprop(lr=LearningRate (read at the first step only), etas=({Literals.Plain(o.EtaMinus)}, {Literals.Plain(o.EtaPlus)}), step_sizes=({Literals.Plain(o.StepSizeMin)}, {Literals.Plain(o.StepSizeMax)}))");
                    break;
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(plan), o.Kind, "Unknown optimizer.");
            }

            // TrainStep (checkedInRun): GradientShards.Run on one thread leaves the gradients' check to this call (Adam's
            // and SGD's read nothing more); gradientsUnchecked: the gradient pass left it.
            string checkGradients = DefersGradientCheck(plan) ? ", checkGradients: gradientsUnchecked"
                : Sharded(plan) && plan.Spec.CheckFinite ? ", checkGradients: checkedInRun"
                : "";

            // Buffers after the parameters (running statistics, standardisation) are saved but never optimised.
            string call = OptimizerCall(plan, "", TrainableSpan(plan), buffer => buffer, check, checkGradients, keepsBounds: plan.KeepsMomentBounds) + ";";
            if (Sharded(plan))
            {
                // Sliced over the threads of the gradient pass; false: one thread, or not finite (this call then throws).
                using (w.Block($"if (__shards is null || !__shards.Update(ParameterCount, __maxDegreeOfParallelism, checkFinite: {(plan.Spec.CheckFinite ? "true" : "false")}, checkedInRun))"))
                {
                    w.Line(call);
                }
            }
            else
            {
                w.Line(call);
            }

            w.Line("__step++;");
        }

        /// <summary>
        /// The call of the optimizer's rule (<paramref name="suffix"/> "" for the update, "IsFinite" for its check alone)
        /// on <paramref name="parameters"/> and the buffers <paramref name="buffer"/> maps (whole, or a slice of each).
        /// <paramref name="keepsBounds"/>: the network's whole checked Adam update, which starts from the moments' bounds
        /// and stores new ones (<see cref="NetworkPlan.KeepsMomentBounds"/>).
        /// </summary>
        private static string OptimizerCall(NetworkPlan plan, string suffix, string parameters, System.Func<string, string> buffer, string check,
            string checkGradients = "", bool keepsBounds = false)
        {
            var o = plan.Spec.Optimizer;
            string rule = $"global::NetGen.Runtime.Optimizers.{(o.Kind == OptimizerKind.Sgd ? "Sgd" : o.Kind == OptimizerKind.Rprop ? "Rprop" : "Adam")}{suffix}{plan.Code.CopiedTypeArguments}";
            string gradients = buffer("__gradients");
            switch (o.Kind)
            {
                case OptimizerKind.Sgd:
                    string momentum = o.Momentum != 0 ? buffer("__momentumBuffer") : "global::System.Span<" + plan.Element + ">.Empty";
                    return $"{rule}({parameters}, {gradients}, {momentum}, __step + 1, __learningRate, {Literals.Double(o.Momentum)}, {Literals.Double(o.Dampening)}, {(o.Nesterov ? "true" : "false")}, {Literals.Double(o.WeightDecay)}{check}{checkGradients})";
                case OptimizerKind.Adam:
                case OptimizerKind.AdamW:
                    string decoupled = o.Kind == OptimizerKind.AdamW ? "true" : "false";
                    string adam = keepsBounds ? $"global::NetGen.Runtime.Optimizers.AdamWithMomentBounds{plan.Code.CopiedTypeArguments}" : rule;
                    string adamCheck = keepsBounds ? $", ref {MomentBoundsField}" : check;
                    return $"{adam}({parameters}, {gradients}, {buffer("__firstMoment")}, {buffer("__secondMoment")}, __step + 1, __learningRate, {Literals.Double(o.Beta1)}, {Literals.Double(o.Beta2)}, {Literals.Double(o.Epsilon)}, {Literals.Double(o.WeightDecay)}, decoupledWeightDecay: {decoupled}{adamCheck}{checkGradients})";
                case OptimizerKind.Rprop:
                    return $"{rule}({parameters}, {gradients}, {buffer("__previousGradient")}, {buffer("__stepSize")}, __step + 1, __learningRate, {Literals.Double(o.EtaMinus)}, {Literals.Double(o.EtaPlus)}, {Literals.Double(o.StepSizeMin)}, {Literals.Double(o.StepSizeMax)}{check}{checkGradients})";
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(plan), o.Kind, "Unknown optimizer.");
            }
        }

    }
}
