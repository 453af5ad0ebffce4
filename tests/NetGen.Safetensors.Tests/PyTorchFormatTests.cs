using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace NetGen.Safetensors.Tests;

/// <summary>
/// Files in the exact layout <c>safetensors.torch.save_file({"0.weight": w, "0.bias": b}, path)</c> produces for a
/// float32 nn.Linear(3, 2): compact JSON with the entry keys in the order dtype, shape, data_offsets, tensors sorted by
/// name (equal dtypes), no <c>__metadata__</c> (save_file's default metadata=None), padded with spaces to a multiple of
/// 8, then little-endian float32 data in the same order.
/// </summary>
public class PyTorchFormatTests
{
    private static readonly float[] Bias = { 0.5f, -0.25f };
    private static readonly float[] Weight = { 1f, -2f, 0.5f, 3.25f, -0.125f, 8f };

    private static byte[] TorchLinearFile()
    {
        const string json = "{\"0.bias\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}," +
                            "\"0.weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[8,32]}}";
        Assert.Equal(122, json.Length); // 6 spaces pad it to 128
        return TestFiles.Concat(
            new byte[] { 128, 0, 0, 0, 0, 0, 0, 0 },
            Encoding.ASCII.GetBytes(json),
            Encoding.ASCII.GetBytes("      "),
            new byte[] { 0x00, 0x00, 0x00, 0x3F, 0x00, 0x00, 0x80, 0xBE }, // 0.5, -0.25
            new byte[] { 0x00, 0x00, 0x80, 0x3F, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x3F }, // 1, -2, 0.5
            new byte[] { 0x00, 0x00, 0x50, 0x40, 0x00, 0x00, 0x00, 0xBE, 0x00, 0x00, 0x00, 0x41 }); // 3.25, -0.125, 8
    }

    [Fact]
    public void TorchSaveFileLayout_IsReadCorrectly()
    {
        var doc = SafetensorsFile.Read(new MemoryStream(TorchLinearFile()));

        Assert.Equal(new[] { "0.bias", "0.weight" }, doc.Names);
        Assert.False(doc.Header.HasMetadata);
        Assert.Equal(136, doc.Header.DataStart);
        var weight = doc.GetTensor("0.weight");
        Assert.Equal("F32", weight.DType);
        Assert.Equal(new[] { 2, 3 }, weight.Shape);
        Assert.Equal(8, weight.DataBegin);
        Assert.Equal(32, weight.DataEnd);
        Assert.Equal(new[] { 2 }, doc.GetTensor("0.bias").Shape);
        Assert.Equal(Weight, doc.ToSingleArray("0.weight"));
        Assert.Equal(Bias, doc.ToSingleArray("0.bias"));
        Assert.Equal(Weight.Select(x => (double)x), doc.ToDoubleArray("0.weight"));
    }

    [Fact]
    public void Writer_ReproducesTheTorchBytes_WhateverTheInputOrder()
    {
        var stream = new MemoryStream();
        SafetensorsFile.Write(stream, new[]
        {
            new SafetensorsTensor<float>("0.weight", new[] { 2, 3 }, Weight),
            new SafetensorsTensor<float>("0.bias", new[] { 2 }, Bias),
        });

        Assert.Equal(TestFiles.Hex(TorchLinearFile()), TestFiles.Hex(stream.ToArray()));
    }

    [Fact]
    public void CanonicalHeaderOfTheTorchFile_IsTheOriginalHeader()
    {
        byte[] file = TorchLinearFile();
        var header = SafetensorsHeader.Parse(file);

        Assert.Equal(file.AsSpan(0, 136).ToArray(), header.ToBytes());
    }

