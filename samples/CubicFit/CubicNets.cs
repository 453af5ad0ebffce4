using static NetGen.Activation;

namespace NetGen.Samples.CubicFit
{
    // The same 1→10→10→1 network with torch.optim.SGD(lr=0.2), once per activation. The activation is part of
    // the generated code, so each variant is its own [Network] class.

    /// <summary>1→10 ReLU→10 ReLU→1: a piecewise-linear fit, with corners.</summary>
    [Network]
    [Input(1)]
    [Dense(10), Activation(Relu)]
    [Dense(10), Activation(Relu)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicReluNet { }

    /// <summary>1→10 Softplus→10 Softplus→1: a smooth fit.</summary>
    [Network]
    [Input(1)]
    [Dense(10), Activation(Softplus)]
    [Dense(10), Activation(Softplus)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicSoftplusNet { }

    /// <summary>1→10 Tanh→10 Tanh→1: a smooth fit.</summary>
    [Network]
    [Input(1)]
    [Dense(10), Activation(Tanh)]
    [Dense(10), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicTanhNet { }
}
