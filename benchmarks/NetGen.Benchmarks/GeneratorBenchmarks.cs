extern alias generator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using generator::NetGen.Generator;

namespace NetGen.Benchmarks
{
    /// <summary>The generator's own cost: one CSharpGeneratorDriver run over one declaration.</summary>
    public class GeneratorCost
    {
        public const string Small = """
            using NetGen;
            [Network, Input(1), Dense(32), Activation(Activation.Relu), Dense(1), Adam]
            public partial class Small { }
            """;

        public const string Large = """
            using NetGen;
            [Network, Input(784)]
            [Dense(256), Activation(Activation.Relu)]
            [Dense(128), Activation(Activation.Relu)]
            [Dense(10), Activation(Activation.Softmax)]
            [Loss(Loss.CrossEntropy), Adam]
            public partial class Large { }
            """;

        private CSharpCompilation _compilation = null!;

        [Params("1-32-1", "784-256-128-10")]
        public string Network { get; set; } = "1-32-1";

        [GlobalSetup]
        public void Setup()
        {
            _compilation = Compile(Network == "1-32-1" ? Small : Large);
            Console.WriteLine($"// Generated source for {Network}: {GeneratedBytes(_compilation):N0} bytes");
        }

        [Benchmark]
        public int RunGenerator() => Run(_compilation).Results[0].GeneratedSources.Length;

        /// <summary>Runs the generator once and returns the UTF-8 size of everything it emitted.</summary>
        public static long GeneratedBytes(CSharpCompilation compilation)
        {
            var result = Run(compilation).Results[0];
            if (result.GeneratedSources.Length == 0)
            {
                throw new InvalidOperationException("Nothing generated: " + string.Join("; ", result.Diagnostics));
            }

            return result.GeneratedSources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        }

        public static CSharpCompilation Compile(string source)
        {
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
                .Split(Path.PathSeparator)
                .Where(IsFrameworkAssembly)
                .Select(path => MetadataReference.CreateFromFile(path))
                .Append(MetadataReference.CreateFromFile(typeof(NetworkAttribute).Assembly.Location))
                .ToList<MetadataReference>();
            return CSharpCompilation.Create(
                "GeneratorCost",
                [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        /// <summary>The BCL only: the app's own NetGen.* (the generator also defines the enums) would clash.</summary>
        private static bool IsFrameworkAssembly(string path)
        {
            string name = Path.GetFileName(path);
            return name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "netstandard.dll" or "mscorlib.dll";
        }

        private static GeneratorDriverRunResult Run(CSharpCompilation compilation)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new NetworkGenerator().AsSourceGenerator()],
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest));
            return driver.RunGenerators(compilation).GetRunResult();
        }
    }
}
