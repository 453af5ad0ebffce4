using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Weights
{
    // Baked twins of BakeTwinFloat and BakeTwinDouble. The files were written once by the twins' Save (see
    // README.md here) and are AdditionalFiles items of this project. The three spellings exercise the matching
    // rules: relative to this file, "./" relative to it, and a path suffix.
    [Network(Seed = 1, Weights = "baked_float.safetensors")]
    [Input(3)]
    [Dense(40), Activation(Tanh)]
    [Dense(30), Activation(Relu)]
    [Dense(2)]
    public partial class BakedFloat { }

    [Network(Seed = 1, Precision = Precision.Double, Weights = "Weights/baked_double.safetensors")]
    [Input(1)]
    [Dense(6), Activation(Gelu)]
    [Dense(1)]
    public partial class BakedDouble { }

    // F64 weights baked into a float network round to float, as Load rounds them.
    [Network(Seed = 1, Weights = "./baked_double.safetensors")]
    [Input(1)]
    [Dense(6), Activation(Gelu)]
    [Dense(1)]
    public partial class BakedDoubleAsFloat { }
}
