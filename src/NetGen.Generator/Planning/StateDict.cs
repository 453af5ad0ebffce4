using System.Collections.Generic;

namespace NetGen.Generator.Planning
{
    /// <summary>
    /// The names and shapes the parameters and buffers take in a safetensors file: those of PyTorch's state_dict for
    /// the equivalent nn.Sequential (or, where modules have a Name, the custom nn.Module with those attributes). Every
    /// module takes the next index: Dense(8)+Tanh, Dense(8)+Relu, Dense(2) gives 0.weight, 0.bias, 2.weight, 2.bias,
    /// 4.weight, 4.bias. Offsets come from the plan.
    /// </summary>
    internal static class StateDict
    {
        public static ParameterLayout Layout(NetworkPlan plan)
        {
            var tensors = new List<ParameterTensor>();
            foreach (var step in plan.Steps)
            {
                string prefix = step.Prefix;
                switch (step)
                {
                    case LayerPlan layer:
                        tensors.Add(new ParameterTensor(prefix + ".weight", layer.WeightOffset, layer.Out, layer.In));
                        tensors.Add(new ParameterTensor(prefix + ".bias", layer.BiasOffset, layer.Out));
                        break;
                    case NormPlan norm:
                        tensors.Add(new ParameterTensor(prefix + ".weight", norm.WeightOffset, norm.Out));
                        tensors.Add(new ParameterTensor(prefix + ".bias", norm.BiasOffset, norm.Out));
                        if (norm.IsBatchNorm)
                        {
                            tensors.Add(new ParameterTensor(prefix + ".running_mean", norm.RunningMeanOffset, ParameterTensorKind.Buffer, norm.Out));
                            tensors.Add(new ParameterTensor(prefix + ".running_var", norm.RunningVarOffset, ParameterTensorKind.Buffer, norm.Out));
                            tensors.Add(new ParameterTensor(prefix + ".num_batches_tracked", norm.BatchCountOffset, ParameterTensorKind.Counter));
                        }

                        break;
                    case StandardizePlan standardize:
                        tensors.Add(new ParameterTensor(prefix + ".mean", standardize.MeanOffset, ParameterTensorKind.Buffer, standardize.In));
                        tensors.Add(new ParameterTensor(prefix + ".std", standardize.StdOffset, ParameterTensorKind.Buffer, standardize.In));
                        break;
                    case DropoutPlan:
                        break;
                    default:
                        throw new System.ArgumentOutOfRangeException(nameof(plan), step, "Unknown step.");
                }
            }

            // Parameters first in buffer order, then buffers: Parameters spans the trainable prefix.
            return new ParameterLayout(plan.StoredCount, tensors.ToArray());
        }
    }
}
