#!/usr/bin/env python3
"""Generates bindings/julia/test/linalg_reference.jl: inputs and SciPy's results
for the tests of Sciport.Linalg (linalg_tests.jl reads the committed file).

Run from the repository root:
    /work/venv/bin/python bindings/julia/test/make_linalg_reference.py

Conventions of the generated file:
- Matrices are written in column-major order and reshaped in Julia, so the Julia
  matrix has the same logical indices as the NumPy one (A[i+1, j+1] == a[i, j]).
- Every case records `call`, the exact SciPy call that produced `expected`
  (names are the keys of LINALG_INPUTS).
- Indices are translated to Sciport.jl's 1-based convention: lu_factor's piv is
  written as piv + 1, subset_by_index=[lo, hi] as subset_by_index = (lo + 1, hi + 1),
  qr's pivoting permutation P as p = P + 1.
- Results become Julia NamedTuples with SciPy's names: qr (q, r[, p]), mode 'r'
  (r,[ p]), mode 'raw' (q = (h, tau), r[, p]); qr_raw (h, tau, r[, p]); rq (r, q);
  lstsq (x, residues, rank, s); pinv with return_rank (b, rank).
- matrix_rank and kron are NumPy's (numpy.linalg.matrix_rank, numpy.kron: SciPy 1.17
  has no scipy.linalg.kron); the others are scipy.linalg's.
- Slice 3 (solve_banded, solveh_banded, solve_toeplitz, solve_circulant, toeplitz,
  circulant, hilbert, kron, block_diag): (l, u) and (c, r) pairs are inputs
  themselves (Julia tuples), so each case is func(args...; kwargs...) on both
  sides. LINALG_ERROR_CASES lists calls where SciPy raises, with sciport's status
  class and SciPy's exception text.
"""
import os
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261203)


def spd(n):
    m = rng.standard_normal((n, n))
    return m @ m.T + n * np.eye(n)


def sym(n):
    m = rng.standard_normal((n, n))
    return (m + m.T) / 2


A4 = rng.standard_normal((4, 4))
T4 = np.triu(rng.standard_normal((4, 4))) + 4 * np.eye(4)
INPUTS = {
    "A4": A4,                                   # general, well conditioned
    "S4": spd(4),                               # symmetric positive definite
    "Y5": sym(5),                               # symmetric indefinite
    "T4": T4,                                   # upper triangular
    "T4j": T4 + np.tril(rng.standard_normal((4, 4)), -1),  # upper triangle = T4, junk below
    "L4j": (T4 + np.tril(rng.standard_normal((4, 4)), -1)).T,  # lower triangle = T4', junk above
    "D4": np.diag(rng.uniform(1, 3, 4)),         # diagonal
    "Tri5": (np.diag(rng.uniform(4, 5, 5)) + np.diag(rng.standard_normal(4), 1)
             + np.diag(rng.standard_normal(4), -1)),  # tridiagonal
    "R35": rng.standard_normal((3, 5)),
    "R53": rng.standard_normal((5, 3)),
    "B42": rng.standard_normal((4, 2)),
    "b4": rng.standard_normal(4),
    "B52": rng.standard_normal((5, 2)),
    "E00": np.zeros((0, 0)),
    "one": np.array([[-2.5]]),
}
S4 = INPUTS["S4"]

CASES = []  # (func, args, jl_kwargs, call, expected)


def case(func, args, call, expected, **jlkw):
    CASES.append((func, args, jlkw, call, expected))


def run(call):
    env = dict(INPUTS)
    env.update(scipy=scipy, np=np)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return eval(call, env)


def add(func, args, pykw="", jlkw=None, post=None):
    """Registers scipy.linalg.func(*args, pykw) with Julia kwargs jlkw."""
    call = f"scipy.linalg.{func}({', '.join(args)}{', ' + pykw if pykw else ''})"
    res = run(call)
    if post is not None:
        res = post(res)
    case(func, args, call, res, **(jlkw or {}))


