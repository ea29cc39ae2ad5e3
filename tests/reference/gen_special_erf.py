#!/usr/bin/env python3
"""Reference values for sciport's error-function family, from mpmath at 60
digits, with SciPy's own values on the same points (so a test can check that
sciport is no less accurate than SciPy wherever SciPy was measured).

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_erf.py

It writes tests/reference/special/erf.json, read by tests/special_reference.rs:

    {"scipy": version, "mpmath": version, "generator": this file,
     "functions": {name: {"args": [[x, ...]], "exact": [...], "scipy": [...]}}}

Points are doubles (written with repr, so they round-trip); "exact" is the
mpmath value rounded to the nearest double (inf / -inf / nan as strings,
JSON has none of them). Domains follow the issue: tails down to the
underflow of each function, ndtr to -38, the inverses next to 0 and 1.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import num, write_reference

mp.mp.dps = 60


def grid(lo, hi, count, log=False):
    """count points spread over [lo, hi] (log-spaced for log=True, lo > 0)."""
    if log:
        return list(np.logspace(math.log10(lo), math.log10(hi), count))
    return list(np.linspace(lo, hi, count))


def symmetric(points):
    return sorted({float(p) for p in points} | {-float(p) for p in points})


def exact_erfcx(x):
    x = mp.mpf(x)
    if x > 1e6:
        # The asymptotic series: the first omitted term is below 1e-70 relative.
        u = 1 / (2 * x * x)
        terms = [mp.mpf(1)]
        for k in range(1, 10):
            terms.append(-terms[-1] * (2 * k - 1) * u)
        return mp.fsum(terms) / (x * mp.sqrt(mp.pi))
    return mp.exp(x * x) * mp.erfc(x)


def root_log_ncdf(log_p, guess):
    """The x with log Φ(x) = log_p (an mpf), by mpmath's secant method from a
    double guess: no 1 - p is ever formed, so tiny p keep every digit."""
    if not math.isfinite(guess):
        t = -float(log_p)
        guess = -math.sqrt(max(2 * t - math.log(4 * math.pi * t), 1e-3))
    return mp.findroot(lambda x: mp.log(mp.ncdf(x)) - log_p, mp.mpf(guess))


def exact_ndtri(p):
    p = mp.mpf(p)
    if p <= 0.5:
        return root_log_ncdf(mp.log(p), sc.ndtri(float(p)))
    return -root_log_ncdf(mp.log(1 - p), -sc.ndtri(float(p)))   # 1 - p is exact for p >= 0.5


def exact_erfcinv(y):
    # erfc(x) = y  <=>  Phi(-x sqrt 2) = y / 2.
    return -root_log_ncdf(mp.log(mp.mpf(y) / 2), -sc.erfcinv(y) * math.sqrt(2)) / mp.sqrt(2)


def exact_log_ndtr(x):
    x = mp.mpf(x)
    if x > 0:
        return mp.log1p(-mp.ncdf(-x))
    return mp.log(mp.ncdf(x))


def exact_ndtri_exp(y):
    y = mp.mpf(y)
    if y < -mp.log(2):
        return root_log_ncdf(y, sc.ndtri_exp(float(y)))
    q = -mp.expm1(y)   # 1 - exp(y), the upper tail
    return -root_log_ncdf(mp.log(q), -sc.ndtri_exp(float(y)))


def exact_or_edge(f, x, edges):
    """mpmath's value, or the limit SciPy documents at a domain edge."""
    if x in edges:
        return edges[x]
    if math.isnan(x):
        return float("nan")
    return float(f(x))


def unit_edges():
    """Points just inside (-1, 1): ±(1 - 2^-k) and the smallest steps."""
    return [1 - 2.0 ** -k for k in range(1, 54)]


