using System;
using System.Linq;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>
    /// Softmax on float rows of a vector or more takes the vector path (VectorMath.TrySoftmax): checked against a
    /// reference in double written here, for lengths with and without a tail, large logits (stability), and the
    /// non-finite cases, which must keep the scalar semantics (NaN or +∞ anywhere: every output NaN; −∞: a 0).
    /// </summary>
    public class SoftmaxVectorTests
    {
        [Theory]
        [InlineData(8, 1.0)]
        [InlineData(10, 1.0)]
        [InlineData(16, 5.0)]
        [InlineData(33, 30.0)]
        [InlineData(100, 1000.0)]
        [InlineData(19, 1e30)]
        public void Float_rows_match_a_double_reference(int length, double spread)
        {
            var random = new DeterministicRandom(length);
            float[] x = Enumerable.Range(0, length).Select(_ => (float)(random.NextNormal() * spread + 3000)).ToArray();
            var y = new float[length];
            var scalar = new float[length];
            Activations.Softmax<float>(x, y);
            Activations.Softmax<float>(x, scalar, simd: false);

            double max = x.Max(v => (double)v);
            double[] e = x.Select(v => Math.Exp(v - max)).ToArray();
            double sum = e.Sum();
            for (int i = 0; i < length; i++)
            {
                double expected = e[i] / sum;
                Assert.True(Math.Abs(expected - y[i]) <= 4e-7 * expected + 1e-38, $"index {i}: expected {expected:R}, got {y[i]:R}");
                Assert.True(Math.Abs(expected - scalar[i]) <= 4e-7 * expected + 1e-38, $"scalar path, index {i}: expected {expected:R}, got {scalar[i]:R}");
            }

            Assert.Equal(1.0, y.Sum(v => (double)v), 5);
        }

        [Fact]
        public void The_vector_path_runs_in_place_and_agrees_with_TrySoftmax()
        {
            float[] x = Enumerable.Range(0, 21).Select(i => MathF.Sin(i) * 10).ToArray();
            float[] inPlace = x.ToArray(), direct = new float[x.Length];
            Activations.Softmax<float>(inPlace, inPlace, simd: true);
            Assert.True(VectorMath.TrySoftmax(x, direct));
            Assert.Equal(direct, inPlace);
        }

        [Fact]
        public void Non_finite_logits_keep_the_scalar_semantics()
        {
            float[] withNaN = Enumerable.Range(0, 12).Select(i => (float)i).ToArray();
            withNaN[9] = float.NaN; // in the tail on 8-float vectors
            var y = new float[12];
            Activations.Softmax<float>(withNaN, y);
            Assert.All(y, v => Assert.True(float.IsNaN(v)));

            float[] withInfinity = Enumerable.Range(0, 16).Select(i => (float)i).ToArray();
            withInfinity[3] = float.PositiveInfinity;
            y = new float[16];
            Activations.Softmax<float>(withInfinity, y);
            Assert.All(y, v => Assert.True(float.IsNaN(v)));

            float[] withMinusInfinity = Enumerable.Range(0, 16).Select(i => (float)i).ToArray();
            withMinusInfinity[2] = float.NegativeInfinity;
            Activations.Softmax<float>(withMinusInfinity, y);
            Assert.Equal(0f, y[2]);
            Assert.Equal(1.0, y.Sum(v => (double)v), 5);
            Assert.False(VectorMath.TrySoftmax(withMinusInfinity, new float[16]));
        }

        [Fact]
        public void Softmax_cross_entropy_gradient_on_a_wide_row_matches_the_reference()
        {
            float[] z = Enumerable.Range(0, 10).Select(i => i * 0.7f - 2).ToArray();
            float[] t = new float[10];
            t[4] = 1;
            var dz = new float[10];
            Losses.SoftmaxCrossEntropyGradient<float>(z, t, 0.5f, dz);
            double max = z.Max();
            double sum = z.Sum(v => Math.Exp(v - max));
            for (int i = 0; i < 10; i++)
            {
                double expected = 0.5 * (Math.Exp(z[i] - max) / sum - t[i]);
                Assert.True(Math.Abs(expected - dz[i]) <= 1e-7, $"index {i}: expected {expected:R}, got {dz[i]:R}");
            }
        }
    }
}
