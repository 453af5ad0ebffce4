using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;

namespace NetGen
{
    /// <summary>A named tensor to write to a safetensors file: its shape and its values in row-major order.</summary>
    /// <typeparam name="T"><see cref="float"/> (written as F32) or <see cref="double"/> (written as F64).</typeparam>
    internal sealed class SafetensorsTensor<T>
        where T : unmanaged
    {
        private readonly int[] _shape;

        /// <summary>Creates a tensor.</summary>
        /// <param name="name">The tensor's name, e.g. <c>0.weight</c>.</param>
        /// <param name="shape">The dimensions, outermost first; empty for a scalar. The array is copied.</param>
        /// <param name="data">The values in row-major order; exactly the product of <paramref name="shape"/> of them. Not copied.</param>
        /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="shape"/> is null.</exception>
        /// <exception cref="ArgumentException">A dimension is negative or the data length does not match the shape.</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float or double.</exception>
        public SafetensorsTensor(string name, int[] shape, ReadOnlyMemory<T> data)
            : this(name, shape, data, asInt64: false)
        {
        }

        /// <summary>Creates a tensor, written as I64 (each value rounded to an integer) when <paramref name="asInt64"/>.</summary>
        /// <param name="name">The tensor's name.</param>
        /// <param name="shape">The dimensions; empty for a scalar.</param>
        /// <param name="data">The values in row-major order.</param>
        /// <param name="asInt64">Write the values as int64, as PyTorch stores a count such as num_batches_tracked.</param>
        public SafetensorsTensor(string name, int[] shape, ReadOnlyMemory<T> data, bool asInt64)
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(shape);
            DType = asInt64 ? SafetensorsHeader.DTypeI64 : SafetensorsFile.DTypeOf<T>();
            _shape = (int[])shape.Clone();
            // The element count saturates above int.MaxValue (more than any memory holds) unless a dimension is 0.
            long count = 1;
            bool empty = false;
            foreach (int dim in _shape)
            {
                if (dim < 0)
                {
                    throw new ArgumentException($"Tensor '{name}' has a negative dimension in its shape.", nameof(shape));
                }

                empty |= dim == 0;
                if (count <= int.MaxValue)
                {
                    count *= dim;
                }
            }

            count = empty ? 0 : count;

            if (count != data.Length)
            {
                throw new ArgumentException(
                    $"Tensor '{name}' has {data.Length} values but its shape [{string.Join(", ", _shape)}] needs {count}.", nameof(data));
            }

            Name = name;
            Shape = new ReadOnlyCollection<int>(_shape);
            Data = data;
        }

        /// <summary>The tensor's name.</summary>
        public string Name { get; }

        /// <summary>The dimensions, outermost first.</summary>
        public IReadOnlyList<int> Shape { get; }

        /// <summary>The values in row-major order.</summary>
        public ReadOnlyMemory<T> Data { get; }

        /// <summary>The safetensors dtype written: <c>F32</c> or <c>F64</c> for <typeparamref name="T"/>, or <c>I64</c>.</summary>
        public string DType { get; }

