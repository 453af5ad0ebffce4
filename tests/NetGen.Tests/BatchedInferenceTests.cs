using System;
using System.Linq;
using System.Threading.Tasks;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    // Batch-major (24 and 40 units are wide): PredictBatch and EvaluateLoss run chunks of rows through the batch kernels.
    [Network(Seed = 11)]
    [Input(24)]
    [Dense(40), Activation(Relu)]
    [Dense(36), Activation(Tanh)]
    [Dense(3)]
    public partial class BatchedInferenceRegressor { }

    // Batch-major (40 and 48 units are wide), with an activation that has no vector form.
    [Network(Seed = 12)]
    [Input(40)]
    [Dense(48), Activation(Gelu)]
    [Dense(5), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class BatchedInferenceClassifier { }
}

namespace NetGen.Tests
{
    /// <summary>
    /// PredictBatch and EvaluateLoss of batch-major networks (NetworkPlan.BatchedInference): chunks of 32 rows through
    /// the batch kernels instead of one row at a time. Checked against a plain reference forward, against Predict, on
    /// every side of a chunk boundary, for one row's independence from the rows beside it, for the training forward's
    /// loss, and for no allocation and no shared scratch between threads. Networks whose training forward differs from
    /// inference (BatchNorm, Dropout) must stay row by row.
    /// </summary>
    public class BatchedInferenceTests
    {
        private const int ChunkRows = 32;

        // Around the chunk boundaries, and the 6-, 2- and 1-row blocks of the forward kernels.
        private static readonly int[] RowCounts = { 1, 2, 5, 7, 31, 32, 33, 64, 70 };

        private static float[] Inputs(int rows, int width, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, rows * width).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
        }

        /// <summary>nn.Linear → ReLU → nn.Linear → Tanh → nn.Linear in double, from the network's parameters.</summary>
        private static double[] ReferenceForward(float[] p, float[] x)
        {
            double[] Dense(double[] input, int fanIn, int fanOut, ref int at, Func<double, double> activation)
            {
                var output = new double[fanOut];
                int bias = at + fanIn * fanOut;
                for (int j = 0; j < fanOut; j++)
                {
                    double z = p[bias + j];
                    for (int i = 0; i < fanIn; i++)
                    {
                        z += (double)p[at + j * fanIn + i] * input[i];
                    }

                    output[j] = activation(z);
                }

                at = bias + fanOut;
                return output;
            }

            int offset = 0;
            double[] h = Dense(x.Select(v => (double)v).ToArray(), 24, 40, ref offset, z => Math.Max(0, z));
            h = Dense(h, 40, 36, ref offset, Math.Tanh);
            return Dense(h, 36, 3, ref offset, z => z);
        }

        [Fact]
        public void PredictBatch_matches_a_reference_forward_and_Predict_for_every_row_count()
        {
            var net = new BatchedInferenceRegressor();
            float[] parameters = net.Parameters.ToArray();
            foreach (int rows in RowCounts)
            {
                float[] x = Inputs(rows, 24, seed: rows);
                var got = new float[rows * 3];
                net.PredictBatch(x, got);
                var one = new float[3];
                for (int r = 0; r < rows; r++)
                {
                    double[] want = ReferenceForward(parameters, x.AsSpan(r * 24, 24).ToArray());
                    Close.All(want, got.AsSpan(r * 3, 3).ToArray(), 1e-5, 1e-5, $"{rows} rows, row {r}");
                    net.Predict(x.AsSpan(r * 24, 24), one);
                    Close.All(Close.ToDouble(one), got.AsSpan(r * 3, 3).ToArray(), 1e-6, 1e-5, $"Predict, {rows} rows, row {r}");
                }
            }
        }

        [Fact]
        public void A_row_gets_the_same_bits_wherever_it_stands_in_the_batch()
        {
            AssertRowsIndependent(new BatchedInferenceRegressor(), 24, 3);
            AssertRowsIndependent(new ParallelClassifier(), 20, 4);
            AssertRowsIndependent(new ParallelRegressor(), 18, 2);
        }

        private static void AssertRowsIndependent<T>(INeuralNetwork<T> net, int inputs, int outputs)
            where T : struct, System.Numerics.IFloatingPointIeee754<T>
        {
            const int Rows = 70;
            T[] x = Inputs(Rows, inputs, seed: 3).Select(v => T.CreateTruncating(v)).ToArray();
            var all = new T[Rows * outputs];
            net.PredictBatch(x, all);
            var alone = new T[outputs];
            for (int r = 0; r < Rows; r++)
            {
                net.PredictBatch(x.AsSpan(r * inputs, inputs), alone);
                Assert.True(all.AsSpan(r * outputs, outputs).SequenceEqual(alone), $"{net.GetType().Name} row {r}: alone {string.Join(", ", alone)}, in the batch {string.Join(", ", all.AsSpan(r * outputs, outputs).ToArray())}");
            }

            // The same rows shifted by 5 (other blocks of the kernels, another chunk): the same bits.
            var shifted = new T[(Rows - 5) * outputs];
            net.PredictBatch(x.AsSpan(5 * inputs), shifted);
            Assert.True(all.AsSpan(5 * outputs).SequenceEqual(shifted), $"{net.GetType().Name}: rows shifted by 5 changed bits");
        }

