#!/usr/bin/env python3
"""Reference values for sciport's elementary, logistic, entropy, gamma,
digamma / polygamma and Hurwitz zeta functions, from mpmath at 60 digits, with SciPy's values on the same points.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_special_elementary.py

It writes tests/reference/special/elementary.json in the format of
gen_special_erf.py ({"functions": {name: {"args": [[...], ...], "exact":
[...], "scipy": [...]}}}), read by tests/special_reference.rs.

"exact" is mpmath's value rounded to a double wherever every argument is
finite and mpmath's value is finite; elsewhere (an infinite or NaN argument,
a pole, a point outside the domain) it is SciPy's value, which is the
convention sciport follows there. Two-argument functions are evaluated on a
grid of pairs.
"""

import itertools
import math

import mpmath as mp
import numpy as np
import scipy.special as sc

from special_common import num, write_reference

mp.mp.dps = 60
EDGES = [0.0, -0.0, math.inf, -math.inf, math.nan]


def logs(lo, hi, count):
    return [float(v) for v in np.logspace(math.log10(lo), math.log10(hi), count)]


def lin(lo, hi, count):
    return [float(v) for v in np.linspace(lo, hi, count)]


def both_signs(points):
    return sorted({p for p in points} | {-p for p in points})


def exact_value(f, args, scipy_value):
    """mpmath's value where defined and finite, else SciPy's convention."""
    if not all(math.isfinite(a) for a in args):
        return scipy_value
    try:
        v = f(*[mp.mpf(a) for a in args])
    except (ValueError, ZeroDivisionError, OverflowError):
        return scipy_value
    if isinstance(v, mp.mpc) or not mp.isfinite(v):
        return scipy_value
    return float(v)


def mp_log_expit(x):
    return -mp.log1p(mp.exp(-x))


def mp_kl_div(x, y):
    if x == 0 and y >= 0:
        return y
    if x <= 0 or y <= 0:
        raise ValueError("outside the domain: SciPy's +inf")
    return x * mp.log(x / y) - x + y


def mp_rel_entr(x, y):
    if x == 0 and y >= 0:
        return mp.mpf(0)
    if x <= 0 or y <= 0:
        raise ValueError("outside the domain: SciPy's +inf")
    return x * mp.log(x / y)


def mp_entr(x):
    return mp.mpf(0) if x == 0 else -x * mp.log(x)


def mp_huber(d, r):
    if d < 0:
        raise ValueError
    return r * r / 2 if abs(r) <= d else d * (abs(r) - d / 2)


def mp_pseudo_huber(d, r):
    if d < 0:
        raise ValueError
    if d == 0 or r == 0:
        return mp.mpf(0)
    return d * d * (mp.sqrt(1 + (r / d) ** 2) - 1)


def mp_boxcox(x, lmbda):
    if x < 0:
        raise ValueError
    if abs(lmbda) < 1e-19:   # SciPy's definition: the lambda = 0 transform
        if x == 0:
            raise ValueError("log(0): SciPy's -inf")
        return mp.log(x)
    return mp.expm1(lmbda * mp.log(x)) / lmbda


def mp_inv_boxcox(y, lmbda):
    if lmbda == 0:
        return mp.exp(y)
    base = 1 + lmbda * y
    if base < 0:
        raise ValueError
    return mp.exp(mp.log(base) / lmbda)


def mp_xlogy(x, y):
    if x == 0:
        return mp.mpf(0)
    return x * mp.log(y)


def mp_xlog1py(x, y):
    if x == 0:
        return mp.mpf(0)
    return x * mp.log1p(y)


def mp_gammaln(x):
    if x > 0:
        return mp.loggamma(x)
    return mp.log(abs(mp.gamma(x)))


def mp_loggamma(x):
    if x <= 0:
        raise ValueError
    return mp.loggamma(x)


def mp_gammasgn(x):
    return mp.sign(mp.gamma(x))


def near_poles():
    out = []
    for k in range(0, 12):
        for d in (1e-12, 1e-6, 0.25, 0.5):
            out += [-k - d, -k + d]
    return sorted(set(v for v in out if v != 0.0))


