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
        /// A .safetensors file, passed to the compiler as an AdditionalFiles item, whose weights are baked
        /// into the generated code as constants (for example a file written by the network's own <c>Save</c>).
        /// </summary>
        /// <remarks>
        /// <para>
        /// The network then also gets static <c>PredictBaked</c> and <c>PredictBatchBaked</c> (unrolled layers hold
        /// the weights as literals, looped layers read the static <c>BakedParameters</c>, an array created
        /// once), and its parameterless constructor starts <c>Parameters</c> from the baked values so that
        /// training can continue from them. <c>Predict</c> keeps reading <c>Parameters</c>: after training or
        /// <c>Load</c> it follows the new weights, while <c>PredictBaked</c> always answers with the baked ones.
        /// </para>
        /// <para>
        /// The path is matched against the AdditionalFiles items: an absolute path exactly; a relative path first
        /// against the folder of the source file that declares the network, then as a suffix of an item's path
        /// (whole folder and file names, so "model.safetensors" matches "Weights/model.safetensors"; several such
        /// matches are an error). A missing, ambiguous or invalid file, or tensors whose names, shapes or dtypes do
        /// not fit the network, are errors NG0020 to NG0024 at this attribute.
        /// </para>
        /// </remarks>
        public string? Weights { get; set; }
    }
}
