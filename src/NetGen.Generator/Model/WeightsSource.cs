namespace NetGen.Generator.Model
{
    /// <summary>
    /// <c>[Network(Weights = "...")]</c>: the safetensors file to bake, as written in the attribute, and the folder
    /// of the source file that declares it (null when the syntax tree has no path), against which a relative
    /// path is resolved.
    /// </summary>
    internal sealed record WeightsSource(string Path, string? SourceDirectory)
    {
        /// <summary>
        /// The project's C# has UTF-8 string literals (C# 11), which the compact baked form uses: they live in the
        /// assembly's data, not in its user-string heap, which holds only 2^24 bytes for the whole assembly (CS8103).
        /// </summary>
        public bool Utf8Literals { get; init; }
    }
}
