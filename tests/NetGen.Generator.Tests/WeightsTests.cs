using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NetGen.Generator.Diagnostics;
using NetGen.Generator.Tests.Infrastructure;

namespace NetGen.Generator.Tests
{
    /// <summary>
    /// Baking [Network(Weights = ...)]: which AdditionalFiles item is used, the NG0020-NG0024 diagnostics at the
    /// [Network] attribute, the literals and the static weights array emitted (compiled with warnings as errors), and caching.
    /// </summary>
    public sealed class WeightsTests : IDisposable
    {
        private static readonly string Hint = HintNames.For("Demo.Net");
        private readonly WeightFiles _files = new();

        // Input(2) → Dense(hidden)+Tanh → Dense(1): 0.weight [hidden, 2], 0.bias [hidden], 2.weight [1, hidden], 2.bias [1].
        private static string Source(string weights, int hidden = 3) => $$"""
            using NetGen;

            namespace Demo
            {
                [Network(Weights = "{{weights}}")]
                [Input(2)]
                [Dense({{hidden}}), Activation(Activation.Tanh)]
                [Dense(1)]
                public partial class Net { }
            }
            """;

        // first, -first/2, first/4, …: exact in binary, so their literals are predictable.
        private static byte[] Weights(float first = 0.5f, int hidden = 3)
        {
            byte[] Values(int count, float start) => WeightFiles.F32(Enumerable.Range(0, count).Select(i => start * MathF.Pow(-0.5f, i)));
            return WeightFiles.Build(new[]
            {
                new RawTensor("0.weight", "F32", new[] { hidden, 2 }, Values(hidden * 2, first)),
                new RawTensor("0.bias", "F32", new[] { hidden }, Values(hidden, 0.125f)),
                new RawTensor("2.weight", "F32", new[] { 1, hidden }, Values(hidden, 2f)),
                new RawTensor("2.bias", "F32", new[] { 1 }, Values(1, -1f)),
            });
        }

