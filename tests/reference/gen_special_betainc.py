#!/usr/bin/env python3
"""Reference values for sciport's regularized incomplete beta function
I_x(a, b) (betainc) and its complement 1 - I_x(a, b) (betaincc), at 80
digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_betainc.py

It writes tests/reference/special/betainc.json (format of
gen_special_erf.py), read by tests/special_reference.rs. a and b run from
1e-10 to 1e5 (the issue's range); x covers both tails, the mean
a/(a + b) and a few standard deviations about it. mpmath's own betainc does
not finish for a, b near 1e5, so the values come from the continued
fraction of A&S 26.5.8 evaluated at 80 digits on the side where it
converges fast (checked against mpmath's betainc where that one finishes);
"exact" is SciPy's value only at the edges (x = 0 or 1, zero or infinite
parameters, NaN and out-of-domain input), where the value is a convention.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import to_double, write_arguments

mp.mp.dps = 80

PARAMETERS = [1e-10, 1e-3, 0.01, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 100.0, 1e3, 1e4, 1e5]
FIXED_X = [1e-300, 1e-10, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.999, 1 - 1e-10]


def x_values(a, b):
    mean = a / (a + b)
    sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    xs = [mean * (1 + t) for t in (-0.99, -0.9, -0.5, -0.1, 0.0, 0.1)]
    xs += [mean + k * sd for k in (-10, -5, -2, -1, 1, 2, 5, 10)]
    xs += [1 - (1 - mean) * (1 + t) for t in (-0.5, -0.1, 0.1, 0.5, 0.9)]
    return sorted({x for x in xs + FIXED_X if 0 < x < 1})


def points():
    out = [(a, b, x) for a in PARAMETERS for b in PARAMETERS for x in x_values(a, b)]
    edges = [(0.0, 1.0, 0.5), (1.0, 0.0, 0.5), (0.0, 0.0, 0.5), (0.0, 1.0, 0.0), (1.0, 0.0, 1.0),
             (1.0, 1.0, 0.0), (1.0, 1.0, 1.0), (-1.0, 1.0, 0.5), (1.0, -1.0, 0.5), (1.0, 1.0, -0.1),
             (1.0, 1.0, 1.1), (math.inf, 1.0, 0.5), (1.0, math.inf, 0.5), (math.inf, math.inf, 0.5),
             (1.0, 1.0, math.nan), (math.nan, 1.0, 0.5), (math.inf, 1.0, 1.0), (1.0, math.inf, 0.0),
             (math.inf, 0.0, 0.5), (0.0, math.inf, 0.5), (0.0, 0.0, 0.0), (1e300, 1e300, 0.5),
             (1e-300, 1e-300, 0.3), (1e-320, 1.0, 0.5)]
    return out + edges


def lower_tail(a, b, x):
    """I_x(a, b) for x below (a + 1)/(a + b + 2): x^a (1-x)^b / (a B(a, b))
    times the continued fraction, by Lentz's method to 10^-dps."""
    log_factor = a * mp.log(x) + b * mp.log1p(-x) - (mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))
    tiny, eps = mp.mpf(10) ** -(2 * mp.mp.dps), mp.mpf(10) ** -mp.mp.dps
    guard = lambda v: tiny if abs(v) < tiny else v
    c, d = mp.mpf(1), 1 / guard(1 - (a + b) * x / (a + 1))
    h, m = d, 1
    while True:
        for num in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                    -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1 / guard(1 + num * d)
            c = guard(1 + num / c)
            h *= d * c
        if abs(d * c - 1) < eps:
            break
        m += 1
    return mp.exp(log_factor) * h / a


def own_pair(a, b, x):
    """(I, 1 - I) at the current precision, each tail directly where it is
    the smaller."""
    a, b, x = mp.mpf(a), mp.mpf(b), mp.mpf(x)
    if x <= (a + 1) / (a + b + 2):
        i = lower_tail(a, b, x)
        return i, 1 - i
    j = lower_tail(b, a, 1 - x)
    return 1 - j, j


def check_against_mpmath():
    """The evaluator agrees with mpmath's betainc where that finishes."""
    for a, b, x in [(0.5, 2.0, 0.3), (10.0, 20.0, 0.3), (30.0, 5.0, 0.9), (1e-3, 1.0, 0.5), (100.0, 100.0, 0.45)]:
        i, _ = own_pair(a, b, x)
        ref = mp.betainc(a, b, 0, x, regularized=True)
        assert abs(i - ref) <= abs(ref) * mp.mpf(10) ** -60, (a, b, x, i, ref)


CACHE = {}


def exact(a, b, x, upper, scipy_value):
    if not all(math.isfinite(v) for v in (a, b, x)) or a <= 0 or b <= 0 or not 0 < x < 1 \
            or a > 1e200:
        return scipy_value
    if (a, b, x) not in CACHE:
        CACHE[(a, b, x)] = own_pair(a, b, x)
    return to_double(CACHE[(a, b, x)][1 if upper else 0])


def main():
    check_against_mpmath()
    write_arguments("betainc.json", "tests/reference/gen_special_betainc.py", points(), [
        ("betainc", sc.betainc, lambda a, b, x, s: exact(a, b, x, False, s)),
        ("betaincc", sc.betaincc, lambda a, b, x, s: exact(a, b, x, True, s)),
    ])


if __name__ == "__main__":
    main()
