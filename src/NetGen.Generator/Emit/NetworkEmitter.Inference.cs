using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        /// <summary>Rows up to this many values are copied element by element.</summary>
        private const int TinyRow = 4;

        private static void WriteInference(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            string span = Span(plan);
            string readOnlySpan = ReadOnlySpan(plan);
            var output = plan.OutputLayer;

            w.Lines($$"""
                /// <summary>Runs one row forward. {{ReaderThreadDoc}}</summary>
                /// <param name="input">InputSize ({{plan.InputSize}}) values.</param>
                /// <param name="output">Receives OutputSize ({{plan.OutputSize}}) values.</param>
                /// <exception cref="global::System.ArgumentException">A span has the wrong length.</exception>
                public void Predict({{readOnlySpan}} input, {{span}} output)
                {
                    global::NetGen.Runtime.ShapeGuard.EnsureLength(input.Length, InputSize, "input");
                    global::NetGen.Runtime.ShapeGuard.EnsureLength(output.Length, OutputSize, "output");
                """);
            if (plan.Shallow)
            {
                w.Line($"    output[0] = {ShallowPredict(plan, "input[0]")};");
            }
            else Indented(w, () => WithStateScratch(w, plan, () =>
            {
                if (plan.InputSize <= TinyRow && plan.OutputSize <= TinyRow && plan.Code.IndexesReadOnlySpans)
                {
                    // A few values: plain element copies beat CopyTo's call.
                    for (int i = 0; i < plan.InputSize; i++)
                    {
                        w.Line($"s[{i}] = input[{i}];");
                    }

                    w.Line("__Forward(__parameters, s);");
                    for (int k = 0; k < plan.OutputSize; k++)
                    {
                        w.Line($"output[{k}] = s[{output.OutputOffset + k}];");
                    }
                }
                else
                {
                    w.Line("input.CopyTo(s);");
                    w.Line("__Forward(__parameters, s);");
                    w.Line($"s.Slice({output.OutputOffset}, OutputSize).CopyTo(output);");
                }
            }));
            w.Line("}");
            w.Line();

            if (plan.InputSize == 1 && plan.OutputSize == 1)
            {
                w.Lines($$"""
                    /// <summary>Runs one scalar forward. {{ReaderThreadDoc}}</summary>
                    /// <param name="x">The input.</param>
                    /// <returns>The output.</returns>
                    public {{t}} Predict({{t}} x)
                    {
                    """);
                if (plan.Shallow)
                {
                    w.Line($"    return {ShallowPredict(plan, "x")};");
                }
                else Indented(w, () => WithStateScratch(w, plan, () =>
                {
                    w.Line("s[0] = x;");
                    w.Line("__Forward(__parameters, s);");
                    w.Line($"return s[{output.OutputOffset}];");
                }));
                w.Line("}");
                w.Line();
            }

            w.Lines($$"""
                /// <summary>Runs every row forward. {{ReaderThreadDoc}}</summary>
                /// <param name="inputs">Rows × InputSize ({{plan.InputSize}}) values, row-major.</param>
                /// <param name="outputs">Receives rows × OutputSize ({{plan.OutputSize}}) values.</param>
                /// <exception cref="global::System.ArgumentException">The spans do not hold the same whole number of rows.</exception>
                public void PredictBatch({{readOnlySpan}} inputs, {{span}} outputs)
                {
                    int rows = global::NetGen.Runtime.ShapeGuard.Rows(inputs.Length, InputSize, outputs.Length, OutputSize, "outputs");
                """);
            if (plan.Shallow)
            {
                Indented(w, () =>
                {
                    using (w.Block("for (int r = 0; r < rows; r++)"))
                    {
                        w.Line($"outputs[r] = {ShallowPredict(plan, "inputs[r]")};");
                    }
                });
            }
            else if (plan.BatchedInference)
            {
                string outputAt = LayerEmitter.At(output.OutputOffset, wholeBatch: false);
                Indented(w, () => WithForwardChunks(w, plan, () =>
                    w.Line($"s.Slice({outputAt}, n * OutputSize).CopyTo(outputs.Slice(start * OutputSize, n * OutputSize));")));
            }
            else Indented(w, () => WithStateScratch(w, plan, () =>
            {
                using (w.Block("for (int r = 0; r < rows; r++)"))
                {
                    w.Line("inputs.Slice(r * InputSize, InputSize).CopyTo(s);");
                    w.Line("__Forward(__parameters, s);");
                    w.Line($"s.Slice({output.OutputOffset}, OutputSize).CopyTo(outputs.Slice(r * OutputSize, OutputSize));");
                }
            }));
            w.Line("}");
            w.Line();

            if (!plan.CallsRowForward)
            {
                return;
            }

            w.Line("/// <summary>Runs one row forward. s[0..InputSize) holds the input; each layer writes after it.</summary>");
            using (w.Block($"private static void __Forward({plan.Code.ReadSpan} p, {span} s)"))
            {
                w.Line("// Slicing to the constant sizes lets the JIT drop bounds checks on the constant indices below.");
                w.Line($"p = p.Slice(0, {StoredCountName(plan)});");
                w.Line("s = s.Slice(0, __StateSize);");
                foreach (var step in plan.Steps)
                {
                    w.Line();
                    if (step is LayerPlan layer)
                    {
                        LayerEmitter.Forward(w, layer, plan.Code);
                    }
                    else
                    {
                        ModuleEmitter.Forward(w, step, plan.Code);
                    }
                }
            }

            w.Line();
        }

        /// <summary>A 1→H→1 network's output for <paramref name="x"/>, vectorised over the hidden units.</summary>
        private static string ShallowPredict(NetworkPlan plan, string x)
            => $"global::NetGen.Runtime.ShallowNet.Predict{plan.Code.ShallowTypeArguments(plan.ShallowActivation)}(__parameters, {plan.Layers[0].Out}, {x})";

        /// <summary>Runs <paramref name="body"/> one level deeper, for code inside a raw-string opened method.</summary>
        private static void Indented(CodeWriter w, System.Action body)
        {
            using (w.Indent())
            {
                body();
            }
        }
    }
}
