using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using NetGen.Benchmarks.Portable;

namespace NetGen.Benchmarks.Mono
{
    /// <summary>
    /// Times <see cref="Workloads"/> with a Stopwatch: per workload, a calibration that finds the call count n making
    /// one repetition last at least --min-ms, 3 warm-up repetitions, the calibration again, then --repetitions timed repetitions, the
    /// workloads interleaved (repetition 1 of every workload, then repetition 2, ...) so the noise of the shared
    /// machine spreads over all of them. Prints the median and minimum time per call and NetGen/hand-written ratios.
    /// Usage: <c>--stopwatch [--repetitions 15] [--min-ms 100] [--filter text]</c>; without --stopwatch,
    /// BenchmarkDotNet runs <see cref="PlatformBenchmarks"/> (its usual arguments: --filter, ...).
    /// </summary>
    public static class Program
    {
        private const int WarmupRepetitions = 3;

        public static int Main(string[] args)
        {
            if (!args.Contains("--stopwatch"))
            {
                BenchmarkDotNet.Running.BenchmarkRunner.Run<PlatformBenchmarks>(args: args);
                return 0;
            }

            int repetitions = IntOption(args, "--repetitions", 15);
            int minMilliseconds = IntOption(args, "--min-ms", 100);
            string filter = Option(args, "--filter") ?? "";

            var abstractions = typeof(NetGen.NetworkAttribute).Assembly;
            Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription} ({RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.OSDescription.Trim()})");
            Console.WriteLine($"NetGen.Abstractions build: {abstractions.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName}");
            Console.WriteLine($"Processors: {Environment.ProcessorCount}; {Workloads.VectorWidth}");
            Console.WriteLine($"Repetitions: {repetitions} of >= {minMilliseconds} ms each, after calibration and {WarmupRepetitions} warm-ups, interleaved");

            var workloads = Workloads.Create().Where(w => (w.Name + " " + w.Implementation).IndexOf(filter, StringComparison.OrdinalIgnoreCase) >= 0).ToList();
            if (workloads.Count == 0)
            {
                Console.Error.WriteLine($"No workload matches '{filter}'.");
                return 2;
            }

            // Calibrated once cold, then again after the warm-ups: .NET's tiered JIT makes the first calls slower.
            var counts = workloads.Select(w => Calibrate(w, minMilliseconds)).ToArray();
            for (int r = 0; r < WarmupRepetitions; r++)
            {
                for (int i = 0; i < workloads.Count; i++)
                {
                    Time(workloads[i], counts[i]);
                }
            }

            counts = workloads.Select(w => Calibrate(w, minMilliseconds)).ToArray();

            var perCall = workloads.Select(_ => new List<double>()).ToArray();
            for (int r = 0; r < repetitions; r++)
            {
                for (int i = 0; i < workloads.Count; i++)
                {
                    perCall[i].Add(Time(workloads[i], counts[i]) / counts[i]);
                }
            }

            var medians = new Dictionary<(string, string), double>();
            Console.WriteLine();
            Console.WriteLine("| workload | implementation | calls per repetition | median per call | min per call |");
            Console.WriteLine("|----------|----------------|---------------------:|----------------:|-------------:|");
            for (int i = 0; i < workloads.Count; i++)
            {
                double median = Median(perCall[i]);
                medians[(workloads[i].Name, workloads[i].Implementation)] = median;
                Console.WriteLine($"| {workloads[i].Name} | {workloads[i].Implementation} | {counts[i]} | {Format(median)} | {Format(perCall[i].Min())} |");
            }

            Console.WriteLine();
            Console.WriteLine("| workload | NetGen / hand-written (medians) |");
            Console.WriteLine("|----------|------:|");
            foreach (var name in workloads.Select(w => w.Name).Distinct())
            {
                if (medians.TryGetValue((name, "NetGen"), out double netGen) && medians.TryGetValue((name, "HandWritten"), out double hand))
                {
                    Console.WriteLine($"| {name} | {(netGen / hand).ToString("0.00", CultureInfo.InvariantCulture)} |");
                }
            }

            return 0;
        }

        /// <summary>The call count whose repetition lasts at least minMilliseconds (also the first warm-up).</summary>
        private static int Calibrate(Workload workload, int minMilliseconds)
        {
            double target = minMilliseconds * 1e6;
            int count = 1;
            while (true)
            {
                double elapsed = Time(workload, count);
                if (elapsed >= target)
                {
                    return count;
                }

                // Aim 20% above the target; at most 100× per round, so one slow first call (JIT) cannot overshoot far.
                double factor = elapsed <= 0 ? 100 : Math.Min(100, Math.Max(2, 1.2 * target / elapsed));
                count = (int)Math.Min(int.MaxValue / 2, count * factor);
            }
        }

        /// <summary>Nanoseconds for workload.Run(count); a non-finite result means a broken workload.</summary>
        private static double Time(Workload workload, int count)
        {
            long start = Stopwatch.GetTimestamp();
            float result = workload.Run(count);
            long end = Stopwatch.GetTimestamp();
            if (float.IsNaN(result) || float.IsInfinity(result))
            {
                throw new InvalidOperationException($"{workload.Name} ({workload.Implementation}) returned {result}.");
            }

            return (end - start) * 1e9 / Stopwatch.Frequency;
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            int middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private static string Format(double nanoseconds) =>
            nanoseconds >= 10_000
                ? (nanoseconds / 1000).ToString("#,0.0", CultureInfo.InvariantCulture) + " µs"
                : nanoseconds.ToString("#,0.0", CultureInfo.InvariantCulture) + " ns";

        private static string? Option(string[] args, string name)
        {
            int at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        private static int IntOption(string[] args, string name, int fallback)
        {
            string? text = Option(args, name);
            if (text is null)
            {
                return fallback;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1)
            {
                throw new ArgumentException($"{name} takes a positive whole number, not '{text}'.");
            }

            return value;
        }
    }
}
