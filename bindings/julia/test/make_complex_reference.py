#!/usr/bin/env python3
"""Generates bindings/julia/test/complex_reference.jl: inputs and SciPy's results
for the tests of Sciport.Linalg's complex methods and of schur, the matrix
equation solvers and sqrtm (complex_tests.jl reads the committed file).

Run from the repository root:
    /work/venv/bin/python bindings/julia/test/make_complex_reference.py

Conventions of the generated file:
- Matrices are written in column-major order and reshaped in Julia, so the Julia
  matrix has the same logical indices as the NumPy one (A[i+1, j+1] == a[i, j]).
- COMPLEX_CASES: one NamedTuple per call, `call` the exact SciPy call (names are
  keys of COMPLEX_INPUTS), `expected` its result (a tuple becomes a Julia tuple).
  Only results that are unique are recorded (no Schur forms, no singular or
  eigen vectors: the tests check those by their invariants). lu_factor's piv is
  written 1-based (piv + 1), lu's p_indices as p + 1.
- eigvals results are sorted (by real, then imaginary part) on both sides;
  schur is checked by its sdim and the sorted eigenvalues of t.
- sqrtm's result keeps SciPy's dtype: Float64 (real root) or ComplexF64.
"""
import os

import numpy as np
import scipy
import scipy.linalg as sl

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261204)


def crand(m, n):
    return rng.uniform(-1, 1, (m, n)) + 1j * rng.uniform(-1, 1, (m, n))


def hpd(n):
    g = crand(n, n)
    return g @ g.conj().T + n * np.eye(n)


H5 = hpd(5)
INPUTS = {
    "A5": crand(5, 5) + 2 * np.eye(5),        # general complex, well conditioned
    "H5": H5,                                 # Hermitian positive definite
    "Hh5": (lambda g: (g + g.conj().T) / 2)(crand(5, 5)),   # Hermitian indefinite
    "Cs4": (lambda g: g + g.T)(crand(4, 4)) + 3 * np.eye(4),  # complex symmetric
    "A53": crand(5, 3),
    "A35": crand(3, 5),
    "B52": crand(5, 2),
    "b5": crand(5, 1)[:, 0],
    "R4": rng.standard_normal((4, 4)),       # real, for the real-only functions
    "Rn3": np.array([[-4.0, 1.0, 0.0], [0.0, 9.0, 2.0], [0.0, 0.0, 1.0]]),  # a negative eigenvalue
    "Rp3": np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.2], [0.5, 0.2, 2.0]]),   # SPD: real sqrtm
    "Rs3": rng.standard_normal((3, 3)),
    "Rq43": rng.standard_normal((4, 3)),
    "Stab4": rng.standard_normal((4, 4)) - 4 * np.eye(4),  # stable (continuous)
    "Dst4": rng.standard_normal((4, 4)) * 0.3,            # stable (discrete)
    "Q4": (lambda g: g @ g.T + np.eye(4))(rng.standard_normal((4, 4))),
    "B42": rng.standard_normal((4, 2)),
    "R22": np.array([[2.0, 0.3], [0.3, 1.0]]),
    "E4": np.eye(4) + 0.1 * rng.standard_normal((4, 4)),
    "S42": 0.1 * rng.standard_normal((4, 2)),
    "Cp3": crand(3, 3) + 3 * np.eye(3),
}
CASES = []   # (call, expected)


def add(call, value):
    CASES.append((call, value))


def case(call):
    env = dict(INPUTS, sl=sl, np=np)
    add(call, eval(call, env))


A5, H5 = INPUTS["A5"], INPUTS["H5"]
# group A: complex twins
for call in ["sl.solve(A5, B52)", "sl.solve(A5, b5)", "sl.solve(H5, B52, assume_a='pos')",
             "sl.solve(H5, b5, assume_a='her', lower=True)", "sl.solve(Cs4, B52[:4], assume_a='sym')",
             "sl.solve(R4, b5[:4])", "sl.inv(A5)", "sl.det(A5)", "sl.det(H5)",
             "sl.cholesky(H5)", "sl.cholesky(H5, lower=True)", "sl.svdvals(A53)", "sl.svdvals(A35)",
             "sl.eigvalsh(H5)", "sl.eigvalsh(Hh5)", "sl.eigvalsh(Hh5, subset_by_index=[1, 3])",
             "sl.expm(A5)", "sl.expm(Cp3)"]:
    case(call)
