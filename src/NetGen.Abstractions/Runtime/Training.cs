using System;
using System.Numerics;

namespace NetGen
{
    /// <summary>The epoch loop behind the generated <c>Fit</c>, with PyTorch DataLoader semantics.</summary>
    public static class Training
    {
        /// <summary>
        /// Trains for <paramref name="epochs"/> passes over the data in mini-batches, as a PyTorch loop over a
        /// DataLoader(batch_size, shuffle, drop_last) calling <c>loss.backward(); opt.step()</c> per batch.
        /// </summary>
        /// <param name="network">The network.</param>
        /// <param name="inputs">Row-major inputs, rows × InputSize.</param>
        /// <param name="targets">Row-major targets, rows × OutputSize.</param>
        /// <param name="epochs">Passes over the data.</param>
        /// <param name="batchSize">Rows per mini-batch.</param>
        /// <param name="shuffle">Draw a new permutation of the rows every epoch.</param>
        /// <param name="dropLast">Skip the last batch when it is smaller than <paramref name="batchSize"/>.</param>
        /// <param name="seed">Seed of the shuffling.</param>
        /// <param name="onEpoch">Called after each epoch with the 1-based epoch and its mean loss.</param>
        /// <returns>Each epoch's mean loss: the batch losses (before each update) weighted by their rows.</returns>
        public static T[] Fit<TNetwork, T>(
            TNetwork network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, int epochs, int batchSize,
            bool shuffle = true, bool dropLast = false, int seed = 0, Action<int, T>? onEpoch = null)
            where TNetwork : INeuralNetwork<T>
            where T : IFloatingPointIeee754<T>
        {
            if (network is null)
            {
                throw new ArgumentNullException(nameof(network));
            }

            int inputSize = network.InputSize;
            int outputSize = network.OutputSize;
            if (inputs.Length == 0 || inputs.Length % inputSize != 0)
            {
                throw new ArgumentException($"Expected a positive multiple of InputSize ({inputSize}) inputs but got {inputs.Length}.", nameof(inputs));
            }

            int rows = inputs.Length / inputSize;
            if (targets.Length != rows * outputSize)
            {
                throw new ArgumentException($"Expected {rows * outputSize} targets ({rows} rows × OutputSize {outputSize}) but got {targets.Length}.", nameof(targets));
            }

            if (epochs < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "Must not be negative.");
            }

            if (batchSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "Must be at least 1.");
            }

            int batches = dropLast ? rows / batchSize : (rows + batchSize - 1) / batchSize;
            if (batches == 0)
            {
                throw new ArgumentException($"With dropLast, {rows} rows in batches of {batchSize} leave no batch to train on.", nameof(batchSize));
            }

            var losses = new T[epochs];
            var order = new int[rows];
            for (int i = 0; i < rows; i++)
            {
                order[i] = i;
            }

            // One gather buffer for the whole run; unshuffled batches are sliced in place instead.
            int bufferRows = Math.Min(batchSize, rows);
            var batchInputs = shuffle ? new T[bufferRows * inputSize] : Array.Empty<T>();
            var batchTargets = shuffle ? new T[bufferRows * outputSize] : Array.Empty<T>();
            var random = new DeterministicRandom(seed);

            for (int epoch = 0; epoch < epochs; epoch++)
            {
                if (shuffle)
                {
                    random.Shuffle(order);
                }

                T weightedSum = T.Zero;
                int rowsSeen = 0;
                for (int b = 0; b < batches; b++)
                {
                    int start = b * batchSize;
                    int count = Math.Min(batchSize, rows - start);
                    T loss;
                    if (shuffle)
                    {
                        Gather(inputs, order.AsSpan(start, count), inputSize, batchInputs);
                        Gather(targets, order.AsSpan(start, count), outputSize, batchTargets);

                        loss = network.TrainStep(batchInputs.AsSpan(0, count * inputSize), batchTargets.AsSpan(0, count * outputSize));
                    }
                    else
                    {
                        loss = network.TrainStep(inputs.Slice(start * inputSize, count * inputSize), targets.Slice(start * outputSize, count * outputSize));
                    }

                    weightedSum += loss * T.CreateTruncating(count);
                    rowsSeen += count;
                }

                losses[epoch] = weightedSum / T.CreateTruncating(rowsSeen);
                onEpoch?.Invoke(epoch + 1, losses[epoch]);
            }

            return losses;
        }
    

        /// <summary>Copies the rows <paramref name="rows"/> of <paramref name="source"/> to the start of <paramref name="destination"/>.</summary>
        private static void Gather<T>(ReadOnlySpan<T> source, ReadOnlySpan<int> rows, int width, Span<T> destination)
        {
            if (width == 1)
            {
                // One value per row, as in every 1→…→1 tutorial: a plain indexed copy.
                for (int r = 0; r < rows.Length; r++)
                {
                    destination[r] = source[rows[r]];
                }

                return;
            }

            if (width <= 8)
            {
                // Short rows: element copies beat a call to CopyTo per row (the tutorials' rows hold one value).
                for (int r = 0; r < rows.Length; r++)
                {
                    ReadOnlySpan<T> row = source.Slice(rows[r] * width, width);
                    Span<T> to = destination.Slice(r * width, width);
                    for (int k = 0; k < row.Length; k++)
                    {
                        to[k] = row[k];
                    }
                }

                return;
            }

            for (int r = 0; r < rows.Length; r++)
            {
                source.Slice(rows[r] * width, width).CopyTo(destination.Slice(r * width, width));
            }
        }
    }
}
