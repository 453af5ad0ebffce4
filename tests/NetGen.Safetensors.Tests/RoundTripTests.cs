using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NetGen.Safetensors.Tests;

public class RoundTripTests
{
    private static byte[] WriteToBytes<T>(IReadOnlyList<SafetensorsTensor<T>> tensors, IReadOnlyDictionary<string, string>? metadata = null)
        where T : unmanaged
    {
        var stream = new MemoryStream();
        SafetensorsFile.Write(stream, tensors, metadata);
        return stream.ToArray();
    }

    [Fact]
    public void F32_RoundTrip_KeepsEveryTensorBitForBit_AndTheMetadata()
    {
        float[] weight = { 1.5f, -2.25f, float.NaN, float.PositiveInfinity, -0.0f, float.Epsilon };
        float[] bias = { 0.1f, -0.3f };
        float[] scalar = { 42f };
        float[] cube = Enumerable.Range(0, 8).Select(i => i * 0.37f - 1f).ToArray();
        var tensors = new[]
        {
            new SafetensorsTensor<float>("layer.0.weight", new[] { 2, 3 }, weight),
            new SafetensorsTensor<float>("layer.0.bias", new[] { 2 }, bias),
            new SafetensorsTensor<float>("scale", Array.Empty<int>(), scalar),
            new SafetensorsTensor<float>("cube", new[] { 2, 2, 2 }, cube),
            new SafetensorsTensor<float>("empty", new[] { 3, 0 }, Array.Empty<float>()),
        };
        var metadata = new Dictionary<string, string> { ["format"] = "pt", ["note"] = "quote \" backslash \\ newline \n tab \t bell \u0007 é 😀" };

        var doc = SafetensorsFile.Read(new MemoryStream(WriteToBytes(tensors, metadata)));

        Assert.Equal(new[] { "cube", "empty", "layer.0.bias", "layer.0.weight", "scale" }, doc.Names);
        Assert.Equal(metadata, doc.Metadata.ToDictionary(p => p.Key, p => p.Value));
        Assert.True(doc.Header.HasMetadata);
        foreach (var t in tensors)
        {
            var info = doc.GetTensor(t.Name);
            Assert.Equal("F32", info.DType);
            Assert.Equal(t.Shape, info.Shape);
            Assert.Equal(t.Data.Length * 4L, info.ByteLength);
            float[] back = doc.ToSingleArray(t.Name);
            Assert.Equal(
                t.Data.ToArray().Select(BitConverter.SingleToInt32Bits),
                back.Select(BitConverter.SingleToInt32Bits));
        }

        Assert.Equal(Array.Empty<int>(), doc.GetTensor("scale").Shape);
        Assert.Equal(1, doc.GetTensor("scale").ElementCount);
        Assert.Equal(0, doc.GetTensor("empty").ElementCount);
    }

    [Fact]
    public void F64_RoundTrip_KeepsEveryTensorBitForBit_AndTheMetadata()
    {
        double[] a = { Math.PI, -Math.E, double.NaN, double.NegativeInfinity, -0.0, double.Epsilon, 1e300 };
        double[] b = Enumerable.Range(0, 12).Select(i => Math.Sqrt(i) - 1.5).ToArray();
        var tensors = new[]
        {
            new SafetensorsTensor<double>("a", new[] { 7 }, a),
            new SafetensorsTensor<double>("b", new[] { 3, 2, 2 }, b),
        };
        var metadata = new Dictionary<string, string> { ["epochs"] = "12", [""] = "empty key" };

        var doc = SafetensorsFile.Read(new MemoryStream(WriteToBytes(tensors, metadata)));

        Assert.Equal(new[] { "a", "b" }, doc.Names);
        Assert.Equal("empty key", doc.Metadata[""]);
        Assert.Equal("12", doc.Metadata["epochs"]);
        foreach (var t in tensors)
        {
            Assert.Equal("F64", doc.GetTensor(t.Name).DType);
            Assert.Equal(t.Shape, doc.GetTensor(t.Name).Shape);
            var back = new double[t.Data.Length];
            doc.CopyTo(t.Name, back);
            Assert.Equal(
                t.Data.ToArray().Select(BitConverter.DoubleToInt64Bits),
                back.Select(BitConverter.DoubleToInt64Bits));
        }
    }

    [Fact]
    public void Conversions_F32WidensExactly_F64RoundsToNearestFloat()
    {
        float[] singles = { 0.1f, -3.4e38f, 1e-45f };
        double[] doubles = { 0.1, 1e300, -1e-300, 1.0000000001 };
        var f32 = SafetensorsFile.Read(new MemoryStream(WriteToBytes(new[] { new SafetensorsTensor<float>("s", new[] { 3 }, singles) })));
        var f64 = SafetensorsFile.Read(new MemoryStream(WriteToBytes(new[] { new SafetensorsTensor<double>("d", new[] { 4 }, doubles) })));

        Assert.Equal(singles.Select(x => (double)x), f32.ToDoubleArray("s"));
        Assert.Equal(new[] { 0.1f, float.PositiveInfinity, -0.0f, 1f }, f64.ToSingleArray("d"));
        Assert.True(float.IsNegative(f64.ToSingleArray("d")[2]));
    }

