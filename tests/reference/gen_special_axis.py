#!/usr/bin/env python3
"""Reference values for sciport's axis reductions of scipy.special —
logsumexp (with b, axis, return_sign), softmax and log_softmax — from
mpmath at 50 digits, with SciPy's values for the same calls.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_axis.py

It writes tests/reference/special/axis.json, read by
tests/special_axis_reference.rs: {"scipy", "mpmath", "numpy", "generator",
"cases": [...]}, each case {"function", "a" (C-order values, or {"fill": v}
for a constant array), "a_shape", "b", "b_shape" (null for None), "axis"
(null for None, else a list), "return_sign", "out_shape", "scipy", "sign"
(SciPy's, or null), "exact"}. "exact" is mpmath's value where SciPy's
result is finite, else SciPy's (its IEEE conventions for inf and NaN).
Cases: SciPy's test_logsumexp.py examples, edge values (empty, ±inf, NaN,
zero weights, cancelling weights), and seeded random arrays of 1 to 3
dimensions over random axes, exponents up to ±700 and weights of both signs.
"""

import json
import math
import os

import mpmath as mp
import numpy as np
import scipy
import scipy.special as sc

from special_common import SPECIAL_DIR, num, to_double

mp.mp.dps = 50
INF, NAN = math.inf, math.nan


def flat(x):
    return [num(v) for v in np.asarray(x, dtype=float).ravel()]


def exact_logsumexp(a, b, axis):
    """mpmath's log|Σ b·exp(a)| and sign over `axis` of the broadcast arrays."""
    a = np.asarray(a, dtype=float)
    b = np.ones_like(a) if b is None else np.asarray(b, dtype=float)
    a, b = np.broadcast_arrays(a, b)
    axes = tuple(range(a.ndim)) if axis is None else tuple(d % a.ndim for d in axis)
    moved_a = np.moveaxis(a, axes, tuple(range(-len(axes), 0)))
    moved_b = np.moveaxis(b, axes, tuple(range(-len(axes), 0)))
    kept = moved_a.shape[:a.ndim - len(axes)]
    m = int(np.prod(moved_a.shape[a.ndim - len(axes):], dtype=int))
    ga, gb = moved_a.reshape(kept + (m,)), moved_b.reshape(kept + (m,))
    values, signs = [], []
    for idx in np.ndindex(*kept):
        total = mp.fsum(mp.mpf(float(w)) * mp.exp(mp.mpf(float(e)))
                        for e, w in zip(ga[idx], gb[idx]) if w != 0)
        values.append(to_double(mp.log(abs(total))) if total != 0 else -INF)
        signs.append(float(mp.sign(total)))
    return values, signs


def exact_softmax(x, axis, log):
    x = np.asarray(x, dtype=float)
    axes = tuple(range(x.ndim)) if axis is None else tuple(d % x.ndim for d in axis)
    out = np.empty(x.shape, dtype=object)
    moved = np.moveaxis(x, axes, tuple(range(-len(axes), 0)))
    kept = moved.shape[:x.ndim - len(axes)]
    view = np.moveaxis(out, axes, tuple(range(-len(axes), 0)))
    for idx in np.ndindex(*kept):
        group = [mp.mpf(float(v)) for v in moved[idx].ravel()]
        log_total = mp.log(mp.fsum(mp.exp(v) for v in group))
        vals = [(v - log_total) if log else mp.exp(v - log_total) for v in group]
        view[idx] = np.array([to_double(v) for v in vals], dtype=object).reshape(moved[idx].shape)
    return [num(v) for v in out.ravel()]


def logsumexp_case(a, b=None, axis=None, return_sign=False, fill=None):
    a_arr = np.asarray(a, dtype=float)
    b_arr = None if b is None else np.asarray(b, dtype=float)
    with np.errstate(all="ignore"):
        res = sc.logsumexp(a_arr, axis=None if axis is None else tuple(axis), b=b_arr,
                           return_sign=return_sign)
    value, sgn = res if return_sign else (res, None)
    value = np.atleast_1d(np.asarray(value, dtype=float))
    sgn = None if sgn is None else np.atleast_1d(np.asarray(sgn, dtype=float))
    ex_values, ex_signs = exact_logsumexp(a_arr, b_arr, axis) if a_arr.size else ([], [])
    theirs = value.ravel()
    exact = [ex if math.isfinite(t) else t for ex, t in zip(ex_values, theirs)] or list(theirs)
    return {"function": "logsumexp",
            "a": {"fill": fill} if fill is not None else flat(a_arr),
            "a_shape": list(a_arr.shape) or [1],
            "b": None if b_arr is None else flat(b_arr),
            "b_shape": None if b_arr is None else list(b_arr.shape) or [1],
            "axis": axis, "return_sign": return_sign, "out_shape": list(value.shape),
            "scipy": flat(theirs), "sign": None if sgn is None else flat(sgn),
            "exact": [num(v) for v in exact],
            "exact_sign": None if sgn is None else flat(ex_signs or sgn)}


