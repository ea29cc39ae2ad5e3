#!/usr/bin/env python3
"""Reference data for scipy.linalg.hessenberg (H and Q) and scipy.linalg.polar
(u and p, both sides), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_forms.py

It writes tests/reference/linalg/forms.json, read by tests/linalg_forms.rs
(which needs no Python). Encoding as
gen_linalg.py's (row-major nested lists, non-finite values as strings, fixed
seeds). Cases: SciPy's own (linalg/tests/test_decomp.py TestHessenberg:
test_simple, test_simple2, test_simple3, test_random (RandomState(1234)),
test_2x2, test_check_finite), 1 x 1 and empty, a matrix already in
Hessenberg form (every reflector is the identity), a zero matrix, Hilbert 8,
a larger random one, and the errors (not square, NaN / Inf). polar: SciPy's
linalg/tests/test_decomp_polar.py (its precomputed cases and the real
verify_cases, empty ones included), random square and rectangular matrices,
an ill-conditioned one, a rank-deficient one, a bad side and NaN.

Case layout: "func" ("hessenberg" or "polar"), "name", "a" (+ "a_shape"), "opts"
({"check_finite"}), and "expect" ({"h", "q"} with shapes) with "tol_q" (Q's
forward error bound, 16 eps |a| / min |h[i+1, i]|, in [1e-12, 1e-6]) or
"error" ({"type", "message", "status"}). A polar case has "opts"
({"side"}), "expect" ({"u", "p"}) and "unique" (false when a is rank
deficient: u is then not determined and only the invariants are checked).
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, shaped, write_cases  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "forms.json")
CASES = []


def case(name, a, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = {"func": "hessenberg", "name": name, "opts": {"check_finite": check_finite}}
    shaped(c, "a", a)
    try:
        h, q = sl.hessenberg(a, calc_q=True, check_finite=check_finite)
        h_only = sl.hessenberg(a, check_finite=check_finite)
    except ValueError as e:
        msg = str(e)
        status = "DIMENSION_MISMATCH" if "square" in msg else "INVALID_ARGUMENT"
        c["error"] = {"type": type(e).__name__, "message": msg, "status": status}
        CASES.append(c)
        return
    assert np.array_equal(h, h_only, equal_nan=True)
    e = {}
    shaped(e, "h", h)
    shaped(e, "q", q)
    c["expect"] = e
    c["tol_q"] = q_tolerance(a, h)
    CASES.append(c)


def q_tolerance(a, h):
    """Q's forward error: reflector i is fixed by column i below the diagonal,
    whose norm is |h[i+1, i]|; a small one leaves the later reflectors (and
    columns of Q) determined only to ~eps |a| / |h[i+1, i]|."""
    n = a.shape[0]
    sub = np.abs(np.diag(h, -1))[: max(n - 2, 0)]
    sub = sub[sub > 0]
    if not sub.size:
        return 1e-12
    return float(min(1e-6, max(1e-12, 16 * np.finfo(float).eps * np.linalg.norm(a, 2) / sub.min())))


def cases():
    simple = [[-149, -50, -154], [537, 180, 546], [-27, -9, -25]]
    case("test_simple", simple)
    case("test_simple2", [[1, 2, 3, 4, 5, 6, 7], [0, 2, 3, 4, 6, 7, 2], [0, 2, 2, 3, 0, 3, 2],
                          [0, 0, 2, 8, 0, 0, 2], [0, 3, 1, 2, 0, 1, 2], [0, 1, 2, 3, 0, 1, 0],
                          [0, 0, 0, 0, 0, 1, 2]])
    a = np.eye(3)
    a[-1, 0] = 2
    case("test_simple3", a)
    r = np.random.RandomState(1234)
    for k in range(2):
        case(f"test_random {k}", r.random([20, 20]))
    case("test_2x2", [[2, 1], [7, 12]])
    case("test_check_finite", simple, check_finite=False)
    case("1x1", [[4.5]])
    case("empty", np.zeros((0, 0)))
    case("already hessenberg", np.triu(rng(31).standard_normal((5, 5)), -1))
    case("zeros 4", np.zeros((4, 4)))
    case("hilbert 8", sl.hilbert(8))
    case("random 60", rng(32).standard_normal((60, 60)))
    # orders above 130 take the blocked reduction (panels of 32)
    case("random 131", rng(34).standard_normal((131, 131)))
    case("random 200", rng(35).standard_normal((200, 200)))
    case("symmetric 6", (lambda x: x + x.T)(rng(33).standard_normal((6, 6))))
    case("not square", np.ones((3, 4)))
    case("nan", [[1.0, 2.0, 0.0], [np.nan, 1.0, 0.0], [0.0, 1.0, 1.0]])
    case("inf", [[1.0, 2.0, 0.0], [3.0, np.inf, 0.0], [0.0, 1.0, 1.0]])


def polar_case(name, a, side="right"):
    a = np.asarray(a, dtype=float)
    c = {"func": "polar", "name": f"{name} {side}", "opts": {"side": side}}
    shaped(c, "a", a)
    try:
        u, p = sl.polar(a, side=side)
    except ValueError as e:
        status = "UNKNOWN_NAME" if "side" in str(e) else "INVALID_ARGUMENT"
        c["error"] = {"type": type(e).__name__, "message": str(e), "status": status}
        CASES.append(c)
        return
    e = {}
    shaped(e, "u", u)
    shaped(e, "p", p)
    c["expect"] = e
    c["unique"] = bool(a.size == 0 or np.linalg.matrix_rank(a) == min(a.shape))
    CASES.append(c)


def polar_cases():
    for side in ("right", "left"):
        polar_case("zero 1x1", [[0.0]], side)
        polar_case("9", [[9.0]], side)
        polar_case("diag2", [[2.0, 0.0], [0.0, 3.0]], side)
        polar_case("a13", [[1.0, 2.0, 2.0]], side)
        for k, a in enumerate([[[1, 2], [3, 4]], [[1, 2, 3]], [[1], [2], [3]],
                               [[1, 2, 3], [3, 4, 0]], [[1, 2], [3, 4], [5, 5]]]):
            polar_case(f"verify {k}", a, side)
        for shape in ((0, 0), (0, 2), (2, 0)):
            polar_case(f"empty {shape[0]}x{shape[1]}", np.zeros(shape), side)
        polar_case("random 8x8", rng(41).standard_normal((8, 8)), side)
        polar_case("random 12x5", rng(42).standard_normal((12, 5)), side)
        polar_case("random 5x12", rng(43).standard_normal((5, 12)), side)
        polar_case("hilbert 6", sl.hilbert(6), side)
        polar_case("rank 1", np.outer([1.0, 2.0, 3.0], [1.0, -1.0, 0.5]), side)
        polar_case("nan", [[1.0, np.nan], [0.0, 1.0]], side)
    polar_case("bad side", np.eye(2), "up")


def main():
    cases()
    polar_cases()
    write_cases(OUT, "tests/reference/gen_linalg_forms.py", CASES)


if __name__ == "__main__":
    main()
