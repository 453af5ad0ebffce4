namespace NetGen.Generator.Parsing
{
    /// <summary>Metadata names of the attributes NetGen reads.</summary>
    internal static class AttributeNames
    {
        public const string Network = "NetGen.NetworkAttribute";
        public const string Input = "NetGen.InputAttribute";
        public const string Dense = "NetGen.DenseAttribute";
        public const string Activation = "NetGen.ActivationAttribute";
        public const string Loss = "NetGen.LossAttribute";
        public const string Adam = "NetGen.AdamAttribute";
        public const string AdamW = "NetGen.AdamWAttribute";
        public const string Sgd = "NetGen.SgdAttribute";
        public const string Rprop = "NetGen.RpropAttribute";
        public const string Dropout = "NetGen.DropoutAttribute";
        public const string LayerNorm = "NetGen.LayerNormAttribute";
        public const string BatchNorm = "NetGen.BatchNormAttribute";
        public const string Standardize = "NetGen.StandardizeAttribute";
        public const string ForceStrategy = "NetGen.Runtime.ForceStrategyAttribute";

        /// <summary>The attributes that describe the network and are meaningless without [Network].</summary>
        public static readonly string[] Described = { Input, Dense, Activation, Dropout, LayerNorm, BatchNorm, Standardize, Loss, Adam, AdamW, Sgd, Rprop, ForceStrategy };

        /// <summary>The attributes that declare modules, in nn.Sequential order.</summary>
        public static readonly string[] Modules = { Input, Dense, Activation, Dropout, LayerNorm, BatchNorm, Standardize };

        /// <summary>The type whose presence shows the run-time helpers are referenced.</summary>
        public const string RuntimeMarker = "NetGen.Activations";

        /// <summary>Only in the netstandard builds of the run-time helpers: the project gets the portable flavour.</summary>
        public const string PortableMarker = "NetGen.Runtime.PortableRuntime";

        /// <summary>With <see cref="RuntimeMarker"/>, the generic math the net8.0 helpers are written in: the modern flavour.</summary>
        public const string GenericMathMarker = "System.Numerics.IFloatingPointIeee754`1";
    }
}
