using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NetGen.Samples.Tabular
{
    /// <summary>Settings of <see cref="TabularSample.Run"/>.</summary>
    public sealed record TabularOptions
    {
        /// <summary>The most passes over the training rows; early stopping usually ends sooner.</summary>
        public int Epochs { get; init; } = 300;
        /// <summary>Seed of the split, the initial weights, the dropout masks and the shuffling.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Folder the PNG plots are written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "Tabular");
        /// <summary>Rows per Adam step; the last batch of an epoch may be short.</summary>
        public int BatchSize { get; init; } = 32;
        /// <summary>Adam's learning rate (torch's default).</summary>
        public double LearningRate { get; init; } = 1e-3;
        /// <summary>Epochs without a lower validation loss before training stops; the best epoch's weights are kept.</summary>
        public int Patience { get; init; } = 20;
        /// <summary>Share of each class held out for validation (early stopping).</summary>
        public double ValidationFraction { get; init; } = 0.2;
        /// <summary>Share of each class held out for the final test.</summary>
        public double TestFraction { get; init; } = 0.2;
    }

    /// <summary>How one of the three networks trained and scored.</summary>
    /// <param name="Key">A, B or C.</param>
    /// <param name="Description">What the network adds.</param>
    /// <param name="ParameterCount">Trainable values (buffers not counted).</param>
    /// <param name="TrainLosses">Each epoch's mean training loss (training mode: dropout on, batch statistics).</param>
    /// <param name="ValidationLosses">Each epoch's validation loss (evaluation mode).</param>
    /// <param name="ValidationAccuracies">Each epoch's validation accuracy.</param>
    /// <param name="BestEpoch">1-based epoch of the lowest validation loss, whose weights the network holds.</param>
    /// <param name="StoppedEarly">Whether the patience ran out before the last epoch.</param>
    /// <param name="TrainAccuracy">Share of training rows classified right by the kept weights.</param>
    /// <param name="TestLoss">Binary cross-entropy on the test rows.</param>
    /// <param name="TestAccuracy">Share of test rows classified right.</param>
    /// <param name="TrainingTime">Wall-clock time of Fit (varies from run to run).</param>
    public sealed record ModelResult(
        string Key, string Description, int ParameterCount,
        double[] TrainLosses, double[] ValidationLosses, double[] ValidationAccuracies, int BestEpoch, bool StoppedEarly,
        double TrainAccuracy, double TestLoss, double TestAccuracy, TimeSpan TrainingTime)
    {
        /// <summary>Epochs trained before stopping.</summary>
        public int EpochsRun => TrainLosses.Length;

        /// <summary>The lowest validation loss, the best epoch's.</summary>
        public double BestValidationLoss => ValidationLosses[BestEpoch - 1];

        /// <summary>The validation accuracy of the kept weights.</summary>
        public double ValidationAccuracy => ValidationAccuracies[BestEpoch - 1];
    }

    /// <summary>What the Save → Load round trip of network C showed.</summary>
    /// <param name="Bytes">Size of the safetensors file.</param>
    /// <param name="TensorNames">The state_dict names written, in layout order.</param>
    /// <param name="BufferCount">Tensors that are buffers (standardisation, running statistics, batch counts), not parameters.</param>
    /// <param name="MaxDifferenceBeforeLoad">Largest |output difference| on the test rows between C and a fresh network (seed + 1) before Load.</param>
    /// <param name="MaxDifference">Largest |output difference| on the test rows between C and the loaded network.</param>
    /// <param name="SameClasses">Test rows both networks put in the same class.</param>
    public sealed record RoundTrip(long Bytes, IReadOnlyList<string> TensorNames, int BufferCount, double MaxDifferenceBeforeLoad, double MaxDifference, int SameClasses);

    /// <summary>What <see cref="TabularSample.Run"/> trained, measured and wrote.</summary>
    /// <param name="Split">The row indices of each part, into <see cref="BreastCancer.Load()"/>'s rows.</param>
    /// <param name="Raw">Network A, trained (best epoch's weights).</param>
    /// <param name="Standardized">Network B, trained.</param>
    /// <param name="Regularized">Network C, trained.</param>
    /// <param name="Models">A, B and C's figures, in that order.</param>
    /// <param name="RoundTrip">Network C saved and loaded into a fresh instance.</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record TabularResult(
        Split Split, RawNet Raw, StandardizedNet Standardized, RegularizedNet Regularized,
        IReadOnlyList<ModelResult> Models, RoundTrip RoundTrip, IReadOnlyList<string> Plots);

    /// <summary>
    /// Tabular data whose features differ in scale by six orders of magnitude (the Wisconsin breast cancer
    /// measurements): the same classifier trained on the raw inputs (A), with [Standardize] first (B), and with
    /// [Standardize], [LayerNorm] and [Dropout] (C), each by Fit with validation data and early stopping; then
    /// their test accuracy, curves, and C's Save → Load round trip with its buffers.
    /// </summary>
    public static class TabularSample
    {
        private const int Width = BreastCancer.FeatureCount;

        /// <summary>Loads and splits the data, trains the three networks, prints the table and writes the plots.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives the progress lines and the results.</param>
        public static TabularResult Run(TabularOptions options, TextWriter log)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1, "--epochs");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, "--batch-size");
            ArgumentOutOfRangeException.ThrowIfLessThan(options.Patience, 1, "--patience");
            if (!(options.LearningRate > 0 && double.IsFinite(options.LearningRate)))
            {
                throw new ArgumentException($"--lr must be a positive number but got {options.LearningRate.ToString(CultureInfo.InvariantCulture)}.");
            }

            LabelledRows all = BreastCancer.Load(out string[] featureNames);
            Split split = BreastCancer.StratifiedSplit(all.Labels, options.ValidationFraction, options.TestFraction, options.Seed);
            LabelledRows train = all.Select(split.Train);
            LabelledRows validation = all.Select(split.Validation);
            LabelledRows test = all.Select(split.Test);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Tabular: Wisconsin breast cancer, {all.Count} rows of {Width} measurements, split {train.Count} train / {validation.Count} validation / {test.Count} test (stratified)"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Binary cross-entropy, Adam lr {options.LearningRate:g3}, batch {options.BatchSize}, up to {options.Epochs} epochs, patience {options.Patience}"));

            var fitOptions = new FitOptions
            {
                Epochs = options.Epochs,
                BatchSize = options.BatchSize,
                Seed = options.Seed,
                Patience = options.Patience,
            };

            var raw = new RawNet(options.Seed) { LearningRate = options.LearningRate };
            ModelResult a = Score("A", "raw inputs", RawNet.ParameterCount,
                () => raw.Fit(train.Features, train.Labels, fitOptions, validation.Features, validation.Labels),
                rows => raw.Accuracy(rows.Features, rows.Labels), rows => raw.EvaluateLoss(rows.Features, rows.Labels), train, test);

            var standardized = new StandardizedNet(options.Seed) { LearningRate = options.LearningRate };
            standardized.Adapt(train.Features);
            ModelResult b = Score("B", "+ Standardize", StandardizedNet.ParameterCount,
                () => standardized.Fit(train.Features, train.Labels, fitOptions, validation.Features, validation.Labels),
                rows => standardized.Accuracy(rows.Features, rows.Labels), rows => standardized.EvaluateLoss(rows.Features, rows.Labels), train, test);

            var regularized = new RegularizedNet(options.Seed) { LearningRate = options.LearningRate };
            regularized.Adapt(train.Features);
            ModelResult c = Score("C", "+ LayerNorm + Dropout(0.2)", RegularizedNet.ParameterCount,
                () => regularized.Fit(train.Features, train.Labels, fitOptions, validation.Features, validation.Labels),
                rows => regularized.Accuracy(rows.Features, rows.Labels), rows => regularized.EvaluateLoss(rows.Features, rows.Labels), train, test);

            var models = new[] { a, b, c };
            WriteTable(models, test.Count, log);

            RoundTrip roundTrip = SaveAndLoad(regularized, test, options.Seed + 1);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Save → Load of C: {roundTrip.Bytes} bytes, {roundTrip.TensorNames.Count} tensors of which {roundTrip.BufferCount} buffers ({string.Join(", ", BufferNames(RegularizedNet.ParameterLayout))})"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  a fresh network differs by up to {roundTrip.MaxDifferenceBeforeLoad:g3} on the test rows; after Load: max |Δ| = {roundTrip.MaxDifference:g3}, same class on {roundTrip.SameClasses} of {test.Count} rows"));

            var plots = new List<string>
            {
                PlotFeatureScales(train, featureNames, options.OutputFolder),
                PlotCurves(models, options.OutputFolder),
            };
            foreach (string path in plots)
            {
                log.WriteLine($"Wrote {path}");
            }

            return new TabularResult(split, raw, standardized, regularized, models, roundTrip, plots);
        }

        private static ModelResult Score(
            string key, string description, int parameterCount, Func<FitResult> fit,
            Func<LabelledRows, double> accuracy, Func<LabelledRows, float> loss, LabelledRows train, LabelledRows test)
        {
            var clock = Stopwatch.StartNew();
            FitResult result = fit();
            TimeSpan elapsed = clock.Elapsed;
            return new ModelResult(
                key, description, parameterCount,
                result.TrainLosses.ToArray(), result.ValidationLosses.ToArray(), result.ValidationAccuracies.ToArray(), result.BestEpoch, result.StoppedEarly,
                accuracy(train), loss(test), accuracy(test), elapsed);
        }

        private static void WriteTable(IReadOnlyList<ModelResult> models, int testRows, TextWriter log)
        {
            log.WriteLine();
            log.WriteLine("network                       parameters  epochs  best epoch  validation loss  validation acc  test loss  test acc           time");
            foreach (ModelResult m in models)
            {
                int right = (int)Math.Round(m.TestAccuracy * testRows);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(m.Key + " " + m.Description).PadRight(29)} {m.ParameterCount,10}  {m.EpochsRun,6}  {m.BestEpoch,10}  {m.BestValidationLoss,15:0.0000}  {m.ValidationAccuracy,14:0.0000}  {m.TestLoss,9:0.0000}  {m.TestAccuracy,8:0.0000} ({right,3}/{testRows})  {m.TrainingTime.TotalSeconds,5:0.00} s"));
            }

            log.WriteLine("(epochs: run before early stopping; best epoch: the one whose weights are kept; accuracies and test loss of those weights)");
            log.WriteLine();
        }

        private static IEnumerable<string> BufferNames(ParameterLayout layout) =>
            layout.Tensors.Where(t => t.Kind != ParameterTensorKind.Parameter).Select(t => t.Name);

        /// <summary>
        /// Saves <paramref name="network"/> to memory, loads the file into a network built with another seed
        /// (so nothing matches before the load), and compares both on the test rows.
        /// </summary>
        internal static RoundTrip SaveAndLoad(RegularizedNet network, LabelledRows test, int otherSeed)
        {
            using var file = new MemoryStream();
            network.Save(file);
            var loaded = new RegularizedNet(otherSeed);
            double before = MaxDifference(network, loaded, test);
            file.Position = 0;
            loaded.Load(file);
            double after = MaxDifference(network, loaded, test);
            int sameClasses = 0;
            for (int row = 0; row < test.Count; row++)
            {
                ReadOnlySpan<float> input = test.Features.AsSpan(row * Width, Width);
                sameClasses += network.PredictClass(input) == loaded.PredictClass(input) ? 1 : 0;
            }

            var layout = RegularizedNet.ParameterLayout;
            return new RoundTrip(
                file.Length, layout.Tensors.Select(t => t.Name).ToArray(), BufferNames(layout).Count(), before, after, sameClasses);
        }

        private static double MaxDifference(RegularizedNet first, RegularizedNet second, LabelledRows rows)
        {
            Span<float> x = stackalloc float[1];
            Span<float> y = stackalloc float[1];
            double max = 0;
            for (int row = 0; row < rows.Count; row++)
            {
                ReadOnlySpan<float> input = rows.Features.AsSpan(row * Width, Width);
                first.Predict(input, x);
                second.Predict(input, y);
                max = Math.Max(max, Math.Abs((double)x[0] - y[0]));
            }

            return max;
        }

        /// <summary>Each feature's training mean and standard deviation on a log scale: what Standardize divides out.</summary>
        private static string PlotFeatureScales(LabelledRows train, IReadOnlyList<string> featureNames, string folder)
        {
            var plot = Charts.Create("The 30 raw features: training mean and standard deviation", "", "value (log scale)");
            var means = new double[Width];
            var deviations = new double[Width];
            for (int j = 0; j < Width; j++)
            {
                double mean = 0;
                for (int row = 0; row < train.Count; row++)
                {
                    mean += train.Features[row * Width + j];
                }

                mean /= train.Count;
                double squares = 0;
                for (int row = 0; row < train.Count; row++)
                {
                    double d = train.Features[row * Width + j] - mean;
                    squares += d * d;
                }

                means[j] = Math.Log10(mean);
                deviations[j] = Math.Log10(Math.Sqrt(squares / train.Count));
            }

            double[] positions = Enumerable.Range(0, Width).Select(j => (double)j).ToArray();
            var meanMarkers = plot.Add.ScatterPoints(positions, means);
            meanMarkers.LegendText = "mean";
            meanMarkers.MarkerSize = 11;
            meanMarkers.Color = Charts.SeriesColor(0);
            var deviationMarkers = plot.Add.ScatterPoints(positions, deviations);
            deviationMarkers.LegendText = "standard deviation";
            deviationMarkers.MarkerSize = 11;
            deviationMarkers.MarkerShape = ScottPlot.MarkerShape.FilledDiamond;
            deviationMarkers.Color = Charts.SeriesColor(3);
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
            {
                MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = y => Math.Pow(10, y).ToString("g3", CultureInfo.InvariantCulture),
            };
            plot.Axes.Bottom.SetTicks(positions, featureNames.Select(n => n.Replace('_', ' ')).ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = -50;
            plot.Axes.Bottom.TickLabelStyle.Alignment = ScottPlot.Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 135; // room for the rotated names
            
            plot.ShowLegend(ScottPlot.Alignment.UpperRight);
            return Charts.Save(plot, folder, "tabular-features.png", width: 1100, height: 600);
        }

        private static string PlotCurves(IReadOnlyList<ModelResult> models, string folder)
        {
            var loss = Charts.Create("Validation loss (solid) and training loss (dotted)", "epoch", "binary cross-entropy (log scale)");
            var accuracy = Charts.Create("Validation accuracy", "epoch", "share of validation rows right");
            for (int i = 0; i < models.Count; i++)
            {
                ModelResult m = models[i];
                var color = Charts.SeriesColor(i);
                var validationLine = Charts.AddLogLine(loss, Series.ToSingle(m.ValidationLosses), $"{m.Key} {m.Description}");
                validationLine.Color = color;
                var trainLine = Charts.AddLogLine(loss, Series.ToSingle(m.TrainLosses), "");
                trainLine.Color = color;
                trainLine.LinePattern = ScottPlot.LinePattern.Dotted;
                trainLine.LineWidth = 1.5f;
                var best = loss.Add.Marker(m.BestEpoch, Math.Log10(m.BestValidationLoss));
                best.Color = color;
                best.Size = 12;

                double[] epochs = Enumerable.Range(1, m.EpochsRun).Select(e => (double)e).ToArray();
                var line = accuracy.Add.ScatterLine(epochs, m.ValidationAccuracies);
                line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Description} (test {m.TestAccuracy:0.000})");
                line.LineWidth = 2;
                line.Color = color;
            }

            loss.ShowLegend(ScottPlot.Alignment.UpperRight);
            accuracy.ShowLegend(ScottPlot.Alignment.LowerRight);
            return Charts.SaveGrid(new[] { loss, accuracy }, columns: 2, folder, "tabular-curves.png", cellWidth: 760, cellHeight: 540,
                "Breast cancer: validation curves (dots: best epoch, whose weights are kept)");
        }
    }
}
