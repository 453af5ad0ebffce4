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
