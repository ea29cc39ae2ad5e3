#!/usr/bin/env python3
"""Reference values for sciport's frozen distributions from scipy.stats.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/stats/gen_distributions.py [family ...]

For every family of the distributions issue (or only those named) it writes
tests/reference/stats/<family>.json, read by tests/stats_distributions.rs:
{"scipy", "numpy", "generator", "family", "discrete", "cases": [...]}, each
case {"shapes", "loc", "scale", "x", "q", "pointwise": {method: values at x
(or at q for ppf/isf)}, "scalars": {"mean", "var", "std", "median",
"entropy", "moment": [orders 0..5], "stats": [m, v, s, k],
"interval": [[confidence, lo, hi], ...], "support": [a, b]}}. A value SciPy
raised on is recorded as the string "error: <message>", one it did not
finish in 20 s as "timeout".

Parameter sets: SciPy's own test_continuous_basic / test_discrete_basic
sets (scipy.stats._distr_params), extra sets in the tails of the parameter
space (EXTRA), a located and scaled copy of the first set, and one invalid
set per family (INVALID: every value NaN in SciPy). Points: the support
ends and beyond, ±inf, NaN, a fixed grid, and ppf / isf of a probability
grid reaching 1e-300 (so both tails are sampled where the family reaches).
"""

import json
import math
import os
import signal
import sys
import warnings

import numpy as np
import scipy
from scipy import stats
from scipy.stats._distr_params import distcont, distdiscrete

HERE = os.path.dirname(os.path.abspath(__file__))

CONTINUOUS = ("norm t chi2 chi f beta gamma expon uniform lognorm cauchy laplace logistic "
              "weibull_min weibull_max pareto lomax gumbel_r gumbel_l rayleigh invgamma "
              "invgauss triang truncnorm genextreme genpareto vonmises skewnorm nct ncx2 ncf "
              "halfnorm loggamma burr12 levy powerlaw exponweib johnsonsu kstwobign kstwo").split()
DISCRETE = ("poisson binom nbinom geom hypergeom bernoulli randint betabinom zipf logser "
            "dlaplace skellam").split()

# Extra parameter sets: extremes and tails of each family's parameter space.
EXTRA = {
    "t": [(1.0,), (0.3,), (30.0,), (1e6,)],
    "chi2": [(1.0,), (0.5,), (1e4,)],
    "chi": [(1.0,), (0.5,), (3.0,)],
    "f": [(1.0, 1.0), (0.5, 30.0), (200.0, 3.0)],
    "beta": [(0.5, 0.5), (1e-3, 2.0), (200.0, 3000.0), (1.0, 1.0)],
    "gamma": [(1.0,), (0.01,), (1e4,)],
    "lognorm": [(0.01,), (3.0,)],
    "weibull_min": [(0.5,), (1.0,), (10.0,)],
    "weibull_max": [(0.5,), (10.0,)],
    "pareto": [(0.5,), (5.0,)],
    "lomax": [(0.5,), (20.0,)],
    "invgamma": [(0.5,), (50.0,)],
    "powerlaw": [(1.0,), (5.0,)],
    "poisson": [(0.0,), (1e-3,), (30.0,), (1e4,)],
    "binom": [(0, 0.5), (1, 0.0), (20, 1.0), (100, 0.01), (1000, 0.7)],
    "nbinom": [(1.0, 0.9), (50.0, 0.05)],
    "geom": [(1.0,), (0.01,)],
    "bernoulli": [(0.0,), (1.0,), (0.5,)],
    "randint": [(-5, 5), (0, 1)],
    "logser": [(0.01,), (0.99,)],
    "dlaplace": [(0.1,), (3.0,)],
    "hypergeom": [(100, 40, 20), (10, 10, 5)],
    "betabinom": [(40, 0.5, 0.5), (1, 2.0, 3.0)],
    "zipf": [(1.5,), (3.0,)],
    "ncx2": [(0.5, 2.0), (3.0, 0.0)],
    "skellam": [(0.5, 30.0)],
    "skewnorm": [(-3.0,), (0.0,), (50.0,), (0.3,)],
}

INVALID = {
    "t": (-1.0,), "chi2": (0.0,), "chi": (-1.0,), "f": (1.0, -2.0), "beta": (-1.0, 2.0),
    "gamma": (0.0,), "lognorm": (-1.0,), "weibull_min": (0.0,), "weibull_max": (-1.0,),
    "pareto": (0.0,), "lomax": (-1.0,), "invgamma": (0.0,), "invgauss": (0.0,),
    "triang": (1.5,), "truncnorm": (2.0, 1.0), "genextreme": (math.nan,),
    "genpareto": (math.nan,), "vonmises": (-1.0,), "skewnorm": (math.nan,),
    "nct": (-1.0, 0.0), "ncx2": (1.0, -1.0), "ncf": (1.0, 1.0, -1.0), "loggamma": (0.0,),
    "burr12": (0.0, 1.0), "powerlaw": (0.0,), "exponweib": (0.0, 1.0),
    "johnsonsu": (0.0, -1.0), "kstwo": (0.5,), "poisson": (-1.0,), "binom": (2.5, 0.5),
    "nbinom": (1.0, 1.5), "geom": (0.0,), "hypergeom": (10, 12, 3), "bernoulli": (1.5,),
    "randint": (5, 5), "betabinom": (5, -1.0, 1.0), "zipf": (1.0,), "logser": (1.0,),
    "dlaplace": (0.0,), "skellam": (-1.0, 2.0),
}

