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

        private LaneFlavour(string element, string type, string method, string gradients, string? broadcastParameters, string load, string storeFormat, string sum)
        {
            LayerScratch = gradients.Replace("__vectorGradients", "__laneActivations");
            StoreFormat = storeFormat;
            Type = type;
            Method = method;
            Gradients = gradients;
            BroadcastParameters = broadcastParameters;
            ParameterType = broadcastParameters is null
                ? $"global::System.ReadOnlySpan<{element}>"
                : $"global::System.Span<{type}>"; // Span, as gv: no ReadOnlySpan<vector> methods to compile at a first call
            LoadFormat = load;
            Sum = sum;
        }

        /// <summary>
        /// System.Numerics.Vector&lt;T&gt; lanes, the portable pass. Its parameters come broadcast once per batch:
        /// <c>new Vector&lt;T&gt;(x)</c> is a constructor the JIT inlines only within its budget, which a pass of a
        /// few hundred of them exhausts (it then calls each one through the stack).
        /// </summary>
        public static LaneFlavour Native(string element) => new LaneFlavour(
            element, Expressions.Vector(element), "__TrainLanes", "__vectorGradients", "__laneParameters", "new " + Expressions.Vector(element) + "({0})", "{0}.CopyTo({1})", "global::System.Numerics.Vector.Sum");

        /// <summary>Vector512&lt;T&gt; lanes: Vector512.Create is an intrinsic, so the pass broadcasts from p itself.</summary>
        public static LaneFlavour Wide(string element) => new LaneFlavour(
            element, Vector512(element), "__TrainLanes512", "__vectorGradients512", null, Vector512Ops + ".Create<" + element + ">({0})", Vector512Ops + ".CopyTo({0}, {1})", Vector512Ops + ".Sum");

        /// <summary>The vector type, fully qualified.</summary>
        public string Type { get; }

        /// <summary>The pass's method name.</summary>
        public string Method { get; }

        /// <summary>The field holding the per-lane gradient sums.</summary>
        public string Gradients { get; }

        /// <summary>The field holding every parameter broadcast to a vector, filled once per batch; null when the pass broadcasts as it goes.</summary>
        public string? BroadcastParameters { get; }

        /// <summary>The type of the pass's parameter argument p: the parameters, or their broadcast vectors.</summary>
        public string ParameterType { get; }

        /// <summary>The field where exp-based layers put z and f(z) for their one activation call per layer.</summary>
        public string LayerScratch { get; }

        /// <summary>A static call summing a vector's lanes.</summary>
        public string Sum { get; }

        private string LoadFormat { get; }

        private string StoreFormat { get; }

        /// <summary>Parameter <paramref name="index"/> on every lane, read from the pass's argument p.</summary>
        public string Broadcast(int index)
        {
            string at = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return BroadcastParameters is null ? $"{Vector512Ops}.Create(p[{at}])" : $"p[{at}]";
        }

        /// <summary>A vector from the first Count values of a span expression.</summary>
        public string Load(string span) => string.Format(System.Globalization.CultureInfo.InvariantCulture, LoadFormat, span);

        /// <summary>A statement-less call writing a vector's lanes to the start of a span.</summary>
        public string Store(string vector, string span) => string.Format(System.Globalization.CultureInfo.InvariantCulture, StoreFormat, vector, span);
    }
}
