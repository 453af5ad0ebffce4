using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>The run-time training workflow: LearningRate, schedules, Fit with FitOptions.</summary>
    public class FitWorkflowTests
    {
        // ---- LearningRate ----

        [Fact]
        public void Runtime_rate_equals_the_attribute_rate_for_adam()
        {
            var low = new RateAdamLow();
            var high = new RateAdamHigh();
            Assert.Equal(0.001, low.LearningRate);
            Assert.Equal(0.03, high.LearningRate);
            Assert.Equal(high.Parameters.ToArray(), low.Parameters.ToArray());
            low.LearningRate = 0.03;
            var (x, y) = Data(40, 2, 2, seed: 1);
            for (int i = 0; i < 25; i++)
            {
                low.TrainStep(x, y);
                high.TrainStep(x, y);
            }

            Assert.Equal(high.Parameters.ToArray(), low.Parameters.ToArray());
            Assert.NotEqual(new RateAdamLow().Parameters.ToArray(), low.Parameters.ToArray());
        }

        [Fact]
        public void Runtime_rate_equals_the_attribute_rate_for_adamw_and_sgd_momentum()
        {
            var (xd, yd) = Data(40, 2, 2, seed: 2);
            float[] xf = xd.Select(v => (float)v).ToArray(), yf = yd.Select(v => (float)v).ToArray();
            var adamW = new RateAdamWLow { LearningRate = 0.02 };
            var adamWRef = new RateAdamWHigh();
            var sgd = new RateSgdLow { LearningRate = 0.05 };
            var sgdRef = new RateSgdHigh();
            for (int i = 0; i < 25; i++)
            {
                adamW.TrainStep(xf, yf);
                adamWRef.TrainStep(xf, yf);
                sgd.TrainStep(xd, yd);
                sgdRef.TrainStep(xd, yd);
            }

            Assert.Equal(adamWRef.Parameters.ToArray(), adamW.Parameters.ToArray());
            Assert.Equal(sgdRef.Parameters.ToArray(), sgd.Parameters.ToArray());
        }

        [Fact]
        public void Changing_the_rate_mid_run_matches_a_reference_adam()
        {
            // torch: setting param_groups[0]["lr"] applies from the next step; the bias corrections keep counting.
            var net = new RateAdamLow();
            var probe = new RateAdamLow();
            double[] p = probe.Parameters.ToArray();
            double[] m = new double[p.Length], v = new double[p.Length];
            var (x, y) = Data(30, 2, 2, seed: 3);
            double[] rates = { 0.001, 0.001, 0.001, 0.02, 0.02, 0.005, 0.005, 0.005 };
            for (int step = 1; step <= rates.Length; step++)
            {
                net.LearningRate = rates[step - 1];
                net.TrainStep(x, y);

                p.CopyTo(probe.Parameters);
                probe.ComputeGradients(x, y);
                double[] g = probe.Gradients.ToArray();
                const double Beta1 = 0.8, Beta2 = 0.999, Eps = 1e-8, Decay = 0.01;
                for (int i = 0; i < p.Length; i++)
                {
                    double gi = g[i] + Decay * p[i];
                    m[i] = Beta1 * m[i] + (1 - Beta1) * gi;
                    v[i] = Beta2 * v[i] + (1 - Beta2) * gi * gi;
                    double mHat = m[i] / (1 - Math.Pow(Beta1, step));
                    double vHat = v[i] / (1 - Math.Pow(Beta2, step));
                    p[i] -= rates[step - 1] * mHat / (Math.Sqrt(vHat) + Eps);
                }
            }

            Close.All(p, net.Parameters.ToArray(), 1e-12, 1e-12, "parameters");
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(-1e-3)]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        public void Bad_rates_throw_and_change_nothing(double rate)
        {
            var net = new RateAdamLow();
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => net.LearningRate = rate);
            Assert.Contains("learning rate", e.Message);
            Assert.Equal(0.001, net.LearningRate);
        }

        [Fact]
        public void Checkpoints_do_not_carry_the_rate()
        {
            var net = new RateAdamLow { LearningRate = 0.02 };
            var (x, y) = Data(10, 2, 2, seed: 4);
            net.TrainStep(x, y);
            var stream = new MemoryStream();
            net.SaveCheckpoint(stream);

            var fresh = new RateAdamLow();
            stream.Position = 0;
            fresh.LoadCheckpoint(stream);
            Assert.Equal(0.001, fresh.LearningRate);

            var tuned = new RateAdamLow { LearningRate = 0.5 };
            stream.Position = 0;
            tuned.LoadCheckpoint(stream);
            tuned.ResetOptimizer();
            Assert.Equal(0.5, tuned.LearningRate);
        }

        [Fact]
        public void OptimizerStep_after_ComputeGradients_equals_TrainStep()
        {
            var a = new RateAdamHigh();
            var b = new RateAdamHigh();
            var (x, y) = Data(20, 2, 2, seed: 5);
            for (int i = 0; i < 5; i++)
            {
                a.TrainStep(x, y);
                b.ComputeGradients(x, y);
                b.OptimizerStep();
            }

            Assert.Equal(a.Parameters.ToArray(), b.Parameters.ToArray());
            Assert.Equal(5, b.OptimizerStepCount);
        }

        // ---- Schedules: the sequences torch 1.13 produces (lr before each epoch, scheduler.step() after it), from
        // torch.optim.lr_scheduler with an SGD at lr 0.1; made by Reference/make_schedule_reference.py.

        [Fact]
        public void Step_matches_torch_StepLR() => AssertSequence(
            LearningRateSchedule.Step(3, 0.5), 0.1, null,
            0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.0125);

        [Fact]
        public void Exponential_matches_torch_ExponentialLR() => AssertSequence(
            LearningRateSchedule.Exponential(0.9), 0.1, null,
            0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002,
            0.05314410000000002, 0.04782969000000002, 0.043046721000000024, 0.03874204890000002);

        [Fact]
        public void Cosine_matches_torch_CosineAnnealingLR() => AssertSequence(
            LearningRateSchedule.Cosine(4), 0.1, null,
            0.1, 0.08535533905932738, 0.05, 0.014644660940672627, 0.0, 0.014644660940672622, 0.05000000000000001,
            0.0853553390593274, 0.10000000000000003, 0.0853553390593274, 0.05000000000000003, 0.014644660940672672);

        [Fact]
        public void Cosine_with_eta_min_matches_torch() => AssertSequence(
            LearningRateSchedule.Cosine(5, etaMin: 0.01), 0.1, null,
            0.1, 0.09140576474687263, 0.06890576474687263, 0.04109423525312736, 0.018594235253127367, 0.01,
            0.018594235253127367, 0.04109423525312739, 0.06890576474687267, 0.09140576474687269, 0.10000000000000006,
            0.09140576474687272, 0.06890576474687268, 0.0410942352531274);

        private static readonly double[] PlateauLosses = { 1.0, 0.9, 0.95, 0.95, 0.9, 0.91, 0.92, 0.93, 0.8, 0.85, 0.86, 0.87, 0.88, 0.89, 0.9, 0.9 };

        [Fact]
        public void ReduceOnPlateau_matches_torch_ReduceLROnPlateau() => AssertSequence(
            LearningRateSchedule.ReduceOnPlateau(factor: 0.5, patience: 2), 0.1, PlateauLosses,
            0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.025, 0.0125, 0.0125, 0.0125, 0.00625);

        [Fact]
        public void ReduceOnPlateau_with_cooldown_and_floor_matches_torch() => AssertSequence(
            LearningRateSchedule.ReduceOnPlateau(factor: 0.5, patience: 1, cooldown: 2, minLearningRate: 0.02), 0.1, PlateauLosses,
            0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025, 0.025, 0.025, 0.025, 0.02, 0.02, 0.02, 0.02);

        [Fact]
        public void ReduceOnPlateau_threshold_is_relative_as_torch() => AssertSequence(
            LearningRateSchedule.ReduceOnPlateau(factor: 0.1, patience: 0, threshold: 0.1), 0.1, new[] { 1.0, 0.95, 0.85, 0.8, 0.5, 0.49 },
            0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002);

        [Fact]
        public void Bad_schedule_arguments_throw()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Step(0, 0.5));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Step(1, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Step(1, double.NaN));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Exponential(-0.5));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Exponential(double.PositiveInfinity));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Cosine(0));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Cosine(10, -1e-3));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.Cosine(10, double.NaN));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.ReduceOnPlateau(factor: 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.ReduceOnPlateau(factor: 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.ReduceOnPlateau(patience: -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.ReduceOnPlateau(threshold: -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.ReduceOnPlateau(cooldown: -1));
            Assert.Throws<ArgumentOutOfRangeException>(() => LearningRateSchedule.ReduceOnPlateau(minLearningRate: double.NaN));
        }

        [Fact]
        public void Fit_steps_the_schedule_once_per_epoch_and_continues_it_across_calls()
        {
            var net = new FitSgdNet();
            var (x, y) = Data(32, 2, 1, seed: 6);
            var schedule = LearningRateSchedule.Cosine(4);
            var used = new List<double>();
            var options = new FitOptions { Epochs = 3, BatchSize = 8, Schedule = schedule, OnEpoch = r => { used.Add(r.LearningRate); return true; } };
            net.Fit(x, y, options);
            options.Epochs = 4;
            net.Fit(x, y, options);

            // Epoch 5 trains at torch's 0, applied as the smallest positive double (which updates nothing either).
            double[] torch = { 0.1, 0.08535533905932738, 0.05, 0.014644660940672627, double.Epsilon, 0.014644660940672622, 0.05000000000000001 };
            Assert.Equal(torch, used);
            Assert.Equal(7, schedule.LastEpoch);
            Assert.Equal(0.0853553390593274, net.LearningRate);
        }

        // ---- Fit(inputs, targets, FitOptions, …) ----

        [Fact]
        public void Seed_null_continues_the_data_order_bit_for_bit()
        {
            var (xd, yd) = Data(50, 1, 1, seed: 7);
            float[] x = xd.Select(v => (float)v).ToArray(), y = yd.Select(v => (float)v).ToArray();
            var once = new QuadraticModel();
            var twice = new QuadraticModel();
            var replayed = new QuadraticModel();
            var one = once.Fit(x, y, new FitOptions { Epochs = 2, BatchSize = 8 });
            var first = twice.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 8 });
            var second = twice.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 8 });
            Assert.Equal(once.Parameters.ToArray(), twice.Parameters.ToArray());
            Assert.Equal(one.TrainLosses, first.TrainLosses.Concat(second.TrainLosses));

            // A fixed seed per call replays the first epoch's order instead: different parameters.
            replayed.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 8, Seed = 0 });
            replayed.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 8, Seed = 0 });
            Assert.NotEqual(once.Parameters.ToArray(), replayed.Parameters.ToArray());

            // A seed reseeds the network's generator, and later null seeds continue from it.
            var seeded = new QuadraticModel();
            var seededTwice = new QuadraticModel();
            seeded.Fit(x, y, new FitOptions { Epochs = 2, BatchSize = 8, Seed = 42 });
            seededTwice.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 8, Seed = 42 });
            seededTwice.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 8 });
            Assert.Equal(seeded.Parameters.ToArray(), seededTwice.Parameters.ToArray());
            Assert.NotEqual(once.Parameters.ToArray(), seeded.Parameters.ToArray());
        }

        [Fact]
        public void Without_shuffle_fit_equals_train_steps_over_consecutive_batches()
        {
            var (x, y) = Data(20, 2, 1, seed: 8);
            var net = new FitSgdNet();
            var reference = new FitSgdNet();
            var result = net.Fit(x, y, new FitOptions { Epochs = 2, BatchSize = 8, Shuffle = false });
            var expected = new List<double>();
            for (int epoch = 0; epoch < 2; epoch++)
            {
                double sum = 0;
                for (int start = 0; start < 20; start += 8)
                {
                    int count = Math.Min(8, 20 - start);
                    sum += reference.TrainStep(x.AsSpan(start * 2, count * 2), y.AsSpan(start, count)) * count;
                }

                expected.Add(sum / 20);
            }

            Assert.Equal(reference.Parameters.ToArray(), net.Parameters.ToArray());
            Close.All(expected.ToArray(), result.TrainLosses.ToArray(), 1e-15, 1e-15, "losses");
            Assert.Empty(result.ValidationLosses);
            Assert.Empty(result.ValidationAccuracies);
            Assert.False(result.StoppedEarly);
        }

        [Fact]
        public void Early_stopping_restores_the_best_epoch()
        {
            // Validation targets oppose the training ones, so the validation loss soon rises and training stops.
            var (x, y) = Data(40, 2, 1, seed: 9);
            var (vx, _) = Data(20, 2, 1, seed: 10);
            double[] vy = Enumerable.Range(0, 20).Select(r => -(vx[2 * r] + vx[2 * r + 1])).ToArray();
            double[] ty = Enumerable.Range(0, 40).Select(r => x[2 * r] + x[2 * r + 1]).ToArray();
            var net = new FitSgdNet();
            var perEpoch = new List<double[]>();
            var result = net.Fit(x, ty, new FitOptions { Epochs = 200, BatchSize = 10, Patience = 3, OnEpoch = _ => { perEpoch.Add(net.Parameters.ToArray()); return true; } }, vx, vy);

            Assert.True(result.StoppedEarly);
            Assert.Equal(result.BestEpoch + 3, result.ValidationLosses.Count);
            Assert.Equal(result.ValidationLosses.Min(), result.ValidationLosses[result.BestEpoch - 1]);
            Assert.Equal(result.ValidationLosses.Min(), net.EvaluateLoss(vx, vy));
            Assert.Equal(perEpoch[result.BestEpoch - 1], net.Parameters.ToArray());
            Assert.NotEqual(perEpoch[^1], net.Parameters.ToArray());
        }

        [Fact]
        public void Clipping_matches_clip_grad_norm_reference()
        {
            var (x, y) = Data(16, 2, 1, seed: 11);
            double[] big = y.Select(v => 50 * v).ToArray();
            var net = new FitSgdNet();
            var probe = new FitSgdNet();
            const double MaxNorm = 0.5;
            net.Fit(x, big, new FitOptions { Epochs = 4, BatchSize = 16, Shuffle = false, ClipGradientNorm = MaxNorm });

            double[] p = probe.Parameters.ToArray();
            int clipped = 0;
            for (int step = 0; step < 4; step++)
            {
                p.CopyTo(probe.Parameters);
                probe.ComputeGradients(x, big);
                double[] g = probe.Gradients.ToArray();
                double norm = Math.Sqrt(g.Sum(v => v * v));
                double coefficient = MaxNorm / (norm + 1e-6);
                if (coefficient < 1)
                {
                    clipped++;
                    for (int i = 0; i < g.Length; i++)
                    {
                        g[i] *= coefficient;
                    }
                }

                for (int i = 0; i < p.Length; i++)
                {
                    p[i] -= 0.1 * g[i];
                }
            }

            Assert.Equal(4, clipped);
            Close.All(p, net.Parameters.ToArray(), 1e-13, 1e-13, "parameters");
        }

        [Fact]
        public void OnEpoch_false_stops_and_reports_each_epoch()
        {
            var (x, y) = Data(24, 2, 1, seed: 12);
            var (vx, vy) = Data(8, 2, 1, seed: 13);
            var net = new FitSgdNet();
            var reports = new List<EpochReport>();
            var result = net.Fit(x, y, new FitOptions { Epochs = 10, BatchSize = 8, OnEpoch = r => { reports.Add(r); return r.Epoch < 2; } }, vx, vy);

            Assert.True(result.StoppedEarly);
            Assert.Equal(2, result.TrainLosses.Count);
            Assert.Equal(6, net.OptimizerStepCount);
            Assert.Equal(new[] { 1, 2 }, reports.Select(r => r.Epoch));
            Assert.Equal(result.TrainLosses, reports.Select(r => r.TrainLoss));
            Assert.Equal(result.ValidationLosses, reports.Select(r => r.ValidationLoss));
            Assert.Equal(net.EvaluateLoss(vx, vy), reports[^1].ValidationLoss);
            Assert.All(reports, r => Assert.Equal(0.1, r.LearningRate));
            Assert.All(reports, r => Assert.True(double.IsNaN(r.ValidationAccuracy)));
            Assert.True(reports[1].Elapsed >= reports[0].Elapsed);
        }

        [Fact]
        public void Classifiers_report_validation_accuracy()
        {
            var rng = new DeterministicRandom(14);
            int rows = 60;
            double[] x = new double[rows * 2], oneHot = new double[rows * 3], binary = new double[rows];
            int[] classes = new int[rows];
            for (int r = 0; r < rows; r++)
            {
                x[2 * r] = rng.NextUniform(-1, 1);
                x[2 * r + 1] = rng.NextUniform(-1, 1);
                classes[r] = x[2 * r] < -0.3 ? 0 : x[2 * r + 1] > 0 ? 1 : 2;
                oneHot[3 * r + classes[r]] = 1;
                binary[r] = x[2 * r] > 0 ? 1 : 0;
            }

            var softmax = new FitSoftmaxNet();
            var result = softmax.Fit(x, oneHot, new FitOptions { Epochs = 30, BatchSize = 10 }, x, oneHot);
            var predicted = new double[rows * 3];
            softmax.PredictBatch(x, predicted);
            double accuracy = Enumerable.Range(0, rows).Count(r => ArgMax(predicted.AsSpan(3 * r, 3)) == classes[r]) / (double)rows;
            Assert.Equal(30, result.ValidationAccuracies.Count);
            Assert.Equal(accuracy, result.ValidationAccuracies[^1]);
            Assert.True(accuracy > 0.8, $"accuracy {accuracy}");

            var sigmoid = new FitSigmoidNet();
            var binaryResult = sigmoid.Fit(x, binary, new FitOptions { Epochs = 30, BatchSize = 10 }, x, binary);
            var p = new double[rows];
            sigmoid.PredictBatch(x, p);
            double binaryAccuracy = Enumerable.Range(0, rows).Count(r => (p[r] >= 0.5) == (binary[r] == 1)) / (double)rows;
            Assert.Equal(binaryAccuracy, binaryResult.ValidationAccuracies[^1]);
            Assert.True(binaryAccuracy > 0.8, $"accuracy {binaryAccuracy}");
        }

        public static TheoryData<string> BadOptions => new() { "epochs", "batch", "droplast", "patience0", "patienceNoValidation", "clip0", "clipNaN", "clipInf", "validationShape", "validationHalf", "null" };

        [Theory]
        [MemberData(nameof(BadOptions))]
        public void Bad_options_throw_before_any_change(string bad)
        {
            var (x, y) = Data(12, 2, 1, seed: 15);
            var (vx, vy) = Data(4, 2, 1, seed: 16);
            var net = new FitSgdNet();
            double[] before = net.Parameters.ToArray();
            var schedule = LearningRateSchedule.Exponential(0.5);
            var options = new FitOptions { Epochs = 2, BatchSize = 4, Seed = 99, Schedule = schedule };
            double[] validationTargets = vy;
            double[] validationInputs = vx;
            switch (bad)
            {
                case "epochs": options.Epochs = 0; break;
                case "batch": options.BatchSize = 0; break;
                case "droplast": options.DropLast = true; options.BatchSize = 13; break;
                case "patience0": options.Patience = 0; break;
                case "patienceNoValidation": options.Patience = 2; validationInputs = validationTargets = Array.Empty<double>(); break;
                case "clip0": options.ClipGradientNorm = 0; break;
                case "clipNaN": options.ClipGradientNorm = double.NaN; break;
                case "clipInf": options.ClipGradientNorm = double.PositiveInfinity; break;
                case "validationShape": validationTargets = vy.Take(3).ToArray(); break;
                case "validationHalf": validationTargets = Array.Empty<double>(); break;
                case "null": options = null!; break;
                default: throw new ArgumentOutOfRangeException(nameof(bad), bad, null);
            }

            var e = Assert.ThrowsAny<ArgumentException>(() => net.Fit(x, y, options, validationInputs, validationTargets));
            Assert.True(e.Message.Length <= 1024);
            Assert.Equal(before, net.Parameters.ToArray());
            Assert.Equal(0, net.OptimizerStepCount);
            Assert.Equal(0.1, net.LearningRate);
            Assert.Equal(0, schedule.LastEpoch);

            // The data-order generator was not reseeded either: a null seed now gives what a fresh network gives.
            var fresh = new FitSgdNet();
            fresh.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 4 });
            net.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 4 });
            Assert.Equal(fresh.Parameters.ToArray(), net.Parameters.ToArray());
        }

        [Fact]
        public void The_old_fit_overload_keeps_its_results()
        {
            // Cumulative shuffles from one seed per call, as before: two calls of one epoch replay the same first order.
            var (x, y) = Data(20, 2, 1, seed: 17);
            var a = new FitSgdNet();
            var b = new FitSgdNet();
            a.Fit(x, y, epochs: 1, batchSize: 4);
            b.Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 4, Seed = 0 });
            Assert.Equal(a.Parameters.ToArray(), b.Parameters.ToArray());
        }

        private static void AssertSequence(LearningRateSchedule schedule, double initial, double[]? losses, params double[] expected)
        {
            var actual = new List<double>();
            double rate = initial;
            for (int epoch = 0; epoch < expected.Length; epoch++)
            {
                actual.Add(rate);
                rate = schedule.Next(rate, losses?[epoch] ?? double.NaN);
            }

            Assert.Equal(expected, actual);
            Assert.Equal(initial, schedule.BaseLearningRate);
        }

        private static int ArgMax(ReadOnlySpan<double> values)
        {
            int at = 0;
            for (int i = 1; i < values.Length; i++)
            {
                at = values[i] > values[at] ? i : at;
            }

            return at;
        }

        /// <summary>Rows of uniform inputs in [-1, 1] and targets from a fixed smooth function of them.</summary>
        private static (double[] Inputs, double[] Targets) Data(int rows, int inputs, int outputs, int seed)
        {
            var random = new DeterministicRandom(seed);
            var x = new double[rows * inputs];
            var y = new double[rows * outputs];
            for (int r = 0; r < rows; r++)
            {
                double sum = 0;
                for (int i = 0; i < inputs; i++)
                {
                    x[r * inputs + i] = random.NextUniform(-1, 1);
                    sum += x[r * inputs + i] * (i + 1);
                }

                for (int o = 0; o < outputs; o++)
                {
                    y[r * outputs + o] = Math.Sin(sum + o);
                }
            }

            return (x, y);
        }
    }
}
