using System;
using System.IO;
using System.Linq;

namespace NetGen.Tests.Weights
{
    /// <summary>The generated Save and Load: PyTorch's state_dict names, the byte layout, round trips, conversions.</summary>
    public class SaveLoadTests
    {
        [Fact]
        public void Save_names_tensors_as_nn_Sequential_with_activations_between_layers()
        {
            var header = SafetensorsHeader.Parse(Saved(new SequentialNet()));

            Assert.Equal(
                HandBuilt.SequentialNetTensors.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal),
                header.Tensors.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
            foreach (var (name, shape) in HandBuilt.SequentialNetTensors)
            {
                var tensor = header.GetTensor(name);
                Assert.Equal(shape, tensor.Shape);
                Assert.Equal("F32", tensor.DType);
            }

            Assert.Equal("pt", header.Metadata["format"]);
        }

        [Fact]
        public void Identity_layers_take_no_index_and_Softmax_takes_one()
        {
            // nn.Sequential(Linear(4, 5), Linear(5, 3), LeakyReLU(0.2), Linear(3, 3), Softmax(dim=-1)).
            var header = SafetensorsHeader.Parse(Saved(new SoftmaxNet()));

            Assert.Equal(new[] { "0.bias", "0.weight", "1.bias", "1.weight", "3.bias", "3.weight" }, header.Tensors.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(new[] { 5, 4 }, header.GetTensor("0.weight").Shape);
            Assert.Equal(new[] { 3, 5 }, header.GetTensor("1.weight").Shape);
            Assert.Equal(new[] { 3, 3 }, header.GetTensor("3.weight").Shape);
            Assert.Equal(new[] { 3 }, header.GetTensor("3.bias").Shape);
        }

        [Fact]
        public void Double_networks_save_F64()
        {
            var header = SafetensorsHeader.Parse(Saved(new SequentialDoubleNet()));
            Assert.All(header.Tensors, t => Assert.Equal("F64", t.DType));
        }

        [Fact]
        public void Each_tensor_holds_its_slice_of_Parameters()
        {
            var net = new SequentialNet();
            var document = SafetensorsFile.Read(new MemoryStream(Saved(net)));
            var parameters = net.Parameters.ToArray();

            // Parameters: per layer the weight [out, in] row-major, then the bias.
            int offset = 0;
            foreach (var (name, shape) in HandBuilt.SequentialNetTensors)
            {
                int count = shape.Aggregate(1, (a, b) => a * b);
                Assert.Equal(parameters.AsSpan(offset, count).ToArray(), document.ToSingleArray(name));
                offset += count;
            }

            Assert.Equal(SequentialNet.ParameterCount, offset);
        }

        [Fact]
        public void Round_trip_restores_every_parameter_bit_for_bit()
        {
            var saved = new SequentialNet(21);
            var loaded = new SequentialNet(22);
            Assert.NotEqual(saved.Parameters.ToArray(), loaded.Parameters.ToArray());

            loaded.Load(new MemoryStream(Saved(saved)));

            Assert.Equal(Bits(saved.Parameters.ToArray()), Bits(loaded.Parameters.ToArray()));

            var savedDouble = new SequentialDoubleNet(21);
            var loadedDouble = new SequentialDoubleNet(22);
            var stream = new MemoryStream();
            savedDouble.Save(stream);
            stream.Position = 0;
            loadedDouble.Load(stream);
            Assert.Equal(savedDouble.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits), loadedDouble.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits));
        }

        [Fact]
        public void Bytes_as_PyTorch_save_file_writes_them_load_into_the_right_slots()
        {
            static float Value(int tensor, int element) => (tensor + 1) * 0.125f - element * 0.015625f * (element % 2 == 0 ? 1 : -1);
            var net = new SequentialNet();

            net.Load(new MemoryStream(HandBuilt.SaveFile(HandBuilt.SequentialNetStateDict(Value))));

            var parameters = net.Parameters.ToArray();
            int offset = 0;
            for (int k = 0; k < HandBuilt.SequentialNetTensors.Length; k++)
            {
                int count = HandBuilt.SequentialNetTensors[k].Shape.Aggregate(1, (a, b) => a * b);
                for (int e = 0; e < count; e++)
                {
                    Assert.Equal(Value(k, e), parameters[offset + e]);
                }

                offset += count;
            }

            // The orientation is nn.Linear's: y = W x + b with W [out, in]. Checked by a forward pass written here.
            float[] x = { 0.3f, -1.1f, 0.7f };
            double[] h1 = Linear(Value, 0, 1, x.Select(v => (double)v).ToArray(), 8).Select(Math.Tanh).ToArray();
            double[] h2 = Linear(Value, 2, 3, h1, 8).Select(v => Math.Max(0, v)).ToArray();
            double[] want = Linear(Value, 4, 5, h2, 2);
            var got = new float[2];
            net.Predict(x, got);
            Infrastructure.Close.All(want, got, 1e-6, 1e-5, "output");
        }

