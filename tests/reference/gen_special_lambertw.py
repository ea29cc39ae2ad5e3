#!/usr/bin/env python3
"""Reference values for sciport's real Lambert W (scipy.special.lambertw(x,
k) where it is real: k = 0 for x >= -1/e, k = -1 for -1/e <= x < 0) from
mpmath at 60 digits, with SciPy's values (their real part where the
imaginary part is zero, else NaN) on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_lambertw.py

It writes tests/reference/special/lambertw.json (format of
gen_special_erf.py), read by tests/special_reference.rs. Points: the
doubles just above -1/e (where SciPy loses half the digits) and -1/e + 10^-j,
x from -1/e to 0 on both branches, x from 1e-300 to 1e300, SciPy's
test_lambertw.py real cases, the branches k = 1, -2 (complex: NaN, -inf at
x = 0) and NaN / ±inf input.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 60


def branch_point_doubles():
    x = -math.exp(-1)
    out = []
    for _ in range(6):
        x = np.nextafter(x, 0)
        out.append(float(x))
    big = float(np.nextafter(-math.exp(-1), 0))
    out += [big + 10.0 ** -j for j in range(3, 17)]
    return out


def points():
    xs = branch_point_doubles() + [-math.exp(-1), -0.36, -0.35, -0.3, -0.25, -0.2, -0.1, -0.01,
                                   -1e-5, -1e-20, -1e-300, -5e-324, 0.0, 5e-324, 1e-300, 1e-20,
                                   1e-8, 1e-3, 0.1, 0.5, 1.0, 2.0, 2.718281828459045, 3.0, 10.0,
                                   100.0, 1e5, 1e20, 1e100, 1e300, 1.7e308, -1.0, -1e300,
                                   math.inf, -math.inf, math.nan]
    out = [(x, k) for x in xs for k in [0.0, -1.0]]
    out += [(x, k) for x in [0.0, -0.3, 1.0, math.inf] for k in [1.0, -2.0, 0.5]]
    out += [(1.0, math.nan)]
    return out


def scipy_real(x, k):
    with np.errstate(all="ignore"):
        v = sc.lambertw(x, k.astype(int) if np.all(k == np.trunc(k)) else k)
    return np.where(np.imag(v) == 0, np.real(v), np.nan)


def exact(x, k, s):
    if math.isnan(x) or math.isnan(k) or k != math.trunc(k):
        return math.nan
    if x == 0 and k != 0:
        return -math.inf
    if k not in (0.0, -1.0) or math.isinf(x) and (x < 0 or k == -1):
        return math.nan
    if math.isinf(x):
        return math.inf
    v = mp.lambertw(mp.mpf(x), int(k))
    if abs(mp.im(v)) > mp.mpf(10) ** -50 or (k == -1 and x > 0):
        return math.nan
    return to_double(mp.re(v))


def per_point(xs, ks):
    return np.array([scipy_real(np.array([x]), np.array([k]))[0] for x, k in zip(xs, ks)])


def main():
    functions = {"lambertw": function_entry(points(), per_point, exact)}
    write_reference("lambertw.json", "tests/reference/gen_special_lambertw.py", functions)


if __name__ == "__main__":
    main()
