using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Formulas = global::NetGen.Activations;

namespace NetGen.Samples.Activations
{
    /// <summary>Settings of <see cref="ActivationsSample.Run"/>.</summary>
    public sealed record ActivationsOptions
    {
        /// <summary>Folder the PNG is written to.</summary>
        public string OutputFolder { get; init; } = Path.Combine("artifacts", "samples", "Activations");
        /// <summary>Left end of the x range.</summary>
        public double Min { get; init; } = -5;
        /// <summary>Right end of the x range.</summary>
        public double Max { get; init; } = 5;
        /// <summary>Samples per curve.</summary>
        public int Points { get; init; } = 1001;
        /// <summary>LeakyRelu's negative slope; PyTorch's default.</summary>
        public double LeakyAlpha { get; init; } = Defaults.LeakyReluAlpha;
        /// <summary>Elu's alpha; PyTorch's default.</summary>
        public double EluAlpha { get; init; } = Defaults.EluAlpha;
    }

    /// <summary>One activation sampled on the grid.</summary>
    /// <param name="Activation">The function.</param>
    /// <param name="Alpha">The alpha passed to it, NaN where it takes none.</param>
    /// <param name="Values">f(x) at each grid point.</param>
    /// <param name="Derivatives">f'(x) at each grid point.</param>
    public sealed record ActivationCurve(Activation Activation, double Alpha, double[] Values, double[] Derivatives);

    /// <summary>What <see cref="ActivationsSample.Run"/> sampled and wrote.</summary>
    /// <param name="X">The grid.</param>
    /// <param name="Curves">One entry per element-wise activation, in enum order.</param>
    /// <param name="Plots">Full paths of the PNGs written.</param>
    public sealed record ActivationsResult(double[] X, IReadOnlyList<ActivationCurve> Curves, IReadOnlyList<string> Plots);

    /// <summary>
    /// Plots each element-wise activation and its derivative in a grid. The values come from
    /// <see cref="Formulas.Apply{T}(Activation, T, double)"/> and <see cref="Formulas.ApplyDerivative{T}(Activation, T, double)"/>,
    /// the same methods the generated networks call, so the pictures show exactly what NetGen computes.
    /// </summary>
    public static class ActivationsSample
    {
        private const int Columns = 4;

        /// <summary>Every activation that applies to one value at a time (all but Softmax).</summary>
        public static IReadOnlyList<Activation> ElementWise { get; } =
            Enum.GetValues<Activation>().Where(a => a != Activation.Softmax).ToArray();

        /// <summary>Samples every activation and writes the grid of plots.</summary>
        /// <param name="options">The settings.</param>
        /// <param name="log">Receives a one-line summary per activation.</param>
        public static ActivationsResult Run(ActivationsOptions options, TextWriter log)
        {
            if (!(options.Min < options.Max))
            {
                throw new ArgumentException($"--min ({options.Min}) must be less than --max ({options.Max}).");
            }

            double[] x = Series.Linspace(options.Min, options.Max, options.Points);
            var curves = new List<ActivationCurve>();
            var plots = new List<ScottPlot.Plot>();
            foreach (Activation activation in ElementWise)
            {
                double alpha = activation switch
                {
                    Activation.LeakyRelu => options.LeakyAlpha,
                    Activation.Elu => options.EluAlpha,
                    _ => double.NaN,
                };
                double[] values = Array.ConvertAll(x, v => Formulas.Apply(activation, v, alpha));
                double[] derivatives = Array.ConvertAll(x, v => Formulas.ApplyDerivative(activation, v, alpha));
                curves.Add(new ActivationCurve(activation, alpha, values, derivatives));
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Title(activation, alpha),-22} f({options.Min}) = {values[0],10:g4}  f({options.Max}) = {values[^1],10:g4}  f'(0) = {Formulas.ApplyDerivative(activation, 0.0, alpha):g4}"));
                string title = Title(activation, alpha);
                if (activation == Activation.Relu6 && options.Max <= 6)
                {
                    title += " (flat from x = 6 on)"; // else it looks exactly like Relu here
                }

                plots.Add(PlotOne(title, x, values, derivatives));
            }

            string path = Charts.SaveGrid(plots, Columns, options.OutputFolder, "activations.png", cellWidth: 420, cellHeight: 320,
                string.Create(CultureInfo.InvariantCulture, $"NetGen activations f(x) and their derivatives f'(x) on [{options.Min}, {options.Max}]"));
            log.WriteLine($"Wrote {path}");
            return new ActivationsResult(x, curves, new[] { path });
        }

        private static string Title(Activation activation, double alpha)
            => double.IsNaN(alpha) ? activation.ToString() : string.Create(CultureInfo.InvariantCulture, $"{activation} (α = {alpha})");

        private static ScottPlot.Plot PlotOne(string title, double[] x, double[] values, double[] derivatives)
        {
            var plot = Charts.Create(title, "x", "");
            var function = plot.Add.ScatterLine(x, values);
            function.LegendText = "f(x)";
            function.LineWidth = 2.5f;
            var derivative = plot.Add.ScatterLine(x, derivatives);
            derivative.LegendText = "f'(x)";
            derivative.LineWidth = 2;
            derivative.LinePattern = ScottPlot.LinePattern.Dashed;
            plot.ShowLegend(ScottPlot.Alignment.UpperLeft);
            return plot;
        }
    }
}
