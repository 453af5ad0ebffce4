using System;

namespace NetGen.Samples.QuadraticFit
{
    /// <summary>Parses the command line and runs <see cref="QuadraticFitSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new QuadraticFitOptions();
            var cli = new CommandLine(args, "QuadraticFit", "Fits y = x² + x + 1 with a 1→32 ReLU→1 network and Adam, as the PyTorch tutorial.");
            var options = new QuadraticFitOptions
            {
                Epochs = cli.Epochs(defaults.Epochs),
                Seed = cli.Seed(defaults.Seed),
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                Points = cli.Int("points", defaults.Points, "number of (x, y) samples", min: 1),
                BatchSize = cli.Int("batch-size", defaults.BatchSize, "rows per Adam step (the last short batch is dropped)", min: 1),
            };
            return cli.Run(() => QuadraticFitSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
