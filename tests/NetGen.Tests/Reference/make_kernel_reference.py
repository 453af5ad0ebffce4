"""PyTorch values for the normalisation kernels and exact GELU (KernelPyTorchParityTests.cs).

Prints C# array literals; paste them into KernelPyTorchParityTests.cs. Regenerate with Debian's python3-torch:
  /usr/bin/python3 make_kernel_reference.py
Inputs come from formulas the C# test repeats, so only outputs are pasted.
"""
import math
import torch
import torch.nn.functional as F

N, FEATURES = 4, 5


def inputs(step, dtype):
    # Spread 0.1 around 100: float32 keeps about 5 digits of each deviation.
    return torch.tensor([[100 + step + 0.1 * math.sin(1.3 * (r * FEATURES + f) + 0.2 + step) for f in range(FEATURES)]
                         for r in range(N)], dtype=dtype)


def affine(dtype):
    gamma = torch.tensor([1 + 0.1 * f for f in range(FEATURES)], dtype=dtype, requires_grad=True)
    beta = torch.tensor([0.05 * f - 0.1 for f in range(FEATURES)], dtype=dtype, requires_grad=True)
    return gamma, beta


def weights(dtype):
    return torch.tensor([[math.cos(0.7 * (r * FEATURES + f)) for f in range(FEATURES)] for r in range(N)], dtype=dtype)


def emit(name, t):
    values = t.detach().to(torch.float64).flatten().tolist()
    print(f"        private static readonly double[] {name} = [{', '.join(repr(v) for v in values)}];")


for dtype, suffix in ((torch.float32, "Float"), (torch.float64, "Double")):
    x = inputs(0, dtype).requires_grad_(True)
    gamma, beta = affine(dtype)
    y = F.layer_norm(x, (FEATURES,), gamma, beta, 1e-5)
    (y * weights(dtype)).sum().backward()
    emit(f"LayerNormY{suffix}", y)
    emit(f"LayerNormDx{suffix}", x.grad)
    emit(f"LayerNormDGamma{suffix}", gamma.grad)
    emit(f"LayerNormDBeta{suffix}", beta.grad)

    bn = torch.nn.BatchNorm1d(FEATURES, eps=1e-5, momentum=0.1).to(dtype)
    with torch.no_grad():
        bn.weight.copy_(affine(dtype)[0])
        bn.bias.copy_(affine(dtype)[1])
    bn.train()
    for step in range(3):
        x = inputs(step, dtype).requires_grad_(True)
        y = bn(x)
        if step == 0:
            (y * weights(dtype)).sum().backward()
            emit(f"BatchNormY{suffix}", y)
            emit(f"BatchNormDx{suffix}", x.grad)
            emit(f"BatchNormDGamma{suffix}", bn.weight.grad)
            emit(f"BatchNormDBeta{suffix}", bn.bias.grad)
    emit(f"BatchNormRunningMean{suffix}", bn.running_mean)
    emit(f"BatchNormRunningVar{suffix}", bn.running_var)
    bn.eval()
    emit(f"BatchNormEvalY{suffix}", bn(inputs(3, dtype)))

    g = torch.tensor([-6 + 0.25 * i for i in range(49)], dtype=dtype, requires_grad=True)
    out = F.gelu(g)
    out.sum().backward()
    emit(f"Gelu{suffix}", out)
    emit(f"GeluDerivative{suffix}", g.grad)
