#!/usr/bin/env python3
"""Reference data for sciport's Schur decomposition and the matrix equations
built on it, produced by SciPy: scipy.linalg.schur (output='real', sort),
solve_sylvester, solve_continuous_lyapunov and solve_discrete_lyapunov
(method None / 'direct' / 'bilinear').

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_schur.py

It writes tests/reference/linalg/schur.json, read by tests/linalg_schur.rs
(which needs no Python). Encoding as gen_linalg.py's; complex arrays are
split into "<key>_re" and "<key>_im".

Cases: SciPy's own (linalg/tests/test_decomp.py TestSchur: test_simple,
test_sort, test_gh_13137_sort_str, test_empty; test_solvers.py
TestSolveSylvester and TestSolveLyapunov, real cases), random non-normal
matrices with complex pairs, defective and triangular ones, and the errors.

A Schur form is not unique (the order of unsorted eigenvalues, the signs of
z's columns), so "schur" cases hold SciPy's eigenvalues in the order of its t
("w"), "sdim", and "tol_w" (as gen_linalg_eig.py: 64 eps times the
eigenvalue condition number, relative to max(1, |A|)); the test checks the
invariants and the eigenvalues as a set, the selected ones first. The
equations' solutions are unique: "x" is SciPy's, "tol" bounds the relative
difference max|x - x_scipy| / max(1, max|x_scipy|) by 64 eps times the
condition number of the Kronecker operator (at least 1e-12).
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import call, rng, shaped, write_cases  # noqa: E402
from gen_linalg_eig import cplx_vec, tolerances  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "schur.json")
CASES = []
EPS = np.finfo(float).eps
SORTS = [None, "lhp", "rhp", "iuc", "ouc"]


def t_eigenvalues(t):
    """The eigenvalues of a real Schur form in the order of its blocks."""
    n = t.shape[0]
    w, k = [], 0
    while k < n:
        if k + 1 < n and t[k + 1, k] != 0.0:
            im = np.sqrt(abs(t[k, k + 1])) * np.sqrt(abs(t[k + 1, k]))
            w += [t[k, k] + 1j * im, t[k, k] - 1j * im]
            k += 2
        else:
            w.append(t[k, k] + 0j)
            k += 1
    return np.array(w, dtype=complex)


def schur_case(name, a, sort=None):
    a = np.asarray(a, dtype=float)
    c = {"func": "schur", "name": f"{name} sort={sort}", "opts": {"sort": sort}}
    shaped(c, "a", a)
    res, err = call(lambda: sl.schur(a, sort=sort) if sort else sl.schur(a))
    if err is not None:
        c["error"] = err
        CASES.append(c)
        return
    t = res[0]
    e = {"sdim": int(res[2]) if sort else 0}
    cplx_vec(e, "w", t_eigenvalues(t))
    c["expect"] = e
    if a.size:
        w, vl, vr = sl.eig(a, left=True, right=True)
        c["tol_w"] = tolerances(a, None, w, vl, vr)[0]
    CASES.append(c)


def schur_error(name, a, sort, status):
    c = {"func": "schur", "name": name, "opts": {"sort": sort}}
    a = np.asarray(a, dtype=float)
    shaped(c, "a", a)
    _, err = call(lambda: sl.schur(a, sort=sort))
    assert err is not None
    err["status"] = status
    c["error"] = err
    CASES.append(c)


def random_nonnormal(seed, n):
    return rng(seed).standard_normal((n, n))


def schur_cases():
    simple = [[8, 12, 3], [2, 9, 3], [10, 3, 6]]
    sort_matrix = [[4., 3., 1., -1.], [-4.5, -3.5, -1., 1.], [9., 6., -4., 4.5],
                   [6., 4., -3., 3.5]]
    gh13137 = [[0.1, -2], [2, 0.1]]
    named = [
        ("test_simple", simple),
        ("test_sort", sort_matrix),
        ("test_gh_13137_sort_str", gh13137),
        ("test_empty", np.empty((0, 0))),
        ("1x1", [[-3.0]]),
        ("2x2 rotation", [[0.0, -1.0], [1.0, 0.0]]),
        ("2x2 real pair", [[1.0, 2.0], [3.0, 4.0]]),
        ("zero 3x3", np.zeros((3, 3))),
        ("jordan 4", np.eye(4) * 0.5 + np.diag(np.ones(3), 1)),
        ("upper triangular 5", np.triu(rng(11).standard_normal((5, 5)))),
        ("symmetric 6", (lambda m: m + m.T)(rng(12).standard_normal((6, 6)))),
        ("companion 6", sl.companion(np.poly([-2, -1 + 1j, -1 - 1j, 0.5, 0.3 + 2j, 0.3 - 2j]).real)),
        ("random 5", random_nonnormal(13, 5)),
        ("random 10", random_nonnormal(14, 10)),
        ("random 30", random_nonnormal(15, 30)),
        ("random 80", random_nonnormal(16, 80) / 9.0),
        ("hessenberg 12", np.triu(random_nonnormal(17, 12), -1)),
    ]
    for name, a in named:
        for sort in SORTS:
            schur_case(name, a, sort)
    schur_error("unknown sort", sort_matrix, "unsupported", "UNKNOWN_NAME")
    schur_error("not square", np.ones((2, 3)), None, "DIMENSION_MISMATCH")
    nan = np.array(simple, dtype=float)
    nan[1, 1] = np.nan
    schur_error("nan", nan, None, "INVALID_ARGUMENT")


def kron_cond(op):
    s = np.linalg.svd(op, compute_uv=False) if op.size else np.array([1.0])
    return s[0] / max(s[-1], 1e-300)


def equation_case(func, name, inputs, op, solve, opts=None):
    c = {"func": func, "name": name, "opts": opts or {}}
    for key, v in inputs.items():
        shaped(c, key, np.asarray(v, dtype=float))
    res, err = call(solve)
    if err is not None:
        c["error"] = err
        CASES.append(c)
        return
    shaped(c, "x", res)
    c["tol"] = float(min(max(1e-12, 64 * EPS * kron_cond(op)), 1e-4))
    CASES.append(c)


def sylvester_case(name, a, b, q):
    a, b, q = (np.asarray(v, dtype=float) for v in (a, b, q))
    op = np.kron(np.eye(b.shape[0]), a) + np.kron(b.T, np.eye(a.shape[0]))
    equation_case("solve_sylvester", name, {"a": a, "b": b, "q": q}, op,
                  lambda: sl.solve_sylvester(a, b, q))


def sylvester_cases():
    sylvester_case("empty", np.empty((0, 0)), np.empty((0, 0)), np.empty((0, 0)))
    sylvester_case("empty a", np.empty((0, 0)), np.ones((2, 2)), np.empty((0, 2)))
    sylvester_case("empty b", np.ones((2, 2)), np.empty((0, 0)), np.empty((2, 0)))
    sylvester_case("test_cases real", [[1, 2], [0, 4]], [[5, 6], [0, 8]], [[9, 10], [11, 12]])
    sylvester_case("test_cases 4x4 blocks",
                   [[1.0, 0, 0, 0], [0, 1.0, 2.0, 0.0], [0, 0, 3.0, -4], [0, 0, 2, 5]],
                   [[2.0, 0, 0, 1.0], [0, 1.0, 0.0, 0.0], [0, 0, 1.0, -1], [0, 0, 1, 1]],
                   np.eye(4))
    sylvester_case("test_cases b real", [[1.0, 2.0], [3.0, 5.0]], [[-1.0, 0], [3.0, 4.0]],
                   [[2.0, 2.0], [-1.0, 2.0]])
    sylvester_case("test_cases not square", [[8, 1, 6], [3, 5, 7], [4, 9, 2]],
                   [[2, 3], [4, 5]], [[1, 2], [3, 4], [5, 6]])
    sylvester_case("test_trivial", np.eye(2), [[1.0]], [[2.0], [2.0]])
    g = rng(21)
    sylvester_case("random 6x4", g.standard_normal((6, 6)), g.standard_normal((4, 4)),
                   g.standard_normal((6, 4)))
    sylvester_case("random 25x18", g.standard_normal((25, 25)), g.standard_normal((18, 18)),
                   g.standard_normal((25, 18)))
    sylvester_case("near-singular", [[1.0, 1.0], [0.0, 2.0]], [[-1.0 + 1e-9, 0.0], [0.0, 3.0]],
                   [[1.0, 2.0], [3.0, 4.0]])
    c = {"func": "solve_sylvester", "name": "q shape", "opts": {}}
    for key, v in {"a": np.eye(2), "b": np.eye(3), "q": np.ones((3, 2))}.items():
        shaped(c, key, v)
    c["error"] = {"type": "ValueError", "message": "q: expected a 2x3 matrix",
                  "status": "DIMENSION_MISMATCH"}
    CASES.append(c)


def lyapunov_cases():
    kitagawa_a = [[3, 9, 5, 1, 4], [1, 2, 3, 8, 4], [4, 6, 6, 6, 3], [1, 5, 2, 0, 7],
                  [5, 3, 3, 1, 5]]
    kitagawa_q = [[2, 4, 1, 0, 1], [4, 1, 0, 2, 0], [1, 0, 3, 0, 3], [0, 2, 0, 1, 0],
                  [1, 0, 3, 0, 4]]
    companion = np.zeros((11, 11))
    companion[0] = [0.100, 0.091, 0.082, 0.073, 0.064, 0.055, 0.046, 0.037, 0.028, 0.019,
                    0.010]
    companion[np.arange(1, 11), np.arange(10)] = 1.0
    gh4176 = ([[0, 1], [-1 / 2, -1]], np.outer([0, 3], [0, 3]))
    g = rng(31)
    stable = g.standard_normal((20, 20)) - 6 * np.eye(20)
    contractive = g.standard_normal((14, 14)) / 8
    q20 = (lambda m: m @ m.T)(g.standard_normal((20, 20)))
    q14 = (lambda m: m @ m.T)(g.standard_normal((14, 14)))
    cases = [
        ("empty", np.empty((0, 0)), np.empty((0, 0))),
        ("test_cases 2x2", [[1, 2], [3, 4]], [[9, 10], [11, 12]]),
        ("kitagawa", kitagawa_a, kitagawa_q),
        ("companion 11", companion, np.eye(11)),
        ("gh-4176", gh4176[0], gh4176[1]),
        ("random 20 stable", stable, q20),
        ("random 14 contractive", contractive, q14),
    ]
    for name, a, q in cases:
        a, q = np.asarray(a, dtype=float), np.asarray(q, dtype=float)
        n = a.shape[0]
        eye = np.eye(n)
        cont = np.kron(eye, a) + np.kron(a, eye)
        equation_case("solve_continuous_lyapunov", name, {"a": a, "q": q}, cont,
                      lambda: sl.solve_continuous_lyapunov(a, q))
        disc = np.eye(n * n) - np.kron(a, a)
        for method in (None, "direct", "bilinear"):
            equation_case("solve_discrete_lyapunov", f"{name} method={method}",
                          {"a": a, "q": q}, disc,
                          lambda: sl.solve_discrete_lyapunov(a, q, method=method),
                          {"method": method})
    sq, nsq = np.eye(3), np.ones((3, 2))
    for name, a, q in (("a not square", nsq, sq), ("q not square", sq, nsq),
                       ("q wrong size", sq, np.eye(2))):
        for func in ("solve_continuous_lyapunov", "solve_discrete_lyapunov"):
            c = {"func": func, "name": name, "opts": {}}
            shaped(c, "a", a)
            shaped(c, "q", q)
            c["error"] = {"type": "ValueError", "message": "shape", "status": "DIMENSION_MISMATCH"}
            CASES.append(c)
    c = {"func": "solve_discrete_lyapunov", "name": "unknown method",
         "opts": {"method": "fancy"}}
    shaped(c, "a", np.eye(2))
    shaped(c, "q", np.eye(2))
    _, err = call(lambda: sl.solve_discrete_lyapunov(np.eye(2), np.eye(2), method="fancy"))
    err["status"] = "UNKNOWN_NAME"
    c["error"] = err
    CASES.append(c)


def main():
    schur_cases()
    sylvester_cases()
    lyapunov_cases()
    write_cases(OUT, "tests/reference/gen_linalg_schur.py", CASES)


if __name__ == "__main__":
    main()
