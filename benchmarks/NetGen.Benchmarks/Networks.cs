using NetGen;
using static NetGen.Activation;

namespace NetGen.Benchmarks
{
    // Workloads 1, 2 and 4: the quadratic tutorial net.
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class Quadratic { }

    // Workload 3: the cubic tutorial net, one per activation.
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

    // Workload 5: the width sweep, 1→H→H→1 with Adam.
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(8), Activation(Relu)]
    [Dense(8), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class Width8 { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class Width32 { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(128), Activation(Relu)]
    [Dense(128), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class Width128 { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(512), Activation(Relu)]
    [Dense(512), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.001)]
    public partial class Width512 { }

    // Workload 6: MNIST-shaped classification.
    [Network(Seed = 1)]
    [Input(784)]
    [Dense(128), Activation(Relu)]
    [Dense(10), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.001)]
    public partial class Mnist { }

    // Workload 7: a small classifier (Iris-sized), for the cost of the target check and the class-index overload.
    [Network(Seed = 1)]
    [Input(4)]
    [Dense(16), Activation(Relu)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class SmallClassifier { }

    // Issue 14's one-row training: FANN's incremental shape (sigmoid hidden and output, MSE, plain SGD).
    [Network(Seed = 1)]
    [Input(14)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3), Activation(Sigmoid)]
    [Sgd(LearningRate = 0.7)]
    public partial class Incremental { }

    // Issue 14's question whether other strategies pay a fixed cost at tiny batches: the quadratic net (Shallow)
    // and a batch-major net, each with a twin forced to train per row.
    [Network(Seed = 1)]
    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticPerRow { }

    [Network(Seed = 1)]
    [Input(8)]
    [Dense(32), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(2)]
    [Adam(LearningRate = 0.01)]
    public partial class SmallBatchMajor { }

    [Network(Seed = 1)]
    [NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.PerRow)]
    [Input(8)]
    [Dense(32), Activation(Tanh)]
    [Dense(16), Activation(Tanh)]
    [Dense(2)]
    [Adam(LearningRate = 0.01)]
    public partial class SmallBatchMajorPerRow { }

    // The same in double precision: its Vector<T> holds half as many rows, which moves the per-row/lanes crossover.
    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(14)]
    [Dense(16), Activation(Sigmoid)]
    [Dense(3), Activation(Sigmoid)]
    [Sgd(LearningRate = 0.7)]
    public partial class IncrementalDouble { }
}
