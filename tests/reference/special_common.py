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


def function_entry(points, fn, exact):
    """{"args", "exact", "scipy"} of one function on `points` (tuples):
    SciPy's values and exact(*point, scipy_value)."""
    columns = [[p[i] for p in points] for i in range(len(points[0]))]
    with np.errstate(all="ignore"):
        theirs = [float(v) for v in fn(*[np.array(c) for c in columns])]
    values = [exact(*p, s) for p, s in zip(points, theirs)]
    return {"args": [[num(v) for v in c] for c in columns],
            "exact": [num(v) for v in values], "scipy": [num(v) for v in theirs]}


def write_arguments(file_name, generator, points, specs):
    """The common main() of the generators of functions of two or more
    arguments: each (name, scipy_function, exact) in `specs` on the same
    `points`, written by write_reference."""
    write_reference(file_name, generator,
                    {name: function_entry(points, fn, exact) for name, fn, exact in specs})
