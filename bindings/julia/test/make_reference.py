#!/usr/bin/env python3
"""Generates bindings/julia/test/reference.jl: inputs and SciPy's results for
the Julia binding's tests (runtests.jl reads the committed file; no Python is
needed to run the tests).

Run from the repository root:  /work/venv/bin/python bindings/julia/test/make_reference.py

Conventions of the generated file:
- N-D arrays are written in column-major order and reshaped in Julia, so the
  Julia array has the same logical indices as the NumPy array (A[i+1, j+1] ==
  a[i, j]); only the memory layout differs.
- Axes are translated to Sciport.jl's convention: a SciPy axis k >= 0 becomes
  k + 1 (Julia's 1-based dimension numbers); negative axes are unchanged.
- Views: "views" maps a name to (base input, NumPy slicing); runtests.jl builds
  the same logical sub-array with a Julia `view` (see VIEW_BUILDERS there).
"""
import itertools
import os

import numpy as np
import scipy
from scipy import fft as sfft
from scipy import optimize

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20260511)


def real(*shape):
    return rng.standard_normal(shape)


def cplx(*shape):
    return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)


INPUTS = {
    "x1c": cplx(1),
    "x7c": cplx(7),
    "x8c": cplx(8),
    "x9r": real(9),
    "x16r": real(16),
    "A3r": real(3, 4, 5),
    "A3c": cplx(3, 4, 5),
    "M46r": real(4, 6),
    "b12c": cplx(12),
    "b10r": real(10),
    "M56r": real(5, 6),
    "M56c": cplx(5, 6),
}

# name -> (base, numpy slicing); the Julia side must build the same logical array.
VIEWS = {
    "c_rev2": ("b12c", lambda a: a[11::-2]),      # view(b, 12:-2:1)
    "c_step3": ("b12c", lambda a: a[1:10:3]),     # view(b, 2:3:10)
    "r_rev": ("b10r", lambda a: a[::-1]),         # view(b, 10:-1:1)
    "r_step2": ("b10r", lambda a: a[1::2]),       # view(b, 2:2:10)
    "M_sub": ("M56r", lambda a: a[1:4, ::2]),     # view(M, 2:4, 1:2:6)
    "M_rev": ("M56r", lambda a: a[::-1, 5::-2]),  # view(M, 5:-1:1, 6:-2:1)
    "M_T": ("M56r", lambda a: a.T),               # PermutedDimsArray(M, (2, 1))
    "Mc_sub": ("M56c", lambda a: a[4:0:-2, 1:5]),  # view(M, 5:-2:2, 2:5)
    "Mc_T": ("M56c", lambda a: a.T),              # PermutedDimsArray(M, (2, 1))
}


def logical(name):
    if name in INPUTS:
        return INPUTS[name]
    base, sl = VIEWS[name]
    return sl(INPUTS[base])


def jl_axis(a):
    return a + 1 if a >= 0 else a


def jl_float(v):
    v = float(v)
    if np.isnan(v):
        return "NaN"
    if np.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    return repr(v)


def jl_array(a):
    a = np.asarray(a)
    dims = "(" + ", ".join(str(d) for d in a.shape) + ("," if a.ndim == 1 else "") + ")"
    flat = a.flatten(order="F")
    if np.iscomplexobj(a):
        re = ", ".join(jl_float(v) for v in flat.real)
        im = ", ".join(jl_float(v) for v in flat.imag)
        return f"reshape(complex.(Float64[{re}], Float64[{im}]), {dims})"
    if a.dtype.kind in "iu":
        return f"reshape(Int[{', '.join(str(int(v)) for v in flat)}], {dims})"
    return f"reshape(Float64[{', '.join(jl_float(v) for v in flat)}], {dims})"


def jl_value(v):
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, tuple):
        return "(" + ", ".join(jl_value(e) for e in v) + ("," if len(v) == 1 else "") + ")"
    return jl_float(v)


