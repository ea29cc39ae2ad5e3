#!/usr/bin/env python3
"""SciPy's values of every `sciport_special_*` function at a few points, written
as test data for each binding (the bindings check their wiring against them;
the library's accuracy is tested in tests/special_reference.rs):

    bindings/go/testdata/special.json
    bindings/cpp/tests/special_ref.hpp
    bindings/julia/test/special_reference.jl
    bindings/r/tests/testthat/special_reference.R
    bindings/fortran/test_special_reference.inc

    /path/to/venv/bin/python bindings/special_reference.py   # needs scipy

Every point is inside the function's domain, so every expected value is finite
(the NaN conventions are tested from C and in tests/special_capi.rs).
"""
import json
import os
import sys

import numpy as np
import scipy
import scipy.special as sc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_special  # noqa: E402  (names of the functions in each binding)

ROOT = gen_special.ROOT

POINTS = {
    "erf": [[-3, -0.5, 0.1, 1.5, 6]],
    "erfc": [[-3, -0.5, 0.1, 1.5, 6]],
    "erfcx": [[-3, -0.5, 0.1, 1.5, 60]],
    "erfinv": [[-0.9, -0.1, 0.3, 0.999]],
    "erfcinv": [[0.001, 0.5, 1.2, 1.99]],
    "ndtr": [[-20, -2, 0.3, 5]],
    "log_ndtr": [[-20, -2, 0.3, 5]],
    "ndtri": [[1e-10, 0.2, 0.5, 0.975]],
    "ndtri_exp": [[-50, -2, -0.1, -1e-5]],
    "expit": [[-40, -1, 0.5, 30]],
    "logit": [[0.001, 0.3, 0.5, 0.99]],
    "log_expit": [[-40, -1, 0.5, 30]],
    "log1p": [[-0.5, 1e-10, 3, 1e5]],
    "expm1": [[-2, 1e-10, 0.5, 20]],
    "xlogy": [[0, 2, -1.5, 3], [5, 0.5, 2, 1e-5]],
    "xlog1py": [[0, 2, -1.5, 3], [5, 1e-8, 2, -0.5]],
    "boxcox": [[0.5, 2, 10, 3], [0, 0.5, -1, 2]],
    "inv_boxcox": [[0.5, 2, -0.3, 3], [0, 0.5, -1, 2]],
    "entr": [[0.1, 0.5, 1, 4]],
    "rel_entr": [[0.5, 2, 1, 0], [1, 0.5, 1, 3]],
    "kl_div": [[0.5, 2, 1, 0], [1, 0.5, 1, 3]],
    "huber": [[1, 1, 0.5, 2], [0.5, 3, -2, 1]],
    "pseudo_huber": [[1, 1, 0.5, 2], [0.5, 3, -2, 1]],
    "gamma": [[-2.5, 0.5, 3.7, 20]],
    "gammaln": [[-2.5, 0.5, 3.7, 200]],
    "loggamma": [[0.1, 0.5, 3.7, 200]],
    "gammasgn": [[-2.5, -1.5, 0.5, 3]],
    "rgamma": [[-2.5, 0.5, 3.7, 10]],
    "digamma": [[-2.5, 0.5, 3.7, 100]],
    "polygamma": [[0, 1, 2, 3], [0.5, 2, 3.5, 10]],
    "gammainc": [[0.5, 2, 10, 100], [0.1, 3, 8, 120]],
    "gammaincc": [[0.5, 2, 10, 100], [0.1, 3, 8, 120]],
    "beta": [[0.5, 2, 10, 300, -1.5], [0.5, 3, 1e-3, 20, 2.5]],
    "betaln": [[0.5, 2, 10, 300, 1e10], [0.5, 3, 1e-3, 20, 2.5]],
    "binom": [[10, 30, 2.5, 1e6, -3.5], [3, 14, 1.5, 2, 4]],
    "perm": [[10, 30, 7.5, 5, 1e6], [3, 14, 2.5, 5, 2]],
    "factorial": [[0, 5, 20, 2.5, 100]],
    "factorial2": [[0, 1, 7, 8, 33]],
    "gammaincinv": [[0.5, 2, 10, 100], [1e-20, 0.3, 0.5, 0.999]],
    "gammainccinv": [[0.5, 2, 10, 100], [1e-20, 0.3, 0.5, 0.999]],
    "betainc": [[0.5, 2, 10, 1e-3, 1e4], [0.5, 3, 1e3, 20, 1e4], [0.3, 0.5, 0.01, 0.999, 0.5]],
    "betaincc": [[0.5, 2, 10, 1e-3, 1e4], [0.5, 3, 1e3, 20, 1e4], [0.3, 0.5, 0.01, 0.999, 0.5]],
    "betaincinv": [[0.5, 2, 10, 0.1, 1e4], [0.5, 3, 1e3, 20, 1e4], [0.3, 1e-20, 0.01, 0.999, 0.5]],
    "betainccinv": [[0.5, 2, 10, 0.1, 1e4], [0.5, 3, 1e3, 20, 1e4], [0.3, 1e-20, 0.01, 0.999, 0.5]],
    "chdtr": [[1, 2.5, 10, 100], [0.5, 3, 1e-3, 120]],
    "chdtrc": [[1, 2.5, 10, 100], [0.5, 3, 1e-3, 120]],
    "chdtri": [[1, 2.5, 10, 100], [0.5, 1e-20, 0.9, 0.3]],
    "pdtr": [[0, 2, 5, 50], [0.5, 3, 1e-3, 70]],
    "pdtrc": [[0, 2, 5, 50], [0.5, 3, 1e-3, 70]],
    "pdtri": [[0, 2, 5, 50], [0.5, 1e-20, 0.9, 0.3]],
    "stdtr": [[1, 2.5, 10, 1e6], [-3, 0.5, -40, 2]],
    "stdtrit": [[1, 2.5, 10, 1e6], [0.01, 0.5, 1e-30, 0.975]],
    "fdtr": [[1, 2.5, 10, 100], [3, 7, 1, 200], [0.5, 2, 1e-3, 1.2]],
    "fdtrc": [[1, 2.5, 10, 100], [3, 7, 1, 200], [0.5, 2, 1e-3, 1.2]],
    "fdtri": [[1, 2.5, 10, 100], [3, 7, 1, 200], [0.5, 1e-20, 0.9, 0.3]],
    "ellipk": [[-5, 0, 0.5, 0.99]],
    "ellipkm1": [[1e-10, 0.01, 0.5, 2]],
    "ellipe": [[-5, 0, 0.5, 0.99]],
    "ellipkinc": [[0.3, 1, 1.5, 4], [0.5, 0.2, 0.9, -2]],
    "ellipeinc": [[0.3, 1, 1.5, 4], [0.5, 0.2, 0.9, -2]],
    "lambertw": [[-0.3, -0.1, 1, 100], [0, -1, 0, 0]],
    "zeta": [[2, 3.5, 10, 1.5], [1, 0.5, 2, 3]],
    "riemann_zeta": [[-3.5, 0.5, 2, 10]],
    "zetac": [[-3.5, 0.5, 2, 30]],
    "kolmogorov": [[0.3, 0.7, 1, 2]],
    "kolmogi": [[0.01, 0.3, 0.5, 0.9]],
    "iv": [[0, 1.5, -2.3, 10], [0.5, 3, 2, 40]],
    "ive": [[0, 1.5, -2.3, 10], [0.5, 3, 2, 40]],
    "kv": [[0, 1.5, -2.3, 10], [0.5, 3, 2, 40]],
    "kve": [[0, 1.5, -2.3, 10], [0.5, 3, 2, 40]],
    "i0": [[-3, 0.5, 2, 40]],
    "i0e": [[-3, 0.5, 2, 40]],
    "i1": [[-3, 0.5, 2, 40]],
    "i1e": [[-3, 0.5, 2, 40]],
    "k0": [[0.1, 0.5, 2, 40]],
    "k0e": [[0.1, 0.5, 2, 40]],
    "k1": [[0.1, 0.5, 2, 40]],
    "k1e": [[0.1, 0.5, 2, 40]],
    "jv": [[0, 1.5, -2.3, 10], [0.5, 3, 2, 40]],
    "yv": [[0, 1.5, -2.3, 10], [0.5, 3, 2, 40]],
    "j0": [[-3, 0.5, 2, 40]],
    "j1": [[-3, 0.5, 2, 40]],
    "y0": [[0.1, 0.5, 2, 40]],
    "y1": [[0.1, 0.5, 2, 40]],
    "smirnov": [[1, 5, 20, 100], [0.3, 0.5, 0.1, 0.2]],
    "smirnovi": [[1, 5, 20, 100], [0.3, 0.5, 0.1, 0.9]],
    "exprel": [[-2, 1e-10, 0.5, 30]],
    "cosm1": [[-2, 1e-5, 0.5, 30]],
    "powm1": [[2, 0.5, 1.5, -2], [3, 1e-10, -2, 3]],
    "exp2": [[-2, 0.5, 3, 30]],
    "exp10": [[-2, 0.5, 3, 30]],
    "cbrt": [[-8, 0.5, 3, 30]],
    "round": [[-2.5, 0.5, 1.5, 30.2]],
    "sindg": [[-30, 45, 100, 1000]],
    "cosdg": [[-30, 45, 100, 1000]],
    "tandg": [[-30, 45, 100, 1000]],
    "cotdg": [[-30, 45, 100, 1000]],
    "radian": [[1, 0, 12, -1], [0, 60, 34, 30], [0, 0, 56.78, 0]],
    "owens_t": [[0.5, -1, 2, 5], [0.3, 2, -0.5, 1]],
    # (SciPy's bdtr/nbdtr lose ~1e-13 at n = 1000; the binding tests check
    # wiring against SciPy, so their points stay where SciPy is exact)
    "bdtr": [[0, 3, 10, 45], [5, 10, 100, 100], [0.5, 0.2, 1e-3, 0.45]],
    "bdtrc": [[0, 3, 10, 45], [5, 10, 100, 100], [0.5, 0.2, 1e-3, 0.45]],
    "bdtri": [[0, 3, 10, 45], [5, 10, 100, 100], [0.5, 1e-20, 0.9, 0.3]],
    "nbdtr": [[0, 3, 10, 45], [5, 10, 100, 100], [0.5, 0.2, 0.9, 0.7]],
    "nbdtrc": [[0, 3, 10, 45], [5, 10, 100, 100], [0.5, 0.2, 0.9, 0.7]],
    "nbdtri": [[0, 3, 10, 45], [5, 10, 100, 100], [0.5, 1e-20, 0.9, 0.3]],
}


