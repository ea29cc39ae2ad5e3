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

Section linalg_structured (slice 3: solve_banded, solveh_banded,
solve_toeplitz, solve_circulant, toeplitz, circulant, hilbert, kron (numpy's:
SciPy 1.17 has none), block_diag) likewise has its own generator (SRNG). A
case holds the R function, its positional inputs (an R list), its named
arguments, and the expected value or the error (SciPy's message, the sciport
status, and a string sciport's message must contain).

Section linalg_decomp (scipy.linalg.lu) has its own generator (DRNG) too. A
case holds "a", its "args" (check_finite), and either "expected" (every form
SciPy returns: p, p_indices (0-based), l, u, pl) with "ill" (full rank,
cond(a) > 1e6: L and U carry forward errors ~cond * eps, so the tests compare
them loosely and check a = P L U) or "error" as linalg_orth's. Inputs follow
tests/reference/gen_linalg_decomp.py: SciPy's own test_decomp_lu cases (the
old smoke tests, random shapes, 1 x 1, the empty edge cases), the docstring
example, exact zero pivots, and NaN/Inf with and without check_finite.

Section linalg_eig (scipy.linalg.eig / eigvals) is not computed here: it is
tests/reference/linalg/eig.json (written by tests/reference/gen_linalg_eig.py
with SciPy, the data the core tests use) in R form, so the R tests compare
with the very values the core is held to, eigenvalue order included. A case
holds "name", "a", "b" (NULL for the standard problem), "args"
(check_finite), and either "expected" (SciPy's eig(a, b, left=True,
right=True): w, vl, vr, and homogeneous_eigvals' alpha, beta; all complex)
with "regular", "tol_w", "tol_v", "vectors" as in the JSON (tol_* NULL where
the JSON has none), or "error" (SciPy's exception type and message, the
sciport status, a string sciport's message must contain).

Section linalg_forms (scipy.linalg.hessenberg / polar) is likewise
tests/reference/linalg/forms.json (tests/reference/gen_linalg_forms.py's,
SciPy's results) converted, not recomputed. A case holds "fun"
("hessenberg" or "polar"), "name", "a", "args" (hessenberg: check_finite;
polar: side), and either "expected" (hessenberg: SciPy's hessenberg(a,
calc_q=True) h and q, with "tol_q" as in the JSON; polar: u and p, with
"unique", FALSE for a rank-deficient a whose u SciPy does not determine) or
"error" as linalg_eig's.

Section linalg_matfuncs (scipy.linalg.expm) is likewise
tests/reference/linalg/matfuncs.json (tests/reference/gen_linalg_matfuncs.py's:
SciPy's results and mpmath's exact exponentials) converted, not recomputed.
A case holds "fun" ("expm"), "name", "a", "expected" (x: SciPy's expm(a);
exact: exp(a) by mpmath at 60 digits, NULL for 1 x 1, empty and non-finite
a), "tol" (the error an accurate expm may have relative to max|exp(a)|) and
"scipy_err" (SciPy's own error against exact, NULL where exact is NULL), as
in the JSON.

Section linalg_ldl (scipy.linalg.ldl) is likewise
tests/reference/linalg/ldl.json (tests/reference/gen_linalg_ldl.py's)
converted, not recomputed. A case holds "fun" ("ldl"), "name", "a", "args"
(lower, check_finite, as the JSON's opts), and "expected" (lu, d, and perm
0-based as SciPy's) with "tol" (1e-12; 1e-9 for n > 64 and the Hilbert
cases, whose rounding differs from LAPACK's blocked sytrf / is
ill-conditioned), or "error" as linalg_forms' (sciport's non-square message
is "a: expected a square matrix, got 3x2", SciPy's 'The input array "a"
should be square.'; both contain "square").

Section linalg_eigh_generalized (scipy.linalg.eigh / eigvalsh with b) is
likewise tests/reference/linalg/eigh_generalized.json
(tests/reference/gen_linalg_eigh_generalized.py's, SciPy's results)
converted, not recomputed. A case holds "fun" ("eigh"), "name", "a", "b",
"args" (the JSON's opts as eigh's R arguments: type, lower, eigvals_only,
check_finite, subset_by_index, subset_by_value, driver; NULL where SciPy's
is None), and either "expected" (w; v, NULL for eigvals_only) with "tol_w"
and "tol_v" as in the JSON (NULL where it has none: no eigenvalues), or
"error" (SciPy's exception type and message, the sciport status, a string
sciport's message must contain: SciPy's message; for b not positive
definite "leading minor of order k of B" with SciPy's k; for an unknown
driver sciport's 'driver: unknown name "xyz"', SciPy's being '"xyz" is
unknown. Possible values are ...').

Regenerating the whole file moves the last digits of some linalg_orth /
linalg_structured values (the LAPACK build differs from the one those
sections were generated with), so `python gen_reference.py --only SECTION`
rewrites that one section in place (appending it when absent) and leaves the
others byte for byte.
"""
import itertools
import json
import math
import os
import sys

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


class RList(list):
    """A Python list written as an R list() (plain lists become c())."""


def r_value(v):
    """A Python/NumPy value as R source."""
    if isinstance(v, RList):
        return "list(" + ", ".join(r_value(e) for e in v) + ")"
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


# ---- scipy.linalg, slice 3: structured solvers and special matrices -------

SRNG = np.random.default_rng(20270501)


def sarr(v):
    return np.asarray(v, dtype=float)


def scase(fun, inputs, args, fn=None, error=None):
    """A slice-3 case: the R call fun(inputs..., args...) against fn()'s
    value, or error = (SciPy's message or None when SciPy does not raise,
    sciport status, a string sciport's message contains)."""
    c = {"fun": fun, "inputs": RList(inputs), "args": args}
    if error is None:
        with np.errstate(all="ignore"):
            c["expected"] = np.asarray(fn(), dtype=float)
    else:
        c["error"] = {"scipy_message": error[0], "status": error[1], "contains": error[2]}
    return c


def band_of(a, l, u, garbage=False):
    """LAPACK diagonal-ordered storage of a; unused corners garbage if asked."""
    n = a.shape[0]
    ab = SRNG.uniform(100, 200, (l + u + 1, n)) if garbage else np.zeros((l + u + 1, n))
    for j in range(n):
        for i in range(max(0, j - u), min(n, j + l + 1)):
            ab[u + i - j, j] = a[i, j]
    return ab


def banded_random(n, l, u, boost=0.0):
    a = SRNG.uniform(-1, 1, (n, n)) + boost * np.eye(n)
    return np.triu(np.tril(a, l), -u)


def spd_band(n, kd):
    g = banded_random(n, kd, kd)
    return (g + g.T) / 2 + (2 * kd + 2) * np.eye(n)


def lower_of(a, kd):
    n = a.shape[0]
    ab = np.zeros((kd + 1, n))
    for j in range(n):
        for i in range(j, min(n, j + kd + 1)):
            ab[i - j, j] = a[i, j]
    return ab


def linalg_structured_cases():
    out = []

    def banded(l, u, ab, b, **kw):
        ab, b = sarr(ab), sarr(b)
        out.append(scase("solve_banded", [[l, u], ab, b], kw,
                         lambda: sl.solve_banded((l, u), ab, b, **kw)))

    # SciPy's TestSolveBanded.test_real (l=2, u=1), test_tridiag_real, the docstring.
    ab = [[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0], [2, -1, 0, 0]]
    for b in [[10.0, 0.0, 2.0, 14.0], [[2, 1], [-30, 4], [2, 3], [1, 3]], np.eye(4)[[0, 3, 1, 1]].T]:
        banded(2, 1, ab, b)
    banded(1, 1, [[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0]], [10.0, 0.0, 2.0, 14.0])
    banded(1, 2, [[0, 0, -1, -1, -1], [0, 2, 2, 2, 2], [5, 4, 3, 2, 1], [1, 1, 1, 1, 0]],
           [0, 1, 2, 2, 3])
    # Random bands (no diagonal boost: pivoting swaps rows), garbage corners.
    for n, l, u, k in [(30, 2, 1, 3), (25, 1, 1, 2), (20, 0, 3, 2), (20, 3, 0, 0), (12, 0, 0, 0),
                       (40, 5, 2, 4), (8, 7, 7, 2)]:
        b = SRNG.uniform(-1, 1, n) if k == 0 else SRNG.uniform(-1, 1, (n, k))
        banded(l, u, band_of(banded_random(n, l, u, 0.5), l, u, garbage=True), b)
    n = 10
    a = np.diag(np.full(n, 0.1)) + np.diag(np.full(n - 1, 2.0), -1) + np.diag(np.full(n - 1, 1.0), 1)
    banded(1, 1, band_of(a, 1, 1), np.arange(1.0, n + 1))
    banded(1, 2, [[9.0], [8.0], [4.0], [7.0]], [[2.0, -6.0]])  # 1 x 1: b / ab[u, 0]
    banded(1, 1, np.zeros((3, 0)), np.zeros((0, 2)))
    a = banded_random(6, 1, 1, boost=3.0)
    a[:, 2] = 0
    ab_sing = band_of(a, 1, 1)
    ab5 = band_of(banded_random(5, 1, 1, 3.0), 1, 1)
    nan5 = ab5.copy()
    nan5[1, 2] = np.nan
    for (lu, ab, b, kw, status, contains) in [
            ((1, 1), ab_sing, np.ones(6), {}, 6, None),
            ((2, 1), ab5, np.ones(5), {}, 3, None),
            ((1, 1), ab5, np.ones(4), {}, 3, "shapes of ab and b are not compatible"),
            ((1, 1), nan5, np.ones(5), {}, 2, None),
            ((1, 1), ab5, np.array([1, 2, np.inf, 4, 5.0]), {}, 2, None),
            ((-1, 3), ab5, np.ones(5), {}, 2, "l_and_u must be two non-negative whole numbers"),
            ((1, -2), ab5, np.ones(5), {}, 2, "l_and_u must be two non-negative whole numbers")]:
        msg = scipy_error(lambda: sl.solve_banded(lu, ab, b, **kw))
        out.append(scase("solve_banded", [list(lu), ab, b], kw,
                         error=(msg, status, contains or msg)))

    def hbanded(ab, b, **kw):
        ab, b = sarr(ab), sarr(b)
        out.append(scase("solveh_banded", [ab, b], kw, lambda: sl.solveh_banded(ab, b, **kw)))

    # SciPy's TestSolveHBanded cases and the docstring example (lower).
    hbanded([[0.0, 1.0, 1.0, 1.0], [4.0, 4.0, 4.0, 4.0]], [1.0, 4.0, 1.0, 2.0])
    hbanded([[-99, -99, 1.0, 1.0], [0.0, 2.0, 2.0, 2.0], [4.0, 4.0, 4.0, 4.0]],
            [[1.0, 6.0], [4.0, 2.0], [1.0, 6.0], [2.0, 1.0]])
    hbanded([[4, 5, 6, 7, 8, 9], [2, 2, 2, 2, 2, 0], [-1, -1, -1, -1, 0, 0]], [1, 2, 2, 3, 3, 3],
            lower=True)
    for n, kd, k in [(30, 3, 2), (25, 1, 0), (40, 5, 1), (9, 8, 2), (10, 0, 2)]:
        a = spd_band(n, kd)
        b = SRNG.uniform(-1, 1, n) if k == 0 else SRNG.uniform(-1, 1, (n, k))
        hbanded(band_of(a, 0, kd), b)
        hbanded(lower_of(a, kd), b, lower=True)
    a = spd_band(7, 2)
    a[2, 2] = -5.0
    not_pd = band_of(a, 0, 2)
    a = spd_band(7, 1)
    a[3, 3] = -1.0
    not_pd_lower = lower_of(a, 1)
    h5 = band_of(spd_band(5, 1), 0, 1)
    hnan = h5.copy()
    hnan[1, 1] = np.nan
    for (ab, b, kw, status) in [(not_pd, np.ones(7), {}, 6), (not_pd_lower, np.ones(7), {"lower": True}, 6),
                                (h5, np.ones(4), {}, 3), (hnan, np.ones(5), {}, 2)]:
        msg = scipy_error(lambda: sl.solveh_banded(ab, b, **kw))
        out.append(scase("solveh_banded", [ab, b], kw,
                         error=(msg, status, msg.rstrip("."))))

    def toep(c, r, b, **kw):
        c, b = sarr(c), sarr(b)
        if r is None:
            out.append(scase("solve_toeplitz", [c, b], kw, lambda: sl.solve_toeplitz(c, b, **kw)))
        else:
            r = sarr(r)
            out.append(scase("solve_toeplitz", [RList([c, r]), b], kw,
                             lambda: sl.solve_toeplitz((c, r), b, **kw)))

    rs = np.random.RandomState(1234)  # SciPy's test_solve_toeplitz.py draws
    for n in (1, 2, 3, 10):
        c, r, y = rs.randn(n), rs.randn(n), rs.randn(n)
        toep(c, r, y)
        toep(c, None, y)
    toep(rs.randn(4), rs.randn(4), rs.randn(4, 3))
    toep([1, 2, 4, 7], [1, 3, 9, 12], [5, 1, 4, 2])
    n = 60
    c = SRNG.uniform(-1, 1, n) / np.arange(1, n + 1)
    r = SRNG.uniform(-1, 1, n) / np.arange(1, n + 1)
    c[0] = r[0] = 3.0
    toep(c, r, SRNG.uniform(-1, 1, (n, 4)))
    toep(0.7 ** np.arange(40), None, SRNG.uniform(-1, 1, (40, 2)))
    toep(np.zeros(0), None, np.zeros(0))
    c0 = rs.randn(4)
    c0[0] = 0
    for (cr, b, status, contains) in [
            ((c0, rs.randn(4)), np.ones(4), 6, None),
            (sarr([2, 2, 1]), np.ones(3), 6, None),  # SciPy's Wikipedia counterexample
            ((sarr([1, 2, 3]), sarr([1, 2])), np.ones(3), 3, "Incompatible dimensions"),
            (sarr([4, 1, 0.5]), np.ones(2), 3, "Incompatible dimensions"),
            (sarr([4, np.nan, 0.5]), np.ones(3), 2, None)]:
        msg = scipy_error(lambda: sl.solve_toeplitz(cr, b))
        first = RList(list(cr)) if isinstance(cr, tuple) else cr
        out.append(scase("solve_toeplitz", [first, b], {}, error=(msg, status, contains or msg)))

    def circ(c, b, **kw):
        c, b = sarr(c), sarr(b)
        # Column by column: SciPy 1.17's singular="lstsq" mask does not
        # broadcast over a 2-D b (IndexError), while a 1-D b works.
        if b.ndim == 1:
            fn = lambda: sl.solve_circulant(c, b, **kw)  # noqa: E731
        else:
            fn = lambda: np.column_stack([sl.solve_circulant(c, bk, **kw) for bk in b.T])  # noqa: E731
        out.append(scase("solve_circulant", [c, b], kw, fn))

    circ([2, 2, 4], [1, 2, 3])
    circ([1, 1, 0, 0], [1, 2, 3, 4], singular="lstsq")
    circ([1, 1, 0, 0], [[1, 0], [2, 1], [3, 0], [4, 1]], singular="lstsq")
    for n in (1, 2, 7, 16, 33):
        circ(SRNG.uniform(-1, 1, n) + np.eye(n)[0] * 2, SRNG.uniform(-1, 1, (n, 3)))
    circ(SRNG.uniform(-1, 1, 9) + np.eye(9)[0] * 3, SRNG.uniform(-1, 1, 9))
    ct = [0.75, 0.25, 0.0, 0.0]  # eigenvalues 1, 0.75 -+ 0.25i, 0.5: singular with tol = 0.6
    circ(ct, [1.0, 0.0, -1.0, 2.0], singular="lstsq", tol=0.6)
    circ(ct, [1.0, 0.0, -1.0, 2.0], tol=0.4)
    for (c, b, kw, status, contains) in [
            (sarr([1, 1, 0, 0]), sarr([1, 2, 3, 4]), {}, 6, None),
            (sarr(ct), sarr([1.0, 0.0, -1.0, 2.0]), {"tol": 0.6}, 6, None),
            (sarr([1, 2, 3]), sarr([1, 2]), {}, 3, "are incompatible")]:
        msg = scipy_error(lambda: sl.solve_circulant(c, b, **kw))
        out.append(scase("solve_circulant", [c, b], kw, error=(msg, status, contains or msg)))

    c3, r5 = SRNG.uniform(-1, 1, 3), SRNG.uniform(-1, 1, 5)
    for c, r in [(c3, r5), (r5, c3[:2]), (sarr([1, 2, 3]), None), (sarr([4]), sarr([9, 1, 2])),
                 (np.zeros(0), None), (sarr([1, 2]), np.zeros(0))]:
        if r is None:
            out.append(scase("linalg_toeplitz", [c], {}, lambda: sl.toeplitz(c)))
        else:
            out.append(scase("linalg_toeplitz", [c, r], {}, lambda: sl.toeplitz(c, r)))
    for c in [sarr([1, 2, 3, 4]), sarr([5]), SRNG.uniform(-1, 1, 6), np.zeros(0)]:
        out.append(scase("circulant", [c], {}, lambda: sl.circulant(c)))
    for n in (0, 1, 5, 12):
        out.append(scase("hilbert", [n], {}, lambda: sl.hilbert(n)))
    ka, kb = SRNG.uniform(-1, 1, (2, 3)), SRNG.uniform(-1, 1, (3, 2))
    for a, b in [(ka, kb), (sarr([[1, 2], [3, 4]]), sarr([[1, 1, 1]])), (sarr([1, 2]), sarr([3, 4, 5])),
                 (sarr([1, 2]), kb), (ka, sarr([1, -1])), (np.zeros((2, 0)), kb), (sarr([[2.5]]), ka)]:
        out.append(scase("kron", [a, b], {}, lambda: np.kron(a, b)))
    for blocks in [[sarr([[1, 0], [0, 1]]), sarr([[3, 4, 5], [6, 7, 8]]), sarr([[7]])],
                   [np.zeros((1, 0)), sarr([[1, 2]]), np.zeros((2, 0)), SRNG.uniform(-1, 1, (2, 3))],
                   [], [sarr([1, 2]), 3.0, sarr([[4], [5]])], [np.zeros(0), sarr([[1.0]])],
                   [SRNG.uniform(-1, 1, (3, 2))]]:
        out.append(scase("block_diag", blocks, {}, lambda: sl.block_diag(*blocks)))
    return out


# ---- scipy.linalg, further decompositions: lu ------------------------------

DRNG = np.random.default_rng(20270701)


def lu_case(name, a, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = {"fun": "lu", "name": name, "a": a, "args": {"check_finite": check_finite}}
    try:
        p, l, u = sl.lu(a, check_finite=check_finite)
    except ValueError as e:
        c["error"] = {"scipy_message": str(e), "status": 2, "contains": str(e)}
        return c
    pi, l2, u2 = sl.lu(a, p_indices=True, check_finite=check_finite)
    pl, u3 = sl.lu(a, permute_l=True, check_finite=check_finite)
    assert np.array_equal(l, l2, equal_nan=True) and np.array_equal(u, u2, equal_nan=True)
    assert np.array_equal(u, u3, equal_nan=True)
    c["ill"] = bool(a.size and np.isfinite(a).all() and np.linalg.matrix_rank(a) == min(a.shape)
                    and np.linalg.cond(a) > 1e6)
    c["expected"] = {"p": np.asarray(p, dtype=float), "p_indices": np.asarray(pi, dtype=float),
                     "l": l, "u": u, "pl": pl}
    return c


def linalg_decomp_cases():
    out = []
    # SciPy's test_old_lu_smoke_tests (real ones) and the docstring example.
    out.append(lu_case("smoke a", [[1, 2, 3], [1, 2, 3], [2, 5, 6]]))
    out.append(lu_case("smoke b singular", [[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
    out.append(lu_case("smoke hrect", [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 12, 12]]))
    out.append(lu_case("smoke vrect", [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 12, 12]]))
    out.append(lu_case("docstring", [[2, 5, 8, 7], [5, 2, 2, 8], [7, 5, 6, 6], [5, 4, 4, 8]]))
    # test_simple_lu_shapes_real_complex's 2-D shapes, its uniform(-10, 10).
    for shape in [(2, 2), (2, 4), (4, 2), (20, 20), (20, 4), (4, 20)]:
        out.append(lu_case(f"random {shape[0]}x{shape[1]}", DRNG.uniform(-10.0, 10.0, size=shape)))
    out.append(lu_case("random 30x30", DRNG.standard_normal((30, 30))))
    out.append(lu_case("random 12x25", DRNG.standard_normal((12, 25))))
    out.append(lu_case("random 25x12", DRNG.standard_normal((25, 12))))
    out.append(lu_case("1x1", [[0.37]]))
    out.append(lu_case("1x1 zero", [[0.0]]))
    out.append(lu_case("row 1x5", [[3, -1, 4, 1, -5]]))
    out.append(lu_case("column 5x1", [[3], [-1], [4], [1], [-5]]))
    # Exact zero pivots: a zero column, rank-deficient rectangles, ties.
    out.append(lu_case("zero column", [[1, 0, 2], [3, 0, 4], [5, 0, 7]]))
    out.append(lu_case("zeros 3x3", np.zeros((3, 3))))
    out.append(lu_case("rank 1 4x3", np.outer([1, 2, 3, 4], [1, -1, 2])))
    out.append(lu_case("ties", [[1, 1], [1, -1], [-1, 2]]))
    out.append(lu_case("hilbert 8", sl.hilbert(8)))
    # test_empty_edge_cases (2-D ones): SciPy's empty permutation (0 x 0).
    for shape in [(0, 0), (0, 3), (3, 0), (1, 0)]:
        out.append(lu_case(f"empty {shape[0]}x{shape[1]}", np.zeros(shape)))
    # check_finite
    out.append(lu_case("nan", [[1.0, 2.0], [np.nan, 4.0]]))
    out.append(lu_case("inf", [[1.0, np.inf], [3.0, 4.0]]))
    out.append(lu_case("nan unchecked", [[4.0, 2.0], [1.0, np.nan]], check_finite=False))
    return out


# ---- scipy.linalg, further decompositions: eig, eigvals ---------------------

EIG_JSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                        "tests", "reference", "linalg", "eig.json")
STATUS = {"INVALID_ARGUMENT": 2, "DIMENSION_MISMATCH": 3}


def dec(v):
    """A JSON number, or one of the strings "inf", "-inf", "nan"."""
    return float(v)


def json_mat(d, key):
    shape = d[key + "_shape"]
    m = np.array([[dec(v) for v in row] for row in d[key]], dtype=float)
    return m.reshape(shape)


def json_cvec(d, key):
    return np.array([dec(v) for v in d[key + "_re"]], dtype=float) + \
        1j * np.array([dec(v) for v in d[key + "_im"]], dtype=float)


def json_cmat(d, key):
    return json_mat(d, key + "_re") + 1j * json_mat(d, key + "_im")


def linalg_eig_cases():
    with open(EIG_JSON) as fh:
        data = json.load(fh)
    assert data["scipy"] == scipy.__version__, (data["scipy"], scipy.__version__)
    out = []
    for j in data["cases"]:
        c = {"fun": "eig", "name": j["name"], "a": json_mat(j, "a"),
             "b": json_mat(j, "b") if "b" in j else None,
             "args": {"check_finite": j["opts"]["check_finite"]}}
        if "error" in j:
            e = j["error"]
            # sciport says "a: expected a square matrix, got 2x3" for SciPy's
            # "expected square matrix"; its other messages contain SciPy's.
            contains = "square matrix" if e["message"] == "expected square matrix" else e["message"]
            c["error"] = {"type": e["type"], "scipy_message": e["message"],
                          "status": STATUS[e["status"]], "contains": contains}
        else:
            e = j["expect"]
            c["expected"] = {k: json_cmat(e, k) for k in ("vl", "vr")}
            c["expected"].update({k: json_cvec(e, k) for k in ("w", "alpha", "beta")})
            c["regular"] = j["regular"]
            c["tol_w"] = j.get("tol_w")
            c["tol_v"] = j.get("tol_v")
            c["vectors"] = j.get("vectors")
        out.append(c)
    return out


# ---- scipy.linalg, canonical forms: hessenberg, polar ------------------------

FORMS_JSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                          "tests", "reference", "linalg", "forms.json")
FORMS_STATUS = {"INVALID_ARGUMENT": 2, "DIMENSION_MISMATCH": 3, "UNKNOWN_NAME": 4}


def linalg_forms_cases():
    with open(FORMS_JSON) as fh:
        data = json.load(fh)
    assert data["scipy"] == scipy.__version__, (data["scipy"], scipy.__version__)
    out = []
    for j in data["cases"]:
        fun = j["func"]
        c = {"fun": fun, "name": j["name"], "a": json_mat(j, "a"), "args": dict(j["opts"])}
        if "error" in j:
            e = j["error"]
            # sciport's messages contain SciPy's, except for these two:
            # "a: expected a square matrix, got 3x4" and
            # 'side: unknown name "up"; accepted: right, left'.
            if e["message"] == "expected square matrix":
                contains = "square matrix"
            elif e["status"] == "UNKNOWN_NAME":
                contains = f'side: unknown name "{j["opts"]["side"]}"'
            else:
                contains = e["message"]
            c["error"] = {"type": e["type"], "scipy_message": e["message"],
                          "status": FORMS_STATUS[e["status"]], "contains": contains}
        else:
            keys = ("h", "q") if fun == "hessenberg" else ("u", "p")
            c["expected"] = {k: json_mat(j["expect"], k) for k in keys}
            if fun == "hessenberg":
                c["tol_q"] = j["tol_q"]
            else:
                c["unique"] = j["unique"]
        out.append(c)
    return out


# ---- scipy.linalg, matrix functions: expm -----------------------------------

MATFUNCS_JSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                             "tests", "reference", "linalg", "matfuncs.json")


def linalg_matfuncs_cases():
    with open(MATFUNCS_JSON) as fh:
        data = json.load(fh)
    assert data["scipy"] == scipy.__version__, (data["scipy"], scipy.__version__)
    out = []
    for j in data["cases"]:
        assert j["func"] == "expm" and "error" not in j, j["name"]
        e = j["expect"]
        out.append({"fun": j["func"], "name": j["name"], "a": json_mat(j, "a"),
                    "expected": {"x": json_mat(e, "x"),
                                 "exact": json_mat(e, "exact") if "exact" in e else None},
                    "tol": j["tol"], "scipy_err": j.get("scipy_err")})
    return out


# ---- scipy.linalg, decompositions: ldl ---------------------------------------

LDL_JSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                        "tests", "reference", "linalg", "ldl.json")


def linalg_ldl_cases():
    with open(LDL_JSON) as fh:
        data = json.load(fh)
    assert data["scipy"] == scipy.__version__, (data["scipy"], scipy.__version__)
    out = []
    for j in data["cases"]:
        assert j["func"] == "ldl", j["name"]
        c = {"fun": "ldl", "name": j["name"], "a": json_mat(j, "a"),
             "args": {"lower": j["opts"]["lower"], "check_finite": j["opts"]["check_finite"]}}
        if "error" in j:
            e = j["error"]
            contains = "square" if e["status"] == "DIMENSION_MISMATCH" else e["message"]
            c["error"] = {"type": e["type"], "scipy_message": e["message"],
                          "status": FORMS_STATUS[e["status"]], "contains": contains}
        else:
            e = j["expect"]
            n = j["a_shape"][0]
            c["expected"] = {"lu": json_mat(e, "lu"), "d": json_mat(e, "d"),
                             "perm": np.array(e["perm"], dtype=float)}
            c["tol"] = 1e-9 if n > 64 or j["name"].startswith("hilbert 7") else 1e-12
        out.append(c)
    return out


# ---- scipy.linalg, symmetric eigenproblem with b: eigh, eigvalsh ------------

EIGH_GEN_JSON = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..",
                             "tests", "reference", "linalg", "eigh_generalized.json")
EIGH_GEN_STATUS = {"INVALID_ARGUMENT": 2, "DIMENSION_MISMATCH": 3, "UNKNOWN_NAME": 4,
                   "SINGULAR": 6}


def linalg_eigh_generalized_cases():
    """The JSON's cases as R values; only reads and re-encodes (no SciPy call)."""
    with open(EIGH_GEN_JSON) as fh:
        data = json.load(fh)
    assert data["scipy"] == "1.17.1", data["scipy"]
    out = []
    for j in data["cases"]:
        assert j["func"] == "eigh_generalized", j["name"]
        o = j["opts"]
        args = {"type": float(o["type"]), "lower": o["lower"],
                "eigvals_only": o["eigvals_only"], "check_finite": o["check_finite"],
                "subset_by_index": None if o["subset_by_index"] is None
                else np.array(o["subset_by_index"], dtype=float),
                "subset_by_value": None if o["subset_by_value"] is None
                else np.array([dec(v) for v in o["subset_by_value"]], dtype=float),
                "driver": o["driver"]}
        c = {"fun": "eigh", "name": j["name"], "a": json_mat(j, "a"), "b": json_mat(j, "b"),
             "args": args}
        if "error" in j:
            e = j["error"]
            if e.get("b_minor") is not None:
                contains = f"leading minor of order {e['b_minor']} of B"
            elif e["status"] == "UNKNOWN_NAME":
                # sciport's: 'driver: unknown name "xyz"; accepted: ev, ...'
                contains = f'driver: unknown name "{o["driver"]}"'
            else:
                contains = e["message"]
            c["error"] = {"type": e["type"], "scipy_message": e["message"],
                          "status": EIGH_GEN_STATUS[e["status"]], "contains": contains}
        else:
            e = j["expect"]
            c["expected"] = {"w": np.array([dec(v) for v in e["w"]], dtype=float),
                             "v": json_mat(e, "v") if "v" in e else None}
            c["tol_w"] = j.get("tol_w")
            c["tol_v"] = j.get("tol_v")
        out.append(c)
    return out


def r_case(c):
    return "list(" + ", ".join(f"{k} = {r_value(v)}" for k, v in c.items()) + ")"


def r_list(cases):
    return "list(\n  " + ",\n  ".join(r_case(c) for c in cases) + "\n)"


def main():
    sections = {
        "fft_1d": fft_1d_cases,
        "axis": axis_cases,
        "nd": nd_cases,
        "trig": trig_cases,
        "helpers": helper_cases,
        "root_scalar": root_cases,
        "minimize_scalar": minimize_cases,
        "linalg_orth": linalg_orth_cases,
        "linalg_structured": linalg_structured_cases,
        "linalg_decomp": linalg_decomp_cases,
        "linalg_eig": linalg_eig_cases,
        "linalg_forms": linalg_forms_cases,
        "linalg_matfuncs": linalg_matfuncs_cases,
        "linalg_ldl": linalg_ldl_cases,
        "linalg_eigh_generalized": linalg_eigh_generalized_cases,
    }
    if len(sys.argv) == 3 and sys.argv[1] == "--only":
        write_only(sys.argv[2], sections[sys.argv[2]]())
        return
    if len(sys.argv) != 1:
        raise SystemExit("usage: gen_reference.py [--only SECTION]")
    sections = {name: gen() for name, gen in sections.items()}
    with open(OUT, "w") as fh:
        fh.write("# Generated by gen_reference.py; do not edit.\n")
        fh.write(f"# SciPy {scipy.__version__}, NumPy {np.__version__}\n")
        fh.write(f'ref <- list(scipy_version = "{scipy.__version__}")\n')
        for name, cases in sections.items():
            fh.write(f"ref${name} <- {r_list(cases)}\n")
    print(OUT, {k: len(v) for k, v in sections.items()})


def write_only(name, cases):
    """Replaces section `name` of the existing reference.R (appends it when
    absent); every other line stays as it is."""
    with open(OUT) as fh:
        lines = fh.read().split("\n")
    head = f"ref${name} <- list("
    text = f"ref${name} <- {r_list(cases)}"
    if head in lines:
        start = lines.index(head)
        end = lines.index(")", start)  # a section ends with a lone ")"
        lines[start:end + 1] = [text]
    else:
        lines[-1:-1] = [text]  # before the final empty string (trailing newline)
    with open(OUT, "w") as fh:
        fh.write("\n".join(lines))
    print(OUT, name, len(cases))


if __name__ == "__main__":
    main()
