namespace NetGen.Generator.Model
{
    /// <summary>
    /// A diagnostic as plain data, so the parse result stays equatable and an unrelated edit leaves it cached.
    /// The descriptor is looked up by <paramref name="Id"/> when the diagnostic is reported.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> MessageArgs);

    /// <summary>A source location as plain numbers.</summary>
    internal sealed record LocationInfo(
        string FilePath, int Start, int Length, int StartLine, int StartCharacter, int EndLine, int EndCharacter);

    /// <summary>What the parser returns for one [Network] class.</summary>
    /// <param name="Spec">The network, or null when a diagnostic stops generation.</param>
    /// <param name="Diagnostics">Everything to report.</param>
    internal sealed record ParseResult(NetworkSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics)
    {
        /// <summary>Where later stages (baking the weights) report: the [Network] attribute. Kept out of the spec so it stays cached.</summary>
        public LocationInfo? NetworkLocation { get; init; }
    }
}
