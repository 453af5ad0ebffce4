using System;
using System.Linq;
using NetGen.Runtime;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// <c>--split-paired NETWORK ROWS</c> (784-128-10 or 1-512-512-1): the network's TrainStep on one and two threads,
    /// with its hidden units split over the threads (IUnitSplitTraining, the default for these networks) and with the
    /// batch cut into row shards instead (ParallelTraining.ForceShards), four networks in alternating 8 ms blocks in one
    /// process, 101 rounds; reports medians and per-round ratios, and the core-to-core round trip before and after. With
    /// NETGEN_SPLIT_FIT=1 (784-128-10 only), one epoch of Fit over the ROWS in shuffled batches of 256 instead, timed per step.
    /// </summary>
    internal static class SplitPaired
    {
        private const int Rounds = 101;

        public static void Run(string network, int rows)
        {
            Func<INeuralNetwork<float>> make;
            float[] x, y;
            switch (network)
            {
                case "784-128-10":
                    make = () => new Mnist();
                    (x, y) = Data.Digits(rows);
                    break;
                case "1-512-512-1":
                    make = () => new Width512();
                    (x, y) = Data.Sine(rows);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(network), network, "784-128-10 or 1-512-512-1.");
            }

            var nets = Enumerable.Range(0, 4).Select(_ => make()).ToArray();
            for (int k = 0; k < nets.Length; k++)
            {
                ((IParallelTraining)nets[k]).MaxDegreeOfParallelism = 1 + k % 2;
            }

            // "fit": Fit's epoch over all the rows in shuffled batches of 256 (each step gathers a fresh batch), per step.
            bool fit = Environment.GetEnvironmentVariable("NETGEN_SPLIT_FIT") == "1";
            int steps = (rows + 255) / 256;
            float Step(INeuralNetwork<float> net, bool shards, int degree)
            {
                ParallelTraining.ForceShards = shards;
                try
                {
                    if (!fit)
                    {
                        return net.TrainStep(x, y);
                    }

                    var result = ((Mnist)net).Fit(x, y, new FitOptions { Epochs = 1, BatchSize = 256, MaxDegreeOfParallelism = degree });
                    return (float)result.TrainLosses[0] / steps;
                }
                finally
                {
                    ParallelTraining.ForceShards = false;
                }
            }

            var sides = new (string Name, Func<float> Run)[]
            {
                ("row shards, 1 thread", () => Step(nets[0], true, 1)),
                ("row shards, 2 threads", () => Step(nets[1], true, 2)),
                ("unit split, 1 thread", () => Step(nets[2], false, 1)),
                ("unit split, 2 threads", () => Step(nets[3], false, 2)),
            };
            Console.WriteLine($"// {network}, {rows} rows{(fit ? ", Fit in batches of 256, µs per step" : ", TrainStep")}; Vector<float>.Count = {System.Numerics.Vector<float>.Count}, Vector512.IsHardwareAccelerated = {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}");
            double before = PeakPaired.RoundTripNanoseconds();
            var times = PairedRounds.Time(sides, Rounds, fit ? steps : 1);
            double after = PeakPaired.RoundTripNanoseconds();
            PairedRounds.Report(sides, times,
                ("row shards, 1 ÷ 2 threads", 0, 1), ("unit split, 1 ÷ 2 threads", 2, 3),
                ("1 thread, shards ÷ split", 0, 2), ("2 threads, shards ÷ split", 1, 3));
            Console.WriteLine($"core-to-core round trip before / after: {before:F0} / {after:F0} ns");
        }
    }
}
