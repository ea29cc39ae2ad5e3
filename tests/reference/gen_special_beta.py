#!/usr/bin/env python3
"""Reference values for sciport's beta function B(a, b) and betaln
ln|B(a, b)|, from mpmath at 60 digits, with SciPy's values on the same
points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_beta.py

It writes tests/reference/special/beta.json (format of gen_special_erf.py),
read by tests/special_reference.rs. Points: positive a, b from 1e-20 to
1e20 on a grid (including a >> b and a ~ b, large and tiny), small
integers and half-integers, negative non-integers, and SciPy's own test
values; "exact" is SciPy's convention where a or b is a non-positive
integer or a + b is one (the limits SciPy takes there), and at NaN / inf.
"""

import math

import mpmath as mp
import scipy.special as sc

from special_common import to_double, write_arguments

mp.mp.dps = 60


def points():
    grid = [1e-20, 1e-8, 1e-3, 0.1, 0.5, 1.0, 1.5, 2.0, 3.7, 9.5, 10.0, 10.5, 30.0, 170.0, 171.5,
            500.0, 1e4, 1e6, 1e10, 1e20]
    out = [(a, b) for a in grid for b in grid]
    neg = [-0.5, -1.5, -2.5, -10.3, -100.7, -170.2, -200.5]
    out += [(a, b) for a in neg for b in [0.25, 0.5, 1.5, 2.0, 3.0, 7.5, 50.0, 200.0]]
    out += [(a, b) for a in neg for b in [-0.25, -2.5, -30.5]]
    ints = [-5.0, -3.0, -2.0, -1.0, 0.0]
    out += [(a, b) for a in ints for b in [-3.0, -1.0, 1.0, 2.0, 3.0, 5.0, 0.5]]
    # scipy/special/tests/test_basic.py (TestBeta) values
    out += [(1.0, 1.0), (-100.3, 1e-200), (0.0342, 171.0), (0.0342, 170.9), (1e-10, 5.0), (-1.5, -0.5)]
    # B overflows while ln B is finite
    out += [(1.0, 1e-320), (1e-320, 2.5), (0.5, 1e-310)]
    out += [(math.inf, 1.0), (1.0, math.inf), (math.inf, math.inf), (-math.inf, 1.0),
            (math.nan, 1.0), (1.0, math.nan)]
    return out


def is_pole(v):
    return v <= 0 and v == math.floor(v)


def exact(a, b, log, scipy_value):
    if not (math.isfinite(a) and math.isfinite(b)) or is_pole(a) or is_pole(b) or is_pole(a + b):
        return scipy_value
    a, b = mp.mpf(a), mp.mpf(b)
    if log:
        v = mp.log(abs(mp.gamma(a))) + mp.log(abs(mp.gamma(b))) - mp.log(abs(mp.gamma(a + b))) \
            if max(abs(a), abs(b)) < 1e5 else mp.re(mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b))
        return float(v)
    return to_double(mp.beta(a, b))


def main():
    write_arguments("beta.json", "tests/reference/gen_special_beta.py", points(), [
        ("beta", sc.beta, lambda a, b, s: exact(a, b, False, s)),
        ("betaln", sc.betaln, lambda a, b, s: exact(a, b, True, s)),
    ])



if __name__ == "__main__":
    main()
