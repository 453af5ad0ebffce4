using System;

namespace NetGen.Samples.CubicFit
{
    /// <summary>Parses the command line and runs <see cref="CubicFitSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new CubicFitOptions();
            var cli = new CommandLine(args, "CubicFit", "Fits y = x³ − x² + noise with 1→10→10→1 networks using ReLU, Softplus and Tanh, trained by full-batch SGD.");
            var options = new CubicFitOptions
            {
                Epochs = cli.Epochs(defaults.Epochs, "full-batch SGD steps per network"),
                Seed = cli.Seed(defaults.Seed, "seed of the noise and the initial weights"),
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                Points = cli.Int("points", defaults.Points, "evenly spaced x values in [−1, 1]", min: 2),
            };
            return cli.Run(() => CubicFitSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
