#!/usr/bin/env python3
"""Reference values for sciport's Kolmogorov distribution functions
(scipy.special.kolmogorov(y), the survival function of the limit of
sqrt(n)·D_n, and its inverse kolmogi(p)) from mpmath at 60 digits, with
SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_kolmogorov.py

It writes tests/reference/special/kolmogorov.json (format of
gen_special_erf.py), read by tests/special_reference.rs. The survival
function is 1 - (sqrt(2π)/y) Σ exp(-(2k-1)²π²/(8y²)) below y = 1 and
2 Σ (-1)^(k-1) exp(-2k²y²) above (both summed until the terms vanish at 60
digits); the inverse is its root by mpmath's findroot. Points: y from 1e-300
to 27 (where the SF leaves the doubles) through both series and their
cutover, p from 1e-300 to 1 - 2^-53, SciPy's test_kolmogorov.py values, and
the edges (y <= 0, p outside [0, 1], NaN, ±inf).
"""

import math

import mpmath as mp
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 60


def sf(y):
    y = mp.mpf(y)
    if y <= 0:
        return mp.mpf(1)
    if y < 1:
        t = mp.pi ** 2 / (8 * y * y)
        cdf = mp.sqrt(2 * mp.pi) / y * mp.nsum(lambda k: mp.exp(-(2 * k - 1) ** 2 * t), [1, mp.inf])
        return 1 - cdf
    return 2 * mp.nsum(lambda k: (-1) ** (k - 1) * mp.exp(-2 * k * k * y * y), [1, mp.inf])


def kolmogorov_exact(y, s):
    if math.isnan(y):
        return s
    if y == math.inf:
        return 0.0
    return to_double(sf(y))


def kolmogi_exact(p, s):
    if math.isnan(p) or not 0 <= p <= 1:
        return s
    if p == 0:
        return math.inf
    if p == 1:
        return 0.0
    with mp.workdps(80):
        guess = mp.mpf(s) if math.isfinite(s) and s > 0 else mp.mpf(1)
        target = mp.mpf(p)
        root = mp.findroot(lambda y: mp.log(sf(y)) - mp.log(target) if p < 0.5
                           else mp.log(1 - sf(y)) - mp.log(1 - target), guess, tol=mp.mpf(10) ** -70)
        return to_double(root)


def main():
    ys = [-math.inf, -1.0, 0.0, 1e-300, 0.01, 0.03, 0.04, 0.0406, 0.041, 0.05, 0.07, 0.1, 0.15,
          0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.819, 0.82, 0.8200000001, 0.83, 0.9, 1.0, 1.1, 1.5,
          2.0, 2.5, 3.0, 4.0, 5.0, 7.0, 10.0, 15.0, 20.0, 25.0, 26.0, 26.5, 27.0, 30.0, math.inf,
          math.nan]
    # scipy/special/tests/test_kolmogorov.py (TestKolmogorov)
    ys += [0.25, 0.75, 1.25, 1.75, 0.02, 0.03123]
    ps = [0.0, 1e-300, 1e-200, 1e-100, 1e-50, 1e-20, 1e-10, 1e-5, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.3,
          0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 0.999999, 1 - 1e-10, 1 - 2.0 ** -40,
          1 - 2.0 ** -52, 1 - 2.0 ** -53, 1.0, -0.1, 1.1, math.nan, math.inf, -math.inf]
    ps += [0.9999, 0.6398, 0.15]
    functions = {
        "kolmogorov": function_entry([(y,) for y in ys], sc.kolmogorov, kolmogorov_exact),
        "kolmogi": function_entry([(p,) for p in ps], sc.kolmogi, kolmogi_exact),
    }
    write_reference("kolmogorov.json", "tests/reference/gen_special_kolmogorov.py", functions)


if __name__ == "__main__":
    main()
