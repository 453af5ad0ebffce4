using static NetGen.Activation;

namespace NetGen.Samples.Classification
{
    /// <summary>
    /// nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10)) with nn.CrossEntropyLoss: Softmax on the last
    /// layer and the cross-entropy loss are fused, as PyTorch's loss fuses log-softmax. Adam at torch's defaults.
    /// </summary>
    [Network]
    [Input(64)]
    [Dense(32), Activation(Relu)]
    [Dense(10), Activation(Softmax)]
    [Loss(Loss.CrossEntropy)]
    [Adam]
    public partial class DigitsNet { }
}
