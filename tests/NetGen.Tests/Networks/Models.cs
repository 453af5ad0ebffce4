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

namespace NetGen.Tests.Networks
{
    // Optimizer checks: tiny double nets with every optimizer option in play.
    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(2)]
    [Dense(3), Activation(Tanh)]
    [Dense(2)]
    [Adam(LearningRate = 0.05, Beta1 = 0.8, Beta2 = 0.95, Epsilon = 1e-6, WeightDecay = 0.1)]
    public partial class OptAdam { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(2)]
    [Dense(3), Activation(Tanh)]
    [Dense(2)]
    [AdamW(LearningRate = 0.05, Beta1 = 0.85, WeightDecay = 0.2)]
    public partial class OptAdamW { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(2)]
    [Dense(3), Activation(Tanh)]
    [Dense(2)]
    [Sgd(LearningRate = 0.1, Momentum = 0.9, Nesterov = true, WeightDecay = 0.05)]
    public partial class OptSgdNesterov { }

    [Network(Seed = 3, Precision = Precision.Double)]
    [Input(2)]
    [Dense(3), Activation(Tanh)]
    [Dense(2)]
    [Sgd(LearningRate = 0.1, Momentum = 0.9, Dampening = 0.3)]
    public partial class OptSgdMomentum { }

    // The convergence workloads of the tutorials.
    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Relu)]
    [Dense(10), Activation(Relu)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicRelu { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(10), Activation(Tanh)]
    [Dense(10), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.2)]
    public partial class CubicTanh { }

    [Network(Seed = 2)]
    [Input(2)]
    [Dense(10), Activation(Relu)]
    [Dense(1)]
    [Adam(LearningRate = 0.02)]
    public partial class XorNet { }

    // Bad data handling.
    [Network(Seed = 1, CheckFinite = false)]
    [Input(1)]
    [Dense(4), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.1)]
    public partial class UncheckedNet { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(4), Activation(Tanh)]
    [Dense(1)]
    [Sgd(LearningRate = 0.1)]
    public partial class CheckedNet { }

    // Initialisation schemes, on layers large enough for statistics.
    [Network(Seed = 5, Initialization = Initialization.HeNormal)]
    [Input(400)]
    [Dense(300), Activation(Relu)]
    public partial class HeNormalNet { }

    [Network(Seed = 5, Initialization = Initialization.HeUniform)]
    [Input(400)]
    [Dense(300), Activation(Relu)]
    public partial class HeUniformNet { }

    [Network(Seed = 5, Initialization = Initialization.XavierNormal)]
    [Input(400)]
    [Dense(300), Activation(Tanh)]
    public partial class XavierNormalNet { }

    [Network(Seed = 5, Initialization = Initialization.XavierUniform, BiasInit = 0.1)]
    [Input(400)]
    [Dense(300), Activation(Tanh)]
    public partial class XavierUniformNet { }

    [Network(Seed = 5)]
    [Input(400)]
    [Dense(300), Activation(Tanh)]
    public partial class DefaultInitNet { }

    // Names users write on the class must stay bindable inside it: Loss, Activation, Precision, Relu, ...
    [Network(Seed = 1, Precision = Precision.Double, Initialization = Initialization.XavierUniform)]
    [Input(3)]
    [Dense(4), Activation(Relu)]
    [Dense(4), Activation(Activation.LeakyRelu, Alpha = 0.2)]
    [Dense(2), Activation(Sigmoid)]
    [Loss(Loss.BinaryCrossEntropy)]
    [AdamW(LearningRate = 0.01)]
    public partial class NamesStayBindable { }

    [Network(Seed = 1)]
    [Input(1)]
    [Dense(3), Activation(Elu)]
    [Dense(1)]
    [Loss(Loss.Huber, Delta = 0.5)]
    public partial class HuberNet { }

    // A class nested in another, in the double precision.
    public static partial class Outer
    {
        [Network(Precision = Precision.Double)]
        [Input(2)]
        [Dense(3), Activation(Softplus)]
        [Dense(3), Activation(Softmax)]
        [Loss(Loss.CrossEntropy)]
        public partial class Nested { }
    }
}
