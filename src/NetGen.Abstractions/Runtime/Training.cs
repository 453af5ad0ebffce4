using System;
using System.Numerics;

namespace NetGen
{
    /// <summary>The epoch loop behind the generated <c>Fit</c>, with PyTorch DataLoader semantics.</summary>
    public static class Training
    {
        // Fit's loss array starts at this many epochs and doubles as they complete.
        private const int InitialLossCapacity = 1024;

        /// <summary>
        /// Trains for <paramref name="epochs"/> passes over the data in mini-batches, as a PyTorch loop over a
        /// DataLoader(batch_size, shuffle, drop_last) calling <c>loss.backward(); opt.step()</c> per batch.
        /// </summary>
        /// <param name="network">The network.</param>
        /// <param name="inputs">Row-major inputs, rows × InputSize.</param>
        /// <param name="targets">Row-major targets, rows × OutputSize.</param>
        /// <param name="epochs">Passes over the data, at least 1.</param>
        /// <param name="batchSize">Rows per mini-batch, at least 1; a batch larger than the data is one batch of every row, as PyTorch's DataLoader.</param>
        /// <param name="shuffle">Draw a new permutation of the rows every epoch.</param>
        /// <param name="dropLast">Skip the last batch when it is smaller than <paramref name="batchSize"/>.</param>
        /// <param name="seed">Seed of the shuffling.</param>
        /// <param name="onEpoch">Called after each epoch with the 1-based epoch and its mean loss.</param>
        /// <returns>Each epoch's mean loss: the batch losses (before each update) weighted by their rows.</returns>
        /// <exception cref="ArgumentException">The spans do not hold the same whole number of rows, or <paramref name="dropLast"/> leaves no batch; nothing was trained.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="epochs"/> or <paramref name="batchSize"/> is below 1; nothing was trained.</exception>
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
            int rows = ShapeGuard.Rows(inputs.Length, inputSize, targets.Length, outputSize, nameof(targets));
            if (epochs < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "Must be at least 1.");
            }

            if (batchSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "Must be at least 1.");
            }

            if (dropLast && batchSize > rows)
            {
                throw new ArgumentException($"With dropLast, {rows} rows in batches of {batchSize} leave no batch to train on.", nameof(batchSize));
            }

            // A batch larger than the data is one batch of every row, as PyTorch's DataLoader. From here on every
            // count is at most rows, so no product of counts below exceeds inputs.Length or targets.Length.
            int batch = Math.Min(batchSize, rows);
            int batches = rows / batch + (!dropLast && rows % batch != 0 ? 1 : 0);

            // Grown as epochs complete (never sized by epochs up front: epochs = int.MaxValue must not fail at once).
            var losses = new T[Math.Min(epochs, InitialLossCapacity)];
            var order = new int[rows];
            for (int i = 0; i < rows; i++)
            {
                order[i] = i;
            }

            // One gather buffer for the whole run; unshuffled batches are sliced in place instead.
            var batchInputs = shuffle ? new T[batch * inputSize] : Array.Empty<T>();
            var batchTargets = shuffle ? new T[batch * outputSize] : Array.Empty<T>();
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
                    int start = b * batch;
                    int count = Math.Min(batch, rows - start);
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

                if (epoch == losses.Length)
                {
                    Array.Resize(ref losses, (int)Math.Min(epochs, 2L * losses.Length));
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
