#!/usr/bin/env python3
"""Reference values for sciport's comb, perm, factorial and factorial2
(scipy.special, exact=False) from mpmath at 60 digits, with SciPy's values
on the same points, and SciPy's exact=True integers for the exact forms.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_combinatorics.py

It writes tests/reference/special/combinatorics.json (format of
gen_special_erf.py, plus "exact_integers": [[function, N, k, repetition,
SciPy's decimal digits], ...]), read by tests/special_reference.rs.
Points: integer N and k over 0..1e15 (with k beyond N and negative), real N
and k, factorials of integers 0..171 and of reals, double factorials of
integers 0..302, SciPy's test_basic.py cases (TestComb, TestPerm, factorial
and factorial2 tables), NaN and infinities. "exact" is mpmath's value;
SciPy's conventions where the function is 0 by definition (k > N, negative
arguments) or NaN. factorial2 of a non-integer is NaN here (SciPy raises
unless extend='complex'; its "scipy" value is stored as NaN).
"""

import json
import sys
import math
import os

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import SPECIAL_DIR, function_entry, num, to_double, write_reference

mp.mp.dps = 60
NAN, INF = math.nan, math.inf

INTS = [0.0, 1.0, 2.0, 3.0, 5.0, 10.0, 19.0, 20.0, 21.0, 30.0, 50.0, 66.0, 100.0, 170.0, 1000.0,
        1030.0, 1e5, 1e15]
KS = [-2.0, 0.0, 1.0, 2.0, 3.0, 7.0, 10.0, 19.0, 25.0, 40.0, 60.0, 150.0, 500.0, 2000.0]
REALS = [-2.5, 0.3, 2.5, 7.25, 19.5, 33.3, 150.75, 1e6 + 0.5]
RKS = [0.0, 0.5, 1.0, 2.25, 7.75, 30.5]


def pair_points():
    out = [(n, k) for n in INTS for k in KS]
    out += [(n, k) for n in REALS for k in RKS]
    # scipy/special/tests/test_basic.py TestComb / TestPerm
    out += [(10.0, 3.0), (10.0, -3.0), (-10.0, 3.0), (10.5, 3.0), (-10.5, 3.0), (100.0, 0.0),
            (1.0, 1.0), (0.0, 0.0), (4.0, 4.0), (1e20, 3.0), (1e20, 2.5)]
    out += [(NAN, 1.0), (1.0, NAN), (INF, 1.0), (1.0, INF), (INF, INF)]
    return out


def is_int(x):
    return math.isfinite(x) and x == math.floor(x)


def exact_comb(n, k, theirs):
    if not (k <= n and n >= 0 and k >= 0) or not (math.isfinite(n) and math.isfinite(k)):
        return theirs
    return to_double(mp.binomial(mp.mpf(n), mp.mpf(k)))


def exact_comb_repetition(n, k, theirs):
    if k == 0 and n >= 0:
        return 1.0
    m = n + k - 1
    if not (math.isfinite(m) and math.isfinite(k)) or (m < 0 and is_int(m)):
        return theirs
    return to_double(mp.binomial(mp.mpf(n) + mp.mpf(k) - 1, mp.mpf(k)))


def exact_perm(n, k, theirs):
    if not (k <= n and n >= 0 and k >= 0) or not (math.isfinite(n) and math.isfinite(k)):
        return theirs
    return to_double(mp.rf(mp.mpf(n) - mp.mpf(k) + 1, mp.mpf(k)))


def factorial_points():
    pts = [float(n) for n in range(0, 172)]
    pts += [-1.0, -0.5, 0.5, 1.5, 2.25, 10.3, 99.99, 170.5, 170.62, 170.63, 171.5, 1e10]
    return [(p,) for p in pts + [NAN, INF, -INF]]


def exact_factorial(n, theirs):
    if not math.isfinite(n) or n < 0:
        return theirs
    return to_double(mp.gamma(mp.mpf(n) + 1))


def factorial2_points():
    pts = [float(n) for n in range(0, 303)] + [-1.0, -2.0, -7.0, 1000.0]
    return [(p,) for p in pts + [2.5, -1.5, NAN, INF]]


def scipy_factorial2(n):
    # SciPy takes integers only (extend='zero'); non-integers are NaN here.
    return np.array([float(sc.factorial2(int(v))) if is_int(v) else NAN for v in n])


def exact_factorial2(n, theirs):
    if not is_int(n) or n < 0:
        return NAN if not is_int(n) else 0.0
    p = mp.mpf(1)
    for m in range(int(n), 1, -2):
        p *= m
    return to_double(p)


def exact_integers():
    """SciPy's exact=True results (Python integers) as decimal strings."""
    rows = []
    for n, k in [(0, 0), (10, 3), (100, 50), (66, 33), (1000, 500), (10, 11), (10, -1), (-5, 2),
                 (2**62, 3), (5000, 2500)]:
        rows.append(["comb", n, k, False, str(sc.comb(n, k, exact=True))])
    for n, k in [(0, 0), (10, 3), (5, 0), (-3, 2), (1, 1000), (20, 20)]:
        rows.append(["comb", n, k, True, str(sc.comb(n, k, exact=True, repetition=True))])
    for n, k in [(10, 3), (0, 0), (20, 20), (10, 11), (-1, 0), (100, 60), (2**40, 2)]:
        rows.append(["perm", n, k, False, str(sc.perm(n, k, exact=True))])
    for n in [0, 1, 5, 20, 21, 100, 1000, -1, 3000]:
        rows.append(["factorial", n, 0, False, str(sc.factorial(n, exact=True))])
    for n in [0, 1, 2, 7, 8, 33, 301, 1000, -1, -4]:
        rows.append(["factorial2", n, 0, False, str(sc.factorial2(n, exact=True))])
    return rows


def main():
    sys.set_int_max_str_digits(0)
    pairs = pair_points()
    functions = {
        "comb": function_entry(pairs, lambda n, k: sc.comb(n, k), exact_comb),
        "comb_repetition": function_entry(pairs, lambda n, k: sc.comb(n, k, repetition=True),
                                          exact_comb_repetition),
        "perm": function_entry(pairs, lambda n, k: sc.perm(n, k), exact_perm),
        "factorial": function_entry(factorial_points(), sc.factorial, exact_factorial),
        "factorial2": function_entry(factorial2_points(), scipy_factorial2, exact_factorial2),
    }
    write_reference("combinatorics.json", "tests/reference/gen_special_combinatorics.py",
                    functions)
    path = os.path.join(SPECIAL_DIR, "combinatorics.json")
    with open(path) as f:
        data = json.load(f)
    data["exact_integers"] = exact_integers()
    with open(path, "w") as out:
        json.dump(data, out, separators=(",", ":"))
        out.write("\n")


if __name__ == "__main__":
    main()
