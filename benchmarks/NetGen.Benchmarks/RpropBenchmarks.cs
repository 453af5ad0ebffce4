using BenchmarkDotNet.Attributes;
using static NetGen.Activation;

namespace NetGen.Benchmarks
{
    /// <summary>
    /// The cost of the optimizer's update: one TrainStep of the same network with [Adam] (baseline) and [Rprop], on the
    /// MNIST shape (101,770 parameters, batch 64, where the update is a visible share) and 1→128→128→1 (batch 32).
    /// </summary>
    public class RpropStep
    {
        private INeuralNetwork<float> _adam = null!;
        private INeuralNetwork<float> _rprop = null!;
        private float[] _x = null!;
        private float[] _y = null!;

        [Params("Mnist", "Width128")]
        public string Shape { get; set; } = "Mnist";

        [GlobalSetup]
        public void Setup()
        {
            if (Shape == "Mnist")
            {
                (_x, _y) = Data.Digits(64);
                _adam = new Mnist();
                _rprop = new MnistRprop();
            }
            else
            {
                (_x, _y) = Data.Sine(32);
                _adam = new Width128();
                _rprop = new Width128Rprop();
            }
        }

        [Benchmark(Baseline = true)]
        public float Adam() => _adam.TrainStep(_x, _y);

        [Benchmark]
        public float Rprop() => _rprop.TrainStep(_x, _y);
    }

    [Network(Seed = 1)]
    [Input(784)]
    [Dense(128), Activation(Relu)]
    [Dense(10), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Rprop(LearningRate = 0.001)]
    public partial class MnistRprop { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(128), Activation(Relu)]
    [Dense(128), Activation(Relu)]
    [Dense(1)]
    [Rprop(LearningRate = 0.001)]
    public partial class Width128Rprop { }
}
