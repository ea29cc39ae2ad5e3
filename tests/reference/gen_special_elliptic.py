#!/usr/bin/env python3
"""Reference values for sciport's elliptic integrals (scipy.special's
ellipk, ellipkm1, ellipe, ellipkinc, ellipeinc) from mpmath at 60 digits,
with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_elliptic.py

It writes tests/reference/special/elliptic.json (format of
gen_special_erf.py), read by tests/special_reference.rs. Points: m from
-1e300 to 1 with m -> 1 approached to 1e-300 through ellipkm1's p, φ from
1e-300 to 1e300 on both sides of π/2 and of multiples of π, SciPy's
test_basic.py values (TestEllip); "exact" is SciPy's convention at NaN, ±inf
and m > 1 (where SciPy gives NaN even when the integral is real), except
for the signed limits F(φ, 1) for |φ| ≥ π/2 and E(φ, -inf), where SciPy
gives +inf whatever the sign of φ.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 60

M_GRID = [-1e300, -1e100, -1e20, -1e6, -1000.0, -30.0, -1.0, -0.5, -1e-10, -1e-300, 0.0, 1e-300,
          1e-20, 1e-8, 1e-3, 0.1, 0.3, 0.5, 0.7, 0.9, 0.99, 0.999999, 1 - 2.0 ** -30,
          1 - 2.0 ** -52, 1.0]
P_GRID = [1e-300, 1e-200, 1e-100, 1e-30, 1e-16, 1e-10, 1e-5, 1e-3, 0.01, 0.1, 0.5, 0.9, 1.0, 1.5,
          2.0, 10.0, 1e3, 1e10, 1e20, 1e100, 1e300]
PHI_GRID = [1e-300, 1e-20, 1e-8, 1e-3, 0.1, 0.5, 1.0, 1.5, 1.5707963, math.pi / 2,
            1.5707964, 2.0, 3.0, math.pi, 3.2, 4.0, 2 * math.pi, 7.0, 10.0, 31.4159, 100.0,
            1e4, 1e8, 1e15, 1e100, 1e300]
EDGES = [math.nan, math.inf, -math.inf, 1.5, 2.0, 1e10]


def with_edges(grid):
    return grid + EDGES


def convention(*args):
    return not all(math.isfinite(a) for a in args)


def complete_k(m, s):
    if convention(m) or m > 1:
        return s
    return to_double(mp.ellipk(m)) if m < 1 else math.inf


def complete_km1(p, s):
    if convention(p) or p < 0:
        return s
    # K(1 - p) = π / (2 AGM(1, √p)) keeps p exact where 1 - p would round.
    return to_double(mp.pi / (2 * mp.agm(1, mp.sqrt(p)))) if p > 0 else math.inf


def complete_e(m, s):
    if convention(m) or m > 1:
        return s
    return to_double(mp.ellipe(m))


def incomplete(kind, phi, m, s):
    # The limits where SciPy's sign is lost: F(φ, 1) = ±inf for |φ| ≥ π/2
    # (SciPy +inf), E(φ, -inf) = ±inf and E(0, -inf) = 0 (SciPy +inf).
    if m == 1 and abs(phi) >= math.pi / 2 and kind == "f" and not math.isnan(phi):
        return math.copysign(math.inf, phi)
    if m == -math.inf and kind == "e" and math.isfinite(phi):
        return math.copysign(math.inf, phi) if phi != 0 else 0.0
    if convention(phi, m) or m > 1:
        return s
    # Reducing φ by π needs as many more digits as φ has before the point.
    with mp.workdps(60 + max(0, int(math.log10(abs(phi) + 1)))):
        phi = mp.mpf(phi)
        v = mp.ellipf(phi, m) if kind == "f" else mp.ellipe(phi, m)
        return to_double(mp.re(v))


def main():
    m_points = [(m,) for m in with_edges(M_GRID)]
    m_points += [(m,) for m in [-m for m in PHI_GRID[:8]] + [0.2, 0.45, 0.8, 0.95]]
    p_points = [(p,) for p in with_edges(P_GRID) + [-1.0, 0.0]]
    signed_phi = PHI_GRID + [-p for p in PHI_GRID[::3]] + [0.0]
    pairs = [(phi, m) for phi in signed_phi for m in M_GRID[::2] + [0.5, 0.99, 1.0]]
    pairs += [(phi, m) for phi in [0.0, 1.0, math.pi / 2, 10.0] + EDGES
              for m in [0.5, 1.0] + EDGES]
    # scipy/special/tests/test_basic.py (TestEllip)
    pairs += [(0.3, 0.2), (math.pi / 2, 0.5), (0.3, 1e-20), (-1.0, 0.5), (1e-7, 0.9)]
    functions = {
        "ellipk": function_entry(m_points, sc.ellipk, complete_k),
        "ellipkm1": function_entry(p_points, sc.ellipkm1, complete_km1),
        "ellipe": function_entry(m_points, sc.ellipe, complete_e),
        "ellipkinc": function_entry(pairs, sc.ellipkinc, lambda p, m, s: incomplete("f", p, m, s)),
        "ellipeinc": function_entry(pairs, sc.ellipeinc, lambda p, m, s: incomplete("e", p, m, s)),
    }
    write_reference("elliptic.json", "tests/reference/gen_special_elliptic.py", functions)


if __name__ == "__main__":
    main()
