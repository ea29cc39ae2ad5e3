#!/usr/bin/env python3
"""Reference data for sciport's complex scipy.linalg functions (the
`sciport_linalg_<fn>_complex` exports), produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_complex.py

It writes tests/reference/linalg/complex.json, read by tests/linalg_complex.rs
(which needs no Python). Encoding as gen_linalg.py's (row-major nested lists
with "<key>_shape", non-finite values as strings, fixed seeds); every complex
matrix is split into "<key>_re" and "<key>_im".

Inputs: random complex matrices (n = 0, 1, 2, 5, 30), Hermitian positive
definite ones, non-normal ones (a triangular matrix with a large strict
triangle, conjugated by a random unitary-ish matrix), exactly singular ones
(the error cases), and bad input (non-square, NaN/Inf, not positive
definite, solve's transposed).

Case layout: "func", "name", inputs ("a", "b", "lu" + "piv", "c"), "opts",
"ill" (1-norm condition number above 1e3: the test checks the backward error
instead of value agreement), "expect" or "error" ({"type", "message",
"status"}, "minor" for a not-positive-definite error). solve's "rcond" is
LAPACK's estimate for the matrix SciPy's solver reads (zgetrf + zgecon,
zpotrf + zpocon, ztrcon).
"""

import os
import sys
import warnings

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import (call, cond1, effective, enc, rcond_lapack, shaped,  # noqa: E402
                        write_cases)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "complex.json")
CASES = []
EPS = np.finfo(float).eps
ILL_COND = 1e3


def cshaped(d, key, z):
    z = np.asarray(z, dtype=complex)
    shaped(d, key + "_re", z.real)
    shaped(d, key + "_im", z.imag)


def rng(seed):
    return np.random.default_rng(seed)


def crandom(seed, m, n):
    r = rng(seed)
    return r.uniform(-1, 1, (m, n)) + 1j * r.uniform(-1, 1, (m, n))


def hpd(seed, n):
    g = crandom(seed, n, n)
    return g @ g.conj().T + n * np.eye(n)


def non_normal(seed, n):
    t = np.triu(crandom(seed, n, n) * 5, 1) + np.diag(crandom(seed + 1, n, 1)[:, 0] + 2)
    q, _ = np.linalg.qr(crandom(seed + 2, n, n))
    return q @ t @ q.conj().T


def with_garbage(a, keep_lower, seed):
    """`a` with its unread strict triangle replaced by garbage."""
    g = crandom(seed, *a.shape) * 10
    out = a.copy()
    idx = np.triu_indices_from(out, 1) if keep_lower else np.tril_indices_from(out, -1)
    out[idx] = g[idx]
    return out


def add(func, name, inputs, opts, fn, expect_of, ill=None):
    c = {"func": func, "name": f"{func}/{name}", "opts": opts}
    for k, v in inputs.items():
        if k == "piv":
            c[k] = [int(p) for p in v]
        else:
            cshaped(c, k, v)
    out, err = call(fn)
    assert expect_of is not None or err is not None, (func, name)
    if err:
        c["error"] = err
        c["ill"] = False
    else:
        a = np.asarray(inputs.get("a", np.zeros((0, 0))), dtype=complex)
        cond = cond1(a) if a.size and a.shape[0] == a.shape[1] else 1.0
        c["ill"] = bool(cond > ILL_COND) if ill is None else ill
        c["expect"] = expect_of(out)
        c["expect"]["cond1"] = enc(cond)
    CASES.append(c)
    return c


def cx(d, key, z):
    cshaped(d, key, z)
    return d


# ---------------------------------------------------------------- inputs ----

def general_mats():
    mats = {"0x0": np.zeros((0, 0), complex), "1x1": np.array([[2 - 3j]]),
            "2x2": np.array([[1 + 1j, 2], [3j, 4 - 1j]])}
    for n in [5, 30]:
        m = crandom(100 + n, n, n)
        m[np.arange(n), np.arange(n)] += 2
        mats[f"random_{n}"] = m
    mats["hpd_6"] = hpd(200, 6)
    mats["non_normal_8"] = non_normal(300, 8)
    mats["real_valued_4"] = crandom(400, 4, 4).real + 0j
    return mats


def singular_mats():
    z = np.array([[1, 2j, 3, 1 - 1j], [2, 4j, 6, 2 - 2j], [1 + 1j, 0, 1, 2j], [0, 1, 1j, 3]])
    return {"rank_deficient_4": z, "zeros_3": np.zeros((3, 3), complex),
            "rank1_2": np.outer([1, 1j], [2, 1 - 1j])}


