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
            // A stable seed per case: string.GetHashCode is randomised per process, so it tested other inputs each run.
            var random = new DeterministicRandom(StableSeed(key));
            for (int i = 0; i < net.ParameterCount; i++)
            {
                net.Parameters[i] = (float)random.NextNormal(0, 0.5);
            }

            var parameters = Close.ToDouble(net.Parameters.ToArray());
            var input = new float[net.InputSize];
            var output = new float[net.OutputSize];
            for (int trial = 0; trial < 50; trial++)
            {
                for (int i = 0; i < input.Length; i++)
                {
                    input[i] = (float)random.NextNormal(0, 3);
                }

                net.Predict(input, output);
                var (want, bound) = ReferenceWithErrorBound(c.Sizes, c.Activations, parameters, Close.ToDouble(input), FloatUnitRoundoff);
                AssertWithinBound(want, bound, Close.ToDouble(output), $"{key} trial {trial}");
            }
        }

        private static void AssertWithinBound(double[] want, double[] bound, IReadOnlyList<double> got, string what)
        {
            for (int j = 0; j < want.Length; j++)
            {
                Assert.True(
                    Math.Abs(got[j] - want[j]) <= bound[j],
                    $"{what} output {j}: want {want[j]:R}, got {got[j]:R}, |diff| {Math.Abs(got[j] - want[j]):E3} > bound {bound[j]:E3}");
            }
        }

        /// <summary>FNV-1a over the UTF-16 code units: the same seed for the same key in every process.</summary>
        private static int StableSeed(string key)
        {
            uint hash = 2166136261;
            foreach (char ch in key)
            {
                hash = (hash ^ ch) * 16777619;
            }

            return (int)(hash & 0xffff);
        }

        private const double FloatUnitRoundoff = 1.0 / (1 << 24);
        private const double DoubleUnitRoundoff = 1.0 / (1L << 53);

        /// <summary>
        /// The forward pass in double, with a bound on what arithmetic of unit roundoff u may differ from it. The float
        /// network sums each unit's products in its own order (vectorised or unrolled), so a fixed relative tolerance
        /// only holds for lucky inputs: under cancellation a correct float result can be off by more than 1e-6 of
        /// itself. The standard summation bound is |error of z| ≤ (n + 2)·u·Σ|w·x| + Σ|w|·|error of x|,
        /// and an activation with slope at most L adds L·|error of z| plus its own few ulps. The bound is doubled,
        /// since the float activations are accurate to a few ulps rather than exactly rounded.
        /// </summary>
        private static (double[] Values, double[] Bounds) ReferenceWithErrorBound(int[] sizes, string[] activations, double[] p, double[] x, double u)
        {
            var error = new double[x.Length];
            int offset = 0;
            for (int layer = 0; layer < activations.Length; layer++)
            {
                int fanIn = sizes[layer], fanOut = sizes[layer + 1];
                var z = new double[fanOut];
                var zError = new double[fanOut];
                for (int j = 0; j < fanOut; j++)
                {
                    double sum = 0, magnitude = 0, propagated = 0;
                    for (int i = 0; i < fanIn; i++)
                    {
                        double w = p[offset + j * fanIn + i];
                        sum += w * x[i];
                        magnitude += Math.Abs(w * x[i]);
                        propagated += Math.Abs(w) * error[i];
                    }

                    double b = p[offset + fanIn * fanOut + j];
                    z[j] = sum + b;
                    zError[j] = (fanIn + 2) * u * (magnitude + Math.Abs(b)) + propagated;
                }

                offset += (fanIn + 1) * fanOut;
                string name = activations[layer];
                x = name == "Softmax" ? Softmax(z) : z.Select(v => Activate(name, v)).ToArray();
                double slope = MaxSlope(name);
                double spread = name == "Softmax" ? zError.Max() : 0;
                error = new double[fanOut];
                for (int j = 0; j < fanOut; j++)
                {
                    // Softmax moves with the differences of its inputs: each output by at most 2·max|error of z|.
                    double fromInput = name == "Softmax" ? 2 * spread : slope * zError[j];
                    error[j] = 2 * (fromInput + 8 * u * (Math.Abs(x[j]) + slope * Math.Abs(z[j]))) + 1e-30;
                }
            }

            return (x, error);
        }

        /// <summary>The largest |f'(z)| of each activation (PyTorch's constants; LeakyRelu 0.1 and Elu α 1 in the reference).</summary>
        private static double MaxSlope(string name) => name switch
        {
            "Identity" or "Relu" or "LeakyRelu" or "Relu6" or "Tanh" or "Softplus" or "Elu" => 1,
            "Sigmoid" => 0.25,
            "Selu" => 1.0507009873554805 * 1.6732632423543772,
            "Gelu" or "GeluTanh" => 1.13,
            "Silu" => 1.1,
            "Mish" => 1.1,
            "Softmax" => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };

        /// <summary>The reference's own erf and erfc against tabulated values (C's libm through Python's math module).</summary>
        [Theory]
        [InlineData(0.1, 0.1124629160182849, false)]
        [InlineData(0.5, 0.5204998778130465, false)]
        [InlineData(1.0, 0.8427007929497149, false)]
        [InlineData(1.5, 0.9661051464753108, false)]
        [InlineData(2.0, 0.9953222650189527, false)]
        [InlineData(2.0, 0.004677734981047265, true)]
        [InlineData(2.5, 0.0004069520174449589, true)]
        [InlineData(3.0, 2.2090496998585438e-05, true)]
        [InlineData(5.0, 1.5374597944280351e-12, true)]
        [InlineData(10.0, 2.088487583762545e-45, true)]
        [InlineData(26.0, 5.663192408856143e-296, true)]
        public void Reference_erf_and_erfc_match_tabulated_values(double a, double want, bool complement)
        {
            double got = complement ? ErfcContinuedFraction(a) : ErfSeries(a);
            // e^(−a²) turns the rounding of a² into a relative error of about a²·u.
            double limit = (8 + 2 * a * a) * DoubleUnitRoundoff * want;
            Assert.True(Math.Abs(got - want) <= limit, $"{(complement ? "erfc" : "erf")}({a}) = {got:R}, want {want:R}");
            Assert.Equal(0.5 * (1 - (complement ? 1 - want : want)), NormalCdf(-a * Math.Sqrt(2)), 1e-15);
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
                // The reference runs in double too, so its own rounding adds one more bound of the same size.
                var (want, bound) = ReferenceWithErrorBound(c.Sizes, c.Activations, net.Parameters.ToArray(), input, 2 * DoubleUnitRoundoff);
                AssertWithinBound(want, bound, output, $"{key} trial {trial}");
            }
        }

        /// <summary>The activation by name, from its textbook formula (also the reference for ActivationTraitsTests).</summary>
        internal static T Activate<T>(string name, T x) where T : System.Numerics.IFloatingPointIeee754<T>
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
                "Gelu" => x * C(NormalCdf(double.CreateTruncating(x))),
                "GeluTanh" => C(0.5) * x * (T.One + T.Tanh(C(Math.Sqrt(2 / Math.PI)) * (x + C(0.044715) * x * x * x))),
                "Silu" => x / (T.One + T.Exp(-x)),
                "Mish" => x * T.Tanh(T.Log(T.One + T.Exp(x))),
                _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
            };
        }

        /// <summary>
        /// Φ(x) = erfc(−x/√2) / 2, the exact GELU's gate, written here independently of NetGen's SpecialFunctions:
        /// erf's series of positive terms for |t| ≤ 2 and erfc's continued fraction beyond, each accurate to a few ulps.
        /// </summary>
        internal static double NormalCdf(double x)
        {
            if (double.IsNaN(x))
            {
                return double.NaN;
            }

            double t = x / Math.Sqrt(2);
            double a = Math.Abs(t);
            if (a <= 2)
            {
                // 1 − erf(a) for t < 0 cancels at most 1 − erf(2) ≈ 0.005: about two decimal digits.
                double erf = ErfSeries(a);
                return t >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
            }

            double erfc = ErfcContinuedFraction(a);
            return t >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
        }

        /// <summary>erf(a) = (2/√π)·e^(−a²)·Σ 2ⁿ·a^(2n+1) / (1·3·…·(2n+1)): every term positive, so no cancellation.</summary>
        internal static double ErfSeries(double a)
        {
            double term = a, sum = a;
            for (int n = 1; n < 200 && term > 1e-17 * sum; n++)
            {
                term *= 2 * a * a / (2 * n + 1);
                sum += term;
            }

            return 2 / Math.Sqrt(Math.PI) * Math.Exp(-a * a) * sum;
        }

        /// <summary>
        /// erfc(a) = e^(−a²)/√π · 1/(a + (1/2)/(a + 1/(a + (3/2)/(a + …)))) for a > 0, evaluated by the modified Lentz method.
        /// </summary>
        internal static double ErfcContinuedFraction(double a)
        {
            const double tiny = 1e-300;
            double f = a, c = a, d = 0;
            for (int k = 1; k < 500; k++)
            {
                double numerator = k / 2.0;
                d = a + numerator * d;
                d = d == 0 ? tiny : 1 / d;
                c = a + numerator / c;
                c = c == 0 ? tiny : c;
                double delta = c * d;
                f *= delta;
                if (Math.Abs(delta - 1) < 1e-17)
                {
                    break;
                }
            }

            return Math.Exp(-a * a) / Math.Sqrt(Math.PI) / f;
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
