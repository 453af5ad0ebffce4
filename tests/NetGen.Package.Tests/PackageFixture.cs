using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NetGen.Package.Tests
{
    /// <summary>
    /// Packs NetGen once for every test and lays out a folder where fresh consumer projects install it.
    /// <para>
    /// NuGet caches: the consumers must get this run's package, never a stale NetGen of the same version, and must
    /// need nothing that the SDK and the machine's NuGet cache do not already have (a net8.0 consumer needs the
    /// net8.0 targeting pack; the solution's own restore puts it there). Setting NUGET_PACKAGES to an empty folder
    /// alone would make NuGet download that pack again; using the machine's folder would reuse any NetGen
    /// extracted there before (NuGet never re-extracts a version it has) and would leave ours in it. So
    /// <list type="bullet">
    /// <item>the consumers' global packages folder is an empty folder under <see cref="Root"/>, where this run's
    /// NetGen gets extracted;</item>
    /// <item>the machine's packages are a read-only fallback folder, seen through a folder of symbolic links to
    /// each of its package folders except netgen's;</item>
    /// <item>the package sources are the machine's (nuget.org) plus the pack folder, and package source mapping
    /// takes NetGen from the pack folder only.</item>
    /// </list>
    /// All of it is in one nuget.config at <see cref="Root"/>, which every consumer project below it reads.
    /// </para>
    /// </summary>
    public sealed class PackageFixture : IDisposable
    {
        public const string PackageId = "NetGen";
        private const string FeedSourceKey = "netgen-under-test";

        public PackageFixture()
        {
            Root = Path.Combine(Path.GetTempPath(), "netgen-package-tests-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(Root);
            Feed = Path.Combine(Root, "feed");
            GlobalPackages = Path.Combine(Root, "packages");
            var assembly = typeof(PackageFixture).Assembly;
            Version = Metadata(assembly, "NetGenVersion");
            PackageProject = Metadata(assembly, "NetGenPackageProject");

            try
            {
                Pack = DotNetCli.Run(Root, null, "pack", PackageProject, "-c", "Release", "-o", Feed, "-nodeReuse:false");
                if (Pack.ExitCode != 0)
                {
                    throw new InvalidOperationException("dotnet pack failed:\n" + Pack);
                }

                // Ask before writing our nuget.config into Root: it would answer with ours.
                var machinePackages = MachineGlobalPackagesFolder();
                var fallback = LinkMachinePackages(machinePackages);
                File.WriteAllText(Path.Combine(Root, "nuget.config"), NuGetConfig(fallback));
            }
            catch
            {
                Dispose();
                throw;
            }
        }

        /// <summary>Temporary folder holding the feed, the caches and every consumer project.</summary>
        public string Root { get; }

        /// <summary>Where <c>dotnet pack</c> wrote NetGen.&lt;version&gt;.nupkg and .snupkg.</summary>
        public string Feed { get; }

        /// <summary>The consumers' global packages folder: only what they had to fetch ends up here.</summary>
        public string GlobalPackages { get; }

        /// <summary>NetGenVersion from Directory.Build.props.</summary>
        public string Version { get; }

        /// <summary>src/NetGen/NetGen.csproj of the repository this test was built from.</summary>
        public string PackageProject { get; }

        public CliResult Pack { get; }

        public string PackagePath => Path.Combine(Feed, $"{PackageId}.{Version}.nupkg");

        public string SymbolsPackagePath => Path.Combine(Feed, $"{PackageId}.{Version}.snupkg");

        /// <summary>
        /// Environment for consumer commands: the nuget.config decides the folders, so variables that would
        /// override it are removed.
        /// </summary>
        public IReadOnlyDictionary<string, string?> ConsumerEnvironment { get; } = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = null,
            ["NUGET_FALLBACK_PACKAGES"] = null,
        };

        public void Dispose()
        {
            if (!Directory.Exists(Root))
            {
                return;
            }

            // Unlink the links first, so that nothing can follow them into the machine's cache.
            var links = Path.Combine(Root, "machine-packages");
            if (Directory.Exists(links))
            {
                foreach (var link in Directory.EnumerateFileSystemEntries(links))
                {
                    File.Delete(link);
                }
            }

            Directory.Delete(Root, recursive: true);
        }

        internal static string Metadata(Assembly assembly, string key) =>
            assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"Assembly metadata {key} is empty.");

        private string MachineGlobalPackagesFolder()
        {
            var result = DotNetCli.Run(Root, null, "nuget", "locals", "global-packages", "--list");
            const string prefix = "global-packages:";
            var line = result.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (result.ExitCode != 0 || line is null)
            {
                throw new InvalidOperationException("Could not find the machine's NuGet global packages folder:\n" + result);
            }

            return line.Substring(prefix.Length).Trim();
        }

        private string LinkMachinePackages(string machinePackages)
        {
            var links = Path.Combine(Root, "machine-packages");
            Directory.CreateDirectory(links);
            if (Directory.Exists(machinePackages))
            {
                foreach (var package in Directory.EnumerateDirectories(machinePackages))
                {
                    var name = Path.GetFileName(package);
                    if (!string.Equals(name, PackageId, StringComparison.OrdinalIgnoreCase))
                    {
                        Directory.CreateSymbolicLink(Path.Combine(links, name), package);
                    }
                }
            }

            return links;
        }

        private string NuGetConfig(string fallback) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{GlobalPackages}" />
              </config>
              <packageSources>
                <add key="{FeedSourceKey}" value="{Feed}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
                <packageSource key="{FeedSourceKey}">
                  <package pattern="{PackageId}" />
                </packageSource>
              </packageSourceMapping>
              <fallbackPackageFolders>
                <add key="machine-packages" value="{fallback}" />
              </fallbackPackageFolders>
            </configuration>
            """;
    }
}
