using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.Intrinsics;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>
    /// NaN and ±∞ through every activation (scalar, Vector&lt;T&gt;, Vector512, per-layer spans, lane types) and every
    /// loss (value and gradient), against PyTorch's own answers. The tables are printed by
    /// Reference/make_nonfinite_reference.py (torch 1.13.0a0); backward factors are autograd's with an upstream gradient of 1.
    /// </summary>
    public class NonFiniteReferenceTests
    {
        // name, x, f(x), backward factor — float64.
        public static readonly object[][] ActivationsDouble =
        {
            new object[] { "Identity", double.NaN, double.NaN, 1.0 },
            new object[] { "Identity", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Identity", double.NegativeInfinity, double.NegativeInfinity, 1.0 },
            new object[] { "Identity", 0.0, 0.0, 1.0 },
            new object[] { "Identity", -0.0, -0.0, 1.0 },
            new object[] { "Identity", 6.0, 6.0, 1.0 },
            new object[] { "Relu", double.NaN, double.NaN, 1.0 },
            new object[] { "Relu", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Relu", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Relu", 0.0, 0.0, 0.0 },
            new object[] { "Relu", -0.0, -0.0, 0.0 },
            new object[] { "Relu", 6.0, 6.0, 1.0 },
            new object[] { "LeakyRelu", double.NaN, double.NaN, 0.1 },
            new object[] { "LeakyRelu", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "LeakyRelu", double.NegativeInfinity, double.NegativeInfinity, 0.1 },
            new object[] { "LeakyRelu", 0.0, 0.0, 0.1 },
            new object[] { "LeakyRelu", -0.0, -0.0, 0.1 },
            new object[] { "LeakyRelu", 6.0, 6.0, 1.0 },
            new object[] { "Relu6", double.NaN, double.NaN, 1.0 },
            new object[] { "Relu6", double.PositiveInfinity, 6.0, 0.0 },
            new object[] { "Relu6", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Relu6", 0.0, 0.0, 0.0 },
            new object[] { "Relu6", -0.0, -0.0, 0.0 },
            new object[] { "Relu6", 6.0, 6.0, 0.0 },
            new object[] { "Sigmoid", double.NaN, double.NaN, double.NaN },
            new object[] { "Sigmoid", double.PositiveInfinity, 1.0, 0.0 },
            new object[] { "Sigmoid", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Sigmoid", 0.0, 0.5, 0.25 },
            new object[] { "Sigmoid", -0.0, 0.5, 0.25 },
            new object[] { "Sigmoid", 6.0, 0.9975273768433653, 0.002466509291359931 },
            new object[] { "Tanh", double.NaN, double.NaN, double.NaN },
            new object[] { "Tanh", double.PositiveInfinity, 1.0, 0.0 },
            new object[] { "Tanh", double.NegativeInfinity, -1.0, 0.0 },
            new object[] { "Tanh", 0.0, 0.0, 1.0 },
            new object[] { "Tanh", -0.0, -0.0, 1.0 },
            new object[] { "Tanh", 6.0, 0.9999877116507956, 2.4576547405302974e-05 },
            new object[] { "Softplus", double.NaN, double.NaN, double.NaN },
            new object[] { "Softplus", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Softplus", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Softplus", 0.0, 0.6931471805599453, 0.5 },
            new object[] { "Softplus", -0.0, 0.6931471805599453, 0.5 },
            new object[] { "Softplus", 6.0, 6.00247568513773, 0.9975273768433652 },
            new object[] { "Elu", double.NaN, double.NaN, 1.0 },
            new object[] { "Elu", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Elu", double.NegativeInfinity, -1.0, 0.0 },
            new object[] { "Elu", 0.0, 0.0, 1.0 },
            new object[] { "Elu", -0.0, 0.0, 1.0 },
            new object[] { "Elu", 6.0, 6.0, 1.0 },
            new object[] { "Selu", double.NaN, double.NaN, 1.0507009873554805 },
            new object[] { "Selu", double.PositiveInfinity, double.PositiveInfinity, 1.0507009873554805 },
            new object[] { "Selu", double.NegativeInfinity, -1.7580993408473766, 0.0 },
            new object[] { "Selu", 0.0, 0.0, 1.7580993408473766 },
            new object[] { "Selu", -0.0, 0.0, 1.7580993408473766 },
            new object[] { "Selu", 6.0, 6.304205924132883, 1.0507009873554805 },
            new object[] { "Gelu", double.NaN, double.NaN, double.NaN },
            new object[] { "Gelu", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "Gelu", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "Gelu", 0.0, 0.0, 0.5 },
            new object[] { "Gelu", -0.0, -0.0, 0.5 },
            new object[] { "Gelu", 6.0, 5.999999994080474, 1.0000000354687093 },
            new object[] { "GeluTanh", double.NaN, double.NaN, double.NaN },
            new object[] { "GeluTanh", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "GeluTanh", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "GeluTanh", 0.0, 0.0, 0.5 },
            new object[] { "GeluTanh", -0.0, -0.0, 0.5 },
            new object[] { "GeluTanh", 6.0, 5.9999999999156035, 1.0000000007709977 },
            new object[] { "Silu", double.NaN, double.NaN, double.NaN },
            new object[] { "Silu", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "Silu", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "Silu", 0.0, 0.0, 0.5 },
            new object[] { "Silu", -0.0, -0.0, 0.5 },
            new object[] { "Silu", 6.0, 5.985164261060192, 1.0123264325915249 },
            new object[] { "Mish", double.NaN, double.NaN, double.NaN },
            new object[] { "Mish", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "Mish", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "Mish", 0.0, 0.0, 0.6 },
            new object[] { "Mish", -0.0, -0.0, 0.6 },
            new object[] { "Mish", 6.0, 5.999926634065252, 1.00013414050621 },
        };

        // The same in float32.
        public static readonly object[][] ActivationsSingle =
        {
            new object[] { "Identity", double.NaN, double.NaN, 1.0 },
            new object[] { "Identity", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Identity", double.NegativeInfinity, double.NegativeInfinity, 1.0 },
            new object[] { "Identity", 0.0, 0.0, 1.0 },
            new object[] { "Identity", -0.0, -0.0, 1.0 },
            new object[] { "Identity", 6.0, 6.0, 1.0 },
            new object[] { "Relu", double.NaN, double.NaN, 1.0 },
            new object[] { "Relu", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Relu", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Relu", 0.0, 0.0, 0.0 },
            new object[] { "Relu", -0.0, -0.0, 0.0 },
            new object[] { "Relu", 6.0, 6.0, 1.0 },
            new object[] { "LeakyRelu", double.NaN, double.NaN, 0.10000000149011612 },
            new object[] { "LeakyRelu", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "LeakyRelu", double.NegativeInfinity, double.NegativeInfinity, 0.10000000149011612 },
            new object[] { "LeakyRelu", 0.0, 0.0, 0.10000000149011612 },
            new object[] { "LeakyRelu", -0.0, -0.0, 0.10000000149011612 },
            new object[] { "LeakyRelu", 6.0, 6.0, 1.0 },
            new object[] { "Relu6", double.NaN, double.NaN, 1.0 },
            new object[] { "Relu6", double.PositiveInfinity, 6.0, 0.0 },
            new object[] { "Relu6", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Relu6", 0.0, 0.0, 0.0 },
            new object[] { "Relu6", -0.0, -0.0, 0.0 },
            new object[] { "Relu6", 6.0, 6.0, 0.0 },
            new object[] { "Sigmoid", double.NaN, double.NaN, double.NaN },
            new object[] { "Sigmoid", double.PositiveInfinity, 1.0, 0.0 },
            new object[] { "Sigmoid", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Sigmoid", 0.0, 0.5, 0.25 },
            new object[] { "Sigmoid", -0.0, 0.5, 0.25 },
            new object[] { "Sigmoid", 6.0, 0.9975274205207825, 0.002466465812176466 },
            new object[] { "Tanh", double.NaN, double.NaN, double.NaN },
            new object[] { "Tanh", double.PositiveInfinity, 1.0, 0.0 },
            new object[] { "Tanh", double.NegativeInfinity, -1.0, 0.0 },
            new object[] { "Tanh", 0.0, 0.0, 1.0 },
            new object[] { "Tanh", -0.0, -0.0, 1.0 },
            new object[] { "Tanh", 6.0, 0.9999877214431763, 2.4556962671340443e-05 },
            new object[] { "Softplus", double.NaN, double.NaN, double.NaN },
            new object[] { "Softplus", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Softplus", double.NegativeInfinity, 0.0, 0.0 },
            new object[] { "Softplus", 0.0, 0.6931471824645996, 0.5 },
            new object[] { "Softplus", -0.0, 0.6931471824645996, 0.5 },
            new object[] { "Softplus", 6.0, 6.002475738525391, 0.9975273609161377 },
            new object[] { "Elu", double.NaN, double.NaN, 1.0 },
            new object[] { "Elu", double.PositiveInfinity, double.PositiveInfinity, 1.0 },
            new object[] { "Elu", double.NegativeInfinity, -1.0, 0.0 },
            new object[] { "Elu", 0.0, 0.0, 1.0 },
            new object[] { "Elu", -0.0, 0.0, 1.0 },
            new object[] { "Elu", 6.0, 6.0, 1.0 },
            new object[] { "Selu", double.NaN, double.NaN, 1.0507010221481323 },
            new object[] { "Selu", double.PositiveInfinity, double.PositiveInfinity, 1.0507010221481323 },
            new object[] { "Selu", double.NegativeInfinity, -1.7580993175506592, 0.0 },
            new object[] { "Selu", 0.0, 0.0, 1.7580993175506592 },
            new object[] { "Selu", -0.0, 0.0, 1.7580993175506592 },
            new object[] { "Selu", 6.0, 6.304205894470215, 1.0507010221481323 },
            new object[] { "Gelu", double.NaN, double.NaN, double.NaN },
            new object[] { "Gelu", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "Gelu", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "Gelu", 0.0, 0.0, 0.5 },
            new object[] { "Gelu", -0.0, -0.0, 0.5 },
            new object[] { "Gelu", 6.0, 6.0, 1.0 },
            new object[] { "GeluTanh", double.NaN, double.NaN, double.NaN },
            new object[] { "GeluTanh", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "GeluTanh", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "GeluTanh", 0.0, 0.0, 0.5 },
            new object[] { "GeluTanh", -0.0, -0.0, 0.5 },
            new object[] { "GeluTanh", 6.0, 6.0, 1.0 },
            new object[] { "Silu", double.NaN, double.NaN, double.NaN },
            new object[] { "Silu", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "Silu", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "Silu", 0.0, 0.0, 0.5 },
            new object[] { "Silu", -0.0, -0.0, 0.5 },
            new object[] { "Silu", 6.0, 5.985164642333984, 1.0123262405395508 },
            new object[] { "Mish", double.NaN, double.NaN, double.NaN },
            new object[] { "Mish", double.PositiveInfinity, double.PositiveInfinity, double.NaN },
            new object[] { "Mish", double.NegativeInfinity, double.NaN, double.NaN },
            new object[] { "Mish", 0.0, 0.0, 0.6000000238418579 },
            new object[] { "Mish", -0.0, -0.0, 0.6000000238418579 },
            new object[] { "Mish", 6.0, 5.999926567077637, 1.000133991241455 },
        };

        // name, y (the logit for BCE), target, mean loss, dL/dy — float64.
        public static readonly object[][] LossesDouble =
        {
            new object[] { "MeanSquaredError", double.NaN, 0.5, double.NaN, double.NaN },
            new object[] { "MeanSquaredError", double.PositiveInfinity, 0.5, double.PositiveInfinity, double.PositiveInfinity },
            new object[] { "MeanSquaredError", double.NegativeInfinity, 0.5, double.PositiveInfinity, double.NegativeInfinity },
            new object[] { "MeanSquaredError", double.PositiveInfinity, double.PositiveInfinity, double.NaN, double.NaN },
            new object[] { "MeanSquaredError", 0.5, double.NaN, double.NaN, double.NaN },
            new object[] { "MeanSquaredError", 0.5, double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity },
            new object[] { "MeanAbsoluteError", double.NaN, 0.5, double.NaN, 0.0 },
            new object[] { "MeanAbsoluteError", double.PositiveInfinity, 0.5, double.PositiveInfinity, 1.0 },
            new object[] { "MeanAbsoluteError", double.NegativeInfinity, 0.5, double.PositiveInfinity, -1.0 },
            new object[] { "MeanAbsoluteError", double.PositiveInfinity, double.PositiveInfinity, double.NaN, 0.0 },
            new object[] { "MeanAbsoluteError", 0.5, double.NaN, double.NaN, 0.0 },
            new object[] { "MeanAbsoluteError", 0.5, double.PositiveInfinity, double.PositiveInfinity, -1.0 },
            new object[] { "Huber", double.NaN, 0.5, double.NaN, double.NaN },
            new object[] { "Huber", double.PositiveInfinity, 0.5, double.PositiveInfinity, 1.0 },
            new object[] { "Huber", double.NegativeInfinity, 0.5, double.PositiveInfinity, -1.0 },
            new object[] { "Huber", double.PositiveInfinity, double.PositiveInfinity, double.NaN, double.NaN },
            new object[] { "Huber", 0.5, double.NaN, double.NaN, double.NaN },
            new object[] { "Huber", 0.5, double.PositiveInfinity, double.PositiveInfinity, -1.0 },
            new object[] { "BinaryCrossEntropy", double.NaN, 0.0, double.NaN, double.NaN },
            new object[] { "BinaryCrossEntropy", double.NaN, 1.0, double.NaN, double.NaN },
            new object[] { "BinaryCrossEntropy", double.NaN, 0.5, double.NaN, double.NaN },
            new object[] { "BinaryCrossEntropy", double.PositiveInfinity, 0.0, double.PositiveInfinity, 1.0 },
            new object[] { "BinaryCrossEntropy", double.PositiveInfinity, 1.0, double.NaN, 0.0 },
            new object[] { "BinaryCrossEntropy", double.PositiveInfinity, 0.5, double.PositiveInfinity, 0.5 },
            new object[] { "BinaryCrossEntropy", double.NegativeInfinity, 0.0, double.NaN, 0.0 },
            new object[] { "BinaryCrossEntropy", double.NegativeInfinity, 1.0, double.NaN, -1.0 },
            new object[] { "BinaryCrossEntropy", double.NegativeInfinity, 0.5, double.NaN, -0.5 },
        };

        // The same in float32.
        public static readonly object[][] LossesSingle =
        {
            new object[] { "MeanSquaredError", double.NaN, 0.5, double.NaN, double.NaN },
            new object[] { "MeanSquaredError", double.PositiveInfinity, 0.5, double.PositiveInfinity, double.PositiveInfinity },
            new object[] { "MeanSquaredError", double.NegativeInfinity, 0.5, double.PositiveInfinity, double.NegativeInfinity },
            new object[] { "MeanSquaredError", double.PositiveInfinity, double.PositiveInfinity, double.NaN, double.NaN },
            new object[] { "MeanSquaredError", 0.5, double.NaN, double.NaN, double.NaN },
            new object[] { "MeanSquaredError", 0.5, double.PositiveInfinity, double.PositiveInfinity, double.NegativeInfinity },
            new object[] { "MeanAbsoluteError", double.NaN, 0.5, double.NaN, 0.0 },
            new object[] { "MeanAbsoluteError", double.PositiveInfinity, 0.5, double.PositiveInfinity, 1.0 },
            new object[] { "MeanAbsoluteError", double.NegativeInfinity, 0.5, double.PositiveInfinity, -1.0 },
            new object[] { "MeanAbsoluteError", double.PositiveInfinity, double.PositiveInfinity, double.NaN, 0.0 },
            new object[] { "MeanAbsoluteError", 0.5, double.NaN, double.NaN, 0.0 },
            new object[] { "MeanAbsoluteError", 0.5, double.PositiveInfinity, double.PositiveInfinity, -1.0 },
            new object[] { "Huber", double.NaN, 0.5, double.NaN, double.NaN },
            new object[] { "Huber", double.PositiveInfinity, 0.5, double.PositiveInfinity, 1.0 },
            new object[] { "Huber", double.NegativeInfinity, 0.5, double.PositiveInfinity, -1.0 },
            new object[] { "Huber", double.PositiveInfinity, double.PositiveInfinity, double.NaN, double.NaN },
            new object[] { "Huber", 0.5, double.NaN, double.NaN, double.NaN },
            new object[] { "Huber", 0.5, double.PositiveInfinity, double.PositiveInfinity, -1.0 },
            new object[] { "BinaryCrossEntropy", double.NaN, 0.0, double.NaN, double.NaN },
            new object[] { "BinaryCrossEntropy", double.NaN, 1.0, double.NaN, double.NaN },
            new object[] { "BinaryCrossEntropy", double.NaN, 0.5, double.NaN, double.NaN },
            new object[] { "BinaryCrossEntropy", double.PositiveInfinity, 0.0, double.PositiveInfinity, 1.0 },
            new object[] { "BinaryCrossEntropy", double.PositiveInfinity, 1.0, double.NaN, 0.0 },
            new object[] { "BinaryCrossEntropy", double.PositiveInfinity, 0.5, double.PositiveInfinity, 0.5 },
            new object[] { "BinaryCrossEntropy", double.NegativeInfinity, 0.0, double.NaN, 0.0 },
            new object[] { "BinaryCrossEntropy", double.NegativeInfinity, 1.0, double.NaN, -1.0 },
            new object[] { "BinaryCrossEntropy", double.NegativeInfinity, 0.5, double.NaN, -0.5 },
        };

        // F.cross_entropy(logits, class) — float64: logits, class, loss, dL/dz.
        public static readonly object[][] CrossEntropyDouble =
        {
            new object[] { new[] { double.NaN, 0.0, 1.0 }, 1, double.NaN, new[] { double.NaN, double.NaN, double.NaN } },
            new object[] { new[] { double.PositiveInfinity, 0.0, 1.0 }, 0, double.NaN, new[] { double.NaN, double.NaN, double.NaN } },
            new object[] { new[] { double.PositiveInfinity, 0.0, 1.0 }, 1, double.NaN, new[] { double.NaN, double.NaN, double.NaN } },
            new object[] { new[] { double.NegativeInfinity, 0.0, 1.0 }, 1, 1.3132616875182228, new[] { 0.0, -0.7310585786300049, 0.7310585786300049 } },
            new object[] { new[] { double.NegativeInfinity, 0.0, 1.0 }, 0, double.PositiveInfinity, new[] { -1.0, 0.2689414213699951, 0.7310585786300049 } },
        };

        public static IEnumerable<object[]> ActivationDoubleCases => ActivationsDouble;

        public static IEnumerable<object[]> ActivationSingleCases => ActivationsSingle;

        public static IEnumerable<object[]> LossDoubleCases => LossesDouble;

        public static IEnumerable<object[]> LossSingleCases => LossesSingle;

        public static IEnumerable<object[]> CrossEntropyCases => CrossEntropyDouble;

        [Fact]
        public void The_tables_cover_every_elementwise_activation()
        {
            var expected = Enum.GetValues<Activation>().Where(a => a != Activation.Softmax).Select(a => a.ToString()).Order(StringComparer.Ordinal);
            Assert.Equal(expected, ActivationsDouble.Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal));
            Assert.Equal(expected, ActivationsSingle.Select(row => (string)row[0]).Distinct().Order(StringComparer.Ordinal));
        }

        [Theory]
        [MemberData(nameof(ActivationDoubleCases))]
        public void Double_activation_and_derivative_match_pytorch(string name, double x, double y, double derivative)
        {
            var activation = Enum.Parse<Activation>(name);
            double alpha = AlphaOf(activation);
            Same(y, Activations.Apply(activation, x, alpha), 1e-15, $"{name}({x})");
            Same(derivative, Activations.ApplyDerivative(activation, x, alpha), 1e-15, $"{name}'({x})");
            if (FromOutput(activation, y) is double fromOutput)
            {
                Same(derivative, fromOutput, 1e-15, $"{name}' from output at {x}");
            }

            // Double lanes go through the scalar formulas (and their own vector forms for the ReLU mask).
            if (VectorForm<double>(activation, x) is (double lane, double laneDerivative))
            {
                Same(y, lane, 1e-15, $"{name} lane({x})");
                Same(derivative, laneDerivative, 1e-15, $"{name}' lane({x})");
            }
        }

        [Theory]
        [MemberData(nameof(ActivationSingleCases))]
        public void Float_activation_and_derivative_match_pytorch(string name, double x, double y, double derivative)
        {
            var activation = Enum.Parse<Activation>(name);
            double alpha = AlphaOf(activation);
            float xf = (float)x;
            Same(y, Activations.Apply(activation, xf, alpha), 1e-6, $"{name}({x})");
            Same(derivative, Activations.ApplyDerivative(activation, xf, alpha), 1e-6, $"{name}'({x})");
            if (FromOutput(activation, (float)y) is float fromOutput)
            {
                Same(derivative, fromOutput, 1e-6, $"{name}' from output at {x}");
            }

            // The float SIMD kernels (range-reduced polynomials) have their own NaN and clamping logic: check them too.
            if (VectorForm<float>(activation, xf) is (float lane, float laneDerivative))
            {
                Same(y, lane, 1e-6, $"{name} lane({x})");
                Same(derivative, laneDerivative, 1e-6, $"{name}' lane({x})");
            }
        }

        [Theory]
        [MemberData(nameof(LossDoubleCases))]
        public void Double_loss_and_gradient_match_pytorch(string name, double y, double target, double loss, double gradient)
        {
            var (gotLoss, gotGradient) = Loss(name, y, target);
            Same(loss, gotLoss, 1e-15, $"{name}({y}, {target})");
            Same(gradient, gotGradient, 1e-15, $"{name}'({y}, {target})");
        }

        [Theory]
        [MemberData(nameof(LossSingleCases))]
        public void Float_loss_and_gradient_match_pytorch(string name, double y, double target, double loss, double gradient)
        {
            var (gotLoss, gotGradient) = Loss(name, (float)y, (float)target);
            Same(loss, gotLoss, 1e-6, $"{name}({y}, {target})");
            Same(gradient, gotGradient, 1e-6, $"{name}'({y}, {target})");
        }

        [Theory]
        [MemberData(nameof(CrossEntropyCases))]
        public void Cross_entropy_with_non_finite_logits_matches_pytorch(double[] logits, int target, double loss, double[] gradient)
        {
            var oneHot = new double[logits.Length];
            oneHot[target] = 1;
            Same(loss, Losses.SoftmaxCrossEntropySum<double>(logits, oneHot), 1e-15, "loss");
            var got = new double[logits.Length];
            Losses.SoftmaxCrossEntropyGradient<double>(logits, oneHot, 1.0, got);
            for (int i = 0; i < got.Length; i++)
            {
                Same(gradient[i], got[i], 1e-15, $"dz[{i}]");
            }
        }

        private static (T Loss, T Gradient) Loss<T>(string name, T y, T target) where T : struct, IFloatingPointIeee754<T>
        {
            // One element, so the mean is the sum and the scale 1.
            ReadOnlySpan<T> ys = new[] { y };
            ReadOnlySpan<T> ts = new[] { target };
            var dy = new T[1];
            T one = T.One;
            switch (name)
            {
                case "MeanSquaredError":
                    Losses.SquaredErrorGradient(ys, ts, one, dy);
                    return (Losses.SquaredErrorSum(ys, ts), dy[0]);
                case "MeanAbsoluteError":
                    Losses.AbsoluteErrorGradient(ys, ts, one, dy);
                    return (Losses.AbsoluteErrorSum(ys, ts), dy[0]);
                case "Huber":
                    Losses.HuberGradient(ys, ts, one, one, dy);
                    return (Losses.HuberSum(ys, ts, one), dy[0]);
                case "BinaryCrossEntropy":
                    Losses.BinaryCrossEntropyWithLogitsGradient(ys, ts, one, dy);
                    return (Losses.BinaryCrossEntropyWithLogitsSum(ys, ts), dy[0]);
                default:
                    throw new ArgumentOutOfRangeException(nameof(name), name, "No such loss in the table.");
            }
        }

        /// <summary>The script's alphas: LeakyRelu 0.1, Elu PyTorch's default 1.</summary>
        private static double AlphaOf(Activation activation) => activation == Activation.LeakyRelu ? 0.1 : double.NaN;

        /// <summary>The …DerivativeFromOutput form the generated backward pass uses, where there is one.</summary>
        private static T? FromOutput<T>(Activation activation, T y) where T : struct, IFloatingPointIeee754<T> => activation switch
        {
            Activation.Relu => Activations.ReluDerivativeFromOutput(y),
            Activation.Relu6 => Activations.Relu6DerivativeFromOutput(y),
            Activation.Sigmoid => Activations.SigmoidDerivativeFromOutput(y),
            Activation.Tanh => Activations.TanhDerivativeFromOutput(y),
            _ => null,
        };

        /// <summary>
        /// The activations that have lane forms, on every lane form: Vector&lt;T&gt; (SIMD and scalar fallback),
        /// Vector512, the per-layer span overloads and the ILaneActivation types. All must agree; the value is returned.
        /// </summary>
        private static (T Value, T Derivative)? VectorForm<T>(Activation activation, T x) where T : struct, IFloatingPointIeee754<T>
        {
            var v = new Vector<T>(x);
            var w = Vector512.Create(x);
            (Vector<T> Value, Vector<T> Derivative)[] forms;
            Vector512<T>[] wide;
            switch (activation)
            {
                case Activation.Relu:
                    Vector<T> relu = VectorActivations.Relu(v);
                    forms = new[] { (relu, VectorActivations.ReluDerivativeFromOutput(relu)), (LaneActivations.Relu<T>.Apply(v), LaneActivations.Relu<T>.Derivative(v, relu)) };
                    wide = new[] { VectorActivations.Relu(w), VectorActivations.ReluDerivativeFromOutput(VectorActivations.Relu(w)) };
                    break;
                case Activation.Sigmoid:
                    forms = new[]
                    {
                        (VectorMath.Sigmoid(v, true), VectorActivations.SigmoidDerivativeFromOutput(VectorMath.Sigmoid(v, true))),
                        (VectorMath.Sigmoid(v, false), VectorActivations.SigmoidDerivativeFromOutput(VectorMath.Sigmoid(v, false))),
                        (Layer(VectorActivations.Sigmoid, v), LaneActivations.Sigmoid<T>.Derivative(v, LaneActivations.Sigmoid<T>.Apply(v))),
                    };
                    wide = new[] { VectorMath.Sigmoid(w, true), VectorActivations.SigmoidDerivativeFromOutput(VectorMath.Sigmoid(w, true)) };
                    break;
                case Activation.Tanh:
                    forms = new[]
                    {
                        (VectorMath.Tanh(v, true), VectorActivations.TanhDerivativeFromOutput(VectorMath.Tanh(v, true))),
                        (VectorMath.Tanh(v, false), VectorActivations.TanhDerivativeFromOutput(VectorMath.Tanh(v, false))),
                        (Layer(VectorActivations.Tanh, v), LaneActivations.Tanh<T>.Derivative(v, LaneActivations.Tanh<T>.Apply(v))),
                    };
                    wide = new[] { VectorMath.Tanh(w, true), VectorActivations.TanhDerivativeFromOutput(VectorMath.Tanh(w, true)) };
                    break;
                case Activation.Softplus:
                    Vector<T> fused = VectorMath.SoftplusWithDerivative(v, true, out Vector<T> fusedDerivative);
                    forms = new[]
                    {
                        (VectorMath.Softplus(v, true), VectorMath.SoftplusDerivative(v, true)),
                        (VectorMath.Softplus(v, false), VectorMath.SoftplusDerivative(v, false)),
                        (fused, fusedDerivative),
                        (Layer(VectorActivations.Softplus, v), LaneActivations.Softplus<T>.Derivative(v, LaneActivations.Softplus<T>.Apply(v))),
                    };
                    Vector512<T> wideFused = VectorMath.SoftplusWithDerivative(w, true, out Vector512<T> wideFusedDerivative);
                    wide = new[] { VectorMath.Softplus(w, true), VectorMath.SoftplusDerivative(w, true), wideFused, wideFusedDerivative };
                    break;
                default:
                    return null;
            }

            T value = forms[0].Value[0];
            T derivative = forms[0].Derivative[0];
            foreach (var (formValue, formDerivative) in forms)
            {
                for (int lane = 0; lane < Vector<T>.Count; lane++)
                {
                    Same(double.CreateTruncating(value), formValue[lane], 1e-6, $"{activation} lane form");
                    Same(double.CreateTruncating(derivative), formDerivative[lane], 1e-6, $"{activation}' lane form");
                }
            }

            // Even entries of wide are values, odd ones derivatives.
            for (int k = 0; k < wide.Length; k++)
            {
                T want = (k & 1) == 0 ? value : derivative;
                for (int lane = 0; lane < Vector512<T>.Count; lane++)
                {
                    Same(double.CreateTruncating(want), wide[k][lane], 1e-6, $"{activation} 512-bit form {k}");
                }
            }

            return (value, derivative);
        }

        /// <summary>A per-layer span overload (Activations.Sigmoid(ReadOnlySpan, Span), …) over three copies of v.</summary>
        private static Vector<T> Layer<T>(LayerActivation<T> f, Vector<T> v) where T : struct, IFloatingPointIeee754<T>
        {
            var z = new[] { v, v, v };
            var y = new Vector<T>[3];
            f(z, y);
            return y[1];
        }

        private delegate void LayerActivation<T>(ReadOnlySpan<Vector<T>> z, Span<Vector<T>> y) where T : struct, IFloatingPointIeee754<T>;

        /// <summary>NaN where PyTorch has NaN, the same infinity, else within rel (zeros' signs are not compared).</summary>
        private static void Same<T>(double want, T got, double rel, string what) where T : IFloatingPointIeee754<T>
        {
            double g = double.CreateTruncating(got);
            bool ok = double.IsNaN(want) ? double.IsNaN(g)
                : double.IsInfinity(want) ? g == want
                : Math.Abs(g - want) <= rel * Math.Max(1, Math.Abs(want));
            Assert.True(ok, $"{what}: PyTorch {want:R}, NetGen {g:R}");
        }
    }
}
