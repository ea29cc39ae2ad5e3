#!/usr/bin/env python3
"""Reference data for sciport's linalg area (slice 1), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg.py

It writes tests/reference/linalg/linalg.json, read by tests/linalg_reference.rs
(which needs no Python). Inputs are stored explicitly: every matrix is a nested
list in row-major order (a list of rows); non-finite values are the strings
"nan", "inf", "-inf". Random inputs come from numpy's default_rng with fixed
seeds, so rerunning the script reproduces the file bit for bit on the same
SciPy/numpy/LAPACK build.

Case layout (every case): "func" (SciPy function), "name", the inputs ("a",
"b", "lu", "piv", "c", ...), "opts" (keywords), "ill" (true: ill-conditioned;
the Rust test checks a backward-error bound instead of value agreement) and
either "expect" (SciPy's outputs) or "error" ({"type", "message", "status"}:
the SciPy exception and the sciport status class it maps to; "minor" is the
1-based leading minor of a not-positive-definite error).

rcond (solve): LAPACK's 1-norm estimate for the matrix `a` that SciPy's
solver actually reads (its triangle / band / symmetrization), computed through
scipy.linalg.lapack: getrf+gecon (gen, sym, tridiagonal, banded, diagonal),
potrf+pocon (pos), trcon (triangular). "rcond_check" is false where the
estimate is rounding-dominated (cond * n * eps > 1e-9) and cannot be compared.
"""

import json
import os
import re
import sys
import warnings

import numpy as np
import scipy
import scipy.linalg as sl
from scipy.linalg import lapack

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "linalg.json")
EPS = np.finfo(float).eps
# Above this 1-norm condition number a case is "ill": two correct algorithms
# may disagree by more than 1e-12 (forward error ~ cond * eps), so the Rust
# test checks the backward error instead of value agreement.
ILL_COND = 1e3


def enc(v):
    """A JSON-safe scalar (non-finite as strings)."""
    v = float(v)
    if np.isnan(v):
        return "nan"
    if np.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def mat(a):
    a = np.asarray(a, dtype=float)
    assert a.ndim == 2
    return [[enc(v) for v in row] for row in a]


def vec(a):
    return [enc(v) for v in np.asarray(a, dtype=float).ravel()]


def shaped(d, key, a):
    """d[key] = the matrix a as nested lists, with d[key + "_shape"] (an
    empty nested list cannot carry a shape)."""
    a = np.asarray(a, dtype=float)
    d[key] = mat(a) if a.size else []
    d[key + "_shape"] = list(a.shape)