# solve
add("solve", ["A4", "B42"])
add("solve", ["A4", "b4"])
add("solve", ["A4", "B42"], "transposed=True", dict(transposed=True))
add("solve", ["S4", "B42"], "assume_a='pos'", dict(assume_a="pos"))
add("solve", ["S4", "b4"], "assume_a='pos', lower=True", dict(assume_a="pos", lower=True))
add("solve", ["S4", "B42"], "assume_a='sym'", dict(assume_a="sym"))
add("solve", ["S4", "B42"], "assume_a='symmetric', lower=True", dict(assume_a="symmetric", lower=True))
add("solve", ["T4", "B42"], "assume_a='upper triangular'", dict(assume_a="upper triangular"))
add("solve", ["D4", "B42"], "assume_a='diagonal'", dict(assume_a="diagonal"))
add("solve", ["Tri5", "B52"], "assume_a='tridiagonal'", dict(assume_a="tridiagonal"))
add("solve", ["Tri5", "B52"], "assume_a='banded'", dict(assume_a="banded"))
add("solve", ["A4", "B42"], "assume_a='gen'", dict(assume_a="gen"))

# solve_triangular
add("solve_triangular", ["T4j", "B42"])
add("solve_triangular", ["T4j", "b4"])
add("solve_triangular", ["T4j", "B42"], "trans=1", dict(trans=1))
add("solve_triangular", ["T4j", "B42"], "trans='T'", dict(trans="T"))
add("solve_triangular", ["T4j", "B42"], "trans=2", dict(trans=2))
add("solve_triangular", ["L4j", "B42"], "lower=True", dict(lower=True))
add("solve_triangular", ["L4j", "B42"], "lower=True, trans='T'", dict(lower=True, trans="T"))
add("solve_triangular", ["T4j", "B42"], "unit_diagonal=True", dict(unit_diagonal=True))

# lu_factor (piv written 1-based)
for a in ("A4", "R35", "R53"):
    add("lu_factor", [a], post=lambda r: {"lu": r[0], "piv": r[1] + 1})

# lu_solve from SciPy's factorization (inputs LU_A4, PIV_A4 are 1-based)
lu, piv = sl.lu_factor(A4)
INPUTS["LU_A4"], INPUTS["PIV_A4"] = lu, piv + 1
for b in ("B42", "b4"):
    for trans in (0, 1, 2):
        call = f"scipy.linalg.lu_solve(scipy.linalg.lu_factor(A4), {b}, trans={trans})"
        case("lu_solve", ["LU_A4", "PIV_A4", b], call, run(call), trans=trans)

# cho_factor / cho_solve / cholesky
for lower in (False, True):
    L = "True" if lower else "False"
    add("cho_factor", ["S4"], f"lower={L}", dict(lower=lower),
        post=lambda r: {"c": r[0], "lower": r[1]})
    c, _ = sl.cho_factor(S4, lower=lower)
    INPUTS[f"C_S4_{L}"] = c
    for b in ("B42", "b4"):
        call = f"scipy.linalg.cho_solve(scipy.linalg.cho_factor(S4, lower={L}), {b})"
        case("cho_solve", [f"C_S4_{L}", b], call, run(call), lower=lower)
    add("cholesky", ["S4"], f"lower={L}", dict(lower=lower))
add("cholesky", ["S4"])

# inv / det
add("inv", ["A4"])
add("inv", ["S4"])
add("inv", ["one"])
add("inv", ["S4"], "assume_a='pos'", dict(assume_a="pos"))
for a in ("A4", "S4", "Y5", "one", "E00"):
    add("det", [a])

# svd / svdvals (u, vh compared up to a common sign per singular pair)
for a in ("R35", "R53", "A4"):
    add("svd", [a], post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})
    add("svd", [a], "full_matrices=False", dict(full_matrices=False),
        post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})
    add("svd", [a], "compute_uv=False", dict(compute_uv=False))
    add("svdvals", [a])
add("svd", ["R53"], "lapack_driver='gesvd'", dict(lapack_driver="gesvd"),
    post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})
add("svd", ["A4"], "full_matrices=False, lapack_driver='gesvd'",
    dict(full_matrices=False, lapack_driver="gesvd"),
    post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})

# eigh / eigvalsh (v compared up to sign per column; eigenvalues are distinct)
wv = lambda r: {"w": r[0], "v": r[1]}
add("eigh", ["Y5"], post=wv)
add("eigh", ["Y5"], "lower=False", dict(lower=False), post=wv)
add("eigh", ["S4"], post=wv)
add("eigh", ["Y5"], "eigvals_only=True", dict(eigvals_only=True))
add("eigh", ["Y5"], "subset_by_index=[1, 3]", dict(subset_by_index=(2, 4)), post=wv)
add("eigh", ["Y5"], "subset_by_index=[0, 0]", dict(subset_by_index=(1, 1)), post=wv)
w = sl.eigvalsh(INPUTS["Y5"])
lo, hi = float((w[0] + w[1]) / 2), float((w[3] + w[4]) / 2)  # strictly between eigenvalues
INPUTS["lo"], INPUTS["hi"] = lo, hi
add("eigh", ["Y5"], f"subset_by_value=[{lo!r}, {hi!r}]", dict(subset_by_value=(lo, hi)), post=wv)
add("eigh", ["Y5"], f"subset_by_value=[-np.inf, {hi!r}]", dict(subset_by_value=(-np.inf, hi)), post=wv)
for drv in ("ev", "evd", "evr", "evx"):
    add("eigh", ["Y5"], f"driver='{drv}'", dict(driver=drv), post=wv)
