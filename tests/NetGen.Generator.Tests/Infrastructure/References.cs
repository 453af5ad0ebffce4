using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace NetGen.Generator.Tests.Infrastructure
{
    /// <summary>The metadata references a test compilation is built against.</summary>
    internal static class References
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> s_framework = new(LoadFramework);

        /// <summary>
        /// The running runtime's framework assemblies (net10.0), taken from the trusted platform assemblies list and
        /// kept to the shared framework's own folder, so the test's own dependencies (Roslyn, xunit) stay out.
        /// </summary>
        public static ImmutableArray<MetadataReference> Framework => s_framework.Value;

        /// <summary>The net8.0 build of NetGen.Abstractions: attributes, enums and the run-time helpers.</summary>
        public static MetadataReference Abstractions { get; } = MetadataReference.CreateFromFile(typeof(NetGen.Activations).Assembly.Location);

        /// <summary>
        /// The netstandard2.0 build of NetGen.Abstractions (attributes and enums only, no NetGen.Activations),
        /// copied to netstandard2.0/ in the test output by the project file.
        /// </summary>
        public static MetadataReference AbstractionsNetStandard
        {
            get
            {
                string path = Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "NetGen.Abstractions.dll");
                Assert.True(File.Exists(path), $"The netstandard2.0 build of NetGen.Abstractions is missing at {path}; see the project file.");
                return MetadataReference.CreateFromFile(path);
            }
        }

        /// <summary>What a net10.0 project referencing NetGen sees.</summary>
        public static ImmutableArray<MetadataReference> Default { get; } = Framework.Add(Abstractions);

        private static readonly Lazy<MetadataReference> s_attributesOnly = new(() => CompileAbstractions(
            "NetGen.Abstractions",
            Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "NetGen.Abstractions", "Attributes"), "*.cs")
                .Concat(new[] { "Activation", "Defaults", "Initialization", "Loss", "Precision", "TrainingStrategy" }
                    .Select(name => Path.Combine(TestPaths.RepositoryRoot, "src", "NetGen.Abstractions", "Shared", name + ".cs")))
                .Select(File.ReadAllText)
                .ToArray()));

        private static readonly Lazy<MetadataReference> s_portableMarker = new(() => CompileAbstractions(
            "PortableMarker", "namespace NetGen.Runtime { public static class PortableRuntime { } }"));

        /// <summary>
        /// NetGen's attributes and enums without any run-time helpers (what the netstandard2.0 build held before the
        /// portable runtime): neither flavour's marker, so a network gets NG0019.
        /// </summary>
        public static MetadataReference AttributesOnly => s_attributesOnly.Value;

        /// <summary>
        /// An assembly holding only the portable flavour's marker type: beside <see cref="Default"/> it makes the generator
        /// emit the portable form, for tests of the generator's decisions (the form's calls do not bind to the net8.0 helpers).
        /// </summary>
        public static MetadataReference PortableMarker => s_portableMarker.Value;

        /// <summary>netstandard2.1's reference assemblies (the NETStandard.Library.Ref package), as a Unity project compiles against.</summary>
        public static ImmutableArray<MetadataReference> NetStandard21 => FromFolders("NetStandard21References");

        /// <summary>netstandard2.0's reference assemblies with System.Memory (and what it brings), as a .NET Framework library compiles against.</summary>
        public static ImmutableArray<MetadataReference> NetStandard20 => FromFolders("NetStandard20References");

        /// <summary>The netstandard2.0 or netstandard2.1 build of NetGen.Abstractions, copied to that folder by the project file.</summary>
        public static MetadataReference AbstractionsFor(string targetFramework)
        {
            string path = Path.Combine(AppContext.BaseDirectory, targetFramework, "NetGen.Abstractions.dll");
            Assert.True(File.Exists(path), $"The {targetFramework} build of NetGen.Abstractions is missing at {path}; see the project file.");
            return MetadataReference.CreateFromFile(path);
        }

        private static ImmutableArray<MetadataReference> FromFolders(string metadataKey)
        {
            string folders = typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == metadataKey).Value!;
            var references = folders.Split(';')
                .SelectMany(folder => Directory.GetFiles(folder, "*.dll"))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
            Assert.NotEmpty(references);
            return references;
        }

        private static MetadataReference CompileAbstractions(string assemblyName, params string[] sources)
        {
            var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
                assemblyName,
                sources.Select(source => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source)),
                Framework,
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return MetadataReference.CreateFromImage(image.ToArray());
        }

        private static ImmutableArray<MetadataReference> LoadFramework()
        {
            string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
            var references = trusted
                .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
                .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
            Assert.NotEmpty(references);
            return references;
        }
    }
}
