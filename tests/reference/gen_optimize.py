#!/usr/bin/env python3
"""Reference data for sciport's scalar solvers, produced by SciPy.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_optimize.py

It writes tests/reference/optimize/root_scalar.txt and minimize_scalar.txt,
which tests/optimize.rs reads (no Python needed there).

Test functions are named and parameterised; tests/optimize.rs defines each one
with the same expression in the same order. Elementary functions (exp, sin,
cos, tanh, log, pow) are taken from the C library through ctypes, exactly the
functions Rust's f64 methods call, so both sides evaluate bit-identical values
(Python's own ** and math module raise on overflow where C returns inf/NaN).
SciPy's test functions from scipy/optimize/_tstutils.py (the "original" and
Alefeld-Potra-Shi "aps" collections, with their brackets and starting points)
are reimplemented here that way; their table is read from SciPy itself.

Line formats ('|'-separated, floats as Python repr, 'none' = not given,
messages with newlines written as the two characters backslash-n):

R|id|fn|params|method|a|b|x0|x1|fprime|fprime2|xtol|rtol|maxiter|OK|root|iterations|function_calls|converged|flag
R|...same inputs...|ERR|kind|message
M|id|fn|params|method|bracket|lo|hi|tol|xatol|maxiter|OK|x|fun|nit|nfev|success|status|message
M|...same inputs...|ERR|kind|message

`iterations` is 'nan' when SciPy reports NaN (f returned NaN; flag is SciPy's
message), and 'uninit' when SciPy's compiled solvers return at a bracket end
that is an exact zero: they then report an uninitialised C variable.
`status` is 'none' for brent and golden, whose SciPy results have no status.
`kind` is 'unknown' for SciPy's "Unknown solver" errors and 'invalid' for its
other ValueErrors and RuntimeErrors.
"""

import ctypes
import ctypes.util
import math
import os
import sys
import warnings

import numpy as np
import scipy
from scipy.optimize import minimize_scalar, root_scalar
from scipy.optimize import _tstutils

LIBM = ctypes.CDLL(ctypes.util.find_library("m"))
for _name in ("exp", "sin", "cos", "tanh", "log"):
    getattr(LIBM, _name).restype = ctypes.c_double
    getattr(LIBM, _name).argtypes = [ctypes.c_double]
LIBM.pow.restype = ctypes.c_double
LIBM.pow.argtypes = [ctypes.c_double, ctypes.c_double]


def exp(x):
    return LIBM.exp(x)


def sin(x):
    return LIBM.sin(x)


def cos(x):
    return LIBM.cos(x)


def tanh(x):
    return LIBM.tanh(x)


def pw(x, y):
    return LIBM.pow(float(x), float(y))


MAX_EXPABLE = LIBM.log(sys.float_info.max)
E = 2.718281828459045

# --------------------------------------------------------------------------
# Test functions: name -> (f, fprime or None, fprime2 or None), each taking
# (x, *params). Keep in sync with `make` in tests/optimize.rs.


def _aps02_sum(x, power):
    s = 0.0
    for i in range(1, 21):
        s = s + ((2 * i - 5) ** 2) / pw(x - i * i, power)
    return s


def _aps13(x, kind):
    if x == 0:
        return 0.0
    y = 1 / pw(x, 2)
    if y > MAX_EXPABLE:
        return 0.0
    if kind == 0:
        return x / exp(y)
    if kind == 1:
        return (1 + 2 / pw(x, 2)) / exp(y)
    return 2 * (2 - pw(x, 2)) / pw(x, 5) / exp(y)


def _aps15_in(x, n):
    return 0 <= x <= 2 * 1e-3 / (1 + n)


def _f4(x):
    if x > 1:
        return 1.0 + .1 * x
    if x < 1:
        return -1.0 + .1 * x
    return 0.0


