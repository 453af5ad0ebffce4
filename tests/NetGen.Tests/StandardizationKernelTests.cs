using System;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;

namespace NetGen.Tests
{
    /// <summary>Standardization.Adapt against a naive two-pass mean and population std; Apply; bad inputs.</summary>
    public class StandardizationKernelTests
    {
        [Theory]
        [InlineData(1, 1)]
        [InlineData(2, 1)]
        [InlineData(2, 3)]
        [InlineData(33, 3)]
        [InlineData(33, 70)]
        [InlineData(5, 130)]
        public void Adapt_matches_the_two_pass_mean_and_population_std(int n, int features)
        {
            var inputs = NormalizationKernelTests.Values(n * features, 1, 3.0, 10.0);
            var (mean, std) = (new double[features], new double[features]);

            Standardization.Adapt<double>(inputs, features, mean, std);

            var (wantMean, wantStd) = Naive(inputs, n, features);
            Close.All(wantMean, mean, 1e-14, 1e-14, "mean");
            // One row has no spread: std 0 becomes 1.
            Close.All(n == 1 ? Enumerable.Repeat(1.0, features).ToArray() : wantStd, std, 1e-14, 1e-13, "std");
        }

        [Fact]
        public void Adapt_in_float_matches_the_double_formula_within_float_rounding()
        {
            const int n = 40, features = 5;
            // A large offset: a float accumulator would lose most of the spread.
            var inputs = NormalizationKernelTests.Values(n * features, 2, 0.5, 4000.0).Select(v => (double)(float)v).ToArray();
            var (mean, std) = (new float[features], new float[features]);

            Standardization.Adapt<float>(Close.ToSingle(inputs), features, mean, std);

            var (wantMean, wantStd) = Naive(inputs, n, features);
            Close.All(wantMean, mean, 0, 1e-7, "mean");
            Close.All(wantStd, std, 0, 1e-6, "std");
        }

        [Fact]
        public void Constant_features_get_std_one_and_standardize_to_zero()
        {
            // Column 0: 0.1 three times (0.1 + 0.1 + 0.1 is not 0.3, so a plain two-pass gives a tiny nonzero std);
            // column 1: zeros; column 2: a real spread.
            var inputs = new[] { 0.1, 0.0, 1.0, 0.1, 0.0, 2.0, 0.1, 0.0, 6.0 };
            var (mean, std) = (new double[3], new double[3]);

            Standardization.Adapt<double>(inputs, 3, mean, std);

            Assert.Equal(1.0, std[0]);
            Assert.Equal(1.0, std[1]);
            Assert.Equal(Math.Sqrt(14.0 / 3), std[2], 1e-15);
            Assert.Equal(0.1, mean[0], 1e-17);
            Assert.Equal(0.0, mean[1]);
            Assert.Equal(3.0, mean[2], 1e-15);

            var y = new double[9];
            Standardization.Apply<double>(inputs, mean, std, y, 3, 3);
            for (int r = 0; r < 3; r++)
            {
                Assert.Equal(0.0, y[3 * r], 1e-16);
                Assert.Equal(0.0, y[3 * r + 1]);
            }
        }

        [Fact]
        public void Extreme_magnitudes_give_finite_statistics()
        {
            // Squares of these overflow double and their sum overflows too; scaled by a power of two they do not.
            var huge = new[] { 1.5e308, -1.7e308, 1.0e308, 1.6e308 };
            var (mean, std) = (new double[1], new double[1]);
            Standardization.Adapt<double>(huge, 1, mean, std);
            var (wantMean, wantStd) = Naive(huge.Select(v => v / 1e300).ToArray(), 4, 1);
            Assert.Equal(wantMean[0] * 1e300, mean[0], Math.Abs(wantMean[0]) * 1e300 * 1e-14);
            Assert.Equal(wantStd[0] * 1e300, std[0], wantStd[0] * 1e300 * 1e-14);

            // Subnormal spread: the scale's exponent is clamped and the statistics are still right.
            var tiny = new[] { 1e-320, 3e-320, 2e-320 };
            Standardization.Adapt<double>(tiny, 1, mean, std);
            Assert.Equal(2e-320, mean[0]);
            Assert.True(std[0] > 0 && double.IsFinite(std[0]));

            var floats = new[] { 3.0e38f, -3.3e38f, 3.2e38f };
            var (floatMean, floatStd) = (new float[1], new float[1]);
            Standardization.Adapt<float>(floats, 1, floatMean, floatStd);
            var (wantFloatMean, wantFloatStd) = Naive(floats.Select(v => v / 1e38).ToArray(), 3, 1);
            Assert.Equal(wantFloatMean[0] * 1e38, floatMean[0], 1e38 * 1e-6 * Math.Abs(wantFloatMean[0]));
            Assert.Equal(wantFloatStd[0] * 1e38, floatStd[0], 1e38 * 1e-6 * wantFloatStd[0]);
        }

