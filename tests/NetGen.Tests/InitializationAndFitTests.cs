using System;
using System.Collections.Generic;
using System.Linq;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    public class InitializationAndFitTests
    {
        [Fact]
        public void Seeds_are_deterministic_and_distinct()
        {
            Assert.Equal(new MyNet().Parameters.ToArray(), new MyNet(7).Parameters.ToArray());
            Assert.Equal(new MyNet(123).Parameters.ToArray(), new MyNet(123).Parameters.ToArray());
            Assert.NotEqual(new MyNet(1).Parameters.ToArray(), new MyNet(2).Parameters.ToArray());
        }

        [Fact]
        public void Default_initialisation_is_pytorch_linear_uniform()
        {
            // nn.Linear: weight and bias ~ U(−1/√fan_in, 1/√fan_in).
            var p = new DefaultInitNet().Parameters.ToArray().Select(v => (double)v).ToArray();
            double bound = 1 / Math.Sqrt(400);
            var weights = p.Take(400 * 300).ToArray();
            var bias = p.Skip(400 * 300).ToArray();
            Assert.All(p, v => Assert.InRange(Math.Abs(v), 0, bound));
            Assert.Equal(bound / Math.Sqrt(3), StandardDeviation(weights), 3); // uniform's std = bound/√3
            Assert.Equal(0, weights.Average(), 3);
            Assert.True(bias.Max() > bound * 0.9 && bias.Min() < -bound * 0.9, "bias spans the interval");
        }

        [Fact]
        public void He_and_xavier_schemes_have_their_variances()
        {
            Assert.Equal(Math.Sqrt(2.0 / 400), StandardDeviation(Weights(new HeNormalNet().Parameters)), 3);
            Assert.Equal(Math.Sqrt(2.0 / 400), StandardDeviation(Weights(new HeUniformNet().Parameters)), 3);
            Assert.Equal(Math.Sqrt(2.0 / 700), StandardDeviation(Weights(new XavierNormalNet().Parameters)), 3);
            Assert.Equal(Math.Sqrt(2.0 / 700), StandardDeviation(Weights(new XavierUniformNet().Parameters)), 3);
            Assert.All(Weights(new HeUniformNet().Parameters), v => Assert.InRange(Math.Abs(v), 0, Math.Sqrt(6.0 / 400)));
            Assert.All(new HeNormalNet().Parameters.ToArray().Skip(400 * 300), b => Assert.Equal(0f, b));
            Assert.All(new XavierUniformNet().Parameters.ToArray().Skip(400 * 300), b => Assert.Equal(0.1f, b));
        }

        [Fact]
        public void Writing_parameters_changes_the_model()
        {
            var net = new QuadraticModel();
            net.Parameters.Clear();
            net.Parameters[QuadraticModel.ParameterCount - 1] = 2.5f; // the output bias
            Assert.Equal(2.5f, net.Predict(3f));
        }

        [Theory]
        [InlineData(false, 3)]
        [InlineData(true, 2)]
        public void Fit_makes_dataloader_batches(bool dropLast, int batchesPerEpoch)
        {
            var net = new QuadraticModel();
            var x = Enumerable.Range(0, 25).Select(i => i / 25f).ToArray();
            var y = x.Select(v => 2 * v).ToArray();
            var reported = new List<(int Epoch, float Loss)>();

            var losses = net.Fit(x, y, epochs: 4, batchSize: 10, shuffle: true, dropLast: dropLast, seed: 3, onEpoch: (e, l) => reported.Add((e, l)));

            Assert.Equal(4 * batchesPerEpoch, net.OptimizerStepCount);
            Assert.Equal(new[] { 1, 2, 3, 4 }, reported.Select(r => r.Epoch));
            Assert.Equal(losses, reported.Select(r => r.Loss));
        }

        [Fact]
        public void Fit_without_shuffle_equals_train_steps_over_consecutive_batches()
        {
            var fitted = new QuadraticModel();
            var stepped = new QuadraticModel();
            var x = Enumerable.Range(0, 25).Select(i => i / 25f - 0.5f).ToArray();
            var y = x.Select(v => v * v).ToArray();

            var losses = fitted.Fit(x, y, epochs: 2, batchSize: 10, shuffle: false);

            var expected = new float[2];
            for (int epoch = 0; epoch < 2; epoch++)
            {
                float weighted = 0;
                for (int start = 0; start < 25; start += 10)
                {
                    int count = Math.Min(10, 25 - start);
                    weighted += stepped.TrainStep(x.AsSpan(start, count), y.AsSpan(start, count)) * count;
                }

                expected[epoch] = weighted / 25;
            }

            Assert.Equal(stepped.Parameters.ToArray(), fitted.Parameters.ToArray());
            Assert.Equal(expected[0], losses[0], 5);
            Assert.Equal(expected[1], losses[1], 5);
        }

        [Fact]
        public void Fit_shuffles_by_seed()
        {
            var x = Enumerable.Range(0, 40).Select(i => i / 40f).ToArray();
            var y = x.Select(v => v * v).ToArray();
            float[] Train(int seed)
            {
                var net = new QuadraticModel();
                net.Fit(x, y, epochs: 3, batchSize: 8, shuffle: true, seed: seed);
                return net.Parameters.ToArray();
            }

            Assert.Equal(Train(5), Train(5));
            Assert.NotEqual(Train(5), Train(6));
        }

        /// <summary>Fit's shuffle draws from NextInt: every value in range, each about equally often (chi-square).</summary>
        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(7)]
        [InlineData(100)]
        public void NextInt_is_uniform_over_its_range(int bound)
        {
            var random = new DeterministicRandom(42);
            const int draws = 200_000;
            var counts = new int[bound];
            for (int i = 0; i < draws; i++)
            {
                int value = random.NextInt(bound);
                Assert.InRange(value, 0, bound - 1);
                counts[value]++;
            }

            double expected = (double)draws / bound;
            double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);

            // Degrees of freedom bound − 1: mean bound − 1, sd sqrt(2(bound − 1)); six sd is far beyond chance.
            Assert.True(chiSquare <= bound - 1 + 6 * Math.Sqrt(2.0 * Math.Max(1, bound - 1)), $"chi-square {chiSquare:F1} over {bound} values");
        }

        [Fact]
        public void Shuffle_is_a_permutation()
        {
            var values = Enumerable.Range(0, 1000).ToArray();
            new DeterministicRandom(5).Shuffle(values);
            Assert.Equal(Enumerable.Range(0, 1000), values.OrderBy(v => v));
            Assert.NotEqual(Enumerable.Range(0, 1000), values);
        }

        [Fact]
        public void Fit_rejects_bad_arguments()
        {
            var net = new QuadraticModel();
            float[] x = { 1, 2, 3 };
            Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(x, x, epochs: 1, batchSize: 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => net.Fit(x, x, epochs: -1, batchSize: 1));
            Assert.Throws<ArgumentException>(() => net.Fit(x, x, epochs: 1, batchSize: 4, dropLast: true));
            Assert.Throws<ArgumentException>(() => net.Fit(x, new float[2], epochs: 1, batchSize: 1));
        }

        [Fact]
        public void Nested_double_network_with_softmax_outputs_probabilities()
        {
            var net = new Outer.Nested();
            var output = new double[3];
            net.Predict(new[] { 0.3, -2.0 }, output);
            Assert.Equal(1.0, output.Sum(), 12);
            Assert.All(output, p => Assert.InRange(p, 0, 1));
            double before = net.EvaluateLoss(new[] { 0.3, -2.0 }, new[] { 0.0, 1.0, 0.0 });
            for (int i = 0; i < 50; i++)
            {
                net.TrainStep(new[] { 0.3, -2.0 }, new[] { 0.0, 1.0, 0.0 });
            }

            Assert.True(net.EvaluateLoss(new[] { 0.3, -2.0 }, new[] { 0.0, 1.0, 0.0 }) < before);
        }

        private static double[] Weights(Span<float> parameters) => parameters.Slice(0, 400 * 300).ToArray().Select(v => (double)v).ToArray();

        private static double StandardDeviation(double[] values)
        {
            double mean = values.Average();
            return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        }
    }
}
