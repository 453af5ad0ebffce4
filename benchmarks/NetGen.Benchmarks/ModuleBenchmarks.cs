using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetGen.Runtime;
using static NetGen.Activation;

namespace NetGen.Benchmarks
{
    // Issue 13's modules: 16→64 ReLU→64 ReLU→1 with Adam, plain and with one kind of module added.
    [Network(Seed = 1)]
    [Input(16)]
    [Dense(64), Activation(Relu)]
    [Dense(64), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class ModPlain { }

    [Network(Seed = 1)]
    [Input(16)]
    [Dense(64)]
    [LayerNorm, Activation(Relu)]
    [Dense(64)]
    [LayerNorm, Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class ModLayerNorm { }

    [Network(Seed = 1)]
    [Input(16)]
    [Dense(64)]
    [BatchNorm, Activation(Relu)]
    [Dense(64)]
    [BatchNorm, Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class ModBatchNorm { }

    [Network(Seed = 1)]
    [Input(16)]
    [Dense(64), Activation(Relu)]
    [Dropout(0.1)]
    [Dense(64), Activation(Relu)]
    [Dropout(0.1)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class ModDropout { }

    [Network(Seed = 1)]
    [Input(16)]
    [Standardize]
    [Dense(64), Activation(Relu)]
    [Dense(64), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class ModStandardize { }

    /// <summary>
    /// The cost of each issue-13 module on the same 16→64→64→1 net: TrainStep on 32 rows, Predict on one row and
    /// PredictBatch on the 32 rows, each against the plain net (ratio 1 within its category).
    /// </summary>
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class ModuleStep
    {
        private const int Rows = 32;
        private const int Inputs = 16;
        private readonly ModPlain _plain = new();
        private readonly ModLayerNorm _layerNorm = new();
        private readonly ModBatchNorm _batchNorm = new();
        private readonly ModDropout _dropout = new();
        private readonly ModStandardize _standardize = new();
        private readonly float[] _row = new float[Inputs];
        private readonly float[] _output = new float[1];
        private readonly float[] _outputs = new float[Rows];
        private float[] _x = null!;
        private float[] _y = null!;

        [GlobalSetup]
        public void Setup()
        {
            var random = new DeterministicRandom(13);
            _x = new float[Rows * Inputs];
            for (int i = 0; i < _x.Length; i++)
            {
                _x[i] = (float)random.NextNormal(2, 3);
            }

            _y = new float[Rows];
            for (int r = 0; r < Rows; r++)
            {
                _y[r] = (float)random.NextNormal(0, 1);
            }

            _x.AsSpan(0, Inputs).CopyTo(_row);
            _standardize.Adapt(_x);
        }

        [BenchmarkCategory("TrainStep"), Benchmark(Baseline = true)] public float Plain_TrainStep() => _plain.TrainStep(_x, _y);
        [BenchmarkCategory("TrainStep"), Benchmark] public float LayerNorm_TrainStep() => _layerNorm.TrainStep(_x, _y);
        [BenchmarkCategory("TrainStep"), Benchmark] public float BatchNorm_TrainStep() => _batchNorm.TrainStep(_x, _y);
        [BenchmarkCategory("TrainStep"), Benchmark] public float Dropout_TrainStep() => _dropout.TrainStep(_x, _y);
        [BenchmarkCategory("TrainStep"), Benchmark] public float Standardize_TrainStep() => _standardize.TrainStep(_x, _y);

        [BenchmarkCategory("Predict"), Benchmark(Baseline = true)] public float Plain_Predict() { _plain.Predict(_row, _output); return _output[0]; }
        [BenchmarkCategory("Predict"), Benchmark] public float LayerNorm_Predict() { _layerNorm.Predict(_row, _output); return _output[0]; }
        [BenchmarkCategory("Predict"), Benchmark] public float BatchNorm_Predict() { _batchNorm.Predict(_row, _output); return _output[0]; }
        [BenchmarkCategory("Predict"), Benchmark] public float Dropout_Predict() { _dropout.Predict(_row, _output); return _output[0]; }
        [BenchmarkCategory("Predict"), Benchmark] public float Standardize_Predict() { _standardize.Predict(_row, _output); return _output[0]; }

        [BenchmarkCategory("PredictBatch"), Benchmark(Baseline = true)] public float Plain_PredictBatch() { _plain.PredictBatch(_x, _outputs); return _outputs[0]; }
        [BenchmarkCategory("PredictBatch"), Benchmark] public float LayerNorm_PredictBatch() { _layerNorm.PredictBatch(_x, _outputs); return _outputs[0]; }
        [BenchmarkCategory("PredictBatch"), Benchmark] public float BatchNorm_PredictBatch() { _batchNorm.PredictBatch(_x, _outputs); return _outputs[0]; }
        [BenchmarkCategory("PredictBatch"), Benchmark] public float Dropout_PredictBatch() { _dropout.PredictBatch(_x, _outputs); return _outputs[0]; }
        [BenchmarkCategory("PredictBatch"), Benchmark] public float Standardize_PredictBatch() { _standardize.PredictBatch(_x, _outputs); return _outputs[0]; }
    }
}
