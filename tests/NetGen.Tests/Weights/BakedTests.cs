using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// Networks with weights baked in at compile time (BakedNetworks.cs) against non-baked twins that Load the
    /// same file at run time: the same parameters and bit-identical predictions.
    /// </summary>
    public class BakedTests
    {
        private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Weights", name);

        [Fact]
        public void Baked_predictions_equal_a_twin_that_loads_the_same_file()
        {
            var twin = new BakeTwinFloat();
            var initial = twin.Parameters.ToArray();
            twin.Load(FilePath("baked_float.safetensors"));
            Assert.NotEqual(initial, twin.Parameters.ToArray());
            var random = new Random(3);
            var baked = new BakedFloat();
            var want = new float[2];
            var got = new float[2];
            var viaParameters = new float[2];

            for (int row = 0; row < 200; row++)
            {
                float[] x = { Next(random), Next(random), Next(random) };
                twin.Predict(x, want);
                BakedFloat.PredictBaked(x, got);
                baked.Predict(x, viaParameters);
                Assert.Equal(SaveLoadTests.Bits(want), SaveLoadTests.Bits(got));
                Assert.Equal(SaveLoadTests.Bits(want), SaveLoadTests.Bits(viaParameters));
            }

            var inputs = Enumerable.Range(0, 3 * 50).Select(_ => Next(random)).ToArray();
            var batchWant = new float[2 * 50];
            var batchGot = new float[2 * 50];
            // PredictBatchBaked runs row by row, as Predict does; the twin's PredictBatch runs the batch kernels (equal to
            // rounding, BatchedInferenceTests), and so does the baked network's own.
            for (int row = 0; row < 50; row++)
            {
                twin.Predict(inputs.AsSpan(row * 3, 3), batchWant.AsSpan(row * 2, 2));
            }

            BakedFloat.PredictBatchBaked(inputs, batchGot);
            Assert.Equal(SaveLoadTests.Bits(batchWant), SaveLoadTests.Bits(batchGot));
            twin.PredictBatch(inputs, batchWant);
            baked.PredictBatch(inputs, batchGot);
            Assert.Equal(SaveLoadTests.Bits(batchWant), SaveLoadTests.Bits(batchGot));
        }

        [Fact]
        public void BakedParameters_and_the_parameterless_constructor_hold_the_file_values()
        {
            var twin = new BakeTwinFloat();
            twin.Load(FilePath("baked_float.safetensors"));

            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(BakedFloat.BakedParameters.ToArray()));
            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(new BakedFloat().Parameters.ToArray()));
        }

        [Fact]
        public void Training_moves_Predict_but_never_PredictBaked()
        {
            var net = new BakedFloat();
            float[] x = { 0.5f, -0.25f, 1f };
            var before = new float[2];
            BakedFloat.PredictBaked(x, before);

            for (int i = 0; i < 5; i++)
            {
                net.TrainStep(x, new[] { 3f, -3f });
            }

            var trained = new float[2];
            var baked = new float[2];
            net.Predict(x, trained);
            BakedFloat.PredictBaked(x, baked);
            Assert.NotEqual(before, trained);
            Assert.Equal(before, baked);
        }

        [Fact]
        public void The_seeded_constructor_initialises_randomly_like_the_twin()
        {
            var seeded = new BakedFloat(5).Parameters.ToArray();

            Assert.Equal(new BakeTwinFloat(5).Parameters.ToArray(), seeded);
            Assert.NotEqual(BakedFloat.BakedParameters.ToArray(), seeded);
        }

        [Fact]
        public void Double_networks_bake_F64_exactly_and_get_the_scalar_overload()
        {
            var twin = new BakeTwinDouble();
            twin.Load(FilePath("baked_double.safetensors"));

            Assert.Equal(twin.Parameters.ToArray(), BakedDouble.BakedParameters.ToArray());
            for (double x = -3; x <= 3; x += 0.125)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(twin.Predict(x)), BitConverter.DoubleToInt64Bits(BakedDouble.PredictBaked(x)));
            }
        }

        [Fact]
        public void F64_weights_baked_into_a_float_network_round_as_Load_rounds_them()
        {
            var twin = new BakeTwinDoubleAsFloat();
            twin.Load(FilePath("baked_double.safetensors"));
            using var file = File.OpenRead(FilePath("baked_double.safetensors"));
            var exact = SafetensorsFile.Read(file).ToDoubleArray("0.weight");

            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(BakedDoubleAsFloat.BakedParameters.ToArray()));
            Assert.Equal(exact.Select(v => (float)v), BakedDoubleAsFloat.BakedParameters[..6].ToArray());
            for (float x = -3; x <= 3; x += 0.25f)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(twin.Predict(x)), BitConverter.SingleToInt32Bits(BakedDoubleAsFloat.PredictBaked(x)));
            }
        }

        [Fact]
        public void Baked_inference_never_copies_the_weights_and_allocates_nothing()
        {
            float[] x = { 0.1f, 0.2f, 0.3f };
            var y = new float[2];
            float sum = 0;

            // Warm up so JIT compilation and tiering do not count.
            for (int i = 0; i < 200; i++)
            {
                BakedFloat.PredictBaked(x, y);
                sum += BakedFloat.BakedParameters[i];
            }

            const int Calls = 1000;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Calls; i++)
            {
                BakedFloat.PredictBaked(x, y);
                sum += BakedFloat.BakedParameters[i % BakedFloat.ParameterCount];
            }

            long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
            Assert.True(float.IsFinite(sum));

            // The weights are a static array created once: no access copies or allocates, optimised or not.
            Assert.Equal(0, perCall);
        }

        private static float Next(Random random) => (float)((random.NextDouble() * 4) - 2);
    }
}
