using System;
using System.Buffers.Binary;
using System.ComponentModel;

namespace NetGen.Runtime
{
    /// <summary>
    /// Decodes the compact form of baked weights: the little-endian bytes of the values as base64 text, one UTF-8
    /// literal (C# 11 and later) or string lines. Generated code calls it once, in a static initialiser, for networks
    /// with more baked weights than fit as literals; the result is the same array the literals would have built.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class BakedData
    {
        /// <summary>Decodes <paramref name="count"/> float values.</summary>
        /// <exception cref="InvalidOperationException">The text is not base64 of exactly <paramref name="count"/> values.</exception>
        public static float[] Singles(int count, string[] base64Lines) => ToSingles(Bytes(count, sizeof(float), base64Lines));

        /// <summary>Decodes <paramref name="count"/> double values.</summary>
        /// <exception cref="InvalidOperationException">The text is not base64 of exactly <paramref name="count"/> values.</exception>
        public static double[] Doubles(int count, string[] base64Lines) => ToDoubles(Bytes(count, sizeof(double), base64Lines));

        /// <summary>Decodes <paramref name="count"/> float values from base64 as UTF-8 bytes.</summary>
        /// <exception cref="InvalidOperationException">The text is not base64 of exactly <paramref name="count"/> values.</exception>
        public static float[] Singles(int count, ReadOnlySpan<byte> base64Utf8) => ToSingles(Bytes(count, sizeof(float), base64Utf8));

        /// <summary>Decodes <paramref name="count"/> double values from base64 as UTF-8 bytes.</summary>
        /// <exception cref="InvalidOperationException">The text is not base64 of exactly <paramref name="count"/> values.</exception>
        public static double[] Doubles(int count, ReadOnlySpan<byte> base64Utf8) => ToDoubles(Bytes(count, sizeof(double), base64Utf8));

        // Little-endian whatever the machine: the generator wrote the bytes that way.
        private static float[] ToSingles(byte[] bytes)
        {
            var values = new float[bytes.Length / sizeof(float)];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
            }

            return values;
        }

        private static double[] ToDoubles(byte[] bytes)
        {
            var values = new double[bytes.Length / sizeof(double)];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(i * sizeof(double)));
            }

            return values;
        }

        private static byte[] Bytes(int count, int size, ReadOnlySpan<byte> base64Utf8)
        {
            var bytes = Allocate(count, size);
            var status = System.Buffers.Text.Base64.DecodeFromUtf8(base64Utf8, bytes, out int consumed, out int written);
            if (status != System.Buffers.OperationStatus.Done || consumed != base64Utf8.Length || written != bytes.Length)
            {
                throw Corrupt(count, size);
            }

            return bytes;
        }

        private static byte[] Allocate(int count, int size)
        {
            if (count < 0 || count > Array.MaxLength / size)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "Expected a count of values that fits one array.");
            }

            return new byte[count * size];
        }

        private static byte[] Bytes(int count, int size, string[] base64Lines)
        {
            ArgumentNullException.ThrowIfNull(base64Lines);
            var bytes = Allocate(count, size);
            int written = 0;
            foreach (string line in base64Lines)
            {
                // Every line but the last holds a whole number of 3-byte groups, so each decodes on its own.
                if (line is null || !Convert.TryFromBase64String(line, bytes.AsSpan(written), out int lineBytes))
                {
                    throw Corrupt(count, size);
                }

                written += lineBytes;
            }

            if (written != bytes.Length)
            {
                throw Corrupt(count, size);
            }

            return bytes;
        }

        private static InvalidOperationException Corrupt(int count, int size) =>
            new($"The baked weights are not base64 of {count} values of {size} bytes; rebuild the project so NetGen regenerates them.");
    }
}
