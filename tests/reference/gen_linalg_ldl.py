#!/usr/bin/env python3
"""Reference data for scipy.linalg.ldl (lu, d, perm), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_ldl.py

It writes tests/reference/linalg/ldl.json, read by tests/linalg_ldl.rs (which
needs no Python). Encoding as gen_linalg.py's (row-major nested lists,
non-finite values as strings, fixed seeds). Cases, each with lower=True and
lower=False: SciPy's own (linalg/tests/test_decomp_ldl.py: test_simple's real
matrices b and c, test_empty_array, test_args' non-square input, the real
test_permutations and test_ldl_type_size_combinations matrices), matrices
forcing 2 x 2 pivots (zero diagonal, [[0, 1], [1, 0]]), ties between equal
magnitudes (integer matrices), singular and zero matrices, random
indefinite ones up to 60 x 60 (LAPACK's unblocked dsytf2 regime), of
90 x 90 and 150 x 150 and a zero-diagonal 131 x 131 (2 x 2 pivots across
panel ends) for sytrf's blocked path (panels of 64, dlasyf), only the read triangle holding
finite numbers, and NaN.

Case layout: "func" ("ldl"), "name", "a" (+ "a_shape"), "opts"
({"lower", "check_finite"}), and "expect" ({"lu", "d", "perm"}) or "error"
({"type", "message", "status"}).
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, shaped, write_cases  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "ldl.json")
CASES = []


def case(name, a, lower, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = {"func": "ldl", "name": f"{name} {'lower' if lower else 'upper'}",
         "opts": {"lower": lower, "check_finite": check_finite}}
    shaped(c, "a", a)
    try:
        lu, d, perm = sl.ldl(a, lower=lower, check_finite=check_finite)
    except ValueError as e:
        msg = str(e)
        status = "DIMENSION_MISMATCH" if "square" in msg else "INVALID_ARGUMENT"
        c["error"] = {"type": type(e).__name__, "message": msg, "status": status}
        CASES.append(c)
        return
    e = {"perm": [int(p) for p in perm]}
    shaped(e, "lu", lu)
    shaped(e, "d", d)
    c["expect"] = e
    CASES.append(c)


def sym(x):
    return x + x.T


def both(name, a, **kw):
    for lower in (True, False):
        case(name, a, lower, **kw)


def cases():
    both("test_simple b", [[5., 10, 1, 18], [10., 2, 11, 1], [1., 11, 19, 9], [18., 1, 9, 0]])
    both("test_simple c", [[52., 97, 112, 107, 50], [97., 114, 89, 98, 13],
                           [112., 89, 64, 33, 6], [107., 98, 33, 60, 73], [50., 13, 6, 73, 77]])
    both("empty", np.zeros((0, 0)))
    both("not square", np.eye(3)[:, :2])
    r = np.random.default_rng(1234)
    for k in range(3):
        n = int(r.integers(1, 40))
        x = sym(r.random((n, n))) + np.eye(n) * r.integers(5, 1_000_000)
        both(f"test_permutations {k} n={n}", x)
    for n in (1, 10, 50):
        r = np.random.default_rng(1234)
        x = sym(r.random((n, n))) + np.eye(n) * r.integers(5, 1_000_000)
        both(f"type_size_combinations n={n}", x)
    both("1x1", [[-3.0]])
    both("2x2 pivot", [[0.0, 1.0], [1.0, 0.0]])
    both("zero diagonal 4", [[0, 2, 1, 3], [2, 0, 4, 1], [1, 4, 0, 2], [3, 1, 2, 0]])
    both("ties", [[1, 2, 2], [2, 1, 2], [2, 2, 1]])
    both("ties 2", [[0, 1, 1, 1], [1, 0, 1, 1], [1, 1, 0, 1], [1, 1, 1, 0]])
    both("singular", [[1, 2, 3], [2, 4, 6], [3, 6, 9]])
    both("zeros 3", np.zeros((3, 3)))
    both("diagonal", np.diag([3.0, -1.0, 0.5, 2.0]))
    for n, seed in ((6, 61), (12, 62), (30, 63), (60, 64)):
        both(f"random indefinite {n}", sym(rng(seed).standard_normal((n, n))))
    both("random indefinite 90 (blocked in LAPACK)", sym(rng(65).standard_normal((90, 90))))
    both("random indefinite 150 (two panels)", sym(rng(67).standard_normal((150, 150))))
    z = sym(rng(68).standard_normal((131, 131)))
    np.fill_diagonal(z, 0.0)
    both("zero diagonal 131 (2 x 2 pivots across panels)", z)
    both("hilbert 7", sl.hilbert(7))
    t = sym(rng(66).standard_normal((5, 5)))
    lo, up = np.tril(t), np.triu(t)
    lo[0, 4] = lo[1, 3] = np.nan
    up[4, 0] = up[3, 1] = np.nan
    case("only the lower triangle read", lo, True, check_finite=False)
    case("only the upper triangle read", up, False, check_finite=False)
    both("nan", [[1.0, np.nan], [np.nan, 1.0]])


def main():
    cases()
    write_cases(OUT, "tests/reference/gen_linalg_ldl.py", CASES)


if __name__ == "__main__":
    main()
