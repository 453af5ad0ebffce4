using BenchmarkDotNet.Attributes;
using NetGen.Runtime;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// What the reliability checks of training cost, measured side by side in one process (the shared machine's
    /// noise between runs is larger than the effects): the optimizer update with and without its finite check
    /// (CheckFinite = true computes the update once to check it, then writes it), and the thread guard's
    /// enter/exit pair that every training member pays.
    /// </summary>
    public class ReliabilityOverhead
    {
        private float[] _p = null!;
        private float[] _g = null!;
        private float[] _m = null!;
        private float[] _v = null!;
        private int _owner;

        /// <summary>97: the 1→32→1 quadratic model; 101,770: the 784→128→10 MNIST model.</summary>
        [Params(97, 101_770)]
        public int Parameters { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(1);
            _p = new float[Parameters];
            _g = new float[Parameters];
            _m = new float[Parameters];
            _v = new float[Parameters];
            for (int i = 0; i < Parameters; i++)
            {
                _p[i] = (float)random.NextNormal();
                _g[i] = (float)random.NextNormal();
            }
        }

        [Benchmark(Baseline = true)]
        public void Adam() => Optimizers.Adam<float>(_p, _g, _m, _v, 10, 1e-6, 0.9, 0.999, 1e-8, 0, false);

        [Benchmark]
        public void AdamChecked() => Optimizers.Adam<float>(_p, _g, _m, _v, 10, 1e-6, 0.9, 0.999, 1e-8, 0, false, checkFinite: true);

        [Benchmark]
        public void Sgd() => Optimizers.Sgd<float>(_p, _g, _m, 10, 1e-6, 0.9, 0, false, 0);

        [Benchmark]
        public void SgdChecked() => Optimizers.Sgd<float>(_p, _g, _m, 10, 1e-6, 0.9, 0, false, 0, checkFinite: true);

        [Benchmark]
        public bool GuardEnterExit()
        {
            bool entered = TrainingGuard.Enter(ref _owner);
            TrainingGuard.Exit(ref _owner, entered);
            return entered;
        }
    }
}

namespace NetGen.Benchmarks
{
    using System.Numerics;

    /// <summary>
    /// ReLU with PyTorch's NaN propagation (x &lt; 0 ? 0 : x) against the former x &gt; 0 ? x : 0 that turned NaN into 0,
    /// scalar and on Vector&lt;float&gt; lanes, in one process over values of random sign.
    /// </summary>
    public class ReluNaNCost
    {
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(2);
            _x = new float[4096];
            _y = new float[4096];
            for (int i = 0; i < _x.Length; i++)
            {
                _x[i] = (float)random.NextNormal();
            }
        }

        [Benchmark(Baseline = true)]
        public void ScalarFormer()
        {
            for (int i = 0; i < _x.Length; i++)
            {
                float x = _x[i];
                _y[i] = x > 0 ? x : 0;
            }
        }

        [Benchmark]
        public void ScalarNaNPropagating()
        {
            for (int i = 0; i < _x.Length; i++)
            {
                _y[i] = Activations.Relu(_x[i]);
            }
        }

        [Benchmark]
        public void VectorFormer()
        {
            for (int i = 0; i + Vector<float>.Count <= _x.Length; i += Vector<float>.Count)
            {
                var x = new Vector<float>(_x, i);
                Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<float>.Zero), x, Vector<float>.Zero).CopyTo(_y, i);
            }
        }

        [Benchmark]
        public void VectorNaNPropagating()
        {
            for (int i = 0; i + Vector<float>.Count <= _x.Length; i += Vector<float>.Count)
            {
                VectorActivations.Relu(new Vector<float>(_x, i)).CopyTo(_y, i);
            }
        }
    }
}
