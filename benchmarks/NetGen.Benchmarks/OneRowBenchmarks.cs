using System;
using BenchmarkDotNet.Attributes;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Issue 14's one-row training: 14→16 Sigmoid→3 Sigmoid, MSE, SGD (FANN's incremental training shape). The same
    /// 8 rows either as 8 TrainSteps of one row (FANN's incremental mode) or as one TrainStep of 8; both report the
    /// time per row (OperationsPerInvoke = 8), with batch 8 as ratio 1.
    /// </summary>
    public class OneRowStep
    {
        private const int Rows = 8;
        private const int Inputs = 14;
        private const int Outputs = 3;
        private readonly Incremental _net = new();
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(11);
            _x = new float[Rows * Inputs];
            for (int i = 0; i < _x.Length; i++)
            {
                _x[i] = (float)random.NextDouble();
            }

            _y = new float[Rows * Outputs];
            for (int i = 0; i < _y.Length; i++)
            {
                _y[i] = random.NextDouble() < 0.5 ? 0f : 1f;
            }
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
        public float Batch8() => _net.TrainStep(_x, _y);

        [Benchmark(OperationsPerInvoke = Rows)]
        public float Batch1()
        {
            float loss = 0;
            for (int r = 0; r < Rows; r++)
            {
                loss += _net.TrainStep(_x.AsSpan(r * Inputs, Inputs), _y.AsSpan(r * Outputs, Outputs));
            }

            return loss;
        }
    }
}
