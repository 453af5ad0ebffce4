using System;
using System.IO;
using System.Linq;
using NetGen.Runtime;

namespace NetGen.Tests
{
    // Two linear layers: with w0 = 1e-38, w1 = 4 and an input of 3e38 (float) the loss is finite (h = 3, y = 12) but the
    // gradient of w0 (96 · 3e38) overflows: a non-finite gradient reaching the optimizer with a finite loss.
    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class GradientOverflowAdam { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, WeightDecay = 0.01)]
    public partial class GradientOverflowAdamDouble { }

    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Sgd(LearningRate = 0.01, Momentum = 0.9)]
    public partial class GradientOverflowSgd { }

    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.BatchMajor)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Rprop(LearningRate = 0.01)]
    public partial class GradientOverflowRprop { }

    // Networks without shards: TrainStep's gradient pass leaves the check to the optimizer (updateFollows).
    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.PerRow)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Sgd(LearningRate = 0.01)]
    public partial class GradientOverflowPerRowSgd { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [ForceStrategy(TrainingStrategy.PerRow)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Sgd(LearningRate = 0.01, Momentum = 0.9, Dampening = 1)]
    public partial class GradientOverflowPerRowSgdDouble { }

    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class GradientOverflowLanesAdam { }

    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.Lanes)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Sgd(LearningRate = 0.01)]
    public partial class GradientOverflowLanesSgd { }

    [Network(Seed = 1)]
    [ForceStrategy(TrainingStrategy.PerRow)]
    [Input(1)]
    [Dense(1)]
    [Dense(1)]
    [Rprop(LearningRate = 0.01)]
    public partial class GradientOverflowPerRowRprop { }

    /// <summary>
    /// TrainStep's gradient check on every route of a sharded network: on one thread GradientShards leaves it to the
    /// optimizer's checked update (Adam's bound pass, SGD's and Rprop's own pass), on several the shards' sum checks it.
    /// Either way a non-finite gradient throws the message ComputeGradients gives, and nothing changes: parameters,
    /// optimizer state (the checkpoint's bytes) and the step count.
    /// </summary>
    public class TrainStepGradientCheckTests
    {
        [Theory]
        [InlineData(1, 1)]
        [InlineData(1, 2)]
        [InlineData(200, 1)]
        [InlineData(200, 2)]
        public void A_non_finite_gradient_throws_the_gradient_message_and_changes_nothing(int rows, int threads)
        {
            Check<GradientOverflowAdam, float>(() => new GradientOverflowAdam(), rows, threads, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowAdamDouble, double>(() => new GradientOverflowAdamDouble(), rows, threads, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowSgd, float>(() => new GradientOverflowSgd(), rows, threads, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowRprop, float>(() => new GradientOverflowRprop(), rows, threads, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
        }

        /// <summary>
        /// Without shards TrainStep's gradient pass skips its own check (updateFollows) and the optimizer's update check
        /// names the gradient: plain SGD, SGD with momentum and dampening 1 ((1 − 1)·∞ is NaN), Adam and Rprop (a pass of
        /// its own), on the per-row and the lane passes (1 row takes the per-row pass, 16 the lanes).
        /// </summary>
        [Theory]
        [InlineData(1)]
        [InlineData(16)]
        public void Without_shards_a_non_finite_gradient_throws_the_gradient_message_and_changes_nothing(int rows)
        {
            Check<GradientOverflowPerRowSgd, float>(() => new GradientOverflowPerRowSgd(), rows, 1, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowPerRowSgdDouble, double>(() => new GradientOverflowPerRowSgdDouble(), rows, 1, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowLanesAdam, float>(() => new GradientOverflowLanesAdam(), rows, 1, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowLanesSgd, float>(() => new GradientOverflowLanesSgd(), rows, 1, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
            Check<GradientOverflowPerRowRprop, float>(() => new GradientOverflowPerRowRprop(), rows, 1, n => n.SaveCheckpoint, n => n.OptimizerStepCount);
        }

        private static void Check<TNet, T>(Func<TNet> create, int rows, int threads, Func<TNet, Action<Stream>> save, Func<TNet, long> steps)
            where TNet : INeuralNetwork<T>
            where T : struct, System.Numerics.IFloatingPointIeee754<T>
        {
            T[] ordinaryX = Enumerable.Range(0, rows).Select(i => T.CreateTruncating(0.5 + 0.01 * i)).ToArray();
            T[] ordinaryY = ordinaryX.Select(x => x * T.CreateTruncating(2)).ToArray();
            // w0·x = 3 while 96·x overflows: 1e-38 and 3e38 in float, 1e-307 and 3e307 in double.
            T tiny = typeof(T) == typeof(float) ? T.CreateTruncating(1e-38) : T.CreateTruncating(1e-307);
            T huge = typeof(T) == typeof(float) ? T.CreateTruncating(3e38) : T.CreateTruncating(3e307);
            T[] x = Enumerable.Repeat(huge, rows).ToArray();
            T[] y = new T[rows];
            TNet Prepared()
            {
                TNet net = create();
                if (net is IShardedTraining<T> sharded)
                {
                    sharded.MaxDegreeOfParallelism = threads;
                }
                net.TrainStep(ordinaryX, ordinaryY); // moments and step count no longer at their start
                T[] p = { tiny, T.Zero, T.CreateTruncating(4), T.Zero };
                p.CopyTo(net.Parameters);
                return net;
            }

            TNet reference = Prepared();
            string expected = Assert.Throws<NonFiniteValueException>(() => reference.ComputeGradients(x, y)).Message;
            Assert.StartsWith("The gradient of parameter 0 is ", expected);

            TNet net = Prepared();
            byte[] before = Bytes(save(net));
            long stepsBefore = steps(net);
            var error = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(x, y));
            Assert.Equal(expected, error.Message);
            Assert.Equal(before, Bytes(save(net)));
            Assert.Equal(stepsBefore, steps(net));
        }

        private static byte[] Bytes(Action<Stream> save)
        {
            var stream = new MemoryStream();
            save(stream);
            return stream.ToArray();
        }
    }
}