def bad_inputs():
    nan = np.eye(2, dtype=complex)
    nan[0, 1] = complex(np.nan, 0)
    inf = np.eye(2, dtype=complex)
    inf[1, 1] = complex(0, np.inf)
    return {"non_square": np.ones((2, 3), complex), "nan": nan, "inf_imag": inf}


# ----------------------------------------------------------------- rcond ----

def rcond_of(a, assume_a, lower):
    """gen_linalg's LAPACK estimate, but 1 for SciPy's scalar shortcut (a
    1 x 1 `a` is solved as b / a whatever assume_a says)."""
    if a.shape[0] == 1:
        return 1.0
    return rcond_lapack(a, assume_a, lower)


# ----------------------------------------------------------------- cases ----

def solve_cases():
    kinds = [None, "her", "sym", "pos", "diagonal", "upper triangular",
             "lower triangular", "tridiagonal", "banded"]
    for name, a in general_mats().items():
        n = a.shape[0]
        for k in [1, 3]:
            b = crandom(600 + n + k, n, k)
            for kind in kinds:
                for lower in ([False, True] if kind in ("her", "sym", "pos") else [False]):
                    aa = hpd(700 + n, n) if kind == "pos" else a
                    if kind in ("her", "sym", "pos"):
                        aa = with_garbage(aa, lower, 800 + n)
                    opts = {"assume_a": kind, "lower": lower, "transposed": False,
                            "check_finite": True}
                    m, _ = effective(aa, kind, lower)
                    ill = bool(cond1(m) > ILL_COND) if n else False
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        rc = rcond_of(aa, kind, lower)

                    def exp(x, rc=rc, m=m):
                        d = cx({}, "x", x)
                        d["rcond"] = rc
                        d["rcond_check"] = bool(rc is not None and cond1(m) * n * EPS < 1e-9)
                        return d
                    add("solve", f"{name}/{kind}/lower={lower}/k={k}", {"a": aa, "b": b}, opts,
                        lambda aa=aa, b=b, kind=kind, lower=lower: sl.solve(
                            aa, b, assume_a=kind, lower=lower), exp, ill=ill)
    opts = {"assume_a": None, "lower": False, "transposed": False, "check_finite": True}
    for name, a in singular_mats().items():
        b = np.ones((a.shape[0], 1), complex)
        add("solve", f"error/{name}", {"a": a, "b": b}, opts, lambda a=a, b=b: sl.solve(a, b),
            None)
    notpd = np.array([[1, 2j], [-2j, 1]])
    add("solve", "error/pos_not_pd", {"a": notpd, "b": np.ones((2, 1), complex)},
        dict(opts, assume_a="pos"), lambda: sl.solve(notpd, np.ones((2, 1)), assume_a="pos"), None)
    a2 = general_mats()["2x2"]
    add("solve", "error/transposed", {"a": a2, "b": np.ones((2, 1), complex)},
        dict(opts, transposed=True), lambda: sl.solve(a2, np.ones((2, 1)), transposed=True), None)
    for name, a in bad_inputs().items():
        b = np.ones((a.shape[0], 1), complex)
        add("solve", f"error/{name}", {"a": a, "b": b}, opts, lambda a=a, b=b: sl.solve(a, b), None)