FUNCS = {
    # SciPy's _tstutils "original" collection (f6 is random and left out).
    "f1": (lambda x: x * (x - 1.), lambda x: 2 * x - 1, lambda x: 2.0),
    "f2": (lambda x: pw(x, 2) - 1, lambda x: 2 * x, lambda x: 2.0),
    "f3": (lambda x: x * (x - 1.) * (x - 2.) * (x - 3.),
           lambda x: 4 * pw(x, 3) - 18 * pw(x, 2) + 22 * x - 6,
           lambda x: 12 * pw(x, 2) - 36 * x + 22),
    "f4": (_f4, None, None),
    "f5": (lambda x: 1.0 / (1. - x) if x != 1 else 0.0, None, None),
    # SciPy's _tstutils "aps" collection.
    "aps01": (lambda x: sin(x) - x / 2, lambda x: cos(x) - 1.0 / 2, lambda x: -sin(x)),
    "aps02": (lambda x: -2 * _aps02_sum(x, 3), lambda x: 6 * _aps02_sum(x, 4),
              lambda x: 24 * _aps02_sum(x, 5)),
    "aps03": (lambda x, a, b: a * x * exp(b * x),
              lambda x, a, b: a * (b * x + 1) * exp(b * x),
              lambda x, a, b: a * (b * (b * x + 1) + b) * exp(b * x)),
    "aps04": (lambda x, n, a: pw(x, n) - a, lambda x, n, a: n * pw(x, n - 1),
              lambda x, n, a: n * (n - 1) * pw(x, n - 2)),
    "aps05": (lambda x: sin(x) - 1.0 / 2, lambda x: cos(x), lambda x: -sin(x)),
    "aps06": (lambda x, n: 2 * x * exp(-n) - 2 * exp(-n * x) + 1,
              lambda x, n: 2 * exp(-n) + 2 * n * exp(-n * x),
              lambda x, n: -2 * n * n * exp(-n * x)),
    "aps07": (lambda x, n: (1 + pw(1 - n, 2)) * x - pw(1 - n * x, 2),
              lambda x, n: (1 + pw(1 - n, 2)) + 2 * n * (1 - n * x),
              lambda x, n: -2 * n * n),
    "aps08": (lambda x, n: x * x - pw(1 - x, n),
              lambda x, n: 2 * x + n * pw(1 - x, n - 1),
              lambda x, n: 2 - n * (n - 1) * pw(1 - x, n - 2)),
    "aps09": (lambda x, n: (1 + pw(1 - n, 4)) * x - pw(1 - n * x, 4),
              lambda x, n: (1 + pw(1 - n, 4)) + 4 * n * pw(1 - n * x, 3),
              lambda x, n: -12 * n * pw(1 - n * x, 2)),
    "aps10": (lambda x, n: exp(-n * x) * (x - 1) + pw(x, n),
              lambda x, n: exp(-n * x) * (-n * (x - 1) + 1) + n * pw(x, n - 1),
              lambda x, n: (exp(-n * x) * (-n * (-n * (x - 1) + 1) + -n * x)
                            + n * (n - 1) * pw(x, n - 2))),
    "aps11": (lambda x, n: (n * x - 1) / ((n - 1) * x),
              lambda x, n: 1 / (n - 1) / pw(x, 2),
              lambda x, n: -2 / (n - 1) / pw(x, 3)),
    "aps12": (lambda x, n: pw(x, 1.0 / n) - pw(n, 1.0 / n),
              lambda x, n: pw(x, (1.0 - n) / n) / n,
              lambda x, n: pw(x, (1.0 - 2 * n) / n) * (1.0 / n) * (1.0 - n) / n),
    "aps13": (lambda x: _aps13(x, 0), lambda x: _aps13(x, 1), lambda x: _aps13(x, 2)),
    "aps14": (lambda x, n: -n / 20.0 if x <= 0 else n / 20.0 * (x / 1.5 + sin(x) - 1),
              lambda x, n: 0.0 if x <= 0 else n / 20.0 * (1.0 / 1.5 + cos(x)),
              lambda x, n: 0.0 if x <= 0 else -n / 20.0 * (sin(x))),
    "aps15": (lambda x, n: -0.859 if x < 0 else (
                  E - 1.859 if x > 2 * 1e-3 / (1 + n)
                  else exp((n + 1) * x / 2 * 1000) - 1.859),
              lambda x, n: (exp((n + 1) * x / 2 * 1000) * (n + 1) / 2 * 1000
                            if _aps15_in(x, n) else E - 1.859),
              lambda x, n: (exp((n + 1) * x / 2 * 1000) * (n + 1) / 2 * 1000 * (n + 1) / 2 * 1000
                            if _aps15_in(x, n) else E - 1.859)),
    # Our own: polynomial, transcendental, flat, steep, discontinuous,
    # roots at 0, roots near +-1e300, underflowing values, NaN / inf regions.
    "cubic": (lambda x: pw(x, 3) - 2 * x - 5, lambda x: 3 * pw(x, 2) - 2, lambda x: 6 * x),
    "cos_minus_x": (lambda x: cos(x) - x, lambda x: -sin(x) - 1, lambda x: -cos(x)),
    "exp_minus": (lambda x, c: exp(x) - c, lambda x, c: exp(x), lambda x, c: exp(x)),
    "flat9": (lambda x: pw(x - 1, 9), lambda x: 9 * pw(x - 1, 8), lambda x: 72 * pw(x - 1, 7)),
    "x7": (lambda x: pw(x, 7), lambda x: 7 * pw(x, 6), lambda x: 42 * pw(x, 5)),
    "sin": (lambda x: sin(x), lambda x: cos(x), lambda x: -sin(x)),
    "tanh_steep": (lambda x, k, r: tanh(k * (x - r)),
                   lambda x, k, r: k * (1 - tanh(k * (x - r)) * tanh(k * (x - r))),
                   lambda x, k, r: -2 * k * k * tanh(k * (x - r))
                   * (1 - tanh(k * (x - r)) * tanh(k * (x - r)))),
    "step": (lambda x, s: 1.0 if x > s else -1.0, None, None),
    "lin": (lambda x, s, r: s * (x - r), lambda x, s, r: s, lambda x, s, r: 0.0),
    "nan_band": (lambda x, lo, hi, r: math.nan if lo < x < hi else x - r, None, None),
    "inf_band": (lambda x, lo, hi, r: math.inf if lo < x < hi else x - r, None, None),
    # Minimisation.
    "quad": (lambda x, a, c: pw(x - a, 2) + c, None, None),
    "cosine": (lambda x: cos(x), None, None),
    "quartic": (lambda x: pw(pw(x, 2) - 2, 2) + x, None, None),
    "absdev": (lambda x, a: abs(x - a), None, None),
    "expo": (lambda x: exp(x), None, None),
    "linear": (lambda x: x, None, None),
    "constant": (lambda x, c: c, None, None),
    "pow4": (lambda x, a: pw(x - a, 4), None, None),
    "wavy": (lambda x, a, b: -x + a * sin(b * x), None, None),
}


