using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NetGen.Generator.Model;
using NetGen.Generator.Parsing;
using NetGen.Generator.Planning;
using static NetGen.Generator.Diagnostics.DiagnosticDescriptors;

namespace NetGen.Generator.Baking
{
    /// <summary>A network that bakes weights, with where to report problems.</summary>
    internal sealed record BakeRequest(NetworkSpec Spec, LocationInfo? Location);

    /// <summary>The weights to bake (null when a diagnostic stops baking) and the diagnostics.</summary>
    internal sealed record BakeResult(NetworkSpec Spec, BakedWeights? Baked, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>What the emitter needs: no locations, so moving the declaration leaves the output cached.</summary>
    internal sealed record BakedNetwork(NetworkSpec Spec, BakedWeights? Baked);

    /// <summary>
    /// Matches a network's weights file, checks it against the network's layout (the same check as the run-time
    /// Load) and places the values at the planner's offsets.
    /// </summary>
    internal static class Baker
    {
        public static BakeResult Bake(BakeRequest request, ImmutableArray<WeightsFile> files, CancellationToken cancellationToken)
        {
            var spec = request.Spec;
            var source = spec.Weights!;
            var bag = new DiagnosticBag();
            var matches = WeightsMatcher.Find(source, files);
            if (matches.Count == 0)
            {
                bag.Add(WeightsFileNotFound, request.Location, source.Path, spec.Type.Name);
                return new BakeResult(spec, null, bag.ToEquatableArray());
            }

            if (matches.Count > 1)
            {
                bag.Add(WeightsFileAmbiguous, request.Location, source.Path, spec.Type.Name, string.Join(", ", matches.Select(m => m.Path)));
                return new BakeResult(spec, null, bag.ToEquatableArray());
            }

            var file = matches[0];
            if (file.Error is not null)
            {
                bag.Add(WeightsFileInvalid, request.Location, source.Path, file.Error);
                return new BakeResult(spec, null, bag.ToEquatableArray());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var layout = StateDict.Layout(Planner.Plan(spec));
            var problems = LayoutCheck.Compare(
                layout.Tensors.Select(t => new KeyValuePair<string, IReadOnlyList<int>>(t.Name, t.Shape)),
                file.Tensors.Select(t => (t.Name, t.DType, (IReadOnlyList<int>)t.Shape.ToArray())));
            var wrongDType = problems.Where(p => p.Kind == LayoutProblemKind.UnreadableDType).ToList();
            var mismatched = problems.Where(p => p.Kind != LayoutProblemKind.UnreadableDType).ToList();
            if (mismatched.Count > 0)
            {
                bag.Add(WeightsMismatch, request.Location, source.Path, spec.Type.Name, LayoutCheck.Describe(mismatched));
            }

            if (wrongDType.Count > 0)
            {
                bag.Add(WeightsDTypeUnsupported, request.Location, source.Path, spec.Type.Name, LayoutCheck.Describe(wrongDType));
            }

            if (problems.Count > 0)
            {
                return new BakeResult(spec, null, bag.ToEquatableArray());
            }

            var values = new double[layout.ParameterCount];
            var byName = file.Tensors.ToDictionary(t => t.Name, System.StringComparer.Ordinal);
            foreach (var tensor in layout.Tensors)
            {
                var data = byName[tensor.Name].Values;
                for (int i = 0; i < tensor.Length; i++)
                {
                    values[tensor.Offset + i] = data[i];
                }
            }

            string fileName = System.IO.Path.GetFileName(file.Path);
            return new BakeResult(spec, new BakedWeights(fileName, values.ToEquatableArray()), bag.ToEquatableArray());
        }
    }
}
