#!/usr/bin/env python3
"""Reference data for sciport's linalg area, slice 2 (orthogonal factorizations
and what rests on them), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_orth.py

It writes tests/reference/linalg/orthogonal.json, read by
tests/linalg_orthogonal.rs (which needs no Python). The encoding is
gen_linalg.py's (row-major nested lists, non-finite values as strings, fixed
seeds). Functions: qr (modes full / r / economic / raw, pivoting), rq, lstsq,
pinv, matrix_rank (numpy.linalg's), null_space, orth, norm (matrix ords and
vector ords).

Case layout: "func", "name", the inputs ("a", "b", "x" for vectors), "opts",
and "expect" (SciPy's outputs) or "error" ({"type", "message", "status"}).
"deterministic" (qr / rq) is false where Householder QR is not unique to
rounding (rank-deficient a: R's trailing rows are rounding noise), so the
Rust test checks invariants there instead of values.
"""

import json
import os
import sys

import numpy as np
import scipy
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import call, enc, hilbert, mat, random_mat, rng, vec  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "orthogonal.json")
EPS = np.finfo(float).eps
CASES = []


def add(c):
    CASES.append(c)
    return c


# SciPy's ValueError for a name it does not know is sciport's UNKNOWN_NAME.
UNKNOWN = ("Mode argument should be", "LAPACK driver", "Invalid norm order")


def fill(c, result, err, encode):
    if err:
        if err["message"].startswith(UNKNOWN):
            err["status"] = "UNKNOWN_NAME"
        c["error"] = err
    else:
        c["expect"] = encode(result)
    return add(c)


def shaped(c, a):
    """Records the shape, which an empty nested list cannot carry."""
    c["shape"] = list(np.shape(a))
    return c


def full_rank(a):
    a = np.asarray(a, dtype=float)
    if a.size == 0 or not np.isfinite(a).all():
        return True
    s = np.linalg.svd(a, compute_uv=False)
    return bool(s[-1] > 1e-8 * s[0])


# ------------------------------------------------------------------- qr ----

