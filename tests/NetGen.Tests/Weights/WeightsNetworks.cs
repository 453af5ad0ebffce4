using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Weights
{
    // The README's naming example: activations between the layers take the odd indices (0, 2, 4).
    [Network(Seed = 4)]
    [Input(3)]
    [Dense(8), Activation(Tanh)]
    [Dense(8), Activation(Relu)]
    [Dense(2)]
    public partial class SequentialNet { }

    // An Identity layer is no module (0, 1) and Softmax is one, after the last layer (3).
    [Network(Seed = 4)]
    [Input(4)]
    [Dense(5)]
    [Dense(3), Activation(LeakyRelu, Alpha = 0.2)]
    [Dense(3), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class SoftmaxNet { }

    [Network(Seed = 4, Precision = Precision.Double)]
    [Input(3)]
    [Dense(8), Activation(Tanh)]
    [Dense(8), Activation(Relu)]
    [Dense(2)]
    public partial class SequentialDoubleNet { }

    // Resuming training from a checkpoint, one network per optimizer state.
    [Network(Seed = 9)]
    [Input(3)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Adam(LearningRate = 0.05, Beta1 = 0.8, Beta2 = 0.95, WeightDecay = 0.01)]
    public partial class ResumeAdam { }

    [Network(Seed = 9, Precision = Precision.Double)]
    [Input(3)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [AdamW(LearningRate = 0.05, WeightDecay = 0.1)]
    public partial class ResumeAdamW { }

    [Network(Seed = 9)]
    [Input(3)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Sgd(LearningRate = 0.1, Momentum = 0.9, Dampening = 0.1)]
    public partial class ResumeSgd { }

    [Network(Seed = 9)]
    [Input(3)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Rprop(LearningRate = 0.02)]
    public partial class ResumeRprop { }

    [Network(Seed = 9)]
    [Input(3)]
    [Dense(6), Activation(Tanh)]
    [Dense(2)]
    [Sgd(LearningRate = 0.1)]
    public partial class PlainSgd { }

    // Twins of the baked networks, without Weights: they load the same files at run time. The first mixes
    // unrolled layers (3·40 and 30·2 weights) with a looped one (40·30 > the unroll threshold).
    [Network(Seed = 1)]
    [Input(3)]
    [Dense(40), Activation(Tanh)]
    [Dense(30), Activation(Relu)]
    [Dense(2)]
    public partial class BakeTwinFloat { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(1)]
    [Dense(6), Activation(Gelu)]
    [Dense(1)]
    public partial class BakeTwinDouble { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(6), Activation(Gelu)]
    [Dense(1)]
    public partial class BakeTwinDoubleAsFloat { }
}
