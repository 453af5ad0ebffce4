extern alias portable;

using System;
using BenchmarkDotNet.Attributes;
using NetGen.Benchmarks.Baseline;
using PortableNets = portable::NetGen.Benchmarks.Portable;

namespace NetGen.Benchmarks
{
    // Issue 15: the portable flavour (NetGen.Benchmarks.Portable, compiled for netstandard2.1: scalar code, non-generic
    // helpers) on .NET 10, where it runs on NetGen.Abstractions' net8.0 build as any netstandard library in a .NET 10
    // app does, against the same declaration compiled here (modern flavour) and the hand-written MLP, in one run.
    // All three start from the same parameters. Results: results/issue-15-platforms.md.

    /// <summary>Workload 1 in both flavours: one Adam TrainStep on a batch of 20, 1→32 ReLU→1.</summary>
    public class PortableQuadraticStep
    {
        private readonly Quadratic _modern = new();
        private readonly PortableNets.Quadratic _portable = new();
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            var (x, y) = Data.Quadratic();
            _x = x[..20];
            _y = y[..20];
            Flavours.RequireSameStart(_modern, _portable);
            _hand = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f, beta1: 0.8f);
            _hand.LoadParameters(_modern.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.TrainStep(_x, _y);

        [Benchmark]
        public float Modern() => _modern.TrainStep(_x, _y);

        [Benchmark]
        public float Portable() => _portable.TrainStep(_x, _y);
    }

    /// <summary>Workload 4 in both flavours: one sample through 1→32 ReLU→1 (the scalar overload).</summary>
    public class PortablePredict
    {
        private readonly Quadratic _modern = new();
        private readonly PortableNets.Quadratic _portable = new();
        private HandWrittenMlp _hand = null!;
        private float _x = 0.37f;

        [GlobalSetup]
        public void Setup()
        {
            Flavours.RequireSameStart(_modern, _portable);
            _hand = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f);
            _hand.LoadParameters(_modern.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.Predict(_x);

        [Benchmark]
        public float Modern() => _modern.Predict(_x);

        [Benchmark]
        public float Portable() => _portable.Predict(_x);
    }

    /// <summary>Workload 3 in both flavours: one full-batch (300 rows) SGD step of 1→10→10→1.</summary>
    public class PortableCubicStep
    {
        private INeuralNetwork<float> _modern = null!;
        private INeuralNetwork<float> _portable = null!;
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        [Params(HandActivation.Relu, HandActivation.Softplus, HandActivation.Tanh)]
        public HandActivation Activation { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Cubic();
            (_modern, _portable) = Activation switch
            {
                HandActivation.Relu => ((INeuralNetwork<float>)new CubicRelu(), (INeuralNetwork<float>)new PortableNets.CubicRelu()),
                HandActivation.Softplus => (new CubicSoftplus(), new PortableNets.CubicSoftplus()),
                HandActivation.Tanh => (new CubicTanh(), new PortableNets.CubicTanh()),
                _ => throw new ArgumentOutOfRangeException(nameof(Activation), Activation, "no cubic network for this activation"),
            };
            Flavours.RequireSameStart(_modern, _portable);
            _hand = new HandWrittenMlp([1, 10, 10, 1], Activation, softmaxCrossEntropy: false, adam: false, 0.2f);
            _hand.LoadParameters(_modern.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.TrainStep(_x, _y);

        [Benchmark]
        public float Modern() => _modern.TrainStep(_x, _y);

        [Benchmark]
        public float Portable() => _portable.TrainStep(_x, _y);
    }

    /// <summary>Workload 6 in both flavours: one Adam TrainStep at batch 64 of 784→128 ReLU→10 Softmax, cross-entropy.</summary>
    public class PortableMnistStep
    {
        private readonly Mnist _modern = new();
        private readonly PortableNets.Mnist _portable = new();
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Digits(64);
            Flavours.RequireSameStart(_modern, _portable);
            _hand = new HandWrittenMlp([784, 128, 10], HandActivation.Relu, softmaxCrossEntropy: true, adam: true, 0.001f);
            _hand.LoadParameters(_modern.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.TrainStep(_x, _y);

        [Benchmark]
        public float Modern() => _modern.TrainStep(_x, _y);

        [Benchmark]
        public float Portable() => _portable.TrainStep(_x, _y);
    }

    internal static class Flavours
    {
        /// <summary>Both flavours of a declaration must start from the same parameters, or the comparison is void.</summary>
        public static void RequireSameStart(INeuralNetwork<float> modern, INeuralNetwork<float> portable)
        {
            if (!modern.Parameters.SequenceEqual(portable.Parameters))
            {
                throw new InvalidOperationException($"The portable {portable.GetType().Name} does not start from the modern one's parameters.");
            }
        }
    }
}
