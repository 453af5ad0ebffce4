using System.Collections.Generic;
using System.Globalization;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        /// <summary>
        /// The buffers and explicit NetGen.Runtime.IUnitSplitTraining members of a network whose training splits each
        /// hidden Dense layer's units over the threads (<see cref="NetworkPlan.UnitSplit"/>). Per layer n (1-based), for
        /// the rows of a block: __splitY{n} the outputs and __splitZ{n} the pre-activations (when the derivative needs
        /// them), packed by part (part k's units of every row, from rows × its first unit); __splitD{n} ∂L/∂z, packed
        /// likewise; __splitA{n} the outputs and __splitDRows{n} ∂L/∂z row-major, where a split layer above or below
        /// reads whole rows. The last hidden layer computes the output layer's logits part by part (__splitP{n}, summed in
        /// part order by the output layer) and its weight gradient's columns (__splitGW{n}), so only those partial
        /// logits and the output's ∂L/∂z cross between the threads. The output layer's buffers are row-major.
        /// </summary>
        private static void WriteUnitSplitMembers(CodeWriter w, NetworkPlan plan)
        {
            if (!plan.UnitSplit)
            {
                return;
            }

            string t = plan.Element;
            string readOnlySpan = ReadOnlySpan(plan);
            string split = $"global::NetGen.Runtime.IUnitSplitTraining<{t}>";
            var last = LastHidden(plan);
            var output = plan.OutputLayer;
            w.Line();
            w.Line("// Unit split: each layer's values for the rows of a block, grown to the largest block, then reused.");
            w.Line("private int __splitRows;");
            foreach (var layer in plan.Layers)
            {
                foreach (var (name, _) in SplitRowBuffers(plan, layer))
                {
                    w.Line($"private {t}[] {name} = global::System.Array.Empty<{t}>();");
                }
            }

            w.Line("// The next layer's weights' columns, packed by part (the output layer's: in UnitSplitPrepare); the output");
            w.Line("// layer's weight gradient's columns and bias gradient (part 0's is the network's), by the last hidden layer's parts.");
            foreach (var layer in plan.Layers)
            {
                if (layer != output)
                {
                    var next = Next(plan, layer);
                    w.Line($"private readonly {t}[] __splitW{layer.Number} = new {t}[{Int(next.Out * layer.Out)}];");
                }
            }

            w.Line($"private readonly {t}[] __splitGW{last.Number} = new {t}[{Int(output.Out * last.Out)}];");
            w.Line($"private readonly {t}[] __splitGB{last.Number} = new {t}[{Int(output.Out * plan.PartsOf(last))}];");
            w.Line($"private readonly {t}[] __splitZeros = new {t}[{Int(output.Out)}];");
            w.Line();
            w.Line($"int {split}.UnitSplitLayers => {Int(plan.Layers.Count)};");
            w.Line();
            w.Line($"int {split}.UnitSplitParts(int layer) => layer switch");
            w.Line("{");
            using (w.Indent())
            {
                foreach (var layer in plan.Layers)
                {
                    w.Line($"{Int(LayerIndex(plan, layer))} => {Int(plan.PartsOf(layer))},");
                }

                w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(layer), layer, \"No such layer.\"),");
            }

            w.Line("};");
            w.Line();
            using (w.Block($"void {split}.UnitSplitPrepare(int rows)"))
            {
                using (w.Block("if (rows > __splitRows)"))
                {
                    w.Line("__splitRows = rows;");
                    foreach (var layer in plan.Layers)
                    {
                        foreach (var (name, width) in SplitRowBuffers(plan, layer))
                        {
                            w.Line($"{name} = new {t}[rows * {Int(width)}];");
                        }
                    }
                }

                w.Line();
                w.Line($"// Every part of layer {last.Number} reads the output layer's weights' columns of its units, in its forward and backward tasks.");
                w.Line($"{plan.Code.ReadSpan} p = __parameters;");
                using (w.Block($"for (int part = 0; part < {Int(plan.PartsOf(last))}; part++)"))
                {
                    WritePartBounds(w, plan, last);
                    w.Line($"{LayerEmitter.Kernels}CopyColumns{plan.Code.CopiedTypeArguments}(p.Slice({Int(output.WeightOffset)}, {Int(output.In * output.Out)}), {Int(output.In)}, unit, new global::System.Span<{t}>(__splitW{last.Number}, {Int(output.Out)} * unit, {Int(output.Out)} * units), units, 0, {Int(output.Out)}, units);");
                }
            }

            w.Line();
            using (w.Block($"{t} {split}.UnitSplitForward(int layer, int part, {readOnlySpan} inputs, {readOnlySpan} targets, int rows, int first, int count, {t} scale)"))
            {
                w.Line($"{plan.Code.ReadSpan} p = __parameters;");
                WriteLayerSwitch(w, plan, plan.Layers, layer => WriteSplitForward(w, plan, layer), returnsAt: output);
                w.Line($"return {Literals.Element(0, t)};");
            }

            w.Line();
            using (w.Block($"void {split}.UnitSplitBackward(int layer, int part, {readOnlySpan} inputs, int rows, bool accumulate)"))
            {
                w.Line($"{plan.Code.ReadSpan} p = __parameters;");
                w.Line($"{Span(plan)} g = __gradients;");
                var hidden = new List<LayerPlan>(plan.Layers);
                hidden.Remove(output);
                WriteLayerSwitch(w, plan, hidden, layer => WriteSplitBackward(w, plan, layer), returnsAt: null);
            }
        }

        /// <summary>The buffers of <paramref name="layer"/> sized by the block's rows, with their values per row; see <see cref="WriteUnitSplitMembers"/>.</summary>
        private static List<(string Name, int Width)> SplitRowBuffers(NetworkPlan plan, LayerPlan layer)
        {
            string n = Int(layer.Number);
            var buffers = new List<(string, int)>();
            if (layer == plan.OutputLayer)
            {
                buffers.Add(("__splitZ" + n, layer.Out));
                if (SplitOutputActivates(layer))
                {
                    buffers.Add(("__splitY" + n, layer.Out));
                }

                buffers.Add(("__splitD" + n, layer.Out));
                return buffers;
            }

            buffers.Add(("__splitY" + n, layer.Out));
            if (layer.KeepsPreActivation)
            {
                buffers.Add(("__splitZ" + n, layer.Out));
            }

            buffers.Add(("__splitD" + n, layer.Out));
            if (layer == LastHidden(plan))
            {
                buffers.Add(("__splitP" + n, plan.OutputLayer.Out * plan.PartsOf(layer)));
            }
            else
            {
                buffers.Add(("__splitA" + n, layer.Out));
            }

            if (layer != plan.Layers[0])
            {
                buffers.Add(("__splitDRows" + n, layer.Out));
            }

            return buffers;
        }

        /// <summary>The hidden layer just below the output layer.</summary>
        private static LayerPlan LastHidden(NetworkPlan plan) => plan.Layers[plan.Layers.Count - 2];

        private static LayerPlan Next(NetworkPlan plan, LayerPlan layer) => plan.Layers[LayerIndex(plan, layer) + 1];

        /// <summary>The output layer computes its activation in the forward phase: not when the loss reads z (fused) or there is none.</summary>
        private static bool SplitOutputActivates(LayerPlan output) => !output.FusedWithLoss && !output.Activation.IsIdentity;

        /// <summary>A switch over the 0-based layer index, one block per layer of <paramref name="layers"/>, failing loudly on any other.</summary>
        /// <param name="returnsAt">The layer whose block returns (the forward's loss); the others break.</param>
        private static void WriteLayerSwitch(CodeWriter w, NetworkPlan plan, IReadOnlyList<LayerPlan> layers, System.Action<LayerPlan> writeLayer, LayerPlan? returnsAt)
        {
            using (w.Block("switch (layer)"))
            {
                foreach (var layer in layers)
                {
                    using (w.Block($"case {Int(LayerIndex(plan, layer))}:"))
                    {
                        writeLayer(layer);
                        if (layer != returnsAt)
                        {
                            w.Line("break;");
                        }
                    }
                }

                w.Line("default:");
                using (w.Indent())
                {
                    w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(layer), layer, \"No such layer.\");");
                }
            }
        }

        /// <summary>
        /// The input of hidden layer <paramref name="layer"/>: the block's rows of the batch or of the previous layer's
        /// outputs, all of them or (<paramref name="someRows"/>) rows first … first + count − 1.
        /// </summary>
        private static string SplitInput(NetworkPlan plan, LayerPlan layer, bool someRows)
        {
            int index = LayerIndex(plan, layer);
            string @in = Int(layer.In);
            if (index == 0)
            {
                return someRows ? $"inputs.Slice(first * {@in}, count * {@in})" : "inputs";
            }

            string previous = $"__splitA{plan.Layers[index - 1].Number}";
            return someRows
                ? $"new {ReadOnlySpan(plan)}({previous}, first * {@in}, count * {@in})"
                : $"new {ReadOnlySpan(plan)}({previous}, 0, rows * {@in})";
        }

        /// <summary>This part's first unit and count of units (the last part holds the rest).</summary>
        private static void WritePartBounds(CodeWriter w, NetworkPlan plan, LayerPlan layer)
        {
            int units = plan.PartUnits(layer);
            w.Line($"int unit = part * {Int(units)};");
            w.Line($"int units = global::System.Math.Min({Int(units)}, {Int(layer.Out)} - unit);");
        }

        private static void WriteSplitForward(CodeWriter w, NetworkPlan plan, LayerPlan layer)
        {
            string t = plan.Element;
            var code = plan.Code;
            int n = layer.Number;
            var output = plan.OutputLayer;
            string outputs = Int(output.Out);
            if (layer == output)
            {
                var last = LastHidden(plan);
                w.Line($"// Layer {n}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, rows first … first + count − 1: the parts' logits in part order, then the loss");
                w.Line($"global::System.Span<{t}> z = new global::System.Span<{t}>(__splitZ{n}, first * {outputs}, count * {outputs});");
                w.Line($"new {ReadOnlySpan(plan)}(__splitP{last.Number}, first * {outputs}, count * {outputs}).CopyTo(z);");
                using (w.Block($"for (int k = 1; k < {Int(plan.PartsOf(last))}; k++)"))
                {
                    w.Line($"{LayerEmitter.Kernels}Axpy{code.CopiedTypeArguments}({Literals.Element(1, t)}, new {ReadOnlySpan(plan)}(__splitP{last.Number}, (k * rows + first) * {outputs}, count * {outputs}), z);");
                }

                if (SplitOutputActivates(layer))
                {
                    w.Line($"global::System.Span<{t}> y = new global::System.Span<{t}>(__splitY{n}, first * {outputs}, count * {outputs});");
                    WriteSpanActivation(w, plan, layer, "count");
                }

                w.Line();
                WriteSplitLoss(w, plan);
                return;
            }

            w.Line($"// Layer {n}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, units unit … unit + units − 1 of rows first … first + count − 1");
            WritePartBounds(w, plan, layer);
            w.Line($"global::System.Span<{t}> y = new global::System.Span<{t}>(__splitY{n}, rows * unit + first * units, count * units);");
            string into = "y";
            if (layer.KeepsPreActivation)
            {
                w.Line($"global::System.Span<{t}> z = new global::System.Span<{t}>(__splitZ{n}, rows * unit + first * units, count * units);");
                into = "z";
            }

            w.Line($"{LayerEmitter.Kernels}DenseForward{code.CopiedTypeArguments}({SplitInput(plan, layer, someRows: true)}, p.Slice({Offset(layer.WeightOffset, $"unit * {Int(layer.In)}")}, units * {Int(layer.In)}), p.Slice({Int(layer.BiasOffset)} + unit, units), {into}, count, {Int(layer.In)}, units);");
            if (!layer.Activation.IsIdentity)
            {
                WriteSpanActivation(w, plan, layer, "count");
            }

            if (layer == LastHidden(plan))
            {
                w.Line($"// This part's share of the output layer's logits (part 0 adds the bias).");
                w.Line($"{ReadOnlySpan(plan)} bias = part == 0 ? p.Slice({Int(output.BiasOffset)}, {outputs}) : new {ReadOnlySpan(plan)}(__splitZeros);");
                w.Line($"{LayerEmitter.Kernels}DenseForward{code.CopiedTypeArguments}(y, new {ReadOnlySpan(plan)}(__splitW{n}, {outputs} * unit, {outputs} * units), bias, new global::System.Span<{t}>(__splitP{n}, (part * rows + first) * {outputs}, count * {outputs}), count, units, {outputs});");
                return;
            }

            w.Line("// Row-major for the next layer, which reads every unit of a row.");
            w.Line($"{LayerEmitter.Kernels}CopyColumns{code.CopiedTypeArguments}(y, units, 0, new global::System.Span<{t}>(__splitA{n}, first * {Int(layer.Out)}, count * {Int(layer.Out)}), {Int(layer.Out)}, unit, count, units);");
        }

        /// <summary>y = f(z) over the locals z (when kept; else in place in y) and y: the batch form, softmax per row, or a loop.</summary>
        private static void WriteSpanActivation(CodeWriter w, NetworkPlan plan, LayerPlan layer, string rowCount)
        {
            var code = plan.Code;
            bool separateZ = layer == plan.OutputLayer || layer.KeepsPreActivation;
            string z = separateZ ? "z" : "y";
            if (!layer.Activation.IsElementwise)
            {
                using (w.Block($"for (int r = 0; r < {rowCount}; r++)"))
                {
                    w.Line(Expressions.Softmax(code, $"{z}.Slice(r * {Int(layer.Out)}, {Int(layer.Out)})", $"y.Slice(r * {Int(layer.Out)}, {Int(layer.Out)})") + ";");
                }

                return;
            }

            if (Expressions.HasBatchForm(layer, code))
            {
                w.Line(Expressions.ActivateBatch(layer, code, z, "y") + ";");
                return;
            }

            using (w.Block("for (int k = 0; k < y.Length; k++)"))
            {
                w.Line($"y[k] = {Expressions.Activate(layer, code, $"{z}[k]")};");
            }
        }

        /// <summary>
        /// dz *= f'(·) over the local dz, from z or y (whichever the derivative takes): the batch form, softmax per row, or
        /// a loop. <paramref name="declare"/>: that z or y is <paramref name="length"/> values of its buffer from
        /// <paramref name="start"/>, declared here; else the local of that name already holds it.
        /// </summary>
        private static void WriteSpanActivationBackward(CodeWriter w, NetworkPlan plan, LayerPlan layer, string rowCount, bool declare,
            string zBuffer = "", string yBuffer = "", string start = "", string length = "")
        {
            var code = plan.Code;
            bool fromOutput = layer.Activation.DerivativeFrom == DerivativeSource.Output || !layer.Activation.IsElementwise;
            if (declare)
            {
                string name = fromOutput ? "y" : "z";
                w.Line($"{code.ReadSpan} {name} = new {ReadOnlySpan(plan)}({(fromOutput ? yBuffer : zBuffer)}, {start}, {length});");
            }

            if (!layer.Activation.IsElementwise)
            {
                using (w.Block($"for (int r = 0; r < {rowCount}; r++)"))
                {
                    w.Line(Expressions.SoftmaxBackward(code, $"y.Slice(r * {Int(layer.Out)}, {Int(layer.Out)})", $"dz.Slice(r * {Int(layer.Out)}, {Int(layer.Out)})") + ";");
                }

                return;
            }

            if (Expressions.HasBatchForm(layer, code))
            {
                w.Line(Expressions.BackwardBatch(layer, code, "z", "y", "dz") + ";");
                return;
            }

            using (w.Block("for (int k = 0; k < dz.Length; k++)"))
            {
                w.Line($"dz[k] *= {Expressions.Derivative(layer, code, "z[k]", "y[k]")};");
            }
        }

        /// <summary>
        /// Rows first … first + count − 1 (the locals z and y hold them): their loss summed, and its gradient through the
        /// output activation (unless fused) into the output layer's ∂L/∂z; returns the sum.
        /// </summary>
        private static void WriteSplitLoss(CodeWriter w, NetworkPlan plan)
        {
            string t = plan.Element;
            var output = plan.OutputLayer;
            string lossInput = SplitOutputActivates(output) ? "y" : "z";
            w.Line($"global::System.Span<{t}> dz = new global::System.Span<{t}>(__splitD{output.Number}, first * OutputSize, count * OutputSize);");
            w.Line($"{t} lossSum = {Literals.Element(0, t)};");
            using (w.Block("for (int r = 0; r < count; r++)"))
            {
                w.Line($"{ReadOnlySpan(plan)} target = targets.Slice((first + r) * OutputSize, OutputSize);");
                w.Line($"lossSum += {Expressions.LossSum(plan, $"{lossInput}.Slice(r * OutputSize, OutputSize)", "target")};");
                w.Line($"{Expressions.LossGradient(plan, $"{lossInput}.Slice(r * OutputSize, OutputSize)", "target", "scale", "dz.Slice(r * OutputSize, OutputSize)")};");
            }

            if (SplitOutputActivates(output))
            {
                w.Line();
                w.Line($"// ∂L/∂y into ∂L/∂z through {Expressions.Label(output)}.");
                WriteSpanActivationBackward(w, plan, output, "count", declare: false);
            }

            w.Line("return lossSum;");
        }

        private static void WriteSplitBackward(CodeWriter w, NetworkPlan plan, LayerPlan layer)
        {
            string t = plan.Element;
            var code = plan.Code;
            int n = layer.Number;
            var next = Next(plan, layer);
            string nexts = Int(next.Out);
            w.Line($"// Layer {n} backward: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}, units unit … unit + units − 1 of every row");
            WritePartBounds(w, plan, layer);
            w.Line($"global::System.Span<{t}> dz = new global::System.Span<{t}>(__splitD{n}, rows * unit, rows * units);");
            if (next == plan.OutputLayer)
            {
                w.Line($"{ReadOnlySpan(plan)} dzNext = new {ReadOnlySpan(plan)}(__splitD{next.Number}, 0, rows * {nexts});");
                w.Line($"{ReadOnlySpan(plan)} w = new {ReadOnlySpan(plan)}(__splitW{n}, {nexts} * unit, {nexts} * units);");
                w.Line($"// Layer {next.Number}'s weight gradient's columns for these units (part 0 also its bias gradient), packed, then in place.");
                w.Line($"global::System.Span<{t}> gw = new global::System.Span<{t}>(__splitGW{n}, {nexts} * unit, {nexts} * units);");
                w.Line($"global::System.Span<{t}> gb = part == 0 ? g.Slice({Int(next.BiasOffset)}, {nexts}) : new global::System.Span<{t}>(__splitGB{n}, part * {nexts}, {nexts});");
                w.Line($"{LayerEmitter.Kernels}DenseWeightGradient{code.CopiedTypeArguments}(dzNext, new {ReadOnlySpan(plan)}(__splitY{n}, rows * unit, rows * units), gw, gb, rows, units, {nexts}, accumulate);");
                w.Line($"{LayerEmitter.Kernels}CopyColumns{code.CopiedTypeArguments}(gw, units, 0, g.Slice({Int(next.WeightOffset)}, {Int(next.In * next.Out)}), {Int(next.In)}, unit, {nexts}, units);");
            }
            else
            {
                w.Line($"{ReadOnlySpan(plan)} dzNext = new {ReadOnlySpan(plan)}(__splitDRows{next.Number}, 0, rows * {nexts});");
                w.Line($"// Layer {next.Number}'s weights' columns for these units, packed.");
                w.Line($"global::System.Span<{t}> w = new global::System.Span<{t}>(__splitW{n}, {nexts} * unit, {nexts} * units);");
                w.Line($"{LayerEmitter.Kernels}CopyColumns{code.CopiedTypeArguments}(p.Slice({Int(next.WeightOffset)}, {Int(next.In * next.Out)}), {Int(next.In)}, unit, w, units, 0, {nexts}, units);");
            }

            w.Line($"// ∂L/∂y of these units: layer {next.Number}'s ∂L/∂z times those columns.");
            w.Line($"{LayerEmitter.Kernels}DenseInputGradient{code.CopiedTypeArguments}(dzNext, w, dz, rows, units, {nexts});");
            if (!layer.Activation.IsIdentity)
            {
                WriteSpanActivationBackward(w, plan, layer, "rows", declare: true, $"__splitZ{n}", $"__splitY{n}", "rows * unit", "rows * units");
            }

            w.Line($"{LayerEmitter.Kernels}DenseWeightGradient{code.CopiedTypeArguments}(dz, {SplitInput(plan, layer, someRows: false)}, g.Slice({Offset(layer.WeightOffset, $"unit * {Int(layer.In)}")}, units * {Int(layer.In)}), g.Slice({Int(layer.BiasOffset)} + unit, units), rows, {Int(layer.In)}, units, accumulate);");
            if (layer != plan.Layers[0])
            {
                w.Line("// Row-major for the layer below, whose parts read every unit of a row.");
                w.Line($"{LayerEmitter.Kernels}CopyColumns{code.CopiedTypeArguments}(dz, units, 0, __splitDRows{n}, {Int(layer.Out)}, unit, rows, units);");
            }
        }

        /// <summary>0-based position of <paramref name="layer"/> among the network's Dense layers.</summary>
        private static int LayerIndex(NetworkPlan plan, LayerPlan layer)
        {
            for (int i = 0; i < plan.Layers.Count; i++)
            {
                if (plan.Layers[i] == layer)
                {
                    return i;
                }
            }

            throw new System.ArgumentException("Not a layer of this network.", nameof(layer));
        }

        /// <summary>"<paramref name="offset"/> + <paramref name="term"/>", or the term alone when the offset is 0.</summary>
        private static string Offset(int offset, string term) => offset == 0 ? term : $"{Int(offset)} + {term}";

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
