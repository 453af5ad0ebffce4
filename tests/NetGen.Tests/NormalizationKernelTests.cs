using System;
using System.Linq;
using NetGen.Runtime;
using NetGen.Tests.Infrastructure;

namespace NetGen.Tests
{
    /// <summary>
    /// LayerNorm and BatchNorm1d kernels against plain double formulas written here (PyTorch's definitions),
    /// their gradients against central differences of a scalar loss, and their bookkeeping (accumulation,
    /// aliasing, running statistics, the batch-of-one error, allocations).
    /// </summary>
    public class NormalizationKernelTests
    {
        private const double Eps = 1e-5;

        public static TheoryData<int, int> LayerShapes() => new() { { 2, 1 }, { 1, 7 }, { 2, 5 }, { 33, 3 }, { 33, 70 }, { 4, 130 } };

        // Widths straddle the kernels' 64-feature blocks.
        public static TheoryData<int, int> BatchShapes() => new() { { 2, 1 }, { 2, 5 }, { 33, 3 }, { 33, 70 }, { 5, 130 } };

        [Theory]
        [MemberData(nameof(LayerShapes))]
        public void LayerNorm_forward_matches_the_formula(int n, int features)
        {
            var (x, gamma, beta) = (Values(n * features, 1, 3.0, 2.0), Values(features, 2), Values(features, 3));
            var (y, mean, rstd) = (new double[n * features], new double[n], new double[n]);

            Normalization.LayerNormForward<double>(x, gamma, beta, y, mean, rstd, n, features, Eps);

            Close.All(ReferenceLayerNorm(x, gamma, beta, n, features, Eps), y, 1e-13, 1e-12, "y");
            for (int r = 0; r < n; r++)
            {
                var row = x.Skip(r * features).Take(features).ToArray();
                double m = row.Average();
                double variance = row.Sum(v => (v - m) * (v - m)) / features;
                Assert.Equal(m, mean[r], 1e-13);
                Assert.Equal(1 / Math.Sqrt(variance + Eps), rstd[r], 1e-9);
            }
        }

        [Theory]
        [MemberData(nameof(LayerShapes))]
        public void LayerNorm_gradients_match_central_differences_and_accumulate(int n, int features)
        {
            var (x, gamma, beta) = (Values(n * features, 4, 1.0, 0.5), Values(features, 5), Values(features, 6));
            var weights = Values(n * features, 7); // loss = Σ weights·y, so dy = weights
            var (y, mean, rstd) = (new double[n * features], new double[n], new double[n]);
            Normalization.LayerNormForward<double>(x, gamma, beta, y, mean, rstd, n, features, Eps);
            var dx = new double[n * features];
            var dGamma = Values(features, 8);
            var dBeta = Values(features, 9);
            var (dGamma0, dBeta0) = (dGamma.ToArray(), dBeta.ToArray());

            Normalization.LayerNormBackward<double>(weights, x, gamma, mean, rstd, dx, dGamma, dBeta, n, features);

            double Loss(double[] xs, double[] g, double[] b) => Dot(weights, ReferenceLayerNorm(xs, g, b, n, features, Eps));
            Close.All(Numeric(x, v => Loss(v, gamma, beta)), dx, 1e-6, 1e-6, "dx");
            Close.All(Add(dGamma0, Numeric(gamma, v => Loss(x, v, beta))), dGamma, 1e-6, 1e-6, "dGamma");
            Close.All(Add(dBeta0, Numeric(beta, v => Loss(x, gamma, v))), dBeta, 1e-6, 1e-6, "dBeta");
        }

        [Fact]
        public void LayerNorm_backward_writes_the_same_gradient_in_place_over_dy()
        {
            const int n = 6, features = 9;
            var (x, gamma, beta, dy) = (Values(n * features, 10), Values(features, 11), Values(features, 12), Values(n * features, 13));
            var (y, mean, rstd) = (new double[n * features], new double[n], new double[n]);
            Normalization.LayerNormForward<double>(x, gamma, beta, y, mean, rstd, n, features, Eps);
            var separate = new double[n * features];
            var (g1, b1, g2, b2) = (new double[features], new double[features], new double[features], new double[features]);
            Normalization.LayerNormBackward<double>(dy, x, gamma, mean, rstd, separate, g1, b1, n, features);

            var inPlace = dy.ToArray();
            Normalization.LayerNormBackward<double>(inPlace, x, gamma, mean, rstd, inPlace, g2, b2, n, features);

            Assert.Equal(separate, inPlace);
            Assert.Equal(g1, g2);
            Assert.Equal(b1, b2);
            Assert.NotEqual(dy, inPlace);
        }

