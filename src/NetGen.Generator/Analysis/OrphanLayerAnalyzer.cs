using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Parsing;

namespace NetGen.Generator.Analysis
{
    /// <summary>Warns (NG0013) when a type has NetGen layer attributes but no [Network], so nothing is generated.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OrphanLayerAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(DiagnosticDescriptors.LayerWithoutNetwork);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
        }

        private static void AnalyzeType(SymbolAnalysisContext context)
        {
            var attributes = context.Symbol.GetAttributes();
            if (attributes.Any(a => a.AttributeClass?.ToDisplayString() == AttributeNames.Network))
            {
                return;
            }

            var first = attributes.FirstOrDefault(a => a.AttributeClass is not null && AttributeNames.Described.Contains(a.AttributeClass.ToDisplayString()));
            if (first?.ApplicationSyntaxReference is { } reference)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LayerWithoutNetwork,
                    reference.GetSyntax(context.CancellationToken).GetLocation(),
                    context.Symbol.Name));
            }
        }
    }
}