class NanAfter:
    """x**2 + 0.1 sin(x) for the first n calls, NaN afterwards (SciPy's
    test_nan_values); stateful, so every solve gets a fresh instance."""

    def __init__(self, n):
        self.n = n
        self.count = 0

    def __call__(self, x):
        self.count += 1
        if self.count > self.n:
            return math.nan
        return pw(x, 2) + 0.1 * sin(x)


def callables(name, params):
    if name == "nan_after":
        return NanAfter(int(params[0])), None, None
    f, d1, d2 = FUNCS[name]
    wrap = (lambda g: None if g is None else (lambda x: float(g(x, *params))))
    return wrap(f), wrap(d1), wrap(d2)


# --------------------------------------------------------------------------
# Formatting.

def fmt(v):
    if v is None:
        return "none"
    if isinstance(v, (bool, np.bool_)):
        return "1" if v else "0"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    return repr(float(v))


def fmt_list(vs):
    return "none" if vs is None else ",".join(fmt(v) for v in vs)


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("|", "/")


def kind_of(exc, message):
    if message.startswith("Unknown solver"):
        return "unknown"
    return "invalid"


# --------------------------------------------------------------------------
# root_scalar cases.

BRACKET_METHODS = ["bisect", "brentq", "brenth", "ridder", "toms748"]
C_METHODS = {"bisect", "brentq", "brenth", "ridder"}
TOLS = [dict(), dict(xtol=1e-6, rtol=1e-9), dict(maxiter=3)]


