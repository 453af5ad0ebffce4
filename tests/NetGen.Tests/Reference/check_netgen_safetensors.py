"""Loads a .safetensors file written by NetGen's Save into the PyTorch module of a case of modules_reference.json with
strict load_state_dict, and prints its eval-mode predictions. Used by hand (needs Debian's python3-torch, not CI):
  /usr/bin/python3 tests/NetGen.Tests/Reference/check_netgen_safetensors.py FILE CASE [--inputs "1,2,3;4,5,6"]
CASE is layernorm, batchnorm, dropout, standardize or named (make_modules_reference.py holds each case's module and
NetGen declaration). Without --inputs it predicts the case's `safetensors.inputs` and compares with
`safetensors.outputs`, PyTorch's predictions from modules_<CASE>.safetensors: Load that file in NetGen and Save it
again (float or double network), and this script must report a max |difference| of 0. For a network NetGen trained
itself, compare the printed predictions with NetGen's Predict on the same rows. Exit code 1 when the file does not
load: unreadable, missing, extra or misshapen tensors (stricter than load_state_dict, which takes shape [1] for the
0-dim num_batches_tracked), or a dtype other than F32/F64 for floating tensors and I64 for num_batches_tracked.
"""
import argparse, json, os, struct, sys
import torch
from make_modules_reference import CASES, HERE, JSON_NAME, build, read_safetensors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("case", choices=sorted(CASES))
    ap.add_argument("--inputs", help='rows separated by ";", values by ","; default: the case\'s reference inputs')
    a = ap.parse_args()

    try:
        tensors = read_safetensors(a.file)
    except (OSError, ValueError, KeyError, TypeError, struct.error) as e:  # bad JSON is a ValueError
        print(f"does not load: {e}")
        return 1
    model = build(a.case)
    problems = []
    for name, want in model.state_dict().items():
        if name in tensors:
            dtype = tensors[name][0]
            ok = dtype == "I64" if want.dtype == torch.int64 else dtype in ("F32", "F64")
            if not ok:
                problems.append(f"{name}: dtype {dtype}, PyTorch's is {want.dtype}")
            # Stricter than load_state_dict, which takes shape [1] for a 0-dim tensor.
            if list(tensors[name][1].shape) != list(want.shape):
                problems.append(f"{name}: shape {list(tensors[name][1].shape)}, PyTorch's is {list(want.shape)}")
    try:
        model.load_state_dict({k: t for k, (_, t) in tensors.items()}, strict=True)
    except RuntimeError as e:
        problems.append(str(e))
    if problems:
        print("does not load:\n  " + "\n  ".join(problems))
        return 1
    for name, (dtype, t) in tensors.items():
        print(f"{name} {dtype} {list(t.shape)}")

    case = json.load(open(os.path.join(HERE, JSON_NAME)))["cases"][a.case]
    cols = model.state_dict()[next(iter(model.state_dict()))].shape[-1]  # first tensor: [out, in] or [in]
    if a.inputs:
        rows = [[float(v) for v in r.split(",")] for r in a.inputs.split(";")]
        want = None
    else:
        values = case["safetensors"]["inputs"]
        rows = [values[i:i + cols] for i in range(0, len(values), cols)]
        want = torch.tensor(case["safetensors"]["outputs"], dtype=torch.float64)
    model.eval()
    with torch.no_grad():
        out = model(torch.tensor(rows, dtype=torch.float64))
    for r, o in zip(rows, out.tolist()):
        print(f"{r} -> {o}")
    if want is not None:
        diff = (out.reshape(-1) - want).abs().max().item()
        print(f"max |difference| from PyTorch's predictions with {case['safetensors']['file']}: {diff!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