        [Fact]
        public void LayerNorm_in_float_stays_within_float_rounding_of_the_double_formula()
        {
            const int n = 33, features = 70;
            // A large common offset: a float accumulator would lose the variance, a double one keeps it.
            var x = Values(n * features, 14, 0.01, 1000.0).Select(v => (double)(float)v).ToArray();
            var (gamma, beta) = (Round(Values(features, 15)), Round(Values(features, 16)));
            var (y, mean, rstd) = (new float[n * features], new float[n], new float[n]);

            Normalization.LayerNormForward<float>(Close.ToSingle(x), Close.ToSingle(gamma), Close.ToSingle(beta), y, mean, rstd, n, features, Eps);

            Close.All(ReferenceLayerNorm(x, gamma, beta, n, features, Eps), y, 1e-6, 1e-6, "y");
        }

        [Theory]
        [MemberData(nameof(BatchShapes))]
        public void BatchNorm_train_forward_matches_the_formula_and_moves_the_running_statistics(int n, int features)
        {
            var (x, gamma, beta) = (Values(n * features, 17, 2.0, -1.0), Values(features, 18), Values(features, 19));
            var (runningMean, runningVar) = (Values(features, 20), Values(features, 21).Select(v => 0.5 + v * v).ToArray());
            var (expectedMean, expectedVar) = (runningMean.ToArray(), runningVar.ToArray());
            var (y, mean, rstd) = (new double[n * features], new double[features], new double[features]);

            Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, runningMean, runningVar, mean, rstd, n, features, Eps, 0.1);

            Close.All(ReferenceBatchNorm(x, gamma, beta, n, features, Eps), y, 1e-13, 1e-12, "y");
            ReferenceRunningUpdate(x, n, features, 0.1, expectedMean, expectedVar);
            Close.All(expectedMean, runningMean, 1e-15, 1e-14, "running_mean");
            Close.All(expectedVar, runningVar, 1e-15, 1e-14, "running_var");
        }

        [Fact]
        public void BatchNorm_running_statistics_after_three_steps_match_a_reference_loop_and_drive_eval()
        {
            const int n = 7, features = 66;
            const double momentum = 0.1;
            // PyTorch's initial buffers: running_mean 0, running_var 1.
            var (runningMean, runningVar) = (new double[features], Enumerable.Repeat(1.0, features).ToArray());
            var (expectedMean, expectedVar) = (new double[features], Enumerable.Repeat(1.0, features).ToArray());
            var (gamma, beta) = (Values(features, 22), Values(features, 23));
            var (y, mean, rstd) = (new double[n * features], new double[features], new double[features]);
            for (int step = 0; step < 3; step++)
            {
                var x = Values(n * features, 30 + step, 1.5, step);
                Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, runningMean, runningVar, mean, rstd, n, features, Eps, momentum);
                ReferenceRunningUpdate(x, n, features, momentum, expectedMean, expectedVar);
            }

            Close.All(expectedMean, runningMean, 1e-15, 1e-13, "running_mean");
            Close.All(expectedVar, runningVar, 1e-15, 1e-13, "running_var");

            var test = Values(3 * features, 40);
            var evaluated = new double[test.Length];
            Normalization.BatchNormEvalForward<double>(test, gamma, beta, runningMean, runningVar, evaluated, 3, features, Eps);
            var want = new double[test.Length];
            for (int i = 0; i < test.Length; i++)
            {
                int f = i % features;
                want[i] = (test[i] - expectedMean[f]) / Math.Sqrt(expectedVar[f] + Eps) * gamma[f] + beta[f];
            }

