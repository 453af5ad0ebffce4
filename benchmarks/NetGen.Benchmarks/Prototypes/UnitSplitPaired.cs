using System;
using System.Diagnostics;
using System.Linq;
using NetGen.Runtime;

namespace NetGen.Benchmarks.Prototypes
{
    /// <summary>
    /// <c>--unit-split PARTS</c>: checks that <see cref="UnitSplitMnist"/> (784→128→10 at batch 256) trains like the
    /// generated network and gives one thread's bits on two, then times it on one and two threads in alternating 8 ms
    /// blocks in one process.
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

            // Then the prototype alone on one and two threads (its worker spins without parking, which would take a
            // core from any other side's workers; --split-paired times the generated network's paths).
            var sides = new (string Name, Func<float> Run)[]
            {
                ("prototype, 1 thread", () => one.TrainStep(x, y)),
                ("prototype, 2 threads", () => two.TrainStep(x, y)),
            };
            double before = PeakPaired.RoundTripNanoseconds();
            var times = PairedRounds.Time(sides, Rounds);
            double after = PeakPaired.RoundTripNanoseconds();
            two.Dispose();
            PairedRounds.Report(sides, times, ("prototype, 1 ÷ 2 threads", 0, 1));
            Console.WriteLine($"core-to-core round trip before / after: {before:F0} / {after:F0} ns");
        }
    }
}