def inv_det_lu_cases():
    for name, a in list(general_mats().items()) + list(singular_mats().items()):
        add("det", name, {"a": a}, {"check_finite": True}, lambda a=a: sl.det(a),
            lambda d: {"det_re": float(np.real(d)), "det_im": float(np.imag(d))},
            ill=name in singular_mats())
        add("inv", name, {"a": a}, {"check_finite": True}, lambda a=a: sl.inv(a),
            lambda x: cx({}, "x", x))
        add("lu_factor", name, {"a": a}, {"check_finite": True}, lambda a=a: sl.lu_factor(a),
            lambda f: dict(cx({}, "lu", f[0]), piv=[int(p) for p in f[1]]))
        for permute_l in [False, True]:
            def exp(r, permute_l=permute_l):
                if permute_l:
                    return cx(cx({}, "l", r[0]), "u", r[1])
                return cx(cx(cx({}, "p", r[0]), "l", r[1]), "u", r[2])
            add("lu", f"{name}/permute_l={permute_l}", {"a": a},
                {"permute_l": permute_l, "check_finite": True},
                lambda a=a, p=permute_l: sl.lu(a, permute_l=p), exp)
        if name in general_mats():
            lu, piv = sl.lu_factor(a)
            n = a.shape[0]
            for trans in [0, 1, 2]:
                b = crandom(900 + n + trans, n, 2)
                add("lu_solve", f"{name}/trans={trans}", {"a": a, "lu": lu, "piv": piv, "b": b},
                    {"trans": trans, "check_finite": True},
                    lambda lu=lu, piv=piv, b=b, t=trans: sl.lu_solve((lu, piv), b, trans=t),
                    lambda x: cx({}, "x", x))
    for m, n in [(3, 5), (6, 2)]:
        a = crandom(950 + m, m, n)
        add("lu_factor", f"rect_{m}x{n}", {"a": a}, {"check_finite": True},
            lambda a=a: sl.lu_factor(a),
            lambda f: dict(cx({}, "lu", f[0]), piv=[int(p) for p in f[1]]))
        add("lu", f"rect_{m}x{n}/permute_l=False", {"a": a},
            {"permute_l": False, "check_finite": True}, lambda a=a: sl.lu(a),
            lambda r: cx(cx(cx({}, "p", r[0]), "l", r[1]), "u", r[2]))
    for name, a in bad_inputs().items():
        for func, fn in [("det", sl.det), ("inv", sl.inv), ("lu_factor", sl.lu_factor)]:
            if func == "lu_factor" and name == "non_square":
                continue
            add(func, f"error/{name}", {"a": a}, {"check_finite": True},
                lambda a=a, fn=fn: fn(a), None)
    lu, piv = sl.lu_factor(general_mats()["2x2"])
    nanb = np.array([[np.nan], [1]], complex)
    add("lu_solve", "error/nan_b", {"a": general_mats()["2x2"], "lu": lu, "piv": piv, "b": nanb},
        {"trans": 0, "check_finite": True}, lambda: sl.lu_solve((lu, piv), nanb), None)


def cholesky_cases():
    mats = {"1x1": np.array([[4.0 + 0j]]), "2x2": np.array([[4, 1 - 2j], [1 + 2j, 3]]),
            "hpd_5": hpd(1000, 5), "hpd_30": hpd(1001, 30), "0x0": np.zeros((0, 0), complex)}
    for name, a0 in mats.items():
        n = a0.shape[0]
        for lower in [False, True]:
            a = with_garbage(a0, lower, 1100 + n)
            opts = {"lower": lower, "check_finite": True}
            add("cholesky", f"{name}/lower={lower}", {"a": a}, opts,
                lambda a=a, lw=lower: sl.cholesky(a, lower=lw), lambda c: cx({}, "c", c))
            add("cho_factor", f"{name}/lower={lower}", {"a": a}, opts,
                lambda a=a, lw=lower: sl.cho_factor(a, lower=lw), lambda f: cx({}, "c", f[0]))
            cf, _ = sl.cho_factor(a, lower=lower)
            b = crandom(1200 + n, n, 2)
            add("cho_solve", f"{name}/lower={lower}", {"a": a0, "c": cf, "b": b}, opts,
                lambda cf=cf, b=b, lw=lower: sl.cho_solve((cf, lw), b), lambda x: cx({}, "x", x))
    notpd = {"indefinite_2": np.array([[1, 2j], [-2j, 1]]),
             "negative_first": -np.eye(3, dtype=complex),
             "third": np.array([[4, 1j, 0], [-1j, 4, 1], [0, 1, -1]], complex),
             "random_4": crandom(1300, 4, 4)}
    for name, a in notpd.items():
        for lower in [False, True]:
            for func, fn in [("cholesky", sl.cholesky), ("cho_factor", sl.cho_factor)]:
                c = add(func, f"error/not_pd_{name}/lower={lower}", {"a": a},
                        {"lower": lower, "check_finite": True},
                        lambda a=a, fn=fn, lw=lower: fn(a, lower=lw), None)
                assert "minor" in c["error"], c["error"]
    for name, a in bad_inputs().items():
        for func, fn in [("cholesky", sl.cholesky), ("cho_factor", sl.cho_factor)]:
            add(func, f"error/{name}", {"a": a}, {"lower": False, "check_finite": True},
                lambda a=a, fn=fn: fn(a), None)


def rect_mats():
    mats = {"0x0": np.zeros((0, 0), complex), "0x3": np.zeros((0, 3), complex),
            "1x1": np.array([[2 - 3j]]), "2x2": general_mats()["2x2"],
            "5x3": crandom(1400, 5, 3), "3x5": crandom(1401, 3, 5),
            "random_30": crandom(1402, 30, 30), "non_normal_8": non_normal(1403, 8),
            "rank_deficient_4": singular_mats()["rank_deficient_4"]}
    return mats


