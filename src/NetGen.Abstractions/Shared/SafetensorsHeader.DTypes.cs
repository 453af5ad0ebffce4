using System;
using System.Collections.Generic;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>The dtype table: every safetensors dtype with its element size, and which ones load.</summary>
    internal sealed partial class SafetensorsHeader
    {
        /// <summary>The dtype of 32-bit IEEE 754 floats.</summary>
        public const string DTypeF32 = "F32";

        /// <summary>The dtype of 64-bit IEEE 754 floats.</summary>
        public const string DTypeF64 = "F64";

        /// <summary>The dtype of 64-bit signed integers: PyTorch's int64 (BatchNorm's num_batches_tracked).</summary>
        public const string DTypeI64 = "I64";

        private static readonly Dictionary<string, int> s_elementBits = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["BOOL"] = 8,
            ["U8"] = 8,
            ["I8"] = 8,
            ["F8_E5M2"] = 8,
            ["F8_E4M3"] = 8,
            ["F8_E8M0"] = 8,
            ["I16"] = 16,
            ["U16"] = 16,
            ["F16"] = 16,
            ["BF16"] = 16,
            ["I32"] = 32,
            ["U32"] = 32,
            ["F32"] = 32,
            ["F64"] = 64,
            ["I64"] = 64,
            ["U64"] = 64,
            ["C64"] = 64,
            ["F4"] = 4,
            ["F6_E2M3"] = 6,
            ["F6_E3M2"] = 6,
        };

        /// <summary>Whether a dtype string is one the safetensors format defines (F32, BF16, I64, F8_E4M3, ...).</summary>
        /// <param name="dtype">The dtype string, case-sensitive.</param>
        /// <returns>True for a known dtype.</returns>
        public static bool IsKnownDType(string dtype)
        {
            return dtype != null && s_elementBits.ContainsKey(dtype);
        }

        /// <summary>
        /// Whether NetGen can read values of this dtype: <c>F32</c>, <c>F64</c> and <c>I64</c> (converted, as PyTorch's
        /// load_state_dict copies into the parameter's dtype).
        /// </summary>
        /// <param name="dtype">The dtype string, case-sensitive.</param>
        /// <returns>True for F32, F64 and I64.</returns>
        public static bool IsReadableDType(string dtype)
        {
            return dtype == DTypeF32 || dtype == DTypeF64 || dtype == DTypeI64;
        }

        /// <summary>The size of one element of a known dtype in bits (4 for F4, 6 for the F6 types, else a multiple of 8).</summary>
        /// <param name="dtype">A known dtype string.</param>
        /// <returns>The element size in bits.</returns>
        /// <exception cref="ArgumentException">The dtype is not known.</exception>
        public static int GetElementSizeInBits(string dtype)
        {
            if (dtype != null && s_elementBits.TryGetValue(dtype, out int bits))
            {
                return bits;
            }

            throw new ArgumentException(SafetensorsLimits.Quote(dtype ?? "null") + " is not a safetensors dtype.", nameof(dtype));
        }

        /// <summary>Throws the <see cref="SafetensorsFormatException"/> for reading a tensor whose dtype is not F32, F64 or I64.</summary>
        /// <param name="tensor">The tensor.</param>
        /// <returns>The exception to throw.</returns>
        internal static SafetensorsFormatException UnsupportedDType(SafetensorsTensorInfo tensor)
        {
            return new SafetensorsFormatException(
                "Tensor " + SafetensorsLimits.Quote(tensor.Name) + " has unsupported dtype " + tensor.DType + ": NetGen reads only F32, F64 and I64 tensors.");
        }

        /// <summary>The product of the dimensions; throws <see cref="OverflowException"/> past <see cref="long.MaxValue"/>.</summary>
        private static long ElementCountOf(int[] shape)
        {
            long count = 1;
            foreach (int dim in shape)
            {
                count = checked(count * dim);
            }

            return count;
        }

        /// <summary>The byte length of <paramref name="count"/> elements, or -1 when they do not fill whole bytes.</summary>
        private static long ByteLengthOf(long count, int bits)
        {
            long totalBits = checked(count * bits);
            return totalBits % 8 == 0 ? totalBits / 8 : -1;
        }
    }
}
