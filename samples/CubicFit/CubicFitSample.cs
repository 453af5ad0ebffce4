using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NetGen.Samples.CubicFit
{
    /// <summary>Settings of <see cref="CubicFitSample.Run"/>.</summary>
    public sealed record CubicFitOptions
    {
        /// <summary>Full-batch SGD steps per network.</summary>
        public int Epochs { get; init; } = 300;
        /// <summary>Seed of the noise and the initial weights.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Folder the PNG plots are written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "CubicFit");
        /// <summary>Evenly spaced x values in [−1, 1], as torch.linspace(-1, 1, 300).</summary>
        public int Points { get; init; } = 300;
    }

    /// <summary>One trained variant.</summary>
    /// <param name="Activation">The hidden layers' activation.</param>
    /// <param name="Network">The trained network.</param>
    /// <param name="Losses">The loss before each step.</param>
    /// <param name="FinalMse">The mean squared error on all points after training.</param>
    public sealed record CubicFitRun(Activation Activation, INeuralNetwork<float> Network, float[] Losses, double FinalMse);

    /// <summary>What <see cref="CubicFitSample.Run"/> trained and wrote.</summary>
    /// <param name="X">The inputs.</param>
    /// <param name="Y">The noisy targets.</param>
    /// <param name="Runs">One entry per activation: ReLU, Softplus, Tanh.</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record CubicFitResult(float[] X, float[] Y, IReadOnlyList<CubicFitRun> Runs, IReadOnlyList<string> Plots);

    /// <summary>
    /// The classic "regression with a tiny network" tutorial: y = x³ − x² + 0.2·U(0, 1) on [−1, 1], fitted by
    /// 1→10→10→1 networks with full-batch SGD. Comparing activations shows that a ReLU network is piecewise
    /// linear (its fit has corners) while Softplus and Tanh fits are smooth.
    /// </summary>
    public static class CubicFitSample
    {
        /// <summary>The noise-free part of the target.</summary>
        public static double Cubic(double x) => x * x * x - x * x;

        /// <summary>Generates the data, trains the three networks and writes the comparison plots.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives the progress lines and the final metrics.</param>
        public static CubicFitResult Run(CubicFitOptions options, TextWriter log)
        {
            float[] x = Series.ToSingle(Series.Linspace(-1, 1, options.Points));
            var random = new DeterministicRandom(options.Seed);
            var y = new float[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = (float)(Cubic(x[i]) + 0.2 * random.NextDouble()); // torch.rand: U(0, 1)
            }

            log.WriteLine($"CubicFit: {x.Length} points, 1→10→10→1, SGD lr 0.2, {options.Epochs} full-batch steps per activation");
            var runs = new List<CubicFitRun>
            {
                Train(Activation.Relu, new CubicReluNet(options.Seed), x, y, options.Epochs, log),
                Train(Activation.Softplus, new CubicSoftplusNet(options.Seed), x, y, options.Epochs, log),
                Train(Activation.Tanh, new CubicTanhNet(options.Seed), x, y, options.Epochs, log),
            };

            foreach (CubicFitRun run in runs)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Final MSE {run.Activation,-8}: {run.FinalMse:0.000000}"));
            }

            var plots = new List<string> { PlotFits(x, y, runs, options.OutputFolder), PlotLosses(runs, options.OutputFolder) };
            foreach (string path in plots)
            {
                log.WriteLine($"Wrote {path}");
            }

            return new CubicFitResult(x, y, runs, plots);
        }

        private static CubicFitRun Train(Activation activation, INeuralNetwork<float> network, float[] x, float[] y, int steps, TextWriter log)
        {
            var progress = new Progress(log, steps, activation.ToString().PadRight(8), unit: "step");
            var losses = new float[steps];
            for (int step = 0; step < steps; step++)
            {
                losses[step] = network.TrainStep(x, y); // every row at once: one full-batch step
                progress.Report(step + 1, losses[step]);
            }

            return new CubicFitRun(activation, network, losses, network.EvaluateLoss(x, y));
        }

        private static string PlotFits(float[] x, float[] y, IReadOnlyList<CubicFitRun> runs, string folder)
        {
            var plot = Charts.Create("y = x³ − x² + 0.2·U(0, 1): fits by activation", "x", "y");
            var data = plot.Add.ScatterPoints(Series.ToDouble(x), Series.ToDouble(y));
            data.LegendText = "data";
            data.MarkerSize = 4;
            data.Color = ScottPlot.Colors.Gray.WithAlpha(0.6);

            double[] xs = Series.ToDouble(x);
            var predicted = new float[x.Length];
            for (int i = 0; i < runs.Count; i++)
            {
                CubicFitRun run = runs[i];
                run.Network.PredictBatch(x, predicted);
                var line = plot.Add.ScatterLine(xs, Series.ToDouble(predicted), Charts.SeriesColor(i));
                line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{run.Activation} (MSE {run.FinalMse:0.0000})");
                line.LineWidth = 2.5f;
            }

            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
            return Charts.Save(plot, folder, "cubic-fit.png");
        }

        private static string PlotLosses(IReadOnlyList<CubicFitRun> runs, string folder)
        {
            var plot = Charts.Create("CubicFit: training loss by activation", "SGD step", "mean squared error (log scale)");
            for (int i = 0; i < runs.Count; i++)
            {
                Charts.AddLogLine(plot, runs[i].Losses, runs[i].Activation.ToString()).Color = Charts.SeriesColor(i);
            }

            plot.ShowLegend(ScottPlot.Alignment.UpperRight);
            return Charts.Save(plot, folder, "cubic-loss.png");
        }
    }
}
