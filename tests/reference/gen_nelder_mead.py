#!/usr/bin/env python3
"""Reference data for sciport's Nelder-Mead minimiser, produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_nelder_mead.py

It writes tests/reference/optimize/nelder_mead.json, which the unit tests in
src/optimize/nelder_mead.rs read (no Python needed there).

Every problem is named; the Rust tests define each one with the same
expression evaluated in the same order (plain left-to-right loops over Python
floats, no numpy reductions), and the elementary functions (exp, log) are
taken from the C library through ctypes, exactly the functions Rust's f64
methods call, so both sides see bit-identical objective values.

Cases run `scipy.optimize.minimize(method="Nelder-Mead")` ("via": "minimize")
or `scipy.optimize.fmin` ("via": "fmin", xtol/ftol become xatol/fatol).

JSON floats are Python reprs; non-finite values are the strings "inf",
"-inf" and "nan" (JSON has no literal for them). `bounds` entries use null
for an absent bound.

numpy's default `np.argsort` (what SciPy sorts the simplex with) is not
stable on x86 machines with AVX2/AVX-512 (numpy dispatches to x86-simd-sort
when no NaN is present), so the order of tied function values depends on the
CPU. sciport sorts stably (numpy's portable behaviour). Every call is checked
here: `argsort_ties` is true when some call had equal values that the default
sort put in a different order than a stable sort would; the cases are chosen
so that this stays false, and the generator fails otherwise.
"""

import ctypes
import ctypes.util
import json
import os
import warnings

import numpy as np
import scipy
from scipy.optimize import Bounds, fmin, minimize
from scipy.optimize._optimize import _minimize_neldermead

LIBM = ctypes.CDLL(ctypes.util.find_library("m"))
for _name in ("exp", "log"):
    getattr(LIBM, _name).restype = ctypes.c_double
    getattr(LIBM, _name).argtypes = [ctypes.c_double]


def exp(x):
    return LIBM.exp(x)


def log(x):
    return LIBM.log(x)


# --------------------------------------------------------------------------
# Problems: name -> f(list of floats) -> float. Keep in sync with `problem`
# in src/optimize/nelder_mead.rs.


def rosen(x):
    s = 0.0
    for i in range(len(x) - 1):
        a = x[i + 1] - x[i] * x[i]
        b = 1.0 - x[i]
        s = s + (100.0 * (a * a) + b * b)
    return s


def quadratic(x):
    # sum_i (i+1) * (x_i - c_i)^2 with c_i = 0.5 * i - 1
    s = 0.0
    for i in range(len(x)):
        d = x[i] - (0.5 * i - 1.0)
        s = s + (i + 1.0) * (d * d)
    return s


def beale(x):
    a, b = x[0], x[1]
    t1 = 1.5 - a + a * b
    t2 = 2.25 - a + a * (b * b)
    t3 = 2.625 - a + a * (b * b * b)
    return t1 * t1 + t2 * t2 + t3 * t3


def himmelblau(x):
    a, b = x[0], x[1]
    t1 = a * a + b - 11.0
    t2 = a + b * b - 7.0
    return t1 * t1 + t2 * t2


def quartic1d(x):
    d = x[0] - 2.0
    return (d * d) * (d * d) + x[0]


def wells(x):
    # a double well in every coordinate (non-convex: the simplex shrinks)
    s = 0.0
    for v in x:
        d = v * v - 1.0
        s = s + (d * d + 0.3 * v)
    return s


def sumsq(x):
    s = 0.0
    for v in x:
        s = s + v * v
    return s


def inf_region(x):
    # a quadratic centred at (2, 2) that is +inf where x0 + x1 > 3
    if x[0] + x[1] > 3.0:
        return float("inf")
    a = x[0] - 2.0
    b = x[1] - 2.0
    return a * a + b * b


def nan_region(x):
    # a quadratic centred at (1, -1) that is NaN where x0 < 0.2
    if x[0] < 0.2:
        return float("nan")
    a = x[0] - 1.0
    b = x[1] + 1.0
    return a * a + 2.0 * (b * b)


NORMAL_SAMPLE = [
    1.764052345967664, 0.4001572083672233, 0.9787379841057392,
    2.240893199201458, 1.8675579901499675, -0.977277879876411,
    0.9500884175255894, -0.1513572082976979, -0.10321885179355784,
    0.41059850193837233, 0.144043571160878, 1.454273506962975,
    0.7610377251469934, 0.12167501649282841, 0.44386323274542566,
    0.33367432737426683, 1.4940790731576061, -0.20515826376580087,
    0.31306770165090136, -0.8540957393017248,
]


def normal_nll(p):
    # negative log-likelihood of NORMAL_SAMPLE under N(loc, exp(logscale)^2)
    loc, logscale = p[0], p[1]
    scale = exp(logscale)
    s = 0.0
    for v in NORMAL_SAMPLE:
        z = (v - loc) / scale
        s = s + z * z
    n = float(len(NORMAL_SAMPLE))
    return 0.5 * s + n * logscale + n * 0.9189385332046727


