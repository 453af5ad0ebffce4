using System;

namespace NetGen.Samples.Classification
{
    /// <summary>Parses the command line and runs <see cref="ClassificationSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new ClassificationOptions();
            var cli = new CommandLine(args, "Classification",
                "Classifies the UCI handwritten digits with a 64→32 ReLU→10 softmax network: validation, early stopping, a step schedule.");
            var options = new ClassificationOptions
            {
                Epochs = cli.Epochs(defaults.Epochs, "the most passes over the training rows (early stopping may end sooner)"),
                Seed = cli.Seed(defaults.Seed, "seed of the split, the initial weights and the shuffling"),
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                BatchSize = cli.Int("batch-size", defaults.BatchSize, "rows per Adam step", min: 1),
                LearningRate = cli.Double("lr", defaults.LearningRate, "Adam's starting learning rate"),
                StepSize = cli.Int("step-size", defaults.StepSize, "epochs between learning-rate cuts (StepLR)", min: 1),
                Gamma = cli.Double("gamma", defaults.Gamma, "factor of each learning-rate cut, in (0, 1]"),
                Patience = cli.Int("patience", defaults.Patience, "epochs without a lower validation loss before stopping", min: 1),
            };
            return cli.Run(() => ClassificationSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
