using System.Linq;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        /// <summary>
        /// The gradient loop of a row-vectorised network, on the pass the argument pass names: one row at a time
        /// through the per-row code (small batches, where a vector pass would mostly carry padding), or a vector of
        /// rows per pass through the unrolled lane code, gradients kept per lane and summed across lanes once at the end.
        /// </summary>
        private static void WriteRowVectorGradients(CodeWriter w, NetworkPlan plan, string reduction, string reductionDoc)
        {
            string t = plan.Element;
            w.Lines($$"""
                // {{plan.Spec.Loss.Kind}} averages over {{reductionDoc}}, PyTorch's default reduction.
                {{t}} scale = {{Literals.Element(1, t)}} / ({{reduction}});
                {{t}} lossSum = {{Literals.Element(0, t)}};
                global::System.Span<{{t}}> g = __gradients;
                """);
            using (w.Block("switch (pass)"))
            {
                w.Line("case __PerRowPass:");
                using (w.Block(null))
                {
                    w.Lines($$"""
                        global::System.Span<{{t}}> s = __trainState;
                        global::System.Span<{{t}}> d = __trainDelta;
                        g.Clear();
                        """);
                    WritePerRowLoop(w, plan);
                    w.Line("break;");
                }

                if (plan.OneRowRegisters)
                {
                    w.Line("case __RegisterPass:");
                    using (w.Block(null))
                    {
                        w.Lines("""
                            // Row by row, each row's values in registers: the first row sets every gradient (nothing is
                            // cleared), the others add theirs in row order.
                            if (rows < 1 || rows >= __LanesMinimumRows || !global::NetGen.Runtime.OneRowRegisters.Supported)
                            {
                                throw new global::System.ArgumentOutOfRangeException(nameof(pass), pass, "The register pass takes batches smaller than the lanes, where OneRowRegisters.Supported.");
                            }

                            lossSum += __TrainOneRow<global::NetGen.Runtime.OneRowRegisters.SetGradients>(__parameters, inputs, targets, scale, g);
                            for (int r = 1; r < rows; r++)
                            {
                                lossSum += __TrainOneRow<global::NetGen.Runtime.OneRowRegisters.AddGradients>(__parameters, inputs.Slice(r * InputSize, InputSize), targets.Slice(r * OutputSize, OutputSize), scale, g);
                            }

                            break;
                            """);
                    }
                }

                w.Line("case __LanesPass:");
                using (w.Block(null))
                {
                    WriteRowVectorLoop(w, plan, LaneFlavour.Native(t));
                    w.Line("break;");
                }

                w.Line("case __Lanes512Pass:");
                using (w.Block(null))
                {
                    WriteRowVectorLoop(w, plan, LaneFlavour.Wide(t));
                    w.Line("break;");
                }

                w.Lines("""
                    default:
                        throw new global::System.ArgumentOutOfRangeException(nameof(pass), pass, "Not a pass of this network.");
                    """);
            }
        }

        /// <summary>The passes over the batch on one flavour of lanes, then each parameter's lanes summed into g.</summary>
        private static void WriteRowVectorLoop(CodeWriter w, NetworkPlan plan, LaneFlavour lanes)
        {
            string vector = lanes.Type;
            string parameters = "__parameters";
            if (lanes.BroadcastParameters is not null)
            {
                parameters = lanes.BroadcastParameters;
                w.Line($"global::NetGen.Runtime.LinearAlgebra.BroadcastLanes{plan.Code.CopiedTypeArguments}(__parameters, {parameters});");
            }

            w.Lines($$"""
                global::System.Span<{{vector}}> gv = {{lanes.Gradients}};
                gv.Clear();
                for (int start = 0; start < rows; start += {{vector}}.Count)
                {
                    lossSum += {{lanes.Method}}({{parameters}}, inputs, targets, start, global::System.Math.Min({{vector}}.Count, rows - start), scale, gv);
                }

                // Each parameter's gradient is the sum of its lanes.
                global::NetGen.Runtime.LinearAlgebra.SumLanes{{plan.Code.CopiedTypeArguments}}(gv, g);
                """);
        }

        /// <summary>Forward, loss and backward for up to one vector of rows, one row per lane.</summary>
        private static void WriteRowVectorPass(CodeWriter w, NetworkPlan plan, LaneFlavour lanes)
        {
            string t = plan.Element;
            string vector = lanes.Type;
            w.Line();
            w.Line($"/// <summary>Rows start..start+n, one per lane of <c>{vector.Replace("<", "&lt;").Replace(">", "&gt;")}</c> (lanes past n hold zeros and get zero deltas); returns their loss sum.</summary>");
            using (w.Block($"private {t} {lanes.Method}({lanes.ParameterType} p, {ReadOnlySpan(plan)} inputs, {ReadOnlySpan(plan)} targets, int start, int n, {t} scale, global::System.Span<{vector}> gv)"))
            {
                w.Lines($$"""
                    p = p.Slice(0, ParameterCount);
                    gv = gv.Slice(0, ParameterCount);
                    int lanes = {{vector}}.Count;
                    global::System.Span<{{t}}> lane = __lanes;

                    """);
                if (plan.InputSize == 1)
                {
                    // A whole vector of one-feature rows is already in lane order: load it, no transpose (whose scalar
                    // stores would also stall the vector load that reads them back).
                    w.Lines($$"""
                        // Lane r is row start + r; lanes past n hold zeros.
                        {{vector}} s0;
                        if (n == lanes)
                        {
                            s0 = {{lanes.Load("inputs.Slice(start, lanes)")}};
                        }
                        else
                        {
                            lane.Clear();
                            for (int r = 0; r < n; r++)
                            {
                                lane[r] = inputs[start + r];
                            }

                            s0 = {{lanes.Load("lane.Slice(0, lanes)")}};
                        }
                        """);
                }
                else
                {
                    w.Lines($$"""
                        // Transpose the rows in: lane r of feature i is inputs[(start + r) * InputSize + i]; lanes past n hold zeros.
                        if (n < lanes)
                        {
                            lane.Clear();
                        }

                        for (int r = 0; r < n; r++)
                        {
                            for (int i = 0; i < InputSize; i++)
                            {
                                lane[i * lanes + r] = inputs[(start + r) * InputSize + i];
                            }
                        }

                        """);
                    for (int i = 0; i < plan.InputSize; i++)
                    {
                        w.Line($"{vector} s{i} = {lanes.Load($"lane.Slice({i} * lanes, lanes)")};");
                    }
                }

                foreach (var layer in plan.Layers)
                {
                    w.Line();
                    LayerEmitter.LanesForward(w, layer, plan.Code, lanes);
                }

                w.Line();
                if (plan.Loss.Kind == Loss.MeanSquaredError)
                {
                    WriteLanesSquaredError(w, plan, lanes);
                }
                else
                {
                    WriteRowByRowLoss(w, plan, lanes);
                }

                var backward = plan.Layers.Reverse().ToList();
                for (int k = 0; k < backward.Count; k++)
                {
                    w.Line();
                    var first = k == backward.Count - 2 && LayerEmitter.FusesLanesBackward(backward[k], backward[k + 1]) ? backward[k + 1] : null;
                    LayerEmitter.LanesBackward(w, backward[k], plan.Code, lanes, first);
                    if (first is not null)
                    {
                        break;
                    }
                }

                w.Line();
                w.Line(plan.Loss.Kind == Loss.MeanSquaredError ? $"return {lanes.Sum}(lossLanes);" : "return lossSum;");
            }
        }

        /// <summary>Any loss: each row's outputs through NetGen.Runtime.Losses, the gradient transposed back into lanes.</summary>
        private static void WriteRowByRowLoss(CodeWriter w, NetworkPlan plan, LaneFlavour lanes)
        {
            string t = plan.Element;
            string vector = lanes.Type;
            var output = plan.OutputLayer;
            w.Line("// The loss row by row through NetGen.Runtime.Losses; its gradient goes back into lanes (zero past n).");
            for (int k = 0; k < plan.OutputSize; k++)
            {
                w.Line($"{lanes.Store($"s{output.OutputOffset + k}", $"lane.Slice({k} * lanes, lanes)")};");
            }

            w.Lines($$"""
                global::System.Span<{{t}}> deltaLane = lane.Slice(OutputSize * lanes, OutputSize * lanes);
                deltaLane.Clear();
                global::System.Span<{{t}}> y = stackalloc {{t}}[OutputSize];
                global::System.Span<{{t}}> dy = stackalloc {{t}}[OutputSize];
                {{t}} lossSum = {{Literals.Element(0, t)}};
                for (int r = 0; r < n; r++)
                {
                    for (int k = 0; k < OutputSize; k++)
                    {
                        y[k] = lane[k * lanes + r];
                    }

                    global::System.ReadOnlySpan<{{t}}> target = targets.Slice((start + r) * OutputSize, OutputSize);
                    lossSum += {{Expressions.LossSum(plan, "y", "target")}};
                    {{Expressions.LossGradient(plan, "y", "target", "scale", "dy")}};
                    for (int k = 0; k < OutputSize; k++)
                    {
                        deltaLane[k * lanes + r] = dy[k];
                    }
                }

                """);
            for (int k = 0; k < plan.OutputSize; k++)
            {
                w.Line($"{vector} d{output.DeltaOffset + k} = {lanes.Load($"deltaLane.Slice({k} * lanes, lanes)")};");
            }
        }

        /// <summary>Mean squared error on whole lanes: targets transposed in, padding lanes masked to zero.</summary>
        private static void WriteLanesSquaredError(CodeWriter w, NetworkPlan plan, LaneFlavour lanes)
        {
            string vector = lanes.Type;
            var output = plan.OutputLayer;
            if (plan.OutputSize == 1)
            {
                // As the inputs: a whole vector of one-output rows loads straight from targets, every lane a row.
                w.Lines($$"""
                    // The loss on whole lanes; the mask is 1 on lanes holding a row, 0 on padding.
                    {{vector}} target0;
                    {{vector}} mask;
                    if (n == lanes)
                    {
                        target0 = {{lanes.Load("targets.Slice(start, lanes)")}};
                        mask = {{vector}}.One;
                    }
                    else
                    {
                        lane.Clear();
                        for (int r = 0; r < n; r++)
                        {
                            lane[r] = targets[start + r];
                            lane[lanes + r] = {{Literals.Element(1, plan.Element)}};
                        }

                        target0 = {{lanes.Load("lane.Slice(0, lanes)")}};
                        mask = {{lanes.Load("lane.Slice(lanes, lanes)")}};
                    }

                    {{vector}} lossLanes = {{vector}}.Zero;
                    lossLanes += global::NetGen.Runtime.Losses.SquaredErrorLanes(s{{output.OutputOffset}}, target0, mask, scale, out {{vector}} d{{output.DeltaOffset}});
                    """);
                return;
            }

            w.Lines($$"""
                // The loss on whole lanes; the mask is 1 on lanes holding a row, 0 on padding.
                if (n < lanes)
                {
                    lane.Clear();
                }

                for (int r = 0; r < n; r++)
                {
                    for (int k = 0; k < OutputSize; k++)
                    {
                        lane[k * lanes + r] = targets[(start + r) * OutputSize + k];
                    }

                    lane[OutputSize * lanes + r] = {{Literals.Element(1, plan.Element)}};
                }

                {{vector}} mask = {{lanes.Load("lane.Slice(OutputSize * lanes, lanes)")}};
                {{vector}} lossLanes = {{vector}}.Zero;
                """);
            for (int k = 0; k < plan.OutputSize; k++)
            {
                w.Line($"lossLanes += global::NetGen.Runtime.Losses.SquaredErrorLanes(s{output.OutputOffset + k}, {lanes.Load($"lane.Slice({k} * lanes, lanes)")}, mask, scale, out {vector} d{output.DeltaOffset + k});");
            }
        }
    }
}
