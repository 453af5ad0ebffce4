using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// Every descriptor has its page in docs/diagnostics, its help link points there, and the page's examples do what
    /// they say: the first C# block raises the diagnostic, the last (the fix) raises none and generates code.
    /// </summary>
    public sealed class DocsTests
    {
        private const string HelpRoot = "https://github.com/netgen-dev/NetGen/blob/main/docs/diagnostics/";

        public static TheoryData<string> Ids { get; } = new(DiagnosticDescriptors.ById.Keys.OrderBy(id => id));

        /// <summary>The pages whose examples compile from source alone; WeightsDocsTests checks those that need AdditionalFiles.</summary>
        /// <summary>NG0026 reports a NetGen bug, which no example can trigger; DiagnosticTests checks it directly.</summary>
        public static TheoryData<string> SourceOnlyIds { get; } = new(DiagnosticDescriptors.ById.Keys.Except(WeightsDocsTests.Pages.Keys).Where(id => id != "NG0026").OrderBy(id => id));

        [Fact]
        public void IdsRunFromNG0001WithoutGaps() =>
            Assert.Equal(Enumerable.Range(1, DiagnosticDescriptors.ById.Count).Select(i => $"NG{i:0000}"), DiagnosticDescriptors.ById.Keys.OrderBy(id => id));

        [Fact]
        public void NoPageWithoutADescriptor()
        {
            var pages = Directory.GetFiles(DocsDirectory(), "NG*.md").Select(Path.GetFileNameWithoutExtension);
            Assert.Equal(DiagnosticDescriptors.ById.Keys.OrderBy(id => id), pages.OrderBy(id => id));
        }

        [Theory]
        [MemberData(nameof(Ids))]
        public void PageMatchesDescriptor(string id)
        {
            var descriptor = DiagnosticDescriptors.ById[id];
            string page = File.ReadAllText(Path.Combine(DocsDirectory(), id + ".md"));

            Assert.Equal(HelpRoot + id + ".md", descriptor.HelpLinkUri);
            Assert.StartsWith($"# {id}: {descriptor.Title}\n", page.Replace("\r\n", "\n"));
            Assert.Contains($"| {descriptor.DefaultSeverity} | NetGen |", page);
            Assert.Contains("\n## Cause\n", page.Replace("\r\n", "\n"));
            Assert.Contains("\n## How to fix\n", page.Replace("\r\n", "\n"));
        }

        [Theory]
        [MemberData(nameof(SourceOnlyIds))]
        public async Task ExamplesDoWhatThePageSays(string id)
        {
            string page = File.ReadAllText(Path.Combine(DocsDirectory(), id + ".md"));
            var blocks = Regex.Matches(page, "```csharp\\r?\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            Assert.True(blocks.Count >= 2, $"{id}.md needs an example and a fixed example.");

            // NG0019 is about the references: its example is compiled with NetGen's attributes but no run-time helpers.
            var badReferences = id == "NG0019" ? References.Framework.Add(References.AttributesOnly) : References.Default;
            var bad = await Diagnose(blocks[0], badReferences);
            Assert.Contains(id, bad.Ids);

            var good = await Diagnose(blocks[blocks.Count - 1], References.Default);
            Assert.Empty(good.Ids);
            Assert.NotEmpty(good.Run.Sources);
            Assert.Empty(good.Run.ProblemsInGeneratedFiles());
        }

        private static async Task<(IReadOnlyList<string> Ids, GeneratorRun Run)> Diagnose(string source, IEnumerable<MetadataReference> references)
        {
            var options = GeneratorHarness.CompilationOptions.WithGeneralDiagnosticOption(ReportDiagnostic.Default);
            var compilation = GeneratorHarness.Compile(references, options, source);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var run = GeneratorHarness.Run(compilation);
            var analyzer = await GeneratorHarness.AnalyzeAsync(compilation);
            return (run.GeneratorDiagnostics.Concat(analyzer).Select(d => d.Id).Where(i => i.StartsWith("NG")).ToList(), run);
        }

        private static string DocsDirectory()
        {
            string directory = Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics");
            Assert.True(Directory.Exists(directory), $"No docs at {directory}.");
            return directory;
        }
    }
}