def qr_case(name, a, mode=None, pivoting=False, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = shaped({"func": "qr", "name": name, "a": mat(a),
                "opts": {"mode": mode, "pivoting": pivoting, "check_finite": check_finite}}, a)
    kw = {"pivoting": pivoting, "check_finite": check_finite}
    if mode is not None:
        kw["mode"] = mode
    res, err = call(lambda: sl.qr(a, **kw))
    # Pivoted QR's column order is decided by near-ties only for degenerate input;
    # unpivoted Householder QR is unique to rounding when a's leading columns
    # are independent.
    c["deterministic"] = full_rank(a[:, :min(a.shape)]) if a.size else True

    def encode(r):
        out = {}
        if mode == "raw":
            (h, tau), rest = r[0], r[1:]
            out["h"], out["tau"], out["h_shape"] = mat(h), vec(tau), list(h.shape)
        elif mode == "r":
            rest = r
        else:
            out["q"], rest = mat(r[0]), r[1:]
        out["r"] = mat(rest[0])
        out["r_shape"] = list(rest[0].shape)
        if pivoting:
            out["p"] = [int(v) for v in rest[1]]
        return out
    return fill(c, res, err, encode)


def qr_cases():
    lit3 = [[8, 2, 3], [2, 9, 3], [5, 3, 6]]   # SciPy test_decomp.py TestQR
    lit_wide = [[8, 2, 3], [2, 9, 3]]
    lit_tall = [[8, 2], [2, 9], [5, 3]]
    shapes = [(1, 1), (3, 3), (5, 3), (3, 5), (8, 8), (20, 7), (7, 20), (40, 40), (60, 45),
              (45, 60)]
    modes = [None, "full", "qr", "r", "economic", "raw"]
    for k, a in enumerate([lit3, lit_wide, lit_tall]):
        for mode in modes:
            for piv in [False, True]:
                qr_case(f"qr/scipy_literal/{k}/mode={mode}/piv={piv}", a, mode, piv)
    seed = 3000
    for (m, n) in shapes:
        seed += 1
        a = random_mat(seed, m, n)
        for mode in ["full", "r", "economic", "raw"]:
            for piv in [False, True]:
                # Large inputs (past the blocked-code crossover) once per path.
                if m * n > 10000 and (mode, piv) not in [("economic", False), ("raw", True)]:
                    continue
                qr_case(f"qr/random/{m}x{n}/mode={mode}/piv={piv}", a, mode, piv)
    # Rank deficient: a zero column, repeated columns, rank-2 outer products.
    z = random_mat(3100, 6, 4)
    z[:, 1] = 0.0
    dup = random_mat(3101, 5, 5)
    dup[:, 3] = dup[:, 0]
    low = random_mat(3102, 7, 2) @ random_mat(3103, 2, 6)
    for nm, a in [("zero_col", z), ("dup_col", dup), ("rank2", low), ("zeros", np.zeros((4, 3)))]:
        for mode in ["full", "economic", "raw"]:
            for piv in [False, True]:
                qr_case(f"qr/rank_deficient/{nm}/mode={mode}/piv={piv}", a, mode, piv)
    # Past dgeqp3's crossover (blocked dlaqps panels); near rank 20, norms
    # downdated to noise are recomputed inside the panels (rank 20).
    big = random_mat(3105, 170, 165)
    qr_case("qr/blocked_pivoting/170x165/mode=r", big, "r", True)
    near = random_mat(3106, 180, 20) @ random_mat(3107, 20, 170)
    near += 1e-4 * random_mat(3108, 180, 170)
    qr_case("qr/blocked_pivoting/near_rank20_180x170/mode=raw", near, "raw", True)
    for n in [5, 10, 12]:
        qr_case(f"qr/hilbert/n={n}", hilbert(n), "full", False)
        qr_case(f"qr/hilbert/n={n}/piv", hilbert(n), "full", True)
    # Negative zeros and exact zeros below the diagonal (tau = 0 reflectors).
    qr_case("qr/upper_triangular", np.triu(random_mat(3104, 5, 5)), "raw")
    qr_case("qr/identity", np.eye(4), "raw", True)
    for (m, n) in [(0, 0), (0, 3), (3, 0)]:
        for mode in ["full", "r", "economic", "raw"]:
            for piv in [False, True]:
                qr_case(f"qr/empty/{m}x{n}/mode={mode}/piv={piv}", np.zeros((m, n)), mode, piv)
    qr_case("qr/error/nan", [[1.0, np.nan], [2.0, 3.0]])
    qr_case("qr/error/inf_piv", [[1.0, 2.0], [np.inf, 3.0]], pivoting=True)
    qr_case("qr/unchecked", [[1.0, 2.0], [3.0, 4.0]], check_finite=False)
    qr_case("qr/error/bad_mode", lit3, "foo")


def rq_case(name, a, mode=None, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = shaped({"func": "rq", "name": name, "a": mat(a),
                "opts": {"mode": mode, "check_finite": check_finite}}, a)
    kw = {"check_finite": check_finite}
    if mode is not None:
        kw["mode"] = mode
    res, err = call(lambda: sl.rq(a, **kw))
    m, n = a.shape
    # RQ is unique to rounding when a's trailing rows are independent.
    c["deterministic"] = full_rank(a[m - min(m, n):, :]) if a.size else True

    def encode(r):
        if mode == "r":
            return {"r": mat(r), "r_shape": list(r.shape)}
        return {"r": mat(r[0]), "r_shape": list(r[0].shape), "q": mat(r[1]),
                "q_shape": list(r[1].shape)}
    return fill(c, res, err, encode)


def rq_cases():
    seed = 3200
    for (m, n) in [(1, 1), (3, 3), (2, 3), (3, 2), (5, 8), (8, 5), (30, 30), (45, 40),
                   (40, 45)]:
        seed += 1
        a = random_mat(seed, m, n)
        for mode in [None, "full", "r", "economic"]:
            if m * n > 10000 and mode != "economic":
                continue
            rq_case(f"rq/random/{m}x{n}/mode={mode}", a, mode)
    rq_case("rq/scipy_literal", [[8, 2, 3], [2, 9, 3], [5, 3, 6]])
    low = random_mat(3250, 5, 2) @ random_mat(3251, 2, 5)
    rq_case("rq/rank2", low, "full")
    for (m, n) in [(0, 0), (0, 3), (3, 0)]:
        for mode in ["full", "r", "economic"]:
            rq_case(f"rq/empty/{m}x{n}/mode={mode}", np.zeros((m, n)), mode)
    rq_case("rq/error/nan", [[1.0, np.nan], [2.0, 3.0]])
    rq_case("rq/error/bad_mode", np.eye(2), "raw")


# ---------------------------------------------------------------- lstsq ----

def lstsq_case(name, a, b, cond=None, driver=None, check_finite=True):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    if b.ndim == 1:
        b = b[:, None]
    c = shaped({"func": "lstsq", "name": name, "a": mat(a), "b": mat(b), "b_shape": list(b.shape),
                "opts": {"cond": cond, "lapack_driver": driver, "check_finite": check_finite}}, a)
    res, err = call(lambda: sl.lstsq(a, b, cond=cond, lapack_driver=driver,
                                     check_finite=check_finite))
    # SVD-based solvers agree with SciPy to ~cond(a)·eps; mark what can be
    # compared elementwise at 1e-10.
    s = np.linalg.svd(a, compute_uv=False) if a.size and np.isfinite(a).all() else np.zeros(0)
    r = int(np.sum(s > (EPS if cond is None else cond) * (s[0] if s.size else 0)))
    kappa = s[0] / s[r - 1] if r else 1.0
    gap_ok = r == s.size or s[r] < 1e-6 * s[r - 1]
    c["well_posed"] = bool(kappa < 1e4 and gap_ok)

    def encode(t):
        x, resid, rank, sv = t
        return {"x": mat(x), "residues": vec(resid), "rank": int(rank),
                "s": None if sv is None else vec(sv)}
    return fill(c, res, err, encode)


def lstsq_cases():
    # SciPy test_basic.py TestLstsq literals.
    for k, bt in enumerate([[[1, 0], [0, 1]], [1, 0], [[2, 1], [-30, 4]]]):
        lstsq_case(f"lstsq/scipy_simple_exact/{k}", [[1, 20], [-30, 4]], bt)
    lstsq_case("lstsq/scipy_simple_overdet", [[1, 2], [4, 5], [3, 4]], [1, 2, 3])
    lstsq_case("lstsq/scipy_simple_underdet", [[1, 2, 3], [4, 5, 6]], [1, 2])
    seed = 3400
    for (m, n, k) in [(1, 1, 1), (5, 3, 1), (5, 3, 2), (3, 5, 2), (10, 10, 3), (40, 12, 2),
                      (12, 40, 2), (200, 50, 3)]:
        seed += 1
        a = random_mat(seed, m, n)
        b = random_mat(seed + 50, m, k)
        for drv in [None, "gelsd", "gelss", "gelsy"]:
            lstsq_case(f"lstsq/random/{m}x{n}/k={k}/driver={drv}", a, b, driver=drv)
    low = random_mat(3500, 8, 2) @ random_mat(3501, 2, 5)
    b = random_mat(3502, 8, 2)
    lstsq_case("lstsq/rank2_tall", low, b)
    lstsq_case("lstsq/rank2_tall/cond=1e-3", low, b, cond=1e-3)
    lstsq_case("lstsq/rank2_wide", low.T, random_mat(3503, 5, 1))
    lstsq_case("lstsq/zeros", np.zeros((3, 2)), np.ones((3, 1)))
    d = np.diag([1.0, 1e-3, 1e-9])
    lstsq_case("lstsq/cond_cut/none", d, np.ones(3))
    lstsq_case("lstsq/cond_cut/1e-6", d, np.ones(3), cond=1e-6)
    lstsq_case("lstsq/cond_cut/1e-2", d, np.ones(3), cond=1e-2)
    lstsq_case("lstsq/cond_negative", d, np.ones(3), cond=-1.0)
    for n in [4, 8]:
        lstsq_case(f"lstsq/hilbert/n={n}", hilbert(n), np.ones(n))
    lstsq_case("lstsq/empty/0x3", np.zeros((0, 3)), np.zeros((0, 2)))
    lstsq_case("lstsq/empty/3x0", np.zeros((3, 0)), random_mat(3504, 3, 2))
    lstsq_case("lstsq/error/shape", np.ones((3, 2)), np.ones(4))
    lstsq_case("lstsq/error/nan_b", np.eye(2), [np.nan, 1.0])
    lstsq_case("lstsq/error/driver", np.eye(2), np.ones(2), driver="gelsx")


# ------------------------------------------------------- pinv and rank ----

def pinv_case(name, a, atol=None, rtol=None, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = shaped({"func": "pinv", "name": name, "a": mat(a),
                "opts": {"atol": atol, "rtol": rtol, "check_finite": check_finite}}, a)
    res, err = call(lambda: sl.pinv(a, atol=atol, rtol=rtol, return_rank=True,
                                    check_finite=check_finite))
    return fill(c, res, err, lambda t: {"pinv": mat(t[0]), "rank": int(t[1])})


def pinv_cases():
    pinv_case("pinv/scipy_simple", [[1, 2, 3], [4, 5, 6], [7, 8, 10]])
    pinv_case("pinv/scipy_singular", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    pinv_case("pinv/scipy_wide", [[1, 2, 3], [4, 5, 6]])
    pinv_case("pinv/scipy_tall", [[1, 2], [3, 4], [5, 6]])
    a = random_mat(3600, 7, 5)
    pinv_case("pinv/random", a)
    d = np.diag([10.0, 1.0, 1e-3, 1e-14])
    for atol, rtol in [(None, None), (0.5, None), (None, 1e-2), (1e-4, 1e-2), (0.0, 0.0)]:
        pinv_case(f"pinv/diag/atol={atol}/rtol={rtol}", d, atol, rtol)
    pinv_case("pinv/zeros", np.zeros((3, 2)))
    pinv_case("pinv/empty", np.zeros((0, 3)))
    pinv_case("pinv/error/neg_atol", np.eye(2), atol=-1.0)
    pinv_case("pinv/error/neg_rtol", np.eye(2), rtol=-1.0)
    pinv_case("pinv/error/nan", [[np.nan, 1.0]])


def rank_case(name, a, tol=None):
    a = np.asarray(a, dtype=float)
    c = shaped({"func": "matrix_rank", "name": name, "a": mat(a), "opts": {"tol": tol}}, a)
    res, err = call(lambda: np.linalg.matrix_rank(a, tol=tol))
    return fill(c, res, err, lambda r: {"rank": int(r)})


def null_orth_case(func, name, a, rcond=None):
    a = np.asarray(a, dtype=float)
    c = shaped({"func": func, "name": name, "a": mat(a), "opts": {"rcond": rcond}}, a)
    fn = sl.null_space if func == "null_space" else sl.orth
    res, err = call(lambda: fn(a, rcond=rcond))
    # The basis is well determined only when the kept and dropped singular
    # values are well separated; the test compares subspaces only then.
    if not err and a.size:
        s = np.linalg.svd(a, compute_uv=False)
        tol = s[0] * (max(a.shape) * EPS if rcond is None else rcond)
        num = int(np.sum(s > tol))
        lo = s[num] if num < s.size else 0.0
        c["subspace_gap"] = float((s[num - 1] - lo) / s[0]) if num else 1.0
    return fill(c, res, err, lambda q: {"q": mat(q), "q_shape": list(q.shape)})


def rank_cases():
    for k, a in enumerate([np.eye(4), np.ones((3, 5)), random_mat(3700, 6, 4),
                           random_mat(3701, 6, 2) @ random_mat(3702, 2, 6), np.zeros((3, 3)),
                           hilbert(12), np.diag([1.0, 1e-10, 1e-17])]):
        rank_case(f"matrix_rank/{k}", a)
        rank_case(f"matrix_rank/{k}/tol=1e-5", a, 1e-5)
        for func in ["null_space", "orth"]:
            null_orth_case(func, f"{func}/{k}", a)
            null_orth_case(func, f"{func}/{k}/rcond=1e-5", a, 1e-5)
    # SciPy test_decomp.py TestNullSpace / test_orth literals.
    for func in ["null_space", "orth"]:
        null_orth_case(func, f"{func}/scipy_literal", [[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        null_orth_case(func, f"{func}/wide", random_mat(3703, 3, 7))
        null_orth_case(func, f"{func}/empty_rows", np.zeros((0, 3)))
        null_orth_case(func, f"{func}/empty_cols", np.zeros((3, 0)))
        null_orth_case(func, f"{func}/error/nan", [[np.nan, 1.0]])
    rank_case("matrix_rank/empty", np.zeros((0, 0)))


# ----------------------------------------------------------------- norm ----

def norm_case(name, a, ord=None, check_finite=True):
    a = np.asarray(a, dtype=float)
    func = "norm" if a.ndim == 2 else "vector_norm"
    c = {"func": func, "name": name, "opts": {"ord": ord, "check_finite": check_finite}}
    if a.ndim == 2:
        shaped(c, a)
        c["a"] = mat(a)
    else:
        c["x"] = vec(a)
    py_ord = {"inf": np.inf, "-inf": -np.inf}.get(ord, ord) if isinstance(ord, str) else ord
    if isinstance(py_ord, str) and py_ord.lstrip("-").isdigit():
        py_ord = int(py_ord)
    if func == "vector_norm" and isinstance(ord, float) and np.isinf(ord):
        c["opts"]["ord"] = enc(ord)
    res, err = call(lambda: sl.norm(a, ord=py_ord, check_finite=check_finite))
    if not err and np.isinf(res) and np.isfinite(a).all():
        # NumPy's Frobenius / 2-norm sums unscaled squares and overflows;
        # record the true (representable) value, computed scaled.
        scale = np.abs(a).max()
        c["scipy_value"] = enc(res)
        res = scale * sl.norm(a / scale, ord=py_ord)
    return fill(c, res, err, lambda v: {"value": enc(v)})


def norm_cases():
    a = random_mat(3800, 5, 4) * 3
    big = np.array([[1e200, 1e200], [1e-200, 3.0]])
    ords = [None, "fro", "nuc", "1", "-1", "2", "-2", "inf", "-inf"]
    for nm, m in [("random", a), ("wide", a.T), ("big", big), ("hilbert", hilbert(6)),
                  ("neg", -np.eye(3))]:
        for o in ords:
            norm_case(f"norm/{nm}/ord={o}", m, o)
    for o in ords:
        norm_case(f"norm/empty_rows/ord={o}", np.zeros((0, 3)), o)
        norm_case(f"norm/empty/ord={o}", np.zeros((0, 0)), o)
    norm_case("norm/error/nan", [[np.nan, 1.0]])
    norm_case("norm/nan_unchecked", [[np.nan, 1.0]], check_finite=False)
    norm_case("norm/error/bad_ord", np.eye(2), "3")
    x = rng(3900).uniform(-2, 2, 9)
    for o in [2.0, 1.0, np.inf, -np.inf, 0.0, 3.0, 0.5, -1.0, -2.5]:
        norm_case(f"vector_norm/random/ord={o}", x, o)
        norm_case(f"vector_norm/with_zero/ord={o}", np.array([0.0, 3.0, -4.0]), o)
    norm_case("vector_norm/huge", np.array([1e300, 1e300]), 2.0)
    norm_case("vector_norm/tiny", np.array([1e-300, 1e-300]), 2.0)
    for o in [2.0, 1.0, np.inf, -np.inf, 0.0]:
        norm_case(f"vector_norm/empty/ord={o}", np.zeros(0), o)
    norm_case("vector_norm/error/inf", np.array([np.inf, 1.0]), 2.0)


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    qr_cases()
    rq_cases()
    lstsq_cases()
    pinv_cases()
    rank_cases()
    norm_cases()
    names = [c["name"] for c in CASES]
    dup = {n for n in names if names.count(n) > 1}
    assert not dup, dup
    payload = {"scipy": scipy.__version__, "numpy": np.__version__,
               "generator": "tests/reference/gen_linalg_orth.py", "cases": CASES}
    with open(OUT, "w") as f:
        json.dump(payload, f, separators=(",", ":"), allow_nan=False)
        f.write("\n")
    counts = {}
    for c in CASES:
        key = (c["func"], "error" in c)
        counts[key] = counts.get(key, 0) + 1
    for (func, is_err), k in sorted(counts.items()):
        print(f"  {func:<12} {'errors' if is_err else 'values'}: {k}")
    print(f"{OUT}: {len(CASES)} cases, {os.path.getsize(OUT) / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
