#!/usr/bin/env python3
"""Reference values for sciport's smirnov(n, d) and smirnovi(n, p) (the
one-sided Kolmogorov-Smirnov statistic) from the exact Birnbaum-Tingey sum
in mpmath at 50 digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_smirnov.py

It writes tests/reference/special/smirnov.json (format of gen_special_erf.py),
read by tests/special_reference.rs. Points: n from 1 to 5000 against d over
(0, 1) including the cutovers d = 1/n and d = 1 - 1/n and the far tail;
smirnovi on p from 1e-300 to 1 - 1e-12 (its exact value by bisection on the
exact sum); SciPy's test_kolmogorov.py cases; non-integer n (truncated, as
SciPy), and the NaN cases. n above 10^6, where SciPy (and sciport) switch to
an approximation, is left out (the exact sum has n terms).
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 50

NS = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000, 5000]
DS = [1e-300, 1e-10, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99, 1 - 1e-10]


def exact_sf(n, d):
    n, d = int(n), mp.mpf(d)
    if d <= 0:
        return mp.mpf(1)
    if d >= 1:
        return mp.mpf(0)
    top = int(mp.ceil(n * (1 - d))) - 1
    return mp.fsum(mp.binomial(n, j) * d * (d + mp.mpf(j) / n) ** (j - 1) * (1 - d - mp.mpf(j) / n) ** (n - j)
                   for j in range(top + 1))


def valid(n, x):
    return math.isfinite(n) and math.trunc(n) >= 1 and 0 <= x <= 1


def smirnov_exact(n, d, s):
    if math.isnan(n) or math.isnan(d) or not valid(n, d):
        return math.nan
    return to_double(exact_sf(math.trunc(n), d))


def smirnovi_exact(n, p, s):
    if math.isnan(n) or math.isnan(p) or not valid(n, p):
        return math.nan
    n = math.trunc(n)
    if p == 0:
        return 1.0
    if p == 1:
        return 0.0
    lo, hi = mp.mpf(0), mp.mpf(1)
    target = mp.mpf(p)
    for _ in range(120):  # bisection: sf decreases in d
        mid = (lo + hi) / 2
        if exact_sf(n, mid) > target:
            lo = mid
        else:
            hi = mid
    return to_double((lo + hi) / 2)


def smirnov_points(rng):
    pts = [(float(n), d) for n in NS for d in DS]
    for n in NS[1:]:
        pts += [(float(n), f / n) for f in (0.5, 1 - 1e-9, 1.0, 1 + 1e-9, 2.0)]
        pts += [(float(n), 1 - f / n) for f in (0.5, 1.0, 1.5)]
        pts += [(float(n), math.sqrt(t / (2 * n))) for t in (1.0, 10.0, 100.0, 700.0)]
    pts += [(float(n), float(d)) for n, d in zip(rng.integers(1, 400, 150), rng.random(150))]
    # SciPy's test_kolmogorov.py: small n at d = 0.5 and the n = 1, 2, 3 lines
    pts += [(float(n), 0.5) for n in range(1, 11)]
    pts += [(1.0, float(x)) for x in np.linspace(0, 1, 11)]
    pts += [(2.0, float(x)) for x in np.linspace(0.5, 1, 11)]
    pts += [(3.0, float(x)) for x in np.linspace(0.7, 1, 7)]
    pts += [(float(n), 0.4) for n in range(400, 1100, 100)]
    pts += [(5.5, 0.3), (0.0, 0.3), (-1.0, 0.3), (math.nan, 0.3), (math.inf, 0.3),
            (5.0, 0.0), (5.0, 1.0), (5.0, -0.1), (5.0, 1.5), (5.0, math.nan)]
    return pts


def smirnovi_points(rng):
    ps = [1e-300, 1e-100, 1e-20, 1e-8, 1e-3, 0.05, 0.3, 0.5, 0.7, 0.95, 0.999, 1 - 1e-8, 1 - 1e-12]
    pts = [(float(n), p) for n in [1, 2, 3, 5, 10, 50, 200] for p in ps]
    pts += [(float(n), float(p)) for n, p in zip(rng.integers(1, 100, 40), rng.random(40))]
    # SciPy's test cases
    pts += [(2.0, 0.125 * 0.125), (3.0, 0.125 ** 3), (10.0, 1.0 / 16 ** 10)]
    pts += [(float(n), 0.0) for n in range(2, 6)] + [(float(n), 1.0) for n in range(2, 6)]
    pts += [(5.5, 0.3), (0.0, 0.3), (math.nan, 0.3), (math.inf, 0.3), (5.0, -0.1),
            (5.0, 1.5), (5.0, math.nan)]
    return pts


def main():
    rng = np.random.default_rng(20261207)
    functions = {
        "smirnov": function_entry(smirnov_points(rng), sc.smirnov, smirnov_exact),
        "smirnovi": function_entry(smirnovi_points(rng), sc.smirnovi, smirnovi_exact),
    }
    write_reference("smirnov.json", "tests/reference/gen_special_smirnov.py", functions)


if __name__ == "__main__":
    main()
