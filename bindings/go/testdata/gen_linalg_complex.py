#!/usr/bin/env python3
"""Reference data for the Go binding's complex linalg functions, Schur
forms, matrix equations and sqrtm, produced by SciPy.

Run from bindings/go with the project's SciPy environment:

    /work/venv/bin/python testdata/gen_linalg_complex.py

It writes testdata/linalg_complex.json, read by linalg_complex_test.go and
matrix_equations_test.go. Every matrix is {"shape": [m, n], "re": [...],
"im": [...]} with the entries in row-major order ("im" absent for real
ones). Each case is {"func", "name", "in": {name: matrix}, "opts": {...},
"out": {name: matrix or list or number}}. Non-unique outputs (eigenvectors,
singular vectors, Schur forms) are not recorded: the tests check their
invariants; eigenvalues are recorded sorted by (real, imag).
"""

import json
import os
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg_complex.json")


def enc(x):
    x = np.asarray(x)
    if x.ndim == 0:
        x = x.reshape(1, 1)
    if x.ndim == 1:
        x = x.reshape(1, -1)
    d = {"shape": list(x.shape), "re": np.real(x).ravel().tolist()}
    if np.iscomplexobj(x):
        d["im"] = np.imag(x).ravel().tolist()
    return d


def crandom(seed, m, n):
    r = np.random.default_rng(seed)
    return r.uniform(-1, 1, (m, n)) + 1j * r.uniform(-1, 1, (m, n))


def rrandom(seed, m, n):
    return np.random.default_rng(seed).uniform(-1, 1, (m, n))


def hpd(seed, n):
    g = crandom(seed, n, n)
    return g @ g.conj().T + n * np.eye(n)


def sorted_eigs(w):
    w = np.asarray(w, dtype=complex)
    return w[np.lexsort((np.round(w.imag, 10), np.round(w.real, 10)))]


CASES = []


def add(func, name, inputs, out, opts=None):
    CASES.append({"func": func, "name": name,
                  "in": {k: enc(v) for k, v in inputs.items()},
                  "opts": opts or {},
                  "out": {k: enc(v) for k, v in out.items()}})


