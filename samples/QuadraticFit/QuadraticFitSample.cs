using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NetGen.Samples.QuadraticFit
{
    /// <summary>Settings of <see cref="QuadraticFitSample.Run"/>; the defaults are the tutorial's.</summary>
    public sealed record QuadraticFitOptions
    {
        /// <summary>Passes over the data.</summary>
        public int Epochs { get; init; } = 100;
        /// <summary>Seed of the data, the initial weights and the shuffling.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Folder the PNG plots are written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "QuadraticFit");
        /// <summary>Number of samples, x ~ N(0, 1).</summary>
        public int Points { get; init; } = 100;
        /// <summary>Rows per step: DataLoader(batch_size=20, shuffle=True, drop_last=True).</summary>
        public int BatchSize { get; init; } = 20;
    }

    /// <summary>What <see cref="QuadraticFitSample.Run"/> trained and wrote.</summary>
    /// <param name="Network">The trained network.</param>
    /// <param name="X">The inputs, in the order they were drawn.</param>
    /// <param name="Y">The targets x² + x + 1.</param>
    /// <param name="EpochLosses">Each epoch's mean training loss.</param>
    /// <param name="FinalMse">The mean squared error on all points after training.</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record QuadraticFitResult(
        QuadraticNet Network, float[] X, float[] Y, float[] EpochLosses, double FinalMse, IReadOnlyList<string> Plots);

    /// <summary>
    /// The tutorial NetGen's README starts from: fit y = x² + x + 1 on 100 normal samples with a small ReLU
    /// network, mini-batches of 20 and Adam. PyTorch reaches a full-data MSE of about 0.0115.
    /// </summary>
    public static class QuadraticFitSample
    {
        /// <summary>The function being learned.</summary>
        public static double Target(double x) => x * x + x + 1;

        /// <summary>Generates the data, trains, prints progress and writes the fit and loss plots.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives the progress lines and the final metric.</param>
        public static QuadraticFitResult Run(QuadraticFitOptions options, TextWriter log)
        {
            if (options.Points < options.BatchSize)
            {
                throw new ArgumentException($"--points ({options.Points}) must be at least --batch-size ({options.BatchSize}): the short last batch is dropped.");
            }

            var random = new DeterministicRandom(options.Seed);
            var x = new float[options.Points];
            var y = new float[options.Points];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = (float)random.NextNormal();
                y[i] = (float)Target(x[i]);
            }

            var network = new QuadraticNet(options.Seed);
            log.WriteLine($"QuadraticFit: {options.Points} points, {QuadraticNet.ParameterCount} parameters, Adam lr 0.01 β1 0.8, batch {options.BatchSize}, {options.Epochs} epochs");
            var progress = new Progress(log, options.Epochs);
            float[] losses = network.Fit(x, y, options.Epochs, options.BatchSize, shuffle: true, dropLast: true, seed: options.Seed, onEpoch: progress.Report);

            double mse = network.EvaluateLoss(x, y);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Final MSE on all {options.Points} points: {mse:0.000000} (PyTorch: 0.0115)"));

            var plots = new List<string>
            {
                PlotFit(network, x, y, mse, options.OutputFolder),
                PlotLoss(losses, options.OutputFolder),
            };
            foreach (string path in plots)
            {
                log.WriteLine($"Wrote {path}");
            }

            return new QuadraticFitResult(network, x, y, losses, mse, plots);
        }

        private static string PlotFit(QuadraticNet network, float[] x, float[] y, double mse, string folder)
        {
            var plot = Charts.Create("y = x² + x + 1: data and the network's fit", "x", "y");
            var data = plot.Add.ScatterPoints(Series.ToDouble(x), Series.ToDouble(y));
            data.LegendText = "data (x ~ N(0, 1))";
            data.MarkerSize = 6;

            // The fit drawn through the sorted sample points, as the tutorial plots it.
            float[] sorted = x.OrderBy(v => v).ToArray();
            var predicted = new float[sorted.Length];
            network.PredictBatch(sorted, predicted);
            var fit = plot.Add.ScatterLine(Series.ToDouble(sorted), Series.ToDouble(predicted));
            fit.LegendText = string.Create(CultureInfo.InvariantCulture, $"network (MSE {mse:0.0000})");
            fit.LineWidth = 3;

            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
            return Charts.Save(plot, folder, "quadratic-fit.png");
        }

        private static string PlotLoss(float[] losses, string folder)
        {
            var plot = Charts.Create("QuadraticFit: training loss", "epoch", "mean squared error (log scale)");
            Charts.AddLogLine(plot, losses, "epoch mean of the batch losses");
            plot.ShowLegend(ScottPlot.Alignment.UpperRight);
            return Charts.Save(plot, folder, "quadratic-loss.png");
        }
    }
}
