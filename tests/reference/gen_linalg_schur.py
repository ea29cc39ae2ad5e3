#!/usr/bin/env python3
"""Reference data for sciport's Schur decomposition and the matrix equations
built on it, produced by SciPy: scipy.linalg.schur (output='real', sort),
solve_sylvester, solve_continuous_lyapunov, solve_discrete_lyapunov
(method None / 'direct' / 'bilinear'), sqrtm, logm, solve_continuous_are
and solve_discrete_are.

Run from the repository root with the project's SciPy environment (with
pytest installed: the Riccati cases are read from SciPy's test module):

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

"sqrtm" cases hold SciPy's root "x" (complex), "is_real" (SciPy returned a
real array), "warning" ("singular", "ill-conditioned" or null: SciPy's
LinAlgWarning) and "tol" (64 eps times the root's condition number
|A| |(I (x) X + X^T (x) I)^-1| / |X|, at least 1e-12, at most 1e-6); when
SciPy's root has infinities or NaNs ("finite": false) the test checks that
they are where SciPy has them.

"logm" cases hold SciPy's logarithm "x" (complex), "is_real", "warning"
("exactly singular", "nearly singular" or null: SciPy's LogmRankWarning),
"errest" (SciPy's ‖expm(x) - a‖₁ / ‖a‖₁; null when not finite) and
"inaccurate" (SciPy's RuntimeWarning: errest not below 1000 eps or not
finite), and "tol" (64 eps times the relative condition number
‖L_log(A)‖₂ ‖A‖₂ / max(1, ‖X‖₂) of the logarithm, from the Kronecker form of
expm_frechet at X, at least 1e-12; null when it would exceed 1e-6 — there
the test checks the round trip instead). SciPy 1.17 raises on a 0 x 0
matrix, which its own test_empty marks as a known failure: that case holds
the empty result SciPy's test expects.

Riccati cases are SciPy's (test_solvers.py: the carex and DARE collections
with their residual tolerances, the generalized ones with e and s,
test_infeasible, test_are_validate_args, gh-23336) and hold SciPy's "x",
"res_tol" (SciPy's own bound on max|residual|: 1.5 10^-min_decimal or
max_tol; null for SciPy's known failures, where the bound is ten times
SciPy's own residual, "scipy_res", also for the cases added here) and "tol_x" (relative distance to SciPy's
x: 1e4 eps times a first-order condition estimate (|Q| + |X| |A| |E| +
|X|^2 |B|^2 / s_min(R)) / (|X| sep), sep the smallest singular value of
the closed-loop Lyapunov operator, at least 1e-10; null where SciPy's x is
itself inaccurate or that tolerance would exceed 1e-4).
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import re  # noqa: E402
import warnings  # noqa: E402

from gen_linalg import call, error_record, rng, shaped, write_cases  # noqa: E402
from gen_linalg_eig import cplx_mat, cplx_vec, tolerances  # noqa: E402

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
    # orders >= 75 take the multishift QR with aggressive early deflation
    r = rng(19)
    q, _ = np.linalg.qr(r.standard_normal((100, 100)))
    repeated = q @ np.diag(np.repeat([1.0, -2.0, 3.0, 0.5], 25)) @ q.T
    graded = random_nonnormal(20, 100) * np.logspace(0, -12, 100)[:, None] * np.logspace(0, -12, 100)
    large = [
        ("random 150", random_nonnormal(18, 150), [None, "lhp"]),
        ("repeated eigenvalues 100", repeated, [None]),
        ("graded 100", graded, [None]),
        ("symmetric 120", (lambda m: m + m.T)(random_nonnormal(21, 120)), [None]),
    ]
    for name, a, sorts in large:
        for sort in sorts:
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
    # orders above 64 take the tiled back substitution
    sylvester_case("random 100x12", g.standard_normal((100, 100)), g.standard_normal((12, 12)),
                   g.standard_normal((100, 12)))
    sylvester_case("random 12x140", g.standard_normal((12, 12)), g.standard_normal((140, 140)),
                   g.standard_normal((12, 140)))
    sylvester_case("random 70x70", g.standard_normal((70, 70)), g.standard_normal((70, 70)),
                   g.standard_normal((70, 70)))
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
        ("random 70 stable", g.standard_normal((70, 70)) - 10 * np.eye(70),
         (lambda m: m @ m.T)(g.standard_normal((70, 70)))),
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


def sqrtm_case(name, a, complex_input=False):
    """SciPy's sqrtm of a (real, or complex for sciport's sqrtm_complex)."""
    a = np.asarray(a, dtype=complex if complex_input else float)
    c = {"func": "sqrtm_complex" if complex_input else "sqrtm", "name": name, "opts": {}}
    if complex_input:
        cplx_mat(c, "a", a)
    else:
        shaped(c, "a", a)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            x = sl.sqrtm(a)
        except Exception as e:  # LinAlgError, ValueError
            c["error"] = error_record(e)
            if "square" in str(e):
                c["error"]["status"] = "DIMENSION_MISMATCH"
            if not np.isfinite(a).all():
                # SciPy's zgees fails on NaN ("Internal error ... -102");
                # sciport rejects it up front
                c["error"]["status"] = "INVALID_ARGUMENT"
            CASES.append(c)
            return
    record_root(c, a, np.asarray(x), caught)


def record_root(c, a, x, caught):
    """SciPy's root x of a with its warning and tolerance (see the module
    docstring)."""
    texts = [str(w.message) for w in caught if issubclass(w.category, sl.LinAlgWarning)]
    warning = None
    if any("singular" in t for t in texts):
        warning = "singular"
    elif any("ill-conditioned" in t for t in texts):
        warning = "ill-conditioned"
    cplx_mat(c, "x", x)
    c["is_real"] = bool(np.isrealobj(x))
    c["warning"] = warning
    c["finite"] = bool(np.isfinite(x).all())
    if c["finite"] and a.size:
        n = a.shape[0]
        op = np.kron(np.eye(n), x) + np.kron(x.T, np.eye(n))
        s = np.linalg.svd(op, compute_uv=False)
        cond = np.linalg.norm(a, 2) / max(s[-1], 1e-300) / max(np.linalg.norm(x, 2), 1e-300)
        c["tol"] = float(min(max(1e-12, 64 * EPS * cond), 1e-6))
    CASES.append(c)


def sqrtm_cases():
    e = 2.0 ** -5
    g = rng(41)
    spd = (lambda m: m @ m.T + np.eye(20))(g.standard_normal((20, 20)))
    gh17918 = np.full((19, 19), 0.94)
    np.fill_diagonal(gh17918, 1)
    named = [
        ("empty", np.empty((0, 0))),
        ("1x1", [[4.0]]),
        ("1x1 negative", [[-4.0]]),
        ("test_bad", [[1.0, 0, 0, 1], [0, e, 0, 0], [0, 0, e, 0], [0, 0, 0, 1]]),
        ("identity", [[1, 0], [0, 1]]),
        ("jordan", [[1, 0], [1, 1]]),
        ("type preservation 3", [[2, 1], [1, 1]]),
        ("type preservation 4", [[2, 3], [1, 2]]),
        ("rank one", [[1, 1], [1, 1]]),
        ("negated identity", [[-1, 0], [0, -1]]),
        ("negated 3", [[-2, -1], [-1, -1]]),
        ("mixed sign", [[1, 0], [0, -1]]),
        ("swap", [[0, 1], [1, 0]]),
        ("cyclic 3", [[0, 1, 0], [0, 0, -1], [1, 0, 0]]),
        ("rotation", [[0.0, -1.0], [1.0, 0.0]]),
        ("strict upper triangular", [[0, 3, 0, 0], [0, 0, 3, 0], [0, 0, 0, 3], [0, 0, 0, 0]]),
        ("gh4866", [[1, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 1]]),
        ("gh5336", np.diag([2.0, 1.0, 0.0])),
        ("gh7839", np.zeros((2, 2))),
        ("gh17918", gh17918),
        ("spd 20", spd),
        ("random 12", g.standard_normal((12, 12))),
        ("random 30 shifted", g.standard_normal((30, 30)) + 8 * np.eye(30)),
        ("upper triangular", np.triu(g.uniform(0.5, 2.0, (6, 6)))),
        ("quasi triangular", [[1.0, 2.0, 3.0], [-1.0, 1.0, 4.0], [0.0, 0.0, 2.0]]),
    ]
    for name, a in named:
        sqrtm_case(name, a)
    sqrtm_case("nan triangular", [[1.0, np.nan], [0.0, 1.0]])
    sqrtm_case("nan", [[1.0, 2.0], [np.nan, 1.0]])
    sqrtm_case("not square", np.ones((2, 3)))


def logm_tol(a, x):
    """64 eps times the logarithm's relative condition number (None when
    over 1e-6 or x is not finite)."""
    n = a.shape[0]
    if not np.isfinite(x).all():
        return None
    k = np.empty((n * n, n * n), dtype=complex)
    for j in range(n * n):
        e = np.zeros(n * n, dtype=complex)
        e[j] = 1
        k[:, j] = sl.expm_frechet(x, e.reshape(n, n), compute_expm=False).ravel()
    smin = np.linalg.svd(k, compute_uv=False)[-1]
    # relative to max(1, |X|), as the test measures the difference
    cond = np.linalg.norm(a, 2) / max(smin, 1e-300) / max(np.linalg.norm(x, 2), 1.0)
    tol = max(1e-12, 64 * EPS * cond)
    return float(tol) if tol <= 1e-6 else None


def logm_case(name, a, complex_input=False):
    """SciPy's logm of a (real, or complex for sciport's logm_complex)."""
    a = np.asarray(a, dtype=complex if complex_input else float)
    c = {"func": "logm_complex" if complex_input else "logm", "name": name, "opts": {}}
    if complex_input:
        cplx_mat(c, "a", a)
    else:
        shaped(c, "a", a)
    if a.size == 0:
        # SciPy's test_empty (xfail in 1.17): an empty logarithm
        cplx_mat(c, "x", np.empty((0, 0)))
        c.update(is_real=not complex_input, warning=None, errest=0.0, inaccurate=False, tol=1e-12)
        CASES.append(c)
        return
    if not np.isfinite(a).all() or a.shape[0] != a.shape[1]:
        # SciPy's schur raises ValueError on NaN / Inf; with Inf in an upper
        # triangular input SciPy's square roots never terminate
        msg = "expected a square matrix" if a.shape[0] != a.shape[1] else "array must not contain infs or NaNs"
        status = "DIMENSION_MISMATCH" if a.shape[0] != a.shape[1] else "INVALID_ARGUMENT"
        c["error"] = {"type": "ValueError", "message": msg, "status": status}
        if np.isfinite(a).all() or np.isnan(a).any():
            _, err = call(lambda: sl.logm(a))
            assert err is not None and err["message"] == msg, err
        CASES.append(c)
        return
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        x = np.asarray(sl.logm(a))
    texts = [str(w.message) for w in caught]
    warning = None
    if any("exactly singular" in t for t in texts):
        warning = "exactly singular"
    elif any("nearly singular" in t for t in texts):
        warning = "nearly singular"
    errest = np.linalg.norm(sl.expm(x) - a, 1) / np.linalg.norm(a, 1) if np.linalg.norm(a, 1) else np.inf
    cplx_mat(c, "x", x)
    c["is_real"] = bool(np.isrealobj(x))
    c["warning"] = warning
    c["errest"] = float(errest) if np.isfinite(errest) else None
    c["inaccurate"] = any("inaccurate" in t for t in texts)
    c["tol"] = logm_tol(a, x)
    CASES.append(c)


def logm_cases():
    from scipy.linalg.tests.test_matfuncs import _get_al_mohy_higham_2012_experiment_1
    g = rng(71)
    nils = np.array([[-2., 25., 0., 0., 0., 0., 0.],
                     [0., -3., 10., 3., 3., 3., 0.],
                     [0., 0., 2., 15., 3., 3., 0.],
                     [0., 0., 0., 0., 15., 3., 0.],
                     [0., 0., 0., 0., 3., 10., 0.],
                     [0., 0., 0., 0., 0., -2., 25.],
                     [0., 0., 0., 0., 0., 0., -3.]])
    real = [
        ("scipy example", [[1.0, 3.0], [1.0, 4.0]]),
        ("test_al_mohy_higham_2012_experiment_1", _get_al_mohy_higham_2012_experiment_1()),
        ("test_complex_spectrum_real_logm", [[1, 1, 2], [2, 1, 1], [1, 2, 1]]),
        ("test_real_mixed_sign_spectrum 1", [[1, 0], [0, -1]]),
        ("test_real_mixed_sign_spectrum 2", [[0, 1], [1, 0]]),
        ("test_exactly_singular B", [[1, 1], [0, 0]]),
        ("test_exactly_singular B.T", [[1, 0], [1, 0]]),
        ("test_nearly_singular", [[1e-100]]),
        ("test_opposite_sign_complex_eigenvalues", [[0, 1], [-1, 0]]),
        ("test_readonly", np.ones((5, 5)) + np.eye(5)),
        ("test_no_ZeroDivisionError", np.zeros((2, 2))),
        ("1x1 negative", [[-2.0]]),
        ("identity 3", np.eye(3)),
        ("jordan", [[1.0, 1.0], [0.0, 1.0]]),
        ("negative triangular", [[-1.0, 1.0], [0.0, -2.0]]),
        ("negative eigenvalues", [[-1.0, 0.1], [0.2, -3.0]]),
        ("tiny diagonal", [[1e-25, 1.0], [0.0, 1.0]]),
        ("spd 20", (lambda m: m @ m.T + np.eye(20))(g.standard_normal((20, 20)))),
        ("random 12 shifted", g.standard_normal((12, 12)) + 5 * np.eye(12)),
        ("random 15", g.standard_normal((15, 15))),
        ("upper triangular", np.triu(g.uniform(0.5, 2.0, (6, 6)))),
        ("hilbert 6", sl.hilbert(6)),
        ("near identity", np.eye(4) + 1e-9 * g.standard_normal((4, 4))),
        ("rotation near pi", [[np.cos(3.1), -np.sin(3.1)], [np.sin(3.1), np.cos(3.1)]]),
        ("large norm", 1e6 * (g.standard_normal((5, 5)) + 4 * np.eye(5))),
        ("empty", np.empty((0, 0))),
    ]
    for m in ([[1, 0], [0, 1]], [[1, 0], [1, 1]], [[2, 1], [1, 1]], [[2, 3], [1, 2]]):
        real.append((f"test_logm_type_preservation_and_conversion {m}", m))
        real.append((f"test_logm_type_preservation_and_conversion -{m}", -np.array(m, dtype=float)))
    r = np.random.default_rng(1738098768840254)
    for n in range(1, 6):
        unscaled = r.uniform(size=(n, n))
        for scale in np.logspace(-4, 4, 9):
            real.append((f"test_round_trip_random_float n={n} scale={scale:g}", unscaled * scale))
    for name, a in real:
        logm_case(name, a)
    logm_case("nan", [[1.0, 2.0], [np.nan, 1.0]])
    logm_case("nan triangular", [[1.0, np.nan], [0.0, 1.0]])
    logm_case("inf triangular", [[1.0, np.inf], [0.0, 1.0]])
    logm_case("not square", np.ones((2, 3)))
    cplx = [
        ("test_nils", np.identity(7) * 3.1 + 0j - nils),
        ("test_exactly_singular A", [[0, 0], [1j, 1j]]),
        ("test_exactly_singular A.T", [[0, 1j], [0, 1j]]),
        ("test_opposite_sign_complex_eigenvalues 2", [[1j, 4], [0, -1j]]),
        ("test_opposite_sign_complex_eigenvalues 3", [[1j, 0], [0, -1j]]),
        ("test_complex_spectrum_real_logm", np.array([[1, 1, 2], [2, 1, 1], [1, 2, 1]], dtype=complex)),
        ("test_real_mixed_sign_spectrum 1", np.array([[1, 0], [0, -1]], dtype=complex)),
        ("test_no_ZeroDivisionError", np.zeros((2, 2), dtype=complex)),
        ("random 10", complex_random(72, 10)),
        ("random 16 shifted", complex_random(73, 16) + 6 * np.eye(16)),
        ("upper triangular", np.triu(complex_random(74, 5)) + 3 * np.eye(5)),
        ("empty", np.empty((0, 0), dtype=complex)),
    ]
    r = np.random.default_rng(1738098768840254)
    for n in range(1, 6):
        unscaled = r.standard_normal((n, n)) + 1j * r.standard_normal((n, n))
        for scale in np.logspace(-4, 4, 9):
            cplx.append((f"test_round_trip_random_complex n={n} scale={scale:g}", unscaled * scale))
    for name, a in cplx:
        logm_case(name, a, complex_input=True)
    logm_case("nan", [[1, np.nan], [1j, 2]], complex_input=True)
    logm_case("not square", np.ones((2, 3)), complex_input=True)


def are_residual(kind, a, b, q, r, e, s, x):
    e = np.eye(a.shape[0]) if e is None else e
    s = np.zeros_like(b) if s is None else s
    if kind == "care":
        f = e.T @ x @ b + s
        return a.T @ x @ e + e.T @ x @ a + q - f @ np.linalg.solve(r, f.T)
    f = a.T @ x @ b + s
    return a.T @ x @ a - e.T @ x @ e + q - f @ np.linalg.solve(r + b.T @ x @ b, b.T @ x @ a + s.T)


def are_tol_x(kind, a, b, q, r, e, s, x):
    m = a.shape[0]
    if m > 30:
        return 1e-6
    e = np.eye(m) if e is None else e
    s = np.zeros_like(b) if s is None else s
    if kind == "care":
        ac = a - b @ np.linalg.solve(r, b.T @ x @ e + s.T)
        op = np.kron(e.T, ac.T) + np.kron(ac.T, e.T)
    else:
        ac = a - b @ np.linalg.solve(r + b.T @ x @ b, b.T @ x @ a + s.T)
        op = np.kron(ac.T, ac.T) - np.kron(e.T, e.T)
    sep = np.linalg.svd(op, compute_uv=False)[-1]
    nx = max(np.linalg.norm(x, 2), 1e-300)
    rmin = np.linalg.svd(r, compute_uv=False)[-1] if r.size else 1.0
    num = (np.linalg.norm(q, 2) + nx * np.linalg.norm(a, 2) * np.linalg.norm(e, 2)
           + nx ** 2 * np.linalg.norm(b, 2) ** 2 / max(rmin, 1e-300))
    cond = num / (nx * max(sep, 1e-300))
    tol = max(1e-10, 1e4 * EPS * cond)
    # x not determined to 1e-4: the residual is the only meaningful check
    return float(tol) if tol <= 1e-4 else None


def are_case(kind, name, a, b, q, r, e=None, s=None, res_tol=None, known_failure=False):
    if any(np.iscomplexobj(v) for v in (a, b, q, r, e, s)):
        return  # complex Riccati equations are not part of sciport's real API
    solver = sl.solve_continuous_are if kind == "care" else sl.solve_discrete_are
    func = "solve_continuous_are" if kind == "care" else "solve_discrete_are"
    a, b, q, r = (np.atleast_2d(np.asarray(v, dtype=float)) for v in (a, b, q, r))
    e = None if e is None else np.atleast_2d(np.asarray(e, dtype=float))
    s = None if s is None else np.atleast_2d(np.asarray(s, dtype=float))
    c = {"func": func, "name": name, "opts": {"balanced": True}}
    for key, v in (("a", a), ("b", b), ("q", q), ("r", r), ("e", e), ("s", s)):
        if v is not None:
            shaped(c, key, v)
    x, err = call(lambda: solver(a, b, q, r, e, s))
    if err is not None:
        if err["type"] == "ValueError" and re.search(r"square|same", err["message"]):
            err["status"] = "DIMENSION_MISMATCH"
        c["error"] = err
        CASES.append(c)
        return
    shaped(c, "x", x)
    res = float(np.max(np.abs(are_residual(kind, a, b, q, r, e, s, x)))) if x.size else 0.0
    c["scipy_res"] = res
    c["res_tol"] = None if known_failure else res_tol
    c["known_failure"] = known_failure
    c["tol_x"] = None if known_failure or not x.size else are_tol_x(kind, a, b, q, r, e, s, x)
    CASES.append(c)


def riccati_cases():
    import scipy.linalg.tests.test_solvers as ts
    care = ts.TestSolveContinuousAre
    for j, (a, b, q, r, known) in enumerate(care.cases):
        dec = care.min_decimal[j]
        are_case("care", f"carex case {j}", a, b, q, r,
                 res_tol=None if dec is None else 1.5 * 10.0 ** -dec,
                 known_failure=known is not None or dec is None)
    dare = ts.TestSolveDiscreteAre
    for j, (a, b, q, r, known) in enumerate(dare.cases):
        are_case("dare", f"dare case {j}", a, b, q, r, res_tol=float(dare.max_tol[j]),
                 known_failure=known is not None)
    ga = np.array([[2.769230e-01, 8.234578e-01, 9.502220e-01],
                   [4.617139e-02, 6.948286e-01, 3.444608e-02],
                   [9.713178e-02, 3.170995e-01, 4.387444e-01]])
    gb = np.array([[3.815585e-01, 1.868726e-01], [7.655168e-01, 4.897644e-01],
                   [7.951999e-01, 4.455862e-01]])
    ge = np.array([[6.463130e-01, 2.760251e-01, 1.626117e-01],
                   [7.093648e-01, 6.797027e-01, 1.189977e-01],
                   [7.546867e-01, 6.550980e-01, 4.983641e-01]])
    for kind, tol in (("care", 1.5e-10), ("dare", 1.5e-11)):
        are_case(kind, "generalized s=0", ga, gb, np.eye(3), np.eye(2), ge, np.zeros((3, 2)),
                 res_tol=tol)
        are_case(kind, "generalized s=1", ga, gb, np.eye(3), np.eye(2), ge, np.ones((3, 2)),
                 res_tol=tol)
        gh = ([[-0.9, 0.25], [0, -1.1]], [[0.23], [0.45]], np.eye(2), [[0.45]])
        are_case(kind, "gh-23336 s only", *gh, s=[[0.1], [0.2]], res_tol=1e-12)
        are_case(kind, "gh-23336 e and s", *gh, e=np.eye(2), s=[[0.1], [0.2]], res_tol=1e-12)
        are_case(kind, "unbalanced", [[1.0, 1e4], [1e-4, 2.0]], [[1.0], [1e-3]], np.eye(2),
                 [[1.0]])
    g = np.load(os.path.join(os.path.dirname(ts.__file__), "data", "gendare_20170120_data.npz"))
    are_case("dare", "gendare_20170120", g["A"], g["B"], g["Q"], g["R"], None, g["S"],
             res_tol=3.5e-16)
    inf_a = np.triu(np.ones((3, 3)))
    inf_a[0, 1] = -1
    are_case("care", "test_infeasible", inf_a, np.array([[1, 1, 0], [0, 0, 1]]).T,
             np.full_like(inf_a, -2) + np.diag([8, -1, -1.9]), np.diag([-10, 0.1]))
    nsq, sq3, sq4 = np.ones((3, 2)), np.eye(3), np.eye(4)
    nsym = np.arange(9.0).reshape(3, 3)
    sing = np.full((3, 3), 1e12)
    sing[2, 2] -= 1
    nm = np.full((2, 2), np.nan)
    bad = [
        ("a not square", (nsq, 1, 1, 1), {}),
        ("q not square", (sq3, sq3, nsq, 1), {}),
        ("r not square", (sq3, sq3, sq3, nsq), {}),
        ("e not square", (sq3, sq3, sq3, sq3, nsq), {}),
        ("b rows", (sq4, nsq, 1, 1), {}),
        ("s shape", (sq4, sq4, sq4, sq4, sq4, nsq), {}),
        ("q shape", (sq4, sq4, sq3, sq4), {}),
        ("r shape", (sq4, sq4, sq4, sq3), {}),
        ("e shape", (sq4, sq4, sq4, sq4, sq3), {}),
        ("q not symmetric", (sq3, sq3, nsym, sq3), {}),
        ("r not symmetric", (sq3, sq3, sq3, nsym), {}),
        ("e singular", (sq3, sq3, sq3, sq3, sing), {}),
        ("a nan", (nm, np.eye(2), np.eye(2), np.eye(2)), {}),
        ("b nan", (np.eye(2), nm, np.eye(2), np.eye(2)), {}),
        ("q nan", (np.eye(2), np.eye(2), nm, np.eye(2)), {}),
    ]
    for kind in ("care", "dare"):
        for name, args, _ in bad:
            are_case(kind, name, *args)
    are_case("care", "r singular", sq3, sq3, sq3, sing)


def schur_complex_case(name, a, sort=None):
    a = np.asarray(a, dtype=complex)
    c = {"func": "schur_complex", "name": f"{name} sort={sort}", "opts": {"sort": sort}}
    cplx_mat(c, "a", a)
    res, err = call(lambda: sl.schur(a, output="complex", sort=sort) if sort
                    else sl.schur(a, output="complex"))
    if err is not None:
        if sort not in SORTS:
            err["status"] = "UNKNOWN_NAME"
        c["error"] = err
        CASES.append(c)
        return
    e = {"sdim": int(res[2]) if sort else 0}
    cplx_vec(e, "w", np.diag(res[0]))
    c["expect"] = e
    if a.size:
        w, vl, vr = sl.eig(a, left=True, right=True)
        c["tol_w"] = tolerances(a, None, w, vl, vr)[0]
    CASES.append(c)


def complex_random(seed, n):
    g = rng(seed)
    return g.standard_normal((n, n)) + 1j * g.standard_normal((n, n))


def schur_complex_cases():
    named = [
        ("test_simple", [[8, 12, 3], [2, 9, 3], [10, 3, 6]]),
        ("test_gh_13137_sort_str", [[0.1, -2], [2, 0.1]]),
        ("empty", np.empty((0, 0))),
        ("1x1", [[2 - 1j]]),
        ("hermitian 4", (lambda m: m + m.conj().T)(complex_random(51, 4))),
        ("upper triangular 4", np.triu(complex_random(52, 4))),
        ("random 6", complex_random(53, 6)),
        ("random 25", complex_random(54, 25)),
        ("random 40 scaled", complex_random(55, 40) / 7),
        # real-valued input takes the real Schur form, then complex rotations
        ("real random 30", random_nonnormal(56, 30)),
    ]
    for name, a in named:
        for sort in SORTS:
            schur_complex_case(name, a, sort)
    for sort in [None, "lhp", "iuc"]:  # order >= 75: the real multishift QR
        schur_complex_case("real random 110", random_nonnormal(57, 110) / 10, sort)
    schur_complex_case("unknown sort", np.eye(2), "fancy")
    schur_complex_case("not square", np.ones((2, 3)))
    schur_complex_case("nan", [[1, np.nan], [1j, 2]])


def sqrtm_complex_cases():
    named = [
        ("empty", np.empty((0, 0))),
        ("1x1", [[-4 + 0j]]),
        ("test_opposite_sign_complex_eigenvalues", [[2j, 4], [0, -2j]]),
        ("test_gh23278", [[1., 0., 0.], [0, 1, -1j], [0, 1j, 2]]),
        ("random 8", complex_random(61, 8)),
        ("random 20 shifted", complex_random(62, 20) + 6 * np.eye(20)),
        ("upper triangular", np.triu(complex_random(63, 5)) + 3 * np.eye(5)),
        # singular with a root (a simple zero eigenvalue); matrices without
        # one (nilpotent) give LAPACK-dependent garbage in SciPy, not tested
        ("singular triangular", [[4j, 1, 2], [0, 1, 1j], [0, 0, 0]]),
        ("nan", [[1, np.nan], [1j, 2]]),
    ]
    for name, a in named:
        sqrtm_case(name, a, complex_input=True)
    sqrtm_case("not square", np.ones((2, 3)), complex_input=True)


def main():
    schur_complex_cases()
    sqrtm_complex_cases()
    riccati_cases()
    schur_cases()
    sqrtm_cases()
    logm_cases()
    sylvester_cases()
    lyapunov_cases()
    write_cases(OUT, "tests/reference/gen_linalg_schur.py", CASES)


if __name__ == "__main__":
    main()
