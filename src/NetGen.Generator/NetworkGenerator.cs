using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NetGen.Generator.Baking;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Emit;
using NetGen.Generator.Model;
using NetGen.Generator.Parsing;
using NetGen.Generator.Planning;

namespace NetGen.Generator
{
    /// <summary>
    /// The pipeline: [Network] classes → parse (spec + diagnostics) → plan → emit one file per network.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NetworkGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var results = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    AttributeNames.Network,
                    static (node, _) => node is TypeDeclarationSyntax,
                    static (ctx, ct) => SafeParse(ctx, ct))
                .WithTrackingName(TrackingNames.Parse);

            var diagnostics = results
                .SelectMany(static (result, _) => result.Diagnostics)
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(ToDiagnostic(diagnostic)));

            var specs = results
                .Where(static result => result.Spec is not null)
                .Select(static (result, _) => result.Spec!)
                .WithTrackingName(TrackingNames.Spec);
            // Hint names must be unique across all networks, so they are assigned from the set of all names; a
            // network's output re-runs only when that set changes.
            var hintNames = specs
                .Select(static (spec, _) => spec.Type)
                .Collect()
                .Select(static (types, _) => Identifiers.AssignHintNames(types))
                .WithTrackingName(TrackingNames.HintNames);

            // Each network is paired with its own hint name, so a new network re-emits no other (their pairs are equal).
            var named = specs
                .Where(static spec => spec.Weights is null)
                .Combine(hintNames)
                .Select(static (pair, _) => (Spec: pair.Left, HintName: NetworkEmitter.HintName(pair.Left, pair.Right)));
            context.RegisterSourceOutput(named, static (spc, network) =>
                NetworkEmitter.AddSource(spc, network.HintName, NetworkEmitter.Emit(Planner.Plan(network.Spec))));

            // Networks with [Network(Weights = ...)] are emitted by the weights branch, once their file is read.
            WeightsPipeline.Register(context, results, hintNames);
        }

        /// <summary>
        /// The generator never throws: a parser bug becomes diagnostic NG0026 and no output, rather than a crashed
        /// build (CS8785) or members that silently go missing.
        /// </summary>
        private static ParseResult SafeParse(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                return NetworkParser.Parse(context, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LocationInfo? location = null;
                try
                {
                    location = context.Attributes.IsEmpty ? null : DiagnosticBag.LocationOf(context.Attributes[0], cancellationToken);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // The location is a courtesy; the diagnostic is reported without one.
                }

                return InternalError(context.TargetSymbol?.Name ?? "?", location, exception);
            }
        }

        internal static ParseResult InternalError(string typeName, LocationInfo? location, Exception exception)
        {
            var args = new[] { typeName, exception.GetType().Name, exception.Message }.ToEquatableArray();
            return new ParseResult(null, new[] { new DiagnosticInfo(DiagnosticDescriptors.InternalError.Id, location, args) }.ToEquatableArray());
        }

        internal static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var location = info.Location is { } l
                ? Location.Create(l.FilePath, new TextSpan(l.Start, l.Length), new LinePositionSpan(new LinePosition(l.StartLine, l.StartCharacter), new LinePosition(l.EndLine, l.EndCharacter)))
                : Location.None;
            var args = new object[info.MessageArgs.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = info.MessageArgs[i];
            }

            return Diagnostic.Create(DiagnosticDescriptors.ById[info.Id], location, args);
        }
    }
}
