using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NetGen.TestShared
{
    /// <summary>
    /// Hostile safetensors files (issue 11, item 6), shared by the loader, run-time and build-time tests: headers
    /// over the size limit, and headers under it that break one of the other limits of SafetensorsLimits.
    /// </summary>
    internal static class HostileHeaders
    {
        /// <summary>Every kind, with a fragment the rejection message must contain.</summary>
        public static readonly IReadOnlyList<(string Kind, string Fragment)> Cases = new[]
        {
            ("header100MB", "exceeds the limit of 8388608 bytes"),       // one 50-million-dimension shape, 100 MB
            ("manyDims", "an array of more than 64 items"),              // a million dimensions, 2 MB
            ("millionTensors", "exceeds the limit of 8388608 bytes"),    // a million tensors, 56 MB
            ("manyTensors", "more than 16384 tensors"),                  // 16385 tensors, 1 MB
            ("millionKeys", "exceeds the limit of 8388608 bytes"),       // a million metadata keys, 15 MB
            ("manyKeys", "more than 4096 entries"),                      // 100000 metadata keys, 1.5 MB
            ("name10MB", "exceeds the limit of 8388608 bytes"),          // a 10 MB tensor name
            ("name4MB", "a string longer than 4096 characters"),         // a 4 MB tensor name
            ("value4MB", "a string longer than 1048576 characters"),     // a 4 MB metadata value
            ("longNumber", "a number longer than 64 characters"),        // a million-digit dimension
            ("deep", "nested deeper than 64 levels"),
            ("pastTheEnd", "runs past the end of the file"),             // the length prefix points beyond the file
            ("trailing", "trailing bytes belong to no tensor"),
            ("overlap", "overlaps tensor"),
            ("duplicate", "duplicate key"),
        };

        public static byte[] Build(string kind)
        {
            switch (kind)
            {
                case "header100MB":
                    return Shape(50_000_000);
                case "manyDims":
                    return Shape(1_000_000);
                case "millionTensors":
                    return Tensors(1_000_000);
                case "manyTensors":
                    return Tensors(16385);
                case "millionKeys":
                    return Keys(1_000_000);
                case "manyKeys":
                    return Keys(100_000);
                case "name10MB":
                    return File("{\"" + new string('n', 10_000_000) + "\":" + Empty + "}", 0);
                case "name4MB":
                    return File("{\"" + new string('n', 4_000_000) + "\":" + Empty + "}", 0);
                case "value4MB":
                    return File("{\"__metadata__\":{\"k\":\"" + new string('v', 4_000_000) + "\"},\"w\":" + Empty + "}", 0);
                case "longNumber":
                    return File("{\"w\":{\"dtype\":\"F32\",\"shape\":[" + new string('1', 1_000_000) + "],\"data_offsets\":[0,0]}}", 0);
                case "deep":
                    return File("{\"__metadata__\":" + new string('[', 100_000) + new string(']', 100_000) + "}", 0);
                case "pastTheEnd":
                    var past = File("{\"w\":" + Empty + "}", 0);
                    BinaryPrimitives.WriteUInt64LittleEndian(past, 1000);
                    return past;
                case "trailing":
                    return File("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 12);
                case "overlap":
                    return File("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12);
                case "duplicate":
                    return File("{\"w\":" + Empty + ",\"w\":" + Empty + "}", 0);
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        private const string Empty = "{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]}";

        private static byte[] Shape(int dimensions)
        {
            var json = new StringBuilder("{\"w\":{\"dtype\":\"F32\",\"shape\":[", (dimensions * 2) + 64);
            for (int i = 0; i < dimensions; i++)
            {
                json.Append(i == 0 ? "0" : ",0");
            }

            return File(json.Append("],\"data_offsets\":[0,0]}}").ToString(), 0);
        }

        private static byte[] Tensors(int count)
        {
            var json = new StringBuilder("{", count * 60);
            for (int i = 0; i < count; i++)
            {
                json.Append(i == 0 ? "\"t" : ",\"t").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":").Append(Empty);
            }

            return File(json.Append('}').ToString(), 0);
        }

        private static byte[] Keys(int count)
        {
            var json = new StringBuilder("{\"__metadata__\":{", count * 16);
            for (int i = 0; i < count; i++)
            {
                json.Append(i == 0 ? "\"k" : ",\"k").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\":\"\"");
            }

            return File(json.Append("},\"w\":").Append(Empty).Append('}').ToString(), 0);
        }

        /// <summary>The length prefix, the JSON (unpadded), then <paramref name="dataLength"/> zero bytes.</summary>
        private static byte[] File(string json, int dataLength)
        {
            int jsonLength = Encoding.UTF8.GetByteCount(json);
            var file = new byte[8 + jsonLength + dataLength];
            BinaryPrimitives.WriteUInt64LittleEndian(file, (ulong)jsonLength);
            Encoding.UTF8.GetBytes(json, 0, json.Length, file, 8);
            return file;
        }
    }
}
