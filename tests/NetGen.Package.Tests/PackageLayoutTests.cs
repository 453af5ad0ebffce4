using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace NetGen.Package.Tests
{
    /// <summary>What <c>dotnet pack</c> put into NetGen.&lt;version&gt;.nupkg and .snupkg.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageLayoutTests
    {
        // Assemblies a generator may reference without bundling them: the compiler itself provides these.
        private static readonly string[] ProvidedByCompiler =
        {
            "netstandard", "Microsoft.CodeAnalysis", "Microsoft.CodeAnalysis.CSharp", "System.Collections.Immutable",
        };

        private readonly PackageFixture _fixture;

        public PackageLayoutTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void PackagePutsAbstractionsInLibAndTheGeneratorInAnalyzers()
        {
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            var assemblies = package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(
                new[]
                {
                    "analyzers/dotnet/cs/NetGen.Generator.dll",
                    "lib/net8.0/NetGen.Abstractions.dll",
                    "lib/netstandard2.0/NetGen.Abstractions.dll",
                },
                assemblies);
            Assert.NotNull(package.GetEntry("lib/net8.0/NetGen.Abstractions.xml"));
            Assert.NotNull(package.GetEntry("lib/netstandard2.0/NetGen.Abstractions.xml"));
            Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void NuspecHasIdVersionLicenseReadmeRepositoryAndNoDependencies()
        {
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            Assert.Equal(PackageFixture.PackageId, Value("id"));
            Assert.Equal(_fixture.Version, Value("version"));

            var license = metadata.Elements().Single(e => e.Name.LocalName == "license");
            Assert.Equal("expression", license.Attribute("type")?.Value);
            Assert.Equal("MIT", license.Value);

            Assert.Equal("README.md", Value("readme"));
            var readme = package.GetEntry("README.md");
            Assert.NotNull(readme);
            using (var reader = new StreamReader(readme!.Open()))
            {
                Assert.Equal(File.ReadAllText(RepositoryReadme()), reader.ReadToEnd());
            }

            var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
            Assert.Equal("git", repository.Attribute("type")?.Value);
            Assert.StartsWith("https://", repository.Attribute("url")?.Value, StringComparison.Ordinal);

            // Everything is inside the package: installing it brings in no other package.
            var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements().ToArray();
            Assert.Equal(new[] { ".NETStandard2.0", "net8.0" }, groups.Select(g => g.Attribute("targetFramework")!.Value).OrderBy(n => n, StringComparer.Ordinal));
            Assert.All(groups, g => Assert.Empty(g.Elements()));
        }

        [Fact]
        public void SymbolsPackageHasTheAbstractionsPdbOfEachFramework()
        {
            using var symbols = ZipFile.OpenRead(_fixture.SymbolsPackagePath);
            var pdbs = symbols.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(new[] { "lib/net8.0/NetGen.Abstractions.pdb", "lib/netstandard2.0/NetGen.Abstractions.pdb" }, pdbs);
        }

        [Fact]
        public void GeneratorReferencesOnlyAssembliesTheCompilerProvides()
        {
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            using var image = new MemoryStream();
            using (var entry = package.GetEntry("analyzers/dotnet/cs/NetGen.Generator.dll")!.Open())
            {
                entry.CopyTo(image);
            }

            image.Position = 0;
            using var pe = new PEReader(image);
            var reader = pe.GetMetadataReader();
            var references = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();

            Assert.Contains("Microsoft.CodeAnalysis", references);
            Assert.All(references, name => Assert.Contains(name, ProvidedByCompiler));
        }

        private static XDocument Nuspec(ZipArchive package)
        {
            var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
            using var stream = entry.Open();
            return XDocument.Load(stream);
        }

        // The packaging project is src/NetGen/NetGen.csproj; the README it packs is at the repository root.
        private string RepositoryReadme() =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(_fixture.PackageProject)!, "..", "..", "README.md"));
    }
}
