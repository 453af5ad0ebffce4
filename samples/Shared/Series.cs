using System;

namespace NetGen.Samples
{
    /// <summary>Evenly spaced grids, as the tutorials build with torch.linspace.</summary>
    public static class Series
    {
        /// <summary>
        /// <paramref name="count"/> evenly spaced values from <paramref name="start"/> to <paramref name="end"/>
        /// inclusive. Like torch.linspace, the first half steps up from start and the second half down from end,
        /// so both ends are exact.
        /// </summary>
        public static double[] Linspace(double start, double end, int count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
            var values = new double[count];
            if (count == 1)
            {
                values[0] = start;
                return values;
            }

            double step = (end - start) / (count - 1);
            int half = count / 2;
            for (int i = 0; i < count; i++)
            {
                values[i] = i < half ? start + step * i : end - step * (count - 1 - i);
            }

            return values;
        }

        /// <summary>The values as float, the element type of the sample networks.</summary>
        public static float[] ToSingle(double[] values) => Array.ConvertAll(values, v => (float)v);

        /// <summary>The values as double, the element type ScottPlot plots.</summary>
        public static double[] ToDouble(float[] values) => Array.ConvertAll(values, v => (double)v);
    }
}
