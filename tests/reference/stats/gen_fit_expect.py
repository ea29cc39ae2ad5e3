#!/usr/bin/env python3
"""Reference values for sciport's distribution fit and expect, from scipy.stats.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/stats/gen_fit_expect.py

Writes tests/reference/stats/fit.json and tests/reference/stats/expect.json,
read by tests/stats_fit_expect.rs.

fit.json: {"scipy", "numpy", "generator", "cases": [...]}, each case
{"family", "true_shapes", "data" (50 values drawn by SciPy's rvs from the
family at SciPy's test_continuous_basic parameters, random_state=seed),
"method" ("MLE"/"MM"), "fixed_shapes" (null = free, per shape), "floc",
"fscale", "guess_shapes", "loc", "scale" (null = not given), "result"
([shapes..., loc, scale] or "error: <message>"), "nnlf" (SciPy's
negative log-likelihood at its estimate, MLE only)}. Cases per family:
the default fit, floc fixed at a value below the data, the first shape
fixed at its true value, MM, plus error cases (non-finite data, every
parameter fixed).

expect.json: {"cases": [{"family", "shapes", "loc", "scale", "func"
("x", "x2" = x², "cos" = cos x), "lb", "ub" (null = support), "conditional",
"value" (or "error: ...")}]}.
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

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_distributions import CONTINUOUS, DISCRETE, num  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FUNCS = {"x": lambda x: x, "x2": lambda x: x * x, "cos": np.cos}


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def run(f):
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(60)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                return f()
    except Timeout:
        return "timeout"
    except Exception as e:
        return f"error: {e}"
    finally:
        signal.alarm(0)


def first_params(name):
    return next(p for n, p in distcont + distdiscrete if n == name)


def opt(v):
    return None if v is None else float(v)


def fit_case(name, data, shapes, method="MLE", fixed=None, floc=None, fscale=None,
             guess=None, loc=None, scale=None):
    dist = getattr(stats, name)
    kw = {"method": method}
    fixed = fixed or [None] * len(shapes)
    for i, v in enumerate(fixed):
        if v is not None:
            kw[f"f{i}"] = v
    if floc is not None:
        kw["floc"] = floc
    if fscale is not None:
        kw["fscale"] = fscale
    if loc is not None:
        kw["loc"] = loc
    if scale is not None:
        kw["scale"] = scale
    args = [g for g in (guess or []) if g is not None]
    result = run(lambda: dist.fit(data, *args, **kw))
    nnlf = None
    if not isinstance(result, str):
        result = [float(v) for v in result]
        if method == "MLE":
            nnlf = num(run(lambda: dist.nnlf(result, np.asarray(data))))
    return {"family": name, "true_shapes": [float(s) for s in shapes],
            "data": [float(v) for v in data], "method": method,
            "fixed_shapes": [opt(v) for v in fixed], "floc": opt(floc), "fscale": opt(fscale),
            "guess_shapes": [opt(v) for v in (guess or [None] * len(shapes))],
            "loc": opt(loc), "scale": opt(scale), "result": result, "nnlf": nnlf}


def fit_cases(name):
    shapes = first_params(name)
    dist = getattr(stats, name)
    data = dist.rvs(*shapes, loc=0.5, scale=2.0, size=50, random_state=1234)
    cases = [fit_case(name, data, shapes),
             fit_case(name, data, shapes, floc=float(np.min(data)) - 1.0),
             fit_case(name, data, shapes, method="MM")]
    if shapes:
        cases.append(fit_case(name, data, shapes, fixed=[shapes[0]] + [None] * (len(shapes) - 1)))
        cases.append(fit_case(name, data, shapes, guess=list(shapes), loc=0.5, scale=2.0))
    cases.append(fit_case(name, list(data[:10]) + [math.inf], shapes))
    cases.append(fit_case(name, data, shapes, fixed=list(shapes), floc=0.0, fscale=1.0))
    for c in cases:
        c["data"] = [num(v) for v in c["data"]]
    return cases


def expect_cases(name):
    shapes = first_params(name)
    discrete = name in DISCRETE
    dist = getattr(stats, name)
    loc, scale = (1.0, 1.0) if discrete else (0.5, 2.0)
    frozen = dist(*shapes, loc=loc) if discrete else dist(*shapes, loc=loc, scale=scale)
    median, upper = float(frozen.median()), float(frozen.ppf(0.9))
    out = []
    for func, lb, ub, cond in [("x", None, None, False), ("x2", None, None, False),
                               ("cos", None, None, False), ("x", median, upper, True),
                               ("x2", median, upper, False)]:
        value = run(lambda: frozen.expect(FUNCS[func], lb=lb, ub=ub, conditional=cond))
        out.append({"family": name, "shapes": [float(s) for s in shapes], "loc": loc,
                    "scale": scale, "func": func, "lb": opt(lb), "ub": opt(ub),
                    "conditional": cond, "value": value if isinstance(value, str) else num(value)})
    return out


def write(file_name, cases):
    data = {"scipy": scipy.__version__, "numpy": np.__version__,
            "generator": "tests/reference/stats/gen_fit_expect.py", "cases": cases}
    with open(os.path.join(HERE, file_name), "w") as f:
        json.dump(data, f, separators=(",", ":"))
    print(f"{file_name}: {len(cases)} cases")


def main():
    fits, expects = [], []
    for name in CONTINUOUS:
        fits += fit_cases(name)
    for name in CONTINUOUS + DISCRETE:
        expects += expect_cases(name)
    write("fit.json", fits)
    write("expect.json", expects)


if __name__ == "__main__":
    main()
