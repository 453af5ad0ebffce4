using NetGen.Generator.Model;

namespace NetGen.Generator.Emit
{
    /// <summary>
    /// The element type (float or double) and the few spellings that differ between the flavours
    /// (<see cref="TargetFlavour"/>); every emitter writes these through here rather than testing the flavour.
    /// </summary>
    internal sealed class ElementType
    {
        public ElementType(string name, TargetFlavour flavour)
        {
            Name = name;
            Flavour = flavour;
        }

        /// <summary>"float" or "double".</summary>
        public string Name { get; }

        public TargetFlavour Flavour { get; }

        /// <summary>
        /// The type arguments of a call to a generic-math helper: "&lt;float&gt;" on net8.0+; none in the portable build,
        /// where each helper is a float and a double overload.
        /// </summary>
        public string TypeArguments => Flavour switch
        {
            TargetFlavour.Modern => "<" + Name + ">",
            TargetFlavour.Portable => "",
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>
        /// The type arguments of a call to a helper generic in a type of its own (<paramref name="first"/>) and the
        /// element type, such as Training.Fit: none in the portable build, where both are inferred from the arguments.
        /// </summary>
        public string TypeArgumentsAfter(string first) => Flavour switch
        {
            TargetFlavour.Modern => "<" + first + ", " + Name + ">",
            TargetFlavour.Portable => "",
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>
        /// Float on net8.0+: the run-time helpers marked [FloatCopy] have a non-generic float copy there
        /// (NetGen.Abstractions/Runtime/FloatCopies), which ReadyToRun can precompile (generic math over float it cannot).
        /// </summary>
        private bool HasFloatCopies => Flavour switch
        {
            TargetFlavour.Modern => Name == "float",
            TargetFlavour.Portable => false,
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>
        /// The type arguments of a call to a helper with a float copy (EnsureFinite, Adam, InitializeDense…): none for
        /// float on net8.0+, so the call binds to the copy; otherwise as <see cref="TypeArguments"/>.
        /// </summary>
        public string CopiedTypeArguments => HasFloatCopies ? "" : TypeArguments;

        /// <summary>As <see cref="TypeArgumentsAfter"/> for a helper with a float copy (Training.Fit): only <paramref name="first"/> for float on net8.0+.</summary>
        public string CopiedTypeArgumentsAfter(string first) => HasFloatCopies ? "<" + first + ">" : TypeArgumentsAfter(first);

        /// <summary>
        /// A run-time type generic in the element type and marked [FloatCopy] (<paramref name="type"/> relative to
        /// NetGen.Runtime, e.g. GradientShards): its float copy GradientShardsOfSingle, or GradientShards&lt;T&gt;.
        /// </summary>
        public string CopiedType(string type)
            => "global::NetGen.Runtime." + type + (HasFloatCopies ? "OfSingle" : "<" + Name + ">");

        /// <summary>The lane activation type NetGen.Runtime.ShallowNet takes for <paramref name="activation"/> (e.g. Relu): its float copy ReluOfSingle, or Relu&lt;T&gt;.</summary>
        public string LaneActivation(string activation) => CopiedType("LaneActivations." + activation);

        /// <summary>The type arguments of a NetGen.Runtime.ShallowNet call: &lt;TActivation&gt; for the float copy, &lt;T, TActivation&gt; otherwise.</summary>
        public string ShallowTypeArguments(string activation)
            => "<" + (HasFloatCopies ? "" : Name + ", ") + LaneActivation(activation) + ">";

        /// <summary>
        /// The type of a span the generated code only reads but indexes (private passes' parameters and locals):
        /// ReadOnlySpan on net8.0+; Span in the portable build, since Mono's corlib declares ReadOnlySpan's indexer
        /// without the modreq the compiler binds to (MissingMethodException).
        /// </summary>
        public string ReadSpan => Flavour switch
        {
            TargetFlavour.Modern => "global::System.ReadOnlySpan<" + Name + ">",
            TargetFlavour.Portable => "global::System.Span<" + Name + ">",
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>
        /// Element <paramref name="index"/> of a ReadOnlySpan the generated code received: its indexer on net8.0+; in the
        /// portable build NetGen.Runtime.PortableSpans.Read, which reads without the indexer Mono cannot bind.
        /// </summary>
        public string ReadElement(string readOnlySpan, string index) => Flavour switch
        {
            TargetFlavour.Modern => readOnlySpan + "[" + index + "]",
            TargetFlavour.Portable => "global::NetGen.Runtime.PortableSpans.Read(" + readOnlySpan + ", " + index + ")",
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>
        /// What a <see cref="ReadSpan"/> local over a static array is initialised from: the public ReadOnlySpan property on
        /// net8.0+, the array itself in the portable build (a Span cannot be made from the ReadOnlySpan on netstandard2.0).
        /// </summary>
        public string ReadSpanOf(string readOnlyProperty, string array) => Flavour switch
        {
            TargetFlavour.Modern => readOnlyProperty,
            TargetFlavour.Portable => array,
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>The generated code may index and foreach ReadOnlySpans (not in the portable build, see <see cref="ReadSpan"/>).</summary>
        public bool IndexesReadOnlySpans => Flavour == TargetFlavour.Modern;
    }
}
