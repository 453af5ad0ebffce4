using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// DocsTests' check that a page's examples do what it says, for the Weights diagnostics, whose examples need
    /// AdditionalFiles: each page's first C# block must raise its diagnostic and its last must raise none and
    /// generate code, given the files the page describes (written here for its Regressor, Input(1) → Dense(32)+Relu
    /// → Dense(1), declared in Networks/Regressor.cs).
    /// </summary>
    public sealed class WeightsDocsTests
    {
        private const string SourcePath = "Networks/Regressor.cs";

        /// <summary>The files the page's bad example and its fix are compiled with, relative to the project folder.</summary>
        internal static readonly IReadOnlyDictionary<string, (Dictionary<string, byte[]> Bad, Dictionary<string, byte[]> Good)> Pages =
            new Dictionary<string, (Dictionary<string, byte[]>, Dictionary<string, byte[]>)>
            {
                ["NG0020"] = (Files(("Models/model.safetensors", Regressor())), Files(("Models/model.safetensors", Regressor()))),
                ["NG0021"] = (
                    Files(("Models/Small/model.safetensors", Regressor()), ("Models/Large/model.safetensors", Regressor())),
                    Files(("Models/Small/model.safetensors", Regressor()), ("Models/Large/model.safetensors", Regressor()))),
                ["NG0022"] = (Files(("Networks/model.safetensors", Regressor()[..^7])), Files(("Networks/model.safetensors", Regressor()))),
                ["NG0023"] = (Files(("Networks/model.safetensors", Regressor())), Files(("Networks/model.safetensors", Regressor()))),
                ["NG0024"] = (Files(("Networks/model.safetensors", WeightFiles.TwoLayers(1, 32, dtype: "F16"))), Files(("Networks/model.safetensors", Regressor()))),
            };

        public static TheoryData<string> Ids { get; } = new(Pages.Keys.OrderBy(id => id));

        [Theory]
        [MemberData(nameof(Ids))]
        public void ExamplesDoWhatThePageSays(string id)
        {
            string page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "diagnostics", id + ".md"));
            var blocks = Regex.Matches(page, "```csharp\\r?\\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
            Assert.True(blocks.Count >= 2, $"{id}.md needs an example and a fixed example.");

            var bad = Run(blocks[0], Pages[id].Bad);
            Assert.Contains(id, bad.GeneratorDiagnostics.Select(d => d.Id));

            var good = Run(blocks[blocks.Count - 1], Pages[id].Good);
            Assert.Empty(good.GeneratorDiagnostics);
            Assert.Contains("PredictBaked", good.SingleSource, System.StringComparison.Ordinal);
            Assert.Empty(good.ProblemsInGeneratedFiles());
        }

        private static GeneratorRun Run(string source, Dictionary<string, byte[]> files)
        {
            using var folder = new WeightFiles();
            var paths = files.Select(f => folder.Write(f.Key, f.Value)).ToArray();
            var options = GeneratorHarness.CompilationOptions.WithGeneralDiagnosticOption(ReportDiagnostic.Default);
            var compilation = folder.Compile(source, SourcePath, References.Default, options);
            Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return WeightFiles.Run(compilation, paths.Select(p => (AdditionalText)new DiskText(p)));
        }

        private static byte[] Regressor() => WeightFiles.TwoLayers(inputs: 1, hidden: 32);

        private static Dictionary<string, byte[]> Files(params (string Path, byte[] Bytes)[] files) => files.ToDictionary(f => f.Path, f => f.Bytes);
    }
}
