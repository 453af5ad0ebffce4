using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Generated gradients against central finite differences of the generated loss, for every activation and
    /// every loss it can be paired with, in unrolled and looped layers, on every training strategy that admits the
    /// network (the unforced network trains by the planner's choice, a forced variant by each other strategy).
    /// </summary>
    public class GradientCheckTests
    {
        /// <summary>Every (network, strategy) pair that exists.</summary>
        public static IEnumerable<object[]> Pairs =>
            GradientNetworks.Double.Keys.SelectMany(name => StrategiesOf(name).Select(s => new object[] { name, s }));

        /// <summary>The networks that more than one strategy trains.</summary>
        public static IEnumerable<object[]> MultiStrategyNetworks =>
            GradientNetworks.Double.Keys.Where(name => StrategiesOf(name).Count() > 1).Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(Pairs))]
        public void Double_gradients_match_central_differences(string name, TrainingStrategy strategy)
        {
            var net = CreateDouble(name, strategy);
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
                    $"{name} ({strategy}): parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
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
        [InlineData("Grad_Tanh_CrossEntropy")]
        public void Batch_major_gradients_over_several_chunks_match_central_differences(string name)
        {
            var net = CreateDouble(name, TrainingStrategy.BatchMajor);
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

            Assert.True(checkedCount >= Math.Min(analytic.Length, 200), $"{checkedCount} parameters checked");
            Assert.Contains(analytic, g => Math.Abs(g) > 1e-6);
        }

        /// <summary>
        /// Float gradients against central differences of the same network in double (float differences are
        /// dominated by rounding), to a relative 1e-2.
        /// </summary>
        [Theory]
        [MemberData(nameof(Pairs))]
        public void Float_gradients_match_central_differences(string name, TrainingStrategy strategy)
        {
            var net = CreateSingle(name, strategy);
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
                    $"{name} ({strategy}): parameter {i}: analytic {analytic[i]:R}, numeric {numeric[i]:R}");
            }
        }

        /// <summary>
        /// Every strategy that admits a network gives the gradients and the trajectory of the others, up to the order
        /// of its sums: 37 rows cross a batch-major chunk (32) and leave a partial vector of lanes. Three SGD steps in
        /// double, one in float.
        /// </summary>
        [Theory]
        [MemberData(nameof(MultiStrategyNetworks))]
        public void Every_strategy_gives_the_same_gradients_and_trajectory(string name)
        {
            var strategies = StrategiesOf(name).ToArray();
            var (inputs, targets) = Batch<double>(GradientNetworks.Double[name]().InputSize, GradientNetworks.Double[name]().OutputSize, LossOf(name), rows: 37, seed: 23);
            var inputsF = inputs.Select(x => (float)x).ToArray();
            var targetsF = targets.Select(x => (float)x).ToArray();
            var results = strategies.Select(s => Run(CreateDouble(name, s), inputs, targets, steps: 3)).ToArray();
            // One step in float: over more, a deep net's float trajectories drift apart by its own conditioning
            // (Grad_BudgetSplit: 1e-3 after three steps), whichever the strategy.
            var resultsF = strategies.Select(s => Run(CreateSingle(name, s), inputsF, targetsF, steps: 1)).ToArray();
            for (int k = 1; k < strategies.Length; k++)
            {
                string what = $"{name}: {strategies[k]} against {strategies[0]}";
                Same(results[0], results[k], 1e-11, what + " (double)");
                Same(resultsF[0], resultsF[k], 2e-4, what + " (float)");
            }
        }

        /// <summary>
        /// Each gradient network exists for exactly the strategies that this table says admit its shape (the planner's
        /// rules, restated), and each variant's type carries the training scratch of its strategy and no other's.
        /// </summary>
        [Fact]
        public void Every_admitted_strategy_has_a_variant_that_trains_by_it()
        {
            Assert.Equal(GradientNetworks.Double.Keys.OrderBy(k => k), GradientNetworks.Shapes.Keys.OrderBy(k => k));
            Assert.Equal(GradientNetworks.ForcedDouble.Keys.OrderBy(k => k), GradientNetworks.ForcedSingle.Keys.OrderBy(k => k));
            var covered = new HashSet<TrainingStrategy>();
            foreach (var (name, shape) in GradientNetworks.Shapes)
            {
                var admitted = Enum.GetValues<TrainingStrategy>().Where(s => Admits(s, shape)).ToArray();
                Assert.Equal(admitted, StrategiesOf(name).OrderBy(s => s));
                Assert.Equal(StrategyOf(GradientNetworks.Double[name]().GetType()), StrategyOf(GradientNetworks.Single[name]().GetType()));
                foreach (var strategy in admitted)
                {
                    Assert.Equal(strategy, StrategyOf(CreateDouble(name, strategy).GetType()));
                    Assert.Equal(strategy, StrategyOf(CreateSingle(name, strategy).GetType()));
                    covered.Add(strategy);
                }
            }

            Assert.Equal(Enum.GetValues<TrainingStrategy>(), covered.OrderBy(s => s));
            Assert.Equal(Enum.GetValues<Activation>(), GradientNetworks.Shapes.Values.SelectMany(s => s.Activations).Distinct().OrderBy(a => a));
        }

        /// <summary>
        /// Which strategies train a Dense-only network: PerRow and BatchMajor any; Lanes when every layer is unrolled
        /// (at most 1024 weights each, 2048 in all, in order), every activation has a vector form, the head is not one
        /// the loss fuses (Sigmoid with BCE) and there are at most 96 inputs and units; Shallow a 1→H→1 net, H ≥ 8,
        /// with a vector-form hidden activation, a linear output and the mean squared error.
        /// </summary>
        private static bool Admits(TrainingStrategy strategy, GradientShape shape)
        {
            var vectorForms = new[] { Activation.Identity, Activation.Relu, Activation.Sigmoid, Activation.Tanh, Activation.Softplus };
            var (sizes, activations, loss) = (shape.Sizes, shape.Activations, shape.Loss);
            switch (strategy)
            {
                case TrainingStrategy.PerRow:
                case TrainingStrategy.BatchMajor:
                    return true;
                case TrainingStrategy.Shallow:
                    return sizes is [1, >= 8, 1] && vectorForms.Contains(activations[0]) && activations[1] == Activation.Identity
                        && loss == Loss.MeanSquaredError;
                case TrainingStrategy.Lanes:
                    int budget = 2048;
                    for (int l = 0; l < activations.Length; l++)
                    {
                        int weights = sizes[l] * sizes[l + 1];
                        if (weights > 1024 || weights > budget)
                        {
                            return false;
                        }

                        budget -= weights;
                    }

                    bool fusedHead = loss == Loss.BinaryCrossEntropy && activations[^1] == Activation.Sigmoid;
                    return activations.All(vectorForms.Contains) && !fusedHead && sizes.Sum() <= 96;
                default:
                    throw new ArgumentOutOfRangeException(nameof(strategy), strategy, null);
            }
        }

        /// <summary>The private training scratch each strategy's generated code declares (Shallow: none; Lanes: its own and PerRow's).</summary>
        private static readonly (TrainingStrategy Strategy, string? Field)[] ScratchFields =
        {
            (TrainingStrategy.PerRow, "__trainState"),
            (TrainingStrategy.Lanes, "__vectorGradients"),
            (TrainingStrategy.Shallow, null),
            (TrainingStrategy.BatchMajor, "__batchState"),
        };

        /// <summary>The strategy a generated type trains by, read from its fields; fails if it has two strategies' scratch.</summary>
        internal static TrainingStrategy StrategyOf(Type type)
        {
            var present = ScratchFields
                .Where(f => f.Field is not null && type.GetField(f.Field, BindingFlags.Instance | BindingFlags.NonPublic) is not null)
                .Select(f => f.Strategy)
                .ToArray();

            // Lanes networks also carry the per-row scratch: their smallest batches train one row at a time.
            if (present.Contains(TrainingStrategy.Lanes))
            {
                present = present.Where(s => s != TrainingStrategy.PerRow).ToArray();
            }

            Assert.True(present.Length <= 1, $"{type.Name} has the scratch of {string.Join(" and ", present)}");
            return present.Length == 1 ? present[0] : TrainingStrategy.Shallow;
        }

        /// <summary>The planner's choice (the unforced network) and every forced variant.</summary>
        private static IEnumerable<TrainingStrategy> StrategiesOf(string name) =>
            GradientNetworks.ForcedDouble.Keys.Where(k => k.Network == name).Select(k => k.Strategy)
                .Append(StrategyOf(GradientNetworks.Double[name]().GetType()))
                .Distinct()
                .OrderBy(s => s);

        internal static INeuralNetwork<double> CreateDouble(string name, TrainingStrategy strategy) =>
            GradientNetworks.ForcedDouble.TryGetValue((name, strategy), out var forced) ? forced()
            : GradientNetworks.Double[name]() is var net && StrategyOf(net.GetType()) == strategy ? net
            : throw new ArgumentException($"{name} has no variant that trains by {strategy}.", nameof(strategy));

        internal static INeuralNetwork<float> CreateSingle(string name, TrainingStrategy strategy) =>
            GradientNetworks.ForcedSingle.TryGetValue((name, strategy), out var forced) ? forced()
            : GradientNetworks.Single[name]() is var net && StrategyOf(net.GetType()) == strategy ? net
            : throw new ArgumentException($"{name} has no variant that trains by {strategy}.", nameof(strategy));

        /// <summary>Gradients at random parameters, then the losses and parameters of some training steps.</summary>
        private static (double[] Gradients, double[] Losses, double[] Parameters) Run<T>(INeuralNetwork<T> net, T[] inputs, T[] targets, int steps)
            where T : System.Numerics.IFloatingPointIeee754<T>
        {
            Randomize(net.Parameters, seed: 31);
            net.ComputeGradients(inputs, targets);
            var gradients = net.Gradients.ToArray().Select(double.CreateTruncating).ToArray();
            var losses = Enumerable.Range(0, steps).Select(_ => double.CreateTruncating(net.TrainStep(inputs, targets))).ToArray();
            return (gradients, losses, net.Parameters.ToArray().Select(double.CreateTruncating).ToArray());
        }

        /// <summary>Each value within rel of its size, or of the largest value of its kind (sums of terms of either sign).</summary>
        private static void Same((double[] Gradients, double[] Losses, double[] Parameters) want, (double[] Gradients, double[] Losses, double[] Parameters) got, double rel, string what)
        {
            foreach (var (kind, a, b) in new[] { ("gradient", want.Gradients, got.Gradients), ("step loss", want.Losses, got.Losses), ("parameter after steps", want.Parameters, got.Parameters) })
            {
                Assert.Equal(a.Length, b.Length);
                double scale = a.Max(Math.Abs);
                Assert.True(scale > 0, $"{what}: every {kind} is zero");
                for (int i = 0; i < a.Length; i++)
                {
                    Assert.True(Math.Abs(a[i] - b[i]) <= rel * (Math.Abs(a[i]) + scale), $"{what}: {kind} {i}: {a[i]:R} against {b[i]:R}");
                }
            }
        }

        /// <summary>(L(p + h) − L(p − h)) / 2h for the parameters checked; NaN for the others.</summary>
        internal static double[] CentralDifferences(INeuralNetwork<double> net, double[] inputs, double[] targets)
            => CentralDifferences(net, inputs, targets, ParametersToCheck(net.ParameterCount));

        /// <summary>(L(p + h) − L(p − h)) / 2h for the parameters at <paramref name="indices"/>; NaN for the others.</summary>
        internal static double[] CentralDifferences(INeuralNetwork<double> net, double[] inputs, double[] targets, IEnumerable<int> indices)
        {
            const double h = 1e-6;
            var numeric = Enumerable.Repeat(double.NaN, net.ParameterCount).ToArray();
            foreach (int i in indices)
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
