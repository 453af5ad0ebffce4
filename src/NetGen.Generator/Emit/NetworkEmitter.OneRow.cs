using System.Collections.Generic;
using System.Linq;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Emit
{
    internal static partial class NetworkEmitter
    {
        private const string OneRowRuntime = "global::NetGen.Runtime.OneRowRegisters.";

        /// <summary>Floats per vector: a group of outputs, a chunk of inputs.</summary>
        private const int Lanes = NetworkPlan.OneRowRegistersLanes;

        /// <summary>
        /// The register pass of <see cref="NetworkPlan.OneRowRegisters"/>, one row per call: the row's inputs, every
        /// layer's outputs and deltas in Vector&lt;float&gt; locals of 8 lanes, each layer's sums through one horizontal-add
        /// tree per 8 outputs, and every gradient set (a batch's first row, so the caller clears nothing) or added.
        /// </summary>
        private static void WriteOneRowRegistersPass(CodeWriter w, NetworkPlan plan)
        {
            string v = Expressions.Vector("float");
            w.Lines($$"""

                /// <summary>
                /// One row's squared errors (summed) and every gradient, set or added as <typeparamref name="TWrite"/> says,
                /// with the row's values in registers: the register pass (__RegisterPass) where <see cref="global::NetGen.Runtime.OneRowRegisters.Supported"/>.
                /// </summary>
                private static float __TrainOneRow<TWrite>(global::System.ReadOnlySpan<float> p, global::System.ReadOnlySpan<float> x, global::System.ReadOnlySpan<float> t, float scale, global::System.Span<float> g)
                    where TWrite : struct, global::NetGen.Runtime.OneRowRegisters.IGradientWrite
                """);
            using (w.Block(null))
            {
                w.Lines("""
                    // The slices check the lengths once; every load and store below stays inside them.
                    ref float p0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(p.Slice(0, ParameterCount));
                    ref float x0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(x.Slice(0, InputSize));
                    ref float t0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(t.Slice(0, OutputSize));
                    ref float g0 = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(g.Slice(0, ParameterCount));
                    """);
                w.Line();
                w.Line($"// The input row as vectors of {Lanes}{(plan.InputSize % Lanes == 0 ? "" : $"; the last starts at {plan.InputSize - Lanes}, its lanes below {Lanes * (plan.InputSize / Lanes)} masked for the sums")}.");
                foreach (var chunk in Chunks(plan.Layers[0]))
                {
                    w.Line($"{v} {chunk.Name} = {Load("x0", Offset(chunk.Start))};");
                    if (chunk.MaskedName != chunk.Name)
                    {
                        w.Line($"{v} {chunk.MaskedName} = {chunk.Name} * {OneRowRuntime}HighOnes({chunk.MaskFrom});");
                    }
                }

                foreach (var layer in plan.Layers)
                {
                    w.Line();
                    w.Line($"// Layer {layer.Number}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}: each output's products in the lanes of one vector, {Lanes} outputs per sum tree.");
                    var chunks = Chunks(layer);
                    for (int q = 0; q * Lanes < layer.Out; q++)
                    {
                        int count = System.Math.Min(Lanes, layer.Out - Lanes * q);
                        var sums = new List<string>();
                        for (int j = Lanes * q; j < Lanes * q + Lanes; j++)
                        {
                            if (j >= layer.Out)
                            {
                                sums.Add($"{v}.Zero");
                                continue;
                            }

                            string products = string.Join(" + ", chunks.Select(c => $"{Load("p0", Offset(layer.WeightOffset + j * layer.In + c.Start))} * {c.MaskedName}"));
                            w.Line($"{v} a{layer.Number}_{j} = {products};");
                            sums.Add($"a{layer.Number}_{j}");
                        }

                        string bias = count == Lanes ? Load("p0", Offset(layer.BiasOffset + Lanes * q)) : Partial("p0", layer.BiasOffset + Lanes * q, count);
                        w.Line($"{v} y{layer.Number}_{q} = {Expressions.Activate(layer, plan.Code, $"{OneRowRuntime}Sum8({string.Join(", ", sums)}) + {bias}", lanes: true)};");
                    }
                }

                var output = plan.OutputLayer;
                w.Line();
                w.Line("// The loss on whole vectors of outputs; lanes past the last output are masked to zero.");
                w.Line($"{v} lossLanes = {v}.Zero;");
                for (int q = 0; q * Lanes < output.Out; q++)
                {
                    int count = System.Math.Min(Lanes, output.Out - Lanes * q);
                    string target = count == Lanes ? Load("t0", Offset(Lanes * q)) : Partial("t0", Lanes * q, count);
                    string mask = count == Lanes ? $"{v}.One" : $"{OneRowRuntime}LowOnes({count})";
                    w.Line($"lossLanes += global::NetGen.Runtime.Losses.SquaredErrorLanes(y{output.Number}_{q}, {target}, {mask}, scale, out {v} dy{output.Number}_{q});");
                }

                for (int l = plan.Layers.Count - 1; l >= 0; l--)
                {
                    var layer = plan.Layers[l];
                    var chunks = Chunks(layer);
                    w.Line();
                    w.Line($"// Layer {layer.Number} backward: ∂L/∂z, the bias and weight gradients{(l > 0 ? ", then ∂L/∂(input)" : "")}.");
                    for (int q = 0; q * Lanes < layer.Out; q++)
                    {
                        string derivative = layer.Activation.IsIdentity ? "" : " * " + Expressions.Derivative(layer, plan.Code, "", $"y{layer.Number}_{q}", lanes: true);
                        w.Line($"{v} d{layer.Number}_{q} = dy{layer.Number}_{q}{derivative};");
                        int count = System.Math.Min(Lanes, layer.Out - Lanes * q);
                        if (count == Lanes)
                        {
                            w.Line(Put($"d{layer.Number}_{q}", "g0", Offset(layer.BiasOffset + Lanes * q)));
                        }
                        else
                        {
                            for (int i = 0; i < count; i++)
                            {
                                w.Line(Put($"d{layer.Number}_{q}[{i}]", "g0", Offset(layer.BiasOffset + Lanes * q + i)));
                            }
                        }
                    }

                    for (int j = 0; j < layer.Out; j++)
                    {
                        w.Line($"{v} e{layer.Number}_{j} = new {v}(d{layer.Number}_{j / Lanes}[{j % Lanes}]);");
                        // Last chunk first, masked: an overlapping chunk adds 0 to the lanes it shares with the one before,
                        // or sets them to 0 before that one's store sets them.
                        for (int k = chunks.Count - 1; k >= 0; k--)
                        {
                            var c = chunks[k];
                            w.Line(Put($"{c.MaskedName} * e{layer.Number}_{j}", "g0", Offset(layer.WeightOffset + j * layer.In + c.Start)));
                        }
                    }

                    if (l > 0)
                    {
                        var below = plan.Layers[l - 1];
                        foreach (var c in chunks)
                        {
                            string sum = string.Join(" + ", Enumerable.Range(0, layer.Out).Select(j => $"{Load("p0", Offset(layer.WeightOffset + j * layer.In + c.Start))} * e{layer.Number}_{j}"));
                            w.Line($"{v} dy{below.Number}_{c.Start / Lanes} = {sum};");
                        }
                    }
                }

                w.Line();
                w.Line("return global::System.Numerics.Vector.Sum(lossLanes);");
            }
        }

        /// <summary>A layer's input as vectors of 8: its name, where it starts, and the name to multiply in the sums.</summary>
        private readonly struct InputChunk
        {
            public InputChunk(string name, int start, string maskedName, int maskFrom)
            {
                Name = name;
                Start = start;
                MaskedName = maskedName;
                MaskFrom = maskFrom;
            }

            public string Name { get; }

            public int Start { get; }

            public string MaskedName { get; }

            public int MaskFrom { get; }
        }

        /// <summary>
        /// The first layer reads x in chunks of 8 at 0, 8, …, and, when In is not a multiple of 8, one more at In − 8
        /// whose lanes below the previous chunk's end are masked for the sums; a hidden layer reads the layer below's
        /// output vectors (whole vectors: <see cref="NetworkPlan.OneRowRegisters"/>).
        /// </summary>
        private static List<InputChunk> Chunks(LayerPlan layer)
        {
            var chunks = new List<InputChunk>();
            bool first = layer.Number == 1;
            for (int k = 0; k < layer.In / Lanes; k++)
            {
                string name = first ? $"x_{k}" : $"y{layer.Number - 1}_{k}";
                chunks.Add(new InputChunk(name, Lanes * k, name, 0));
            }

            if (layer.In % Lanes != 0)
            {
                int start = layer.In - Lanes;
                int maskFrom = Lanes * (layer.In / Lanes) - start;
                chunks.Add(new InputChunk($"x_{layer.In / Lanes}", start, $"x_{layer.In / Lanes}m", maskFrom));
            }

            return chunks;
        }

        private static string Offset(int offset) => offset.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Vector&lt;float&gt; at <paramref name="start"/> + <paramref name="offset"/> (Unsafe.Add, not a nuint offset: generated code compiles as C# 8).</summary>
        private static string Load(string start, string offset) =>
            $"global::System.Numerics.Vector.LoadUnsafe(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {start}, {offset}))";

        /// <summary>A gradient (a vector or one value) set or added at start + offset, as the pass's TWrite says.</summary>
        private static string Put(string value, string start, string offset) =>
            $"default(TWrite).Put(ref global::System.Runtime.CompilerServices.Unsafe.Add(ref {start}, {offset}), {value});";

        /// <summary>The <paramref name="count"/> (&lt; 8) values at start + offset in the low lanes, zeros above: no read past them.</summary>
        private static string Partial(string start, int offset, int count)
        {
            var lanes = Enumerable.Range(0, Lanes).Select(i => i < count ? $"global::System.Runtime.CompilerServices.Unsafe.Add(ref {start}, {offset + i})" : "0f");
            return $"global::System.Runtime.Intrinsics.Vector256.AsVector(global::System.Runtime.Intrinsics.Vector256.Create({string.Join(", ", lanes)}))";
        }
    }
}
