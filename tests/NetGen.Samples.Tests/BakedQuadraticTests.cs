using System;
using System.IO;
using NetGen.Samples.BakedQuadratic;

namespace NetGen.Samples.Tests
{
    public sealed class BakedQuadraticTests
    {
        private static readonly string CommittedWeights = Path.Combine(AppContext.BaseDirectory, "quadratic.safetensors");

        [Fact]
        public void BakedNetworkPredictsLikeTheFileLoadedAtRunTime()
        {
            var log = new StringWriter();
            var result = BakedQuadraticSample.Predict(new BakedQuadraticOptions { WeightsPath = CommittedWeights }, log);

            Assert.Equal(0.0, result.MaxDifferenceFromFile);
            Assert.NotNull(result.MaxPredictionDifference);
            Assert.True(result.MaxPredictionDifference <= 1e-5, $"baked and loaded predictions differ by {result.MaxPredictionDifference}");
            Assert.True(result.BakedMse <= 0.05, $"baked MSE {result.BakedMse}");
            Assert.Contains("holds the same weights and predicts the same", log.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public void TrainingWithTheDefaultsReproducesTheCommittedWeights()
        {
            using var folder = new TempFolder();
            string path = Path.Combine(folder.Path, "quadratic.safetensors");

            double mse = BakedQuadraticSample.Train(new BakedQuadraticOptions { WeightsPath = path }, new StringWriter());

            Assert.True(mse <= 0.05, $"training MSE {mse}");

            // Same names and shapes, and the same values up to summation order (which SIMD width and FMA can change).
            using var committedStream = File.OpenRead(CommittedWeights);
            using var trainedStream = File.OpenRead(path);
            var committed = NetGen.SafetensorsFile.Read(committedStream);
            var trained = NetGen.SafetensorsFile.Read(trainedStream);
            Assert.Equal(committed.Names, trained.Names);
            foreach (string name in committed.Names)
            {
                Assert.Equal(committed.GetTensor(name).Shape, trained.GetTensor(name).Shape);
                float[] want = committed.ToSingleArray(name), got = trained.ToSingleArray(name);
                for (int i = 0; i < want.Length; i++)
                {
                    Assert.True(Math.Abs(want[i] - got[i]) <= 1e-3f + 1e-3f * Math.Abs(want[i]), $"{name}[{i}]: committed {want[i]}, trained {got[i]}");
                }
            }
        }

        [Fact]
        public void RetrainedWeightsDifferFromTheBakedOnesUntilTheNextBuild()
        {
            using var folder = new TempFolder();
            var options = new BakedQuadraticOptions { WeightsPath = Path.Combine(folder.Path, "other.safetensors"), Seed = 5, Epochs = 20 };
            BakedQuadraticSample.Train(options, new StringWriter());

            var result = BakedQuadraticSample.Predict(options, new StringWriter());

            Assert.True(result.MaxDifferenceFromFile > 0);
        }
    }
}
