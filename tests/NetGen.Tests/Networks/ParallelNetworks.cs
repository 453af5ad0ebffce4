using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    // Batch-major networks whose modules treat rows independently: their steps split a batch into shards for threads.
    [Network(Seed = 3)]
    [Input(20)]
    [Dense(32), Activation(Relu)]
    [LayerNorm]
    [Dense(16), Activation(Tanh)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class ParallelClassifier { }

    [Network(Seed = 4, Precision = Precision.Double)]
    [Input(18)]
    [Dense(24), Activation(Elu)]
    [Dense(20), Activation(Sigmoid)]
    [Dense(2)]
    [Loss(Loss.Huber)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class ParallelRegressor { }

    // The same layers with Dropout, and with BatchNorm: trained on one thread (row order and whole-batch statistics).
    [Network(Seed = 3)]
    [Input(20)]
    [Dense(32), Activation(Relu)]
    [Dropout(0.1)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class ParallelDropoutClassifier { }

    [Network(Seed = 3)]
    [Input(20)]
    [Dense(32), Activation(Relu)]
    [BatchNorm]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    public partial class ParallelBatchNormClassifier { }
}

namespace NetGen.Tests.Networks
{
    // 32 → 300 → 4: 11,104 parameters, three update slices of ParallelTraining.SliceValues (the last one short), one
    // network per optimizer rule the sliced update runs.
    [Network(Seed = 5)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01, WeightDecay = 0.01)]
    public partial class SlicedAdam { }

    [Network(Seed = 5)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [AdamW(LearningRate = 0.01, WeightDecay = 0.1)]
    public partial class SlicedAdamW { }

    [Network(Seed = 5)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1, Momentum = 0.9, Nesterov = true, WeightDecay = 0.001)]
    public partial class SlicedNesterov { }

    [Network(Seed = 5)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1, Momentum = 0.5, Dampening = 0.2)]
    public partial class SlicedMomentum { }

    [Network(Seed = 5)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Sgd(LearningRate = 0.1)]
    public partial class SlicedSgd { }

    [Network(Seed = 5)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Rprop]
    public partial class SlicedRprop { }

    // Without the finite checks: the sliced update writes with no check pass.
    [Network(Seed = 5, CheckFinite = false)]
    [Input(32)]
    [Dense(300), Activation(Relu)]
    [Dense(4), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class SlicedUnchecked { }

    [Network(Seed = 5, Precision = Precision.Double)]
    [Input(32)]
    [Dense(300), Activation(Tanh)]
    [Dense(2)]
    [Loss(Loss.MeanSquaredError)]
    [AdamW(LearningRate = 0.01)]
    public partial class SlicedDoubleAdamW { }
}

namespace NetGen.Tests.Networks
{
    // Hidden layers wide enough for two parts (NetworkPlan.MinimumPartUnits 64): training splits their units over the
    // threads (IUnitSplitTraining). 160 = 80 + 80 units, 130 = 65 + 65; ReLU and Tanh have batch forms; the Softmax output
    // is fused with the cross-entropy.
    [Network(Seed = 6)]
    [Input(12)]
    [Dense(160), Activation(Relu)]
    [Dense(130), Activation(Tanh)]
    [Dense(5), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam(LearningRate = 0.01)]
    public partial class SplitClassifier { }

    // Double; Softplus's derivative reads z (kept per part), LeakyRelu with an alpha has no batch form (a loop), and the
    // Sigmoid output is not fused with the mean squared error (the loss's gradient goes through it). 140 = 70 + 70 units,
    // 129 = 65 + 64 (the last part shorter).
    [Network(Seed = 7, Precision = Precision.Double)]
    [Input(9)]
    [Dense(140), Activation(Softplus)]
    [Dense(129), Activation(LeakyRelu, Alpha = 0.1)]
    [Dense(3), Activation(Sigmoid)]
    [Loss(Loss.MeanSquaredError)]
    [Sgd(LearningRate = 0.05, Momentum = 0.9)]
    public partial class SplitRegressor { }
}
