"""PyTorch reference values for NetGen's [Rprop] (torch.optim.Rprop, PyTorch 1.13).

Writes rprop_reference.json next to this file: full-batch training of small networks, each run twice by PyTorch,
once in float64 (the oracle for NetGen's double networks) and once in float32 from the same values rounded to float32
(Rprop follows gradient signs, so a float network is compared with a float run). Regenerate with Debian's
python3-torch:
  /usr/bin/python3 make_rprop_reference.py
Fields as pytorch_reference.json's train cases, plus `optimizer` = {kind: "Rprop", lr, etas, step_sizes},
`params_after_f32` and `step_losses_f32`, and `flips` (how many sign changes PyTorch's run met, for the test to show
its case is exercised).
"""
import json, os
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(20261201)

ACTS = {
    "Identity": lambda x: x,
    "Relu": F.relu,
    "Tanh": torch.tanh,
    "Softmax": lambda x: F.softmax(x, dim=-1),
}


def loss_fn(name, out, y):
    if name == "MeanSquaredError": return F.mse_loss(out, y)
    if name == "CrossEntropy": return -(y * torch.log(out)).sum(dim=1).mean()  # one-hot targets on softmax output
    raise ValueError(name)


def make(sizes, dtype):
    return nn.ModuleList([nn.Linear(sizes[i], sizes[i + 1]).to(dtype) for i in range(len(sizes) - 1)])


def forward(layers, acts, x):
    for lin, a in zip(layers, acts):
        x = ACTS[a](lin(x))
    return x


def flat(layers, attr="data"):
    out = []
    for lin in layers:
        out += getattr(lin.weight, attr).reshape(-1).tolist() + getattr(lin.bias, attr).reshape(-1).tolist()
    return out


def load(layers, values):
    i = 0
    with torch.no_grad():
        for lin in layers:
            for p in (lin.weight, lin.bias):
                n = p.numel()
                p.copy_(torch.tensor(values[i:i + n], dtype=p.dtype).reshape(p.shape))
                i += n


def run(sizes, acts, loss, kw, p0, x, y, steps, dtype):
    layers = make(sizes, dtype)
    load(layers, p0)
    x = torch.tensor(x, dtype=dtype).reshape(-1, sizes[0])
    y = torch.tensor(y, dtype=dtype).reshape(-1, sizes[-1])
    o = torch.optim.Rprop(layers.parameters(), **kw)
    losses, flips, prev = [], 0, None
    for _ in range(steps):
        o.zero_grad()
        l = loss_fn(loss, forward(layers, acts, x), y)
        losses.append(l.item())
        l.backward()
        g = torch.cat([p.grad.reshape(-1) for p in layers.parameters()])
        if prev is not None:
            flips += int((g * prev < 0).sum())
        o.step()
        prev = torch.cat([o.state[p]["prev"].reshape(-1) for p in layers.parameters()])
    return losses, flat(layers), flips


def case(name, sizes, acts, loss, kw, steps, rows=16, xscale=2.0):
    x = (torch.randn(rows, sizes[0], dtype=torch.float64) * xscale)
    if loss == "CrossEntropy":
        y = F.one_hot(torch.randint(0, sizes[-1], (rows,)), sizes[-1]).double()
    else:
        y = torch.randn(rows, sizes[-1], dtype=torch.float64)
    p0 = flat(make(sizes, torch.float64))  # torch's default initialisation, in float64
    x, y = x.reshape(-1).tolist(), y.reshape(-1).tolist()
    losses, after, flips = run(sizes, acts, loss, kw, p0, x, y, steps, torch.float64)
    losses32, after32, _ = run(sizes, acts, loss, kw, p0, x, y, steps, torch.float32)
    return dict(kind="train", name=name, sizes=sizes, activations=acts, loss_function=loss,
                optimizer=dict(kind="Rprop", **{k: (list(v) if isinstance(v, tuple) else v) for k, v in kw.items()}),
                params=p0, inputs=x, targets=y, steps=steps, step_losses=losses, params_after=after,
                step_losses_f32=losses32, params_after_f32=after32, flips=flips)


cases = [
    case("rprop_default", [2, 6, 6, 1], ["Relu", "Tanh", "Identity"], "MeanSquaredError", dict(lr=0.01), 20),
    case("rprop_tuned", [3, 5, 4], ["Tanh", "Softmax"], "CrossEntropy",
         dict(lr=0.05, etas=(0.3, 1.5), step_sizes=(1e-3, 0.2)), 20),
]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rprop_reference.json")
json.dump(cases, open(path, "w"), indent=None)
print(f"{len(cases)} cases -> {os.path.basename(path)}; flips {[c['flips'] for c in cases]}")