    [Fact]
    public void SharedHeaderReaders_DecodeTheSameValues_AsTheGeneratorWould()
    {
        float[] w = { 1.25f, -7.5f, 3e-8f, 65504f };
        double[] d = { 1.0 / 3.0, -2.5 };
        byte[] f32File = WriteToBytes(new[] { new SafetensorsTensor<float>("w", new[] { 2, 2 }, w) });
        byte[] f64File = WriteToBytes(new[] { new SafetensorsTensor<double>("d", new[] { 2 }, d) });

        var h32 = SafetensorsHeader.Parse(f32File);
        var h64 = SafetensorsHeader.Parse(f64File);

        Assert.Equal(w, h32.ReadSingles(f32File, h32.GetTensor("w")));
        Assert.Equal(w.Select(x => (double)x), h32.ReadDoubles(f32File, h32.GetTensor("w")));
        Assert.Equal(d, h64.ReadDoubles(f64File, h64.GetTensor("d")));
        Assert.Equal(d.Select(x => (float)x), h64.ReadSingles(f64File, h64.GetTensor("d")));
        Assert.Throws<ArgumentException>(() => h32.ReadSingles(f32File, h64.GetTensor("d")));
        Assert.Throws<ArgumentException>(() => h32.ReadSingles(f32File.AsSpan(0, f32File.Length - 1).ToArray(), h32.GetTensor("w")));
    }

    [Fact]
    public void Writer_OrdersTensorsByUtf8Bytes_NotByUtf16CodeUnits()
    {
        // U+FFFD sorts before U+1F600 in UTF-8 (EF.. < F0..) but after it in UTF-16 (FFFD > D83D).
        string[] names = { "😀", "b", "\uFFFD", "a", "é", "B", "a.b", "a0" };
        var tensors = names.Select((n, i) => new SafetensorsTensor<float>(n, new[] { 1 }, new[] { (float)i })).ToArray();

        var doc = SafetensorsFile.Read(new MemoryStream(WriteToBytes(tensors)));

        Assert.Equal(new[] { "B", "a", "a.b", "a0", "b", "é", "\uFFFD", "😀" }, doc.Names);
        Assert.Equal(new long[] { 0, 4, 8, 12, 16, 20, 24, 28 }, doc.Tensors.Select(t => t.DataBegin));
        for (int i = 0; i < names.Length; i++)
        {
            Assert.Equal(new[] { (float)i }, doc.ToSingleArray(names[i]));
        }
    }

    [Fact]
    public void Writer_TinyFile_MatchesHandBuiltBytes()
    {
        // {"__metadata__":{"k":"v"},"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}} is 79 bytes: one space pads it to 80.
        byte[] expected = TestFiles.Concat(
            new byte[] { 80, 0, 0, 0, 0, 0, 0, 0 },
            Encoding.ASCII.GetBytes("{\"__metadata__\":{\"k\":\"v\"},\"w\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}} "),
            new byte[] { 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0 });

        byte[] actual = WriteToBytes(
            new[] { new SafetensorsTensor<float>("w", new[] { 2 }, new[] { 1.0f, -2.0f }) },
            new Dictionary<string, string> { ["k"] = "v" });

        Assert.Equal(TestFiles.Hex(expected), TestFiles.Hex(actual));
    }

    [Fact]
    public void Writer_F64TinyFile_MatchesHandBuiltBytes()
    {
        // {"x":{"dtype":"F64","shape":[1,1],"data_offsets":[0,8]}} is 56 bytes, already a multiple of 8: no padding.
        byte[] expected = TestFiles.Concat(
            new byte[] { 56, 0, 0, 0, 0, 0, 0, 0 },
            Encoding.ASCII.GetBytes("{\"x\":{\"dtype\":\"F64\",\"shape\":[1,1],\"data_offsets\":[0,8]}}"),
            new byte[] { 0x9A, 0x99, 0x99, 0x99, 0x99, 0x99, 0xB9, 0x3F });

        byte[] actual = WriteToBytes(new[] { new SafetensorsTensor<double>("x", new[] { 1, 1 }, new[] { 0.1 }) });

        Assert.Equal(TestFiles.Hex(expected), TestFiles.Hex(actual));
    }

