using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NetGen.Generator.Model;
using NetGen.Runtime;

namespace NetGen.Generator.Planning
{
    /// <summary>
    /// Every decision about the generated code, made once: which modules join into one step (a Dense layer with the
    /// activation after it), each step's offsets, which layers are unrolled, and the training strategy.
    /// </summary>
    internal static class Planner
    {
        public static NetworkPlan Plan(NetworkSpec spec)
        {
            var plan = Lay(spec);
            plan.Strategy = spec.ForcedStrategy ?? Choose(plan);
            return plan;
        }

        /// <summary>
        /// Why <paramref name="strategy"/> cannot train the network, or null when it can (or none is forced): the parser
        /// reports it as NG0036.
        /// </summary>
        public static string? WhyNotAdmitted(TrainingStrategy? strategy, int inputSize, IReadOnlyList<ModuleSpec> modules, LossSpec loss, TargetFlavour flavour)
        {
            if (strategy is null)
            {
                return null;
            }

            var spec = new NetworkSpec(
                new TargetType(null, "N", EquatableArray<ContainingType>.Empty), inputSize, modules.ToEquatableArray(), Precision.Single, 0,
                Initialization.PyTorchDefault, double.NaN, true, loss, OptimizerSpec.DefaultAdam) { Flavour = flavour };
            return WhyNot(Lay(spec), strategy.Value);
        }

        /// <summary>The fastest strategy that admits the network (measured order: Shallow, Lanes, PerRow; BatchMajor when layers are wide or looped).</summary>
        private static TrainingStrategy Choose(NetworkPlan plan)
        {
            if (NeedsBatchMajor(plan))
            {
                return TrainingStrategy.BatchMajor;
            }

            foreach (var strategy in new[] { TrainingStrategy.Shallow, TrainingStrategy.Lanes, TrainingStrategy.PerRow })
            {
                if (WhyNot(plan, strategy) is null)
                {
                    return strategy;
                }
            }

            return TrainingStrategy.BatchMajor;
        }

        /// <summary>A layer too large to unroll, or wide enough for the matrix kernels to win (see NetworkPlan.WideLayerMinimum).</summary>
        private static bool NeedsBatchMajor(NetworkPlan plan) =>
            plan.Layers.Any(l => !l.Unrolled || (l.In >= NetworkPlan.WideLayerMinimum && l.Out >= NetworkPlan.WideLayerMinimum));

        /// <summary>Why a strategy cannot train the planned network, or null.</summary>
        private static string? WhyNot(NetworkPlan plan, TrainingStrategy strategy)
        {
            if (!plan.VectorCode && strategy is TrainingStrategy.Shallow or TrainingStrategy.Lanes)
            {
                return "the project targets netstandard (NetGen's portable run-time helpers, for .NET Framework, Mono and Unity), which trains with PerRow or BatchMajor only; it vectorises on net8.0 or later";
            }

            switch (strategy)
            {
                case TrainingStrategy.BatchMajor:
                    return null;
                case TrainingStrategy.PerRow:
                    return plan.Steps.All(s => s is LayerPlan or StandardizePlan) ? null : "per-row training handles Dense layers and Standardize only";
                case TrainingStrategy.Shallow:
                    if (!plan.Shallow)
                    {
                        return "it is not a 1→H→1 network (H ≥ 8, a vector-form hidden activation, a linear output)";
                    }

                    return plan.Spec.Loss.Kind == NetGen.Loss.MeanSquaredError ? null : "ShallowNet trains with the mean squared error only";
                case TrainingStrategy.Lanes:
                    if (!plan.DenseOnly)
                    {
                        return "lane training handles Dense layers only";
                    }

                    long units = plan.InputSize;
                    foreach (var layer in plan.Layers)
                    {
                        if (!layer.Unrolled)
                        {
                            return "layer " + layer.Number.ToString(CultureInfo.InvariantCulture) + " is too large to unroll";
                        }

                        if (!layer.Activation.HasLaneForm || (layer.FusedWithLoss && !layer.Activation.IsIdentity))
                        {
                            return "layer " + layer.Number.ToString(CultureInfo.InvariantCulture) + "'s activation has no vector form";
                        }

                        units += layer.Out;
                    }

                    return units <= NetworkPlan.MaxRowVectorizedUnits ? null : "it has more than " + NetworkPlan.MaxRowVectorizedUnits.ToString(CultureInfo.InvariantCulture) + " inputs and units";
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown strategy.");
            }
        }

