using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NetGen.Samples.Classification
{
    /// <summary>Settings of <see cref="ClassificationSample.Run"/>.</summary>
    public sealed record ClassificationOptions
    {
        /// <summary>The most passes over the training rows; early stopping usually ends sooner.</summary>
        public int Epochs { get; init; } = 100;
        /// <summary>Seed of the split, the initial weights and the shuffling.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Folder the PNG plots are written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "Classification");
        /// <summary>Rows per Adam step; the last batch of an epoch may be short.</summary>
        public int BatchSize { get; init; } = 32;
        /// <summary>Adam's learning rate at the start.</summary>
        public double LearningRate { get; init; } = 3e-3;
        /// <summary>StepLR: the learning rate is multiplied by <see cref="Gamma"/> every this many epochs.</summary>
        public int StepSize { get; init; } = 20;
        /// <summary>StepLR's factor.</summary>
        public double Gamma { get; init; } = 0.5;
        /// <summary>Epochs without a lower validation loss before training stops; the best epoch's weights are kept.</summary>
        public int Patience { get; init; } = 10;
        /// <summary>Share of each class held out for validation (early stopping).</summary>
        public double ValidationFraction { get; init; } = 0.2;
        /// <summary>Share of each class held out for the final test.</summary>
        public double TestFraction { get; init; } = 0.2;
    }

    /// <summary>One epoch's figures, as the training loop reports them.</summary>
    /// <param name="Epoch">1-based.</param>
    /// <param name="TrainLoss">Mean cross-entropy of the epoch's batches, each taken before its update, weighted by rows.</param>
    /// <param name="ValidationLoss">Mean cross-entropy on the validation rows after the epoch.</param>
    /// <param name="ValidationAccuracy">Share of validation rows classified right after the epoch.</param>
    /// <param name="LearningRate">The learning rate the epoch's steps used.</param>
    /// <param name="Elapsed">Time since training started.</param>
    public sealed record EpochFigures(int Epoch, double TrainLoss, double ValidationLoss, double ValidationAccuracy, double LearningRate, TimeSpan Elapsed);

    /// <summary>What training reported, epoch by epoch (index 0 is epoch 1).</summary>
    /// <param name="TrainLosses">Each epoch's training loss.</param>
    /// <param name="ValidationLosses">Each epoch's validation loss.</param>
    /// <param name="ValidationAccuracies">Each epoch's validation accuracy.</param>
    /// <param name="BestEpoch">1-based epoch of the lowest validation loss, whose weights the network holds.</param>
    /// <param name="StoppedEarly">Whether the patience ran out before the last epoch.</param>
    public sealed record TrainingHistory(
        float[] TrainLosses, float[] ValidationLosses, double[] ValidationAccuracies, int BestEpoch, bool StoppedEarly);

    /// <summary>What <see cref="ClassificationSample.Run"/> trained, measured and wrote.</summary>
    /// <param name="Network">The trained network (the best epoch's weights).</param>
    /// <param name="Split">The row indices of each part, into <see cref="Digits.Load"/>'s rows.</param>
    /// <param name="Standardizer">The training statistics every part was standardised with.</param>
    /// <param name="History">The training curves.</param>
    /// <param name="TrainAccuracy">Share of training rows classified right.</param>
    /// <param name="ValidationAccuracy">Share of validation rows classified right.</param>
    /// <param name="TestAccuracy">Share of test rows classified right.</param>
    /// <param name="ConfusionMatrix">Test rows counted by [true digit, predicted digit].</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record ClassificationResult(
        DigitsNet Network, Split Split, Standardizer Standardizer, TrainingHistory History,
        double TrainAccuracy, double ValidationAccuracy, double TestAccuracy, int[,] ConfusionMatrix, IReadOnlyList<string> Plots);

    /// <summary>
    /// A classifier on real data, the way a PyTorch or Keras user trains one: the UCI handwritten digits split
    /// into stratified train / validation / test parts, standardised with the training statistics, a
    /// 64→32 ReLU→10 softmax network trained with Adam, a step learning-rate schedule and early stopping on the
    /// validation loss; then accuracy on every part and the test set's confusion matrix.
    /// </summary>
    public static class ClassificationSample
    {
        /// <summary>Loads and splits the data, trains, prints progress and the metrics, and writes the plots.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives the progress lines and the final metrics.</param>
        public static ClassificationResult Run(ClassificationOptions options, TextWriter log)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, "--epochs");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, "--batch-size");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.StepSize, 1, "--step-size");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Patience, 1, "--patience");
            if (!(options.LearningRate > 0 && double.IsFinite(options.LearningRate)))
            {
                throw new ArgumentException($"--lr must be a positive number but got {options.LearningRate.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (!(options.Gamma > 0 && options.Gamma <= 1))
            {
                throw new ArgumentException($"--gamma must be in (0, 1] but got {options.Gamma.ToString(CultureInfo.InvariantCulture)}.");
            }

            LabelledRows all = Digits.Load();
            Split split = Digits.StratifiedSplit(all.Labels, options.ValidationFraction, options.TestFraction, options.Seed);
            LabelledRows rawTrain = all.Select(split.Train);
            var standardizer = Standardizer.Fit(rawTrain);
            LabelledRows train = standardizer.Transform(rawTrain);
            LabelledRows validation = standardizer.Transform(all.Select(split.Validation));
            LabelledRows test = standardizer.Transform(all.Select(split.Test));

            var network = new DigitsNet(options.Seed);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Classification: UCI digits, {all.Count} rows of 8×8 pixels, split {train.Count} train / {validation.Count} validation / {test.Count} test (stratified)"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"64→32 ReLU→10 softmax, {DigitsNet.ParameterCount} parameters, cross-entropy, Adam lr {options.LearningRate:g3} ×{options.Gamma:g3} every {options.StepSize} epochs, batch {options.BatchSize}, up to {options.Epochs} epochs, patience {options.Patience}"));

            var progress = new Progress(log, options.Epochs);
            TimeSpan elapsed = TimeSpan.Zero;
            TrainingHistory history = Train(network, train, validation, options, figures =>
            {
                elapsed = figures.Elapsed;
                if (progress.ShouldPrint(figures.Epoch))
                {
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"epoch {figures.Epoch.ToString(CultureInfo.InvariantCulture).PadLeft(options.Epochs.ToString(CultureInfo.InvariantCulture).Length)}/{options.Epochs}  loss {figures.TrainLoss:0.0000}  validation loss {figures.ValidationLoss:0.0000}  accuracy {figures.ValidationAccuracy:0.0000}  lr {figures.LearningRate:g3}"));
                }
            });

            int epochsRun = history.TrainLosses.Length;
            string seconds = elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            log.WriteLine(history.StoppedEarly
                ? $"Stopped early after epoch {epochsRun} ({seconds} s): no lower validation loss for {options.Patience} epochs. Kept the weights of epoch {history.BestEpoch}."
                : $"Ran all {epochsRun} epochs ({seconds} s). Kept the weights of epoch {history.BestEpoch}, the lowest validation loss.");

            double trainAccuracy = Accuracy(network, train);
            double validationAccuracy = Accuracy(network, validation);
            int[] testPredictions = PredictClasses(network, test);
            double testAccuracy = Accuracy(testPredictions, test.Labels);
            int[,] confusion = ConfusionMatrix(test.Labels, testPredictions);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Accuracy: train {trainAccuracy:0.0000}, validation {validationAccuracy:0.0000}, test {testAccuracy:0.0000} ({Correct(confusion)} of {test.Count} test digits right)"));
            WriteConfusionMatrix(confusion, log);

            var plots = new List<string>
            {
                PlotCurves(history, options.OutputFolder),
                PlotConfusionMatrix(confusion, testAccuracy, options.OutputFolder),
            };
            foreach (string path in plots)
            {
                log.WriteLine($"Wrote {path}");
            }

            return new ClassificationResult(network, split, standardizer, history, trainAccuracy, validationAccuracy, testAccuracy, confusion, plots);
        }

        /// <summary>
        /// Trains with mini-batches, the step schedule and early stopping on the validation loss, and leaves the
        /// best epoch's weights in <paramref name="network"/>.
        /// </summary>
        internal static TrainingHistory Train(
            DigitsNet network, LabelledRows train, LabelledRows validation, ClassificationOptions options, Action<EpochFigures> onEpoch)
        {
            network.LearningRate = options.LearningRate;
            FitResult fit = network.Fit(train.Features, train.Labels, new FitOptions
            {
                Epochs = options.Epochs,
                BatchSize = options.BatchSize,
                Seed = options.Seed,
                Schedule = LearningRateSchedule.Step(options.StepSize, options.Gamma),
                Patience = options.Patience,
                OnEpoch = report =>
                {
                    onEpoch(new EpochFigures(report.Epoch, report.TrainLoss, report.ValidationLoss, report.ValidationAccuracy, report.LearningRate, report.Elapsed));
                    return true;
                },
            }, validation.Features, validation.Labels);

            return new TrainingHistory(
                fit.TrainLosses.Select(loss => (float)loss).ToArray(),
                fit.ValidationLosses.Select(loss => (float)loss).ToArray(),
                fit.ValidationAccuracies.ToArray(),
                fit.BestEpoch,
                fit.StoppedEarly);
        }

        /// <summary>The predicted digit of each row: the most probable class (the first on a tie, as torch.argmax).</summary>
        public static int[] PredictClasses(DigitsNet network, LabelledRows rows)
        {
            var predictions = new int[rows.Count];
            for (int row = 0; row < rows.Count; row++)
            {
                predictions[row] = network.PredictClass(rows.Features.AsSpan(row * Digits.FeatureCount, Digits.FeatureCount));
            }

            return predictions;
        }

        /// <summary>Share of <paramref name="rows"/> the network classifies right.</summary>
        public static double Accuracy(DigitsNet network, LabelledRows rows) => network.Accuracy(rows.Features, rows.Labels);

        private static double Accuracy(int[] predictions, int[] labels)
        {
            int correct = 0;
            for (int i = 0; i < labels.Length; i++)
            {
                correct += predictions[i] == labels[i] ? 1 : 0;
            }

            return (double)correct / labels.Length;
        }

        /// <summary>Counts of [true class, predicted class].</summary>
        public static int[,] ConfusionMatrix(int[] labels, int[] predictions)
        {
            var counts = new int[Digits.ClassCount, Digits.ClassCount];
            for (int i = 0; i < labels.Length; i++)
            {
                counts[labels[i], predictions[i]]++;
            }

            return counts;
        }

        private static int Correct(int[,] confusion)
        {
            int correct = 0;
            for (int c = 0; c < Digits.ClassCount; c++)
            {
                correct += confusion[c, c];
            }

            return correct;
        }

        private static void WriteConfusionMatrix(int[,] confusion, TextWriter log)
        {
            log.WriteLine("Test confusion matrix (rows: true digit, columns: predicted digit):");
            log.WriteLine("     " + string.Concat(Enumerable.Range(0, Digits.ClassCount).Select(c => c.ToString(CultureInfo.InvariantCulture).PadLeft(4))));
            for (int row = 0; row < Digits.ClassCount; row++)
            {
                var line = new System.Text.StringBuilder();
                line.Append(row.ToString(CultureInfo.InvariantCulture).PadLeft(4)).Append(' ');
                for (int column = 0; column < Digits.ClassCount; column++)
                {
                    line.Append(confusion[row, column].ToString(CultureInfo.InvariantCulture).PadLeft(4));
                }

                log.WriteLine(line.ToString());
            }
        }

        private static string PlotCurves(TrainingHistory history, string folder)
        {
            var loss = Charts.Create("Cross-entropy loss", "epoch", "mean cross-entropy (log scale)");
            Charts.AddLogLine(loss, history.TrainLosses, "training (epoch mean of the batch losses)").Color = Charts.SeriesColor(0);
            Charts.AddLogLine(loss, history.ValidationLosses, "validation").Color = Charts.SeriesColor(1);
            MarkBestEpoch(loss, history.BestEpoch);
            loss.ShowLegend(ScottPlot.Alignment.UpperRight);

            var accuracy = Charts.Create("Validation accuracy", "epoch", "share of validation digits right");
            double[] epochs = Enumerable.Range(1, history.ValidationAccuracies.Length).Select(e => (double)e).ToArray();
            var line = accuracy.Add.ScatterLine(epochs, history.ValidationAccuracies);
            line.LegendText = "validation accuracy";
            line.LineWidth = 2;
            line.Color = Charts.SeriesColor(1);
            MarkBestEpoch(accuracy, history.BestEpoch);
            accuracy.ShowLegend(ScottPlot.Alignment.LowerRight);

            return Charts.SaveGrid(new[] { loss, accuracy }, columns: 2, folder, "classification-curves.png", cellWidth: 700, cellHeight: 520,
                "Digits: training and validation curves");
        }

        private static void MarkBestEpoch(ScottPlot.Plot plot, int bestEpoch)
        {
            var best = plot.Add.VerticalLine(bestEpoch, 1.5f, ScottPlot.Colors.Gray, ScottPlot.LinePattern.Dashed);
            best.LegendText = string.Create(CultureInfo.InvariantCulture, $"best epoch {bestEpoch} (weights kept)");
        }

        private static string PlotConfusionMatrix(int[,] confusion, double testAccuracy, string folder)
        {
            int n = Digits.ClassCount;
            var plot = Charts.Create(
                string.Create(CultureInfo.InvariantCulture, $"Test confusion matrix (accuracy {testAccuracy:0.000})"), "predicted digit", "true digit");

            // Heatmap rows run top to bottom: row 0 (true digit 0) is drawn at the top, at y = n − 1.
            var values = new double[n, n];
            int max = 0;
            for (int row = 0; row < n; row++)
            {
                for (int column = 0; column < n; column++)
                {
                    values[row, column] = confusion[row, column];
                    max = Math.Max(max, confusion[row, column]);
                }
            }

            var heatmap = plot.Add.Heatmap(values);
            heatmap.Rectangle = new ScottPlot.CoordinateRect(-0.5, n - 0.5, -0.5, n - 0.5); // cell edges, so cell (r, c) is centred on (c, n − 1 − r)
            heatmap.Colormap = new CountColormap();
            plot.Add.ColorBar(heatmap).Label = "test digits";

            for (int row = 0; row < n; row++)
            {
                for (int column = 0; column < n; column++)
                {
                    int count = confusion[row, column];
                    var text = plot.Add.Text(count.ToString(CultureInfo.InvariantCulture), column, n - 1 - row);
                    text.LabelAlignment = ScottPlot.Alignment.MiddleCenter;
                    text.LabelFontSize = 16;
                    text.LabelBold = row == column;
                    // Light text on the dark cells, dark on the light ones.
                    text.LabelFontColor = CountColormap.IsDark(max == 0 ? 0 : (double)count / max) ? ScottPlot.Colors.White
                        : count == 0 ? ScottPlot.Colors.Gray : ScottPlot.Colors.Black;
                }
            }

            double[] positions = Enumerable.Range(0, n).Select(i => (double)i).ToArray();
            plot.Axes.Bottom.SetTicks(positions, positions.Select(p => p.ToString(CultureInfo.InvariantCulture)).ToArray());
            plot.Axes.Left.SetTicks(positions, positions.Select(p => (n - 1 - p).ToString(CultureInfo.InvariantCulture)).ToArray());
            plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
            plot.Axes.Left.TickLabelStyle.FontSize = 16;
            plot.Axes.SetLimits(-0.5, n - 0.5, -0.5, n - 0.5);
            return Charts.Save(plot, folder, "classification-confusion.png", width: 760, height: 680);
        }

        /// <summary>
        /// White for no digits to dark blue for the most, on a square-root scale so that the few confusions
        /// (counts 1–3 beside diagonals of about 36) stand out from the empty cells.
        /// </summary>
        private sealed class CountColormap : ScottPlot.IColormap
        {
            private static readonly ScottPlot.Color Light = ScottPlot.Colors.White;
            private static readonly ScottPlot.Color Dark = ScottPlot.Color.FromHex("#08306B");

            public string Name => "counts, white to blue";

            /// <summary>Whether a cell of this normalised count is dark enough to need white text.</summary>
            public static bool IsDark(double normalized) => Math.Sqrt(Math.Clamp(normalized, 0, 1)) > 0.5;

            public ScottPlot.Color GetColor(double normalized)
            {
                double t = Math.Sqrt(Math.Clamp(double.IsNaN(normalized) ? 0 : normalized, 0, 1));
                byte Mix(byte light, byte dark) => (byte)Math.Round(light + (dark - light) * t);
                return new ScottPlot.Color(Mix(Light.R, Dark.R), Mix(Light.G, Dark.G), Mix(Light.B, Dark.B));
            }
        }
    }
}
