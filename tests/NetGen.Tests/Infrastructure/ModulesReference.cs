using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace NetGen.Tests.Infrastructure
{
    /// <summary>Reads Reference/modules_reference.json (PyTorch 1.13, float64; see modules_reference.md).</summary>
    public static class ModulesReference
    {
        private static readonly Lazy<JsonDocument> s_document = new(() =>
            JsonDocument.Parse(File.ReadAllText(PathOf("modules_reference.json"))));

        public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", file);

        public static JsonElement Case(string name) => s_document.Value.RootElement.GetProperty("cases").GetProperty(name);

        public static double[] Doubles(this JsonElement e, string name) =>
            e.GetProperty(name).EnumerateArray().Select(x => x.GetDouble()).ToArray();

        public static T[] Values<T>(this JsonElement e, string name) where T : IFloatingPointIeee754<T> =>
            e.Doubles(name).Select(T.CreateChecked).ToArray();

        /// <summary>A state_dict object: name → (dtype, shape, flat values).</summary>
        public static Dictionary<string, (string Dtype, int[] Shape, double[] Values)> StateDict(this JsonElement e, string name = "state_dict") =>
            e.GetProperty(name).EnumerateObject().ToDictionary(
                p => p.Name,
                p => (p.Value.GetProperty("dtype").GetString()!,
                      p.Value.GetProperty("shape").EnumerateArray().Select(x => x.GetInt32()).ToArray(),
                      p.Value.Doubles("values")));

        /// <summary>
        /// The network's whole stored array: the trainable parameters, then the buffers (running statistics,
        /// standardisation, counters). No public member exposes the buffers, so the tests read the private field.
        /// </summary>
        public static T[] Stored<T>(object network) =>
            (T[])network.GetType().GetField("__parameters", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(network)!;

        /// <summary>Writes a state_dict into the network through its ParameterLayout, checking names and shapes match one to one.</summary>
        public static void SetState<T>(object network, ParameterLayout layout, Dictionary<string, (string Dtype, int[] Shape, double[] Values)> state)
            where T : IFloatingPointIeee754<T>
        {
            Assert.Equal(state.Keys.OrderBy(k => k, StringComparer.Ordinal), layout.Tensors.Select(t => t.Name).OrderBy(k => k, StringComparer.Ordinal));
            var stored = Stored<T>(network);
            foreach (var tensor in layout.Tensors)
            {
                var (dtype, shape, values) = state[tensor.Name];
                Assert.Equal(shape, tensor.Shape);
                Assert.Equal(dtype == "I64" ? ParameterTensorKind.Counter : tensor.Kind, tensor.Kind);
                for (int i = 0; i < values.Length; i++)
                {
                    stored[tensor.Offset + i] = T.CreateChecked(values[i]);
                }
            }
        }

        /// <summary>The stored values of one tensor, as doubles.</summary>
        public static double[] Tensor<T>(object network, ParameterLayout layout, string name) where T : IFloatingPointIeee754<T>
        {
            Assert.True(layout.TryGetTensor(name, out var tensor), name);
            return Stored<T>(network).Skip(tensor.Offset).Take(tensor.Length).Select(double.CreateChecked).ToArray();
        }

        /// <summary>The header of a safetensors file: name → (dtype, shape).</summary>
        public static Dictionary<string, (string Dtype, int[] Shape)> SafetensorsHeader(byte[] file)
        {
            ulong length = BitConverter.ToUInt64(file, 0);
            using var header = JsonDocument.Parse(Encoding.UTF8.GetString(file, 8, checked((int)length)));
            return header.RootElement.EnumerateObject().Where(p => p.Name != "__metadata__").ToDictionary(
                p => p.Name,
                p => (p.Value.GetProperty("dtype").GetString()!, p.Value.GetProperty("shape").EnumerateArray().Select(x => x.GetInt32()).ToArray()));
        }
    }
}