def root_case(rows, cid, name, params, method, bracket=None, x0=None, x1=None,
              d1=False, d2=False, xtol=None, rtol=None, maxiter=None):
    f, fp, fpp = callables(name, params)
    kw = dict(method=method)
    if bracket is not None:
        kw["bracket"] = list(bracket)
    if x0 is not None:
        kw["x0"] = x0
    if x1 is not None:
        kw["x1"] = x1
    if d1:
        kw["fprime"] = fp
    if d2:
        kw["fprime2"] = fpp
    for k, v in (("xtol", xtol), ("rtol", rtol), ("maxiter", maxiter)):
        if v is not None:
            kw[k] = v
    a, b = bracket if bracket is not None else (None, None)
    head = [
        "R", cid, name, fmt_list(params), method or "none", fmt(a), fmt(b), fmt(x0),
        fmt(x1), fmt(d1), fmt(d2), fmt(xtol), fmt(rtol), fmt(maxiter),
    ]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = root_scalar(f, **kw)
    except (ValueError, RuntimeError) as e:
        rows.append("|".join(head + ["ERR", kind_of(e, str(e)), escape(str(e))]))
        return
    iters = r.iterations
    meth = (method or "brentq").lower()
    if isinstance(iters, float) and math.isnan(iters):
        iters = "nan"
    elif meth in C_METHODS and r.function_calls == 2 and r.root in (a, b) and f(r.root) == 0:
        iters = "uninit"
    else:
        iters = fmt(int(iters))
    rows.append("|".join(head + [
        "OK", fmt(r.root), iters, fmt(int(r.function_calls)), fmt(bool(r.converged)),
        escape(str(r.flag)),
    ]))


def problem_cases(rows, cid, name, params, bracket, x0, has_derivs):
    for ti, tol in enumerate(TOLS):
        tag = f"{cid}.t{ti}"
        for m in BRACKET_METHODS:
            root_case(rows, f"{tag}.{m}", name, params, m, bracket=bracket, **tol)
        root_case(rows, f"{tag}.auto-bracket", name, params, None, bracket=bracket, **tol)
        if x0 is None:
            continue
        root_case(rows, f"{tag}.newton-fd", name, params, "newton", x0=x0, **tol)
        root_case(rows, f"{tag}.secant", name, params, "secant", x0=x0, **tol)
        root_case(rows, f"{tag}.secant-x1", name, params, "secant", x0=x0,
                  x1=x0 + 0.25 * (bracket[1] - bracket[0]), **tol)
        root_case(rows, f"{tag}.auto-x0", name, params, None, x0=x0, **tol)
        if has_derivs:
            root_case(rows, f"{tag}.newton", name, params, "newton", x0=x0, d1=True, **tol)
            root_case(rows, f"{tag}.halley", name, params, "halley", x0=x0, d1=True,
                      d2=True, **tol)
            root_case(rows, f"{tag}.auto-d2", name, params, None, x0=x0, d1=True,
                      d2=True, **tol)