def softmax_case(function, x, axis=None):
    x = np.asarray(x, dtype=float)
    fn = sc.log_softmax if function == "log_softmax" else sc.softmax
    with np.errstate(all="ignore"):
        theirs = np.asarray(fn(x, axis=None if axis is None else tuple(axis)), dtype=float)
    finite = np.isfinite(x).all()
    exact = exact_softmax(x, axis, function == "log_softmax") if finite else flat(theirs)
    return {"function": function, "a": flat(x), "a_shape": list(x.shape), "b": None,
            "b_shape": None, "axis": axis, "return_sign": False,
            "out_shape": list(x.shape), "scipy": flat(theirs), "sign": None,
            "exact": exact, "exact_sign": None}


def scipy_test_cases():
    """The examples of scipy/special/tests/test_logsumexp.py (real dtype)."""
    cases = [
        logsumexp_case(np.arange(200.0)),
        logsumexp_case([1000.0, 1000.0]),
        logsumexp_case(np.full(1000, 10000.0)),
        logsumexp_case(np.full((2, 1000), math.log(1e-40)), axis=[1], fill=math.log(1e-40)),
        logsumexp_case([[1e10, 1e-10], [-1e10, -INF]], axis=[-1]),
        logsumexp_case([[1e10, 1e-10], [-1e10, -INF]], axis=[-1, -2]),
        logsumexp_case(np.arange(200.0), b=np.arange(200.0, 0.0, -1.0)),
        logsumexp_case([1000.0, 1000.0], b=[1.2, 1.2]),
        logsumexp_case([1.0, 1.0, 1.0], b=[1.0, -1.0, -1.0], return_sign=True),
        logsumexp_case([1.0, 1.0], b=[1.0, -1.0], return_sign=True),
        logsumexp_case(np.ones((1, 2, 3, 4)), b=np.ones((1, 2, 3, 4)), axis=[1, 3],
                       return_sign=True),
        logsumexp_case([1.0, 10000.0], b=[1.0, 0.0]),
        logsumexp_case(np.zeros((4, 1, 2, 1)), b=np.ones((3, 1, 5))),
        logsumexp_case([2.0, 1.0], b=[1.0, -1.0]),
        logsumexp_case([0.0, -40.0]),
        logsumexp_case([3.06409428, 0.37251854, 3.87471931],
                       b=[1.88190708, 2.84174795, -0.85016884]),
        logsumexp_case([3.06409428, 0.37251854, 3.87471931],
                       b=[1.88190708, 2.84174795, -3.85016884]),
        logsumexp_case([INF], return_sign=True),
        logsumexp_case([INF], b=[-1.0], return_sign=True),
        logsumexp_case(np.full((100000, 2), math.log(1e-40)), axis=[0], fill=math.log(1e-40)),
    ]
    for x, y in [(p, q) for p in (-INF, INF) for q in (-INF, INF)]:
        cases.append(logsumexp_case([x, y]))
    fixtures = [
        ("softmax", [1000.0, 0.0, 0.0, 0.0], None), ("softmax", [1.0, 1.0], None),
        ("softmax", [0.0, 1.0], None), ("softmax", np.arange(4.0) + 100, None),
        ("softmax", np.arange(4.0).reshape(2, 2), None),
        ("softmax", [[1000.0, 0.0], [1000.0, 0.0]], [0]),
        ("softmax", [[1000.0, 0.0], [1000.0, 0.0]], [1]),
        ("softmax", [[-25.0, 0.0, 25.0, 50.0], [1.0, 325.0, 749.0, 750.0]], [1]),
        ("softmax", np.array([[-25.0, 0.0, 25.0, 50.0], [1.0, 325.0, 749.0, 750.0]]).T, [0]),
        ("softmax", np.array([[-25.0, 0.0, 25.0, 50.0], [1.0, 325.0, 749.0, 750.0]])
         .reshape(2, 2, 2), [1, 2]),
        ("log_softmax", [1000.0, 1.0], None), ("log_softmax", np.arange(4.0) + 100, None),
        ("log_softmax", np.arange(4.0).reshape(2, 2), None),
        ("log_softmax", [[1000.0, 1.0], [1000.0, 1.0]], [0]),
        ("log_softmax", [[1000.0, 1.0], [1000.0, 1.0]], [1]),
        ("log_softmax", np.arange(8.0).reshape(2, 4), [1]),
        ("log_softmax", np.arange(8.0).reshape(2, 4), [0]),
        ("log_softmax", np.arange(8.0).reshape(2, 2, 2), [1, 2]),
    ]
    cases += [softmax_case(f, x, axis) for f, x, axis in fixtures]
    return cases


