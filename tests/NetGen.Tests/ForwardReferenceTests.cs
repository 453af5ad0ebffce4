using System;
using System.Collections.Generic;
using System.Linq;
using NetGen.Tests.Infrastructure;
using NetGen.Tests.Networks;

namespace NetGen.Tests
{
    /// <summary>
    /// Predict against a straightforward forward pass written here, with its own activation formulas, for every
    /// activation, on random parameters and inputs.
    /// </summary>
    public class ForwardReferenceTests
    {
        public static IEnumerable<object[]> Cases => PyTorchReference.Keys("forward");

        [Theory]
        [MemberData(nameof(Cases))]
        public void Float_predict_matches_reference_forward(string key)
        {
            var c = PyTorchReference.Get(key);
            var net = ReferenceNetworks.Single[key]();
            var random = new DeterministicRandom(key.GetHashCode(StringComparison.Ordinal) & 0xffff);
            for (int i = 0; i < net.ParameterCount; i++)
            {
                net.Parameters[i] = (float)random.NextNormal(0, 0.5);
            }

            var parameters = net.Parameters.ToArray();
            var input = new float[net.InputSize];
            var output = new float[net.OutputSize];
            for (int trial = 0; trial < 50; trial++)
            {
                for (int i = 0; i < input.Length; i++)
                {
                    input[i] = (float)random.NextNormal(0, 3);
                }

                net.Predict(input, output);
                var want = Reference(c.Sizes, c.Activations, parameters, input);
                Close.All(Close.ToDouble(want), output, 1e-6, 1e-6, $"{key} trial {trial}");
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Double_predict_matches_reference_forward(string key)
        {
            var c = PyTorchReference.Get(key);
            var net = ReferenceNetworks.Double[key]();
            var random = new DeterministicRandom(17);
            var input = new double[net.InputSize];
            var output = new double[net.OutputSize];
            for (int trial = 0; trial < 50; trial++)
            {
                for (int i = 0; i < input.Length; i++)
                {
                    input[i] = random.NextNormal(0, 3);
                }

                net.Predict(input, output);
                Close.All(Reference(c.Sizes, c.Activations, net.Parameters.ToArray(), input), output, 1e-12, 1e-12, $"{key} trial {trial}");
            }
        }

        /// <summary>
        /// y = act(W·x + b) layer by layer, W row-major [out, in] followed by b, computed in T so that a float
        /// network is compared with float arithmetic.
        /// </summary>
        private static T[] Reference<T>(int[] sizes, string[] activations, T[] p, T[] x) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            int offset = 0;
            for (int layer = 0; layer < activations.Length; layer++)
            {
                int fanIn = sizes[layer], fanOut = sizes[layer + 1];
                var z = new T[fanOut];
                for (int j = 0; j < fanOut; j++)
                {
                    T sum = T.Zero;
                    for (int i = 0; i < fanIn; i++)
                    {
                        sum += p[offset + j * fanIn + i] * x[i];
                    }

                    z[j] = sum + p[offset + fanIn * fanOut + j];
                }

                offset += (fanIn + 1) * fanOut;
                x = activations[layer] == "Softmax" ? Softmax(z) : z.Select(v => Activate(activations[layer], v)).ToArray();
            }

            return x;
        }

        private static T Activate<T>(string name, T x) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            T C(double v) => T.CreateTruncating(v);
            return name switch
            {
                "Identity" => x,
                "Relu" => T.Max(T.Zero, x),
                "LeakyRelu" => x >= T.Zero ? x : C(0.1) * x,
                "Relu6" => T.Min(C(6), T.Max(T.Zero, x)),
                "Sigmoid" => T.One / (T.One + T.Exp(-x)),
                "Tanh" => T.Tanh(x),
                "Softplus" => x > C(20) ? x : T.Log(T.One + T.Exp(x)),
                "Elu" => x > T.Zero ? x : T.Exp(x) - T.One,
                "Selu" => C(1.0507009873554805) * (x > T.Zero ? x : C(1.6732632423543772) * (T.Exp(x) - T.One)),
                "Gelu" => C(0.5) * x * (T.One + T.Tanh(C(Math.Sqrt(2 / Math.PI)) * (x + C(0.044715) * x * x * x))),
                "Silu" => x / (T.One + T.Exp(-x)),
                "Mish" => x * T.Tanh(T.Log(T.One + T.Exp(x))),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
        }

        private static T[] Softmax<T>(T[] z) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            T max = z.Max()!;
            var e = z.Select(v => T.Exp(v - max)).ToArray();
            T sum = e.Aggregate(T.Zero, (a, b) => a + b);
            return e.Select(v => v / sum).ToArray();
        }
    }
}
