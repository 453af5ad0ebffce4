using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
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
