"""PyTorch's answers for NaN and infinite inputs of every activation (value and backward) and every loss
(value and gradient), printed as C# for NonFiniteReferenceTests.cs. Regenerate with Debian's python3-torch:
  /usr/bin/python3 make_nonfinite_reference.py
Backward is PyTorch's autograd with an upstream gradient of 1, so 'derivative' is the factor PyTorch's backward
applies (e.g. ReLU's backward passes the gradient through where the output is NaN).
"""
import math
import torch
import torch.nn.functional as F

ACTS = {
    "Identity": lambda x: x,
    "Relu": F.relu,
    "LeakyRelu": lambda x: F.leaky_relu(x, 0.1),
    "Relu6": F.relu6,
    "Sigmoid": torch.sigmoid,
    "Tanh": torch.tanh,
    "Softplus": F.softplus,
    "Elu": F.elu,
    "Selu": F.selu,
    "Gelu": F.gelu,  # exact (approximate="none"), PyTorch's default
    "GeluTanh": lambda x: F.gelu(x, approximate="tanh"),
    "Silu": F.silu,
    "Mish": F.mish,
}
POINTS = [float("nan"), float("inf"), float("-inf"), 0.0, -0.0, 6.0]


def cs(v):
    if math.isnan(v):
        return "double.NaN"
    if math.isinf(v):
        return "double.PositiveInfinity" if v > 0 else "double.NegativeInfinity"
    if v == 0 and math.copysign(1, v) < 0:
        return "-0.0"
    return repr(float(v))


def act_rows(dtype):
    for name, f in ACTS.items():
        for x0 in POINTS:
            x = torch.tensor([x0], dtype=dtype, requires_grad=True)
            y = f(x)
            y.backward(torch.ones_like(y))
            print(f'            new object[] {{ "{name}", {cs(x0)}, {cs(y.item())}, {cs(x.grad.item())} }},')


LOSS_POINTS = [(float("nan"), 0.5), (float("inf"), 0.5), (float("-inf"), 0.5), (float("inf"), float("inf")),
               (0.5, float("nan")), (0.5, float("inf"))]


def loss_rows(dtype):
    for name in ["MeanSquaredError", "MeanAbsoluteError", "Huber"]:
        for y0, t0 in LOSS_POINTS:
            y = torch.tensor([y0], dtype=dtype, requires_grad=True)
            t = torch.tensor([t0], dtype=dtype)
            l = {"MeanSquaredError": F.mse_loss, "MeanAbsoluteError": F.l1_loss,
                 "Huber": lambda a, b: F.huber_loss(a, b, delta=1.0)}[name](y, t)
            l.backward()
            print(f'            new object[] {{ "{name}", {cs(y0)}, {cs(t0)}, {cs(l.item())}, {cs(y.grad.item())} }},')
    # BCE with logits: the logit is the non-finite one; targets 0, 1 and 0.5.
    for z0 in [float("nan"), float("inf"), float("-inf")]:
        for t0 in [0.0, 1.0, 0.5]:
            z = torch.tensor([z0], dtype=dtype, requires_grad=True)
            l = F.binary_cross_entropy_with_logits(z, torch.tensor([t0], dtype=dtype))
            l.backward()
            print(f'            new object[] {{ "BinaryCrossEntropy", {cs(z0)}, {cs(t0)}, {cs(l.item())}, {cs(z.grad.item())} }},')


def ce_rows(dtype):
    # Cross-entropy with a class index (NetGen's one-hot rows): logits with one non-finite entry.
    cases = [([float("nan"), 0.0, 1.0], 1), ([float("inf"), 0.0, 1.0], 0), ([float("inf"), 0.0, 1.0], 1),
             ([float("-inf"), 0.0, 1.0], 1), ([float("-inf"), 0.0, 1.0], 0)]
    for zs, k in cases:
        z = torch.tensor([zs], dtype=dtype, requires_grad=True)
        l = F.cross_entropy(z, torch.tensor([k]))
        l.backward()
        g = ", ".join(cs(v) for v in z.grad[0].tolist())
        print(f'            new object[] {{ new[] {{ {", ".join(cs(v) for v in zs)} }}, {k}, {cs(l.item())}, new[] {{ {g} }} }},')


print("// torch", torch.__version__)
print("// activations float64: name, x, f(x), backward factor")
act_rows(torch.float64)
print("// activations float32")
act_rows(torch.float32)
print("// losses float64: name, y (logit for BCE), target, loss, dL/dy")
loss_rows(torch.float64)
print("// losses float32")
loss_rows(torch.float32)
print("// cross-entropy float64: logits, class, loss, dL/dz")
ce_rows(torch.float64)
