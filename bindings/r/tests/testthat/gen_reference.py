#!/usr/bin/env python3
"""Generates reference.R: SciPy's results on fixed inputs, for the R tests.

Run from anywhere with a Python that has SciPy (the project uses
/work/venv/bin/python):  python gen_reference.py
The output is R source defining `ref` (a list); tests source() it, so running
the tests needs no Python. Arrays are stored in Fortran (column-major) order
with their dims, so an R array holds the same logical array as NumPy's.

Section linalg_orth (scipy.linalg's orthogonal factorizations and what rests
on them: qr, rq, lstsq, pinv, numpy.linalg.matrix_rank, null_space, orth,
norm) draws its inputs from its own seeded generator, so adding to it leaves
the other sections' inputs unchanged. Its error cases record SciPy's
exception message and the sciport status the R binding must signal.
"""
import itertools
import json
import math
import os

import numpy as np
import scipy
import scipy.fft as sf
import scipy.linalg as sl
import scipy.optimize as so

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference.R")
RNG = np.random.default_rng(20261125)


def num(v):
    """One double as R source."""
    v = float(v)
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    return repr(v)


def vec(values):
    if len(values) == 0:
        return "numeric(0)"
    return "c(" + ", ".join(num(v) for v in values) + ")"


def r_value(v):
    """A Python/NumPy value as R source."""
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, str):
        return json.dumps(v)  # a valid R string literal
    if isinstance(v, (int, np.integer)):
        return num(v)
    if isinstance(v, (float, np.floating)):
        return num(v)
    if isinstance(v, (list, tuple)):
        return "c(" + ", ".join(r_value(e) for e in v) + ")" if v else "NULL"
    if isinstance(v, dict):
        return "list(" + ", ".join(f"{k} = {r_value(e)}" for k, e in v.items()) + ")"
    if isinstance(v, np.ndarray):
        return r_array(v)
    raise TypeError(type(v))


def r_array(a):
    flat = a.ravel(order="F")
    if np.iscomplexobj(a):
        data = f"complex(real = {vec(flat.real)}, imaginary = {vec(flat.imag)})"
    else:
        data = vec(flat)
    if a.ndim == 1:
        return data
    return f"array({data}, dim = c({', '.join(str(d) for d in a.shape)}))"


def real(*shape):
    return RNG.standard_normal(shape)


def cplx(*shape):
    return RNG.standard_normal(shape) + 1j * RNG.standard_normal(shape)


def case(fun, x, args, expected):
    return {"fun": fun, "x": x, "args": args, "expected": expected}