def jl_kwargs(kw):
    if not kw:
        return "NamedTuple()"
    parts = []
    for k, v in kw.items():
        if k == "axis":
            v = jl_axis(v)
        elif k == "axes":
            v = tuple(jl_axis(a) for a in v)
        parts.append(f"{k} = {jl_value(v)}")
    return "(" + ", ".join(parts) + ",)"


CASES = []


def case(func, inp, **kw):
    expected = getattr(sfft, func)(logical(inp), **kw)
    CASES.append((func, inp, kw, expected))


NORMS = ["backward", "ortho", "forward"]

# 1-D complex transforms, every norm, padding and truncation.
for func in ["fft", "ifft"]:
    for inp in ["x1c", "x7c", "x8c"]:
        for norm in NORMS:
            case(func, inp, norm=norm)
    case(func, "x7c", n=5)
    case(func, "x7c", n=12, norm="ortho")
    case(func, "x9r")  # real input promotes
for norm in NORMS:
    case("rfft", "x9r", norm=norm)
    case("rfft", "x16r", norm=norm)
    case("irfft", "x7c", norm=norm)
    case("hfft", "x7c", norm=norm)
    case("ihfft", "x9r", norm=norm)
case("rfft", "x9r", n=12)
case("rfft", "x9r", n=5)
case("irfft", "x7c", n=9)
case("irfft", "x7c", n=15)
case("hfft", "x7c", n=13)
case("ihfft", "x16r", n=11)

# DCT/DST, all types and norms, orthogonalize, n.
for func in ["dct", "idct", "dst", "idst"]:
    for t in [1, 2, 3, 4]:
        for norm in NORMS:
            case(func, "x9r", type=t, norm=norm)
        case(func, "x9r", type=t, norm="ortho", orthogonalize=False)
        case(func, "x9r", type=t, orthogonalize=True)
    case(func, "x9r", n=12)
    case(func, "x16r", n=7, type=3)

# N-D: every axis of a 3-D array, every axes subset, some orders, s.
for axis in [0, 1, 2, -1, -2, -3]:
    case("fft", "A3c", axis=axis)
    case("rfft", "A3r", axis=axis)
    case("irfft", "A3c", axis=axis)
    case("dct", "A3r", axis=axis, type=2)
case("fft", "A3c", axis=1, n=6, norm="forward")
case("ihfft", "A3r", axis=0)
case("hfft", "A3c", axis=1)
case("dst", "A3r", axis=0, type=4, norm="ortho")
subsets = [c for r in (1, 2, 3) for c in itertools.combinations(range(3), r)]
orders = [(2, 0), (1, 0, 2), (2, 1, 0), (-1, 0)]
for axes in subsets + orders:
    case("fftn", "A3c", axes=axes)
    case("rfftn", "A3r", axes=axes)
    case("irfftn", "A3c", axes=axes)
for norm in NORMS:
    case("fftn", "A3c", norm=norm)
    case("ifftn", "A3c", norm=norm)
    case("rfftn", "A3r", norm=norm)
    case("irfftn", "A3c", norm=norm)
case("fftn", "A3r")  # real input promotes
case("fftn", "A3c", s=(4, 6), axes=(0, 2))
case("fftn", "A3c", s=(2, 3))
case("ifftn", "A3c", s=(5, -1, 3))
case("rfftn", "A3r", s=(4, 4, 6))
case("irfftn", "A3c", s=(3, 4, 7))
case("irfftn", "A3c", s=(5, 2), axes=(2, 0))
for func in ["fft2", "ifft2"]:
    case(func, "A3c")
    case(func, "A3c", axes=(0, 2))
    case(func, "A3c", s=(3, 8), norm="ortho")
    case(func, "M46r")
