using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Abstractions;

namespace NetGen.Safetensors.Tests;

/// <summary>
/// Random and mutated files with fixed seeds: parsing either succeeds with a self-consistent result or throws
/// <see cref="SafetensorsFormatException"/>; no other exception escapes.
/// </summary>
public class FuzzTests
{
    private static readonly string[] DTypes = { "F32", "F64", "F16", "BF16", "I64", "U8", "BOOL", "I32" };
    private static readonly string[] NameParts = { "0", "weight", "bias", "é", "😀", "\"", "\\", "\n", "__metadata_", "a.b", "" };
    private static readonly string[] Tokens =
    {
        "{", "}", "[", "]", ":", ",", "\"", "\\", "-", "0", "1", "9", ".", "e", "E", " ", "\t", "\0", "é",
        "\"dtype\"", "\"shape\"", "\"data_offsets\"", "\"F32\"", "\"F64\"", "\"F16\"", "\"F99\"", "[0,4]", "[4,0]", "[]", "{}",
        "-1", "1e5", "0.5", "null", "true", "\"__metadata__\"", "99999999999999999999", "2147483648", "\\u0000", "\\ud800",
        "\\uDE00", "\\\"", "\"x\":1,", ",\"t\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}",
    };

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static TheoryData<string, string> HostileCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (kind, fragment) in NetGen.TestShared.HostileHeaders.Cases)
        {
            data.Add(kind, fragment);
        }

        return data;
    }

    /// <summary>
    /// Each hostile header (issue 11, item 6) is rejected by the parser and by both stream readers within 2 s and
    /// 64 MB allocated on top of the file's own bytes, with a message of at most 1 KB naming the problem. Before the
    /// limits, a 100 MB header with a 50-million-dimension shape took 30 s, 6.3 GB and a 150-million-character message.
    /// </summary>
    [Theory]
    [MemberData(nameof(HostileCases))]
    public void HostileHeaders_AreRejectedWithinTimeAndMemoryBounds(string kind, string fragment)
    {
        byte[] file = NetGen.TestShared.HostileHeaders.Build(kind);
        var readers = new (string Name, Func<object> Parse)[]
        {
            ("SafetensorsHeader.Parse", () => SafetensorsHeader.Parse(file)),
            ("SafetensorsFile.Read(seekable)", () => SafetensorsFile.Read(new MemoryStream(file, writable: false))),
            ("SafetensorsFile.Read(non-seekable)", () => SafetensorsFile.Read(new NonSeekableStream(file))),
        };
        foreach (var (name, parse) in readers)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var e = Assert.Throws<SafetensorsFormatException>(parse);
            stopwatch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            _output.WriteLine($"{kind} / {name}: {stopwatch.ElapsedMilliseconds} ms, {allocated / 1024} KiB, {e.Message.Length} chars: {e.Message}");
            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            Assert.True(e.Message.Length <= 1024, $"{name}: {e.Message.Length} characters");
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"{name}: {stopwatch.Elapsed}");
            Assert.True(allocated < 64L << 20, $"{name}: {allocated} bytes allocated");
        }
    }

    /// <summary>
    /// A non-seekable stream of 100 bytes whose header claims 1 GiB of data: refused as truncated having allocated
    /// about what the stream held, not the gigabyte the header claims.
    /// </summary>
    [Fact]
    public void A_short_stream_claiming_a_gigabyte_costs_what_it_holds()
    {
        const long claimed = 1L << 30;
        byte[] file = TestFiles.Build("{\"w\":{\"dtype\":\"U8\",\"shape\":[" + claimed + "],\"data_offsets\":[0," + claimed + "]}}", new byte[100]);

        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new NonSeekableStream(file), maxBytes: 2L << 30));
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Contains("truncated", e.Message, StringComparison.Ordinal);
        Assert.True(allocated < 8L << 20, $"{allocated} bytes allocated");
    }

    [Fact]
    public void RandomBytes_OnlyEverThrowSafetensorsFormatException()
    {
        var random = new Random(20240611);
        var stats = new Stats();
        for (int i = 0; i < 3000; i++)
        {
            var bytes = new byte[random.Next(0, 80)];
            random.NextBytes(bytes);
            Check(bytes, stats);
        }

        // Random bytes with a plausible length prefix and JSON-ish text, so the parser gets past the prefix.
        const string alphabet = "{}[]:,\" \\-0123456789.eEtrufalsnFIBU_dtypeshapdao";
        for (int i = 0; i < 3000; i++)
        {
            var sb = new StringBuilder("{");
            int length = random.Next(0, 60);
            for (int j = 0; j < length; j++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            byte[] json = Encoding.UTF8.GetBytes(sb.ToString());
            byte[] data = new byte[random.Next(0, 3) * 4];
            Check(TestFiles.Raw((ulong)json.Length, TestFiles.Concat(json, data)), stats);
        }

        Report(stats);
        Assert.Equal(6000, stats.Accepted + stats.Rejected);
        Assert.True(stats.Rejected > 5900, $"only {stats.Rejected} rejected");
        Assert.True(stats.Messages.ContainsKey("malformed JSON"), "no JSON errors reached");
    }

    [Fact]
    public void MutatedValidFiles_OnlyEverThrowSafetensorsFormatException()
    {
        var random = new Random(7);
        var stats = new Stats();
        for (int i = 0; i < 5000; i++)
        {
            byte[] valid = RandomValidFile(random);
            Assert.True(Check(valid, stats), "a file built by the writer was rejected: " + TestFiles.Hex(valid));
            Check(Mutate(valid, random), stats);
        }

        Report(stats);
        Assert.True(stats.Accepted > 5000 + 200, $"too few mutants accepted ({stats.Accepted - 5000}): the mutations never keep a file valid");
        Assert.True(stats.Rejected > 2000, $"too few mutants rejected ({stats.Rejected})");
        foreach (string category in new[] { "malformed JSON", "runs past the end of the file", "byte length mismatch", "not fully covered", "past the end of the data section", "exceeds the limit" })
        {
            Assert.True(stats.Messages.ContainsKey(category), $"no mutant reached '{category}'");
        }
    }

    private static byte[] RandomValidFile(Random random)
    {
        int count = random.Next(0, 5);
        var names = new HashSet<string>();
        var specs = new List<SafetensorsTensorSpec>();
        while (specs.Count < count)
        {
            string name = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => NameParts[random.Next(NameParts.Length)]));
            if (!names.Add(name))
            {
                continue;
            }

            int[] shape = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(0, 4)).ToArray();
            specs.Add(new SafetensorsTensorSpec(name, DTypes[random.Next(DTypes.Length)], shape));
        }

        Dictionary<string, string>? metadata = random.Next(3) == 0
            ? null
            : Enumerable.Range(0, random.Next(0, 3)).ToDictionary(i => "k" + i + NameParts[random.Next(NameParts.Length)], i => NameParts[random.Next(NameParts.Length)]);
        var header = SafetensorsHeader.Create(specs, metadata);
        var data = new byte[header.DataLength];
        random.NextBytes(data);
        return TestFiles.Concat(header.ToBytes(), data);
    }

    private static byte[] Mutate(byte[] valid, Random random)
    {
        int headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(valid);
        byte[] bytes = (byte[])valid.Clone();
        switch (random.Next(8))
        {
            case 0: // bit flips anywhere
                for (int k = random.Next(1, 4); k > 0; k--)
                {
                    int at = random.Next(bytes.Length);
                    bytes[at] ^= (byte)(1 << random.Next(8));
                }

                return bytes;

            case 1: // truncation
                return bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();

            case 2: // header length edits
                ulong n = random.Next(4) switch
                {
                    0 => (ulong)(headerLength + random.Next(-16, 17)),
                    1 => (ulong)random.NextInt64(),
                    2 => 100_000_000UL + (ulong)random.Next(-2, 3),
                    _ => (ulong)random.Next(0, bytes.Length + 8),
                };
                BinaryPrimitives.WriteUInt64LittleEndian(bytes, n);
                return bytes;

            case 3: // appended or removed data bytes
                return random.Next(2) == 0
                    ? TestFiles.Concat(bytes, new byte[random.Next(1, 9)])
                    : bytes.AsSpan(0, Math.Max(8 + headerLength, bytes.Length - random.Next(1, 9))).ToArray();

            default: // JSON text edits, with the length prefix usually fixed up to match
                string json = Encoding.UTF8.GetString(valid, 8, headerLength);
                byte[] data = valid.AsSpan(8 + headerLength).ToArray();
                json = EditJson(json, random);
                byte[] edited = Encoding.UTF8.GetBytes(json);
                ulong declared = random.Next(4) == 0 ? (ulong)headerLength : (ulong)edited.Length;
                return TestFiles.Raw(declared, TestFiles.Concat(edited, data));
        }
    }

    private static string EditJson(string json, Random random)
    {
        int at = random.Next(json.Length + 1);
        switch (random.Next(5))
        {
            case 0: // replace one character with a token
                return json.Substring(0, Math.Min(at, json.Length - 1)) + Tokens[random.Next(Tokens.Length)] + json.Substring(Math.Min(at + 1, json.Length));
            case 1: // insert a token
                return json.Insert(at, Tokens[random.Next(Tokens.Length)]);
            case 2: // delete a span
                int length = random.Next(1, 6);
                return at >= json.Length ? json : json.Remove(at, Math.Min(length, json.Length - at));
            case 3: // duplicate a span
                int start = random.Next(json.Length);
                int take = Math.Min(random.Next(1, 40), json.Length - start);
                return json.Insert(at, json.Substring(start, take));
            default: // replace a number with another number
                var digits = Enumerable.Range(0, json.Length).Where(i => char.IsAsciiDigit(json[i]) && (i == 0 || !char.IsAsciiDigit(json[i - 1]))).ToList();
                if (digits.Count == 0)
                {
                    return json;
                }

                int first = digits[random.Next(digits.Count)];
                int end = first;
                while (end < json.Length && char.IsAsciiDigit(json[end]))
                {
                    end++;
                }

                string replacement = random.Next(4) switch
                {
                    0 => random.Next(0, 64).ToString(),
                    1 => (long.Parse(json.Substring(first, end - first)) + random.Next(-4, 5)).ToString(),
                    2 => random.NextInt64().ToString(),
                    _ => "18446744073709551615",
                };
                return json.Substring(0, first) + replacement + json.Substring(end);
        }
    }

    /// <summary>Parses the bytes both ways; returns whether they were accepted. Any exception but the format one fails the test.</summary>
    private static bool Check(byte[] bytes, Stats stats)
    {
        SafetensorsHeader header;
        try
        {
            header = SafetensorsHeader.Parse(bytes);
        }
        catch (SafetensorsFormatException e)
        {
            stats.Reject(e.Message);
            var again = Assert.Throws<SafetensorsFormatException>(() => SafetensorsFile.Read(new MemoryStream(bytes)));
            Assert.Equal(e.Message, again.Message);
            return false;
        }
        catch (Exception e)
        {
            Assert.Fail($"{e.GetType().Name} escaped for input {TestFiles.Hex(bytes)}: {e}");
            throw;
        }

        stats.Accepted++;
        try
        {
            // An accepted file is self-consistent: its tensors tile the data section exactly...
            Assert.Equal(bytes.Length, header.FileLength);
            long cursor = 0;
            foreach (var t in header.Tensors)
            {
                Assert.Equal(cursor, t.DataBegin);
                cursor = t.DataEnd;
            }

            Assert.Equal(header.DataLength, cursor);

            // ...its readable tensors decode through both readers...
            var doc = SafetensorsFile.Read(new MemoryStream(bytes));
            foreach (var t in header.Tensors.Where(t => t.IsReadable))
            {
                Assert.Equal(header.ReadDoubles(bytes, t).Select(BitConverter.DoubleToInt64Bits), doc.ToDoubleArray(t.Name).Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(t.ElementCount, doc.ToSingleArray(t.Name).Length);
            }

            // ...and its canonical re-encoding parses back to the same tensors and metadata.
            byte[] canonical = TestFiles.Concat(header.ToBytes(), bytes.AsSpan((int)header.DataStart).ToArray());
            var reparsed = SafetensorsHeader.Parse(canonical);
            Assert.Equal(header.Tensors.Select(t => t.ToString()), reparsed.Tensors.Select(t => t.ToString()));
            Assert.Equal(header.HasMetadata, reparsed.HasMetadata);
            Assert.Equal(header.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal), reparsed.Metadata.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
        catch (Exception e)
        {
            Assert.Fail($"accepted input {TestFiles.Hex(bytes)} misbehaved: {e}");
        }

        return true;
    }

    private void Report(Stats stats)
    {
        _output.WriteLine($"accepted {stats.Accepted}, rejected {stats.Rejected}");
        foreach (var pair in stats.Messages.OrderByDescending(p => p.Value))
        {
            _output.WriteLine($"{pair.Value,6}  {pair.Key}");
        }
    }

    private sealed class Stats
    {
        private static readonly string[] Categories =
        {
            "shorter than the 8-byte", "header length is zero", "exceeds the limit", "runs past the end of the file", "not valid UTF-8",
            "malformed JSON", "not a JSON object", "must begin with '{'", "is not an object", "is missing its", "not a string",
            "not an array", "not an integer", "unknown dtype", "negative", "overflows", "whose begin is after its end",
            "byte length mismatch", "whole number of bytes", "past the end of the data section", "overlaps", "has a gap",
            "not fully covered", "__metadata__",
        };

        public int Accepted { get; set; }

        public int Rejected { get; private set; }

        public Dictionary<string, int> Messages { get; } = new();

        public void Reject(string message)
        {
            if (message.Length > 1024)
            {
                Assert.Fail($"A {message.Length}-character message: {message[..200]}");
            }

            Rejected++;
            string category = Categories.FirstOrDefault(c => message.Contains(c, StringComparison.Ordinal)) ?? "other: " + message;
            Messages[category] = Messages.GetValueOrDefault(category) + 1;
        }
    }
}

/// <summary>A read-only, non-seekable view of a buffer that reads in full chunks.</summary>
internal sealed class NonSeekableStream : Stream
{
    private readonly MemoryStream _inner;

    public NonSeekableStream(byte[] data) => _inner = new MemoryStream(data, writable: false);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
