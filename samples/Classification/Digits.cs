using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace NetGen.Samples.Classification
{
    /// <summary>Labelled rows: <see cref="Features"/> holds <see cref="Digits.FeatureCount"/> values per row, row-major.</summary>
    /// <param name="Features">The pixel values, row-major.</param>
    /// <param name="Labels">Each row's class, 0–9.</param>
    public sealed record LabelledRows(float[] Features, int[] Labels)
    {
        /// <summary>The number of rows.</summary>
        public int Count => Labels.Length;

        /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
        public LabelledRows Select(IReadOnlyList<int> indices)
        {
            var features = new float[indices.Count * Digits.FeatureCount];
            var labels = new int[indices.Count];
            for (int i = 0; i < indices.Count; i++)
            {
                Features.AsSpan(indices[i] * Digits.FeatureCount, Digits.FeatureCount).CopyTo(features.AsSpan(i * Digits.FeatureCount));
                labels[i] = Labels[indices[i]];
            }

            return new LabelledRows(features, labels);
        }
    }

    /// <summary>The UCI optical handwritten digits (Data/README.md), their split and their standardisation.</summary>
    public static class Digits
    {
        /// <summary>Values per row: an 8×8 image of ink counts 0..16.</summary>
        public const int FeatureCount = 64;

        /// <summary>The digits 0–9.</summary>
        public const int ClassCount = 10;

        /// <summary>The largest pixel value (a count of ink pixels in a 4×4 block).</summary>
        public const int MaxPixel = 16;

        /// <summary>Rows in the shipped file.</summary>
        public const int RowCount = 1797;

        /// <summary>Reads the data set embedded in this assembly.</summary>
        public static LabelledRows Load()
        {
            using Stream stream = typeof(Digits).Assembly.GetManifestResourceStream("digits.csv.gz")
                ?? throw new InvalidOperationException("The resource digits.csv.gz is missing from the sample's assembly.");
            return Parse(stream);
        }

        /// <summary>
        /// Parses gzip-compressed CSV lines of <see cref="FeatureCount"/> pixels in [0, <see cref="MaxPixel"/>] and
        /// a label in [0, <see cref="ClassCount"/>); throws <see cref="InvalidDataException"/> naming the bad line.
        /// </summary>
        public static LabelledRows Parse(Stream gzip)
        {
            var features = new List<float>(RowCount * FeatureCount);
            var labels = new List<int>(RowCount);
            using var reader = new StreamReader(new GZipStream(gzip, CompressionMode.Decompress, leaveOpen: true));
            int lineNumber = 0;
            while (reader.ReadLine() is string line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                string[] fields = line.Split(',');
                if (fields.Length != FeatureCount + 1)
                {
                    throw new InvalidDataException($"digits line {lineNumber}: {fields.Length} fields, expected {FeatureCount} pixels and a label.");
                }

                for (int i = 0; i <= FeatureCount; i++)
                {
                    int max = i < FeatureCount ? MaxPixel : ClassCount - 1;
                    if (!int.TryParse(fields[i], NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value > max)
                    {
                        throw new InvalidDataException($"digits line {lineNumber}, field {i + 1}: '{fields[i]}' is not an integer in [0, {max}].");
                    }

                    if (i < FeatureCount)
                    {
                        features.Add(value);
                    }
                    else
                    {
                        labels.Add(value);
                    }
                }
            }

            return new LabelledRows(features.ToArray(), labels.ToArray());
        }

        /// <summary>A stratified split of the rows (<see cref="Splits.Stratified"/>).</summary>
        public static Split StratifiedSplit(IReadOnlyList<int> labels, double validationFraction, double testFraction, int seed)
            => Splits.Stratified(labels, ClassCount, validationFraction, testFraction, seed);
    }

    /// <summary>
    /// Per-feature standardisation (x − mean) / std with the mean and the population standard deviation of the
    /// training rows, as scikit-learn's StandardScaler. A feature constant on the training rows has no scale: it
    /// becomes 0 in every part, so a value it only takes outside the training rows carries no weight.
    /// </summary>
    public sealed class Standardizer
    {
        private Standardizer(double[] mean, double[] standardDeviation)
        {
            Mean = mean;
            StandardDeviation = standardDeviation;
        }

        /// <summary>Each feature's training mean.</summary>
        public IReadOnlyList<double> Mean { get; }

        /// <summary>Each feature's training standard deviation (population, ddof = 0); 0 for a constant feature.</summary>
        public IReadOnlyList<double> StandardDeviation { get; }

        /// <summary>Computes the statistics of <paramref name="training"/>.</summary>
        public static Standardizer Fit(LabelledRows training)
        {
            int width = Digits.FeatureCount;
            var mean = new double[width];
            var deviation = new double[width];
            for (int row = 0; row < training.Count; row++)
            {
                for (int j = 0; j < width; j++)
                {
                    mean[j] += training.Features[row * width + j];
                }
            }

            for (int j = 0; j < width; j++)
            {
                mean[j] /= training.Count;
            }

            // Two passes: the sum of squared deviations, not E[x²] − E[x]², which cancels catastrophically.
            for (int row = 0; row < training.Count; row++)
            {
                for (int j = 0; j < width; j++)
                {
                    double d = training.Features[row * width + j] - mean[j];
                    deviation[j] += d * d;
                }
            }

            for (int j = 0; j < width; j++)
            {
                deviation[j] = Math.Sqrt(deviation[j] / training.Count);
            }

            return new Standardizer(mean, deviation);
        }

        /// <summary>The rows standardised with the training statistics; the labels are shared.</summary>
        public LabelledRows Transform(LabelledRows rows)
        {
            int width = Digits.FeatureCount;
            var features = new float[rows.Features.Length];
            for (int i = 0; i < features.Length; i++)
            {
                int j = i % width;
                features[i] = StandardDeviation[j] == 0 ? 0f : (float)((rows.Features[i] - Mean[j]) / StandardDeviation[j]);
            }

            return new LabelledRows(features, rows.Labels);
        }
    }
}