OWN_PROBLEMS = [
    # id, name, params, bracket, x0
    ("cubic", "cubic", (), (2.0, 3.0), 2.5),
    ("cos", "cos_minus_x", (), (0.0, 1.0), 0.5),
    ("exp", "exp_minus", (1000.0,), (0.0, 10.0), 5.0),
    ("flat9", "flat9", (), (0.0, 3.0), 2.0),
    ("x7", "x7", (), (-1.0, 2.0), 0.5),
    ("sin0", "sin", (), (-1.0, 2.0), 0.3),
    ("tanh", "tanh_steep", (50.0, 0.3), (-1.0, 1.0), 0.31),
    ("step", "step", (0.123,), (0.0, 1.0), 0.5),
    ("big+", "lin", (1e-300, 1e300), (5e299, 2e300), 1.5e300),
    ("big-", "lin", (1e-300, -1e300), (-2e300, -5e299), -1.5e300),
    ("tiny", "lin", (1e-200, 0.3), (0.0, 1.0), 0.5),
    ("tiny-", "lin", (1e-200, -0.7), (-1.0, 0.0), -0.5),
    ("end-a", "lin", (1.0, 0.25), (0.25, 1.0), None),
    ("end-b", "lin", (1.0, 0.25), (-1.0, 0.25), None),
    ("nan", "nan_band", (0.45, 0.55, 0.3), (0.0, 1.0), None),
    ("nan-end", "nan_band", (0.9, 2.0, 0.3), (0.0, 1.0), None),
]

ROOT_ERRORS = [
    # id, name, params, kwargs
    ("no-start", "cubic", (), dict()),
    ("unknown", "cubic", (), dict(method="foo", bracket=(2.0, 3.0))),
    ("no-bracket", "cubic", (), dict(method="brentq", x0=2.5)),
    ("no-bracket-toms", "cubic", (), dict(method="toms748", x0=2.5)),
    ("no-x0", "cubic", (), dict(method="newton", bracket=(2.0, 3.0))),
    ("no-x0-secant", "cubic", (), dict(method="secant", bracket=(2.0, 3.0))),
    ("halley-no-d1", "cubic", (), dict(method="halley", x0=2.5)),
    ("halley-no-d2", "cubic", (), dict(method="halley", x0=2.5, d1=True)),
    ("same-sign", "cubic", (), dict(method="brentq", bracket=(3.0, 4.0))),
    ("same-sign-tiny", "lin", (1e-200, 0.0), dict(method="bisect", bracket=(-0.5, -0.4))),
    ("same-sign-ridder", "cubic", (), dict(method="ridder", bracket=(3.0, 4.0))),
    ("same-sign-toms", "cubic", (), dict(method="toms748", bracket=(3.0, 4.0))),
    ("xtol0", "cubic", (), dict(method="brenth", bracket=(2.0, 3.0), xtol=0.0)),
    ("xtol-neg", "cubic", (), dict(method="toms748", bracket=(2.0, 3.0), xtol=-1.0)),
    ("rtol-small", "cubic", (), dict(method="bisect", bracket=(2.0, 3.0), rtol=1e-17)),
    ("rtol-small-toms", "cubic", (), dict(method="toms748", bracket=(2.0, 3.0), rtol=1e-17)),
    ("maxiter-neg", "cubic", (), dict(method="brentq", bracket=(2.0, 3.0), maxiter=-2)),
    ("maxiter0", "cubic", (), dict(method="brentq", bracket=(2.0, 3.0), maxiter=0)),
    ("maxiter0-toms", "cubic", (), dict(method="toms748", bracket=(2.0, 3.0), maxiter=0)),
    ("maxiter0-newton", "cubic", (), dict(method="newton", x0=2.5, maxiter=0)),
    ("tol-newton", "cubic", (), dict(method="newton", x0=2.5, xtol=-1e-3)),
    ("x1-equal", "cubic", (), dict(method="secant", x0=2.5, x1=2.5)),
    ("toms-reversed", "cubic", (), dict(method="toms748", bracket=(3.0, 2.0))),
    ("toms-inf", "cubic", (), dict(method="toms748", bracket=(2.0, math.inf))),
    ("toms-infval", "inf_band", (0.2, 0.4, 0.3), dict(method="toms748", bracket=(0.0, 1.0))),
    ("case", "cubic", (), dict(method="BrentQ", bracket=(2.0, 3.0))),
    ("case-no-bracket", "cubic", (), dict(method="BrentQ", x0=2.5)),
    ("case-no-x0", "cubic", (), dict(method="Newton", bracket=(2.0, 3.0))),
]


