using System;
using System.Collections.Generic;
using System.Linq;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Generated gradients against central finite differences of the generated loss, for every activation and
    /// every loss it can be paired with, in unrolled and looped layers.
    /// </summary>
    public class GradientCheckTests
    {
        public static IEnumerable<object[]> Networks => GradientNetworks.Double.Keys.Select(k => new object[] { k });

        [Theory]
        [MemberData(nameof(Networks))]
        public void Double_gradients_match_central_differences(string name)
        {
            var net = GradientNetworks.Double[name]();
            var (inputs, targets) = Batch<double>(net.InputSize, net.OutputSize, LossOf(name), rows: 4, seed: name.Length);
            Randomize(net.Parameters, seed: 11);

            net.ComputeGradients(inputs, targets);
            var analytic = net.Gradients.ToArray();
            var numeric = CentralDifferences(net, inputs, targets);
            for (int i = 0; i < analytic.Length; i++)
            {
                if (double.IsNaN(numeric[i]))
                {
                    continue;
                }

                // Relative 1e-6, with a floor of 1e-8 for gradients that are zero up to rounding.
                double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8;
                Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit,
                    $"{name}: parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
            }

            Assert.Contains(analytic, g => Math.Abs(g) > 1e-6); // the check must have had something to check
        }

        /// <summary>
        /// Batch-major training works in chunks of 32 rows: 70 rows span three chunks, the last one partial.
        /// EvaluateLoss runs row by row, so this also checks the batch-major path against the per-row one.
        /// </summary>
        [Theory]
        [InlineData("Grad_Looped_Elu_Huber")]
        [InlineData("Grad_Looped_Softmax_CrossEntropy")]
        public void Batch_major_gradients_over_several_chunks_match_central_differences(string name)
        {
            var net = GradientNetworks.Double[name]();
            var (inputs, targets) = Batch<double>(net.InputSize, net.OutputSize, LossOf(name), rows: 70, seed: 5);
            Randomize(net.Parameters, seed: 11);

            net.ComputeGradients(inputs, targets);
            var analytic = net.Gradients.ToArray();
            var numeric = CentralDifferences(net, inputs, targets);
            int checkedCount = 0;
            for (int i = 0; i < analytic.Length; i++)
            {
                if (double.IsNaN(numeric[i]))
                {
                    continue;
                }

                double limit = 1e-6 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-8;
                Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit,
                    $"{name}: parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
                checkedCount++;
            }

            Assert.True(checkedCount > 100);
            Assert.Contains(analytic, g => Math.Abs(g) > 1e-6);
        }

        /// <summary>
        /// Float gradients against central differences of the same network in double (float differences are
        /// dominated by rounding), to a relative 1e-2.
        /// </summary>
        [Theory]
        [MemberData(nameof(Networks))]
        public void Float_gradients_match_central_differences(string name)
        {
            var net = GradientNetworks.Single[name]();
            var twin = GradientNetworks.Double[name]();
            var (inputs, targets) = Batch<double>(net.InputSize, net.OutputSize, LossOf(name), rows: 4, seed: name.Length);
            Randomize(net.Parameters, seed: 11);
            for (int i = 0; i < net.ParameterCount; i++)
            {
                twin.Parameters[i] = net.Parameters[i];
            }

            net.ComputeGradients(inputs.Select(x => (float)x).ToArray(), targets.Select(x => (float)x).ToArray());
            var analytic = net.Gradients.ToArray();
            var numeric = CentralDifferences(twin, inputs, targets);
            for (int i = 0; i < analytic.Length; i++)
            {
                if (double.IsNaN(numeric[i]))
                {
                    continue;
                }

                double limit = 1e-2 * Math.Max(Math.Abs(numeric[i]), Math.Abs(analytic[i])) + 1e-5;
                Assert.True(Math.Abs(analytic[i] - numeric[i]) <= limit,
                    $"{name}: parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
            }
        }

        /// <summary>(L(p + h) − L(p − h)) / 2h for the parameters checked; NaN for the others.</summary>
        internal static double[] CentralDifferences(INeuralNetwork<double> net, double[] inputs, double[] targets)
        {
            const double h = 1e-6;
            var numeric = Enumerable.Repeat(double.NaN, net.ParameterCount).ToArray();
            foreach (int i in ParametersToCheck(net.ParameterCount))
            {
                double saved = net.Parameters[i];
                net.Parameters[i] = saved + h;
                double plus = net.EvaluateLoss(inputs, targets);
                net.Parameters[i] = saved - h;
                double minus = net.EvaluateLoss(inputs, targets);
                net.Parameters[i] = saved;
                numeric[i] = (plus - minus) / (2 * h);
            }

            return numeric;
        }

        /// <summary>Every parameter of small nets; an even sample of the large looped ones.</summary>
        private static IEnumerable<int> ParametersToCheck(int count) =>
            count <= 200 ? Enumerable.Range(0, count) : Enumerable.Range(0, 200).Select(i => (int)((long)i * count / 200)).Append(count - 1);

        internal static Loss LossOf(string name) =>
            Enum.GetValues<Loss>().OrderByDescending(l => l.ToString().Length).First(l => name.EndsWith(l.ToString(), StringComparison.Ordinal));

        internal static void Randomize<T>(Span<T> parameters, int seed) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            var random = new DeterministicRandom(seed);
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] = T.CreateTruncating(random.NextNormal(0, 0.7));
            }
        }

        /// <summary>Random inputs, and targets that suit the loss: 0/1 for BCE, one-hot rows for cross-entropy.</summary>
        internal static (T[] Inputs, T[] Targets) Batch<T>(int inputSize, int outputSize, Loss loss, int rows, int seed)
            where T : System.Numerics.IFloatingPointIeee754<T>
        {
            var random = new DeterministicRandom(seed);
            var inputs = new T[rows * inputSize];
            for (int i = 0; i < inputs.Length; i++)
            {
                inputs[i] = T.CreateTruncating(random.NextNormal(0, 1.5));
            }

            var targets = new T[rows * outputSize];
            for (int r = 0; r < rows; r++)
            {
                int hot = random.NextInt(outputSize);
                for (int j = 0; j < outputSize; j++)
                {
                    double value = loss switch
                    {
                        Loss.BinaryCrossEntropy => random.NextDouble() < 0.5 ? 0 : 1,
                        Loss.CrossEntropy => j == hot ? 1 : 0,
                        _ => random.NextNormal(0, 1),
                    };
                    targets[r * outputSize + j] = T.CreateTruncating(value);
                }
            }

            return (inputs, targets);
        }
    }
}
