using System;
using System.IO;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>Runs alone: it counts the shared workers, which other tests' steps could hold.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ParallelTrainingCollection
    {
        public const string Name = "Parallel training";
    }

    /// <summary>
    /// Data-parallel training of batch-major networks: the same bits for every thread count, gradients against central
    /// differences, the automatic threshold both ways, no allocation per step, nothing changed by a failing shard.
    /// </summary>
    [Collection(ParallelTrainingCollection.Name)]
    public class ParallelTrainingTests
    {
        private static readonly int[] Degrees = { 1, 2, 3, 4, 7, ParallelTraining.Automatic };

        /// <summary>
        /// 1100 rows: batches of 256 are 4 shards of 64 rows; of 200, 3 shards of 96, 96 and 8 rows; of 1000, 16 shards
        /// of 64 (the last 40 rows); of 320, 5 shards (two folded pairs and one shard alone). Every size leaves a short
        /// last batch.
        /// </summary>
        [Theory]
        [InlineData(256)]
        [InlineData(200)]
        [InlineData(320)]
        [InlineData(1000)]
        public void Fit_gives_the_same_float_bits_for_every_thread_count(int batchSize)
        {
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 1100, seed: 7);
            int shards = Shards(batchSize, ParallelClassifier.ParameterCount);
            Assert.True(shards > 1, $"{shards} shard");

            int[]? expected = null;
            double[]? expectedLosses = null;
            foreach (int degree in Degrees)
            {
                var net = new ParallelClassifier();
                var result = net.Fit(x, y, new FitOptions { Epochs = 3, BatchSize = batchSize, Seed = 9, MaxDegreeOfParallelism = degree });
                int[] bits = net.Parameters.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
                expected ??= bits;
                expectedLosses ??= result.TrainLosses.ToArray();
                Assert.True(expected.SequenceEqual(bits), $"degree {degree}: parameters differ from one thread's");
                Assert.Equal(expectedLosses, result.TrainLosses);
                if (degree > 1)
                {
                    // The last step (the short batch) ran on as many threads as it had shards, up to the degree.
                    int lastShards = Shards(1100 % batchSize, ParallelClassifier.ParameterCount);
                    Assert.Equal(Math.Min(degree, lastShards), ParallelTraining.LastDegree);
                    Assert.True(TrainingWorkers.Threads >= Math.Min(degree, shards) - 1, $"{TrainingWorkers.Threads} workers");
                }

                // Fit's option applies to its own steps only.
                Assert.Equal(ParallelTraining.Automatic, ((IParallelTraining)net).MaxDegreeOfParallelism);
            }

            Assert.True(expectedLosses![2] < expectedLosses[0], "training must have trained");
        }

        [Fact]
        public void Fit_gives_the_same_double_bits_for_every_thread_count()
        {
            var (x, y) = GradientCheckTests.Batch<double>(18, 2, Loss.Huber, rows: 700, seed: 3);
            long[]? expected = null;
            foreach (int degree in Degrees)
            {
                var net = new ParallelRegressor();
                net.Fit(x, y, new FitOptions { Epochs = 4, BatchSize = 300, Seed = 1, MaxDegreeOfParallelism = degree });
                long[] bits = net.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();
                expected ??= bits;
                Assert.True(expected.SequenceEqual(bits), $"degree {degree}: parameters differ from one thread's");
            }
        }

        /// <summary>150 rows make 2 shards (96 and 54 rows, the second ending in a short chunk); EvaluateLoss runs row by row.</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(5)]
        public void Sharded_gradients_match_central_differences(int degree)
        {
            var net = new ParallelRegressor();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            var (x, y) = GradientCheckTests.Batch<double>(18, 2, Loss.Huber, rows: 150, seed: 2);
            GradientCheckTests.Randomize(net.Parameters, seed: 11);
            Assert.Equal(2, Shards(150, ParallelRegressor.ParameterCount));

            net.ComputeGradients(x, y);
            Assert.Equal(Math.Min(degree, 2), ParallelTraining.LastDegree);
            var analytic = net.Gradients.ToArray();
            var numeric = GradientCheckTests.CentralDifferences(net, x, y);
            int checkedCount = 0;
            for (int i = 0; i < analytic.Length; i++)
            {
                if (double.IsNaN(numeric[i]))
                {
                    continue;
                }

                double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8;
                Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit, $"parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
                checkedCount++;
            }

            Assert.True(checkedCount >= 200, $"{checkedCount} parameters checked");
            Assert.Contains(analytic, g => Math.Abs(g) > 1e-4);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(5)]
        public void Gradients_are_set_whatever_the_buffer_held(int degree)
        {
            // Batch-major Dense networks set the gradients on a batch's first chunk instead of clearing them, and
            // GradientShards no longer clears the shards' buffers: a gradient buffer full of NaN (the user's, through
            // the span, or a shard's from an earlier step) must give the bits a fresh twin computes. 300 rows: several
            // chunks per shard and several shards, with modules that only add (LayerNorm, BatchNorm) and without.
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 300, seed: 5);
            var (x32, y32) = GradientCheckTests.Batch<float>(32, 4, Loss.CrossEntropy, rows: 300, seed: 6);
            var (xd, yd) = GradientCheckTests.Batch<double>(18, 2, Loss.Huber, rows: 300, seed: 7);
            SameAsFresh(() => new ParallelClassifier(), x, y, degree);
            SameAsFresh(() => new SlicedAdam(), x32, y32, degree);
            SameAsFresh(() => new ParallelBatchNormClassifier(), x, y, degree);
            SameAsFresh(() => new ParallelRegressor(), xd, yd, degree);
            // Dropout draws its masks from the network's generator: compared with a twin taking the same steps.
            SameAsFresh(() => new ParallelDropoutClassifier(), x, y, degree, twin: true);
        }

        /// <summary>
        /// Three steps of a network whose gradient buffer is filled with NaN before each ComputeGradients, against a new
        /// network (new buffers) holding the same parameters, or with <paramref name="twin"/> a twin taking the same steps.
        /// </summary>
        private static void SameAsFresh<T>(Func<INeuralNetwork<T>> create, T[] x, T[] y, int degree, bool twin = false)
            where T : struct, System.Numerics.IFloatingPointIeee754<T>
        {
            var dirty = WithDegree(create());
            var sibling = twin ? WithDegree(create()) : null;
            for (int step = 0; step < 3; step++)
            {
                dirty.Gradients.Fill(T.NaN);
                T dirtyLoss = dirty.ComputeGradients(x, y);
                var reference = sibling ?? WithDegree(create());
                if (sibling is null)
                {
                    dirty.Parameters.CopyTo(reference.Parameters);
                }

                T referenceLoss = reference.ComputeGradients(x, y);
                Assert.Equal(referenceLoss, dirtyLoss);
                Assert.True(System.Runtime.InteropServices.MemoryMarshal.AsBytes(reference.Gradients).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes(dirty.Gradients)),
                    $"{dirty.GetType().Name}, degree {degree}, step {step}: gradients differ");
                Assert.DoesNotContain(dirty.Gradients.ToArray(), g => T.IsNaN(g));
                dirty.OptimizerStep();
                sibling?.OptimizerStep();
            }

            INeuralNetwork<T> WithDegree(INeuralNetwork<T> net)
            {
                if (net is IParallelTraining parallel)
                {
                    parallel.MaxDegreeOfParallelism = degree;
                }

                return net;
            }
        }

        [Fact]
        public void Automatic_uses_every_core_from_the_threshold_and_one_thread_below()
        {
            const long threshold = ParallelTraining.MinimumParallelWork;
            Assert.Equal(1, ParallelTraining.Degree(ParallelTraining.Automatic, 16, threshold - 1));
            Assert.Equal(Math.Min(16, Environment.ProcessorCount), ParallelTraining.Degree(ParallelTraining.Automatic, 16, threshold));
            Assert.Equal(3, ParallelTraining.Degree(3, 16, 1)); // an explicit degree ignores the threshold
            Assert.Equal(4, ParallelTraining.Degree(7, 4, long.MaxValue)); // never more threads than shards

            // On a network: the batches just below and just above the threshold, automatic against 1 and 2 threads.
            int parameters = ParallelClassifier.ParameterCount;
            int below = (int)((threshold - 1) / parameters);
            int above = below + 1;
            foreach (int rows in new[] { below, above })
            {
                var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows, seed: rows);
                int shards = Shards(rows, parameters);
                Assert.True(shards > 1, $"{rows} rows: {shards} shard");
                int[]? expected = null;
                foreach (int degree in new[] { ParallelTraining.Automatic, 1, 2 })
                {
                    var net = new ParallelClassifier();
                    ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                    float loss = net.ComputeGradients(x, y);
                    int chosen = ParallelTraining.LastDegree;
                    int expectedDegree = degree != ParallelTraining.Automatic ? degree
                        : rows == below ? 1 : Math.Min(shards, Environment.ProcessorCount);
                    Assert.Equal(expectedDegree, chosen);
                    int[] bits = net.Gradients.ToArray().Append(loss).Select(BitConverter.SingleToInt32Bits).ToArray();
                    expected ??= bits;
                    Assert.True(expected.SequenceEqual(bits), $"{rows} rows, degree {degree}: gradients differ");
                }
            }
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(4)]
        public void A_sharded_step_allocates_nothing_on_any_thread(int degree)
        {
            var net = new ParallelClassifier();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 256, seed: 1);

            Assert.Equal(0, Allocations.Least(() => net.TrainStep(x, y), times: 100, warmUp: 50));
            Assert.Equal(Math.Min(degree, 4), ParallelTraining.LastDegree);

            // The workers too: what they allocated from one parked wait to the next, over the same steps.
            long workers = TrainingWorkers.AllocatedBytes;
            for (int i = 0; i < 100; i++)
            {
                net.TrainStep(x, y);
            }

            Assert.Equal(workers, TrainingWorkers.AllocatedBytes);
        }

        /// <summary>A row of huge values in the last shard overflows the first layer: the step throws and changes nothing.</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(4)]
        public void A_non_finite_loss_in_one_shard_changes_nothing(int degree)
        {
            var net = new ParallelClassifier();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            net.Parameters.Slice(0, 20).Fill(1f); // unit 0 sums its inputs: 20 × 3e38 overflows
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 256, seed: 4);
            net.TrainStep(x, y);
            float[] parameters = net.Parameters.ToArray();
            byte[] checkpoint = Checkpoint(net);

            float[] bad = x.ToArray();
            bad.AsSpan(250 * 20, 20).Fill(3e38f);
            Assert.Throws<NonFiniteValueException>(() => net.TrainStep(bad, y));

            Assert.Equal(parameters, net.Parameters.ToArray());
            Assert.Equal(checkpoint, Checkpoint(net));

            // The next good step is exactly the one of a network that never saw the bad batch.
            var twin = new ParallelClassifier();
            twin.Parameters.Slice(0, 20).Fill(1f);
            twin.TrainStep(x, y);
            twin.TrainStep(x, y);
            net.TrainStep(x, y);
            Assert.Equal(twin.Parameters.ToArray(), net.Parameters.ToArray());
        }

        /// <summary>
        /// The shards check their own rows on their own threads: a non-finite input in any shard (256 rows: 4 shards of
        /// 64) gives the one-thread message naming the first bad value, and changes neither the parameters, the
        /// optimizer's state nor the gradients, whatever the thread count; a bad input row wins over a bad target.
        /// </summary>
        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void A_non_finite_input_in_any_shard_gives_the_one_thread_message_and_changes_nothing(int shard)
        {
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 256, seed: 5);
            Assert.Equal(4, Shards(256, ParallelClassifier.ParameterCount));
            int badRow = shard * 64 + 37;
            float[] bad = x.ToArray();
            bad[badRow * 20 + 3] = float.PositiveInfinity;
            bad[(badRow + 10) * 20 + 1] = float.NaN; // a second bad value, later in the batch: not the one named
            if (shard < 3)
            {
                bad[255 * 20 + 19] = float.NaN; // and one in the last shard
            }

            float[] badTargets = y.ToArray();
            badTargets[2 * 4] = float.NaN; // a bad target in shard 0: the inputs are still named first

            int index = badRow * 20 + 3;
            string expected = $"inputs holds {float.PositiveInfinity} at index {index} (row {badRow}, column 3); the parameters were not updated.";
            foreach (int degree in new[] { 1, 2, 3, 4 })
            {
                var net = new ParallelClassifier();
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                net.TrainStep(x, y);
                net.ComputeGradients(x, y);
                float[] parameters = net.Parameters.ToArray();
                float[] gradients = net.Gradients.ToArray();
                byte[] checkpoint = Checkpoint(net);

                foreach (float[] targets in new[] { y, badTargets })
                {
                    var step = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(bad, targets));
                    Assert.Equal(expected, step.Message);
                    Assert.Equal(Math.Min(degree, 4), ParallelTraining.LastDegree); // found by the shards, not before them
                    var pass = Assert.Throws<NonFiniteValueException>(() => net.ComputeGradients(bad, targets));
                    Assert.Equal(expected, pass.Message);
                }

                Assert.Equal(parameters, net.Parameters.ToArray());
                Assert.Equal(gradients, net.Gradients.ToArray());
                Assert.Equal(checkpoint, Checkpoint(net));

                // Good inputs with the bad target: the targets' own message, the same on every thread count.
                var target = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, badTargets));
                Assert.Equal($"targets holds NaN at index 8 (row 2, column 0); the parameters were not updated.", target.Message);
                Assert.Equal(parameters, net.Parameters.ToArray());

                // The next good step is that of a network that never saw the bad batches.
                var twin = new ParallelClassifier();
                ((IParallelTraining)twin).MaxDegreeOfParallelism = 1;
                twin.TrainStep(x, y);
                twin.TrainStep(x, y);
                net.TrainStep(x, y);
                Assert.Equal(twin.Parameters.ToArray(), net.Parameters.ToArray());
            }
        }

        /// <summary>
        /// The workers read the caller's batch in place (pinned for the step): the same bits for 1, 2 and 3 threads from
        /// an array, from the stack, and from an array while another thread forces collections (which would move
        /// an unpinned array) through every step.
        /// </summary>
        [Fact]
        public void Workers_read_the_callers_batch_in_place_with_the_bits_of_one_thread()
        {
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 256, seed: 6);
            int[] Run(int degree, Func<ParallelClassifier, float> steps)
            {
                var net = new ParallelClassifier();
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                float loss = steps(net);
                Assert.Equal(Math.Min(degree, 4), ParallelTraining.LastDegree);
                return net.Parameters.ToArray().Append(loss).Select(BitConverter.SingleToInt32Bits).ToArray();
            }

            float FromArrays(ParallelClassifier net)
            {
                float loss = 0;
                for (int i = 0; i < 5; i++)
                {
                    loss = net.TrainStep(x, y);
                }

                return loss;
            }

            int[] expected = Run(1, FromArrays);
            foreach (int degree in new[] { 1, 2, 3 })
            {
                Assert.Equal(expected, Run(degree, FromArrays));
                Assert.Equal(expected, Run(degree, net => FromTheStack(net, x, y)));
            }

            using var stop = new System.Threading.CancellationTokenSource();
            var collector = new System.Threading.Thread(() =>
            {
                // Bounded: a free-running loop of full compacting collections stalled the whole suite for minutes
                // (every test's threads are suspended by each one). 1 ms apart, they still land inside the steps.
                for (int i = 0; i < 60 && !stop.IsCancellationRequested; i++)
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                    System.Threading.Thread.Sleep(1);
                }
            });
            collector.Start();
            try
            {
                foreach (int degree in new[] { 2, 3 })
                {
                    Assert.Equal(expected, Run(degree, net =>
                    {
                        float loss = 0;
                        for (int i = 0; i < 5; i++)
                        {
                            // A fresh young array per step: the first to move when a collection compacts.
                            float[] batch = x.ToArray();
                            float[] targets = y.ToArray();
                            loss = net.TrainStep(batch, targets);
                        }

                        return loss;
                    }));
                }
            }
            finally
            {
                stop.Cancel();
                collector.Join();
            }
        }

        [Theory]
        [InlineData(0)]
        [InlineData(-2)]
        [InlineData(int.MinValue)]
        public void An_invalid_degree_is_refused_before_anything_changes(int degree)
        {
            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 256, seed: 4);
            var net = new ParallelClassifier();
            float[] parameters = net.Parameters.ToArray();
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(x, y, new FitOptions { MaxDegreeOfParallelism = degree }));
            Assert.Contains("MaxDegreeOfParallelism must be -1", e.Message);
            Assert.Equal(parameters, net.Parameters.ToArray());
            Assert.Throws<ArgumentOutOfRangeException>(() => ((IParallelTraining)net).MaxDegreeOfParallelism = degree);
            Assert.Equal(ParallelTraining.Automatic, ((IParallelTraining)net).MaxDegreeOfParallelism);

            // The option is checked for every network, including those that train on one thread.
            var single = new ParallelDropoutClassifier();
            Assert.Throws<ArgumentOutOfRangeException>(() => single.Fit(x, y, new FitOptions { MaxDegreeOfParallelism = degree }));
        }

        [Fact]
        public void Dropout_and_BatchNorm_networks_train_on_one_thread()
        {
            Assert.IsAssignableFrom<IShardedTraining<float>>(new ParallelClassifier());
            Assert.False(typeof(IParallelTraining).IsAssignableFrom(typeof(ParallelDropoutClassifier)));
            Assert.False(typeof(IParallelTraining).IsAssignableFrom(typeof(ParallelBatchNormClassifier)));

            var (x, y) = GradientCheckTests.Batch<float>(20, 4, Loss.CrossEntropy, rows: 300, seed: 4);
            foreach (Func<INeuralNetwork<float>> create in new Func<INeuralNetwork<float>>[] { () => new ParallelDropoutClassifier(), () => new ParallelBatchNormClassifier() })
            {
                var one = create();
                var four = create();
                Fit(one, x, y, 1);
                Fit(four, x, y, 4);
                Assert.Equal(one.Parameters.ToArray(), four.Parameters.ToArray());
            }
        }

        private static void Fit(INeuralNetwork<float> net, float[] x, float[] y, int degree)
        {
            var options = new FitOptions { Epochs = 2, BatchSize = 128, Seed = 2, MaxDegreeOfParallelism = degree };
            switch (net)
            {
                case ParallelDropoutClassifier dropout:
                    dropout.Fit(x, y, options);
                    break;
                case ParallelBatchNormClassifier batchNorm:
                    batchNorm.Fit(x, y, options);
                    break;
                default:
                    throw new ArgumentException(net.GetType().Name, nameof(net));
            }
        }

        /// <summary>Five steps on a copy of the batch on the stack (memory no collection moves, which fixed pins as well).</summary>
        private static float FromTheStack(ParallelClassifier net, float[] x, float[] y)
        {
            Span<float> inputs = stackalloc float[x.Length];
            Span<float> targets = stackalloc float[y.Length];
            x.CopyTo(inputs);
            y.CopyTo(targets);
            float loss = 0;
            for (int i = 0; i < 5; i++)
            {
                loss = net.TrainStep(inputs, targets);
            }

            return loss;
        }

        private static int Shards(int rows, int parameterCount)
        {
            int shardRows = ParallelTraining.ShardRows(rows, 32, parameterCount);
            return (rows + shardRows - 1) / shardRows;
        }

        private static byte[] Checkpoint(ParallelClassifier net)
        {
            using var stream = new MemoryStream();
            net.SaveCheckpoint(stream);
            return stream.ToArray();
        }
    }
}
