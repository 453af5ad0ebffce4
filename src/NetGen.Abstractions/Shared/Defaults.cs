namespace NetGen
{
    /// <summary>
    /// Default values of the attribute arguments. The attributes and the generator both read them from here.
    /// Optimizer defaults are torch.optim's.
    /// </summary>
    /// <remarks>This file is also compiled into the generator, so the values are defined once.</remarks>
    public static class Defaults
    {
        /// <summary>The seed used by the parameterless constructor.</summary>
        public const int Seed = 0;
        /// <summary>LeakyRelu's negative slope, as torch.nn.LeakyReLU.</summary>
        public const double LeakyReluAlpha = 0.01;
        /// <summary>Elu's alpha, as torch.nn.ELU.</summary>
        public const double EluAlpha = 1.0;
        /// <summary>Huber's delta, as torch.nn.HuberLoss.</summary>
        public const double HuberDelta = 1.0;
        /// <summary>Adam and AdamW learning rate.</summary>
        public const double AdamLearningRate = 1e-3;
        /// <summary>Adam and AdamW β1.</summary>
        public const double Beta1 = 0.9;
        /// <summary>Adam and AdamW β2.</summary>
        public const double Beta2 = 0.999;
        /// <summary>Adam and AdamW ε.</summary>
        public const double Epsilon = 1e-8;
        /// <summary>Adam's L2 weight decay.</summary>
        public const double AdamWeightDecay = 0.0;
        /// <summary>AdamW's decoupled weight decay.</summary>
        public const double AdamWWeightDecay = 0.01;
        /// <summary>SGD learning rate (torch.optim.SGD's default since PyTorch 2.2).</summary>
        public const double SgdLearningRate = 1e-3;
        /// <summary>The largest number of units a layer may have.</summary>
        public const int MaxLayerSize = 65536;
        /// <summary>The largest total number of parameters a network may have.</summary>
        public const int MaxParameterCount = 1 << 28;
    }
}
