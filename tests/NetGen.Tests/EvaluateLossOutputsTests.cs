using System;
using System.Linq;
using System.Numerics;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    // Small enough for the row strategies (the planner's Lanes or PerRow), with a single Sigmoid output: Fit reports accuracy.
    [Network(Seed = 21)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    public partial class EvaluateOutputsGate { }

    // 1→H→1: the Shallow strategy.
    [Network(Seed = 22)]
    [Input(1)]
    [Dense(16), Activation(Relu)]
    [Dense(1)]
    public partial class EvaluateOutputsShallow { }
}

namespace NetGen.Tests
{
    /// <summary>
    /// EvaluateLoss(inputs, targets, outputs): the loss of EvaluateLoss(inputs, targets) and the outputs of PredictBatch,
    /// bit for bit, from one forward pass, on every inference path (batch-major chunks, row by row with BatchNorm or
    /// Dropout, the row strategies, Shallow, double precision) and with class indices; bad shapes throw before anything is
    /// written; and Fit's validation accuracy is the one PredictBatch's outputs give.
    /// </summary>
    public class EvaluateLossOutputsTests
    {
        // Around the 32-row chunks of the batch-major path and the 6-, 2- and 1-row blocks of its kernels.
        private static readonly int[] RowCounts = { 1, 2, 7, 31, 32, 33, 70 };

        private static T[] Values<T>(int count, int seed, double low, double high)
            where T : IFloatingPointIeee754<T>
        {
            var random = new Random(seed);
            return Enumerable.Range(0, count).Select(_ => T.CreateTruncating(low + random.NextDouble() * (high - low))).ToArray();
        }

        /// <summary>One-hot rows (or 0/1 targets for one output).</summary>
        private static T[] Classes<T>(int rows, int outputs, int seed)
            where T : IFloatingPointIeee754<T>
        {
            var random = new Random(seed);
            var targets = new T[rows * outputs];
            for (int r = 0; r < rows; r++)
            {
                if (outputs == 1)
                {
                    targets[r] = random.Next(2) == 1 ? T.One : T.Zero;
                }
                else
                {
                    targets[r * outputs + random.Next(outputs)] = T.One;
                }
            }

            return targets;
        }

        private static void AssertOnePass<T>(INeuralNetwork<T> net, bool classes)
            where T : IFloatingPointIeee754<T>
        {
            foreach (int rows in RowCounts)
            {
                T[] x = Values<T>(rows * net.InputSize, seed: rows, -2, 2);
                T[] y = classes ? Classes<T>(rows, net.OutputSize, seed: 50 + rows) : Values<T>(rows * net.OutputSize, seed: 50 + rows, -1, 1);
                var predicted = new T[rows * net.OutputSize];
                net.PredictBatch(x, predicted);
                T loss = net.EvaluateLoss(x, y);

                var outputs = Enumerable.Repeat(T.CreateTruncating(-7), rows * net.OutputSize).ToArray();
                T both = net.EvaluateLoss(x, y, outputs);
                string where = $"{net.GetType().Name}, {rows} rows";
                Assert.True(loss.Equals(both), $"{where}: loss {loss} alone, {both} with the outputs");
                Assert.True(predicted.SequenceEqual(outputs), $"{where}: the outputs differ from PredictBatch's");
            }
        }

        [Fact]
        public void The_loss_and_outputs_are_EvaluateLoss_and_PredictBatch_bit_for_bit_on_every_path()
        {
            AssertOnePass(new BatchedInferenceRegressor(), classes: false);
            AssertOnePass(new BatchedInferenceClassifier(), classes: true);
            AssertOnePass(new ParallelClassifier(), classes: true);
            AssertOnePass(new ParallelRegressor(), classes: false);
            AssertOnePass(new ParallelBatchNormClassifier(), classes: true);
            AssertOnePass(new ParallelDropoutClassifier(), classes: true);
            AssertOnePass(new EvaluateOutputsGate(), classes: true);
            AssertOnePass(new EvaluateOutputsShallow(), classes: false);
        }

        [Fact]
        public void Bad_shapes_throw_before_anything_is_written()
        {
            var net = new BatchedInferenceClassifier();
            float[] x = Values<float>(5 * 40, seed: 1, -1, 1);
            float[] y = Classes<float>(5, 5, seed: 2);
            var outputs = Enumerable.Repeat(-7f, 4 * 5).ToArray();

            var tooShort = Assert.Throws<ArgumentException>(() => net.EvaluateLoss(x, y, outputs));
            Assert.Equal("outputs", tooShort.ParamName);
            Assert.All(outputs, v => Assert.Equal(-7f, v));

            // Outputs that fit, targets that do not (and targets that are not probability rows): nothing written either.
            var fits = Enumerable.Repeat(-7f, 5 * 5).ToArray();
            Assert.ThrowsAny<ArgumentException>(() => net.EvaluateLoss(x, y.AsSpan(0, 4 * 5), fits));
            float[] notProbabilities = (float[])y.Clone();
            notProbabilities[3] = 2f;
            Assert.ThrowsAny<ArgumentException>(() => net.EvaluateLoss(x, notProbabilities, fits));
            Assert.All(fits, v => Assert.Equal(-7f, v));
        }

