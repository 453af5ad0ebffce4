using System;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>Decoding a tensor's F32 or F64 data from a file held in memory.</summary>
    internal sealed partial class SafetensorsHeader
    {
        /// <summary>
        /// Decodes an F32 or F64 tensor's values as doubles (F32 values widen exactly).
        /// </summary>
        /// <param name="file">The file bytes this header was parsed from.</param>
        /// <param name="tensor">A tensor of this header.</param>
        /// <returns>The values in row-major order.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The tensor is not one of this header's, or <paramref name="file"/> is too short.</exception>
        /// <exception cref="SafetensorsFormatException">The tensor's dtype is not F32 or F64.</exception>
        public double[] ReadDoubles(byte[] file, SafetensorsTensorInfo tensor)
        {
            int start = CheckReadable(file, tensor);
            return DecodeDoubles(file, start, (int)tensor.ElementCount, tensor.DType);
        }

        /// <summary>Decodes little-endian F32 (widened exactly), F64 or I64 (rounded beyond 2^53) values as doubles.</summary>
        /// <param name="bytes">The buffer.</param>
        /// <param name="start">Offset of the first value.</param>
        /// <param name="count">How many values.</param>
        /// <param name="dtype">F32, F64 or I64.</param>
        /// <returns>The values.</returns>
        internal static double[] DecodeDoubles(byte[] bytes, int start, int count, string dtype)
        {
            var result = new double[count];
            byte[] scratch = new byte[8];
            int size = dtype == DTypeF32 ? 4 : 8;
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = Decode(bytes, start + (i * size), dtype, scratch);
            }

            return result;
        }

        /// <summary>One little-endian value of a readable dtype, as a double.</summary>
        private static double Decode(byte[] bytes, int offset, string dtype, byte[] scratch)
        {
            switch (dtype)
            {
                case DTypeF32:
                    return DecodeSingle(bytes, offset, scratch);
                case DTypeF64:
                    return DecodeDouble(bytes, offset, scratch);
                case DTypeI64:
                    return DecodeInt64(bytes, offset, scratch);
                default:
                    throw new ArgumentOutOfRangeException(nameof(dtype), dtype, "Not a readable dtype.");
            }
        }

        private static long DecodeInt64(byte[] file, int offset, byte[] scratch)
        {
            if (BitConverter.IsLittleEndian)
            {
                return BitConverter.ToInt64(file, offset);
            }

            for (int i = 0; i < 8; i++)
            {
                scratch[i] = file[offset + 7 - i];
            }

            return BitConverter.ToInt64(scratch, 0);
        }

        /// <summary>
        /// Decodes an F32 or F64 tensor's values as floats (F64 values round to the nearest float; values beyond
        /// the float range become infinities).
        /// </summary>
        /// <param name="file">The file bytes this header was parsed from.</param>
        /// <param name="tensor">A tensor of this header.</param>
        /// <returns>The values in row-major order.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The tensor is not one of this header's, or <paramref name="file"/> is too short.</exception>
        /// <exception cref="SafetensorsFormatException">The tensor's dtype is not F32 or F64.</exception>
        public float[] ReadSingles(byte[] file, SafetensorsTensorInfo tensor)
        {
            int start = CheckReadable(file, tensor);
            var result = new float[tensor.ElementCount];
            byte[] scratch = new byte[8];
            bool f32 = tensor.DType == DTypeF32;
            int size = f32 ? 4 : 8;
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = f32 ? DecodeSingle(file, start + (i * size), scratch) : (float)Decode(file, start + (i * size), tensor.DType, scratch);
            }

            return result;
        }

        private int CheckReadable(byte[] file, SafetensorsTensorInfo tensor)
        {
            if (file == null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            if (tensor == null)
            {
                throw new ArgumentNullException(nameof(tensor));
            }

            if (!_byName.TryGetValue(tensor.Name, out var own) || !ReferenceEquals(own, tensor))
            {
                throw new ArgumentException("The tensor " + SafetensorsLimits.Quote(tensor.Name) + " does not belong to this header.", nameof(tensor));
            }

            if (!tensor.IsReadable)
            {
                throw UnsupportedDType(tensor);
            }

            if (DataStart + tensor.DataEnd > file.Length)
            {
                throw new ArgumentException("The buffer is too short to hold the tensor's data; pass the bytes the header was parsed from.", nameof(file));
            }

            return (int)(DataStart + tensor.DataBegin);
        }

        private static float DecodeSingle(byte[] file, int offset, byte[] scratch)
        {
            if (BitConverter.IsLittleEndian)
            {
                return BitConverter.ToSingle(file, offset);
            }

            for (int i = 0; i < 4; i++)
            {
                scratch[i] = file[offset + 3 - i];
            }

            return BitConverter.ToSingle(scratch, 0);
        }

        private static double DecodeDouble(byte[] file, int offset, byte[] scratch)
        {
            if (BitConverter.IsLittleEndian)
            {
                return BitConverter.ToDouble(file, offset);
            }

            for (int i = 0; i < 8; i++)
            {
                scratch[i] = file[offset + 7 - i];
            }

            return BitConverter.ToDouble(scratch, 0);
        }
    }
}