def write_cases(out, generator, cases):
    """Writes a reference file: SciPy's and NumPy's versions, the generator's
    path and the cases (their (func, name) pairs must be unique)."""
    names = [(c["func"], c["name"]) for c in cases]
    dup = sorted({n for n in names if names.count(n) > 1})
    assert not dup, dup
    os.makedirs(os.path.dirname(out), exist_ok=True)
    payload = {"scipy": scipy.__version__, "numpy": np.__version__,
               "generator": generator, "cases": cases}
    with open(out, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    print(out, len(cases), "cases")



def rng(seed):
    return np.random.default_rng(seed)


def hilbert(n):
    return sl.hilbert(n)


def random_mat(seed, m, n, diag_boost=0.0):
    a = rng(seed).uniform(-1, 1, (m, n))
    if diag_boost:
        a[np.arange(min(m, n)), np.arange(min(m, n))] += diag_boost
    return a


def spd(seed, n):
    g = rng(seed).uniform(-1, 1, (n, n))
    return g @ g.T + n * np.eye(n)


def sym_indefinite(seed, n):
    g = rng(seed).uniform(-1, 1, (n, n))
    return g + g.T


def with_garbage(a, keep_lower, seed):
    """`a` with its unread triangle (strictly) replaced by distinct garbage."""
    g = rng(seed).uniform(10, 20, a.shape)
    out = a.copy()
    if keep_lower:
        out[np.triu_indices_from(out, 1)] = g[np.triu_indices_from(out, 1)]
    else:
        out[np.tril_indices_from(out, -1)] = g[np.tril_indices_from(out, -1)]
    return out


def cond1(a):
    try:
        with np.errstate(all="ignore"):
            return float(np.linalg.cond(a, 1))
    except np.linalg.LinAlgError:
        return float("inf")


def status_of(exc):
    """sciport's status class for a SciPy exception."""
    msg = str(exc)
    if isinstance(exc, np.linalg.LinAlgError):
        return "SINGULAR"
    if "infs or NaNs" in msg or "trans>=0" in msg:
        return "INVALID_ARGUMENT"
    if ("not a recognized matrix structure" in msg or "lapack_driver must be" in msg
            or "is unknown. Possible values" in msg):
        return "UNKNOWN_NAME"
    if re.search(r"square|incompatible|[Ss]hape", msg):
        return "DIMENSION_MISMATCH"
    return "INVALID_ARGUMENT"


def error_record(exc):
    rec = {"type": type(exc).__name__, "message": str(exc), "status": status_of(exc)}
    m = re.match(r"(\d+)-th leading minor", str(exc))
    if m:
        rec["minor"] = int(m.group(1))
    return rec


def call(fn):
    """(result, None) or (None, error record); warnings silenced."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return fn(), None
        except Exception as e:  # ValueError, LinAlgError, the f2py wrapper error
            return None, error_record(e)


# ---------------------------------------------------------------- rcond ----

def effective(a, assume_a, lower):
    """The matrix SciPy's solver reads for `assume_a` (and its LAPACK family);
    complex `a` (gen_linalg_complex.py) reads "her" / "pos" as Hermitian, with
    the diagonal's imaginary parts dropped, and "sym" as complex symmetric."""
    a = np.asarray(a)
    a = a.astype(complex if np.iscomplexobj(a) else float)
    if assume_a in ("her", "hermitian", "pos", "positive definite"):
        t = np.tril(a) if lower else np.triu(a)
        m = t + t.conj().T - np.diag(np.diag(t).real)
        return m, ("po" if assume_a.startswith("pos") else "ge")
    if assume_a in ("sym", "symmetric"):
        t = np.tril(a) if lower else np.triu(a)
        return t + t.T - np.diag(np.diag(a)), "ge"
    if assume_a == "diagonal":
        return np.diag(np.diag(a)), "ge"
    if assume_a == "tridiagonal":
        return np.triu(np.tril(a, 1), -1), "ge"
    if assume_a == "upper triangular":
        return np.triu(a), "tr_u"
    if assume_a == "lower triangular":
        return np.tril(a), "tr_l"
    return a, "ge"


def rcond_lapack(a, assume_a, lower):
    m, kind = effective(a, assume_a, lower)
    n = m.shape[0]
    if n == 0:
        return None
    anorm = float(np.abs(m).sum(axis=0).max())
    # d- or z-prefixed routines by m's type
    getrf, gecon, potrf, pocon, trcon = lapack.get_lapack_funcs(
        ("getrf", "gecon", "potrf", "pocon", "trcon"), (m,))
    if kind == "ge":
        lu, piv, info = getrf(m)
        if info != 0:
            return None
        rc, info = gecon(lu, anorm, norm="1")
    elif kind == "po":
        c, info = potrf(m, lower=0)
        if info != 0:
            return None
        rc, info = pocon(c, anorm, uplo="U")
    else:
        rc, info = trcon(m, norm="1", uplo="U" if kind == "tr_u" else "L")
    assert info == 0
    return float(rc)


# ---------------------------------------------------------------- cases ----

CASES = []


def add(c):
    CASES.append(c)
    return c


def solve_case(name, a, b, assume_a=None, lower=False, transposed=False,
               check_finite=True, ill=None):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if b.ndim == 1:
        b = b[:, None]
    c = {"func": "solve", "name": name, "a": mat(a), "b": mat(b),
         "opts": {"assume_a": assume_a, "lower": lower, "transposed": transposed,
                  "check_finite": check_finite}}
    x, err = call(lambda: sl.solve(a, b, assume_a=assume_a, lower=lower,
                                   transposed=transposed, check_finite=check_finite))
    if err:
        c["error"] = err
        c["ill"] = False
        return add(c)
    n = a.shape[0]
    m, _ = effective(a, assume_a, lower)
    cond = cond1(m) if n else 1.0
    c["ill"] = bool(cond > ILL_COND) if ill is None else ill
    rc = rcond_lapack(a, assume_a, lower)
    c["expect"] = {"x": mat(x), "rcond": rc, "cond1": enc(cond),
                   "rcond_check": bool(rc is not None and cond * max(n, 1) * EPS < 1e-9)}
    return add(c)


def solve_cases():
    # SciPy test_basic.py TestSolve literals.
    simple_a = [[1, 20], [-30, 4]]
    for k, b in enumerate([[[1, 0], [0, 1]], [1, 0], [[2, 1], [-30, 4]]]):
        solve_case(f"solve/scipy_simple/{k}", simple_a, b)
        solve_case(f"solve/scipy_check_finite_false/{k}", simple_a, b, check_finite=False)
    solve_case("solve/scipy_20Feb04_a", [[1, 1], [1.0, 0]], [1, 0])
    solve_case("solve/scipy_20Feb04_b", [[1, 1], [1.2, 0]], [1, 0])
    simple2_a = [[1.80, 2.88, 2.05, -0.89], [525.00, -295.00, -95.00, -380.00],
                 [1.58, -2.69, -2.90, -1.04], [-1.11, -0.66, -0.59, 0.80]]
    simple2_b = [[9.52, 18.47], [2435.00, 225.00], [0.77, -13.28], [-6.22, -6.21]]
    c = solve_case("solve/scipy_simple2", simple2_a, simple2_b)
    # SciPy's expected answer [[1,3],[-1,2],[3,4],[-5,1]] to 6 digits.
    assert np.allclose(np.array(c["expect"]["x"]), [[1, 3], [-1, 2], [3, 4], [-5, 1]])
    for lower in [False, True]:
        for k, b in enumerate([[[1, 0], [0, 1]], [1, 0]]):
            solve_case(f"solve/scipy_simple_pos/lower={lower}/{k}", [[2, 3], [3, 5]], b,
                       assume_a="pos", lower=lower)
            solve_case(f"solve/scipy_simple_sym/lower={lower}/{k}", [[2, 3], [3, -5]], b,
                       assume_a="sym", lower=lower)
            solve_case(f"solve/scipy_her_actuallysym/lower={lower}/{k}", [[2, 3], [3, -5]],
                       b, assume_a="her", lower=lower)
    tril9 = np.tril(np.arange(1, 10).reshape(3, 3)) / 9
    for aa in ["pos", "sym"]:
        c = solve_case(f"solve/scipy_pos_and_sym/{aa}", tril9, np.ones(3), assume_a=aa)
        assert np.allclose(np.array(c["expect"]["x"]).ravel(), [9., 1.8, 1.])
    c = solve_case("solve/scipy_transposed_keyword/T", tril9, np.ones(3), transposed=True)
    assert np.allclose(np.array(c["expect"]["x"]).ravel(), [1.2, 0.2, 1])
    solve_case("solve/scipy_transposed_keyword/N", tril9, np.ones(3), transposed=False)
    r = np.random.default_rng(1234)
    a = r.random([20, 20])
    for i in range(20):
        a[i, i] = 20 * (.1 + a[i, i])
    solve_case("solve/scipy_random20", a, r.random([20, 3]))
    solve_case("solve/scipy_multiple_rhs", np.eye(2), np.random.default_rng(1234).random((2, 12)))

    # Random general systems: sizes, multiple rhs, transposed, every spelling.
    seed = 100
    for n in [1, 2, 3, 5, 8, 17, 30]:
        for k in [1, 3]:
            seed += 1
            a = random_mat(seed, n, n, diag_boost=0.5)
            b = random_mat(seed + 5000, n, k)
            for aa in [None, "gen", "general"]:
                solve_case(f"solve/random/n={n}/k={k}/assume_a={aa}", a, b, assume_a=aa)
            solve_case(f"solve/random/n={n}/k={k}/transposed", a, b, transposed=True)
    # Symmetric indefinite, read from one triangle (the other holds garbage).
    for n in [1, 4, 9]:
        for lower in [False, True]:
            for aa in ["sym", "symmetric", "her", "hermitian"]:
                a = with_garbage(sym_indefinite(200 + n, n), lower, 300 + n)
                solve_case(f"solve/sym_indef/n={n}/{aa}/lower={lower}", a,
                           random_mat(400 + n, n, 2), assume_a=aa, lower=lower)
        solve_case(f"solve/sym_indef/n={n}/sym/transposed",
                   sym_indefinite(200 + n, n), random_mat(410 + n, n, 2), assume_a="sym",
                   transposed=True)
    # Positive definite, one triangle.
    for n in [1, 3, 10]:
        for lower in [False, True]:
            for aa in ["pos", "positive definite"]:
                a = with_garbage(spd(500 + n, n), lower, 600 + n)
                solve_case(f"solve/spd/n={n}/{aa}/lower={lower}", a,
                           random_mat(700 + n, n, 3), assume_a=aa, lower=lower)
    # Diagonal (off-diagonal garbage is ignored by SciPy), triangular, tridiagonal,
    # banded; also transposed.
    for n in [1, 4, 12]:
        d = np.diag(rng(800 + n).uniform(0.5, 2, n) * rng(801 + n).choice([-1, 1], n))
        g = d + (rng(802 + n).uniform(-1, 1, (n, n)) * (1 - np.eye(n)))
        b = random_mat(803 + n, n, 2)
        for tr in [False, True]:
            solve_case(f"solve/diagonal/n={n}/pure/tr={tr}", d, b, assume_a="diagonal",
                       transposed=tr)
            solve_case(f"solve/diagonal/n={n}/garbage/tr={tr}", g, b, assume_a="diagonal",
                       transposed=tr)
        solve_case(f"solve/diagonal/n={n}/as_gen", d, b)
        t = random_mat(810 + n, n, n, diag_boost=3.0)
        for tr in [False, True]:
            for aa in ["upper triangular", "lower triangular"]:
                solve_case(f"solve/triangular/n={n}/{aa}/garbage/tr={tr}", t, b,
                           assume_a=aa, transposed=tr)
            tri = np.triu(np.tril(t, 1), -1)
            solve_case(f"solve/tridiagonal/n={n}/pure/tr={tr}", tri, b,
                       assume_a="tridiagonal", transposed=tr)
            solve_case(f"solve/tridiagonal/n={n}/garbage/tr={tr}", t, b,
                       assume_a="tridiagonal", transposed=tr)
            band = np.triu(np.tril(t, 1), -2)  # 2 below, 1 above
            solve_case(f"solve/banded/n={n}/kl=2,ku=1/tr={tr}", band, b, assume_a="banded",
                       transposed=tr)
        solve_case(f"solve/banded/n={n}/full", t, b, assume_a="banded")
        solve_case(f"solve/upper_as_None/n={n}", np.triu(t), b)
    # Ill-conditioned: Hilbert matrices, backward error only.
    for n in range(2, 13):
        h = hilbert(n)
        b = random_mat(900 + n, n, 2)
        solve_case(f"solve/hilbert/n={n}", h, b)
        solve_case(f"solve/hilbert/n={n}/pos", h, b, assume_a="pos")
        solve_case(f"solve/hilbert/n={n}/sym/lower", h, b, assume_a="sym", lower=True)
    solve_case("solve/ill_diag_logspace", np.diag(np.logspace(0, 50, 10)), np.ones(10),
               assume_a="diagonal")
    # Empty system.
    solve_case("solve/empty", np.zeros((0, 0)), np.zeros((0, 2)))
    # Errors.
    solve_case("solve/error/singular_zeros", np.zeros((3, 3)), np.ones(3))
    solve_case("solve/error/singular_1x1", [[0.0]], [1.0])
    solve_case("solve/error/singular_rank1", [[1.0, 2.0], [2.0, 4.0]], [1.0, 1.0])
    sing9 = [[1, 0, 0, 0, 0, 0, 1, 0, 1], [1, 1, 1, 0, 0, 0, 1, 0, 1],
             [0, 1, 1, 0, 0, 0, 1, 0, 1], [1, 0, 1, 1, 1, 1, 0, 0, 0],
             [1, 0, 1, 1, 1, 1, 0, 0, 0], [1, 0, 1, 1, 1, 1, 0, 0, 0],
             [1, 0, 1, 1, 1, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1, 1, 1],
             [1, 1, 1, 1, 1, 1, 1, 1, 1]]
    solve_case("solve/error/scipy_singularity", sing9, np.arange(9.0)[:, None])
    for aa in ["diagonal", "tridiagonal", "lower triangular", "upper triangular", "sym",
               "pos", "general", "banded"]:
        solve_case(f"solve/error/singular_zeros/{aa}", np.zeros((4, 4)), np.ones(4),
                   assume_a=aa)
    solve_case("solve/error/diag_zero", np.diag([1.0, 0.0, 2.0]), np.ones(3),
               assume_a="diagonal")
    solve_case("solve/error/upper_zero_diag", [[1.0, 2.0], [0.0, 0.0]], np.ones(2),
               assume_a="upper triangular")
    solve_case("solve/error/pos_not_pd", [[1.0, 2.0], [2.0, 1.0]], np.ones(2), assume_a="pos")
    solve_case("solve/error/nan_a", [[1.0, np.nan], [2.0, 4.0]], np.ones(2))
    solve_case("solve/error/inf_a", [[1.0, 0.0], [np.inf, 4.0]], np.ones(2))
    solve_case("solve/error/nan_b", np.eye(2), [[1.0], [np.nan]])
    solve_case("solve/error/neginf_b", np.eye(2), [[-np.inf], [1.0]], assume_a="pos")
    solve_case("solve/error/non_square", np.ones((2, 3)), np.ones(2))
    solve_case("solve/error/b_rows", np.eye(3), np.ones(4))
    solve_case("solve/error/unknown_assume_a", np.eye(3), np.ones(3), assume_a="zxcv")


def solve_triangular_cases():
    seed = 1000
    for n in [1, 2, 4, 10]:
        for k in [1, 3]:
            seed += 1
            t = random_mat(seed, n, n, diag_boost=2.0)
            b = random_mat(seed + 50, n, k)
            for lower in [False, True]:
                for trans in [0, 1, 2]:
                    for unit in [False, True]:
                        tt = t.copy()
                        if unit:  # diagonal garbage must be ignored
                            tt[np.arange(n), np.arange(n)] = 7.5
                        c = {"func": "solve_triangular",
                             "name": f"solve_triangular/n={n}/k={k}/lower={lower}/"
                                     f"trans={trans}/unit={unit}",
                             "a": mat(tt), "b": mat(b), "ill": False,
                             "opts": {"trans": trans, "lower": lower, "unit_diagonal": unit,
                                      "check_finite": True}}
                        x, err = call(lambda: sl.solve_triangular(
                            tt, b, trans=trans, lower=lower, unit_diagonal=unit))
                        assert err is None
                        c["expect"] = {"x": mat(x)}
                        add(c)
    # Ill-conditioned triangular: the Cholesky factor of Hilbert(10).
    r = np.linalg.cholesky(hilbert(10)).T
    for trans in [0, 1]:
        b = random_mat(1100 + trans, 10, 2)
        x = sl.solve_triangular(r, b, trans=trans)
        add({"func": "solve_triangular", "name": f"solve_triangular/hilbert_chol/trans={trans}",
             "a": mat(r), "b": mat(b), "ill": True,
             "opts": {"trans": trans, "lower": False, "unit_diagonal": False,
                      "check_finite": True}, "expect": {"x": mat(x)}})
    errs = [
        ("singular", [[1.0, 2.0], [0.0, 0.0]], np.ones((2, 1)), 0, False),
        ("singular_first", [[0.0, 2.0], [0.0, 1.0]], np.ones((2, 1)), 0, False),
        ("nan_a", [[1.0, np.nan], [0.0, 1.0]], np.ones((2, 1)), 0, False),
        ("nan_b", np.eye(2), [[np.nan], [1.0]], 0, False),
        ("b_rows", np.eye(2), np.ones((3, 1)), 0, False),
        ("non_square", np.ones((2, 3)), np.ones((2, 1)), 0, False),
        ("bad_trans", np.eye(2), np.ones((2, 1)), 3, False),
    ]
    for name, a, b, trans, lower in errs:
        c = {"func": "solve_triangular", "name": f"solve_triangular/error/{name}",
             "a": mat(a), "b": mat(b), "ill": False,
             "opts": {"trans": trans, "lower": lower, "unit_diagonal": False,
                      "check_finite": True}}
        _, err = call(lambda: sl.solve_triangular(np.asarray(a, float), np.asarray(b, float),
                                                  trans=trans, lower=lower))
        if name == "bad_trans":  # SciPy 1.17 silently treats trans=3 as 0
            assert err is None
            err = {"type": "ValueError", "message": "trans must be 0, 1 or 2 (sciport; "
                   "SciPy does not validate it)", "status": "INVALID_ARGUMENT"}
        assert err is not None, name
        c["error"] = err
        add(c)


def piv_strict(lu, a):
    """Whether the pivot sequence is determined despite rounding: no near-tie
    (0 < 1 - |l_ij| < 1e-9) and no pivot at rounding level before the last step."""
    m, n = lu.shape
    k = min(m, n)
    scale = max(np.abs(a).max(), 1e-300)
    for j in range(k):
        col = np.abs(lu[j + 1:, j])
        if col.size and np.any((col < 1) & (col > 1 - 1e-9)):
            return False
        if abs(lu[j, j]) < 1e-12 * scale and j < k - 1:
            # Rank deficiency: later pivots choose among rounding noise unless
            # the whole remaining column is exactly zero.
            if np.any(lu[j + 1:, j] != 0):
                return False
    return True


def lu_factor_cases():
    mats = {
        "scipy_a": [[1, 2, 3], [1, 2, 3], [2, 5, 6]],
        "scipy_b": [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
        "scipy_hrect": [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 12, 12]],
        "scipy_vrect": [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 12, 12]],
        "scipy_med_30x40": np.random.default_rng(1682281250228846).random((30, 40)),
        "exact_singular": [[4, 2, 1], [4, 2, 1], [2, 3, 5]],
        "zero_column": [[0, 1, 2], [0, 3, 4], [0, 5, 7]],
        "zeros_3x3": np.zeros((3, 3)),
        "1x1": [[-2.5]],
        "1x4": [[0.5, -1, 2, 3]],
        "4x1": [[0.5], [-1], [2], [3]],
        "diagonal": np.diag([3.0, -1.0, 0.25, 8.0]),
    }
    for n in [2, 3, 5, 8, 16]:
        mats[f"random_{n}x{n}"] = random_mat(1200 + n, n, n)
    for m, n in [(3, 5), (5, 3), (7, 2), (2, 7)]:
        mats[f"random_{m}x{n}"] = random_mat(1300 + 10 * m + n, m, n)
    for n in [2, 4, 6, 8, 10, 12]:
        mats[f"hilbert_{n}"] = hilbert(n)
    mats["rank_deficient_5x5"] = random_mat(1400, 5, 2) @ random_mat(1401, 2, 5)
    for name, a in mats.items():
        a = np.asarray(a, dtype=float)
        (lu, piv), err = call(lambda: sl.lu_factor(a))
        assert err is None
        lu2, piv2, _ = lapack.dgetrf(a)
        assert np.array_equal(lu, lu2) and np.array_equal(piv, piv2)
        add({"func": "lu_factor", "name": f"lu_factor/{name}", "a": mat(a),
             "ill": bool(name.startswith("hilbert") and int(name.split("_")[1]) >= 10),
             "opts": {"check_finite": True},
             "expect": {"lu": mat(lu), "piv": [int(p) for p in piv],
                        "piv_strict": piv_strict(lu, a)}})
    for name, a in [("nan", [[1.0, np.nan]]), ("inf", [[np.inf]])]:
        _, err = call(lambda: sl.lu_factor(np.asarray(a, float)))
        add({"func": "lu_factor", "name": f"lu_factor/error/{name}", "a": mat(a),
             "ill": False, "opts": {"check_finite": True}, "error": err})


