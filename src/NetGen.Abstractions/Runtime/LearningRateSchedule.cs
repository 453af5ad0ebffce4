using System;

namespace NetGen
{
    /// <summary>
    /// A learning-rate schedule with PyTorch's semantics (torch.optim.lr_scheduler), stepped once per epoch by
    /// <c>Fit</c>. Like a torch scheduler it holds state: it binds the base rate (torch's <c>initial_lr</c>) at its
    /// first step, and passing the same instance to later <c>Fit</c> calls continues it; create a new one to restart.
    /// </summary>
    public abstract class LearningRateSchedule
    {
        private double _current = double.NaN;

        private protected LearningRateSchedule()
        {
        }

        /// <summary>Epochs stepped so far (torch's <c>last_epoch</c>).</summary>
        public int LastEpoch { get; private set; }

        /// <summary>The rate when the schedule first stepped (torch's <c>base_lrs[0]</c>); NaN before.</summary>
        public double BaseLearningRate { get; private set; } = double.NaN;

        /// <summary>torch.optim.lr_scheduler.StepLR: the rate is multiplied by <paramref name="gamma"/> every <paramref name="stepSize"/> epochs.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stepSize"/> is below 1, or <paramref name="gamma"/> is not finite and positive.</exception>
        public static LearningRateSchedule Step(int stepSize, double gamma)
        {
            RequireAtLeastOne(stepSize, nameof(stepSize));
            RequirePositive(gamma, nameof(gamma));
            return new StepSchedule(stepSize, gamma);
        }

        /// <summary>torch.optim.lr_scheduler.ExponentialLR: the rate is multiplied by <paramref name="gamma"/> every epoch.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="gamma"/> is not finite and positive.</exception>
        public static LearningRateSchedule Exponential(double gamma)
        {
            RequirePositive(gamma, nameof(gamma));
            return new ExponentialSchedule(gamma);
        }

        /// <summary>
        /// torch.optim.lr_scheduler.CosineAnnealingLR (its recursive form, as torch computes it): half a cosine from the
        /// base rate down to <paramref name="etaMin"/> over <paramref name="tMax"/> epochs, then back up.
        /// </summary>
        /// <remarks>A scheduled rate of exactly 0 (epoch tMax with etaMin 0) is applied as the smallest positive double, which updates nothing, as lr 0 does.</remarks>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="tMax"/> is below 1, or <paramref name="etaMin"/> is negative or not finite.</exception>
        public static LearningRateSchedule Cosine(int tMax, double etaMin = 0)
        {
            RequireAtLeastOne(tMax, nameof(tMax));
            if (!(etaMin >= 0) || double.IsInfinity(etaMin))
            {
                throw new ArgumentOutOfRangeException(nameof(etaMin), etaMin, "Must be finite and at least 0.");
            }

            return new CosineSchedule(tMax, etaMin);
        }

        /// <summary>
        /// torch.optim.lr_scheduler.ReduceLROnPlateau (mode "min", threshold_mode "rel"): multiplies the rate by
        /// <paramref name="factor"/> once the monitored loss (the validation loss, else the training loss) has not improved
        /// on its best by the relative <paramref name="threshold"/> for more than <paramref name="patience"/> epochs.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">factor is not in (0, 1), patience or cooldown is negative, threshold or minLearningRate is negative or not finite.</exception>
        public static LearningRateSchedule ReduceOnPlateau(double factor = 0.1, int patience = 10, double threshold = 1e-4, int cooldown = 0, double minLearningRate = 0)
        {
            if (!(factor > 0 && factor < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "Must be between 0 and 1 (exclusive).");
            }

            RequireNotNegative(patience, nameof(patience));
            RequireNotNegative(cooldown, nameof(cooldown));
            RequireFiniteNotNegative(threshold, nameof(threshold));
            RequireFiniteNotNegative(minLearningRate, nameof(minLearningRate));
            return new PlateauSchedule(factor, patience, threshold, cooldown, minLearningRate);
        }

