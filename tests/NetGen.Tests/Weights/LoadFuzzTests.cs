using System;
using System.IO;
using System.Linq;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// Thousands of damaged files, from a real saved model and from nothing, fed to the generated Load and
    /// LoadCheckpoint: only SafetensorsFormatException may escape, and a rejected file changes nothing. Seeded,
    /// so a failure reproduces.
    /// </summary>
    public class LoadFuzzTests
    {
        private const int Files = 4000;
        private const int CheckpointFiles = 1500;
        private static readonly char[] JsonPunctuation = "{}[]\",:-.0123456789eE \\".ToCharArray();

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
        /// The hostile headers of issue 11 (item 6) through the generated Load and LoadCheckpoint: refused within
        /// 2 s and 64 MB allocated, with a message of at most 1 KB, and the network unchanged.
        /// </summary>
        [Theory]
        [MemberData(nameof(HostileCases))]
        public void Hostile_headers_are_refused_within_time_and_memory_bounds(string kind, string fragment)
        {
            byte[] file = NetGen.TestShared.HostileHeaders.Build(kind);
            var net = new ResumeAdam();
            var before = new MemoryStream();
            net.SaveCheckpoint(before);
            foreach (var load in new Action[] { () => net.Load(new MemoryStream(file)), () => net.LoadCheckpoint(new MemoryStream(file)) })
            {
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                var stopwatch = System.Diagnostics.Stopwatch.StartNew();
                var e = Assert.Throws<SafetensorsFormatException>(load);
                stopwatch.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

                // Load knows the largest file the layout needs, so an oversized file may be refused for its length first.
                Assert.True(e.Message.Contains(fragment, StringComparison.Ordinal) || e.Message.Contains("larger than the limit", StringComparison.Ordinal), e.Message);
                Assert.True(e.Message.Length <= 1024, $"{e.Message.Length} characters");
                Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), stopwatch.Elapsed.ToString());
                Assert.True(allocated < 64L << 20, $"{allocated} bytes allocated");
            }

            var after = new MemoryStream();
            net.SaveCheckpoint(after);
            Assert.Equal(before.ToArray(), after.ToArray());
        }

        [Fact]
        public void Damaged_weights_files_only_ever_throw_SafetensorsFormatException()
        {
            var random = new Random(2024);
            byte[] good = SaveLoadTests.Saved(new SequentialNet(8));
            var net = new SequentialNet();
            var original = net.Parameters.ToArray();
            int accepted = 0;
            int rejected = 0;

            for (int i = 0; i < Files; i++)
            {
                byte[] file = Mutate(good, random, i);
                try
                {
                    net.Load(new MemoryStream(file));
                }
                catch (SafetensorsFormatException)
                {
                    rejected++;
                    Assert.Equal(SaveLoadTests.Bits(original), SaveLoadTests.Bits(net.Parameters.ToArray()));
                    continue;
                }

                // Accepted: the file must really be a valid SequentialNet state_dict, and loaded as it says.
                accepted++;
                AssertLoadedAsTheFileSays(file, net.Parameters.ToArray());
                original.CopyTo(net.Parameters);
            }

            Assert.True(rejected > Files / 2, $"only {rejected} of {Files} damaged files were rejected");
            Assert.True(accepted > 0, "no damage was harmless: the accepting path went untested");
        }

        [Fact]
        public void Damaged_checkpoints_only_ever_throw_SafetensorsFormatException()
        {
            var random = new Random(4202);
            var trained = new ResumeAdam();
            float[] inputs = { 0.1f, 0.5f, -0.3f };
            float[] targets = { 0.2f, 0.4f };
            for (int i = 0; i < 3; i++)
            {
                trained.TrainStep(inputs, targets);
            }

            var stream = new MemoryStream();
            trained.SaveCheckpoint(stream);
            byte[] good = stream.ToArray();
            var net = new ResumeAdam(1);
            net.TrainStep(inputs, targets);
            var original = net.Parameters.ToArray();
            int rejected = 0;

            for (int i = 0; i < CheckpointFiles; i++)
            {
                var probe = new ResumeAdam(1);
                probe.TrainStep(inputs, targets);
                try
                {
                    probe.LoadCheckpoint(new MemoryStream(Mutate(good, random, i)));
                }
                catch (SafetensorsFormatException)
                {
                    rejected++;
                    Assert.Equal(SaveLoadTests.Bits(original), SaveLoadTests.Bits(probe.Parameters.ToArray()));
                    Assert.Equal(1, probe.OptimizerStepCount);
                }
            }

            Assert.True(rejected > CheckpointFiles / 2, $"only {rejected} of {CheckpointFiles} damaged checkpoints were rejected");
        }

        /// <summary>One of several kinds of damage, chosen by <paramref name="round"/>.</summary>
        private static byte[] Mutate(byte[] good, Random random, int round)
        {
            int headerEnd = 8 + (int)BitConverter.ToUInt64(good, 0);
            byte[] file = (byte[])good.Clone();
            switch (round % 9)
            {
                case 0: // a few random bytes anywhere
                    for (int n = random.Next(1, 5); n > 0; n--)
                    {
                        file[random.Next(file.Length)] = (byte)random.Next(256);
                    }

                    return file;
                case 1: // one bit of the header
                    int bit = random.Next(8, headerEnd * 8);
                    file[bit / 8] ^= (byte)(1 << (bit % 8));
                    return file;
                case 2: // truncated anywhere
                    return file[..random.Next(file.Length)];
                case 3: // another declared header length, near the real one or anything
                    ulong length = random.Next(2) == 0 ? (ulong)(headerEnd - 8 + random.Next(-16, 17)) : (ulong)random.NextInt64() * (ulong)random.Next(1, 4);
                    BitConverter.GetBytes(length).CopyTo(file, 0);
                    return file;
                case 4: // a digit of the JSON changed (shapes and offsets)
                    var digits = Enumerable.Range(8, headerEnd - 8).Where(i => char.IsAsciiDigit((char)file[i])).ToArray();
                    file[digits[random.Next(digits.Length)]] = (byte)('0' + random.Next(10));
                    return file;
                case 5: // a JSON character replaced by punctuation
                    file[random.Next(8, headerEnd)] = (byte)JsonPunctuation[random.Next(JsonPunctuation.Length)];
                    return file;
                case 6: // a byte inserted into or removed from the header
                    int at = random.Next(8, headerEnd);
                    return random.Next(2) == 0
                        ? HandBuilt.Concat(file[..at], new[] { (byte)JsonPunctuation[random.Next(JsonPunctuation.Length)] }, file[at..])
                        : HandBuilt.Concat(file[..at], file[(at + 1)..]);
                case 7: // noise, sometimes behind a plausible length
                    var noise = new byte[random.Next(0, 300)];
                    random.NextBytes(noise);
                    if (noise.Length >= 8 && random.Next(2) == 0)
                    {
                        BitConverter.GetBytes((ulong)random.Next(0, noise.Length)).CopyTo(noise, 0);
                    }

                    return noise;
                default: // the data only: still a valid file, with other values
                    for (int n = random.Next(1, 5); n > 0; n--)
                    {
                        file[random.Next(headerEnd, file.Length)] = (byte)random.Next(256);
                    }

                    return file;
            }
        }

        private static void AssertLoadedAsTheFileSays(byte[] file, float[] parameters)
        {
            var document = SafetensorsFile.Read(new MemoryStream(file));
            Assert.Equal(HandBuilt.SequentialNetTensors.Length, document.Tensors.Count);
            int offset = 0;
            foreach (var (name, shape) in HandBuilt.SequentialNetTensors)
            {
                Assert.Equal(shape, document.GetTensor(name).Shape);
                var values = document.ToSingleArray(name);
                Assert.Equal(SaveLoadTests.Bits(values), SaveLoadTests.Bits(parameters.AsSpan(offset, values.Length).ToArray()));
                offset += values.Length;
            }
        }
    }
}