def lu_solve_cases():
    for n in [1, 3, 6, 12]:
        for k in [1, 4]:
            a = random_mat(1500 + n, n, n, diag_boost=1.0)
            lu, piv = sl.lu_factor(a)
            b = random_mat(1550 + n + k, n, k)
            for trans in [0, 1, 2]:
                x = sl.lu_solve((lu, piv), b, trans=trans)
                add({"func": "lu_solve", "name": f"lu_solve/n={n}/k={k}/trans={trans}",
                     "a": mat(a), "lu": mat(lu), "piv": [int(p) for p in piv],
                     "b": mat(b), "ill": False, "opts": {"trans": trans, "check_finite": True},
                     "expect": {"x": mat(x)}})
    a = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10.0]])
    lu, piv = sl.lu_factor(a)
    b = np.array([[1.0], [2.0], [3.0]])
    add({"func": "lu_solve", "name": "lu_solve/scipy_3x3", "a": mat(a), "lu": mat(lu),
         "piv": [int(p) for p in piv], "b": mat(b), "ill": False,
         "opts": {"trans": 0, "check_finite": True},
         "expect": {"x": mat(sl.lu_solve((lu, piv), b))}})
    for n in [6, 10, 12]:
        h = hilbert(n)
        lu, piv = sl.lu_factor(h)
        b = random_mat(1600 + n, n, 2)
        for trans in [0, 1]:
            add({"func": "lu_solve", "name": f"lu_solve/hilbert/n={n}/trans={trans}",
                 "a": mat(h), "lu": mat(lu), "piv": [int(p) for p in piv], "b": mat(b),
                 "ill": True, "opts": {"trans": trans, "check_finite": True},
                 "expect": {"x": mat(sl.lu_solve((lu, piv), b, trans=trans))}})
    lu, piv = sl.lu_factor(np.eye(2) * 2)
    for name, bb, tr in [("b_rows", np.ones((3, 1)), 0), ("nan_b", [[np.nan], [1.0]], 0),
                         ("bad_trans", np.ones((2, 1)), 5)]:
        _, err = call(lambda: sl.lu_solve((lu, piv), np.asarray(bb, float), trans=tr))
        if err is None:  # SciPy's lu_solve does not validate trans
            err = {"type": "ValueError", "message": "trans must be 0, 1 or 2 (sciport)",
                   "status": "INVALID_ARGUMENT"}
        add({"func": "lu_solve", "name": f"lu_solve/error/{name}", "a": mat(np.eye(2) * 2),
             "lu": mat(lu), "piv": [int(p) for p in piv], "b": mat(bb), "ill": False,
             "opts": {"trans": tr, "check_finite": True}, "error": err})
    # SciPy's lu_solve checks only b for finiteness: a NaN in lu propagates.
    lun = lu.copy()
    lun[0, 1] = np.nan
    x, err = call(lambda: sl.lu_solve((lun, piv), np.ones((2, 1))))
    assert err is None
    add({"func": "lu_solve", "name": "lu_solve/nan_in_lu_accepted", "a": mat(np.eye(2) * 2),
         "lu": mat(lun), "piv": [int(p) for p in piv], "b": mat(np.ones((2, 1))),
         "ill": False, "opts": {"trans": 0, "check_finite": True}, "expect": {"x": mat(x)},
         "nan_propagation": True})


