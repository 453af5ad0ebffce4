using System;

namespace NetGen.Samples.BakedQuadratic
{
    /// <summary>Parses the command line and runs a step of <see cref="BakedQuadraticSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new BakedQuadraticOptions();
            var cli = new CommandLine(args, "BakedQuadratic", "Step 1 (--mode train) trains y = x² + x + 1 and saves the weights; step 2 (a new build, then the default --mode predict) predicts with them baked in.");
            string mode = cli.String("mode", "predict", "train: train and save the weights; predict: use the baked weights", "train|predict");
            var options = new BakedQuadraticOptions
            {
                WeightsPath = cli.String("weights", defaults.WeightsPath, "the weights file (the project's AdditionalFiles item)", "path"),
                Epochs = cli.Epochs(defaults.Epochs),
                Seed = cli.Seed(defaults.Seed),
                Points = cli.Int("points", defaults.Points, "number of training points", min: 20),
            };
            return cli.Run(
                () =>
                {
                    switch (mode)
                    {
                        case "train":
                            BakedQuadraticSample.Train(options, Console.Out);
                            break;
                        case "predict":
                            BakedQuadraticSample.Predict(options, Console.Out);
                            break;
                        default:
                            throw new ArgumentException($"--mode must be train or predict, not '{mode}'.");
                    }
                },
                Console.Out,
                Console.Error);
        }
    }
}
