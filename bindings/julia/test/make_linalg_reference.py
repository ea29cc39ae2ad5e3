#!/usr/bin/env python3
"""Generates bindings/julia/test/linalg_reference.jl: inputs and SciPy's results
for the tests of Sciport.Linalg (linalg_tests.jl reads the committed file).

Run from the repository root:
    /work/venv/bin/python bindings/julia/test/make_linalg_reference.py

Conventions of the generated file:
- Matrices are written in column-major order and reshaped in Julia, so the Julia
  matrix has the same logical indices as the NumPy one (A[i+1, j+1] == a[i, j]).
- Every case records `call`, the exact SciPy call that produced `expected`
  (names are the keys of LINALG_INPUTS).
- Indices are translated to Sciport.jl's 1-based convention: lu_factor's piv is
  written as piv + 1, subset_by_index=[lo, hi] as subset_by_index = (lo + 1, hi + 1).
"""
import os
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261203)


def spd(n):
    m = rng.standard_normal((n, n))
    return m @ m.T + n * np.eye(n)


def sym(n):
    m = rng.standard_normal((n, n))
    return (m + m.T) / 2


A4 = rng.standard_normal((4, 4))
T4 = np.triu(rng.standard_normal((4, 4))) + 4 * np.eye(4)
INPUTS = {
    "A4": A4,                                   # general, well conditioned
    "S4": spd(4),                               # symmetric positive definite
    "Y5": sym(5),                               # symmetric indefinite
    "T4": T4,                                   # upper triangular
    "T4j": T4 + np.tril(rng.standard_normal((4, 4)), -1),  # upper triangle = T4, junk below
    "L4j": (T4 + np.tril(rng.standard_normal((4, 4)), -1)).T,  # lower triangle = T4', junk above
    "D4": np.diag(rng.uniform(1, 3, 4)),         # diagonal
    "Tri5": (np.diag(rng.uniform(4, 5, 5)) + np.diag(rng.standard_normal(4), 1)
             + np.diag(rng.standard_normal(4), -1)),  # tridiagonal
    "R35": rng.standard_normal((3, 5)),
    "R53": rng.standard_normal((5, 3)),
    "B42": rng.standard_normal((4, 2)),
    "b4": rng.standard_normal(4),
    "B52": rng.standard_normal((5, 2)),
    "E00": np.zeros((0, 0)),
    "one": np.array([[-2.5]]),
}
S4 = INPUTS["S4"]

CASES = []  # (func, args, jl_kwargs, call, expected)


def case(func, args, call, expected, **jlkw):
    CASES.append((func, args, jlkw, call, expected))


def run(call):
    env = dict(INPUTS)
    env.update(scipy=scipy, np=np)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return eval(call, env)


def add(func, args, pykw="", jlkw=None, post=None):
    """Registers scipy.linalg.func(*args, pykw) with Julia kwargs jlkw."""
    call = f"scipy.linalg.{func}({', '.join(args)}{', ' + pykw if pykw else ''})"
    res = run(call)
    if post is not None:
        res = post(res)
    case(func, args, call, res, **(jlkw or {}))


# solve
add("solve", ["A4", "B42"])
add("solve", ["A4", "b4"])
add("solve", ["A4", "B42"], "transposed=True", dict(transposed=True))
add("solve", ["S4", "B42"], "assume_a='pos'", dict(assume_a="pos"))
add("solve", ["S4", "b4"], "assume_a='pos', lower=True", dict(assume_a="pos", lower=True))
add("solve", ["S4", "B42"], "assume_a='sym'", dict(assume_a="sym"))
add("solve", ["S4", "B42"], "assume_a='symmetric', lower=True", dict(assume_a="symmetric", lower=True))
add("solve", ["T4", "B42"], "assume_a='upper triangular'", dict(assume_a="upper triangular"))
add("solve", ["D4", "B42"], "assume_a='diagonal'", dict(assume_a="diagonal"))
add("solve", ["Tri5", "B52"], "assume_a='tridiagonal'", dict(assume_a="tridiagonal"))
add("solve", ["Tri5", "B52"], "assume_a='banded'", dict(assume_a="banded"))
add("solve", ["A4", "B42"], "assume_a='gen'", dict(assume_a="gen"))

