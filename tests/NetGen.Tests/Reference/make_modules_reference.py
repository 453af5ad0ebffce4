"""PyTorch reference values for NetGen's modules of issue 13 (LayerNorm, BatchNorm, Dropout, Standardize, exact and
tanh GELU, named layers), float64 oracle. Regenerate with Debian's python3-torch (PyTorch 1.13, numpy), from anywhere:
  /usr/bin/python3 tests/NetGen.Tests/Reference/make_modules_reference.py
Writes, next to this file, modules_reference.json and one modules_<case>.safetensors per network case (F32, plus I64
for num_batches_tracked), written by hand (the safetensors package is not needed). The JSON as written is checked,
before it replaces the old one, against an independent numpy re-computation (forward from the module list, central-difference gradients,
BatchNorm's running statistics and SGD replayed) and each file is read back. modules_reference.md describes the
JSON; check_netgen_safetensors.py imports the module builders from here.
"""
import json, math, os, struct
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
JSON_NAME = "modules_reference.json"
EPS = 1e-5  # nn.LayerNorm and nn.BatchNorm1d default
MOMENTUM = 0.1  # nn.BatchNorm1d default


class Standardize(nn.Module):
    """NetGen's [Standardize]: (x - mean) / std with per-feature buffers `mean` and `std`."""

    def __init__(self, n):
        super().__init__()
        self.register_buffer("mean", torch.zeros(n, dtype=torch.float64))
        self.register_buffer("std", torch.ones(n, dtype=torch.float64))

    def forward(self, x):
        return (x - self.mean) / self.std


