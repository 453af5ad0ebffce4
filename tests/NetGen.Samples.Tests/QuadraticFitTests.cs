using System.IO;
using System.Linq;
using NetGen.Samples.QuadraticFit;

namespace NetGen.Samples.Tests
{
    public sealed class QuadraticFitTests
    {
        [Fact]
        public void DefaultRunReachesTheTutorialsAccuracyAndWritesBothPlots()
        {
            using var folder = new TempFolder();
            var log = new StringWriter();

            QuadraticFitResult result = QuadraticFitSample.Run(new QuadraticFitOptions { OutputFolder = folder.Path }, log);

            // The data is y = x² + x + 1 on 100 points.
            Assert.Equal(100, result.X.Length);
            for (int i = 0; i < result.X.Length; i++)
            {
                double x = result.X[i];
                Assert.Equal((float)(x * x + x + 1), result.Y[i]);
            }

            // The reported metric is the full-data MSE, recomputed here from the trained network's predictions.
            double mse = result.X.Select((x, i) => (double)result.Network.Predict(x) - result.Y[i]).Select(d => d * d).Average();
            Assert.Equal(mse, result.FinalMse, 1e-6);
            Assert.True(mse <= 0.05, $"MSE {mse} is above 0.05 (PyTorch reaches 0.0115).");

            Assert.Equal(100, result.EpochLosses.Length);
            Assert.True(result.EpochLosses[^1] < result.EpochLosses[0] / 100, "The loss should fall by orders of magnitude.");

            // Progress: epoch 1, every 10th and the last; then the metric and one line per PNG.
            string[] lines = log.ToString().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
            string[] epochLines = lines.Where(l => l.StartsWith("epoch", System.StringComparison.Ordinal)).ToArray();
            Assert.Equal(11, epochLines.Length);
            Assert.StartsWith("epoch   1/100", epochLines[0], System.StringComparison.Ordinal);
            Assert.StartsWith("epoch 100/100", epochLines[^1], System.StringComparison.Ordinal);
            Assert.Contains(lines, l => l.StartsWith("Final MSE", System.StringComparison.Ordinal));

            Assert.Equal(new[] { "quadratic-fit.png", "quadratic-loss.png" }, result.Plots.Select(Path.GetFileName));
            foreach (string png in result.Plots)
            {
                PngAssert.IsPicture(png, folder.Path);
            }
        }

        [Fact]
        public void TheSameSeedGivesTheSameRunAndAnotherSeedAnotherOne()
        {
            using var folder = new TempFolder();
            var options = new QuadraticFitOptions { Epochs = 5, OutputFolder = folder.Path };

            QuadraticFitResult first = QuadraticFitSample.Run(options, TextWriter.Null);
            QuadraticFitResult second = QuadraticFitSample.Run(options, TextWriter.Null);
            QuadraticFitResult other = QuadraticFitSample.Run(options with { Seed = 1 }, TextWriter.Null);

            Assert.Equal(first.X, second.X);
            Assert.Equal(first.EpochLosses, second.EpochLosses);
            Assert.NotEqual(first.X, other.X);
        }

        [Fact]
        public void MainParsesItsOptionsAndWritesToTheRequestedFolder()
        {
            using var folder = new TempFolder();
            string output = Path.Combine(folder.Path, "nested");

            int exitCode = Program.Main(new[] { "--epochs", "3", "--seed=2", "--points", "40", "--out", output });

            Assert.Equal(0, exitCode);
            Assert.True(File.Exists(Path.Combine(output, "quadratic-fit.png")));
            Assert.True(File.Exists(Path.Combine(output, "quadratic-loss.png")));
        }
    }
}
