using System;

namespace NetGen
{
    /// <summary>
    /// nn.Dropout(p): in training (TrainStep, ComputeGradients, Fit) each value is zeroed with probability p and the
    /// rest scaled by 1/(1 − p); Predict and EvaluateLoss pass values through. The masks come from the network's own
    /// seeded generator, so training is reproducible.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class DropoutAttribute : Attribute
    {
        /// <summary>Creates a dropout module.</summary>
        /// <param name="p">The probability of zeroing a value, in [0, 1).</param>
        public DropoutAttribute(double p) => P = p;

        /// <summary>The probability of zeroing a value.</summary>
        public double P { get; }
    }

    /// <summary>
    /// nn.LayerNorm(n): each row normalised over its n features (mean 0, variance 1), then scaled and shifted by the
    /// learned <c>weight</c> and <c>bias</c>. The same in training and in Predict.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class LayerNormAttribute : Attribute
    {
        /// <summary>Added to the variance before its square root.</summary>
        public double Eps { get; set; } = Defaults.NormalizationEpsilon;

        /// <summary>The module's state_dict prefix; unset: the nn.Sequential index.</summary>
        public string? Name { get; set; }
    }

    /// <summary>
    /// nn.BatchNorm1d(n): in training each feature is normalised with the batch's mean and variance (a batch needs at
    /// least two rows) and the running statistics are updated; Predict and EvaluateLoss use the running statistics.
    /// Saves <c>weight</c>, <c>bias</c>, <c>running_mean</c>, <c>running_var</c> and <c>num_batches_tracked</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = false)]
    public sealed class BatchNormAttribute : Attribute
    {
        /// <summary>Added to the variance before its square root.</summary>
        public double Eps { get; set; } = Defaults.NormalizationEpsilon;

        /// <summary>The weight of each training batch in the running statistics.</summary>
        public double Momentum { get; set; } = Defaults.BatchNormMomentum;

        /// <summary>The module's state_dict prefix; unset: the nn.Sequential index.</summary>
        public string? Name { get; set; }
    }

    /// <summary>
    /// Standardises every input feature, (x − mean) / std, with statistics set by the generated <c>Adapt</c> from the
    /// training inputs (as Keras' Normalization.adapt) and saved with the weights as the buffers <c>mean</c> and
    /// <c>std</c>. Must be the first module. Until Adapt runs, mean is 0 and std 1.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class StandardizeAttribute : Attribute
    {
        /// <summary>The module's state_dict prefix; unset: the nn.Sequential index (0).</summary>
        public string? Name { get; set; }
    }
}
