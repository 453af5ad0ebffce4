using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NetGen.Samples.Xor
{
    /// <summary>Settings of <see cref="XorSample.Run"/>.</summary>
    public sealed record XorOptions
    {
        /// <summary>Full-batch Adam steps.</summary>
        public int Epochs { get; init; } = 500;
        /// <summary>Seed of the initial weights.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Folder the PNG plots are written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "Xor");
        /// <summary>Cells per side of the decision-surface heatmap.</summary>
        public int Resolution { get; init; } = 101;
    }

    /// <summary>One trained variant.</summary>
    /// <param name="Name">The network's class name.</param>
    /// <param name="Network">The trained network.</param>
    /// <param name="Losses">Each epoch's loss.</param>
    /// <param name="FinalMse">The mean squared error on the four rows after training.</param>
    /// <param name="Predictions">The outputs for the four rows of <see cref="XorSample.Inputs"/>.</param>
    public sealed record XorRun(string Name, INeuralNetwork<float> Network, float[] Losses, double FinalMse, float[] Predictions);

    /// <summary>What <see cref="XorSample.Run"/> trained and wrote.</summary>
    /// <param name="Runs">The 2→10→1 network, then the 2→10→5→1 one.</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record XorResult(IReadOnlyList<XorRun> Runs, IReadOnlyList<string> Plots);

    /// <summary>The "hello world" of neural networks: XOR, which no single linear layer can learn.</summary>
    public static class XorSample
    {
        /// <summary>The four input rows (x1, x2), row-major.</summary>
        public static IReadOnlyList<float> Inputs { get; } = new float[] { 0, 0, 0, 1, 1, 0, 1, 1 };

        /// <summary>x1 XOR x2 for each row of <see cref="Inputs"/>.</summary>
        public static IReadOnlyList<float> Targets { get; } = new float[] { 0, 1, 1, 0 };

        /// <summary>Trains both networks, prints the truth table and writes the loss and decision-surface plots.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives the progress lines, the truth table and the final metrics.</param>
        public static XorResult Run(XorOptions options, TextWriter log)
        {
            log.WriteLine($"Xor: 4 rows, Adam lr 0.01, {options.Epochs} full-batch epochs");
            var runs = new List<XorRun>
            {
                Train(nameof(XorNet), new XorNet(options.Seed), options.Epochs, log),
                Train(nameof(XorDeepNet), new XorDeepNet(options.Seed), options.Epochs, log),
            };

            log.WriteLine();
            log.WriteLine($"x1  x2  target  {runs[0].Name,10}  {runs[1].Name,10}");
            for (int row = 0; row < Targets.Count; row++)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Inputs[2 * row],2}  {Inputs[2 * row + 1],2}  {Targets[row],6}  {runs[0].Predictions[row],10:0.0000}  {runs[1].Predictions[row],10:0.0000}"));
            }

            log.WriteLine();
            foreach (XorRun run in runs)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Final MSE {run.Name,-10}: {run.FinalMse:0.000e+00}"));
            }

            var plots = new List<string>
            {
                PlotSurfaces(runs, options.Resolution, options.OutputFolder),
                PlotLosses(runs, options.OutputFolder),
            };
            foreach (string path in plots)
            {
                log.WriteLine($"Wrote {path}");
            }

            return new XorResult(runs, plots);
        }

        private static XorRun Train(string name, INeuralNetwork<float> network, int epochs, TextWriter log)
        {
            float[] inputs = [.. Inputs];
            float[] targets = [.. Targets];
            var progress = new Progress(log, epochs, name.PadRight(10));
            var losses = new float[epochs];
            for (int epoch = 0; epoch < epochs; epoch++)
            {
                losses[epoch] = network.TrainStep(inputs, targets); // the four rows are one batch
                progress.Report(epoch + 1, losses[epoch]);
            }

            // The final loss and the four predictions from one forward pass.
            var predictions = new float[targets.Length];
            float finalLoss = network.EvaluateLoss(inputs, targets, predictions);
            return new XorRun(name, network, losses, finalLoss, predictions);
        }

        private static string PlotSurfaces(IReadOnlyList<XorRun> runs, int resolution, string folder)
        {
            var plots = new List<ScottPlot.Plot>();
            foreach (XorRun run in runs)
            {
                var plot = Charts.Create(string.Create(CultureInfo.InvariantCulture, $"{run.Name} (MSE {run.FinalMse:0.0e+00})"), "x1", "x2");

                // Heatmap rows run top to bottom, so row 0 holds the largest x2.
                var values = new double[resolution, resolution];
                var input = new float[2];
                var output = new float[1];
                for (int row = 0; row < resolution; row++)
                {
                    for (int column = 0; column < resolution; column++)
                    {
                        input[0] = (column + 0.5f) / resolution;
                        input[1] = 1 - (row + 0.5f) / resolution;
                        run.Network.Predict(input, output);
                        values[row, column] = output[0];
                    }
                }

                var heatmap = plot.Add.Heatmap(values);
                // The cells' edges: Extent would place the corner cells' centres on the edges, half a cell off the grid above.
                heatmap.Rectangle = new ScottPlot.CoordinateRect(0, 1, 0, 1);
                heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
                plot.Add.ColorBar(heatmap);

                AddRows(plot, 0f, "target 0", ScottPlot.Colors.Red, ScottPlot.MarkerShape.OpenCircle);
                AddRows(plot, 1f, "target 1", ScottPlot.Colors.Black, ScottPlot.MarkerShape.FilledSquare);
                plot.ShowLegend(ScottPlot.Alignment.UpperCenter);
                plot.Axes.SetLimits(-0.05, 1.05, -0.05, 1.05);
                plots.Add(plot);
            }

            return Charts.SaveGrid(plots, columns: plots.Count, folder, "xor-surface.png", cellWidth: 640, cellHeight: 560, "XOR decision surfaces: network output over [0, 1]²");
        }

        private static void AddRows(ScottPlot.Plot plot, float target, string label, ScottPlot.Color color, ScottPlot.MarkerShape shape)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (int row = 0; row < Targets.Count; row++)
            {
                if (Targets[row] == target)
                {
                    xs.Add(Inputs[2 * row]);
                    ys.Add(Inputs[2 * row + 1]);
                }
            }

            var markers = plot.Add.Markers(xs.ToArray(), ys.ToArray(), shape, 14, color);
            markers.LegendText = label;
            markers.MarkerLineWidth = 3;
        }

        private static string PlotLosses(IReadOnlyList<XorRun> runs, string folder)
        {
            var plot = Charts.Create("Xor: training loss", "epoch (one full-batch Adam step)", "mean squared error (log scale)");
            foreach (XorRun run in runs)
            {
                Charts.AddLogLine(plot, run.Losses, run.Name);
            }

            plot.ShowLegend(ScottPlot.Alignment.UpperRight);
            return Charts.Save(plot, folder, "xor-loss.png");
        }
    }
}
