using System;
using System.IO;
using System.Linq;

namespace NetGen.Tests.Weights
{
    /// <summary>
    /// Networks past the generator's size budgets (SizeBudgetNetworks.cs): weights baked in the compact base64 form,
    /// and small layers past the unrolled budget, against twins that Load the same file. Same parameters, bit for
    /// bit, and bit-identical predictions.
    /// </summary>
    public class SizeBudgetTests
    {
        private static string FilePath(string name) => Path.Combine(AppContext.BaseDirectory, "Weights", name);

        [Fact]
        public void Compact_float_weights_decode_to_what_Load_reads_and_predict_alike()
        {
            var twin = new CompactFloatTwin();
            twin.Load(FilePath("baked_compact_float.safetensors"));
            Assert.Equal(4866, BakedCompactFloat.ParameterCount);

            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(BakedCompactFloat.BakedParameters.ToArray()));
            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(new BakedCompactFloat().Parameters.ToArray()));
            AssertSamePredictions(8, 2, twin.Predict, BakedCompactFloat.PredictBaked, new BakedCompactFloat().Predict, seed: 5);

            var random = new Random(6);
            var inputs = Enumerable.Range(0, 8 * 40).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
            var want = new float[2 * 40];
            var got = new float[2 * 40];
            for (int row = 0; row < 40; row++)
            {
                twin.Predict(inputs.AsSpan(row * 8, 8), want.AsSpan(row * 2, 2)); // PredictBatchBaked runs row by row
            }

            BakedCompactFloat.PredictBatchBaked(inputs, got);
            Assert.Equal(SaveLoadTests.Bits(want), SaveLoadTests.Bits(got));
            twin.PredictBatch(inputs, want);
            new BakedCompactFloat().PredictBatch(inputs, got);
            Assert.Equal(SaveLoadTests.Bits(want), SaveLoadTests.Bits(got));
        }

        [Fact]
        public void Compact_double_weights_are_bit_exact()
        {
            var twin = new CompactDoubleTwin();
            twin.Load(FilePath("baked_compact_double.safetensors"));

            Assert.Equal(twin.Parameters.ToArray().Select(BitConverter.DoubleToInt64Bits), BakedCompactDouble.BakedParameters.ToArray().Select(BitConverter.DoubleToInt64Bits));
            var random = new Random(7);
            var want = new double[3];
            var got = new double[3];
            for (int row = 0; row < 100; row++)
            {
                double[] x = { random.NextDouble() * 6 - 3, random.NextDouble() * 6 - 3 };
                twin.Predict(x, want);
                BakedCompactDouble.PredictBaked(x, got);
                Assert.Equal(want.Select(BitConverter.DoubleToInt64Bits), got.Select(BitConverter.DoubleToInt64Bits));
            }
        }

        [Fact]
        public void A_network_split_by_the_unrolled_budget_predicts_as_its_loaded_twin()
        {
            var twin = new BudgetSplitTwin();
            twin.Load(FilePath("baked_budget_split.safetensors"));

            Assert.Equal(SaveLoadTests.Bits(twin.Parameters.ToArray()), SaveLoadTests.Bits(BakedBudgetSplit.BakedParameters.ToArray()));
            AssertSamePredictions(4, 1, twin.Predict, BakedBudgetSplit.PredictBaked, new BakedBudgetSplit().Predict, seed: 8);
        }

        [Fact]
        public void Compact_baked_inference_allocates_nothing()
        {
            float[] x = { 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f };
            var y = new float[2];
            float sum = 0;
            for (int i = 0; i < 200; i++)
            {
                BakedCompactFloat.PredictBaked(x, y);
                sum += y[0] + BakedCompactFloat.BakedParameters[i];
            }

            const int Calls = 1000;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Calls; i++)
            {
                BakedCompactFloat.PredictBaked(x, y);
                sum += y[1] + BakedCompactFloat.BakedParameters[i % BakedCompactFloat.ParameterCount];
            }

            long perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
            Assert.True(float.IsFinite(sum));
            Assert.Equal(0, perCall);
        }

        private delegate void Forward(ReadOnlySpan<float> input, Span<float> output);

        private static void AssertSamePredictions(int inputs, int outputs, Forward twin, Forward baked, Forward viaParameters, int seed)
        {
            var random = new Random(seed);
            var want = new float[outputs];
            var got = new float[outputs];
            var fromParameters = new float[outputs];
            for (int row = 0; row < 200; row++)
            {
                var x = Enumerable.Range(0, inputs).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
                twin(x, want);
                baked(x, got);
                viaParameters(x, fromParameters);
                Assert.Equal(SaveLoadTests.Bits(want), SaveLoadTests.Bits(got));
                Assert.Equal(SaveLoadTests.Bits(want), SaveLoadTests.Bits(fromParameters));
            }

            Assert.Contains(want, v => v != 0); // the comparison had something to compare
        }
    }
}
