// Lanes: 1→8→8→1 ReLU with Adam (WidthStep, H = 8).
using NetGen; using static NetGen.Activation;
namespace Demo {
[Network(Seed = 1)]
[Input(1)]
[Dense(8), Activation(Relu)]
[Dense(8), Activation(Relu)]
[Dense(1)]
[Adam(LearningRate = 0.001)]
public partial class Width8 { } }
