namespace NetGen.Generator.Emit
{
    /// <summary>
    /// The vector type one row-vectorised training pass runs on, and how the emitted code spells its operations:
    /// Vector&lt;T&gt; (whatever width the runtime picks) or Vector512&lt;T&gt; (16 float or 8 double rows, taken on
    /// AVX-512 hardware). The lane emitters take one of these, so both passes come from the same code.
    /// </summary>
    internal sealed class LaneFlavour
    {
        /// <summary>The static System.Runtime.Intrinsics.Vector512 class (Create, Sum), fully qualified like every type.</summary>
        private const string Vector512Ops = "global::System.Runtime.Intrinsics.Vector512";

        /// <summary>System.Runtime.Intrinsics.Vector512&lt;T&gt;.</summary>
        public static string Vector512(string element) => $"{Vector512Ops}<{element}>";

        private LaneFlavour(string type, string method, string gradients, string createFormat, string load, string storeFormat, string sum)
        {
            LayerScratch = gradients.Replace("__vectorGradients", "__laneActivations");
            StoreFormat = storeFormat;
            Type = type;
            Method = method;
            Gradients = gradients;
            CreateFormat = createFormat;
            LoadFormat = load;
            Sum = sum;
        }

        /// <summary>System.Numerics.Vector&lt;T&gt; lanes, the portable pass.</summary>
        public static LaneFlavour Native(string element) => new LaneFlavour(
            Expressions.Vector(element), "__TrainLanes", "__vectorGradients", "new " + Expressions.Vector(element) + "({0})", "new " + Expressions.Vector(element) + "({0})", "{0}.CopyTo({1})", "global::System.Numerics.Vector.Sum");

        /// <summary>Vector512&lt;T&gt; lanes.</summary>
        public static LaneFlavour Wide(string element) => new LaneFlavour(
            Vector512(element), "__TrainLanes512", "__vectorGradients512", Vector512Ops + ".Create({0})", Vector512Ops + ".Create<" + element + ">({0})", Vector512Ops + ".CopyTo({0}, {1})", Vector512Ops + ".Sum");

        /// <summary>The vector type, fully qualified.</summary>
        public string Type { get; }

        /// <summary>The pass's method name.</summary>
        public string Method { get; }

        /// <summary>The field holding the per-lane gradient sums.</summary>
        public string Gradients { get; }

        /// <summary>The field where exp-based layers put z and f(z) for their one activation call per layer.</summary>
        public string LayerScratch { get; }

        /// <summary>A static call summing a vector's lanes.</summary>
        public string Sum { get; }

        private string CreateFormat { get; }

        private string LoadFormat { get; }

        private string StoreFormat { get; }

        /// <summary>The scalar expression on every lane.</summary>
        public string Broadcast(string scalar) => string.Format(System.Globalization.CultureInfo.InvariantCulture, CreateFormat, scalar);

        /// <summary>A vector from the first Count values of a span expression.</summary>
        public string Load(string span) => string.Format(System.Globalization.CultureInfo.InvariantCulture, LoadFormat, span);

        /// <summary>A statement-less call writing a vector's lanes to the start of a span.</summary>
        public string Store(string vector, string span) => string.Format(System.Globalization.CultureInfo.InvariantCulture, StoreFormat, vector, span);
    }
}
