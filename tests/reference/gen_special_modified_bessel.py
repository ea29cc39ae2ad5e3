#!/usr/bin/env python3
"""Reference values for sciport's modified Bessel functions of real order
(scipy.special's iv, ive, kv, kve and i0, i0e, i1, i1e, k0, k0e, k1, k1e)
from mpmath's besseli / besselk at 50 digits, with SciPy's values on the
same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_modified_bessel.py

It writes tests/reference/special/modified_bessel.json (format of
gen_special_erf.py), read by tests/special_reference.rs. Points: orders from
-100.2 to 1000 (integers, half-integers and others) against x from 1e-300
to 1e5, across Temme's series / Steed's fraction cutover at x = 2 and the
asymptotic region x >= max(30, v^2); negative x for integer orders; the
one-argument functions on both signs of x up to and past overflow; at x = 0
and infinite x or order "exact" is the mathematical value or limit (see
limit(), where SciPy's conventions disagree with each other).
"""

import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import function_entry, to_double, write_reference

mp.mp.dps = 50

ORDERS = [0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 2.3, 3.0, 5.0, 7.5, 10.0, 10.5, 20.0, 30.2, 50.7, 100.0,
          170.0, 500.0, 1000.0, -0.25, -0.5, -1.0, -1.5, -2.3, -3.0, -10.5, -20.0, -100.2]
XS = [1e-300, 1e-20, 1e-8, 1e-3, 0.1, 0.5, 1.0, 1.9, 2.0, 2.1, 3.0, 5.0, 9.9, 10.0, 20.0, 29.9,
      30.0, 50.0, 100.0, 500.0, 700.0, 713.0, 750.0, 1000.0, 1e4, 1e5]
EDGES = [0.0, math.inf, -math.inf, math.nan]


def finite(*vals):
    return all(math.isfinite(v) for v in vals)


def limit(kind, v, x):
    """The value at x = 0 and the limits at infinite x or order, which
    sciport takes from the mathematics where SciPy is inconsistent (iv(0.5,
    inf) and ive(inf, 1) are NaN in SciPy, iv(inf, 1) is 0, i0(inf) NaN):
    I(±inf) = ±inf (integer orders at -inf, NaN otherwise), I·e^-|x| → 0,
    K(inf) = K·e^x(inf) = 0, I_inf = 0, I_-inf = NaN, K_±inf = inf."""
    integer = math.isfinite(v) and v == math.floor(v)
    if math.isnan(v) or math.isnan(x):
        return math.nan
    if kind in ("k", "ke"):
        if x < 0:
            return math.nan
        if x == 0 or math.isinf(v):
            return math.inf
        return 0.0
    if x < 0 and not integer and not math.isinf(v):
        return math.nan
    if math.isinf(v):
        return 0.0 if v > 0 else math.nan
    if x == 0:
        return 1.0 if v == 0 else (0.0 if v > 0 or integer else math.inf)
    if kind == "ie":
        return 0.0
    odd = integer and x < 0 and v % 2 == 1
    return -math.inf if odd else math.inf


def exact(kind, v, x, s):
    if not finite(v, x) or x == 0:
        return limit(kind, v, x)
    v, x = mp.mpf(v), mp.mpf(x)
    if kind in ("k", "ke"):
        if x < 0:
            return math.nan
        val = besselk(v, x)
        return to_double(val * mp.exp(x) if kind == "ke" else val)
    if x < 0 and v != mp.floor(v):
        return math.nan
    if v < 0 and v == mp.floor(v):
        v = -v  # I_{-n} = I_n (mpmath's reflection sum cancels to 0 there)
    # (an integer order at x < 0 is real; mpmath may carry a zero imaginary part)
    val = mp.re(mp.besseli(v, x, zeroprec=1200, infprec=1200))
    return to_double(val * mp.exp(-abs(x)) if kind == "ie" else val)


def besselk(v, x):
    """mpmath's besselk, or where its hypergeometric sums give up the integral ∫₀^∞ e^(-x cosh t) cosh(vt) dt,
    split at the integrand's peak (sinh t = v/x)."""
    try:
        return mp.besselk(v, x, zeroprec=1200, infprec=1200)
    except ValueError:
        peak = mp.asinh(abs(v) / x)
        # factor out the integrand's value at the peak so it is ~1 there
        log_peak = -x * mp.cosh(peak) + abs(v) * peak
        f = lambda t: mp.exp(-x * mp.cosh(t) + abs(v) * t - log_peak) * (1 + mp.exp(-2 * abs(v) * t)) / 2
        return mp.exp(log_peak) * mp.quad(f, [0, peak, peak + 1, peak + 10, mp.inf])


def pairs():
    # (mpmath takes minutes for K at orders above 50 with x above 100: those
    # combinations are left out)
    out = [(v, x) for v in ORDERS for x in XS if abs(v) <= 50 or x <= 100]
    out += [(v, x) for v in [100.0, 170.0, -100.2] for x in [300.0, 1e4]]
    out += [(v, -x) for v in [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 10.0] for x in [0.5, 2.0, 10.0, 50.0]]
    out += [(v, -1.0) for v in [0.5, -0.5, 2.3]]
    out += [(v, x) for v in [0.0, 1.0, -0.5, 2.5, -2.0] for x in EDGES]
    out += [(v, 1.0) for v in [math.inf, -math.inf, math.nan]]
    return out


def singles():
    xs = XS + [-x for x in XS[::2]] + EDGES
    return [(x,) for x in xs]


def main():
    two, one = pairs(), singles()
    functions = {
        "iv": function_entry(two, sc.iv, lambda v, x, s: exact("i", v, x, s)),
        "ive": function_entry(two, sc.ive, lambda v, x, s: exact("ie", v, x, s)),
        "kv": function_entry(two, sc.kv, lambda v, x, s: exact("k", v, x, s)),
        "kve": function_entry(two, sc.kve, lambda v, x, s: exact("ke", v, x, s)),
    }
    for name, kind, order in [("i0", "i", 0), ("i0e", "ie", 0), ("i1", "i", 1), ("i1e", "ie", 1),
                              ("k0", "k", 0), ("k0e", "ke", 0), ("k1", "k", 1), ("k1e", "ke", 1)]:
        functions[name] = function_entry(one, getattr(sc, name),
                                         lambda x, s, kind=kind, order=order: exact(kind, order, x, s))
    write_reference("modified_bessel.json", "tests/reference/gen_special_modified_bessel.py", functions)


if __name__ == "__main__":
    main()