def separated(s):
    """Per singular value: relatively separated from the others (its vectors
    are unique up to a unit factor)."""
    s = np.asarray(s)
    scale = max(s[0], 1e-300) if s.size else 1.0
    return [bool(all(abs(s[i] - s[j]) > 1e-6 * scale for j in range(len(s)) if j != i)
                 and s[i] > 1e-6 * scale) for i in range(len(s))]


def qr_svd_cases():
    for name, a in rect_mats().items():
        for mode in ["full", "r", "economic"]:
            for pivoting in [False, True]:
                def exp(res, mode=mode, pivoting=pivoting):
                    d = {}
                    if mode != "r":
                        cx(d, "q", res[0])
                        res = res[1:]
                    cx(d, "r", res[0])
                    if pivoting:
                        d["p"] = [int(p) for p in res[1]]
                    return d
                add("qr", f"{name}/{mode}/pivoting={pivoting}", {"a": a},
                    {"mode": mode, "pivoting": pivoting, "check_finite": True},
                    lambda a=a, m=mode, p=pivoting: sl.qr(a, mode=m, pivoting=p), exp,
                    ill=name == "rank_deficient_4")
        for full in [True, False]:
            def exp(res):
                u, sv, vh = res
                return dict(cx(cx({}, "u", u), "vh", vh), s=[float(v) for v in sv],
                            separated=separated(sv))
            add("svd", f"{name}/full_matrices={full}", {"a": a},
                {"full_matrices": full, "check_finite": True},
                lambda a=a, f=full: sl.svd(a, full_matrices=f), exp, ill=False)
        add("svdvals", name, {"a": a}, {"check_finite": True}, lambda a=a: sl.svdvals(a),
            lambda sv: {"s": [float(v) for v in sv]}, ill=False)
    # past zgeqp3's crossover: blocked zlaqps panels
    big = crandom(1404, 170, 150)
    add("qr", "blocked_170x150/economic/pivoting=True", {"a": big},
        {"mode": "economic", "pivoting": True, "check_finite": True},
        lambda: sl.qr(big, mode="economic", pivoting=True),
        lambda res: dict(cx(cx({}, "q", res[0]), "r", res[1]), p=[int(p) for p in res[2]]),
        ill=False)
    nan = bad_inputs()["nan"]
    add("qr", "error/nan", {"a": nan}, {"mode": "full", "pivoting": False, "check_finite": True},
        lambda: sl.qr(nan), None)
    c = add("qr", "error/unknown_mode", {"a": nan}, {"mode": "thin", "pivoting": False,
                                                     "check_finite": True},
            lambda: sl.qr(nan, mode="thin"), None)
    c["error"]["status"] = "UNKNOWN_NAME"  # sciport's status for an unknown option name
    for func, fn in [("svd", sl.svd), ("svdvals", sl.svdvals)]:
        add(func, "error/nan", {"a": nan}, {"full_matrices": True, "check_finite": True},
            lambda fn=fn: fn(nan), None)


def hermitian(seed, n):
    g = crandom(seed, n, n)
    return (g + g.conj().T) / 2


def eigh_cases():
    mats = {"0x0": np.zeros((0, 0), complex), "1x1": np.array([[3.0 + 0j]]),
            "2x2": np.array([[2, 1 - 1j], [1 + 1j, -1]]), "hpd_6": hpd(1500, 6),
            "indefinite_8": hermitian(1501, 8), "indefinite_30": hermitian(1502, 30),
            "imag_diagonal_4": hermitian(1503, 4) + np.diag([1j, -2j, 0.5j, 0])}
    for name, a0 in mats.items():
        n = a0.shape[0]
        for lower in [True, False]:
            a = with_garbage(a0, lower, 1600 + n)
            subsets = [("all", {})]
            if n >= 6:
                subsets += [("index", {"subset_by_index": [1, 3]}),
                            ("value", {"subset_by_value": [-0.5, 1e9]})]
            for sub, kw in subsets:
                opts = {"lower": lower, "check_finite": True,
                        "subset_by_index": kw.get("subset_by_index"),
                        "subset_by_value": kw.get("subset_by_value")}

                def exp(res):
                    w, v = res
                    gaps = [float(np.min(np.abs(np.delete(w, i) - w[i]))) if len(w) > 1
                            else np.inf for i in range(len(w))]
                    d = cx({}, "v", v)
                    d["w"] = [float(x) for x in w]
                    d["unique"] = [bool(g > 1e-6 * max(1.0, np.abs(w).max())) for g in gaps]
                    return d
                add("eigh", f"{name}/lower={lower}/{sub}", {"a": a}, opts,
                    lambda a=a, lw=lower, kw=kw: sl.eigh(a, lower=lw, **kw), exp, ill=False)
    nan = bad_inputs()["nan"]
    add("eigh", "error/nan", {"a": nan}, {"lower": True, "check_finite": True,
                                          "subset_by_index": None, "subset_by_value": None},
        lambda: sl.eigh(nan), None)
    add("eigh", "error/non_square", {"a": np.ones((2, 3), complex)},
        {"lower": True, "check_finite": True, "subset_by_index": None, "subset_by_value": None},
        lambda: sl.eigh(np.ones((2, 3), complex)), None)