add("eigh", ["Y5"], "driver='evx', subset_by_index=[2, 4]", dict(driver="evx", subset_by_index=(3, 5)),
    post=wv)
add("eigvalsh", ["Y5"])
add("eigvalsh", ["Y5"], "lower=False", dict(lower=False))
add("eigvalsh", ["S4"], "subset_by_index=[1, 2]", dict(subset_by_index=(2, 3)))
add("eigvalsh", ["Y5"], f"subset_by_value=[{lo!r}, np.inf]", dict(subset_by_value=(lo, np.inf)))

# ---- slice 2: qr / rq / lstsq / pinv / matrix_rank / null_space / orth / norm ----
# Inputs: SciPy test_decomp.py's TestQR literals, random full-rank matrices (QR
# and RQ are unique to rounding there, so factors are compared elementwise),
# rank-deficient ones (compared through invariants / projectors), empty ones.
INPUTS.update({
    "Lit3": np.array([[8.0, 2, 3], [2, 9, 3], [5, 3, 6]]),
    "LitW": np.array([[8.0, 2, 3], [2, 9, 3]]),
    "LitT": np.array([[8.0, 2], [2, 9], [5, 3]]),
    "R74": rng.standard_normal((7, 4)),
    "W37": rng.standard_normal((3, 7)),
    "K64": rng.standard_normal((6, 2)) @ rng.standard_normal((2, 4)),   # rank 2
    "NS3": np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]]),                 # rank 2
    "NS3b": np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 10]]),
    "Dg3": np.diag([1.0, 1e-3, 1e-9]),
    "Dg4": np.diag([10.0, 1.0, 1e-3, 1e-14]),
    "Ex": np.array([[1.0, 20], [-30, 4]]),                              # TestLstsq literals
    "Ex_b1": np.array([[1.0, 0], [0, 1]]),
    "Ex_b2": np.array([1.0, 0]),
    "Ex_b3": np.array([[2.0, 1], [-30, 4]]),
    "Ov": np.array([[1.0, 2], [4, 5], [3, 4]]),
    "Ov_b": np.array([1.0, 2, 3]),
    "Un": np.array([[1.0, 2, 3], [4, 5, 6]]),
    "Un_b": np.array([1.0, 2]),
    "B32": rng.standard_normal((3, 2)),
    "b3": rng.standard_normal(3),
    "b5": rng.standard_normal(5),
    "B72": rng.standard_normal((7, 2)),
    "b6": rng.standard_normal(6),
    "ones3": np.ones(3),
    "Z32": np.zeros((3, 2)),
    "E03": np.zeros((0, 3)),
    "E30": np.zeros((3, 0)),
    "E02": np.zeros((0, 2)),
    "e0": np.zeros(0),
    "Big": np.array([[1e200, 1e200], [1e-200, 3.0]]),
    "Hil6": sl.hilbert(6),
    "NegI3": -np.eye(3),
    "x9": rng.uniform(-2, 2, 9),
    "x3z": np.array([0.0, 3.0, -4.0]),
    "Ones35": np.ones((3, 5)),
    "Hil12": sl.hilbert(12),
    "Dr3": np.diag([1.0, 1e-10, 1e-17]),
    "I4": np.eye(4),
})


def py_kw(kw):
    """Python keyword text for a dict of Julia-side keywords (same names)."""
    def py(v):
        if v is None:
            return "None"
        if isinstance(v, float) and np.isinf(v):
            return "np.inf" if v > 0 else "-np.inf"
        return repr(v)
    return ", ".join(f"{k}={py(v)}" for k, v in kw.items())


