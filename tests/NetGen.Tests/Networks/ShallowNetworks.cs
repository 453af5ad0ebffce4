using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
    // 1→H→1 nets that run through NetGen.Runtime.ShallowNet. Widths straddle the vector blocks: 8 (one float vector),
    // 13 (a vector and a scalar tail), 37 (a block of four float vectors, a single vector and a tail).
    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Relu)]
    [Dense(1)]
    public partial class ShallowRelu37 { }

    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(1)]
    [Dense(13), Activation(Tanh)]
    [Dense(1)]
    public partial class ShallowTanh13 { }

    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(1)]
    [Dense(8), Activation(Sigmoid)]
    [Dense(1)]
    public partial class ShallowSigmoid8 { }

    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(1)]
    [Dense(37), Activation(Softplus)]
    [Dense(1)]
    public partial class ShallowSoftplus37 { }

    [Network(Seed = 2, Precision = Precision.Double)]
    [Input(1)]
    [Dense(16)]
    [Dense(1)]
    public partial class ShallowIdentity16 { }

    [Network(Seed = 2)]
    [Input(1)]
    [Dense(37), Activation(Tanh)]
    [Dense(1)]
    public partial class ShallowTanh37Float { }
}
