using System;
using System.Linq;

namespace NetGen.Tests
{
    /// <summary>
    /// The one activation table (ActivationTraits) has a row for every Activation value and fails loudly for others;
    /// the run-time dispatch (Activations.Apply, ApplyDerivative) handles every element-wise value.
    /// </summary>
    public class ActivationTraitsTests
    {
        private static readonly Activation[] Elementwise = Enum.GetValues<Activation>().Where(a => a != Activation.Softmax).ToArray();

        private static readonly Activation[] Undefined = { (Activation)(-1), (Activation)Enum.GetValues<Activation>().Length, (Activation)1000 };

        [Fact]
        public void Every_activation_has_its_row()
        {
            Assert.Equal(14, Enum.GetValues<Activation>().Length); // a new value needs its row, formulas and tests
            foreach (var activation in Enum.GetValues<Activation>())
            {
                var traits = ActivationTraits.For(activation);
                Assert.Equal(activation, traits.Kind);
                Assert.StartsWith("nn.", traits.PyTorchModule);
                Assert.False(string.IsNullOrWhiteSpace(traits.PyTorchModuleFor(0.5)));
                bool hasAlpha = activation is Activation.LeakyRelu or Activation.Elu;
                Assert.Equal(hasAlpha, traits.HasAlpha);
                Assert.Equal(hasAlpha, traits.PyTorchModule.Contains("{alpha}", StringComparison.Ordinal));
                Assert.Equal(activation != Activation.Softmax, traits.IsElementwise);
                Assert.True(ActivationTraits.IsDefined((int)activation));
            }

            Assert.Equal("nn.GELU()", ActivationTraits.For(Activation.Gelu).PyTorchModule);
            Assert.Equal("nn.GELU(approximate='tanh')", ActivationTraits.For(Activation.GeluTanh).PyTorchModule);
            Assert.Equal("nn.LeakyReLU(0.2)", ActivationTraits.For(Activation.LeakyRelu).PyTorchModuleFor(0.2));
            Assert.Equal(0.01, ActivationTraits.For(Activation.LeakyRelu).DefaultAlpha);
            Assert.Equal(1.0, ActivationTraits.For(Activation.Elu).DefaultAlpha);
        }

        [Fact]
        public void An_undefined_activation_throws()
        {
            foreach (var value in Undefined)
            {
                Assert.False(ActivationTraits.IsDefined((int)value));
                Assert.Throws<ArgumentOutOfRangeException>(() => ActivationTraits.For(value));
                Assert.Throws<ArgumentOutOfRangeException>(() => Activations.Apply(value, 0.5));
                Assert.Throws<ArgumentOutOfRangeException>(() => Activations.ApplyDerivative(value, 0.5));
            }
        }

        /// <summary>
        /// Apply is each activation's own formula (the textbook ones in ForwardReferenceTests, at PyTorch's default
        /// alphas) and ApplyDerivative its slope; Softmax, which is not element-wise, throws.
        /// </summary>
        [Fact]
        public void Apply_and_its_derivative_handle_every_elementwise_activation()
        {
            double[] points = { -3.7, -1.2, -0.3, 0.4, 1.1, 2.9, 7.5 };
            foreach (var activation in Elementwise)
            {
                foreach (double x in points)
                {
                    double want = activation switch
                    {
                        Activation.LeakyRelu => x >= 0 ? x : 0.01 * x, // the references use 0.1; Apply's default is PyTorch's
                        _ => ForwardReferenceTests.Activate(activation.ToString(), x),
                    };
                    double got = Activations.Apply(activation, x);
                    Assert.True(Math.Abs(got - want) <= 1e-13 * Math.Max(1, Math.Abs(want)), $"{activation}({x}) = {got:R}, want {want:R}");
                    Assert.Equal((float)got, Activations.Apply(activation, (float)x), 1e-6 * Math.Max(1, Math.Abs(got)));

                    const double h = 1e-6;
                    double slope = (Activations.Apply(activation, x + h) - Activations.Apply(activation, x - h)) / (2 * h);
                    double derivative = Activations.ApplyDerivative(activation, x);
                    Assert.True(Math.Abs(derivative - slope) <= 1e-7 * Math.Max(1, Math.Abs(slope)), $"{activation}'({x}) = {derivative:R}, slope {slope:R}");
                    Assert.Equal((float)derivative, Activations.ApplyDerivative(activation, (float)x), 1e-5 * Math.Max(1, Math.Abs(derivative)));
                }
            }

            Assert.Throws<ArgumentOutOfRangeException>(() => Activations.Apply(Activation.Softmax, 0.5));
            Assert.Throws<ArgumentOutOfRangeException>(() => Activations.ApplyDerivative(Activation.Softmax, 0.5));
            Assert.Throws<ArgumentOutOfRangeException>(() => Activations.Apply(Activation.Softmax, 0.5f));
        }

        [Fact]
        public void The_two_gelus_are_different_functions()
        {
            // At x = 1 the exact form is 0.841344746068543 and the tanh form 0.8411919906082768 (PyTorch, float64).
            Assert.Equal(0.841344746068543, Activations.Apply(Activation.Gelu, 1.0), 1e-15);
            Assert.Equal(0.8411919906082768, Activations.Apply(Activation.GeluTanh, 1.0), 1e-15);
        }
    }
}
