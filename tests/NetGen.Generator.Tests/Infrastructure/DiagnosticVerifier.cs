using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>
    /// Runs the generator and NetGen's analyzer over marked-up sources and checks that exactly the marked
    /// diagnostics come out: ID, severity, file and span.
    /// </summary>
    internal static class DiagnosticVerifier
    {
        /// <summary>Warnings stay warnings here, so a descriptor's own severity is what the test sees.</summary>
        private static readonly CSharpCompilationOptions s_options =
            GeneratorHarness.CompilationOptions.WithGeneralDiagnosticOption(ReportDiagnostic.Default);

        /// <param name="markups">Sources with the expected spans marked (see <see cref="Markup"/>); file i is Test{i}.cs.</param>
        /// <param name="severity">The severity every expected diagnostic must have.</param>
        /// <param name="defaultId">The ID of <c>[|…|]</c> spans.</param>
        /// <param name="references">Defaults to net10.0 plus the net8.0 NetGen.Abstractions.</param>
        /// <param name="compilerErrors">Compiler errors the case itself causes (for example CS0592); any other fails the test.</param>
        /// <returns>The generator run, for further checks.</returns>
        public static async Task<GeneratorRun> Verify(
            string[] markups, DiagnosticSeverity severity, string? defaultId = null,
            IEnumerable<MetadataReference>? references = null, string[]? compilerErrors = null)
        {
            var parsed = markups.Select(m => Markup.Parse(m, defaultId)).ToArray();
            var compilation = GeneratorHarness.Compile(references ?? References.Default, s_options, parsed.Select(p => p.Source).ToArray());

            // The case must be what the test says: valid C# apart from the errors it names.
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().OrderBy(id => id);
            Assert.Equal((compilerErrors ?? new string[0]).OrderBy(id => id), errors);

            var run = GeneratorHarness.Run(compilation);
            var analyzerDiagnostics = await GeneratorHarness.AnalyzeAsync(compilation);

            var expected = parsed
                .SelectMany((p, file) => p.Spans.Select(s => Format(s.Id, severity, $"Test{file}.cs", s.Span.Start, s.Span.End, p.Source.Substring(s.Span.Start, s.Span.Length))))
                .OrderBy(x => x, System.StringComparer.Ordinal)
                .ToList();
            var actual = run.GeneratorDiagnostics.Concat(analyzerDiagnostics)
                .Select(d => Format(d.Id, d.Severity, d.Location.GetLineSpan().Path, d.Location.SourceSpan.Start, d.Location.SourceSpan.End, TextAt(compilation, d.Location)))
                .OrderBy(x => x, System.StringComparer.Ordinal)
                .ToList();
            string expectedText = string.Join("\n", expected), actualText = string.Join("\n", actual);
            Assert.True(expectedText == actualText, $"Expected diagnostics:\n{expectedText}\nActual:\n{actualText}");

            // Every message must format: its placeholders all have arguments.
            foreach (var diagnostic in run.GeneratorDiagnostics.Concat(analyzerDiagnostics))
            {
                string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
                Assert.DoesNotContain("{", message);
                Assert.Equal("https://github.com/netgen-dev/NetGen/blob/main/docs/diagnostics/" + diagnostic.Id + ".md", diagnostic.Descriptor.HelpLinkUri);
            }

            if (severity == DiagnosticSeverity.Error)
            {
                // No code for a network with an error: the types that hold a marked span generate nothing.
                foreach (var name in parsed.SelectMany((p, file) => p.Spans.Select(s => TypeAt(compilation.SyntaxTrees.ElementAt(file), s.Span))))
                {
                    Assert.DoesNotContain(run.Sources, source => HintNames.IsFileOf(source.HintName, name));
                }
            }

            if (expected.Count == 0 && compilerErrors is null)
            {
                Assert.NotEmpty(run.Sources);
                Assert.Empty(run.ProblemsInGeneratedFiles());
            }

            return run;
        }

        /// <summary>Sources that must give no NetGen diagnostic and generate code.</summary>
        public static Task<GeneratorRun> Clean(params string[] sources) => Verify(sources, DiagnosticSeverity.Error);

        public static Task<GeneratorRun> Error(string markup, string? defaultId = null, string[]? compilerErrors = null, IEnumerable<MetadataReference>? references = null) =>
            Verify(new[] { markup }, DiagnosticSeverity.Error, defaultId, references, compilerErrors);

        private static string Format(string id, DiagnosticSeverity severity, string path, int start, int end, string text) =>
            $"{id} {severity} {path}({start}..{end}): {text}";

        private static string TypeAt(SyntaxTree tree, Microsoft.CodeAnalysis.Text.TextSpan span) =>
            tree.GetRoot().FindNode(span).FirstAncestorOrSelf<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()!.Identifier.ValueText;

        private static string TextAt(Compilation compilation, Location location)
        {
            var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == location.GetLineSpan().Path);
            return tree is null || location.SourceSpan.End > tree.Length ? "<no source>" : tree.GetText().ToString(location.SourceSpan);
        }
    }
}
