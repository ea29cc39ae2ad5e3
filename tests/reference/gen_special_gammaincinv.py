#!/usr/bin/env python3
"""Reference values for sciport's inverses of the regularized incomplete
gamma functions, gammaincinv (P(a, x) = p) and gammainccinv (Q(a, x) = q):
the exact root x for each double (a, target), solved with mpmath at 60+
digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_gammaincinv.py

It writes tests/reference/special/gammaincinv.json (format of
gen_special_erf.py), read by tests/special_reference.rs. Shapes a from
1e-3 to 1e6; targets from 1e-300 through 1/2 to 1 - 1e-12 (both tails);
"exact" is SciPy's value only at the edges (target 0 or 1, NaN, negative a,
targets outside [0, 1]), where the value is a convention.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from gen_special_gammainc import own_pair
from special_common import write_arguments

mp.mp.dps = 60

TARGETS = [1e-300, 1e-100, 1e-30, 1e-10, 1e-5, 1e-3, 0.01, 0.05, 0.1, 0.25, 0.4, 0.5, 0.6,
           0.75, 0.9, 0.95, 0.99, 0.999, 1 - 1e-6, 1 - 1e-9, 1 - 1e-12]


def points():
    a_values = [float(v) for v in np.logspace(-3, 6, 19)] + [0.5, 1.0, 1.5, 2.0, 2.5, 7.0, 20.0]
    out = [(a, t) for a in a_values for t in TARGETS]
    edges = [(1.0, 0.0), (1.0, 1.0), (2.0, -0.1), (2.0, 1.1), (-1.0, 0.5), (0.0, 0.0),
             (math.nan, 0.5), (2.0, math.nan), (0.0, 1.0), (math.inf, 0.0)]
    return out + edges


def p_and_q(a, x):
    """(P, Q) at the current precision, from mpmath or, where it gives up,
    the series / continued fraction of gen_special_gammainc.py."""
    try:
        p = mp.gammainc(a, 0, x, regularized=True)
        q = mp.gammainc(a, x, mp.inf, regularized=True)
        return p, q
    except mp.libmp.NoConvergence:
        return own_pair(a, x)


def root(a, target, upper, guess):
    """x with Q(a, x) = target (upper) or P(a, x) = target: Newton's method
    on ln F(e^u) = ln(the smaller tail) in u = ln x, where
    d ln F / du = ±x^a e^(-x) / (Γ(a) F), from SciPy's value (or a)."""
    a, t = mp.mpf(a), mp.mpf(target)
    use_upper = upper if t <= 0.5 else not upper
    goal = t if t <= 0.5 else 1 - t
    if guess > 0 and math.isfinite(guess):
        u = mp.log(guess)
    elif not use_upper:
        u = (mp.log(goal) + mp.loggamma(a + 1)) / a    # P's leading term
    else:
        u = mp.log(a)
    for _ in range(200):
        x = mp.exp(u)
        p, q = p_and_q(a, x)
        f = q if use_upper else p
        density = mp.exp(a * u - x - mp.loggamma(a))
        slope = -density / f if use_upper else density / f
        step = (mp.log(f) - mp.log(goal)) / slope
        step = max(min(step, 2), -2)       # at most a factor e^2 per step
        u -= step
        if abs(step) < mp.mpf(10) ** -45:
            break
    else:
        raise RuntimeError(f"no convergence for a={a}, target={target}")
    return mp.exp(u)


def exact(a, t, upper, scipy_value):
    if not (math.isfinite(a) and math.isfinite(t)) or a <= 0 or not 0 < t < 1:
        return scipy_value
    x = root(a, t, upper, scipy_value)
    return 0.0 if x < mp.mpf(10) ** -330 else float(x)


def main():
    write_arguments("gammaincinv.json", "tests/reference/gen_special_gammaincinv.py", points(), [
        ("gammaincinv", sc.gammaincinv, lambda a, t, s: exact(a, t, False, s)),
        ("gammainccinv", sc.gammainccinv, lambda a, t, s: exact(a, t, True, s)),
    ])



if __name__ == "__main__":
    main()
