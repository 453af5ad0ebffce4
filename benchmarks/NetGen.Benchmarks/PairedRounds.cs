using System;
using System.Diagnostics;
using System.Linq;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Sides timed in alternating blocks of about 8 ms, round after round in one process, so that the host's slow and
    /// fast spells fall on every side alike (SplitPaired, UnitSplitPaired).
    /// </summary>
    internal static class PairedRounds
    {
        private const double BlockMilliseconds = 8;

        /// <summary>µs per call of each side in each round, after 3 s of all sides in turn (tiering).</summary>
        public static double[][] Time((string Name, Func<float> Run)[] sides, int rounds, int callsPerRun = 1)
        {
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 3000)
            {
                foreach (var side in sides)
                {
                    side.Run();
                }
            }

            var times = sides.Select(_ => new double[rounds]).ToArray();
            for (int r = 0; r < rounds; r++)
            {
                for (int s = 0; s < sides.Length; s++)
                {
                    int calls = 0;
                    long begin = Stopwatch.GetTimestamp();
                    do
                    {
                        sides[s].Run();
                        calls++;
                    }
                    while (Stopwatch.GetElapsedTime(begin).TotalMilliseconds < BlockMilliseconds);
                    times[s][r] = Stopwatch.GetElapsedTime(begin).TotalMilliseconds * 1000 / calls / callsPerRun;
                }
            }

            return times;
        }

        /// <summary>Each side's median and quartiles, then each ratio (side a's time ÷ side b's) per round.</summary>
        public static void Report((string Name, Func<float> Run)[] sides, double[][] times, params (string Name, int A, int B)[] ratios)
        {
            for (int s = 0; s < sides.Length; s++)
            {
                Console.WriteLine($"{sides[s].Name}: µs median {RoundStatistics.Median(times[s]):F1} (quartiles {RoundStatistics.Quantile(times[s], 0.25):F1}–{RoundStatistics.Quantile(times[s], 0.75):F1})");
            }

            int rounds = times[0].Length;
            foreach (var (name, a, b) in ratios)
            {
                var perRound = Enumerable.Range(0, rounds).Select(r => times[a][r] / times[b][r]).ToArray();
                Console.WriteLine($"{name}: per round, median {RoundStatistics.Median(perRound):F2}× (quartiles {RoundStatistics.Quantile(perRound, 0.25):F2}–{RoundStatistics.Quantile(perRound, 0.75):F2}), {perRound.Count(v => v >= 1.7)} of {rounds} rounds ≥ 1.7×");
            }
        }
    }
}
