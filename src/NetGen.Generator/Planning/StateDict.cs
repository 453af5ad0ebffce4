using System.Collections.Generic;
using System.Globalization;

namespace NetGen.Generator.Planning
{
    /// <summary>
    /// The names and shapes the parameters take in a safetensors file: those of PyTorch's state_dict for the
    /// equivalent nn.Sequential. Every Dense layer is an nn.Linear module and every activation other than
    /// Identity a module of its own (nn.Tanh, nn.Softmax, ...), each taking the next index, so Dense+Tanh,
    /// Dense+Relu, Dense gives 0.weight, 0.bias, 2.weight, 2.bias, 4.weight, 4.bias. Offsets come from the plan.
    /// </summary>
    internal static class StateDict
    {
        /// <summary>The layout of the parameter buffer: per layer, the weight [out, in] then the bias [out].</summary>
        public static ParameterLayout Layout(NetworkPlan plan)
        {
            var tensors = new List<ParameterTensor>();
            int module = 0;
            foreach (var layer in plan.Layers)
            {
                string prefix = module.ToString(CultureInfo.InvariantCulture);
                tensors.Add(new ParameterTensor(prefix + ".weight", layer.WeightOffset, layer.Out, layer.In));
                tensors.Add(new ParameterTensor(prefix + ".bias", layer.BiasOffset, layer.Out));
                module += layer.Activation.IsIdentity ? 1 : 2;
            }

            return new ParameterLayout(plan.ParameterCount, tensors.ToArray());
        }
    }
}