def cholesky_family_cases():
    mats = {"scipy_simple": [[8, 2, 3], [2, 9, 3], [3, 3, 6]],
            "1x1": [[4.0]],
            "diag": np.diag([1.0, 4.0, 9.0, 0.25])}
    for n in [2, 5, 12]:
        mats[f"spd_{n}"] = spd(1700 + n, n)
    for n in [4, 8, 11]:
        mats[f"hilbert_{n}"] = hilbert(n)
    for name, a0 in mats.items():
        a0 = np.asarray(a0, dtype=float)
        n = a0.shape[0]
        ill = name.startswith("hilbert")
        for lower in [False, True]:
            a = with_garbage(a0, lower, 1800 + n)  # garbage in the unread triangle
            c = sl.cholesky(a, lower=lower)
            cf, lw = sl.cho_factor(a, lower=lower)
            assert lw == lower
            # cho_factor: the unread triangle keeps a's (garbage) entries.
            tri = np.tril_indices(n, -1) if not lower else np.triu_indices(n, 1)
            assert np.array_equal(cf[tri], a[tri])
            add({"func": "cholesky", "name": f"cholesky/{name}/lower={lower}", "a": mat(a),
                 "ill": ill, "opts": {"lower": lower, "check_finite": True},
                 "expect": {"c": mat(c)}})
            add({"func": "cho_factor", "name": f"cho_factor/{name}/lower={lower}", "a": mat(a),
                 "ill": ill, "opts": {"lower": lower, "check_finite": True},
                 "expect": {"c": mat(cf)}})
            for k in [1, 3]:
                b = random_mat(1900 + n + k, n, k)
                x = sl.cho_solve((cf, lower), b)
                add({"func": "cho_solve", "name": f"cho_solve/{name}/lower={lower}/k={k}",
                     "a": mat(a0), "c": mat(cf), "b": mat(b), "ill": ill,
                     "opts": {"lower": lower, "check_finite": True}, "expect": {"x": mat(x)}})
    # Not positive definite: the 1-based minor from SciPy's message.
    notpd = {"first": [[-1.0, 0.0], [0.0, 1.0]],
             "second": [[1.0, 2.0], [2.0, 1.0]],
             "third": [[4.0, 2.0, 1.0], [2.0, 5.0, 0.0], [1.0, 0.0, -3.0]],
             "zero": np.zeros((3, 3)),
             "sym_indef_6": sym_indefinite(1950, 6)}
    for name, a in notpd.items():
        a = np.asarray(a, dtype=float)
        for lower in [False, True]:
            for func, fn in [("cholesky", sl.cholesky), ("cho_factor", sl.cho_factor)]:
                _, err = call(lambda: fn(a, lower=lower))
                assert err is not None and "minor" in err, (name, err)
                add({"func": func, "name": f"{func}/error/not_pd_{name}/lower={lower}",
                     "a": mat(a), "ill": False, "opts": {"lower": lower, "check_finite": True},
                     "error": err})
    for func, fn in [("cholesky", sl.cholesky), ("cho_factor", sl.cho_factor)]:
        for name, a in [("non_square", np.ones((2, 3))), ("nan", [[1.0, np.nan], [np.nan, 1.0]]),
                        ("inf", [[np.inf]])]:
            _, err = call(lambda: fn(np.asarray(a, float)))
            add({"func": func, "name": f"{func}/error/{name}", "a": mat(a), "ill": False,
                 "opts": {"lower": False, "check_finite": True}, "error": err})
    cf, _ = sl.cho_factor(np.eye(2) * 4)
    for name, cc, bb in [("b_rows", cf, np.ones((3, 1))), ("nan_b", cf, [[np.nan], [1.0]]),
                         ("non_square_c", np.ones((2, 3)), np.ones((2, 1)))]:
        _, err = call(lambda: sl.cho_solve((np.asarray(cc, float), False), np.asarray(bb, float)))
        add({"func": "cho_solve", "name": f"cho_solve/error/{name}", "a": mat(np.eye(2) * 4),
             "c": mat(cc), "b": mat(bb), "ill": False,
             "opts": {"lower": False, "check_finite": True}, "error": err})