        [Fact]
        public void A_file_with_metadata_and_unpadded_json_loads_too()
        {
            static float Value(int tensor, int element) => tensor * 10 + element;
            var tensors = HandBuilt.SequentialNetStateDict(Value);
            long offset = 0;
            var entries = tensors.Select(t =>
            {
                string entry = HandBuilt.Entry(t.Name, t.DType, t.Shape, offset, offset + t.Data.Length);
                offset += t.Data.Length;
                return entry;
            });
            string json = "{\"__metadata__\":{\"format\":\"pt\",\"note\":\"x\"}," + string.Join(",", entries) + "}";
            byte[] header = System.Text.Encoding.UTF8.GetBytes(json);
            byte[] file = HandBuilt.Raw((ulong)header.Length, HandBuilt.Concat(header, HandBuilt.Concat(tensors.Select(t => t.Data).ToArray())));
            var net = new SequentialNet();

            net.Load(new MemoryStream(file));

            Assert.Equal(Value(2, 5), net.Parameters[32 + 5]);
        }

        [Fact]
        public void F64_files_load_into_float_networks_rounded_to_nearest()
        {
            static double Value(int tensor, int element) => 0.1 * (tensor + 1) + (element / 3.0);
            var tensors = HandBuilt.SequentialNetTensors.Select((t, k) => new RawTensor(
                t.Name, "F64", t.Shape, HandBuilt.F64(Enumerable.Range(0, t.Shape.Aggregate(1, (a, b) => a * b)).Select(e => Value(k, e))))).ToList();
            var net = new SequentialNet();

            net.Load(new MemoryStream(HandBuilt.SaveFile(tensors)));

            Assert.Equal((float)Value(0, 7), net.Parameters[7]);
            Assert.Equal((float)Value(5, 1), net.Parameters[121]);
        }

        [Fact]
        public void F32_files_load_into_double_networks_exactly()
        {
            var source = new SequentialNet(5);
            var net = new SequentialDoubleNet();

            net.Load(new MemoryStream(Saved(source)));

            Assert.Equal(source.Parameters.ToArray().Select(v => (double)v), net.Parameters.ToArray());
        }

        [Fact]
        public void Load_leaves_the_optimizer_state_alone()
        {
            var net = new ResumeAdam();
            float[] inputs = { 0.1f, 0.2f, 0.3f };
            float[] targets = { 1, -1 };
            net.TrainStep(inputs, targets);
            net.TrainStep(inputs, targets);
            var weights = new MemoryStream();
            new ResumeAdam(3).Save(weights);
            weights.Position = 0;

            net.Load(weights);

            Assert.Equal(2, net.OptimizerStepCount);
            Assert.Equal(new ResumeAdam(3).Parameters.ToArray(), net.Parameters.ToArray());
        }

        [Fact]
        public void Path_overloads_round_trip_and_replace_an_existing_file_atomically()
        {
            string folder = Directory.CreateTempSubdirectory("netgen-weights-").FullName;
            try
            {
                string path = Path.Combine(folder, "model.safetensors");
                new SequentialNet(1).Save(path);
                var second = new SequentialNet(2);
                second.Save(path);
                var loaded = new SequentialNet(3);

                loaded.Load(path);

                Assert.Equal(second.Parameters.ToArray(), loaded.Parameters.ToArray());
                Assert.Equal(new[] { path }, Directory.GetFiles(folder));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void Loading_a_missing_file_throws_FileNotFound_and_changes_nothing()
        {
            var net = new SequentialNet();
            var before = net.Parameters.ToArray();

            Assert.Throws<FileNotFoundException>(() => net.Load(Path.Combine(Path.GetTempPath(), "netgen-" + Guid.NewGuid().ToString("N") + ".safetensors")));

            Assert.Equal(before, net.Parameters.ToArray());
        }

        [Fact]
        public void The_layout_is_public_and_matches_the_documented_offsets()
        {
            var layout = SequentialNet.ParameterLayout;
            Assert.Equal(SequentialNet.ParameterCount, layout.ParameterCount);
            Assert.Equal(new[] { 0, 24, 32, 96, 104, 120 }, layout.Tensors.Select(t => t.Offset));
            Assert.Equal(HandBuilt.SequentialNetTensors.Select(t => t.Name), layout.Tensors.Select(t => t.Name));
        }

        internal static byte[] Saved(SequentialNet net)
        {
            var stream = new MemoryStream();
            net.Save(stream);
            return stream.ToArray();
        }

        internal static byte[] Saved(SoftmaxNet net)
        {
            var stream = new MemoryStream();
            net.Save(stream);
            return stream.ToArray();
        }

        internal static byte[] Saved(SequentialDoubleNet net)
        {
            var stream = new MemoryStream();
            net.Save(stream);
            return stream.ToArray();
        }

        internal static int[] Bits(float[] values) => values.Select(BitConverter.SingleToInt32Bits).ToArray();

        /// <summary>nn.Linear from the hand-built values: W is tensor <paramref name="weight"/> [out, in] row-major.</summary>
        private static double[] Linear(Func<int, int, float> value, int weight, int bias, double[] x, int outputs)
        {
            var y = new double[outputs];
            for (int j = 0; j < outputs; j++)
            {
                double sum = value(bias, j);
                for (int i = 0; i < x.Length; i++)
                {
                    sum += value(weight, (j * x.Length) + i) * x[i];
                }

                y[j] = sum;
            }

            return y;
        }
    }
}
