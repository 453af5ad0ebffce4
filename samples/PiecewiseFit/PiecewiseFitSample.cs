using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NetGen.Samples.PiecewiseFit
{
    /// <summary>Settings of <see cref="PiecewiseFitSample.Run"/>.</summary>
    public sealed record PiecewiseFitOptions
    {
        /// <summary>Full-batch Adam steps.</summary>
        public int Epochs { get; init; } = 3000;
        /// <summary>Seed of the initial weights.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Folder the PNG plots are written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "PiecewiseFit");
        /// <summary>Evenly spaced x values in [0, 2].</summary>
        public int Points { get; init; } = 41;
    }

    /// <summary>What <see cref="PiecewiseFitSample.Run"/> trained and wrote.</summary>
    /// <param name="Network">The trained network.</param>
    /// <param name="X">The inputs.</param>
    /// <param name="Y">The targets x².</param>
    /// <param name="Losses">The loss before each step.</param>
    /// <param name="FinalMse">The mean squared error on all points after training.</param>
    /// <param name="Knots">Where each hidden unit bends: x = −b1_j / w1_j.</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record PiecewiseFitResult(
        PiecewiseNet Network, float[] X, float[] Y, float[] Losses, double FinalMse, double[] Knots, IReadOnlyList<string> Plots);

    /// <summary>
    /// Shows how a ReLU-family network builds a curve from line segments: y = x² on [0, 2] fitted with two
    /// LeakyRelu units, plotted as each unit's contribution w2_j·leaky(w1_j·x + b1_j) and their sum.
    /// </summary>
    public static class PiecewiseFitSample
    {
        // Offsets in Parameters (each layer's weight [out, in] row-major, then its bias; see the generated docs).
        private const int W1 = 0;
        private const int B1 = W1 + PiecewiseNet.Hidden * PiecewiseNet.InputSize;
        private const int W2 = B1 + PiecewiseNet.Hidden;
        private const int B2 = W2 + PiecewiseNet.OutputSize * PiecewiseNet.Hidden;

        /// <summary>Hidden unit <paramref name="unit"/>'s term of the output, w2_j·leaky(w1_j·x + b1_j), read from the parameters.</summary>
        public static float UnitContribution(ReadOnlySpan<float> parameters, int unit, float x)
            => parameters[W2 + unit] * Activations.LeakyRelu(parameters[W1 + unit] * x + parameters[B1 + unit], (float)PiecewiseNet.LeakySlope);

        /// <summary>The output layer's bias, the constant added to the units' terms.</summary>
        public static float OutputBias(ReadOnlySpan<float> parameters) => parameters[B2];

        /// <summary>Creates the data, trains with full-batch steps and writes the decomposition plot.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives the progress lines and the final metrics.</param>
        public static PiecewiseFitResult Run(PiecewiseFitOptions options, TextWriter log)
        {
            float[] x = Series.ToSingle(Series.Linspace(0, 2, options.Points));
            float[] y = Array.ConvertAll(x, v => v * v);

            var network = new PiecewiseNet(options.Seed);
            log.WriteLine($"PiecewiseFit: {x.Length} points, 1→{PiecewiseNet.Hidden} LeakyRelu({PiecewiseNet.LeakySlope.ToString(CultureInfo.InvariantCulture)})→1, Adam lr 0.05, {options.Epochs} full-batch steps");
            var progress = new Progress(log, options.Epochs, unit: "step");
            var losses = new float[options.Epochs];
            for (int step = 0; step < options.Epochs; step++)
            {
                losses[step] = network.TrainStep(x, y);
                progress.Report(step + 1, losses[step]);
            }

            double mse = network.EvaluateLoss(x, y);
            var knots = new double[PiecewiseNet.Hidden];
            for (int j = 0; j < knots.Length; j++)
            {
                knots[j] = -(double)network.Parameters[B1 + j] / network.Parameters[W1 + j];
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Final MSE: {mse:0.000000}"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Knots (where each unit bends): {string.Join(", ", Array.ConvertAll(knots, k => k.ToString("0.000", CultureInfo.InvariantCulture)))}"));

            var plots = new List<string> { PlotDecomposition(network, x, y, mse, knots, options.OutputFolder) };
            foreach (string path in plots)
            {
                log.WriteLine($"Wrote {path}");
            }

            return new PiecewiseFitResult(network, x, y, losses, mse, knots, plots);
        }

        private static string PlotDecomposition(PiecewiseNet network, float[] x, float[] y, double mse, double[] knots, string folder)
        {
            var plot = Charts.Create("y = x² from two LeakyRelu(0.1) units: a 3-segment polyline", "x", "y");
            var data = plot.Add.ScatterPoints(Series.ToDouble(x), Series.ToDouble(y));
            data.LegendText = "data y = x²";
            data.MarkerSize = 7;
            data.Color = ScottPlot.Colors.Gray;

            double[] grid = Series.Linspace(0, 2, 401);
            var sum = new double[grid.Length];
            float bias = OutputBias(network.Parameters);
            Array.Fill(sum, bias);
            for (int j = 0; j < PiecewiseNet.Hidden; j++)
            {
                var term = new double[grid.Length];
                for (int i = 0; i < grid.Length; i++)
                {
                    term[i] = UnitContribution(network.Parameters, j, (float)grid[i]);
                    sum[i] += term[i];
                }

                var line = plot.Add.ScatterLine(grid, term);
                line.LegendText = string.Create(CultureInfo.InvariantCulture, $"unit {j + 1}: w2·leaky(w1·x + b1), bends at x = {knots[j]:0.00}");
                line.LineWidth = 2;
                line.LinePattern = ScottPlot.LinePattern.Dashed;
            }

            var fit = plot.Add.ScatterLine(grid, sum);
            fit.LegendText = string.Create(CultureInfo.InvariantCulture, $"sum + output bias {bias:0.00} = network (MSE {mse:0.0000})");
            fit.LineWidth = 3;

            foreach (double knot in knots)
            {
                if (knot > 0 && knot < 2)
                {
                    var marker = plot.Add.VerticalLine(knot, 1, ScottPlot.Colors.Black.WithAlpha(0.4), ScottPlot.LinePattern.Dotted);
                    marker.LegendText = "";
                }
            }

            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
            return Charts.Save(plot, folder, "piecewise-fit.png");
        }
    }
}
