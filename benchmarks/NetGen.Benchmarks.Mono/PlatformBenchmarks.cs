using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using NetGen.Benchmarks.Portable;

namespace NetGen.Benchmarks.Mono
{
    /// <summary>
    /// Every workload of <see cref="Workloads"/> (portable NetGen and hand-written), one BenchmarkDotNet case each.
    /// In-process: BenchmarkDotNet's default toolchain builds a project per run, which a net48 host on Mono cannot
    /// do here; the in-process one runs on Mono and on .NET 10 alike.
    /// </summary>
    [Config(typeof(InProcessConfig))]
    public class PlatformBenchmarks
    {
        // Calls per invocation: amortises the delegate call, which Predict (tens of ns on .NET) would otherwise feel.
        private const int Calls = 16;

        private Workload _workload = null!;

        public static IEnumerable<string> Names() => Workloads.Create().Select(w => w.Name).Distinct();

        public static IEnumerable<string> Implementations() => Workloads.Create().Select(w => w.Implementation).Distinct();

        [ParamsSource(nameof(Names))]
        public string Workload { get; set; } = "";

        [ParamsSource(nameof(Implementations))]
        public string Implementation { get; set; } = "";

        [GlobalSetup]
        public void Setup() => _workload = Workloads.Create().Single(w => w.Name == Workload && w.Implementation == Implementation);

        [Benchmark(OperationsPerInvoke = Calls)]
        public float Run() => _workload.Run(Calls);

        private sealed class InProcessConfig : ManualConfig
        {
            public InProcessConfig()
            {
                AddJob(Job.Default
                    .WithToolchain(InProcessEmitToolchain.Instance)
                    .WithWarmupCount(3)
                    .WithIterationCount(10)
                    .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(150))
                    .WithLaunchCount(1));
                AddColumn(StatisticColumn.Median);
                HideColumns(Column.Error, Column.StdDev);
                WithOptions(ConfigOptions.DisableLogFile);
            }
        }
    }
}