def qr_post(mode, pivoting):
    def post(res):
        res = list(res)
        out = {}
        if mode == "raw":
            h, tau = res.pop(0)
            out["q"] = {"h": h, "tau": tau}
        elif mode != "r":
            out["q"] = res.pop(0)
        out["r"] = res.pop(0)
        if pivoting:
            out["p"] = res.pop(0) + 1        # 1-based in Sciport.jl
        return out
    return post


QR_INPUTS = ("Lit3", "LitW", "LitT", "A4", "R35", "R53", "R74", "E03", "E30")
for a in QR_INPUTS:
    for mode in (None, "full", "qr", "economic", "r", "raw"):
        for piv in (False, True):
            kw = {} if mode is None else {"mode": mode}
            if piv:
                kw["pivoting"] = True
            add("qr", [a], py_kw(kw), kw, post=qr_post(mode, piv))
    for piv in (False, True):
        call = f"scipy.linalg.qr({a}, mode='raw', pivoting={piv})"
        r = qr_post("raw", piv)(run(call))
        exp = {"h": r["q"]["h"], "tau": r["q"]["tau"], "r": r["r"]}
        if piv:
            exp["p"] = r["p"]
        case("qr_raw", [a], call, exp, **({"pivoting": True} if piv else {}))
for a in ("Lit3", "A4", "R35", "R53", "R74", "W37", "E03", "E30"):
    for mode in (None, "full", "economic", "r"):
        kw = {} if mode is None else {"mode": mode}
        post = None if mode == "r" else (lambda r: {"r": r[0], "q": r[1]})
        add("rq", [a], py_kw(kw), kw, post=post)

# lstsq: (x, residues, rank, s); residues is a scalar for a 1-D b (SciPy 1.17)
ls_post = lambda r: {"x": r[0], "residues": r[1], "rank": r[2], "s": r[3]}
for a, b in (("Ex", "Ex_b1"), ("Ex", "Ex_b2"), ("Ex", "Ex_b3"), ("Ov", "Ov_b"), ("Un", "Un_b"),
             ("A4", "b4"), ("R35", "B32"), ("R74", "B72"), ("K64", "b6"), ("Z32", "ones3"),
             ("E03", "E02"), ("E03", "e0"), ("E30", "B32"), ("E30", "b3"), ("Ones35", "Ov_b")):
    add("lstsq", [a, b], post=ls_post)
for b in ("B52", "b5"):
    for drv in ("gelsd", "gelss", "gelsy"):
        kw = {"lapack_driver": drv}
        add("lstsq", ["R53", b], py_kw(kw), kw, post=ls_post)
for cond in (1e-6, 1e-2, -1.0):
    add("lstsq", ["Dg3", "ones3"], py_kw({"cond": cond}), {"cond": cond}, post=ls_post)
add("lstsq", ["Dg3", "ones3"], post=ls_post)
add("lstsq", ["K64", "b6"], "cond=1e-3", {"cond": 1e-3}, post=ls_post)

# pinv (plain and return_rank)
for a in ("NS3b", "NS3", "LitW", "LitT", "R74", "K64", "Z32", "E03", "Dg4"):
    add("pinv", [a])
    add("pinv", [a], "return_rank=True", {"return_rank": True},
        post=lambda r: {"b": r[0], "rank": r[1]})
for atol, rtol in ((0.5, None), (None, 1e-2), (1e-4, 1e-2), (0.0, 0.0)):
    kw = {"atol": atol, "rtol": rtol, "return_rank": True}
    add("pinv", ["Dg4"], py_kw(kw), kw, post=lambda r: {"b": r[0], "rank": r[1]})

# matrix_rank is NumPy's
for a in ("I4", "Ones35", "R74", "K64", "Z32", "Hil12", "Dr3", "E00", "NS3"):
    for tol in (None, 1e-5):
        kw = {} if tol is None else {"tol": tol}
        call = f"np.linalg.matrix_rank({a}{', ' + py_kw(kw) if kw else ''})"
        case("matrix_rank", [a], call, int(run(call)), **kw)

# null_space / orth (compared as projectors; inputs have well separated singular values)
for func in ("null_space", "orth"):
    for a in ("NS3", "K64", "R35", "R53", "W37", "A4", "Ones35", "Z32", "E03", "E30", "Dg3"):
        add(func, [a])
    add(func, ["Dg3"], "rcond=1e-5", {"rcond": 1e-5})
    add(func, ["K64"], "rcond=1e-5", {"rcond": 1e-5})

