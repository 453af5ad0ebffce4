using System;
using System.IO;
using System.Linq;
using System.Text;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// Every kind of bad file through the generated Load and LoadCheckpoint: a SafetensorsFormatException naming
    /// the problem, and the network exactly as it was.
    /// </summary>
    public class BadFileTests
    {
        private static float Value(int tensor, int element) => tensor + (element * 0.5f);

        private static byte[] Good() => HandBuilt.SaveFile(HandBuilt.SequentialNetStateDict(Value));

        [Fact]
        public void The_good_file_loads() => new SequentialNet().Load(new MemoryStream(Good()));

        [Fact]
        public void Empty_file() => AssertRejected(Array.Empty<byte>(), "shorter than the 8-byte header length prefix");

        [Fact]
        public void Shorter_than_the_length_prefix() => AssertRejected(new byte[] { 1, 0, 0 }, "shorter than the 8-byte header length prefix");

        [Fact]
        public void Zero_header_length() => AssertRejected(HandBuilt.Raw(0, Encoding.ASCII.GetBytes("{}")), "header length is zero");

        [Fact]
        public void Header_length_past_the_end_of_the_file() => AssertRejected(Good()[..40], "runs past the end of the file");

        [Fact]
        public void Header_length_above_the_cap() => AssertRejected(HandBuilt.Raw(200_000_000, Encoding.ASCII.GetBytes("{}")), "exceeds the limit");

        [Fact]
        public void Header_length_of_2_to_the_64_minus_1() => AssertRejected(HandBuilt.Raw(ulong.MaxValue, Encoding.ASCII.GetBytes("{}")), "exceeds the limit");

        [Fact]
        public void Truncated_data() => AssertRejected(Good()[..^5], "past the end of the data section");

        [Fact]
        public void Trailing_bytes_after_the_last_tensor() => AssertRejected(HandBuilt.Concat(Good(), new byte[4]), "not fully covered");

        [Fact]
        public void Malformed_json() => AssertRejected(Patch(Good(), "\"0.bias\":{", "\"0.bias\" {"), "malformed JSON");

        [Fact]
        public void Header_that_is_not_an_object() => AssertRejected(HandBuilt.File("[1,2]", Array.Empty<byte>()), "not a JSON object");

        [Fact]
        public void Header_that_is_not_utf8() => AssertRejected(HandBuilt.Raw(8, new byte[] { (byte)'{', 0xFF, 0xFE, (byte)'}', 32, 32, 32, 32 }), "not valid UTF-8");

        [Fact]
        public void Unknown_dtype() => AssertRejected(Patch(Good(), "\"dtype\":\"F32\"", "\"dtype\":\"F33\""), "unknown dtype 'F33'");

        [Fact]
        public void Dtype_NetGen_cannot_read()
        {
            // 0.bias as BF16: 8 values in 16 bytes, the other tensors unchanged.
            var tensors = HandBuilt.SequentialNetStateDict(Value);
            tensors[1] = new RawTensor("0.bias", "BF16", new[] { 8 }, new byte[16]);
            AssertRejected(HandBuilt.SaveFile(tensors), "tensor '0.bias' has dtype BF16 but only F32, F64 and I64 can be loaded");
        }

        [Fact]
        public void Missing_tensor() =>
            AssertRejected(HandBuilt.SaveFile(HandBuilt.SequentialNetStateDict(Value).Where(t => t.Name != "2.bias")), "missing tensor '2.bias' [8]");

        [Fact]
        public void Extra_tensor()
        {
            var tensors = HandBuilt.SequentialNetStateDict(Value);
            tensors.Add(new RawTensor("6.weight", "F32", new[] { 1, 2 }, HandBuilt.F32(new[] { 1f, 2f })));
            AssertRejected(HandBuilt.SaveFile(tensors), "unexpected tensor '6.weight'");
        }

        [Fact]
        public void Names_of_a_Sequential_without_activation_modules()
        {
            // The same weights saved from nn.Sequential(Linear, Linear, Linear) are named 0, 1, 2: every mismatch is listed.
            var tensors = HandBuilt.SequentialNetStateDict(Value)
                .Select(t => t with { Name = t.Name.Replace("2.", "1.", StringComparison.Ordinal).Replace("4.", "2.", StringComparison.Ordinal) });
            var error = AssertRejected(HandBuilt.SaveFile(tensors), "missing tensor '4.weight' [2, 8]");
            Assert.Contains("tensor '2.weight' has shape [2, 8] but the network needs [8, 8]", error.Message, StringComparison.Ordinal);
            Assert.Contains("unexpected tensor '1.weight'", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Wrong_shape()
        {
            var tensors = HandBuilt.SequentialNetStateDict(Value);
            tensors[0] = tensors[0] with { Shape = new[] { 3, 8 } }; // transposed: same byte count
            AssertRejected(HandBuilt.SaveFile(tensors), "tensor '0.weight' has shape [3, 8] but the network needs [8, 3]");
        }

        [Fact]
        public void Shape_that_disagrees_with_the_byte_length() =>
            AssertRejected(Patch(Good(), "\"shape\":[8,3]", "\"shape\":[8,4]"), "byte length mismatch");

        [Fact]
        public void Overlapping_offsets()
        {
            // 0.bias [0, 32) and 2.bias [32, 64) are adjacent; stretching the first makes them overlap and leaves the
            // lengths inconsistent, so build the overlap explicitly: two 8-float tensors over the same bytes.
            string json = "{" + HandBuilt.Entry("0.bias", "F32", new[] { 8 }, 0, 32) + "," + HandBuilt.Entry("2.bias", "F32", new[] { 8 }, 16, 48) + "}";
            AssertRejected(HandBuilt.File(json, new byte[48]), "overlaps");
        }

        [Fact]
        public void Offsets_out_of_range()
        {
            string json = "{" + HandBuilt.Entry("0.bias", "F32", new[] { 8 }, 0, 32) + "," + HandBuilt.Entry("2.bias", "F32", new[] { 8 }, 32, 64) + "}";
            AssertRejected(HandBuilt.File(json, new byte[40]), "past the end of the data section");
        }

        [Fact]
        public void Begin_after_end() =>
            AssertRejected(HandBuilt.File("{" + HandBuilt.Entry("0.bias", "F32", new[] { 0 }, 32, 0) + "}", new byte[32]), "whose begin is after its end");

        [Fact]
        public void A_training_checkpoint_given_to_Load_says_so()
        {
            var checkpoint = new MemoryStream();
            new SequentialNet(3).SaveCheckpoint(checkpoint);
            var error = AssertRejected(checkpoint.ToArray(), "unexpected tensor 'optimizer.0.weight.exp_avg'");
            Assert.Contains("load it with LoadCheckpoint", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_weights_file_given_to_LoadCheckpoint_says_so()
        {
            var error = AssertCheckpointRejected(Good(), "missing tensor 'optimizer.0.weight.exp_avg' [8, 3]");
            Assert.Contains("load weights with Load", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Checkpoint_without_a_step() =>
            AssertCheckpointRejected(Patch(Checkpoint(), "\"optimizer.step\":\"4\"", "\"optimizer.stop\":\"4\""), "has no 'optimizer.step' entry");

        [Fact]
        public void Checkpoint_with_a_negative_step() =>
            AssertCheckpointRejected(Patch(Checkpoint(), "\"optimizer.step\":\"4\"", "\"optimizer.step\":\"-4\""), "not a step count");

        [Fact]
        public void Checkpoint_of_another_optimizer()
        {
            var sgd = new MemoryStream();
            new ResumeSgd().SaveCheckpoint(sgd);
            var adam = new ResumeAdam();
            var before = adam.Parameters.ToArray();

            var error = Assert.Throws<SafetensorsFormatException>(() => adam.LoadCheckpoint(new MemoryStream(sgd.ToArray())));

            // The optimizer kind is checked first, so the message names both optimizers rather than the tensors.
            Assert.Contains("saved by 'Sgd with momentum' but this network trains with 'Adam'", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, adam.Parameters.ToArray());
        }

        /// <summary>A SequentialNet checkpoint after 4 steps.</summary>
        private static byte[] Checkpoint()
        {
            var net = new SequentialNet(3);
            for (int i = 0; i < 4; i++)
            {
                net.TrainStep(new[] { 0.1f, 0.2f, 0.3f }, new[] { 0.5f, -0.5f });
            }

            var stream = new MemoryStream();
            net.SaveCheckpoint(stream);
            return stream.ToArray();
        }

        /// <summary>Replaces ASCII text in the file and fixes the length prefix, so only the intended fault remains.</summary>
        internal static byte[] Patch(byte[] file, string from, string to)
        {
            int length = (int)BitConverter.ToUInt64(file, 0);
            string json = Encoding.UTF8.GetString(file, 8, length);
            Assert.Contains(from, json, StringComparison.Ordinal);
            string patched = json.Replace(from, to, StringComparison.Ordinal).TrimEnd(' ');
            return HandBuilt.File(patched, file[(8 + length)..]);
        }

        private static SafetensorsFormatException AssertRejected(byte[] file, string fragment)
        {
            var net = new SequentialNet();
            var before = SaveLoadTests.Bits(net.Parameters.ToArray());

            var error = Assert.Throws<SafetensorsFormatException>(() => net.Load(new MemoryStream(file)));

            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
            Assert.Equal(before, SaveLoadTests.Bits(net.Parameters.ToArray()));
            return error;
        }

        private static SafetensorsFormatException AssertCheckpointRejected(byte[] file, string fragment)
        {
            float[] inputs = { 0.3f, 0.2f, 0.1f };
            float[] targets = { 1f, 0f };
            var net = new SequentialNet();
            var twin = new SequentialNet();
            net.TrainStep(inputs, targets);
            twin.TrainStep(inputs, targets);

            var error = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(file)));

            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(net.Parameters.ToArray()));
            Assert.Equal(1, net.OptimizerStepCount);

            // The moments are untouched too: the next step matches the twin's.
            net.TrainStep(inputs, targets);
            twin.TrainStep(inputs, targets);
            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(net.Parameters.ToArray()));
            return error;
        }
    }
}
