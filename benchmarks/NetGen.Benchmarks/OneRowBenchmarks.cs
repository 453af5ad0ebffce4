using System;
using BenchmarkDotNet.Attributes;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Issue 14's one-row training: 14→16 Sigmoid→3 Sigmoid, MSE, SGD (FANN's incremental training shape). The same
    /// 8 rows either as 8 TrainSteps of one row (FANN's incremental mode) or as one TrainStep of 8; both report the
    /// time per row (OperationsPerInvoke = 8), with batch 8 as ratio 1. Batch1Lanes is the old behaviour (every batch
    /// on Vector&lt;T&gt; lanes), forced through the generated test hook, as a baseline in the same run.
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
            (_x, _y) = OneRowData.Make<float>(Rows, Inputs, Outputs);
            _net.LearningRate = OneRowData.SteadyLearningRate;
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

        [Benchmark(OperationsPerInvoke = Rows)]
        public float Batch1Lanes()
        {
            float loss = 0;
            for (int r = 0; r < Rows; r++)
            {
                loss += _net.__ComputeGradients(_x.AsSpan(r * Inputs, Inputs), _y.AsSpan(r * Outputs, Outputs), Incremental.__LanesPass);
                _net.OptimizerStep();
            }

            return loss;
        }
    }

    /// <summary>
    /// Where one-row training should hand over to the lanes: one step (gradients and the SGD update) of a batch of
    /// Rows rows on each pass of the row-vectorised network, forced through the generated test hook. The crossover
    /// is the smallest Rows at which Lanes beats PerRow (and the float register pass); the planner's LanesMinimumRows
    /// comes from here.
    /// </summary>
    public class OneRowCrossover
    {
        private const int Inputs = 14;
        private const int Outputs = 3;
        private readonly Incremental _single = new();
        private readonly IncrementalDouble _double = new();
        private float[] _xf = null!;
        private float[] _yf = null!;
        private double[] _xd = null!;
        private double[] _yd = null!;

        [Params(1, 2, 4, 5, 6, 8, 12, 16)]
        public int Rows { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_xf, _yf) = OneRowData.Make<float>(Rows, Inputs, Outputs);
            (_xd, _yd) = OneRowData.Make<double>(Rows, Inputs, Outputs);
        }

        [Benchmark(Baseline = true)]
        public float FloatPerRow() => Step(_single, Incremental.__PerRowPass);

        [Benchmark]
        public float FloatLanes() => Step(_single, Incremental.__LanesPass);

        /// <summary>The register pass, row by row (batches smaller than the lanes take it; 0 for larger ones, which it refuses).</summary>
        [Benchmark]
        public float FloatRegisters() => Rows < 6 ? Step(_single, Incremental.__RegisterPass) : 0;

        [Benchmark]
        public double DoublePerRow() => Step(_double, IncrementalDouble.__PerRowPass);

        [Benchmark]
        public double DoubleLanes() => Step(_double, IncrementalDouble.__LanesPass);

        private float Step(Incremental net, int pass)
        {
            float loss = net.__ComputeGradients(_xf, _yf, pass);
            net.OptimizerStep();
            return loss;
        }

        private double Step(IncrementalDouble net, int pass)
        {
            double loss = net.__ComputeGradients(_xd, _yd, pass);
            net.OptimizerStep();
            return loss;
        }
    }

    /// <summary>Deterministic inputs in [0, 1) and 0/1 targets, as FANN's training files.</summary>
    internal static class OneRowData
    {
        /// <summary>
        /// The step's operations do not depend on the learning rate, but at 0.7 millions of steps on the same few rows
        /// saturate the sigmoids and fill the deltas with subnormal floats, which the FPU handles slowly: after a few
        /// seconds a probe read 458–564 ns per one-row step at 0.7 against 330 ns at this rate (batch 8: 121–158
        /// against 94 ns per row).
        /// </summary>
        public const double SteadyLearningRate = 1e-6;

        public static (T[] X, T[] Y) Make<T>(int rows, int inputs, int outputs) where T : System.Numerics.IFloatingPoint<T>
        {
            var random = new DeterministicRandom(11);
            var x = new T[rows * inputs];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = T.CreateChecked(random.NextDouble());
            }

            var y = new T[rows * outputs];
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = random.NextDouble() < 0.5 ? T.Zero : T.One;
            }

            return (x, y);
        }
    }
}

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Do the other strategies pay a fixed cost per step at tiny batches? One Adam TrainStep of Rows rows on the
    /// quadratic net (Shallow) and on an 8→32→16→2 net (BatchMajor), each against its twin forced to train per row.
    /// </summary>
    public class SmallBatchStrategies
    {
        private readonly Quadratic _shallow = new();
        private readonly QuadraticPerRow _shallowTwin = new();
        private readonly SmallBatchMajor _batchMajor = new();
        private readonly SmallBatchMajorPerRow _batchMajorTwin = new();
        private float[] _x1 = null!;
        private float[] _y1 = null!;
        private float[] _x8 = null!;
        private float[] _y8 = null!;

        [Params(1, 4, 32)]
        public int Rows { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            (_x1, _y1) = OneRowData.Make<float>(Rows, 1, 1);
            (_x8, _y8) = OneRowData.Make<float>(Rows, 8, 2);
        }

        [Benchmark(Baseline = true)]
        public float Shallow() => _shallow.TrainStep(_x1, _y1);

        [Benchmark]
        public float ShallowAsPerRow() => _shallowTwin.TrainStep(_x1, _y1);

        [Benchmark]
        public float BatchMajor() => _batchMajor.TrainStep(_x8, _y8);

        [Benchmark]
        public float BatchMajorAsPerRow() => _batchMajorTwin.TrainStep(_x8, _y8);
    }
}

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Where a one-row step of the incremental network goes: the forward pass and loss alone (EvaluateLoss), the
    /// gradients on the per-row pass (forward, backward, clearing and the finite checks), the SGD update alone, and the
    /// whole TrainStep.
    /// </summary>
    public class OneRowParts
    {
        private const int Inputs = 14;
        private const int Outputs = 3;
        private readonly Incremental _net = new();
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            (_x, _y) = OneRowData.Make<float>(1, Inputs, Outputs);
            _net.LearningRate = OneRowData.SteadyLearningRate;
        }

        [Benchmark(Baseline = true)]
        public float TrainStep() => _net.TrainStep(_x, _y);

        [Benchmark]
        public float ForwardAndLoss() => _net.EvaluateLoss(_x, _y);

        [Benchmark]
        public float Gradients() => _net.__ComputeGradients(_x, _y, Incremental.__PerRowPass);

        [Benchmark]
        public void Update() => _net.OptimizerStep();
    }
}

