import json, struct, math, sys
def write(path, layers, inputs, dtype, seed):
    # layers: list of (units, has_activation)
    state = seed
    def rnd():
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return ((state >> 11) / float(1 << 53)) * 2 - 1
    tensors = []
    module = 0; fan_in = inputs
    for units, act in layers:
        bound = 1 / math.sqrt(fan_in)
        tensors.append((f"{module}.weight", [units, fan_in], [rnd() * bound for _ in range(units * fan_in)]))
        tensors.append((f"{module}.bias", [units], [rnd() * bound for _ in range(units)]))
        module += 2 if act else 1
        fan_in = units
    fmt = '<f' if dtype == 'F32' else '<d'
    size = 4 if dtype == 'F32' else 8
    header = {"__metadata__": {"format": "pt"}}
    data = b''
    for name, shape, values in tensors:
        start = len(data)
        data += b''.join(struct.pack(fmt, v) for v in values)
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [start, len(data)]}
    h = json.dumps(header, separators=(',', ':')).encode()
    h += b' ' * ((8 - len(h) % 8) % 8)
    open(path, 'wb').write(struct.pack('<Q', len(h)) + h + data)
    print(path, sum(len(v) for _, _, v in tensors), "values")
# Run from the repository root.
d = 'tests/NetGen.Tests/Weights/'
write(d + 'baked_compact_float.safetensors', [(64, True), (64, True), (2, False)], 8, 'F32', 21)
write(d + 'baked_budget_split.safetensors', [(16, True)] * 12 + [(1, False)], 4, 'F32', 22)
write(d + 'baked_compact_double.safetensors', [(48, True), (48, True), (48, True), (3, False)], 2, 'F64', 23)