def eig_cases():
    from gen_linalg_eig import tolerances
    mats = {"0x0": (np.zeros((0, 0), complex), None), "1x1": (np.array([[2 - 3j]]), None),
            "2x2": (general_mats()["2x2"], None), "random_5": (crandom(1700, 5, 5), None),
            "random_30": (crandom(1701, 30, 30), None),
            "non_normal_8": (non_normal(1702, 8), None),
            "hermitian_6": (hermitian(1703, 6), None),
            "triangular_4": (np.triu(crandom(1704, 4, 4)) + np.diag([0, 1, 2j, -3]), None),
            "repeated_3": (np.diag([1 + 1j, 1 + 1j, 2]).astype(complex), None),
            "pencil_5": (crandom(1705, 5, 5), crandom(1706, 5, 5) + 3 * np.eye(5)),
            "pencil_singular_b_3": (crandom(1707, 3, 3),
                                    np.diag([1.0, 1j, 0]).astype(complex))}
    for name, (a, b) in mats.items():
        inputs = {"a": a} if b is None else {"a": a, "b": b}

        def exp(res, a=a, b=b):
            w, vl, vr = res
            wh = sl.eig(a, b, left=False, right=False, homogeneous_eigvals=True)
            d = cx(cx(cx({}, "w", w[None, :] if w.size else np.zeros((0, 0))), "vl", vl),
                   "vr", vr)
            cx(d, "alpha", wh[0][None, :] if wh.size else np.zeros((0, 0)))
            cx(d, "beta", wh[1][None, :] if wh.size else np.zeros((0, 0)))
            if a.size:
                fin = np.isfinite(w)
                tw, tv, unique = tolerances(a, b, w, vl, vr)
                d["tol_w"], d["tol_v"], d["vectors"] = tw, tv, unique
                d["finite"] = [bool(f) for f in fin]
            return d
        add("eig", name, inputs, {"check_finite": True},
            lambda a=a, b=b: sl.eig(a, b, left=True, right=True), exp, ill=False)
    nan = bad_inputs()["nan"]
    add("eig", "error/nan", {"a": nan}, {"check_finite": True}, lambda: sl.eig(nan), None)
    add("eig", "error/non_square", {"a": np.ones((2, 3), complex)}, {"check_finite": True},
        lambda: sl.eig(np.ones((2, 3), complex)), None)
    a2, b3 = general_mats()["2x2"], np.eye(3, dtype=complex)
    c = add("eig", "error/b_shape", {"a": a2, "b": b3}, {"check_finite": True},
            lambda: sl.eig(a2, b3), None)
    c["error"]["status"] = "DIMENSION_MISMATCH"


def expm_cases():
    mats = {"0x0": np.zeros((0, 0), complex), "1x1": np.array([[0.5 - 2j]]),
            "2x2": general_mats()["2x2"], "random_30": crandom(1800, 30, 30) / 3,
            "hermitian_6": hermitian(1801, 6), "non_normal_8": non_normal(1802, 8) / 4,
            "upper_5": np.triu(crandom(1803, 5, 5)) * 2,
            "lower_4": np.tril(crandom(1804, 4, 4)),
            "diagonal_3": np.diag([1j, -2 + 1j, 3]).astype(complex)}
    for k, norm in enumerate([1e-3, 0.1, 1.0, 3.0, 60.0]):
        m = crandom(1810 + k, 6, 6)
        mats[f"norm_{norm:g}_6"] = m * norm / np.abs(m).sum(axis=0).max()
    for name, a in mats.items():
        add("expm", name, {"a": a}, {}, lambda a=a: sl.expm(a), lambda e: cx({}, "x", e),
            ill=False)
    nan = np.array([[np.nan, 1], [0, 1]], complex)
    add("expm", "nan_upper", {"a": nan}, {}, lambda: sl.expm(nan), lambda e: cx({}, "x", e),
        ill=False)


def main():
    expm_cases()
    solve_cases()
    inv_det_lu_cases()
    cholesky_cases()
    qr_svd_cases()
    eigh_cases()
    eig_cases()
    write_cases(OUT, "tests/reference/gen_linalg_complex.py", CASES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
