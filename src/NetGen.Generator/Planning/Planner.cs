using System.Collections.Generic;
using NetGen.Generator.Model;

namespace NetGen.Generator.Planning
{
    /// <summary>Lays out parameters and scratch and picks a code shape for each layer.</summary>
    internal static class Planner
    {
        public static NetworkPlan Plan(NetworkSpec spec)
        {
            var loss = LossInfo.For(spec.Loss.Kind);
            var layers = new List<LayerPlan>();
            int parameterOffset = 0;
            int stateOffset = spec.InputSize; // the input row sits at the start of the state
            int deltaOffset = 0;
            int previousOutput = 0;
            int previousDelta = -1;
            int fanIn = spec.InputSize;
            // The network's budget of unrolled code: layers are unrolled in order while it lasts, so the generated
            // file (and the compiler's time and memory on it) stays bounded however many small layers there are.
            long unrolledBudget = NetworkPlan.MaxUnrolledWeights;

            for (int i = 0; i < spec.Layers.Count; i++)
            {
                var layer = spec.Layers[i];
                var activation = ActivationInfo.For(layer.Activation);
                long weights = (long)fanIn * layer.Units;
                bool unrolled = weights <= NetworkPlan.UnrollThreshold && weights <= unrolledBudget;
                if (unrolled)
                {
                    unrolledBudget -= weights;
                }

                bool isLast = i == spec.Layers.Count - 1;
                bool fused = isLast && loss.FusedActivation == layer.Activation;
                bool keepZ = !activation.IsIdentity
                    && (activation.DerivativeFrom == DerivativeSource.Input || !activation.IsElementwise || fused);

                var plan = new LayerPlan
                {
                    Number = i + 1,
                    In = fanIn,
                    Out = layer.Units,
                    WeightOffset = parameterOffset,
                    InputOffset = previousOutput,
                    DeltaOffset = deltaOffset,
                    PreviousDeltaOffset = previousDelta,
                    Activation = activation,
                    Alpha = layer.Alpha,
                    Unrolled = unrolled,
                    FusedWithLoss = fused,
                };
                plan.RowForward = ChooseRowForward(plan);

                if (keepZ)
                {
                    plan.PreActivationOffset = stateOffset;
                    stateOffset += layer.Units;
                }
                else
                {
                    plan.PreActivationOffset = activation.IsIdentity ? stateOffset : -1;
                }

                plan.OutputOffset = stateOffset;
                stateOffset += layer.Units;

                layers.Add(plan);
                parameterOffset += plan.ParameterCount;
                previousOutput = plan.OutputOffset;
                previousDelta = deltaOffset;
                deltaOffset += layer.Units;
                fanIn = layer.Units;
            }

            return new NetworkPlan(spec, layers, stateOffset, deltaOffset, parameterOffset);
        }
    
        /// <summary>
        /// Vector shapes for unrolled layers where the layout allows contiguous loads from the parameters:
        /// a 1→H layer's weight column, or the rows of an H→few layer. 8 is the narrowest hardware vector of float.
        /// </summary>
        private static RowForward ChooseRowForward(LayerPlan layer)
        {
            if (!layer.Unrolled)
            {
                return RowForward.Scalar;
            }

            bool vectorActivation = layer.Activation.Kind is NetGen.Activation.Identity or NetGen.Activation.Relu;
            if (layer.In == 1 && layer.Out >= 8 && vectorActivation)
            {
                return RowForward.OutputVectors;
            }

            if (layer.In >= 16 && layer.Out <= 4 && layer.Activation.IsElementwise)
            {
                return RowForward.RowDots;
            }

            return RowForward.Scalar;
        }
    }
}
