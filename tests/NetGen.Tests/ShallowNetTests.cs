using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using NetGen.Runtime;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// NetGen.Runtime.ShallowNet, the 1→H→1 kernels, on both paths (SIMD and scalar) against plain loops written here, and
    /// the generated nets that call it against central differences of their own (unrolled) loss.
    /// </summary>
    public class ShallowNetTests
    {
        public static TheoryData<string, int, int, bool> Cases()
        {
            var data = new TheoryData<string, int, int, bool>();
            foreach (bool simd in new[] { true, false })
            {
                foreach (string activation in new[] { "Identity", "Relu", "Sigmoid", "Tanh", "Softplus" })
                {
                    foreach (var (hidden, rows) in new[] { (1, 1), (8, 20), (13, 33), (37, 70), (70, 5) })
                    {
                        data.Add(activation, hidden, rows, simd);
                    }
                }
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Double_kernels_match_plain_loops(string activation, int hidden, int rows, bool simd)
        {
            var (p, x, t) = Data(hidden, rows, seed: hidden + rows);
            var g = new double[p.Length];
            double loss = SquaredErrorGradients(activation, p, hidden, x, t, 1.0 / rows, g, simd);
            var (wantLoss, wantGradients) = Reference(activation, p, hidden, x, t, 1.0 / rows);

            Assert.Equal(wantLoss, loss, 1e-12 * Math.Max(1, Math.Abs(wantLoss)));
            for (int i = 0; i < g.Length; i++)
            {
                Assert.True(Math.Abs(g[i] - wantGradients[i]) <= 1e-12 + 1e-10 * Math.Abs(wantGradients[i]), $"gradient {i}: {g[i]:R} vs {wantGradients[i]:R}");
            }

            for (int r = 0; r < rows; r++)
            {
                double want = Forward(activation, p, hidden, x[r], out _, out _);
                double got = Predict(activation, p, hidden, x[r], simd);
                Assert.True(Math.Abs(got - want) <= 1e-12 * Math.Max(1, Math.Abs(want)), $"row {r}: {got:R} vs {want:R}");
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Float_kernels_match_plain_loops_in_double(string activation, int hidden, int rows, bool simd)
        {
            var (p, x, t) = Data(hidden, rows, seed: hidden + rows);
            var pf = p.Select(v => (float)v).ToArray();
            var xf = x.Select(v => (float)v).ToArray();
            var tf = t.Select(v => (float)v).ToArray();
            var g = new float[p.Length];
            float loss = SquaredErrorGradientsFloat(activation, pf, hidden, xf, tf, 1f / rows, g, simd);
            var (wantLoss, wantGradients) = Reference(activation, pf.Select(v => (double)v).ToArray(), hidden, xf.Select(v => (double)v).ToArray(), tf.Select(v => (double)v).ToArray(), 1.0 / rows);

            Assert.True(Math.Abs(loss - wantLoss) <= 1e-4 * Math.Max(1, wantLoss), $"loss {loss} vs {wantLoss}");
            double largest = wantGradients.Max(Math.Abs);
            for (int i = 0; i < g.Length; i++)
            {
                Assert.True(Math.Abs(g[i] - wantGradients[i]) <= 1e-4 * Math.Max(1, largest), $"gradient {i}: {g[i]} vs {wantGradients[i]}");
            }
        }

        [Fact]
        public void Kernels_reject_short_spans()
        {
            var p = new double[3 * 8];
            Assert.Throws<ArgumentException>(() => ShallowNet.Predict<double, LaneActivations.Relu<double>>(p, 8, 1.0));
            Assert.Throws<ArgumentException>(() => ShallowNet.SquaredErrorGradients<double, LaneActivations.Relu<double>>(new double[25], 8, new double[2], new double[3], 0.5, new double[25]));
            Assert.Throws<ArgumentException>(() => ShallowNet.SquaredErrorGradients<double, LaneActivations.Relu<double>>(new double[25], 8, new double[2], new double[2], 0.5, new double[24]));
        }

        public static IEnumerable<object[]> Networks() => ShallowNets.Keys.Select(k => new object[] { k });

        private static readonly Dictionary<string, Func<INeuralNetwork<double>>> ShallowNets = new()
        {
            ["Relu37"] = () => new ShallowRelu37(),
            ["Tanh13"] = () => new ShallowTanh13(),
            ["Sigmoid8"] = () => new ShallowSigmoid8(),
            ["Softplus37"] = () => new ShallowSoftplus37(),
            ["Identity16"] = () => new ShallowIdentity16(),
        };

        /// <summary>70 rows: three of the kernel's 32-row blocks, the last one partial.</summary>
        [Theory]
        [MemberData(nameof(Networks))]
        public void Generated_gradients_match_central_differences(string name)
        {
            var net = ShallowNets[name]();
            var (inputs, targets) = GradientCheckTests.Batch<double>(1, 1, Loss.MeanSquaredError, rows: 70, seed: 3);
            var random = new DeterministicRandom(11);
            for (int i = 0; i < net.ParameterCount; i++)
            {
                net.Parameters[i] = random.NextNormal(0, 0.7);
            }

            double loss = net.ComputeGradients(inputs, targets);
            Assert.Equal(net.EvaluateLoss(inputs, targets), loss, 1e-12);
            var analytic = net.Gradients.ToArray();
            const double h = 1e-6;
            for (int i = 0; i < net.ParameterCount; i++)
            {
                double saved = net.Parameters[i];
                net.Parameters[i] = saved + h;
                double plus = net.EvaluateLoss(inputs, targets);
                net.Parameters[i] = saved - h;
                double minus = net.EvaluateLoss(inputs, targets);
                net.Parameters[i] = saved;
                double numeric = (plus - minus) / (2 * h);
                double limit = 1e-6 * Math.Max(Math.Abs(numeric), Math.Abs(analytic[i])) + 1e-8;
                Assert.True(Math.Abs(analytic[i] - numeric) <= limit, $"{name}: parameter {i}: analytic {analytic[i]:R}, numeric {numeric:R}");
            }

            Assert.Contains(analytic, g => Math.Abs(g) > 1e-6);
        }

        /// <summary>Predict(x), Predict(span) and PredictBatch run the kernel; EvaluateLoss runs the unrolled forward.</summary>
        [Fact]
        public void Generated_inference_agrees_with_the_unrolled_forward()
        {
            var net = new ShallowTanh37Float();
            var inputs = Enumerable.Range(0, 25).Select(i => -3f + 0.25f * i).ToArray();
            var outputs = new float[inputs.Length];
            net.PredictBatch(inputs, outputs);
            var one = new float[1];
            for (int r = 0; r < inputs.Length; r++)
            {
                net.Predict(inputs.AsSpan(r, 1), one);
                Assert.Equal(outputs[r], one[0]);
                Assert.Equal(outputs[r], net.Predict(inputs[r]));

                // The unrolled forward, seen through a one-row loss against target 0: y².
                float unrolled = MathF.Sqrt(net.EvaluateLoss(inputs.AsSpan(r, 1), new float[1]));
                Assert.True(Math.Abs(Math.Abs(outputs[r]) - unrolled) <= 1e-5f * Math.Max(1, unrolled), $"row {r}: {outputs[r]} vs ±{unrolled}");
            }
        }

        private static (double[] P, double[] X, double[] T) Data(int hidden, int rows, int seed)
        {
            var random = new DeterministicRandom(seed);
            var p = Enumerable.Range(0, 3 * hidden + 1).Select(_ => random.NextNormal(0, 0.8)).ToArray();
            var x = Enumerable.Range(0, rows).Select(_ => random.NextNormal(0, 1.5)).ToArray();
            var t = Enumerable.Range(0, rows).Select(_ => random.NextNormal(0, 1)).ToArray();
            return (p, x, t);
        }

        /// <summary>y = b2 + Σ w2_j f(w1_j x + b1_j), keeping each unit's z and f(z).</summary>
        private static double Forward(string activation, double[] p, int hidden, double x, out double[] z, out double[] h)
        {
            z = new double[hidden];
            h = new double[hidden];
            double y = p[3 * hidden];
            for (int j = 0; j < hidden; j++)
            {
                z[j] = p[j] * x + p[hidden + j];
                h[j] = F(activation, z[j]);
                y += p[2 * hidden + j] * h[j];
            }

            return y;
        }

        /// <summary>Σ (y − t)² and the gradient of scale·Σ (y − t)², by the chain rule written out.</summary>
        private static (double Loss, double[] Gradients) Reference(string activation, double[] p, int hidden, double[] x, double[] t, double scale)
        {
            var g = new double[p.Length];
            double loss = 0;
            for (int r = 0; r < x.Length; r++)
            {
                double y = Forward(activation, p, hidden, x[r], out var z, out var h);
                loss += (y - t[r]) * (y - t[r]);
                double dy = 2 * scale * (y - t[r]);
                g[3 * hidden] += dy;
                for (int j = 0; j < hidden; j++)
                {
                    g[2 * hidden + j] += dy * h[j];
                    double dz = dy * p[2 * hidden + j] * FPrime(activation, z[j]);
                    g[hidden + j] += dz;
                    g[j] += dz * x[r];
                }
            }

            return (loss, g);
        }

        private static double F(string activation, double z) => activation switch
        {
            "Identity" => z,
            "Relu" => Math.Max(z, 0),
            "Sigmoid" => 1 / (1 + Math.Exp(-z)),
            "Tanh" => Math.Tanh(z),
            _ => Math.Log(1 + Math.Exp(z)),
        };

        private static double FPrime(string activation, double z) => activation switch
        {
            "Identity" => 1,
            "Relu" => z > 0 ? 1 : 0,
            "Sigmoid" => F("Sigmoid", z) * (1 - F("Sigmoid", z)),
            "Tanh" => 1 - Math.Tanh(z) * Math.Tanh(z),
            _ => 1 / (1 + Math.Exp(-z)),
        };

        private static double SquaredErrorGradients(string activation, double[] p, int hidden, double[] x, double[] t, double scale, double[] g, bool simd) => activation switch
        {
            "Identity" => ShallowNet.SquaredErrorGradients<double, LaneActivations.Identity<double>>(p, hidden, x, t, scale, g, simd),
            "Relu" => ShallowNet.SquaredErrorGradients<double, LaneActivations.Relu<double>>(p, hidden, x, t, scale, g, simd),
            "Sigmoid" => ShallowNet.SquaredErrorGradients<double, LaneActivations.Sigmoid<double>>(p, hidden, x, t, scale, g, simd),
            "Tanh" => ShallowNet.SquaredErrorGradients<double, LaneActivations.Tanh<double>>(p, hidden, x, t, scale, g, simd),
            _ => ShallowNet.SquaredErrorGradients<double, LaneActivations.Softplus<double>>(p, hidden, x, t, scale, g, simd),
        };

        private static float SquaredErrorGradientsFloat(string activation, float[] p, int hidden, float[] x, float[] t, float scale, float[] g, bool simd) => activation switch
        {
            "Identity" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Identity<float>>(p, hidden, x, t, scale, g, simd),
            "Relu" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Relu<float>>(p, hidden, x, t, scale, g, simd),
            "Sigmoid" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Sigmoid<float>>(p, hidden, x, t, scale, g, simd),
            "Tanh" => ShallowNet.SquaredErrorGradients<float, LaneActivations.Tanh<float>>(p, hidden, x, t, scale, g, simd),
            _ => ShallowNet.SquaredErrorGradients<float, LaneActivations.Softplus<float>>(p, hidden, x, t, scale, g, simd),
        };

        private static double Predict(string activation, double[] p, int hidden, double x, bool simd) => activation switch
        {
            "Identity" => ShallowNet.Predict<double, LaneActivations.Identity<double>>(p, hidden, x, simd),
            "Relu" => ShallowNet.Predict<double, LaneActivations.Relu<double>>(p, hidden, x, simd),
            "Sigmoid" => ShallowNet.Predict<double, LaneActivations.Sigmoid<double>>(p, hidden, x, simd),
            "Tanh" => ShallowNet.Predict<double, LaneActivations.Tanh<double>>(p, hidden, x, simd),
            _ => ShallowNet.Predict<double, LaneActivations.Softplus<double>>(p, hidden, x, simd),
        };
    }
}