Q_GRID = [1e-300, 1e-100, 1e-30, 1e-12, 1e-6, 1e-3, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9,
          0.99, 0.999, 1 - 1e-6, 1 - 1e-12]
Q_EDGES = [0.0, 1.0, -0.1, 1.1, math.nan]
X_FIXED = [-2.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 10.0]
CONT_METHODS = ["pdf", "logpdf", "cdf", "logcdf", "sf", "logsf"]
DISC_METHODS = ["pmf", "logpmf", "cdf", "logcdf", "sf", "logsf"]


def num(v):
    v = float(v)
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def call(f, *args):
    """f(*args) with warnings silenced; SciPy's exception as "error: ..." and
    a call running over 20 s (zipf's generic isf near 0 sums an unbounded
    range) as "timeout", which the tests skip."""
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(20)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                return f(*args)
    except Timeout:
        return "timeout"
    except Exception as e:  # SciPy's error becomes part of the reference
        return f"error: {e}"
    finally:
        signal.alarm(0)


def values(f, points):
    out = call(f, np.asarray(points, dtype=float))
    if isinstance(out, str):
        return [scalar(call(f, p)) for p in points]
    return [num(v) for v in np.asarray(out, dtype=float)]


def scalar(v):
    return v if isinstance(v, str) else num(v)


def points(frozen, discrete):
    a, b = call(frozen.support)
    xs = set(X_FIXED)
    for q in Q_GRID:
        for v in (call(frozen.ppf, q), call(frozen.isf, q)):
            if not isinstance(v, str) and np.isfinite(v):
                xs.add(float(v))
                if not discrete:
                    xs.add(float(v) * (1 + 1e-9) + 1e-300)
    for e in (a, b):
        if not isinstance(e, str) and np.isfinite(e):
            xs.update([e, e - 1.0, e + 1.0, e - 0.5, e + 0.5])
    if discrete:
        xs.update(v + 0.5 for v in list(xs) if np.isfinite(v))
    xs = sorted(v for v in xs if np.isfinite(v))
    return xs + [-math.inf, math.inf, math.nan]


def case(dist, shapes, loc, scale):
    discrete = isinstance(dist, stats.rv_discrete)
    frozen = dist(*shapes, loc=loc) if discrete else dist(*shapes, loc=loc, scale=scale)
    xs = points(frozen, discrete)
    qs = Q_GRID + Q_EDGES
    pointwise = {m: values(getattr(frozen, m), xs)
                 for m in (DISC_METHODS if discrete else CONT_METHODS)}
    pointwise["ppf"] = values(frozen.ppf, qs)
    pointwise["isf"] = values(frozen.isf, qs)
    st = call(frozen.stats, "mvsk")
    scalars = {
        "mean": scalar(call(frozen.mean)),
        "var": scalar(call(frozen.var)),
        "std": scalar(call(frozen.std)),
        "median": scalar(call(frozen.median)),
        "entropy": scalar(call(frozen.entropy)),
        "moment": [scalar(call(frozen.moment, n)) for n in range(6)],
        "stats": st if isinstance(st, str) else [num(v) for v in st],
        "interval": [[c] + [scalar(v) for v in call(frozen.interval, c)]
                     for c in (0.0, 0.5, 0.95, 1.0)],
        "support": [scalar(v) for v in call(frozen.support)],
    }
    return {"shapes": [num(s) for s in shapes], "loc": loc, "scale": scale,
            "x": [num(v) for v in xs], "q": [num(v) for v in qs],
            "pointwise": pointwise, "scalars": scalars}


def parameter_sets(name):
    sets = [p for n, p in distcont + distdiscrete if n == name]
    sets += EXTRA.get(name, [])
    return sets


def family(name):
    dist = getattr(stats, name)
    discrete = name in DISCRETE
    sets = parameter_sets(name)
    cases = [case(dist, s, 0.0, 1.0) for s in sets]
    cases.append(case(dist, sets[0], 3.0, 1.0) if discrete else case(dist, sets[0], 1.5, 2.5))
    if not discrete:
        cases.append(case(dist, sets[0], 0.0, -1.0))
    if name in INVALID:
        cases.append(case(dist, INVALID[name], 0.0, 1.0))
    return {"scipy": scipy.__version__, "numpy": np.__version__,
            "generator": "tests/reference/stats/gen_distributions.py",
            "family": name, "discrete": discrete, "cases": cases}


def main():
    names = sys.argv[1:] or CONTINUOUS + DISCRETE
    for name in names:
        data = family(name)
        path = os.path.join(HERE, f"{name}.json")
        with open(path, "w") as f:
            json.dump(data, f, separators=(",", ":"))
        print(f"{path}: {len(data['cases'])} parameter sets")


if __name__ == "__main__":
    main()
