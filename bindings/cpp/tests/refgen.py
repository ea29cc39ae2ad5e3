"""Helpers shared by the C++ binding's reference converters (gen_*_ref.py):
JSON numbers and matrices of tests/reference as C++ literals."""

import math


def num(v):
    if isinstance(v, str):  # the JSON spells non-finite values as strings
        return {"nan": "NAN", "inf": "INFINITY", "-inf": "-INFINITY"}[v]
    v = float(v)
    if math.isnan(v):
        return "NAN"
    if math.isinf(v):
        return "INFINITY" if v > 0 else "-INFINITY"
    return repr(v)


def flat(rows, shape):
    """Row-major values of a JSON matrix with `shape` (empty lists for 0-sized)."""
    r, c = shape
    vals = [v for row in rows for v in row] if r and c else []
    assert len(vals) == r * c, (shape, len(vals))
    return vals


def c_str(s):
    """A C string literal (case names and messages are ASCII)."""
    assert s.isascii(), s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
