using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.ExceptionServices;

namespace NetGen.Package.Tests
{
    /// <summary>
    /// The projects of the Mono package tests, built once per test run (the dotnet CLI is the slow part):
    /// <list type="bullet">
    /// <item>PortableLib21: a netstandard2.1 class library (C# 9, as Unity) that installs NetGen and declares and trains
    /// the network (Consumer/Portable);</item>
    /// <item>App48: a net48 console program (reference assemblies from Microsoft.NETFramework.ReferenceAssemblies)
    /// referencing the built PortableLib21.dll and the package's lib/netstandard2.1/NetGen.Abstractions.dll by path,
    /// as NuGet refuses a net48 project reference to a netstandard2.1 project; it runs on Mono;</item>
    /// <item>App10: a net10.0 console program with a project reference to PortableLib21 and the same declaration
    /// compiled into itself (namespace Modern), so it can compare the two generated APIs;</item>
    /// <item>PortableLib20 and App48On20: the same library for netstandard2.0, referenced by a net48 program through a
    /// project reference (NuGet allows that one), so the program gets NetGen's netstandard2.0 build and System.Memory
    /// from the package's dependencies, as a .NET Framework application would.</item>
    /// </list>
    /// </summary>
    public sealed class PortableBuilds
    {
        /// <summary>The version of Microsoft.NETFramework.ReferenceAssemblies the net48 programs use (set in the test project).</summary>
        private static readonly string FrameworkReferenceAssembliesVersion = PackageFixture.Metadata(typeof(PortableBuilds).Assembly, "FrameworkReferenceAssembliesVersion");

        private static readonly object Gate = new();
        // Per fixture: the builds, or the exception that stopped them (rethrown to every later test, not retried).
        private static readonly Dictionary<PackageFixture, Func<PortableBuilds>> Built = new();

        private PortableBuilds(PackageFixture fixture)
        {
            var clock = Stopwatch.StartNew();

            var lib21 = Library(fixture, "PortableLib21", "netstandard2.1");
            App48 = Net48App(fixture, "App48", $"""
                <Reference Include="PortableLib21" HintPath="{Path.Combine(lib21.Directory, "bin", "Debug", "netstandard2.1", "PortableLib21.dll")}" />
                <Reference Include="NetGen.Abstractions" HintPath="{Path.Combine(fixture.GlobalPackages, "netgen", fixture.Version, "lib", "netstandard2.1", "NetGen.Abstractions.dll")}" />
                """);

            var app10 = ConsumerProject.CreateFromProjectFile(fixture, "App10", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <DefineConstants>$(DefineConstants);MODERN_COPY</DefineConstants>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{lib21.ProjectFile}" />
                  </ItemGroup>
                </Project>
                """);
            // Analyzers do not flow through project references: the program installs NetGen for its own copy.
            app10.AddNetGen();
            app10.UseConsumerSources("Portable/PortableProgram.cs", "Portable/PortableModel.cs");
            Build(app10);
            App10 = Path.Combine(app10.Directory, "bin", "Debug", "net10.0", "App10.dll");

            var lib20 = Library(fixture, "PortableLib20", "netstandard2.0");
            App48On20 = Net48App(fixture, "App48On20", $"""<ProjectReference Include="{lib20.ProjectFile}" />""");

            BuildTime = clock.Elapsed;
        }

        /// <summary>bin/Debug/net48/App48.exe: the netstandard2.1 library, for Mono.</summary>
        public string App48 { get; }

        /// <summary>bin/Debug/net10.0/App10.dll: the netstandard2.1 library, for <c>dotnet</c>.</summary>
        public string App10 { get; }

        /// <summary>bin/Debug/net48/App48On20.exe: the netstandard2.0 library, for Mono.</summary>
        public string App48On20 { get; }

        /// <summary>How long creating and building the five projects took.</summary>
        public TimeSpan BuildTime { get; }

        /// <summary>
        /// The builds of this fixture: made by the first test that asks, shared by the rest. A build that fails fails
        /// every test that asks, each with the build's output.
        /// </summary>
        public static PortableBuilds Of(PackageFixture fixture)
        {
            lock (Gate)
            {
                if (!Built.TryGetValue(fixture, out var builds))
                {
                    try
                    {
                        var made = new PortableBuilds(fixture);
                        builds = () => made;
                    }
                    catch (Exception e)
                    {
                        var failure = ExceptionDispatchInfo.Capture(e);
                        builds = () =>
                        {
                            failure.Throw();
                            throw new InvalidOperationException("unreachable");
                        };
                    }

                    Built[fixture] = builds;
                }

                return builds();
            }
        }

        private static ConsumerProject Library(PackageFixture fixture, string name, string targetFramework)
        {
            var library = ConsumerProject.Create(fixture, name, "classlib", new Dictionary<string, string?>
            {
                ["TargetFramework"] = targetFramework,
                // Unity's C# version; global usings (ImplicitUsings) need C# 10.
                ["LangVersion"] = "9.0",
                ["ImplicitUsings"] = null,
                ["Nullable"] = "enable",
            });
            library.AddNetGen();
            library.UseConsumerSources("Portable/PortableModel.cs", "Portable/PortableHarness.cs");
            Build(library);
            return library;
        }

        private static string Net48App(PackageFixture fixture, string name, string references)
        {
            var app = ConsumerProject.CreateFromProjectFile(fixture, name, $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net48</TargetFramework>
                    <LangVersion>9.0</LangVersion>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Microsoft.NETFramework.ReferenceAssemblies" Version="{FrameworkReferenceAssembliesVersion}" PrivateAssets="all" />
                    {references}
                  </ItemGroup>
                </Project>
                """);
            app.UseConsumerSources("Portable/PortableProgram.cs");
            Build(app);
            // The reference assemblies come from the machine's packages (the test project downloads them at restore).
            app.AssertOnlyNetGenFetched();
            return Path.Combine(app.Directory, "bin", "Debug", "net48", name + ".exe");
        }

        private static void Build(ConsumerProject project)
        {
            var built = project.Cli("build", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true", "-p:GenerateDocumentationFile=true").EnsureSuccess();
            Assert.DoesNotMatch(@"warning [A-Z]+[0-9]+", built.Output);
        }
    }
}
