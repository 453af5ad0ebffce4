using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>The epoch loop behind the generated <c>Fit</c>, with PyTorch DataLoader semantics.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Training
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
        [FloatCopy]
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
            if (epochs < 1 || batchSize < 1 || (dropLast && batchSize > rows))
            {
                ThrowFitArguments(epochs, batchSize, rows);
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

        // Fit's argument errors, in a method of their own: Fit's first call compiles all of Fit at tier 0, so a
        // message built inline costs every first run its compilation whether it is thrown or not.
        private static void ThrowFitArguments(int epochs, int batchSize, int rows)
        {
            if (epochs < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(epochs), epochs, "Must be at least 1.");
            }

            if (batchSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "Must be at least 1.");
            }

            throw new ArgumentException($"With dropLast, {rows} rows in batches of {batchSize} leave no batch to train on.", nameof(batchSize));
        }
    

        /// <summary>
        /// The loop behind the generated <c>Fit(inputs, targets, options, …)</c>: <see cref="Fit{TNetwork, T}(TNetwork, ReadOnlySpan{T}, ReadOnlySpan{T}, int, int, bool, bool, int, Action{int, T}?)"/>
        /// plus a fresh permutation per epoch from the network's own generator, validation, early stopping, gradient
        /// clipping and a schedule. Allocates per call (buffers, the result), never per step or epoch.
        /// </summary>
        /// <param name="network">The network.</param>
        /// <param name="inputs">Row-major inputs, rows × InputSize.</param>
        /// <param name="targets">Row-major targets, rows × OutputSize.</param>
        /// <param name="options">How to train.</param>
        /// <param name="validationInputs">Validation rows (both validation spans empty: none).</param>
        /// <param name="validationTargets">Validation targets.</param>
        /// <param name="outputActivation">The output layer's activation: Softmax or a single Sigmoid output reports accuracy.</param>
        /// <param name="dataOrder">The network's data-order generator: created with seed 0 when null, replaced when <see cref="FitOptions.Seed"/> is set.</param>
        /// <exception cref="ArgumentException">Bad shapes or options; nothing was trained.</exception>
        /// <exception cref="ArgumentOutOfRangeException">Epochs, BatchSize, Patience or ClipGradientNorm out of range; nothing was trained.</exception>
        [FloatCopy]
        public static FitResult Fit<TNetwork, T>(
            TNetwork network, ReadOnlySpan<T> inputs, ReadOnlySpan<T> targets, FitOptions options,
            ReadOnlySpan<T> validationInputs, ReadOnlySpan<T> validationTargets, Activation outputActivation, ref DeterministicRandom? dataOrder)
            where TNetwork : INeuralNetwork<T>
            where T : IFloatingPointIeee754<T>
        {
            if (network is null)
            {
                throw new ArgumentNullException(nameof(network));
            }

            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            // Everything is checked before anything changes.
            int inputSize = network.InputSize;
            int outputSize = network.OutputSize;
            int rows = ShapeGuard.Rows(inputs.Length, inputSize, targets.Length, outputSize, nameof(targets));
            int epochs = options.Epochs;
            int batchSize = options.BatchSize;
            if (epochs < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), epochs, "FitOptions.Epochs must be at least 1.");
            }

            if (batchSize < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), batchSize, "FitOptions.BatchSize must be at least 1.");
            }

            if (options.DropLast && batchSize > rows)
            {
                throw new ArgumentException($"With DropLast, {rows} rows in batches of {batchSize} leave no batch to train on.", nameof(options));
            }

            bool validate = !validationInputs.IsEmpty || !validationTargets.IsEmpty;
            int validationRows = validate
                ? ShapeGuard.Rows(validationInputs.Length, inputSize, validationTargets.Length, outputSize, nameof(validationTargets))
                : 0;
            if (validate && validationRows == 0)
            {
                throw new ArgumentException("The validation spans hold no row; pass both empty for no validation.", nameof(validationInputs));
            }

            int? patience = options.Patience;
            if (patience is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), patience, "FitOptions.Patience must be at least 1 (null: no early stopping).");
            }

            if (patience is not null && !validate)
            {
                throw new ArgumentException("FitOptions.Patience stops on the validation loss: pass validationInputs and validationTargets.", nameof(options));
            }

            double? clip = options.ClipGradientNorm;
            if (clip is double c && (!(c > 0) || double.IsInfinity(c)))
            {
                throw new ArgumentOutOfRangeException(nameof(options), c, "FitOptions.ClipGradientNorm must be finite and greater than 0 (null: no clipping).");
            }

            int degree = ParallelTraining.Validate(options.MaxDegreeOfParallelism, nameof(options));
            bool classify = validate && (outputActivation == Activation.Softmax || (outputActivation == Activation.Sigmoid && outputSize == 1));
            long started = Stopwatch.GetTimestamp();

            int batch = Math.Min(batchSize, rows);
            int batches = rows / batch + (!options.DropLast && rows % batch != 0 ? 1 : 0);
            bool shuffle = options.Shuffle;
            int capacity = Math.Min(epochs, InitialLossCapacity);
            var trainLosses = new double[capacity];
            var validationLosses = validate ? new double[capacity] : Array.Empty<double>();
            var accuracies = classify ? new double[capacity] : Array.Empty<double>();
            var order = shuffle ? new int[rows] : Array.Empty<int>();
            var batchInputs = shuffle ? new T[batch * inputSize] : Array.Empty<T>();
            var batchTargets = shuffle ? new T[batch * outputSize] : Array.Empty<T>();
            var predictions = classify ? new T[validationRows * outputSize] : Array.Empty<T>();
            // Early stopping keeps the best epoch's whole state: parameters and, with BatchNorm, its running statistics.
            var best = patience is not null ? new T[Stored(network).Length] : Array.Empty<T>();
            if (options.Seed is int seed)
            {
                dataOrder = new DeterministicRandom(seed);
            }

            DeterministicRandom random = dataOrder ??= new DeterministicRandom(0);

            double bestLoss = double.PositiveInfinity;
            int bestEpoch = 0;
            int sinceBest = 0;
            int done = 0;
            bool stopped = false;
            // The steps of this call use the options' threads; direct TrainStep calls keep the network's own setting.
            var parallel = network as IParallelTraining;
            int previousDegree = parallel?.MaxDegreeOfParallelism ?? ParallelTraining.Automatic;
            if (parallel is not null)
            {
                parallel.MaxDegreeOfParallelism = degree;
            }

            try
            {
                for (int epoch = 0; epoch < epochs && !stopped; epoch++)
                {
                    double learningRate = network.LearningRate;
                    if (shuffle)
                    {
                        // A fresh permutation each epoch, drawn from the generator alone (PyTorch's RandomSampler), so the
                        // data order depends only on the generator's state and a later call continues it exactly.
                        for (int i = 0; i < rows; i++)
                        {
                            order[i] = i;
                        }

                        random.Shuffle(order);
                    }

                    double weightedSum = 0;
                    int rowsSeen = 0;
                    for (int b = 0; b < batches; b++)
                    {
                        int start = b * batch;
                        int count = Math.Min(batch, rows - start);
                        ReadOnlySpan<T> x, y;
                        if (shuffle)
                        {
                            Gather(inputs, order.AsSpan(start, count), inputSize, batchInputs);
                            Gather(targets, order.AsSpan(start, count), outputSize, batchTargets);
                            x = batchInputs.AsSpan(0, count * inputSize);
                            y = batchTargets.AsSpan(0, count * outputSize);
                        }
                        else
                        {
                            x = inputs.Slice(start * inputSize, count * inputSize);
                            y = targets.Slice(start * outputSize, count * outputSize);
                        }

                        T loss;
                        if (clip is double maxNorm)
                        {
                            loss = network.ComputeGradients(x, y);
                            ClipGradientNorm(network.Gradients, maxNorm);
                            network.OptimizerStep();
                        }
                        else
                        {
                            loss = network.TrainStep(x, y);
                        }

                        weightedSum += double.CreateTruncating(loss) * count;
                        rowsSeen += count;
                    }

                    if (epoch == trainLosses.Length)
                    {
                        int grown = (int)Math.Min(epochs, 2L * trainLosses.Length);
                        Array.Resize(ref trainLosses, grown);
                        if (validate)
                        {
                            Array.Resize(ref validationLosses, grown);
                        }

                        if (classify)
                        {
                            Array.Resize(ref accuracies, grown);
                        }
                    }

                    double trainLoss = weightedSum / rowsSeen;
                    trainLosses[epoch] = trainLoss;
                    double validationLoss = double.NaN;
                    double accuracy = double.NaN;
                    if (validate)
                    {
                        // One forward pass gives the loss and, for a classifier, the outputs its accuracy counts.
                        validationLoss = double.CreateTruncating(classify
                            ? network.EvaluateLoss(validationInputs, validationTargets, predictions)
                            : network.EvaluateLoss(validationInputs, validationTargets));
                        validationLosses[epoch] = validationLoss;
                        if (classify)
                        {
                            accuracy = Accuracy<T>(predictions, validationTargets, outputSize);
                            accuracies[epoch] = accuracy;
                        }
                    }

                    done = epoch + 1;
                    double monitored = validate ? validationLoss : trainLoss;
                    if (monitored < bestLoss)
                    {
                        bestLoss = monitored;
                        bestEpoch = epoch + 1;
                        sinceBest = 0;
                        if (patience is not null)
                        {
                            Stored(network).CopyTo(best);
                        }
                    }
                    else
                    {
                        sinceBest++;
                    }

                    if (options.Schedule is LearningRateSchedule schedule)
                    {
                        network.LearningRate = LearningRateSchedule.Applicable(schedule.Next(network.LearningRate, monitored));
                    }

                    var report = new EpochReport(epoch + 1, trainLoss, validationLoss, accuracy, learningRate, Stopwatch.GetElapsedTime(started));
                    if (options.OnEpoch is { } onEpoch && !onEpoch(report))
                    {
                        stopped = true;
                    }

                    if (patience is int p && sinceBest >= p)
                    {
                        stopped = true;
                    }
                }
            }
            finally
            {
                if (parallel is not null)
                {
                    parallel.MaxDegreeOfParallelism = previousDegree;
                }
            }

            if (patience is not null && bestEpoch > 0)
            {
                best.CopyTo(Stored(network));
            }

            if (done < trainLosses.Length)
            {
                Array.Resize(ref trainLosses, done);
                if (validate)
                {
                    Array.Resize(ref validationLosses, done);
                }

                if (classify)
                {
                    Array.Resize(ref accuracies, done);
                }
            }

            // Every epoch's loss NaN (CheckFinite off) leaves no best: report the first.
            return new FitResult(trainLosses, validationLosses, accuracies, Math.Max(bestEpoch, 1), stopped);
        }

        /// <summary>
        /// torch.nn.utils.clip_grad_norm_(max_norm, norm_type=2): scales <paramref name="gradients"/> by
        /// max_norm / (total_norm + 1e-6) when that is below 1. The norm is summed in double. Returns the total norm.
        /// </summary>
        [FloatCopy]
        public static double ClipGradientNorm<T>(Span<T> gradients, double maxNorm)
            where T : IFloatingPointIeee754<T>
        {
            double sum = 0;
            foreach (T g in gradients)
            {
                double d = double.CreateTruncating(g);
                sum += d * d;
            }

            double total = Math.Sqrt(sum);
            double coefficient = maxNorm / (total + ClipEpsilon);
            if (coefficient < 1)
            {
                T scale = T.CreateTruncating(coefficient);
                for (int i = 0; i < gradients.Length; i++)
                {
                    gradients[i] *= scale;
                }
            }

            return total;
        }

        // torch's clip_grad_norm_ adds this to the norm before dividing.
        private const double ClipEpsilon = 1e-6;

        /// <summary>
        /// The fraction of rows whose prediction picks the target's class: argmax against argmax of the one-hot (or
        /// probability) row, first index on ties; one output: p ≥ 0.5 against target ≥ 0.5.
        /// </summary>
        [FloatCopy]
        private static double Accuracy<T>(ReadOnlySpan<T> predictions, ReadOnlySpan<T> targets, int outputSize)
            where T : IFloatingPointIeee754<T>
        {
            int rows = predictions.Length / outputSize;
            int right = 0;
            T half = T.CreateTruncating(0.5);
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<T> p = predictions.Slice(r * outputSize, outputSize);
                ReadOnlySpan<T> y = targets.Slice(r * outputSize, outputSize);
                bool hit = outputSize == 1 ? (p[0] >= half) == (y[0] >= half) : ArgMax(p) == ArgMax(y);
                right += hit ? 1 : 0;
            }

            return (double)right / rows;
        }

        [FloatCopy]
        private static int ArgMax<T>(ReadOnlySpan<T> values)
            where T : IFloatingPointIeee754<T>
        {
            int at = 0;
            for (int i = 1; i < values.Length; i++)
            {
                if (values[i] > values[at])
                {
                    at = i;
                }
            }

            return at;
        }

        /// <summary>Copies the rows <paramref name="rows"/> of <paramref name="source"/> to the start of <paramref name="destination"/>.</summary>
        [FloatCopy]
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

        /// <summary>Everything training changes that is saved: the parameters, and any buffers after them.</summary>
        [FloatCopy]
        private static Span<T> Stored<T>(INeuralNetwork<T> network) where T : IFloatingPointIeee754<T>
            => network is IStoredValues<T> stored ? stored.StoredValues : network.Parameters;
    }
}
