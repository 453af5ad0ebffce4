using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Issue 14's peak: independent FMA chains on <see cref="Vector{T}"/>, <see cref="Vector256{T}"/> and
    /// <see cref="Vector512{T}"/> floats, next to the two wide TrainSteps, each as GFLOP/s and as a share of the best
    /// kernel of the same job. Two jobs: the hardware as it is (AVX-512 here) and the same machine with
    /// DOTNET_EnableAVX512=0 (AVX2: Vector512 is then emulated by two 256-bit halves; the setup prints which). .NET 10
    /// reads DOTNET_EnableAVX512; the older DOTNET_EnableAVX512F is ignored (Vector512 stays accelerated).
    /// </summary>
    [Config(typeof(PeakConfig))]
    public class PeakFlops
    {
        /// <summary>Independent accumulator chains per kernel: FMA latency (4 cycles) × FMA pipes (2) plus margin.</summary>
        private const int Chains = 12;

        /// <summary>FMAs per chain per call: ~12 M FMAs per call, a few ms.</summary>
        private const int Iterations = 1 << 20;

        /// <summary>The runtime switch that hides AVX-512 from the JIT (.NET 10's name).</summary>
        internal const string Avx512Switch = "DOTNET_EnableAVX512";

        /// <summary>NetGen's own switch: generated code and kernels stay on Vector&lt;T&gt; though Vector512 is accelerated.</summary>
        internal const string NoVector512Switch = "NETGEN_DISABLE_VECTOR512";

        private readonly Width512 _wide = new();
        private readonly Mnist _mnist = new();
        private float[] _wideX = null!;
        private float[] _wideY = null!;
        private float[] _mnistX = null!;
        private float[] _mnistY = null!;

        // Fields, not constants, so the JIT cannot fold the chains: a ← a·m + c converges to c / (1 − m), no subnormals.
        private float _start = 1f;
        private float _multiplier = 0.999f;
        private float _addend = 0.001f;

        /// <summary>Floating-point operations per call of each benchmark (an FMA is 2).</summary>
        internal static readonly IReadOnlyDictionary<string, double> Flops = new Dictionary<string, double>
        {
            [nameof(FmaVectorT)] = 2.0 * Chains * Iterations * Vector<float>.Count,
            [nameof(Fma256)] = 2.0 * Chains * Iterations * Vector256<float>.Count,
            [nameof(Fma512)] = 2.0 * Chains * Iterations * Vector512<float>.Count,
            [nameof(Width512Step)] = DenseFlops(32, 1, 512, 512, 1),
            [nameof(MnistStep)] = DenseFlops(64, 784, 128, 10),
        };

        /// <summary>
        /// The matrix work of one training step over <paramref name="rows"/> rows: 2 FLOPs per multiply-add, for the
        /// forward pass (rows·in·out), the weight gradient (rows·in·out) and the input gradient (rows·in·out, except
        /// the first layer, whose input needs none). Biases, activations, the loss and the optimizer are not counted
        /// (Adam is ~12 FLOPs per parameter: 6% of the 1→512→512→1 count, 5% of 784→128→10's).
        /// </summary>
        internal static double DenseFlops(int rows, params int[] sizes)
        {
            double flops = 0;
            for (int l = 0; l + 1 < sizes.Length; l++)
            {
                flops += 2.0 * rows * sizes[l] * sizes[l + 1] * (l == 0 ? 2 : 3);
            }

            return flops;
        }

        [GlobalSetup]
        public void Setup()
        {
            Console.WriteLine($"// ISA: Vector<float>.Count = {Vector<float>.Count}, Vector256.IsHardwareAccelerated = {Vector256.IsHardwareAccelerated}, "
                + $"Vector512.IsHardwareAccelerated = {Vector512.IsHardwareAccelerated}, "
                + $"DOTNET_EnableAVX512 = {Environment.GetEnvironmentVariable(Avx512Switch) ?? "(unset)"}, "
                + $"NETGEN_DISABLE_VECTOR512 = {Environment.GetEnvironmentVariable(NoVector512Switch) ?? "(unset)"}");
            (_wideX, _wideY) = Data.Sine(32);
            (_mnistX, _mnistY) = Data.Digits(64);
        }

        [Benchmark]
        public float FmaVectorT()
        {
            var m = new Vector<float>(_multiplier);
            var c = new Vector<float>(_addend);
            var a0 = new Vector<float>(_start); var a1 = a0; var a2 = a0; var a3 = a0; var a4 = a0; var a5 = a0;
            var a6 = a0; var a7 = a0; var a8 = a0; var a9 = a0; var a10 = a0; var a11 = a0;
            for (int i = 0; i < Iterations; i++)
            {
                a0 = Vector.FusedMultiplyAdd(a0, m, c); a1 = Vector.FusedMultiplyAdd(a1, m, c);
                a2 = Vector.FusedMultiplyAdd(a2, m, c); a3 = Vector.FusedMultiplyAdd(a3, m, c);
                a4 = Vector.FusedMultiplyAdd(a4, m, c); a5 = Vector.FusedMultiplyAdd(a5, m, c);
                a6 = Vector.FusedMultiplyAdd(a6, m, c); a7 = Vector.FusedMultiplyAdd(a7, m, c);
                a8 = Vector.FusedMultiplyAdd(a8, m, c); a9 = Vector.FusedMultiplyAdd(a9, m, c);
                a10 = Vector.FusedMultiplyAdd(a10, m, c); a11 = Vector.FusedMultiplyAdd(a11, m, c);
            }

            return Vector.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
        }

        [Benchmark]
        public float Fma256()
        {
            var m = Vector256.Create(_multiplier);
            var c = Vector256.Create(_addend);
            var a0 = Vector256.Create(_start); var a1 = a0; var a2 = a0; var a3 = a0; var a4 = a0; var a5 = a0;
            var a6 = a0; var a7 = a0; var a8 = a0; var a9 = a0; var a10 = a0; var a11 = a0;
            for (int i = 0; i < Iterations; i++)
            {
                a0 = Vector256.FusedMultiplyAdd(a0, m, c); a1 = Vector256.FusedMultiplyAdd(a1, m, c);
                a2 = Vector256.FusedMultiplyAdd(a2, m, c); a3 = Vector256.FusedMultiplyAdd(a3, m, c);
                a4 = Vector256.FusedMultiplyAdd(a4, m, c); a5 = Vector256.FusedMultiplyAdd(a5, m, c);
                a6 = Vector256.FusedMultiplyAdd(a6, m, c); a7 = Vector256.FusedMultiplyAdd(a7, m, c);
                a8 = Vector256.FusedMultiplyAdd(a8, m, c); a9 = Vector256.FusedMultiplyAdd(a9, m, c);
                a10 = Vector256.FusedMultiplyAdd(a10, m, c); a11 = Vector256.FusedMultiplyAdd(a11, m, c);
            }

            return Vector256.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
        }

        [Benchmark]
        public float Fma512()
        {
            var m = Vector512.Create(_multiplier);
            var c = Vector512.Create(_addend);
            var a0 = Vector512.Create(_start); var a1 = a0; var a2 = a0; var a3 = a0; var a4 = a0; var a5 = a0;
            var a6 = a0; var a7 = a0; var a8 = a0; var a9 = a0; var a10 = a0; var a11 = a0;
            for (int i = 0; i < Iterations; i++)
            {
                a0 = Vector512.FusedMultiplyAdd(a0, m, c); a1 = Vector512.FusedMultiplyAdd(a1, m, c);
                a2 = Vector512.FusedMultiplyAdd(a2, m, c); a3 = Vector512.FusedMultiplyAdd(a3, m, c);
                a4 = Vector512.FusedMultiplyAdd(a4, m, c); a5 = Vector512.FusedMultiplyAdd(a5, m, c);
                a6 = Vector512.FusedMultiplyAdd(a6, m, c); a7 = Vector512.FusedMultiplyAdd(a7, m, c);
                a8 = Vector512.FusedMultiplyAdd(a8, m, c); a9 = Vector512.FusedMultiplyAdd(a9, m, c);
                a10 = Vector512.FusedMultiplyAdd(a10, m, c); a11 = Vector512.FusedMultiplyAdd(a11, m, c);
            }

            return Vector512.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11);
        }

        /// <summary>1→512 ReLU→512 ReLU→1, Adam, batch 32 (WidthStep's H = 512).</summary>
        [Benchmark]
        public float Width512Step() => _wide.TrainStep(_wideX, _wideY);

        /// <summary>784→128 ReLU→10 Softmax, cross-entropy, Adam, batch 64 (MnistStep's network).</summary>
        [Benchmark]
        public float MnistStep() => _mnist.TrainStep(_mnistX, _mnistY);

        /// <summary>The short job twice: as the hardware is, and with AVX-512 switched off in the runtime.</summary>
        private sealed class PeakConfig : ManualConfig
        {
            public PeakConfig()
            {
                AddJob(Program.ShortJob.WithId("Native"));
                AddJob(Program.ShortJob.WithEnvironmentVariable(Avx512Switch, "0").WithId("AVX2"));
                // AVX-512 hardware with NetGen's batch-major kernels kept on Vector<T> (256-bit): the 512-bit kernels' effect.
                AddJob(Program.ShortJob.WithEnvironmentVariable(NoVector512Switch, "1").WithId("Native-V256"));
                AddColumn(new GflopsColumn(false), new GflopsColumn(true));
                WithBuildTimeout(Program.BuildTimeout);
            }
        }

        /// <summary>GFLOP/s from the median and <see cref="Flops"/>; or its share of the best FMA kernel of the same job.</summary>
        private sealed class GflopsColumn : IColumn
        {
            private readonly bool _shareOfPeak;

            public GflopsColumn(bool shareOfPeak) => _shareOfPeak = shareOfPeak;

            public string Id => _shareOfPeak ? "PeakShare" : "GFlops";
            public string ColumnName => _shareOfPeak ? "% of peak" : "GFLOP/s";
            public bool AlwaysShow => true;
            public ColumnCategory Category => ColumnCategory.Custom;
            public int PriorityInCategory => _shareOfPeak ? 1 : 0;
            public bool IsNumeric => true;
            public UnitType UnitType => UnitType.Dimensionless;
            public string Legend => _shareOfPeak
                ? "GFLOP/s as a percentage of the fastest FMA kernel in the same job"
                : "Floating-point operations per second at the median (matrix FLOPs for the TrainSteps)";

            public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
            public bool IsAvailable(Summary summary) => true;
            public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

            public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
            {
                double? rate = Rate(summary, benchmarkCase);
                if (rate is null)
                {
                    return "?";
                }

                if (!_shareOfPeak)
                {
                    return rate.Value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
                }

                double peak = summary.BenchmarksCases
                    .Where(c => c.Job == benchmarkCase.Job && c.Descriptor.WorkloadMethod.Name.StartsWith("Fma", StringComparison.Ordinal))
                    .Select(c => Rate(summary, c) ?? 0)
                    .DefaultIfEmpty(0)
                    .Max();
                return peak > 0 ? (100 * rate.Value / peak).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "?";
            }

            private static double? Rate(Summary summary, BenchmarkCase benchmarkCase)
            {
                var statistics = summary[benchmarkCase]?.ResultStatistics;
                if (statistics is null || !Flops.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out double flops))
                {
                    return null;
                }

                return flops / statistics.Median; // FLOPs per nanosecond = GFLOP/s
            }
        }
    }
}
