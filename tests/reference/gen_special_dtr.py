#!/usr/bin/env python3
"""Reference values for sciport's distribution functions (scipy.special's
chdtr, chdtrc, chdtri, pdtr, pdtrc, pdtri, stdtr, stdtrit, fdtr, fdtrc,
fdtri, bdtr, bdtrc, bdtri, nbdtr, nbdtrc, nbdtri) at 40 digits, with
SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_dtr.py

It writes tests/reference/special/dtr.json (format of gen_special_erf.py),
read by tests/special_reference.rs. Each function is its incomplete gamma
or beta expression evaluated in mpmath (gen_special_gammainc.own_pair,
gen_special_betainc.lower_tail), the inverses the roots of those
(gen_special_gammaincinv.root, gen_special_betaincinv.root); integer
arguments are truncated as SciPy truncates them. "exact" is SciPy's value
where the result is a convention (domain edges, NaN and infinite input,
targets 0 and 1).
"""

import math

import mpmath as mp
import scipy.special as sc

import gen_special_betainc as gb
import gen_special_betaincinv as gbi
import gen_special_gammainc as gg
import gen_special_gammaincinv as ggi
from special_common import function_entry, to_double, write_reference

INF, NAN = math.inf, math.nan


def finite(*values):
    return all(math.isfinite(v) for v in values)


def beta_pair(a, b, x, y):
    """(I_x(a, b), 1 - I_x(a, b)) with y = 1 - x given to full precision."""
    a, b = mp.mpf(a), mp.mpf(b)
    if x <= (a + 1) / (a + b + 2):
        i = gb.lower_tail(a, b, x)
        return i, 1 - i
    q = gb.lower_tail(b, a, y)
    return 1 - q, q


def gamma_pair(a, x):
    return ggi.p_and_q(mp.mpf(a), mp.mpf(x))


def gamma_root(a, target, guess):
    """x with Q(a, x) = target (gen_special_gammaincinv.root wants 60 digits)."""
    with mp.workdps(60):
        return ggi.root(a, target, True, guess)


def t_cdf(df, t):
    df, t = mp.mpf(df), mp.mpf(t)
    x, y = df / (df + t * t), t * t / (df + t * t)
    tail = beta_pair(df / 2, mp.mpf(0.5), x, y)[0] / 2
    return tail if t < 0 else 1 - tail


def f_pair(dfn, dfd, x):
    dfn, dfd, x = mp.mpf(dfn), mp.mpf(dfd), mp.mpf(x)
    w, v = dfn * x / (dfd + dfn * x), dfd / (dfd + dfn * x)
    return beta_pair(dfn / 2, dfd / 2, w, v)


def binomial_pair(k, n, p):
    """(bdtr, bdtrc) = (1 - I_p(k+1, n-k), I_p(k+1, n-k))."""
    k, n, p = math.floor(k), math.floor(n), mp.mpf(p)
    i, q = beta_pair(k + 1, n - k, p, 1 - p)
    return q, i


def negative_binomial_pair(k, n, p):
    k, n, p = math.floor(k), math.floor(n), mp.mpf(p)
    return beta_pair(n, k + 1, p, 1 - p)


def beta_root(a, b, target, upper, start):
    """(x, 1 - x) with I_x(a, b) = target (1 - I if upper), at 40 digits."""
    start = start if math.isfinite(start) and 0 < start < 1 else -1.0
    x = gbi.root(a, b, target, upper, start)
    return x, 1 - x


def value(v):
    return to_double(v)


def grid(*axes):
    out = [()]
    for axis in axes:
        out = [p + (v,) for p in out for v in axis]
    return out