    [Fact]
    public void OtherWritersLayouts_PrettyJsonUnpaddedReorderedKeysAndExtraFields_AreAccepted()
    {
        const string json = "{\n  \"__metadata__\": {\"format\": \"pt\"},\n" +
                            "  \"0.weight\": {\"data_offsets\": [8, 32], \"shape\": [2, 3], \"dtype\": \"F32\", \"extra\": {\"x\": [null, true, false, -1.5e-3]}},\n" +
                            "  \"0.bias\": {\"shape\": [2], \"dtype\": \"F32\", \"data_offsets\": [0, 8]}\n}\n\t\r\n";
        byte[] file = TestFiles.Build(json, TestFiles.Concat(TestFiles.F32(Bias), TestFiles.F32(Weight)), pad: false);

        var doc = SafetensorsFile.Read(new MemoryStream(file));

        Assert.Equal("pt", doc.Metadata["format"]);
        Assert.Equal(Weight, doc.ToSingleArray("0.weight"));
        Assert.Equal(Bias, doc.ToSingleArray("0.bias"));
        Assert.Equal(new[] { "0.bias", "0.weight" }, doc.Names); // data order, not JSON order
    }

    [Fact]
    public void EscapedNames_AreDecoded()
    {
        // "\u0030.w\u00e9\/" is "0.wé/", and a surrogate pair escape is one code point.
        string json = "{\"\\u0030.w\\u00e9\\/\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}," +
                      "\"\\ud83d\\ude00\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}}";
        var doc = SafetensorsFile.Read(new MemoryStream(TestFiles.Build(json, TestFiles.F32(1f, 2f))));

        Assert.Equal(new[] { 1f }, doc.ToSingleArray("0.wé/"));
        Assert.Equal(new[] { 2f }, doc.ToSingleArray("😀"));
    }

    [Fact]
    public void OtherDTypes_AreValidatedWithTheirSizes_ButReadingThemSaysUnsupported_ExceptI64()
    {
        // F16 [3] = 6 bytes, BF16 [1] = 2, I64 [1] = 8, BOOL [2] = 2, F4 [2] = 1 byte (two 4-bit values).
        string json = "{\"h\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,6]}," +
                      "\"b\":{\"dtype\":\"BF16\",\"shape\":[1],\"data_offsets\":[6,8]}," +
                      "\"n\":{\"dtype\":\"I64\",\"shape\":[],\"data_offsets\":[8,16]}," +
                      "\"q\":{\"dtype\":\"BOOL\",\"shape\":[2],\"data_offsets\":[16,18]}," +
                      "\"f\":{\"dtype\":\"F4\",\"shape\":[2],\"data_offsets\":[18,19]}," +
                      "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[19,23]}}";
        var doc = SafetensorsFile.Read(new MemoryStream(TestFiles.Build(json, TestFiles.Concat(TestFiles.Zeros(19), TestFiles.F32(7f))))); 

        Assert.Equal(new[] { "h", "b", "n", "q", "f", "w" }, doc.Names);
        Assert.Equal(new[] { 7f }, doc.ToSingleArray("w"));

        // I64 reads (BatchNorm's num_batches_tracked is int64 in PyTorch's state_dict), converted as load_state_dict does.
        Assert.True(doc.GetTensor("n").IsReadable);
        Assert.Equal(new[] { 0.0 }, doc.ToDoubleArray("n"));
        foreach (string name in new[] { "h", "b", "q", "f" })
        {
            Assert.False(doc.GetTensor(name).IsReadable);
            var e = Assert.Throws<SafetensorsFormatException>(() => doc.ToSingleArray(name));
            Assert.Contains("unsupported dtype " + doc.GetTensor(name).DType, e.Message);
            Assert.Throws<SafetensorsFormatException>(() => doc.CopyTo(name, new double[doc.GetTensor(name).ElementCount]));
        }

        var header = SafetensorsHeader.Parse(TestFiles.Build(json, TestFiles.Concat(TestFiles.Zeros(19), TestFiles.F32(7f))));
        Assert.Throws<SafetensorsFormatException>(() => header.ReadDoubles(new byte[200], header.GetTensor("h")));
        Assert.Equal(6, doc.GetBytes("h").Length);
    }

