#!/usr/bin/env python3
"""Reference values for sciport's scipy.integrate.quad (src/quadrature/):
value, abserr, infodict['neval'], infodict['last'] and ier of quad with
full_output=1 on integrands that src/quadrature/tests.rs writes the same way
(only +, -, *, / and the libm functions of Python's math module, so both
sides evaluate bit-identical integrands).

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_quadrature.py

It writes tests/reference/quadrature/quad.json. Floats are stored as
Python repr strings ("inf", "nan" included), which Rust parses exactly.
"""

import json
import math
import os
import warnings

import scipy
from scipy import integrate

SQRT_2PI = math.sqrt(2.0 * math.pi)

# name -> integrand; the Rust test has the same table.
INTEGRANDS = {
    "gauss": lambda x: math.exp(-x * x),
    "inv_sqrt": lambda x: 1.0 / math.sqrt(x),
    "log": lambda x: math.log(x),
    "square": lambda x: x * x,
    "sinc": lambda x: math.sin(x) / x,
    "lorentz": lambda x: 1.0 / (1.0 + x * x),
    "exp": lambda x: math.exp(x),
    "exp_neg": lambda x: math.exp(-x),
    "x3_exp": lambda x: x * x * x * math.exp(-x),
    "normal_x4": lambda x: x * x * x * x * (math.exp(-0.5 * x * x) / SQRT_2PI),
    "normal_pdf": lambda x: math.exp(-0.5 * x * x) / SQRT_2PI,
    "gamma_half_pdf": lambda x: math.exp(-x) / math.sqrt(math.pi * x),
    "cos50": lambda x: math.cos(50.0 * x),
    "kink": lambda x: abs(x - 0.3),
    "sin_inv": lambda x: math.sin(1.0 / x),
    "inv_x": lambda x: 1.0 / x,
    "pow_m09": lambda x: x ** -0.9,
    "log_over_sqrt": lambda x: math.log(x) / math.sqrt(x),
    "step": lambda x: 1.0 if x <= 0.0 else 0.0,
    "peak": lambda x: 1.0 / ((x - 0.5) * (x - 0.5) + 1e-6),
    "sqrt": lambda x: math.sqrt(x),
    "sin": lambda x: math.sin(x),
    "exp_cos": lambda x: math.exp(-x) * math.cos(x),
    "cauchy_x": lambda x: x / (1.0 + x * x),
    "zero": lambda x: 0.0,
    "sin_x2": lambda x: math.sin(x * x),
    "log_abs": lambda x: math.log(abs(x - 0.4)),
    "inv_abs": lambda x: 1.0 / abs(x - 1.0 / 3.0),
    "x_sin": lambda x: x * math.sin(x),
    "exp_pow": lambda x: math.exp(-x) * x ** -0.999,
    "pow_m0999": lambda x: x ** -0.999,
    "inv_x2": lambda x: 1.0 / (x * x),
    "pow_m15": lambda x: x ** -1.5,
    "nan": lambda x: math.nan,
    "jump": lambda x: 1.0 / (x - 0.3) if x > 0.3 else 0.0,
    "cos": lambda x: math.cos(x),
    "inv_x_log2": lambda x: 1.0 / (x * math.log(x) * math.log(x)),
}

INF = math.inf
DEFAULT = (1.49e-8, 1.49e-8, 50)

