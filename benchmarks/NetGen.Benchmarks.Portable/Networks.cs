using NetGen;
using static NetGen.Activation;

namespace NetGen.Benchmarks.Portable
{
    // The same declarations as NetGen.Benchmarks/Networks.cs (workloads 1, 3, 4 and 6), here in the portable flavour.

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class Quadratic { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Relu)]
    [Dense(10), Activation(Relu)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicRelu { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Softplus)]
    [Dense(10), Activation(Softplus)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicSoftplus { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Tanh)]
    [Dense(10), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicTanh { }

    [Network(Seed = 1)]
    [Input(784)]
    [Dense(128), Activation(Relu)]
    [Dense(10), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.001)]
    public partial class Mnist { }
}