ONE_ARG = {
    "expit": (both_signs(logs(1e-300, 800.0, 200) + lin(0.0, 40.0, 100)) + EDGES,
              lambda x: 1 / (1 + mp.exp(-x)), sc.expit),
    "logit": (logs(1e-300, 0.5, 200) + lin(0.01, 0.99, 150) + [1 - 2.0 ** -k for k in range(1, 54)]
              + [0.5 + 2.0 ** -k for k in range(2, 53)] + [0.0, 1.0, -0.5, 1.5, math.nan],
              lambda p: mp.log(p / (1 - p)), sc.logit),
    "log_expit": (both_signs(logs(1e-300, 1e300, 200) + lin(0.0, 50.0, 100)) + EDGES,
                  mp_log_expit, sc.log_expit),
    "log1p": ([-1 + 2.0 ** -k for k in range(1, 53)] + both_signs(logs(1e-300, 0.9, 150))
              + logs(1.0, 1e300, 100) + [-1.0, -2.0] + EDGES, mp.log1p, np.log1p),
    "expm1": (both_signs(logs(1e-300, 709.0, 200)) + lin(-800.0, -709.0, 20) + EDGES, mp.expm1, np.expm1),
    "entr": (logs(1e-300, 1e300, 200) + lin(0.0, 3.0, 100) + [-1.0] + EDGES, mp_entr, sc.entr),
    "gamma": (logs(1e-300, 171.6, 300) + [-v for v in lin(0.05, 170.5, 300) if v != round(v)]
              + near_poles() + [-1.0, -2.0, -170.0] + EDGES, mp.gamma, sc.gamma),
    "gammaln": (logs(1e-300, 1e300, 300) + [-v for v in lin(0.05, 300.5, 300) if v != round(v)]
                + near_poles() + lin(0.5, 3.0, 100) + [-1.0, -2.0] + EDGES, mp_gammaln, sc.gammaln),
    "loggamma": (logs(1e-300, 1e300, 300) + lin(0.5, 3.0, 100) + [-0.5, -1.0] + EDGES,
                 mp_loggamma, sc.loggamma),
    "gammasgn": (logs(1e-300, 1e300, 50) + near_poles() + [-v for v in lin(0.05, 200.5, 100) if v != round(v)]
                 + [-1.0, -2.0, -1e300] + EDGES, mp_gammasgn, sc.gammasgn),
    "digamma": (logs(1e-300, 1e300, 200) + lin(0.5, 3.0, 200) + lin(2.0, 12.0, 100)
                + [1.4616321449683622 + d for d in both_signs([1e-15, 1e-12, 1e-8, 1e-4, 0.01])]
                + [-v for v in lin(0.05, 50.5, 200) if v != round(v)] + near_poles() + [-1.0, -2.0] + EDGES,
                mp.digamma, sc.psi),
    "rgamma": (logs(1e-300, 171.0, 200) + near_poles() + [-v for v in lin(0.05, 170.5, 200) if v != round(v)]
               + [-1.0, -2.0] + EDGES, mp.rgamma, sc.rgamma),
}


def pairs(xs, ys):
    return [list(p) for p in zip(*itertools.product(xs, ys))]


def hurwitz_em(s_, q):
    """ζ(s, q) for s > 1 by direct summation up to w = q + N ≥ s + 40 and
    the Euler–Maclaurin formula with 40 Bernoulli terms beyond (its
    remainder is below the last term, < 1e-70 relative here), at 90 digits.
    mpmath's own zeta loses digits to cancellation for large s (at 60 digits
    zeta(50, 1519.9) is wrong in the 10th) and gives up for s = 1000."""
    with mp.workdps(90):
        s_, q = mp.mpf(s_), mp.mpf(q)
        n = max(0, int(mp.ceil(s_ + 40 - q)))
        direct = mp.fsum((q + k) ** (-s_) for k in range(n))
        w = q + n
        tail = w ** (1 - s_) / (s_ - 1) + w ** (-s_) / 2
        rising = s_ * w ** (-s_ - 1)
        for j in range(1, 41):
            tail += mp.bernoulli(2 * j) / mp.factorial(2 * j) * rising
            rising *= (s_ + 2 * j - 1) * (s_ + 2 * j) / (w * w)
        return direct + tail


def mp_polygamma(n, x):
    if n < 0 or n != int(n):
        raise ValueError("not a non-negative integer order: SciPy's NaN")
    if n == 0:
        return mp.digamma(x)
    return (-1) ** (int(n) + 1) * mp.factorial(int(n)) * hurwitz_em(n + 1, x)


