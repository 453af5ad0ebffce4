using System;
using BenchmarkDotNet.Attributes;
using NetGen.Runtime;
using static NetGen.Activation;

namespace NetGen.Benchmarks
{
    /// <summary>Issue 14's target: one Adam TrainStep at batch 256 of 784→128 ReLU→10 Softmax, on 1 and on 2 threads.</summary>
    public class ParallelStep
    {
        private readonly Mnist _net = new();
        private float[] _x = null!;
        private float[] _y = null!;

        [Params(1, 2)]
        public int Threads { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Digits(256);
            ((IParallelTraining)_net).MaxDegreeOfParallelism = Threads;
        }

        [Benchmark]
        public float TrainStep() => _net.TrainStep(_x, _y);
    }

    /// <summary>
    /// Where two threads start to pay (ParallelTraining.MinimumParallelWork): TrainStep on 1 and 2 threads over
    /// networks and batches whose work (rows × parameters) spans 2¹⁷ to 2²⁷. Batches below 128 rows are one shard.
    /// </summary>
    public class ParallelThreshold
    {
        private INeuralNetwork<float> _net = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        // 20→32→16→4 (1,252 parameters), 64→64→64→10 (8,970), 784→128→10 (101,770).
        [Params("20-32-16-4", "64-64-64-10", "784-128-10")]
        public string Network { get; set; } = "";

        [Params(128, 256, 1024)]
        public int Rows { get; set; }

        [Params(1, 2)]
        public int Threads { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            _net = Network switch
            {
                "20-32-16-4" => new ParallelSmall(),
                "64-64-64-10" => new ParallelMid(),
                "784-128-10" => new Mnist(),
                _ => throw new ArgumentOutOfRangeException(nameof(Network), Network, "Unknown network."),
            };
            ((IParallelTraining)_net).MaxDegreeOfParallelism = Threads;
            var random = new DeterministicRandom(1);
            _x = new float[Rows * _net.InputSize];
            _y = new float[Rows * _net.OutputSize];
            for (int i = 0; i < _x.Length; i++)
            {
                _x[i] = (float)random.NextNormal(0, 1);
            }

            for (int r = 0; r < Rows; r++)
            {
                _y[r * _net.OutputSize + random.NextInt(_net.OutputSize)] = 1;
            }
        }

        [Benchmark]
        public float TrainStep() => _net.TrainStep(_x, _y);
    }

    [Network(Seed = 1)]
    [Input(20)]
    [Dense(32), Activation(Relu)]
    [Dense(16), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class ParallelSmall { }

    [Network(Seed = 1)]
    [Input(64)]
    [Dense(64), Activation(Relu)]
    [Dense(64), Activation(Relu)]
    [Dense(10), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class ParallelMid { }
}
