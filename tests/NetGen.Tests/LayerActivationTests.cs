using System;
using System.Linq;
using System.Numerics;
using System.Runtime.Intrinsics;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>
    /// The per-layer span forms of the exp-based lane activations (one call per layer in row-vectorised training)
    /// give exactly what the per-vector forms give, and softplus' from the shared exponential equals its own call.
    /// </summary>
    public class LayerActivationTests
    {
        private static Vector<float>[] Layer(int units, int seed)
        {
            var random = new Random(seed);
            return Enumerable.Range(0, units)
                .Select(_ => new Vector<float>(Enumerable.Range(0, Vector<float>.Count).Select(_ => (float)((random.NextDouble() * 2 - 1) * 30)).ToArray()))
                .ToArray();
        }

        [Fact]
        public void Layer_calls_equal_one_call_per_vector()
        {
            var z = Layer(11, 1);
            var y = new Vector<float>[z.Length];
            VectorActivations.Tanh<float>(z, y);
            Assert.Equal(z.Select(VectorActivations.Tanh).ToArray(), y);
            VectorActivations.Sigmoid<float>(z, y);
            Assert.Equal(z.Select(VectorActivations.Sigmoid).ToArray(), y);
            VectorActivations.Softplus<float>(z, y);
            Assert.Equal(z.Select(VectorActivations.Softplus).ToArray(), y);
        }

        [Fact]
        public void Softplus_with_derivative_equals_the_two_separate_calls()
        {
            var z = Layer(13, 2);
            z[0] = new Vector<float>(float.NaN);
            z[1] = new Vector<float>(20f);
            var y = new Vector<float>[z.Length];
            var d = new Vector<float>[z.Length];
            VectorActivations.SoftplusWithDerivative<float>(z, y, d);
            Assert.Equal(z.Select(VectorActivations.Softplus).ToArray(), y);
            for (int j = 0; j < z.Length; j++)
            {
                Vector<float> want = VectorActivations.SoftplusDerivative(z[j]);
                for (int i = 0; i < Vector<float>.Count; i++)
                {
                    Assert.Equal(want[i], d[j][i]); // Equal treats NaN as equal to NaN
                }
            }

            // And lane by lane against the scalar derivative (the vector form is tested against it to a few ulps).
            for (int i = 0; i < Vector<float>.Count; i++)
            {
                float x = z[5][i];
                Assert.True(Math.Abs(d[5][i] - Activations.SoftplusDerivative(x)) <= 1e-6f, $"softplus'({x})");
            }
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void Wide_softplus_with_derivative_equals_its_halves(bool simd)
        {
            var random = new Random(3);
            var x = Vector512.Create(Enumerable.Range(0, Vector512<float>.Count).Select(_ => (float)((random.NextDouble() * 2 - 1) * 30)).ToArray());
            Vector512<float> y = VectorMath.SoftplusWithDerivative(x, simd, out Vector512<float> d);
            Assert.Equal(VectorMath.Softplus(x, simd), y);
            Assert.Equal(VectorMath.SoftplusDerivative(x, simd), d);
        }

        [Fact]
        public void Mismatched_spans_are_rejected()
        {
            Assert.Throws<ArgumentException>(() => VectorActivations.Tanh<float>(new Vector<float>[3], new Vector<float>[2]));
            Assert.Throws<ArgumentException>(() => VectorActivations.SoftplusWithDerivative<float>(new Vector<float>[3], new Vector<float>[3], new Vector<float>[2]));
        }
    }
}
