#!/usr/bin/env python3
"""Reference values for sciport's regularized incomplete gamma functions
P(a, x) (gammainc) and Q(a, x) (gammaincc), from mpmath at 60 digits, with
SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_gammainc.py

It writes tests/reference/special/gammainc.json in the format of
gen_special_erf.py, read by tests/special_reference.rs. The points cover
a from 1e-10 to 1e6 (the issue's range) with x across both tails, x near a
(where P and Q are both about 1/2), tiny and huge x; "exact" is mpmath's
value where both arguments are finite and positive, SciPy's at the edges.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import write_arguments

mp.mp.dps = 60


def points():
    a_values = [float(v) for v in np.logspace(-10, 6, 33)] + [0.5, 1.0, 1.5, 2.0, 9.5, 10.0, 10.5, 30.0]
    out = []
    for a in a_values:
        rel = [-0.99, -0.9, -0.5, -0.2, -0.05, -0.01, 0.0, 0.01, 0.05, 0.2, 0.5, 1.0, 3.0, 10.0]
        xs = [a * (1 + t) for t in rel]
        xs += [a + k * math.sqrt(a) for k in (-5, -2, -1, 1, 2, 5)] if a > 1 else []
        xs += [1e-300, 1e-20, 1e-5, 0.1, 1.0, 5.0, 50.0, 700.0]
        out += [(a, x) for x in xs if x > 0]
    edges = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (-1.0, 1.0), (1.0, -1.0), (math.inf, 1.0), (1.0, math.inf),
             (math.inf, math.inf), (math.nan, 1.0), (1.0, math.nan), (0.0, math.inf)]
    return out + edges


def own_pair(a, x):
    """(P, Q) at the current precision: P's series below x = a + 1, Q's
    continued fraction (evaluated bottom-up with enough terms) beyond; the
    other as the complement."""
    a, x = mp.mpf(a), mp.mpf(x)
    log_d = a * mp.log(x) - x - mp.loggamma(a + 1)
    if x < a + 1:
        term, total, n = mp.mpf(1), mp.mpf(1), 1
        while term > total * mp.mpf(10) ** (-mp.mp.dps):
            term *= x / (a + n)
            total += term
            n += 1
        p = mp.exp(log_d) * total
        return p, 1 - p
    # Q = a D / (x + 1 - a - 1(1-a)/(x + 3 - a - ...)), from the bottom.
    terms = int(4 * mp.sqrt(a) + 2 * mp.mp.dps + 50)
    tail = mp.mpf(0)
    for i in range(terms, 0, -1):
        tail = -i * (i - a) / (x + 2 * i + 1 - a + tail)
    q = a * mp.exp(log_d) / (x + 1 - a + tail)
    return 1 - q, q


def exact(a, x, upper, scipy_value):
    """mpmath's regularized incomplete gamma (or, where its hypergeometric
    series gives up, the series / continued fraction above), with the
    precision raised until the complement keeps 30 digits."""
    if not (math.isfinite(a) and math.isfinite(x)) or a <= 0 or x <= 0:
        return scipy_value
    dps = 60
    while True:
        with mp.workdps(dps):
            try:
                if upper:
                    v = mp.gammainc(mp.mpf(a), mp.mpf(x), mp.inf, regularized=True)
                else:
                    v = mp.gammainc(mp.mpf(a), 0, mp.mpf(x), regularized=True)
            except mp.libmp.NoConvergence:
                p, q = own_pair(a, x)
                v = q if upper else p
            if v < mp.mpf(10) ** -330:
                return 0.0          # below the smallest double either way
            if v > mp.mpf(10) ** (30 - dps):
                return float(v)
        dps *= 2


def main():
    write_arguments("gammainc.json", "tests/reference/gen_special_gammainc.py", points(), [
        ("gammainc", sc.gammainc, lambda a, x, s: exact(a, x, False, s)),
        ("gammaincc", sc.gammaincc, lambda a, x, s: exact(a, x, True, s)),
    ])



if __name__ == "__main__":
    main()
