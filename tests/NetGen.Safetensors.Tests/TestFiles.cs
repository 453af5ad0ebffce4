using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NetGen.Safetensors.Tests;

/// <summary>Builds safetensors bytes by hand, independently of the code under test.</summary>
internal static class TestFiles
{
    /// <summary>8-byte little-endian length, the JSON (padded with spaces to a multiple of 8 when asked), then the data.</summary>
    public static byte[] Build(string json, byte[] data, bool pad = true)
    {
        byte[] header = Encoding.UTF8.GetBytes(json);
        int padding = pad ? (8 - (header.Length % 8)) % 8 : 0;
        return Raw((ulong)(header.Length + padding), Concat(header, Spaces(padding), data));
    }

    /// <summary>Any declared length followed by any bytes.</summary>
    public static byte[] Raw(ulong declaredHeaderLength, byte[] rest)
    {
        var prefix = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(prefix, declaredHeaderLength);
        return Concat(prefix, rest);
    }

    public static byte[] F32(params float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    public static byte[] F64(params double[] values)
    {
        var bytes = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), values[i]);
        }

        return bytes;
    }

    public static byte[] Zeros(int count) => new byte[count];

    public static byte[] Spaces(int count)
    {
        var bytes = new byte[count];
        bytes.AsSpan().Fill((byte)' ');
        return bytes;
    }

    public static byte[] Concat(params byte[][] parts)
    {
        var result = new List<byte>();
        foreach (var part in parts)
        {
            result.AddRange(part);
        }

        return result.ToArray();
    }

    public static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    /// <summary>Asserts that parsing the bytes (both the shared parser and the stream reader) fails with the fragment in the message.</summary>
    public static SafetensorsFormatException AssertRejected(byte[] file, string fragment)
    {
        var fromHeader = Assert.Throws<SafetensorsFormatException>(() => SafetensorsHeader.Parse(file));
        Assert.Contains(fragment, fromHeader.Message, StringComparison.Ordinal);
        var fromStream = Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new MemoryStream(file)));
        Assert.Equal(fromHeader.Message, fromStream.Message);
        return fromHeader;
    }

    /// <summary>A JSON header with one tensor entry, padded, followed by <paramref name="dataLength"/> zero bytes.</summary>
    public static byte[] OneTensor(string entryJson, int dataLength) =>
        Build("{\"t\":" + entryJson + "}", Zeros(dataLength));
}

/// <summary>A read-only, non-seekable stream that returns at most a few bytes per read.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] _data;
    private readonly int _maxPerRead;
    private int _position;

    public TrickleStream(byte[] data, int maxPerRead = 3)
    {
        _data = data;
        _maxPerRead = maxPerRead;
    }

    public int BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = Math.Min(Math.Min(count, _maxPerRead), _data.Length - _position);
        Array.Copy(_data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A stream that delivers some bytes and then fails with an <see cref="IOException"/>.</summary>
internal sealed class FailingStream : Stream
{
    private readonly byte[] _before;
    private int _position;

    public FailingStream(byte[] before)
    {
        _before = before;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position >= _before.Length)
        {
            throw new IOException("disk on fire");
        }

        int n = Math.Min(count, _before.Length - _position);
        Array.Copy(_before, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
