using System;
using System.Collections.Generic;

namespace NetGen.Samples
{
    /// <summary>Row indices of a train / validation / test split.</summary>
    public sealed record Split(int[] Train, int[] Validation, int[] Test);

    /// <summary>The split the classification samples use.</summary>
    public static class Splits
    {
        /// <summary>
        /// A stratified split: each class's rows are shuffled with <paramref name="seed"/> and dealt out in the
        /// given fractions (rounded per class), so every part holds the classes in the data's proportions. Each
        /// part's indices are sorted.
        /// </summary>
        /// <param name="labels">Each row's class, in [0, <paramref name="classCount"/>).</param>
        /// <param name="classCount">The number of classes.</param>
        /// <param name="validationFraction">The share of each class for validation.</param>
        /// <param name="testFraction">The share of each class for the test.</param>
        /// <param name="seed">The shuffle's seed.</param>
        public static Split Stratified(IReadOnlyList<int> labels, int classCount, double validationFraction, double testFraction, int seed)
        {
            if (!(validationFraction > 0 && testFraction > 0 && validationFraction + testFraction < 1))
            {
                throw new ArgumentException($"The validation ({validationFraction}) and test ({testFraction}) fractions must be positive and sum to less than 1.");
            }

            var random = new DeterministicRandom(seed);
            var train = new List<int>();
            var validation = new List<int>();
            var test = new List<int>();
            for (int label = 0; label < classCount; label++)
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