namespace NetGen.Benchmarks
{
    /// <summary>
    /// Where the one-row step's SGD update goes: the network's OptimizerStep (thread guard, then Optimizers.Sgd with the
    /// finite check), Optimizers.Sgd alone with and without the check, on 291 floats.
    /// </summary>
    public class SgdUpdateParts
    {
        private const float LearningRate = 1e-9f;
        private readonly Incremental _net = new();
        private float[] _parameters = null!;
        private float[] _gradients = null!;

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(5);
            _parameters = new float[Incremental.ParameterCount];
            _gradients = new float[Incremental.ParameterCount];
            for (int i = 0; i < _parameters.Length; i++)
            {
                _parameters[i] = (float)random.NextDouble();
                _gradients[i] = (float)random.NextDouble();
            }
        }

        [Benchmark(Baseline = true)]
        public void NetworkOptimizerStep() => _net.OptimizerStep();

        [Benchmark]
        public void SgdChecked() => NetGen.Runtime.Optimizers.Sgd<float>(_parameters, _gradients, Span<float>.Empty, 2, LearningRate, 0, 0, false, 0, checkFinite: true);

        [Benchmark]
        public void SgdUnchecked() => NetGen.Runtime.Optimizers.Sgd<float>(_parameters, _gradients, Span<float>.Empty, 2, LearningRate, 0, 0, false, 0);
    }
}
