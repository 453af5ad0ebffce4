namespace NetGen.Generator.Model
{
    /// <summary>
    /// <c>[Network(Weights = "...")]</c>: the safetensors file to bake, as written in the attribute, and the folder
    /// of the source file that declares it (null when the syntax tree has no path), against which a relative
    /// path is resolved.
    /// </summary>
    internal sealed record WeightsSource(string Path, string? SourceDirectory);
}
