using System;
using System.IO;
using System.Linq;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// SaveCheckpoint and LoadCheckpoint: 10 steps, save, load into a fresh network, 10 more steps must equal 20
    /// steps straight, bit for bit, for every optimizer state.
    /// </summary>
    public class CheckpointTests
    {
        private const int Rows = 4;

        [Fact]
        public void Adam_resumes_bit_for_bit() => AssertResumes(
            seed => new ResumeAdam(seed), (n, s) => ((ResumeAdam)n).SaveCheckpoint(s), (n, s) => ((ResumeAdam)n).LoadCheckpoint(s),
            n => ((ResumeAdam)n).OptimizerStepCount, (n, s) => ((ResumeAdam)n).Load(s), SingleBits);

        [Fact]
        public void AdamW_resumes_bit_for_bit() => AssertResumes(
            seed => new ResumeAdamW(seed), (n, s) => ((ResumeAdamW)n).SaveCheckpoint(s), (n, s) => ((ResumeAdamW)n).LoadCheckpoint(s),
            n => ((ResumeAdamW)n).OptimizerStepCount, (n, s) => ((ResumeAdamW)n).Load(s), DoubleBits);

        [Fact]
        public void Sgd_with_momentum_resumes_bit_for_bit() => AssertResumes(
            seed => new ResumeSgd(seed), (n, s) => ((ResumeSgd)n).SaveCheckpoint(s), (n, s) => ((ResumeSgd)n).LoadCheckpoint(s),
            n => ((ResumeSgd)n).OptimizerStepCount, (n, s) => ((ResumeSgd)n).Load(s), SingleBits);

        [Fact]
        public void Rprop_resumes_bit_for_bit() => AssertResumes(
            seed => new ResumeRprop(seed), (n, s) => ((ResumeRprop)n).SaveCheckpoint(s), (n, s) => ((ResumeRprop)n).LoadCheckpoint(s),
            n => ((ResumeRprop)n).OptimizerStepCount, (n, s) => ((ResumeRprop)n).Load(s), SingleBits);

        [Fact]
        public void Rprop_checkpoints_hold_prev_and_step_size_under_torch_names()
        {
            var net = new ResumeRprop();
            Train(net, 0, 3);
            var stream = new MemoryStream();
            net.SaveCheckpoint(stream);

            var header = SafetensorsHeader.Parse(stream.ToArray());

            string[] parameters = { "0.weight", "0.bias", "2.weight", "2.bias" };
            var expected = parameters
                .Concat(parameters.Select(p => "optimizer." + p + ".prev"))
                .Concat(parameters.Select(p => "optimizer." + p + ".step_size"));
            Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), header.Tensors.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal("Rprop", header.Metadata["optimizer"]);

            // An Adam checkpoint is refused by an Rprop network, and the other way round.
            var adam = new MemoryStream();
            new ResumeAdam().SaveCheckpoint(adam);
            adam.Position = 0;
            var e = Assert.Throws<SafetensorsFormatException>(() => new ResumeRprop().LoadCheckpoint(adam));
            Assert.Contains("'Adam' but this network trains with 'Rprop'", e.Message, StringComparison.Ordinal);
            stream.Position = 0;
            Assert.Throws<SafetensorsFormatException>(() => new ResumeAdam().LoadCheckpoint(stream));
        }

        [Fact]
        public void Checkpoint_names_the_optimizer_state_as_torch_optim_does()
        {
            var net = new ResumeAdam();
            Train(net, 0, 3);
            var stream = new MemoryStream();
            net.SaveCheckpoint(stream);

            var header = SafetensorsHeader.Parse(stream.ToArray());

            string[] parameters = { "0.weight", "0.bias", "2.weight", "2.bias" };
            var expected = parameters
                .Concat(parameters.Select(p => "optimizer." + p + ".exp_avg"))
                .Concat(parameters.Select(p => "optimizer." + p + ".exp_avg_sq"));
            Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), header.Tensors.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
            Assert.Equal(new[] { 6, 3 }, header.GetTensor("optimizer.0.weight.exp_avg_sq").Shape);
            Assert.Equal("3", header.Metadata["optimizer.step"]);
            Assert.Equal("Adam", header.Metadata["optimizer"]);

            var momentum = new MemoryStream();
            new ResumeSgd().SaveCheckpoint(momentum);
            Assert.Contains("optimizer.2.bias.momentum_buffer", SafetensorsHeader.Parse(momentum.ToArray()).Tensors.Select(t => t.Name));
        }

        [Fact]
        public void Plain_Sgd_checkpoints_hold_the_parameters_and_the_step()
        {
            var net = new PlainSgd();
            Train(net, 0, 5);
            var stream = new MemoryStream();
            net.SaveCheckpoint(stream);
            var resumed = new PlainSgd(77);

            resumed.LoadCheckpoint(new MemoryStream(stream.ToArray()));

            Assert.Equal(4, SafetensorsHeader.Parse(stream.ToArray()).Tensors.Count);
            Assert.Equal(5, resumed.OptimizerStepCount);
            Assert.Equal(net.Parameters.ToArray(), resumed.Parameters.ToArray());
        }

        [Fact]
        public void Checkpoint_path_overloads_round_trip()
        {
            string path = Path.Combine(Path.GetTempPath(), "netgen-" + Guid.NewGuid().ToString("N") + ".safetensors");
            try
            {
                var net = new ResumeAdam();
                Train(net, 0, 2);
                net.SaveCheckpoint(path);
                var resumed = new ResumeAdam(5);

                resumed.LoadCheckpoint(path);

                Assert.Equal(2, resumed.OptimizerStepCount);
                Assert.Equal(net.Parameters.ToArray(), resumed.Parameters.ToArray());
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static void AssertResumes<T>(
            Func<int, INeuralNetwork<T>> create,
            Action<INeuralNetwork<T>, Stream> saveCheckpoint,
            Action<INeuralNetwork<T>, Stream> loadCheckpoint,
            Func<INeuralNetwork<T>, long> steps,
            Action<INeuralNetwork<T>, Stream> loadWeightsOnly,
            Func<INeuralNetwork<T>, long[]> bits)
            where T : System.Numerics.IFloatingPointIeee754<T>
        {
            var straight = create(9);
            Train(straight, 0, 20);

            var first = create(9);
            Train(first, 0, 10);
            var checkpoint = new MemoryStream();
            saveCheckpoint(first, checkpoint);

            // A fresh network with other parameters and an optimizer state of its own, all to be overwritten.
            var resumed = create(123);
            Train(resumed, 3, 2);
            checkpoint.Position = 0;
            loadCheckpoint(resumed, checkpoint);
            Assert.Equal(10, steps(resumed));
            Train(resumed, 10, 10);

            Assert.Equal(20, steps(resumed));
            Assert.Equal(bits(straight), bits(resumed));

            // The optimizer state is what makes it exact: the weights alone resume somewhere else.
            var weightsOnly = create(123);
            var weights = new MemoryStream();
            SaveWeights(first, weights);
            weights.Position = 0;
            loadWeightsOnly(weightsOnly, weights);
            Train(weightsOnly, 10, 10);
            Assert.NotEqual(bits(straight), bits(weightsOnly));
        }

        private static void SaveWeights<T>(INeuralNetwork<T> net, Stream stream)
            where T : System.Numerics.IFloatingPointIeee754<T>
        {
            switch (net)
            {
                case ResumeAdam n: n.Save(stream); break;
                case ResumeAdamW n: n.Save(stream); break;
                case ResumeSgd n: n.Save(stream); break;
                case ResumeRprop n: n.Save(stream); break;
                default: throw new ArgumentException("unknown network", nameof(net));
            }
        }

        /// <summary><paramref name="count"/> steps on batches <paramref name="first"/>, first + 1, …: each batch differs.</summary>
        private static void Train<T>(INeuralNetwork<T> net, int first, int count)
            where T : System.Numerics.IFloatingPointIeee754<T>
        {
            for (int step = first; step < first + count; step++)
            {
                var inputs = new T[Rows * 3];
                var targets = new T[Rows * 2];
                for (int i = 0; i < inputs.Length; i++)
                {
                    inputs[i] = T.CreateChecked(Math.Sin((step * 7) + (i * 1.3)));
                }

                for (int i = 0; i < targets.Length; i++)
                {
                    targets[i] = T.CreateChecked(Math.Cos((step * 3) + (i * 0.7)));
                }

                net.TrainStep(inputs, targets);
            }
        }

        private static long[] SingleBits(INeuralNetwork<float> net) => net.Parameters.ToArray().Select(v => (long)BitConverter.SingleToInt32Bits(v)).ToArray();

        private static long[] DoubleBits(INeuralNetwork<double> net) => net.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits).ToArray();
    }
}