FUNCTIONS = {
    "erf": (
        lambda: symmetric([0.0, 5e-324, 1e-300, 1e-20, 1e-8] + grid(1e-6, 6.5, 400, log=True)
                          + grid(0.01, 6.0, 300)) + [math.inf, -math.inf, math.nan],
        lambda x: exact_or_edge(lambda v: mp.erf(mp.mpf(v)), x, {math.inf: 1.0, -math.inf: -1.0}),
        sc.erf,
    ),
    "erfc": (
        lambda: symmetric([0.0, 1e-300, 1e-20] + grid(1e-6, 6.0, 300, log=True))
        + grid(6.0, 27.3, 300) + [math.inf, -math.inf, math.nan],
        lambda x: exact_or_edge(lambda v: mp.erfc(mp.mpf(v)), x, {math.inf: 0.0, -math.inf: 2.0}),
        sc.erfc,
    ),
    "erfcx": (
        lambda: symmetric([0.0, 1e-300, 1e-20] + grid(1e-6, 26.0, 400, log=True))
        + grid(26.0, 1e300, 300, log=True) + [-26.7, -27.0, math.inf, -math.inf, math.nan],
        lambda x: exact_or_edge(exact_erfcx, x, {math.inf: 0.0, -math.inf: math.inf}),
        sc.erfcx,
    ),
    "erfinv": (
        lambda: symmetric([0.0, 5e-324, 1e-300, 1e-20] + grid(1e-10, 0.999, 300, log=True)
                          + grid(0.01, 0.99, 200) + unit_edges()) + [1.0, -1.0, 1.5, -2.0, math.nan],
        lambda x: exact_or_edge(lambda v: mp.erfinv(mp.mpf(v)), x,
                                {1.0: math.inf, -1.0: -math.inf, 1.5: math.nan, -2.0: math.nan}),
        sc.erfinv,
    ),
    "erfcinv": (
        lambda: sorted(set([5e-324, 1e-300] + grid(1e-300, 1.0, 400, log=True) + grid(0.01, 1.99, 300)
                           + [2 - 2.0 ** -k for k in range(1, 53)] + [1.0 + 2.0 ** -k for k in range(1, 53)]))
        + [0.0, 2.0, -0.5, 2.5, math.nan],
        lambda x: exact_or_edge(exact_erfcinv, x,
                                {0.0: math.inf, 1.0: 0.0, 2.0: -math.inf, -0.5: math.nan, 2.5: math.nan}),
        sc.erfcinv,
    ),
    "ndtr": (
        lambda: sorted(set(grid(-38.5, 9.0, 600) + symmetric([0.0, 1e-300, 1e-10] + grid(1e-6, 5.0, 200, log=True))))
        + [math.inf, -math.inf, math.nan],
        lambda x: exact_or_edge(lambda v: mp.ncdf(mp.mpf(v)), x, {math.inf: 1.0, -math.inf: 0.0}),
        sc.ndtr,
    ),
    "log_ndtr": (
        lambda: sorted(set(grid(-40.0, 10.0, 400) + [-v for v in grid(40.0, 1e150, 200, log=True)]
                           + grid(10.0, 40.0, 100) + [0.0, 1e-300, -1e-300]))
        + [math.inf, -math.inf, math.nan],
        lambda x: exact_or_edge(exact_log_ndtr, x, {math.inf: 0.0, -math.inf: -math.inf}),
        sc.log_ndtr,
    ),
    "ndtri": (
        lambda: sorted(set([5e-324, 1e-300] + grid(1e-300, 0.5, 400, log=True) + grid(0.01, 0.99, 300)
                           + [1 - 2.0 ** -k for k in range(1, 54)] + [0.5 + 2.0 ** -k for k in range(2, 53)]))
        + [0.0, 1.0, -0.1, 1.1, math.nan],
        lambda x: exact_or_edge(exact_ndtri, x, {0.0: -math.inf, 0.5: 0.0, 1.0: math.inf, -0.1: math.nan,
                                               1.1: math.nan}),
        sc.ndtri,
    ),
    "ndtri_exp": (
        lambda: sorted(set([-v for v in grid(1e-300, 1e4, 500, log=True)] + grid(-5.0, -1e-3, 200)
                           + [-math.log(2.0), -2.0 ** -60]))
        + [0.0, 0.5, -math.inf, math.nan],
        lambda x: exact_or_edge(exact_ndtri_exp, x, {0.0: math.inf, 0.5: math.nan, -math.inf: -math.inf}),
        sc.ndtri_exp,
    ),
}


def main():
    functions = {}
    for name, (points, exact, scipy_fn) in FUNCTIONS.items():
        xs = [float(x) for x in points()]
        with np.errstate(all="ignore"):
            ours = [float(v) for v in scipy_fn(np.array(xs))]
        functions[name] = {
            "args": [[num(x) for x in xs]],
            "exact": [num(exact(x)) for x in xs],
            "scipy": [num(v) for v in ours],
        }
    write_reference("erf.json", "tests/reference/gen_special_erf.py", functions)

if __name__ == "__main__":
    main()
