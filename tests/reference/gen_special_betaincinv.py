#!/usr/bin/env python3
"""Reference values for sciport's inverses of the regularized incomplete beta
function: betaincinv(a, b, p) (x with I_x(a, b) = p) and betainccinv(a, b, q)
(x with 1 - I_x(a, b) = q), as exact roots at 40 digits, with SciPy's values
on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_betaincinv.py

It writes tests/reference/special/betaincinv.json (format of
gen_special_erf.py), read by tests/special_reference.rs. a and b run from
1e-3 to 1e4; targets from 1e-300 to 1 - 1e-10. The roots come from Newton's
method in t = ln(x/(1-x)) on ln I (or ln(1 - I)), evaluated by
gen_special_betainc.lower_tail at 40 digits, started from SciPy's value and
(damped: a step is halved until |ln residual| decreases) and accepted
only when the residual is below 1e-30 of the target; x and 1 - x are
both formed from t, so roots within 1e-40 of 1 keep their tail. "exact" is
SciPy's value only where the result is a convention (targets 0 and 1,
zero, infinite or NaN parameters, targets outside [0, 1]).
"""

import math

import mpmath as mp
import scipy.special as sc

import gen_special_betainc as gb
from special_common import to_double, write_arguments

PARAMETERS = [1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 100.0, 1e3, 1e4]
TARGETS = [1e-300, 1e-50, 1e-10, 1e-3, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-3, 1 - 1e-10]


def points():
    out = [(a, b, p) for a in PARAMETERS for b in PARAMETERS for p in TARGETS]
    edges = [(0.0, 1.0, 0.5), (1.0, 0.0, 0.5), (1.0, 1.0, -0.1), (1.0, 1.0, 1.1), (1.0, 1.0, math.nan),
             (math.nan, 1.0, 0.5), (1.0, 1.0, 0.0), (1.0, 1.0, 1.0), (2.0, 3.0, 0.0), (2.0, 3.0, 1.0),
             (math.inf, 1.0, 0.5), (1.0, math.inf, 0.5), (math.inf, 2.0, 0.5), (2.0, math.inf, 0.5),
             (-1.0, 1.0, 0.5), (1e-310, 1.0, 0.5), (1.0, 1e-310, 0.5)]
    return out + edges


# |t| bound of the search: x = e^-LIMIT is far below the smallest double.
LIMIT = mp.mpf(10) ** 6


def root(a, b, target, upper, start):
    """x in (0, 1) with I_x(a, b) = target (1 - I_x = target if upper)."""
    a_, b_, target = mp.mpf(a), mp.mpf(b), mp.mpf(target)
    ln_beta = mp.loggamma(a_) + mp.loggamma(b_) - mp.loggamma(a_ + b_)
    def g(t):
        x, y = 1 / (1 + mp.exp(-t)), 1 / (1 + mp.exp(t))  # y = 1 - x, both to full precision
        if x <= (a_ + 1) / (a_ + b_ + 2):
            i = gb.lower_tail(a_, b_, x)
            q = 1 - i
        else:
            q = gb.lower_tail(b_, a_, y)
            i = 1 - q
        tail = q if upper else i
        pf = mp.exp(a_ * mp.log(x) + b_ * mp.log(y) - ln_beta)
        return mp.log(tail) - mp.log(target), (-pf if upper else pf) / tail

    x = mp.mpf(start) if 0 < start < 1 else mp.mpf(0.5)
    t = mp.log(x / (1 - x))
    value, slope = g(t)
    for _ in range(200):
        step = -value / slope
        if abs(step) < mp.mpf(10) ** -35:
            break
        step = max(-LIMIT - t, min(LIMIT - t, step))
        for _ in range(100):  # damped: halve until |g| decreases
            new_value, new_slope = g(t + step)
            if abs(new_value) < abs(value):
                break
            step /= 2
        t, value, slope = t + step, new_value, new_slope
        if abs(t) == LIMIT and (value < 0) == ((t > 0) != upper):
            return 1 / (1 + mp.exp(-t))  # the root lies beyond: 0 or 1 in double
    assert abs(value) <= mp.mpf(10) ** -30, (a, b, target, upper, value)
    return 1 / (1 + mp.exp(-t))


def exact(a, b, target, upper, scipy_value):
    if not all(math.isfinite(v) for v in (a, b, target)) or a <= 1e-300 or b <= 1e-300 \
            or not 0 < target < 1:
        return scipy_value
    return to_double(root(a, b, target, upper, scipy_value))


def main():
    mp.mp.dps = 40
    write_arguments("betaincinv.json", "tests/reference/gen_special_betaincinv.py", points(), [
        ("betaincinv", sc.betaincinv, lambda a, b, p, s: exact(a, b, p, False, s)),
        ("betainccinv", sc.betainccinv, lambda a, b, q, s: exact(a, b, q, True, s)),
    ])


if __name__ == "__main__":
    main()
