using System.IO;
using System.Linq;
using NetGen.Samples.Xor;

namespace NetGen.Samples.Tests
{
    public sealed class XorTests
    {
        [Fact]
        public void BothNetworksLearnTheTruthTable()
        {
            using var folder = new TempFolder();
            var log = new StringWriter();

            XorResult result = XorSample.Run(new XorOptions { Epochs = 300, Resolution = 60, OutputFolder = folder.Path }, log);

            Assert.Equal(new[] { "XorNet", "XorDeepNet" }, result.Runs.Select(r => r.Name));
            var output = new float[1];
            foreach (XorRun run in result.Runs)
            {
                double sum = 0;
                for (int a = 0; a <= 1; a++)
                {
                    for (int b = 0; b <= 1; b++)
                    {
                        run.Network.Predict(new float[] { a, b }, output);
                        double error = output[0] - (a ^ b);
                        sum += error * error;
                    }
                }

                double mse = sum / 4;
                Assert.True(mse <= 1e-3, $"{run.Name}: MSE {mse}");
                Assert.Equal(mse, run.FinalMse, 1e-6);
            }

            // The truth table is printed: a header and one line per row with both networks' outputs.
            string[] lines = log.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            int header = System.Array.FindIndex(lines, l => l.StartsWith("x1  x2  target", System.StringComparison.Ordinal));
            Assert.True(header >= 0, "No truth table header.");
            string[][] rows = lines.Skip(header + 1).Take(4).Select(l => l.Split(' ', System.StringSplitOptions.RemoveEmptyEntries)).ToArray();
            Assert.Equal(new[] { "0 0 0", "0 1 1", "1 0 1", "1 1 0" }, rows.Select(r => string.Join(' ', r.Take(3))));
            Assert.All(rows, r => Assert.Equal(5, r.Length));

            Assert.Equal(new[] { "xor-surface.png", "xor-loss.png" }, result.Plots.Select(Path.GetFileName));
            foreach (string png in result.Plots)
            {
                PngAssert.IsPicture(png, folder.Path);
            }
        }
    }
}
