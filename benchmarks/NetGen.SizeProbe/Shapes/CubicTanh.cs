// Lanes: the cubic tutorial net of benchmarks/NetGen.Benchmarks (CubicStep, Tanh).
using NetGen; using static NetGen.Activation;
namespace Demo {
[Network(Seed = 1)]
[Input(1)]
[Dense(10), Activation(Tanh)]
[Dense(10), Activation(Tanh)]
[Dense(1)]
[Sgd(LearningRate = 0.2)]
public partial class CubicTanh { } }
