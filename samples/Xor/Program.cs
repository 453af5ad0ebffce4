using System;

namespace NetGen.Samples.Xor
{
    /// <summary>Parses the command line and runs <see cref="XorSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new XorOptions();
            var cli = new CommandLine(args, "Xor", "Learns XOR with 2→10 ReLU→1 and 2→10 ReLU→5 ReLU→1 networks and Adam, and plots their decision surfaces.");
            var options = new XorOptions
            {
                Epochs = cli.Epochs(defaults.Epochs, "full-batch Adam steps (the four rows are one batch)"),
                Seed = cli.Seed(defaults.Seed, "seed of the initial weights"),
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                Resolution = cli.Int("resolution", defaults.Resolution, "cells per side of the decision-surface heatmap", min: 2, max: 2000),
            };
            return cli.Run(() => XorSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