        [Fact]
        public void UnrolledLayersGetLiteralsAndTheParametersConstantData()
        {
            string file = _files.Write("src/w.safetensors", Weights());

            var run = _files.Run(Source("w.safetensors"), "src/Net.cs", file);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            string generated = run.SingleSource;
            Assert.Contains("= 0.5f * x1_0 + -0.25f * x1_1 + 0.125f;", generated, StringComparison.Ordinal);
            Assert.Contains("private static readonly float[] __bakedParameters = new float[]", generated, StringComparison.Ordinal);
            Assert.Contains("0.5f, -0.25f, 0.125f, -0.0625f, 0.03125f, -0.015625f, 0.125f, -0.0625f,", generated, StringComparison.Ordinal);
            Assert.Contains("BakedParameters.CopyTo(__parameters);", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("p = BakedParameters", generated, StringComparison.Ordinal); // nothing is looped
        }

        [Fact]
        public void LoopedLayersReadTheConstantData()
        {
            // 2·600 weights exceed the unroll threshold; 600·1 do not.
            string file = _files.Write("w.safetensors", Weights(hidden: 600));

            var run = _files.Run(Source("w.safetensors", hidden: 600), "Net.cs", file);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            string generated = run.SingleSource;
            Assert.Contains("global::System.ReadOnlySpan<float> p = BakedParameters;", generated, StringComparison.Ordinal);
            Assert.Contains("// Layer 1: Dense 2→600, Tanh (looped)", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void ExtremeFiniteWeightsBecomeValidLiterals()
        {
            float[] special = { float.Epsilon, -0f, float.MaxValue, -float.MaxValue, 1f, 2f };
            var tensors = new[]
            {
                new RawTensor("0.weight", "F32", new[] { 3, 2 }, WeightFiles.F32(special)),
                new RawTensor("0.bias", "F32", new[] { 3 }, WeightFiles.F32(new[] { 1f, 2f, 3f })),
                new RawTensor("2.weight", "F32", new[] { 1, 3 }, WeightFiles.F32(new[] { 1f, 2f, 3f })),
                new RawTensor("2.bias", "F32", new[] { 1 }, WeightFiles.F32(new[] { 1f })),
            };
            string file = _files.Write("w.safetensors", WeightFiles.Build(tensors));

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            Assert.Contains("1E-45f, -0f, 3.4028235E+38f, -3.4028235E+38f,", run.SingleSource, StringComparison.Ordinal);
        }

        // Training from NaN or an infinity only spreads it, and a float network would silently hold infinities
        // for F64 values beyond the float range: NG0022 names the first value and counts the rest.
        [Theory]
        [InlineData("F32", double.NaN, "holds NaN at index 0 (and 2 more non-finite values)")]
        [InlineData("F32", double.PositiveInfinity, "holds Infinity at index 0 (and 2 more non-finite values)")]
        [InlineData("F64", 1e300, "holds 1E+300 at index 0, which is infinite as a float (and 2 more non-finite values)")]
        [InlineData("F64", -1e39, "holds -1E+39 at index 0, which is infinite as a float (and 2 more non-finite values)")]
        public void NonFiniteWeightsAreNG0022(string dtype, double bad, string fragment)
        {
            byte[] Values(params double[] values) => dtype == "F32" ? WeightFiles.F32(values.Select(v => (float)v)) : WeightFiles.F64(values);
            var tensors = new[]
            {
                new RawTensor("0.weight", dtype, new[] { 3, 2 }, Values(bad, 1, bad, 2, 3, 4)),
                new RawTensor("0.bias", dtype, new[] { 3 }, Values(1, 2, 3)),
                new RawTensor("2.weight", dtype, new[] { 1, 3 }, Values(1, 2, bad)),
                new RawTensor("2.bias", dtype, new[] { 1 }, Values(1)),
            };
            string file = _files.Write("w.safetensors", WeightFiles.Build(tensors));

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsFileInvalid);
            Assert.Contains("tensor '0.weight' " + fragment, message, StringComparison.Ordinal);
            Assert.Empty(run.OutputDiagnostics);
            Assert.DoesNotContain("BakedParameters", run.SingleSource, StringComparison.Ordinal);
        }

        [Fact]
        public void APathRelativeToTheDeclaringFileWinsOverASuffixMatch()
        {
            string near = _files.Write("a/w.safetensors", Weights(first: 0.75f));
            string far = _files.Write("b/w.safetensors", Weights(first: 0.5f));

            var run = _files.Run(Source("w.safetensors"), "a/Net.cs", far, near);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("= 0.75f * x1_0", run.SingleSource, StringComparison.Ordinal);
        }

        [Fact]
        public void ASuffixAndAnAbsolutePathMatchToo()
        {
            string file = _files.Write("Weights/w.safetensors", Weights(first: 0.25f));

            var bySuffix = _files.Run(Source("Weights/w.safetensors"), "Networks/Net.cs", file);
            var byFullPath = _files.Run(Source(file.Replace("\\", "\\\\", StringComparison.Ordinal)), "Networks/Net.cs", file);
            var byParentFolder = _files.Run(Source("../Weights/w.safetensors"), "Networks/Net.cs", file);

            foreach (var run in new[] { bySuffix, byFullPath, byParentFolder })
            {
                Assert.Empty(run.GeneratorDiagnostics);
                Assert.Contains("= 0.25f * x1_0", run.SingleSource, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void AMissingFileIsNG0020AndTheNetworkIsStillGenerated()
        {
            string other = _files.Write("other.safetensors", Weights());

            var run = _files.Run(Source("missing.safetensors"), "Net.cs", other);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsFileNotFound);
            Assert.Contains("'missing.safetensors'", message, StringComparison.Ordinal);
            Assert.Contains("AdditionalFiles", message, StringComparison.Ordinal);
            Assert.Empty(run.OutputDiagnostics);
            Assert.DoesNotContain("PredictBaked", run.SingleSource, StringComparison.Ordinal);
            Assert.Contains("public void Load(string path)", run.SingleSource, StringComparison.Ordinal);
        }

        [Fact]
        public void TwoSuffixMatchesAreNG0021()
        {
            string first = _files.Write("x/w.safetensors", Weights());
            string second = _files.Write("y/w.safetensors", Weights());

            var run = _files.Run(Source("w.safetensors"), "src/Net.cs", first, second);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsFileAmbiguous);
            Assert.Contains(first, message, StringComparison.Ordinal);
            Assert.Contains(second, message, StringComparison.Ordinal);
        }

        [Fact]
        public void AFileThatIsNotSafetensorsIsNG0022NamingTheProblem()
        {
            var bytes = new byte[28];
            bytes[0] = 200; // a header of 200 bytes in a 28-byte file
            string file = _files.Write("w.safetensors", bytes);

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            Assert.Contains("runs past the end of the file", AssertSingle(run, DiagnosticDescriptors.WeightsFileInvalid), StringComparison.Ordinal);
        }

        [Fact]
        public void AnUnreadableFileIsNG0022()
        {
            string gone = System.IO.Path.Combine(_files.Folder, "gone.safetensors");

            var run = _files.Run(Source("gone.safetensors"), "Net.cs", gone);

            Assert.Contains("cannot be read", AssertSingle(run, DiagnosticDescriptors.WeightsFileInvalid), StringComparison.Ordinal);
        }

        [Fact]
        public void WrongShapesAreNG0023ListingEachTensor()
        {
            string file = _files.Write("w.safetensors", Weights(hidden: 4));

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsMismatch);
            Assert.Contains("tensor '0.weight' has shape [4, 2] but the network needs [3, 2]", message, StringComparison.Ordinal);
            Assert.Contains("tensor '2.weight' has shape [1, 4] but the network needs [1, 3]", message, StringComparison.Ordinal);
        }

        [Fact]
        public void MissingAndExtraTensorsAreNG0023()
        {
            // Saved from nn.Sequential(Linear, Linear): indices 0 and 1, where NetGen's Tanh module takes 1.
            var tensors = new[]
            {
                new RawTensor("0.weight", "F32", new[] { 3, 2 }, new byte[24]),
                new RawTensor("0.bias", "F32", new[] { 3 }, new byte[12]),
                new RawTensor("1.weight", "F32", new[] { 1, 3 }, new byte[12]),
                new RawTensor("1.bias", "F32", new[] { 1 }, new byte[4]),
            };
            string file = _files.Write("w.safetensors", WeightFiles.Build(tensors));

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsMismatch);
            Assert.Contains("missing tensor '2.weight' [1, 3]", message, StringComparison.Ordinal);
            Assert.Contains("unexpected tensor '1.weight'", message, StringComparison.Ordinal);
        }

        [Fact]
        public void AnUnreadableDTypeIsNG0024()
        {
            string file = _files.Write("w.safetensors", WeightFiles.TwoLayers(inputs: 2, hidden: 3, dtype: "BF16"));

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            Assert.Contains("has dtype BF16 but only F32, F64 and I64 can be loaded", AssertSingle(run, DiagnosticDescriptors.WeightsDTypeUnsupported), StringComparison.Ordinal);
        }

        [Fact]
        public void WeightsMustNameASafetensorsFile()
        {
            var run = _files.Run(Source("model.bin"), "Net.cs");

            Assert.Contains("Weights", AssertSingle(run, DiagnosticDescriptors.InvalidHyperparameter), StringComparison.Ordinal);
        }

        [Fact]
        public void OtherAdditionalFilesLeaveTheBakedNetworkCachedAndNewWeightsRegenerateIt()
        {
            string path = _files.Write("w.safetensors", Weights(first: 0.5f));
            string notes = _files.Write("notes.txt", new byte[] { 1 });
            var weights = new DiskText(path);
            var compilation = _files.Compile(Source("w.safetensors"), "Net.cs", References.Default, GeneratorHarness.CompilationOptions);
            var first = WeightFiles.Run(compilation, new[] { weights });
            Assert.Equal(new[] { IncrementalStepRunReason.New }, Reasons(first, TrackingNames.WeightsFile));

            var unrelated = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new DiskText(notes))), compilation);
            Assert.All(Reasons(unrelated, TrackingNames.WeightsFile), r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // not read again
            Assert.All(Reasons(unrelated, TrackingNames.BakedSpec), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
            Assert.All(unrelated.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

            // An edited file is a new AdditionalText, as the compiler hands it over on the next build.
            _files.Write("w.safetensors", Weights(first: 0.375f));
            var changed = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(weights, new DiskText(path)), compilation);
            Assert.Contains(IncrementalStepRunReason.Modified, Reasons(changed, TrackingNames.BakedSpec));
            Assert.Contains("= 0.375f * x1_0", changed.SingleSource, StringComparison.Ordinal);
        }

        // Matching is on paths: another .safetensors item changes the list of candidates, the network still matches
        // the same item, so its file is not read again and nothing is regenerated.
        [Fact]
        public void AnotherWeightsFileLeavesTheBakedNetworkCached()
        {
            string path = _files.Write("w.safetensors", Weights(first: 0.5f));
            string other = _files.Write("other/x.safetensors", Weights(first: 0.25f));
            var compilation = _files.Compile(Source("w.safetensors"), "Net.cs", References.Default, GeneratorHarness.CompilationOptions);
            var first = WeightFiles.Run(compilation, new[] { new DiskText(path) });

            var second = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(new DiskText(other))), compilation);

