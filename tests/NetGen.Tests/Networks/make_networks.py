"""Writes the test networks that are declared once per case (reference cases, gradient checks).

Run from this folder: python3 make_networks.py. The output files are committed; this script only saves typing.
"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
cases = json.load(open(os.path.join(here, "..", "Reference", "pytorch_reference.json")))
ELEMENTWISE = ["Identity", "Relu", "LeakyRelu", "Relu6", "Sigmoid", "Tanh", "Softplus", "Elu", "Selu", "Gelu", "Silu", "Mish"]


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


def declare(cls, sizes, acts, loss, opt, precision, alpha=None):
    lines = [f"[Network(Seed = 1{', Precision = Precision.Double' if precision == 'Double' else ''})]", f"[Input({sizes[0]})]"]
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

# Gradient checks: every activation x every compatible loss on a 3-layer net, double and float.
out = [header]
registry_d, registry_f = [], []
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
for cls, sizes, acts, loss in variants:
    for precision, suffix, registry in (("Double", "", registry_d), ("Single", "_F32", registry_f)):
        out.append(declare(cls + suffix, sizes, acts, loss, "[Sgd(LearningRate = 0.1)]", precision))
        out.append("\n")
        registry.append(f'            ["{cls}"] = () => new {cls + suffix}(),\n')
out.append("""    /// <summary>The gradient-check networks by name, and the loss each is declared with.</summary>
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
out.append("        };\n    }\n}\n")
open(os.path.join(here, "GradientNetworks.cs"), "w").write("".join(out))
print(len(cases), "reference cases,", len(variants), "gradient networks")
