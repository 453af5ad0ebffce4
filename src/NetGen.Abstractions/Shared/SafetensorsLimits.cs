using System.Globalization;
using System.Text;

// Compiled into the netstandard2.0 generator as well as the Abstractions: the run-time loader and the generator's
// baking refuse the same files with the same words.

namespace NetGen
{
    /// <summary>
    /// The caps on what a safetensors file may hold before NetGen refuses it with a
    /// <see cref="SafetensorsFormatException"/> (or, at build time, diagnostic NG0022). They bound the time and memory
    /// that parsing a hostile file can cost; every file NetGen writes is far below them.
    /// </summary>
    internal static class SafetensorsLimits
    {
        /// <summary>The largest JSON header, in bytes (8 MiB). The header is read and decoded whole.</summary>
        public const long MaxHeaderLength = 8 * 1024 * 1024;

        /// <summary>
        /// The most tensors a header may describe: a checkpoint of 2,730 Dense layers with Adam (6 tensors a layer);
        /// parsing that many costs about 20 MB and 0.2 s.
        /// </summary>
        public const int MaxTensorCount = 16384;

        /// <summary>The most dimensions a tensor's shape may have (NumPy's limit).</summary>
        public const int MaxRank = 64;

        /// <summary>The most <c>__metadata__</c> entries (and members of any object other than the header itself).</summary>
        public const int MaxMetadataEntries = 4096;

        /// <summary>The longest tensor name, metadata key, dtype or other key, in UTF-16 characters.</summary>
        public const int MaxNameLength = 4096;

        /// <summary>The longest metadata value (or other string value), in UTF-16 characters (1 Mi).</summary>
        public const int MaxStringValueLength = 1024 * 1024;

        /// <summary>The longest number in the header, in characters (an unsigned 64-bit integer has 20 digits).</summary>
        public const int MaxNumberLength = 64;

        /// <summary>The most JSON values (objects, arrays, strings, numbers, literals) in one header.</summary>
        public const int MaxJsonValues = 1 << 20;

        /// <summary>The deepest nesting of JSON arrays and objects (a valid header needs 3).</summary>
        public const int MaxJsonDepth = 64;

        /// <summary>
        /// The largest weights file the generator bakes, in bytes (128 MiB). The run-time loaders take their own
        /// limit (<c>SafetensorsFile.DefaultMaxBytes</c>, or the layout's size for Load).
        /// </summary>
        public const long MaxBakedFileBytes = 128L * 1024 * 1024;

        /// <summary>The characters of a user string (name, key, path) quoted in a message before it is cut.</summary>
        public const int MaxQuotedLength = 64;

        /// <summary>
        /// A user string quoted for a message: in single quotes, control characters escaped, cut after
        /// <see cref="MaxQuotedLength"/> characters with its full length given, so no message grows with the input.
        /// </summary>
        /// <param name="text">The string.</param>
        /// <returns>The quoted string.</returns>
        internal static string Quote(string text)
        {
            return "'" + Cut(text, '\'');
        }

        /// <summary>A user string for a message that quotes it itself: <see cref="Quote"/> without the quotes.</summary>
        /// <param name="text">The string.</param>
        /// <returns>The string, escaped and cut.</returns>
        internal static string Cut(string text)
        {
            return Cut(text, '\0');
        }

        private static string Cut(string text, char closing)
        {
            var sb = new StringBuilder();
            int shown = text.Length <= MaxQuotedLength ? text.Length : MaxQuotedLength;
            if (shown < text.Length && char.IsHighSurrogate(text[shown - 1]))
            {
                shown--;
            }

            for (int i = 0; i < shown; i++)
            {
                char c = text[i];
                if (c < 0x20 || c == 0x7F)
                {
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    sb.Append(c);
                }
            }

            if (shown < text.Length)
            {
                sb.Append("...");
            }

            if (closing != '\0')
            {
                sb.Append(closing);
            }

            if (shown < text.Length)
            {
                sb.Append(" (").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters)");
            }

            return sb.ToString();
        }
    }
}
