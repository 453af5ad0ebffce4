using System;

namespace NetGen.Samples.Activations
{
    /// <summary>Parses the command line and runs <see cref="ActivationsSample"/>.</summary>
    public static class Program
    {
        /// <summary>The entry point.</summary>
        public static int Main(string[] args)
        {
            var defaults = new ActivationsOptions();
            var cli = new CommandLine(args, "Activations", "Plots every element-wise activation NetGen supports and its derivative, from NetGen.Activations. Nothing is trained.");
            var options = new ActivationsOptions
            {
                OutputFolder = cli.OutputFolder(defaults.OutputFolder),
                Min = cli.Double("min", defaults.Min, "left end of the x range"),
                Max = cli.Double("max", defaults.Max, "right end of the x range"),
                Points = cli.Int("points", defaults.Points, "samples per curve", min: 2, max: 1_000_000),
                LeakyAlpha = cli.Double("leaky-alpha", defaults.LeakyAlpha, "LeakyRelu's negative slope"),
                EluAlpha = cli.Double("elu-alpha", defaults.EluAlpha, "Elu's alpha"),
            };
            return cli.Run(() => ActivationsSample.Run(options, Console.Out), Console.Out, Console.Error);
        }
    }
}