def mp_zeta(s_, q):
    if s_ < 1:
        raise ValueError("s < 1: SciPy's NaN")
    if q <= 0 and q == int(q):
        raise ValueError("pole: SciPy's inf")
    if q < 0 and s_ != int(s_):
        raise ValueError("negative q needs an integer s: SciPy's NaN")
    return hurwitz_em(s_, q)


TWO_ARG = {
    "polygamma": (pairs([0.0, 1.0, 2.0, 3.0, 5.0, 10.0, 1.5, -1.0],
                        logs(1e-5, 1e5, 20) + [1.4616321449683622, -3.5, -0.5, -1.25, -2.0] + EDGES),
                  mp_polygamma, sc.polygamma),
    "zeta": (pairs([1.0001, 1.5, 2.0, 3.0, 4.5, 10.0, 50.0, 100.0, 1e3, 0.5, 1.0] + EDGES[2:],
                   logs(1e-5, 1e10, 12) + [1.0, 0.5, 1.4616321449683622, -0.5, -2.5, -1.0, 0.0] + EDGES),
             mp_zeta, sc.zeta),
    "xlogy": (pairs(both_signs([0.5, 3.0, 1e-300, 1e300]) + [0.0],
                    logs(1e-300, 1e300, 30) + [1 - 2.0 ** -30, 1 + 2.0 ** -30] + [-1.0] + EDGES),
              mp_xlogy, sc.xlogy),
    "xlog1py": (pairs(both_signs([0.5, 3.0, 1e-300, 1e300]) + [0.0],
                      both_signs(logs(1e-300, 0.5, 15)) + logs(1.0, 1e300, 10) + [-1.0, -2.0] + EDGES),
                mp_xlog1py, sc.xlog1py),
    "rel_entr": (pairs(logs(1e-300, 1e300, 15) + [0.0, -1.0] + EDGES[2:],
                       logs(1e-300, 1e300, 15) + [0.0, -1.0, 1.0 + 1e-12] + EDGES[2:]),
                 mp_rel_entr, sc.rel_entr),
    "kl_div": (pairs(logs(1e-10, 1e10, 15) + [1.0, 1.0 + 1e-9, 0.0, -1.0] + EDGES[2:],
                     logs(1e-10, 1e10, 15) + [1.0, 1.0 - 1e-9, 1.0 + 2.0 ** -40, 0.0, -1.0] + EDGES[2:]),
               mp_kl_div, sc.kl_div),
    "huber": (pairs([0.0, 0.01, 1.0, 100.0, -1.0] + EDGES[2:],
                    both_signs(logs(1e-10, 1e10, 15)) + [0.0] + EDGES[2:]),
              mp_huber, sc.huber),
    "pseudo_huber": (pairs([0.0, 1e-8, 0.01, 1.0, 100.0, 1e8, -1.0] + EDGES[2:],
                           both_signs(logs(1e-10, 1e10, 15)) + [0.0] + EDGES[2:]),
                     mp_pseudo_huber, sc.pseudo_huber),
    "boxcox": (pairs(logs(1e-300, 1e300, 20) + [1.0, 1.0 + 1e-10, 0.0, -1.0] + EDGES[2:],
                     lin(-3.0, 3.0, 13) + [1e-10, -1e-10, 1e-25, 0.0] + EDGES[2:]),
               mp_boxcox, sc.boxcox),
    "inv_boxcox": (pairs(both_signs(logs(1e-10, 50.0, 15)) + [0.0, -1.0, -2.0] + EDGES[2:],
                         lin(-3.0, 3.0, 13) + [1e-10, -1e-10, 1e-25, 0.0] + EDGES[2:]),
                   mp_inv_boxcox, sc.inv_boxcox),
}


def evaluate(args, f, scipy_fn):
    with np.errstate(all="ignore"):
        theirs = [float(v) for v in scipy_fn(*[np.array(a) for a in args])]
    exact = [exact_value(f, point, s) for point, s in zip(zip(*args), theirs)]
    return {"args": [[num(v) for v in a] for a in args],
            "exact": [num(v) for v in exact], "scipy": [num(v) for v in theirs]}


def main():
    functions = {}
    for name, (points, f, scipy_fn) in ONE_ARG.items():
        functions[name] = evaluate([[float(p) for p in points]], f, scipy_fn)
    for name, (args, f, scipy_fn) in TWO_ARG.items():
        functions[name] = evaluate(args, f, scipy_fn)
    write_reference("elementary.json", "tests/reference/gen_special_elementary.py", functions)

if __name__ == "__main__":
    main()