            Close.All(want, evaluated, 1e-13, 1e-12, "eval y");
        }

        [Fact]
        public void BatchNorm_on_one_row_throws_and_changes_nothing()
        {
            const int features = 4;
            var x = Values(features, 41);
            var (gamma, beta) = (Values(features, 42), Values(features, 43));
            var (runningMean, runningVar) = (Values(features, 44), Values(features, 45));
            var (y, mean, rstd) = (Values(features, 46), Values(features, 47), Values(features, 48));
            var before = new[] { runningMean.ToArray(), runningVar.ToArray(), y.ToArray(), mean.ToArray(), rstd.ToArray() };

            var error = Assert.Throws<ArgumentException>(() =>
                Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, runningMean, runningVar, mean, rstd, 1, features, Eps, 0.1));

            Assert.Contains("Expected more than 1 value per channel when training", error.Message);
            Assert.Contains("2 rows or more", error.Message);
            Assert.True(error.Message.Length <= 1024);
            Assert.Equal(before, new[] { runningMean, runningVar, y, mean, rstd });
        }

        [Theory]
        [MemberData(nameof(BatchShapes))]
        public void BatchNorm_gradients_match_central_differences_and_accumulate(int n, int features)
        {
            var (x, gamma, beta) = (Values(n * features, 50, 1.0, 0.3), Values(features, 51), Values(features, 52));
            var weights = Values(n * features, 53);
            var (y, mean, rstd) = (new double[n * features], new double[features], new double[features]);
            var (runningMean, runningVar) = (new double[features], new double[features]);
            Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, runningMean, runningVar, mean, rstd, n, features, Eps, 0.1);
            var dx = new double[n * features];
            var (dGamma, dBeta) = (Values(features, 54), Values(features, 55));
            var (dGamma0, dBeta0) = (dGamma.ToArray(), dBeta.ToArray());

            Normalization.BatchNormBackward<double>(weights, x, gamma, mean, rstd, dx, dGamma, dBeta, n, features);

            double Loss(double[] xs, double[] g, double[] b) => Dot(weights, ReferenceBatchNorm(xs, g, b, n, features, Eps));
            Close.All(Numeric(x, v => Loss(v, gamma, beta)), dx, 1e-6, 1e-6, "dx");
            Close.All(Add(dGamma0, Numeric(gamma, v => Loss(x, v, beta))), dGamma, 1e-6, 1e-6, "dGamma");
            Close.All(Add(dBeta0, Numeric(beta, v => Loss(x, gamma, v))), dBeta, 1e-6, 1e-6, "dBeta");
        }

        [Fact]
        public void BatchNorm_backward_writes_the_same_gradient_in_place_over_dy()
        {
            const int n = 9, features = 70;
            var (x, gamma, beta, dy) = (Values(n * features, 56), Values(features, 57), Values(features, 58), Values(n * features, 59));
            var (y, mean, rstd) = (new double[n * features], new double[features], new double[features]);
            Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, new double[features], new double[features], mean, rstd, n, features, Eps, 0.1);
            var separate = new double[n * features];
            var (g1, b1, g2, b2) = (new double[features], new double[features], new double[features], new double[features]);
            Normalization.BatchNormBackward<double>(dy, x, gamma, mean, rstd, separate, g1, b1, n, features);

            var inPlace = dy.ToArray();
            Normalization.BatchNormBackward<double>(inPlace, x, gamma, mean, rstd, inPlace, g2, b2, n, features);

            Assert.Equal(separate, inPlace);
            Assert.Equal(g1, g2);
            Assert.Equal(b1, b2);
        }

        [Fact]
        public void Forward_outputs_may_overwrite_their_inputs()
        {
            const int n = 5, features = 70;
            var (x, gamma, beta) = (Values(n * features, 60), Values(features, 61), Values(features, 62));
            var (running1, running2) = (Values(features, 63), Values(features, 64).Select(v => v * v).ToArray());

            var layer = new double[n * features];
            Normalization.LayerNormForward<double>(x, gamma, beta, layer, new double[n], new double[n], n, features, Eps);
            var layerInPlace = x.ToArray();
            Normalization.LayerNormForward<double>(layerInPlace, gamma, beta, layerInPlace, new double[n], new double[n], n, features, Eps);
            Assert.Equal(layer, layerInPlace);

            var batch = new double[n * features];
            Normalization.BatchNormTrainForward<double>(x, gamma, beta, batch, running1.ToArray(), running2.ToArray(), new double[features], new double[features], n, features, Eps, 0.1);
            var batchInPlace = x.ToArray();
            Normalization.BatchNormTrainForward<double>(batchInPlace, gamma, beta, batchInPlace, running1.ToArray(), running2.ToArray(), new double[features], new double[features], n, features, Eps, 0.1);
            Assert.Equal(batch, batchInPlace);

            var eval = new double[n * features];
            Normalization.BatchNormEvalForward<double>(x, gamma, beta, running1, running2, eval, n, features, Eps);
            var evalInPlace = x.ToArray();
            Normalization.BatchNormEvalForward<double>(evalInPlace, gamma, beta, running1, running2, evalInPlace, n, features, Eps);
            Assert.Equal(eval, evalInPlace);
        }

        [Fact]
        public void BatchNorm_in_float_stays_within_float_rounding_of_the_double_formula()
        {
            const int n = 33, features = 70;
            var x = Round(Values(n * features, 65, 0.01, 1000.0));
            var (gamma, beta) = (Round(Values(features, 66)), Round(Values(features, 67)));
            var (y, mean, rstd) = (new float[n * features], new float[features], new float[features]);

            Normalization.BatchNormTrainForward<float>(Close.ToSingle(x), Close.ToSingle(gamma), Close.ToSingle(beta), y,
                new float[features], new float[features], mean, rstd, n, features, Eps, 0.1);

            Close.All(ReferenceBatchNorm(x, gamma, beta, n, features, Eps), y, 1e-6, 1e-6, "y");
        }

        [Fact]
        public void Bad_arguments_throw_before_anything_is_written()
        {
            var y = new double[6];
            var running = new double[3];
            Assert.Throws<ArgumentException>(() => Normalization.LayerNormForward<double>(new double[5], new double[3], new double[3], y, new double[2], new double[2], 2, 3, Eps));
            Assert.Throws<ArgumentOutOfRangeException>(() => Normalization.LayerNormForward<double>(new double[6], new double[3], new double[3], y, new double[2], new double[2], 2, 3, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => Normalization.LayerNormForward<double>(new double[0], new double[0], new double[0], new double[0], new double[0], new double[0], 0, 0, Eps));
            Assert.Throws<ArgumentException>(() => Normalization.BatchNormTrainForward<double>(new double[6], new double[3], new double[3], y, running, new double[2], new double[3], new double[3], 2, 3, Eps, 0.1));
            Assert.Throws<ArgumentOutOfRangeException>(() => Normalization.BatchNormTrainForward<double>(new double[6], new double[3], new double[3], y, running, new double[3], new double[3], new double[3], 2, 3, Eps, double.NaN));
            Assert.Throws<ArgumentException>(() => Normalization.BatchNormBackward<double>(new double[6], new double[6], new double[3], new double[3], new double[3], new double[6], new double[3], new double[2], 2, 3));
            // 2^16 × 2^16 wraps to 0 in int: the length check is in long.
            Assert.Throws<ArgumentException>(() => Normalization.BatchNormEvalForward<double>(new double[0], new double[65536], new double[65536], new double[65536], new double[65536], new double[0], 65536, 65536, Eps));
            Assert.All(y, v => Assert.Equal(0, v));
            Assert.All(running, v => Assert.Equal(0, v));
        }

        [Fact]
        public void Warm_calls_allocate_nothing()
        {
            const int n = 8, features = 130;
            var (x, gamma, beta, dy) = (Values(n * features, 70), Values(features, 71), Values(features, 72), Values(n * features, 73));
            var (y, dx, rowStats, rowStats2) = (new double[n * features], new double[n * features], new double[n], new double[n]);
            var (rm, rv, fm, fr, dg, db) = (new double[features], new double[features], new double[features], new double[features], new double[features], new double[features]);
            void All()
            {
                Normalization.LayerNormForward<double>(x, gamma, beta, y, rowStats, rowStats2, n, features, Eps);
                Normalization.LayerNormBackward<double>(dy, x, gamma, rowStats, rowStats2, dx, dg, db, n, features);
                Normalization.BatchNormTrainForward<double>(x, gamma, beta, y, rm, rv, fm, fr, n, features, Eps, 0.1);
                Normalization.BatchNormBackward<double>(dy, x, gamma, fm, fr, dx, dg, db, n, features);
                Normalization.BatchNormEvalForward<double>(x, gamma, beta, rm, rv, y, n, features, Eps);
            }

            All();
            long before = GC.GetAllocatedBytesForCurrentThread();
            All();
            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        internal static double[] ReferenceLayerNorm(double[] x, double[] gamma, double[] beta, int n, int features, double eps)
        {
            var y = new double[x.Length];
            for (int r = 0; r < n; r++)
            {
                double mean = 0, variance = 0;
                for (int i = 0; i < features; i++)
                {
                    mean += x[r * features + i] / features;
                }

                for (int i = 0; i < features; i++)
                {
                    variance += Math.Pow(x[r * features + i] - mean, 2) / features;
                }

                for (int i = 0; i < features; i++)
                {
                    y[r * features + i] = (x[r * features + i] - mean) / Math.Sqrt(variance + eps) * gamma[i] + beta[i];
                }
            }

            return y;
        }

        internal static double[] ReferenceBatchNorm(double[] x, double[] gamma, double[] beta, int n, int features, double eps)
        {
            var y = new double[x.Length];
            for (int f = 0; f < features; f++)
            {
                var (mean, variance) = ColumnStatistics(x, n, features, f);
                for (int r = 0; r < n; r++)
                {
                    y[r * features + f] = (x[r * features + f] - mean) / Math.Sqrt(variance + eps) * gamma[f] + beta[f];
                }
            }

            return y;
        }

        /// <summary>PyTorch's update: running = (1 − momentum)·running + momentum·batch, the variance unbiased.</summary>
        private static void ReferenceRunningUpdate(double[] x, int n, int features, double momentum, double[] runningMean, double[] runningVar)
        {
            for (int f = 0; f < features; f++)
            {
                var (mean, variance) = ColumnStatistics(x, n, features, f);
                runningMean[f] = (1 - momentum) * runningMean[f] + momentum * mean;
                runningVar[f] = (1 - momentum) * runningVar[f] + momentum * variance * n / (n - 1);
            }
        }

        /// <summary>Mean and biased variance of column f.</summary>
        private static (double Mean, double Variance) ColumnStatistics(double[] x, int n, int features, int f)
        {
            var column = Enumerable.Range(0, n).Select(r => x[r * features + f]).ToArray();
            double mean = column.Average();
            return (mean, column.Select(v => (v - mean) * (v - mean)).Average());
        }

        /// <summary>∂loss/∂v_i by central differences, step 1e-6·max(1, |v_i|).</summary>
        internal static double[] Numeric(double[] values, Func<double[], double> loss)
        {
            var gradient = new double[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                double h = 1e-6 * Math.Max(1, Math.Abs(values[i]));
                var plus = values.ToArray();
                var minus = values.ToArray();
                plus[i] += h;
                minus[i] -= h;
                gradient[i] = (loss(plus) - loss(minus)) / (2 * h);
            }

            return gradient;
        }

        internal static double Dot(double[] a, double[] b) => a.Zip(b, (p, q) => p * q).Sum();

        private static double[] Add(double[] a, double[] b) => a.Zip(b, (p, q) => p + q).ToArray();

        private static double[] Round(double[] values) => values.Select(v => (double)(float)v).ToArray();

        /// <summary>Deterministic normal values: offset + scale·N(0, 1).</summary>
        internal static double[] Values(int count, int seed, double scale = 1.0, double offset = 0.0)
        {
            var random = new DeterministicRandom(seed);
            return Enumerable.Range(0, count).Select(_ => offset + scale * random.NextNormal()).ToArray();
        }
    }
}
