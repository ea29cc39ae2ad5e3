#!/usr/bin/env python3
"""Reference values for sciport's small helpers: scipy.special's exprel,
cosm1, powm1, exp2, exp10, cbrt, round, sindg, cosdg, tandg, cotdg and
radian, from mpmath at 60 digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_helpers.py

It writes tests/reference/special/helpers.json (format of gen_special_erf.py),
read by tests/special_reference.rs. The angle functions take the angle
modulo 360 exactly (math.fmod), so huge angles have their true values
(SciPy returns 0 beyond 1e14 degrees), and ±inf gives NaN (SciPy: 0); the
poles of tandg and cotdg are +inf, as SciPy. exprel above 709.8 is finite
up to about 716 (SciPy: inf).
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 60

EDGES = [0.0, -0.0, math.inf, -math.inf, math.nan]


def exprel(x, s):
    if math.isnan(x):
        return math.nan
    if x == 0:
        return 1.0
    if math.isinf(x):
        return math.inf if x > 0 else 0.0
    return to_double(mp.expm1(x) / x)


def cosm1(x, s):
    if not math.isfinite(x):
        return math.nan
    return to_double(-2 * mp.sin(mp.mpf(x) / 2) ** 2)


def powm1(x, y, s):
    if y == 0 or x == 1:
        return 0.0
    if math.isnan(x) or math.isnan(y):
        return math.nan
    if x < 0 and (not math.isfinite(y) or y != math.trunc(y)):
        return math.nan
    if math.isinf(x) or math.isinf(y) or x == 0:
        with np.errstate(all="ignore"):
            return float(np.power(x, y)) - 1.0
    if x < 0:
        odd = int(y) % 2 == 1
        if odd:
            return to_double(-mp.power(-mp.mpf(x), mp.mpf(y)) - 1)
        x = -x
    return to_double(mp.expm1(mp.mpf(y) * mp.log(mp.mpf(x))))


def power_of(base):
    def f(x, s):
        if math.isnan(x):
            return math.nan
        if math.isinf(x):
            return math.inf if x > 0 else 0.0
        return to_double(mp.power(base, mp.mpf(x)))
    return f


def cbrt(x, s):
    if math.isnan(x) or math.isinf(x) or x == 0:
        return x
    return to_double(mp.cbrt(x) if x > 0 else -mp.cbrt(-x))


def round_even(x, s):
    if not math.isfinite(x):
        return x
    return float(round(x))


def degrees(kind):
    def f(x, s):
        if not math.isfinite(x):
            return math.nan
        sign = -1 if x < 0 else 1
        r = mp.mpf(math.fmod(abs(x), 360.0)) / 180  # the angle in units of π
        if kind == "sin":
            return to_double(sign * mp.sinpi(r))
        if kind == "cos":
            return to_double(mp.cospi(r))
        r180 = math.fmod(abs(x), 180.0)
        if kind == "tan":
            if r180 == 90.0:
                return math.inf
            return to_double(sign * mp.sinpi(r) / mp.cospi(r))
        if r180 == 0.0:
            return math.inf
        return to_double(sign * mp.cospi(r) / mp.sinpi(r))
    return f


def radian(d, m, s_, s):
    if any(math.isnan(v) for v in (d, m, s_)):
        return math.nan
    return to_double((mp.mpf(d) + mp.mpf(m) / 60 + mp.mpf(s_) / 3600) * mp.pi / 180)


def main():
    rng = np.random.default_rng(20261207)
    xs = [1e-300, 1e-20, 1e-8, 1e-3, 0.1, 0.5, 1.0, 2.0, 10.0, 100.0, 700.0, 709.0, 709.9, 712.0,
          716.0, 720.0, -1e-8, -0.5, -1.0, -10.0, -700.0, -1000.0] + EDGES
    xs += [float(v) for v in rng.normal(scale=5.0, size=60)]
    two_pi = [k * 2 * math.pi for k in (1, 2, 3, 10, 1000)] + [math.pi, 1e10, 1e300]
    angles = [0.0, 1e-300, 1e-10, 1.0, 29.0, 30.0, 45.0, 60.0, 89.0, 90.0, 91.0, 135.0, 180.0,
              225.0, 270.0, 300.0, 359.0, 360.0, 720.0, 1e14, 1e15, 1e20, 1e300, -30.0, -90.0,
              -180.0, -270.0, -1e20] + EDGES
    angles += [float(v) for v in rng.uniform(-1000, 1000, 60)]
    powers = [(2.0, 3.0), (1.0, 5.0), (5.0, 0.0), (0.0, -1.0), (0.0, 2.0), (-2.0, 3.0),
              (-2.0, 0.5), (-2.0, 2.0), (1 + 1e-10, 2.0), (1 - 1e-12, 1e5), (math.inf, 2.0),
              (math.inf, -1.0), (2.0, math.inf), (0.5, math.inf), (2.0, -math.inf),
              (math.nan, 0.0), (1.0, math.nan), (-1.0, math.inf), (0.9, 1e-10), (1e300, 1e-300),
              (3.0, -2.0), (-3.0, -3.0), (1.5, 700.0), (2.0, 1e-15)]
    powers += [(float(a), float(b)) for a, b in zip(rng.exponential(2.0, 60), rng.normal(scale=3.0, size=60))]
    dms = [(1.0, 0.0, 0.0), (0.0, 60.0, 0.0), (0.0, 0.0, 3600.0), (180.0, 0.0, 0.0),
           (-1.0, 30.0, 0.0), (12.0, 34.0, 56.78), (359.0, 59.0, 59.999), (math.nan, 0.0, 0.0)]
    dms += [(float(a), float(b), float(c)) for a, b, c in
            zip(rng.uniform(-360, 360, 20), rng.uniform(0, 60, 20), rng.uniform(0, 60, 20))]
    one = lambda vals: [(v,) for v in vals]
    functions = {
        "exprel": function_entry(one(xs), sc.exprel, exprel),
        "cosm1": function_entry(one(xs + two_pi), sc.cosm1, cosm1),
        "powm1": function_entry(powers, sc.powm1, powm1),
        "exp2": function_entry(one(xs + [1023.5, 1024.0, -1074.0, -1080.0]), sc.exp2, power_of(2)),
        "exp10": function_entry(one(xs + [308.2, 309.0, -323.0, -330.0]), sc.exp10, power_of(10)),
        "cbrt": function_entry(one(xs + [-8.0, 27.0, 1e300, -1e-300]), sc.cbrt, cbrt),
        "round": function_entry(one(xs + [0.5, 1.5, 2.5, -0.5, -2.5, 4503599627370495.5]), sc.round, round_even),
        "sindg": function_entry(one(angles), sc.sindg, degrees("sin")),
        "cosdg": function_entry(one(angles), sc.cosdg, degrees("cos")),
        "tandg": function_entry(one(angles), sc.tandg, degrees("tan")),
        "cotdg": function_entry(one(angles), sc.cotdg, degrees("cot")),
        "radian": function_entry(dms, sc.radian, radian),
    }
    write_reference("helpers.json", "tests/reference/gen_special_helpers.py", functions)


if __name__ == "__main__":
    main()
