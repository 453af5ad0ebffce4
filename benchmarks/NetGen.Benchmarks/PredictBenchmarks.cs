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

namespace NetGen.Benchmarks
{
    /// <summary>
    /// PredictBatch of the wide networks (batch-major): chunks of 32 rows through the batch kernels, against the same
    /// rows one Predict at a time, which reads every weight once per row (PredictBatch's loop before session 12).
    /// </summary>
    public class PredictBatchWide
    {
        private readonly Width512 _wide = new();
        private readonly Mnist _mnist = new();
        private float[] _wideX = null!;
        private float[] _mnistX = null!;
        private readonly float[] _wideOut = new float[32];
        private readonly float[] _mnistOut = new float[64 * 10];

        [GlobalSetup]
        public void Setup()
        {
            _wideX = Data.Sine(32).X;
            _mnistX = Data.Digits(64).X;
        }

        [Benchmark(Baseline = true)]
        public float Width512RowByRow32()
        {
            for (int r = 0; r < 32; r++)
            {
                _wide.Predict(_wideX.AsSpan(r, 1), _wideOut.AsSpan(r, 1));
            }

            return _wideOut[31];
        }

        [Benchmark]
        public float Width512Batch32()
        {
            _wide.PredictBatch(_wideX, _wideOut);
            return _wideOut[31];
        }

        [Benchmark]
        public float MnistRowByRow64()
        {
            for (int r = 0; r < 64; r++)
            {
                _mnist.Predict(_mnistX.AsSpan(r * 784, 784), _mnistOut.AsSpan(r * 10, 10));
            }

            return _mnistOut[639];
        }

        [Benchmark]
        public float MnistBatch64()
        {
            _mnist.PredictBatch(_mnistX, _mnistOut);
            return _mnistOut[639];
        }
    }
}

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Fit's validation of a classifier after each epoch: the loss and the outputs its accuracy counts. Two passes
    /// (EvaluateLoss, then PredictBatch: Fit before session 13) against one (EvaluateLoss with outputs), on 512 digits
    /// through 784→128→10 (batch-major) and on 512 rows of the 4→16→3 classifier (row by row).
    /// </summary>
    public class ValidationPass
    {
        private const int Rows = 512;
        private readonly Mnist _mnist = new();
        private readonly SmallClassifier _small = new();
        private float[] _mnistX = null!;
        private float[] _mnistY = null!;
        private readonly float[] _smallX = new float[Rows * 4];
        private readonly float[] _smallY = new float[Rows * 3];
        private readonly float[] _mnistOut = new float[Rows * 10];
        private readonly float[] _smallOut = new float[Rows * 3];

        [GlobalSetup]
        public void Setup()
        {
            (_mnistX, _mnistY) = Data.Digits(Rows);
            var random = new DeterministicRandom(1);
            for (int i = 0; i < _smallX.Length; i++)
            {
                _smallX[i] = (float)random.NextNormal(0, 1);
            }

            for (int r = 0; r < Rows; r++)
            {
                _smallY[r * 3 + r % 3] = 1;
            }
        }

        [Benchmark(Baseline = true)]
        public float MnistTwoPasses()
        {
            float loss = _mnist.EvaluateLoss(_mnistX, _mnistY);
            _mnist.PredictBatch(_mnistX, _mnistOut);
            return loss + _mnistOut[0];
        }

        [Benchmark]
        public float MnistOnePass() => _mnist.EvaluateLoss(_mnistX, _mnistY, _mnistOut) + _mnistOut[0];

        [Benchmark]
        public float SmallTwoPasses()
        {
            float loss = _small.EvaluateLoss(_smallX, _smallY);
            _small.PredictBatch(_smallX, _smallOut);
            return loss + _smallOut[0];
        }

        [Benchmark]
        public float SmallOnePass() => _small.EvaluateLoss(_smallX, _smallY, _smallOut) + _smallOut[0];
    }
}

namespace NetGen.Benchmarks
{
    /// <summary>
    /// One-row Predict of networks whose layers have 8 or more inputs and more than 4 outputs (8→32→16→2 Tanh,
    /// 1→32→32→1 ReLU, 784→128→10 Softmax): since session 14 they run LinearAlgebra.DenseRow instead of one scalar sum
    /// (unrolled layers) or one Dot call (looped layers) per output. The hand-written MLP (plain loops, the same
    /// parameters) is the baseline in the same run.
    /// </summary>
    public class RowForwardPredict
    {
        private readonly SmallBatchMajor _tanh = new();
        private readonly Width32 _relu = new();
        private readonly Mnist _mnist = new();
        private HandWrittenMlp _handTanh = null!;
        private HandWrittenMlp _handRelu = null!;
        private HandWrittenMlp _handMnist = null!;
        private readonly float[] _input784 = new float[784];
        private readonly float[] _output10 = new float[10];
        private readonly float[] _input8 = [0.1f, -0.4f, 0.7f, 0.2f, -0.9f, 0.5f, 0.3f, -0.6f];
        private readonly float[] _input1 = [0.37f];
        private readonly float[] _output2 = new float[2];
        private readonly float[] _output1 = new float[1];

        [GlobalSetup]
        public void Setup()
        {
            _handTanh = new HandWrittenMlp([8, 32, 16, 2], HandActivation.Tanh, softmaxCrossEntropy: false, adam: true, 0.01f);
            _handTanh.LoadParameters(_tanh.Parameters);
            _handRelu = new HandWrittenMlp([1, 32, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f);
            _handRelu.LoadParameters(_relu.Parameters);
            _handMnist = new HandWrittenMlp([784, 128, 10], HandActivation.Relu, softmaxCrossEntropy: true, adam: true, 0.01f);
            _handMnist.LoadParameters(_mnist.Parameters);
            for (int i = 0; i < _input784.Length; i++)
            {
                _input784[i] = (i % 7) * 0.1f;
            }
        }

        [Benchmark(Baseline = true)]
        public float HandWritten8x32x16x2()
        {
            _handTanh.Predict(_input8, _output2);
            return _output2[0];
        }

        [Benchmark]
        public float NetGen8x32x16x2()
        {
            _tanh.Predict(_input8, _output2);
            return _output2[0];
        }

        [Benchmark]
        public float HandWritten1x32x32x1()
        {
            _handRelu.Predict(_input1, _output1);
            return _output1[0];
        }

        [Benchmark]
        public float NetGen1x32x32x1()
        {
            _relu.Predict(_input1, _output1);
            return _output1[0];
        }

        [Benchmark]
        public float HandWritten784x128x10()
        {
            _handMnist.Predict(_input784, _output10);
            return _output10[0];
        }

        [Benchmark]
        public float NetGen784x128x10()
        {
            _mnist.Predict(_input784, _output10);
            return _output10[0];
        }
    }
}
