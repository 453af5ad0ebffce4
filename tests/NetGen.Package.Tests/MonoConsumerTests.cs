using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace NetGen.Package.Tests
{
    /// <summary>
    /// A netstandard library that declares and trains a network (Consumer/Portable), run by a net48 program on Mono
    /// and by a net10.0 program: the same training, the same predictions to float rounding, and files saved on one
    /// runtime loaded on the other. See <see cref="PortableBuilds"/> for the projects.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public sealed class MonoConsumerTests
    {
        // Mono and .NET 10 run the same generated IL but their own JITs and math libraries (tanh, exp, sqrt), which may
        // round an operation an ulp apart (6e-8 relative); and the net10.0 program runs the library on NetGen's net8.0
        // build, whose kernels may sum in another order. 85 optimizer steps carry such differences on without growing
        // them much on this small fit: measured 3e-8 (losses) and 2e-7 (predictions, parameters) relative. 1e-4 relative
        // to max(1, |value|) leaves room for other machines, while a real difference (a wrong kernel, a skipped
        // step, other data or seed) moves values by 1e-2 or more.
        private const float TrainingTolerance = 1e-4f;

        // Predictions from bit-identical parameters, one forward pass apart: each output sums 8 products of
        // magnitude < 2, so a different summation order or tanh moves it by at most ~10 · 8 · 6e-8 ≈ 5e-6
        // (measured 1.2e-7).
        private const float ForwardTolerance = 1e-5f;

        private const string NetStandard20 = ".NETStandard,Version=v2.0";
        private const string NetStandard21 = ".NETStandard,Version=v2.1";
        private const string Net80 = ".NETCoreApp,Version=v8.0";

        private readonly PackageFixture _fixture;
        private readonly ITestOutputHelper _log;
        private bool _buildTimeLogged;

        public MonoConsumerTests(PackageFixture fixture, ITestOutputHelper log)
        {
            _fixture = fixture;
            _log = log;
        }

        [Fact]
        public void Net48OnMonoTrainsLikeNet10()
        {
            var mono = TrainOnMono();
            var net10 = TrainOnNet10();

            Assert.Equal("true", mono.Values["Mono"]);
            Assert.Equal(NetStandard21, mono.Values["AbstractionsFramework"]);
            Assert.Equal("false", net10.Values["Mono"]);
            // NuGet gives the net10.0 program NetGen's net8.0 build, under the library compiled against netstandard2.1.
            Assert.Equal(Net80, net10.Values["AbstractionsFramework"]);

            // Same seed, same initialisation: integer generator and correctly rounded arithmetic on both.
            Assert.Equal(net10.Values["InitialParameters"], mono.Values["InitialParameters"]);

            float[] monoLosses = Floats(mono.Values["Losses"]);
            float[] net10Losses = Floats(net10.Values["Losses"]);
            AssertClose(net10Losses, monoLosses, TrainingTolerance, "losses");
            AssertClose(Floats(net10.Values["Predictions"]), Floats(mono.Values["Predictions"]), TrainingTolerance, "predictions");
            AssertClose(Floats(net10.Values["Parameters"], hexBits: true), Floats(mono.Values["Parameters"], hexBits: true), TrainingTolerance, "parameters");
            AssertClose(Floats(net10.Values["Loss"]), Floats(mono.Values["Loss"]), TrainingTolerance, "EvaluateLoss");

            // It trained: the loss fell at least fivefold on both.
            Assert.True(monoLosses[^1] < monoLosses[0] / 5, "Mono's loss did not fall fivefold: " + mono.Values["Losses"]);
            Assert.Equal("true", mono.Values["StreamRoundTrip"]);
            Assert.Equal("true", net10.Values["StreamRoundTrip"]);
        }

        [Fact]
        public void SavedOnMonoLoadsOnNet10()
        {
            var saved = TrainOnMono();
            var loaded = Run(Net10(), "load", saved.File);

            Assert.Equal(saved.Values["Parameters"], loaded.Values["Parameters"]);
            AssertClose(Floats(saved.Values["Predictions"]), Floats(loaded.Values["Predictions"]), ForwardTolerance, "predictions");
            AssertClose(Floats(saved.Values["Loss"]), Floats(loaded.Values["Loss"]), ForwardTolerance, "EvaluateLoss");
        }

        [Fact]
        public void SavedOnNet10LoadsOnMono()
        {
            var saved = TrainOnNet10();
            var loaded = Run(Mono(), "load", saved.File);

            Assert.Equal("true", loaded.Values["Mono"]);
            Assert.Equal(saved.Values["Parameters"], loaded.Values["Parameters"]);
            AssertClose(Floats(saved.Values["Predictions"]), Floats(loaded.Values["Predictions"]), ForwardTolerance, "predictions");
            AssertClose(Floats(saved.Values["Loss"]), Floats(loaded.Values["Loss"]), ForwardTolerance, "EvaluateLoss");
        }

        [Fact]
        public void NetStandard20LibraryOnMonoTrainsLikeNet10()
        {
            var builds = Builds();
            var mono = Run(args => MonoRuntime.Run(builds.App48On20, args), "train", Path.Combine(_fixture.Root, "mono-netstandard2.0.safetensors"));
            var net10 = TrainOnNet10();

            Assert.Equal("true", mono.Values["Mono"]);
            // The program got NetGen's netstandard2.0 build (and System.Memory) through the project reference.
            Assert.Equal(NetStandard20, mono.Values["AbstractionsFramework"]);
            Assert.Equal(net10.Values["InitialParameters"], mono.Values["InitialParameters"]);
            AssertClose(Floats(net10.Values["Losses"]), Floats(mono.Values["Losses"]), TrainingTolerance, "losses");
            AssertClose(Floats(net10.Values["Predictions"]), Floats(mono.Values["Predictions"]), TrainingTolerance, "predictions");

            var loaded = Run(Net10(), "load", mono.File);
            Assert.Equal(mono.Values["Parameters"], loaded.Values["Parameters"]);
        }

        [Fact]
        public void NetStandardLibraryHasTheGeneratedApiOfNet10()
        {
            var api = Run(Net10(), "api", "").Values;
            string[] portable = api["PortableApi"].Split('|');
            string[] modern = api["ModernApi"].Split('|');

            // A sanity check of the listing itself: it holds the members the harness calls.
            foreach (var member in new[] { "Fit(", "TrainStep(", "PredictBatch(", "Predict(", "Save(", "Load(", "Parameters {", "SaveCheckpoint(", "EvaluateLoss(" })
            {
                Assert.Contains(modern, line => line.Contains(" " + member, StringComparison.Ordinal));
            }

            _log.WriteLine($"{modern.Length} public members and interfaces on net10.0, {portable.Length} on netstandard2.1");
            var onlyModern = modern.Except(portable).ToArray();
            var onlyPortable = portable.Except(modern).ToArray();
            Assert.True(onlyModern.Length == 0 && onlyPortable.Length == 0,
                "The netstandard2.1 build's generated API differs from net10.0's.\nOnly in net10.0:\n  " + string.Join("\n  ", onlyModern) +
                "\nOnly in netstandard2.1:\n  " + string.Join("\n  ", onlyPortable));
        }

        private sealed record Output(IReadOnlyDictionary<string, string> Values, string File);

        private PortableBuilds Builds()
        {
            var builds = PortableBuilds.Of(_fixture);
            if (!_buildTimeLogged)
            {
                _log.WriteLine($"creating and building the five projects took {builds.BuildTime.TotalSeconds:F0} s (once per run)");
                _buildTimeLogged = true;
            }

            return builds;
        }

        private Func<string[], CliResult> Mono()
        {
            var app = Builds().App48;
            return args => MonoRuntime.Run(app, args);
        }

        private Func<string[], CliResult> Net10()
        {
            var app = Builds().App10;
            return args => DotNetCli.Run(Path.GetDirectoryName(app)!, _fixture.ConsumerEnvironment, new[] { app }.Concat(args).ToArray());
        }

        private Output TrainOnMono() => Run(Mono(), "train", Path.Combine(_fixture.Root, "mono.safetensors"));

        private Output TrainOnNet10() => Run(Net10(), "train", Path.Combine(_fixture.Root, "net10.safetensors"));

        private static Output Run(Func<string[], CliResult> program, string mode, string file)
        {
            var result = program(new[] { mode, file }).EnsureSuccess();
            return new Output(ConsumerProject.ParseOutput(result.Output), file);
        }

        private static float[] Floats(string list, bool hexBits = false) =>
            list.Split(',').Select(text => hexBits
                ? BitConverter.Int32BitsToSingle(int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
                : float.Parse(text, CultureInfo.InvariantCulture)).ToArray();

        private void AssertClose(float[] expected, float[] actual, float tolerance, string what)
        {
            Assert.Equal(expected.Length, actual.Length);
            float worst = 0;
            for (int i = 0; i < expected.Length; i++)
            {
                float error = Math.Abs(expected[i] - actual[i]) / Math.Max(1f, Math.Abs(expected[i]));
                Assert.True(float.IsFinite(actual[i]) && error <= tolerance,
                    $"{what}[{i}]: expected {expected[i]:R}, got {actual[i]:R} (relative error {error:G3} > {tolerance:G3})");
                worst = Math.Max(worst, error);
            }

            _log.WriteLine($"{what}: {expected.Length} values, largest relative difference {worst:G3} (tolerance {tolerance:G3})");
        }
    }
}