def root_rows():
    rows = []
    for collection in ("original", "aps"):
        for i, t in enumerate(_tstutils.get_tests(collection)):
            name = t["f"].__name__.replace("_f", "")
            if name not in FUNCS:
                continue
            has_d = t.get("fprime") is not None
            problem_cases(rows, f"{t['ID']}#{i}", name, tuple(t["args"]),
                          tuple(float(v) for v in t["bracket"]), float(t["x0"]), has_d)
    for cid, name, params, bracket, x0 in OWN_PROBLEMS:
        has_d = FUNCS[name][1] is not None
        problem_cases(rows, cid, name, params, bracket, x0, has_d)
    for cid, name, params, kw in ROOT_ERRORS:
        root_case(rows, "err." + cid, name, params, kw.pop("method", None), **kw)
    return rows


# --------------------------------------------------------------------------
# minimize_scalar cases.

def min_case(rows, cid, name, params, method=None, bracket=None, bounds=None,
             tol=None, xatol=None, maxiter=None):
    f, _, _ = callables(name, params)
    lo, hi = bounds if bounds is not None else (None, None)
    head = ["M", cid, name, fmt_list(params), method or "none", fmt_list(bracket),
            fmt(lo), fmt(hi), fmt(tol), fmt(xatol), fmt(maxiter)]
    options = {}
    if xatol is not None:
        options["xatol"] = xatol
    if maxiter is not None:
        options["maxiter"] = maxiter
    kw = dict(method=method, tol=tol, options=options)
    if bracket is not None:
        kw["bracket"] = tuple(bracket)
    if bounds is not None:
        kw["bounds"] = tuple(bounds)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with np.errstate(all="ignore"):
                r = minimize_scalar(f, **kw)
    except (ValueError, RuntimeError) as e:
        rows.append("|".join(head + ["ERR", kind_of(e, str(e)), escape(str(e))]))
        return
    status = r.get("status")
    rows.append("|".join(head + [
        "OK", fmt(float(r.x)), fmt(float(r.fun)), fmt(int(r.nit)), fmt(int(r.nfev)),
        fmt(bool(r.success)), fmt(status), escape(str(r.message)),
    ]))


MIN_PROBLEMS = [
    # id, name, params, 2-point bracket, 3-point bracket, bounds
    ("quad", "quad", (1.5, -0.8), (-3.0, -2.0), (-15.0, -1.0, 15.0), (1.0, 5.0)),
    ("quad01", "quad", (1.5, -0.8), (0.0, 1.0), (0.0, 1.0, 2.0), (0.0, 1.0)),
    ("cos", "cosine", (), (1.0, 2.0), (2.0, 3.0, 4.0), (0.0, 6.0)),
    ("quartic", "quartic", (), (-1.0, 0.0), (-3.0, -1.0, 0.0), (-3.0, 3.0)),
    ("abs", "absdev", (0.3,), (0.0, 0.1), (0.0, 0.29, 1.0), (-1.0, 1.0)),
    ("exp", "expo", (), (0.0, 1.0), None, (-2.0, 1.0)),
    ("lin", "linear", (), (1.0, 0.0), None, (-2.0, 1.0)),
    ("flat", "quad", (0.0, 0.0), (-1.0, 1e-9), (-1.0, 0.0, 1.0), (0.0, 0.0)),
    ("const", "constant", (2.0,), (0.0, 1.0), None, (0.0, 1.0)),
    ("far", "quad", (100.0, 3.0), (0.0, 1.0), (90.0, 95.0, 120.0), (0.0, 200.0)),
    ("far-", "quad", (-250.5, 1.0), (0.0, 0.5), (-300.0, -250.0, 0.0), (-400.0, 0.0)),
    ("tanh", "tanh_steep", (1.0, 0.0), (0.0, 1.0), None, (-3.0, 3.0)),
    # These two reach the rarer branches of SciPy's bracket search.
    ("pow4", "pow4", (0.7,), (0.0, 0.1), None, (0.0, 2.0)),
    ("wavy", "wavy", (1.0, 10.0), (0.0, 1.0), None, (0.0, 3.0)),
]