# Functions whose SciPy spelling differs from sciport's name.
SCIPY_SPELLING = {
    "riemann_zeta": sc.zeta,  # zeta(x) with q omitted
    "lambertw": lambda x, k: sc.lambertw(x, k.astype(int)).real,  # real branches
    "factorial2": lambda n: sc.factorial2(n.astype(int)),  # SciPy takes integers only
}


def cases():
    funcs = gen_special.parse(open(gen_special.HEADER).read())
    missing = {f.name for f in funcs} ^ set(POINTS)
    if missing:
        sys.exit(f"special_reference.py: POINTS and the header disagree on {sorted(missing)}")
    out = []
    for f in funcs:
        args = [np.array(a, dtype=float) for a in POINTS[f.name]]
        expected = SCIPY_SPELLING.get(f.name, getattr(sc, f.name, None))(*args)
        assert np.all(np.isfinite(expected)), f.name
        out.append((f, [a.tolist() for a in args], expected.tolist()))
    return out


def num(v):
    return repr(float(v))


def fortran_real(v):
    """A double-precision Fortran literal of v (1.5d0, 2.2d-16)."""
    text = repr(float(v))
    return text.replace("e", "d") if "e" in text else text + "d0"


def fortran_list(vals):
    """An array constructor, three values per line (free-form lines stay short)."""
    items = [fortran_real(v) for v in vals]
    rows = [", ".join(items[i:i + 3]) for i in range(0, len(items), 3)]
    return "[" + ", &\n    ".join(rows) + "]"


