using System;

namespace NetGen.Samples.Tabular
{
    /// <summary>Parses the command line and runs <see cref="TabularSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new TabularOptions();
            var cli = new CommandLine(args, "Tabular",
                "Breast cancer diagnosis from 30 measurements of very different scales: raw inputs vs [Standardize] vs [Standardize] + [LayerNorm] + [Dropout].");
            var options = new TabularOptions
            {
                Epochs = cli.Epochs(defaults.Epochs, "the most passes over the training rows (early stopping may end sooner)"),
                Seed = cli.Seed(defaults.Seed, "seed of the split, the initial weights, the dropout masks and the shuffling"),
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                BatchSize = cli.Int("batch-size", defaults.BatchSize, "rows per Adam step", min: 1),
                LearningRate = cli.Double("lr", defaults.LearningRate, "Adam's learning rate"),
                Patience = cli.Int("patience", defaults.Patience, "epochs without a lower validation loss before stopping", min: 1),
            };
            return cli.Run(() => TabularSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
