"""Generates reference_complex.R: SciPy's results for the R tests of the
complex linalg functions, schur, the matrix equations, sqrtm and logm.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python bindings/r/tests/testthat/gen_reference_complex.py

Each case of ref_cx is list(fun = the R function's name, args = its
arguments by name, expected = SciPy's result, tol = the relative accuracy
bar); `expected` is a named list holding only the parts of the result that
are unique (x, inv, det, lu, Cholesky factors, QR, singular values,
eigenvalues, exp, solutions of the equations, square roots,
logarithms), and `set`
names the parts compared as sets (eigenvalues, whose order may differ from
LAPACK's). Riccati cases whose SciPy solution has a residual above 1e-10
(relative) are left out: there SciPy, not sciport, is inaccurate. Schur forms and singular / eigen vectors are not unique: the
tests check their invariants. Encoding as gen_reference.py's.
"""

import os
import sys
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_reference import RList, r_value  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference_complex.R")
RNG = np.random.default_rng(20261204)


def real(*shape):
    return RNG.standard_normal(shape)


def cplx(*shape):
    return RNG.standard_normal(shape) + 1j * RNG.standard_normal(shape)


def hpd(n):
    """A Hermitian positive definite complex n x n matrix."""
    g = cplx(n, n)
    return g @ g.conj().T + n * np.eye(n)


def case(fun, args, expected, tol=1e-12, set_=()):
    return {"fun": fun, "args": args, "expected": expected, "tol": tol,
            "set": list(set_)}


def group_a():
    out = []
    for n in (1, 3, 5):
        a, b, bm = cplx(n, n), cplx(n), cplx(n, 2)
        out.append(case("linalg_solve", {"a": a, "b": b}, {"x": sl.solve(a, b)}, 1e-10))
        out.append(case("linalg_solve", {"a": a, "b": bm}, {"x": sl.solve(a, bm)}, 1e-10))
        h = hpd(n)
        out.append(case("linalg_solve", {"a": h, "b": bm, "assume_a": "pos"},
                        {"x": sl.solve(h, bm, assume_a="pos")}, 1e-10))
        out.append(case("linalg_solve", {"a": h, "b": b, "assume_a": "her", "lower": True},
                        {"x": sl.solve(h, b, assume_a="her", lower=True)}, 1e-10))
        out.append(case("inv", {"a": a}, {"inv": sl.inv(a)}, 1e-10))
        out.append(case("linalg_det", {"a": a}, {"det": np.array([sl.det(a)])}, 1e-10))
        lu, piv = sl.lu_factor(a)
        out.append(case("lu_factor", {"a": a}, {"lu": lu, "piv": piv.astype(float)}, 1e-10))
        for trans in (0, 1, 2):
            out.append(case("lu_solve", {"lu_and_piv": RList([lu, piv.astype(float)]), "b": bm,
                                         "trans": trans},
                            {"x": sl.lu_solve((lu, piv), bm, trans=trans)}, 1e-10))
        for lower in (False, True):
            c = sl.cho_factor(h, lower=lower)[0]
            out.append(case("cholesky", {"a": h, "lower": lower},
                            {"c": sl.cholesky(h, lower=lower)}, 1e-10))
            out.append(case("cho_solve", {"c_and_lower": RList([c, lower]), "b": bm},
                            {"x": sl.cho_solve((c, lower), bm)}, 1e-10))
        out.append(case("expm", {"a": a}, {"x": sl.expm(a)}, 1e-11))
        out.append(case("eigvalsh", {"a": h}, {"w": sl.eigvalsh(h)}, 1e-11))
        out.append(case("eigh", {"a": h, "subset_by_index": [0.0, 0.0]},
                        {"w": sl.eigh(h, subset_by_index=[0, 0])[0]}, 1e-11))
        out.append(case("eigvals", {"a": a}, {"w": sl.eigvals(a)}, 1e-10, ["w"]))
        g = cplx(n, n)
        out.append(case("eigvals", {"a": a, "b": g}, {"w": sl.eigvals(a, g)}, 1e-8, ["w"]))
    for m, n in ((4, 3), (3, 5), (4, 4)):
        a = cplx(m, n)
        p, l, u = sl.lu(a)
        out.append(case("lu", {"a": a}, {"p": p, "l": l, "u": u}, 1e-10))
        q, r = sl.qr(a)
        out.append(case("linalg_qr", {"a": a}, {"q": q, "r": r}, 1e-10))
        q, r = sl.qr(a, mode="economic")
        out.append(case("linalg_qr", {"a": a, "mode": "economic"}, {"q": q, "r": r}, 1e-10))
        q, r, pv = sl.qr(a, pivoting=True)
        out.append(case("linalg_qr", {"a": a, "pivoting": True},
                        {"q": q, "r": r, "p": pv.astype(float)}, 1e-10))
        out.append(case("linalg_svd", {"a": a}, {"s": sl.svd(a)[1]}, 1e-12))
        out.append(case("svdvals", {"a": a}, {"s": sl.svdvals(a)}, 1e-12))
    return out


