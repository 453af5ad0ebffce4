using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// LoadCheckpoint validates the optimizer state as Load validates weights (issue 11, item 7): every value finite,
    /// second moments not negative, the step an integer from 0 to Checkpoint.MaxStep, the optimizer kind the
    /// network's. A refused file changes nothing: parameters, moments and step count are as before.
    /// </summary>
    public class CheckpointValidationTests
    {
        [Theory]
        [InlineData("optimizer.0.weight.exp_avg_sq", 3, -1f, "tensor 'optimizer.0.weight.exp_avg_sq' holds -1 at index 3; second moments (exp_avg_sq) must be finite and not negative")]
        [InlineData("optimizer.2.bias.exp_avg_sq", 0, -1e-30f, "holds -1E-30 at index 0; second moments")]
        [InlineData("optimizer.0.bias.exp_avg_sq", 1, float.NaN, "holds NaN at index 1; second moments")]
        [InlineData("optimizer.0.weight.exp_avg", 0, float.PositiveInfinity, "tensor 'optimizer.0.weight.exp_avg' holds Infinity at index 0; every value must be finite")]
        [InlineData("optimizer.2.weight.exp_avg", 5, float.NaN, "holds NaN at index 5; every value must be finite")]
        [InlineData("0.weight", 2, float.NegativeInfinity, "tensor '0.weight' holds -Infinity at index 2; every value must be finite")]
        public void Adam_state_that_would_poison_training_is_refused_and_nothing_changes(string tensor, int index, float bad, string fragment)
        {
            byte[] file = Rewrite(Checkpoint(new ResumeAdam(), 4), tensor, index, bad);
            var net = Trained(new ResumeAdam(5), 2);
            byte[] before = Checkpoint(net);

            var e = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(file)));

            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            Assert.Contains("Nothing was changed", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Checkpoint(net));
            Assert.Equal(2, net.OptimizerStepCount);
        }

        [Fact]
        public void Many_bad_values_are_counted_not_listed()
        {
            byte[] file = Checkpoint(new ResumeAdam(), 3);
            for (int i = 0; i < 18; i++)
            {
                file = Rewrite(file, "optimizer.0.weight.exp_avg_sq", i, -2f);
            }

            var e = Assert.Throws<SafetensorsFormatException>(() => new ResumeAdam().LoadCheckpoint(new MemoryStream(file)));

            Assert.Contains("holds -2 at index 0 (and 17 more)", e.Message, StringComparison.Ordinal);
            Assert.True(e.Message.Length <= 1024);
        }

        [Fact]
        public void A_negative_zero_second_moment_is_a_zero_and_loads()
        {
            byte[] file = Rewrite(Checkpoint(new ResumeAdam(), 3), "optimizer.0.weight.exp_avg_sq", 0, -0f);
            var net = new ResumeAdam(5);

            net.LoadCheckpoint(new MemoryStream(file));

            Assert.Equal(3, net.OptimizerStepCount);
        }

        [Theory]
        [InlineData(float.NaN)]
        [InlineData(float.PositiveInfinity)]
        public void Sgd_momentum_buffers_must_be_finite(float bad)
        {
            byte[] file = Rewrite(Checkpoint(new ResumeSgd(), 3), "optimizer.2.weight.momentum_buffer", 1, bad);
            var net = Trained(new ResumeSgd(5), 1);
            byte[] before = Checkpoint(net);

            var e = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(file)));

            Assert.Contains("tensor 'optimizer.2.weight.momentum_buffer' holds", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Checkpoint(net));
        }

        [Theory]
        [InlineData("optimizer.0.weight.step_size", 2, -0.01f, "tensor 'optimizer.0.weight.step_size' holds -0.01 at index 2; step sizes (step_size) must be finite and not negative")]
        [InlineData("optimizer.2.bias.step_size", 1, float.PositiveInfinity, "holds Infinity at index 1; step sizes (step_size)")]
        [InlineData("optimizer.0.bias.prev", 0, float.NaN, "tensor 'optimizer.0.bias.prev' holds NaN at index 0; every value must be finite")]
        public void Rprop_state_that_would_poison_training_is_refused_and_nothing_changes(string tensor, int index, float bad, string fragment)
        {
            byte[] file = Rewrite(Checkpoint(new ResumeRprop(), 3), tensor, index, bad);
            var net = Trained(new ResumeRprop(5), 2);
            byte[] before = Checkpoint(net);

            var e = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(file)));

            Assert.Contains(fragment, e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Checkpoint(net));
            Assert.Equal(2, net.OptimizerStepCount);
        }

        // An F64 checkpoint loads into a float network, rounding; a value beyond the float range would become an
        // infinity, so it is refused in the network's precision.
        [Fact]
        public void An_F64_value_beyond_the_float_range_is_refused_for_a_float_network()
        {
            var document = SafetensorsFile.Read(new MemoryStream(Checkpoint(new ResumeAdam(), 2)));
            var tensors = new List<SafetensorsTensor<double>>();
            foreach (string name in document.Names)
            {
                double[] values = document.ToDoubleArray(name);
                if (name == "2.weight")
                {
                    values[0] = 1e300;
                }

                tensors.Add(new SafetensorsTensor<double>(name, document.GetTensor(name).GetShapeArray(), values));
            }

            var stream = new MemoryStream();
            SafetensorsFile.Write<double>(stream, tensors, document.Metadata);
            var net = new ResumeAdam(5);
            byte[] before = Checkpoint(net);

            var e = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(stream.ToArray())));

            Assert.Contains("holds Infinity at index 0", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Checkpoint(net));
        }

        [Theory]
        [InlineData("-1")]
        [InlineData("1.5")]
        [InlineData("NaN")]
        [InlineData("")]
        [InlineData(" 5")]
        [InlineData("+5")]
        [InlineData("0x10")]
        [InlineData("9223372036854775807")] // long.MaxValue: the next step would wrap
        [InlineData("9223372036854775808")]
        [InlineData("9007199254740993")] // 2^53 + 1
        public void A_step_count_out_of_range_is_refused(string step)
        {
            byte[] file = WithMetadata(Checkpoint(new ResumeAdam(), 3), "optimizer.step", step);
            var net = Trained(new ResumeAdam(5), 2);
            byte[] before = Checkpoint(net);

            var e = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(file)));

            Assert.Contains("an integer from 0 to 9007199254740992 (Checkpoint.MaxStep)", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Checkpoint(net));
            Assert.Equal(2, net.OptimizerStepCount);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("9007199254740992")] // Checkpoint.MaxStep
        public void A_step_count_in_range_loads_and_training_continues(string step)
        {
            byte[] file = WithMetadata(Checkpoint(new ResumeAdam(), 3), "optimizer.step", step);
            var net = new ResumeAdam(5);

            net.LoadCheckpoint(new MemoryStream(file));
            Assert.Equal(long.Parse(step, System.Globalization.CultureInfo.InvariantCulture), net.OptimizerStepCount);
            net.TrainStep(new float[] { 0.1f, 0.2f, 0.3f }, new float[] { 0.5f, -0.5f });

            Assert.Equal(long.Parse(step, System.Globalization.CultureInfo.InvariantCulture) + 1, net.OptimizerStepCount);
            Assert.All(net.Parameters.ToArray(), v => Assert.True(float.IsFinite(v)));
        }

        [Fact]
        public void Optimizer_kinds_must_match_and_the_message_names_both()
        {
            byte[] adam = Checkpoint(new ResumeAdam(), 2);
            byte[] adamW = Checkpoint(new ResumeAdamW(), 2);
            byte[] momentum = Checkpoint(new ResumeSgd(), 2);
            byte[] plain = Checkpoint(new PlainSgd(), 2);

            AssertRefused(() => new ResumeAdam().LoadCheckpoint(new MemoryStream(plain)), "'Sgd without momentum'", "'Adam'");
            AssertRefused(() => new ResumeAdam().LoadCheckpoint(new MemoryStream(momentum)), "'Sgd with momentum'", "'Adam'");
            AssertRefused(() => new ResumeAdam().LoadCheckpoint(new MemoryStream(adamW)), "'AdamW'", "'Adam'");
            AssertRefused(() => new ResumeAdamW().LoadCheckpoint(new MemoryStream(adam)), "'Adam'", "'AdamW'");
            AssertRefused(() => new ResumeSgd().LoadCheckpoint(new MemoryStream(plain)), "'Sgd without momentum'", "'Sgd with momentum'");
            AssertRefused(() => new PlainSgd().LoadCheckpoint(new MemoryStream(momentum)), "'Sgd with momentum'", "'Sgd without momentum'");
            AssertRefused(() => new PlainSgd().LoadCheckpoint(new MemoryStream(adam)), "'Adam'", "'Sgd without momentum'");
        }

        [Fact]
        public void A_checkpoint_without_the_optimizer_entry_is_checked_by_its_tensors()
        {
            byte[] file = WithMetadata(Checkpoint(new ResumeAdam(), 3), "optimizer", null);
            var net = new ResumeAdam(5);

            net.LoadCheckpoint(new MemoryStream(file));

            Assert.Equal(3, net.OptimizerStepCount);
            var plain = WithMetadata(Checkpoint(new PlainSgd(), 3), "optimizer", null);
            Assert.Contains("missing tensor 'optimizer.0.weight.exp_avg'",
                Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(plain))).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_checkpoint_of_another_layout_is_refused()
        {
            var other = new SequentialNet(); // Adam by default, other shapes
            var stream = new MemoryStream();
            other.SaveCheckpoint(stream);
            var net = Trained(new ResumeAdam(5), 1);
            byte[] before = Checkpoint(net);

            var e = Assert.Throws<SafetensorsFormatException>(() => net.LoadCheckpoint(new MemoryStream(stream.ToArray())));

            Assert.Contains("does not match the network", e.Message, StringComparison.Ordinal);
            Assert.Equal(before, Checkpoint(net));
        }

        [Fact]
        public void Weights_files_with_non_finite_values_are_refused_by_Load_too()
        {
            var saved = new MemoryStream();
            new ResumeAdam().Save(saved);
            byte[] file = Rewrite(saved.ToArray(), "2.bias", 1, float.NaN);
            var net = new ResumeAdam(5);
            var before = net.Parameters.ToArray();

            var e = Assert.Throws<SafetensorsFormatException>(() => net.Load(new MemoryStream(file)));

            Assert.Contains("tensor '2.bias' holds NaN at index 1", e.Message, StringComparison.Ordinal);
            Assert.Equal(SaveLoadTests.Bits(before), SaveLoadTests.Bits(net.Parameters.ToArray()));
        }

        private static void AssertRefused(Action load, string saved, string network)
        {
            var e = Assert.Throws<SafetensorsFormatException>(load);
            Assert.Contains("saved by " + saved, e.Message, StringComparison.Ordinal);
            Assert.Contains("trains with " + network, e.Message, StringComparison.Ordinal);
        }

        private static T Trained<T>(T net, int steps)
            where T : INeuralNetwork<float>
        {
            for (int i = 0; i < steps; i++)
            {
                net.TrainStep(new[] { 0.3f * i, -0.2f, 0.7f }, new[] { 0.25f, -0.5f });
            }

            return net;
        }

        private static byte[] Checkpoint<T>(T net, int steps = 0)
            where T : INeuralNetwork<float>
        {
            Trained(net, steps);
            var stream = new MemoryStream();
            switch (net)
            {
                case ResumeAdam n: n.SaveCheckpoint(stream); break;
                case ResumeSgd n: n.SaveCheckpoint(stream); break;
                case PlainSgd n: n.SaveCheckpoint(stream); break;
                case ResumeRprop n: n.SaveCheckpoint(stream); break;
                default: throw new ArgumentException("unknown network", nameof(net));
            }

            return stream.ToArray();
        }

        private static byte[] Checkpoint(ResumeAdamW net, int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                net.TrainStep(new[] { 0.3 * i, -0.2, 0.7 }, new[] { 0.25, -0.5 });
            }

            var stream = new MemoryStream();
            net.SaveCheckpoint(stream);
            return stream.ToArray();
        }

        /// <summary>The file with one F32 value replaced, written back with NetGen's writer (same metadata).</summary>
        private static byte[] Rewrite(byte[] file, string tensor, int index, float value)
        {
            var document = SafetensorsFile.Read(new MemoryStream(file));
            var tensors = new List<SafetensorsTensor<float>>();
            foreach (string name in document.Names)
            {
                float[] values = document.ToSingleArray(name);
                if (name == tensor)
                {
                    values[index] = value;
                }

                tensors.Add(new SafetensorsTensor<float>(name, document.GetTensor(name).GetShapeArray(), values));
            }

            Assert.Contains(tensor, document.Names);
            var stream = new MemoryStream();
            SafetensorsFile.Write<float>(stream, tensors, document.Metadata);
            return stream.ToArray();
        }

        /// <summary>The file with one metadata entry set, or removed when <paramref name="value"/> is null.</summary>
        private static byte[] WithMetadata(byte[] file, string key, string? value)
        {
            var document = SafetensorsFile.Read(new MemoryStream(file));
            var metadata = document.Metadata.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            if (value is null)
            {
                metadata.Remove(key);
            }
            else
            {
                metadata[key] = value;
            }

            var tensors = document.Names.Select(n => new SafetensorsTensor<float>(n, document.GetTensor(n).GetShapeArray(), document.ToSingleArray(n))).ToList();
            var stream = new MemoryStream();
            SafetensorsFile.Write<float>(stream, tensors, metadata);
            return stream.ToArray();
        }
    }
}
