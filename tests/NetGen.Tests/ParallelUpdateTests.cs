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
    /// The optimizer update and the gradient check sliced over the training workers: the bits of the one-thread update
    /// for every rule the sharded networks use, every slice checked before any is written, and the check of the summed
    /// gradients seeing a non-finite value from any shard.
    /// </summary>
    [Collection(ParallelTrainingCollection.Name)]
    public class ParallelUpdateTests
    {
        private const int Rows = 256; // 4 shards of 64 rows
        private const int Slices = 3; // 11,104 parameters in slices of 4,096

        private static readonly int[] Degrees = { 1, 2, 3, 4, ParallelTraining.Automatic };

        public static TheoryData<string> Rules => new() { "Adam", "AdamW", "Nesterov", "Momentum", "Sgd", "Rprop", "Unchecked" };

        [Theory]
        [MemberData(nameof(Rules))]
        public void Sliced_update_gives_the_bits_of_the_one_thread_update(string rule)
        {
            var (x, y) = GradientCheckTests.Batch<float>(32, 4, Loss.CrossEntropy, Rows, seed: 12);
            Assert.Equal(Slices, (Create(rule).ParameterCount + ParallelTraining.SliceValues - 1) / ParallelTraining.SliceValues);
            int[]? expected = null;
            byte[]? expectedCheckpoint = null;
            foreach (int degree in Degrees)
            {
                var net = Create(rule);
                Assert.IsAssignableFrom<IShardedTraining<float>>(net);
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                float first = 0;
                for (int step = 0; step < 3; step++)
                {
                    float loss = net.TrainStep(x, y);
                    first = step == 0 ? loss : first;
                    Assert.Equal(ExpectedUpdateDegree(), TrainingWorkers.LastUpdateDegree);
                }

                Assert.True(net.EvaluateLoss(x, y) < first, $"{rule}, degree {degree}: training must have trained");
                int[] bits = net.Parameters.ToArray().Select(BitConverter.SingleToInt32Bits).ToArray();
                byte[] checkpoint = Checkpoint(net);
                expected ??= bits;
                expectedCheckpoint ??= checkpoint;
                Assert.True(expected.SequenceEqual(bits), $"{rule}, degree {degree}: parameters differ from one thread's");
                Assert.True(expectedCheckpoint.SequenceEqual(checkpoint), $"{rule}, degree {degree}: optimizer state differs from one thread's");
            }
        }

        [Fact]
        public void Sliced_double_update_gives_the_bits_of_the_one_thread_update()
        {
            var (x, y) = GradientCheckTests.Batch<double>(32, 2, Loss.MeanSquaredError, Rows, seed: 13);
            long[]? expected = null;
            foreach (int degree in Degrees)
            {
                var net = new SlicedDoubleAdamW();
                ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
                for (int step = 0; step < 3; step++)
                {
                    net.TrainStep(x, y);
                    Assert.Equal(ExpectedUpdateDegree(), TrainingWorkers.LastUpdateDegree);
                }

                long[] bits = net.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();
                expected ??= bits;
                Assert.True(expected.SequenceEqual(bits), $"degree {degree}: parameters differ from one thread's");
            }
        }

        /// <summary>
        /// An infinite gradient in one slice (set through the span, as clipping would) makes that slice's update
        /// non-finite: OptimizerStep throws naming the parameter, and no slice, moment or step count has changed.
        /// </summary>
        [Theory]
        [InlineData("Adam", 1, 5)]
        [InlineData("Adam", 2, 5)]
        [InlineData("Adam", 2, 11_100)]
        [InlineData("Adam", 4, 8_200)]
        [InlineData("AdamW", 2, 11_100)]
        [InlineData("Nesterov", 2, 11_100)]
        [InlineData("Sgd", 3, 4_100)]
        [InlineData("Rprop", 2, 11_100)]
        public void A_non_finite_update_in_one_slice_changes_nothing(string rule, int degree, int index)
        {
            var (x, y) = GradientCheckTests.Batch<float>(32, 4, Loss.CrossEntropy, Rows, seed: 14);
            var net = Create(rule);
            var twin = Create(rule);
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            net.TrainStep(x, y);
            twin.TrainStep(x, y);

            net.ComputeGradients(x, y);
            net.Gradients[index] = float.PositiveInfinity;
            float[] parameters = net.Parameters.ToArray();
            byte[] checkpoint = Checkpoint(net);
            var e = Assert.Throws<NonFiniteValueException>(() => net.OptimizerStep());
            Assert.Equal(degree == 1 ? 1 : Math.Min(degree, Slices), TrainingWorkers.LastUpdateDegree);
            Assert.Contains($"parameter {index} ", e.Message);
            Assert.Equal(parameters, net.Parameters.ToArray());
            Assert.Equal(checkpoint, Checkpoint(net));

            // The next good step is exactly the one of a network that never saw the bad gradient.
            net.TrainStep(x, y);
            twin.TrainStep(x, y);
            Assert.Equal(twin.Parameters.ToArray(), net.Parameters.ToArray());
            Assert.Equal(Checkpoint(twin), Checkpoint(net));
        }

                /// <summary>
        /// TrainStep's update, checked as the gradients are summed: a first moment at float.MaxValue with a zero second
        /// moment and a learning rate of 1e30 make one parameter's update overflow (every other one moves by about 1e30,
        /// finite) while the loss and the gradients stay finite. The step throws naming that parameter, on every thread
        /// count, and no parameter, moment or step count has changed.
        /// </summary>
        [Theory]
        [InlineData("Adam", 1, 5)]
        [InlineData("Adam", 2, 5)]
        [InlineData("Adam", 2, 11_100)]
        [InlineData("Adam", 3, 8_200)]
        [InlineData("Adam", 4, 4_100)]
        [InlineData("AdamW", 2, 11_100)]
        [InlineData("AdamW", 3, 5)]
        public void A_non_finite_update_found_in_the_sum_phase_changes_nothing(string rule, int degree, int index)
        {
            var (x, y) = GradientCheckTests.Batch<float>(32, 4, Loss.CrossEntropy, Rows, seed: 15);
            var net = Create(rule);
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            net.TrainStep(x, y);
            Moment(net, "__firstMoment")[index] = float.MaxValue;
            Moment(net, "__secondMoment")[index] = 0f;
            // Written behind the network's back: its bounds of the moments (AdamMomentBounds) no longer hold.
            ForgetMomentBounds(net);
            net.LearningRate = 1e30;
            float[] parameters = net.Parameters.ToArray();
            byte[] checkpoint = Checkpoint(net);

            var e = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, y));
            Assert.Equal(ExpectedUpdateDegree(), TrainingWorkers.LastUpdateDegree);
            Assert.Equal(Math.Min(degree, 4), ParallelTraining.LastDegree);
            Assert.Contains($"parameter {index} ", e.Message);
            Assert.Equal(parameters, net.Parameters.ToArray());
            Assert.Equal(checkpoint, Checkpoint(net));
        }

        /// <summary>What the generated members that write the moments do (ResetOptimizer, LoadCheckpoint, a sliced update).</summary>
        internal static void ForgetMomentBounds(object net)
            => net.GetType().GetField("__adamMomentBounds", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.SetValue(net, default(AdamMomentBounds));

        private static float[] Moment(object net, string field)
            => (float[])net.GetType().GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(net)!;

[Theory]
        [InlineData(2)]
        [InlineData(4)]
        public void A_sliced_update_allocates_nothing_on_any_thread(int degree)
        {
            var net = new SlicedAdam();
            ((IParallelTraining)net).MaxDegreeOfParallelism = degree;
            var (x, y) = GradientCheckTests.Batch<float>(32, 4, Loss.CrossEntropy, Rows, seed: 1);

            Assert.Equal(0, Allocations.Least(() => net.TrainStep(x, y), times: 100, warmUp: 50));
            Assert.Equal(Math.Min(degree, Slices), TrainingWorkers.LastUpdateDegree);
            long workers = TrainingWorkers.AllocatedBytes;
            for (int i = 0; i < 100; i++)
            {
                net.TrainStep(x, y);
            }

            Assert.Equal(workers, TrainingWorkers.AllocatedBytes);
        }

        /// <summary>A shard that writes NaN into one gradient: the sum's check sees it whichever thread ran the shard.</summary>
        [Theory]
        [InlineData(1, -1)]
        [InlineData(1, 200)]
        [InlineData(2, -1)]
        [InlineData(2, 0)]
        [InlineData(2, 130)]
        [InlineData(4, 255)]
        public void The_summed_gradients_check_sees_a_non_finite_value_from_any_shard(int degree, int badRow)
        {
            var network = new FakeNetwork(10_000, badRow);
            var shards = new GradientShards<float>(network, 1, 1, 32, Array.Empty<float>(), Array.Empty<float>());
            float[] inputs = Enumerable.Range(0, Rows).Select(r => (float)r).ToArray();
            float[] targets = new float[Rows];
            float[] gradients = new float[network.ParameterCount];

            foreach (bool check in new[] { true, false })
            {
                float loss = shards.Run(inputs, targets, gradients, 1f, degree, check, updateLength: 0);
                Assert.Equal(Math.Min(degree, 4), ParallelTraining.LastDegree);
                Assert.Equal(Rows * (Rows - 1) / 2, loss);
                Assert.Equal(!check || badRow < 0, shards.GradientsFinite);
                for (int i = 0; i < gradients.Length; i++)
                {
                    float expected = i == FakeNetwork.BadIndex && badRow >= 0 ? float.NaN : Rows * (Rows - 1) / 2;
                    Assert.Equal(expected, gradients[i]);
                }
            }
        }

        /// <summary>
        /// The update's slices: each checked before any is written, then each written once; a slice that fails its check
        /// leaves every slice unwritten; after a one-thread gradient pass the update is left to the network.
        /// </summary>
        [Theory]
        [InlineData(2, -1, true)]
        [InlineData(2, -1, false)]
        [InlineData(2, 0, true)]
        [InlineData(3, 2, true)]
        [InlineData(4, 1, true)]
        public void The_update_checks_every_slice_before_writing_any(int degree, int badSlice, bool checkFinite)
        {
            var network = new FakeNetwork(10_000, -1) { BadSlice = badSlice };
            var shards = new GradientShards<float>(network, 1, 1, 32, Array.Empty<float>(), Array.Empty<float>());
            float[] inputs = new float[Rows];
            float[] gradients = new float[network.ParameterCount];

            shards.Run(inputs, new float[Rows], gradients, 1f, 1, checkFinite, updateLength: 0);
            Assert.False(shards.Update(network.ParameterCount, degree, checkFinite, checkedInRun: false));
            Assert.Empty(network.Calls);

            shards.Run(inputs, new float[Rows], gradients, 1f, degree, checkFinite, updateLength: 0);
            bool updated = shards.Update(network.ParameterCount, degree, checkFinite, checkedInRun: false);
            int slices = (network.ParameterCount + ParallelTraining.SliceValues - 1) / ParallelTraining.SliceValues;
            Assert.Equal(Math.Min(degree, slices), TrainingWorkers.LastUpdateDegree);
            Assert.Equal(!checkFinite || badSlice < 0, updated);
            var checks = network.Calls.Where(c => !c.Write).ToList();
            var writes = network.Calls.Where(c => c.Write).ToList();
            Assert.Equal(checkFinite ? slices : 0, checks.Count);
            Assert.Equal(updated ? slices : 0, writes.Count);
            if (checkFinite)
            {
                Covers(checks, network.ParameterCount);
                Assert.True(network.Calls.Take(slices).All(c => !c.Write), "a slice was written before every slice was checked");
            }

            if (updated)
            {
                Covers(writes, network.ParameterCount);
            }
        }

        /// <summary>
        /// TrainStep's path: the sum phase checks every slice of the update (none written), then Update writes each once
        /// without a check of its own, or nothing when a slice failed; a one-thread pass checks nothing and leaves the
        /// update to the network; the check serves one Update only, and never one that does not come from TrainStep.
        /// </summary>
        [Theory]
        [InlineData(2, -1)]
        [InlineData(2, 0)]
        [InlineData(3, 2)]
        [InlineData(4, 1)]
        [InlineData(4, -1)]
        public void The_update_checked_in_the_sum_phase_is_written_without_a_second_check(int degree, int badSlice)
        {
            var network = new FakeNetwork(10_000, -1) { BadSlice = badSlice };
            var shards = new GradientShards<float>(network, 1, 1, 32, Array.Empty<float>(), Array.Empty<float>());
            float[] inputs = new float[Rows];
            float[] gradients = new float[network.ParameterCount];
            int slices = (network.ParameterCount + ParallelTraining.SliceValues - 1) / ParallelTraining.SliceValues;

            // One thread: nothing checked in the pass, the network's own update runs.
            shards.Run(inputs, new float[Rows], gradients, 1f, 1, checkFinite: true, updateLength: network.ParameterCount);
            Assert.Empty(network.Calls);
            Assert.False(shards.Update(network.ParameterCount, degree, checkFinite: true, checkedInRun: true));
            Assert.Empty(network.Calls);

            shards.Run(inputs, new float[Rows], gradients, 1f, degree, checkFinite: true, updateLength: network.ParameterCount);
            Assert.Equal(slices, network.Calls.Count);
            Assert.All(network.Calls, c => Assert.False(c.Write));
            Covers(network.Calls, network.ParameterCount);
            network.Calls.Clear();

            bool updated = shards.Update(network.ParameterCount, degree, checkFinite: true, checkedInRun: true);
            Assert.Equal(badSlice < 0, updated);
            Assert.All(network.Calls, c => Assert.True(c.Write));
            Assert.Equal(updated ? slices : 0, network.Calls.Count);
            if (updated)
            {
                Covers(network.Calls, network.ParameterCount);
            }

            // A second Update (OptimizerStep after TrainStep), or one after ComputeGradients: checks again before writing.
            foreach (int updateLength in new[] { -1, 0, network.ParameterCount })
            {
                if (updateLength >= 0)
                {
                    shards.Run(inputs, new float[Rows], gradients, 1f, degree, checkFinite: true, updateLength: updateLength);
                    shards.Update(network.ParameterCount, degree, checkFinite: true, checkedInRun: updateLength > 0);
                }

                network.Calls.Clear();
                Assert.Equal(badSlice < 0, shards.Update(network.ParameterCount, degree, checkFinite: true, checkedInRun: true));
                Assert.Equal(slices, network.Calls.Count(c => !c.Write));
                Assert.True(network.Calls.Take(slices).All(c => !c.Write), "a slice was written before every slice was checked");
            }

            // Unchecked networks: the pass checks nothing even when asked for the update's length.
            network.Calls.Clear();
            shards.Run(inputs, new float[Rows], gradients, 1f, degree, checkFinite: false, updateLength: network.ParameterCount);
            Assert.Empty(network.Calls);
        }

        private static void Covers(List<(int Start, int Length, bool Write)> calls, int length)
        {
            int next = 0;
            foreach (var (start, count, _) in calls.OrderBy(c => c.Start))
            {
                Assert.Equal(next, start);
                next += count;
            }

            Assert.Equal(length, next);
        }

        /// <summary>The update degree a step that just ran should report: the gradient pass's threads, at most one per slice.</summary>
        private static int ExpectedUpdateDegree() => Math.Min(ParallelTraining.LastDegree, Slices);

        private static INeuralNetwork<float> Create(string rule) => rule switch
        {
            "Adam" => new SlicedAdam(),
            "AdamW" => new SlicedAdamW(),
            "Nesterov" => new SlicedNesterov(),
            "Momentum" => new SlicedMomentum(),
            "Sgd" => new SlicedSgd(),
            "Rprop" => new SlicedRprop(),
            "Unchecked" => new SlicedUnchecked(),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
        };

        private static byte[] Checkpoint(object net)
        {
            using var stream = new MemoryStream();
            net.GetType().GetMethod("SaveCheckpoint", new[] { typeof(Stream) })!.Invoke(net, new object[] { stream });
            return stream.ToArray();
        }

        /// <summary>
        /// Each row adds its input to every gradient and to the loss; the row <c>badRow</c> writes NaN at
        /// <see cref="BadIndex"/>. Its update records each call; the slice starting at <c>BadSlice</c> × SliceValues fails its check.
        /// </summary>
        private sealed class FakeNetwork : IShardedTraining<float>
        {
            public const int BadIndex = 9_000;
            private readonly int _badRow;

            public FakeNetwork(int parameterCount, int badRow)
            {
                ParameterCount = parameterCount;
                _badRow = badRow;
            }

            public int ParameterCount { get; }

            public int BadSlice { get; init; } = -1;

            public List<(int Start, int Length, bool Write)> Calls { get; } = new();

            public int MaxDegreeOfParallelism { get; set; } = ParallelTraining.Automatic;

            public float GradientShard(ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, Span<float> gradients, Span<float> state, Span<float> delta, float scale)
            {
                // GradientShard sets the gradients (the shards' buffers hold an earlier step's values).
                gradients.Clear();
                float sum = 0;
                foreach (float row in inputs)
                {
                    sum += row;
                    if ((int)row == _badRow)
                    {
                        gradients[BadIndex] = float.NaN;
                    }
                }

                for (int i = 0; i < gradients.Length; i++)
                {
                    gradients[i] += sum;
                }

                return sum;
            }

            public bool OptimizerSlice(int start, int length, bool write)
            {
                lock (Calls)
                {
                    Calls.Add((start, length, write));
                }

                return write || start != BadSlice * ParallelTraining.SliceValues;
            }
        }
    }
}
