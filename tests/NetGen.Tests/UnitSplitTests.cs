using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Training that splits each hidden layer's units over the threads (IUnitSplitTraining): the same bits for every
    /// thread count, gradients against central differences and against the row shards of the same network, bad rows
    /// anywhere refused before anything changes, no allocation per step on any thread.
    /// </summary>
    [Collection(ParallelTrainingCollection.Name)]
    public class UnitSplitTests
    {
        private static readonly int[] Degrees = { 1, 2, 3, 4, 7, ParallelTraining.Automatic };

        [Fact]
        public void The_wide_networks_split_their_units_and_the_narrow_ones_do_not()
        {
            Assert.IsAssignableFrom<IUnitSplitTraining<float>>(new SplitClassifier());
            Assert.IsAssignableFrom<IUnitSplitTraining<double>>(new SplitRegressor());
            Assert.IsAssignableFrom<IUnitSplitTraining<float>>(new SlicedAdam());
            Assert.False(new ParallelClassifier() is IUnitSplitTraining<float>); // LayerNorm: rows split instead
            Assert.False(new ParallelRegressor() is IUnitSplitTraining<double>); // 24 and 20 units: one part each

            IUnitSplitTraining<double> split = new SplitRegressor();
            Assert.Equal(3, split.UnitSplitLayers);
            Assert.Equal(new[] { 2, 2, 1 }, Enumerable.Range(0, 3).Select(split.UnitSplitParts).ToArray());
            Assert.Throws<ArgumentOutOfRangeException>(() => split.UnitSplitParts(3));
        }

        /// <summary>
        /// 1,300 rows in batches of 256 (4 shards of 64 rows, one block), 150 (2 shards, the second 54 rows) and 600 (two
        /// blocks: 512 rows, then 88 that add to the first's gradients), each leaving a short last batch.
        /// </summary>
        [Theory]
        [InlineData(256)]
        [InlineData(150)]
        [InlineData(600)]
        public void Fit_gives_the_same_float_bits_for_every_thread_count(int batchSize)
        {
            var (x, y) = GradientCheckTests.Batch<float>(12, 5, Loss.CrossEntropy, rows: 1300, seed: 8);
            int[]? expected = null;
            double[]? expectedLosses = null;
            foreach (int degree in Degrees)
            {
                var net = new SplitClassifier();
                var result = net.Fit(x, y, new FitOptions { Epochs = 2, BatchSize = batchSize, Seed = 4, MaxDegreeOfParallelism = degree });
                int[] bits = net.Parameters.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
                expected ??= bits;
                expectedLosses ??= result.TrainLosses.ToArray();
                Assert.True(expected.SequenceEqual(bits), $"degree {degree}: parameters differ from one thread's");
                Assert.Equal(expectedLosses, result.TrainLosses);
            }

            Assert.True(expectedLosses![1] < expectedLosses[0], "training must have trained");
        }

        /// <summary>Above ParallelTraining.UnitSplitMostRows the same networks cut the batch into row shards: the same bits for every thread count too.</summary>
        [Fact]
        public void A_batch_above_the_split_limit_gives_the_same_bits_for_every_thread_count()
        {
            int rows = ParallelTraining.UnitSplitMostRows + 100;
            var (x, y) = GradientCheckTests.Batch<float>(12, 5, Loss.CrossEntropy, rows, seed: 16);
            float[]? expected = null;
            foreach (int degree in Degrees)
            {
                var net = new SplitClassifier();
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                net.TrainStep(x, y);
                net.TrainStep(x, y);
                float[] parameters = net.Parameters.ToArray();
                expected ??= parameters;
                Assert.True(expected.Select(BitConverter.SingleToInt32Bits).SequenceEqual(parameters.Select(BitConverter.SingleToInt32Bits)), $"degree {degree}: parameters differ from one thread's");
            }

            // And they are the row shards' bits (forced on a twin), not the split's.
            var twin = new SplitClassifier();
            ParallelTraining.ForceShards = true;
            try
            {
                twin.TrainStep(x, y);
                twin.TrainStep(x, y);
            }
            finally
            {
                ParallelTraining.ForceShards = false;
            }

            Assert.Equal(expected, twin.Parameters.ToArray());
        }

        [Fact]
        public void Train_steps_give_the_same_double_bits_for_every_thread_count_and_use_the_threads_asked_for()
        {
            var (x, y) = GradientCheckTests.Batch<double>(9, 3, Loss.MeanSquaredError, rows: 700, seed: 9);
            long[]? expected = null;
            foreach (int degree in Degrees)
            {
                var net = new SplitRegressor();
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                for (int step = 0; step < 4; step++)
                {
                    net.TrainStep(x, y);
                }

                // 700 rows: shards of 64 rows; the first block's 512 rows are 8 shards, so a layer of 2 parts has 16 forward tasks.
                int expectedDegree = degree == ParallelTraining.Automatic ? Math.Min(16, Environment.ProcessorCount) : Math.Min(16, degree);
                Assert.Equal(expectedDegree, ParallelTraining.LastDegree);
                long[] bits = net.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();
                expected ??= bits;
                Assert.True(expected.SequenceEqual(bits), $"degree {degree}: parameters differ from one thread's");
            }
        }

        /// <summary>
        /// Central differences of EvaluateLoss (row by row, no split) against the split gradients of 520 rows (two blocks),
        /// on parameters from every part of every layer: each part's first and last weights and biases, the output layer's
        /// weights in each part's columns, and every output bias.
        /// </summary>
        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        public void Split_gradients_match_central_differences(int degree)
        {
            var net = new SplitRegressor();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            var (x, y) = GradientCheckTests.Batch<double>(9, 3, Loss.MeanSquaredError, rows: 520, seed: 10);
            GradientCheckTests.Randomize(net.Parameters, seed: 12);
            Scale(net.Parameters, 0.3); // keeps Softplus and the Sigmoid off their flat ends

            net.ComputeGradients(x, y);
            Assert.Equal(Math.Min(degree, 16), ParallelTraining.LastDegree);
            double[] analytic = net.Gradients.ToArray();
            double[] numeric = GradientCheckTests.CentralDifferences(net, x, y, SampledParameters());
            int checkedCount = 0;
            foreach (int i in SampledParameters())
            {
                double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8; // as the other gradient checks
                Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit, $"parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
                checkedCount++;
            }

            Assert.True(checkedCount >= 40, $"{checkedCount} parameters checked");
            Assert.Contains(analytic, g => Math.Abs(g) > 1e-4);
        }

        /// <summary>The split and the row shards (forced) compute the same gradients and loss, to rounding, on one thread and on two.</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void Split_gradients_match_the_row_shards_of_the_same_network(int degree)
        {
            var (x, y) = GradientCheckTests.Batch<float>(12, 5, Loss.CrossEntropy, rows: 600, seed: 11);
            var split = new SplitClassifier();
            var shards = new SplitClassifier();
            ((IParallelTraining)split).MaxDegreeOfParallelism = degree;
            ((IParallelTraining)shards).MaxDegreeOfParallelism = degree;
            float splitLoss = split.ComputeGradients(x, y);
            float shardLoss;
            ParallelTraining.ForceShards = true;
            try
            {
                shardLoss = shards.ComputeGradients(x, y);
            }
            finally
            {
                ParallelTraining.ForceShards = false;
            }

            Assert.Equal(shardLoss, splitLoss, 5);
            float[] a = split.Gradients.ToArray();
            float[] b = shards.Gradients.ToArray();
            float scale = b.Max(Math.Abs);
            for (int i = 0; i < a.Length; i++)
            {
                Assert.True(Math.Abs(a[i] - b[i]) <= 1e-5f * scale + 1e-4f * Math.Abs(b[i]), $"gradient {i}: split {a[i]:R}, shards {b[i]:R}");
            }

            var (xd, yd) = GradientCheckTests.Batch<double>(9, 3, Loss.MeanSquaredError, rows: 300, seed: 12);
            var splitDouble = new SplitRegressor();
            var shardsDouble = new SplitRegressor();
            ((IParallelTraining)splitDouble).MaxDegreeOfParallelism = degree;
            ((IParallelTraining)shardsDouble).MaxDegreeOfParallelism = degree;
            splitDouble.ComputeGradients(xd, yd);
            ParallelTraining.ForceShards = true;
            try
            {
                shardsDouble.ComputeGradients(xd, yd);
            }
            finally
            {
                ParallelTraining.ForceShards = false;
            }

            double[] c = splitDouble.Gradients.ToArray();
            double[] d = shardsDouble.Gradients.ToArray();
            for (int i = 0; i < c.Length; i++)
            {
                Assert.True(Math.Abs(c[i] - d[i]) <= 1e-12 + 1e-10 * Math.Abs(d[i]), $"double gradient {i}: split {c[i]:R}, shards {d[i]:R}");
            }
        }

        /// <summary>
        /// A non-finite input in any row gives the one-thread message naming the first bad value and changes neither the
        /// parameters, the optimizer's state nor the gradients: in a batch of one block (the first layer's tasks check
        /// their rows) and of two (a phase checks every row before the first block's gradients), first and last shards.
        /// </summary>
        [Theory]
        [InlineData(256, 3)]
        [InlineData(256, 250)]
        [InlineData(600, 5)]
        [InlineData(600, 500)]
        [InlineData(600, 590)]
        public void A_non_finite_input_in_any_row_gives_the_one_thread_message_and_changes_nothing(int rows, int badRow)
        {
            var (x, y) = GradientCheckTests.Batch<float>(12, 5, Loss.CrossEntropy, rows, seed: 13);
            float[] bad = x.ToArray();
            bad[badRow * 12 + 7] = float.NegativeInfinity;
            bad[(rows - 1) * 12 + 11] = float.NaN; // a second bad value, later: not the one named
            string expected = $"inputs holds {float.NegativeInfinity} at index {badRow * 12 + 7} (row {badRow}, column 7); the parameters were not updated.";
            foreach (int degree in new[] { 1, 2, 4 })
            {
                var net = new SplitClassifier();
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                net.TrainStep(x, y);
                net.ComputeGradients(x, y);
                float[] parameters = net.Parameters.ToArray();
                float[] gradients = net.Gradients.ToArray();
                byte[] checkpoint = Checkpoint(net);

                Assert.Equal(expected, Assert.Throws<NonFiniteValueException>(() => net.TrainStep(bad, y)).Message);
                Assert.Equal(expected, Assert.Throws<NonFiniteValueException>(() => net.ComputeGradients(bad, y)).Message);
                Assert.Equal(parameters, net.Parameters.ToArray());
                Assert.Equal(gradients, net.Gradients.ToArray());
                Assert.Equal(checkpoint, Checkpoint(net));

                // The next good step is that of a network that never saw the bad batch.
                var twin = new SplitClassifier();
                ((IParallelTraining)twin).MaxDegreeOfParallelism = 1;
                twin.TrainStep(x, y);
                twin.TrainStep(x, y);
                net.TrainStep(x, y);
                Assert.Equal(twin.Parameters.ToArray(), net.Parameters.ToArray());
            }
        }

        /// <summary>Rows whose huge values overflow the first layer: the step throws and changes nothing, on any thread count.</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        public void A_non_finite_loss_changes_nothing(int degree)
        {
            var net = new SplitClassifier();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            var (x, y) = GradientCheckTests.Batch<float>(12, 5, Loss.CrossEntropy, rows: 256, seed: 14);
            net.TrainStep(x, y);
            net.Parameters.Slice(0, 12).Fill(1f); // unit 0 sums its 12 inputs
            float[] parameters = net.Parameters.ToArray();
            byte[] checkpoint = Checkpoint(net);
            float[] bad = x.ToArray();
            bad.AsSpan(200 * 12, 12).Fill(3e38f); // 12 × 3e38 overflows

            Assert.Throws<NonFiniteValueException>(() => net.TrainStep(bad, y));
            Assert.Equal(parameters, net.Parameters.ToArray());
            Assert.Equal(checkpoint, Checkpoint(net));
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(4)]
        public void A_split_step_allocates_nothing_on_any_thread(int degree)
        {
            var net = new SplitClassifier();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            var (x, y) = GradientCheckTests.Batch<float>(12, 5, Loss.CrossEntropy, rows: 600, seed: 15);

            Assert.Equal(0, Allocations.Least(() => net.TrainStep(x, y), times: 12, warmUp: 6));
            Assert.Equal(Math.Min(degree, 16), ParallelTraining.LastDegree);
            long workers = TrainingWorkers.AllocatedBytes;
            for (int i = 0; i < 12; i++)
            {
                net.TrainStep(x, y);
            }

            Assert.Equal(workers, TrainingWorkers.AllocatedBytes);
        }

        /// <summary>Each part's first and last unit's first and last weights and bias in every layer, and every output bias.</summary>
        private static IEnumerable<int> SampledParameters()
        {
            var layers = new (int In, int Out, int Parts)[] { (9, 140, 2), (140, 129, 2), (129, 3, 1) };
            int offset = 0;
            foreach (var (fanIn, fanOut, parts) in layers)
            {
                int units = (fanOut + parts - 1) / parts;
                for (int part = 0; part < parts; part++)
                {
                    foreach (int unit in new[] { part * units, Math.Min(fanOut, (part + 1) * units) - 1 })
                    {
                        yield return offset + unit * fanIn;
                        yield return offset + unit * fanIn + fanIn - 1;
                        yield return offset + fanIn * fanOut + unit;
                    }
                }

                if (fanOut == 3)
                {
                    // The output layer's weights in the columns of each part of the layer below.
                    foreach (int column in new[] { 0, 64, 65, 128 })
                    {
                        yield return offset + column;
                        yield return offset + 2 * fanIn + column;
                    }

                    for (int j = 0; j < fanOut; j++)
                    {
                        yield return offset + fanIn * fanOut + j;
                    }
                }

                offset += (fanIn + 1) * fanOut;
            }
        }

        private static void Scale(Span<double> values, double factor)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] *= factor;
            }
        }

        private static byte[] Checkpoint(SplitClassifier net)
        {
            using var stream = new MemoryStream();
            net.SaveCheckpoint(stream);
            return stream.ToArray();
        }
    }
}
