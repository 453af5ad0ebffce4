using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>One generator run: what it produced and what the compiler then says about the whole program.</summary>
    internal sealed class GeneratorRun
    {
        public GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics)
        {
            Driver = driver;
            Input = input;
            Output = output;
            GeneratorDiagnostics = generatorDiagnostics;
            Result = driver.GetRunResult().Results.Single();
        }

        /// <summary>The driver after the run; run it again for incremental tests.</summary>
        public GeneratorDriver Driver { get; }

        public Compilation Input { get; }

        /// <summary>The input plus the generated trees.</summary>
        public Compilation Output { get; }

        /// <summary>What the generator reported (NG diagnostics, or CS8785 when it threw).</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

        public GeneratorRunResult Result { get; }

        public ImmutableArray<GeneratedSourceResult> Sources => Result.GeneratedSources;

        /// <summary>Every diagnostic of the output compilation (warnings are errors, see GeneratorHarness).</summary>
        public ImmutableArray<Diagnostic> OutputDiagnostics => Output.GetDiagnostics();

        /// <summary>The text of the one generated file.</summary>
        public string SingleSource => Assert.Single(Sources).SourceText.ToString();

        /// <summary>Output diagnostics of warning level or above that lie in generated files.</summary>
        public ImmutableArray<Diagnostic> ProblemsInGeneratedFiles()
        {
            var generated = Sources.Select(s => s.SyntaxTree).ToImmutableHashSet();
            return OutputDiagnostics
                .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && generated.Contains(tree))
                .ToImmutableArray();
        }
    }
}
