using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace NetGen.Samples
{
    /// <summary>Small ScottPlot 5 helpers shared by the samples: saving, log-scaled loss axes and plot grids.</summary>
    public static class Charts
    {
        /// <summary>Width of a single saved plot, in pixels.</summary>
        public const int Width = 900;
        /// <summary>Height of a single saved plot, in pixels.</summary>
        public const int Height = 560;

        private const int GridTitleHeight = 56;

        static Charts()
        {
            // ScottPlot falls back to a serif face on minimal Linux images; prefer a sans face when one exists.
            foreach (string family in new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans" })
            {
                if (Fonts.GetTypeface(family, bold: false, italic: false)?.FamilyName == family)
                {
                    Fonts.Default = family;
                    break;
                }
            }
        }

        /// <summary>
        /// The <paramref name="index"/>-th colour of ScottPlot's default palette, to give a series the same
        /// colour in every plot of a sample.
        /// </summary>
        public static Color SeriesColor(int index) => new ScottPlot.Palettes.Category10().GetColor(index);

        /// <summary>A new plot with a title and axis labels, in the samples' font.</summary>
        public static Plot Create(string title, string xLabel, string yLabel)
        {
            var plot = new Plot();
            plot.Title(title);
            plot.XLabel(xLabel);
            plot.YLabel(yLabel);
            return plot;
        }

        /// <summary>Renders <paramref name="plot"/> to <paramref name="folder"/>/<paramref name="fileName"/>.</summary>
        /// <returns>The full path of the PNG.</returns>
        public static string Save(Plot plot, string folder, string fileName, int width = Width, int height = Height)
        {
            string path = PathFor(folder, fileName);
            plot.SavePng(path, width, height);
            return path;
        }

        /// <summary>
        /// Renders several plots into one PNG, <paramref name="columns"/> per row, under an optional title.
        /// </summary>
        /// <returns>The full path of the PNG.</returns>
        public static string SaveGrid(
            IReadOnlyList<Plot> plots, int columns, string folder, string fileName,
            int cellWidth, int cellHeight, string? title = null)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(plots.Count, 1);
            ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
            int rows = (plots.Count + columns - 1) / columns;
            int top = title is null ? 0 : GridTitleHeight;
            var info = new SKImageInfo(columns * cellWidth, top + rows * cellHeight);

            using var surface = SKSurface.Create(info);
            SKCanvas canvas = surface.Canvas;
            canvas.Clear(SKColors.White);
            if (title is not null)
            {
                using var typeface = Fonts.GetTypeface(Fonts.Default, bold: true, italic: false);
                using var font = new SKFont(typeface, 26);
                using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
                canvas.DrawText(title, info.Width / 2f, top * 0.7f, SKTextAlign.Center, font, paint);
            }

            // Each plot renders to its own bitmap first: Plot.Render clears the whole canvas it is given.
            for (int i = 0; i < plots.Count; i++)
            {
                byte[] cellPng = plots[i].GetImageBytes(cellWidth, cellHeight, ImageFormat.Png);
                using SKBitmap cell = SKBitmap.Decode(cellPng);
                canvas.DrawBitmap(cell, i % columns * cellWidth, top + i / columns * cellHeight);
            }

            string path = PathFor(folder, fileName);
            using SKImage image = surface.Snapshot();
            using SKData png = image.Encode(SKEncodedImageFormat.Png, 100);
            using (FileStream stream = File.Create(path))
            {
                png.SaveTo(stream);
            }

            return path;
        }

        /// <summary>
        /// Adds a loss curve on a log-scaled y axis: ScottPlot 5 plots log10 of the values and labels the ticks
        /// with the original values.
        /// </summary>
        public static ScottPlot.Plottables.Scatter AddLogLine(Plot plot, IReadOnlyList<float> values, string label)
        {
            // A loss of exactly 0 has no logarithm: such epochs are left out, so the line ends where the loss hits 0.
            var xs = new List<double>(values.Count);
            var ys = new List<double>(values.Count);
            for (int i = 0; i < values.Count; i++)
            {
                if (values[i] > 0)
                {
                    xs.Add(i + 1);
                    ys.Add(Math.Log10(values[i]));
                }
            }

            var line = plot.Add.ScatterLine(xs, ys);
            line.LegendText = label;
            line.LineWidth = 2;
            plot.Axes.Left.TickGenerator = new NumericAutomatic
            {
                MinorTickGenerator = new LogMinorTickGenerator(),
                IntegerTicksOnly = true,
                LabelFormatter = y => Math.Pow(10, y).ToString("g3", CultureInfo.InvariantCulture),
            };
            return line;
        }

        private static string PathFor(string folder, string fileName)
        {
            string full = Path.GetFullPath(folder);
            Directory.CreateDirectory(full);
            return Path.Combine(full, fileName);
        }
    }
}
