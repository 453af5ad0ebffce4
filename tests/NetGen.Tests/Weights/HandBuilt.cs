using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NetGen.Tests.Weights
{
    /// <summary>A tensor to lay out by hand: name, dtype, shape and its little-endian bytes.</summary>
    public sealed record RawTensor(string Name, string DType, int[] Shape, byte[] Data);

    /// <summary>
    /// Builds safetensors bytes by hand, independently of NetGen's writer: the layout that the reference
    /// implementation (and so PyTorch's safetensors.torch.save_file) writes.
    /// </summary>
    public static class HandBuilt
    {
        /// <summary>
        /// save_file's layout: tensors by descending element size then name, back to back from offset 0; compact
        /// JSON in that order, padded with spaces to a multiple of 8; the 8-byte little-endian length first.
        /// </summary>
        public static byte[] SaveFile(IEnumerable<RawTensor> tensors, string? metadataJson = null)
        {
            var ordered = tensors.OrderByDescending(t => ElementSize(t.DType)).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
            var entries = new List<string>();
            if (metadataJson is not null)
            {
                entries.Add("\"__metadata__\":" + metadataJson);
            }

            long offset = 0;
            foreach (var tensor in ordered)
            {
                entries.Add(Entry(tensor.Name, tensor.DType, tensor.Shape, offset, offset + tensor.Data.Length));
                offset += tensor.Data.Length;
            }

            return File("{" + string.Join(",", entries) + "}", Concat(ordered.Select(t => t.Data).ToArray()));
        }

        /// <summary><c>"name":{"dtype":...,"shape":[...],"data_offsets":[begin,end]}</c>.</summary>
        public static string Entry(string name, string dtype, int[] shape, long begin, long end) =>
            $"\"{name}\":{{\"dtype\":\"{dtype}\",\"shape\":[{string.Join(",", shape)}],\"data_offsets\":[{begin.ToString(CultureInfo.InvariantCulture)},{end.ToString(CultureInfo.InvariantCulture)}]}}";

        /// <summary>The length prefix, the JSON padded with spaces to a multiple of 8, then the data.</summary>
        public static byte[] File(string json, byte[] data)
        {
            byte[] header = Encoding.UTF8.GetBytes(json);
            int padding = (8 - (header.Length % 8)) % 8;
            return Raw((ulong)(header.Length + padding), Concat(header, Enumerable.Repeat((byte)' ', padding).ToArray(), data));
        }

        /// <summary>Any declared header length followed by any bytes.</summary>
        public static byte[] Raw(ulong declaredHeaderLength, byte[] rest)
        {
            var prefix = new byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(prefix, declaredHeaderLength);
            return Concat(prefix, rest);
        }

        public static byte[] F32(IEnumerable<float> values)
        {
            var list = values.ToArray();
            var bytes = new byte[list.Length * 4];
            for (int i = 0; i < list.Length; i++)
            {
                BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), list[i]);
            }

            return bytes;
        }

        public static byte[] F64(IEnumerable<double> values)
        {
            var list = values.ToArray();
            var bytes = new byte[list.Length * 8];
            for (int i = 0; i < list.Length; i++)
            {
                BinaryPrimitives.WriteDoubleLittleEndian(bytes.AsSpan(i * 8), list[i]);
            }

            return bytes;
        }

        public static byte[] Concat(params byte[][] parts)
        {
            var result = new byte[parts.Sum(p => p.Length)];
            int at = 0;
            foreach (var part in parts)
            {
                part.CopyTo(result, at);
                at += part.Length;
            }

            return result;
        }

        /// <summary>
        /// The state_dict of SequentialNet's nn.Sequential(Linear(3, 8), Tanh(), Linear(8, 8), ReLU(), Linear(8, 2)),
        /// written out here from PyTorch's naming rule (not read from the generated layout).
        /// </summary>
        public static readonly (string Name, int[] Shape)[] SequentialNetTensors =
        {
            ("0.weight", new[] { 8, 3 }), ("0.bias", new[] { 8 }),
            ("2.weight", new[] { 8, 8 }), ("2.bias", new[] { 8 }),
            ("4.weight", new[] { 2, 8 }), ("4.bias", new[] { 2 }),
        };

        /// <summary>SequentialNet's state_dict as F32 with the given value per (tensor index, element index).</summary>
        public static List<RawTensor> SequentialNetStateDict(Func<int, int, float> value, string dtype = "F32") =>
            SequentialNetTensors.Select((t, k) =>
            {
                int count = t.Shape.Aggregate(1, (a, b) => a * b);
                var values = Enumerable.Range(0, count).Select(e => value(k, e));
                return new RawTensor(t.Name, dtype, t.Shape, dtype == "F64" ? F64(values.Select(v => (double)v)) : F32(values));
            }).ToList();

        private static int ElementSize(string dtype) => dtype switch
        {
            "F64" or "I64" or "U64" => 8,
            "F32" or "I32" or "U32" => 4,
            "F16" or "BF16" or "I16" or "U16" => 2,
            _ => 1,
        };
    }
}
