using System;
using System.Linq;
using NetGen.Benchmarks.Prototypes;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Issue 14's item 2 in one process: the same 8 rows as 8 one-row TrainSteps, as one TrainStep of 8, and through
    /// the hand-tuned step (<see cref="IdealOneRowNet"/>, with its checks), in alternating blocks (<see cref="PairedRounds"/>),
    /// so the host's slow and fast spells fall on every side alike. Prints ns per row and the ratios per round.
    /// </summary>
    internal static class OneRowPaired
    {
        public static void Run(int rounds)
        {
            const int Rows = 8;
            var (x, y) = OneRowData.Make<float>(Rows, 14, 3);
            var one = new Incremental { LearningRate = OneRowData.SteadyLearningRate };
            var eight = new Incremental { LearningRate = OneRowData.SteadyLearningRate };
            var hand = new IdealOneRowNet { Lr = (float)OneRowData.SteadyLearningRate };
            new Incremental().Parameters.CopyTo(hand.P);
            (string Name, Func<float> Run)[] sides =
            {
                ("Batch1 (8 one-row TrainSteps)", () =>
                {
                    float loss = 0;
                    for (int r = 0; r < Rows; r++)
                    {
                        loss += one.TrainStep(x.AsSpan(r * 14, 14), y.AsSpan(r * 3, 3));
                    }

                    return loss;
                }),
                ("Batch8 (one TrainStep of 8)", () => eight.TrainStep(x, y)),
                ("Hand-tuned one-row step, checked", () =>
                {
                    float loss = 0;
                    for (int r = 0; r < Rows; r++)
                    {
                        loss += hand.Step(x.AsSpan(r * 14, 14), y.AsSpan(r * 3, 3), checks: true);
                    }

                    return loss;
                }),
            };

            Console.WriteLine($"Vector<float>: {System.Numerics.Vector<float>.Count} floats; Vector512 accelerated: {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}; times below in ns per row");
            var ns = PairedRounds.Time(sides, rounds, callsPerRun: Rows).Select(side => side.Select(us => us * 1000).ToArray()).ToArray();
            for (int s = 0; s < sides.Length; s++)
            {
                Console.WriteLine($"{sides[s].Name}: median {RoundStatistics.Median(ns[s]):F1} ns per row (quartiles {RoundStatistics.Quantile(ns[s], 0.25):F1}–{RoundStatistics.Quantile(ns[s], 0.75):F1})");
            }

            foreach (var (name, a, b) in new[] { ("Batch1 ÷ Batch8", 0, 1), ("Hand-tuned ÷ Batch8", 2, 1), ("Batch1 ÷ hand-tuned", 0, 2) })
            {
                var perRound = Enumerable.Range(0, rounds).Select(r => ns[a][r] / ns[b][r]).ToArray();
                Console.WriteLine($"{name}: per round, median {RoundStatistics.Median(perRound):F2}× (quartiles {RoundStatistics.Quantile(perRound, 0.25):F2}–{RoundStatistics.Quantile(perRound, 0.75):F2})");
            }
        }
    }
}
