using static NetGen.Activation;

namespace NetGen.Samples.Xor
{
    /// <summary>2→10 ReLU→1 with Adam(lr=0.01) on the mean squared error.</summary>
    [Network]
    [Input(2)]
    [Dense(10), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class XorNet { }

    /// <summary>The deeper variant, hidden sizes [10, 5]: 2→10 ReLU→5 ReLU→1 with Adam(lr=0.01).</summary>
    [Network]
    [Input(2)]
    [Dense(10), Activation(Relu)]
    [Dense(5), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01)]
    public partial class XorDeepNet { }
}
