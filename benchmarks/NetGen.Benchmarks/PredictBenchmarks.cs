using System;
using BenchmarkDotNet.Attributes;
using NetGen.Benchmarks.Baseline;

namespace NetGen.Benchmarks
{
    /// <summary>Workload 4: one sample through 1→32 ReLU→1, scalar and span overloads.</summary>
    public class PredictScalar
    {
        private readonly Quadratic _net = new();
        private HandWrittenMlp _hand = null!;
        private float _x = 0.37f;

        [GlobalSetup]
        public void Setup()
        {
            _hand = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f);
            _hand.LoadParameters(_net.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.Predict(_x);

        [Benchmark]
        public float NetGen() => _net.Predict(_x);
    }

    /// <summary>Workload 4, the span overload.</summary>
    public class PredictSpan
    {
        private readonly Quadratic _net = new();
        private HandWrittenMlp _hand = null!;
        private readonly float[] _input = [0.37f];
        private readonly float[] _output = new float[1];

        [GlobalSetup]
        public void Setup()
        {
            _hand = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f);
            _hand.LoadParameters(_net.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten()
        {
            _hand.Predict(_input, _output);
            return _output[0];
        }

        [Benchmark]
        public float NetGen()
        {
            _net.Predict(_input, _output);
            return _output[0];
        }
    }
}
