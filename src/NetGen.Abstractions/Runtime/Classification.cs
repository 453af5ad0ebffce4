using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;

namespace NetGen.Runtime
{
    /// <summary>
    /// The classification helpers behind the generated members of Softmax + CrossEntropy and single-Sigmoid + BCE
    /// networks: class indices to targets, the target checks, and the predicted class. Each check and message lives here once.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class Classification
    {
        /// <summary>
        /// A cross-entropy target row must sum to 1 within this, plus OutputSize × the element type's machine epsilon
        /// (the worst rounding of the sum), for float.
        /// </summary>
        public const double FloatRowSumTolerance = 1e-3;

        /// <summary>As <see cref="FloatRowSumTolerance"/>, for double.</summary>
        public const double DoubleRowSumTolerance = 1e-6;

        /// <summary>
        /// Throws <see cref="ArgumentException"/> naming the first row of <paramref name="targets"/> that is not a
        /// probability row: a negative entry, or a sum off 1 by more than the tolerance (see <see cref="FloatRowSumTolerance"/>).
        /// NaN and infinities pass: they are CheckFinite's business.
        /// </summary>
        public static void EnsureProbabilityRows<T>(ReadOnlySpan<T> targets, int outputSize) where T : IFloatingPointIeee754<T>
        {
            T tolerance = RowSumTolerance<T>(outputSize);
            int rows = targets.Length / outputSize;
            for (int r = 0; r < rows; r++)
            {
                ReadOnlySpan<T> row = targets.Slice(r * outputSize, outputSize);
                T sum = T.Zero;
                for (int k = 0; k < row.Length; k++)
                {
                    if (row[k] < T.Zero && T.IsFinite(row[k]))
                    {
                        throw new ArgumentException(Invariant(
                            $"Cross-entropy targets must be one-hot or probability rows, but row {r} holds {row[k]} at column {k}: pass class indices as ReadOnlySpan<int>, or rows of non-negative values summing to 1."),
                            "targets");
                    }

                    sum += row[k];
                }

                if (T.IsFinite(sum) && T.Abs(sum - T.One) > tolerance)
                {
                    throw new ArgumentException(Invariant(
                        $"Cross-entropy targets must be one-hot or probability rows, but row {r} sums to {sum}: pass class indices as ReadOnlySpan<int>, or rows summing to 1 (within {tolerance})."),
                        "targets");
                }
            }
        }

        /// <summary>
        /// Throws <see cref="ArgumentException"/> naming the first binary cross-entropy target outside [0, 1].
        /// NaN and infinities pass: they are CheckFinite's business.
        /// </summary>
        public static void EnsureUnitInterval<T>(ReadOnlySpan<T> targets, int outputSize) where T : IFloatingPointIeee754<T>
        {
            for (int i = 0; i < targets.Length; i++)
            {
                if ((targets[i] < T.Zero || targets[i] > T.One) && T.IsFinite(targets[i]))
                {
                    throw new ArgumentException(Invariant(
                        $"Binary cross-entropy targets must lie in [0, 1], but row {i / outputSize} holds {targets[i]} at column {i % outputSize}."),
                        "targets");
                }
            }
        }

        /// <summary>
        /// The number of rows of a batch of class indices. Throws <see cref="ArgumentException"/> unless the inputs are
        /// a positive whole number of rows with one class index each.
        /// </summary>
        public static int ClassRows(int inputsLength, int inputSize, int classesLength)
        {
            int rows = ShapeGuard.InputRows(inputsLength, inputSize);
            if (classesLength != rows)
            {
                throw new ArgumentException(Invariant($"Expected {rows} class indices (one per row of inputs) but got {classesLength}."), "classes");
            }

            return rows;
        }

        /// <summary>
        /// Throws <see cref="ArgumentOutOfRangeException"/> naming the first row whose class is outside [0, <paramref name="classCount"/>).
        /// </summary>
        public static void EnsureClasses(ReadOnlySpan<int> classes, int classCount)
        {
            for (int r = 0; r < classes.Length; r++)
            {
                if ((uint)classes[r] >= (uint)classCount)
                {
                    throw new ArgumentOutOfRangeException("classes", classes[r], Invariant(
                        $"Row {r}: class {classes[r]} is outside [0, {classCount}) ({(classCount == 2 ? "0 or 1 for a single sigmoid output" : "one per output")})."));
                }
            }
        }

        /// <summary>
        /// Checks <paramref name="classes"/> and returns, rented from <see cref="ArrayPool{T}.Shared"/>, their targets:
        /// one-hot rows of <paramref name="outputSize"/> values, or for a single sigmoid output (<paramref name="outputSize"/> = 1)
        /// the class itself (0 or 1). The first classes.Length × outputSize values hold them; the caller returns the array.
        /// </summary>
        public static T[] RentTargets<T>(ReadOnlySpan<int> classes, int outputSize) where T : IFloatingPointIeee754<T>
        {
            EnsureClasses(classes, outputSize == 1 ? 2 : outputSize);
            if ((long)classes.Length * outputSize > Array.MaxLength)
            {
                throw new ArgumentException(Invariant(
                    $"{classes.Length} rows × {outputSize} one-hot columns exceed the largest target buffer ({Array.MaxLength} values): pass fewer rows per call."),
                    "classes");
            }

            T[] rented = ArrayPool<T>.Shared.Rent(classes.Length * outputSize);
            if (outputSize == 1)
            {
                for (int r = 0; r < classes.Length; r++)
                {
                    rented[r] = classes[r] == 0 ? T.Zero : T.One;
                }

                return rented;
            }

            Span<T> targets = rented.AsSpan(0, classes.Length * outputSize);
            targets.Clear();
            for (int r = 0; r < classes.Length; r++)
            {
                targets[r * outputSize + classes[r]] = T.One;
            }

            return rented;
        }

        /// <summary>
        /// The index of the largest value, the first on ties, as torch.argmax: a NaN counts as the largest (the first NaN wins).
        /// </summary>
        public static int ArgMax<T>(ReadOnlySpan<T> values) where T : IFloatingPointIeee754<T>
        {
            int best = 0;
            for (int k = 0; k < values.Length; k++)
            {
                if (T.IsNaN(values[k]))
                {
                    return k;
                }

                if (values[k] > values[best])
                {
                    best = k;
                }
            }

            return best;
        }

        /// <summary>The class of a single sigmoid output: 1 when p ≥ 0.5, else 0 (NaN gives 0, as PyTorch's <c>p &gt;= 0.5</c>).</summary>
        public static int BinaryClass<T>(T probability) where T : IFloatingPointIeee754<T>
            => probability >= T.CreateChecked(0.5) ? 1 : 0;

        /// <summary>The tolerance of a row sum: the base tolerance of T plus the worst rounding of a sum of <paramref name="outputSize"/> values.</summary>
        public static T RowSumTolerance<T>(int outputSize) where T : IFloatingPointIeee754<T>
        {
            bool single = typeof(T) == typeof(float);
            double epsilon = single ? MathF.BitIncrement(1f) - 1f : Math.BitIncrement(1.0) - 1.0;
            return T.CreateChecked((single ? FloatRowSumTolerance : DoubleRowSumTolerance) + outputSize * epsilon);
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
