using System;

namespace NetGen.Samples.PiecewiseFit
{
    /// <summary>Parses the command line and runs <see cref="PiecewiseFitSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new PiecewiseFitOptions();
            var cli = new CommandLine(args, "PiecewiseFit", "Fits y = x² on [0, 2] with two LeakyRelu(0.1) units and plots each unit's contribution.");
            var options = new PiecewiseFitOptions
            {
                Epochs = cli.Epochs(defaults.Epochs, "full-batch Adam steps"),
                Seed = cli.Seed(defaults.Seed, "seed of the initial weights"),
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                Points = cli.Int("points", defaults.Points, "evenly spaced x values in [0, 2]", min: 2),
            };
            return cli.Run(() => PiecewiseFitSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
