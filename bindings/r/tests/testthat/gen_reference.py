#!/usr/bin/env python3
"""Generates reference.R: SciPy's results on fixed inputs, for the R tests.

Run from anywhere with a Python that has SciPy (the project uses
/work/venv/bin/python):  python gen_reference.py
The output is R source defining `ref` (a list); tests source() it, so running
the tests needs no Python. Arrays are stored in Fortran (column-major) order
with their dims, so an R array holds the same logical array as NumPy's.
"""
import itertools
import json
import math
import os

import numpy as np
import scipy
import scipy.fft as sf
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
