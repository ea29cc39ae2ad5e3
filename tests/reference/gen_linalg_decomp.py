#!/usr/bin/env python3
"""Reference data for sciport's linalg area, further decompositions, produced
by SciPy. Now: scipy.linalg.lu (P L U, permute_l, p_indices).

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_decomp.py

It writes tests/reference/linalg/decomp.json, read by tests/linalg_decomp.rs
(which needs no Python). Encoding as gen_linalg.py's (row-major nested
lists, non-finite values as strings, fixed seeds). Cases include SciPy's own
(linalg/tests/test_decomp_lu.py TestLU: the old Fortran smoke tests, the
random shapes, 1 x 1 and the empty edge cases) and the docstring example.

Case layout: "func", "name", "a" (with "a_shape" for shapes an empty nested
list cannot carry), "opts" ({"check_finite"}), "ill" (full rank, cond(a) >
1e6, when true), and "expect" or "error"
({"type", "message", "status"}). For lu, "expect" holds every form SciPy
returns: "p" (matrix), "p_indices" (p_indices=True), "l", "u" and "pl"
(permute_l=True), each with its "<key>_shape".
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, shaped, write_cases  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "decomp.json")
CASES = []


def lu_case(name, a, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = {"func": "lu", "name": name, "opts": {"check_finite": check_finite}}
    shaped(c, "a", a)
    try:
        p, l, u = sl.lu(a, check_finite=check_finite)
    except ValueError as e:
        c["error"] = {"type": type(e).__name__, "message": str(e), "status": "INVALID_ARGUMENT"}
        CASES.append(c)
        return
    pi, l2, u2 = sl.lu(a, p_indices=True, check_finite=check_finite)
    pl, u3 = sl.lu(a, permute_l=True, check_finite=check_finite)
    assert np.array_equal(l, l2, equal_nan=True) and np.array_equal(u, u2, equal_nan=True)
    assert np.array_equal(u, u3, equal_nan=True)
    # "ill": full rank with cond(a) > 1e6, where L's and U's later entries
    # carry forward errors ~cond * eps: the test compares them loosely and
    # relies on the backward error of a = P L U. (Rank-deficient cases meet
    # exact zero pivots and stay strict.)
    if (a.size and np.isfinite(a).all() and np.linalg.matrix_rank(a) == min(a.shape)
            and np.linalg.cond(a) > 1e6):
        c["ill"] = True
    e = {"p_indices": [int(i) for i in pi]}
    for key, v in (("p", p), ("l", l), ("u", u), ("pl", pl)):
        shaped(e, key, v)
    c["expect"] = e
    CASES.append(c)


def lu_cases():
    # SciPy's test_old_lu_smoke_tests (real ones) and the docstring example.
    lu_case("smoke a", [[1, 2, 3], [1, 2, 3], [2, 5, 6]])
    lu_case("smoke b singular", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    lu_case("smoke hrect", [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 12, 12]])
    lu_case("smoke vrect", [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 12, 12]])
    lu_case("docstring", [[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]])
    # test_simple_lu_shapes_real_complex's 2-D shapes, its uniform(-10, 10).
    g = rng(1682281250228846)
    for shape in [(2, 2), (2, 4), (4, 2), (20, 20), (20, 4), (4, 20)]:
        lu_case(f"random {shape[0]}x{shape[1]}", g.uniform(-10.0, 10.0, size=shape))
    lu_case("random 60x60", g.standard_normal((60, 60)))
    lu_case("random 45x70", g.standard_normal((45, 70)))
    lu_case("random 70x45", g.standard_normal((70, 45)))
    lu_case("1x1", [[0.37]])
    lu_case("1x1 zero", [[0.0]])
    lu_case("row 1x5", [[3, -1, 4, 1, -5]])
    lu_case("column 5x1", [[3], [-1], [4], [1], [-5]])
    # Exact zero pivots: a zero column, rank-deficient rectangles.
    lu_case("zero column", [[1, 0, 2], [3, 0, 4], [5, 0, 7]])
    lu_case("zeros 3x3", np.zeros((3, 3)))
    lu_case("rank 1 4x3", np.outer([1, 2, 3, 4], [1, -1, 2]))
    lu_case("ties", [[1, 1], [1, -1], [-1, 2]])
    lu_case("hilbert 8", sl.hilbert(8))
    # test_empty_edge_cases (2-D ones): SciPy's empty permutation.
    for shape in [(0, 0), (0, 3), (3, 0), (1, 0)]:
        lu_case(f"empty {shape[0]}x{shape[1]}", np.zeros(shape))
    # check_finite
    bad = np.array([[1.0, 2.0], [np.nan, 4.0]])
    lu_case("nan", bad)
    lu_case("inf", [[1.0, np.inf], [3.0, 4.0]])
    lu_case("nan unchecked", [[4.0, 2.0], [1.0, np.nan]], check_finite=False)


def main():
    lu_cases()
    write_cases(OUT, "tests/reference/gen_linalg_decomp.py", CASES)


if __name__ == "__main__":
    main()
