// Batch-major: the MNIST-shaped net of benchmarks/NetGen.Benchmarks (MnistStep).
using NetGen; using static NetGen.Activation;
namespace Demo {
[Network(Seed = 1)]
[Input(784)]
[Dense(128), Activation(Relu)]
[Dense(10), Activation(Softmax)]
[Loss(Loss.CrossEntropy)]
[Adam(LearningRate = 0.001)]
public partial class Mnist { } }