def inv_det_cases():
    mats = {"scipy_simple_2": [[1, 2], [3, 4]],
            "scipy_simple_3": [[1, 2, 3], [4, 5, 6], [7, 8, 10]],
            "1x1": [[-4.0]],
            "diag": np.diag([2.0, -0.5, 8.0]),
            "permutation": [[0, 1, 0], [0, 0, 1], [1, 0, 0]]}
    r = np.random.default_rng(1234)
    a = r.random([20, 20])
    for i in range(20):
        a[i, i] = 20 * (.1 + a[i, i])
    mats["scipy_random_20"] = a
    for n in [2, 3, 5, 9, 25]:
        mats[f"random_{n}"] = random_mat(2000 + n, n, n, diag_boost=0.3)
    mats["sym_indef_7"] = sym_indefinite(2050, 7)
    for n in range(2, 13):
        mats[f"hilbert_{n}"] = hilbert(n)
    for name, a in mats.items():
        a = np.asarray(a, dtype=float)
        cond = cond1(a)
        ill = bool(cond > ILL_COND)
        ai, err = call(lambda: sl.inv(a))
        assert err is None
        add({"func": "inv", "name": f"inv/{name}", "a": mat(a), "ill": ill,
             "opts": {"check_finite": True}, "expect": {"x": mat(ai), "cond1": enc(cond)}})
        d, err = call(lambda: sl.det(a))
        add({"func": "det", "name": f"det/{name}", "a": mat(a), "ill": ill,
             "opts": {"check_finite": True}, "expect": {"det": float(d), "cond1": enc(cond)}})
    for name, a in {"singular_rank1": [[1, 2], [2, 4]], "exact_singular": [[4, 2, 1], [4, 2, 1],
                                                                           [2, 3, 5]],
                    "zeros": np.zeros((3, 3)), "rank_deficient_int": [[1, 2, 3], [4, 5, 6],
                                                                      [7, 8, 9]]}.items():
        a = np.asarray(a, dtype=float)
        d = sl.det(a)
        add({"func": "det", "name": f"det/{name}", "a": mat(a), "ill": False,
             "opts": {"check_finite": True},
             "expect": {"det": float(d), "cond1": enc(cond1(a)), "abs_tol": 8 * EPS * np.abs(a).max()
                        ** a.shape[0] * a.shape[0]}})
        if name != "rank_deficient_int":  # LU of [[1..9]] is not exactly singular
            _, err = call(lambda: sl.inv(a))
            assert err is not None
            add({"func": "inv", "name": f"inv/error/{name}", "a": mat(a), "ill": False,
                 "opts": {"check_finite": True}, "error": err})
    add({"func": "det", "name": "det/0x0", "a": [], "shape": [0, 0], "ill": False,
         "opts": {"check_finite": True}, "expect": {"det": float(sl.det(np.zeros((0, 0)))),
                                                    "cond1": 1.0}})
    add({"func": "det", "name": "det/scipy_1x1_all_singleton", "a": [[1.0]], "ill": False,
         "opts": {"check_finite": True}, "expect": {"det": float(sl.det([[1]])), "cond1": 1.0}})
    for func, fn in [("inv", sl.inv), ("det", sl.det)]:
        for name, a in [("non_square", np.ones((2, 3))), ("nan", [[1.0, np.nan], [0.0, 1.0]]),
                        ("inf", [[-np.inf]])]:
            _, err = call(lambda: fn(np.asarray(a, float)))
            add({"func": func, "name": f"{func}/error/{name}", "a": mat(a), "ill": False,
                 "opts": {"check_finite": True}, "error": err})


