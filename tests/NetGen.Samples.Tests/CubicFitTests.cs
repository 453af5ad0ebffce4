using System;
using System.IO;
using System.Linq;
using NetGen.Samples.CubicFit;

namespace NetGen.Samples.Tests
{
    public sealed class CubicFitTests
    {
        [Fact]
        public void DefaultRunFitsTheCubicWithEachActivationAndPlotsThem()
        {
            using var folder = new TempFolder();
            var log = new StringWriter();

            CubicFitResult result = CubicFitSample.Run(new CubicFitOptions { OutputFolder = folder.Path }, log);

            // 300 points evenly spaced on [−1, 1]; targets x³ − x² plus noise in [0, 0.2).
            Assert.Equal(300, result.X.Length);
            Assert.Equal(-1f, result.X[0]);
            Assert.Equal(1f, result.X[^1]);
            Assert.Equal(2.0 / 299, result.X[1] - result.X[0], 1e-6);
            for (int i = 0; i < result.X.Length; i++)
            {
                double x = result.X[i];
                Assert.InRange(result.Y[i] - (x * x * x - x * x), -1e-6, 0.2 + 1e-6);
            }

            Assert.Equal(new[] { Activation.Relu, Activation.Softplus, Activation.Tanh }, result.Runs.Select(r => r.Activation));
            double variance = Variance(result.Y);
            foreach (CubicFitRun run in result.Runs)
            {
                double mse = Mse(run.Network, result.X, result.Y);
                Assert.Equal(mse, run.FinalMse, 1e-6);
                Assert.Equal(300, run.Losses.Length);
                Assert.True(run.Losses[^1] < run.Losses[0], $"{run.Activation}: the loss did not fall.");
                // Much better than predicting the mean; ReLU and Tanh converge within 300 steps, Softplus is slower.
                double bound = run.Activation == Activation.Softplus ? 0.2 * variance : 0.05 * variance;
                Assert.True(mse < bound, $"{run.Activation}: MSE {mse} ≥ {bound} (variance of y {variance}).");
                Assert.Contains(log.ToString().Split('\n'), l => l.StartsWith($"Final MSE {run.Activation}", StringComparison.Ordinal));
            }

            Assert.Equal(new[] { "cubic-fit.png", "cubic-loss.png" }, result.Plots.Select(Path.GetFileName));
            foreach (string png in result.Plots)
            {
                PngAssert.IsPicture(png, folder.Path);
            }
        }

        [Fact]
        public void TheReluFitIsPiecewiseLinearAndTheTanhFitIsCurved()
        {
            using var folder = new TempFolder();
            CubicFitResult result = CubicFitSample.Run(new CubicFitOptions { OutputFolder = folder.Path }, TextWriter.Null);

            double relu = CurvedFraction(result.Runs.Single(r => r.Activation == Activation.Relu).Network);
            double tanh = CurvedFraction(result.Runs.Single(r => r.Activation == Activation.Tanh).Network);

            Assert.True(relu < 0.25, $"ReLU fit bends at {relu:P0} of the grid points; it should be straight between a few corners.");
            Assert.True(tanh > 0.75, $"Tanh fit bends at only {tanh:P0} of the grid points.");
        }

        /// <summary>The share of grid points on [−1, 1] where the fit's second difference is not ~0.</summary>
        private static double CurvedFraction(INeuralNetwork<float> network)
        {
            const int Points = 201;
            var y = new double[Points];
            var output = new float[1];
            for (int i = 0; i < Points; i++)
            {
                network.Predict(new[] { -1f + 2f * i / (Points - 1) }, output);
                y[i] = output[0];
            }

            int curved = 0;
            for (int i = 1; i < Points - 1; i++)
            {
                curved += Math.Abs(y[i - 1] - 2 * y[i] + y[i + 1]) > 1e-5 ? 1 : 0;
            }

            return curved / (double)(Points - 2);
        }

        private static double Mse(INeuralNetwork<float> network, float[] x, float[] y)
        {
            var output = new float[1];
            double sum = 0;
            for (int i = 0; i < x.Length; i++)
            {
                network.Predict(new[] { x[i] }, output);
                sum += (output[0] - y[i]) * (double)(output[0] - y[i]);
            }

            return sum / x.Length;
        }

        private static double Variance(float[] values)
        {
            double mean = values.Average(v => (double)v);
            return values.Average(v => (v - mean) * (v - mean));
        }
    }
}
