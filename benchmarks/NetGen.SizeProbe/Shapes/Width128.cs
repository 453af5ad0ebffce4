// Batch-major: 1→128→128→1 ReLU with Adam (WidthStep, H = 128).
using NetGen; using static NetGen.Activation;
namespace Demo {
[Network(Seed = 1)]
[Input(1)]
[Dense(128), Activation(Relu)]
[Dense(128), Activation(Relu)]
[Dense(1)]
[Adam(LearningRate = 0.001)]
public partial class Width128 { } }
