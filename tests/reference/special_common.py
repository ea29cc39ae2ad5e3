"""Helpers shared by the gen_special_*.py reference generators: doubles for
JSON (non-finite values as strings) and the file every generator writes."""

import json
import math
import os

import mpmath as mp
import numpy as np
import scipy

SPECIAL_DIR = os.path.join(os.path.dirname(__file__), "special")


def num(v):
    """A double for JSON: finite values as numbers, the rest as strings."""
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def to_double(v):
    """An mpmath value as the double it rounds to: ±inf beyond the range,
    0 below the smallest subnormal."""
    if abs(v) > mp.mpf(10) ** 309:
        return math.copysign(math.inf, float(mp.sign(v)))
    if abs(v) < mp.mpf(10) ** -330:
        return 0.0
    return float(v)


def write_reference(file_name, generator, functions):
    """Writes {"scipy", "mpmath", "numpy", "generator", "functions"} to
    tests/reference/special/<file_name> and says what it wrote."""
    data = {"scipy": scipy.__version__, "mpmath": mp.__version__, "numpy": np.__version__,
            "generator": generator, "functions": functions}
    os.makedirs(SPECIAL_DIR, exist_ok=True)
    path = os.path.join(SPECIAL_DIR, file_name)
    with open(path, "w") as out:
        json.dump(data, out, separators=(",", ":"))
        out.write("\n")
    print(f"wrote {path}: " + ", ".join(f"{k} {len(v['exact'])}" for k, v in functions.items()))


def write_two_argument(file_name, generator, points, specs):
    """The common main() of the two-argument generators: for each
    (name, scipy_function, exact) in `specs`, SciPy's values on `points`
    (pairs) and `exact(first, second, scipy_value)`, written by
    write_reference."""
    first = [p[0] for p in points]
    second = [p[1] for p in points]
    functions = {}
    for name, fn, exact in specs:
        with np.errstate(all="ignore"):
            theirs = [float(v) for v in fn(np.array(first), np.array(second))]
        values = [exact(u, v, s) for u, v, s in zip(first, second, theirs)]
        functions[name] = {"args": [[num(v) for v in first], [num(v) for v in second]],
                           "exact": [num(v) for v in values], "scipy": [num(v) for v in theirs]}
    write_reference(file_name, generator, functions)
