using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using SkiaSharp;

namespace NetGen.Samples.Tests
{
    /// <summary>Checks that a file is a real, non-trivial PNG picture.</summary>
    public static class PngAssert
    {
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>
        /// Asserts the file lies in <paramref name="folder"/>, has the PNG signature and an IHDR chunk, decodes to
        /// the IHDR's size, is over 10 KB and has many colours (a blank or one-colour image fails).
        /// </summary>
        public static (int Width, int Height) IsPicture(string path, string folder)
        {
            Assert.True(File.Exists(path), $"{path} was not written.");
            Assert.Equal(Path.GetFullPath(folder), Path.GetDirectoryName(Path.GetFullPath(path)));
            Assert.EndsWith(".png", path, StringComparison.Ordinal);

            byte[] bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length > 10 * 1024, $"{path} is only {bytes.Length} bytes.");
            Assert.Equal(Signature, bytes[..8]);

            // The first chunk: 4-byte big-endian length 13, type "IHDR", width, height.
            Assert.Equal(13u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8, 4)));
            Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
            int width = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16, 4));
            int height = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(20, 4));
            Assert.InRange(width, 300, 4000);
            Assert.InRange(height, 200, 4000);

            using SKBitmap bitmap = SKBitmap.Decode(bytes);
            Assert.NotNull(bitmap);
            Assert.Equal(width, bitmap.Width);
            Assert.Equal(height, bitmap.Height);

            var colours = new HashSet<uint>();
            int sampled = 0, inked = 0;
            for (int y = 0; y < height; y += 3)
            {
                for (int x = 0; x < width; x += 3)
                {
                    SKColor colour = bitmap.GetPixel(x, y);
                    colours.Add((uint)colour);
                    sampled++;
                    inked += colour.Red < 200 || colour.Green < 200 || colour.Blue < 200 ? 1 : 0;
                }
            }

            Assert.True(colours.Count >= 16, $"{path} has only {colours.Count} colours: is it blank?");
            Assert.True(inked > sampled / 50, $"{path} is almost all white ({inked} of {sampled} sampled pixels drawn).");
            return (width, height);
        }
    }
}