def write(rel, text):
    with open(os.path.join(ROOT, rel), "w") as fh:
        fh.write(text)
    print("wrote", rel)


def main():
    data = cases()
    stamp = f"SciPy {scipy.__version__}, NumPy {np.__version__}"
    header = f"Generated by bindings/special_reference.py with {stamp}; do not edit by hand."

    write("bindings/go/testdata/special.json", json.dumps({
        "scipy_version": scipy.__version__,
        "functions": [{"name": f.name, "go": f.go, "args": a, "expected": e} for f, a, e in data],
    }, indent=1) + "\n")

    rows = []
    for f, a, e in data:
        call = f"sciport::special::{f.name}(" + ", ".join(f"in[{k}]" for k in range(len(a))) + ")"
        args = ", ".join("{" + ", ".join(num(v) for v in col) + "}" for col in a)
        rows.append(f'    {{"{f.name}", {{{args}}}, {{{", ".join(num(v) for v in e)}}},\n'
                    f'     [](const std::vector<std::vector<double>> &in) {{ return {call}; }}}},\n')
    write("bindings/cpp/tests/special_ref.hpp", f"""// {header}
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "sciport.hpp"

struct special_case {{
    std::string name;
    std::vector<std::vector<double>> args;
    std::vector<double> expected;
    std::function<std::vector<double>(const std::vector<std::vector<double>> &)> call;
}};

inline std::vector<special_case> special_cases() {{
    return {{
{"".join(rows)}    }};
}}
""")

    rows = []
    for f, a, e in data:
        args = ", ".join("[" + ", ".join(num(v) for v in col) + "]" for col in a)
        rows.append(f'    ("{f.name}", ({args},), [{", ".join(num(v) for v in e)}]),\n')
    write("bindings/julia/test/special_reference.jl", f"""# {header}
const SPECIAL_SCIPY_VERSION = "{scipy.__version__}"

# (name, args, expected): scipy.special.<name>(args...) == expected.
const SPECIAL_CASES = [
{"".join(rows)}]
""")

    rows = []
    for f, a, e in data:
        args = ", ".join("c(" + ", ".join(num(v) for v in col) + ")" for col in a)
        rows.append(f'  list(fun = "{f.r}", args = list({args}), expected = c({", ".join(num(v) for v in e)}))')
    joined = ",\n".join(rows)
    write("bindings/r/tests/testthat/special_reference.R", f"""# {header}
special_scipy_version <- "{scipy.__version__}"
# fun (the R name), args, expected: scipy.special's value of the function.
special_cases <- list(
{joined}
)
""")

    lines = [f"! {header}", "! Included inside a subroutine of test_sciport.f90 that declares"
             " out(:), status and the check_special_values helper."]
    for f, a, e in data:
        n = len(e)
        args = ", ".join(fortran_list(col) for col in a)
        lines.append("if (allocated(out)) deallocate(out)")
        lines.append(f"allocate(out({n}))")
        lines.append(f"call sciport_special_{f.name}( &\n    {args}, &\n    out, status)")
        lines.append(f'call check_special_values("{f.name}", out, &\n    {fortran_list(e)}, status)')
    write("bindings/fortran/test_special_reference.inc", "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
