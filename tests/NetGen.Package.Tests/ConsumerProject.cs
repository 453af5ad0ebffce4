using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace NetGen.Package.Tests
{
    /// <summary>A project made by <c>dotnet new</c> under the fixture's root, as a user would make it.</summary>
    public sealed class ConsumerProject
    {
        private readonly PackageFixture _fixture;

        private ConsumerProject(PackageFixture fixture, string name)
        {
            _fixture = fixture;
            Name = name;
            Directory = Path.Combine(fixture.Root, name);
        }

        public string Name { get; }

        public string Directory { get; }

        public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

        /// <summary>Runs <c>dotnet new <paramref name="template"/></c>, then sets the given properties in the project file.</summary>
        /// <param name="properties">Property name → value; a null value removes the template's property.</param>
        public static ConsumerProject Create(PackageFixture fixture, string name, string template, IReadOnlyDictionary<string, string?> properties)
        {
            var project = new ConsumerProject(fixture, name);
            project.Cli(fixture.Root, "new", template, "-o", name, "-n", name, "--no-update-check", "--no-restore").EnsureSuccess();
            project.SetProperties(properties);
            return project;
        }

        /// <summary>A project whose project file is written as given (for what <c>dotnet new</c> cannot make, e.g. net48).</summary>
        public static ConsumerProject CreateFromProjectFile(PackageFixture fixture, string name, string projectXml)
        {
            var project = new ConsumerProject(fixture, name);
            System.IO.Directory.CreateDirectory(project.Directory);
            File.WriteAllText(project.ProjectFile, projectXml);
            return project;
        }

        public CliResult Cli(params string[] arguments) => Cli(Directory, arguments);

        /// <summary><c>dotnet add package NetGen</c>, then <see cref="AssertOnlyNetGenFetched"/>.</summary>
        public void AddNetGen()
        {
            Cli(Directory, "add", "package", PackageFixture.PackageId, "--version", _fixture.Version).EnsureSuccess();

            Assert.Contains($"<PackageReference Include=\"{PackageFixture.PackageId}\" Version=\"{_fixture.Version}\" />", File.ReadAllText(ProjectFile), StringComparison.Ordinal);
            AssertOnlyNetGenFetched();
        }

        /// <summary>The consumers' packages folder holds NetGen from this run's pack folder and nothing else.</summary>
        public void AssertOnlyNetGenFetched()
        {
            Assert.Equal(new[] { "netgen" }, System.IO.Directory.EnumerateDirectories(_fixture.GlobalPackages).Select(Path.GetFileName).ToArray());
            var metadata = Path.Combine(_fixture.GlobalPackages, "netgen", _fixture.Version, ".nupkg.metadata");
            using var json = JsonDocument.Parse(File.ReadAllText(metadata));
            Assert.Equal(Path.GetFullPath(_fixture.Feed).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(json.RootElement.GetProperty("source").GetString()!).TrimEnd(Path.DirectorySeparatorChar));
        }

        public CliResult CliWith(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
        {
            var merged = new Dictionary<string, string?>(_fixture.ConsumerEnvironment);
            foreach (var pair in environment)
            {
                merged[pair.Key] = pair.Value;
            }

            return DotNetCli.Run(Directory, merged, arguments);
        }

        /// <summary>Replaces the template's sources with the named files of this test's Consumer folder.</summary>
        /// <param name="fileNames">Paths below Consumer/; each file lands in the project's folder under its own name.</param>
        public void UseConsumerSources(params string[] fileNames)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.cs"))
            {
                File.Delete(file);
            }

            foreach (var fileName in fileNames)
            {
                File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", fileName), Path.Combine(Directory, Path.GetFileName(fileName)));
            }
        }

        /// <summary>The Key=Value lines a program printed.</summary>
        public static IReadOnlyDictionary<string, string> ParseOutput(string output) =>
            output.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Contains('=', StringComparison.Ordinal))
                .Select(line => line.Split('=', 2))
                .ToDictionary(parts => parts[0], parts => parts[1]);

        private CliResult Cli(string workingDirectory, params string[] arguments) =>
            DotNetCli.Run(workingDirectory, _fixture.ConsumerEnvironment, arguments);

        private void SetProperties(IReadOnlyDictionary<string, string?> properties)
        {
            var document = XDocument.Load(ProjectFile);
            var group = document.Root!.Element("PropertyGroup") ?? throw new InvalidOperationException("The template has no PropertyGroup.");
            foreach (var (key, value) in properties)
            {
                var element = group.Element(key);
                if (value is null)
                {
                    element?.Remove();
                }
                else if (element is null)
                {
                    group.Add(new XElement(key, value));
                }
                else
                {
                    element.Value = value;
                }
            }

            document.Save(ProjectFile);
        }
    }

    public static class CliResultExtensions
    {
        public static CliResult EnsureSuccess(this CliResult result)
        {
            Assert.True(result.ExitCode == 0, result.ToString());
            return result;
        }
    }
}