# norm: matrices (ord numbers and names as SciPy takes them) and vectors
MAT_ORDS = (None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf)
for a in ("R53", "LitW", "Hil6", "NegI3", "Big", "E03", "E00"):
    for o in MAT_ORDS:
        kw = {} if o is None else {"ord": o}
        call = f"scipy.linalg.norm({a}{', ' + py_kw(kw) if kw else ''})"
        try:
            v = run(call)
        except ValueError:
            continue                       # SciPy's zero-size errors: tested in linalg_tests.jl
        except RuntimeWarning:
            continue                       # NumPy's unscaled Frobenius sum overflows on Big: NORM_BIG_FRO
        case("norm", [a], call, float(v), **kw)
for x in ("x9", "x3z", "e0"):
    for o in (None, 2.0, 1.0, np.inf, -np.inf, 0.0, 3.0, 0.5, -1.0, -2.5):
        if x == "e0" and o is not None and o < 0:
            continue                       # see linalg_tests.jl ("empty vector, negative ord")
        kw = {} if o is None else {"ord": o}
        call = f"scipy.linalg.norm({x}{', ' + py_kw(kw) if kw else ''})"
        with np.errstate(divide="ignore"):    # |0|^p for p < 0 is inf, as NumPy intends
            case("norm", [x], call, float(run(call)), **kw)
NORM_BIG_FRO = float(1e200 * sl.norm(INPUTS["Big"] / 1e200))   # the true value NumPy overflows on

# ---- slice 3: structured solvers and special matrices ----------------------------
# solve_banded, solveh_banded, solve_toeplitz, solve_circulant, toeplitz,
# circulant, hilbert, kron (NumPy's: SciPy 1.17 removed scipy.linalg.kron) and
# block_diag. Inputs: SciPy's own test matrices (test_basic.py TestSolveBanded /
# TestSolveHBanded), the docstring examples, random well-conditioned bands with
# garbage in the unused corners of ab, and empty inputs. (l, u) pairs and
# (c, r) pairs are inputs themselves (Julia tuples), so every case is
# `func(args...; kwargs...)` on both sides.


def band_of(a, l, u, garbage=False):
    """LAPACK's diagonal-ordered storage of a (garbage in the unused corners if asked)."""
    n = a.shape[0]
    ab = rng.uniform(100, 200, (l + u + 1, n)) if garbage else np.zeros((l + u + 1, n))
    for j in range(n):
        for i in range(max(0, j - u), min(n, j + l + 1)):
            ab[u + i - j, j] = a[i, j]
    return ab


def banded_random(n, l, u, boost):
    a = rng.uniform(-1, 1, (n, n)) + boost * np.eye(n)
    return np.triu(np.tril(a, l), -u)


def spd_band(n, kd):
    g = banded_random(n, kd, kd, 0.0)
    return (g + g.T) / 2 + (2 * kd + 2) * np.eye(n)