            Assert.All(Reasons(second, TrackingNames.WeightsMatch), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
            Assert.All(Reasons(second, TrackingNames.Bake), r => Assert.Equal(IncrementalStepRunReason.Cached, r)); // not read again
            Assert.All(second.Result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void BakingStepsHoldNoRoslynObjects()
        {
            string file = _files.Write("w.safetensors", Weights());

            var run = _files.Run(Source("w.safetensors"), "Net.cs", file);

            foreach (string step in new[] { TrackingNames.WeightsFile, TrackingNames.WeightsMatch, TrackingNames.Bake, TrackingNames.BakedSpec })
            {
                foreach (var output in run.Result.TrackedSteps[step].SelectMany(s => s.Outputs))
                {
                    Assert.Null(ObjectGraph.FindForbidden(output.Value, step));
                }
            }
        }

        // Hostile AdditionalFiles (issue 11, item 3): a FIFO, a link to an endless device, a huge sparse file, a
        // folder, a dangling link. Named by Weights, each is NG0022 within seconds and without reading it; listed
        // but not named, none is even opened: an opened FIFO would block the build, so the bounded run proves it.
        public static TheoryData<string> HostileKinds() => new() { "fifo", "devzero", "sparse", "folder", "dangling" };

        [Theory]
        [MemberData(nameof(HostileKinds))]
        public void AHostileItemNamedByWeightsIsNG0022Quickly(string kind)
        {
            if (OperatingSystem.IsWindows() && kind is "fifo" or "devzero")
            {
                return; // no FIFOs or /dev/zero
            }

            string path = MakeHostile(kind, "w.safetensors");

            var run = RunBounded(() => _files.Run(Source("w.safetensors"), "Net.cs", path), path);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsFileInvalid);
            Assert.True(message.Length <= 1024, message);
            Assert.Empty(run.OutputDiagnostics);
        }

        [Theory]
        [MemberData(nameof(HostileKinds))]
        public void AHostileItemNotNamedIsNeverOpened(string kind)
        {
            if (OperatingSystem.IsWindows() && kind is "fifo" or "devzero")
            {
                return;
            }

            string hostile = MakeHostile(kind, "other/big.safetensors");
            string good = _files.Write("w.safetensors", Weights());

            var run = RunBounded(() => _files.Run(Source("w.safetensors"), "Net.cs", hostile, good), hostile);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.OutputDiagnostics);
            Assert.Contains("BakedParameters", run.SingleSource, StringComparison.Ordinal);
        }