for n in (1, 2, 5, 12):
    a = crandom(10 + n, n, n) + n * np.eye(n)
    b = crandom(20 + n, n, 3)
    h = hpd(30 + n, n)
    add("solve", f"solve/{n}", {"a": a, "b": b}, {"x": sl.solve(a, b)})
    add("solve", f"solve/her/{n}", {"a": h, "b": b}, {"x": sl.solve(h, b, assume_a="her")},
        {"assume_a": "her"})
    add("inv", f"inv/{n}", {"a": a}, {"x": sl.inv(a)})
    add("det", f"det/{n}", {"a": a}, {"x": sl.det(a)})
    lu, piv = sl.lu_factor(a)
    add("lu_factor", f"lu_factor/{n}", {"a": a}, {"lu": lu, "piv": piv.astype(float)})
    add("lu_solve", f"lu_solve/{n}", {"a": a, "b": b},
        {"x": sl.lu_solve((lu, piv), b), "xh": sl.lu_solve((lu, piv), b, trans=2)})
    ar = crandom(40 + n, n + 2, n)
    p, l, u = sl.lu(ar)
    add("lu", f"lu/{n}", {"a": ar}, {"p": p, "l": l, "u": u})
    add("cholesky", f"cholesky/{n}", {"a": h},
        {"u": sl.cholesky(h), "l": sl.cholesky(h, lower=True)})
    add("cho_solve", f"cho_solve/{n}", {"a": h, "b": b}, {"x": sl.cho_solve(sl.cho_factor(h), b)})
    q, r = sl.qr(ar)
    add("qr", f"qr/{n}", {"a": ar}, {"q": q, "r": r})
    add("svd", f"svd/{n}", {"a": ar}, {"s": sl.svdvals(ar)})
    add("eigh", f"eigh/{n}", {"a": h}, {"w": sl.eigvalsh(h)})
    add("eig", f"eig/{n}", {"a": a}, {"w": sorted_eigs(sl.eigvals(a))})
    add("expm", f"expm/{n}", {"a": a * 0.5}, {"x": sl.expm(a * 0.5)})

    # Group B, real unless named _complex.
    ra = rrandom(50 + n, n, n)
    for sort in (None, "lhp", "iuc"):
        t, z, sdim = sl.schur(ra, sort=sort) if sort else (*sl.schur(ra), 0)
        add("schur", f"schur/{n}/{sort}", {"a": ra}, {"w": sorted_eigs(np.linalg.eigvals(ra)),
                                                       "sdim": float(sdim)},
            {"sort": sort or ""})
        t, z, sdim = sl.schur(a, output="complex", sort=sort) if sort else (
            *sl.schur(a, output="complex"), 0)
        add("schur_complex", f"schur_complex/{n}/{sort}", {"a": a},
            {"w": sorted_eigs(np.linalg.eigvals(a)), "sdim": float(sdim)}, {"sort": sort or ""})
    rb = rrandom(60 + n, 3, 3) + 3 * np.eye(3)
    rq = rrandom(70 + n, n, 3)
    add("solve_sylvester", f"sylvester/{n}", {"a": ra + 3 * np.eye(n), "b": rb, "q": rq},
        {"x": sl.solve_sylvester(ra + 3 * np.eye(n), rb, rq)})
    sq = rrandom(80 + n, n, n)
    stable = ra - 3 * np.eye(n)
    add("solve_continuous_lyapunov", f"clyap/{n}", {"a": stable, "q": sq},
        {"x": sl.solve_continuous_lyapunov(stable, sq)})
    contr = ra * 0.3
    for method in ("", "direct", "bilinear"):
        add("solve_discrete_lyapunov", f"dlyap/{n}/{method}", {"a": contr, "q": sq},
            {"x": sl.solve_discrete_lyapunov(contr, sq, method=method or None)},
            {"method": method})
    bb = rrandom(90 + n, n, 2)
    qq = np.eye(n)
    rr = np.eye(2)
    add("solve_continuous_are", f"care/{n}", {"a": ra, "b": bb, "q": qq, "r": rr},
        {"x": sl.solve_continuous_are(ra, bb, qq, rr)})
    add("solve_discrete_are", f"dare/{n}", {"a": ra, "b": bb, "q": qq, "r": rr},
        {"x": sl.solve_discrete_are(ra, bb, qq, rr)})
    ee = np.eye(n) + 0.1 * rrandom(95 + n, n, n)
    ss = 0.1 * rrandom(96 + n, n, 2)
    add("solve_continuous_are", f"care/es/{n}", {"a": ra, "b": bb, "q": qq, "r": rr, "e": ee, "s": ss},
        {"x": sl.solve_continuous_are(ra, bb, qq, rr, e=ee, s=ss)})
    add("solve_discrete_are", f"dare/es/{n}", {"a": ra, "b": bb, "q": qq, "r": rr, "e": ee, "s": ss},
        {"x": sl.solve_discrete_are(ra, bb, qq, rr, e=ee, s=ss)})
    spd = ra @ ra.T + np.eye(n)
    add("sqrtm", f"sqrtm/spd/{n}", {"a": spd}, {"x": sl.sqrtm(spd)})
    neg = -spd
    add("sqrtm", f"sqrtm/neg/{n}", {"a": neg}, {"x": sl.sqrtm(neg)})
    add("sqrtm_complex", f"sqrtm_complex/{n}", {"a": a}, {"x": sl.sqrtm(a)})

with open(OUT, "w") as fh:
    json.dump({"scipy": scipy.__version__, "generator": "testdata/gen_linalg_complex.py",
               "cases": CASES}, fh, separators=(",", ":"))
    fh.write("\n")
