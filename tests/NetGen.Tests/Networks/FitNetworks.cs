using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    // Pairs that differ only in the attribute's learning rate: the run-time LearningRate must make them equal.
    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Adam(LearningRate = 0.001, Beta1 = 0.8, WeightDecay = 0.01)]
    public partial class RateAdamLow { }

    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Adam(LearningRate = 0.03, Beta1 = 0.8, WeightDecay = 0.01)]
    public partial class RateAdamHigh { }

    [Network(Seed = 5)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [AdamW(LearningRate = 0.001, WeightDecay = 0.1)]
    public partial class RateAdamWLow { }

    [Network(Seed = 5)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [AdamW(LearningRate = 0.02, WeightDecay = 0.1)]
    public partial class RateAdamWHigh { }

    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Sgd(LearningRate = 0.001, Momentum = 0.9, Dampening = 0.1)]
    public partial class RateSgdLow { }

    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(2)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9, Dampening = 0.1)]
    public partial class RateSgdHigh { }

    // Plain SGD in double: the clipping reference applies p -= lr * g by hand.
    [Network(Seed = 9, Precision = Precision.Double)]
    [Input(2)]
    [Dense(8), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.1)]
    public partial class FitSgdNet { }

    // A softmax classifier and a single-sigmoid one: Fit reports validation accuracy for both.
    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(2)]
    [Dense(8), Activation(Tanh)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.05)]
    public partial class FitSoftmaxNet { }

    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(2)]
    [Dense(8), Activation(Tanh)]
    [Dense(1), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [Adam(LearningRate = 0.05)]
    public partial class FitSigmoidNet { }
}
