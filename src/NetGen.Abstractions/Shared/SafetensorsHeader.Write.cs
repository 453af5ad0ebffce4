using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>Laying out a new header and writing it as canonical JSON; the formatting shared with messages.</summary>
    internal sealed partial class SafetensorsHeader
    {
        /// <summary>
        /// Lays out a header for writing: orders the tensors, assigns their data offsets back to back from 0 and
        /// encodes the JSON deterministically.
        /// </summary>
        /// <remarks>
        /// <para>
        /// Order (the reference implementation's): tensors with larger elements first (F64 before F32), then by name in
        /// UTF-8 byte order. The data section holds the tensors in that order, without gaps, and the JSON lists
        /// <c>__metadata__</c> first (when given, with its keys in UTF-8 byte order) and then the tensors in data order,
        /// each as <c>{"dtype":...,"shape":[...],"data_offsets":[begin,end]}</c>, compactly (no whitespace), with the
        /// reference implementation's string escaping. The JSON is padded with spaces to a multiple of 8 bytes so the
        /// data section starts 8-byte aligned. For F32/F64 tensors this reproduces the reference writer's bytes.
        /// </para>
        /// <para>Null metadata omits the <c>__metadata__</c> key; empty metadata writes <c>"__metadata__":{}</c>.</para>
        /// </remarks>
        /// <param name="tensors">The tensors, in any order.</param>
        /// <param name="metadata">The <c>__metadata__</c> strings, or null for none.</param>
        /// <returns>The header; <see cref="ToBytes"/> gives the bytes to write before the data.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="tensors"/>, a tensor, or a metadata key or value is null.</exception>
        /// <exception cref="ArgumentException">
        /// A name is duplicated, is <c>__metadata__</c> or is not valid UTF-16 (an unpaired surrogate); a dtype is
        /// unknown; a dimension is negative; a tensor is too large; or F4/F6 elements do not fill whole bytes.
        /// </exception>
        public static SafetensorsHeader Create(
            IEnumerable<SafetensorsTensorSpec> tensors,
            IEnumerable<KeyValuePair<string, string>>? metadata = null)
        {
            if (tensors == null)
            {
                throw new ArgumentNullException(nameof(tensors));
            }

            var specs = new List<SafetensorsTensorSpec>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var spec in tensors)
            {
                if (spec == null)
                {
                    throw new ArgumentNullException(nameof(tensors), "A tensor is null.");
                }

                if (spec.Name == MetadataKey)
                {
                    throw new ArgumentException("A tensor cannot be named '" + MetadataKey + "'; the key is reserved for metadata.", nameof(tensors));
                }

                if (!names.Add(spec.Name))
                {
                    throw new ArgumentException("Two tensors are named " + SafetensorsLimits.Quote(spec.Name) + ".", nameof(tensors));
                }

                EnsureEncodable(spec.Name, "tensor name", nameof(tensors));
                if (!IsKnownDType(spec.DType))
                {
                    throw new ArgumentException("Tensor " + SafetensorsLimits.Quote(spec.Name) + " has unknown dtype " + SafetensorsLimits.Quote(spec.DType) + ".", nameof(tensors));
                }

                foreach (int dim in spec.ShapeArray)
                {
                    if (dim < 0)
                    {
                        throw new ArgumentException("Tensor " + SafetensorsLimits.Quote(spec.Name) + " has a negative dimension in its shape " + FormatShape(spec.Shape) + ".", nameof(tensors));
                    }
                }

                specs.Add(spec);
            }

            Dictionary<string, string>? meta = null;
            if (metadata != null)
            {
                meta = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var pair in metadata)
                {
                    if (pair.Key == null || pair.Value == null)
                    {
                        throw new ArgumentNullException(nameof(metadata), "A metadata key or value is null.");
                    }

                    EnsureEncodable(pair.Key, "metadata key", nameof(metadata));
                    EnsureEncodable(pair.Value, "metadata value", nameof(metadata));
                    if (meta.ContainsKey(pair.Key))
                    {
                        throw new ArgumentException("The metadata key " + SafetensorsLimits.Quote(pair.Key) + " appears twice.", nameof(metadata));
                    }

                    meta.Add(pair.Key, pair.Value);
                }
            }

            specs.Sort((a, b) =>
            {
                int bySize = s_elementBits[b.DType].CompareTo(s_elementBits[a.DType]);
                return bySize != 0 ? bySize : CompareUtf8(a.Name, b.Name);
            });

            var laidOut = new SafetensorsTensorInfo[specs.Count];
            long offset = 0;
            for (int i = 0; i < specs.Count; i++)
            {
                var spec = specs[i];
                long count;
                long bytes;
                long end;
                try
                {
                    count = ElementCountOf(spec.ShapeArray);
                    bytes = ByteLengthOf(count, s_elementBits[spec.DType]);
                    end = checked(offset + bytes);
                }
                catch (OverflowException)
                {
                    throw new ArgumentException("Tensor " + SafetensorsLimits.Quote(spec.Name) + " is too large: its size in bytes overflows a 64-bit integer.", nameof(tensors));
                }

                if (bytes < 0)
                {
                    throw new ArgumentException(
                        "Tensor " + SafetensorsLimits.Quote(spec.Name) + " of dtype " + spec.DType + " and shape " + FormatShape(spec.Shape) +
                        " does not fill a whole number of bytes.", nameof(tensors));
                }

                laidOut[i] = new SafetensorsTensorInfo(spec.Name, spec.DType, (int[])spec.ShapeArray.Clone(), count, offset, end);
                offset = end;
            }

            byte[] json = EncodeJson(laidOut, meta);
            return new SafetensorsHeader(laidOut, meta, json.Length, offset, json);
        }

        /// <summary>
        /// The bytes that precede the data section: the 8-byte little-endian length, then the JSON padded with spaces
        /// to a multiple of 8 bytes. Encoded as <see cref="Create"/> describes.
        /// </summary>
        /// <remarks>
        /// For a header from <see cref="Create"/> these are exactly <see cref="DataStart"/> bytes. For a parsed header
        /// they are the canonical encoding of the same content, which may differ from the original bytes (key order,
        /// whitespace, escaping) and so in length; the tensors' data offsets are unchanged.
        /// </remarks>
        /// <returns>A new array.</returns>
        public byte[] ToBytes()
        {
            byte[] json = _canonicalJson ??= EncodeJson(_tensors, HasMetadata ? _metadata : null);
            var result = new byte[LengthPrefixSize + json.Length];
            ulong n = (ulong)json.Length;
            for (int i = 0; i < LengthPrefixSize; i++)
            {
                result[i] = (byte)(n >> (8 * i));
            }

            Buffer.BlockCopy(json, 0, result, LengthPrefixSize, json.Length);
            return result;
        }

        internal static string FormatShape(IReadOnlyList<int> shape)
        {
            // Messages stay short whatever the rank: the first dimensions, then how many there are.
            const int shown = 8;
            var sb = new StringBuilder("[");
            for (int i = 0; i < shape.Count && i < shown; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                sb.Append(shape[i].ToString(CultureInfo.InvariantCulture));
            }

            if (shape.Count > shown)
            {
                sb.Append(", ... (").Append(shape.Count.ToString(CultureInfo.InvariantCulture)).Append(" dimensions)");
            }

            return sb.Append(']').ToString();
        }

        /// <summary>Compares two strings in the order of their UTF-8 bytes (Unicode code point order).</summary>
        internal static int CompareUtf8(string a, string b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++)
            {
                char x = a[i];
                char y = b[i];
                if (x != y)
                {
                    return CodePointOrderKey(x).CompareTo(CodePointOrderKey(y));
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        // UTF-16 code unit order differs from code point order only between surrogates (D800-DFFF, which encode
        // code points above FFFF) and E000-FFFF; moving surrogates above FFFF-0x800 restores code point order.

        private static int CodePointOrderKey(char c)
        {
            if (c >= 0xD800 && c <= 0xDFFF)
            {
                return c + 0x2000;
            }

            return c >= 0xE000 ? c - 0x800 : c;
        }

        private static void EnsureEncodable(string text, string what, string paramName)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    throw new ArgumentException("The " + what + " " + SafetensorsLimits.Quote(text) + " has an unpaired surrogate and cannot be encoded as UTF-8.", paramName);
                }
            }
        }

        private static byte[] EncodeJson(SafetensorsTensorInfo[] tensorsInDataOrder, Dictionary<string, string>? metadata)
        {
            var sb = new StringBuilder();
            sb.Append('{');
            bool first = true;
            if (metadata != null)
            {
                AppendString(sb, MetadataKey);
                sb.Append(":{");
                var keys = new List<string>(metadata.Keys);
                keys.Sort(CompareUtf8);
                for (int i = 0; i < keys.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    AppendString(sb, keys[i]);
                    sb.Append(':');
                    AppendString(sb, metadata[keys[i]]);
                }

                sb.Append('}');
                first = false;
            }

            foreach (var tensor in tensorsInDataOrder)
            {
                if (!first)
                {
                    sb.Append(',');
                }

                first = false;
                AppendString(sb, tensor.Name);
                sb.Append(":{\"dtype\":");
                AppendString(sb, tensor.DType);
                sb.Append(",\"shape\":[");
                for (int i = 0; i < tensor.Shape.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(',');
                    }

                    sb.Append(tensor.Shape[i].ToString(CultureInfo.InvariantCulture));
                }

                sb.Append("],\"data_offsets\":[")
                  .Append(tensor.DataBegin.ToString(CultureInfo.InvariantCulture))
                  .Append(',')
                  .Append(tensor.DataEnd.ToString(CultureInfo.InvariantCulture))
                  .Append("]}");
            }

            sb.Append('}');
            int unpadded = s_strictUtf8.GetByteCount(sb.ToString());
            sb.Append(' ', (8 - (unpadded % 8)) % 8);
            return s_strictUtf8.GetBytes(sb.ToString());
        }

        // The reference writer's escaping: quote, backslash and control characters only; \b \t \n \f \r by name,
        // other control characters as \u00xx with lower-case hex; everything else (including non-ASCII) verbatim.

        private static void AppendString(StringBuilder sb, string text)
        {
            const string hex = "0123456789abcdef";
            sb.Append('"');
            foreach (char c in text)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\b': sb.Append("\\b"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\f': sb.Append("\\f"); break;
                    case '\r': sb.Append("\\r"); break;
                    default:
                        if (c < 0x20)
                        {
                            sb.Append("\\u00").Append(hex[c >> 4]).Append(hex[c & 0xF]);
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
        }
    }
}
