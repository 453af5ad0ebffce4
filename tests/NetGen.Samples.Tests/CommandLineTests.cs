using System.IO;

namespace NetGen.Samples.Tests
{
    public sealed class CommandLineTests
    {
        private static (int? ExitCode, int Epochs, double Rate, string Out, string Output, string Error) Parse(params string[] args)
        {
            var cli = new CommandLine(args, "Demo", "A demo.");
            int epochs = cli.Epochs(100);
            double rate = cli.Double("rate", 0.5, "a rate");
            string folder = cli.OutputFolder("default-folder");
            var output = new StringWriter();
            var error = new StringWriter();
            int? exitCode = cli.Finish(output, error);
            return (exitCode, epochs, rate, folder, output.ToString(), error.ToString());
        }

        [Fact]
        public void NoArgumentsGiveTheDefaults()
        {
            var parsed = Parse();
            Assert.Null(parsed.ExitCode);
            Assert.Equal((100, 0.5, "default-folder"), (parsed.Epochs, parsed.Rate, parsed.Out));
        }

        [Fact]
        public void SpaceAndEqualsFormsAndNegativeNumbersAreRead()
        {
            var parsed = Parse("--epochs", "7", "--rate=-1.5e-2", "--out", "a b");
            Assert.Null(parsed.ExitCode);
            Assert.Equal((7, -0.015, "a b"), (parsed.Epochs, parsed.Rate, parsed.Out));
        }

        [Fact]
        public void HelpListsEveryOptionWithItsDefaultAndExitsWithZero()
        {
            var parsed = Parse("--help");
            Assert.Equal(0, parsed.ExitCode);
            Assert.StartsWith("Usage: Demo [options]", parsed.Output, System.StringComparison.Ordinal);
            Assert.Contains("--epochs <n>", parsed.Output, System.StringComparison.Ordinal);
            Assert.Contains("(default: 100)", parsed.Output, System.StringComparison.Ordinal);
            Assert.Contains("--rate <x>", parsed.Output, System.StringComparison.Ordinal);
            Assert.Contains("--out <folder>", parsed.Output, System.StringComparison.Ordinal);
            Assert.Empty(parsed.Error);
        }

        [Theory]
        [InlineData("Unknown option --epoch.", "--epoch", "5")]
        [InlineData("Option --epochs expects an integer but got 'ten'.", "--epochs", "ten")]
        [InlineData("Option --epochs must be in [1, 2147483647] but got 0.", "--epochs", "0")]
        [InlineData("Option --rate expects a finite number but got 'NaN'.", "--rate", "NaN")]
        [InlineData("Option --out needs a value.", "--out")]
        [InlineData("Unexpected argument 'stray'.", "stray")]
        public void MistakesAreReportedWithTheHelpAndExitCodeTwo(string message, params string[] args)
        {
            var parsed = Parse(args);
            Assert.Equal(2, parsed.ExitCode);
            Assert.StartsWith(message, parsed.Error, System.StringComparison.Ordinal);
            Assert.Contains("Usage: Demo [options]", parsed.Error, System.StringComparison.Ordinal);
            Assert.Empty(parsed.Output);
        }

        [Fact]
        public void EverySampleAnswersHelpWithoutRunning()
        {
            Assert.Equal(0, NetGen.Samples.QuadraticFit.Program.Main(new[] { "--help" }));
            Assert.Equal(0, NetGen.Samples.CubicFit.Program.Main(new[] { "--help" }));
            Assert.Equal(0, NetGen.Samples.PiecewiseFit.Program.Main(new[] { "--help" }));
            Assert.Equal(0, NetGen.Samples.Xor.Program.Main(new[] { "--help" }));
            Assert.Equal(0, NetGen.Samples.Activations.Program.Main(new[] { "--help" }));
            Assert.Equal(2, NetGen.Samples.Xor.Program.Main(new[] { "--no-such-option", "1" }));
        }

        [Fact]
        public void SettingsThatClashAtRunTimeExitWithTwoAndTheReason()
        {
            var error = new StringWriter();
            var cli = new CommandLine(new[] { "--points", "10" }, "Demo", "A demo.");
            int points = cli.Int("points", 100, "rows");

            int exitCode = cli.Run(() => throw new System.ArgumentException($"--points ({points}) is too few."), TextWriter.Null, error);

            Assert.Equal(2, exitCode);
            Assert.Equal("--points (10) is too few.", error.ToString().Trim());
            Assert.Equal(2, NetGen.Samples.QuadraticFit.Program.Main(new[] { "--points", "10", "--batch-size", "20" }));
            Assert.Equal(2, NetGen.Samples.Activations.Program.Main(new[] { "--min", "1", "--max", "0" }));
        }
    }
}