PROBLEMS = {
    "rosen": rosen,
    "quadratic": quadratic,
    "beale": beale,
    "himmelblau": himmelblau,
    "quartic1d": quartic1d,
    "sumsq": sumsq,
    "wells": wells,
    "inf_region": inf_region,
    "nan_region": nan_region,
    "normal_nll": normal_nll,
}

ADAPTIVE_P0 = [0.15746215, 0.48087031, 0.44519198, 0.4223638, 0.61505159,
               0.32308456, 0.9692297, 0.4471682, 0.77411992, 0.80441652,
               0.35994957, 0.75487856, 0.99973421, 0.65063887, 0.09626474]

SIMPLEX3 = [[0.0, 0.0, 0.0], [0.1, 0.0, 0.0], [0.0, 0.1, 0.0],
            [0.0, 0.0, 0.1]]

# name, problem, x0, via, options (minimize's option names; fmin's xtol/ftol
# are given as xatol/fatol and passed as xtol/ftol)
CASES = [
    ("rosen2", "rosen", [-1.2, 1.0], "minimize", {}),
    ("rosen2_fmin", "rosen", [-1.2, 1.0], "fmin", {}),
    ("rosen5", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], "minimize", {}),
    ("rosen5_tight", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], "minimize",
     {"xatol": 1e-8, "fatol": 1e-8}),
    ("quadratic4", "quadratic", [0.0, 3.0, -2.0, 0.0], "minimize", {}),
    ("beale", "beale", [1.0, 1.0], "fmin", {}),
    ("himmelblau", "himmelblau", [0.0, 0.0], "minimize", {}),
    ("himmelblau_neg", "himmelblau", [-1.0, -1.5], "fmin",
     {"xatol": 1e-10, "fatol": 1e-10}),
    ("quartic1d", "quartic1d", [0.0], "minimize", {}),
    ("quartic1d_x5", "quartic1d", [5.0], "fmin", {}),
    ("rosen2_maxiter20", "rosen", [-1.2, 1.0], "minimize", {"maxiter": 20}),
    ("rosen5_maxfev30", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2], "minimize",
     {"maxfev": 30}),
    ("quadratic3_maxfev2", "quadratic", [1.0, 2.0, 3.0], "minimize",
     {"maxfev": 2}),
    ("rosen3_both_limits", "rosen", [0.8, 1.2, 0.7], "minimize",
     {"maxiter": 50, "maxfev": 60}),
    ("rosen6_adaptive", "rosen", [1.3, 0.7, 0.8, 1.9, 1.2, 0.5], "minimize",
     {"adaptive": True}),
    ("sumsq15_adaptive", "sumsq", ADAPTIVE_P0, "minimize",
     {"adaptive": True}),
    ("sumsq15", "sumsq", ADAPTIVE_P0, "minimize", {}),
    ("rosen2_bounds", "rosen", [-1.2, 0.2], "minimize",
     {"bounds": [[-2.0, 0.5], [None, 0.3]]}),
    ("sumsq_x0_at_ub", "sumsq", [1.0, 2.0], "minimize",
     {"bounds": [[0.0, 1.0], [1.0, 3.0]]}),
    ("rosen2_x0_outside", "rosen", [3.0, -4.0], "minimize",
     {"bounds": [[-1.0, 2.0], [-2.0, 2.0]]}),
    ("inf_region", "inf_region", [0.0, 0.5], "minimize", {}),
    ("nan_region", "nan_region", [0.25, 0.0], "minimize", {}),
    ("inf_region_start_inside", "inf_region", [2.65, 1.34], "minimize", {}),
    ("wells2_shrink", "wells", [-1.72, 2.15], "minimize", {}),
    ("wells2_maxfev_in_shrink", "wells", [-1.72, 2.15], "minimize",
     {"maxfev": 23}),
    ("wells4_shrink", "wells", [2.68, 2.05, 1.46, 1.88], "fmin", {}),
    ("rosen3_shrink", "rosen", [-1.66, -2.37, -0.09], "minimize", {}),
    ("rosen3_maxfev_in_shrink", "rosen", [-1.66, -2.37, -0.09], "minimize",
     {"maxfev": 51}),
    ("wells3_adaptive_bounds", "wells", [2.68, 2.05, 1.46], "minimize",
     {"adaptive": True, "bounds": [[-0.5, 3.0], [None, None], [0.2, 1.5]]}),
    ("nan_region_maxiter1", "nan_region", [0.19, 0.0], "minimize",
     {"maxiter": 1}),
    ("nan_all_maxiter6", "nan_region", [0.1, 0.0], "minimize",
     {"maxiter": 6}),
    ("nan_region_start", "nan_region", [0.19, 0.0], "minimize", {}),
    ("normal_nll_fmin", "normal_nll", [0.0, 0.0], "fmin", {}),
    ("normal_nll_fmin_start", "normal_nll", [0.5, -0.1], "fmin", {}),
    ("rosen3_initial_simplex", "rosen", [0.8, 1.2, 0.7], "minimize",
     {"initial_simplex": SIMPLEX3}),
]

