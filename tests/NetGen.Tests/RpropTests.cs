using System;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;
using static NetGen.Activation;

namespace NetGen.Tests
{
    /// <summary>
    /// [Rprop] against torch.optim.Rprop's rule written here in double: the generated TrainStep over many steps
    /// (sign changes, clamping at both bounds), and Optimizers.Rprop on hand-made gradients (zero gradients, flips,
    /// first-step initialisation, the checked update).
    /// </summary>
    public class RpropTests
    {
        private static readonly double[] Inputs = { 0.5, -1.2, 1.5, 0.3, -0.7, 2.0 };
        private static readonly double[] Targets = { 0.2, -0.4, 1.0, 0.5, -1.0, 0.3 };

        /// <summary>What the reference saw, so each test proves its case was exercised.</summary>
        private sealed class Events
        {
            public int Flips, Grows, ClampedMax, ClampedMin, ZeroGradients;
        }

        /// <summary>
        /// torch.optim.Rprop (1.13, single-tensor): state prev = 0 and step_size = lr at the first step;
        /// sign(g·prev) picks etaplus / etaminus / 1; step_size clamped; g = 0 where the sign flipped;
        /// p −= sign(g)·step_size; prev = g.
        /// </summary>
        private static void Reference(double[] p, double[] g, double[] prev, double[] stepSize, int step,
            double lr, double etaMinus, double etaPlus, double min, double max, Events events)
        {
            if (step == 1)
            {
                Array.Fill(prev, 0.0);
                Array.Fill(stepSize, lr);
            }

            for (int i = 0; i < p.Length; i++)
            {
                int sign = Math.Sign(g[i] * prev[i]);
                double grown = stepSize[i] * (sign > 0 ? etaPlus : sign < 0 ? etaMinus : 1.0);
                stepSize[i] = Math.Min(Math.Max(grown, min), max);
                events.Flips += sign < 0 ? 1 : 0;
                events.Grows += sign > 0 ? 1 : 0;
                events.ClampedMax += grown > max ? 1 : 0;
                events.ClampedMin += grown < min ? 1 : 0;
                events.ZeroGradients += g[i] == 0 ? 1 : 0;
                double used = sign < 0 ? 0 : g[i];
                p[i] -= Math.Sign(used) * stepSize[i];
                prev[i] = used;
            }
        }

        [Fact]
        public void TrainStep_follows_torch_rule_through_sign_changes_and_both_clamps()
        {
            // lr 0.3 overshoots, so gradients flip; etaminus 0.3 from 0.3 goes under the min 0.02 after two flips, and
            // etaplus 1.5 passes the max 0.5 after two growths.
            var events = Run(new OptRprop(), new OptRprop(), 25, 0.3, 0.3, 1.5, 0.02, 0.5);

            Assert.True(events.Flips > 0, "no sign change happened");
            Assert.True(events.Grows > 0, "no step size grew");
            Assert.True(events.ClampedMax > 0, "the max was never reached");
            Assert.True(events.ClampedMin > 0, "the min was never reached");
        }

        [Fact]
        public void TrainStep_with_torch_defaults_follows_the_reference()
        {
            var events = Run(new OptRpropDefault(), new OptRpropDefault(), 20, 0.01, 0.5, 1.2, 1e-6, 50);
            Assert.True(events.Grows > 0);
        }

        [Fact]
        public void ResetOptimizer_restarts_the_step_sizes_from_the_learning_rate()
        {
            var trained = new OptRprop();
            var fresh = new OptRprop();
            for (int i = 0; i < 4; i++)
            {
                trained.TrainStep(Inputs, Targets);
            }

            trained.Parameters.CopyTo(fresh.Parameters);
            trained.ResetOptimizer();
            Assert.Equal(0, trained.OptimizerStepCount);
            for (int i = 0; i < 3; i++)
            {
                trained.TrainStep(Inputs, Targets);
                fresh.TrainStep(Inputs, Targets);
            }

            Assert.Equal(fresh.Parameters.ToArray(), trained.Parameters.ToArray());
        }

        [Fact]
        public void Zero_gradients_keep_the_parameter_and_the_step_size()
        {
            double[] p = { 1.0, -2.0, 3.0, 0.5 };
            double[] prev = new double[4], stepSize = new double[4];
            double[] want = (double[])p.Clone();
            double[] wantPrev = new double[4], wantStep = new double[4];
            var events = new Events();
            double[][] gradients =
            {
                new[] { 0.0, 1.0, -1.0, 0.0 },
                new[] { 0.0, 2.0, 1.0, 3.0 },   // index 2 flips
                new[] { 5.0, 0.0, 1.0, 3.0 },   // index 2 after a flip: prev is 0, so no change of step size
                new[] { -5.0, -1.0, 0.0, -3.0 },
            };
            for (int step = 1; step <= gradients.Length; step++)
            {
                Reference(want, gradients[step - 1], wantPrev, wantStep, step, 0.1, 0.5, 1.2, 1e-6, 50, events);
                Optimizers.Rprop<double>(p, gradients[step - 1], prev, stepSize, step, 0.1, 0.5, 1.2, 1e-6, 50, checkFinite: true);
                Assert.Equal(want, p);
                Assert.Equal(wantPrev, prev);
                Assert.Equal(wantStep, stepSize);
            }

            Assert.True(events.ZeroGradients >= 4 && events.Flips >= 2);
            // By hand: index 0 moves once (step 3, by lr), then halves its step at the flip without moving; index 3
            // moves at steps 2 and 3 (by lr, then lr·1.2) and halves at the flip.
            Assert.Equal(1.0 - 0.1, p[0]);
            Assert.Equal(0.1 * 0.5, stepSize[0]);
            Assert.Equal(0.5 - 0.1 - (0.1 * 1.2), p[3]);
            Assert.Equal(0.1 * 1.2 * 0.5, stepSize[3]);
        }