# solve_triangular
add("solve_triangular", ["T4j", "B42"])
add("solve_triangular", ["T4j", "b4"])
add("solve_triangular", ["T4j", "B42"], "trans=1", dict(trans=1))
add("solve_triangular", ["T4j", "B42"], "trans='T'", dict(trans="T"))
add("solve_triangular", ["T4j", "B42"], "trans=2", dict(trans=2))
add("solve_triangular", ["L4j", "B42"], "lower=True", dict(lower=True))
add("solve_triangular", ["L4j", "B42"], "lower=True, trans='T'", dict(lower=True, trans="T"))
add("solve_triangular", ["T4j", "B42"], "unit_diagonal=True", dict(unit_diagonal=True))

# lu_factor (piv written 1-based)
for a in ("A4", "R35", "R53"):
    add("lu_factor", [a], post=lambda r: {"lu": r[0], "piv": r[1] + 1})

# lu_solve from SciPy's factorization (inputs LU_A4, PIV_A4 are 1-based)
lu, piv = sl.lu_factor(A4)
INPUTS["LU_A4"], INPUTS["PIV_A4"] = lu, piv + 1
for b in ("B42", "b4"):
    for trans in (0, 1, 2):
        call = f"scipy.linalg.lu_solve(scipy.linalg.lu_factor(A4), {b}, trans={trans})"
        case("lu_solve", ["LU_A4", "PIV_A4", b], call, run(call), trans=trans)

# cho_factor / cho_solve / cholesky
for lower in (False, True):
    L = "True" if lower else "False"
    add("cho_factor", ["S4"], f"lower={L}", dict(lower=lower),
        post=lambda r: {"c": r[0], "lower": r[1]})
    c, _ = sl.cho_factor(S4, lower=lower)
    INPUTS[f"C_S4_{L}"] = c
    for b in ("B42", "b4"):
        call = f"scipy.linalg.cho_solve(scipy.linalg.cho_factor(S4, lower={L}), {b})"
        case("cho_solve", [f"C_S4_{L}", b], call, run(call), lower=lower)
    add("cholesky", ["S4"], f"lower={L}", dict(lower=lower))
add("cholesky", ["S4"])

# inv / det
add("inv", ["A4"])
add("inv", ["S4"])
add("inv", ["one"])
add("inv", ["S4"], "assume_a='pos'", dict(assume_a="pos"))
for a in ("A4", "S4", "Y5", "one", "E00"):
    add("det", [a])

# svd / svdvals (u, vh compared up to a common sign per singular pair)
for a in ("R35", "R53", "A4"):
    add("svd", [a], post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})
    add("svd", [a], "full_matrices=False", dict(full_matrices=False),
        post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})
    add("svd", [a], "compute_uv=False", dict(compute_uv=False))
    add("svdvals", [a])
add("svd", ["R53"], "lapack_driver='gesvd'", dict(lapack_driver="gesvd"),
    post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})
add("svd", ["A4"], "full_matrices=False, lapack_driver='gesvd'",
    dict(full_matrices=False, lapack_driver="gesvd"),
    post=lambda r: {"u": r[0], "s": r[1], "vh": r[2]})

# eigh / eigvalsh (v compared up to sign per column; eigenvalues are distinct)
wv = lambda r: {"w": r[0], "v": r[1]}
add("eigh", ["Y5"], post=wv)
add("eigh", ["Y5"], "lower=False", dict(lower=False), post=wv)
add("eigh", ["S4"], post=wv)
add("eigh", ["Y5"], "eigvals_only=True", dict(eigvals_only=True))
add("eigh", ["Y5"], "subset_by_index=[1, 3]", dict(subset_by_index=(2, 4)), post=wv)
add("eigh", ["Y5"], "subset_by_index=[0, 0]", dict(subset_by_index=(1, 1)), post=wv)
w = sl.eigvalsh(INPUTS["Y5"])
lo, hi = float((w[0] + w[1]) / 2), float((w[3] + w[4]) / 2)  # strictly between eigenvalues
INPUTS["lo"], INPUTS["hi"] = lo, hi
add("eigh", ["Y5"], f"subset_by_value=[{lo!r}, {hi!r}]", dict(subset_by_value=(lo, hi)), post=wv)
add("eigh", ["Y5"], f"subset_by_value=[-np.inf, {hi!r}]", dict(subset_by_value=(-np.inf, hi)), post=wv)
for drv in ("ev", "evd", "evr", "evx"):
    add("eigh", ["Y5"], f"driver='{drv}'", dict(driver=drv), post=wv)