case("rfft2", "A3r")
case("rfft2", "M46r", s=(5, 5))
case("irfft2", "A3c")
case("irfft2", "A3c", axes=(2, 1), s=(4, 4))
for func in ["dctn", "idctn", "dstn", "idstn"]:
    for t in [1, 2, 3, 4]:
        case(func, "A3r", type=t)
    case(func, "A3r", axes=(0, 2), norm="ortho")
    case(func, "A3r", s=(4, 6), axes=(1, 2), type=3, norm="forward")
    case(func, "M46r", orthogonalize=False, norm="ortho")
for func in ["fftshift", "ifftshift"]:
    case(func, "A3r")
    case(func, "A3c", axes=(1,))
    case(func, "M46r", axes=(0,))
    case(func, "x7c")
    case(func, "x16r")

# Views (negative and non-unit strides, permuted dimensions).
case("fft", "c_rev2")
case("ifft", "c_step3", norm="ortho")
case("fft", "r_rev")
case("rfft", "r_step2")
case("dct", "r_rev", type=3)
case("fftn", "M_sub")
case("rfftn", "M_rev")
case("dctn", "M_T", type=2)
case("fft", "M_T", axis=0)
case("fft2", "Mc_sub")
case("ifftn", "Mc_T", axes=(1,))
case("irfft", "Mc_sub", axis=0)
case("fftshift", "M_rev")

FREQS = []
for n, d in [(1, 1.0), (8, 1.0), (9, 0.1), (16, 2.5)]:
    FREQS.append(("fftfreq", n, d, sfft.fftfreq(n, d)))
    FREQS.append(("rfftfreq", n, d, sfft.rfftfreq(n, d)))

FAST = []
for target in [1, 2, 7, 11, 13, 17, 97, 1000, 1021, 4097, 100003, 1000003]:
    for r in (False, True):
        FAST.append((target, r, sfft.next_fast_len(target, real=r)))


# Scalar solvers: the same functions are written in runtests.jl (ROOT_FUNCS).
def f_cos(x):
    return np.cos(x) - x


def f_cos_d1(x):
    return -np.sin(x) - 1.0


def f_cos_d2(x):
    return -np.cos(x)


def f_cubic(x):
    return x**3 - 2.0 * x - 5.0


def f_cubic_d1(x):
    return 3.0 * x**2 - 2.0


def f_cubic_d2(x):
    return 6.0 * x


ROOT_FUNCS = {"cos": (f_cos, f_cos_d1, f_cos_d2), "cubic": (f_cubic, f_cubic_d1, f_cubic_d2)}
ROOTS = []


def root_case(fname, **kw):
    f, d1, d2 = ROOT_FUNCS[fname]
    call = dict(kw)
    if call.pop("use_fprime", False):
        call["fprime"] = d1
    if call.pop("use_fprime2", False):
        call["fprime2"] = d2
    r = optimize.root_scalar(f, **call)
    ROOTS.append((fname, kw, r))


for fname, br in [("cos", (0.0, 1.0)), ("cubic", (2.0, 3.0))]:
    for m in ["brentq", "brenth", "bisect", "ridder", "toms748"]:
        root_case(fname, method=m, bracket=br)
    root_case(fname, bracket=br)  # method chosen by SciPy's rule
    root_case(fname, method="brentq", bracket=br, xtol=1e-14, rtol=1e-15)
    root_case(fname, method="brentq", bracket=br, maxiter=2)
root_case("cos", method="newton", x0=1.0, use_fprime=True)
root_case("cos", x0=1.0, use_fprime=True)
root_case("cos", method="halley", x0=1.0, use_fprime=True, use_fprime2=True)
root_case("cos", method="secant", x0=1.0, x1=0.5)
root_case("cubic", method="newton", x0=2.0, use_fprime=True)
root_case("cubic", method="secant", x0=2.0, x1=3.0)


def g_quartic(x):
    return (x - 2.0) ** 2 * (x + 1.0)


def g_shift(x):
    return (x - 1.5) ** 2 + 0.25 * np.sin(3.0 * x)


MIN_FUNCS = {"cubic": g_quartic, "shift": g_shift}
MINS = []