    [Fact]
    public void Writer_NoTensors_WritesAnEmptyObjectPaddedTo8()
    {
        byte[] expected = { 8, 0, 0, 0, 0, 0, 0, 0, (byte)'{', (byte)'}', 32, 32, 32, 32, 32, 32 };

        Assert.Equal(expected, WriteToBytes(Array.Empty<SafetensorsTensor<float>>()));
        var doc = SafetensorsFile.Read(new MemoryStream(expected));
        Assert.Empty(doc.Names);
        Assert.False(doc.Header.HasMetadata);
    }

    [Fact]
    public void Writer_EscapesNamesAndMetadata_LikeTheReferenceWriter()
    {
        var metadata = new Dictionary<string, string> { ["z"] = "\u0001\u001f\u007f/", ["a"] = "\"\\\b\f\n\r\t" };
        byte[] bytes = WriteToBytes(new[] { new SafetensorsTensor<float>("é\"", Array.Empty<int>(), new[] { 0f }) }, metadata);
        int n = BitConverter.ToInt32(bytes, 0);
        string json = Encoding.UTF8.GetString(bytes, 8, n).TrimEnd(' ');

        Assert.Equal(
            "{\"__metadata__\":{\"a\":\"\\\"\\\\\\b\\f\\n\\r\\t\",\"z\":\"\\u0001\\u001f\u007f/\"},\"é\\\"\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}",
            json);
        Assert.Equal(0, n % 8);
    }

    [Fact]
    public void Writer_EmptyMetadata_WritesTheKey_NullMetadataOmitsIt()
    {
        var t = new[] { new SafetensorsTensor<float>("t", new[] { 1 }, new[] { 1f }) };
        var withEmpty = SafetensorsFile.Read(new MemoryStream(WriteToBytes(t, new Dictionary<string, string>())));
        var without = SafetensorsFile.Read(new MemoryStream(WriteToBytes(t)));

        Assert.True(withEmpty.Header.HasMetadata);
        Assert.Empty(withEmpty.Metadata);
        Assert.False(without.Header.HasMetadata);
        Assert.Contains("\"__metadata__\":{}", Encoding.ASCII.GetString(WriteToBytes(t, new Dictionary<string, string>())));
    }

    [Fact]
    public void HeaderCreate_PutsWiderDTypesFirst_ThenNames()
    {
        var header = SafetensorsHeader.Create(new[]
        {
            new SafetensorsTensorSpec("a", "F32", new[] { 2 }),
            new SafetensorsTensorSpec("z", "F64", new[] { 1 }),
            new SafetensorsTensorSpec("m", "F16", new[] { 4 }),
            new SafetensorsTensorSpec("b", "F64", new[] { 2 }),
        });

        Assert.Equal(new[] { "b", "z", "a", "m" }, header.Tensors.Select(t => t.Name));
        Assert.Equal(new long[] { 0, 16, 24, 32 }, header.Tensors.Select(t => t.DataBegin));
        Assert.Equal(40, header.DataLength);
        byte[] prefix = header.ToBytes();
        Assert.Equal(header.DataStart, prefix.Length);
        Assert.Equal(0, (prefix.Length - 8) % 8);

        // The laid-out header parses back to the same layout once data is appended.
        var parsed = SafetensorsHeader.Parse(TestFiles.Concat(prefix, new byte[40]));
        Assert.Equal(header.Tensors.Select(t => t.ToString()), parsed.Tensors.Select(t => t.ToString()));
    }