def separated(vals, scale):
    """Per index: whether the value is separated from its neighbours enough for
    its singular/eigen vector to be unique up to sign (relative gap > 1e-6)."""
    vals = np.asarray(vals, dtype=float)
    out = []
    for i, v in enumerate(vals):
        gap = np.inf
        for j, w in enumerate(vals):
            if j != i:
                gap = min(gap, abs(v - w))
        out.append(bool(gap > 1e-6 * max(scale, 1e-300)))
    return out


def svd_cases():
    mats = {"scipy_simple": [[1, 2, 3], [1, 20, 3], [2, 5, 6]],
            "scipy_simple_singular": [[1, 2, 3], [1, 2, 3], [2, 5, 6]],
            "scipy_underdet": [[1, 2, 3], [4, 5, 6]],
            "scipy_overdet": [[1, 2], [4, 5], [3, 4]],
            "1x1": [[-3.0]], "1x4": [[1.0, -2.0, 0.5, 4.0]], "4x1": [[1.0], [-2.0], [0.5], [4.0]],
            "diag_repeated": np.diag([3.0, 1.0, 3.0, 2.0]),
            "zeros_2x3": np.zeros((2, 3))}
    rs = np.random.RandomState(1234)
    mats["scipy_random_20x15"] = rs.random([20, 15])
    mats["scipy_random_15x20"] = rs.random([15, 20])
    for m, n in [(2, 2), (5, 5), (8, 3), (3, 8), (12, 12), (30, 10)]:
        mats[f"random_{m}x{n}"] = random_mat(2100 + 100 * m + n, m, n)
    mats["rank2_6x5"] = random_mat(2200, 6, 2) @ random_mat(2201, 2, 5)
    mats["rank1_4x6"] = random_mat(2202, 4, 1) @ random_mat(2203, 1, 6)
    for n in [4, 8, 12]:
        mats[f"hilbert_{n}"] = hilbert(n)
    for name, a in mats.items():
        a = np.asarray(a, dtype=float)
        s = sl.svdvals(a)
        scale = s[0] if s.size else 1.0
        add({"func": "svdvals", "name": f"svdvals/{name}", "a": mat(a), "ill": False,
             "opts": {"check_finite": True}, "expect": {"s": vec(s)}})
        for driver in ["gesdd", "gesvd", None]:
            for full in [True, False]:
                u, s2, vh = sl.svd(a, full_matrices=full,
                                   lapack_driver=driver or "gesdd")
                add({"func": "svd", "name": f"svd/{name}/full={full}/driver={driver}",
                     "a": mat(a), "ill": False,
                     "opts": {"full_matrices": full, "compute_uv": True,
                              "lapack_driver": driver, "check_finite": True},
                     "expect": {"s": vec(s2), "u": mat(u), "vh": mat(vh),
                                "sep": separated(s2, scale)}})
            s3 = sl.svd(a, compute_uv=False, lapack_driver=driver or "gesdd")
            add({"func": "svd", "name": f"svd/{name}/compute_uv=False/driver={driver}",
                 "a": mat(a), "ill": False,
                 "opts": {"full_matrices": True, "compute_uv": False, "lapack_driver": driver,
                          "check_finite": True}, "expect": {"s": vec(s3)}})
    for name, a, drv in [("nan", [[1.0, np.nan]], None), ("inf", [[np.inf, 1.0]], "gesvd"),
                         ("unknown_driver", np.eye(2), "foo")]:
        _, err = call(lambda: sl.svd(np.asarray(a, float), lapack_driver=drv or "gesdd"))
        add({"func": "svd", "name": f"svd/error/{name}", "a": mat(a), "ill": False,
             "opts": {"full_matrices": True, "compute_uv": True, "lapack_driver": drv,
                      "check_finite": True}, "error": err})
    _, err = call(lambda: sl.svdvals(np.array([[np.nan]])))
    add({"func": "svdvals", "name": "svdvals/error/nan", "a": mat([[np.nan]]), "ill": False,
         "opts": {"check_finite": True}, "error": err})