# (integrand, a, b[, (epsabs, epsrel, limit)])
CASES = [
    ("gauss", -INF, INF),
    ("gauss", 0.0, INF),
    ("inv_sqrt", 0.0, 1.0),
    ("log", 0.0, 1.0),
    ("square", 0.0, 2.0),
    ("sinc", 0.0, 10.0),
    ("lorentz", 0.0, INF),
    ("lorentz", -INF, INF),
    ("exp", -INF, 0.0),
    ("exp", -INF, 2.5),
    ("x3_exp", 0.0, INF),
    ("normal_x4", -INF, INF),
    ("normal_pdf", -INF, 1.5),
    ("normal_pdf", -3.0, 3.0),
    ("gamma_half_pdf", 0.0, INF),
    ("cos50", 0.0, 1.0),
    ("kink", 0.0, 1.0),
    ("square", 2.0, 0.0),
    ("exp_neg", INF, 0.0),
    ("exp", 0.0, -INF),
    ("square", 1.0, 1.0),
    ("gauss", INF, INF),
    ("sin_inv", 0.01, 1.0, (1.49e-8, 1.49e-8, 5)),
    ("cos50", 0.0, 10.0, (1.49e-8, 1.49e-8, 3)),
    ("sin_inv", 0.001, 1.0),
    ("inv_x", 0.0, 1.0),
    ("inv_sqrt", 0.0, INF),
    ("sin", 0.0, INF),
    ("pow_m09", 0.0, 1.0),
    ("log_over_sqrt", 0.0, 1.0),
    ("step", -1.0, 1.0),
    ("step", -1.0, 100.0),
    ("step", -1.0, 10000.0),
    ("peak", 0.0, 1.0),
    ("sqrt", 0.0, 1.0),
    ("exp_cos", 0.0, INF),
    ("cauchy_x", -INF, INF),
    ("zero", 0.0, 1.0),
    ("zero", -INF, INF),
    ("sin_x2", 0.0, 30.0),
    ("log_abs", 0.0, 1.0),
    ("inv_abs", 0.0, 1.0),
    ("x_sin", 0.0, INF),
    ("exp_pow", 0.0, INF),
    ("pow_m0999", 0.0, 1.0, (0.0, 1e-13, 50)),
    ("inv_x2", 0.0, 1.0),
    ("pow_m15", 0.0, 1.0),
    ("nan", 0.0, 1.0),
    ("jump", 0.0, 1.0, (1.49e-8, 1.49e-8, 200)),
    ("inv_x", 1.0, INF),
    ("cos", -INF, INF),
    ("inv_x_log2", 0.0, 0.5),
    ("gamma_half_pdf", 0.0, INF, (0.0, 1e-12, 100)),
    ("gauss", -INF, INF, (1e-14, 1e-14, 50)),
    ("sinc", 0.0, 10.0, (0.0, 1e-13, 50)),
    ("log", 0.0, 1.0, (1.49e-8, 1.49e-8, 1)),
    ("lorentz", 0.0, INF, (1.49e-8, 1.49e-8, 1)),
    ("x3_exp", 0.0, INF, (1e-3, 0.0, 50)),
    ("log", 0.0, 1.0, (0.0, 1e-300, 50)),
    ("log", 0.0, 1.0, (1.49e-8, 1.49e-8, 0)),
]


# With full_output=1, quad returns QUADPACK's message instead of ier when
# ier != 0; these phrases of the messages identify it.
MESSAGES = [
    ("maximum number of subdivisions", 1),
    ("roundoff error is detected, which prevents", 2),
    ("Extremely bad integrand behavior", 3),
    ("The algorithm does not converge", 4),
    ("probably divergent", 5),
]


def ier_of(message):
    codes = [ier for phrase, ier in MESSAGES if phrase in message]
    assert len(codes) == 1, message
    return codes[0]


def run(name, a, b, opts):
    epsabs, epsrel, limit = opts
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            out = integrate.quad(INTEGRANDS[name], a, b, full_output=1,
                                 epsabs=epsabs, epsrel=epsrel, limit=limit)
        except ValueError as err:
            # QUADPACK's ier = 6 (invalid input): SciPy raises.
            assert "epsrel" in str(err) or "limit" in str(err), err
            return {"value": "0.0", "abserr": "0.0", "neval": 0,
                    "last": 0, "ier": 6}
    value, abserr, info = out[0], out[1], out[2]
    ier = ier_of(out[3]) if len(out) > 3 else 0
    return {"value": repr(float(value)), "abserr": repr(float(abserr)),
            "neval": int(info["neval"]), "last": int(info["last"]),
            "ier": int(ier)}


def main():
    cases = []
    for case in CASES:
        name, a, b = case[:3]
        opts = case[3] if len(case) > 3 else DEFAULT
        entry = {"integrand": name, "a": repr(a), "b": repr(b),
                 "epsabs": repr(opts[0]), "epsrel": repr(opts[1]),
                 "limit": opts[2]}
        entry.update(run(name, a, b, opts))
        cases.append(entry)
    doc = {"scipy": scipy.__version__, "cases": cases}
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "quadrature", "quad.json")
    with open(path, "w") as fh:
        json.dump(doc, fh, indent=1)
        fh.write("\n")
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main()
