using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>Reading and validating a header: the length prefix, the JSON, every tensor entry and the metadata.</summary>
    internal sealed partial class SafetensorsHeader
    {
        /// <summary>Parses and validates a whole safetensors file.</summary>
        /// <param name="file">The file's bytes.</param>
        /// <returns>The validated header.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
        /// <exception cref="SafetensorsFormatException">The bytes are not a valid safetensors file.</exception>
        public static SafetensorsHeader Parse(byte[] file)
        {
            if (file == null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            return Parse(file, file.Length);
        }

        /// <summary>Parses and validates a whole safetensors file held in the first <paramref name="length"/> bytes of a buffer.</summary>
        /// <param name="file">A buffer starting with the file's bytes.</param>
        /// <param name="length">The file's length; the data section ends there.</param>
        /// <returns>The validated header.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative or past the end of the buffer.</exception>
        /// <exception cref="SafetensorsFormatException">The bytes are not a valid safetensors file.</exception>
        public static SafetensorsHeader Parse(byte[] file, int length)
        {
            if (file == null)
            {
                throw new ArgumentNullException(nameof(file));
            }

            if (length < 0 || length > file.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(length), "The length must be between 0 and the buffer's length.");
            }

            return Parse(file, length, length);
        }

        /// <summary>The exception for a file too short to hold the length prefix.</summary>
        /// <param name="length">The file's length.</param>
        /// <returns>The exception to throw.</returns>
        internal static SafetensorsFormatException TooShort(long length)
        {
            return new SafetensorsFormatException(
                "The safetensors file is " + length.ToString(CultureInfo.InvariantCulture) + " bytes long, shorter than the 8-byte header length prefix.");
        }

        /// <summary>
        /// Checks the 8-byte length prefix at the start of <paramref name="prefix"/> and returns the header length it
        /// declares, so a reader can read exactly the header before anything else.
        /// </summary>
        /// <param name="prefix">At least <see cref="LengthPrefixSize"/> bytes.</param>
        /// <param name="fileLength">The whole file's length, or -1 when it is not known yet (a non-seekable stream).</param>
        /// <returns>The header length, between 1 and <see cref="SafetensorsLimits.MaxHeaderLength"/>.</returns>
        internal static int ReadHeaderLength(byte[] prefix, long fileLength)
        {
            ulong declared = 0;
            for (int i = LengthPrefixSize - 1; i >= 0; i--)
            {
                declared = (declared << 8) | prefix[i];
            }

            if (declared == 0)
            {
                throw new SafetensorsFormatException("The safetensors header length is zero; the header must be a JSON object.");
            }

            if (declared > (ulong)SafetensorsLimits.MaxHeaderLength)
            {
                throw new SafetensorsFormatException(
                    "The safetensors header length " + declared.ToString(CultureInfo.InvariantCulture) +
                    " exceeds the limit of " + SafetensorsLimits.MaxHeaderLength.ToString(CultureInfo.InvariantCulture) + " bytes.");
            }

            long available = fileLength - LengthPrefixSize;
            if (fileLength >= 0 && (long)declared > available)
            {
                throw new SafetensorsFormatException(
                    "The safetensors header length " + declared.ToString(CultureInfo.InvariantCulture) +
                    " runs past the end of the file: only " + available.ToString(CultureInfo.InvariantCulture) +
                    " bytes follow the length prefix.");
            }

            return (int)declared;
        }

        /// <summary>
        /// Parses and validates a header whose bytes (length prefix, then JSON) start <paramref name="buffer"/>; the
        /// data section need not be there, so a reader can check a file before reading its data.
        /// </summary>
        /// <param name="buffer">The file's first <paramref name="available"/> bytes (at least the prefix and the header).</param>
        /// <param name="available">How many bytes of the buffer hold the file.</param>
        /// <param name="fileLength">
        /// The whole file's length, or -1 when it is not known (a non-seekable stream): the data section then is
        /// what the tensors cover, and the reader must check that exactly that much data follows.
        /// </param>
        /// <returns>The validated header.</returns>
        internal static SafetensorsHeader Parse(byte[] buffer, int available, long fileLength)
        {
            if (available < LengthPrefixSize)
            {
                throw TooShort(fileLength >= 0 ? fileLength : available);
            }

            int headerLength = ReadHeaderLength(buffer, fileLength);
            if (headerLength > available - LengthPrefixSize)
            {
                throw new SafetensorsFormatException(
                    "The safetensors header length " + headerLength.ToString(CultureInfo.InvariantCulture) +
                    " runs past the end of the file: only " + (available - LengthPrefixSize).ToString(CultureInfo.InvariantCulture) +
                    " bytes follow the length prefix.");
            }

            string json;
            try
            {
                json = s_strictUtf8.GetString(buffer, LengthPrefixSize, headerLength);
            }
            catch (DecoderFallbackException e)
            {
                throw new SafetensorsFormatException("The safetensors header is not valid UTF-8.", e);
            }

            if (json[0] != '{')
            {
                JsonValue other = JsonReader.ReadDocument(json, null);
                throw new SafetensorsFormatException(other.Kind != JsonKind.Object
                    ? "The safetensors header is not a JSON object: it is " + DescribeKind(other.Kind) + "."
                    : "The safetensors header must begin with '{', without leading whitespace.");
            }

            // Each entry is checked as soon as it is read and its JSON dropped, so a header of many tensors never
            // holds a tree of them all. Malformed JSON anywhere is reported before a bad entry, so the first
            // entry problem waits for the end of the document.
            long dataLength = fileLength >= 0 ? fileLength - LengthPrefixSize - headerLength : -1;
            Dictionary<string, string>? metadata = null;
            var tensors = new List<SafetensorsTensorInfo>();
            SafetensorsFormatException? entryProblem = null;
            JsonReader.ReadDocument(json, (key, value) =>
            {
                if (entryProblem != null)
                {
                    return;
                }

                try
                {
                    if (key == MetadataKey)
                    {
                        metadata = ReadMetadata(value);
                    }
                    else
                    {
                        tensors.Add(ReadTensor(key, value, dataLength));
                    }
                }
                catch (SafetensorsFormatException e)
                {
                    entryProblem = e;
                }
            });

            if (entryProblem != null)
            {
                throw entryProblem;
            }

            SafetensorsTensorInfo[] ordered = tensors.ToArray();
            Array.Sort(ordered, CompareByOffsets);
            long cursor = 0;
            SafetensorsTensorInfo? previous = null;
            foreach (var tensor in ordered)
            {
                if (tensor.DataBegin < cursor)
                {
                    throw new SafetensorsFormatException(
                        "Tensor " + SafetensorsLimits.Quote(tensor.Name) + " overlaps tensor " + SafetensorsLimits.Quote(previous!.Name) + ": its data_offsets [" +
                        tensor.DataBegin.ToString(CultureInfo.InvariantCulture) + ", " + tensor.DataEnd.ToString(CultureInfo.InvariantCulture) +
                        "] start before offset " + cursor.ToString(CultureInfo.InvariantCulture) + " where " + SafetensorsLimits.Quote(previous.Name) + " ends.");
                }

                if (tensor.DataBegin > cursor)
                {
                    throw new SafetensorsFormatException(
                        "The data section has a gap: bytes [" + cursor.ToString(CultureInfo.InvariantCulture) + ", " +
                        tensor.DataBegin.ToString(CultureInfo.InvariantCulture) + ") before tensor " + SafetensorsLimits.Quote(tensor.Name) +
                        " belong to no tensor; tensors must cover the data section without gaps.");
                }

                cursor = tensor.DataEnd;
                previous = tensor;
            }

            if (dataLength < 0)
            {
                dataLength = cursor;
            }
            else if (cursor != dataLength)
            {
                throw new SafetensorsFormatException(
                    "The data section is not fully covered by tensors: the tensors end at offset " +
                    cursor.ToString(CultureInfo.InvariantCulture) + " but the data section is " +
                    dataLength.ToString(CultureInfo.InvariantCulture) + " bytes long (" +
                    (dataLength - cursor).ToString(CultureInfo.InvariantCulture) + " trailing bytes belong to no tensor).");
            }

            return new SafetensorsHeader(ordered, metadata, headerLength, dataLength, canonicalJson: null);
        }

        private static int CompareByOffsets(SafetensorsTensorInfo a, SafetensorsTensorInfo b)
        {
            int c = a.DataBegin.CompareTo(b.DataBegin);
            if (c != 0)
            {
                return c;
            }

            c = a.DataEnd.CompareTo(b.DataEnd);
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        }

        private static Dictionary<string, string>? ReadMetadata(JsonValue value)
        {
            if (value.Kind == JsonKind.Null)
            {
                return null;
            }

            if (value.Kind != JsonKind.Object)
            {
                throw new SafetensorsFormatException(
                    "The safetensors '" + MetadataKey + "' entry must be an object of strings, not " + DescribeKind(value.Kind) + ".");
            }

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var member in value.Members!)
            {
                if (member.Value.Kind != JsonKind.String)
                {
                    throw new SafetensorsFormatException(
                        "The safetensors '" + MetadataKey + "' value for key " + SafetensorsLimits.Quote(member.Key) + " must be a string, not " +
                        DescribeKind(member.Value.Kind) + ".");
                }

                result.Add(member.Key, member.Value.Text!);
            }

            return result;
        }

        private static SafetensorsTensorInfo ReadTensor(string name, JsonValue entry, long dataLength)
        {
            if (entry.Kind != JsonKind.Object)
            {
                throw new SafetensorsFormatException(
                    "The safetensors entry for tensor " + SafetensorsLimits.Quote(name) + " is not an object: it is " + DescribeKind(entry.Kind) + ".");
            }

            JsonValue? dtypeValue = null;
            JsonValue? shapeValue = null;
            JsonValue? offsetsValue = null;
            foreach (var member in entry.Members!)
            {
                switch (member.Key)
                {
                    case "dtype":
                        dtypeValue = member.Value;
                        break;
                    case "shape":
                        shapeValue = member.Value;
                        break;
                    case "data_offsets":
                        offsetsValue = member.Value;
                        break;
                }
            }

            if (dtypeValue == null)
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(name) + " is missing its dtype.");
            }

            if (dtypeValue.Kind != JsonKind.String)
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(name) + " has a dtype that is not a string: it is " + DescribeKind(dtypeValue.Kind) + ".");
            }

            string dtype = dtypeValue.Text!;
            if (!s_elementBits.TryGetValue(dtype, out int bits))
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(name) + " has unknown dtype " + SafetensorsLimits.Quote(dtype) + ".");
            }

            if (shapeValue == null)
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(name) + " is missing its shape.");
            }

            if (shapeValue.Kind != JsonKind.Array)
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(name) + " has a shape that is not an array: it is " + DescribeKind(shapeValue.Kind) + ".");
            }

            var shape = new int[shapeValue.Items!.Count];
            for (int i = 0; i < shape.Length; i++)
            {
                ulong dim = ReadNonNegativeInteger(shapeValue.Items[i], name, "shape dimension " + i.ToString(CultureInfo.InvariantCulture));
                if (dim > int.MaxValue)
                {
                    throw new SafetensorsFormatException(
                        "Tensor " + SafetensorsLimits.Quote(name) + " has shape dimension " + i.ToString(CultureInfo.InvariantCulture) + " = " +
                        dim.ToString(CultureInfo.InvariantCulture) + ", which overflows: dimensions are limited to " +
                        int.MaxValue.ToString(CultureInfo.InvariantCulture) + ".");
                }

                shape[i] = (int)dim;
            }

            if (offsetsValue == null)
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(name) + " is missing its data_offsets.");
            }

            if (offsetsValue.Kind != JsonKind.Array || offsetsValue.Items!.Count != 2)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(name) + " has data_offsets that are not an array [begin, end] of two integers.");
            }

            ulong begin = ReadNonNegativeInteger(offsetsValue.Items[0], name, "data_offsets begin");
            ulong end = ReadNonNegativeInteger(offsetsValue.Items[1], name, "data_offsets end");
            if (begin > end)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(name) + " has data_offsets [" + begin.ToString(CultureInfo.InvariantCulture) + ", " +
                    end.ToString(CultureInfo.InvariantCulture) + "] whose begin is after its end.");
            }

            long count;
            long bytes;
            try
            {
                count = ElementCountOf(shape);
                bytes = ByteLengthOf(count, bits);
            }
            catch (OverflowException e)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(name) + " has shape " + FormatShape(shape) + " whose size overflows a 64-bit integer.", e);
            }

            if (bytes < 0)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(name) + " of dtype " + dtype + " and shape " + FormatShape(shape) + " does not fill a whole number of bytes.");
            }

            if ((ulong)bytes != end - begin)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(name) + " byte length mismatch: dtype " + dtype + " and shape " + FormatShape(shape) + " need " +
                    bytes.ToString(CultureInfo.InvariantCulture) + " bytes but data_offsets [" + begin.ToString(CultureInfo.InvariantCulture) +
                    ", " + end.ToString(CultureInfo.InvariantCulture) + "] span " + (end - begin).ToString(CultureInfo.InvariantCulture) + ".");
            }

            if (dataLength >= 0 && end > (ulong)dataLength)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(name) + " has data_offsets [" + begin.ToString(CultureInfo.InvariantCulture) + ", " +
                    end.ToString(CultureInfo.InvariantCulture) + "] past the end of the data section, which is " +
                    dataLength.ToString(CultureInfo.InvariantCulture) + " bytes long.");
            }

            return new SafetensorsTensorInfo(name, dtype, shape, count, (long)begin, (long)end);
        }

        private static ulong ReadNonNegativeInteger(JsonValue value, string tensor, string what)
        {
            if (value.Kind != JsonKind.Number)
            {
                throw new SafetensorsFormatException(
                    "Tensor " + SafetensorsLimits.Quote(tensor) + " has a " + what + " that is not an integer: it is " + DescribeKind(value.Kind) + ".");
            }

            string text = value.Text!;
            if (text[0] == '-')
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(tensor) + " has a negative " + what + ": " + text + ".");
            }

            ulong result = 0;
            foreach (char c in text)
            {
                if (c < '0' || c > '9')
                {
                    throw new SafetensorsFormatException(
                        "Tensor " + SafetensorsLimits.Quote(tensor) + " has a " + what + " that is not an integer: " + text + ".");
                }

                ulong digit = (ulong)(c - '0');
                if (result > (ulong.MaxValue - digit) / 10)
                {
                    throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(tensor) + " has a " + what + " that overflows: " + text + ".");
                }

                result = (result * 10) + digit;
            }

            if (result > long.MaxValue)
            {
                throw new SafetensorsFormatException("Tensor " + SafetensorsLimits.Quote(tensor) + " has a " + what + " that overflows: " + text + ".");
            }

            return result;
        }

        private static string DescribeKind(JsonKind kind)
        {
            switch (kind)
            {
                case JsonKind.Object: return "an object";
                case JsonKind.Array: return "an array";
                case JsonKind.String: return "a string";
                case JsonKind.Number: return "a number";
                case JsonKind.True:
                case JsonKind.False: return "a boolean";
                default: return "null";
            }
        }
    }
}
