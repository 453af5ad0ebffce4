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

    /// <summary>Row indices of a train / validation / test split.</summary>
    public sealed record Split(int[] Train, int[] Validation, int[] Test);

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

        /// <summary>
        /// A stratified split: each class's rows are shuffled with <paramref name="seed"/> and dealt out in the
        /// given fractions (rounded per class), so every part holds both classes in the data's proportions. Each
        /// part's indices are sorted.
        /// </summary>
        public static Split StratifiedSplit(IReadOnlyList<int> labels, double validationFraction, double testFraction, int seed)
        {
            if (!(validationFraction > 0 && testFraction > 0 && validationFraction + testFraction < 1))
            {
                throw new ArgumentException($"The validation ({validationFraction}) and test ({testFraction}) fractions must be positive and sum to less than 1.");
            }

            var random = new DeterministicRandom(seed);
            var train = new List<int>();
            var validation = new List<int>();
            var test = new List<int>();
            for (int label = 0; label < ClassCount; label++)
            {
                var rows = new List<int>();
                for (int i = 0; i < labels.Count; i++)
                {
                    if (labels[i] == label)
                    {
                        rows.Add(i);
                    }
                }

                int[] shuffled = rows.ToArray();
                random.Shuffle(shuffled);
                int testCount = (int)Math.Round(shuffled.Length * testFraction, MidpointRounding.AwayFromZero);
                int validationCount = (int)Math.Round(shuffled.Length * validationFraction, MidpointRounding.AwayFromZero);
                test.AddRange(shuffled[..testCount]);
                validation.AddRange(shuffled[testCount..(testCount + validationCount)]);
                train.AddRange(shuffled[(testCount + validationCount)..]);
            }

            train.Sort();
            validation.Sort();
            test.Sort();
            return new Split(train.ToArray(), validation.ToArray(), test.ToArray());
        }
    }
}
