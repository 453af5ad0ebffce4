using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

// This file is compiled into the netstandard2.0 generator as well as the Abstractions, so it sticks to
// netstandard2.0 APIs: no spans, no records, no System.Text.Json (it carries its own small JSON reader).

namespace NetGen
{
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
    internal sealed partial class SafetensorsHeader
    {
        /// <summary>The size of the length prefix before the JSON header, in bytes.</summary>
        public const int LengthPrefixSize = 8;

        /// <summary>The largest accepted JSON header, in bytes: <see cref="SafetensorsLimits.MaxHeaderLength"/>.</summary>
        public const long MaxHeaderLength = SafetensorsLimits.MaxHeaderLength;

        /// <summary>The deepest nesting of JSON arrays and objects accepted in a header: <see cref="SafetensorsLimits.MaxJsonDepth"/>.</summary>
        public const int MaxJsonDepth = SafetensorsLimits.MaxJsonDepth;

        /// <summary>The reserved header key holding the string-to-string metadata map.</summary>
        public const string MetadataKey = "__metadata__";

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
    }
}
