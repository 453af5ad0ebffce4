using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace NetGen.Generator.Roslyn43.Tests
{
    /// <summary>What one run of the generator in Roslyn 4.3 produced, and the compilation with its output.</summary>
    internal sealed record HostRun(GeneratorDriverRunResult Result, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
    {
        public GeneratedSourceResult SingleSource => Assert.Single(Assert.Single(Result.Results).GeneratedSources);
    }

    /// <summary>Compiles sources with Roslyn 4.3.1 against the running runtime's assemblies and NetGen.Abstractions.</summary>
    internal static class Roslyn43Host
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

        /// <summary>Warnings as errors (TreatWarningsAsErrors); CS1701/CS1702 (version unification) off, as in SDK projects.</summary>
        private static readonly CSharpCompilationOptions s_options =
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });

        /// <summary>The snapshots of the generator tests (run on a newer Roslyn), from the project file.</summary>
        public static string SnapshotDirectory { get; } =
            typeof(Roslyn43Host).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SnapshotDirectory").Value!;

        public static CSharpParseOptions ParseOptions(LanguageVersion version) => new(version, DocumentationMode.Diagnose);

        /// <summary>
        /// Runs a fresh driver over <paramref name="sources"/> (path, text) with these AdditionalFiles and checks that
        /// the generator neither threw nor reported anything and that the result compiles without a warning.
        /// </summary>
        public static HostRun Run(LanguageVersion version, IEnumerable<AdditionalText> additionalFiles, params (string Path, string Text)[] sources)
        {
            var run = RunUnchecked(version, additionalFiles, sources);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.Output.GetDiagnostics());
            return run;
        }

        /// <summary>Runs a fresh driver and checks only that the generator did not throw.</summary>
        public static HostRun RunUnchecked(LanguageVersion version, IEnumerable<AdditionalText> additionalFiles, params (string Path, string Text)[] sources) =>
            RunUnchecked(s_references.Value, version, additionalFiles, sources);

        /// <summary>Runs a fresh driver over <paramref name="sources"/> compiled against <paramref name="references"/>, and checks only that the generator did not throw.</summary>
        public static HostRun RunUnchecked(ImmutableArray<MetadataReference> references, LanguageVersion version, IEnumerable<AdditionalText> additionalFiles, params (string Path, string Text)[] sources)
        {
            var parseOptions = ParseOptions(version);
            // Nullable contexts need C# 8: older code compiles with them off, as such projects do.
            var options = s_options.WithNullableContextOptions(parseOptions.LanguageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable);
            var compilation = CSharpCompilation.Create(
                "Roslyn43_" + Guid.NewGuid().ToString("N"),
                sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.Path)),
                references,
                options);

            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new NetworkGenerator().AsSourceGenerator() }, additionalFiles, parseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            var result = driver.GetRunResult();
            Assert.Null(Assert.Single(result.Results).Exception);
            return new HostRun(result, compilation, output, generatorDiagnostics);
        }

        public static HostRun Run(LanguageVersion version, params (string Path, string Text)[] sources) =>
            Run(version, Array.Empty<AdditionalText>(), sources);

        /// <summary>The generated file must equal the newer Roslyn's snapshot of the same source, byte for byte.</summary>
        public static void AssertEqualsSnapshot(GeneratedSourceResult generated, string snapshotTest, string snapshotClass = "SnapshotTests")
        {
            string path = Path.Combine(SnapshotDirectory, $"{snapshotClass}.{snapshotTest}#{Path.GetFileNameWithoutExtension(generated.HintName)}.verified.cs");
            Assert.True(File.Exists(path), $"No snapshot {path} for hint name {generated.HintName}: the declaration here must be that of {snapshotClass}.{snapshotTest}.");
            string expected = File.ReadAllText(path).TrimStart('\uFEFF').Replace("\r\n", "\n");
            string actual = $"//HintName: {generated.HintName}\n{generated.SourceText}".Replace("\r\n", "\n");
            Assert.Equal(expected, actual);
        }

        /// <summary>Emits the compilation and loads it into a collectible context (NetGen.Abstractions comes from the default one).</summary>
        public static Assembly EmitAndLoad(Compilation compilation)
        {
            using var image = new MemoryStream();
            var emitted = compilation.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            image.Position = 0;
            return new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true).LoadFromStream(image);
        }

        /// <summary>Calls <c>Probe.<paramref name="method"/>(<paramref name="arguments"/>)</c> of a loaded test assembly.</summary>
        public static T Call<T>(Assembly assembly, string method, params object[] arguments)
        {
            var probe = assembly.GetType("Probe") ?? throw new InvalidOperationException("The test source declares no Probe class.");
            var target = probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException("Probe has no method " + method);
            return (T)target.Invoke(null, arguments)!;
        }

        /// <summary>
        /// What a Unity 6 project compiles against: netstandard2.1's reference assemblies (the NETStandard.Library.Ref
        /// package) and the netstandard2.1 build of NetGen.Abstractions, both located by the project file.
        /// </summary>
        public static ImmutableArray<MetadataReference> NetStandard21References => s_netStandard21References.Value;

        private static readonly Lazy<ImmutableArray<MetadataReference>> s_netStandard21References = new(LoadNetStandard21References);

        private static ImmutableArray<MetadataReference> LoadNetStandard21References()
        {
            string folder = typeof(Roslyn43Host).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetStandard21References").Value!;
            var framework = Directory.GetFiles(folder, "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
            Assert.Contains(framework, r => Path.GetFileName(r.Display) == "netstandard.dll");
            string abstractions = Path.Combine(AppContext.BaseDirectory, "netstandard2.1", "NetGen.Abstractions.dll");
            Assert.True(File.Exists(abstractions), $"The netstandard2.1 build of NetGen.Abstractions is missing at {abstractions}; see the project file.");
            return framework.Add(MetadataReference.CreateFromFile(abstractions));
        }

        /// <summary>The running runtime's framework assemblies (the shared framework's folder only) and NetGen.Abstractions (net8.0).</summary>
        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            var framework = trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
            Assert.NotEmpty(framework);
            return framework.Add(MetadataReference.CreateFromFile(typeof(NetGen.Activations).Assembly.Location));
        }
    }

    /// <summary>
    /// An AdditionalFiles item backed by a file on disk. Asking for its text fails: the compiler reports CS2015 for
    /// that on a binary file, so the generator must read the bytes from the path.
    /// </summary>
    internal sealed class DiskText : AdditionalText
    {
        public DiskText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("The generator asked for the text of " + Path);
    }
}
