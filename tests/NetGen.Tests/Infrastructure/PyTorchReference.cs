using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace NetGen.Tests.Infrastructure
{
    /// <summary>One case of Reference/pytorch_reference.json (values computed by PyTorch 1.13 in float64).</summary>
    public sealed record ReferenceCase(
        string Kind, string Name, int[] Sizes, string[] Activations, double[] Params, double[] Inputs, double[] Outputs,
        string? LossFunction, double[] Targets, double Loss, double[] Gradients, int Steps, double[] StepLosses, double[] ParamsAfter)
    {
        public string Key => Kind + ":" + Name;

        public int Rows => Inputs.Length / Sizes[0];

        public override string ToString() => Key;
    }

    public static class PyTorchReference
    {
        private static readonly Lazy<IReadOnlyList<ReferenceCase>> s_cases = new(Load);

        public static IReadOnlyList<ReferenceCase> Cases => s_cases.Value;

        public static ReferenceCase Get(string key) => Cases.Single(c => c.Key == key);

        public static IEnumerable<object[]> Keys(string kind) => Cases.Where(c => c.Kind == kind).Select(c => new object[] { c.Key });

        private static IReadOnlyList<ReferenceCase> Load()
        {
            string path = Path.Combine(AppContext.BaseDirectory, "Reference", "pytorch_reference.json");
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.EnumerateArray().Select(e => new ReferenceCase(
                e.GetProperty("kind").GetString()!,
                e.GetProperty("name").GetString()!,
                e.GetProperty("sizes").EnumerateArray().Select(x => x.GetInt32()).ToArray(),
                e.GetProperty("activations").EnumerateArray().Select(x => x.GetString()!).ToArray(),
                Doubles(e, "params"),
                Doubles(e, "inputs"),
                Doubles(e, "outputs"),
                e.TryGetProperty("loss_function", out var lf) ? lf.GetString() : null,
                Doubles(e, "targets"),
                e.TryGetProperty("loss", out var l) ? l.GetDouble() : double.NaN,
                Doubles(e, "gradients"),
                e.TryGetProperty("steps", out var s) ? s.GetInt32() : 0,
                Doubles(e, "step_losses"),
                Doubles(e, "params_after"))).ToList();
        }

        private static double[] Doubles(JsonElement e, string name) =>
            e.TryGetProperty(name, out var array) ? array.EnumerateArray().Select(x => x.GetDouble()).ToArray() : Array.Empty<double>();
    }
}
