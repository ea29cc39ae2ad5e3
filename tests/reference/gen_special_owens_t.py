#!/usr/bin/env python3
"""Reference values for sciport's owens_t(h, a) (scipy.special.owens_t)
from mpmath at 40 digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_owens_t.py

It writes tests/reference/special/owens_t.json (format of gen_special_erf.py),
read by tests/special_reference.rs. The exact value is the defining
integral (1/2π)∫₀^a e^(-h²(1+x²)/2)/(1+x²) dx with e^(-h²/2) taken out and
breakpoints at multiples of 1/h (where the integrand falls off) and at
1, 10, 100 (for 1/(1+x²)); Q(|h|)/2 at a = ±inf, atan(a)/2π at h = 0.
Points: h from 1e-10 to 38 (beyond, T underflows) against a from 1e-10 to
1e10 of both signs, seeded random pairs, SciPy's test_owens_t.py cases and
the non-finite ones.
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 40

HS = [0.0, 1e-10, 0.1, 0.5, 1.0, 2.0, 3.0, 5.0, 8.0, 10.0, 15.0, 20.0, 30.0, 37.0]
AS = [1e-10, 0.01, 0.1, 0.5, 0.9, 0.999, 1.0, 1.001, 1.5, 2.0, 5.0, 10.0, 100.0, 1e10]


def exact(h, a, s):
    if math.isnan(h) or math.isnan(a):
        return math.nan
    sign = -1 if a < 0 else 1
    h, a = abs(h), abs(a)
    if a == 0 or h == math.inf:
        return 0.0 * sign
    if a == math.inf:
        if h == 0:
            return 0.25 * sign
        return to_double(sign * mp.ncdf(-h) / 2)
    h, a = mp.mpf(h), mp.mpf(a)
    if h == 0:
        return to_double(sign * mp.atan(a) / (2 * mp.pi))
    f = lambda x: mp.exp(-h * h * x * x / 2) / (1 + x * x)
    cuts = sorted({c for c in [k / h for k in (0.5, 1, 2, 3, 4, 6, 8, 12)] + [1, 10, 100] if c < a})
    return to_double(sign * mp.exp(-h * h / 2) * mp.quad(f, [0] + cuts + [a]) / (2 * mp.pi))


def points(rng):
    pts = [(h, a) for h in HS for a in AS]
    pts += [(-h, a) for h in HS[1::3] for a in AS[::3]] + [(h, -a) for h in HS[1::3] for a in AS[::3]]
    pts += [(float(h), float(a)) for h, a in zip(rng.exponential(3.0, 150), 10 ** rng.uniform(-3, 3, 150))]
    # SciPy's test_owens_t.py
    pts += [(5.0, 0.0), (0.0, 5.0), (5.0, 1.0), (20.0, math.nan), (math.nan, 20.0), (math.nan, math.nan),
            (0.0, math.inf), (0.0, -math.inf), (1.0, math.inf), (1.0, -math.inf), (math.inf, 1.0),
            (-math.inf, 1.0), (math.inf, math.inf), (-math.inf, math.inf), (math.inf, -math.inf)]
    pts += [(40.0, 1.0), (38.5, 0.5), (1e300, 1e-300)]
    return pts


def main():
    rng = np.random.default_rng(20261207)
    functions = {"owens_t": function_entry(points(rng), sc.owens_t, exact)}
    write_reference("owens_t.json", "tests/reference/gen_special_owens_t.py", functions)


if __name__ == "__main__":
    main()