def specs():
    v = [0.5, 1.0, 2.0, 5.0, 10.0, 50.0, 200.0, 1e3]
    chi_x = [1e-5, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 100.0, 500.0, 2000.0]
    probs = [1e-100, 1e-10, 0.01, 0.3, 0.5, 0.9, 0.999]
    counts = [0.0, 1.0, 2.7, 5.0, 10.0, 50.0, 200.0]
    means = [1e-3, 0.5, 1.0, 3.0, 10.0, 50.0, 300.0]
    df = [0.5, 1.0, 2.0, 3.5, 10.0, 30.0, 100.0, 1e4, 1e8]
    ts = [-1e10, -50.0, -5.0, -1.0, -0.1, -1e-5, 1e-5, 0.3, 1.0, 3.0, 20.0, 1e3]
    t_probs = [1e-300, 1e-50, 1e-8, 0.01, 0.2, 0.45, 0.55, 0.9, 0.99, 1 - 1e-10]
    dfs = [0.5, 1.0, 3.0, 10.0, 50.0, 1e3]
    f_x = [1e-6, 0.1, 0.5, 1.0, 2.0, 5.0, 50.0, 1e4]
    inv_probs = [1e-50, 1e-5, 0.1, 0.5, 0.9, 0.9999]
    kn = [(k, n) for n in [5.0, 20.0, 100.0, 1000.0] for k in [0.0, 1.0, 3.0, 10.0, 50.0, 99.0] if k < n]
    b_p = [1e-6, 0.01, 0.1, 0.3, 0.5, 0.8, 0.99, 1 - 1e-6]
    nb = [(k, n) for k in [0.0, 1.0, 5.0, 20.0, 100.0] for n in [1.0, 3.0, 10.0, 50.0, 500.0]]
    nb_p = [1e-4, 0.05, 0.3, 0.5, 0.7, 0.95, 0.9999]

    chi_edges = [(0.0, 1.0), (-1.0, 1.0), (2.0, -1.0), (2.0, 0.0), (2.0, INF), (INF, 1.0), (0.0, 0.0), (2.0, NAN)]
    chii_edges = [(0.0, 0.5), (-1.0, 0.5), (2.0, 0.0), (2.0, 1.0), (2.0, -0.1), (2.0, 1.1), (INF, 0.5)]
    p_edges = [(-1.0, 1.0), (-0.5, 1.0), (0.0, 0.0), (2.0, 0.0), (2.0, -1.0), (2.0, INF), (INF, 1.0), (NAN, 1.0)]
    pi_edges = [(-1.0, 0.5), (0.0, 0.0), (0.0, 1.0), (2.0, 0.0), (2.0, 1.0), (2.0, 1.1), (INF, 0.5)]
    t_edges = [(0.0, 1.0), (-1.0, 1.0), (1.0, INF), (1.0, -INF), (INF, 1.0), (2.0, 0.0), (2.0, NAN), (0.5, 1e300)]
    ti_edges = [(0.0, 0.5), (-1.0, 0.5), (1.0, 1.0), (INF, 0.3), (2.0, 0.5), (2.0, 1.1)]
    f_edges = [(0.0, 1.0, 1.0), (1.0, 0.0, 1.0), (1.0, 1.0, -1.0), (1.0, 1.0, 0.0), (1.0, 1.0, INF),
               (INF, 1.0, 1.0), (1.0, INF, 1.0)]
    fi_edges = [(0.0, 1.0, 0.5), (1.0, 1.0, 0.0), (1.0, 1.0, 1.0), (INF, 3.0, 0.5)]
    b_edges = [(-1.0, 5.0, 0.5), (5.0, 5.0, 0.5), (6.0, 5.0, 0.5), (2.0, 5.0, 0.0), (2.0, 5.0, 1.0),
               (2.0, 5.0, -0.1), (2.7, 5.5, 0.3), (2.0, -1.0, 0.3), (2.0, INF, 0.3), (INF, 5.0, 0.3)]
    bi_edges = [(-1.0, 5.0, 0.5), (5.0, 5.0, 0.5), (2.0, 5.0, 0.0), (2.0, 5.0, 1.0), (2.7, 5.0, 0.3)]
    nb_edges = [(-1.0, 5.0, 0.5), (2.0, 0.0, 0.5), (2.0, 0.5, 0.5), (2.0, 5.0, 0.0), (2.0, 5.0, 1.0),
                (2.7, 5.5, 0.3), (INF, 5.0, 0.5)]
    b_edges += [(0.0, 0.5, 0.5), (0.5, 3.0, 0.5)]

    # fn gets SciPy's value too: the root finders start from it
    def exact2(fn, valid):
        return lambda a, b, s: value(fn(a, b, s)) if valid(a, b) else s

    def exact3(fn, valid):
        return lambda a, b, c, s: value(fn(a, b, c, s)) if valid(a, b, c) else s

    chi_ok = lambda v_, x: finite(v_, x) and v_ > 0 and x > 0
    chii_ok = lambda v_, p: finite(v_, p) and v_ > 0 and 0 < p < 1
    p_ok = lambda k, m: finite(k, m) and k >= 0 and m > 0
    pi_ok = lambda k, y: finite(k, y) and k >= 0 and 0 < y < 1
    t_ok = lambda d, t: finite(d, t) and d > 0 and t != 0
    ti_ok = lambda d, p: finite(d, p) and d > 0 and 0 < p < 1 and p != 0.5
    f_ok = lambda a, b, x: finite(a, b, x) and a > 0 and b > 0 and x > 0
    fi_ok = lambda a, b, p: finite(a, b, p) and a > 0 and b > 0 and 0 < p < 1
    b_ok = lambda k, n, p: finite(k, n, p) and 0 <= math.floor(k) < math.floor(n) and 0 < p < 1
    nb_ok = lambda k, n, p: finite(k, n, p) and k >= 0 and math.floor(n) > 0 and 0 < p < 1

    def t_inverse(d, p, s):
        lower = p < 0.5
        goal = 2 * p if lower else 2 * (1 - mp.mpf(p))
        upper = goal > 0.5
        start = d / (d + s * s) if math.isfinite(s) else -1.0
        x, y = beta_root(d / 2, 0.5, 1 - goal if upper else goal, upper, start)
        t = mp.sqrt(mp.mpf(d) * y / x)
        return -t if lower else t

    def f_inverse(a, b, p, s):
        start = a * s / (b + a * s) if math.isfinite(s) else -1.0
        w, v_ = beta_root(a / 2, b / 2, p, False, start)
        return mp.mpf(b) / a * w / v_

    return [
        ("chdtr", sc.chdtr, grid(v, chi_x) + chi_edges, exact2(lambda a, x, s: gamma_pair(a / 2, x / 2)[0], chi_ok)),
        ("chdtrc", sc.chdtrc, grid(v, chi_x) + chi_edges, exact2(lambda a, x, s: gamma_pair(a / 2, x / 2)[1], chi_ok)),
        ("chdtri", sc.chdtri, grid(v, probs) + chii_edges,
         exact2(lambda a, p, s: 2 * gamma_root(a / 2, p, s / 2), chii_ok)),
        ("pdtr", sc.pdtr, grid(counts, means) + p_edges,
         exact2(lambda k, m, s: gamma_pair(math.floor(k) + 1, m)[1], p_ok)),
        ("pdtrc", sc.pdtrc, grid(counts, means) + p_edges,
         exact2(lambda k, m, s: gamma_pair(math.floor(k) + 1, m)[0], p_ok)),
        ("pdtri", sc.pdtri, grid(counts, inv_probs) + pi_edges,
         exact2(lambda k, y, s: gamma_root(math.floor(k) + 1, y, s), pi_ok)),
        ("stdtr", sc.stdtr, grid(df, ts) + t_edges, exact2(lambda d, t, s: t_cdf(d, t), t_ok)),
        # (df = 1e8 left out: the 40-digit fraction near the mean takes minutes)
        ("stdtrit", sc.stdtrit, grid(df[:-1], t_probs) + ti_edges, exact2(t_inverse, ti_ok)),
        ("fdtr", sc.fdtr, grid(dfs, dfs, f_x) + f_edges, exact3(lambda a, b, x, s: f_pair(a, b, x)[0], f_ok)),
        ("fdtrc", sc.fdtrc, grid(dfs, dfs, f_x) + f_edges, exact3(lambda a, b, x, s: f_pair(a, b, x)[1], f_ok)),
        ("fdtri", sc.fdtri, grid(dfs, dfs, inv_probs) + fi_edges, exact3(f_inverse, fi_ok)),
        ("bdtr", sc.bdtr, [(k, n, p) for k, n in kn for p in b_p] + b_edges,
         exact3(lambda k, n, p, s: binomial_pair(k, n, p)[0], b_ok)),
        ("bdtrc", sc.bdtrc, [(k, n, p) for k, n in kn for p in b_p] + b_edges,
         exact3(lambda k, n, p, s: binomial_pair(k, n, p)[1], b_ok)),
        ("bdtri", sc.bdtri, [(k, n, y) for k, n in kn for y in inv_probs] + bi_edges,
         exact3(lambda k, n, y, s: beta_root(math.floor(k) + 1, math.floor(n) - math.floor(k), y, True, s)[0], b_ok)),
        ("nbdtr", sc.nbdtr, [(k, n, p) for k, n in nb for p in nb_p] + nb_edges,
         exact3(lambda k, n, p, s: negative_binomial_pair(k, n, p)[0], nb_ok)),
        ("nbdtrc", sc.nbdtrc, [(k, n, p) for k, n in nb for p in nb_p] + nb_edges,
         exact3(lambda k, n, p, s: negative_binomial_pair(k, n, p)[1], nb_ok)),
        ("nbdtri", sc.nbdtri, [(k, n, y) for k, n in nb for y in inv_probs] + nb_edges,
         exact3(lambda k, n, y, s: beta_root(math.floor(n), math.floor(k) + 1, y, False, s)[0], nb_ok)),
    ]


def main():
    mp.mp.dps = 40
    functions = {}
    for name, fn, points, exact in specs():
        functions[name] = function_entry(points, fn, exact)
        print(f"{name}: {len(points)} points", flush=True)
    write_reference("dtr.json", "tests/reference/gen_special_dtr.py", functions)


if __name__ == "__main__":
    main()
