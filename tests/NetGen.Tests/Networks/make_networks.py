"""Writes the test networks that are declared once per case (reference cases, gradient checks).

Run from this folder: python3 make_networks.py. The output files are committed; this script only saves typing.
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
cases = json.load(open(os.path.join(here, "..", "Reference", "pytorch_reference.json")))
ELEMENTWISE = ["Identity", "Relu", "LeakyRelu", "Relu6", "Sigmoid", "Tanh", "Softplus", "Elu", "Selu", "Gelu", "Silu", "Mish", "GeluTanh"]
STRATEGIES = ["PerRow", "Lanes", "Shallow", "BatchMajor"]


def act(name, alpha=None):
    if name == "Identity":
        return ""
    if name == "LeakyRelu" and alpha is not None:
        return f", Activation(LeakyRelu, Alpha = {alpha})"
    return f", Activation({name})"


def optimizer(o):
    if o is None:
        return "[Sgd(LearningRate = 0.05)]"
    kind = o["kind"]
    args = [f"LearningRate = {o['lr']}"]
    if "betas" in o:
        args += [f"Beta1 = {o['betas'][0]}", f"Beta2 = {o['betas'][1]}"]
    if o.get("momentum"):
        args.append(f"Momentum = {o['momentum']}")
    if o.get("nesterov"):
        args.append("Nesterov = true")
    if "weight_decay" in o:
        args.append(f"WeightDecay = {o['weight_decay']}")
    return f"[{kind}({', '.join(args)})]"


def declare(cls, sizes, acts, loss, opt, precision, alpha=None, strategy=None):
    lines = [f"[Network(Seed = 1{', Precision = Precision.Double' if precision == 'Double' else ''})]", f"[Input({sizes[0]})]"]
    if strategy is not None:
        lines.insert(0, f"[NetGen.Runtime.ForceStrategy(NetGen.Runtime.TrainingStrategy.{strategy})]")
    for units, a in zip(sizes[1:], acts):
        lines.append(f"[Dense({units}){act(a, alpha)}]")
    lines.append(f"[Loss(Loss.{loss})]")
    lines.append(opt)
    lines.append(f"public partial class {cls} {{ }}")
    return "\n".join("    " + l for l in lines) + "\n"


header = """// Written by make_networks.py in this folder; edit the script, not this file.
using NetGen;
using static NetGen.Activation;

