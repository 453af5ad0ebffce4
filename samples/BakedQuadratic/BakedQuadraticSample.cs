using System;
using System.Globalization;
using System.IO;

namespace NetGen.Samples.BakedQuadratic
{
    /// <summary>Settings of <see cref="BakedQuadraticSample"/>.</summary>
    public sealed record BakedQuadraticOptions
    {
        /// <summary>The weights file: written by <see cref="BakedQuadraticSample.Train"/>, read back by <see cref="BakedQuadraticSample.Predict"/>.</summary>
        public string WeightsPath { get; init; } = Path.Combine("samples", "BakedQuadratic", "quadratic.safetensors");
        /// <summary>Passes over the data when training.</summary>
        public int Epochs { get; init; } = 300;
        /// <summary>Seed of the data, the initial weights and the shuffling.</summary>
        public int Seed { get; init; } = 0;
        /// <summary>Number of training points, x ~ N(0, 1).</summary>
        public int Points { get; init; } = 100;
    }

    /// <summary>What <see cref="BakedQuadraticSample.Predict"/> measured.</summary>
    /// <param name="BakedMse">MSE of the baked network on fresh points, x ~ N(0, 1).</param>
    /// <param name="MaxDifferenceFromFile">
    /// The largest difference between a baked weight and the same weight in the file loaded at run time; null when
    /// the file is not there. 0 unless the file changed after the build.
    /// </param>
    /// <param name="MaxPredictionDifference">
    /// The largest |PredictBaked − Predict| over those points, Predict running the network that loaded the file. The
    /// two add the same products in different orders (literal code against the vectorised kernel), so with
    /// identical weights this is float rounding, not 0.
    /// </param>
    public sealed record BakedQuadraticResult(double BakedMse, double? MaxDifferenceFromFile, double? MaxPredictionDifference = null);

    /// <summary>
    /// Step 1 trains y = x² + x + 1 and saves the weights; step 2 is the next build, which bakes them into
    /// <see cref="BakedQuadraticNet"/>, whose static PredictBaked needs neither the file nor an instance.
    /// </summary>
    public static class BakedQuadraticSample
    {
        private const int TestPoints = 1000;

        /// <summary>The function being learned.</summary>
        public static double Target(double x) => x * x + x + 1;

        /// <summary>Trains <see cref="QuadraticNet"/> and saves its weights, ready to be baked by the next build.</summary>
        /// <returns>The training MSE.</returns>
        public static double Train(BakedQuadraticOptions options, TextWriter log)
        {
            var (x, y) = Data(options.Points, options.Seed);
            var network = new QuadraticNet(options.Seed);
            log.WriteLine($"Training {QuadraticNet.ParameterCount} parameters on {options.Points} points for {options.Epochs} epochs (Adam lr 0.01, batch 20)");
            network.Fit(x, y, options.Epochs, batchSize: 20, shuffle: true, dropLast: true, seed: options.Seed, onEpoch: new Progress(log, options.Epochs).Report);
            double mse = network.EvaluateLoss(x, y);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Training MSE: {mse:0.000000}"));

            string? folder = Path.GetDirectoryName(Path.GetFullPath(options.WeightsPath));
            Directory.CreateDirectory(folder!);
            network.Save(options.WeightsPath);
            log.WriteLine($"Saved {Path.GetFullPath(options.WeightsPath)} (tensors {string.Join(", ", QuadraticNet.ParameterLayout.Tensors)})");
            log.WriteLine("Step 2: build again (dotnet run --project samples/BakedQuadratic) to bake these weights into BakedQuadraticNet.");
            return mse;
        }

        /// <summary>Predicts with the baked weights, and checks them against the weights file loaded at run time.</summary>
        public static BakedQuadraticResult Predict(BakedQuadraticOptions options, TextWriter log)
        {
            log.WriteLine("BakedQuadraticNet.PredictBaked, with the weights compiled in:");
            log.WriteLine("     x   predicted   x² + x + 1");
            for (double x = -2; x <= 2; x += 0.5)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x,6:0.0} {BakedQuadraticNet.PredictBaked((float)x),11:0.0000} {Target(x),12:0.0000}"));
            }

            var (testX, testY) = Data(TestPoints, options.Seed + 1);
            double squared = 0;
            for (int i = 0; i < testX.Length; i++)
            {
                double error = BakedQuadraticNet.PredictBaked(testX[i]) - testY[i];
                squared += error * error;
            }

            double mse = squared / testX.Length;
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MSE on {TestPoints} fresh points: {mse:0.000000}"));

            double? difference = null;
            double? predictionDifference = null;
            if (File.Exists(options.WeightsPath))
            {
                // The same weights through the other door: Load at run time into the trainable twin.
                var loaded = new QuadraticNet();
                loaded.Load(options.WeightsPath);
                double max = 0;
                for (int i = 0; i < QuadraticNet.ParameterCount; i++)
                {
                    max = Math.Max(max, Math.Abs(BakedQuadraticNet.BakedParameters[i] - loaded.Parameters[i]));
                }

                foreach (float x in testX)
                {
                    predictionDifference = Math.Max(predictionDifference ?? 0, Math.Abs(BakedQuadraticNet.PredictBaked(x) - loaded.Predict(x)));
                }

                difference = max;
                log.WriteLine(max == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{options.WeightsPath} loaded at run time holds the same weights and predicts the same, up to float rounding ({predictionDifference:G3}).")
                    : string.Create(CultureInfo.InvariantCulture, $"{options.WeightsPath} differs from the baked weights by up to {max:G3}: it changed after the build; build again to bake it."));
            }
            else
            {
                log.WriteLine($"({options.WeightsPath} not found: run from the repository root, or pass --weights, to compare with the file.)");
            }

            return new BakedQuadraticResult(mse, difference, predictionDifference);
        }

        private static (float[] X, float[] Y) Data(int points, int seed)
        {
            var random = new DeterministicRandom(seed);
            var x = new float[points];
            var y = new float[points];
            for (int i = 0; i < points; i++)
            {
                x[i] = (float)random.NextNormal();
                y[i] = (float)Target(x[i]);
            }

            return (x, y);
        }
    }
}
