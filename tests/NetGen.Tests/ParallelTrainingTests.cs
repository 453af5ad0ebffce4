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
        /// of 64 (the last 40 rows). Every size leaves a short last batch.
        /// </summary>
        [Theory]
        [InlineData(256)]
        [InlineData(200)]
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
