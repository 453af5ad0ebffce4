using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
    /// <summary>
    /// A tensor to lay out in a new safetensors header: its name, dtype and shape. See
    /// <see cref="SafetensorsHeader.Create"/>.
    /// </summary>
    internal sealed class SafetensorsTensorSpec
    {
        private readonly int[] _shape;

        /// <summary>Describes a tensor to write.</summary>
        /// <param name="name">The tensor's name; any string that is valid UTF-8 except <c>__metadata__</c>.</param>
        /// <param name="dtype">The safetensors dtype, e.g. <c>F32</c>.</param>
        /// <param name="shape">The dimensions, outermost first (row-major); empty for a scalar. The array is copied.</param>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        public SafetensorsTensorSpec(string name, string dtype, int[] shape)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            DType = dtype ?? throw new ArgumentNullException(nameof(dtype));
            if (shape == null)
            {
                throw new ArgumentNullException(nameof(shape));
            }

            _shape = (int[])shape.Clone();
            Shape = new ReadOnlyCollection<int>(_shape);
        }

        /// <summary>The tensor's name.</summary>
        public string Name { get; }

        /// <summary>The safetensors dtype, e.g. <c>F32</c>.</summary>
        public string DType { get; }

        /// <summary>The dimensions, outermost first.</summary>
        public IReadOnlyList<int> Shape { get; }

        internal int[] ShapeArray => _shape;
    }

    /// <summary>
    /// One tensor of a safetensors header: name, dtype, shape and where its bytes lie in the data section.
    /// </summary>
    internal sealed class SafetensorsTensorInfo
    {
        private readonly int[] _shape;

        internal SafetensorsTensorInfo(string name, string dtype, int[] shape, long elementCount, long dataBegin, long dataEnd)
        {
            _shape = shape;
            Name = name;
            DType = dtype;
            Shape = new ReadOnlyCollection<int>(shape);
            ElementCount = elementCount;
            DataBegin = dataBegin;
            DataEnd = dataEnd;
        }

        /// <summary>The tensor's name (the JSON key).</summary>
        public string Name { get; }

        /// <summary>The safetensors dtype string, e.g. <c>F32</c> or <c>BF16</c>.</summary>
        public string DType { get; }

        /// <summary>The dimensions, outermost first (row-major, C order); empty for a scalar.</summary>
        public IReadOnlyList<int> Shape { get; }

        /// <summary>The number of elements: the product of <see cref="Shape"/> (1 for a scalar, 0 if any dimension is 0).</summary>
        public long ElementCount { get; }

        /// <summary>Offset of the tensor's first byte, relative to the start of the data section.</summary>
        public long DataBegin { get; }

        /// <summary>Offset one past the tensor's last byte, relative to the start of the data section.</summary>
        public long DataEnd { get; }

        /// <summary>The number of bytes the tensor occupies: <see cref="DataEnd"/> - <see cref="DataBegin"/>.</summary>
        public long ByteLength => DataEnd - DataBegin;

        /// <summary>
        /// Whether NetGen can read the values (<c>F32</c> or <c>F64</c>). Other dtypes are recognised and
        /// validated, but reading their values throws <see cref="SafetensorsFormatException"/>.
        /// </summary>
        public bool IsReadable => SafetensorsHeader.IsReadableDType(DType);

        /// <summary>Copies the shape into a new array.</summary>
        /// <returns>The dimensions, outermost first.</returns>
        public int[] GetShapeArray()
        {
            return (int[])_shape.Clone();
        }

        /// <summary>A short description, e.g. <c>0.weight F32 [2, 3] @ [8, 32)</c>.</summary>
        /// <returns>The description.</returns>
        public override string ToString()
        {
            return Name + " " + DType + " " + SafetensorsHeader.FormatShape(Shape) + " @ [" +
                   DataBegin.ToString(CultureInfo.InvariantCulture) + ", " + DataEnd.ToString(CultureInfo.InvariantCulture) + ")";
        }
    }

    /// <summary>
    /// The header of a safetensors file, parsed and validated (<see cref="Parse(byte[], int)"/>) or laid out for
    /// writing (<see cref="Create"/>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// A safetensors file is an 8-byte little-endian unsigned header length N, then N bytes of UTF-8 JSON (the
    /// header, beginning with <c>{</c> and possibly padded with trailing spaces), then the data section. The header
    /// maps each tensor name to <c>{"dtype": ..., "shape": [...], "data_offsets": [begin, end]}</c>, offsets being
    /// relative to the data section; an optional <c>__metadata__</c> key maps to an object of strings. Tensor data
    /// is little-endian and row-major.
    /// </para>
    /// <para>
    /// Parsing is strict: duplicate keys, tensors that overlap, leave gaps or leave bytes of the data section
    /// uncovered, byte lengths that disagree with dtype and shape, and unknown dtypes are all rejected with a
    /// <see cref="SafetensorsFormatException"/> naming the problem, and no other exception type escapes for bad
    /// content. Unknown keys inside a tensor entry are ignored, as the reference implementation does. Parsing is
    /// bounded: a header over one of the <see cref="SafetensorsLimits"/> (size, tensors, dimensions, entries, string
    /// lengths) is refused as soon as the limit is passed, and every message quotes user strings cut short.
    /// </para>
    /// <para>
    /// This file is also compiled into the netstandard2.0 generator, so it depends on nothing beyond netstandard2.0.
    /// </para>
    /// </remarks>
    internal sealed class SafetensorsHeader
    {
        /// <summary>The size of the length prefix before the JSON header, in bytes.</summary>
        public const int LengthPrefixSize = 8;

        /// <summary>The largest accepted JSON header, in bytes: <see cref="SafetensorsLimits.MaxHeaderLength"/>.</summary>
        public const long MaxHeaderLength = SafetensorsLimits.MaxHeaderLength;

        /// <summary>The deepest nesting of JSON arrays and objects accepted in a header: <see cref="SafetensorsLimits.MaxJsonDepth"/>.</summary>
        public const int MaxJsonDepth = SafetensorsLimits.MaxJsonDepth;

        /// <summary>The reserved header key holding the string-to-string metadata map.</summary>
        public const string MetadataKey = "__metadata__";

        /// <summary>The dtype of 32-bit IEEE 754 floats.</summary>
        public const string DTypeF32 = "F32";

        /// <summary>The dtype of 64-bit IEEE 754 floats.</summary>
        public const string DTypeF64 = "F64";

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

        private static readonly string[] s_knownStrings = { "dtype", "shape", "data_offsets", DTypeF32, DTypeF64 };

        private static readonly UTF8Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly SafetensorsTensorInfo[] _tensors;
        private readonly Dictionary<string, SafetensorsTensorInfo> _byName;
        private readonly Dictionary<string, string> _metadata;
        private byte[]? _canonicalJson;

        private SafetensorsHeader(
            SafetensorsTensorInfo[] tensorsInDataOrder,
            Dictionary<string, string>? metadata,
            long headerLength,
            long dataLength,
            byte[]? canonicalJson)
        {
            _tensors = tensorsInDataOrder;
            _byName = new Dictionary<string, SafetensorsTensorInfo>(StringComparer.Ordinal);
            foreach (var tensor in tensorsInDataOrder)
            {
                _byName.Add(tensor.Name, tensor);
            }

            HasMetadata = metadata != null;
            _metadata = metadata ?? new Dictionary<string, string>(StringComparer.Ordinal);
            Tensors = new ReadOnlyCollection<SafetensorsTensorInfo>(_tensors);
            Metadata = new ReadOnlyDictionary<string, string>(_metadata);
            HeaderLength = headerLength;
            DataLength = dataLength;
            _canonicalJson = canonicalJson;
        }

        /// <summary>The tensors in the order of their data (by <see cref="SafetensorsTensorInfo.DataBegin"/>).</summary>
        public IReadOnlyList<SafetensorsTensorInfo> Tensors { get; }

        /// <summary>Whether the header has a <c>__metadata__</c> entry (possibly empty).</summary>
        public bool HasMetadata { get; }

        /// <summary>The <c>__metadata__</c> strings; empty when the header has none.</summary>
        public IReadOnlyDictionary<string, string> Metadata { get; }

        /// <summary>The length N of the JSON header in bytes, padding included (the value of the 8-byte prefix).</summary>
        public long HeaderLength { get; }

        /// <summary>The file offset where the data section starts: 8 + <see cref="HeaderLength"/>.</summary>
        public long DataStart => LengthPrefixSize + HeaderLength;

        /// <summary>The length of the data section in bytes: the sum of the tensors' byte lengths.</summary>
        public long DataLength { get; }

        /// <summary>The length of the whole file: <see cref="DataStart"/> + <see cref="DataLength"/>.</summary>
        public long FileLength => DataStart + DataLength;

        /// <summary>Whether the header has a tensor with this name.</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>True when the tensor exists.</returns>
        public bool ContainsTensor(string name)
        {
            return _byName.ContainsKey(name ?? throw new ArgumentNullException(nameof(name)));
        }

        /// <summary>Looks a tensor up by name.</summary>
        /// <param name="name">The tensor name.</param>
        /// <param name="tensor">The tensor, when found.</param>
        /// <returns>True when the tensor exists.</returns>
        public bool TryGetTensor(string name, out SafetensorsTensorInfo tensor)
        {
            if (_byName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out var found))
            {
                tensor = found;
                return true;
            }

            tensor = null!;
            return false;
        }

        /// <summary>Looks a tensor up by name.</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>The tensor.</returns>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        public SafetensorsTensorInfo GetTensor(string name)
        {
            if (TryGetTensor(name, out var tensor))
            {
                return tensor;
            }

            throw new KeyNotFoundException("The safetensors file has no tensor named " + SafetensorsLimits.Quote(name) + ".");
        }

        /// <summary>Whether a dtype string is one the safetensors format defines (F32, BF16, I64, F8_E4M3, ...).</summary>
        /// <param name="dtype">The dtype string, case-sensitive.</param>
        /// <returns>True for a known dtype.</returns>
        public static bool IsKnownDType(string dtype)
        {
            return dtype != null && s_elementBits.ContainsKey(dtype);
        }

        /// <summary>Whether NetGen can read values of this dtype: <c>F32</c> and <c>F64</c>.</summary>
        /// <param name="dtype">The dtype string, case-sensitive.</param>
        /// <returns>True for F32 and F64.</returns>
        public static bool IsReadableDType(string dtype)
        {
            return dtype == DTypeF32 || dtype == DTypeF64;
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
            return DecodeDoubles(file, start, (int)tensor.ElementCount, tensor.DType == DTypeF32);
        }

        /// <summary>Decodes little-endian F32 (widened exactly) or F64 values as doubles.</summary>
        /// <param name="bytes">The buffer.</param>
        /// <param name="start">Offset of the first value.</param>
        /// <param name="count">How many values.</param>
        /// <param name="f32">True for F32, false for F64.</param>
        /// <returns>The values.</returns>
        internal static double[] DecodeDoubles(byte[] bytes, int start, int count, bool f32)
        {
            var result = new double[count];
            byte[] scratch = new byte[8];
            int size = f32 ? 4 : 8;
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = f32 ? DecodeSingle(bytes, start + (i * size), scratch) : DecodeDouble(bytes, start + (i * size), scratch);
            }

            return result;
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
                result[i] = f32 ? DecodeSingle(file, start + (i * size), scratch) : (float)DecodeDouble(file, start + (i * size), scratch);
            }

            return result;
        }

        /// <summary>Throws the <see cref="SafetensorsFormatException"/> for reading a tensor whose dtype is not F32 or F64.</summary>
        /// <param name="tensor">The tensor.</param>
        /// <returns>The exception to throw.</returns>
        internal static SafetensorsFormatException UnsupportedDType(SafetensorsTensorInfo tensor)
        {
            return new SafetensorsFormatException(
                "Tensor " + SafetensorsLimits.Quote(tensor.Name) + " has unsupported dtype " + tensor.DType + ": NetGen reads only F32 and F64 tensors.");
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

        private enum JsonKind
        {
            Null,
            True,
            False,
            Number,
            String,
            Array,
            Object,
        }

        private sealed class JsonValue
        {
            public JsonValue(JsonKind kind)
            {
                Kind = kind;
            }

            public JsonKind Kind { get; }

            /// <summary>The decoded string, or the number's text as written.</summary>
            public string? Text { get; set; }

            public List<JsonValue>? Items { get; set; }

            public List<KeyValuePair<string, JsonValue>>? Members { get; set; }
        }

        /// <summary>A strict RFC 8259 reader with a nesting limit, unpaired-surrogate and duplicate-key checks.</summary>
        private sealed class JsonReader
        {
            private readonly string _text;
            private int _pos;
            private int _values;
            private Action<string, JsonValue>? _onRootMember;

            private JsonReader(string text)
            {
                _text = text;
            }

            /// <summary>Reads the whole document; the root object's members go to <paramref name="onRootMember"/> when given, and are not kept.</summary>
            public static JsonValue ReadDocument(string text, Action<string, JsonValue>? onRootMember)
            {
                var reader = new JsonReader(text) { _onRootMember = onRootMember };
                JsonValue root = reader.ReadValue(0);
                reader.SkipWhitespace();
                if (reader._pos != text.Length)
                {
                    throw reader.Error("unexpected " + reader.Describe(reader._pos) + " after the end of the header object (only trailing whitespace is allowed)");
                }

                return root;
            }

            private JsonValue ReadValue(int depth)
            {
                if (++_values > SafetensorsLimits.MaxJsonValues)
                {
                    throw OverLimit(_pos, "more than " + SafetensorsLimits.MaxJsonValues.ToString(CultureInfo.InvariantCulture) + " values (SafetensorsLimits.MaxJsonValues)");
                }

                SkipWhitespace();
                if (_pos >= _text.Length)
                {
                    throw Error("unexpected end of the header, expected a value");
                }

                char c = _text[_pos];
                switch (c)
                {
                    case '{':
                        return ReadObject(depth + 1);
                    case '[':
                        return ReadArray(depth + 1);
                    case '"':
                        return new JsonValue(JsonKind.String) { Text = ReadString(SafetensorsLimits.MaxStringValueLength) };
                    case 't':
                        ExpectLiteral("true");
                        return new JsonValue(JsonKind.True);
                    case 'f':
                        ExpectLiteral("false");
                        return new JsonValue(JsonKind.False);
                    case 'n':
                        ExpectLiteral("null");
                        return new JsonValue(JsonKind.Null);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return new JsonValue(JsonKind.Number) { Text = ReadNumber() };
                        }

                        throw Error("unexpected " + Describe(_pos) + ", expected a value");
                }
            }

            private JsonValue ReadObject(int depth)
            {
                CheckDepth(depth);
                // The header itself holds the tensors and __metadata__; any other object is a tensor entry or the metadata.
                int maxMembers = depth == 1 ? SafetensorsLimits.MaxTensorCount + 1 : SafetensorsLimits.MaxMetadataEntries;
                int tensors = 0;
                _pos++; // '{'
                var members = new List<KeyValuePair<string, JsonValue>>(4);
                bool streamed = depth == 1 && _onRootMember != null;
                HashSet<string>? keys = streamed ? new HashSet<string>(StringComparer.Ordinal) : null; // else a scan until there are more than a few
                SkipWhitespace();
                if (Peek() == '}')
                {
                    _pos++;
                    return new JsonValue(JsonKind.Object) { Members = members };
                }

                while (true)
                {
                    SkipWhitespace();
                    if (Peek() != '"')
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected a string key");
                    }

                    if (members.Count == maxMembers)
                    {
                        throw OverLimit(_pos, "an object with more than " + maxMembers.ToString(CultureInfo.InvariantCulture) + " entries (SafetensorsLimits.MaxMetadataEntries)");
                    }

                    int keyStart = _pos;
                    string key = ReadString(SafetensorsLimits.MaxNameLength);
                    if (depth == 1 && key != MetadataKey && ++tensors > SafetensorsLimits.MaxTensorCount)
                    {
                        throw OverLimit(keyStart, "more than " + SafetensorsLimits.MaxTensorCount.ToString(CultureInfo.InvariantCulture) + " tensors (SafetensorsLimits.MaxTensorCount)");
                    }

                    if (IsDuplicate(members, ref keys, key))
                    {
                        throw new SafetensorsFormatException(
                            "The safetensors header is malformed JSON: duplicate key " + SafetensorsLimits.Quote(key) + " at character " +
                            keyStart.ToString(CultureInfo.InvariantCulture) + ".");
                    }

                    SkipWhitespace();
                    if (Peek() != ':')
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected ':'");
                    }

                    _pos++;
                    JsonValue value = ReadValue(depth);
                    if (streamed)
                    {
                        _onRootMember!(key, value);
                    }
                    else
                    {
                        members.Add(new KeyValuePair<string, JsonValue>(key, value));
                    }

                    SkipWhitespace();
                    char next = Peek();
                    if (next == ',')
                    {
                        _pos++;
                    }
                    else if (next == '}')
                    {
                        _pos++;
                        return new JsonValue(JsonKind.Object) { Members = members };
                    }
                    else
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected ',' or '}'");
                    }
                }
            }

            private static bool IsDuplicate(List<KeyValuePair<string, JsonValue>> members, ref HashSet<string>? keys, string key)
            {
                const int scanned = 8;
                if (keys == null)
                {
                    foreach (var member in members)
                    {
                        if (string.Equals(member.Key, key, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }

                    if (members.Count < scanned)
                    {
                        return false;
                    }

                    keys = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var member in members)
                    {
                        keys.Add(member.Key);
                    }
                }

                return !keys.Add(key);
            }

            private JsonValue ReadArray(int depth)
            {
                CheckDepth(depth);
                _pos++; // '['
                var items = new List<JsonValue>(2);
                SkipWhitespace();
                if (Peek() == ']')
                {
                    _pos++;
                    return new JsonValue(JsonKind.Array) { Items = items };
                }

                while (true)
                {
                    if (items.Count == SafetensorsLimits.MaxRank)
                    {
                        throw OverLimit(_pos, "an array of more than " + SafetensorsLimits.MaxRank.ToString(CultureInfo.InvariantCulture) +
                                    " items (a shape has at most SafetensorsLimits.MaxRank dimensions)");
                    }

                    items.Add(ReadValue(depth));
                    SkipWhitespace();
                    char next = Peek();
                    if (next == ',')
                    {
                        _pos++;
                    }
                    else if (next == ']')
                    {
                        _pos++;
                        return new JsonValue(JsonKind.Array) { Items = items };
                    }
                    else
                    {
                        throw Error("unexpected " + Describe(_pos) + ", expected ',' or ']'");
                    }
                }
            }

            private string ReadString(int maxLength)
            {
                int start = _pos;
                _pos++; // opening quote

                // Most strings have no escapes: take them as one substring, and the keys every tensor entry repeats
                // as the shared literals, so a header of many tensors costs little beyond its own text.
                int end = _pos;
                while (end < _text.Length && end - _pos <= maxLength && _text[end] != '"' && _text[end] != '\\' && _text[end] >= 0x20)
                {
                    end++;
                }

                if (end < _text.Length && _text[end] == '"' && end - _pos <= maxLength)
                {
                    string plain = Known(_pos, end - _pos) ?? _text.Substring(_pos, end - _pos);
                    _pos = end + 1;
                    return plain;
                }

                var sb = new StringBuilder();
                while (true)
                {
                    if (sb.Length > maxLength)
                    {
                        throw OverLimit(start, "a string longer than " + maxLength.ToString(CultureInfo.InvariantCulture) + " characters (SafetensorsLimits)");
                    }

                    if (_pos >= _text.Length)
                    {
                        throw Error("unterminated string");
                    }

                    char c = _text[_pos];
                    if (c == '"')
                    {
                        _pos++;
                        return sb.ToString();
                    }

                    if (c < 0x20)
                    {
                        throw Error("unescaped control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " in a string");
                    }

                    if (c != '\\')
                    {
                        sb.Append(c);
                        _pos++;
                        continue;
                    }

                    int escapeStart = _pos;
                    _pos++;
                    if (_pos >= _text.Length)
                    {
                        throw Error("unterminated escape sequence");
                    }

                    char e = _text[_pos++];
                    switch (e)
                    {
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'u':
                            char unit = ReadHex4();
                            if (char.IsHighSurrogate(unit))
                            {
                                if (_pos + 1 < _text.Length && _text[_pos] == '\\' && _text[_pos + 1] == 'u')
                                {
                                    _pos += 2;
                                    char low = ReadHex4();
                                    if (!char.IsLowSurrogate(low))
                                    {
                                        throw ErrorAt(escapeStart, "unpaired surrogate in a \\u escape");
                                    }

                                    sb.Append(unit).Append(low);
                                }
                                else
                                {
                                    throw ErrorAt(escapeStart, "unpaired surrogate in a \\u escape");
                                }
                            }
                            else if (char.IsLowSurrogate(unit))
                            {
                                throw ErrorAt(escapeStart, "unpaired surrogate in a \\u escape");
                            }
                            else
                            {
                                sb.Append(unit);
                            }

                            break;
                        default:
                            throw ErrorAt(escapeStart, "invalid escape sequence '\\" + Printable(e) + "'");
                    }
                }
            }

            private string? Known(int start, int length)
            {
                foreach (string known in s_knownStrings)
                {
                    if (known.Length == length && string.CompareOrdinal(_text, start, known, 0, length) == 0)
                    {
                        return known;
                    }
                }

                return null;
            }

            private char ReadHex4()
            {
                if (_pos + 4 > _text.Length)
                {
                    throw Error("truncated \\u escape");
                }

                int value = 0;
                for (int i = 0; i < 4; i++)
                {
                    char h = _text[_pos + i];
                    int digit;
                    if (h >= '0' && h <= '9')
                    {
                        digit = h - '0';
                    }
                    else if (h >= 'a' && h <= 'f')
                    {
                        digit = h - 'a' + 10;
                    }
                    else if (h >= 'A' && h <= 'F')
                    {
                        digit = h - 'A' + 10;
                    }
                    else
                    {
                        throw ErrorAt(_pos + i, "invalid hex digit '" + Printable(h) + "' in a \\u escape");
                    }

                    value = (value << 4) | digit;
                }

                _pos += 4;
                return (char)value;
            }

            private string ReadNumber()
            {
                int start = _pos;
                if (Peek() == '-')
                {
                    _pos++;
                }

                if (Peek() == '0')
                {
                    _pos++;
                }
                else if (IsDigit(Peek()))
                {
                    while (IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }
                else
                {
                    throw Error("invalid number: expected a digit");
                }

                if (Peek() == '.')
                {
                    _pos++;
                    if (!IsDigit(Peek()))
                    {
                        throw Error("invalid number: expected a digit after '.'");
                    }

                    while (IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }

                if (Peek() == 'e' || Peek() == 'E')
                {
                    _pos++;
                    if (Peek() == '+' || Peek() == '-')
                    {
                        _pos++;
                    }

                    if (!IsDigit(Peek()))
                    {
                        throw Error("invalid number: expected a digit in the exponent");
                    }

                    while (IsDigit(Peek()))
                    {
                        _pos++;
                    }
                }

                if (_pos - start > SafetensorsLimits.MaxNumberLength)
                {
                    throw OverLimit(start, "a number longer than " + SafetensorsLimits.MaxNumberLength.ToString(CultureInfo.InvariantCulture) + " characters");
                }

                return _text.Substring(start, _pos - start);
            }

            private void ExpectLiteral(string literal)
            {
                if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0 || _pos + literal.Length > _text.Length)
                {
                    throw Error("unexpected " + Describe(_pos) + ", expected a value");
                }

                _pos += literal.Length;
            }

            private void CheckDepth(int depth)
            {
                if (depth > SafetensorsLimits.MaxJsonDepth)
                {
                    throw Error("arrays and objects nested deeper than " + SafetensorsLimits.MaxJsonDepth.ToString(CultureInfo.InvariantCulture) + " levels");
                }
            }

            private void SkipWhitespace()
            {
                while (_pos < _text.Length)
                {
                    char c = _text[_pos];
                    if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                    {
                        return;
                    }

                    _pos++;
                }
            }

            private char Peek()
            {
                return _pos < _text.Length ? _text[_pos] : '\0';
            }

            private static bool IsDigit(char c)
            {
                return c >= '0' && c <= '9';
            }

            private string Describe(int pos)
            {
                return pos >= _text.Length ? "end of the header" : "character '" + Printable(_text[pos]) + "'";
            }

            private static string Printable(char c)
            {
                return c < 0x20 || c == 0x7F || char.IsSurrogate(c)
                    ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture)
                    : c.ToString();
            }

            private static SafetensorsFormatException OverLimit(int pos, string problem)
            {
                return new SafetensorsFormatException(
                    "The safetensors header is over a limit: " + problem + " at character " + pos.ToString(CultureInfo.InvariantCulture) + ".");
            }

            private SafetensorsFormatException Error(string problem)
            {
                return ErrorAt(_pos, problem);
            }

            private static SafetensorsFormatException ErrorAt(int pos, string problem)
            {
                return new SafetensorsFormatException(
                    "The safetensors header is malformed JSON: " + problem + " at character " + pos.ToString(CultureInfo.InvariantCulture) + ".");
            }
        }
    }
}