BR = banded_random(12, 2, 3, 2.0)               # pivoting still happens (|a_ij| up to 1, diag ~2)
SPD = spd_band(10, 2)
INPUTS.update({
    "lu21": (2, 1), "lu11": (1, 1), "lu12": (1, 2), "lu23": (2, 3), "lu00": (0, 0), "lu20": (2, 0),
    "Ab21": np.array([[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0], [2, -1, 0, 0]]),   # test_real
    "Ab11": np.array([[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0]]),                 # test_tridiag_real
    "Ab12": np.array([[0, 0, -1, -1, -1], [0, 2, 2, 2, 2], [5, 4, 3, 2, 1], [1, 1, 1, 1, 0]], float),  # docstring
    "bb4": np.array([10.0, 0.0, 2.0, 14.0]),
    "Bb42": np.array([[2.0, 1], [-30, 4], [2, 3], [1, 3]]),
    "bb5": np.array([0.0, 1, 2, 2, 3]),
    "Ab23": band_of(BR, 2, 3, garbage=True),
    "Bb123": rng.uniform(-1, 1, (12, 3)),
    "Ab00": rng.uniform(1, 2, (1, 6)),
    "bb6": rng.uniform(-1, 1, 6),
    "Ab20": band_of(banded_random(6, 2, 0, 2.0), 2, 0, garbage=True),
    "Ab1x1": np.array([[9.0], [8.0], [4.0], [7.0]]),
    "Bb1x1": np.array([[2.0, -6.0]]),
    "Ab30": np.zeros((3, 0)),
    "e0x1": np.zeros((0, 1)),
    "Hu1": np.array([[0.0, 1.0, 1.0, 1.0], [4.0, 4.0, 4.0, 4.0]]),                       # test_01_upper
    "hb4": np.array([1.0, 4.0, 1.0, 2.0]),
    "Hu2": np.array([[-99, -99, 1.0, 1.0], [0.0, 2.0, 2.0, 2.0], [4.0, 4.0, 4.0, 4.0]]),  # test_02_upper
    "Hb42": np.array([[1.0, 6.0], [4.0, 2.0], [1.0, 6.0], [2.0, 1.0]]),
    "Hl2": np.array([[4, 5, 6, 7, 8, 9], [2, 2, 2, 2, 2, 0], [-1, -1, -1, -1, 0, 0]], float),  # docstring
    "hb6": np.array([1, 2, 2, 3, 3, 3], float),
    "HuR": band_of(SPD, 0, 2),
    "HlR": np.array([[SPD[j + d, j] if j + d < 10 else 0.0 for j in range(10)] for d in range(3)]),
    "Hb102": rng.uniform(-1, 1, (10, 2)),
    "He20": np.zeros((2, 0)),
    "tc6": np.concatenate([[4.0], rng.uniform(-1, 1, 5)]),   # diagonally dominant enough for Levinson
    "tr6": np.concatenate([[99.0], rng.uniform(-1, 1, 5)]),  # r[0] ignored
    "tb6": rng.uniform(-1, 1, 6),
    "TB62": rng.uniform(-1, 1, (6, 2)),
    "tc3": np.array([1.0, 2, 3]),
    "tr2": np.array([9.0, 5]),
    "tc1": np.array([-2.0]),
    "tb1": np.array([3.0]),
    "cc5": rng.uniform(-1, 1, 5) + np.array([3.0, 0, 0, 0, 0]),
    "cb5": rng.uniform(-1, 1, 5),
    "CB52": rng.uniform(-1, 1, (5, 2)),
    "cS3": np.array([1.0, 1, 1]),                                  # eigenvalues 3, 0, 0
    "cb3": np.array([1.0, 2, 3]),
    "cS4": np.array([2.0, -1, 0, -1]),                             # discrete Laplacian: eigenvalue 0
    "cb4": np.array([1.0, -2, 3, -1]),
    "kA23": rng.uniform(-2, 2, (2, 3)),
    "kB32": rng.uniform(-2, 2, (3, 2)),
    "kv3": np.array([1.0, -2, 3]),
    "kv2": np.array([0.5, 4]),
    "kE02": np.zeros((0, 2)),
    "bd1": np.array([[1.0, 0], [0, 1]]),
    "bd2": np.array([[3.0, 4, 5], [6, 7, 8]]),
    "bd3": np.array([[7.0]]),
    "bdv": np.array([1.0, 2]),
    "three": 3.0,
    "bdE20": np.zeros((2, 0)),
    "bdE03": np.zeros((0, 3)),
    "n0": 0, "n1": 1, "n5": 5, "nneg": -2,
})

for lu, ab, b in (("lu21", "Ab21", "bb4"), ("lu21", "Ab21", "Bb42"), ("lu11", "Ab11", "bb4"),
                  ("lu12", "Ab12", "bb5"), ("lu23", "Ab23", "Bb123"), ("lu00", "Ab00", "bb6"),
                  ("lu20", "Ab20", "bb6"), ("lu12", "Ab1x1", "Bb1x1"), ("lu11", "Ab30", "e0x1"),
                  ("lu11", "Ab30", "e0")):
    add("solve_banded", [lu, ab, b])
add("solve_banded", ["lu23", "Ab23", "Bb123"], "check_finite=False", dict(check_finite=False))
for ab, b, lower in (("Hu1", "hb4", False), ("Hu2", "Hb42", False), ("Hl2", "hb6", True),
                     ("HuR", "Hb102", False), ("HlR", "Hb102", True), ("He20", "e0", False)):
    kw = {"lower": True} if lower else {}
    add("solveh_banded", [ab, b], py_kw(kw), kw)
INPUTS["tcr6"] = (INPUTS["tc6"], INPUTS["tr6"])
INPUTS["tcr1"] = (INPUTS["tc1"], np.array([5.0]))
for c, b in (("tc6", "tb6"), ("tc6", "TB62"), ("tcr6", "tb6"), ("tcr6", "TB62"), ("tc1", "tb1"),
             ("tcr1", "tb1"), ("e0", "e0")):
    add("solve_toeplitz", [c, b])
