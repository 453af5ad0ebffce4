using System.Collections.Generic;
using System.Globalization;
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
    /// A network and the one AdditionalFiles item its Weights path names, or the diagnostics when none or several
    /// match. Matching looks at paths only, so no file is opened before a network names it.
    /// </summary>
    internal sealed record WeightsMatch(BakeRequest Request, WeightsItem? Item, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// Matches a network's weights file, reads it, checks it against the network's layout (the same check as the
    /// run-time Load) and places the values at the planner's offsets.
    /// </summary>
    internal static class Baker
    {
        /// <summary>Matched paths listed in NG0021 before the rest are counted.</summary>
        private const int MaxListedMatches = 3;

        public static WeightsMatch Match(BakeRequest request, ImmutableArray<WeightsItem> items)
        {
            var spec = request.Spec;
            var source = spec.Weights!;
            var bag = new DiagnosticBag();
            var matches = WeightsMatcher.Find(source, items);
            if (matches.Count == 0)
            {
                bag.Add(WeightsFileNotFound, request.Location, SafetensorsLimits.Cut(source.Path), spec.Type.Name);
                return new WeightsMatch(request, null, bag.ToEquatableArray());
            }

            if (matches.Count > 1)
            {
                string listed = string.Join(", ", matches.Take(MaxListedMatches).Select(m => SafetensorsLimits.Cut(m.Path)));
                if (matches.Count > MaxListedMatches)
                {
                    listed += " and " + (matches.Count - MaxListedMatches).ToString(CultureInfo.InvariantCulture) + " more";
                }

                bag.Add(WeightsFileAmbiguous, request.Location, SafetensorsLimits.Cut(source.Path), spec.Type.Name, listed);
                return new WeightsMatch(request, null, bag.ToEquatableArray());
            }

            return new WeightsMatch(request, matches[0], EquatableArray<DiagnosticInfo>.Empty);
        }

        /// <summary>
        /// Bakes, never throwing: a bug becomes NG0026 at the [Network] attribute and the network is generated
        /// without baked members, rather than a crashed generator (CS8785) and no code for any network.
        /// </summary>
        public static BakeResult SafeBake(WeightsMatch match, CancellationToken cancellationToken)
        {
            try
            {
                return Bake(match, cancellationToken);
            }
            catch (System.Exception exception) when (exception is not System.OperationCanceledException)
            {
                var error = NetworkGenerator.InternalError(match.Request.Spec.Type.Name, match.Request.Location, exception);
                return new BakeResult(match.Request.Spec, null, error.Diagnostics);
            }
        }

        public static BakeResult Bake(WeightsMatch match, CancellationToken cancellationToken)
        {
            var request = match.Request;
            var spec = request.Spec;
            if (match.Item is null)
            {
                return new BakeResult(spec, null, match.Diagnostics);
            }

            string path = SafetensorsLimits.Cut(spec.Weights!.Path);
            var bag = new DiagnosticBag();
            var layout = StateDict.Layout(Planner.Plan(spec));
            List<LayoutProblem> Compare(IEnumerable<FileTensor> tensors) => LayoutCheck.Compare(
                layout.Tensors.Select(t => new KeyValuePair<string, IReadOnlyList<int>>(t.Name, t.Shape)),
                tensors.Select(t => (t.Name, t.DType, (IReadOnlyList<int>)t.Shape.ToArray())));

            // The data is read only when the header matches the network, so its size is the network's.
            var file = WeightsFile.Read(match.Item.Path, tensors => Compare(tensors).Count == 0, cancellationToken);
            if (file.Error is not null)
            {
                bag.Add(WeightsFileInvalid, request.Location, path, file.Error);
                return new BakeResult(spec, null, bag.ToEquatableArray());
            }

            cancellationToken.ThrowIfCancellationRequested();
            var problems = Compare(file.Tensors);
            var wrongDType = problems.Where(p => p.Kind == LayoutProblemKind.UnreadableDType).ToList();
            var mismatched = problems.Where(p => p.Kind != LayoutProblemKind.UnreadableDType).ToList();
            if (mismatched.Count > 0)
            {
                bag.Add(WeightsMismatch, request.Location, path, spec.Type.Name, LayoutCheck.Describe(mismatched));
            }

            if (wrongDType.Count > 0)
            {
                bag.Add(WeightsDTypeUnsupported, request.Location, path, spec.Type.Name, LayoutCheck.Describe(wrongDType));
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

            if (NonFinite(layout, values, spec.Precision) is { } nonFinite)
            {
                bag.Add(WeightsFileInvalid, request.Location, path, nonFinite);
                return new BakeResult(spec, null, bag.ToEquatableArray());
            }

            string fileName = System.IO.Path.GetFileName(match.Item.Path);
            return new BakeResult(spec, new BakedWeights(fileName, values.ToEquatableArray()), bag.ToEquatableArray());
        }

        /// <summary>
        /// Why the values cannot be baked (NaN, an infinity, or a value beyond the network's element type, which
        /// would become one), or null. Training from a non-finite start would only spread it.
        /// </summary>
        private static string? NonFinite(ParameterLayout layout, double[] values, Precision precision)
        {
            int count = 0;
            string? first = null;
            foreach (var tensor in layout.Tensors)
            {
                for (int i = 0; i < tensor.Length; i++)
                {
                    double value = values[tensor.Offset + i];
                    bool finite = precision == Precision.Single ? !float.IsInfinity((float)value) && !double.IsNaN(value) : !double.IsNaN(value) && !double.IsInfinity(value);
                    if (finite)
                    {
                        continue;
                    }

                    if (count++ == 0)
                    {
                        first = "tensor " + SafetensorsLimits.Quote(tensor.Name) + " holds " + value.ToString("R", CultureInfo.InvariantCulture) +
                                " at index " + i.ToString(CultureInfo.InvariantCulture) +
                                (precision == Precision.Single && !double.IsNaN(value) && !double.IsInfinity(value) ? ", which is infinite as a float" : "");
                    }
                }
            }

            return first is null
                ? null
                : first + (count > 1 ? " (and " + (count - 1).ToString(CultureInfo.InvariantCulture) + " more non-finite values)" : "") +
                  "; NetGen bakes only finite weights";
        }
    }
}