    [Fact]
    public void I64_ReadsAsIntegers_WrittenAsInt64ByTheWriter()
    {
        // Written by the writer as PyTorch writes a count: I64 little-endian; read back as float and double.
        var stream = new MemoryStream();
        SafetensorsFile.Write<float>(stream, new[]
        {
            new SafetensorsTensor<float>("count", System.Array.Empty<int>(), new[] { 1234567f }, asInt64: true),
            new SafetensorsTensor<float>("w", new[] { 2 }, new[] { 0.5f, -2f }),
        });
        byte[] bytes = stream.ToArray();
        var doc = SafetensorsFile.Read(new MemoryStream(bytes));

        Assert.Equal("I64", doc.GetTensor("count").DType);
        Assert.Empty(doc.GetTensor("count").Shape);
        Assert.Equal(1234567L, System.BitConverter.ToInt64(doc.GetBytes("count").ToArray(), 0));
        Assert.Equal(new[] { 1234567.0 }, doc.ToDoubleArray("count"));
        Assert.Equal(new[] { 1234567f }, doc.ToSingleArray("count"));
        Assert.Equal("F32", doc.GetTensor("w").DType);
        Assert.Equal(new[] { 0.5f, -2f }, doc.ToSingleArray("w"));

        // Beyond 2^53 an int64 rounds to the nearest double, and a negative one keeps its sign.
        string json = "{\"big\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}";
        byte[] data = new byte[16];
        System.BitConverter.GetBytes((1L << 53) + 1).CopyTo(data, 0);
        System.BitConverter.GetBytes(-7L).CopyTo(data, 8);
        var big = SafetensorsFile.Read(new MemoryStream(TestFiles.Build(json, data)));
        Assert.Equal(new[] { 9007199254740992.0, -7.0 }, big.ToDoubleArray("big"));
    }

    [Fact]
    public void MixedF32AndF64_AreBothReadable()
    {
        string json = "{\"d\":{\"dtype\":\"F64\",\"shape\":[1],\"data_offsets\":[0,8]},\"s\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}";
        var doc = SafetensorsFile.Read(new MemoryStream(TestFiles.Build(json, TestFiles.Concat(TestFiles.F64(0.1), TestFiles.F32(1.5f, -1f))))); 

        Assert.Equal(new[] { 0.1 }, doc.ToDoubleArray("d"));
        Assert.Equal(new[] { 0.1f }, doc.ToSingleArray("d"));
        Assert.Equal(new[] { 1.5, -1.0 }, doc.ToDoubleArray("s"));
    }

    [Fact]
    public void ZeroSizeTensors_MayShareAnOffset_AtTheEdges()
    {
        string json = "{\"e1\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]}," +
                      "\"e2\":{\"dtype\":\"F32\",\"shape\":[0,5],\"data_offsets\":[0,0]}," +
                      "\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}," +
                      "\"e3\":{\"dtype\":\"F64\",\"shape\":[2,0],\"data_offsets\":[4,4]}}";
        var doc = SafetensorsFile.Read(new MemoryStream(TestFiles.Build(json, TestFiles.F32(3f))));

        Assert.Equal(new[] { "e1", "e2", "w", "e3" }, doc.Names);
        Assert.Empty(doc.ToSingleArray("e2"));
        Assert.Equal(new[] { 3f }, doc.ToSingleArray("w"));
    }

    [Fact]
    public void NullMetadata_IsTreatedAsAbsent()
    {
        string json = "{\"__metadata__\":null,\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}";
        var doc = SafetensorsFile.Read(new MemoryStream(TestFiles.Build(json, TestFiles.F32(3f))));

        Assert.False(doc.Header.HasMetadata);
        Assert.Empty(doc.Metadata);
        Assert.Equal(new[] { "w" }, doc.Names);
    }

    [Fact]
    public void EmptyDataSection_WithNoTensors_IsValid()
    {
        var doc = SafetensorsFile.Read(new MemoryStream(TestFiles.Build("{\"__metadata__\":{\"a\":\"b\"}}", Array.Empty<byte>())));

        Assert.Empty(doc.Tensors);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "b" }, doc.Metadata.ToDictionary(p => p.Key, p => p.Value));
    }
}