add("solve_toeplitz", ["tcr6", "TB62"], "check_finite=False", dict(check_finite=False))
for c, b, kw in (("cc5", "cb5", {}), ("cc5", "CB52", {}), ("cS3", "cb3", {"singular": "lstsq"}),
                 ("cS4", "cb4", {"singular": "lstsq"}), ("cc5", "cb5", {"tol": 1e-3}),
                 ("cS3", "cb3", {"singular": "lstsq", "tol": 0.5}), ("e0", "e0", {})):
    add("solve_circulant", [c, b], py_kw(kw), kw)
for args in (["tc3", "tr2"], ["tc3"], ["tc6", "tr6"], ["tr2", "tc3"], ["e0"], ["e0", "tr2"], ["tc1"]):
    add("toeplitz", args)
for c in ("tc3", "cc5", "tc1", "e0"):
    add("circulant", [c])
for n in ("n0", "n1", "n5", "nneg"):
    add("hilbert", [n])
for a, b in (("kA23", "kB32"), ("kB32", "kA23"), ("kv3", "kv2"), ("kv3", "kA23"), ("kA23", "kv2"),
             ("kA23", "kE02"), ("one", "kB32")):
    call = f"np.kron({a}, {b})"
    case("kron", [a, b], call, run(call))
for args in (["bd1", "bd2", "bd3"], ["bdv", "bd3"], ["bd2", "three", "bdv"], [], ["bdE20", "bd1", "bdE03", "bd3"],
             ["bd3"], ["e0"], ["e0", "bd3"]):
    add("block_diag", args)

# SciPy's errors for the slice-3 calls below (sciport's status, then SciPy's exception);
# linalg_tests.jl runs each call and checks the status (and sciport's message needle).
SLICE3_ERRORS = []  # (func, args, jl_kwargs, call, status, scipy_error)
INPUTS.update({
    "HnPD": np.array([[0.0, 1.0, 1.0], [1.0, 1.0, 4.0]]),        # 2nd leading minor not positive definite
    "tcS": np.array([0.0, 2, 3]), "trS": np.array([0.0, 4, 5]),
    "AbNaN": np.array([[0.0, 1, 1], [np.nan, 4, 4], [1, 1, 0]]),
})
a_sing = np.diag([3.0, 2, 1, 4, 5, 6]) + np.diag(np.ones(5), 1) + np.diag(np.ones(5), -1)
a_sing[:, 2] = 0
INPUTS["AbS"] = band_of(a_sing, 1, 1)
INPUTS["tcrS"] = (INPUTS["tcS"], INPUTS["trS"])


def err(func, args, status, pykw="", jlkw=None, call=None):
    call = call or f"scipy.linalg.{func}({', '.join(args)}{', ' + pykw if pykw else ''})"
    try:
        run(call)
    except Exception as e:          # noqa: BLE001
        SLICE3_ERRORS.append((func, args, jlkw or {}, call, status, f"{type(e).__name__}: {e}"))
        return
    raise AssertionError(call + " did not raise")


INPUTS["ones6"] = np.ones(6)
INPUTS["ones4"] = np.ones(4)
INPUTS["ones5"] = np.ones(5)
err("solve_banded", ["lu11", "AbS", "ones6"], "SINGULAR")
err("solve_banded", ["lu21", "Ab11", "bb4"], "DIMENSION_MISMATCH")
err("solve_banded", ["lu11", "Ab11", "ones5"], "DIMENSION_MISMATCH")
err("solve_banded", ["lu11", "AbNaN", "cb3"], "INVALID_ARGUMENT")
err("solveh_banded", ["HnPD", "cb3"], "SINGULAR")
err("solveh_banded", ["Hu1", "ones5"], "DIMENSION_MISMATCH")
err("solve_toeplitz", ["tcrS", "cb3"], "SINGULAR")
err("solve_toeplitz", ["tc3", "ones4"], "DIMENSION_MISMATCH")
err("solve_toeplitz", ["tcr6", "cb3"], "DIMENSION_MISMATCH")
err("solve_circulant", ["cS3", "cb3"], "SINGULAR")
err("solve_circulant", ["cc5", "cb5"], "SINGULAR", "tol=100.0", {"tol": 100.0})
err("solve_circulant", ["tc3", "ones4"], "DIMENSION_MISMATCH")

