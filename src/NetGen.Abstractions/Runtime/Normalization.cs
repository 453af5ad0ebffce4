using System;
using System.ComponentModel;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>
    /// LayerNorm and BatchNorm1d kernels with PyTorch's semantics, for the generated forward and backward passes.
    /// Batches are row-major: n rows of <c>features</c> values, row r at r·features.
    /// </summary>
    /// <remarks>
    /// Means, variances and every normalised value are computed in double whatever T is (two passes: the mean, then
    /// the squared deviations from it), then rounded to T once. PyTorch's CPU kernels accumulate float statistics in
    /// double too (at::acc_type&lt;float&gt;), and a float accumulator over a long row or batch would drift from them.
    /// The backward passes refine the saved (T) means in double from x before using them. Measured on float inputs
    /// of spread 0.1 around 100 (KernelPyTorchParityTests), these kernels stay within 1e-7 of the exact outputs and
    /// 1e-5 of the exact input gradients, where PyTorch 1.13's float32 kernels are 1e-4 to 2e-2 away.
    /// dGamma and dBeta are added to in T, as the Dense kernels add their gradients (LayerNorm once per row,
    /// BatchNorm once per call).
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Normalization
    {
        /// <summary>Features per stack-allocated block of double accumulators in the BatchNorm kernels.</summary>
        private const int Block = 64;

        /// <summary>
        /// torch.nn.LayerNorm(features, eps) per row: y = (x − mean)/√(var + eps)·gamma + beta with the row's mean and
        /// biased variance. Saves each row's mean and 1/√(var + eps) for <see cref="LayerNormBackward{T}"/>.
        /// </summary>
        /// <param name="x">n × features inputs.</param>
        /// <param name="gamma">features scales (weight).</param>
        /// <param name="beta">features shifts (bias).</param>
        /// <param name="y">n × features outputs; may alias <paramref name="x"/>.</param>
        /// <param name="mean">Receives n row means.</param>
        /// <param name="rstd">Receives n values 1/√(var + eps).</param>
        /// <param name="n">Rows.</param>
        /// <param name="features">Values per row.</param>
        /// <param name="eps">Added to the variance; finite and positive.</param>
        public static void LayerNormForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gamma, ReadOnlySpan<T> beta, Span<T> y,
            Span<T> mean, Span<T> rstd, int n, int features, double eps)
            where T : IFloatingPointIeee754<T>
        {
            KernelArguments.RequireShape(n, features);
            KernelArguments.Require(x.Length, (long)n * features, nameof(x));
            KernelArguments.Require(gamma.Length, features, nameof(gamma));
            KernelArguments.Require(beta.Length, features, nameof(beta));
            KernelArguments.Require(y.Length, (long)n * features, nameof(y));
            KernelArguments.Require(mean.Length, n, nameof(mean));
            KernelArguments.Require(rstd.Length, n, nameof(rstd));
            KernelArguments.RequireEpsilon(eps);

            for (int r = 0; r < n; r++)
            {
                ReadOnlySpan<T> row = x.Slice(r * features, features);
                Span<T> output = y.Slice(r * features, features);
                double sum = 0;
                for (int i = 0; i < row.Length; i++)
                {
                    sum += double.CreateTruncating(row[i]);
                }

                double rowMean = sum / features;
                double squares = 0;
                for (int i = 0; i < row.Length; i++)
                {
                    double d = double.CreateTruncating(row[i]) - rowMean;
                    squares += d * d;
                }

                double inverse = 1.0 / Math.Sqrt(squares / features + eps);
                // Each output reads only its own input, so y may alias x.
                for (int i = 0; i < row.Length; i++)
                {
                    double normalised = (double.CreateTruncating(row[i]) - rowMean) * inverse;
                    output[i] = T.CreateTruncating(normalised * double.CreateTruncating(gamma[i]) + double.CreateTruncating(beta[i]));
                }

                mean[r] = T.CreateTruncating(rowMean);
                rstd[r] = T.CreateTruncating(inverse);
            }
        }

        /// <summary>
        /// LayerNorm's backward pass from the saved statistics: with x̂ = (x − mean)·rstd and g = dy·gamma,
        /// dx = rstd·(g − mean(g) − x̂·mean(g·x̂)) per row; dGamma += Σ_rows dy·x̂ and dBeta += Σ_rows dy.
        /// </summary>
        /// <param name="dy">n × features gradients of the outputs.</param>
        /// <param name="x">The forward pass's n × features inputs.</param>
        /// <param name="gamma">features scales.</param>
        /// <param name="mean">n row means saved by the forward pass (refined in double from <paramref name="x"/>, so a float mean loses nothing).</param>
        /// <param name="rstd">n values 1/√(var + eps) saved by the forward pass.</param>
        /// <param name="dx">Receives n × features input gradients; may alias <paramref name="dy"/> (not <paramref name="x"/>).</param>
        /// <param name="dGamma">features gradients of gamma, added to.</param>
        /// <param name="dBeta">features gradients of beta, added to.</param>
        /// <param name="n">Rows.</param>
        /// <param name="features">Values per row.</param>
        public static void LayerNormBackward<T>(ReadOnlySpan<T> dy, ReadOnlySpan<T> x, ReadOnlySpan<T> gamma, ReadOnlySpan<T> mean,
            ReadOnlySpan<T> rstd, Span<T> dx, Span<T> dGamma, Span<T> dBeta, int n, int features)
            where T : IFloatingPointIeee754<T>
        {
            RequireBackward(dy.Length, x.Length, gamma.Length, mean.Length, rstd.Length, dx.Length, dGamma.Length, dBeta.Length, n, features, statistics: n);

            for (int r = 0; r < n; r++)
            {
                ReadOnlySpan<T> upstream = dy.Slice(r * features, features);
                ReadOnlySpan<T> row = x.Slice(r * features, features);
                Span<T> output = dx.Slice(r * features, features);
                double rowMean = RefinedMean(row, double.CreateTruncating(mean[r]));
                double inverse = double.CreateTruncating(rstd[r]);

                // First pass: the row's sums and the parameter gradients, all read before dx overwrites dy.
                double sumG = 0, sumGX = 0;
                for (int i = 0; i < row.Length; i++)
                {
                    double normalised = (double.CreateTruncating(row[i]) - rowMean) * inverse;
                    double d = double.CreateTruncating(upstream[i]);
                    double g = d * double.CreateTruncating(gamma[i]);
                    sumG += g;
                    sumGX += g * normalised;
                    dGamma[i] += T.CreateTruncating(d * normalised);
                    dBeta[i] += upstream[i];
                }

                double meanG = sumG / features, meanGX = sumGX / features;
                for (int i = 0; i < row.Length; i++)
                {
                    double normalised = (double.CreateTruncating(row[i]) - rowMean) * inverse;
                    double g = double.CreateTruncating(upstream[i]) * double.CreateTruncating(gamma[i]);
                    output[i] = T.CreateTruncating(inverse * (g - meanG - normalised * meanGX));
                }
            }
        }

        /// <summary>
        /// torch.nn.BatchNorm1d(features, eps, momentum) in training mode: each feature is normalised by the batch's
        /// mean and biased variance, then scaled and shifted; the running statistics move by
        /// running = (1 − momentum)·running + momentum·batch, with the unbiased variance (× n/(n − 1)) as PyTorch does.
        /// Saves each feature's batch mean and 1/√(var + eps) for <see cref="BatchNormBackward{T}"/>.
        /// </summary>
        /// <param name="x">n × features inputs.</param>
        /// <param name="gamma">features scales (weight).</param>
        /// <param name="beta">features shifts (bias).</param>
        /// <param name="y">n × features outputs; may alias <paramref name="x"/>.</param>
        /// <param name="runningMean">features running means (running_mean), updated.</param>
        /// <param name="runningVar">features running variances (running_var), updated.</param>
        /// <param name="mean">Receives features batch means.</param>
        /// <param name="rstd">Receives features values 1/√(var + eps).</param>
        /// <param name="n">Rows; at least 2.</param>
        /// <param name="features">Values per row.</param>
        /// <param name="eps">Added to the variance; finite and positive.</param>
        /// <param name="momentum">Weight of the batch statistics in the running ones, in [0, 1].</param>
        /// <exception cref="ArgumentException">n is 1 (no variance to estimate), or a span has the wrong length; nothing is changed.</exception>
        public static void BatchNormTrainForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gamma, ReadOnlySpan<T> beta, Span<T> y,
            Span<T> runningMean, Span<T> runningVar, Span<T> mean, Span<T> rstd, int n, int features, double eps, double momentum)
            where T : IFloatingPointIeee754<T>
        {
            KernelArguments.RequireShape(n, features);
            KernelArguments.Require(x.Length, (long)n * features, nameof(x));
            KernelArguments.Require(gamma.Length, features, nameof(gamma));
            KernelArguments.Require(beta.Length, features, nameof(beta));
            KernelArguments.Require(y.Length, (long)n * features, nameof(y));
            KernelArguments.Require(runningMean.Length, features, nameof(runningMean));
            KernelArguments.Require(runningVar.Length, features, nameof(runningVar));
            KernelArguments.Require(mean.Length, features, nameof(mean));
            KernelArguments.Require(rstd.Length, features, nameof(rstd));
            KernelArguments.RequireEpsilon(eps);
            if (!(momentum >= 0 && momentum <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "Must be in [0, 1] (PyTorch's default is 0.1).");
            }

            if (n == 1)
            {
                throw new ArgumentException(
                    "Expected more than 1 value per channel when training: BatchNorm estimates each feature's variance from the batch, " +
                    "and one row has none. Train with batches of 2 rows or more (drop or merge a last batch of 1 row); nothing was changed.",
                    nameof(n));
            }

            Span<double> sums = stackalloc double[Block];
            Span<double> squares = stackalloc double[Block];
            Span<double> inverses = stackalloc double[Block];
            double unbiased = (double)n / (n - 1);
            for (int start = 0; start < features; start += Block)
            {
                int width = Math.Min(Block, features - start);
                ColumnSums(x, n, features, start, sums.Slice(0, width));
                for (int j = 0; j < width; j++)
                {
                    sums[j] /= n;
                }

                ColumnSquaredDeviations(x, n, features, start, sums.Slice(0, width), squares.Slice(0, width));
                for (int j = 0; j < width; j++)
                {
                    int f = start + j;
                    double batchMean = sums[j];
                    double variance = squares[j] / n;
                    double inverse = 1.0 / Math.Sqrt(variance + eps);
                    mean[f] = T.CreateTruncating(batchMean);
                    rstd[f] = T.CreateTruncating(inverse);
                    runningMean[f] = T.CreateTruncating((1 - momentum) * double.CreateTruncating(runningMean[f]) + momentum * batchMean);
                    runningVar[f] = T.CreateTruncating((1 - momentum) * double.CreateTruncating(runningVar[f]) + momentum * variance * unbiased);
                    inverses[j] = inverse;
                }

                // The block's statistics are complete before its outputs are written, so y may alias x.
                for (int r = 0; r < n; r++)
                {
                    int at = r * features + start;
                    for (int j = 0; j < width; j++)
                    {
                        double normalised = (double.CreateTruncating(x[at + j]) - sums[j]) * inverses[j];
                        y[at + j] = T.CreateTruncating(normalised * double.CreateTruncating(gamma[start + j]) + double.CreateTruncating(beta[start + j]));
                    }
                }
            }
        }

        /// <summary>
        /// torch.nn.BatchNorm1d in evaluation mode: y = (x − runningMean)/√(runningVar + eps)·gamma + beta.
        /// </summary>
        /// <param name="x">n × features inputs.</param>
        /// <param name="gamma">features scales (weight).</param>
        /// <param name="beta">features shifts (bias).</param>
        /// <param name="runningMean">features running means.</param>
        /// <param name="runningVar">features running variances.</param>
        /// <param name="y">n × features outputs; may alias <paramref name="x"/>.</param>
        /// <param name="n">Rows.</param>
        /// <param name="features">Values per row.</param>
        /// <param name="eps">Added to the variance; finite and positive.</param>
        public static void BatchNormEvalForward<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> gamma, ReadOnlySpan<T> beta,
            ReadOnlySpan<T> runningMean, ReadOnlySpan<T> runningVar, Span<T> y, int n, int features, double eps)
            where T : IFloatingPointIeee754<T>
        {
            KernelArguments.RequireShape(n, features);
            KernelArguments.Require(x.Length, (long)n * features, nameof(x));
            KernelArguments.Require(gamma.Length, features, nameof(gamma));
            KernelArguments.Require(beta.Length, features, nameof(beta));
            KernelArguments.Require(runningMean.Length, features, nameof(runningMean));
            KernelArguments.Require(runningVar.Length, features, nameof(runningVar));
            KernelArguments.Require(y.Length, (long)n * features, nameof(y));
            KernelArguments.RequireEpsilon(eps);

            Span<double> scales = stackalloc double[Block];
            for (int start = 0; start < features; start += Block)
            {
                int width = Math.Min(Block, features - start);
                for (int j = 0; j < width; j++)
                {
                    scales[j] = double.CreateTruncating(gamma[start + j]) / Math.Sqrt(double.CreateTruncating(runningVar[start + j]) + eps);
                }

                for (int r = 0; r < n; r++)
                {
                    int at = r * features + start;
                    for (int j = 0; j < width; j++)
                    {
                        double centred = double.CreateTruncating(x[at + j]) - double.CreateTruncating(runningMean[start + j]);
                        y[at + j] = T.CreateTruncating(centred * scales[j] + double.CreateTruncating(beta[start + j]));
                    }
                }
            }
        }

        /// <summary>
        /// BatchNorm1d's training-mode backward pass from the saved batch statistics: with x̂ = (x − mean)·rstd,
        /// dx = gamma·rstd·(dy − mean_rows(dy) − x̂·mean_rows(dy·x̂)) per feature; dGamma += Σ_rows dy·x̂ and dBeta += Σ_rows dy.
        /// </summary>
        /// <param name="dy">n × features gradients of the outputs.</param>
        /// <param name="x">The forward pass's n × features inputs.</param>
        /// <param name="gamma">features scales.</param>
        /// <param name="mean">features batch means saved by the forward pass (refined in double from <paramref name="x"/>, so a float mean loses nothing).</param>
        /// <param name="rstd">features values 1/√(var + eps) saved by the forward pass.</param>
        /// <param name="dx">Receives n × features input gradients; may alias <paramref name="dy"/> (not <paramref name="x"/>).</param>
        /// <param name="dGamma">features gradients of gamma, added to.</param>
        /// <param name="dBeta">features gradients of beta, added to.</param>
        /// <param name="n">Rows.</param>
        /// <param name="features">Values per row.</param>
        public static void BatchNormBackward<T>(ReadOnlySpan<T> dy, ReadOnlySpan<T> x, ReadOnlySpan<T> gamma, ReadOnlySpan<T> mean,
            ReadOnlySpan<T> rstd, Span<T> dx, Span<T> dGamma, Span<T> dBeta, int n, int features)
            where T : IFloatingPointIeee754<T>
        {
            RequireBackward(dy.Length, x.Length, gamma.Length, mean.Length, rstd.Length, dx.Length, dGamma.Length, dBeta.Length, n, features, statistics: features);

            Span<double> means = stackalloc double[Block];
            Span<double> sumDy = stackalloc double[Block];
            Span<double> sumDyX = stackalloc double[Block];
            for (int start = 0; start < features; start += Block)
            {
                int width = Math.Min(Block, features - start);
                sumDy.Clear();
                sumDyX.Clear();
                for (int j = 0; j < width; j++)
                {
                    means[j] = double.CreateTruncating(mean[start + j]);
                }

                // The saved means refined in double (see RefinedMean): Σ_r (x − mean)/n added to each.
                ColumnSquaredDeviations(x, n, features, start, means.Slice(0, width), sumDyX.Slice(0, width), squared: false);
                for (int j = 0; j < width; j++)
                {
                    means[j] += sumDyX[j] / n;
                }

                sumDyX.Clear();

                // First pass over the block's columns: every dy is read before dx may overwrite it.
                for (int r = 0; r < n; r++)
                {
                    int at = r * features + start;
                    for (int j = 0; j < width; j++)
                    {
                        double normalised = (double.CreateTruncating(x[at + j]) - means[j]) * double.CreateTruncating(rstd[start + j]);
                        double d = double.CreateTruncating(dy[at + j]);
                        sumDy[j] += d;
                        sumDyX[j] += d * normalised;
                    }
                }

                for (int j = 0; j < width; j++)
                {
                    dGamma[start + j] += T.CreateTruncating(sumDyX[j]);
                    dBeta[start + j] += T.CreateTruncating(sumDy[j]);
                    sumDy[j] /= n;
                    sumDyX[j] /= n;
                }

                for (int r = 0; r < n; r++)
                {
                    int at = r * features + start;
                    for (int j = 0; j < width; j++)
                    {
                        double inverse = double.CreateTruncating(rstd[start + j]);
                        double normalised = (double.CreateTruncating(x[at + j]) - means[j]) * inverse;
                        double d = double.CreateTruncating(dy[at + j]);
                        dx[at + j] = T.CreateTruncating(double.CreateTruncating(gamma[start + j]) * inverse * (d - sumDy[j] - normalised * sumDyX[j]));
                    }
                }
            }
        }

        /// <summary>sums[j] = Σ_r x[r, start + j] in double.</summary>
        private static void ColumnSums<T>(ReadOnlySpan<T> x, int n, int features, int start, Span<double> sums)
            where T : IFloatingPointIeee754<T>
        {
            sums.Clear();
            for (int r = 0; r < n; r++)
            {
                ReadOnlySpan<T> row = x.Slice(r * features + start, sums.Length);
                for (int j = 0; j < row.Length; j++)
                {
                    sums[j] += double.CreateTruncating(row[j]);
                }
            }
        }

        /// <summary>sums[j] = Σ_r (x[r, start + j] − means[j])², or the plain deviations when not squared, in double.</summary>
        private static void ColumnSquaredDeviations<T>(ReadOnlySpan<T> x, int n, int features, int start, ReadOnlySpan<double> means, Span<double> sums,
            bool squared = true)
            where T : IFloatingPointIeee754<T>
        {
            sums.Clear();
            for (int r = 0; r < n; r++)
            {
                ReadOnlySpan<T> row = x.Slice(r * features + start, sums.Length);
                for (int j = 0; j < row.Length; j++)
                {
                    double d = double.CreateTruncating(row[j]) - means[j];
                    sums[j] += squared ? d * d : d;
                }
            }
        }

        /// <summary>
        /// The mean of <paramref name="values"/> from a saved approximation: saved + Σ(x − saved)/count in double.
        /// A mean saved in float is off by up to half a float ulp of the data's offset (4e-6 at 100), which the
        /// backward pass would multiply by rstd and again by the gradient's sums; the refined one is not.
        /// </summary>
        private static double RefinedMean<T>(ReadOnlySpan<T> values, double saved) where T : IFloatingPointIeee754<T>
        {
            double shift = 0;
            for (int i = 0; i < values.Length; i++)
            {
                shift += double.CreateTruncating(values[i]) - saved;
            }

            return saved + shift / values.Length;
        }

        /// <summary>The backward kernels' argument checks: n × features data, features of gamma and its gradients, and one saved statistic per row (LayerNorm) or per feature (BatchNorm).</summary>
        private static void RequireBackward(int dy, int x, int gamma, int mean, int rstd, int dx, int dGamma, int dBeta, int n, int features, int statistics)
        {
            KernelArguments.RequireShape(n, features);
            KernelArguments.Require(dy, (long)n * features, nameof(dy));
            KernelArguments.Require(x, (long)n * features, nameof(x));
            KernelArguments.Require(gamma, features, nameof(gamma));
            KernelArguments.Require(mean, statistics, nameof(mean));
            KernelArguments.Require(rstd, statistics, nameof(rstd));
            KernelArguments.Require(dx, (long)n * features, nameof(dx));
            KernelArguments.Require(dGamma, features, nameof(dGamma));
            KernelArguments.Require(dBeta, features, nameof(dBeta));
        }
    }
}