namespace NetGen.Tests.Networks
{
"""

# One network per PyTorch reference case, in double and in float.
out = [header]
registry_d, registry_f = [], []
for c in cases:
    cls = "Ref_" + c["name"]
    loss = c.get("loss_function", "MeanSquaredError")
    for precision, suffix, registry in (("Double", "", registry_d), ("Single", "_F32", registry_f)):
        out.append(declare(cls + suffix, c["sizes"], c["activations"], loss, optimizer(c.get("optimizer")), precision, alpha=0.1))
        out.append("\n")
        registry.append(f'            ["{c["kind"]}:{c["name"]}"] = () => new {cls + suffix}(),\n')
out.append("""    /// <summary>Each PyTorch reference case's network, by "kind:name".</summary>
    public static class ReferenceNetworks
    {
        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<double>>> Double = new()
        {
""")
out += registry_d
out.append("""        };

        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<float>>> Single = new()
        {
""")
out += registry_f
out.append("        };\n    }\n}\n")
open(os.path.join(here, "ReferenceNetworks.cs"), "w").write("".join(out))

# The planner's admission rules (src/NetGen.Generator/Planning/Planner.cs, NetworkPlan.cs) for Dense-only networks,
# mirrored here only to decide which forced variants to write: a variant the planner does not admit fails the build
# (NG0036), and GradientCheckTests checks with its own table that no admitted one is missing.
LANE_FORMS = {"Identity", "Relu", "Sigmoid", "Tanh", "Softplus"}
FUSED_HEAD = {"BinaryCrossEntropy": "Sigmoid", "CrossEntropy": "Softmax"}


def unrolled(sizes):
    budget, out = 2048, []  # NetworkPlan.MaxUnrolledWeights; a layer unrolls up to NetworkPlan.UnrollThreshold weights
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        w = fan_in * fan_out
        out.append(w <= 1024 and w <= budget)
        budget -= w if out[-1] else 0
    return out


def admits(strategy, sizes, acts, loss):
    if strategy in ("PerRow", "BatchMajor"):
        return True
    if strategy == "Shallow":
        return (len(acts) == 2 and sizes[0] == 1 and sizes[1] >= 8 and acts[0] in LANE_FORMS and sizes[2] == 1
                and acts[1] == "Identity" and loss == "MeanSquaredError")
    if strategy == "Lanes":
        fused = [False] * (len(acts) - 1) + [FUSED_HEAD.get(loss) == acts[-1]]
        return (all(unrolled(sizes)) and all(a in LANE_FORMS and not (f and a != "Identity") for a, f in zip(acts, fused))
                and sum(sizes) <= 96)
    raise ValueError(strategy)


def chosen(sizes, acts, loss):
    """The planner's own choice (Planner.Choose): BatchMajor for looped or wide layers, else the first admitted."""
    if not all(unrolled(sizes)) or any(i >= 16 and o >= 16 for i, o in zip(sizes, sizes[1:])):
        return "BatchMajor"
    return next(s for s in ("Shallow", "Lanes", "PerRow") if admits(s, sizes, acts, loss))


# Gradient checks: every activation x every compatible loss on a 3-layer net, double and float; then a forced variant
# for every other strategy that admits the network (the unforced one runs the planner's choice).
out = [header]
registry_d, registry_f, forced_d, forced_f, shapes = [], [], [], [], []
LOSSES = {"MeanSquaredError": ("Identity", 2), "MeanAbsoluteError": ("Identity", 2), "Huber": ("Identity", 2),
          "BinaryCrossEntropy": ("Sigmoid", 2), "CrossEntropy": ("Softmax", 3)}
variants = []
for a in ELEMENTWISE:
    for loss, (head, width) in LOSSES.items():
        variants.append((f"Grad_{a}_{loss}", [3, 5, 4, width], [a, a, head], loss))
variants.append(("Grad_SoftmaxHead_MeanSquaredError", [3, 5, 4, 3], ["Tanh", "Tanh", "Softmax"], "MeanSquaredError"))
for a in ELEMENTWISE:
    variants.append((f"Grad_{a}Head_Huber", [3, 5, 2], ["Tanh", a], "Huber"))
# Layers above the unroll threshold take the looped code path.
variants.append(("Grad_Looped_Tanh_MeanSquaredError", [40, 30, 2], ["Tanh", "Identity"], "MeanSquaredError"))
variants.append(("Grad_Looped_Elu_Huber", [40, 30, 40, 2], ["Elu", "Mish", "Identity"], "Huber"))
variants.append(("Grad_Looped_Softmax_CrossEntropy", [8, 40, 32], ["Relu", "Softmax"], "CrossEntropy"))
variants.append(("Grad_Looped_Sigmoid_BinaryCrossEntropy", [33, 32, 1], ["Gelu", "Sigmoid"], "BinaryCrossEntropy"))
# Small layers past the network's unrolled budget (NetworkPlan.MaxUnrolledWeights): layers 9-12 are looped.
variants.append(("Grad_BudgetSplit_Tanh_MeanSquaredError", [4] + [16] * 12 + [1], ["Tanh"] * 12 + ["Identity"], "MeanSquaredError"))
# 1→H→1, which every strategy admits; widths straddle the vector blocks as in ShallowNetworks.cs.
for a, hidden in (("Identity", 16), ("Relu", 37), ("Sigmoid", 8), ("Tanh", 13), ("Softplus", 37)):
    variants.append((f"Grad_Shallow{a}_MeanSquaredError", [1, hidden, 1], [a, "Identity"], "MeanSquaredError"))
for cls, sizes, acts, loss in variants:
    shapes.append(f'            ["{cls}"] = new(new[] {{ {", ".join(map(str, sizes))} }}, new[] {{ {", ".join(acts)} }}, Loss.{loss}),\n')
    for precision, suffix, registry in (("Double", "", registry_d), ("Single", "_F32", registry_f)):
        out.append(declare(cls + suffix, sizes, acts, loss, "[Sgd(LearningRate = 0.1)]", precision))
        out.append("\n")
        registry.append(f'            ["{cls}"] = () => new {cls + suffix}(),\n')
    for strategy in STRATEGIES:
        if strategy == chosen(sizes, acts, loss) or not admits(strategy, sizes, acts, loss):
            continue
        for precision, suffix, registry in (("Double", "", forced_d), ("Single", "_F32", forced_f)):
            forced = f"{cls}__{strategy}{suffix}"
            out.append(declare(forced, sizes, acts, loss, "[Sgd(LearningRate = 0.1)]", precision, strategy=strategy))
            out.append("\n")
            registry.append(f'            [("{cls}", NetGen.Runtime.TrainingStrategy.{strategy})] = () => new {forced}(),\n')
out.append("""    /// <summary>The gradient-check networks by name (each trains by the planner's choice), their shapes, and their
    /// variants forced to each other strategy that admits them, by (name, strategy).</summary>
    public static class GradientNetworks
    {
        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<double>>> Double = new()
        {
""")
out += registry_d
out.append("""        };

        public static readonly System.Collections.Generic.Dictionary<string, System.Func<INeuralNetwork<float>>> Single = new()
        {
""")
out += registry_f
out.append("""        };

        public static readonly System.Collections.Generic.Dictionary<(string Network, NetGen.Runtime.TrainingStrategy Strategy), System.Func<INeuralNetwork<double>>> ForcedDouble = new()
        {
""")
out += forced_d
out.append("""        };

        public static readonly System.Collections.Generic.Dictionary<(string Network, NetGen.Runtime.TrainingStrategy Strategy), System.Func<INeuralNetwork<float>>> ForcedSingle = new()
        {
""")
out += forced_f
out.append("""        };

        /// <summary>Layer sizes (inputs first), one activation per layer, and the loss, as declared.</summary>
        public static readonly System.Collections.Generic.Dictionary<string, GradientShape> Shapes = new()
        {
""")
out += shapes
out.append("""        };
    }

    public sealed record GradientShape(int[] Sizes, Activation[] Activations, Loss Loss);
}
""")
open(os.path.join(here, "GradientNetworks.cs"), "w").write("".join(out))
print(len(cases), "reference cases,", len(variants), "gradient networks,", len(forced_d), "forced variants")
