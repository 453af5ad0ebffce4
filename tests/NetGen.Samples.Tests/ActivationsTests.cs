using System;
using System.IO;
using System.Linq;
using NetGen.Samples.Activations;

namespace NetGen.Samples.Tests
{
    public sealed class ActivationsTests
    {
        [Fact]
        public void EveryElementWiseActivationIsPlottedWithADerivativeThatMatchesItsSlope()
        {
            using var folder = new TempFolder();
            ActivationsResult result = ActivationsSample.Run(new ActivationsOptions { OutputFolder = folder.Path }, TextWriter.Null);

            Activation[] expected = Enum.GetValues<Activation>().Where(a => a != Activation.Softmax).ToArray();
            Assert.Equal(expected, result.Curves.Select(c => c.Activation));
            Assert.Equal(-5, result.X[0]);
            Assert.Equal(5, result.X[^1]);

            // The plotted derivative is the slope of the plotted function: central differences, away from kinks.
            double h = result.X[1] - result.X[0];
            foreach (ActivationCurve curve in result.Curves)
            {
                for (int i = 1; i < result.X.Length - 1; i++)
                {
                    double x = result.X[i];
                    if (Math.Abs(x) < 2 * h || Math.Abs(x - 6) < 2 * h)
                    {
                        continue;
                    }

                    double slope = (curve.Values[i + 1] - curve.Values[i - 1]) / (2 * h);
                    Assert.True(Math.Abs(slope - curve.Derivatives[i]) < 1e-3,
                        $"{curve.Activation} at x = {x}: plotted f' {curve.Derivatives[i]}, slope of f {slope}.");
                }
            }

            // Spot checks against textbook values.
            ActivationCurve Curve(Activation a) => result.Curves.Single(c => c.Activation == a);
            int zero = Array.FindIndex(result.X, x => Math.Abs(x) < 1e-12);
            Assert.Equal(0.5, Curve(Activation.Sigmoid).Values[zero], 12);
            Assert.Equal(-0.05, Curve(Activation.LeakyRelu).Values[0], 12); // PyTorch's default slope 0.01
            Assert.Equal(Math.Tanh(5), Curve(Activation.Tanh).Values[^1], 12);
            Assert.Equal(result.X, Curve(Activation.Identity).Values);

            Assert.Equal(new[] { "activations.png" }, result.Plots.Select(Path.GetFileName));
            var (width, height) = PngAssert.IsPicture(result.Plots[0], folder.Path);
            Assert.True(width > height, "The grid is wider than tall: four columns, three rows.");
        }

        [Fact]
        public void AlphaOptionsReachTheFunctions()
        {
            using var folder = new TempFolder();
            ActivationsResult result = ActivationsSample.Run(
                new ActivationsOptions { OutputFolder = folder.Path, Min = -2, Max = 2, Points = 5, LeakyAlpha = 0.2, EluAlpha = 2 }, TextWriter.Null);

            Assert.Equal(-0.4, result.Curves.Single(c => c.Activation == Activation.LeakyRelu).Values[0], 12);
            Assert.Equal(2 * (Math.Exp(-2) - 1), result.Curves.Single(c => c.Activation == Activation.Elu).Values[0], 12);
        }
    }
}
