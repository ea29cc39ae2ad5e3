#!/usr/bin/env python3
"""Reference values for sciport's binomial coefficient binom(n, k) for real
n and k, from mpmath at 60 digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_binom.py

It writes tests/reference/special/binom.json (format of gen_special_erf.py),
read by tests/special_reference.rs. Points: integer n and k (the product
formula, exact results), real n with integer and real k, n far above k
(1e10 k and beyond), k far above |n|, negative real n, and SciPy's test
values (test_basic.py TestBinom); "exact" is SciPy's convention at negative
integer n (NaN) and at non-finite arguments.
"""

import math

import mpmath as mp
import scipy.special as sc

from special_common import to_double, write_arguments

mp.mp.dps = 60


def points():
    out = []
    ints = [0.0, 1.0, 2.0, 5.0, 10.0, 19.0, 20.0, 21.0, 30.0, 50.0, 100.0, 1000.0, 1e5, 1e15]
    out += [(n, k) for n in ints for k in [0.0, 1.0, 2.0, 3.0, 7.0, 10.0, 19.0, 25.0, 40.0, 60.0, 500.0] if k <= n]
    reals = [-10.5, -2.5, -0.7, -1e-9, 1e-9, 0.3, 2.5, 7.25, 19.5, 33.3, 150.75, 1e6 + 0.5, 3e12]
    out += [(n, k) for n in reals for k in [-3.0, -1.0, 0.0, 1.0, 2.0, 4.0, 11.0, 0.5, 2.25, 7.75, 30.5]]
    out += [(1e12, 0.5), (1e15, 3.5), (1e20, 2.0), (1e20, 7.3), (2.5, 1e9), (2.5, 1e9 + 0.5), (0.5, 3e10),
            (-0.5, 1e12 + 0.25), (0.25, -1e9 - 0.5), (1.5, -1e10)]
    # scipy/special/tests/test_basic.py::TestBinom cases
    out += [(10.0, 3.0), (10.0, -3.0), (-10.0, 3.0), (10.5, 3.0), (-10.5, 3.0), (100.0, 0.0), (1.0, 1.0)]
    out += [(math.nan, 1.0), (1.0, math.nan), (math.inf, 1.0), (-3.0, 1.0), (-1.0, 0.5)]
    return out


def exact(n, k, scipy_value):
    if not (math.isfinite(n) and math.isfinite(k)) or (n < 0 and n == math.floor(n)):
        return scipy_value
    return to_double(mp.binomial(mp.mpf(n), mp.mpf(k)))


def main():
    write_arguments("binom.json", "tests/reference/gen_special_binom.py", points(),
                       [("binom", sc.binom, exact)])



if __name__ == "__main__":
    main()
