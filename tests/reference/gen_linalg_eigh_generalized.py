#!/usr/bin/env python3
"""Reference data for scipy.linalg.eigh / eigvalsh with b (the generalized
symmetric-definite problem, type 1 / 2 / 3), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_eigh_generalized.py

It writes tests/reference/linalg/eigh_generalized.json, read by
tests/linalg_eigh_generalized.rs (which needs no Python). Encoding as
gen_linalg.py's (row-major nested lists, non-finite values as strings, fixed
seeds). Cases: SciPy's own (linalg/tests/test_decomp.py TestEigh: the
generalized random symmetric / positive definite pairs of every type, both
triangles, eigvals_only, subsets by index and value with gvx, drivers gv /
gvd / gvx, the wrong-input errors), 1 x 1 and empty, a diagonal b, a b read
from one triangle only, and the errors: b not positive definite (the failing
minor), b's shape, type 4, a standard driver with b, a subset with gvd, NaN.

Case layout: "func" ("eigh_generalized"), "name", "a", "b" (+ shapes),
"opts" ({"type", "lower", "eigvals_only", "check_finite", "subset_by_index",
"subset_by_value", "driver"}), and "expect" ({"w", "v"}) with "tol_w"
(|w - w_scipy| / max(1, max |w|): 64 eps cond(b), at least 1e-12) and
"tol_v" (distance of the vectors up to sign, relative to their largest
entry; 1 when an eigenvalue is repeated) or "error" ({"type", "message",
"status", "b_minor": the leading minor of b SciPy names}).
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, shaped, vec, write_cases  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "eigh_generalized.json")
CASES = []
EPS = np.finfo(float).eps


def sym(n, seed):
    g = rng(seed).standard_normal((n, n))
    return (g + g.T) / 2


def spd(n, seed, cond_boost=1.0):
    g = rng(seed).standard_normal((n, n))
    return g @ g.T / n + cond_boost * np.eye(n)


def case(name, a, b, itype=1, lower=True, eigvals_only=False, check_finite=True,
         subset_by_index=None, subset_by_value=None, driver=None):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    opts = {"type": itype, "lower": lower, "eigvals_only": eigvals_only,
            "check_finite": check_finite, "subset_by_index": subset_by_index,
            "subset_by_value": subset_by_value, "driver": driver}
    c = {"func": "eigh_generalized", "name": name, "opts": opts}
    shaped(c, "a", a)
    shaped(c, "b", b)
    kw = dict(b=b, type=itype, lower=lower, eigvals_only=eigvals_only,
              check_finite=check_finite, subset_by_index=subset_by_index,
              subset_by_value=subset_by_value, driver=driver)
    try:
        r = sl.eigh(a, **kw)
    except (ValueError, np.linalg.LinAlgError) as e:
        msg = str(e)
        if isinstance(e, np.linalg.LinAlgError):
            status = "SINGULAR"
        elif "is unknown" in msg:
            status = "UNKNOWN_NAME"
        elif "square" in msg or "dimensions" in msg:
            status = "DIMENSION_MISMATCH"
        else:
            status = "INVALID_ARGUMENT"
        err = {"type": type(e).__name__, "message": msg, "status": status}
        if "leading minor of order" in msg:
            err["b_minor"] = int(msg.split("order ")[1].split()[0])
        c["error"] = err
        CASES.append(c)
        return
    w, v = (r, None) if eigvals_only else r
    e = {"w": vec(w)}
    if v is not None:
        shaped(e, "v", v)
    c["expect"] = e
    if w.size:
        bt = np.tril(b) + np.tril(b, -1).T if lower else np.triu(b) + np.triu(b, 1).T
        kb = np.linalg.cond(bt)
        c["tol_w"] = float(max(1e-12, 64 * EPS * kb))
        ww = sl.eigh(a, b=b, type=itype, lower=lower, eigvals_only=True, check_finite=False)
        gaps = np.diff(np.sort(ww))
        gap = gaps.min() / max(1.0, np.abs(ww).max()) if gaps.size else 1.0
        c["tol_v"] = float(min(1.0, max(1e-11, 64 * EPS * kb / gap))) if gap > 1e-8 else 1.0
    CASES.append(c)


def cases():
    for n, seed in ((1, 1), (2, 2), (5, 3), (12, 4), (30, 5)):
        a, b = sym(n, seed), spd(n, seed + 100)
        for itype in (1, 2, 3):
            for lower in (True, False):
                case(f"random n={n} type {itype} {'lower' if lower else 'upper'}", a, b, itype, lower)
    a, b = sym(8, 11), spd(8, 12)
    case("eigvals_only", a, b, eigvals_only=True)
    case("eigvals_only type 3", a, b, itype=3, eigvals_only=True)
    case("subset_by_index [2, 5]", a, b, subset_by_index=[2, 5])
    case("subset_by_index gvx type 2", a, b, itype=2, subset_by_index=[0, 3], driver="gvx")
    case("subset_by_value (-0.5, 0.5]", a, b, subset_by_value=[-0.5, 0.5])
    case("subset_by_value empty", a, b, subset_by_value=[100.0, 200.0])
    for d in ("gv", "gvd", "gvx"):
        case(f"driver {d}", a, b, driver=d)
    case("diagonal b", sym(4, 13), np.diag([1.0, 2.0, 3.0, 4.0]))
    b1 = spd(5, 14)
    bl = np.tril(b1) + np.triu(np.full((5, 5), np.nan), 1)
    case("b lower triangle only", sym(5, 15), bl, check_finite=False)
    case("ill conditioned b (1e6)", sym(6, 16), np.diag([1.0, 1e-2, 1e-4, 1e-6, 1.0, 1.0]) + 0 * spd(6, 17))
    case("integer matrices", [[6, 3, 1, 5], [3, 0, 5, 1], [1, 5, 6, 2], [5, 1, 2, 2]],
         [[4, 1, 0, 0], [1, 4, 1, 0], [0, 1, 4, 1], [0, 0, 1, 4]])
    case("empty", np.zeros((0, 0)), np.zeros((0, 0)))
    # errors
    case("b not positive definite", sym(4, 18), [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, -1, 0], [0, 0, 0, 1]])
    case("b wrong shape", sym(3, 19), spd(4, 20))
    case("b not square", sym(3, 19), np.ones((3, 4)))
    case("type 4", sym(3, 19), spd(3, 21), itype=4)
    case("standard driver with b", sym(3, 19), spd(3, 21), driver="evr")
    case("subset with gvd", sym(3, 19), spd(3, 21), subset_by_index=[0, 1], driver="gvd")
    case("unknown driver", sym(3, 19), spd(3, 21), driver="xyz")
    case("nan in b", sym(3, 19), [[1.0, 0, 0], [0, np.nan, 0], [0, 0, 1]])
    case("both subsets", sym(3, 19), spd(3, 21), subset_by_index=[0, 1], subset_by_value=[0.0, 1.0])


def main():
    cases()
    write_cases(OUT, "tests/reference/gen_linalg_eigh_generalized.py", CASES)


if __name__ == "__main__":
    main()