        /// <summary>Joins modules into steps and lays out parameters, buffers, per-row state and deltas.</summary>
        private static NetworkPlan Lay(NetworkSpec spec)
        {
            var loss = LossInfo.For(spec.Loss.Kind);
            var modules = spec.Modules;
            var steps = new List<ModulePlan>();
            var buffers = new List<System.Action<int>>(); // buffer offsets are known once every parameter is placed
            int parameterOffset = 0;
            int bufferOffset = 0;
            int stateOffset = spec.InputSize; // the input row sits at the start of the state
            int deltaOffset = 0;
            int previousOutput = 0;
            int previousDelta = -1;
            int width = spec.InputSize;
            // The network's budget of unrolled code: layers are unrolled in order while it lasts, so the generated
            // file (and the compiler's time and memory on it) stays bounded however many small layers there are.
            long unrolledBudget = NetworkPlan.MaxUnrolledWeights;
            int lastLinear = -1;
            for (int m = 0; m < modules.Count; m++)
            {
                if (modules[m] is LinearSpec)
                {
                    lastLinear = m;
                }
            }

            for (int m = 0; m < modules.Count; m++)
            {
                var module = modules[m];
                ModulePlan step;
                switch (module)
                {
                    case StandardizeSpec standardize:
                    {
                        var plan = new StandardizePlan { In = width, Out = width, Prefix = PrefixOf(standardize.Name, m) };
                        int at = bufferOffset;
                        buffers.Add(parameters => plan.MeanOffset = parameters + at);
                        // In place on the input row: no state or delta of its own.
                        plan.Number = steps.Count + 1;
                        plan.InputOffset = plan.OutputOffset = previousOutput;
                        plan.PreActivationOffset = -1;
                        plan.DeltaOffset = plan.PreviousDeltaOffset = -1;
                        steps.Add(plan);
                        bufferOffset += (int)ModuleLayout.BufferCount(module, width);
                        continue;
                    }

                    case LinearSpec linear:
                    {
                        long weights = (long)width * linear.Units;
                        bool unrolled = weights <= NetworkPlan.UnrollThreshold && weights <= unrolledBudget;
                        if (unrolled)
                        {
                            unrolledBudget -= weights;
                        }

                        var layer = new LayerPlan { In = width, Out = linear.Units, WeightOffset = parameterOffset, Unrolled = unrolled, Prefix = PrefixOf(linear.Name, m) };
                        step = layer;
                        break;
                    }

                    case LayerNormSpec layerNorm:
                        step = new NormPlan { In = width, Out = width, Epsilon = layerNorm.Epsilon, WeightOffset = parameterOffset, Prefix = PrefixOf(layerNorm.Name, m) };
                        break;
                    case BatchNormSpec batchNorm:
                    {
                        var norm = new NormPlan { In = width, Out = width, IsBatchNorm = true, Epsilon = batchNorm.Epsilon, Momentum = batchNorm.Momentum, WeightOffset = parameterOffset, Prefix = PrefixOf(batchNorm.Name, m) };
                        int at = bufferOffset;
                        buffers.Add(parameters => norm.RunningMeanOffset = parameters + at);
                        step = norm;
                        break;
                    }

                    case DropoutSpec dropout:
                        step = new DropoutPlan { In = width, Out = width, Probability = dropout.Probability, Prefix = PrefixOf(null, m) };
                        break;
                    case ActivationSpec:
                        // Joined to the step before it, below; the parser rejects an activation that follows nothing.
                        continue;
                    default:
                        throw new System.ArgumentOutOfRangeException(nameof(spec), module, "Unknown module.");
                }

                // ModuleLayout sizes every module, for the parser's limits as for these offsets.
                parameterOffset += (int)ModuleLayout.ParameterCount(module, width);
                bufferOffset += (int)ModuleLayout.BufferCount(module, width);
                step.Number = steps.Count + 1;
                step.InputOffset = previousOutput;
                if (m + 1 < modules.Count && modules[m + 1] is ActivationSpec activation)
                {
                    step.Activation = activation.Traits;
                    step.Alpha = activation.Alpha;
                }

                step.FusedWithLoss = m == lastLinear && loss.FusedActivation == step.Activation.Kind;
                bool keepZ = !step.Activation.IsIdentity
                    && (step.Activation.DerivativeFrom == DerivativeSource.Input || !step.Activation.IsElementwise || step.FusedWithLoss);
                if (step is LayerPlan layerPlan)
                {
                    layerPlan.RowForward = ChooseRowForward(layerPlan, spec.Flavour);
                    // Double vector activations run the scalar formula per lane (bit-identical): nothing to gain there.
                    layerPlan.ActivatesWholeRow = (layerPlan.Unrolled || layerPlan.RowForward == RowForward.RowBlocks) && layerPlan.RowForward != RowForward.OutputVectors
                        && layerPlan.Activation.CalledPerLayer && spec.Flavour == TargetFlavour.Modern && spec.Precision == Precision.Single;
                    layerPlan.VectorWeightGradient = layerPlan.Unrolled && spec.Flavour == TargetFlavour.Modern
                        && layerPlan.In >= NetworkPlan.RowGradientMinimumInputs;
                }

                if (keepZ)
                {
                    step.PreActivationOffset = stateOffset;
                    stateOffset += step.Out;
                }
                else
                {
                    step.PreActivationOffset = step.Activation.IsIdentity ? stateOffset : -1;
                }

                step.OutputOffset = stateOffset;
                stateOffset += step.Out;
                switch (step)
                {
                    case NormPlan norm:
                        norm.StatisticsOffset = stateOffset;
                        stateOffset += 2 * norm.StatisticWidth;
                        break;
                    case DropoutPlan drop:
                        drop.MaskOffset = stateOffset;
                        stateOffset += drop.Out;
                        break;
                }

                // Dense layers write their input's gradient into the slot before; the others work in place on it.
                step.PreviousDeltaOffset = previousDelta;
                if (step is LayerPlan || previousDelta < 0)
                {
                    step.DeltaOffset = deltaOffset;
                    deltaOffset += step.Out;
                }
                else
                {
                    step.DeltaOffset = previousDelta;
                }

                steps.Add(step);
                previousOutput = step.OutputOffset;
                previousDelta = step.DeltaOffset;
                width = step.Out;
            }

            foreach (var place in buffers)
            {
                place(parameterOffset);
            }

            return new NetworkPlan(spec, steps, stateOffset, deltaOffset, parameterOffset, bufferOffset);
        }

