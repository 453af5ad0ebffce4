using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(32), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.01, Beta1 = 0.8)]
    public partial class QuadraticModel { }

    [Network(Seed = 7)]
    [Input(2)]
    [Dense(16), Activation(Tanh)]
    [Dense(8), Activation(LeakyRelu, Alpha = 0.1)]
    [Dense(1)]
    public partial class MyNet { }
}
