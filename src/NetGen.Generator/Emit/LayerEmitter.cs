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
        private const string Kernels = "global::NetGen.LinearAlgebra.";

        /// <summary>Writes the layer's forward code.</summary>
        /// <param name="w">The writer.</param>
        /// <param name="layer">The layer.</param>
        /// <param name="element">float or double.</param>
        /// <param name="parameter">
        /// The expression of the parameter at a constant index in unrolled code: <c>p[i]</c> by default, or a
        /// literal when the weights are baked. Looped code always reads the span <c>p</c>.
        /// </param>
        public static void Forward(CodeWriter w, LayerPlan layer, string element, System.Func<int, string>? parameter = null)
        {
            w.Line($"// Layer {layer.Number}: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}{(layer.Unrolled ? "" : " (looped)")}");
            if (layer.Unrolled)
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

        public static void Backward(CodeWriter w, LayerPlan layer, string element)
        {
            w.Line($"// Layer {layer.Number} backward: Dense {layer.In}→{layer.Out}, {Expressions.Label(layer)}{(layer.Unrolled ? "" : " (looped)")}");
            ActivationBackward(w, layer, element);
            if (layer.Unrolled)
            {
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

        private static void UnrolledForward(CodeWriter w, LayerPlan layer, string element, System.Func<int, string> parameter)
        {
            for (int j = 0; j < layer.Out; j++)
            {
                var terms = Enumerable.Range(0, layer.In)
                    .Select(i => $"{parameter(layer.WeightOffset + j * layer.In + i)} * s[{layer.InputOffset + i}]")
                    .Append(parameter(layer.BiasOffset + j))
                    .ToList();
                if (layer.KeepsPreActivation)
                {
                    WriteSum(w, $"s[{layer.PreActivationOffset + j}] = ", terms, ";");
                    if (layer.Activation.IsElementwise)
                    {
                        w.Line($"s[{layer.OutputOffset + j}] = {Expressions.Activate(layer, element, $"s[{layer.PreActivationOffset + j}]")};");
                    }
                }
                else if (layer.Activation.IsIdentity)
                {
                    WriteSum(w, $"s[{layer.OutputOffset + j}] = ", terms, ";");
                }
                else
                {
                    string call = Expressions.Activate(layer, element, "\u0000");
                    int hole = call.IndexOf('\u0000');
                    WriteSum(w, $"s[{layer.OutputOffset + j}] = {call.Substring(0, hole)}", terms, call.Substring(hole + 1) + ";");
                }
            }
        }

        private static void LoopedForward(CodeWriter w, LayerPlan layer, string element)
        {
            int zOffset = layer.KeepsPreActivation ? layer.PreActivationOffset : layer.OutputOffset;
            using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
            {
                w.Line($"{element} z = {Kernels}Dot<{element}>(p.Slice({layer.WeightOffset} + j * {layer.In}, {layer.In}), s.Slice({layer.InputOffset}, {layer.In})) + p[{layer.BiasOffset} + j];");
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
        private static void ActivationBackward(CodeWriter w, LayerPlan layer, string element)
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
                    w.Line($"g[{layer.WeightOffset + j * layer.In + i}] += d[{layer.DeltaOffset + j}] * s[{layer.InputOffset + i}];");
                }

                w.Line($"g[{layer.BiasOffset + j}] += d[{layer.DeltaOffset + j}];");
            }
        }

        private static void UnrolledPropagate(CodeWriter w, LayerPlan layer)
        {
            for (int i = 0; i < layer.In; i++)
            {
                var terms = Enumerable.Range(0, layer.Out)
                    .Select(j => $"p[{layer.WeightOffset + j * layer.In + i}] * d[{layer.DeltaOffset + j}]")
                    .ToList();
                WriteSum(w, $"d[{layer.PreviousDeltaOffset + i}] = ", terms, ";");
            }
        }

        private static void LoopedGradients(CodeWriter w, LayerPlan layer, string element)
        {
            using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
            {
                w.Line($"{element} dz = d[{layer.DeltaOffset} + j];");
                w.Line($"{Kernels}Axpy<{element}>(dz, s.Slice({layer.InputOffset}, {layer.In}), g.Slice({layer.WeightOffset} + j * {layer.In}, {layer.In}));");
                w.Line($"g[{layer.BiasOffset} + j] += dz;");
            }
        }

        private static void LoopedPropagate(CodeWriter w, LayerPlan layer, string element)
        {
            w.Line($"d.Slice({layer.PreviousDeltaOffset}, {layer.In}).Clear();");
            using (w.Block($"for (int j = 0; j < {layer.Out}; j++)"))
            {
                w.Line($"{Kernels}Axpy<{element}>(d[{layer.DeltaOffset} + j], p.Slice({layer.WeightOffset} + j * {layer.In}, {layer.In}), d.Slice({layer.PreviousDeltaOffset}, {layer.In}));");
            }
        }

        /// <summary>Writes prefix + terms joined by " + " + suffix, wrapping long sums over several lines.</summary>
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