        [Fact]
        public void EvaluateLoss_is_the_training_forward_loss()
        {
            // One chunk: the loss TrainStep's forward computed, bit for bit (the same kernels, rows summed in order).
            var classifier = new ParallelClassifier();
            float[] x = Inputs(ChunkRows, 20, seed: 8);
            var random = new Random(9);
            float[] y = new float[ChunkRows * 4];
            for (int r = 0; r < ChunkRows; r++)
            {
                y[r * 4 + random.Next(4)] = 1;
            }

            float evaluated = classifier.EvaluateLoss(x, y);
            Assert.Equal(classifier.ComputeGradients(x, y), evaluated);

            // Many chunks: the mean of the per-row losses of Predict's outputs.
            foreach (int rows in RowCounts)
            {
                var net = new BatchedInferenceRegressor();
                float[] inputs = Inputs(rows, 24, seed: 100 + rows);
                float[] targets = Inputs(rows, 3, seed: 200 + rows);
                double sum = 0;
                var one = new float[3];
                for (int r = 0; r < rows; r++)
                {
                    double[] want = ReferenceForward(net.Parameters.ToArray(), inputs.AsSpan(r * 24, 24).ToArray());
                    for (int k = 0; k < 3; k++)
                    {
                        sum += (want[k] - targets[r * 3 + k]) * (want[k] - targets[r * 3 + k]);
                    }
                }

                Close.All(new[] { sum / (rows * 3) }, new[] { net.EvaluateLoss(inputs, targets) }, 1e-6, 1e-5, $"EvaluateLoss, {rows} rows");
            }
        }

        [Fact]
        public void Accuracy_counts_the_classes_PredictClass_gives()
        {
            var small = new ParallelClassifier();
            var gelu = new BatchedInferenceClassifier();
            AssertAccuracy(small, 20, 4, (x, c) => small.Accuracy(x, c));
            AssertAccuracy(gelu, 40, 5, (x, c) => gelu.Accuracy(x, c));
        }

        private static void AssertAccuracy(INeuralNetwork<float> net, int inputs, int outputs, Func<float[], int[], double> accuracy)
        {
            foreach (int rows in RowCounts)
            {
                float[] x = Inputs(rows, inputs, seed: 30 + rows);
                var random = new Random(rows);
                int[] classes = Enumerable.Range(0, rows).Select(_ => random.Next(outputs)).ToArray();
                var probabilities = new float[rows * outputs];
                net.PredictBatch(x, probabilities);
                int[] argMax = Enumerable.Range(0, rows).Select(r =>
                {
                    float[] row = probabilities.AsSpan(r * outputs, outputs).ToArray();
                    return Array.IndexOf(row, row.Max());
                }).ToArray();

                // Half the rows get their predicted class, so the fraction is neither 0 nor 1 by chance.
                for (int r = 0; r < rows; r += 2)
                {
                    classes[r] = argMax[r];
                }

                int correct = Enumerable.Range(0, rows).Count(r => argMax[r] == classes[r]);
                Assert.Equal((double)correct / rows, accuracy(x, classes));
            }
        }

        [Fact]
        public void BatchNorm_and_Dropout_networks_still_predict_row_by_row()
        {
            // Their training forward uses the batch's statistics or draws masks; inference must be Predict's, bit for bit.
            AssertPredictBatchIsPredict(new ParallelBatchNormClassifier(), 20, 4);
            AssertPredictBatchIsPredict(new ParallelDropoutClassifier(), 20, 4);
        }

        private static void AssertPredictBatchIsPredict(INeuralNetwork<float> net, int inputs, int outputs)
        {
            const int Rows = 40;
            float[] x = Inputs(Rows, inputs, seed: 4);
            var all = new float[Rows * outputs];
            net.PredictBatch(x, all);
            var one = new float[outputs];
            for (int r = 0; r < Rows; r++)
            {
                net.Predict(x.AsSpan(r * inputs, inputs), one);
                Assert.True(all.AsSpan(r * outputs, outputs).SequenceEqual(one), $"{net.GetType().Name} row {r}");
            }
        }

        [Fact]
        public void Batched_inference_allocates_nothing()
        {
            var net = new BatchedInferenceRegressor();
            float[] x = Inputs(70, 24, seed: 5);
            float[] y = Inputs(70, 3, seed: 6);
            var output = new float[70 * 3];
            Assert.Equal(0, Allocations.Least(() =>
            {
                net.PredictBatch(x, output);
                net.EvaluateLoss(x, y);
            }, times: 200, warmUp: 50));
        }

        [Fact]
        public void Threads_predicting_at_once_get_the_one_thread_bits()
        {
            var net = new BatchedInferenceRegressor();
            float[] x = Inputs(70, 24, seed: 7);
            var expected = new float[70 * 3];
            net.PredictBatch(x, expected);
            var results = new float[8][];
            Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
            {
                var mine = new float[70 * 3];
                for (int repeat = 0; repeat < 50; repeat++)
                {
                    net.PredictBatch(x, mine);
                    Assert.True(mine.SequenceEqual(expected), $"thread {t}, repeat {repeat}");
                }

                results[t] = mine;
            });

            Assert.All(results, result => Assert.Equal(expected, result));
        }
    }
}
