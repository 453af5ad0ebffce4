using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace NetGen.Package.Tests
{
    /// <summary>What <c>dotnet pack</c> put into NetGen.&lt;version&gt;.nupkg and .snupkg.</summary>
    [Collection(PackageCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private readonly PackageFixture _fixture;

        public PackageLayoutTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void PackagePutsAbstractionsInLibAndTheGeneratorInAnalyzers()
        {
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            var assemblies = package.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.Ordinal);

            // One generator for every compiler from Roslyn 4.3 on (Unity 6's): no per-version analyzers/dotnet/roslyn*/ folders.
            Assert.Equal(
                new[]
                {
                    "analyzers/dotnet/cs/NetGen.Generator.dll",
                    "lib/net8.0/NetGen.Abstractions.dll",
                    "lib/netstandard2.0/NetGen.Abstractions.dll",
                    "lib/netstandard2.1/NetGen.Abstractions.dll",
                    "runtimes/linux-arm64/lib/net10.0/NetGen.Abstractions.dll",
                    "runtimes/linux-x64/lib/net10.0/NetGen.Abstractions.dll",
                    "runtimes/osx-arm64/lib/net10.0/NetGen.Abstractions.dll",
                    "runtimes/win-x64/lib/net10.0/NetGen.Abstractions.dll",
                },
                assemblies);
            Assert.NotNull(package.GetEntry("lib/net8.0/NetGen.Abstractions.xml"));
            Assert.NotNull(package.GetEntry("lib/netstandard2.0/NetGen.Abstractions.xml"));
            Assert.NotNull(package.GetEntry("lib/netstandard2.1/NetGen.Abstractions.xml"));
            Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase));
        }

        [Fact]
        public void NuspecHasIdVersionLicenseReadmeRepositoryAndOnlySystemMemoryForNetStandard20()
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

            // Everything is inside the package, but netstandard2.0 (.NET Framework) lacks spans: it brings in System.Memory.
            var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements().ToDictionary(g => g.Attribute("targetFramework")!.Value);
            Assert.Equal(new[] { ".NETStandard2.0", ".NETStandard2.1", "net8.0" }, groups.Keys.OrderBy(n => n, StringComparer.Ordinal));
            Assert.Empty(groups[".NETStandard2.1"].Elements());
            Assert.Empty(groups["net8.0"].Elements());
            var memory = Assert.Single(groups[".NETStandard2.0"].Elements());
            Assert.Equal("System.Memory", memory.Attribute("id")?.Value);
        }

        [Fact]
        public void SymbolsPackageHasTheAbstractionsPdbOfEachFramework()
        {
            using var symbols = ZipFile.OpenRead(_fixture.SymbolsPackagePath);
            var pdbs = symbols.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(new[] { "lib/net8.0/NetGen.Abstractions.pdb", "lib/netstandard2.0/NetGen.Abstractions.pdb", "lib/netstandard2.1/NetGen.Abstractions.pdb" }, pdbs);
        }

        /// <summary>
        /// Each runtimes/&lt;rid&gt;/lib/net10.0 image is the net8.0 assembly (same identity and module version id, so
        /// the same IL) with ReadyToRun code for that platform: a ReadyToRun header, and the PE machine field that
        /// crossgen2 sets to the processor XOR the operating system's constant.
        /// </summary>
        [Theory]
        [InlineData("linux-x64", 0x8664, 0x7B79)]
        [InlineData("linux-arm64", 0xAA64, 0x7B79)]
        [InlineData("osx-arm64", 0xAA64, 0x4644)]
        [InlineData("win-x64", 0x8664, 0)]
        public void ReadyToRunImagesAreTheNet80AssemblyPrecompiledForTheirPlatform(string rid, int processor, int operatingSystem)
        {
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            using var il = Read(package, "lib/net8.0/NetGen.Abstractions.dll");
            using var image = Read(package, $"runtimes/{rid}/lib/net10.0/NetGen.Abstractions.dll");
            using var ilReader = new PEReader(il);
            using var imageReader = new PEReader(image);

            Assert.Equal(0, ilReader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
            Assert.NotEqual(0, imageReader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
            Assert.Equal(processor ^ operatingSystem, (int)imageReader.PEHeaders.CoffHeader.Machine);

            var ilMetadata = ilReader.GetMetadataReader();
            var imageMetadata = imageReader.GetMetadataReader();
            Assert.Equal(ilMetadata.GetGuid(ilMetadata.GetModuleDefinition().Mvid), imageMetadata.GetGuid(imageMetadata.GetModuleDefinition().Mvid));
            Assert.Equal(ilMetadata.GetAssemblyDefinition().GetAssemblyName().FullName, imageMetadata.GetAssemblyDefinition().GetAssemblyName().FullName);
        }

        private static MemoryStream Read(ZipArchive package, string path)
        {
            var copy = new MemoryStream();
            using (var entry = package.GetEntry(path)?.Open() ?? throw new InvalidOperationException(path + " is not in the package."))
            {
                entry.CopyTo(copy);
            }

            copy.Position = 0;
            return copy;
        }

        /// <summary>
        /// Unity 6 loads only generators built against Roslyn 4.3. A host of that version provides its own
        /// Microsoft.CodeAnalysis assemblies and what they reference, at those versions: the packed generator may
        /// reference nothing else and no higher version (both read from Roslyn 4.3.1's assemblies, not typed here).
        /// </summary>
        [Fact]
        public void GeneratorReferencesNoMoreThanRoslyn43Provides()
        {
            using var package = ZipFile.OpenRead(_fixture.PackagePath);
            using var image = new MemoryStream();
            using (var entry = package.GetEntry("analyzers/dotnet/cs/NetGen.Generator.dll")!.Open())
            {
                entry.CopyTo(image);
            }

            image.Position = 0;
            var references = References(image, out _);
            var provided = ProvidedByRoslyn();
            Assert.Equal(new Version(4, 3, 0, 0), provided["Microsoft.CodeAnalysis"]);

            Assert.Contains(references, r => r.Name == "Microsoft.CodeAnalysis");
            Assert.All(references, r =>
            {
                Assert.True(provided.TryGetValue(r.Name, out var most), $"The generator references {r.Name} {r.Version}, which Roslyn 4.3 does not provide.");
                Assert.True(r.Version <= most, $"The generator references {r.Name} {r.Version}; Roslyn 4.3 provides {most}.");
            });
        }

        /// <summary>Roslyn 4.3.1's assemblies and their references, each name at the lowest version among them.</summary>
        private static Dictionary<string, Version> ProvidedByRoslyn()
        {
            var provided = new Dictionary<string, Version>(StringComparer.Ordinal);
            void Add(string name, Version version) =>
                provided[name] = provided.TryGetValue(name, out var known) && known < version ? known : version;

            foreach (string key in new[] { "RoslynAssembly", "RoslynCSharpAssembly" })
            {
                string path = typeof(PackageLayoutTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
                Assert.True(File.Exists(path), $"Roslyn's {key} is missing at {path}; see the project file.");
                using var stream = File.OpenRead(path);
                var references = References(stream, out var self);
                Add(self.Name, self.Version);
                foreach (var (name, version) in references)
                {
                    Add(name, version);
                }
            }

            return provided;
        }

        private static (string Name, Version Version)[] References(Stream image, out (string Name, Version Version) self)
        {
            using var pe = new PEReader(image, PEStreamOptions.LeaveOpen);
            var reader = pe.GetMetadataReader();
            var definition = reader.GetAssemblyDefinition();
            self = (reader.GetString(definition.Name), definition.Version);
            return reader.AssemblyReferences
                .Select(h => reader.GetAssemblyReference(h))
                .Select(r => (reader.GetString(r.Name), r.Version))
                .ToArray();
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