add("eigh", ["Y5"], "driver='evx', subset_by_index=[2, 4]", dict(driver="evx", subset_by_index=(3, 5)),
    post=wv)
add("eigvalsh", ["Y5"])
add("eigvalsh", ["Y5"], "lower=False", dict(lower=False))
add("eigvalsh", ["S4"], "subset_by_index=[1, 2]", dict(subset_by_index=(2, 3)))
add("eigvalsh", ["Y5"], f"subset_by_value=[{lo!r}, np.inf]", dict(subset_by_value=(lo, np.inf)))

# ill-conditioned (SciPy warns LinAlgWarning) and singular (SciPy raises LinAlgError)
INPUTS["H12"] = sl.hilbert(12)
with warnings.catch_warnings(record=True) as rec:
    warnings.simplefilter("always")
    sl.solve(INPUTS["H12"], np.ones(12))
assert any(issubclass(r.category, sl.LinAlgWarning) for r in rec), "hilbert(12) should warn"
INPUTS["Z3"] = np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [1.0, 0.0, 1.0]])
SINGULAR_MESSAGES = {}  # SciPy's words, for information (sciport says "Matrix is singular.")
for f in ("solve(Z3, np.ones(3))", "inv(Z3)"):
    try:
        eval("sl." + f, dict(sl=sl, np=np, **INPUTS))
        raise AssertionError(f + " did not raise")
    except sl.LinAlgError as e:
        SINGULAR_MESSAGES[f] = str(e)
INPUTS["NPD"] = np.array([[1.0, 2.0], [2.0, 1.0]])
try:
    sl.cholesky(INPUTS["NPD"])
    raise AssertionError("cholesky(NPD) did not raise")
except sl.LinAlgError as e:
    NPD_MESSAGE = str(e)


def jl_float(v):
    v = float(v)
    if np.isnan(v):
        return "NaN"
    if np.isinf(v):
        return "Inf" if v > 0 else "-Inf"
    return repr(v)


def jl_value(v):
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    if isinstance(v, str):
        return '"' + v + '"'
    if isinstance(v, (int, np.integer)):
        return str(int(v))
    if isinstance(v, float):
        return jl_float(v)
    if isinstance(v, tuple):
        return "(" + ", ".join(jl_value(e) for e in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, dict):
        return "(" + ", ".join(f"{k} = {jl_value(e)}" for k, e in v.items()) + ",)"
    a = np.asarray(v)
    if a.ndim == 0:
        return jl_float(a)
    flat = a.flatten(order="F")
    if a.dtype.kind in "iu":
        return f"Int[{', '.join(str(int(e)) for e in flat)}]"  # only vectors (piv)
    body = ", ".join(jl_float(e) for e in flat)
    if a.ndim == 1:
        return f"Float64[{body}]"
    return f"reshape(Float64[{body}], ({a.shape[0]}, {a.shape[1]}))"


def write(fh):
    fh.write("# Generated by make_linalg_reference.py; do not edit.\n")
    fh.write(f'const LINALG_SCIPY_VERSION = "{scipy.__version__}"\n\n')
    fh.write("const LINALG_INPUTS = Dict{String,Any}(\n")
    for k, v in INPUTS.items():
        fh.write(f'    "{k}" => {jl_value(v)},\n')
    fh.write(")\n\n")
    fh.write(f"const NPD_MESSAGE = {jl_value(NPD_MESSAGE)}\n")
    fh.write("# SciPy's LinAlgError messages for the singular Z3 (sciport: \"Matrix is singular.\")\n")
    for k, v in SINGULAR_MESSAGES.items():
        fh.write(f"#   scipy.linalg.{k}: {v}\n")
    fh.write("\n")
    fh.write("const LINALG_CASES = [\n")
    for func, args, kw, call, expected in CASES:
        kws = "(" + ", ".join(f"{k} = {jl_value(v)}" for k, v in kw.items()) + ",)" if kw else "NamedTuple()"
        argss = "(" + ", ".join(f'"{a}"' for a in args) + ",)"
        fh.write(f'    (func = "{func}", args = {argss}, kwargs = {kws},\n')
        fh.write(f"     call = {jl_value(call)},\n")
        fh.write(f"     expected = {jl_value(expected)}),\n")
    fh.write("]\n")


with open(os.path.join(HERE, "linalg_reference.jl"), "w") as fh:
    write(fh)
print(f"{len(CASES)} cases, SciPy {scipy.__version__}")
