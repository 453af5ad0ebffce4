using System;

namespace NetGen
{
    /// <summary>
    /// Marks a partial class as a NetGen network. The generator reads the layer attributes on the same
    /// declaration, in source order, and emits the forward pass, backward pass, loss and optimizer step.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class NetworkAttribute : Attribute
    {
        /// <summary>Seed of the parameterless constructor's initialisation. Default 0.</summary>
        public int Seed { get; set; } = Defaults.Seed;

        /// <summary>Element type of the generated members. Default <see cref="NetGen.Precision.Single"/>.</summary>
        public Precision Precision { get; set; }

        /// <summary>Weight initialisation scheme. Default PyTorch's nn.Linear scheme.</summary>
        public Initialization Initialization { get; set; }

        /// <summary>
        /// When set, every bias starts at this constant (for example 0.1) instead of the scheme's default.
        /// </summary>
        public double BiasInit { get; set; }

        /// <summary>
        /// When true (the default), training checks inputs, targets, the loss and the gradients for NaN and
        /// infinity and throws <see cref="NonFiniteValueException"/> before any update. Set false for speed.
        /// </summary>
        public bool CheckFinite { get; set; } = true;

        /// <summary>
        /// A safetensors file, passed to the compiler as an AdditionalFiles item, whose weights are baked
        /// into the generated code as constants.
        /// </summary>
        public string? Weights { get; set; }
    }
}
