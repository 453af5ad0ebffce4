using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NetGen.Generator.Analysis;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>Compiles source strings and runs NetworkGenerator over them, as the compiler would in a build.</summary>
    internal static class GeneratorHarness
    {
        /// <summary>C# as a net10.0 project compiles it; documentation comments are checked so bad crefs warn.</summary>
        public static CSharpParseOptions ParseOptions { get; } =
            new(LanguageVersion.Latest, DocumentationMode.Diagnose);

        /// <summary>
        /// Nullable on, every warning wave on, and warnings reported as errors (TreatWarningsAsErrors).
        /// CS1701/CS1702 (assembly version unification) are off, as in every SDK project.
        /// </summary>
        public static CSharpCompilationOptions CompilationOptions { get; } =
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });

        /// <summary>A compilation of <paramref name="sources"/>, named Test0.cs, Test1.cs, ….</summary>
        public static CSharpCompilation Compile(params string[] sources) => Compile(References.Default, sources);

        public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, params string[] sources) =>
            Compile(references, CompilationOptions, sources);

        public static CSharpCompilation Compile(IEnumerable<MetadataReference> references, CSharpCompilationOptions options, params string[] sources) =>
            CSharpCompilation.Create(
                "TestAssembly",
                sources.Select((source, i) => Parse(source, $"Test{i}.cs")),
                references,
                options);

        public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

        /// <summary>A driver with step tracking on, so tests can read each step's cache state.</summary>
        public static GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
            new[] { new NetworkGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Compiles <paramref name="sources"/> and runs the generator once.</summary>
        public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

        public static GeneratorRun Run(Compilation compilation) => Run(CreateDriver(), compilation);

        /// <summary>Runs <paramref name="driver"/> (fresh, or one that already ran) over <paramref name="compilation"/>.</summary>
        public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            return new GeneratorRun(driver, compilation, output, generatorDiagnostics);
        }

        /// <summary>The diagnostics of NetGen's analyzers (NG0013) on <paramref name="compilation"/>, plus any AD0001.</summary>
        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
        {
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new OrphanLayerAnalyzer());
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
                AnalyzerOptions(), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            return await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        }

        private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);
    }
}
