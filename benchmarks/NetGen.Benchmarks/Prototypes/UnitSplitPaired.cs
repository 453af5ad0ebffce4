using System;
using System.Diagnostics;
using System.Linq;
using NetGen.Runtime;

namespace NetGen.Benchmarks.Prototypes
{
    /// <summary>
    /// <c>--unit-split</c>: the generated 784→128→10 TrainStep at batch 256 on one and two threads (data-parallel
    /// shards) against <see cref="UnitSplitMnist"/> on one and two threads, in alternating 8 ms blocks in one process;
    /// first checks that the prototype trains like the generated network and gives one thread's bits on two.
    /// </summary>
    internal static class UnitSplitPaired
    {
        private const int Rounds = 101;

        public static void Run(int parts)
        {
            var (x, y) = Data.Digits(256);
            var reference = new Mnist();
            ((IParallelTraining)reference).MaxDegreeOfParallelism = 1;
            float[] start = reference.Parameters.ToArray();
            using var one = new UnitSplitMnist(start, parts, twoThreads: false);
            var two = new UnitSplitMnist(start, parts, twoThreads: true);
            for (int step = 0; step < 5; step++)
            {
                float lossReference = reference.TrainStep(x, y);
                float lossOne = one.TrainStep(x, y);
                float lossTwo = two.TrainStep(x, y);
                bool same = one.Parameters.AsSpan().SequenceEqual(two.Parameters) && BitConverter.SingleToInt32Bits(lossOne) == BitConverter.SingleToInt32Bits(lossTwo);
                double worst = 0;
                var p = reference.Parameters;
                for (int i = 0; i < p.Length; i++)
                {
                    worst = Math.Max(worst, Math.Abs(p[i] - one.Parameters[i]));
                }

                Console.WriteLine($"step {step}: loss generated {lossReference:R}, unit split {lossOne:R}; one thread's bits on two: {same}; largest parameter difference from the generated step {worst:E2}");
                if (!same || worst > 1e-4)
                {
                    throw new InvalidOperationException("The prototype does not train like the generated network.");
                }
            }

            // The prototype's worker spins without parking: stopped before the timing, which compares the generated
            // network's two paths (shards forced through ParallelTraining.ForceShards, and the unit split).
            two.Dispose();
            var nets = new[] { new Mnist(), new Mnist(), new Mnist(), new Mnist() };
            for (int k = 0; k < nets.Length; k++)
            {
                ((IParallelTraining)nets[k]).MaxDegreeOfParallelism = 1 + k % 2;
            }

            float Shards(Mnist net)
            {
                ParallelTraining.ForceShards = true;
                try
                {
                    return net.TrainStep(x, y);
                }
                finally
                {
                    ParallelTraining.ForceShards = false;
                }
            }

            var sides = new (string Name, Func<float> Run)[]
            {
                ("shards, 1 thread", () => Shards(nets[0])),
                ("shards, 2 threads", () => Shards(nets[1])),
                ("unit split, 1 thread", () => nets[2].TrainStep(x, y)),
                ("unit split, 2 threads", () => nets[3].TrainStep(x, y)),
            };
            double before = PeakPaired.RoundTripNanoseconds();
            var clock = Stopwatch.StartNew();
            while (clock.ElapsedMilliseconds < 3000)
            {
                foreach (var side in sides)
                {
                    side.Run();
                }
            }

            var times = sides.Select(_ => new double[Rounds]).ToArray();
            for (int r = 0; r < Rounds; r++)
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
                    while (Stopwatch.GetElapsedTime(begin).TotalMilliseconds < 8);
                    times[s][r] = Stopwatch.GetElapsedTime(begin).TotalMilliseconds * 1000 / calls;
                }
            }

            double after = PeakPaired.RoundTripNanoseconds();
            for (int s = 0; s < sides.Length; s++)
            {
                Console.WriteLine($"{sides[s].Name}: µs median {RoundStatistics.Median(times[s]):F1} (quartiles {RoundStatistics.Quantile(times[s], 0.25):F1}–{RoundStatistics.Quantile(times[s], 0.75):F1})");
            }

            foreach (var (name, a, b) in new[] { ("shards", 0, 1), ("unit split", 2, 3), ("unit split 2 threads vs shards 1 thread", 0, 3), ("unit split vs shards, 1 thread", 0, 2), ("unit split vs shards, 2 threads", 1, 3) })
            {
                var ratios = Enumerable.Range(0, Rounds).Select(r => times[a][r] / times[b][r]).ToArray();
                Console.WriteLine($"{name}: ratio per round, median {RoundStatistics.Median(ratios):F2}× (quartiles {RoundStatistics.Quantile(ratios, 0.25):F2}–{RoundStatistics.Quantile(ratios, 0.75):F2}), {ratios.Count(v => v >= 1.7)} of {Rounds} rounds ≥ 1.7×");
            }

            Console.WriteLine($"core-to-core round trip before / after: {before:F0} / {after:F0} ns");
        }
    }
}