lu, piv = sl.lu_factor(A5)
add("sl.lu_factor(A5)", (lu, piv + 1))
p, l, u = sl.lu(INPUTS["A53"])
add("sl.lu(A53)", (p, l, u))
pp, l, u = sl.lu(INPUTS["A35"], p_indices=True)
add("sl.lu(A35, p_indices=True)", (pp + 1, l, u))
for t in (0, 1, 2):
    add(f"sl.lu_solve(sl.lu_factor(A5), B52, trans={t})", sl.lu_solve(sl.lu_factor(A5), INPUTS["B52"], trans=t))
add("sl.cho_solve(sl.cho_factor(H5), B52)", sl.cho_solve(sl.cho_factor(H5), INPUTS["B52"]))
add("sl.qr(A53)", sl.qr(INPUTS["A53"]))
add("sl.qr(A53, mode='economic')", sl.qr(INPUTS["A53"], mode="economic"))
add("sorted eigvals(A5)", np.sort_complex(sl.eigvals(A5)))
add("sorted eigvals(A5, H5)", np.sort_complex(sl.eigvals(A5, H5)))

# group B: Schur, matrix equations, sqrtm
for nm in ("R4", "Cp3", "A5"):
    for srt in ("lhp", "rhp", "iuc", "ouc"):
        t, z, sdim = sl.schur(INPUTS[nm], sort=srt)
        add(f"sl.schur({nm}, sort='{srt}')[2]", int(sdim))
    add(f"sorted eigvals(schur({nm})[0])", np.sort_complex(sl.eigvals(sl.schur(INPUTS[nm])[0])))
for call in ["sl.solve_sylvester(Stab4, Rs3, Rq43)", "sl.solve_continuous_lyapunov(Stab4, Q4)",
             "sl.solve_discrete_lyapunov(Dst4, Q4)",
             "sl.solve_discrete_lyapunov(Dst4, Q4, method='direct')",
             "sl.solve_discrete_lyapunov(Dst4, Q4, method='bilinear')",
             "sl.solve_continuous_are(Stab4, B42, Q4, R22)",
             "sl.solve_continuous_are(Stab4, B42, Q4, R22, e=E4, s=S42, balanced=False)",
             "sl.solve_discrete_are(Dst4, B42, Q4, R22)",
             "sl.solve_discrete_are(Dst4, B42, Q4, R22, e=E4, s=S42, balanced=False)",
             "sl.sqrtm(Rp3)", "sl.sqrtm(Rn3)", "sl.sqrtm(Cp3)", "sl.sqrtm(R4)"]:
    case(call)


def jl_num(x):
    x = complex(x)
    def f(v):
        if np.isnan(v):
            return "NaN"
        if np.isinf(v):
            return "Inf" if v > 0 else "-Inf"
        return repr(float(v))
    return f"complex({f(x.real)}, {f(x.imag)})"


def jl_real(v):
    v = float(v)
    if np.isnan(v):
        return "NaN"
    if np.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    return repr(v)


def jl(x):
    if isinstance(x, tuple):
        return "(" + ", ".join(jl(v) for v in x) + ("," if len(x) == 1 else "") + ")"
    if isinstance(x, (bool, np.bool_)):
        return "true" if x else "false"
    a = np.asarray(x)
    if a.dtype.kind in "iu":
        if a.ndim == 0:
            return str(int(a))
        return "Int[" + ", ".join(str(int(v)) for v in a.ravel(order="F")) + "]"
    cplx = a.dtype.kind == "c"
    fmt = jl_num if cplx else jl_real
    T = "ComplexF64" if cplx else "Float64"
    if a.ndim == 0:
        return fmt(a[()])
    body = T + "[" + ", ".join(fmt(v) for v in a.ravel(order="F")) + "]"
    if a.ndim == 1:
        return body
    return f"reshape({body}, {tuple(a.shape)})"


with open(os.path.join(HERE, "complex_reference.jl"), "w") as out:
    out.write("# Generated by make_complex_reference.py; do not edit.\n")
    out.write(f'const COMPLEX_SCIPY_VERSION = "{scipy.__version__}"\n\n')
    out.write("const COMPLEX_INPUTS = Dict{String,Any}(\n")
    for k, v in INPUTS.items():
        out.write(f'    "{k}" => {jl(v)},\n')
    out.write(")\n\nconst COMPLEX_CASES = Dict{String,Any}(\n")
    for call, v in CASES:
        out.write(f'    "{call}" => {jl(v)},\n')
    out.write(")\n")
