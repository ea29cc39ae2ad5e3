#!/usr/bin/env python3
"""Reference data for sciport's linalg area, slice 3 (structured solvers and
special matrices), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_structured.py

It writes tests/reference/linalg/structured.json, read by
tests/linalg_structured.rs (which needs no Python). Encoding as
gen_linalg.py's (row-major nested lists, non-finite values as strings, fixed
seeds). Functions: solve_banded, solveh_banded, solve_toeplitz,
solve_circulant, toeplitz, circulant, hilbert, kron, block_diag. Cases
include SciPy's own (linalg/tests/test_basic.py TestSolveBanded /
TestSolveHBanded, test_solve_toeplitz.py) and the docstring examples.

Case layout: "func", "name", inputs ("ab", "b", "c", "r", "a", "blocks",
"n", ...), "opts", and "expect" ({"x"} or {"out"}) or "error" ({"type",
"message", "status"}). Right-hand sides are always 2-D (a vector b is
stored as n x 1, the C API's form); "shape" keys carry shapes an empty
nested list cannot.
"""

import json
import os
import sys
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, vec  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "structured.json")
CASES = []


def col2(b):
    b = np.asarray(b, dtype=float)
    return b.reshape(-1, 1) if b.ndim == 1 else b


def run(c, fn, status=None, out_key="x"):
    """Calls fn; records SciPy's result (2-D) or its error, with sciport's
    status class (`status` when SciPy's exception class is not enough)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            res = np.asarray(fn(), dtype=float)
        except Exception as e:  # noqa: BLE001
            st = "SINGULAR" if isinstance(e, np.linalg.LinAlgError) else status
            assert st, f"{c['name']}: no status for {e!r}"
            c["error"] = {"type": type(e).__name__, "message": str(e), "status": st}
            CASES.append(c)
            return c
    res = col2(res) if res.ndim < 2 else res
    c["expect"] = {out_key: mat(res) if res.size else [], "shape": list(res.shape)}
    CASES.append(c)
    return c


def band_of(a, l, u, garbage_seed=None):
    """LAPACK diagonal-ordered storage of a; unused corners garbage if seeded."""
    n = a.shape[0]
    ab = np.zeros((l + u + 1, n))
    for j in range(n):
        for i in range(max(0, j - u), min(n, j + l + 1)):
            ab[u + i - j, j] = a[i, j]
    if garbage_seed is not None:
        g = rng(garbage_seed).uniform(100, 200, ab.shape)
        for r in range(l + u + 1):
            for j in range(n):
                i = j + r - u
                if i < 0 or i >= n:
                    ab[r, j] = g[r, j]
    return ab


def banded_random(seed, n, l, u, boost=0.0):
    a = rng(seed).uniform(-1, 1, (n, n)) + boost * np.eye(n)
    return np.triu(np.tril(a, l), -u)


def solve_banded_case(name, l, u, ab, b, check_finite=True, status=None):
    c = {"func": "solve_banded", "name": name, "l": l, "u": u, "ab": mat(ab),
         "ab_shape": list(np.shape(ab)), "b": mat(col2(b)) if np.size(b) else [],
         "b_shape": list(col2(b).shape), "opts": {"check_finite": check_finite}}
    return run(c, lambda: sl.solve_banded((l, u), ab, b, check_finite=check_finite), status)


def solve_banded_cases():
    # SciPy's TestSolveBanded.test_real (l=2, u=1) with its four right-hand sides.
    ab = np.array([[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0], [2, -1, 0, 0]])
    b4 = np.array([10.0, 0.0, 2.0, 14.0])
    for k, b in enumerate([b4, np.array([[2, 1], [-30, 4], [2, 3], [1, 3]]), np.eye(4)[[0, 3, 1, 1]].T]):
        solve_banded_case(f"scipy_test_real_{k}", 2, 1, ab, b)
    # SciPy's test_tridiag_real.
    ab = np.array([[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0]])
    solve_banded_case("scipy_test_tridiag_real", 1, 1, ab, np.array([10.0, 0.0, 2.0, 14.0]))
    # The docstring example (l=1, u=2).
    ab = np.array([[0, 0, -1, -1, -1], [0, 2, 2, 2, 2], [5, 4, 3, 2, 1], [1, 1, 1, 1, 0]], float)
    solve_banded_case("doc_example", 1, 2, ab, np.array([0, 1, 2, 2, 3], float))
    # Random bands, garbage in the unused corners, several right-hand sides;
    # no diagonal boost so partial pivoting swaps rows.
    for (n, l, u, k, seed) in [(30, 2, 1, 3, 1), (25, 1, 1, 2, 2), (40, 3, 4, 1, 3),
                               (20, 0, 3, 2, 4), (20, 3, 0, 2, 5), (12, 0, 0, 1, 6),
                               (60, 5, 2, 4, 7), (8, 7, 7, 2, 8)]:
        a = banded_random(seed, n, l, u)
        b = rng(seed + 50).uniform(-1, 1, (n, k))
        solve_banded_case(f"random_n{n}_l{l}_u{u}", l, u, band_of(a, l, u, seed + 100), b)
    # Tridiagonal where every step pivots (|subdiagonal| > |diagonal|).
    n = 10
    a = np.diag(np.full(n, 0.1)) + np.diag(np.full(n - 1, 2.0), -1) + np.diag(np.full(n - 1, 1.0), 1)
    solve_banded_case("tridiag_pivoting", 1, 1, band_of(a, 1, 1), np.arange(1.0, n + 1))
    # 1 x 1: b / ab[u, 0] (SciPy's gh-8906 path), also with a zero (inf, no error).
    solve_banded_case("one_by_one", 1, 2, np.array([[9.0], [8.0], [4.0], [7.0]]), np.array([[2.0, -6.0]]))
    # Singular: a zero column.
    a = banded_random(9, 6, 1, 1, boost=3.0)
    a[:, 2] = 0
    solve_banded_case("singular_zero_column", 1, 1, band_of(a, 1, 1), np.ones(6))
    a = banded_random(10, 6, 2, 1, boost=3.0)
    a[:, 3] = 0
    solve_banded_case("singular_gbsv", 2, 1, band_of(a, 2, 1), np.ones(6))
    # Errors.
    ab = band_of(banded_random(11, 5, 1, 1, 3.0), 1, 1)
    solve_banded_case("err_lu_mismatch", 2, 1, ab, np.ones(5), status="DIMENSION_MISMATCH")
    solve_banded_case("err_b_rows", 1, 1, ab, np.ones(4), status="DIMENSION_MISMATCH")
    bad = ab.copy()
    bad[1, 2] = np.nan
    solve_banded_case("err_nan", 1, 1, bad, np.ones(5), status="INVALID_ARGUMENT")
    solve_banded_case("err_inf_b", 1, 1, ab, np.array([1, 2, np.inf, 4, 5.0]), status="INVALID_ARGUMENT")
    solve_banded_case("empty", 1, 1, np.zeros((3, 0)), np.zeros((0, 1)))


def solveh_banded_case(name, ab, b, lower=False, check_finite=True, status=None):
    c = {"func": "solveh_banded", "name": name, "ab": mat(ab), "ab_shape": list(np.shape(ab)),
         "b": mat(col2(b)) if np.size(b) else [], "b_shape": list(col2(b).shape),
         "opts": {"lower": lower, "check_finite": check_finite}}
    return run(c, lambda: sl.solveh_banded(ab, b, lower=lower, check_finite=check_finite), status)


def spd_band(seed, n, kd):
    g = banded_random(seed, n, kd, kd)
    a = (g + g.T) / 2
    return a + (2 * kd + 2) * np.eye(n)


def lower_of(a, kd):
    n = a.shape[0]
    ab = np.zeros((kd + 1, n))
    for j in range(n):
        for i in range(j, min(n, j + kd + 1)):
            ab[i - j, j] = a[i, j]
    return ab


def solveh_banded_cases():
    # SciPy's TestSolveHBanded.test_01_upper and the docstring example (lower).
    ab = np.array([[0.0, 1.0, 1.0, 1.0], [4.0, 4.0, 4.0, 4.0]])
    solveh_banded_case("scipy_test_01_upper", ab, np.array([1.0, 4.0, 1.0, 2.0]))
    ab = np.array([[-99, -99, 1.0, 1.0], [0.0, 2.0, 2.0, 2.0], [4.0, 4.0, 4.0, 4.0]])
    solveh_banded_case("scipy_test_02_upper", ab, np.array([[1.0, 6.0], [4.0, 2.0], [1.0, 6.0], [2.0, 1.0]]))
    ab = np.array([[4, 5, 6, 7, 8, 9], [2, 2, 2, 2, 2, 0], [-1, -1, -1, -1, 0, 0]], float)
    solveh_banded_case("doc_example_lower", ab, np.array([1, 2, 2, 3, 3, 3], float), lower=True)
    for (n, kd, k, seed) in [(30, 3, 2, 21), (25, 1, 3, 22), (40, 5, 1, 23), (9, 8, 2, 24), (10, 0, 2, 25)]:
        a = spd_band(seed, n, kd)
        b = rng(seed + 50).uniform(-1, 1, (n, k))
        lo = lower_of(a, kd)
        up = band_of(a, 0, kd)
        solveh_banded_case(f"random_n{n}_kd{kd}_upper", up, b)
        solveh_banded_case(f"random_n{n}_kd{kd}_lower", lo, b, lower=True)
    # Not positive definite at the 3rd leading minor (pbsv and ptsv paths).
    a = spd_band(26, 7, 2)
    a[2, 2] = -5.0
    solveh_banded_case("not_pd_pbsv", band_of(a, 0, 2), np.ones(7))
    a = spd_band(27, 7, 1)
    a[3, 3] = -1.0
    solveh_banded_case("not_pd_ptsv_lower", lower_of(a, 1), np.ones(7), lower=True)
    ab = band_of(spd_band(28, 5, 1), 0, 1)
    solveh_banded_case("err_b_rows", ab, np.ones(4), status="DIMENSION_MISMATCH")
    bad = ab.copy()
    bad[1, 1] = np.nan
    solveh_banded_case("err_nan", bad, np.ones(5), status="INVALID_ARGUMENT")


def toeplitz_solve_case(name, c, r, b, check_finite=True, status=None):
    cc = {"func": "solve_toeplitz", "name": name, "c": vec(c), "b": mat(col2(b)) if np.size(b) else [],
          "b_shape": list(col2(b).shape), "opts": {"check_finite": check_finite}}
    if r is not None:
        cc["r"] = vec(r)
    arg = (c, r) if r is not None else c
    return run(cc, lambda: sl.solve_toeplitz(arg, b, check_finite=check_finite), status)


def solve_toeplitz_cases():
    random = np.random.RandomState(1234)
    for n in (1, 2, 3, 10):  # SciPy's test_solve_equivalence (real draws)
        c, r, y = random.randn(n), random.randn(n), random.randn(n)
        toeplitz_solve_case(f"scipy_equivalence_n{n}", c, r, y)
        toeplitz_solve_case(f"scipy_equivalence_sym_n{n}", c, None, y)
    random = np.random.RandomState(1234)
    c, r = random.randn(4), random.randn(4)
    toeplitz_solve_case("scipy_multiple_rhs", c, r, random.randn(4, 3))
    toeplitz_solve_case("scipy_native_lists", [1, 2, 4, 7], [1, 3, 9, 12], [5, 1, 4, 2])
    random = np.random.RandomState(1234)
    c, r, y = random.randn(4), random.randn(4), random.randn(4)
    c[0] = 0
    toeplitz_solve_case("scipy_zero_diag_error", c, r, y)
    toeplitz_solve_case("scipy_wikipedia_counterexample", [2, 2, 1], None, np.random.RandomState(1234).randn(3))
    # Larger well-conditioned (diagonally dominant) systems, and a mildly
    # ill-conditioned symmetric one (Levinson is not backward stable).
    g = rng(31)
    n = 60
    c = g.uniform(-1, 1, n) / np.arange(1, n + 1)
    r = g.uniform(-1, 1, n) / np.arange(1, n + 1)
    c[0] = r[0] = 3.0
    toeplitz_solve_case("dominant_n60", c, r, g.uniform(-1, 1, (n, 4)))
    c = 0.7 ** np.arange(40)
    toeplitz_solve_case("kms_n40", c, None, g.uniform(-1, 1, (40, 2)))
    toeplitz_solve_case("err_r_length", [1.0, 2.0, 3.0], [1.0, 2.0], np.ones(3), status="DIMENSION_MISMATCH")
    toeplitz_solve_case("err_b_rows", [4.0, 1.0, 0.5], None, np.ones(2), status="DIMENSION_MISMATCH")
    toeplitz_solve_case("err_nan", [4.0, np.nan, 0.5], None, np.ones(3), status="INVALID_ARGUMENT")
    toeplitz_solve_case("empty", np.zeros(0), None, np.zeros((0, 1)))


def circulant_solve_case(name, c, b, singular="raise", tol=None, status=None):
    cc = {"func": "solve_circulant", "name": name, "c": vec(c), "b": mat(col2(b)),
          "b_shape": list(col2(b).shape), "opts": {"singular": singular, "tol": tol}}
    # Column by column: SciPy 1.17's singular="lstsq" mask does not broadcast
    # over a 2-D b with baxis=0 (IndexError), while 1-D b works.
    cols = col2(b).T
    return run(cc, lambda: np.column_stack(
        [sl.solve_circulant(c, bk, singular=singular, tol=tol) for bk in cols]), status)


def solve_circulant_cases():
    circulant_solve_case("doc_example", [2, 2, 4], [1, 2, 3])
    circulant_solve_case("doc_singular_lstsq", [1, 1, 0, 0], [1, 2, 3, 4], singular="lstsq")
    circulant_solve_case("doc_singular_raise", [1, 1, 0, 0], [1, 2, 3, 4])
    g = rng(41)
    for n in (1, 2, 7, 16, 33):
        circulant_solve_case(f"random_n{n}", g.uniform(-1, 1, n) + np.eye(n)[0] * 2,
                             g.uniform(-1, 1, (n, 3)))
    # tol: an eigenvalue 0.5 in magnitude counts as singular with tol = 0.6.
    c = np.array([1.0, 0.25, 0.25, 0.0])
    circulant_solve_case("tol_lstsq", c, [1.0, 0.0, -1.0, 2.0], singular="lstsq", tol=0.6)
    circulant_solve_case("tol_raise", c, [1.0, 0.0, -1.0, 2.0], tol=0.6)
    circulant_solve_case("err_shape", [1.0, 2.0, 3.0], [1.0, 2.0], status="DIMENSION_MISMATCH")


def build_case(func, name, fn, **inputs):
    c = {"func": func, "name": name}
    c.update(inputs)
    return run(c, fn, out_key="out")


def special_cases():
    g = rng(51)
    c, r = g.uniform(-1, 1, 3), g.uniform(-1, 1, 5)
    build_case("toeplitz", "c3_r5", lambda: sl.toeplitz(c, r), c=vec(c), r=vec(r))
    build_case("toeplitz", "c5_r2", lambda: sl.toeplitz(r, c[:2]), c=vec(r), r=vec(c[:2]))
    build_case("toeplitz", "symmetric", lambda: sl.toeplitz([1.0, 2, 3]), c=[1.0, 2, 3])
    build_case("toeplitz", "c1", lambda: sl.toeplitz([4.0], [9.0, 1, 2]), c=[4.0], r=[9.0, 1, 2])
    build_case("circulant", "c4", lambda: sl.circulant([1.0, 2, 3, 4]), c=[1.0, 2, 3, 4])
    build_case("circulant", "c1", lambda: sl.circulant([5.0]), c=[5.0])
    for n in (0, 1, 5, 12):
        build_case("hilbert", f"n{n}", lambda n=n: sl.hilbert(n), n=n)
    a, b = g.uniform(-1, 1, (2, 3)), g.uniform(-1, 1, (3, 2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        kron = getattr(sl, "kron", np.kron)
    build_case("kron", "2x3_3x2", lambda: kron(a, b), a=mat(a), b=mat(b))
    build_case("kron", "doc", lambda: kron(np.array([[1.0, 2], [3, 4]]), np.array([[1.0, 1, 1]])),
               a=[[1.0, 2], [3, 4]], b=[[1.0, 1, 1]])
    blocks = [np.array([[1.0, 0], [0, 1]]), np.array([[3.0, 4, 5], [6, 7, 8]]), np.array([[7.0]])]
    build_case("block_diag", "doc", lambda: sl.block_diag(*blocks),
               blocks=[{"m": mat(x), "shape": list(x.shape)} for x in blocks])
    blocks = [np.zeros((1, 0)), np.array([[1.0, 2]]), np.zeros((2, 0)), g.uniform(-1, 1, (2, 3))]
    build_case("block_diag", "empty_blocks", lambda: sl.block_diag(*blocks),
               blocks=[{"m": mat(x) if x.size else [], "shape": list(x.shape)} for x in blocks])
    build_case("block_diag", "none", lambda: sl.block_diag(), blocks=[])


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    solve_banded_cases()
    solveh_banded_cases()
    solve_toeplitz_cases()
    solve_circulant_cases()
    special_cases()
    names = [(c["func"], c["name"]) for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    payload = {"scipy": scipy.__version__, "numpy": np.__version__,
               "generator": "tests/reference/gen_linalg_structured.py", "cases": CASES}
    with open(OUT, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    counts = {}
    for c in CASES:
        key = (c["func"], "error" in c)
        counts[key] = counts.get(key, 0) + 1
    for (func, is_err), k in sorted(counts.items()):
        print(f"  {func:<16} {'errors' if is_err else 'values'}: {k}")
    print(f"{OUT}: {len(CASES)} cases, {os.path.getsize(OUT) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
