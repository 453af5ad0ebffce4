namespace NetGen.Generator.Model
{
    /// <summary>Weights read from a safetensors file at compile time, laid out like the parameter buffer.</summary>
    /// <param name="FileName">The file's name, for the generated docs.</param>
    /// <param name="Values">ParameterCount values, already placed at each tensor's offset.</param>
    internal sealed record BakedWeights(string FileName, EquatableArray<double> Values);
}
