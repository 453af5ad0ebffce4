using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace NetGen.Package.Tests
{
    /// <summary>
    /// Fresh projects install the packed NetGen with <c>dotnet add package</c>, build with warnings as errors and
    /// XML documentation on, and run a small training program (Consumer/Program.cs, Consumer/Model.cs).
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class ConsumerTests
    {
        // The layer sizes of Consumer/Model.cs: Input(1), Dense(32), Dense(1).
        private static readonly int[] LayerSizes = { 1, 32, 1 };

        private static readonly Dictionary<string, string?> NoEnvironment = new();

        private readonly PackageFixture _fixture;

        public ConsumerTests(PackageFixture fixture) => _fixture = fixture;

        [Fact]
        public void Net10ConsoleWithLatestCSharpTrainsTheModel()
        {
            var consumer = ConsumerProject.Create(_fixture, "Net10Latest", "console", new Dictionary<string, string?>
            {
                ["TargetFramework"] = "net10.0",
                ["LangVersion"] = "latest",
            });
            var output = InstallBuildAndRun(consumer, "net10.0", NoEnvironment, "-p:EmitCompilerGeneratedFiles=true");
            AssertTrained(output);

            // On a platform with a ReadyToRun image the host loads it (runtimes/<rid>/lib/net10.0), elsewhere lib/net8.0's copy.
            string rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            string expected = rid is "linux-x64" or "linux-arm64" or "osx-arm64" or "win-x64"
                ? $"runtimes/{rid}/lib/net10.0/NetGen.Abstractions.dll"
                : "NetGen.Abstractions.dll";
            Assert.Equal(expected, ConsumerProject.ParseOutput(output)["NetGenAssembly"]);

            // Precompiled code computes the same bits as the JIT's: the same program with ReadyToRun code ignored.
            var program = Path.Combine(consumer.Directory, "bin", "Debug", "net10.0", consumer.Name + ".dll");
            var jitOnly = consumer.CliWith(new Dictionary<string, string?> { ["DOTNET_ReadyToRun"] = "0" }, program).EnsureSuccess().Output;
            Assert.Equal(output, jitOnly);

            // README, "Seeing the generated code": EmitCompilerGeneratedFiles writes each network's file here.
            // The file name is Namespace.Class.<8 hex digits of a hash of the name>.g.cs.
            var folder = Path.Combine(consumer.Directory, "obj", "Debug", "net10.0", "generated",
                "NetGen.Generator", "NetGen.Generator.NetworkGenerator");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "Consumer.QuadraticModel.????????.g.cs") : Array.Empty<string>();
            Assert.True(files.Length == 1, "Consumer.QuadraticModel.*.g.cs is missing in " + folder);
            var generated = files[0];
            Assert.Contains("partial class QuadraticModel", File.ReadAllText(generated), StringComparison.Ordinal);
        }

        [Fact]
        public void Net8ConsoleWithCSharp8TrainsTheModel()
        {
            var consumer = ConsumerProject.Create(_fixture, "Net8CSharp8", "console", new Dictionary<string, string?>
            {
                ["TargetFramework"] = "net8.0",
                // C# 8 is the oldest version that compiles the generated code (#nullable, nullable annotations).
                ["LangVersion"] = "8.0",
                // Global usings need C# 10.
                ["ImplicitUsings"] = "disable",
                // The net8.0 app host is not on the machine; `dotnet app.dll` needs none.
                ["UseAppHost"] = "false",
            });

            // Only the net10.0 runtime may be installed: let the net8.0 program run on it.
            var runEnvironment = new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major" };
            var output = InstallBuildAndRun(consumer, "net8.0", runEnvironment);
            AssertTrained(output);

            // The images are for .NET 10 apps: a net8.0 app takes lib/net8.0's assembly, whatever runtime it rolls forward to.
            Assert.Equal("NetGen.Abstractions.dll", ConsumerProject.ParseOutput(output)["NetGenAssembly"]);
        }

        [Fact]
        public void NetStandard20LibraryAtItsDefaultCSharp73GetsNG0038AndNothingElse()
        {
            var consumer = ConsumerProject.Create(_fixture, "NetStandardLibrary", "classlib", new Dictionary<string, string?>
            {
                ["TargetFramework"] = "netstandard2.0",
                // netstandard2.0 defaults to C# 7.3, which has neither global usings nor nullable.
                ["ImplicitUsings"] = null,
                ["Nullable"] = null,
            });
            consumer.AddNetGen();
            consumer.UseConsumerSources("Model.cs");

            var build = consumer.Cli("build", "-nodeReuse:false");

            Assert.NotEqual(0, build.ExitCode);
            var errors = Regex.Matches(build.Output, @"error ([A-Z]+[0-9]+)").Select(m => m.Groups[1].Value).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
            // Only NetGen's NG0038 (C# 7.3): the portable helpers resolved from lib/netstandard2.0, the generator ran, and it
            // generated nothing that fails to compile.
            Assert.True(errors.SequenceEqual(new[] { "NG0038" }), build.ToString());
        }

        private string InstallBuildAndRun(ConsumerProject consumer, string targetFramework, IReadOnlyDictionary<string, string?> runEnvironment, params string[] buildProperties)
        {
            consumer.AddNetGen();
            consumer.UseConsumerSources("Model.cs", "Program.cs");

            var build = new List<string> { "build", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true", "-p:GenerateDocumentationFile=true" };
            build.AddRange(buildProperties);
            var built = consumer.Cli(build.ToArray()).EnsureSuccess();
            Assert.DoesNotMatch(@"warning [A-Z]+[0-9]+", built.Output);

            var program = Path.Combine(consumer.Directory, "bin", "Debug", targetFramework, consumer.Name + ".dll");
            return consumer.CliWith(runEnvironment, program).EnsureSuccess().Output;
        }

        private static void AssertTrained(string output)
        {
            var values = ConsumerProject.ParseOutput(output);
            int expectedParameters = 0;
            for (int i = 1; i < LayerSizes.Length; i++)
            {
                expectedParameters += LayerSizes[i - 1] * LayerSizes[i] + LayerSizes[i];
            }

            Assert.Equal(expectedParameters.ToString(CultureInfo.InvariantCulture), values["ParameterCount"]);

            float first = float.Parse(values["FirstLoss"], CultureInfo.InvariantCulture);
            float last = float.Parse(values["LastLoss"], CultureInfo.InvariantCulture);
            Assert.True(last < first / 10, $"Loss did not fall tenfold: first {first}, last {last}.\n{output}");

            // The program fits y = x²; after training, the prediction at 0.5 must be near 0.25.
            float prediction = float.Parse(values["Predict(0.5)"], CultureInfo.InvariantCulture);
            Assert.InRange(prediction, 0.25f - 0.05f, 0.25f + 0.05f);
        }
    }
}
