using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        /// <summary>Whether the network trains data-parallel: the planner's <see cref="NetworkPlan.DataParallel"/>.</summary>
        private static bool Sharded(NetworkPlan plan) => plan.DataParallel;

        /// <summary>The gradient pass of a sharded network: NetGen.Runtime.GradientShards runs the chunk loop on shards of the batch.</summary>
        private static void WriteShardedGradients(CodeWriter w, NetworkPlan plan, string reduction, string reductionDoc)
        {
            string t = plan.Element;
            w.Lines($$"""
                {{Span(plan)}} g = __gradients;

                // {{plan.Spec.Loss.Kind}} averages over {{reductionDoc}}, PyTorch's default reduction.
                {{t}} scale = {{Literals.Element(1, t)}} / ({{reduction}});

                // Shards of whole chunks, which threads share: the same shards and sums for every thread count.
                __shards ??= new {{plan.Code.CopiedType("GradientShards")}}(this, InputSize, OutputSize, __BatchRows, __batchState, __batchDelta);
                {{t}} lossSum = __shards.Run(inputs, targets, __gradients, scale, __maxDegreeOfParallelism, checkFinite: {{(plan.Spec.CheckFinite ? "true" : "false")}}, updateLength: updateFollows ? ParameterCount : 0);
                """);
        }

        /// <summary>
        /// The data checks of a sharded network's gradient pass: the targets here; the inputs in GradientShards.Run, each
        /// shard's rows on the thread that runs it, before the network's gradients are written. A bad input row still
        /// wins over a bad target, as on one thread: a failing target check first rescans the inputs.
        /// </summary>
        private static void WriteShardedDataChecks(CodeWriter w, NetworkPlan plan)
        {
            if (!plan.Spec.CheckFinite)
            {
                WriteTargetCheck(w, plan);
                return;
            }

            w.Line("// Bad data must never reach the parameters (CheckFinite = false skips this): the inputs are checked by the shards.");
            using (w.Block("try"))
            {
                w.Line($"global::NetGen.Runtime.FiniteGuard.EnsureFinite{plan.Code.CopiedTypeArguments}(targets, OutputSize, \"targets\");");
                WriteTargetCheck(w, plan);
            }

            using (w.Block("catch"))
            {
                w.Line($"global::NetGen.Runtime.FiniteGuard.EnsureFinite{plan.Code.CopiedTypeArguments}(inputs, InputSize, \"inputs\");");
                w.Line("throw;");
            }
        }

        /// <summary>The fields and the explicit NetGen.Runtime.IShardedTraining members of a sharded network.</summary>
        private static void WriteShardMembers(CodeWriter w, NetworkPlan plan)
        {
            if (!Sharded(plan))
            {
                return;
            }

            string t = plan.Element;
            string readOnlySpan = ReadOnlySpan(plan);
            string span = Span(plan);
            w.Lines($$"""

                // Data-parallel training: the shards' buffers (made at the first step) and the threads a step may use.
                private {{plan.Code.CopiedType("GradientShards")}}? __shards;
                private int __maxDegreeOfParallelism = global::NetGen.Runtime.ParallelTraining.Automatic;

                int global::NetGen.Runtime.IParallelTraining.MaxDegreeOfParallelism
                {
                    get => __maxDegreeOfParallelism;
                    set => __maxDegreeOfParallelism = global::NetGen.Runtime.ParallelTraining.Validate(value, "value");
                }

                """);
            using (w.Block($"{t} global::NetGen.Runtime.IShardedTraining<{t}>.GradientShard({readOnlySpan} inputs, {readOnlySpan} targets, {span} g, {span} s, {span} d, {t} scale)"))
            {
                w.Line("int rows = inputs.Length / InputSize;");
                w.Line($"{t} lossSum = {Literals.Element(0, t)};");
                if (!plan.FirstChunkSetsGradients)
                {
                    w.Line("g.Clear(); // this network's backward only adds; GradientShard sets g");
                }

                WriteBatchMajorChunks(w, plan);
                w.Line("return lossSum;");
            }

            w.Line();
            using (w.Block($"bool global::NetGen.Runtime.IShardedTraining<{t}>.OptimizerSlice(int start, int length, bool write)"))
            {
                string Slice(string buffer) => $"new {span}({buffer}, start, length)";
                if (plan.Spec.CheckFinite)
                {
                    // Only the check (GradientShards.Update checks every slice before it writes any).
                    using (w.Block("if (!write)"))
                    {
                        w.Line($"return {OptimizerCall(plan, "IsFinite", Slice("__parameters"), Slice, "")};");
                    }

                    w.Line();
                }

                WriteForgetMomentBounds(w, plan);
                w.Line($"{OptimizerCall(plan, "", Slice("__parameters"), Slice, "")};");
                w.Line("return true;");
            }

            WriteUnitSplitMembers(w, plan);
        }
    }
}
