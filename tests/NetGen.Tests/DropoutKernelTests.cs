using System;
using System.Linq;
using NetGen.Runtime;

namespace NetGen.Tests
{
    /// <summary>Inverted dropout: the mask's values, statistics and reproducibility, and its backward pass.</summary>
    public class DropoutKernelTests
    {
        [Theory]
        [InlineData(0.1)]
        [InlineData(0.5)]
        [InlineData(0.9)]
        public void Mask_holds_zero_or_the_inverse_keep_rate_and_keeps_about_one_minus_p(double p)
        {
            const int count = 100_000;
            var x = NormalizationKernelTests.Values(count, 1);
            var (y, mask) = (new double[count], new double[count]);

            Dropout.Forward<double>(x, y, mask, p, new DeterministicRandom(7));

            double keep = 1 / (1 - p);
            Assert.All(mask, m => Assert.True(m == 0 || m == keep, $"mask value {m}"));
            for (int i = 0; i < count; i++)
            {
                Assert.Equal(x[i] * mask[i], y[i]);
            }

            // The kept count is Binomial(count, 1 − p): within 4 standard deviations of its mean.
            double kept = mask.Count(m => m != 0);
            double sigma = Math.Sqrt(count * p * (1 - p));
            Assert.InRange(kept, count * (1 - p) - 4 * sigma, count * (1 - p) + 4 * sigma);
        }

        [Fact]
        public void Mask_follows_the_documented_rule_so_the_same_seed_gives_the_same_mask()
        {
            const int count = 1000;
            const double p = 0.3;
            var x = NormalizationKernelTests.Values(count, 2);
            var (first, second, y) = (new double[count], new double[count], new double[count]);

            Dropout.Forward<double>(x, y, first, p, new DeterministicRandom(42));
            Dropout.Forward<double>(x, y, second, p, new DeterministicRandom(42));

            Assert.Equal(first, second);
            // The rule: element i is dropped exactly when the i-th NextDouble() is below p.
            var draws = new DeterministicRandom(42);
            var expected = Enumerable.Range(0, count).Select(_ => draws.NextDouble() < p ? 0.0 : 1 / (1 - p)).ToArray();
            Assert.Equal(expected, first);

            var other = new double[count];
            Dropout.Forward<double>(x, y, other, p, new DeterministicRandom(43));
            Assert.NotEqual(first, other);
        }

        [Fact]
        public void Zero_probability_is_the_identity_and_draws_nothing()
        {
            var x = NormalizationKernelTests.Values(50, 3);
            var (y, mask) = (new double[50], new double[50]);
            var random = new DeterministicRandom(5);

            Dropout.Forward<double>(x, y, mask, 0, random);

            Assert.Equal(x, y);
            Assert.All(mask, m => Assert.Equal(1.0, m));
            Assert.Equal(new DeterministicRandom(5).NextUInt64(), random.NextUInt64());
        }

        [Fact]
        public void Float_outputs_may_overwrite_their_inputs_and_backward_applies_the_mask_in_place()
        {
            const int count = 257;
            var x = NormalizationKernelTests.Values(count, 4).Select(v => (float)v).ToArray();
            var y = x.ToArray();
            var mask = new float[count];

            Dropout.Forward<float>(y, y, mask, 0.25, new DeterministicRandom(9));

            Assert.All(mask, m => Assert.True(m == 0 || m == (float)(1 / 0.75)));
            Assert.Equal(x.Zip(mask, (v, m) => v * m).ToArray(), y);

            var dy = NormalizationKernelTests.Values(count, 5).Select(v => (float)v).ToArray();
            var expected = dy.Zip(mask, (d, m) => d * m).ToArray();
            Dropout.Backward<float>(dy, mask);
            Assert.Equal(expected, dy);
        }

        [Fact]
        public void Bad_arguments_throw_before_anything_is_written_or_drawn()
        {
            var (x, y, mask) = (new double[4] { 1, 2, 3, 4 }, new double[4], new double[4]);
            var random = new DeterministicRandom(1);
            foreach (double p in new[] { 1.0, -0.1, double.NaN, 1.5 })
            {
                Assert.Throws<ArgumentOutOfRangeException>(() => Dropout.Forward<double>(x, y, mask, p, random));
            }

            Assert.Throws<ArgumentException>(() => Dropout.Forward<double>(x, new double[3], mask, 0.5, random));
            Assert.Throws<ArgumentException>(() => Dropout.Forward<double>(x, y, new double[5], 0.5, random));
            Assert.Throws<ArgumentNullException>(() => Dropout.Forward<double>(x, y, mask, 0.5, null!));
            Assert.Throws<ArgumentException>(() => Dropout.Backward<double>(y, new double[3]));
            Assert.All(y, v => Assert.Equal(0, v));
            Assert.All(mask, v => Assert.Equal(0, v));
            Assert.Equal(new DeterministicRandom(1).NextUInt64(), random.NextUInt64());
        }

        [Fact]
        public void Warm_calls_allocate_nothing()
        {
            var x = NormalizationKernelTests.Values(300, 6);
            var (y, mask) = (new double[300], new double[300]);
            var random = new DeterministicRandom(3);
            Dropout.Forward<double>(x, y, mask, 0.5, random);
            Dropout.Backward<double>(y, mask);

            long before = GC.GetAllocatedBytesForCurrentThread();
            Dropout.Forward<double>(x, y, mask, 0.5, random);
            Dropout.Forward<double>(x, y, mask, 0, random);
            Dropout.Backward<double>(y, mask);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