        [Fact]
        public void The_first_step_ignores_the_buffers_and_starts_from_the_learning_rate()
        {
            double[] p = { 1.0, 1.0 };
            double[] prev = { -7.0, 7.0 }, stepSize = { 123.0, -4.0 };
            Optimizers.Rprop<double>(p, new[] { 2.0, 2.0 }, prev, stepSize, 1, 0.25, 0.5, 1.2, 1e-6, 50);

            Assert.Equal(new[] { 0.75, 0.75 }, p);
            Assert.Equal(new[] { 0.25, 0.25 }, stepSize);
            Assert.Equal(new[] { 2.0, 2.0 }, prev);
        }

        [Fact]
        public void Float_steps_match_the_reference()
        {
            var random = new Random(42);
            const int n = 37; // not a multiple of any vector width
            float[] p = new float[n], prev = new float[n], stepSize = new float[n];
            double[] want = new double[n], wantPrev = new double[n], wantStep = new double[n];
            for (int i = 0; i < n; i++)
            {
                p[i] = (float)(random.NextDouble() * 2 - 1);
                want[i] = p[i];
            }

            var events = new Events();
            for (int step = 1; step <= 30; step++)
            {
                float[] g = new float[n];
                for (int i = 0; i < n; i++)
                {
                    // The gradient of (p − c)², with exact zeros now and then.
                    g[i] = i % 7 == step % 7 ? 0f : 2 * (p[i] - 0.3f);
                }

                Reference(want, g.Select(v => (double)v).ToArray(), wantPrev, wantStep, step, 0.05, 0.5, 1.2, 1e-3, 0.1, events);
                Optimizers.Rprop<float>(p, g, prev, stepSize, step, 0.05, 0.5, 1.2, 1e-3, 0.1, checkFinite: true);
                Close.All(want, p, 1e-5, 1e-5, $"parameters after step {step}");
                Close.All(wantStep, stepSize, 1e-7, 1e-5, $"step sizes after step {step}");
            }

            Assert.True(events.Flips > 0 && events.ClampedMax > 0 && events.ZeroGradients > 0);
        }

        [Fact]
        public void A_non_finite_update_throws_and_writes_nothing()
        {
            float[] p = { 1f, float.MaxValue, 2f };
            float[] prev = { 0f, 0f, 0f }, stepSize = { 0f, 0f, 0f };
            float[] g = { 1f, -1f, 1f };
            // Step 1 with lr 1e38: MaxValue + 1e38 overflows.
            var e = Assert.Throws<NonFiniteValueException>(() => Optimizers.Rprop<float>(p, g, prev, stepSize, 1, 1e38, 0.5, 1.2, 0, 1e38, checkFinite: true));

            Assert.Contains("Rprop update of parameter 1", e.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { 1f, float.MaxValue, 2f }, p);
            Assert.Equal(new float[3], prev);
            Assert.Equal(new float[3], stepSize);

            // A NaN gradient is caught the same way.
            g[2] = float.NaN;
            g[1] = 0f;
            Assert.Throws<NonFiniteValueException>(() => Optimizers.Rprop<float>(p, g, prev, stepSize, 1, 0.1, 0.5, 1.2, 0, 1, checkFinite: true));
            Assert.Equal(new[] { 1f, float.MaxValue, 2f }, p);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(5)]
        public void Vector_and_scalar_paths_give_identical_bits(long step)
        {
            var random = new Random(7);
            const int n = 53; // several vectors and a tail at every width
            float[] g = new float[n], prev = new float[n], stepSize = new float[n], p = new float[n];
            for (int i = 0; i < n; i++)
            {
                p[i] = (float)(random.NextDouble() * 4 - 2);
                g[i] = i % 5 == 0 ? 0f : (float)(random.NextDouble() - 0.5);
                prev[i] = i % 7 == 0 ? 0f : (float)(random.NextDouble() - 0.5);
                stepSize[i] = (float)(random.NextDouble() * 0.3); // some grow past the max, some shrink under the min
            }

            g[3] = float.NaN;
            g[11] = float.PositiveInfinity;
            prev[12] = 0f;
            g[12] = float.NegativeInfinity; // ∞ · 0 is NaN: the NaN path of the rule

            float[][] scalar = { (float[])p.Clone(), (float[])prev.Clone(), (float[])stepSize.Clone() };
            float[][] vector = { (float[])p.Clone(), (float[])prev.Clone(), (float[])stepSize.Clone() };
            Optimizers.RpropCore<float>(scalar[0], g, scalar[1], scalar[2], step, 0.1, 0.4, 1.3, 0.01, 0.2, checkFinite: false, simd: false);
            Optimizers.RpropCore<float>(vector[0], g, vector[1], vector[2], step, 0.1, 0.4, 1.3, 0.01, 0.2, checkFinite: false, simd: true);

            for (int b = 0; b < 3; b++)
            {
                Assert.Equal(scalar[b].Select(BitConverter.SingleToInt32Bits), vector[b].Select(BitConverter.SingleToInt32Bits));
            }

            Assert.Contains(float.NaN, scalar[0]);
            Assert.NotEqual(p, scalar[0]);
        }

