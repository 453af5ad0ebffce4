using System;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Two optimizer steps of each generated TrainStep against textbook torch.optim formulas written here,
    /// fed with the gradients the network computes at the reference's own parameters.
    /// </summary>
    public class OptimizerTests
    {
        private static readonly double[] Inputs = { 0.5, -1.2, 1.5, 0.3, -0.7, 2.0 };
        private static readonly double[] Targets = { 0.2, -0.4, 1.0, 0.5, -1.0, 0.3 };

        [Fact]
        public void Adam_with_L2_weight_decay_matches_reference() =>
            Check(new OptAdam(), new OptAdam(), (p, g, state, t) => AdamReference(p, g, state, t, 0.05, 0.8, 0.95, 1e-6, 0.1, decoupled: false));

        [Fact]
        public void AdamW_matches_reference() =>
            Check(new OptAdamW(), new OptAdamW(), (p, g, state, t) => AdamReference(p, g, state, t, 0.05, 0.85, 0.999, 1e-8, 0.2, decoupled: true));

        [Fact]
        public void Sgd_with_nesterov_and_weight_decay_matches_reference() =>
            Check(new OptSgdNesterov(), new OptSgdNesterov(), (p, g, state, t) => SgdReference(p, g, state, t, 0.1, 0.9, 0, nesterov: true, 0.05));

        [Fact]
        public void Sgd_with_momentum_and_dampening_matches_reference() =>
            Check(new OptSgdMomentum(), new OptSgdMomentum(), (p, g, state, t) => SgdReference(p, g, state, t, 0.1, 0.9, 0.3, nesterov: false, 0));

        [Fact]
        public void ResetOptimizer_restarts_from_a_fresh_state()
        {
            var trained = new OptAdam();
            var fresh = new OptAdam();
            trained.TrainStep(Inputs, Targets);
            trained.TrainStep(Inputs, Targets);
            trained.Parameters.CopyTo(fresh.Parameters);

            trained.ResetOptimizer();
            Assert.Equal(0, trained.OptimizerStepCount);
            trained.TrainStep(Inputs, Targets);
            fresh.TrainStep(Inputs, Targets);
            Assert.Equal(fresh.Parameters.ToArray(), trained.Parameters.ToArray());
        }

        private delegate void Update(double[] parameters, double[] gradients, double[][] state, int step);

        private static void Check(INeuralNetwork<double> net, INeuralNetwork<double> probe, Update reference)
        {
            var expected = net.Parameters.ToArray();
            var state = new[] { new double[expected.Length], new double[expected.Length] };
            for (int step = 1; step <= 2; step++)
            {
                expected.AsSpan().CopyTo(probe.Parameters);
                probe.ComputeGradients(Inputs, Targets);
                reference(expected, probe.Gradients.ToArray(), state, step);
                net.TrainStep(Inputs, Targets);
                Close.All(expected, net.Parameters.ToArray(), 1e-12, 1e-6, $"parameters after step {step}");
            }

            Assert.NotEqual(probe.Parameters.ToArray(), net.Parameters.ToArray()); // the steps moved something
        }

        /// <summary>torch.optim.Adam / AdamW, straight from the documentation's pseudo-code.</summary>
        private static void AdamReference(double[] p, double[] g, double[][] state, int t, double lr, double beta1, double beta2, double eps, double weightDecay, bool decoupled)
        {
            double[] m = state[0], v = state[1];
            for (int i = 0; i < p.Length; i++)
            {
                double grad = g[i];
                if (decoupled)
                {
                    p[i] -= lr * weightDecay * p[i];
                }
                else
                {
                    grad += weightDecay * p[i];
                }

                m[i] = beta1 * m[i] + (1 - beta1) * grad;
                v[i] = beta2 * v[i] + (1 - beta2) * grad * grad;
                double mHat = m[i] / (1 - Math.Pow(beta1, t));
                double vHat = v[i] / (1 - Math.Pow(beta2, t));
                p[i] -= lr * mHat / (Math.Sqrt(vHat) + eps);
            }
        }

        /// <summary>torch.optim.SGD, straight from the documentation's pseudo-code.</summary>
        private static void SgdReference(double[] p, double[] g, double[][] state, int t, double lr, double momentum, double dampening, bool nesterov, double weightDecay)
        {
            double[] b = state[0];
            for (int i = 0; i < p.Length; i++)
            {
                double grad = g[i] + weightDecay * p[i];
                b[i] = t == 1 ? grad : momentum * b[i] + (1 - dampening) * grad;
                grad = nesterov ? grad + momentum * b[i] : b[i];
                p[i] -= lr * grad;
            }
        }
    }
}