MIN_ERRORS = [
    ("bounded-no-bounds", "quad", (1.5, -0.8), dict(method="bounded")),
    ("brent-bounds", "quad", (1.5, -0.8), dict(method="brent", bounds=(0.0, 1.0))),
    ("golden-bounds", "quad", (1.5, -0.8), dict(method="golden", bounds=(0.0, 1.0))),
    ("unknown", "quad", (1.5, -0.8), dict(method="foo")),
    ("bounds-reversed", "quad", (1.5, -0.8), dict(bounds=(5.0, 1.0))),
    ("bounds-inf", "quad", (1.5, -0.8), dict(bounds=(0.0, math.inf))),
    ("bracket-order", "quad", (1.5, -0.8), dict(bracket=(0.0, -1.0, 1.0))),
    ("bracket-values", "quad", (1.5, -0.8), dict(bracket=(-1.0, 0.0, 1.0))),
    ("bracket-order-golden", "quad", (1.5, -0.8), dict(method="golden", bracket=(0.0, -1.0, 1.0))),
    ("bracket-len1", "quad", (1.5, -0.8), dict(bracket=(1.0,))),
    ("tol-neg", "quad", (1.5, -0.8), dict(tol=-1.0)),
]


def min_rows():
    rows = []
    for cid, name, params, b2, b3, bounds in MIN_PROBLEMS:
        for ti, (tol, maxiter) in enumerate([(None, None), (1e-3, None), (None, 5)]):
            tag = f"{cid}.t{ti}"
            for m in ("brent", "golden", None):
                min_case(rows, f"{tag}.{m}", name, params, m, tol=tol, maxiter=maxiter)
                min_case(rows, f"{tag}.{m}.b2", name, params, m, bracket=b2, tol=tol,
                         maxiter=maxiter)
                if b3 is not None:
                    min_case(rows, f"{tag}.{m}.b3", name, params, m, bracket=b3, tol=tol,
                             maxiter=maxiter)
                    min_case(rows, f"{tag}.{m}.b3r", name, params, m, bracket=b3[::-1],
                             tol=tol, maxiter=maxiter)
            min_case(rows, f"{tag}.bounded", name, params, "bounded", bounds=bounds,
                     tol=tol, maxiter=maxiter)
            min_case(rows, f"{tag}.auto-bounds", name, params, None, bounds=bounds,
                     tol=tol, maxiter=maxiter)
            min_case(rows, f"{tag}.bounded-xatol", name, params, "bounded", bounds=bounds,
                     tol=tol, xatol=1e-8, maxiter=maxiter)
    for m, kw in (("brent", dict(bracket=(-1.0, 0.0, 1.0))),
                  ("golden", dict(bracket=(-1.0, 0.0, 1.0))),
                  ("bounded", dict(bounds=(-1.0, 1.0)))):
        min_case(rows, f"nan_after.{m}", "nan_after", (4,), m, maxiter=20, **kw)
    min_case(rows, "case.Bounded", "quad", (1.5, -0.8), "Bounded", bounds=(0.0, 1.0))
    for cid, name, params, kw in MIN_ERRORS:
        min_case(rows, "err." + cid, name, params, **kw)
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "optimize")
    os.makedirs(out, exist_ok=True)
    header = (f"# scipy {scipy.__version__} numpy {np.__version__} "
              f"python {sys.version.split()[0]}; generated by tests/reference/gen_optimize.py\n")
    for fname, rows in (("root_scalar.txt", root_rows()), ("minimize_scalar.txt", min_rows())):
        with open(os.path.join(out, fname), "w") as fh:
            fh.write(header)
            fh.write("\n".join(rows) + "\n")
        print(fname, len(rows), "cases")


if __name__ == "__main__":
    main()
