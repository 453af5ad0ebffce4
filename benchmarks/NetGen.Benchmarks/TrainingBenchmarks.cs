using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NetGen.Benchmarks.Baseline;
using NetGen.Runtime;
using static NetGen.Benchmarks.RoundStatistics;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Workload 1: one Adam TrainStep on a batch of 20, 1→32 ReLU→1. Every invocation first restores both sides to the
    /// same start (parameters and Adam's moments), so both always time the same step from the same state instead of
    /// wherever the invocations so far have trained them; <see cref="HandWrittenRestore"/> and
    /// <see cref="NetGenRestore"/> time the restores alone.
    /// </summary>
    public class QuadraticStep
    {
        private readonly Quadratic _net = new();
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;
        private float[] _start = null!;

        [GlobalSetup]
        public void Setup()
        {
            var (x, y) = Data.Quadratic();
            _x = x[..20];
            _y = y[..20];
            _hand = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f, beta1: 0.8f);
            _start = _net.Parameters.ToArray();
            _hand.LoadParameters(_start);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten()
        {
            HandWrittenRestore();
            return _hand.TrainStep(_x, _y);
        }

        [Benchmark]
        public float NetGen()
        {
            NetGenRestore();
            return _net.TrainStep(_x, _y);
        }

        [Benchmark]
        public void HandWrittenRestore()
        {
            _hand.LoadParameters(_start);
            _hand.ResetOptimizer();
        }

        [Benchmark]
        public void NetGenRestore()
        {
            _start.CopyTo(_net.Parameters);
            _net.ResetOptimizer();
        }
    }

    /// <summary>Workload 2: the whole quadratic training, 100 epochs × 5 shuffled batches of 20.</summary>
    public class QuadraticFit
    {
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup() => (_x, _y) = Data.Quadratic();

        [Benchmark(Baseline = true)]
        public float HandWritten()
        {
            var net = new HandWrittenMlp([1, 32, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.01f, beta1: 0.8f);
            net.LoadParameters(new Quadratic().Parameters);
            return HandWrittenTraining.Fit(net, _x, _y, epochs: 100, batchSize: 20, seed: 7);
        }

        [Benchmark]
        public float NetGen()
        {
            var net = new Quadratic();
            return net.Fit(_x, _y, epochs: 100, batchSize: 20, shuffle: true, dropLast: true, seed: 7)[^1];
        }
    }

    /// <summary>
    /// Workload 3: one full-batch (300 rows) SGD step of 1→10→10→1. Both sides restore the same start parameters before
    /// every step (plain SGD has no other state), so both time the same step from the same state: without it each
    /// side's cost followed how far BenchmarkDotNet's invocations had trained it (see <see cref="CubicStepDrift"/>).
    /// <see cref="HandWrittenRestore"/> and <see cref="NetGenRestore"/> time the restores alone.
    /// </summary>
    public class CubicStep
    {
        private INeuralNetwork<float> _net = null!;
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;
        private float[] _start = null!;

        [Params(HandActivation.Relu, HandActivation.Softplus, HandActivation.Tanh)]
        public HandActivation Activation { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Cubic();
            _net = Cubic.Create(Activation);
            _start = _net.Parameters.ToArray();
            _hand = Cubic.HandWritten(Activation, _start);
            _pass = Cubic.Pass(_net, _x, _y);
        }

        private Func<int, float> _pass = null!;

        [Benchmark(Baseline = true)]
        public float HandWritten()
        {
            HandWrittenRestore();
            return _hand.TrainStep(_x, _y);
        }

        [Benchmark]
        public float NetGen()
        {
            NetGenRestore();
            return _net.TrainStep(_x, _y);
        }

        /// <summary>
        /// The step forced onto Vector&lt;T&gt; lanes (8 floats) whatever the hardware: on AVX-512 hardware it shows what the
        /// same 256-bit code costs with 32 vector registers instead of AVX2's 16.
        /// </summary>
        [Benchmark]
        public float NetGenVectorLanes()
        {
            NetGenRestore();
            float loss = _pass(CubicRelu.__LanesPass);
            _net.OptimizerStep();
            return loss;
        }

        /// <summary>The step forced onto 512-bit lanes: on AVX2 hardware the runtime runs each as two 256-bit halves.</summary>
        [Benchmark]
        public float NetGenLanes512()
        {
            NetGenRestore();
            float loss = _pass(CubicRelu.__Lanes512Pass);
            _net.OptimizerStep();
            return loss;
        }

        [Benchmark]
        public void HandWrittenRestore() => _hand.LoadParameters(_start);

        [Benchmark]
        public void NetGenRestore() => _start.CopyTo(_net.Parameters);
    }

    /// <summary>
    /// Does a cubic step's cost depend on how far the network has trained? Setup trains a NetGen network
    /// <see cref="TrainedSteps"/> full-batch steps and loads that state into both sides; every invocation restores it
    /// and takes one step. (The old CubicStep let both sides train on through hundreds of thousands of invocations.)
    /// </summary>
    public class CubicStepDrift
    {
        private INeuralNetwork<float> _net = null!;
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;
        private float[] _state = null!;

        [Params(HandActivation.Relu, HandActivation.Softplus)]
        public HandActivation Activation { get; set; }

        [Params(0, 1_000, 30_000, 300_000)]
        public int TrainedSteps { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Cubic();
            _net = Cubic.Create(Activation);
            for (int i = 0; i < TrainedSteps; i++)
            {
                _net.TrainStep(_x, _y);
            }

            _state = _net.Parameters.ToArray();
            _hand = Cubic.HandWritten(Activation, _state);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten()
        {
            _hand.LoadParameters(_state);
            return _hand.TrainStep(_x, _y);
        }

        [Benchmark]
        public float NetGen()
        {
            _state.CopyTo(_net.Parameters);
            return _net.TrainStep(_x, _y);
        }
    }

    /// <summary>
    /// The Softplus lane pass's activation alone: softplus and softplus' of two 10-unit layers (20 vectors, one cubic
    /// lane pass) through the public per-layer call the generated code makes.
    /// </summary>
    public class SoftplusLayer
    {
        private readonly System.Numerics.Vector<float>[] _z = new System.Numerics.Vector<float>[20];
        private readonly System.Numerics.Vector<float>[] _y = new System.Numerics.Vector<float>[20];
        private readonly System.Numerics.Vector<float>[] _d = new System.Numerics.Vector<float>[20];

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(11);
            var lanes = new float[System.Numerics.Vector<float>.Count];
            for (int j = 0; j < _z.Length; j++)
            {
                for (int i = 0; i < lanes.Length; i++)
                {
                    lanes[i] = (float)random.NextNormal(0, 3);
                }

                _z[j] = new System.Numerics.Vector<float>(lanes);
            }
        }

        [Benchmark]
        public void SoftplusWithDerivative() => VectorActivations.SoftplusWithDerivative<float>(_z, _y, _d);
    }

    /// <summary>
    /// CubicStep measured for a loaded machine (<c>--cubic-paired [--drift]</c>): one process alternates short blocks of
    /// the hand-written step, NetGen's step and NetGen's step forced onto Vector&lt;T&gt; lanes, every step from the same
    /// restored state as in <see cref="CubicStep"/>, so a change of load hits all sides alike; prints each side's
    /// median µs per step and the median of the per-round ratios. With <c>--drift</c>, from the states after 0, 1,000,
    /// 30,000 and 300,000 NetGen steps (the question whether a step's cost depends on how far it has trained).
    /// </summary>
    internal static class CubicPaired
    {
        private const int Rounds = 101;
        private const int Block = 10;

        public static void Run(bool drift, bool pair)
        {
            Console.WriteLine($"Vector<float>.Count = {System.Numerics.Vector<float>.Count}, Vector512 accelerated = {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}, Avx2 = {System.Runtime.Intrinsics.X86.Avx2.IsSupported}");
            Console.WriteLine("activation | trained steps | hand µs | NetGen µs | Vector<T> lanes µs | hand/NetGen | hand/lanes");
            var (x, y) = Data.Cubic();
            foreach (var activation in new[] { HandActivation.Relu, HandActivation.Softplus, HandActivation.Tanh })
            {
                foreach (int trained in drift ? new[] { 0, 1_000, 30_000, 300_000 } : new[] { 0 })
                {
                    var net = Cubic.Create(activation);
                    for (int i = 0; i < trained; i++)
                    {
                        net.TrainStep(x, y);
                    }

                    float[] state = net.Parameters.ToArray();
                    var hand = Cubic.HandWritten(activation, state);
                    var pass = Cubic.Pass(net, x, y);
                    Func<float>[] sides =
                    [
                        () => { hand.LoadParameters(state); return hand.TrainStep(x, y); },
                        () => { state.CopyTo(net.Parameters); return net.TrainStep(x, y); },
                        () => { state.CopyTo(net.Parameters); float loss = pass(CubicRelu.__LanesPass); net.OptimizerStep(); return loss; },
                    ];
                    if (pair && activation == HandActivation.Relu)
                    {
                        var structPass = new Prototypes.CubicReluPairPass();
                        var twoRegisters = new Prototypes.CubicReluTwoRegisterPass();
                        foreach (GradientPass prototype in new GradientPass[] { structPass.Gradients, twoRegisters.Gradients })
                        {
                            CheckPrototype(net, prototype, pass, state, x, y);
                            sides = [.. sides, () => { state.CopyTo(net.Parameters); float loss = prototype(net.Parameters, x, y, net.Gradients); net.OptimizerStep(); return loss; }];
                        }
                    }

                    Report(activation, trained, Measure(sides));
                }
            }
        }

        /// <summary>NetGen's cubic step from the same restored state, over and over for <paramref name="seconds"/> (for a profiler).</summary>
        public static void Spin(HandActivation activation, double seconds)
        {
            var (x, y) = Data.Cubic();
            var net = Cubic.Create(activation);
            float[] state = net.Parameters.ToArray();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            long steps = 0;
            float sink = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                for (int i = 0; i < 1000; i++)
                {
                    state.CopyTo(net.Parameters);
                    sink += net.TrainStep(x, y);
                }

                steps += 1000;
            }

            Console.WriteLine(FormattableString.Invariant($"{activation}: {steps} steps, {clock.Elapsed.TotalMicroseconds / steps:F2} µs per step (tiering included), loss sum {sink}"));
        }

        private static double[][] Measure(Func<float>[] sides)
        {
            // Warm up long enough for tiered compilation (its 100 ms delay, then call counting) to finish.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            float sink = 0;
            while (clock.ElapsedMilliseconds < 1500)
            {
                foreach (var side in sides)
                {
                    sink += side();
                }
            }

            var times = new double[sides.Length][];
            for (int s = 0; s < sides.Length; s++)
            {
                times[s] = new double[Rounds];
            }

            for (int r = 0; r < Rounds; r++)
            {
                for (int s = 0; s < sides.Length; s++)
                {
                    long begin = System.Diagnostics.Stopwatch.GetTimestamp();
                    for (int b = 0; b < Block; b++)
                    {
                        sink += sides[s]();
                    }

                    times[s][r] = System.Diagnostics.Stopwatch.GetElapsedTime(begin).TotalMicroseconds / Block;
                }
            }

            GC.KeepAlive(sink);
            return times;
        }

        private delegate float GradientPass(ReadOnlySpan<float> parameters, ReadOnlySpan<float> inputs, ReadOnlySpan<float> targets, Span<float> gradients);

        /// <summary>A prototype's gradients against the generated pass's (equal up to the order of the lane sums).</summary>
        private static void CheckPrototype(INeuralNetwork<float> net, GradientPass prototype, Func<int, float> pass, float[] state, float[] x, float[] y)
        {
            state.CopyTo(net.Parameters);
            float loss = pass(CubicRelu.__LanesPass);
            float[] expected = net.Gradients.ToArray();
            var got = new float[expected.Length];
            float pairLoss = prototype(state, x, y, got);
            double worst = 0;
            for (int i = 0; i < got.Length; i++)
            {
                worst = Math.Max(worst, Math.Abs(got[i] - expected[i]) / Math.Max(1e-3, Math.Abs(expected[i])));
            }

            Console.WriteLine(FormattableString.Invariant($"pair prototype: loss {pairLoss} vs {loss}, max gradient difference {worst:E2} (relative, floor 1e-3)"));
            if (worst > 1e-4 || Math.Abs(pairLoss - loss) > 1e-5 * Math.Abs(loss))
            {
                throw new InvalidOperationException("The pair prototype's gradients differ from the generated pass's.");
            }
        }

        private static void Report(HandActivation activation, int trained, double[][] times)
        {
            double[] netRatio = new double[Rounds];
            double[] lanesRatio = new double[Rounds];
            for (int r = 0; r < Rounds; r++)
            {
                netRatio[r] = times[0][r] / times[1][r];
                lanesRatio[r] = times[0][r] / times[2][r];
            }

            string pairColumns = "";
            for (int side = 3; side < times.Length; side++)
            {
                double[] overLanes = new double[Rounds];
                for (int r = 0; r < Rounds; r++)
                {
                    overLanes[r] = times[side][r] / times[2][r];
                }

                string name = side == 3 ? "struct pair" : "two registers";
                pairColumns += FormattableString.Invariant($" | {name} {Median(times[side]):F2} µs, /lanes {Median(overLanes):F2}, hand/it {Median(times[0].Zip(times[side], (h, t) => h / t).ToArray()):F1}");
            }

            Console.WriteLine(FormattableString.Invariant(
                $"{activation} | {trained} | {Median(times[0]):F1} | {Median(times[1]):F2} | {Median(times[2]):F2} | {Median(netRatio):F1} | {Median(lanesRatio):F1}{pairColumns}"));
        }

    }

    /// <summary>The cubic workload's networks, shared by the benchmarks above.</summary>
    internal static class Cubic
    {
        public static INeuralNetwork<float> Create(HandActivation activation) => activation switch
        {
            HandActivation.Relu => new CubicRelu(),
            HandActivation.Softplus => new CubicSoftplus(),
            HandActivation.Tanh => new CubicTanh(),
            _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "No cubic network with this activation."),
        };

        public static HandWrittenMlp HandWritten(HandActivation activation, ReadOnlySpan<float> parameters)
        {
            var hand = new HandWrittenMlp([1, 10, 10, 1], activation, softmaxCrossEntropy: false, adam: false, 0.2f);
            hand.LoadParameters(parameters);
            return hand;
        }

        /// <summary>One gradient pass of the network, forced onto the given lanes.</summary>
        public static Func<int, float> Pass(INeuralNetwork<float> net, float[] x, float[] y) => net switch
        {
            CubicRelu n => pass => n.__ComputeGradients(x, y, pass),
            CubicSoftplus n => pass => n.__ComputeGradients(x, y, pass),
            CubicTanh n => pass => n.__ComputeGradients(x, y, pass),
            _ => throw new InvalidOperationException("Not a cubic network."),
        };
    }

    /// <summary>Workload 5: an Adam TrainStep at batch 32 of 1→H→H→1 ReLU.</summary>
    public class WidthStep
    {
        private INeuralNetwork<float> _net = null!;
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        [Params(8, 32, 128, 512)]
        public int H { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Sine(32);
            _net = H switch
            {
                8 => new Width8(),
                32 => new Width32(),
                128 => new Width128(),
                _ => new Width512(),
            };
            _hand = new HandWrittenMlp([1, H, H, 1], HandActivation.Relu, softmaxCrossEntropy: false, adam: true, 0.001f);
            _hand.LoadParameters(_net.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.TrainStep(_x, _y);

        [Benchmark]
        public float NetGen() => _net.TrainStep(_x, _y);
    }

    /// <summary>Workload 6: one Adam TrainStep at batch 64 of 784→128 ReLU→10 Softmax with cross-entropy.</summary>
    public class MnistStep
    {
        private readonly Mnist _net = new();
        private HandWrittenMlp _hand = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Digits(64);
            _hand = new HandWrittenMlp([784, 128, 10], HandActivation.Relu, softmaxCrossEntropy: true, adam: true, 0.001f);
            _hand.LoadParameters(_net.Parameters);
        }

        [Benchmark(Baseline = true)]
        public float HandWritten() => _hand.TrainStep(_x, _y);

        [Benchmark]
        public float NetGen() => _net.TrainStep(_x, _y);
    }

    /// <summary>
    /// Workload 7: one Adam TrainStep at batch 32 of 4→16 ReLU→3 Softmax, with one-hot rows (which are checked to be
    /// probability rows) and with class indices (expanded into pooled one-hot rows), next to the check alone.
    /// </summary>
    public class ClassifierStep
    {
        private const int Rows = 32;
        private readonly SmallClassifier _net = new();
        private float[] _x = null!;
        private float[] _y = null!;
        private int[] _classes = null!;

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(1);
            _x = new float[Rows * 4];
            for (int i = 0; i < _x.Length; i++)
            {
                _x[i] = (float)random.NextNormal(0, 1);
            }

            _classes = new int[Rows];
            _y = new float[Rows * 3];
            for (int r = 0; r < Rows; r++)
            {
                _classes[r] = r % 3;
                _y[r * 3 + r % 3] = 1;
            }
        }

        [Benchmark(Baseline = true)]
        public float OneHot() => _net.TrainStep(_x, _y);

        [Benchmark]
        public float ClassIndices() => _net.TrainStep(_x, _classes);

        [Benchmark]
        public void TargetCheckOnly() => Classification.EnsureProbabilityRows<float>(_y, 3);
    }
}

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Fit with FitOptions and validation data on the quadratic net (100 rows in batches of 20, 20 validation rows,
    /// a schedule and early stopping armed): the allocated bytes must not grow with the epochs (per call only).
    /// </summary>
    public class QuadraticFitWithValidation
    {
        private readonly Quadratic _net = new();
        private float[] _x = null!;
        private float[] _y = null!;
        private float[] _validationX = null!;
        private float[] _validationY = null!;

        [Params(10, 100)]
        public int Epochs { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = Data.Quadratic();
            _validationX = _x[..20];
            _validationY = _y[..20];
        }

        [Benchmark]
        public int Fit()
        {
            var options = new FitOptions
            {
                Epochs = Epochs,
                BatchSize = 20,
                Patience = 1000,
                Schedule = LearningRateSchedule.Exponential(0.999),
                OnEpoch = _ => true,
            };
            _net.LearningRate = 0.01;
            return _net.Fit(_x, _y, options, _validationX, _validationY).BestEpoch;
        }
    }
}
