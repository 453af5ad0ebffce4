using System;
using NetGen.Generator.Model;

namespace NetGen.Generator.Planning
{
    /// <summary>
    /// The one place that sizes a module: how many trainable parameters and saved buffers it has for a given input
    /// width, and how wide its output is. The parser (limits), the planner (offsets) and the state_dict names read it.
    /// </summary>
    internal static class ModuleLayout
    {
        /// <summary>Trainable values: nn.Linear's weight and bias, a normalisation's weight and bias.</summary>
        public static long ParameterCount(ModuleSpec module, long width) => module switch
        {
            LinearSpec linear => (width + 1) * linear.Units,
            LayerNormSpec or BatchNormSpec => 2 * width,
            ActivationSpec or DropoutSpec or StandardizeSpec => 0,
            _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Unknown module."),
        };

        /// <summary>Saved, untrained values: BatchNorm's running statistics and batch count, Standardize's mean and std.</summary>
        public static long BufferCount(ModuleSpec module, long width) => module switch
        {
            BatchNormSpec => 2 * width + 1,
            StandardizeSpec => 2 * width,
            LinearSpec or LayerNormSpec or ActivationSpec or DropoutSpec => 0,
            _ => throw new ArgumentOutOfRangeException(nameof(module), module, "Unknown module."),
        };

        /// <summary>The module's output width.</summary>
        public static long OutputWidth(ModuleSpec module, long width) => module is LinearSpec linear ? linear.Units : width;
    }
}
