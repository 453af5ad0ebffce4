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
        /// <summary>Rprop's learning rate: the initial step size of every parameter (torch.optim.Rprop's default).</summary>
        public const double RpropLearningRate = 1e-2;
        /// <summary>Rprop's step-size factor after a gradient sign change (torch's etas[0]).</summary>
        public const double RpropEtaMinus = 0.5;
        /// <summary>Rprop's step-size factor while the gradient keeps its sign (torch's etas[1]).</summary>
        public const double RpropEtaPlus = 1.2;
        /// <summary>Rprop's smallest step size (torch's step_sizes[0]).</summary>
        public const double RpropStepSizeMin = 1e-6;
        /// <summary>Rprop's largest step size (torch's step_sizes[1]).</summary>
        public const double RpropStepSizeMax = 50;
        /// <summary>The largest number of units a layer may have.</summary>
        public const int MaxLayerSize = 65536;

        /// <summary>nn.LayerNorm's and nn.BatchNorm1d's eps.</summary>
        public const double NormalizationEpsilon = 1e-5;

        /// <summary>nn.BatchNorm1d's momentum: the weight of each batch in the running statistics.</summary>
        public const double BatchNormMomentum = 0.1;

        /// <summary>The longest Name = "…" of a module (its state_dict prefix).</summary>
        public const int MaxModuleNameLength = 64;
        /// <summary>The largest total number of parameters a network may have.</summary>
        public const int MaxParameterCount = 1 << 28;
        /// <summary>
        /// The largest number of Dense layers a network may have (NG0030). Generated code grows with every layer,
        /// looped or not; at this depth the worst case measured (128 × Dense(4), all unrolled) takes 6-9 s of
        /// compiler CPU and 220 MB.
        /// </summary>
        public const int MaxLayers = 128;
        /// <summary>
        /// The largest size, in bytes, of the weights a network may bake in (NG0031): parameters × 4 for float,
        /// × 8 for double, so 524,288 float or 262,144 double parameters. Past a few thousand values, baked weights
        /// are compiled in as base64 text (4 characters per 3 bytes): 2.8 million characters at this cap.
        /// </summary>
        public const int MaxBakedBytes = 2 * 1024 * 1024;
    }
}
