using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        /// <summary>
        /// The class-index overloads, PredictClass and Accuracy of a classifier (see <see cref="GeneratedMembers.ClassifierFor"/>).
        /// The overloads expand the classes into targets rented from the array pool and run the targets' path, so they give
        /// exactly its loss and parameters.
        /// </summary>
        private static void WriteClassification(CodeWriter w, NetworkPlan plan)
        {
            if (plan.Classifier == ClassifierOutput.None)
            {
                return;
            }

            string t = plan.Element;
            string readOnlySpan = ReadOnlySpan(plan);
            string span = Span(plan);
            const string Classes = "global::System.ReadOnlySpan<int> classes";
            string pool = $"global::System.Buffers.ArrayPool<{t}>.Shared";
            string classesDoc = plan.Classifier switch
            {
                ClassifierOutput.Softmax => $"One class index per row, in [0, OutputSize ({plan.OutputSize})); the same as one-hot target rows.",
                ClassifierOutput.Sigmoid => "One class per row, 0 or 1; the same as targets of 0 and 1.",
                _ => throw new System.ArgumentOutOfRangeException(nameof(plan), plan.Classifier, "Unknown classifier."),
            };
            string classDoc = plan.Classifier == ClassifierOutput.Softmax
                ? "the index of the largest output, the first on ties; a NaN output counts as the largest, as torch.argmax"
                : "1 when the output p ≥ 0.5, else 0 (NaN gives 0)";
            string rangeDoc = "/// <exception cref=\"global::System.ArgumentOutOfRangeException\">A class is out of range (the message names the row); nothing was changed.</exception>";

            // Expands the classes and runs body with "classTargets" holding them; the array goes back to the pool.
            void WithClassTargets(System.Action body)
            {
                w.Line("global::NetGen.Runtime.Classification.ClassRows(inputs.Length, InputSize, classes.Length);");
                w.Line($"{t}[] rentedTargets = global::NetGen.Runtime.Classification.RentTargets<{t}>(classes, OutputSize);");
                using (w.Block("try"))
                {
                    w.Line($"{readOnlySpan} classTargets = new {readOnlySpan}(rentedTargets, 0, classes.Length * OutputSize);");
                    body();
                }

                using (w.Block("finally"))
                {
                    w.Line($"{pool}.Return(rentedTargets);");
                }
            }

            w.Lines($$"""

                /// <summary>ComputeGradients with class indices. {{NotThreadSafeDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <returns>The mean loss.</returns>
                {{rangeDoc}}
                """);
            WriteGuarded(w, $"public {t} ComputeGradients({readOnlySpan} inputs, {Classes})", () => WithClassTargets(() =>
                w.Line("return __Gradients(inputs, classTargets);")));

            w.Lines($$"""

                /// <summary>EvaluateLoss with class indices. {{ReaderThreadDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <returns>The mean loss.</returns>
                {{rangeDoc}}
                public {{t}} EvaluateLoss({{readOnlySpan}} inputs, {{Classes}})
                {
                """);
            Indented(w, () => WithClassTargets(() => w.Line("return EvaluateLoss(inputs, classTargets);")));
            w.Line("}");

            w.Lines($$"""

                /// <summary>EvaluateLoss with class indices, and each row's outputs as PredictBatch gives them, from one forward pass. {{ReaderThreadDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <param name="outputs">Receives rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <returns>The mean loss.</returns>
                {{rangeDoc}}
                /// <exception cref="global::System.ArgumentException">The spans do not hold the same whole number of rows; nothing was written.</exception>
                public {{t}} EvaluateLoss({{readOnlySpan}} inputs, {{Classes}}, {{span}} outputs)
                {
                """);
            Indented(w, () => WithClassTargets(() => w.Line("return EvaluateLoss(inputs, classTargets, outputs);")));
            w.Line("}");

            w.Lines($$"""

                /// <summary>TrainStep with class indices: exactly the step of the matching targets. Allocates nothing in steady state. {{NotThreadSafeDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <returns>The batch's mean loss before the update.</returns>
                {{rangeDoc}}
                """);
            WriteGuarded(w, $"public {t} TrainStep({readOnlySpan} inputs, {Classes})", () => WithClassTargets(() =>
                w.Line("return TrainStep(inputs, classTargets);")));

            w.Lines($$"""

                /// <summary>Fit with class indices: exactly the run of the matching targets. {{NotThreadSafeDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <param name="epochs">Passes over the data, at least 1.</param>
                /// <param name="batchSize">Rows per step, at least 1.</param>
                /// <param name="shuffle">Shuffle the rows every epoch.</param>
                /// <param name="dropLast">Skip a last batch smaller than <paramref name="batchSize"/>.</param>
                /// <param name="seed">Seed of the shuffling.</param>
                /// <param name="onEpoch">Called after each epoch with the 1-based epoch and its mean loss.</param>
                /// <returns>Each epoch's mean loss.</returns>
                {{rangeDoc}}
                """);
            WriteGuarded(
                w,
                $"public {t}[] Fit({readOnlySpan} inputs, {Classes}, int epochs, int batchSize, bool shuffle = true, bool dropLast = false, int seed = 0, global::System.Action<int, {t}>? onEpoch = null)",
                () => WithClassTargets(() => w.Line("return Fit(inputs, classTargets, epochs, batchSize, shuffle, dropLast, seed, onEpoch);")));

            w.Lines($$"""

                /// <summary>
                /// Fit with options and class indices, for training and validation: exactly the run of the matching
                /// targets, with validation accuracy per epoch in the result. {{NotThreadSafeDoc}}
                /// </summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <param name="options">Epochs, batches, schedule, early stopping, clipping, callback.</param>
                /// <param name="validationInputs">Validation rows, or empty.</param>
                /// <param name="validationClasses">One class per validation row, or empty.</param>
                /// <returns>The losses (and validation accuracies) per epoch, the best epoch, and whether training stopped early.</returns>
                {{rangeDoc}}
                """);
            WriteGuarded(
                w,
                $"public global::NetGen.FitResult Fit({readOnlySpan} inputs, {Classes}, global::NetGen.FitOptions options, {readOnlySpan} validationInputs = default, global::System.ReadOnlySpan<int> validationClasses = default)",
                () =>
                {
                    w.Line("global::NetGen.Runtime.Classification.ClassRows(inputs.Length, InputSize, classes.Length);");
                    w.Line("bool validating = validationInputs.Length != 0 || validationClasses.Length != 0;");
                    using (w.Block("if (validating)"))
                    {
                        w.Line("global::NetGen.Runtime.Classification.ClassRows(validationInputs.Length, InputSize, validationClasses.Length);");
                    }

                    w.Line();
                    w.Line($"{t}[] rentedTargets = global::NetGen.Runtime.Classification.RentTargets<{t}>(classes, OutputSize);");
                    w.Line($"{t}[]? rentedValidation = validating ? global::NetGen.Runtime.Classification.RentTargets<{t}>(validationClasses, OutputSize) : null;");
                    using (w.Block("try"))
                    {
                        w.Line($"{readOnlySpan} classTargets = new {readOnlySpan}(rentedTargets, 0, classes.Length * OutputSize);");
                        w.Line($"{readOnlySpan} validationTargets = rentedValidation is null ? default : new {readOnlySpan}(rentedValidation, 0, validationClasses.Length * OutputSize);");
                        w.Line("return Fit(inputs, classTargets, options, validationInputs, validationTargets);");
                    }

                    using (w.Block("finally"))
                    {
                        w.Line($"{pool}.Return(rentedTargets);");
                        using (w.Block("if (rentedValidation != null)"))
                        {
                            w.Line($"{pool}.Return(rentedValidation);");
                        }
                    }
                });

            string predicted = PredictedClass(plan, plan.OutputLayer.OutputOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.Lines($$"""

                /// <summary>The predicted class of one row: {{classDoc}}. {{ReaderThreadDoc}}</summary>
                /// <param name="input">InputSize ({{plan.InputSize}}) values.</param>
                /// <returns>The class.</returns>
                public int PredictClass({{readOnlySpan}} input)
                {
                    global::NetGen.Runtime.ShapeGuard.EnsureLength(input.Length, InputSize, "input");
                """);
            Indented(w, () => WithStateScratch(w, plan, () =>
            {
                w.Line("input.CopyTo(s);");
                w.Line("__Forward(__parameters, s);");
                w.Line($"return {predicted};");
            }));
            w.Line("}");

            w.Lines($$"""

                /// <summary>The fraction of rows whose <see cref="PredictClass"/> equals their class. {{ReaderThreadDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="classes">{{classesDoc}}</param>
                /// <returns>Correct rows / rows, in [0, 1].</returns>
                {{rangeDoc}}
                public double Accuracy({{readOnlySpan}} inputs, {{Classes}})
                {
                    int rows = global::NetGen.Runtime.Classification.ClassRows(inputs.Length, InputSize, classes.Length);
                    global::NetGen.Runtime.Classification.EnsureClasses(classes, {{(plan.Classifier == ClassifierOutput.Softmax ? "OutputSize" : "2")}});
                    int correct = 0;
                """);
            if (plan.BatchedInference)
            {
                string predictedInChunk = PredictedClass(plan, $"{LayerEmitter.At(plan.OutputLayer.OutputOffset, wholeBatch: false)} + r * OutputSize");
                Indented(w, () => WithForwardChunks(w, plan, () =>
                {
                    using (w.Block("for (int r = 0; r < n; r++)"))
                    {
                        w.Line($"correct += {predictedInChunk} == {plan.Code.ReadElement("classes", "start + r")} ? 1 : 0;");
                    }
                }));
            }
            else Indented(w, () => WithStateScratch(w, plan, () =>
            {
                using (w.Block("for (int r = 0; r < rows; r++)"))
                {
                    w.Line("inputs.Slice(r * InputSize, InputSize).CopyTo(s);");
                    w.Line("__Forward(__parameters, s);");
                    w.Line($"correct += {predicted} == {plan.Code.ReadElement("classes", "r")} ? 1 : 0;");
                }
            }));
            w.Line("    return (double)correct / rows;");
            w.Line("}");
        }

        /// <summary>The class of the output row that starts at <paramref name="at"/> in the state s.</summary>
        private static string PredictedClass(NetworkPlan plan, string at) => plan.Classifier == ClassifierOutput.Softmax
            ? $"global::NetGen.Runtime.Classification.ArgMax{plan.Code.TypeArguments}(s.Slice({at}, OutputSize))"
            : $"global::NetGen.Runtime.Classification.BinaryClass{plan.Code.TypeArguments}(s[{at}])";
    }
}
