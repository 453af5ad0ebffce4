// Per-row: a 4→16→3 softmax classifier (ClassifierStep).
using NetGen; using static NetGen.Activation;
namespace Demo {
[Network(Seed = 1)]
[Input(4)]
[Dense(16), Activation(Relu)]
[Dense(3), Activation(Softmax)]
[Loss(Loss.CrossEntropy)]
[Adam(LearningRate = 0.01)]
public partial class SmallClassifier { } }