        internal int[] ShapeArray => _shape;
    }

    /// <summary>
    /// Reads and writes safetensors files (the format of Hugging Face <c>safetensors</c>, e.g. PyTorch's
    /// <c>safetensors.torch.save_file</c>). NetGen reads F32 and F64 tensors; files with other dtypes parse, and
    /// reading those tensors' values throws <see cref="SafetensorsFormatException"/>.
    /// </summary>
    internal static class SafetensorsFile
    {
        /// <summary>The default limit on the size of a file <see cref="Read"/> accepts: 1 GiB.</summary>
        public const long DefaultMaxBytes = 1L << 30;

        private const int ChunkSize = 64 * 1024;

        /// <summary>The first buffer for the data of a non-seekable stream; it doubles up to the header's size.</summary>
        private const int InitialDataBuffer = 1 << 20;

        /// <summary>
        /// Writes tensors as a safetensors file: the header as <see cref="SafetensorsHeader.Create"/> lays it out
        /// (tensors ordered by name in UTF-8 byte order, JSON padded with spaces to a multiple of 8 bytes), then the
        /// values little-endian whatever the host's byte order.
        /// </summary>
        /// <typeparam name="T"><see cref="float"/> (F32) or <see cref="double"/> (F64).</typeparam>
        /// <param name="stream">A writable stream; written from its current position and not closed.</param>
        /// <param name="tensors">The tensors, in any order; names must be distinct.</param>
        /// <param name="metadata">Strings stored under <c>__metadata__</c>, or null to omit the key.</param>
        /// <exception cref="ArgumentNullException">An argument or a tensor is null.</exception>
        /// <exception cref="ArgumentException">The stream is not writable, or names are duplicated or reserved (see <see cref="SafetensorsHeader.Create"/>).</exception>
        /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not float or double.</exception>
        public static void Write<T>(Stream stream, IReadOnlyList<SafetensorsTensor<T>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
            where T : unmanaged
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentNullException.ThrowIfNull(tensors);
            DTypeOf<T>();
            if (!stream.CanWrite)
            {
                throw new ArgumentException("The stream is not writable.", nameof(stream));
            }

            var specs = new SafetensorsTensorSpec[tensors.Count];
            var byName = new Dictionary<string, SafetensorsTensor<T>>(StringComparer.Ordinal);
            for (int i = 0; i < tensors.Count; i++)
            {
                var tensor = tensors[i] ?? throw new ArgumentNullException(nameof(tensors), "A tensor is null.");
                specs[i] = new SafetensorsTensorSpec(tensor.Name, tensor.DType, tensor.ShapeArray);
                byName.TryAdd(tensor.Name, tensor); // duplicates are rejected by Create below
            }

            SafetensorsHeader header = SafetensorsHeader.Create(specs, metadata);
            stream.Write(header.ToBytes());
            byte[] chunk = new byte[ChunkSize];
            foreach (var info in header.Tensors)
            {
                var tensor = byName[info.Name];
                if (tensor.DType == SafetensorsHeader.DTypeI64)
                {
                    WriteInt64LittleEndian(stream, tensor.Data.Span, chunk);
                }
                else
                {
                    WriteLittleEndian(stream, tensor.Data.Span, chunk);
                }
            }
        }

        /// <summary>
        /// Reads a whole safetensors file from a stream (seekable or not) and validates it. Only what the header
        /// describes is read: the length prefix, the header (within <see cref="SafetensorsLimits"/>), then exactly
        /// its data section; a longer stream is refused.
        /// </summary>
        /// <param name="stream">A readable stream, read from its current position to its end and not closed.</param>
        /// <param name="maxBytes">
        /// The largest file accepted, in bytes (at most <see cref="Array.MaxLength"/> is used); a longer stream is
        /// rejected with <see cref="SafetensorsFormatException"/> without reading past the limit.
        /// </param>
        /// <returns>The document, holding the file's bytes.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
        /// <exception cref="ArgumentException">The stream is not readable.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is not positive.</exception>
        /// <exception cref="SafetensorsFormatException">
        /// The content is not a valid safetensors file (including a truncated one) or exceeds <paramref name="maxBytes"/>.
        /// </exception>
        /// <exception cref="IOException">The stream itself failed.</exception>
        public static SafetensorsDocument Read(Stream stream, long maxBytes = DefaultMaxBytes)
        {
            ArgumentNullException.ThrowIfNull(stream);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
            if (!stream.CanRead)
            {
                throw new ArgumentException("The stream is not readable.", nameof(stream));
            }

            // Read exactly what the header says: the prefix, the header (capped by SafetensorsLimits), then the data
            // section the header describes, so a hostile length or a huge stream costs no more than the limits.
            long limit = Math.Min(maxBytes, Array.MaxLength);
            long fileLength = -1;
            if (stream.CanSeek)
            {
                fileLength = Math.Max(0, stream.Length - stream.Position);
                if (fileLength > limit)
                {
                    throw TooLarge(limit);
                }
            }

            byte[] prefix = new byte[SafetensorsHeader.LengthPrefixSize];
            int got = ReadFully(stream, prefix, 0, prefix.Length);
            if (got < prefix.Length)
            {
                throw SafetensorsHeader.TooShort(got);
            }

            int headerLength = SafetensorsHeader.ReadHeaderLength(prefix, fileLength);
            int dataStart = SafetensorsHeader.LengthPrefixSize + headerLength;
            if (dataStart > limit)
            {
                throw TooLarge(limit);
            }

            byte[] head = new byte[dataStart];
            prefix.CopyTo(head, 0);
            got = SafetensorsHeader.LengthPrefixSize + ReadFully(stream, head, SafetensorsHeader.LengthPrefixSize, headerLength);
            SafetensorsHeader header = SafetensorsHeader.Parse(head, got, fileLength);
            if (header.FileLength > limit)
            {
                throw TooLarge(limit);
            }

            // A seekable stream's length is known to match; from a non-seekable one the buffer grows as data
            // arrives, so a short stream whose header claims a gigabyte costs what it holds, not what it claims.
            int fileBytes = (int)header.FileLength;
            byte[] buffer = new byte[fileLength >= 0 ? fileBytes : Math.Min(fileBytes, dataStart + InitialDataBuffer)];
            head.CopyTo(buffer, 0);
            int data = 0;
            while (true)
            {
                int wanted = buffer.Length - dataStart - data;
                int read = ReadFully(stream, buffer, dataStart + data, wanted);
                data += read;
                if (read < wanted || buffer.Length == fileBytes)
                {
                    break;
                }

                Array.Resize(ref buffer, (int)Math.Min(fileBytes, 2L * buffer.Length));
            }

            if (data < header.DataLength)
            {
                throw new SafetensorsFormatException(
                    $"The safetensors file is truncated: the header describes {header.DataLength} bytes of data but only {data} follow.");
            }

            if (fileLength < 0 && stream.ReadByte() >= 0)
            {
                throw new SafetensorsFormatException(
                    $"The data section is not fully covered by tensors: the tensors end at offset {header.DataLength} but more bytes follow (trailing bytes belong to no tensor).");
            }

            return new SafetensorsDocument(buffer, header);
        }

        internal static string DTypeOf<T>()
        {
            if (typeof(T) == typeof(float))
            {
                return SafetensorsHeader.DTypeF32;
            }

            if (typeof(T) == typeof(double))
            {
                return SafetensorsHeader.DTypeF64;
            }

            throw new NotSupportedException($"Safetensors tensors of {typeof(T).Name} are not supported; use float (F32) or double (F64).");
        }

        /// <summary>Reads until <paramref name="count"/> bytes are in or the stream ends; returns how many were read.</summary>
        private static int ReadFully(Stream stream, byte[] buffer, int offset, int count)
        {
            int total = 0;
            while (total < count)
            {
                int read = stream.Read(buffer, offset + total, count - total);
                if (read <= 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }

        private static SafetensorsFormatException TooLarge(long limit)
        {
            return new SafetensorsFormatException($"The safetensors file is larger than the limit of {limit} bytes.");
        }

        /// <summary>Writes values as little-endian int64, each rounded to the nearest integer (a count stored as T).</summary>
        private static void WriteInt64LittleEndian<T>(Stream stream, ReadOnlySpan<T> values, byte[] chunk)
            where T : unmanaged
        {
            int perChunk = chunk.Length / 8;
            for (int start = 0; start < values.Length; start += perChunk)
            {
                int count = Math.Min(perChunk, values.Length - start);
                for (int i = 0; i < count; i++)
                {
                    double d = typeof(T) == typeof(float)
                        ? System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(values)[start + i]
                        : System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(values)[start + i];
                    BinaryPrimitives.WriteInt64LittleEndian(chunk.AsSpan(i * 8), (long)Math.Round(d));
                }

                stream.Write(chunk, 0, count * 8);
            }
        }

        private static void WriteLittleEndian<T>(Stream stream, ReadOnlySpan<T> values, byte[] chunk)
            where T : unmanaged
        {
            int size = typeof(T) == typeof(float) ? 4 : 8;
            int perChunk = chunk.Length / size;
            for (int start = 0; start < values.Length; start += perChunk)
            {
                int count = Math.Min(perChunk, values.Length - start);
                if (typeof(T) == typeof(float))
                {
                    var floats = System.Runtime.InteropServices.MemoryMarshal.Cast<T, float>(values.Slice(start, count));
                    for (int i = 0; i < floats.Length; i++)
                    {
                        BinaryPrimitives.WriteSingleLittleEndian(chunk.AsSpan(i * 4), floats[i]);
                    }
                }
                else
                {
                    var doubles = System.Runtime.InteropServices.MemoryMarshal.Cast<T, double>(values.Slice(start, count));
                    for (int i = 0; i < doubles.Length; i++)
                    {
                        BinaryPrimitives.WriteDoubleLittleEndian(chunk.AsSpan(i * 8), doubles[i]);
                    }
                }

                stream.Write(chunk, 0, count * size);
            }
        }
    }

    /// <summary>
    /// A validated safetensors file in memory (from <see cref="SafetensorsFile.Read"/>): its tensors by name, their
    /// dtypes and shapes, the metadata, and copies of the values as float or double.
    /// </summary>
    internal sealed partial class SafetensorsDocument
    {
        private readonly byte[] _file;

        internal SafetensorsDocument(byte[] file, SafetensorsHeader header)
        {
            _file = file;
            Header = header;
            var names = new string[header.Tensors.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = header.Tensors[i].Name;
            }

            Names = new ReadOnlyCollection<string>(names);
        }

        /// <summary>The validated header.</summary>
        public SafetensorsHeader Header { get; }

        /// <summary>The tensors in the order of their data.</summary>
        public IReadOnlyList<SafetensorsTensorInfo> Tensors => Header.Tensors;

        /// <summary>The tensor names in the order of their data.</summary>
        public IReadOnlyList<string> Names { get; }

        /// <summary>The <c>__metadata__</c> strings; empty when the file has none.</summary>
        public IReadOnlyDictionary<string, string> Metadata => Header.Metadata;

        /// <summary>Whether the file has a tensor with this name.</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>True when the tensor exists.</returns>
        public bool Contains(string name) => Header.ContainsTensor(name);

        /// <summary>A tensor's dtype, shape and offsets.</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>The tensor's description.</returns>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        public SafetensorsTensorInfo GetTensor(string name) => Header.GetTensor(name);

        /// <summary>The tensor's raw bytes, little-endian, whatever its dtype.</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>A read-only view of the bytes.</returns>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        public ReadOnlyMemory<byte> GetBytes(string name)
        {
            var info = Header.GetTensor(name);
            return new ReadOnlyMemory<byte>(_file, (int)(Header.DataStart + info.DataBegin), (int)info.ByteLength);
        }

        /// <summary>
        /// Copies a tensor's values into <paramref name="destination"/>, which must hold exactly
        /// <see cref="SafetensorsTensorInfo.ElementCount"/> values. F64 values are rounded to the nearest float
        /// (values beyond the float range become infinities).
        /// </summary>
        /// <param name="name">The tensor name.</param>
        /// <param name="destination">Where the row-major values go.</param>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        /// <exception cref="ArgumentException">The destination's length differs from the tensor's element count.</exception>
        /// <exception cref="SafetensorsFormatException">The tensor's dtype is not F32, F64 or I64.</exception>
        public void CopyTo(string name, Span<float> destination) => Convert(name, destination);

        /// <summary>
        /// Copies a tensor's values into <paramref name="destination"/>, which must hold exactly
        /// <see cref="SafetensorsTensorInfo.ElementCount"/> values. F32 values widen exactly.
        /// </summary>
        /// <param name="name">The tensor name.</param>
        /// <param name="destination">Where the row-major values go.</param>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        /// <exception cref="ArgumentException">The destination's length differs from the tensor's element count.</exception>
        /// <exception cref="SafetensorsFormatException">The tensor's dtype is not F32, F64 or I64.</exception>
        public void CopyTo(string name, Span<double> destination) => Convert(name, destination);

        /// <summary>Decodes a tensor's little-endian F32 or F64 values into <paramref name="destination"/>, converting to T.</summary>
        private void Convert<T>(string name, Span<T> destination) where T : System.Numerics.IFloatingPointIeee754<T>
        {
            ReadOnlySpan<byte> bytes = Source(name, destination.Length, out string dtype);
            for (int i = 0; i < destination.Length; i++)
            {
                destination[i] = dtype switch
                {
                    SafetensorsHeader.DTypeF32 => T.CreateTruncating(BinaryPrimitives.ReadSingleLittleEndian(bytes.Slice(i * 4, 4))),
                    SafetensorsHeader.DTypeF64 => T.CreateTruncating(BinaryPrimitives.ReadDoubleLittleEndian(bytes.Slice(i * 8, 8))),
                    SafetensorsHeader.DTypeI64 => T.CreateTruncating(BinaryPrimitives.ReadInt64LittleEndian(bytes.Slice(i * 8, 8))),
                    _ => throw new InvalidOperationException("Unreadable dtype " + dtype + "."),
                };
            }
        }

        /// <summary>A tensor's values as a new float array (see <see cref="CopyTo(string, Span{float})"/>).</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>The row-major values.</returns>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        /// <exception cref="SafetensorsFormatException">The tensor's dtype is not F32, F64 or I64.</exception>
        public float[] ToSingleArray(string name)
        {
            var result = new float[CheckedCount(name)];
            CopyTo(name, result);
            return result;
        }

        /// <summary>A tensor's values as a new double array (see <see cref="CopyTo(string, Span{double})"/>).</summary>
        /// <param name="name">The tensor name.</param>
        /// <returns>The row-major values.</returns>
        /// <exception cref="KeyNotFoundException">No tensor has this name.</exception>
        /// <exception cref="SafetensorsFormatException">The tensor's dtype is not F32, F64 or I64.</exception>
        public double[] ToDoubleArray(string name)
        {
            var result = new double[CheckedCount(name)];
            CopyTo(name, result);
            return result;
        }

        private long CheckedCount(string name)
        {
            var info = Header.GetTensor(name);
            if (!info.IsReadable)
            {
                throw SafetensorsHeader.UnsupportedDType(info);
            }

            return info.ElementCount;
        }

        private ReadOnlySpan<byte> Source(string name, int destinationLength, out string dtype)
        {
            var info = Header.GetTensor(name);
            if (!info.IsReadable)
            {
                throw SafetensorsHeader.UnsupportedDType(info);
            }

            if (destinationLength != info.ElementCount)
            {
                throw new ArgumentException(
                    $"Tensor '{name}' has {info.ElementCount} values but the destination holds {destinationLength}.", "destination");
            }

            dtype = info.DType;
            return new ReadOnlySpan<byte>(_file, (int)(Header.DataStart + info.DataBegin), (int)info.ByteLength);
        }
    }
}