        [Fact]
        public void ASymbolicLinkToAWeightsFileIsFollowed()
        {
            string real = _files.Write("real/w.bin", Weights(first: 0.75f));
            string link = System.IO.Path.Combine(_files.Folder, "w.safetensors");
            File.CreateSymbolicLink(link, real);

            var run = _files.Run(Source("w.safetensors"), "Net.cs", link);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("= 0.75f * x1_0", run.SingleSource, StringComparison.Ordinal);
        }

        // Bounded parsing at build time (item 6): each hostile header is NG0022 fast, with a short message.
        public static TheoryData<string, string> HostileHeaderCases()
        {
            var data = new TheoryData<string, string>();
            foreach (var (kind, fragment) in NetGen.TestShared.HostileHeaders.Cases)
            {
                data.Add(kind, fragment);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(HostileHeaderCases))]
        public void AHostileHeaderIsNG0022WithAShortMessage(string kind, string fragment)
        {
            string path = _files.Write("w.safetensors", NetGen.TestShared.HostileHeaders.Build(kind));

            var run = RunBounded(() => _files.Run(Source("w.safetensors"), "Net.cs", path), path);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsFileInvalid);
            Assert.Contains(fragment, message, StringComparison.Ordinal);
            Assert.True(message.Length <= 1024, $"{message.Length} characters");
        }

        [Fact]
        public void NG0023NamesTheFirstProblemsShortlyAndCountsTheRest()
        {
            string longName = new string('x', 4000);
            var tensors = Enumerable.Range(0, 50).Select(i => new RawTensor(longName + i, "F32", new[] { 1 }, new byte[4]));
            string path = _files.Write("w.safetensors", WeightFiles.Build(tensors));

            var run = _files.Run(Source("w.safetensors"), "Net.cs", path);

            string message = AssertSingle(run, DiagnosticDescriptors.WeightsMismatch);
            Assert.True(message.Length <= 1024, $"{message.Length} characters");
            Assert.Contains("(4001 characters)", message, StringComparison.Ordinal);
            Assert.Matches(@"and \d+ more$", message);
        }

        // A 120 MB file (sparse: no disk) whose header does not match the network: NG0023 from the header alone,
        // its data never read (before: every item was read whole, 100 MB cost 18 s and 5 GB per compile).
        [Fact]
        public void AFileThatDoesNotMatchIsRefusedFromItsHeaderWithoutReadingTheData()
        {
            const int count = 30_000_000;
            string json = "{\"x\":{\"dtype\":\"F32\",\"shape\":[" + count + "],\"data_offsets\":[0," + (count * 4L) + "]}}";
            byte[] header = System.Text.Encoding.UTF8.GetBytes(json);
            string path = System.IO.Path.Combine(_files.Folder, "w.safetensors");
            using (var stream = new FileStream(path, FileMode.CreateNew))
            {
                stream.Write(BitConverter.GetBytes((ulong)header.Length));
                stream.Write(header);
                stream.SetLength(8 + header.Length + (count * 4L));
            }

            var compilation = _files.Compile(Source("w.safetensors"), "Net.cs", References.Default, GeneratorHarness.CompilationOptions);
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var run = WeightFiles.Run(compilation, new[] { new DiskText(path) });
            stopwatch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

            Assert.Contains("unexpected tensor 'x'", AssertSingle(run, DiagnosticDescriptors.WeightsMismatch), StringComparison.Ordinal);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), stopwatch.Elapsed.ToString());
            Assert.True(allocated < 64L << 20, $"{allocated} bytes allocated"); // the data alone is 120 MB
        }

        [Fact]
        public void NG0020AndNG0021StayShortWhateverThePathsAndTheirNumber()
        {
            string longPath = new string('p', 5000) + ".safetensors";
            string notFound = AssertSingle(_files.Run(Source(longPath), "Net.cs"), DiagnosticDescriptors.WeightsFileNotFound);
            Assert.True(notFound.Length <= 1024, $"{notFound.Length} characters");
            Assert.Contains("(5012 characters)", notFound, StringComparison.Ordinal);

            var many = Enumerable.Range(0, 10).Select(i => _files.Write($"copy{i}/w.safetensors", Weights())).ToArray();
            string ambiguous = AssertSingle(_files.Run(Source("w.safetensors"), "src/Net.cs", many), DiagnosticDescriptors.WeightsFileAmbiguous);
            Assert.True(ambiguous.Length <= 1024, $"{ambiguous.Length} characters");
            Assert.Contains(" and 7 more", ambiguous, StringComparison.Ordinal);
        }

        private string MakeHostile(string kind, string relativePath)
        {
            string path = System.IO.Path.Combine(_files.Folder, relativePath);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            switch (kind)
            {
                case "fifo":
                    using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", path))
                    {
                        mkfifo.WaitForExit();
                        Assert.Equal(0, mkfifo.ExitCode);
                    }

                    break;
                case "devzero":
                    File.CreateSymbolicLink(path, "/dev/zero");
                    break;
                case "sparse":
                    using (var stream = new FileStream(path, FileMode.CreateNew))
                    {
                        stream.SetLength(8L << 30); // 8 GiB of holes: no disk
                    }

                    break;
                case "folder":
                    Directory.CreateDirectory(path);
                    break;
                case "dangling":
                    File.CreateSymbolicLink(path, System.IO.Path.Combine(_files.Folder, "nothing-here"));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }

            return path;
        }

        /// <summary>
        /// Runs the generator on another thread and fails if it takes over 20 s (it takes well under 1 s); a run
        /// blocked opening a FIFO is released by opening the FIFO's other end.
        /// </summary>
        private static GeneratorRun RunBounded(Func<GeneratorRun> run, string hostile)
        {
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var task = System.Threading.Tasks.Task.Run(run);
            if (!task.Wait(TimeSpan.FromSeconds(20)))
            {
                try
                {
                    using var writer = new FileStream(hostile, FileMode.Open, FileAccess.Write);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Not a FIFO: nothing to release.
                }

                Assert.Fail($"The generator did not finish within 20 s on {hostile}.");
            }

            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(20), stopwatch.Elapsed.ToString());
            return task.Result;
        }

        public void Dispose() => _files.Dispose();

        private static IncrementalStepRunReason[] Reasons(GeneratorRun run, string step) =>
            run.Result.TrackedSteps.TryGetValue(step, out var runs) ? runs.SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray() : Array.Empty<IncrementalStepRunReason>();

        /// <summary>Exactly one diagnostic, this one, an error on the [Network(...)] attribute; returns its message.</summary>
        private static string AssertSingle(GeneratorRun run, DiagnosticDescriptor descriptor)
        {
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal(descriptor.Id, diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            string text = run.Input.SyntaxTrees.Single().GetText().ToString(diagnostic.Location.SourceSpan);
            Assert.Equal(run.Input.SyntaxTrees.Single().FilePath, diagnostic.Location.GetLineSpan().Path);
            Assert.StartsWith("Network(Weights", text, StringComparison.Ordinal);
            return diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
