using NetGen.Generator.Model;

namespace NetGen.Generator.Emit
{
    /// <summary>
    /// The element type (float or double) and the few spellings that differ between the flavours
    /// (<see cref="TargetFlavour"/>); every emitter writes these through here rather than testing the flavour.
    /// </summary>
    internal sealed class ElementType
    {
        private const string Writable = "global::NetGen.Runtime.PortableSpans.Writable";

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
        /// For a helper whose element type appears in no other argument (Classification.RentTargets): an argument of
        /// that type, which picks the portable build's float or double overload; nothing on net8.0+ (type arguments do).
        /// </summary>
        public string InferenceArgument(string argument) => Flavour switch
        {
            TargetFlavour.Modern => "",
            TargetFlavour.Portable => ", " + argument,
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

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

        /// <summary>A ReadOnlySpan expression as a <see cref="ReadSpan"/>.</summary>
        public string Readable(string readOnlySpan) => Flavour switch
        {
            TargetFlavour.Modern => readOnlySpan,
            TargetFlavour.Portable => Writable + "(" + readOnlySpan + ")",
            _ => throw new System.ArgumentOutOfRangeException(nameof(Flavour), Flavour, "Unknown flavour."),
        };

        /// <summary>The generated code may index and foreach ReadOnlySpans (not in the portable build, see <see cref="ReadSpan"/>).</summary>
        public bool IndexesReadOnlySpans => Flavour == TargetFlavour.Modern;
    }
}
