#!/usr/bin/env python3
"""Reference data for sciport's random bit generators, produced by NumPy.

Run from the repository root with the project's environment:

    /work/venv/bin/python tests/reference/random/gen_bitgen.py

It writes tests/reference/random/bitgen.json, read by tests/random_bitgen.rs.

Every integer is a hex string (no 0x prefix); every double is the hex string of
its IEEE-754 bit pattern, so the Rust side compares exactly. A seed is a list of
non-negative integers plus `sequence`: false means the single integer
SeedSequence(int), true means SeedSequence([int, ...]).

Draws go through each bit generator's ctypes interface (next_uint64,
next_uint32, next_double), i.e. exactly the functions Generator calls;
`random_raw` is the raw output (u32 for MT19937).
"""

import json
import os
import struct

import numpy as np
from numpy.random import (
    MT19937,
    PCG64,
    PCG64DXSM,
    SFC64,
    Generator,
    Philox,
    RandomState,
    SeedSequence,
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "bitgen.json")
N_RAW = 1000
N_U32 = 200
N_DOUBLE = 200
LONG = [(0x9E3779B9 * (i + 1)) & 0xFFFFFFFF for i in range(40)]

SEEDS = [
    ("0", [0], False),
    ("1", [1], False),
    ("42", [42], False),
    ("2**63-1", [2**63 - 1], False),
    ("2**128+5", [2**128 + 5], False),
    ("[1, 2, 3]", [1, 2, 3], True),
    ("[2**40 + 7, 0, 2**64 - 1]", [2**40 + 7, 0, 2**64 - 1], True),
    ("long40", LONG, True),
]
BITGENS = {
    "PCG64": PCG64,
    "PCG64DXSM": PCG64DXSM,
    "Philox": Philox,
    "SFC64": SFC64,
    "MT19937": MT19937,
}
ADVANCE = {"PCG64", "PCG64DXSM", "Philox"}
JUMP = {"PCG64", "PCG64DXSM", "Philox", "MT19937"}


def hx(v):
    return format(int(v), "x")


def dbl(x):
    return hx(struct.unpack("<Q", struct.pack("<d", float(x)))[0])


def entropy(ints, sequence):
    return list(ints) if sequence else ints[0]


def state_json(bg):
    """A bit generator's state with every integer as hex."""
    st = bg.state
    name = st["bit_generator"]
    if name in ("PCG64", "PCG64DXSM"):
        return {
            "state": hx(st["state"]["state"]),
            "inc": hx(st["state"]["inc"]),
            "has_uint32": st["has_uint32"],
            "uinteger": hx(st["uinteger"]),
        }
    if name == "SFC64":
        return {
            "state": [hx(v) for v in st["state"]["state"]],
            "has_uint32": st["has_uint32"],
            "uinteger": hx(st["uinteger"]),
        }
    if name == "Philox":
        return {
            "counter": [hx(v) for v in st["state"]["counter"]],
            "key": [hx(v) for v in st["state"]["key"]],
            "buffer": [hx(v) for v in st["buffer"]],
            "buffer_pos": int(st["buffer_pos"]),
            "has_uint32": st["has_uint32"],
            "uinteger": hx(st["uinteger"]),
        }
    key = st["state"]["key"]
    return {
        "key": "".join(format(int(v), "08x") for v in key),
        "pos": int(st["state"]["pos"]),
    }


def draws(bg, what, n):
    c = bg.ctypes
    f = {"u64": c.next_uint64, "u32": c.next_uint32, "double": c.next_double}[what]
    out = [f(c.state) for _ in range(n)]
    return [dbl(v) for v in out] if what == "double" else [hx(v) for v in out]


MIXED = ["u32", "u64", "u32", "u32", "double", "u64", "u32", "double", "u32"] * 3


def mixed(bg):
    c = bg.ctypes
    out = []
    for what in MIXED:
        if what == "u64":
            out.append(hx(c.next_uint64(c.state)))
        elif what == "u32":
            out.append(hx(c.next_uint32(c.state)))
        else:
            out.append(dbl(c.next_double(c.state)))
    return out


