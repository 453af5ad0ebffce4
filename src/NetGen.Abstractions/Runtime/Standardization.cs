using System;
using System.ComponentModel;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>The statistics behind <c>[Standardize]</c>: learnt by <c>Adapt</c>, applied by <c>Predict</c>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Standardization
    {
        /// <summary>Features per stack-allocated block of double accumulators.</summary>
        private const int Block = 64;

        /// <summary>
        /// Per-feature mean and population standard deviation (divisor n), as Keras' Normalization.adapt and
        /// scikit-learn's StandardScaler. Computed in double by the corrected two-pass algorithm on values scaled by a
        /// power of two, so no sum overflows and finite inputs always give finite statistics. A constant feature gets
        /// std 1 so that <see cref="Apply{T}"/> maps it to 0: a feature counts as constant when its variance is within
        /// the rounding error of the computation (scikit-learn's rule, var ≤ n·ε·var + (n·ε·mean)²), or when its std
        /// rounds to 0 or overflows in T.
        /// </summary>
        /// <param name="inputs">n × features rows, row-major; at least one row.</param>
        /// <param name="features">Values per row.</param>
        /// <param name="mean">Receives the features means.</param>
        /// <param name="std">Receives the features standard deviations, never 0.</param>
        /// <exception cref="ArgumentException">
        /// The inputs are empty, not a whole number of rows, or hold NaN or infinity; nothing is written.
        /// </exception>
        public static void Adapt<T>(ReadOnlySpan<T> inputs, int features, Span<T> mean, Span<T> std)
            where T : IFloatingPointIeee754<T>
        {
            if (features < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(features), features, "Must be at least 1.");
            }

            if (inputs.IsEmpty || inputs.Length % features != 0)
            {
                throw new ArgumentException(
                    $"Expected whole rows of {features} values, at least one, but got {inputs.Length} values. Pass the training inputs, row after row.",
                    nameof(inputs));
            }

            KernelArguments.Require(mean.Length, features, nameof(mean));
            KernelArguments.Require(std.Length, features, nameof(std));
            for (int i = 0; i < inputs.Length; i++)
            {
                if (!T.IsFinite(inputs[i]))
                {
                    throw new ArgumentException(
                        $"Input {i} (row {i / features}, feature {i % features}) is {inputs[i]}; Adapt needs finite values. Remove or impute that row first.",
                        nameof(inputs));
                }
            }

            int n = inputs.Length / features;
            Span<double> scales = stackalloc double[Block];
            Span<double> means = stackalloc double[Block];
            for (int start = 0; start < features; start += Block)
            {
                int width = Math.Min(Block, features - start);
                ColumnScales(inputs, n, features, start, scales.Slice(0, width));
                for (int j = 0; j < width; j++)
                {
                    means[j] = 0;
                }

                for (int r = 0; r < n; r++)
                {
                    int at = r * features + start;
                    for (int j = 0; j < width; j++)
                    {
                        means[j] += double.CreateTruncating(inputs[at + j]) * scales[j];
                    }
                }

                for (int j = 0; j < width; j++)
                {
                    means[j] /= n;
                }

                for (int j = 0; j < width; j++)
                {
                    // Second pass per feature: Σd and Σd², d = scaled x − first mean; Σd corrects the mean's rounding
                    // (Chan, Golub and LeVeque's corrected two-pass algorithm).
                    double sum = 0, squares = 0;
                    for (int r = 0; r < n; r++)
                    {
                        double d = double.CreateTruncating(inputs[r * features + start + j]) * scales[j] - means[j];
                        sum += d;
                        squares += d * d;
                    }

                    double scaledMean = means[j] + sum / n;
                    double variance = Math.Max(0, (squares - sum * sum / n) / n);
                    double unscale = 1 / scales[j];
                    T featureMean = T.CreateTruncating(scaledMean * unscale);
                    T featureStd = T.CreateTruncating(Math.Sqrt(variance) * unscale);
                    double bound = n * EpsilonOfDouble * variance + Square(n * EpsilonOfDouble * scaledMean);
                    if (variance <= bound || featureStd == T.Zero || !T.IsFinite(featureStd))
                    {
                        featureStd = T.One;
                    }

                    mean[start + j] = featureMean;
                    std[start + j] = featureStd;
                }
            }
        }

        /// <summary>y = (x − mean)/std per feature, in T.</summary>
        /// <param name="x">n × features inputs.</param>
        /// <param name="mean">features means.</param>
        /// <param name="std">features standard deviations.</param>
        /// <param name="y">n × features outputs; may alias <paramref name="x"/>.</param>
        /// <param name="n">Rows.</param>
        /// <param name="features">Values per row.</param>
        public static void Apply<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> mean, ReadOnlySpan<T> std, Span<T> y, int n, int features)
            where T : IFloatingPointIeee754<T>
        {
            KernelArguments.RequireShape(n, features);
            KernelArguments.Require(x.Length, (long)n * features, nameof(x));
            KernelArguments.Require(mean.Length, features, nameof(mean));
            KernelArguments.Require(std.Length, features, nameof(std));
            KernelArguments.Require(y.Length, (long)n * features, nameof(y));
            for (int r = 0; r < n; r++)
            {
                ReadOnlySpan<T> row = x.Slice(r * features, features);
                Span<T> output = y.Slice(r * features, features);
                for (int j = 0; j < row.Length; j++)
                {
                    output[j] = (row[j] - mean[j]) / std[j];
                }
            }
        }

        /// <summary>The gap between 1 and the next double, 2^−52 (numpy's finfo(float64).eps).</summary>
        private const double EpsilonOfDouble = 2.220446049250313e-16;

        private const int MaxScaleExponent = 1000;

        private static double Square(double value) => value * value;

        /// <summary>
        /// scales[j] = a power of two that brings the column's largest magnitude into [0.5, 1), so multiplying by it
        /// is exact and no sum of squares overflows. Its exponent is clamped to ±1000 so that it and its inverse stay
        /// normal doubles (the extreme columns land within 2^±24 of 1 instead). 1 for an all-zero column.
        /// </summary>
        private static void ColumnScales<T>(ReadOnlySpan<T> inputs, int n, int features, int start, Span<double> scales)
            where T : IFloatingPointIeee754<T>
        {
            scales.Clear();
            for (int r = 0; r < n; r++)
            {
                int at = r * features + start;
                for (int j = 0; j < scales.Length; j++)
                {
                    scales[j] = Math.Max(scales[j], Math.Abs(double.CreateTruncating(inputs[at + j])));
                }
            }

            for (int j = 0; j < scales.Length; j++)
            {
                scales[j] = scales[j] == 0 ? 1 : Math.ScaleB(1.0, Math.Clamp(-(Math.ILogB(scales[j]) + 1), -MaxScaleExponent, MaxScaleExponent));
            }
        }
    }
}
