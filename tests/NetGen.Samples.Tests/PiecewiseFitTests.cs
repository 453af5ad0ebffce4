using System;
using System.IO;
using System.Linq;
using NetGen.Samples.PiecewiseFit;

namespace NetGen.Samples.Tests
{
    public sealed class PiecewiseFitTests
    {
        [Fact]
        public void DefaultRunFitsTheParabolaWithThreeSegments()
        {
            using var folder = new TempFolder();
            PiecewiseFitResult result = PiecewiseFitSample.Run(new PiecewiseFitOptions { OutputFolder = folder.Path }, TextWriter.Null);

            Assert.Equal(result.X.Select(x => x * x), result.Y);
            double mse = result.X.Select((x, i) => (double)result.Network.Predict(x) - result.Y[i]).Select(d => d * d).Average();
            Assert.Equal(mse, result.FinalMse, 1e-6);
            // A straight line through x² on [0, 2] leaves an MSE of about 0.09; three segments do far better.
            Assert.True(mse < 0.005, $"MSE {mse}");

            // Both units bend inside the data range, at different places: three segments, not fewer.
            Assert.Equal(2, result.Knots.Length);
            Assert.All(result.Knots, k => Assert.InRange(k, 0.05, 1.95));
            Assert.True(Math.Abs(result.Knots[0] - result.Knots[1]) > 0.2);

            Assert.Equal(new[] { "piecewise-fit.png" }, result.Plots.Select(Path.GetFileName));
            PngAssert.IsPicture(result.Plots[0], folder.Path);
        }

        [Fact]
        public void TheUnitsPlottedFromParametersAddUpToTheNetwork()
        {
            using var folder = new TempFolder();
            PiecewiseFitResult result = PiecewiseFitSample.Run(new PiecewiseFitOptions { Epochs = 200, OutputFolder = folder.Path }, TextWriter.Null);
            float[] p = result.Network.Parameters.ToArray();
            Assert.Equal(7, p.Length);

            for (int i = 0; i <= 40; i++)
            {
                float x = i / 20f;
                // The layout written out here, independently of the sample: W1 [2, 1], b1 [2], W2 [1, 2], b2 [1].
                double expected = p[6];
                for (int j = 0; j < 2; j++)
                {
                    double z = p[j] * x + p[2 + j];
                    expected += p[4 + j] * (z > 0 ? z : 0.1 * z);
                }

                double plotted = PiecewiseFitSample.OutputBias(p)
                    + PiecewiseFitSample.UnitContribution(p, 0, x) + PiecewiseFitSample.UnitContribution(p, 1, x);
                Assert.Equal(expected, plotted, 1e-5);
                Assert.Equal(expected, result.Network.Predict(x), 1e-5);
            }
        }
    }
}