def eigh_cases():
    mats = {"scipy_integer": [[1, 2], [2, 7]],
            "1x1": [[1.0]],
            "diag": np.diag([3.0, -1.0, 2.0, 0.5]),
            "diag_repeated": np.diag([2.0, 1.0, 2.0, 2.0, -1.0]),
            "scipy_cholesky_simple": [[8, 2, 3], [2, 9, 3], [3, 3, 6]]}
    for n in [2, 3, 6, 10, 20]:
        mats[f"sym_indef_{n}"] = sym_indefinite(2300 + n, n)
    mats["spd_8"] = spd(2400, 8)
    for n in [5, 10]:
        mats[f"hilbert_{n}"] = hilbert(n)
    # symrand as in SciPy's test_decomp.py: given eigenvalues, random orthogonal basis.
    q, _ = np.linalg.qr(np.random.default_rng(1234).random((6, 6)))
    mats["symrand_6"] = q @ np.diag([-0.9, -0.3, 0.1, 0.2, 0.5, 0.8]) @ q.T
    for name, a0 in mats.items():
        a0 = np.asarray(a0, dtype=float)
        n = a0.shape[0]
        wall = sl.eigvalsh(a0)
        scale = max(np.abs(wall).max(), 1e-300)
        for lower in [True, False]:
            drivers = ([None, "ev", "evd", "evr", "evx"] if n < 10 else
                       [None, "evr"] if lower else [None])
            a = with_garbage(a0, lower, 2500 + n)
            for driver in drivers:
                subsets = [(None, None)]
                if driver in (None, "evr", "evx") and n >= 3:
                    subsets += [([1, n - 2], None), ([0, 0], None), ([n - 1, n - 1], None),
                                (None, [float(wall[-1]) + 1, float(wall[-1]) + 2])]
                    # Value bounds only halfway between well-separated eigenvalues,
                    # so that rounding cannot move an eigenvalue across a bound.
                    def mid(i):
                        if wall[i + 1] - wall[i] > 1e-6 * scale:
                            return float((wall[i] + wall[i + 1]) / 2)
                        return None
                    for lo, hi in [(float(wall[0]) - 1, mid(n // 2)), (-np.inf, mid(0)),
                                   (mid(n - 2), np.inf), (mid(0), mid(n - 2))]:
                        if lo is not None and hi is not None and lo < hi:
                            subsets.append((None, [lo, hi]))
                for sbi, sbv in subsets:
                    if lower is False and driver not in (None, "evr") and (sbi or sbv):
                        continue
                    kw = dict(lower=lower, driver=driver, subset_by_index=sbi,
                              subset_by_value=sbv)
                    opts = {"lower": lower, "driver": driver, "check_finite": True,
                            "subset_by_index": sbi,
                            "subset_by_value": None if sbv is None else vec(sbv)}
                    tag = f"{name}/lower={lower}/driver={driver}/sbi={sbi}/sbv={sbv}"
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        w, v = sl.eigh(a, **kw)
                        w2 = sl.eigvalsh(a, **kw)
                    add({"func": "eigh", "name": f"eigh/{tag}", "a": mat(a), "ill": False,
                         "opts": opts,
                         "expect": {"w": vec(w), "v": mat(v) if v.size else [],
                                    "m": int(w.size), "scale": float(scale), "sep": separated(wall, scale)
                                    if sbi is None and sbv is None else
                                    [separated(wall, scale)[int(np.argmin(np.abs(wall - x)))]
                                     for x in w]}})
                    if driver in (None, "evx"):  # (size: the others are covered by eigh)
                        add({"func": "eigvalsh", "name": f"eigvalsh/{tag}", "a": mat(a),
                             "ill": False, "opts": opts,
                             "expect": {"w": vec(w2), "m": int(w2.size),
                                        "scale": float(scale)}})
    errs = [("nan", [[1.0, np.nan], [np.nan, 1.0]], {}, None),
            ("inf_lower_triangle", [[1.0, 0.0], [np.inf, 1.0]], {}, None),
            ("non_square", np.ones((2, 3)), {}, None),
            ("subset_index_reversed", np.eye(3), {"subset_by_index": [2, 1]}, None),
            ("subset_index_out_of_range", np.eye(3), {"subset_by_index": [0, 3]}, None),
            ("subset_index_negative", np.eye(3), {"subset_by_index": [-2, 1]}, None),
            ("subset_with_ev", np.eye(3), {"subset_by_index": [0, 1], "driver": "ev"}, None),
            ("subset_with_evd", np.eye(3), {"subset_by_value": [0, 1], "driver": "evd"}, None),
            ("both_subsets", np.eye(3), {"subset_by_index": [0, 1], "subset_by_value": [0, 1]},
             None),
            ("unknown_driver", np.eye(3), {"driver": "foo"}, None),
            ("generalized_driver", np.eye(3), {"driver": "gvd"}, None),
            ("subset_value_reversed", np.eye(3), {"subset_by_value": [2, 1]}, None)]
    for name, a, kw, _ in errs:
        a = np.asarray(a, dtype=float)
        for func, fn in [("eigh", sl.eigh), ("eigvalsh", sl.eigvalsh)]:
            _, err = call(lambda: fn(a, **kw))
            assert err is not None, (name, func)
            opts = {"lower": True, "driver": kw.get("driver"), "check_finite": True,
                    "subset_by_index": kw.get("subset_by_index"),
                    "subset_by_value": None if kw.get("subset_by_value") is None
                    else vec(kw["subset_by_value"])}
            add({"func": func, "name": f"{func}/error/{name}", "a": mat(a), "ill": False,
                 "opts": opts, "error": err})


def scipy_rcond_crosscheck():
    """SciPy's own rcond (from its LinAlgWarning text) against ours, on Hilbert."""
    out = []
    for n in [8, 10, 12, 13]:
        h = hilbert(n)
        with warnings.catch_warnings(record=True) as ws:
            warnings.simplefilter("always")
            sl.solve(h, np.ones(n), assume_a="gen")
        msgs = [str(w.message) for w in ws]
        m = re.search(r"rcond\s*=\s*([0-9.eE+-]+)", " ".join(msgs))
        out.append({"n": n, "warned": m is not None,
                    "scipy_rcond": float(m.group(1).rstrip(".")) if m else None,
                    "gecon_rcond": rcond_lapack(h, "gen", False)})
    return out


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    solve_cases()
    solve_triangular_cases()
    lu_factor_cases()
    lu_solve_cases()
    cholesky_family_cases()
    inv_det_cases()
    svd_cases()
    eigh_cases()
    names = [c["name"] for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    payload = {"scipy": scipy.__version__, "numpy": np.__version__,
               "generator": "tests/reference/gen_linalg.py",
               "rcond_crosscheck": scipy_rcond_crosscheck(),
               "cases": CASES}
    with open(OUT, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    counts = {}
    for c in CASES:
        key = (c["func"], "error" in c)
        counts[key] = counts.get(key, 0) + 1
    for (func, is_err), k in sorted(counts.items()):
        print(f"  {func:<17} {'errors' if is_err else 'values'}: {k}")
    print(f"{OUT}: {len(CASES)} cases, {os.path.getsize(OUT) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