        [Fact]
        public void No_generated_member_is_named_like_Rprop_or_its_arguments()
        {
            // Attribute arguments are bound inside the class: a member named EtaPlus would break [Rprop(EtaPlus = ...)].
            string[] reserved = { "Rprop", "EtaMinus", "EtaPlus", "StepSizeMin", "StepSizeMax" };
            var names = typeof(OptRprop).GetMembers(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic
                | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly).Select(m => m.Name);
            Assert.Empty(names.Intersect(reserved));
        }

        [Fact]
        public void A_train_step_whose_update_overflows_throws_and_leaves_parameters_state_and_step()
        {
            // Output −3.3e18 against the target −1e19: the weight's gradient is positive, so the weight moves from −3.3e38
            // by −1e38 (the first step size) and would pass −float.MaxValue.
            var net = new OverflowingRprop();
            net.TrainStep(new[] { 0.5f }, new[] { 0.25f });
            net.Parameters[0] = -3.3e38f;
            net.Parameters[1] = 0f;
            float[] before = net.Parameters.ToArray();
            var state = new System.IO.MemoryStream();
            net.SaveCheckpoint(state);

            var error = Assert.Throws<NonFiniteValueException>(() => net.TrainStep(new[] { 1e-20f }, new[] { -1e19f }));

            Assert.Contains("Rprop update of parameter 0", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, net.Parameters.ToArray());
            Assert.Equal(1, net.OptimizerStepCount);
            var after = new System.IO.MemoryStream();
            net.SaveCheckpoint(after);
            Assert.Equal(state.ToArray(), after.ToArray());
        }

        [Fact]
        public void Train_step_allocates_nothing()
        {
            var net = new NetGen.Tests.Weights.ResumeRprop();
            float[] x = Enumerable.Range(0, 30).Select(i => (i / 10f) - 1).ToArray();
            float[] y = Enumerable.Range(0, 20).Select(i => MathF.Sin(i)).ToArray();
            long before = net.OptimizerStepCount;
            Assert.Equal(0, NetGen.Tests.Infrastructure.Allocations.Least(() => net.TrainStep(x, y)));
            Assert.True(net.OptimizerStepCount - before >= 1200, "every call took a step");
        }

        [Fact]
        public void Buffers_of_other_lengths_and_step_zero_are_refused()
        {
            Assert.Throws<ArgumentException>(() => Optimizers.Rprop<double>(new double[3], new double[3], new double[2], new double[3], 1, 0.1, 0.5, 1.2, 0, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => Optimizers.Rprop<double>(new double[3], new double[3], new double[3], new double[3], 0, 0.1, 0.5, 1.2, 0, 1));
        }

        private static Events Run(INeuralNetwork<double> net, INeuralNetwork<double> probe, int steps, double lr, double etaMinus, double etaPlus, double min, double max)
        {
            var expected = net.Parameters.ToArray();
            var prev = new double[expected.Length];
            var stepSize = new double[expected.Length];
            var events = new Events();
            for (int step = 1; step <= steps; step++)
            {
                expected.AsSpan().CopyTo(probe.Parameters);
                probe.ComputeGradients(Inputs, Targets);
                Reference(expected, probe.Gradients.ToArray(), prev, stepSize, step, lr, etaMinus, etaPlus, min, max, events);
                net.TrainStep(Inputs, Targets);
                Close.All(expected, net.Parameters.ToArray(), 1e-12, 1e-9, $"parameters after step {step}");
            }

            return events;
        }
    }
}

namespace NetGen.Tests.Networks
{
    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(2)]
    [Dense(3), Activation(Tanh)]
    [Dense(2)]
    [Rprop(LearningRate = 0.3, EtaMinus = 0.3, EtaPlus = 1.5, StepSizeMin = 0.02, StepSizeMax = 0.5)]
    public partial class OptRprop { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(2)]
    [Dense(3), Activation(Tanh)]
    [Dense(2)]
    [Rprop]
    public partial class OptRpropDefault { }

    [Network(Seed = 3)]
    [Input(1)]
    [Dense(1)]
    [Rprop(LearningRate = 1e38, StepSizeMax = 1e38)]
    public partial class OverflowingRprop { }
}