class Named(nn.Module):
    """A user's own module: state_dict names fc1.weight, fc1.bias, fc2.weight, fc2.bias (act has no parameters)."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 8)
        self.act = nn.Tanh()
        self.fc2 = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


# Per network case: the NetGen declaration (attribute order = module order), the modules as the JSON describes them
# (name = state_dict prefix), and the PyTorch module. One place for these facts; the check script uses them too.
CASES = {
    "layernorm": dict(
        declaration="[Network(Precision = Precision.Double)] [Input(4)] [Dense(6)] [LayerNorm] [Activation(Tanh)] "
                    "[Dense(2)] [Loss(MeanSquaredError)]",
        modules=[dict(name="0", kind="Linear", inputs=4, outputs=6), dict(name="1", kind="LayerNorm", features=6, eps=EPS),
                 dict(name="2", kind="Tanh"), dict(name="3", kind="Linear", inputs=6, outputs=2)],
        build=lambda: nn.Sequential(nn.Linear(4, 6), nn.LayerNorm(6), nn.Tanh(), nn.Linear(6, 2))),
    "batchnorm": dict(
        declaration="[Network(Precision = Precision.Double)] [Input(3)] [Dense(5)] [BatchNorm] [Activation(Relu)] "
                    "[Dense(1)] [Loss(MeanSquaredError)] [Sgd(LearningRate = 0.1)]",
        modules=[dict(name="0", kind="Linear", inputs=3, outputs=5),
                 dict(name="1", kind="BatchNorm1d", features=5, eps=EPS, momentum=MOMENTUM),
                 dict(name="2", kind="ReLU"), dict(name="3", kind="Linear", inputs=5, outputs=1)],
        build=lambda: nn.Sequential(nn.Linear(3, 5), nn.BatchNorm1d(5), nn.ReLU(), nn.Linear(5, 1))),
    "dropout": dict(
        declaration="[Network(Precision = Precision.Double)] [Input(3)] [Dense(4), Activation(Relu)] [Dropout(0.5)] "
                    "[Dense(1)] [Loss(MeanSquaredError)]",
        modules=[dict(name="0", kind="Linear", inputs=3, outputs=4), dict(name="1", kind="ReLU"),
                 dict(name="2", kind="Dropout", p=0.5), dict(name="3", kind="Linear", inputs=4, outputs=1)],
        build=lambda: nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Dropout(0.5), nn.Linear(4, 1))),
    "standardize": dict(
        declaration="[Network(Precision = Precision.Double)] [Input(3)] [Standardize] [Dense(4), Activation(Sigmoid)] "
                    "[Dense(1)] [Loss(MeanSquaredError)]",
        modules=[dict(name="0", kind="Standardize", features=3), dict(name="1", kind="Linear", inputs=3, outputs=4),
                 dict(name="2", kind="Sigmoid"), dict(name="3", kind="Linear", inputs=4, outputs=1)],
        build=lambda: nn.Sequential(Standardize(3), nn.Linear(3, 4), nn.Sigmoid(), nn.Linear(4, 1))),
    "named": dict(
        declaration='[Network(Precision = Precision.Double)] [Input(2)] [Dense(8, Name = "fc1"), Activation(Tanh)] '
                    '[Dense(1, Name = "fc2")]',
        modules=[dict(name="fc1", kind="Linear", inputs=2, outputs=8), dict(name="act", kind="Tanh"),
                 dict(name="fc2", kind="Linear", inputs=8, outputs=1)],
        build=Named),
}


def build(case):
    return CASES[case]["build"]().double()


# ---------------------------------------------------------------- safetensors by hand

DTYPES = {"F32": ("<f", 4), "F64": ("<d", 8), "I64": ("<q", 8)}


def st_dtype(t, float_dtype):
    return "I64" if t.dtype == torch.int64 else float_dtype


def write_safetensors(path, state, float_dtype="F32"):
    """state: ordered name -> tensor. Floating tensors as float_dtype, int64 as I64; header padded to 8 bytes."""
    header = {"__metadata__": {"format": "pt"}}
    data = b""
    for name, t in state.items():
        dt = st_dtype(t, float_dtype)
        fmt, _ = DTYPES[dt]
        values = t.reshape(-1).tolist()
        start = len(data)
        data += b"".join(struct.pack(fmt, v) for v in values)
        header[name] = {"dtype": dt, "shape": list(t.shape), "data_offsets": [start, len(data)]}
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + data)


def read_safetensors(path):
    """name -> (dtype, tensor) in file order: F32 and F64 as float64 tensors (exact), I64 as int64."""
    raw = open(path, "rb").read()
    (n,) = struct.unpack_from("<Q", raw, 0)
    header = json.loads(raw[8:8 + n].decode("utf-8"))
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dt, shape, (a, b) = info["dtype"], info["shape"], info["data_offsets"]
        if dt not in DTYPES:
            raise ValueError(f"{name}: dtype {dt} not handled (F32, F64, I64)")
        fmt, size = DTYPES[dt]
        count = math.prod(shape)
        if b - a != count * size or base + b > len(raw):
            raise ValueError(f"{name}: data_offsets [{a}, {b}] do not fit {dt} {shape}")
        values = [struct.unpack_from(fmt, raw, base + a + i * size)[0] for i in range(count)]
        out[name] = (dt, torch.tensor(values, dtype=torch.int64 if dt == "I64" else torch.float64).reshape(shape))
    return out


# ---------------------------------------------------------------- independent numpy oracle


def np_forward(modules, state, x, train=False, masks=None):
    """The network's forward in numpy from the JSON's module list. state: name -> np array. In training, BatchNorm
    uses batch statistics (biased variance) and Dropout multiplies by masks[name]. Returns (output, batch stats)."""
    stats = {}
    for m in modules:
        k, p = m["kind"], m["name"] + "."
        if k == "Linear":
            x = x @ state[p + "weight"].T + state[p + "bias"]
        elif k == "LayerNorm":
            mu = x.mean(axis=1, keepdims=True)
            var = ((x - mu) ** 2).mean(axis=1, keepdims=True)
            x = (x - mu) / np.sqrt(var + m["eps"]) * state[p + "weight"] + state[p + "bias"]
        elif k == "BatchNorm1d":
            if train:
                mu = x.mean(axis=0)
                var = ((x - mu) ** 2).mean(axis=0)
                stats[m["name"]] = (mu, ((x - mu) ** 2).sum(axis=0) / (x.shape[0] - 1))
            else:
                mu, var = state[p + "running_mean"], state[p + "running_var"]
            x = (x - mu) / np.sqrt(var + m["eps"]) * state[p + "weight"] + state[p + "bias"]
        elif k == "Standardize":
            x = (x - state[p + "mean"]) / state[p + "std"]
        elif k == "Dropout":
            x = x * masks[m["name"]] if train else x
        elif k == "Tanh":
            x = np.tanh(x)
        elif k == "ReLU":
            x = np.maximum(x, 0.0)
        elif k == "Sigmoid":
            x = 1.0 / (1.0 + np.exp(-x))
        else:
            raise ValueError(f"module kind {k} not handled")
    return x, stats


def np_mse(out, y):
    return float(((out - y) ** 2).mean())


def np_gradients(modules, state, names, x, y, train=False, masks=None, h=1e-6):
    """Central differences of the MSE loss with respect to each named parameter."""
    grads = {}
    for name in names:
        g = np.zeros_like(state[name])
        for i in np.ndindex(state[name].shape):
            keep = state[name][i]
            state[name][i] = keep + h
            up = np_mse(np_forward(modules, state, x, train, masks)[0], y)
            state[name][i] = keep - h
            down = np_mse(np_forward(modules, state, x, train, masks)[0], y)
            state[name][i] = keep
            g[i] = (up - down) / (2 * h)
        grads[name] = g
    return grads


def close(a, b, rtol, atol, what):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    assert a.shape == b.shape, f"{what}: shapes {a.shape} vs {b.shape}"
    assert np.allclose(a, b, rtol=rtol, atol=atol), f"{what}: max |diff| {np.max(np.abs(a - b))}"


# ---------------------------------------------------------------- helpers for the torch side


def f32(t):
    """Rounds to float32-representable float64 values, so F32 files and float networks hold them exactly."""
    return t.float().double()


def randn(g, *shape, scale=1.0, offset=0.0):
    return f32(torch.randn(*shape, generator=g, dtype=torch.float64) * scale + offset)


def randomize(net, g):
    """Weights ~ N(0, 0.6^2), biases ~ N(0, 0.3^2); LayerNorm/BatchNorm weight ~ 1 + N(0, 0.3^2): all non-trivial."""
    with torch.no_grad():
        for mod in net.modules():
            if isinstance(mod, nn.Linear):
                mod.weight.copy_(randn(g, *mod.weight.shape, scale=0.6))
                mod.bias.copy_(randn(g, *mod.bias.shape, scale=0.3))
            elif isinstance(mod, (nn.LayerNorm, nn.BatchNorm1d)):
                mod.weight.copy_(randn(g, *mod.weight.shape, scale=0.3, offset=1.0))
                mod.bias.copy_(randn(g, *mod.bias.shape, scale=0.3))


def state_json(net):
    """state_dict as name -> {dtype, shape, values}, in state_dict order (parameters and buffers)."""
    return {k: dict(dtype=st_dtype(v, "F64"), shape=list(v.shape), values=v.reshape(-1).tolist())
            for k, v in net.state_dict().items()}


def state_np(state):
    return {k: np.array(v["values"], dtype=np.int64 if v["dtype"] == "I64" else np.float64).reshape(v["shape"])
            for k, v in state.items()}


def grads_json(net):
    return {k: p.grad.reshape(-1).tolist() for k, p in net.named_parameters()}


def flat(t):
    return t.reshape(-1).tolist()


def mat(values, cols):
    return np.array(values, dtype=np.float64).reshape(-1, cols)


def safetensors_entry(case, net, inputs, cols):
    """Writes modules_<case>.safetensors (F32 floats, I64 counts) and the eval outputs of the state as stored."""
    file = f"modules_{case}.safetensors"
    state = net.state_dict()
    write_safetensors(os.path.join(HERE, file), state)
    back = read_safetensors(os.path.join(HERE, file))
    assert list(back) == list(state), f"{file}: names or order differ"
    stored = build(case)
    stored.load_state_dict({k: t for k, (_, t) in back.items()}, strict=True)
    for k, v in state.items():
        assert back[k][0] == st_dtype(v, "F32")
        close(back[k][1], f32(v) if v.is_floating_point() else v, 0, 0, f"{file} {k} round trip")
    stored.eval()
    with torch.no_grad():
        out = stored(torch.tensor(inputs, dtype=torch.float64).reshape(-1, cols))
    return dict(file=file, inputs=inputs, outputs=flat(out))


# ---------------------------------------------------------------- the cases


def layernorm_case():
    g = torch.Generator().manual_seed(13001)
    spec = CASES["layernorm"]
    net = build("layernorm"); randomize(net, g)
    x, y = randn(g, 5, 4, scale=2.0), randn(g, 5, 2)
    state = state_json(net)
    out = net(x); loss = F.mse_loss(out, y)
    net.zero_grad(); loss.backward()
    c = dict(declaration=spec["declaration"], modules=spec["modules"], loss_function="MeanSquaredError",
             state_dict=state, rows=5, inputs=flat(x), targets=flat(y), outputs=flat(out.detach()), loss=loss.item(),
             gradients=grads_json(net))
    c["safetensors"] = safetensors_entry("layernorm", net, c["inputs"], 4)
    return c


def batchnorm_case():
    g = torch.Generator().manual_seed(13002)
    spec = CASES["batchnorm"]
    net = build("batchnorm"); randomize(net, g)
    batches = [(randn(g, 6, 3, scale=2.0, offset=0.5), randn(g, 6, 1)) for _ in range(3)]
    x_eval = randn(g, 4, 3, scale=2.0, offset=0.5)
    state0 = state_json(net)
    net.eval()
    with torch.no_grad():
        eval_before = flat(net(x_eval))
    net.train()
    opt = torch.optim.SGD(net.parameters(), lr=0.1)
    steps = []
    for i, (x, y) in enumerate(batches):
        opt.zero_grad()
        out = net(x); loss = F.mse_loss(out, y); loss.backward()
        if i == 0:
            first = dict(outputs=flat(out.detach()), loss=loss.item(), gradients=grads_json(net))
        opt.step()
        bn = net[1]
        steps.append(dict(inputs=flat(x), targets=flat(y), loss=loss.item(), running_mean=flat(bn.running_mean),
                          running_var=flat(bn.running_var)))
    net.eval()
    with torch.no_grad():
        eval_after = flat(net(x_eval))
    c = dict(declaration=spec["declaration"], modules=spec["modules"], loss_function="MeanSquaredError",
             optimizer=dict(kind="Sgd", lr=0.1), state_dict=state0, rows=6,
             inputs=steps[0]["inputs"], targets=steps[0]["targets"], outputs=first["outputs"], loss=first["loss"],
             gradients=first["gradients"], eval_inputs=flat(x_eval), eval_outputs_before=eval_before,
             steps=steps, state_dict_after=state_json(net), eval_outputs_after=eval_after)
    c["safetensors"] = safetensors_entry("batchnorm", net, c["eval_inputs"], 3)  # the trained state
    return c


def dropout_case():
    g = torch.Generator().manual_seed(13003)
    spec = CASES["dropout"]
    net = build("dropout"); randomize(net, g)
    x_eval = randn(g, 4, 3, scale=2.0)
    x, y = randn(g, 6, 3, scale=2.0), randn(g, 6, 1)
    state = state_json(net)
    net.eval()
    with torch.no_grad():
        eval_out = flat(net(x_eval))
    # PyTorch's own inverted-dropout mask (values 0 or 1/(1-p) = 2), taken from F.dropout on ones under a fixed seed.
    torch.manual_seed(13033)
    mask = F.dropout(torch.ones(6, 4, dtype=torch.float64), 0.5, training=True)
    assert set(mask.reshape(-1).tolist()) == {0.0, 2.0}
    # nn.Dropout in training draws the same mask from the same seed: the injected mask is what PyTorch applies.
    hidden = torch.relu(net[0](x)).detach()
    net.train(); torch.manual_seed(13033)
    assert torch.equal(net[2](hidden), hidden * mask)
    out = net[3](torch.relu(net[0](x)) * mask)
    loss = F.mse_loss(out, y)
    net.zero_grad(); loss.backward()
    c = dict(declaration=spec["declaration"], modules=spec["modules"], loss_function="MeanSquaredError",
             state_dict=state, eval_inputs=flat(x_eval), eval_outputs=eval_out, rows=6, inputs=flat(x),
             targets=flat(y), mask=flat(mask), mask_shape=[6, 4], train_outputs=flat(out.detach()), loss=loss.item(),
             gradients=grads_json(net))
    net.eval()
    c["safetensors"] = safetensors_entry("dropout", net, c["eval_inputs"], 3)
    return c


def standardize_case():
    g = torch.Generator().manual_seed(13004)
    spec = CASES["standardize"]
    net = build("standardize"); randomize(net, g)
    scales, offsets = torch.tensor([1000.0, 0.001, 1.0]), torch.tensor([0.0, 0.0, 50.0])

    def features(rows):
        return f32(torch.randn(rows, 3, generator=g, dtype=torch.float64) * scales + offsets)

    data = features(20)
    x_eval = features(4)
    z = (data - data.mean(0)) / data.std(0, unbiased=False)
    y = f32(torch.sin(z[:, :1]) + 0.5 * z[:, 1:2] - 0.3 * z[:, 2:3] + 0.1 * torch.randn(20, 1, generator=g, dtype=torch.float64))
    with torch.no_grad():
        net[0].mean.copy_(data.mean(0))
        net[0].std.copy_(data.std(0, unbiased=False))  # population statistics
    state = state_json(net)
    net.eval()
    with torch.no_grad():
        eval_out = flat(net(x_eval))
    out = net(data); loss = F.mse_loss(out, y)
    net.zero_grad(); loss.backward()
    c = dict(declaration=spec["declaration"], modules=spec["modules"], loss_function="MeanSquaredError",
             state_dict=state, rows=20, inputs=flat(data), targets=flat(y), outputs=flat(out.detach()),
             loss=loss.item(), gradients=grads_json(net), eval_inputs=flat(x_eval), eval_outputs=eval_out)
    c["safetensors"] = safetensors_entry("standardize", net, c["eval_inputs"], 3)
    return c


def named_case():
    g = torch.Generator().manual_seed(13006)
    spec = CASES["named"]
    net = build("named"); randomize(net, g)
    x = randn(g, 5, 2, scale=2.0)
    with torch.no_grad():
        out = flat(net(x))
    c = dict(declaration=spec["declaration"], modules=spec["modules"], state_dict=state_json(net), eval_inputs=flat(x),
             eval_outputs=out)
    c["safetensors"] = safetensors_entry("named", net, c["eval_inputs"], 2)
    assert c["safetensors"]["outputs"] == out  # float32-representable weights: the file holds them exactly
    return c


def gelu_case():
    pts = [float(v) for v in torch.linspace(-6, 6, 41, dtype=torch.float64)] + [0.0, -0.0, 1e-8, -1e-8, 20.0, -20.0]
    x = torch.tensor(pts, dtype=torch.float64, requires_grad=True)
    c = dict(points=pts)
    for key, approx in (("exact", "none"), ("tanh", "tanh")):
        y = nn.GELU(approximate=approx)(x)
        (d,) = torch.autograd.grad(y, x, torch.ones_like(y))
        c[key] = dict(module=f"nn.GELU(approximate='{approx}')", values=y.tolist(), derivatives=d.tolist())
    # Independent formulas: exact x*Phi(x), Phi(x) + x*phi(x); tanh 0.5x(1 + tanh(u)), u = sqrt(2/pi)(x + 0.044715x^3).
    for i, v in enumerate(pts):
        cdf, pdf = 0.5 * math.erfc(-v / math.sqrt(2)), math.exp(-v * v / 2) / math.sqrt(2 * math.pi)
        k = math.sqrt(2 / math.pi); u = k * (v + 0.044715 * v ** 3); t = math.tanh(u)
        want = dict(exact=(v * cdf, cdf + v * pdf),
                    tanh=(0.5 * v * (1 + t), 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * k * (1 + 3 * 0.044715 * v * v)))
        # Absolute 1e-15: PyTorch's forms cancel in the negative tail (1 + erf, 1 - tanh), up to 5e-16 off there.
        for key in ("exact", "tanh"):
            close(c[key]["values"][i], want[key][0], 1e-13, 1e-15, f"gelu {key} value at {v}")
            close(c[key]["derivatives"][i], want[key][1], 1e-13, 1e-15, f"gelu {key} derivative at {v}")
    return c


# ---------------------------------------------------------------- checks against numpy, from the JSON as written


def check_forward_case(name, c, train_key="outputs", masks=None, train=False):
    mods, st = c["modules"], state_np(c["state_dict"])
    cols_in, cols_out = mods[0].get("inputs", mods[0].get("features")), mods[-1]["outputs"]
    x, y = mat(c["inputs"], cols_in), mat(c["targets"], cols_out)
    out, _ = np_forward(mods, st, x, train, masks)
    close(out, mat(c[train_key], cols_out), 1e-12, 1e-13, f"{name} {train_key}")
    close(np_mse(out, y), c["loss"], 1e-12, 1e-14, f"{name} loss")
    params = list(c["gradients"])
    num = np_gradients(mods, st, params, x, y, train, masks)
    for p in params:
        close(num[p].reshape(-1), c["gradients"][p], 1e-6, 1e-8, f"{name} gradient {p}")


def check_eval(name, c, state_key, in_key, out_key):
    mods, st = c["modules"], state_np(c[state_key])
    cols_in, cols_out = mods[0].get("inputs", mods[0].get("features")), mods[-1]["outputs"]
    out, _ = np_forward(mods, st, mat(c[in_key], cols_in))
    close(out, mat(c[out_key], cols_out), 1e-12, 1e-13, f"{name} {out_key}")


def check_safetensors(name, c):
    back = read_safetensors(os.path.join(HERE, c["safetensors"]["file"]))
    st = {k: t.numpy() for k, (_, t) in back.items()}
    mods = c["modules"]
    out, _ = np_forward(mods, st, mat(c["safetensors"]["inputs"], mods[0].get("inputs", mods[0].get("features"))))
    close(out.reshape(-1), c["safetensors"]["outputs"], 1e-12, 1e-13, f"{name} safetensors outputs")


def check_batchnorm(c):
    check_forward_case("batchnorm", c, train=True)
    check_eval("batchnorm", c, "state_dict", "eval_inputs", "eval_outputs_before")
    check_eval("batchnorm", c, "state_dict_after", "eval_inputs", "eval_outputs_after")
    # Replay the 3 SGD steps in numpy: central-difference gradients on batch statistics, running statistics with the
    # unbiased batch variance and momentum 0.1, counter +1 per training forward.
    mods, st = c["modules"], state_np(c["state_dict"])
    params = list(c["gradients"])
    for i, s in enumerate(c["steps"]):
        x, y = mat(s["inputs"], 3), mat(s["targets"], 1)
        out, stats = np_forward(mods, st, x, train=True)
        # After step 0 the replayed parameters carry the central differences' error (~1e-10).
        close(np_mse(out, y), s["loss"], 1e-12 if i == 0 else 1e-8, 1e-14, f"batchnorm step {i} loss")
        grads = np_gradients(mods, st, params, x, y, train=True)
        for p in params:
            st[p] = st[p] - 0.1 * grads[p]
        mu, var_unbiased = stats["1"]
        st["1.running_mean"] = (1 - MOMENTUM) * st["1.running_mean"] + MOMENTUM * mu
        st["1.running_var"] = (1 - MOMENTUM) * st["1.running_var"] + MOMENTUM * var_unbiased
        st["1.num_batches_tracked"] = st["1.num_batches_tracked"] + 1
        close(st["1.running_mean"], s["running_mean"], 1e-7, 1e-9, f"batchnorm step {i} running_mean")
        close(st["1.running_var"], s["running_var"], 1e-7, 1e-9, f"batchnorm step {i} running_var")
    after = state_np(c["state_dict_after"])
    assert list(after) == list(st)
    for k in st:
        close(st[k], after[k], 1e-7, 1e-9, f"batchnorm after {k}")
    assert c["state_dict_after"]["1.num_batches_tracked"] == dict(dtype="I64", shape=[], values=[3])


def check_dropout(c):
    mask = mat(c["mask"], c["mask_shape"][1])
    check_forward_case("dropout", c, "train_outputs", masks={"2": mask}, train=True)
    check_eval("dropout", c, "state_dict", "eval_inputs", "eval_outputs")


def check_standardize(c):
    st, data = state_np(c["state_dict"]), mat(c["inputs"], 3)
    close(st["0.mean"], data.sum(0) / 20, 1e-14, 1e-18, "standardize mean")
    close(st["0.std"], np.sqrt(((data - data.sum(0) / 20) ** 2).sum(0) / 20), 1e-13, 1e-18, "standardize std")
    spread = data.std(0)
    assert spread.max() / spread.min() > 1e5, "feature scales must differ widely"
    check_forward_case("standardize", c)
    check_eval("standardize", c, "state_dict", "eval_inputs", "eval_outputs")


def main():
    torch.set_default_dtype(torch.float64)
    doc = dict(torch=torch.__version__, dtype="float64",
               command="/usr/bin/python3 tests/NetGen.Tests/Reference/make_modules_reference.py",
               cases=dict(layernorm=layernorm_case(), batchnorm=batchnorm_case(), dropout=dropout_case(),
                          standardize=standardize_case(), named=named_case(), gelu=gelu_case()))
    path = os.path.join(HERE, JSON_NAME)
    with open(path + ".tmp", "w") as f:
        json.dump(doc, f, indent=None)
        f.write("\n")
    c = json.load(open(path + ".tmp"))["cases"]  # check what was written, not the objects in memory
    check_forward_case("layernorm", c["layernorm"])
    check_batchnorm(c["batchnorm"])
    check_dropout(c["dropout"])
    check_standardize(c["standardize"])
    check_eval("named", c["named"], "state_dict", "eval_inputs", "eval_outputs")
    for name in ("layernorm", "batchnorm", "dropout", "standardize", "named"):
        check_safetensors(name, c[name])
    os.replace(path + ".tmp", path)
    print(f"{JSON_NAME}: {len(c)} cases checked against numpy; safetensors: "
          + ", ".join(c[n]["safetensors"]["file"] for n in CASES))


if __name__ == "__main__":
    main()
