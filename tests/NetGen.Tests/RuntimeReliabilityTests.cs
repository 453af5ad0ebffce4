using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    // Networks whose updates overflow: a linear unit, an input of 1e9 (float) and a learning rate of 1e30, or
    // an input of 1e22 for Adam, whose second moment overflows float. Loss and gradients stay finite.
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(1)]
    [Sgd(LearningRate = 1e30, Momentum = 0.5)]
    public partial class OverflowingSgd { }

    [Network(Seed = 1, CheckFinite = false)]
    [Input(1)]
    [Dense(1)]
    [Sgd(LearningRate = 1e30, Momentum = 0.5)]
    public partial class OverflowingSgdUnchecked { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(1)]
    [Adam(LearningRate = 0.1)]
    public partial class OverflowingAdam { }

    [Network(Seed = 1)]
    [Input(3)]
    [Dense(4), Activation(Activation.Relu6)]
    [Dense(2), Activation(Activation.Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class LargeLogitsNet { }

    /// <summary>Issue 11, items 7 (the update), 8, 10, 11 (through the generated code) and 12.</summary>
    public class RuntimeReliabilityTests
    {
        private static readonly float[] QuadX = Enumerable.Range(0, 20).Select(i => -1f + i / 10f).ToArray();
        private static readonly float[] QuadY = QuadX.Select(x => x * x).ToArray();

        // Item 8: Fit.

        [Theory]
        [InlineData(int.MaxValue)]
        [InlineData(int.MaxValue - 10)]
        [InlineData(21)]
        public void Fit_with_a_batch_larger_than_the_data_is_one_full_batch(int batchSize)
        {
            var big = new QuadraticModel();
            var full = new QuadraticModel();
            float[] bigLosses = big.Fit(QuadX, QuadY, epochs: 5, batchSize: batchSize, shuffle: true, seed: 2);
            float[] fullLosses = full.Fit(QuadX, QuadY, epochs: 5, batchSize: QuadX.Length, shuffle: true, seed: 2);
            Assert.All(bigLosses, l => Assert.True(float.IsFinite(l)));
            Assert.Equal(fullLosses, bigLosses);
            Assert.Equal(full.Parameters.ToArray(), big.Parameters.ToArray());
            Assert.Equal(5, big.OptimizerStepCount);
        }

        [Fact]
        public void Fit_with_drop_last_and_a_batch_larger_than_the_data_rejects_before_training()
        {
            var net = new QuadraticModel();
            float[] before = net.Parameters.ToArray();
            Assert.Throws<ArgumentException>(() => net.Fit(QuadX, QuadY, epochs: 1, batchSize: int.MaxValue, dropLast: true));
            Assert.Equal(before, net.Parameters.ToArray());
            Assert.Equal(0, net.OptimizerStepCount);
        }

        [Fact]
        public void Fit_with_int_max_epochs_starts_training_and_allocates_nothing_per_epoch_up_front()
        {
            var net = new QuadraticModel();
            var reference = new QuadraticModel();
            reference.Fit(QuadX, QuadY, epochs: 3, batchSize: 5, seed: 4);
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            long allocatedAtFirstEpoch = 0;
            var stop = Assert.Throws<StopTraining>(() => net.Fit(QuadX, QuadY, epochs: int.MaxValue, batchSize: 5, seed: 4, onEpoch: (epoch, _) =>
            {
                if (epoch == 1)
                {
                    allocatedAtFirstEpoch = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                }

                if (epoch == 3)
                {
                    throw new StopTraining();
                }
            }));
            Assert.NotNull(stop);

            // A float[int.MaxValue] would be 8 GB; the loss array starts small and grows as epochs complete.
            Assert.InRange(allocatedAtFirstEpoch, 1, 64 * 1024);
            Assert.Equal(reference.Parameters.ToArray(), net.Parameters.ToArray());
        }

        [Fact]
        public void Fit_grows_its_loss_array_past_the_first_capacity()
        {
            var net = new QuadraticModel();
            var reported = new float[2500];
            float[] losses = net.Fit(QuadX, QuadY, epochs: 2500, batchSize: 20, shuffle: false, onEpoch: (e, l) => reported[e - 1] = l);
            Assert.Equal(2500, losses.Length);
            Assert.Equal(reported, losses);
            Assert.True(losses[^1] < losses[0]);
        }

        [Fact]
        public void Fit_rejects_bad_arguments_before_any_state_changes()
        {
            var net = new QuadraticModel();
            net.TrainStep(QuadX, QuadY);
            float[] parameters = net.Parameters.ToArray();
            void Unchanged()
            {
                Assert.Equal(parameters, net.Parameters.ToArray());
                Assert.Equal(1, net.OptimizerStepCount);
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(QuadX, QuadY, epochs: 0, batchSize: 4));
            Unchanged();
            Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(QuadX, QuadY, epochs: int.MinValue, batchSize: 4));
            Unchanged();
            Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(QuadX, QuadY, epochs: 1, batchSize: int.MinValue));
            Unchanged();
            Assert.Throws<ArgumentException>(() => net.Fit(Array.Empty<float>(), Array.Empty<float>(), epochs: 1, batchSize: 1));
            Unchanged();
            Assert.Throws<ArgumentException>(() => net.Fit(QuadX, QuadY.AsSpan(1).ToArray(), epochs: 1, batchSize: 1));
            Unchanged();
        }

        [Fact]
        public void Row_count_check_does_not_wrap_around_int()
        {
            // 2^30 rows of 4 values would be 2^32 ≡ 0 in int: an empty target span must not pass as "2^30 rows".
            var error = Assert.Throws<ArgumentException>(() => ShapeGuard.Rows(1 << 30, 1, 0, 4, "targets"));
            Assert.Contains("4294967296", error.Message);
            Assert.Equal(3, ShapeGuard.Rows(6, 2, 12, 4, "targets"));
        }

        // Item 10: concurrent use of the training members.

        [Fact]
        public async Task A_second_thread_cannot_train_while_fit_runs_and_the_first_threads_result_is_intact()
        {
            var net = new QuadraticModel();
            var inside = new ManualResetEventSlim();
            var tried = new ManualResetEventSlim();
            var fit = Task.Run(() => net.Fit(QuadX, QuadY, epochs: 50, batchSize: 4, seed: 9, onEpoch: (epoch, _) =>
            {
                if (epoch == 10)
                {
                    inside.Set();
                    Assert.True(tried.Wait(TimeSpan.FromSeconds(30)));
                }
            }));

            Assert.True(inside.Wait(TimeSpan.FromSeconds(30)));
            try
            {
                Assert.Throws<InvalidOperationException>(() => net.TrainStep(QuadX, QuadY));
                Assert.Throws<InvalidOperationException>(() => net.ComputeGradients(QuadX, QuadY));
                Assert.Throws<InvalidOperationException>(() => net.Fit(QuadX, QuadY, 1, 4));
                Assert.Throws<InvalidOperationException>(() => net.ResetOptimizer());
                var checkpoint = new MemoryStream();
                new QuadraticModel(5).SaveCheckpoint(checkpoint);
                checkpoint.Position = 0;
                Assert.Throws<InvalidOperationException>(() => net.LoadCheckpoint(checkpoint));
                checkpoint.Position = 0;
                Assert.Throws<InvalidOperationException>(() => net.Load(checkpoint));

                // Readers stay free.
                Assert.True(float.IsFinite(net.Predict(0.5f)));
                Assert.True(float.IsFinite(net.EvaluateLoss(QuadX, QuadY)));
            }
            finally
            {
                tried.Set();
            }

            float[] losses = await fit;

            var alone = new QuadraticModel();
            Assert.Equal(alone.Fit(QuadX, QuadY, epochs: 50, batchSize: 4, seed: 9), losses);
            Assert.Equal(alone.Parameters.ToArray(), net.Parameters.ToArray());
            Assert.Equal(alone.OptimizerStepCount, net.OptimizerStepCount);

            // The guard is released: another thread may train now.
            await Task.Run(() => net.TrainStep(QuadX, QuadY));
        }

        [Fact]
        public async Task Two_threads_hammering_train_step_either_step_whole_or_throw()
        {
            // Every step trains on the same batch, so N whole steps in any order equal N sequential steps.
            var net = new QuadraticModel();
            int done = 0;
            int refused = 0;
            using var start = new Barrier(2);
            void Hammer()
            {
                start.SignalAndWait();
                for (int i = 0; i < 5000; i++)
                {
                    try
                    {
                        net.TrainStep(QuadX, QuadY);
                        Interlocked.Increment(ref done);
                    }
                    catch (InvalidOperationException)
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
            }

            await Task.WhenAll(Task.Run(Hammer), Task.Run(Hammer));
            Assert.Equal(10000, done + refused);
            Assert.Equal(done, net.OptimizerStepCount);

            var sequential = new QuadraticModel();
            for (int i = 0; i < done; i++)
            {
                sequential.TrainStep(QuadX, QuadY);
            }

            Assert.Equal(sequential.Parameters.ToArray(), net.Parameters.ToArray());
        }

        [Fact]
        public async Task The_same_thread_may_reenter_from_on_epoch_and_the_guard_is_released_after_an_exception()
        {
            var net = new CheckedNet();
            float[] x = { 0.1f, 0.2f, 0.3f };
            float[] y = { 1f, 2f, 3f };
            int inner = 0;
            net.Fit(x, y, epochs: 2, batchSize: 3, onEpoch: (_, _) =>
            {
                net.TrainStep(x, y);
                net.ResetOptimizer();
                inner++;
            });
            Assert.Equal(2, inner);

            Assert.Throws<NonFiniteValueException>(() => net.TrainStep(new[] { float.NaN, 0f, 0f }, y));
            await Task.Run(() => net.TrainStep(x, y));
            Assert.Throws<StopTraining>(() => net.Fit(x, y, 3, 3, onEpoch: (_, _) => throw new StopTraining()));
            await Task.Run(() => net.TrainStep(x, y));
        }

        // Item 7, the update: with CheckFinite, an update that would overflow throws and writes nothing.

        [Fact]
        public void Sgd_update_that_overflows_throws_and_leaves_parameters_momentum_and_step()
        {
            // Zero parameters: the output is 0, the loss (0 − 1)² = 1, the weight's gradient −2e9, lr·gradient 2e39.
            var net = new OverflowingSgd();
            net.Parameters.Clear();
            float[] x = { 1e9f };
            float[] target = { 1 };
            byte[] before = Checkpoint(net.SaveCheckpoint);
            var error = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, target));
            Assert.Contains("SGD update of parameter 0", error.Message);
            Assert.True(error.Message.Length <= 1024);
            Assert.Equal(before, Checkpoint(net.SaveCheckpoint));
            Assert.Equal(0, net.OptimizerStepCount);

            // CheckFinite = false: unchanged behaviour, the overflow is written as PyTorch would write it.
            var unchecked_ = new OverflowingSgdUnchecked();
            unchecked_.Parameters.Clear();
            unchecked_.TrainStep(x, target);
            Assert.True(float.IsInfinity(unchecked_.Parameters[0]));
            Assert.Equal(1, unchecked_.OptimizerStepCount);
        }

        [Fact]
        public void Adam_update_whose_second_moment_overflows_throws_and_leaves_everything()
        {
            var net = new OverflowingAdam();
            // After one ordinary step, zero parameters: loss 1, the weight's gradient −2e22, and (1 − β2)·g² overflows.
            net.TrainStep(new[] { 1f }, new[] { 0f });
            net.Parameters.Clear();
            float[] x = { 1e22f };
            float[] target = { 1 };
            byte[] before = Checkpoint(net.SaveCheckpoint);
            var error = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, target));
            Assert.Contains("exp_avg_sq", error.Message);
            Assert.Equal(before, Checkpoint(net.SaveCheckpoint));
            Assert.Equal(1, net.OptimizerStepCount);
        }

        [Theory]
        [InlineData(true, 3)]
        [InlineData(true, 36)]
        [InlineData(false, 3)]
        [InlineData(false, 36)]
        public void Checked_optimizers_name_the_first_bad_index_on_vector_and_tail_elements(bool simd, int bad)
        {
            var random = new DeterministicRandom(bad);
            float[] p = Enumerable.Range(0, 37).Select(_ => (float)random.NextNormal()).ToArray();
            float[] g = Enumerable.Range(0, 37).Select(_ => (float)random.NextNormal()).ToArray();
            float[] m = g.Select(e => e * 0.5f).ToArray();
            float[] v = g.Select(e => e * e).ToArray();
            float[] buffer = m.ToArray();

            // Finite: checked and unchecked give the same bits.
            float[] p1 = p.ToArray(), m1 = m.ToArray(), v1 = v.ToArray(), p2 = p.ToArray(), m2 = m.ToArray(), v2 = v.ToArray();
            Optimizers.AdamCore<float>(p1, g, m1, v1, 3, 0.01, 0.9, 0.999, 1e-8, 0.1, true, checkFinite: true, simd);
            Optimizers.AdamCore<float>(p2, g, m2, v2, 3, 0.01, 0.9, 0.999, 1e-8, 0.1, true, checkFinite: false, simd);
            Assert.Equal(p2, p1);
            Assert.Equal(v2, v1);

            g[bad] = 3e21f; // (1 − β2)·g·g overflows float
            float[] pc = p.ToArray(), mc = m.ToArray(), vc = v.ToArray();
            var adam = Assert.Throws<NonFiniteValueException>(() => Optimizers.AdamCore<float>(pc, g, mc, vc, 3, 0.01, 0.9, 0.999, 1e-8, 0, false, checkFinite: true, simd));
            Assert.Contains($"parameter {bad} ", adam.Message);
            Assert.Equal(p, pc);
            Assert.Equal(m, mc);
            Assert.Equal(v, vc);

            float[] bc = buffer.ToArray();
            pc = p.ToArray();
            var sgd = Assert.Throws<NonFiniteValueException>(() => Optimizers.SgdCore<float>(pc, g, bc, 2, 1e20, 0.9, 0, false, 0, checkFinite: true, simd));
            Assert.Contains($"parameter {bad} ", sgd.Message);
            Assert.Equal(p, pc);
            Assert.Equal(buffer, bc);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Checked_adam_beyond_its_cheap_bound_checks_the_update_itself(bool simd)
        {
            var random = new DeterministicRandom(11);
            float[] g = Enumerable.Range(0, 37).Select(_ => (float)random.NextNormal()).ToArray();
            float[] p = Enumerable.Range(0, 37).Select(_ => (float)random.NextNormal()).ToArray();

            // A parameter near float.MaxValue defeats the bound, yet a small step keeps it finite: written as unchecked.
            p[20] = 3.0e38f;
            float[] p1 = p.ToArray(), m1 = new float[37], v1 = new float[37];
            float[] p2 = p.ToArray(), m2 = new float[37], v2 = new float[37];
            Optimizers.AdamCore<float>(p1, g, m1, v1, 10, 1e-3, 0.9, 0.999, 1e-8, 0, false, checkFinite: true, simd);
            Optimizers.AdamCore<float>(p2, g, m2, v2, 10, 1e-3, 0.9, 0.999, 1e-8, 0, false, checkFinite: false, simd);
            Assert.Equal(p2, p1);
            Assert.Equal(v2, v1);

            // Finite moments, but lr 3e37 pushes −3.3e38 past −float.MaxValue: thrown, nothing written.
            p[20] = 1;
            p[5] = -3.3e38f;
            g[5] = 1;
            float[] pc = p.ToArray(), mc = new float[37], vc = new float[37];
            var error = Assert.Throws<NonFiniteValueException>(() => Optimizers.AdamCore<float>(pc, g, mc, vc, 10, 3e37, 0.9, 0.999, 1e-8, 0, false, checkFinite: true, simd));
            Assert.Contains("parameter 5 gives the parameter", error.Message);
            Assert.Equal(p, pc);
            Assert.All(mc, e => Assert.Equal(0f, e));
            Assert.All(vc, e => Assert.Equal(0f, e));
        }

        // Item 11 through the generated code: a NaN input gives NaN outputs, as in PyTorch, whatever the path.

        [Fact]
        public void A_nan_input_gives_nan_outputs_in_every_reference_network()
        {
            foreach (var (key, make) in ReferenceNetworks.Single)
            {
                var net = make();
                NanFlows(net, key);
            }

            foreach (var (key, make) in ReferenceNetworks.Double)
            {
                var net = make();
                NanFlows(net, key);
            }

            NanFlows(new QuadraticModel(), "QuadraticModel (ShallowNet)");
            NanFlows(new CubicRelu(), "CubicRelu");
            NanFlows(new UncheckedNet(), "UncheckedNet");
        }

        [Fact]
        public void Unchecked_relu_network_training_on_nan_reports_a_nan_loss()
        {
            var net = new CubicRelu();
            Assert.True(float.IsNaN(net.EvaluateLoss(new[] { float.NaN, 0.5f }, new[] { 1f, 1f })));
        }

        // Item 12: the cross-entropy value, computed as PyTorch's log_softmax.

        [Theory]
        [InlineData(new[] { 3e6, 3e6, 3e6, 0 }, 0)]
        [InlineData(new[] { 1e8, 1e8, 0, 0 }, 1)]
        [InlineData(new[] { 1e8, 1e8, 0, 0 }, 2)]
        [InlineData(new[] { -1e30, 5, 5 + 1e-3, 3e37 }, 3)]
        [InlineData(new[] { 20, 20.5, -3, 0 }, 1)]
        [InlineData(new[] { 1e5, 1e5 - 1, 1e5 - 2, 0 }, 1)]
        public void Float_cross_entropy_keeps_its_digits_for_large_logits(double[] logits, int target)
        {
            float[] z = logits.Select(v => (float)v).ToArray();
            var t = new float[z.Length];
            t[target] = 1;
            double want = CrossEntropyReference(z.Select(v => (double)v).ToArray(), target);
            float got = Losses.SoftmaxCrossEntropySum<float>(z, t);
            Assert.True(Math.Abs(got - want) <= 1e-6 * Math.Max(1, Math.Abs(want)), $"want {want:R}, got {got:R}");
        }

        [Theory]
        [InlineData(new[] { 1e17, 1e17, 0, 0 }, 0)]
        [InlineData(new[] { 1e300, 1e300, 1e300, -1e300 }, 2)]
        [InlineData(new[] { 1e17, 1e17 - 64, 0 }, 1)]
        public void Double_cross_entropy_keeps_its_digits_for_large_logits(double[] z, int target)
        {
            var t = new double[z.Length];
            t[target] = 1;
            double want = CrossEntropyReference(z, target);
            double got = Losses.SoftmaxCrossEntropySum<double>(z, t);
            Assert.True(Math.Abs(got - want) <= 1e-14 * Math.Max(1, Math.Abs(want)), $"want {want:R}, got {got:R}");
        }

        [Fact]
        public void Generated_cross_entropy_network_reports_ln2_for_tied_huge_logits()
        {
            // Zero weights, biases 1e8 and 1e8: the two logits tie at 1e8 whatever the input, so the loss is ln 2.
            var net = new LargeLogitsNet();
            net.Parameters.Clear();
            net.Parameters[^1] = 1e8f;
            net.Parameters[^2] = 1e8f;
            float[] x = { 0.5f, -1, 2, 0.1f, 0.2f, 0.3f };
            float[] t = { 1, 0, 0, 1 };
            Assert.Equal(Math.Log(2), net.EvaluateLoss(x, t), 6);
            Assert.Equal(Math.Log(2), net.ComputeGradients(x, t), 6);
        }

        [Theory]
        [InlineData(1e30, 1.0)]
        [InlineData(1e30, 0.25)]
        [InlineData(-1e30, 0.0)]
        [InlineData(-1e30, 0.75)]
        [InlineData(1e8, 1.0)]
        [InlineData(-1e8, 0.5)]
        [InlineData(100, 1.0)]
        [InlineData(-100, 0.0)]
        [InlineData(30, 0.0)]
        [InlineData(-17.5, 1.0)]
        public void Binary_cross_entropy_at_extreme_logits_matches_a_double_reference(double logit, double target)
        {
            // Reference: log(1 + e^−z) + (1 − t)·z for z ≥ 0, log(1 + e^z) − t·z below, each term without overflow.
            double want = logit >= 0
                ? Math.Log(1 + Math.Exp(-logit)) + (1 - target) * logit
                : Math.Log(1 + Math.Exp(logit)) - target * logit;
            if (Math.Exp(-Math.Abs(logit)) < 1e-15)
            {
                want = (logit >= 0 ? (1 - target) * logit : -target * logit) + Math.Exp(-Math.Abs(logit));
            }

            float got = Losses.BinaryCrossEntropyWithLogitsSum<float>(new[] { (float)logit }, new[] { (float)target });
            Assert.True(Math.Abs(got - want) <= 1e-6 * Math.Max(1e-30, Math.Abs(want)) + 1e-44, $"want {want:R}, got {got:R}");
            double gotDouble = Losses.BinaryCrossEntropyWithLogitsSum<double>(new[] { logit }, new[] { target });
            Assert.True(Math.Abs(gotDouble - want) <= 1e-14 * Math.Abs(want) + 1e-300, $"double: want {want:R}, got {gotDouble:R}");
        }

        /// <summary>−log softmax(z)_k as log Σ_j e^(z_j − z_k): another formula than the library's, exact here (no z_j − z_k overflows).</summary>
        private static double CrossEntropyReference(double[] z, int k)
        {
            double sum = 0;
            foreach (double v in z)
            {
                sum += Math.Exp(v - z[k]);
            }

            return Math.Log(sum);
        }

        private static void NanFlows<T>(INeuralNetwork<T> net, string what) where T : struct, System.Numerics.IFloatingPointIeee754<T>
        {
            var input = new T[net.InputSize];
            for (int i = 0; i < input.Length; i++)
            {
                input[i] = T.CreateTruncating(0.25 * (i + 1));
            }

            input[0] = T.NaN;
            var output = new T[net.OutputSize];
            net.Predict(input, output);
            Assert.True(output.All(T.IsNaN), $"{what}: Predict gave {string.Join(", ", output)} for a NaN input");

            // A batch with the NaN row among finite rows: only that row is NaN (row-vectorised paths share lanes).
            int rows = 20;
            var inputs = new T[rows * net.InputSize];
            for (int i = 0; i < inputs.Length; i++)
            {
                inputs[i] = T.CreateTruncating(Math.Sin(i));
            }

            input.CopyTo(inputs, 7 * net.InputSize);
            var outputs = new T[rows * net.OutputSize];
            net.PredictBatch(inputs, outputs);
            for (int r = 0; r < rows; r++)
            {
                var row = outputs.AsSpan(r * net.OutputSize, net.OutputSize).ToArray();
                Assert.True(r == 7 ? row.All(T.IsNaN) : row.All(T.IsFinite), $"{what}: PredictBatch row {r} gave {string.Join(", ", row)}");
            }
        }

        private static byte[] Checkpoint(Action<Stream> save)
        {
            var stream = new MemoryStream();
            save(stream);
            return stream.ToArray();
        }

        private sealed class StopTraining : Exception
        {
        }
    }
}
