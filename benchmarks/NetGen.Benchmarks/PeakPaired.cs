using System;
using System.Diagnostics;
using System.Linq;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Threading;
using NetGen.Runtime;
using static NetGen.Benchmarks.RoundStatistics;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Issue 14's items 3 and 4 measured in one process, in short alternating blocks: the FMA peak kernel, the two
    /// wide TrainSteps, and ParallelStep on one and on two threads, round after round. This machine is a VM whose host
    /// slows it by 1.3–1.7× for seconds at a time, one vCPU more than the other, and places its two vCPUs on one die or
    /// on two (a plain C FMA loop reads 130–230 GFLOP/s, a 1 MB memset takes 7 or 10 µs, a cache line's round trip
    /// between the vCPUs 120–190 or ~500 ns: benchmarks/results/issue-14-host.md), so a step and a peak measured in
    /// different processes, or seconds apart, compare two different machines. Each round's share of the peak divides the step's rate by the peak
    /// measured just before and just after it (their mean), and each round's speed-up divides the one-thread step by the
    /// two-thread step measured next to it; the report gives the medians and the quartiles of those per-round ratios.
    /// Run with <c>--peak-paired</c>, and again with DOTNET_EnableAVX512=0 for AVX2.
    /// </summary>
    internal static class PeakPaired
    {
        private const int Rounds = 101;

        /// <summary>About 8–10 ms per block: short against the host's slow spells, long against timer resolution.</summary>
        private const double BlockMilliseconds = 8;

        public static void Run()
        {
            bool wide = Vector512.IsHardwareAccelerated;
            Console.WriteLine($"// ISA: Vector<float>.Count = {Vector<float>.Count}, Vector512.IsHardwareAccelerated = {wide}, "
                + $"{PeakFlops.Avx512Switch} = {Environment.GetEnvironmentVariable(PeakFlops.Avx512Switch) ?? "(unset)"}, processors = {Environment.ProcessorCount}");

            var peak = new PeakFlops();
            peak.Setup();
            var (mnistX256, mnistY256) = Data.Digits(256);
            var serialMnist = new Mnist();
            var parallelMnist = new Mnist();
            ((IParallelTraining)serialMnist).MaxDegreeOfParallelism = 1;
            ((IParallelTraining)parallelMnist).MaxDegreeOfParallelism = 2;

            // The best FMA kernel of this ISA: 512-bit where Vector512 is accelerated, 256-bit otherwise (the same as
            // PeakFlops' "fastest kernel of the job", without measuring the slower ones).
            string peakName = wide ? nameof(PeakFlops.Fma512) : nameof(PeakFlops.Fma256);
            Func<float> peakKernel = wide ? peak.Fma512 : peak.Fma256;
            var sides = new (string Name, double Flops, Func<float> Run)[]
            {
                (peakName, PeakFlops.Flops[peakName], peakKernel),
                (nameof(PeakFlops.Width512Step), PeakFlops.Flops[nameof(PeakFlops.Width512Step)], peak.Width512Step),
                (nameof(PeakFlops.MnistStep), PeakFlops.Flops[nameof(PeakFlops.MnistStep)], peak.MnistStep),
                ("ParallelStep(1)", PeakFlops.DenseFlops(256, 784, 128, 10), () => serialMnist.TrainStep(mnistX256, mnistY256)),
                ("ParallelStep(2)", PeakFlops.DenseFlops(256, 784, 128, 10), () => parallelMnist.TrainStep(mnistX256, mnistY256)),
            };

            double roundTripBefore = RoundTripNanoseconds();

            // Warm-up: tiering (its 100 ms delay, call counting, the instrumented and final tiers) for every side.
            var clock = Stopwatch.StartNew();
            float sink = 0;
            while (clock.ElapsedMilliseconds < 3000)
            {
                foreach (var side in sides)
                {
                    sink += side.Run();
                }
            }

            // Calls per block, from one timed call each.
            var calls = new int[sides.Length];
            for (int s = 0; s < sides.Length; s++)
            {
                long begin = Stopwatch.GetTimestamp();
                sink += sides[s].Run();
                double ms = Stopwatch.GetElapsedTime(begin).TotalMilliseconds;
                calls[s] = Math.Max(1, (int)Math.Round(BlockMilliseconds / Math.Max(ms, 1e-3)));
            }

            // times[s][r]: µs per call of side s in round r; the peak also runs once more at the end (round Rounds).
            var times = new double[sides.Length][];
            for (int s = 0; s < sides.Length; s++)
            {
                times[s] = new double[Rounds + 1];
            }

            // corePeaks[c][r]: the peak kernel's GFLOP/s with this thread pinned to processor c, just before round r.
            int cores = CanPin() ? Math.Min(Environment.ProcessorCount, MaxProbedCores) : 0;
            var corePeaks = new double[cores][];
            for (int c = 0; c < cores; c++)
            {
                corePeaks[c] = new double[Rounds];
            }

            // coreReads[c][r]: GB/s of summing a 1 MB buffer (L2-sized here) with this thread pinned to processor c: the
            // host's slow spells show in memory traffic more than in the FMA loop.
            var coreReads = new double[cores][];
            for (int c = 0; c < cores; c++)
            {
                coreReads[c] = new double[Rounds];
            }

            var buffer = new float[1 << 18];
            buffer.AsSpan().Fill(1f);
            int reads = Math.Max(1, calls[0] * 100);

            // onCore[r]: the processor the one-thread step started and ended on in round r (-1 when it moved).
            var onCore = new int[Rounds];
            int oneThread = Array.FindIndex(sides, x => x.Name == "ParallelStep(1)");
            for (int r = 0; r <= Rounds; r++)
            {
                for (int c = 0; c < cores && r < Rounds; c++)
                {
                    corePeaks[c][r] = OperatingSystem.IsLinux() ? Pinned(c, () => sides[0].Flops / (1000 * TimeBlock(sides[0].Run, calls[0], ref sink))) : 0;
                    coreReads[c][r] = OperatingSystem.IsLinux() ? Pinned(c, () => 4.0 * buffer.Length / (1000 * TimeBlock(() => Sum(buffer), reads, ref sink))) : 0;
                }

                for (int s = 0; s < sides.Length && (r < Rounds || s == 0); s++)
                {
                    int before = Thread.GetCurrentProcessorId();
                    times[s][r] = TimeBlock(sides[s].Run, calls[s], ref sink);
                    if (s == oneThread)
                    {
                        onCore[r] = Thread.GetCurrentProcessorId() == before ? before : -1;
                    }
                }
            }

            GC.KeepAlive(sink);
            double roundTripAfter = RoundTripNanoseconds();
            Report(sides.Select(s => (s.Name, s.Flops)).ToArray(), calls, times);
            ReportCores(corePeaks, coreReads, onCore, times[oneThread], times[Array.FindIndex(sides, x => x.Name == "ParallelStep(2)")]);
            Console.WriteLine(FormattableString.Invariant(
                $"core-to-core round trip (a cache line handed between two spinning threads), before / after the rounds: {roundTripBefore:F0} / {roundTripAfter:F0} ns"));
        }

        /// <summary>
        /// Nanoseconds for a cache line to go to another thread and back (two threads spinning on one counter; on two
        /// processors they run on different cores). ~100–150 ns where the cores share a last-level cache; several
        /// hundred where the line crosses between dies, which every data-parallel step pays for each line of the
        /// parameters and gradients the two threads share.
        /// </summary>
        internal static double RoundTripNanoseconds()
        {
            const int Trips = 100_000;
            var counter = new int[32]; // the counter alone on its cache line (element 16: 64 bytes past the array's start)
            var other = new Thread(() =>
            {
                for (int i = 0; i < Trips; i++)
                {
                    while (Volatile.Read(ref counter[16]) != 2 * i + 1)
                    {
                    }

                    Volatile.Write(ref counter[16], 2 * i + 2);
                }
            }) { IsBackground = true };
            other.Start();
            Thread.Sleep(10);
            long begin = Stopwatch.GetTimestamp();
            for (int i = 0; i < Trips; i++)
            {
                Volatile.Write(ref counter[16], 2 * i + 1);
                while (Volatile.Read(ref counter[16]) != 2 * i + 2)
                {
                }
            }

            double nanoseconds = Stopwatch.GetElapsedTime(begin).TotalNanoseconds / Trips;
            other.Join();
            return nanoseconds;
        }

        /// <summary>Sums <paramref name="values"/> in eight vector chains (enough that the loads, not the adds, bound it).</summary>
        private static float Sum(float[] values)
        {
            Vector<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
            int n = Vector<float>.Count;
            for (int i = 0; i + 8 * n <= values.Length; i += 8 * n)
            {
                a0 += new Vector<float>(values, i);
                a1 += new Vector<float>(values, i + n);
                a2 += new Vector<float>(values, i + 2 * n);
                a3 += new Vector<float>(values, i + 3 * n);
                a4 += new Vector<float>(values, i + 4 * n);
                a5 += new Vector<float>(values, i + 5 * n);
                a6 += new Vector<float>(values, i + 6 * n);
                a7 += new Vector<float>(values, i + 7 * n);
            }

            return Vector.Sum(a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7);
        }

        /// <summary>Processors probed one by one (each adds a peak block per round).</summary>
        private const int MaxProbedCores = 4;

        /// <summary>µs per call over a block of <paramref name="calls"/> calls.</summary>
        private static double TimeBlock(Func<float> run, int calls, ref float sink)
        {
            long begin = Stopwatch.GetTimestamp();
            for (int c = 0; c < calls; c++)
            {
                sink += run();
            }

            return Stopwatch.GetElapsedTime(begin).TotalMicroseconds / calls;
        }

        /// <summary>
        /// Whether this thread can be pinned: on Linux, Process.ProcessorAffinity sets the main thread's own mask
        /// (sched_setaffinity of the process id, which is the main thread's id), which is the thread that runs here.
        /// </summary>
        private static bool CanPin() => OperatingSystem.IsLinux() && Environment.CurrentManagedThreadId == MainThreadId;

        private static readonly int MainThreadId = Environment.CurrentManagedThreadId;

        [System.Runtime.Versioning.SupportedOSPlatform("linux")]
        private static double Pinned(int core, Func<double> measure)
        {
            var process = Process.GetCurrentProcess();
            IntPtr all = process.ProcessorAffinity;
            try
            {
                process.ProcessorAffinity = (IntPtr)(1L << core);
                Thread.Yield();
                return measure();
            }
            finally
            {
                process.ProcessorAffinity = all;
            }
        }

        /// <summary>
        /// Each processor's peak, and what two threads can gain at most when the processors differ: with the work split
        /// evenly by speed, (r₀ + r₁) ÷ max(r₀, r₁) over the two fastest.
        /// </summary>
        private static void ReportCores(double[][] corePeaks, double[][] coreReads, int[] onCore, double[] oneThread, double[] twoThreads)
        {
            if (corePeaks.Length == 0)
            {
                Console.WriteLine("(processors not probed one by one: pinning needs Linux)");
                return;
            }

            for (int c = 0; c < corePeaks.Length; c++)
            {
                var rates = corePeaks[c];
                var bandwidths = coreReads[c];
                var oneThreadHere = Enumerable.Range(0, Rounds).Where(r => onCore[r] == c).Select(r => oneThread[r]).ToArray();
                Console.WriteLine(FormattableString.Invariant(
                    $"processor {c}: peak GFLOP/s median {Median(rates):F1} (quartiles {Quantile(rates, 0.25):F1}–{Quantile(rates, 0.75):F1}), 1 MB read GB/s median {Median(bandwidths):F1} (quartiles {Quantile(bandwidths, 0.25):F1}–{Quantile(bandwidths, 0.75):F1}); one-thread step ran here in {oneThreadHere.Length} rounds{(oneThreadHere.Length > 0 ? FormattableString.Invariant($", µs median {Median(oneThreadHere):F1}") : "")}"));
            }

            if (corePeaks.Length >= 2)
            {
                var bound = Enumerable.Range(0, Rounds).Select(r =>
                {
                    var top = corePeaks.Select(c => c[r]).OrderByDescending(x => x).Take(2).ToArray();
                    return (top[0] + top[1]) / top[0];
                }).ToArray();
                var speedups = Enumerable.Range(0, Rounds).Select(r => oneThread[r] / twoThreads[r]).ToArray();
                var ofBound = Enumerable.Range(0, Rounds).Select(r => speedups[r] / bound[r]).ToArray();
                Console.WriteLine(FormattableString.Invariant(
                    $"two processors' combined peak ÷ the faster one's, per round: median {Median(bound):F2}× (quartiles {Quantile(bound, 0.25):F2}–{Quantile(bound, 0.75):F2}); ParallelStep's speed-up as a share of it: median {100 * Median(ofBound):F1}%"));
            }
        }

        private static void Report((string Name, double Flops)[] sides, int[] calls, double[][] times)
        {
            // GFLOP/s = FLOPs per ns = FLOPs / (µs · 1000).
            double Rate(int s, int r) => sides[s].Flops / (times[s][r] * 1000);
            double PeakAround(int r) => (Rate(0, r) + Rate(0, r + 1)) / 2;

            var peakRates = Enumerable.Range(0, Rounds + 1).Select(r => Rate(0, r)).ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"{sides[0].Name}: {calls[0]} calls per block, {Rounds + 1} blocks, GFLOP/s median {Median(peakRates):F1}, quartiles {Quantile(peakRates, 0.25):F1}–{Quantile(peakRates, 0.75):F1}, min–max {peakRates.Min():F1}–{peakRates.Max():F1}"));
            Console.WriteLine("side | calls per block | µs median (quartiles) | % of the peak around it, per round: median (quartiles), rounds ≥ 50%");
            for (int s = 1; s < sides.Length; s++)
            {
                var micros = times[s].Take(Rounds).ToArray();
                var shares = Enumerable.Range(0, Rounds).Select(r => 100 * Rate(s, r) / PeakAround(r)).ToArray();
                Console.WriteLine(FormattableString.Invariant(
                    $"{sides[s].Name} | {calls[s]} | {Median(micros):F1} ({Quantile(micros, 0.25):F1}–{Quantile(micros, 0.75):F1}) | {Median(shares):F1}% ({Quantile(shares, 0.25):F1}–{Quantile(shares, 0.75):F1}), {shares.Count(x => x >= 50)} of {Rounds}"));
            }

            int one = Array.FindIndex(sides, x => x.Name == "ParallelStep(1)");
            int two = Array.FindIndex(sides, x => x.Name == "ParallelStep(2)");
            var speedups = Enumerable.Range(0, Rounds).Select(r => times[one][r] / times[two][r]).ToArray();
            Console.WriteLine(FormattableString.Invariant(
                $"ParallelStep 1 ÷ 2 threads, per round: median {Median(speedups):F2}× (quartiles {Quantile(speedups, 0.25):F2}–{Quantile(speedups, 0.75):F2}), {speedups.Count(x => x >= 1.7)} of {Rounds} rounds ≥ 1.7×"));
        }
    }
}