        /// <summary>
        /// Steps the schedule one epoch, as torch's <c>scheduler.step()</c> (ReduceOnPlateau: <c>step(loss)</c>), and
        /// returns the rate for the next epoch (exactly torch's, 0 included).
        /// </summary>
        /// <param name="learningRate">The rate the optimizer holds now.</param>
        /// <param name="loss">The monitored loss of the epoch (only ReduceOnPlateau reads it).</param>
        public double Next(double learningRate, double loss)
        {
            // A rate of 0 is applied as double.Epsilon (see Cosine); as long as the optimizer still holds what this
            // schedule applied, continue from the exact value (torch's chainable form reads the group's lr).
            double current = learningRate == Applicable(_current) ? _current : learningRate;
            if (LastEpoch == 0)
            {
                BaseLearningRate = current;
            }

            LastEpoch++;
            double next = Compute(current, loss);
            _current = next;
            return next;
        }

        /// <summary>The rate Fit gives the network for a scheduled <paramref name="rate"/>: 0 becomes double.Epsilon (networks refuse 0; it updates nothing either way).</summary>
        internal static double Applicable(double rate) => Math.Max(rate, double.Epsilon);

        /// <summary>The rate after epoch <see cref="LastEpoch"/> from the <paramref name="current"/> one.</summary>
        private protected abstract double Compute(double current, double loss);

        private static void RequireAtLeastOne(int value, string name)
        {
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(name, value, "Must be at least 1.");
            }
        }

        private static void RequireNotNegative(int value, string name)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(name, value, "Must be at least 0.");
            }
        }

        private static void RequirePositive(double value, string name)
        {
            if (!(value > 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, value, "Must be finite and greater than 0.");
            }
        }

        private static void RequireFiniteNotNegative(double value, string name)
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, value, "Must be finite and at least 0.");
            }
        }

        private sealed class StepSchedule(int stepSize, double gamma) : LearningRateSchedule
        {
            private protected override double Compute(double current, double loss)
                => LastEpoch % stepSize != 0 ? current : current * gamma;
        }

        private sealed class ExponentialSchedule(double gamma) : LearningRateSchedule
        {
            private protected override double Compute(double current, double loss) => current * gamma;
        }

        private sealed class CosineSchedule(int tMax, double etaMin) : LearningRateSchedule
        {
            private protected override double Compute(double current, double loss)
            {
                int epoch = LastEpoch;

                // torch: (last_epoch - 1 - T_max) % (2 * T_max) == 0 with Python's non-negative modulo.
                long period = 2L * tMax;
                if ((((epoch - 1L - tMax) % period) + period) % period == 0)
                {
                    return current + (BaseLearningRate - etaMin) * (1 - Math.Cos(Math.PI / tMax)) / 2;
                }

                return (1 + Math.Cos(Math.PI * epoch / tMax)) / (1 + Math.Cos(Math.PI * (epoch - 1) / tMax)) * (current - etaMin) + etaMin;
            }
        }

        private sealed class PlateauSchedule(double factor, int patience, double threshold, int cooldown, double minLearningRate) : LearningRateSchedule
        {
            // torch's eps: a reduction smaller than this is skipped.
            private const double MinimumChange = 1e-8;
            private double _best = double.PositiveInfinity;
            private int _badEpochs;
            private int _cooldownLeft;

            private protected override double Compute(double current, double loss)
            {
                if (loss < _best * (1 - threshold))
                {
                    _best = loss;
                    _badEpochs = 0;
                }
                else
                {
                    _badEpochs++;
                }

                if (_cooldownLeft > 0)
                {
                    _cooldownLeft--;
                    _badEpochs = 0;
                }

                if (_badEpochs > patience)
                {
                    _cooldownLeft = cooldown;
                    _badEpochs = 0;
                    double reduced = Math.Max(current * factor, minLearningRate);
                    return current - reduced > MinimumChange ? reduced : current;
                }

                return current;
            }
        }
    }
}