def are_residual(fun, x, a, b, q, r, e=None, s=None, balanced=True):
    """max |residual| of the Riccati equation `fun` at x."""
    e = np.eye(a.shape[0]) if e is None else e
    s = np.zeros(b.shape) if s is None else s
    if fun == "solve_continuous_are":
        res = (a.T @ x @ e + e.T @ x @ a
               - (e.T @ x @ b + s) @ np.linalg.solve(r, b.T @ x @ e + s.T) + q)
    else:
        res = (a.T @ x @ a - e.T @ x @ e
               - (a.T @ x @ b + s) @ np.linalg.solve(r + b.T @ x @ b, b.T @ x @ a + s.T) + q)
    return abs(res).max()


def group_b():
    out = []
    for n in (1, 3, 6):
        a = real(n, n)
        for sort in (None, "lhp", "rhp", "iuc", "ouc"):
            t, z, *sd = sl.schur(a, sort=sort) if sort else (*sl.schur(a), 0)
            w = np.linalg.eigvals(t)
            args = {"a": a} if sort is None else {"a": a, "sort": sort}
            out.append(case("schur", args, {"w": w, "sdim": float(sd[0])}, 1e-10, ["w"]))
            t, z, *sd = sl.schur(a, output="complex", sort=sort) if sort else \
                (*sl.schur(a, output="complex"), 0)
            out.append(case("schur", dict(args, output="complex"),
                            {"w": np.diag(t), "sdim": float(sd[0])}, 1e-10, ["w"]))
        ac = cplx(n, n)
        t, z, sd = sl.schur(ac, sort="iuc")
        out.append(case("schur", {"a": ac, "sort": "iuc"}, {"w": np.diag(t), "sdim": float(sd)},
                        1e-10, ["w"]))
    for m, n in ((1, 1), (3, 2), (4, 5)):
        a, b, q = real(m, m), real(n, n), real(m, n)
        out.append(case("solve_sylvester", {"a": a, "b": b, "q": q},
                        {"x": sl.solve_sylvester(a, b, q)}, 1e-9))
    for n in (1, 3, 5):
        a, q = real(n, n) - 3 * np.eye(n), real(n, n)
        out.append(case("solve_continuous_lyapunov", {"a": a, "q": q},
                        {"x": sl.solve_continuous_lyapunov(a, q)}, 1e-9))
        ad = real(n, n) / (2 * np.sqrt(n))
        for method in (None, "direct", "bilinear"):
            args = {"a": ad, "q": q} if method is None else {"a": ad, "q": q, "method": method}
            out.append(case("solve_discrete_lyapunov", args,
                            {"x": sl.solve_discrete_lyapunov(ad, q, method=method)}, 1e-9))
    for m, n in ((2, 1), (4, 2)):
        a, b = real(m, m), real(m, n)
        g = real(m, m)
        q = g @ g.T + np.eye(m)
        r = np.eye(n) + 0.5 * np.ones((n, n))
        e = np.eye(m) + 0.1 * real(m, m)
        s = 0.1 * real(m, n)
        for fun in ("solve_continuous_are", "solve_discrete_are"):
            f = getattr(sl, fun)
            base = {"a": a, "b": b, "q": q, "r": r}
            for extra in ({}, {"balanced": False}, {"e": e, "s": s}):
                try:
                    x = f(**base, **extra)
                except np.linalg.LinAlgError:
                    continue  # no stabilizing solution for this draw
                if are_residual(fun, x, **base, **extra) > 1e-10 * max(1, abs(x).max()):
                    continue  # SciPy's x is inaccurate for this draw
                out.append(case(fun, dict(base, **extra), {"x": x}, 1e-8))
    for n in (1, 3, 4):
        g = real(n, n)
        spd = g @ g.T + np.eye(n)
        out.append(case("sqrtm", {"a": spd}, {"x": sl.sqrtm(spd)}, 1e-10))
        neg = -spd  # real negative eigenvalues: a complex root
        out.append(case("sqrtm", {"a": neg}, {"x": sl.sqrtm(neg)}, 1e-10))
        ac = cplx(n, n)
        out.append(case("sqrtm", {"a": ac}, {"x": sl.sqrtm(ac)}, 1e-10))
    for n in (1, 3, 4):
        g = real(n, n)
        spd = g @ g.T + np.eye(n)
        for a in (spd, -spd, cplx(n, n)):  # real, complex (negative eigenvalues), complex
            out.append(case("logm", {"a": a}, {"x": sl.logm(a)}, 1e-10))
    return out


def main():
    warnings.simplefilter("error")
    cases = group_a() + group_b()
    for c in cases:
        c["expected"] = {k: (np.asarray(v) if not isinstance(v, float) else v)
                         for k, v in c["expected"].items()}
    lines = ["# Generated by gen_reference_complex.py; do not edit.",
             f"# SciPy {scipy.__version__}, NumPy {np.__version__}",
             "ref_cx <- list("]
    lines.append(",\n".join("  " + r_value(RList([c])).removeprefix("list(")[:-1]
                            .replace("list(fun", "list(fun", 1) for c in cases))
    lines.append(")")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