        [Fact]
        public void Class_indices_give_the_one_hot_loss_and_outputs()
        {
            var net = new BatchedInferenceClassifier();
            var gate = new EvaluateOutputsGate();
            foreach (int rows in RowCounts)
            {
                var random = new Random(rows);
                float[] x = Values<float>(rows * 40, seed: 60 + rows, -2, 2);
                int[] classes = Enumerable.Range(0, rows).Select(_ => random.Next(5)).ToArray();
                float[] oneHot = new float[rows * 5];
                for (int r = 0; r < rows; r++)
                {
                    oneHot[r * 5 + classes[r]] = 1;
                }

                var fromOneHot = new float[rows * 5];
                var fromClasses = new float[rows * 5];
                Assert.Equal(net.EvaluateLoss(x, oneHot, fromOneHot), net.EvaluateLoss(x, classes, fromClasses));
                Assert.Equal(fromOneHot, fromClasses);

                // One sigmoid output: class 0 or 1 is the target 0 or 1.
                float[] gateX = Values<float>(rows * 2, seed: 80 + rows, -2, 2);
                int[] bits = Enumerable.Range(0, rows).Select(_ => random.Next(2)).ToArray();
                var gateOutputs = new float[rows];
                var gateOneHot = new float[rows];
                Assert.Equal(gate.EvaluateLoss(gateX, bits.Select(b => (float)b).ToArray(), gateOneHot), gate.EvaluateLoss(gateX, bits, gateOutputs));
                Assert.Equal(gateOneHot, gateOutputs);
            }

            // A class out of range throws before anything is written.
            float[] three = Values<float>(3 * 40, seed: 1, -1, 1);
            var untouched = Enumerable.Repeat(-7f, 3 * 5).ToArray();
            Assert.Throws<ArgumentOutOfRangeException>(() => net.EvaluateLoss(three, new[] { 0, 5, 1 }, untouched));
            Assert.Throws<ArgumentException>(() => net.EvaluateLoss(three, new[] { 0, 4 }, untouched));
            Assert.All(untouched, v => Assert.Equal(-7f, v));
        }

        [Fact]
        public void Fit_reports_the_validation_loss_and_the_accuracy_of_PredictBatch()
        {
            // After each epoch, the validation loss and accuracy Fit reports are those of the network as it then is.
            var net = new BatchedInferenceClassifier();
            float[] x = Values<float>(96 * 40, seed: 3, -1, 1);
            float[] y = Classes<float>(96, 5, seed: 4);
            float[] validationX = Values<float>(45 * 40, seed: 5, -1, 1);
            float[] validationY = Classes<float>(45, 5, seed: 6);
            var losses = new System.Collections.Generic.List<double>();
            var accuracies = new System.Collections.Generic.List<double>();
            var options = new FitOptions
            {
                Epochs = 3,
                BatchSize = 16,
                OnEpoch = _ =>
                {
                    losses.Add(net.EvaluateLoss(validationX, validationY));
                    var predicted = new float[45 * 5];
                    net.PredictBatch(validationX, predicted);
                    int right = Enumerable.Range(0, 45).Count(r =>
                    {
                        float[] p = predicted.AsSpan(r * 5, 5).ToArray();
                        float[] t = validationY.AsSpan(r * 5, 5).ToArray();
                        return Array.IndexOf(p, p.Max()) == Array.IndexOf(t, t.Max());
                    });
                    accuracies.Add(right / 45.0);
                    return true;
                },
            };

            FitResult result = net.Fit(x, y, options, validationX, validationY);
            Assert.Equal(losses, result.ValidationLosses);
            Assert.Equal(accuracies, result.ValidationAccuracies);
            Assert.Contains(accuracies, a => a > 0 && a < 1);
        }

        [Fact]
        public void EvaluateLoss_with_outputs_allocates_nothing()
        {
            var net = new BatchedInferenceRegressor();
            float[] x = Values<float>(70 * 24, seed: 7, -2, 2);
            float[] y = Values<float>(70 * 3, seed: 8, -1, 1);
            var outputs = new float[70 * 3];
            var gate = new EvaluateOutputsGate();
            float[] gateX = Values<float>(9 * 2, seed: 9, -2, 2);
            float[] gateY = Classes<float>(9, 1, seed: 10);
            var gateOutputs = new float[9];
            Assert.Equal(0, Allocations.Least(() =>
            {
                net.EvaluateLoss(x, y, outputs);
                gate.EvaluateLoss(gateX, gateY, gateOutputs);
            }, times: 200, warmUp: 50));
        }
    }
}
