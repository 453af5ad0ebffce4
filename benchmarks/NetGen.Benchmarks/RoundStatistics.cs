using System.Linq;

namespace NetGen.Benchmarks
{
    /// <summary>Medians and quartiles of per-round figures, for the paired measurements (CubicPaired, PeakPaired).</summary>
    internal static class RoundStatistics
    {
        public static double Median(double[] values) => Quantile(values, 0.5);

        /// <summary>Linear interpolation between the closest ranks (the middle value itself for an odd count at 0.5).</summary>
        public static double Quantile(double[] values, double q)
        {
            var sorted = values.OrderBy(x => x).ToArray();
            double at = q * (sorted.Length - 1);
            int low = (int)System.Math.Floor(at);
            int high = System.Math.Min(low + 1, sorted.Length - 1);
            return sorted[low] + (at - low) * (sorted[high] - sorted[low]);
        }
    }
}