# ValueErrors of _minimize_neldermead itself (minimize checks bounds first,
# with its own message): name, x0, options
ERRORS = [
    ("simplex_rows", [0.0, 0.0], {"initial_simplex": [[0.0, 0.0], [1.0, 0.0]]}),
    ("simplex_square", [0.0, 0.0, 0.0],
     {"initial_simplex": [[0.0] * 3] * 3}),
    ("simplex_vs_x0", [0.0, 0.0],
     {"initial_simplex": [[0.0] * 3, [1.0, 0.0, 0.0], [0.0, 1.0, 0.0],
                          [0.0, 0.0, 1.0]]}),
    ("bounds_crossed", [0.0, 0.0], {"bounds": [[0.0, 1.0], [2.0, 1.0]]}),
]

# --------------------------------------------------------------------------

_ORIG_ARGSORT = np.argsort
TIES = [False]


def _checked_argsort(a, *args, **kwargs):
    out = _ORIG_ARGSORT(a, *args, **kwargs)
    if not args and not kwargs:
        stable = _ORIG_ARGSORT(a, kind="stable")
        if not np.array_equal(out, stable):
            TIES[0] = True
    return out


def enc(v):
    v = float(v)
    if v != v:
        return "nan"
    if v == float("inf"):
        return "inf"
    if v == float("-inf"):
        return "-inf"
    return v


def run(problem, x0, via, options):
    f = PROBLEMS[problem]
    calls = [0]

    def func(x):
        calls[0] += 1
        return f([float(v) for v in x])

    opts = dict(options)
    bounds = opts.pop("bounds", None)
    if bounds is not None:
        bounds = [tuple(b) for b in bounds]
    if "initial_simplex" in opts:
        opts["initial_simplex"] = np.array(opts["initial_simplex"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if via == "fmin":
            assert bounds is None
            kw = {}
            if "xatol" in opts:
                kw["xtol"] = opts.pop("xatol")
            if "fatol" in opts:
                kw["ftol"] = opts.pop("fatol")
            if "maxiter" in opts:
                kw["maxiter"] = opts.pop("maxiter")
            if "maxfev" in opts:
                kw["maxfun"] = opts.pop("maxfev")
            if "initial_simplex" in opts:
                kw["initial_simplex"] = opts.pop("initial_simplex")
            assert not opts, opts
            x, fopt, nit, nfev, warnflag = fmin(func, x0, full_output=True,
                                                 disp=0, **kw)
            return {"x": [enc(v) for v in x], "fun": enc(fopt), "nit": nit,
                    "nfev": nfev, "status": warnflag}
        res = minimize(func, x0, method="Nelder-Mead", bounds=bounds,
                       options=opts)
    assert res.nfev == calls[0]
    sim, fsim = res.final_simplex
    return {"x": [enc(v) for v in res.x], "fun": enc(res.fun),
            "nit": int(res.nit), "nfev": int(res.nfev),
            "status": int(res.status), "success": bool(res.success),
            "message": res.message,
            "final_simplex": [[[enc(v) for v in row] for row in sim],
                              [enc(v) for v in fsim]]}


def main():
    np.argsort = _checked_argsort
    try:
        cases = []
        for name, problem, x0, via, options in CASES:
            TIES[0] = False
            result = run(problem, x0, via, options)
            if TIES[0]:
                raise SystemExit(f"{name}: argsort ties ordered unstably")
            opts = {}
            for k, v in options.items():
                if k == "bounds":
                    v = [[None if b is None else enc(b) for b in pair]
                         for pair in v]
                elif k == "initial_simplex":
                    v = [[enc(b) for b in row] for row in v]
                elif isinstance(v, float):
                    v = enc(v)
                opts[k] = v
            cases.append({"name": name, "problem": problem,
                          "x0": [enc(v) for v in x0], "via": via,
                          "options": opts, "argsort_ties": TIES[0],
                          "result": result})
        errors = []
        for name, x0, options in ERRORS:
            opts = dict(options)
            bounds = opts.pop("bounds", None)
            if "initial_simplex" in opts:
                opts["initial_simplex"] = np.array(opts["initial_simplex"])
            if bounds is not None:
                bounds = Bounds([b[0] for b in bounds], [b[1] for b in bounds])
            try:
                _minimize_neldermead(sumsq, x0, bounds=bounds, **opts)
            except ValueError as e:
                msg = str(e)
            else:
                raise SystemExit(f"{name}: no error")
            errors.append({"name": name, "x0": x0, "options": options,
                           "message": msg})
    finally:
        np.argsort = _ORIG_ARGSORT

    out = {"scipy_version": scipy.__version__,
           "numpy_version": np.__version__,
           "cases": cases, "errors": errors}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "optimize", "nelder_mead.json")
    with open(path, "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
    print(f"wrote {len(cases)} cases, {len(errors)} errors to {path}")


if __name__ == "__main__":
    main()