def bitgen_case(name, cls, ent):
    bg = cls(SeedSequence(ent))
    case = {
        "initial": state_json(bg),
        "raw": [hx(v) for v in bg.random_raw(N_RAW)],
        "u64": draws(cls(SeedSequence(ent)), "u64", 8),
        "u32": draws(cls(SeedSequence(ent)), "u32", N_U32),
        "double": [dbl(v) for v in Generator(cls(SeedSequence(ent))).random(N_DOUBLE)],
        "mixed": mixed(cls(SeedSequence(ent))),
    }
    if name in ADVANCE:
        bg = cls(SeedSequence(ent))
        bg.random_raw(3)
        bg.advance(12345)
        case["advance_12345"] = state_json(bg)
        big = cls(SeedSequence(ent))
        big.advance(2**100 + 3)
        case["advance_2**100+3"] = state_json(big)
    if name in JUMP:
        bg = cls(SeedSequence(ent))
        bg.ctypes.next_uint32(bg.ctypes.state)
        case["jumped_1"] = state_json(bg.jumped())
        case["jumped_3"] = state_json(bg.jumped(3))
    return case


def seed_case(label, ints, sequence):
    ent = entropy(ints, sequence)
    ss = SeedSequence(ent)
    case = {
        "label": label,
        "ints": [hx(v) for v in ints],
        "sequence": sequence,
        "pool": [hx(v) for v in ss.pool],
        "state_u32": [hx(v) for v in ss.generate_state(10)],
        "state_u64": [hx(v) for v in ss.generate_state(7, np.uint64)],
        "pool8_state_u32": [
            hx(v) for v in SeedSequence(ent, pool_size=8).generate_state(9)
        ],
        "bitgens": {n: bitgen_case(n, c, ent) for n, c in BITGENS.items()},
    }
    return case


def spawn_cases():
    """Children of SeedSequence(42): spawn(2), then spawn(1), then a grandchild."""
    ss = SeedSequence(42)
    kids = ss.spawn(2) + ss.spawn(1)
    grand = kids[1].spawn(2)[1]
    keyed = SeedSequence(7, spawn_key=(5, 2**40 + 1), pool_size=5)
    out = []
    for s in kids + [grand, keyed]:
        out.append(
            {
                "spawn_key": [hx(v) for v in s.spawn_key],
                "pool_size": s.pool_size,
                "state_u32": [hx(v) for v in s.generate_state(6)],
                "pcg64_raw": [hx(v) for v in PCG64(s).random_raw(5)],
            }
        )
    return {"n_children_spawned": ss.n_children_spawned, "children": out}


def roundtrip_cases():
    """Python's state after an odd number of u32 draws, and the draws after it."""
    out = {}
    for name, cls in BITGENS.items():
        bg = cls(SeedSequence(42))
        for _ in range(7):
            bg.ctypes.next_uint32(bg.ctypes.state)
        bg.ctypes.next_uint64(bg.ctypes.state)
        st = state_json(bg)
        out[name] = {"state": st, "mixed_after": mixed(bg)}
    return out


def legacy_cases():
    seeds = [0, 1, 42, 2**32 - 1, [1, 2, 3], [0], LONG]
    out = []
    for s in seeds:
        rs = RandomState(s)
        bg = rs._bit_generator
        out.append(
            {
                "seed": [hx(v) for v in (s if isinstance(s, list) else [s])],
                "array": isinstance(s, list),
                "initial": state_json(bg),
                "raw": [hx(v) for v in RandomState(s)._bit_generator.random_raw(N_RAW)],
                "random_sample": [dbl(v) for v in RandomState(s).random_sample(N_DOUBLE)],
            }
        )
    return out


def main():
    doc = {
        "numpy": np.__version__,
        "seeds": [seed_case(*s) for s in SEEDS],
        "spawn": spawn_cases(),
        "roundtrip": roundtrip_cases(),
        "legacy": legacy_cases(),
    }
    with open(OUT, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main()
