#!/usr/bin/env python3
"""Reference data for sciport's matrix functions, produced by SciPy. Now:
scipy.linalg.expm.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_matfuncs.py

It writes tests/reference/linalg/matfuncs.json, read by
tests/linalg_matfuncs.rs (which needs no Python). Encoding as gen_linalg.py's
(row-major nested lists, non-finite values as strings, fixed seeds). Cases:
SciPy's own (linalg/tests/test_matfuncs.py TestExpM: test_zero,
test_single_elt, the empty input, test_2x2_input; and the Burkardt matrices
of sparse/linalg/tests/test_matfuncs.py: symmetric, stiff, Moler and Van
Loan's, nilpotent, defective, Wikipedia's, NAG's F01ECF, Ward's), diagonal,
upper and lower triangular ones (the exact-diagonal squaring path), inputs
that pick each Padé degree (3, 5, 7, 9, 13) by their norm, larger random
ones, and NaN / Inf (SciPy has no check_finite: NaN wherever the result can
be nonzero).

Case layout: "func" ("expm"), "name", "a" (+ "a_shape"), "expect" ({"x":
SciPy's expm, "exact": exp(a) by mpmath at 60 digits, for finite a with
more than one entry}), "tol" (the error an accurate expm may have, relative
to max |exp(a)|: 1e-13, or 64 eps times scipy.linalg.expm_cond(a) when
larger) and "scipy_err" (SciPy's own error against "exact", which reaches
1e-12 on some of these: a result may differ from SciPy's by that plus tol).
"""

import os
import sys

import mpmath
import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, shaped, write_cases  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "matfuncs.json")
CASES = []
EPS = np.finfo(float).eps


def expm_case(name, a):
    a = np.asarray(a, dtype=float)
    c = {"func": "expm", "name": name}
    shaped(c, "a", a)
    with np.errstate(all="ignore"):
        x = sl.expm(a)
    e = {}
    shaped(e, "x", x)
    tol = 1e-13
    if a.size > 1 and np.isfinite(a).all() and np.isfinite(x).all():
        with np.errstate(all="ignore"):
            k = sl.expm_cond(a)
        if np.isfinite(k):
            tol = max(tol, 64 * EPS * k)
        exact = exact_expm(a)
        shaped(e, "exact", exact)
        c["scipy_err"] = float(np.abs(x - exact).max() / np.abs(exact).max())
    c["expect"] = e
    c["tol"] = min(tol, 1e-6)
    CASES.append(c)


def exact_expm(a):
    """exp(a) by mpmath at 60 digits (its Taylor / Padé code), rounded."""
    mpmath.mp.dps = 60
    return np.array(mpmath.expm(mpmath.matrix(a.tolist())).tolist(), dtype=float)


def cases():
    expm_case("test_zero", np.zeros((2, 2)))
    expm_case("test_single_elt", [[1.0]])
    expm_case("empty", np.zeros((0, 0)))
    expm_case("1x1 negative", [[-2.5]])
    expm_case("test_2x2_input", [[1, 4], [1, 1]])
    expm_case("burkardt 2 symmetric", [[1, 3], [3, 2]])
    expm_case("burkardt 3 stiff", [[0, 1], [-39, -40]])
    expm_case("burkardt 4 moler van loan", [[-49, 24], [-64, 31]])
    expm_case("burkardt 5 nilpotent", [[0, 6, 0, 0], [0, 0, 6, 0], [0, 0, 0, 6], [0, 0, 0, 0]])
    expm_case("burkardt 6 defective", [[1, 1], [0, 1]])
    expm_case("burkardt 7 near defective", [[1 + EPS, 1], [0, 1 - EPS]])
    expm_case("burkardt 8 wikipedia", [[21, 17, 6], [-5, -1, -6], [4, 4, 16]])
    expm_case("burkardt 9 nag f01ecf", [[1, 2, 2, 2], [3, 1, 1, 2], [3, 2, 1, 2], [3, 3, 3, 1]])
    expm_case("burkardt 10 ward 1", [[4, 2, 0], [1, 4, 1], [1, 1, 4]])
    expm_case("diagonal", np.diag([0.5, -3.0, 2.0]))
    expm_case("upper triangular", [[1.0, 2.0, -1.0], [0.0, -0.5, 3.0], [0.0, 0.0, 2.0]])
    expm_case("lower triangular scaled", 8.0 * np.tril(rng(51).standard_normal((5, 5))))
    expm_case("upper triangular equal diagonal", [[2.0, 5.0, 1.0], [0.0, 2.0, 7.0], [0.0, 0.0, 2.0]])
    base = rng(52).standard_normal((6, 6))
    base /= np.linalg.norm(base, 1)
    for label, scale in (("m3", 0.01), ("m5", 0.2), ("m7", 0.8), ("m9", 1.8),
                         ("m13", 4.0), ("m13 scaled", 60.0)):
        expm_case(f"random 6x6 norm {scale:g} ({label})", scale * base)
    expm_case("random 30x30", rng(53).standard_normal((30, 30)))
    expm_case("random 80x80 / 4", rng(54).standard_normal((80, 80)) / 4)
    expm_case("skew symmetric", (lambda g: g - g.T)(rng(55).standard_normal((7, 7))))
    expm_case("nan", [[1.0, np.nan], [2.0, 1.0]])
    expm_case("nan upper triangular", [[1.0, np.nan], [0.0, 1.0]])
    expm_case("inf", [[1.0, 2.0], [np.inf, 1.0]])


def main():
    cases()
    write_cases(OUT, "tests/reference/gen_linalg_matfuncs.py", CASES)


if __name__ == "__main__":
    main()