# ill-conditioned (SciPy warns LinAlgWarning) and singular (SciPy raises LinAlgError)
INPUTS["H12"] = sl.hilbert(12)
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    sl.solve(INPUTS["H12"], np.ones(12))
assert any(issubclass(r.category, sl.LinAlgWarning) for r in rec), "hilbert(12) should warn"
INPUTS["Z3"] = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
SINGULAR_MESSAGES = {}  # SciPy's words, for information (sciport says "Matrix is singular.")
for f in ("solve(Z3, np.ones(3))", "inv(Z3)"):
    try:
        eval("sl." + f, dict(sl=sl, np=np, **INPUTS))
        raise AssertionError(f + " did not raise")
    except sl.LinAlgError as e:
        SINGULAR_MESSAGES[f] = str(e)
INPUTS["NPD"] = np.array([[1.0, 2.0], [2.0, 1.0]])
try:
    sl.cholesky(INPUTS["NPD"])
    raise AssertionError("cholesky(NPD) did not raise")
except sl.LinAlgError as e:
    NPD_MESSAGE = str(e)


def jl_float(v):
    v = float(v)
    if np.isnan(v):
        return "NaN"
    if np.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    return repr(v)


def jl_value(v):
    if v is None:
        return "nothing"
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, float):
        return jl_float(v)
    if isinstance(v, tuple):
        return "(" + ", ".join(jl_value(e) for e in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, dict):
        return "(" + ", ".join(f"{k} = {jl_value(e)}" for k, e in v.items()) + ",)"
    a = np.asarray(v)
    if a.ndim == 0:
        return jl_float(a)
    flat = a.flatten(order="F")
    if a.dtype.kind in "iu":
        return f"Int[{', '.join(str(int(e)) for e in flat)}]"  # only vectors (piv)
    body = ", ".join(jl_float(e) for e in flat)
    if a.ndim == 1:
        return f"Float64[{body}]"
    return f"reshape(Float64[{body}], ({a.shape[0]}, {a.shape[1]}))"


def write(fh):
    fh.write("# Generated by make_linalg_reference.py; do not edit.\n")
    fh.write(f'const LINALG_SCIPY_VERSION = "{scipy.__version__}"\n\n')
    fh.write("const LINALG_INPUTS = Dict{String,Any}(\n")
    for k, v in INPUTS.items():
        fh.write(f'    "{k}" => {jl_value(v)},\n')
    fh.write(")\n\n")
    fh.write(f"const NPD_MESSAGE = {jl_value(NPD_MESSAGE)}\n")
    fh.write(f"# scaled: 1e200 * scipy.linalg.norm(Big / 1e200) (NumPy's unscaled sum overflows)\n")
    fh.write(f"const NORM_BIG_FRO = {jl_value(NORM_BIG_FRO)}\n")
    fh.write("# SciPy's LinAlgError messages for the singular Z3 (sciport: \"Matrix is singular.\")\n")
    for k, v in SINGULAR_MESSAGES.items():
        fh.write(f"#   scipy.linalg.{k}: {v}\n")
    fh.write("\n")
    fh.write("const LINALG_CASES = [\n")
    for func, args, kw, call, expected in CASES:
        kws = "(" + ", ".join(f"{k} = {jl_value(v)}" for k, v in kw.items()) + ",)" if kw else "NamedTuple()"
        argss = "(" + ", ".join(f'"{a}"' for a in args) + ",)" if args else "()"
        fh.write(f'    (func = "{func}", args = {argss}, kwargs = {kws},\n')
        fh.write(f"     call = {jl_value(call)},\n")
        fh.write(f"     expected = {jl_value(expected)}),\n")
    fh.write("]\n\n")
    fh.write("# Slice 3 calls where SciPy raises: sciport's status class and SciPy's exception.\n")
    fh.write("const LINALG_ERROR_CASES = [\n")
    for func, args, kw, call, status, scipy_error in SLICE3_ERRORS:
        kws = "(" + ", ".join(f"{k} = {jl_value(v)}" for k, v in kw.items()) + ",)" if kw else "NamedTuple()"
        argss = "(" + ", ".join(f'"{a}"' for a in args) + ",)"
        fh.write(f'    (func = "{func}", args = {argss}, kwargs = {kws},\n')
        fh.write(f"     call = {jl_value(call)}, status = :{status},\n")
        fh.write(f"     scipy_error = {jl_value(scipy_error)}),\n")
    fh.write("]\n")


with open(os.path.join(HERE, "linalg_reference.jl"), "w") as fh:
    write(fh)
print(f"{len(CASES)} cases, SciPy {scipy.__version__}")