        /// <summary>The state_dict prefix: the module's Name, else its nn.Sequential index.</summary>
        private static string PrefixOf(string? name, int moduleIndex) => name ?? moduleIndex.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// Vector shapes where the layout allows contiguous loads from the parameters: an unrolled 1→H layer's weight
        /// column, the rows of an unrolled H→few layer, or (unrolled or looped) groups of 8 rows of a layer with a
        /// vector of inputs. 8 is the narrowest hardware vector of float.
        /// </summary>
        private static RowForward ChooseRowForward(LayerPlan layer, TargetFlavour flavour)
        {
            // Fewer outputs keep their own form: a group of 8 would sum mostly repeated rows, and 16→3 measured 18 ns
            // through DenseRow against 10 ns as three Dots.
            bool rowBlocks = layer.In >= NetworkPlan.RowBlockMinimumInputs && layer.Out > 4 && flavour == TargetFlavour.Modern;
            if (!layer.Unrolled)
            {
                // A looped layer's outputs were one Dot call each; DenseRow runs 8 of them side by side and reads x
                // once per 8 (784→128→10 Predict 6.8 → 4.4 µs, RowForwardPredict; 1→512→512→1 20 → 12.4 µs, probe).
                return rowBlocks ? RowForward.RowBlocks : RowForward.Scalar;
            }

            // The portable helpers have no Vector<T> code; their Dot is scalar, so RowDots stays (one call per output).
            if (layer.In == 1 && layer.Out >= 8 && layer.Activation.CheapVectorForm && flavour == TargetFlavour.Modern)
            {
                return RowForward.OutputVectors;
            }

            if (layer.In >= 16 && layer.Out <= 4 && layer.Activation.IsElementwise)
            {
                return RowForward.RowDots;
            }

            // Unrolled 8→32→16→2's Predict: 683 → 113 ns (RowForwardPredict).
            return rowBlocks ? RowForward.RowBlocks : RowForward.Scalar;
        }
    }
}