def fft_1d_cases():
    out = []
    lengths = [1, 2, 5, 8, 12, 17, 64, 97, 1009]
    for fun, is_real in [("fft", False), ("ifft", False), ("rfft", True), ("ihfft", True)]:
        for m in lengths:
            x = real(m) if is_real else cplx(m)
            if m > 100:  # long prime length: default arguments only
                out.append(case(fun, x, {}, getattr(sf, fun)(x)))
                continue
            for norm in ["backward", "ortho", "forward"]:
                out.append(case(fun, x, {"norm": norm}, getattr(sf, fun)(x, norm=norm)))
            for n in [max(m // 2, 1), m + 3]:
                out.append(case(fun, x, {"n": n}, getattr(sf, fun)(x, n=n)))
        # real input to a complex transform is promoted, as in SciPy
        if not is_real:
            x = real(16)
            out.append(case(fun, x, {}, getattr(sf, fun)(x)))
    for fun in ["irfft", "hfft"]:
        for m in [2, 3, 5, 9, 33, 505]:
            x = cplx(m)
            for norm in ["backward", "ortho", "forward"]:
                out.append(case(fun, x, {"norm": norm}, getattr(sf, fun)(x, norm=norm)))
            for n in [1, 2 * m - 1, 2 * m + 4]:
                out.append(case(fun, x, {"n": n}, getattr(sf, fun)(x, n=n)))
    return out


def axis_cases():
    """1-D transforms along each axis of matrices and 3-D arrays."""
    out = []
    for shape in [(6, 5), (3, 4, 5)]:
        xc, xr = cplx(*shape), real(*shape)
        for axis in range(-len(shape), len(shape)):
            out.append(case("fft", xc, {"axis": axis}, sf.fft(xc, axis=axis)))
            out.append(case("ifft", xc, {"axis": axis, "n": 7}, sf.ifft(xc, axis=axis, n=7)))
            out.append(case("rfft", xr, {"axis": axis}, sf.rfft(xr, axis=axis)))
            out.append(case("irfft", xc, {"axis": axis}, sf.irfft(xc, axis=axis)))
            out.append(case("hfft", xc, {"axis": axis, "n": 6}, sf.hfft(xc, axis=axis, n=6)))
            out.append(case("ihfft", xr, {"axis": axis}, sf.ihfft(xr, axis=axis)))
            out.append(case("dct", xr, {"axis": axis, "type": 3}, sf.dct(xr, axis=axis, type=3)))
            out.append(case("dst", xr, {"axis": axis, "n": 4}, sf.dst(xr, axis=axis, n=4)))
    return out


def axes_subsets(ndim):
    """Every ordered subset of the axes of an ndim array (SciPy numbering)."""
    for k in range(1, ndim + 1):
        for perm in itertools.permutations(range(ndim), k):
            yield list(perm)


def nd_cases():
    out = []
    shape = (3, 4, 5)
    xc, xr = cplx(*shape), real(*shape)
    for axes in axes_subsets(3):
        for fun in ["fftn", "ifftn"]:
            out.append(case(fun, xc, {"axes": axes}, getattr(sf, fun)(xc, axes=axes)))
        out.append(case("rfftn", xr, {"axes": axes}, sf.rfftn(xr, axes=axes)))
        out.append(case("irfftn", xc, {"axes": axes}, sf.irfftn(xc, axes=axes)))
        for fun in ["dctn", "idctn", "dstn", "idstn"]:
            out.append(case(fun, xr, {"axes": axes}, getattr(sf, fun)(xr, axes=axes)))
    for fun in ["fftn", "ifftn"]:
        for norm in ["backward", "ortho", "forward"]:
            out.append(case(fun, xc, {"norm": norm}, getattr(sf, fun)(xc, norm=norm)))
        out.append(case(fun, xc, {"s": [2, 6]}, getattr(sf, fun)(xc, s=[2, 6])))
        out.append(case(fun, xc, {"s": [5, -1], "axes": [2, 0]}, getattr(sf, fun)(xc, s=[5, -1], axes=[2, 0])))
    out.append(case("fftn", xr, {}, sf.fftn(xr)))
    out.append(case("rfftn", xr, {"s": [4, 6, 7]}, sf.rfftn(xr, s=[4, 6, 7])))
    out.append(case("irfftn", xc, {"s": [3, 4, 9]}, sf.irfftn(xc, s=[3, 4, 9])))
    out.append(case("irfftn", xc, {"s": [6, 5], "axes": [1, 0], "norm": "ortho"},
                    sf.irfftn(xc, s=[6, 5], axes=[1, 0], norm="ortho")))
    # SciPy quirk: a last axis of length 1 gives irfftn output length 1, not 0
    for shape in [(1, 1), (2, 1), (3, 1, 2)]:
        x = cplx(*shape)
        out.append(case("irfftn", x, {}, sf.irfftn(x)))
        if len(shape) == 2:
            out.append(case("irfft2", x, {}, sf.irfft2(x)))
    m_c, m_r = cplx(6, 5), real(6, 5)
    for fun, x in [("fft2", m_c), ("ifft2", m_c), ("rfft2", m_r), ("irfft2", m_c)]:
        out.append(case(fun, x, {}, getattr(sf, fun)(x)))
        out.append(case(fun, x, {"s": [4, 8], "norm": "ortho"}, getattr(sf, fun)(x, s=[4, 8], norm="ortho")))
        out.append(case(fun, x, {"axes": [1, 0]}, getattr(sf, fun)(x, axes=[1, 0])))
        out.append(case(fun, xc if fun != "rfft2" else xr, {},
                        getattr(sf, fun)(xc if fun != "rfft2" else xr)))
    for t in [1, 2, 3, 4]:
        for fun in ["dctn", "idctn", "dstn", "idstn"]:
            out.append(case(fun, xr, {"type": t, "norm": "ortho"}, getattr(sf, fun)(xr, type=t, norm="ortho")))
            out.append(case(fun, xr, {"type": t, "s": [5, 6], "axes": [0, 2]},
                            getattr(sf, fun)(xr, type=t, s=[5, 6], axes=[0, 2])))
    return out


def trig_cases():
    out = []
    for fun in ["dct", "idct", "dst", "idst"]:
        for t in [1, 2, 3, 4]:
            for m in [2, 3, 8, 13, 60]:
                x = real(m)
                for norm in ["backward", "ortho", "forward"]:
                    out.append(case(fun, x, {"type": t, "norm": norm}, getattr(sf, fun)(x, type=t, norm=norm)))
                out.append(case(fun, x, {"type": t, "n": m + 2}, getattr(sf, fun)(x, type=t, n=m + 2)))
            x = real(11)
            for orth in [True, False]:
                out.append(case(fun, x, {"type": t, "norm": "ortho", "orthogonalize": orth},
                                getattr(sf, fun)(x, type=t, norm="ortho", orthogonalize=orth)))
    return out


def helper_cases():
    out = []
    for n in [1, 2, 3, 8, 9]:
        for d in [1.0, 0.1, 3.0]:
            out.append(case("fftfreq", n, {"d": d}, sf.fftfreq(n, d=d)))
            out.append(case("rfftfreq", n, {"d": d}, sf.rfftfreq(n, d=d)))
    for x in [real(7), real(8), real(3, 4), real(3, 4, 5)]:
        for fun in ["fftshift", "ifftshift"]:
            out.append(case(fun, x, {}, getattr(sf, fun)(x)))
            if x.ndim > 1:
                out.append(case(fun, x, {"axes": [1]}, getattr(sf, fun)(x, axes=[1])))
                out.append(case(fun, x, {"axes": [-1, 0]}, getattr(sf, fun)(x, axes=[-1, 0])))
    x = cplx(3, 5)
    out.append(case("fftshift", x, {}, sf.fftshift(x)))
    out.append(case("ifftshift", x, {"axes": [0]}, sf.ifftshift(x, axes=[0])))
    for target in [0, 1, 7, 11, 13, 97, 1000, 1021, 65537, 1000003]:
        for r in [False, True]:
            out.append(case("next_fast_len", target, {"real": r}, float(sf.next_fast_len(target, real=r))))
    return out


# Test functions written once in Python and once in R (same arithmetic).
ROOT_FUNS = [
    # (name, python f, R f, python f', R f', python f'', R f'')
    ("cubic", lambda x: x**3 - 2 * x - 5, "function(x) x^3 - 2*x - 5",
     lambda x: 3 * x**2 - 2, "function(x) 3*x^2 - 2", lambda x: 6 * x, "function(x) 6*x"),
    ("cos", lambda x: math.cos(x) - x, "function(x) cos(x) - x",
     lambda x: -math.sin(x) - 1, "function(x) -sin(x) - 1", lambda x: -math.cos(x), "function(x) -cos(x)"),
    ("exp", lambda x: math.exp(x) - 2, "function(x) exp(x) - 2",
     lambda x: math.exp(x), "function(x) exp(x)", lambda x: math.exp(x), "function(x) exp(x)"),
    ("steep", lambda x: math.tanh(50 * (x - 0.3)), "function(x) tanh(50*(x - 0.3))",
     None, None, None, None),
    ("flat", lambda x: (x - 1.0) ** 5, "function(x) (x - 1)^5",
     lambda x: 5 * (x - 1.0) ** 4, "function(x) 5*(x - 1)^4", None, None),
    ("step", lambda x: -1.0 if x < 0.7 else 1.0, "function(x) if (x < 0.7) -1 else 1",
     None, None, None, None),
    ("zero", lambda x: x * (1 + x * x), "function(x) x*(1 + x*x)",
     lambda x: 1 + 3 * x * x, "function(x) 1 + 3*x*x", lambda x: 6 * x, "function(x) 6*x"),
    ("huge", lambda x: x - 1e300, "function(x) x - 1e300", None, None, None, None),
]

BRACKETS = {"cubic": [2, 3], "cos": [0, 1], "exp": [0, 2], "steep": [0, 1], "flat": [0, 1.7],
            "step": [0, 1], "zero": [-1, 2], "huge": [-1e300, 2e300]}
X0 = {"cubic": 2.0, "cos": 1.0, "exp": 1.0, "flat": 1.5, "zero": 0.5, "steep": 0.25, "huge": 1e299}


def root_cases():
    out = []
    for name, f, rf, d1, rd1, d2, rd2 in ROOT_FUNS:
        for method in ["brentq", "brenth", "bisect", "ridder", "toms748"]:
            args = {"method": method, "bracket": BRACKETS[name]}
            r = so.root_scalar(f, **args)
            out.append(root_case(name, rf, None, None, args, r))
        if name in X0:
            x0 = X0[name]
            args = {"method": "secant", "x0": x0, "x1": x0 * 1.1 + 0.01}
            out.append(root_case(name, rf, None, None, args, so.root_scalar(f, **args)))
        if d1 is not None:
            args = {"method": "newton", "x0": X0[name]}
            out.append(root_case(name, rf, rd1, None, args, so.root_scalar(f, fprime=d1, **args)))
        if d2 is not None:
            args = {"method": "halley", "x0": X0[name]}
            out.append(root_case(name, rf, rd1, rd2, args,
                                 so.root_scalar(f, fprime=d1, fprime2=d2, **args)))
    args = {"bracket": [0, 1], "xtol": 1e-4, "rtol": 1e-6, "maxiter": 50}
    out.append(root_case("cos", "function(x) cos(x) - x", None, None, args,
                         so.root_scalar(lambda x: math.cos(x) - x, **args)))
    return out


def root_case(name, rf, rd1, rd2, args, r):
    return {"name": name, "f": rf, "fprime": rd1, "fprime2": rd2, "args": args,
            "expected": {"root": r.root, "iterations": r.iterations,
                         "function_calls": r.function_calls, "converged": bool(r.converged),
                         "flag": r.flag}}


MIN_FUNS = [
    # (name, python f, R f, a valid 3-point bracket)
    ("quad", lambda x: (x - 2) ** 2 + 1, "function(x) (x - 2)^2 + 1", [0, 1.9, 3]),
    ("quartic", lambda x: x**4 - 3 * x + 1, "function(x) x^4 - 3*x + 1", [0, 1, 3]),
    ("cosh", lambda x: math.cosh(x - 0.5), "function(x) cosh(x - 0.5)", [-1, 0.2, 3]),
    ("abs", lambda x: abs(x - 0.1), "function(x) abs(x - 0.1)", [-1, 0.3, 3]),
]


def minimize_cases():
    out = []
    for name, f, rf, bracket3 in MIN_FUNS:
        for args in [{}, {"method": "brent", "bracket": [0, 1]},
                     {"method": "golden", "bracket": bracket3},
                     {"method": "brent", "bracket": bracket3},
                     {"method": "golden"},
                     {"method": "bounded", "bounds": [-1, 3]},
                     {"bounds": [0, 1.5], "options": {"xatol": 1e-8}},
                     {"method": "brent", "tol": 1e-4}]:
            opts = dict(args)
            r = so.minimize_scalar(f, **opts)
            out.append({"name": name, "f": rf, "args": args,
                        "expected": {"x": r.x, "fun": r.fun, "nit": r.nit, "nfev": r.nfev,
                                     "success": bool(r.success),
                                     # brent/golden results carry no status
                                     "status": None if r.get("status") is None else int(r.status),
                                     "message": str(r.message)}})
    return out


# ---- scipy.linalg, slice 2 ------------------------------------------------

LRNG = np.random.default_rng(20270301)


def lreal(*shape):
    return LRNG.standard_normal(shape)


def hilbert(n):
    return 1.0 / (np.arange(n)[:, None] + np.arange(n)[None, :] + 1.0)


def lcase(fun, a, args, expected=None, error=None, b=None):
    """A linalg case: fun is the R function, args R's arguments (Python
    values; np.inf becomes Inf). error = (SciPy's message, sciport status,
    whether sciport's message contains SciPy's)."""
    c = {"fun": fun, "a": np.asarray(a, dtype=float)}
    if b is not None:
        c["b"] = np.asarray(b, dtype=float)
    c["args"] = args
    if error is None:
        c["expected"] = expected
    else:
        c["error"] = {"scipy_message": error[0], "status": error[1], "same_message": error[2]}
    return c


def scipy_error(f):
    """SciPy's exception message for f(), which must raise."""
    try:
        f()
    except Exception as e:  # noqa: BLE001 - any SciPy exception is the reference
        return str(e)
    raise AssertionError("SciPy did not raise")


QR_LIT = [[8.0, 2, 3], [2, 9, 3], [5, 3, 6]]  # SciPy test_decomp.py TestQR


def qr_expected(res, mode, pivoting):
    res = list(res) if isinstance(res, tuple) else [res]
    out = {}
    if mode == "raw":
        (h, tau), rest = res[0], res[1:]
        out["h"], out["tau"] = h, tau
    elif mode == "r":
        rest = res
    else:
        out["q"], rest = res[0], res[1:]
    out["r"] = rest[0]
    if pivoting:
        out["p"] = [int(v) for v in rest[1]]
    return out


def linalg_orth_cases():
    out = []
    # qr: every mode, with and without pivoting, square / tall / wide / 1x1.
    mats = [("literal", np.array(QR_LIT)), ("1x1", lreal(1, 1)), ("5x3", lreal(5, 3)),
            ("3x5", lreal(3, 5)), ("6x6", lreal(6, 6))]
    for _, a in mats:
        for mode in ["full", "economic", "r", "raw"]:
            for piv in [False, True]:
                res = sl.qr(a, mode=mode, pivoting=piv)
                out.append(lcase("linalg_qr", a, {"mode": mode, "pivoting": piv},
                                 qr_expected(res, mode, piv)))
    a = np.array(QR_LIT)
    out.append(lcase("linalg_qr", a, {}, qr_expected(sl.qr(a), "full", False)))
    out.append(lcase("linalg_qr", a, {"mode": "qr"}, qr_expected(sl.qr(a, mode="full"), "full", False)))
    # A zero column: pivoting moves it last (unique order); SciPy's values.
    z = lreal(5, 4)
    z[:, 1] = 0.0
    out.append(lcase("linalg_qr", z, {"mode": "economic", "pivoting": True},
                     qr_expected(sl.qr(z, mode="economic", pivoting=True), "economic", True)))
    for shape in [(0, 3), (3, 0)]:
        e = np.zeros(shape)
        for mode in ["full", "economic", "raw"]:
            out.append(lcase("linalg_qr", e, {"mode": mode, "pivoting": True},
                             qr_expected(sl.qr(e, mode=mode, pivoting=True), mode, True)))
    out.append(lcase("linalg_qr", [[1.0, np.nan], [2.0, 3.0]], {}, error=(
        scipy_error(lambda: sl.qr([[1.0, np.nan], [2.0, 3.0]])), 2, True)))
    out.append(lcase("linalg_qr", [[1.0, 2.0], [np.inf, 3.0]], {"pivoting": True, "mode": "raw"},
                     error=(scipy_error(lambda: sl.qr([[1.0, 2.0], [np.inf, 3.0]], pivoting=True,
                                                      mode="raw")), 2, True)))
    out.append(lcase("linalg_qr", QR_LIT, {"mode": "foo"},
                     error=(scipy_error(lambda: sl.qr(QR_LIT, mode="foo")), 4, False)))
    un = [[1.0, 2.0], [3.0, 4.0]]
    out.append(lcase("linalg_qr", un, {"check_finite": False},
                     qr_expected(sl.qr(un, check_finite=False), "full", False)))

    # rq
    for a in [np.array(QR_LIT), lreal(3, 3), lreal(2, 4), lreal(4, 2), lreal(1, 1)]:
        for mode in ["full", "economic", "r"]:
            res = sl.rq(a, mode=mode)
            exp = {"r": res} if mode == "r" else {"r": res[0], "q": res[1]}
            out.append(lcase("rq", a, {"mode": mode}, exp))
    out.append(lcase("rq", QR_LIT, {}, dict(zip(["r", "q"], sl.rq(np.array(QR_LIT))))))
    out.append(lcase("rq", [[1.0, np.nan], [2.0, 3.0]], {}, error=(
        scipy_error(lambda: sl.rq([[1.0, np.nan], [2.0, 3.0]])), 2, True)))
    out.append(lcase("rq", np.eye(2), {"mode": "raw"},
                     error=(scipy_error(lambda: sl.rq(np.eye(2), mode="raw")), 4, False)))

    # lstsq: SciPy test_basic.py TestLstsq literals, random, rank deficient.
    def lst(a, b, **kw):
        x, resid, rank, s = sl.lstsq(np.asarray(a, float), np.asarray(b, float), **kw)
        args = {k: v for k, v in kw.items()}
        return lcase("lstsq", a, args, {"x": x, "residues": np.atleast_1d(resid),
                                        "rank": int(rank), "s": s}, b=b)
    out.append(lst([[1, 20], [-30, 4]], [[1, 0], [0, 1]]))
    out.append(lst([[1, 20], [-30, 4]], [1, 0]))
    out.append(lst([[1, 2], [4, 5], [3, 4]], [1, 2, 3]))
    out.append(lst([[1, 2, 3], [4, 5, 6]], [1, 2]))
    a53, b52 = lreal(5, 3), lreal(5, 2)
    for drv in [None, "gelsd", "gelss", "gelsy"]:
        kw = {} if drv is None else {"lapack_driver": drv}
        out.append(lst(a53, b52, **kw))
        out.append(lst(a53, b52[:, 0], **kw))
        out.append(lst(a53.T, lreal(3, 2), **kw))
    low = lreal(6, 2) @ lreal(2, 4)
    out.append(lst(low, lreal(6, 2)))
    out.append(lst(low, lreal(6), cond=1e-3))
    d = np.diag([1.0, 1e-3, 1e-9])
    for cond in [None, 1e-6, 1e-2]:
        out.append(lst(d, np.ones(3), **({} if cond is None else {"cond": cond})))
    out.append(lst(np.zeros((3, 0)), lreal(3, 2)))
    out.append(lcase("lstsq", np.ones((3, 2)), {}, b=np.ones(4), error=(
        scipy_error(lambda: sl.lstsq(np.ones((3, 2)), np.ones(4))), 3, True)))
    out.append(lcase("lstsq", np.eye(2), {}, b=[np.nan, 1.0], error=(
        scipy_error(lambda: sl.lstsq(np.eye(2), [np.nan, 1.0])), 2, True)))
    out.append(lcase("lstsq", np.eye(2), {"lapack_driver": "gelsx"}, b=np.ones(2), error=(
        scipy_error(lambda: sl.lstsq(np.eye(2), np.ones(2), lapack_driver="gelsx")), 4, False)))

    # pinv (SciPy test_basic.py TestPinv literals) and tolerances.
    def pin(a, **kw):
        b, rank = sl.pinv(np.asarray(a, float), return_rank=True, **kw)
        return [lcase("pinv", a, dict(kw), b),
                lcase("pinv", a, dict(kw, return_rank=True), {"b": b, "rank": int(rank)})]
    for a in [[[1, 2, 3], [4, 5, 6], [7, 8, 10]], [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
              [[1, 2, 3], [4, 5, 6]], [[1, 2], [3, 4], [5, 6]], lreal(7, 5)]:
        out.extend(pin(a))
    dg = np.diag([10.0, 1.0, 1e-3, 1e-14])
    for atol, rtol in [(0.5, None), (None, 1e-2), (1e-4, 1e-2), (0.0, 0.0)]:
        kw = {k: v for k, v in [("atol", atol), ("rtol", rtol)] if v is not None}
        out.extend(pin(dg, **kw))
    out.extend(pin(np.zeros((3, 2))))
    out.append(lcase("pinv", np.eye(2), {"atol": -1.0}, error=(
        scipy_error(lambda: sl.pinv(np.eye(2), atol=-1.0)), 2, True)))
    out.append(lcase("pinv", [[np.nan, 1.0]], {}, error=(
        scipy_error(lambda: sl.pinv([[np.nan, 1.0]])), 2, True)))

    # matrix_rank (numpy.linalg's), null_space, orth.
    rank_inputs = [np.eye(4), np.ones((3, 5)), lreal(6, 4), lreal(6, 2) @ lreal(2, 6),
                   np.zeros((3, 3)), np.diag([1.0, 1e-10, 1e-17]),
                   np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]]), lreal(3, 7)]
    for a in rank_inputs:
        out.append(lcase("matrix_rank", a, {}, int(np.linalg.matrix_rank(a))))
        out.append(lcase("matrix_rank", a, {"tol": 1e-5}, int(np.linalg.matrix_rank(a, tol=1e-5))))
        for fun, f in [("null_space", sl.null_space), ("orth", sl.orth)]:
            out.append(lcase(fun, a, {}, f(a)))
            out.append(lcase(fun, a, {"rcond": 1e-5}, f(a, rcond=1e-5)))
    for fun, f in [("null_space", sl.null_space), ("orth", sl.orth)]:
        out.append(lcase(fun, [[np.nan, 1.0]], {}, error=(
            scipy_error(lambda: f([[np.nan, 1.0]])), 2, True)))

    # norm of matrices (every ord) and of vectors (numeric ords).
    ords = [None, "fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf]
    for a in [lreal(5, 4) * 3, lreal(3, 6), hilbert(6), -np.eye(3), np.array([[1e200, 1e200], [1e-200, 3.0]])]:
        for o in ords:
            v = sl.norm(a, ord=o)
            if np.isinf(v):  # NumPy's unscaled sum of squares overflows: record the true value
                s = np.abs(a).max()
                v = s * sl.norm(a / s, ord=o)
            out.append(lcase("linalg_norm", a, {} if o is None else {"ord": o}, float(v)))
    for o in [None, "fro", 1, 2, np.inf]:
        e = np.zeros((0, 3))
        out.append(lcase("linalg_norm", e, {} if o is None else {"ord": o}, float(sl.norm(e, ord=o))))
    x = LRNG.uniform(-2, 2, 9)
    for o in [None, 2, 1, np.inf, -np.inf, 0, 3, 0.5, -1, -2.5]:
        for v in [x, np.array([0.0, 3.0, -4.0])]:
            out.append(lcase("linalg_norm", v, {} if o is None else {"ord": o},
                             float(sl.norm(v, ord=o))))
    out.append(lcase("linalg_norm", [1e300, 1e300], {}, float(np.sqrt(2.0) * 1e300)))
    for o in [None, 1, np.inf, 0]:
        out.append(lcase("linalg_norm", np.zeros(0), {} if o is None else {"ord": o},
                         float(sl.norm(np.zeros(0), ord=o))))
    arr = lreal(2, 3, 4)
    out.append(lcase("linalg_norm", arr, {}, float(sl.norm(arr))))
    out.append(lcase("linalg_norm", [[np.nan, 1.0]], {}, error=(
        scipy_error(lambda: sl.norm([[np.nan, 1.0]])), 2, True)))
    out.append(lcase("linalg_norm", [[np.nan, 1.0]], {"check_finite": False},
                     float(sl.norm([[np.nan, 1.0]], check_finite=False))))
    out.append(lcase("linalg_norm", np.eye(2), {"ord": 3}, error=(
        scipy_error(lambda: sl.norm(np.eye(2), ord=3)), 4, False)))
    out.append(lcase("linalg_norm", np.zeros((0, 3)), {"ord": -np.inf}, error=(
        scipy_error(lambda: sl.norm(np.zeros((0, 3)), ord=-np.inf)), 2, True)))
    out.append(lcase("linalg_norm", np.zeros(0), {"ord": -np.inf}, error=(
        scipy_error(lambda: sl.norm(np.zeros(0), ord=-np.inf)), 2, True)))
    out.append(lcase("linalg_norm", [np.inf, 1.0], {}, error=(
        scipy_error(lambda: sl.norm([np.inf, 1.0])), 2, True)))
    out.append(lcase("linalg_norm", [1.0, 2.0], {"ord": "fro"}, error=(
        scipy_error(lambda: sl.norm([1.0, 2.0], ord="fro")), 4, True)))
    out.append(lcase("linalg_norm", arr, {"ord": 2}, error=(
        scipy_error(lambda: sl.norm(arr, ord=2)), 2, True)))
    return out


def r_case(c):
    return "list(" + ", ".join(f"{k} = {r_value(v)}" for k, v in c.items()) + ")"


def r_list(cases):
    return "list(\n  " + ",\n  ".join(r_case(c) for c in cases) + "\n)"


def main():
    sections = {
        "fft_1d": fft_1d_cases(),
        "axis": axis_cases(),
        "nd": nd_cases(),
        "trig": trig_cases(),
        "helpers": helper_cases(),
        "root_scalar": root_cases(),
        "minimize_scalar": minimize_cases(),
        "linalg_orth": linalg_orth_cases(),
    }
    with open(OUT, "w") as fh:
        fh.write("# Generated by gen_reference.py; do not edit.\n")
        fh.write(f"# SciPy {scipy.__version__}, NumPy {np.__version__}\n")
        fh.write(f'ref <- list(scipy_version = "{scipy.__version__}")\n')
        for name, cases in sections.items():
            fh.write(f"ref${name} <- {r_list(cases)}\n")
    print(OUT, {k: len(v) for k, v in sections.items()})


if __name__ == "__main__":
    main()