    [Fact]
    public void Write_RejectsBadArguments()
    {
        var ok = new SafetensorsTensor<float>("t", new[] { 1 }, new[] { 1f });
        var stream = new MemoryStream();

        Assert.Throws<ArgumentNullException>(() => SafetensorsFile.Write<float>(null!, new[] { ok }));
        Assert.Throws<ArgumentNullException>(() => SafetensorsFile.Write<float>(stream, null!));
        Assert.Throws<ArgumentNullException>(() => SafetensorsFile.Write(stream, new[] { ok, null! }));
        Assert.Contains("Two tensors", Assert.Throws<ArgumentException>(() => SafetensorsFile.Write(stream, new[] { ok, ok })).Message);
        Assert.Throws<ArgumentException>(() =>
            SafetensorsFile.Write(stream, new[] { new SafetensorsTensor<float>("__metadata__", new[] { 1 }, new[] { 1f }) }));
        Assert.Throws<ArgumentException>(() =>
            SafetensorsFile.Write(stream, new[] { new SafetensorsTensor<float>("bad\uD800", new[] { 1 }, new[] { 1f }) }));
        Assert.Throws<ArgumentException>(() => SafetensorsFile.Write(new MemoryStream(new byte[4], writable: false), new[] { ok }));
        Assert.Throws<NotSupportedException>(() => new SafetensorsTensor<int>("i", new[] { 1 }, new[] { 1 }));
        Assert.Throws<ArgumentException>(() => new SafetensorsTensor<float>("t", new[] { 2, 2 }, new float[3]));
        Assert.Throws<ArgumentException>(() => new SafetensorsTensor<float>("t", new[] { -1 }, new float[0]));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void Read_NonSeekableStream_InTinyChunks_ReadsTheWholeFile()
    {
        float[] values = Enumerable.Range(0, 5000).Select(i => (float)Math.Sin(i)).ToArray();
        byte[] bytes = WriteToBytes(new[] { new SafetensorsTensor<float>("big", new[] { 50, 100 }, values) });

        var doc = SafetensorsFile.Read(new TrickleStream(bytes, maxPerRead: 7));

        Assert.Equal(values, doc.ToSingleArray("big"));
    }

    [Fact]
    public void Read_SeekableStream_StartsAtItsCurrentPosition()
    {
        byte[] file = WriteToBytes(new[] { new SafetensorsTensor<float>("t", new[] { 2 }, new[] { 3f, 4f }) });
        var stream = new MemoryStream(TestFiles.Concat(new byte[] { 1, 2, 3 }, file));
        stream.Position = 3;

        Assert.Equal(new[] { 3f, 4f }, SafetensorsFile.Read(stream).ToSingleArray("t"));
    }

    [Fact]
    public void Read_MaxBytes_IsAnInclusiveLimit_ForSeekableAndNonSeekableStreams()
    {
        byte[] file = WriteToBytes(new[] { new SafetensorsTensor<float>("t", new[] { 3 }, new[] { 1f, 2f, 3f }) });

        Assert.Equal(3, SafetensorsFile.Read(new MemoryStream(file), maxBytes: file.Length).GetTensor("t").ElementCount);
        Assert.Equal(3, SafetensorsFile.Read(new TrickleStream(file), maxBytes: file.Length).GetTensor("t").ElementCount);
        var seekable = Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new MemoryStream(file), maxBytes: file.Length - 1));
        Assert.Contains("larger than the limit", seekable.Message);
        var trickle = new TrickleStream(file);
        var nonSeekable = Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(trickle, maxBytes: file.Length - 1));
        Assert.Contains("larger than the limit", nonSeekable.Message);
        Assert.Equal(SafetensorsHeader.Parse(file).DataStart, trickle.BytesRead); // the header told: no data was read
    }

    [Fact]
    public void Read_StreamIOException_PassesThroughUnwrapped()
    {
        byte[] file = WriteToBytes(new[] { new SafetensorsTensor<float>("t", new[] { 3 }, new[] { 1f, 2f, 3f }) });
        var e = Assert.Throws<IOException>(() => SafetensorsFile.Read(new FailingStream(file.AsSpan(0, 20).ToArray())));
        Assert.Equal("disk on fire", e.Message);
    }

    [Fact]
    public void Read_RejectsBadArguments()
    {
        Assert.Throws<ArgumentNullException>(() => SafetensorsFile.Read(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => SafetensorsFile.Read(new MemoryStream(), 0));
        Assert.Throws<ArgumentNullException>(() => SafetensorsHeader.Parse(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => SafetensorsHeader.Parse(new byte[8], 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => SafetensorsHeader.Parse(new byte[8], -1));
    }

    [Fact]
    public void Document_LookupsAndCopies_CheckNamesAndLengths()
    {
        var doc = SafetensorsFile.Read(new MemoryStream(WriteToBytes(new[] { new SafetensorsTensor<float>("t", new[] { 2 }, new[] { 5f, 6f }) })));

        Assert.True(doc.Contains("t"));
        Assert.False(doc.Contains("u"));
        Assert.Throws<KeyNotFoundException>(() => doc.GetTensor("u"));
        Assert.Throws<KeyNotFoundException>(() => doc.ToSingleArray("u"));
        Assert.Throws<ArgumentException>(() => doc.CopyTo("t", new float[3]));
        Assert.Throws<ArgumentException>(() => doc.CopyTo("t", new double[1]));
        Assert.Equal(TestFiles.F32(5f, 6f), doc.GetBytes("t").ToArray());
    }

    [Fact]
    public void Parse_UsesOnlyTheGivenLength_OfALargerBuffer()
    {
        byte[] file = WriteToBytes(new[] { new SafetensorsTensor<float>("t", new[] { 1 }, new[] { 9f }) });
        byte[] buffer = TestFiles.Concat(file, new byte[] { 0xFF, 0xFF, 0xFF });

        var header = SafetensorsHeader.Parse(buffer, file.Length);

        Assert.Equal(file.Length, header.FileLength);
        Assert.Equal(new[] { 9f }, header.ReadSingles(buffer, header.GetTensor("t")));
        TestFiles.AssertRejected(buffer, "not fully covered");
    }
}