def min_case(fname, **kw):
    r = optimize.minimize_scalar(MIN_FUNCS[fname], **kw)
    MINS.append((fname, kw, r))


min_case("cubic")
min_case("cubic", bracket=(0.0, 1.0))
min_case("cubic", bracket=(0.0, 1.0, 3.0), method="golden")
min_case("cubic", bounds=(0.0, 3.0))
min_case("cubic", bounds=(0.0, 3.0), options={"xatol": 1e-10})
min_case("shift", method="brent", tol=1e-12)
min_case("shift", method="golden")
min_case("shift", method="bounded", bounds=(-1.0, 4.0))
min_case("shift", method="bounded", bounds=(-1.0, 4.0), options={"maxiter": 5})


def write(out):
    w = out.write
    w("# Generated by make_reference.py; do not edit.\n")
    w(f'const SCIPY_VERSION = "{scipy.__version__}"\n')
    w(f'const NUMPY_VERSION = "{np.__version__}"\n\n')
    w("const INPUTS = Dict{String,Any}(\n")
    for k, v in INPUTS.items():
        w(f'    "{k}" => {jl_array(v)},\n')
    w(")\n\n")
    w("const VIEW_BASES = Dict{String,String}(\n")
    for k, (base, _) in VIEWS.items():
        w(f'    "{k}" => "{base}",\n')
    w(")\n\n")
    w("const FFT_CASES = [\n")
    for func, inp, kw, exp in CASES:
        w(f'    (func = "{func}", input = "{inp}", kwargs = {jl_kwargs(kw)}, expected = {jl_array(exp)}),\n')
    w("]\n\n")
    w("const FREQ_CASES = [\n")
    for func, n, d, exp in FREQS:
        w(f'    (func = "{func}", n = {n}, d = {jl_float(d)}, expected = {jl_array(exp)}),\n')
    w("]\n\n")
    w("const FAST_LEN_CASES = [\n")
    for t, r, exp in FAST:
        w(f"    (target = {t}, real = {jl_value(r)}, expected = {exp}),\n")
    w("]\n\n")
    w("const ROOT_CASES = [\n")
    for fname, kw, r in ROOTS:
        w(f'    (func = "{fname}", kwargs = {jl_root_kwargs(kw)}, root = {jl_float(r.root)}, '
          f"iterations = {r.iterations}, function_calls = {r.function_calls}, "
          f'converged = {jl_value(bool(r.converged))}, flag = "{r.flag}"),\n')
    w("]\n\n")
    w("const MIN_CASES = [\n")
    for fname, kw, r in MINS:
        w(f'    (func = "{fname}", kwargs = {jl_min_kwargs(kw)}, x = {jl_float(r.x)}, '
          f"fun = {jl_float(r.fun)}, nit = {int(r.nit)}, nfev = {int(r.nfev)}, "
          f"success = {jl_value(bool(r.success))}),\n")
    w("]\n")


def jl_root_kwargs(kw):
    parts = []
    for k, v in kw.items():
        if k in ("use_fprime", "use_fprime2"):
            continue
        parts.append(f"{k} = {jl_value(tuple(v) if isinstance(v, (list, tuple)) else v)}")
    if kw.get("use_fprime"):
        parts.append("fprime = true")
    if kw.get("use_fprime2"):
        parts.append("fprime2 = true")
    return "(" + ", ".join(parts) + ",)"


def jl_min_kwargs(kw):
    parts = []
    for k, v in kw.items():
        if k == "options":
            for ok, ov in v.items():
                parts.append(f"{ok} = {jl_value(ov)}")
        else:
            parts.append(f"{k} = {jl_value(tuple(v) if isinstance(v, (list, tuple)) else v)}")
    return "(" + ", ".join(parts) + ",)" if parts else "NamedTuple()"


if __name__ == "__main__":
    with open(os.path.join(HERE, "reference.jl"), "w") as fh:
        write(fh)
    print(f"{len(CASES)} fft cases, {len(ROOTS)} root cases, {len(MINS)} minimize cases")
