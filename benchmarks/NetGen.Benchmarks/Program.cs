using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace NetGen.Benchmarks
{
    public static class Program
    {
        /// <summary>
        /// Runs the benchmarks (BenchmarkDotNet's usual arguments: --filter, --list flat, --job short, ...).
        /// <c>--sizes</c> only prints the generated source sizes; <c>--cubic-paired [--drift] [--pair]</c> runs CubicPaired;
        /// <c>--cubic-spin activation seconds</c> runs NetGen's cubic step alone (for a profiler); <c>--peak-paired</c> runs
        /// PeakPaired (issue 14's items 3 and 4 in one process, alternated block by block); <c>--onerow-paired rounds</c> runs
        /// OneRowPaired (item 2).
        /// </summary>
        public static void Main(string[] args)
        {
            if (args.Contains("--sizes"))
            {
                foreach (var (name, source) in new[] { ("1-32-1", GeneratorCost.Small), ("784-256-128-10", GeneratorCost.Large) })
                {
                    Console.WriteLine($"{name}: {GeneratorCost.GeneratedBytes(GeneratorCost.Compile(source)):N0} bytes of generated source");
                }

                return;
            }

            if (args.Contains("--cubic-spin"))
            {
                // For a profiler: NetGen's cubic step alone, e.g. --cubic-spin Relu 10 (activation, seconds).
                int at = Array.IndexOf(args, "--cubic-spin");
                CubicPaired.Spin(Enum.Parse<Baseline.HandActivation>(args[at + 1]), double.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }


            if (args.Contains("--split-paired"))
            {
                int at = Array.IndexOf(args, "--split-paired");
                SplitPaired.Run(args[at + 1], int.Parse(args[at + 2], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            if (args.Contains("--unit-split"))
            {
                Prototypes.UnitSplitPaired.Run(int.Parse(args[Array.IndexOf(args, "--unit-split") + 1]));
                return;
            }

            if (args.Contains("--onerow-paired"))
            {
                // Issue 14's item 2, alternated in one process: --onerow-paired rounds.
                OneRowPaired.Run(int.Parse(args[Array.IndexOf(args, "--onerow-paired") + 1], System.Globalization.CultureInfo.InvariantCulture));
                return;
            }

            if (args.Contains("--peak-paired"))
            {
                PeakPaired.Run();
                return;
            }

            if (args.Contains("--cubic-paired"))
            {
                CubicPaired.Run(drift: args.Contains("--drift"), pair: args.Contains("--pair"));
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config());
        }

        /// <summary>The default job's run lengths, also used by classes that add jobs of their own (e.g. an AVX2 one).</summary>
        internal static Job ShortJob => Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150))
            .WithLaunchCount(1);

        /// <summary>BenchmarkDotNet's 2-minute default times out when the shared machine is busy.</summary>
        internal static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

        /// <summary>
        /// Few, short iterations so a full run stays reasonable on two shared cores; medians resist the noise.
        /// --job on the command line replaces this job.
        /// </summary>
        private static IConfig Config() => DefaultConfig.Instance
            .AddJob(ShortJob.AsDefault())
            .WithBuildTimeout(BuildTimeout)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .HideColumns(Column.Error, Column.StdDev)
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}
