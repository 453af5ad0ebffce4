using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NetGen.Generator.Emit;
using NetGen.Generator.Model;
using NetGen.Generator.Planning;

namespace NetGen.Generator.Baking
{
    /// <summary>
    /// The pipeline branch of networks with <c>[Network(Weights = ...)]</c>. The .safetensors AdditionalFiles items
    /// enter as paths with a file-system stamp, never opened; each baking network is matched to an item by path,
    /// and only the matched file is read, bounded (see <see cref="WeightsFile.Read"/>). A network is baked again
    /// when its own file changes, not when another item or another network does.
    /// </summary>
    internal static class WeightsPipeline
    {
        public static void Register(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParseResult> results, IncrementalValueProvider<EquatableArray<HintAssignment>> hintNames)
        {
            var items = context.AdditionalTextsProvider
                .Where(static text => WeightsFile.IsCandidate(text.Path))
                .Select(static (text, _) => WeightsItem.Stat(text.Path))
                .WithTrackingName(TrackingNames.WeightsFile)
                .Collect();

            var baked = results
                .Where(static result => result.Spec?.Weights is not null)
                .Select(static (result, _) => new BakeRequest(result.Spec!, result.NetworkLocation))
                .Combine(items)
                .Select(static (pair, _) => Baker.Match(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.WeightsMatch)
                .Select(static (match, ct) => Baker.SafeBake(match, ct))
                .WithTrackingName(TrackingNames.Bake);

            context.RegisterSourceOutput(
                baked.SelectMany(static (result, _) => result.Diagnostics),
                static (spc, diagnostic) => spc.ReportDiagnostic(NetworkGenerator.ToDiagnostic(diagnostic)));

            var networks = baked
                .Select(static (result, _) => new BakedNetwork(result.Spec, result.Baked))
                .WithTrackingName(TrackingNames.BakedSpec);

            // A network whose weights cannot be baked is still generated, without the baked members, so the
            // NG002x error is the only one the user sees.
            var named = networks
                .Combine(hintNames)
                .Select(static (pair, _) => (Network: pair.Left, HintName: NetworkEmitter.HintName(pair.Left.Spec, pair.Right)));
            context.RegisterSourceOutput(named, static (spc, item) =>
            {
                var plan = Planner.Plan(item.Network.Spec);
                plan.Baked = item.Network.Baked;
                NetworkEmitter.AddSource(spc, item.HintName, NetworkEmitter.Emit(plan));
            });
        }
    }
}
