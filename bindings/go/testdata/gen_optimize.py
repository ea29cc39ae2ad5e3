#!/usr/bin/env python3
"""Reference results of scipy.optimize.root_scalar / minimize_scalar for the Go
binding's tests (bindings/go/optimize_test.go).

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python bindings/go/testdata/gen_optimize.py

It writes bindings/go/testdata/optimize.json. The test functions are named; the
Go test defines the same functions under the same names.
"""

import json
import math
import os

import numpy as np
import scipy
from scipy import optimize

FUNCS = {  # name -> (f, f', f'')
    "cubic": (lambda x: x**3 - 2 * x - 5, lambda x: 3 * x**2 - 2, lambda x: 6 * x),
    "cos_minus_x": (lambda x: math.cos(x) - x, lambda x: -math.sin(x) - 1,
                    lambda x: -math.cos(x)),
    "exp_minus_2": (lambda x: math.exp(x) - 2, math.exp, math.exp),
}

MIN_FUNCS = {
    "shifted_square": lambda x: (x - 2) ** 2 + 1,
    "quartic": lambda x: x**4 - 3 * x**3 + 2,
    "cosine": math.cos,
}

ROOT_CASES = [  # (func, kwargs; fprime/fprime2 as booleans)
    ("cubic", {"method": "brentq", "bracket": [2, 3]}),
    ("cubic", {"method": "brenth", "bracket": [2, 3]}),
    ("cubic", {"method": "bisect", "bracket": [2, 3]}),
    ("cubic", {"method": "ridder", "bracket": [2, 3]}),
    ("cubic", {"method": "toms748", "bracket": [2, 3]}),
    ("cubic", {"bracket": [2, 3]}),
    ("cubic", {"method": "brentq", "bracket": [2, 3], "xtol": 1e-3}),
    ("cubic", {"method": "bisect", "bracket": [2, 3], "maxiter": 5}),
    ("cubic", {"method": "newton", "x0": 2.0, "fprime": True}),
    ("cubic", {"x0": 2.0, "fprime": True}),
    ("cubic", {"method": "secant", "x0": 2.0, "x1": 3.0}),
    ("cubic", {"method": "halley", "x0": 2.0, "fprime": True, "fprime2": True}),
    ("cos_minus_x", {"method": "brentq", "bracket": [0, 1]}),
    ("cos_minus_x", {"method": "newton", "x0": 1.0, "fprime": True}),
    ("cos_minus_x", {"method": "secant", "x0": 0.0, "x1": 1.0}),
    ("exp_minus_2", {"method": "toms748", "bracket": [0, 2]}),
    ("exp_minus_2", {"method": "halley", "x0": 0.0, "fprime": True, "fprime2": True}),
]

MIN_CASES = [
    ("shifted_square", {}),
    ("shifted_square", {"method": "golden"}),
    ("shifted_square", {"method": "bounded", "bounds": [0, 5]}),
    ("shifted_square", {"bounds": [-3, 1]}),
    ("quartic", {"bracket": [1, 3]}),
    ("quartic", {"method": "golden", "bracket": [1, 2, 3]}),
    ("quartic", {"method": "bounded", "bounds": [0, 4], "options": {"xatol": 1e-9}}),
    ("cosine", {"method": "brent", "bracket": [2, 4], "tol": 1e-10}),
]


def root_case(name, kw):
    f, d1, d2 = FUNCS[name]
    args = dict(kw)
    if args.pop("fprime", False):
        args["fprime"] = d1
    if args.pop("fprime2", False):
        args["fprime2"] = d2
    r = optimize.root_scalar(f, **args)
    return {"func": name, "kw": kw, "root": r.root, "iterations": r.iterations,
            "function_calls": r.function_calls, "converged": bool(r.converged),
            "flag": r.flag, "method": r.method}


def min_case(name, kw):
    r = optimize.minimize_scalar(MIN_FUNCS[name], **kw)
    return {"func": name, "kw": kw, "x": float(r.x), "fun": float(r.fun), "nit": int(r.nit),
            "nfev": int(r.nfev), "success": bool(r.success),
            "status": int(getattr(r, "status", 0)), "message": str(r.message)}


def main():
    payload = {
        "scipy": scipy.__version__, "numpy": np.__version__,
        "root_scalar": [root_case(n, kw) for n, kw in ROOT_CASES],
        "minimize_scalar": [min_case(n, kw) for n, kw in MIN_CASES],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "optimize.json")
    with open(path, "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")
    print(f"{path}: {len(payload['root_scalar'])} + {len(payload['minimize_scalar'])} cases")


if __name__ == "__main__":
    main()
