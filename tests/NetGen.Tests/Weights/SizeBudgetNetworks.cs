using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Weights
{
    // Networks past the generator's size budgets, each baked from a file (make_size_weights.py) and with a twin
    // that loads the same file at run time (SizeBudgetTests).

    // 4866 parameters: past NetworkPlan.MaxLiteralWeights, so the baked weights are base64 text. Layer 2
    // (4096 weights) is looped; layers 1 and 3 are unrolled and hold literals.
    [Network(Seed = 1, Weights = "baked_compact_float.safetensors")]
    [Input(8)]
    [Dense(64), Activation(Tanh)]
    [Dense(64), Activation(Relu)]
    [Dense(2)]
    public partial class BakedCompactFloat { }

    [Network(Seed = 1)]
    [Input(8)]
    [Dense(64), Activation(Tanh)]
    [Dense(64), Activation(Relu)]
    [Dense(2)]
    public partial class CompactFloatTwin { }

    // 3089 parameters as literals, but 2880 weights in small layers: past NetworkPlan.MaxUnrolledWeights (2048), so
    // layers 1-8 and 13 are unrolled and layers 9-12 looped.
    [Network(Seed = 1, Weights = "baked_budget_split.safetensors")]
    [Input(4)]
    [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)]
    [Dense(1)]
    public partial class BakedBudgetSplit { }

    [Network(Seed = 1)]
    [Input(4)]
    [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)]
    [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)] [Dense(16), Activation(Tanh)]
    [Dense(1)]
    public partial class BudgetSplitTwin { }

    // 4995 F64 parameters in the compact form, decoded bit for bit.
    [Network(Seed = 1, Precision = Precision.Double, Weights = "baked_compact_double.safetensors")]
    [Input(2)]
    [Dense(48), Activation(Gelu)]
    [Dense(48), Activation(Tanh)]
    [Dense(48), Activation(Relu)]
    [Dense(3)]
    public partial class BakedCompactDouble { }

    [Network(Seed = 1, Precision = Precision.Double)]
    [Input(2)]
    [Dense(48), Activation(Gelu)]
    [Dense(48), Activation(Tanh)]
    [Dense(48), Activation(Relu)]
    [Dense(3)]
    public partial class CompactDoubleTwin { }
}