        [Fact]
        public void Bad_inputs_throw_before_anything_is_written()
        {
            var (mean, std) = (new double[] { 7, 7 }, new double[] { 7, 7 });
            Assert.Throws<ArgumentException>(() => Standardization.Adapt<double>(Array.Empty<double>(), 2, mean, std));
            Assert.Throws<ArgumentException>(() => Standardization.Adapt<double>(new double[3], 2, mean, std));
            Assert.Throws<ArgumentException>(() => Standardization.Adapt<double>(new double[4], 2, new double[3], std));
            Assert.Throws<ArgumentOutOfRangeException>(() => Standardization.Adapt<double>(new double[4], 0, mean, std));
            foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            {
                var error = Assert.Throws<ArgumentException>(() => Standardization.Adapt<double>(new[] { 1, 2, 3, bad }, 2, mean, std));
                Assert.Contains("row 1, feature 1", error.Message);
            }

            Assert.Throws<ArgumentException>(() => Standardization.Adapt<float>(new[] { 1f, float.NaN }, 1, new float[1], new float[1]));
            Assert.Equal(new double[] { 7, 7 }, mean);
            Assert.Equal(new double[] { 7, 7 }, std);
            Assert.Throws<ArgumentException>(() => Standardization.Apply<double>(new double[4], mean, std, new double[3], 2, 2));
        }

        [Fact]
        public void Apply_matches_the_formula_and_may_overwrite_its_input()
        {
            const int n = 9, features = 4;
            var x = NormalizationKernelTests.Values(n * features, 3);
            var mean = NormalizationKernelTests.Values(features, 4);
            var std = NormalizationKernelTests.Values(features, 5).Select(v => 0.5 + Math.Abs(v)).ToArray();
            var y = new double[x.Length];

            Standardization.Apply<double>(x, mean, std, y, n, features);

            Assert.Equal(x.Select((v, i) => (v - mean[i % features]) / std[i % features]).ToArray(), y);
            var inPlace = x.ToArray();
            Standardization.Apply<double>(inPlace, mean, std, inPlace, n, features);
            Assert.Equal(y, inPlace);
        }

        [Fact]
        public void Warm_calls_allocate_nothing()
        {
            var x = NormalizationKernelTests.Values(30 * 70, 6);
            var (mean, std, y) = (new double[70], new double[70], new double[x.Length]);
            Standardization.Adapt<double>(x, 70, mean, std);
            Standardization.Apply<double>(x, mean, std, y, 30, 70);

            long before = GC.GetAllocatedBytesForCurrentThread();
            Standardization.Adapt<double>(x, 70, mean, std);
            Standardization.Apply<double>(x, mean, std, y, 30, 70);
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        /// <summary>Mean, then the population std from squared deviations: the textbook two-pass formulas.</summary>
        private static (double[] Mean, double[] Std) Naive(double[] inputs, int n, int features)
        {
            var mean = new double[features];
            var std = new double[features];
            for (int f = 0; f < features; f++)
            {
                var column = Enumerable.Range(0, n).Select(r => inputs[r * features + f]).ToArray();
                mean[f] = column.Sum() / n;
                std[f] = Math.Sqrt(column.Sum(v => (v - mean[f]) * (v - mean[f])) / n);
            }

            return (mean, std);
        }
    }
}
