#!/usr/bin/env python3
"""Reference values for sciport's Riemann zeta function on the real line
(scipy.special.zeta(x) with q = None, sciport's riemann_zeta) and zetac(x) =
ζ(x) - 1, from mpmath (60 digits, more where ζ(x) - 1 is tiny), with SciPy's
values on the same points. The Hurwitz ζ(x, q) is in gen_special_elementary.py.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_zeta.py

It writes tests/reference/special/zeta.json (format of gen_special_erf.py),
read by tests/special_reference.rs. Points: x from -400 to 1e4 with the
negative even integers (zeros), the odd ones, both sides of 0 and of the pole
at 1 down to 1e-15, the range where ζ(x) crosses 1 below -14 (zetac cancels),
and NaN / ±inf; "exact" is SciPy's convention at x = 1 and ±inf.
"""

import math

import mpmath as mp
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 60


def points():
    xs = [-0.45, -0.4, -0.3, -0.25, -0.2, -0.05, 0.05, 0.95, 1 - 1e-5, -400.5, -300.0, -261.0, -259.5, -250.0, -200.5, -171.0, -170.5, -100.5, -51.0, -50.0,
          -30.5, -20.0, -15.0, -14.6, -14.5, -14.0, -13.0, -12.0, -11.5, -7.0, -4.0, -3.5,
          -2.0, -1.5, -1.0, -0.75, -0.5, -0.1, -1e-5, -1e-10, -1e-300, -0.0, 0.0, 1e-300, 1e-10,
          1e-5, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999999, 1 - 1e-10, 1 - 2.0 ** -52, 1.0,
          1 + 2.0 ** -52, 1 + 1e-10, 1.000001, 1.01, 1.1, 1.5, 2.0, 2.5, 3.0, 4.0, 5.5, 10.0, 20.0,
          30.0, 50.0, 52.5, 60.0, 100.0, 500.0, 1000.0, 1100.0, 1e4,
          math.inf, -math.inf, math.nan]
    xs += [-0.5 - k for k in range(0, 40, 3)] + [-2.0 * k - 1 for k in range(1, 60, 7)]
    return [(x,) for x in xs]


def zeta_exact(x, minus_one, s):
    if not math.isfinite(x) or x == 1:
        return s
    # ζ(x) - 1 ≈ 2^-x for large x: as many more digits as it is small.
    extra = int(x * 0.302) + 10 if minus_one and x > 1 else 0
    with mp.workdps(60 + extra):
        v = mp.zeta(mp.mpf(x))
        return to_double(v - 1 if minus_one else v)


def main():
    pts = points()
    functions = {
        "riemann_zeta": function_entry(pts, sc.zeta, lambda x, s: zeta_exact(x, False, s)),
        "zetac": function_entry(pts, sc.zetac, lambda x, s: zeta_exact(x, True, s)),
    }
    write_reference("zeta.json", "tests/reference/gen_special_zeta.py", functions)


if __name__ == "__main__":
    main()
