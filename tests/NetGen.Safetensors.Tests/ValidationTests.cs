using System;
using System.IO;
using System.Linq;
using System.Text;

namespace NetGen.Safetensors.Tests;

/// <summary>Every rejected input: the exception type is always <see cref="SafetensorsFormatException"/> and the message names the problem.</summary>
public class ValidationTests
{
    private const string ValidEntry = "{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}";

    [Fact]
    public void TheExceptionIsAnIOException_SoFileLoadersCatchIt()
    {
        var e = TestFiles.AssertRejected(new byte[3], "shorter");
        Assert.IsAssignableFrom<IOException>(e);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    public void FileShorterThan8Bytes(int length)
    {
        TestFiles.AssertRejected(new byte[length], "shorter than the 8-byte header length prefix");
    }

    [Fact]
    public void HeaderLengthZero()
    {
        TestFiles.AssertRejected(TestFiles.Raw(0, Encoding.ASCII.GetBytes("{}      ")), "header length is zero");
    }

    [Theory]
    [InlineData((ulong)SafetensorsLimits.MaxHeaderLength + 1)]
    [InlineData(100_000_000UL)] // the reference implementation's cap
    [InlineData(1UL << 32)]
    [InlineData(ulong.MaxValue)]
    public void HeaderLengthOverTheCap(ulong declared)
    {
        TestFiles.AssertRejected(TestFiles.Raw(declared, Encoding.ASCII.GetBytes("{}")), "exceeds the limit of 8388608 bytes");
    }

    [Fact]
    public void HeaderLengthAtTheCap_IsOnlyRejectedForRunningPastTheEnd()
    {
        TestFiles.AssertRejected(TestFiles.Raw((ulong)SafetensorsLimits.MaxHeaderLength, Encoding.ASCII.GetBytes("{}")), "runs past the end of the file");
    }

    [Fact]
    public void HeaderLengthPastTheEndOfTheFile()
    {
        var e = TestFiles.AssertRejected(TestFiles.Raw(17, Encoding.ASCII.GetBytes("{}              ")), "runs past the end of the file");
        Assert.Contains("only 16 bytes", e.Message);
    }

    [Fact]
    public void HeaderNotUtf8()
    {
        byte[] json = Encoding.ASCII.GetBytes("{\"\":\"xxx\"}      ");
        json[5] = 0xC3; // a lead byte followed by 'x'
        TestFiles.AssertRejected(TestFiles.Raw((ulong)json.Length, json), "not valid UTF-8");
    }

    [Theory]
    [InlineData("{", "unexpected end")]
    [InlineData("{\"a\"}", "expected ':'")]
    [InlineData("{\"a\":}", "expected a value")]
    [InlineData("{\"a\":1,}", "expected a string key")]
    [InlineData("{,}", "expected a string key")]
    [InlineData("{'a':1}", "expected a string key")]
    [InlineData("{\"a\":1 \"b\":2}", "expected ',' or '}'")]
    [InlineData("{\"a\":[1 2]}", "expected ',' or ']'")]
    [InlineData("{\"a\":[1,]}", "expected a value")]
    [InlineData("{\"a\":tru}", "expected a value")]
    [InlineData("{\"a\":nul", "expected a value")]
    [InlineData("{\"a\":True}", "expected a value")]
    [InlineData("{\"a\":NaN}", "expected a value")]
    [InlineData("{\"a\":01}", "expected ',' or '}'")]
    [InlineData("{\"a\":1.}", "digit after '.'")]
    [InlineData("{\"a\":.5}", "expected a value")]
    [InlineData("{\"a\":-}", "expected a digit")]
    [InlineData("{\"a\":+1}", "expected a value")]
    [InlineData("{\"a\":1e}", "exponent")]
    [InlineData("{\"a\":1e+}", "exponent")]
    [InlineData("{\"a\":\"\\x\"}", "invalid escape")]
    [InlineData("{\"a\":\"\\u12G4\"}", "invalid hex digit")]
    [InlineData("{\"a\":\"\\u12\"}", "invalid hex digit")]
    [InlineData("{\"a\":\"\\u1", "truncated \\u escape")]
    [InlineData("{\"a\":\"\\ud800\"}", "unpaired surrogate")]
    [InlineData("{\"a\":\"\\udc00\"}", "unpaired surrogate")]
    [InlineData("{\"a\":\"\\ud800\\u0041\"}", "unpaired surrogate")]
    [InlineData("{\"a\":\"abc", "unterminated string")]
    [InlineData("{\"a\":\"\\", "unterminated escape")]
    [InlineData("{\"a\":\"tab\there\"}", "unescaped control character")]
    [InlineData("{} x", "after the end of the header object")]
    [InlineData("{}{}", "after the end of the header object")]
    [InlineData("{}\0\0\0\0\0\0", "after the end of the header object")]
    [InlineData("{\"a\":1}]", "after the end of the header object")]
    [InlineData("{\"a\" : \"b\" , }", "expected a string key")]
    [InlineData("{\u00a0}", "expected a string key")]
    public void MalformedJson(string json, string fragment)
    {
        var e = TestFiles.AssertRejected(TestFiles.Build(json, Array.Empty<byte>(), pad: false), "malformed JSON");
        Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void MalformedJson_DeepNestingIsCutOff_WithoutOverflowingTheStack()
    {
        string deep = "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var e = TestFiles.AssertRejected(TestFiles.Build(deep, Array.Empty<byte>()), "malformed JSON");
        Assert.Contains("nested deeper than 64", e.Message);

        // 64 levels (the root object plus 63 arrays) is still fine as JSON; the entry is then rejected for its type.
        string ok = "{\"a\":" + new string('[', 63) + new string(']', 63) + "}";
        TestFiles.AssertRejected(TestFiles.Build(ok, Array.Empty<byte>()), "is not an object");
    }

    [Theory]
    [InlineData("{\"t\":" + ValidEntry + ",\"t\":" + ValidEntry + "}", "duplicate key 't'")]
    [InlineData("{\"t\":" + ValidEntry + ",\"\\u0074\":" + ValidEntry + "}", "duplicate key 't'")]
    [InlineData("{\"t\":{\"dtype\":\"F32\",\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", "duplicate key 'dtype'")]
    [InlineData("{\"__metadata__\":{\"k\":\"a\",\"k\":\"b\"},\"t\":" + ValidEntry + "}", "duplicate key 'k'")]
    [InlineData("{\"__metadata__\":{},\"__metadata__\":{},\"t\":" + ValidEntry + "}", "duplicate key '__metadata__'")]
    public void DuplicateKeys(string json, string fragment)
    {
        var e = TestFiles.AssertRejected(TestFiles.Build(json, TestFiles.Zeros(8)), "malformed JSON");
        Assert.Contains(fragment, e.Message);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"{}\"", "a string")]
    [InlineData("123", "a number")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    public void HeaderNotAJsonObject(string json, string kind)
    {
        var e = TestFiles.AssertRejected(TestFiles.Build(json, Array.Empty<byte>()), "not a JSON object");
        Assert.Contains(kind, e.Message);
    }

    [Fact]
    public void HeaderWithLeadingWhitespace()
    {
        TestFiles.AssertRejected(TestFiles.Build(" {}", Array.Empty<byte>()), "must begin with '{'");
    }

    [Theory]
    [InlineData("[0,8]", "is not an object: it is an array")]
    [InlineData("\"F32\"", "is not an object: it is a string")]
    [InlineData("7", "is not an object: it is a number")]
    [InlineData("null", "is not an object: it is null")]
    public void EntryNotAnObject(string entry, string fragment)
    {
        TestFiles.AssertRejected(TestFiles.OneTensor(entry, 8), "tensor 't' " + fragment);
    }

    [Theory]
    [InlineData("{\"shape\":[2],\"data_offsets\":[0,8]}", "missing its dtype")]
    [InlineData("{\"dtype\":\"F32\",\"data_offsets\":[0,8]}", "missing its shape")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2]}", "missing its data_offsets")]
    [InlineData("{\"DType\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", "missing its dtype")]
    public void EntryMissingAField(string entry, string fragment)
    {
        TestFiles.AssertRejected(TestFiles.OneTensor(entry, 8), "Tensor 't' is " + fragment);
    }

    [Theory]
    [InlineData("{\"dtype\":32,\"shape\":[2],\"data_offsets\":[0,8]}", "a dtype that is not a string")]
    [InlineData("{\"dtype\":null,\"shape\":[2],\"data_offsets\":[0,8]}", "a dtype that is not a string")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":\"2\",\"data_offsets\":[0,8]}", "a shape that is not an array")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":{},\"data_offsets\":[0,8]}", "a shape that is not an array")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[\"2\"],\"data_offsets\":[0,8]}", "a shape dimension 0 that is not an integer")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2.0],\"data_offsets\":[0,8]}", "a shape dimension 0 that is not an integer")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[1,2e0],\"data_offsets\":[0,8]}", "a shape dimension 1 that is not an integer")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[[2]],\"data_offsets\":[0,8]}", "a shape dimension 0 that is not an integer")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0]}", "data_offsets that are not an array [begin, end]")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8,8]}", "data_offsets that are not an array [begin, end]")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":\"0,8\"}", "data_offsets that are not an array [begin, end]")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":{\"begin\":0,\"end\":8}}", "data_offsets that are not an array [begin, end]")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,\"8\"]}", "a data_offsets end that is not an integer")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0.0,8]}", "a data_offsets begin that is not an integer")]
    [InlineData("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8e0]}", "a data_offsets end that is not an integer")]
    public void EntryWithAnIllTypedField(string entry, string fragment)
    {
        TestFiles.AssertRejected(TestFiles.OneTensor(entry, 8), "Tensor 't' has " + fragment);
    }

    [Theory]
    [InlineData("F17")]
    [InlineData("f32")]
    [InlineData("float32")]
    [InlineData("")]
    [InlineData("F32 ")]
    public void UnknownDType(string dtype)
    {
        TestFiles.AssertRejected(TestFiles.OneTensor("{\"dtype\":\"" + dtype + "\",\"shape\":[2],\"data_offsets\":[0,8]}", 8), "unknown dtype '" + dtype + "'");
    }

    [Theory]
    [InlineData("[-1]", "negative shape dimension 0")]
    [InlineData("[2,-0]", "negative shape dimension 1")]
    [InlineData("[2147483648]", "shape dimension 0 = 2147483648, which overflows")]
    [InlineData("[1,99999999999999999999999]", "shape dimension 1 that overflows")]
    [InlineData("[9223372036854775808]", "shape dimension 0 that overflows")]
    [InlineData("[2147483647,2147483647,2147483647]", "overflows a 64-bit integer")]
    [InlineData("[2147483647,2147483647,3]", "overflows a 64-bit integer")]
    public void BadShapeDimensions(string shape, string fragment)
    {
        TestFiles.AssertRejected(TestFiles.OneTensor("{\"dtype\":\"F32\",\"shape\":" + shape + ",\"data_offsets\":[0,8]}", 8), fragment);
    }

    [Fact]
    public void ShapeWhoseByteLengthOverflows_IsRejected()
    {
        // 2^31-1 * 2^31-1 * 2 elements fit in a long, but times 8 bytes per F64 element they do not.
        TestFiles.AssertRejected(
            TestFiles.OneTensor("{\"dtype\":\"F64\",\"shape\":[2147483647,2147483647,2],\"data_offsets\":[0,8]}", 8),
            "overflows a 64-bit integer");
    }

    [Theory]
    [InlineData("[8,0]", "whose begin is after its end")]
    [InlineData("[-8,0]", "negative data_offsets begin")]
    [InlineData("[0,-8]", "negative data_offsets end")]
    [InlineData("[0,18446744073709551616]", "data_offsets end that overflows")]
    [InlineData("[0,9223372036854775808]", "data_offsets end that overflows")]
    public void BadDataOffsets(string offsets, string fragment)
    {
        TestFiles.AssertRejected(TestFiles.OneTensor("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":" + offsets + "}", 8), fragment);
    }

    [Theory]
    [InlineData("F32", "[2]", "[0,4]", 4, "need 8 bytes but data_offsets [0, 4] span 4")]
    [InlineData("F32", "[2,3]", "[0,8]", 8, "need 24 bytes")]
    [InlineData("F64", "[2]", "[0,8]", 8, "need 16 bytes")]
    [InlineData("F16", "[2]", "[0,8]", 8, "need 4 bytes")]
    [InlineData("F32", "[]", "[0,0]", 0, "need 4 bytes")]
    [InlineData("F32", "[0]", "[0,4]", 4, "need 0 bytes")]
    public void ByteLengthDisagreesWithShapeAndDType(string dtype, string shape, string offsets, int dataLength, string fragment)
    {
        var e = TestFiles.AssertRejected(
            TestFiles.OneTensor("{\"dtype\":\"" + dtype + "\",\"shape\":" + shape + ",\"data_offsets\":" + offsets + "}", dataLength),
            "byte length mismatch");
        Assert.Contains(fragment, e.Message);
    }

    [Fact]
    public void SubByteDTypeThatDoesNotFillWholeBytes()
    {
        TestFiles.AssertRejected(TestFiles.OneTensor("{\"dtype\":\"F4\",\"shape\":[3],\"data_offsets\":[0,2]}", 2), "does not fill a whole number of bytes");
    }

    [Fact]
    public void OffsetsPastTheEndOfTheDataSection()
    {
        var e = TestFiles.AssertRejected(TestFiles.OneTensor("{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", 7), "past the end of the data section");
        Assert.Contains("7 bytes long", e.Message);
        TestFiles.AssertRejected(
            TestFiles.Build("{\"a\":" + ValidEntry + ",\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}", TestFiles.Zeros(8)),
            "Tensor 'b' has data_offsets [8, 12] past the end of the data section");
    }

    [Fact]
    public void TruncatedFile_IsRejected_ByStreamAndByHeader()
    {
        byte[] file = TestFiles.Build("{\"w\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]}}", TestFiles.F32(1, 2, 3, 4));
        for (int cut = 0; cut < file.Length; cut++)
        {
            byte[] truncated = file.AsSpan(0, cut).ToArray();
            Assert.Throws<SafetensorsFormatException>(() => SafetensorsHeader.Parse(truncated));
            Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new TrickleStream(truncated)));
        }

        Assert.Contains("past the end of the data section", Assert.Throws<SafetensorsFormatException>(() => SafetensorsHeader.Parse(file.AsSpan(0, file.Length - 1).ToArray())).Message);
    }

    [Theory]
    [InlineData("[0,8]", "[4,12]", "overlaps tensor 'a'")]
    [InlineData("[0,8]", "[0,8]", "overlaps tensor 'a'")]
    [InlineData("[4,12]", "[0,8]", "overlaps tensor 'b'")]
    public void OverlappingTensors(string a, string b, string fragment)
    {
        string json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":" + a + "}," +
                      "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":" + b + "}}";
        TestFiles.AssertRejected(TestFiles.Build(json, TestFiles.Zeros(16)), fragment);
    }

    [Fact]
    public void ZeroSizeTensorInsideAnother_CountsAsOverlap()
    {
        string json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"e\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[4,4]}}";
        TestFiles.AssertRejected(TestFiles.Build(json, TestFiles.Zeros(8)), "Tensor 'e' overlaps tensor 'a'");
    }

    [Fact]
    public void GapBetweenTensors()
    {
        string json = "{\"a\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]},\"b\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,12]}}";
        var e = TestFiles.AssertRejected(TestFiles.Build(json, TestFiles.Zeros(12)), "gap");
        Assert.Contains("bytes [4, 8) before tensor 'b'", e.Message);
    }

    [Fact]
    public void GapAtTheStartOfTheDataSection()
    {
        TestFiles.AssertRejected(TestFiles.OneTensor("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}", 8), "bytes [0, 4) before tensor 't'");
    }

    [Fact]
    public void DataSectionNotFullyCovered()
    {
        var e = TestFiles.AssertRejected(TestFiles.OneTensor(ValidEntry, 9), "not fully covered by tensors");
        Assert.Contains("1 trailing bytes", e.Message);
        TestFiles.AssertRejected(TestFiles.Build("{}", TestFiles.Zeros(4)), "not fully covered by tensors");
    }

    [Theory]
    [InlineData("[]", "entry must be an object of strings, not an array")]
    [InlineData("\"pt\"", "entry must be an object of strings, not a string")]
    [InlineData("{\"format\":1}", "value for key 'format' must be a string, not a number")]
    [InlineData("{\"format\":null}", "value for key 'format' must be a string, not null")]
    [InlineData("{\"a\":\"b\",\"nested\":{}}", "value for key 'nested' must be a string, not an object")]
    public void BadMetadata(string metadata, string fragment)
    {
        TestFiles.AssertRejected(TestFiles.Build("{\"__metadata__\":" + metadata + "}", Array.Empty<byte>()), "'__metadata__' " + fragment);
    }

    [Fact]
    public void NonSeekableStreams_GetTheSameErrors()
    {
        byte[] gap = TestFiles.OneTensor("{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[4,8]}", 8);
        var e = Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new TrickleStream(gap)));
        Assert.Contains("gap", e.Message);
        Assert.Contains("shorter", Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new TrickleStream(new byte[5]))).Message);
    }

    [Fact]
    public void EveryMessageNamesTheFormat()
    {
        // A spot check that messages are self-explanatory out of context.
        byte[][] bad =
        {
            new byte[2],
            TestFiles.Raw(0, Array.Empty<byte>()),
            TestFiles.Build("{", Array.Empty<byte>()),
            TestFiles.Build("[]", Array.Empty<byte>()),
        };
        Assert.All(bad.Select(b => Assert.Throws<SafetensorsFormatException>(() => SafetensorsHeader.Parse(b)).Message),
            m => Assert.Contains("safetensors", m));
    }
}
