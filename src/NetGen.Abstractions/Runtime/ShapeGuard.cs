using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace NetGen.Runtime
{
    /// <summary>Argument checks of the generated members, so each message is written once.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ShapeGuard
    {
        /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // one compare in Predict's hot path; the throw stays out of line
        public static void EnsureLength(int actual, int expected, string parameterName)
        {
            if (actual != expected)
            {
                ThrowLength(actual, expected, parameterName);
            }
        }

        private static void ThrowLength(int actual, int expected, string parameterName)
            => throw new ArgumentException($"Expected {expected} values but got {actual}.", parameterName);

        /// <summary>
        /// The number of rows in a batch. Throws <see cref="ArgumentException"/> unless the inputs are a
        /// positive whole number of rows and the targets (or outputs) hold as many rows.
        /// </summary>
        public static int Rows(int inputsLength, int inputSize, int otherLength, int otherRowSize, string otherName)
        {
            // In long: rows × otherRowSize can exceed int (2^30 rows of 4 would wrap to 0 and accept an empty span).
            // Once this passes, rows × otherRowSize equals otherLength, so callers may multiply counts in int.
            int rows = InputRows(inputsLength, inputSize);
            if (otherLength != (long)rows * otherRowSize)
            {
                ThrowRows(rows, otherLength, otherRowSize, otherName);
            }

            return rows;
        }

        // Messages in methods of their own, compiled only when one throws: the first training step compiles the
        // checks at tier 0, every line of them, string formatting included, whether it runs or not.
        private static void ThrowRows(int rows, int otherLength, int otherRowSize, string otherName)
            => throw new ArgumentException(
                $"Expected {(long)rows * otherRowSize} values ({rows} rows × {otherRowSize}) but got {otherLength}.", otherName);

        /// <summary>
        /// <see cref="Rows"/> for a classifier's targets: a wrong length says that one-hot rows or class indices are expected.
        /// </summary>
        public static int ClassifierRows(int inputsLength, int inputSize, int targetsLength, int outputSize)
        {
            int rows = InputRows(inputsLength, inputSize);
            if (targetsLength != (long)rows * outputSize)
            {
                string hint = targetsLength == rows ? ": pass the classes as ReadOnlySpan<int>" : "";
                throw new ArgumentException(
                    $"Expected {(long)rows * outputSize} targets ({rows} rows × {outputSize} one-hot columns) or {rows} class indices but got {targetsLength} values{hint}.",
                    "targets");
            }

            return rows;
        }

        /// <summary>The number of rows in <paramref name="inputsLength"/> values; throws <see cref="ArgumentException"/> unless a positive whole number.</summary>
        public static int InputRows(int inputsLength, int inputSize)
        {
            if (inputsLength == 0 || inputsLength % inputSize != 0)
            {
                ThrowInputRows(inputsLength, inputSize);
            }

            return inputsLength / inputSize;
        }

        private static void ThrowInputRows(int inputsLength, int inputSize)
            => throw new ArgumentException(
                $"Expected a positive multiple of InputSize ({inputSize}) values but got {inputsLength}.", "inputs");
    }
}