def edge_cases():
    cases = [
        logsumexp_case(np.zeros(0)), logsumexp_case(np.zeros(0), return_sign=True),
        logsumexp_case(np.zeros((0, 3)), axis=[0], return_sign=True),
        logsumexp_case([NAN, 1.0]), logsumexp_case([NAN, 1.0], b=[0.0, 1.0]),
        logsumexp_case([-INF, -INF], return_sign=True),
        logsumexp_case([INF, 1.0], b=[0.0, 1.0]), logsumexp_case([INF, INF], b=[1.0, -1.0],
                                                                 return_sign=True),
        logsumexp_case([1.0, 2.0], b=[1.0, -1.0]),
        logsumexp_case([1.0, 2.0], b=[1.0, -1.0], return_sign=True),
        logsumexp_case([0.0], b=[-0.0], return_sign=True),
        logsumexp_case([710.0, 710.0]), logsumexp_case([-745.0, -746.0]),
        logsumexp_case([5.0, 5.0, 5.0], b=[1.0, 1.0, -2.0], return_sign=True),
        logsumexp_case([1.0, 2.0], b=[NAN, 1.0]),
        logsumexp_case(np.arange(6.0).reshape(2, 3), b=[[1.0], [-1.0]], axis=[0],
                       return_sign=True),
        logsumexp_case([[1.0, 2.0, 3.0]], b=np.ones((4, 1)), axis=[0]),
    ]
    for f in ("softmax", "log_softmax"):
        cases += [softmax_case(f, [INF, 1.0]), softmax_case(f, [-INF, -INF]),
                  softmax_case(f, [NAN, 1.0]), softmax_case(f, [-INF, 0.0, 1.0]),
                  softmax_case(f, np.zeros((3, 0)), [0]), softmax_case(f, [[1.0, 2.0]], [0])]
    return cases


def random_cases(rng):
    cases = []
    for i in range(60):
        ndim = 1 + i % 3
        shape = tuple(int(n) for n in rng.integers(1, 6, size=ndim))
        scale = [1.0, 30.0, 700.0][i % 3]
        a = rng.uniform(-scale, scale, size=shape)
        k = int(rng.integers(0, ndim + 1))
        axis = None if k == 0 else sorted(int(d) for d in rng.choice(ndim, size=k, replace=False))
        if i % 4 == 0:
            cases.append(logsumexp_case(a, axis=axis))
        elif i % 4 == 1:
            cases.append(logsumexp_case(a, b=rng.uniform(0.1, 3.0, size=shape), axis=axis))
        elif i % 4 == 2:
            b = rng.uniform(-1.0, 2.0, size=shape)
            cases.append(logsumexp_case(a, b=b, axis=axis, return_sign=True))
        else:
            f = "softmax" if i % 8 == 3 else "log_softmax"
            cases.append(softmax_case(f, a, axis))
    return cases


def main():
    rng = np.random.default_rng(20261207)
    cases = scipy_test_cases() + edge_cases() + random_cases(rng)
    data = {"scipy": scipy.__version__, "mpmath": mp.__version__, "numpy": np.__version__,
            "generator": "tests/reference/gen_special_axis.py", "cases": cases}
    path = os.path.join(SPECIAL_DIR, "axis.json")
    with open(path, "w") as out:
        json.dump(data, out, separators=(",", ":"))
        out.write("\n")
    print(f"wrote {path}: {len(cases)} cases")


if __name__ == "__main__":
    main()
