using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NetGen.Samples.Tabular
{
    /// <summary>Labelled rows: <see cref="Features"/> holds <see cref="BreastCancer.FeatureCount"/> values per row, row-major.</summary>
    /// <param name="Features">The measurements, row-major, as the file gives them (not scaled).</param>
    /// <param name="Labels">Each row's class: 0 malignant, 1 benign.</param>
    public sealed record LabelledRows(float[] Features, int[] Labels)
    {
        /// <summary>The number of rows.</summary>
        public int Count => Labels.Length;

        /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
        public LabelledRows Select(IReadOnlyList<int> indices)
        {
            const int width = BreastCancer.FeatureCount;
            var features = new float[indices.Count * width];
            var labels = new int[indices.Count];
            for (int i = 0; i < indices.Count; i++)
            {
                Features.AsSpan(indices[i] * width, width).CopyTo(features.AsSpan(i * width));
                labels[i] = Labels[indices[i]];
            }

            return new LabelledRows(features, labels);
        }
    }

    /// <summary>The Wisconsin diagnostic breast cancer data (Data/README.md) and its split.</summary>
    public static class BreastCancer
    {
        /// <summary>Measurements per row: mean, standard error and worst of ten nucleus features.</summary>
        public const int FeatureCount = 30;

        /// <summary>Malignant (0) and benign (1).</summary>
        public const int ClassCount = 2;

        /// <summary>Rows in the shipped file.</summary>
        public const int RowCount = 569;

        /// <summary>The class names, by label.</summary>
        public static IReadOnlyList<string> ClassNames { get; } = new[] { "malignant", "benign" };

        /// <summary>Reads the data set embedded in this assembly; <paramref name="featureNames"/> receives the header's 30 names.</summary>
        public static LabelledRows Load(out string[] featureNames)
        {
            using Stream stream = typeof(BreastCancer).Assembly.GetManifestResourceStream("breast_cancer.csv")
                ?? throw new InvalidOperationException("The resource breast_cancer.csv is missing from the sample's assembly.");
            using var reader = new StreamReader(stream);
            return Parse(reader, out featureNames);
        }

        /// <summary>Reads the data set embedded in this assembly.</summary>
        public static LabelledRows Load() => Load(out _);

        /// <summary>
        /// Parses a header of <see cref="FeatureCount"/> names and <c>target</c>, then rows of
        /// <see cref="FeatureCount"/> finite non-negative numbers and a class 0 or 1; throws
        /// <see cref="InvalidDataException"/> naming the bad line.
        /// </summary>
        public static LabelledRows Parse(TextReader reader, out string[] featureNames)
        {
            string header = reader.ReadLine() ?? throw new InvalidDataException("breast cancer data: the file is empty.");
            string[] names = header.Split(',');
            if (names.Length != FeatureCount + 1 || names[FeatureCount] != "target")
            {
                throw new InvalidDataException($"breast cancer line 1: expected {FeatureCount} feature names and 'target', got {names.Length} fields.");
            }

            featureNames = names[..FeatureCount];
            var features = new List<float>(RowCount * FeatureCount);
            var labels = new List<int>(RowCount);
            int lineNumber = 1;
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
                    throw new InvalidDataException($"breast cancer line {lineNumber}: {fields.Length} fields, expected {FeatureCount} features and a class.");
                }

                for (int i = 0; i < FeatureCount; i++)
                {
                    if (!float.TryParse(fields[i], NumberStyles.Float, CultureInfo.InvariantCulture, out float value) || !float.IsFinite(value) || value < 0)
                    {
                        throw new InvalidDataException($"breast cancer line {lineNumber}, field {i + 1}: '{fields[i]}' is not a finite non-negative number.");
                    }

                    features.Add(value);
                }

                if (fields[FeatureCount] is not ("0" or "1"))
                {
                    throw new InvalidDataException($"breast cancer line {lineNumber}, field {FeatureCount + 1}: '{fields[FeatureCount]}' is not a class 0 or 1.");
                }

                labels.Add(fields[FeatureCount][0] - '0');
            }

            return new LabelledRows(features.ToArray(), labels.ToArray());
        }

        /// <summary>A stratified split of the rows (<see cref="Splits.Stratified"/>).</summary>
        public static Split StratifiedSplit(IReadOnlyList<int> labels, double validationFraction, double testFraction, int seed)
            => Splits.Stratified(labels, ClassCount, validationFraction, testFraction, seed);
    }
}
