using System;
using System.Collections.Generic;

namespace NetGen
{
    /// <summary>How the generated <c>Fit(inputs, targets, options, …)</c> trains: Keras' and PyTorch's usual knobs.</summary>
    public sealed class FitOptions
    {
        /// <summary>Passes over the data, at least 1.</summary>
        public int Epochs { get; set; } = 1;

        /// <summary>Rows per step, at least 1; a batch larger than the data is one batch of every row, as PyTorch's DataLoader.</summary>
        public int BatchSize { get; set; } = 32;

        /// <summary>Draw a new permutation of the rows every epoch (PyTorch's RandomSampler).</summary>
        public bool Shuffle { get; set; } = true;

        /// <summary>Skip a last batch smaller than <see cref="BatchSize"/>.</summary>
        public bool DropLast { get; set; }

        /// <summary>
        /// Seed of the data order. Null continues the network's own data-order generator (seeded 0 at construction),
        /// so two calls of one epoch give exactly the parameters of one call of two epochs; a value reseeds it.
        /// </summary>
        public int? Seed { get; set; }

        /// <summary>Stepped once after every epoch; sets the network's <c>LearningRate</c> for the next one.</summary>
        public LearningRateSchedule? Schedule { get; set; }

        /// <summary>
        /// Early stopping: stop once the validation loss has not improved for this many epochs, then restore the
        /// parameters of the best epoch (Keras' EarlyStopping(restore_best_weights=True)). Needs validation data.
        /// </summary>
        public int? Patience { get; set; }

        /// <summary>Clip the gradients' total 2-norm to this before each update, as torch.nn.utils.clip_grad_norm_.</summary>
        public double? ClipGradientNorm { get; set; }

        /// <summary>
        /// Threads per training step of a batch-major network without BatchNorm or Dropout (other networks use one):
        /// -1, the default, uses all cores once a step's rows × parameters reach
        /// <see cref="Runtime.ParallelTraining.MinimumParallelWork"/>, and one thread below; 1 or more caps the threads.
        /// The parameters come out bit-identical for every value: the batch is cut into the same shards and their
        /// gradients summed in the same order whatever the thread count.
        /// </summary>
        public int MaxDegreeOfParallelism { get; set; } = Runtime.ParallelTraining.Automatic;

        /// <summary>Called after every epoch (on the training thread); returning false stops training.</summary>
        public Func<EpochReport, bool>? OnEpoch { get; set; }
    }

    /// <summary>What one epoch of <c>Fit</c> did.</summary>
    public readonly struct EpochReport
    {
        internal EpochReport(int epoch, double trainLoss, double validationLoss, double validationAccuracy, double learningRate, TimeSpan elapsed)
        {
            Epoch = epoch;
            TrainLoss = trainLoss;
            ValidationLoss = validationLoss;
            ValidationAccuracy = validationAccuracy;
            LearningRate = learningRate;
            Elapsed = elapsed;
        }

        /// <summary>The 1-based epoch.</summary>
        public int Epoch { get; }

        /// <summary>The mean training loss: the batch losses (before each update) weighted by their rows.</summary>
        public double TrainLoss { get; }

        /// <summary>The validation loss after the epoch; NaN without validation data.</summary>
        public double ValidationLoss { get; }

        /// <summary>The fraction of validation rows classified right (Softmax or single Sigmoid output); NaN otherwise.</summary>
        public double ValidationAccuracy { get; }

        /// <summary>The learning rate the epoch trained with.</summary>
        public double LearningRate { get; }

        /// <summary>Time since the call started.</summary>
        public TimeSpan Elapsed { get; }
    }

    /// <summary>What a call of <c>Fit(inputs, targets, options, …)</c> did.</summary>
    public sealed class FitResult
    {
        internal FitResult(double[] trainLosses, double[] validationLosses, double[] validationAccuracies, int bestEpoch, bool stoppedEarly)
        {
            TrainLosses = trainLosses;
            ValidationLosses = validationLosses;
            ValidationAccuracies = validationAccuracies;
            BestEpoch = bestEpoch;
            StoppedEarly = stoppedEarly;
        }

        /// <summary>Each epoch's mean training loss.</summary>
        public IReadOnlyList<double> TrainLosses { get; }

        /// <summary>Each epoch's validation loss; empty without validation data.</summary>
        public IReadOnlyList<double> ValidationLosses { get; }

        /// <summary>Each epoch's validation accuracy for a classifier (Softmax or single Sigmoid output) with validation data; else empty.</summary>
        public IReadOnlyList<double> ValidationAccuracies { get; }

        /// <summary>The 1-based epoch of the lowest validation loss (training loss without validation data); the first on ties.</summary>
        public int BestEpoch { get; }

        /// <summary>True when training ended before <see cref="FitOptions.Epochs"/>: early stopping, or OnEpoch returned false.</summary>
        public bool StoppedEarly { get; }
    }
}
