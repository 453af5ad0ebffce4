using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.Intrinsics;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;

namespace NetGen.Tests
{
    /// <summary>
    /// The 512-bit lane activations and loss (the wide row-vectorised training path): the exp-based ones must give
    /// exactly the Vector&lt;T&gt; results (within a few ulps where Vector&lt;T&gt; cannot fuse: WidthFacts), which
    /// VectorActivationTests checks against the scalar formulas; the simple ones exactly the scalar formulas, on both
    /// SIMD settings.
    /// </summary>
    public class VectorActivation512Tests
    {
        public static TheoryData<string, bool> Cases() => VectorActivationTests.Cases();

        [Theory]
        [MemberData(nameof(Cases))]
        public void Float_512_bit_lanes_are_the_vector_lanes(string name, bool simd)
        {
            var inputs = Inputs();
            var (wide, narrow) = Float(name, simd);
            var lanes = new float[Vector512<float>.Count];
            for (int start = 0; start < inputs.Count; start += lanes.Length)
            {
                for (int i = 0; i < lanes.Length; i++)
                {
                    lanes[i] = inputs[Math.Min(start + i, inputs.Count - 1)];
                }

                Vector512<float> result = wide(Vector512.Create<float>(lanes));
                for (int part = 0; part < lanes.Length; part += Vector<float>.Count)
                {
                    Vector<float> expected = narrow(new Vector<float>(lanes, part));
                    for (int i = 0; i < Vector<float>.Count; i++)
                    {
                        if (simd)
                        {
                            WidthFacts.AssertWideMatchesVector(expected[i], result[part + i], $"{name}({lanes[part + i]:R})");
                        }
                        else
                        {
                            Assert.Equal(BitConverter.SingleToInt32Bits(expected[i]), BitConverter.SingleToInt32Bits(result[part + i]));
                        }
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Double_512_bit_lanes_are_the_scalar_formula(string name, bool simd)
        {
            var inputs = Inputs();
            var (wide, scalar) = Double(name, simd);
            var lanes = new double[Vector512<double>.Count];
            for (int start = 0; start < inputs.Count; start += lanes.Length)
            {
                for (int i = 0; i < lanes.Length; i++)
                {
                    lanes[i] = inputs[Math.Min(start + i, inputs.Count - 1)];
                }

                Vector512<double> result = wide(Vector512.Create<double>(lanes));
                for (int i = 0; i < lanes.Length; i++)
                {
                    Assert.Equal(BitConverter.DoubleToInt64Bits(scalar(lanes[i])), BitConverter.DoubleToInt64Bits(result[i]));
                }
            }
        }

        [Fact]
        public void Relu_and_output_derivatives_on_512_bit_lanes_are_the_scalar_formulas()
        {
            var inputs = Inputs();
            var lanes = new float[Vector512<float>.Count];
            for (int start = 0; start < inputs.Count; start += lanes.Length)
            {
                for (int i = 0; i < lanes.Length; i++)
                {
                    lanes[i] = inputs[Math.Min(start + i, inputs.Count - 1)];
                }

                var x = Vector512.Create<float>(lanes);
                var relu = VectorActivations.Relu(x);
                var reluDerivative = VectorActivations.ReluDerivativeFromOutput(x);
                var sigmoidDerivative = VectorActivations.SigmoidDerivativeFromOutput(x);
                var tanhDerivative = VectorActivations.TanhDerivativeFromOutput(x);
                for (int i = 0; i < lanes.Length; i++)
                {
                    float v = lanes[i];
                    AssertSame(Activations.Relu(v), relu[i]);
                    AssertSame(Activations.ReluDerivativeFromOutput(v), reluDerivative[i]);
                    AssertSame(Activations.SigmoidDerivativeFromOutput(v), sigmoidDerivative[i]);
                    AssertSame(Activations.TanhDerivativeFromOutput(v), tanhDerivative[i]);
                }
            }
        }

        [Fact]
        public void Squared_error_on_512_bit_lanes_is_the_row_formula_with_padding_masked_out()
        {
            var random = new DeterministicRandom(3);
            var y = new double[8];
            var t = new double[8];
            var mask = new double[8];
            for (int i = 0; i < 8; i++)
            {
                y[i] = random.NextNormal();
                t[i] = random.NextNormal();
                mask[i] = i < 5 ? 1 : 0;
            }

            const double scale = 0.125;
            var loss = Losses.SquaredErrorLanes(Vector512.Create<double>(y), Vector512.Create<double>(t), Vector512.Create<double>(mask), scale, out var dy);
            for (int i = 0; i < 8; i++)
            {
                double diff = y[i] - t[i];
                Assert.Equal(i < 5 ? diff * diff : 0, loss[i], 1e-15);
                Assert.Equal(i < 5 ? scale * 2 * diff : 0, dy[i], 1e-15);
            }
        }

        private static void AssertSame(float expected, float actual)
            => Assert.True(expected.Equals(actual), $"expected {expected:R}, got {actual:R}");

        /// <summary>The same grid as the Vector&lt;T&gt; tests: ±120, tiny, huge, ±0, ±Inf, NaN.</summary>
        private static List<float> Inputs()
        {
            var inputs = new List<float> { 0f, -0f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, float.Epsilon, float.MaxValue, float.MinValue, 20f, 20.000002f, -104f };
            for (int i = -120_000; i <= 120_000; i += 13)
            {
                inputs.Add(i / 1000f);
            }

            for (float m = 1e-30f; m < 1f; m *= 1.37f)
            {
                inputs.Add(m);
                inputs.Add(-m);
            }

            return inputs;
        }

        private static (Func<Vector512<float>, Vector512<float>> Wide, Func<Vector<float>, Vector<float>> Narrow) Float(string name, bool simd) => name switch
        {
            "Tanh" => (x => VectorMath.Tanh(x, simd), x => VectorMath.Tanh(x, simd)),
            "Sigmoid" => (x => VectorMath.Sigmoid(x, simd), x => VectorMath.Sigmoid(x, simd)),
            "Softplus" => (x => VectorMath.Softplus(x, simd), x => VectorMath.Softplus(x, simd)),
            _ => (x => VectorMath.SoftplusDerivative(x, simd), x => VectorMath.SoftplusDerivative(x, simd)),
        };

        private static (Func<Vector512<double>, Vector512<double>> Wide, Func<double, double> Scalar) Double(string name, bool simd) => name switch
        {
            "Tanh" => (x => VectorMath.Tanh(x, simd), Activations.Tanh),
            "Sigmoid" => (x => VectorMath.Sigmoid(x, simd), Activations.Sigmoid),
            "Softplus" => (x => VectorMath.Softplus(x, simd), Activations.Softplus),
            _ => (x => VectorMath.SoftplusDerivative(x, simd), Activations.SoftplusDerivative),
        };
    }
}
