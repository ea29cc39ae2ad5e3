#!/usr/bin/env python3
"""Reference data for sciport's general eigenproblem, produced by SciPy:
scipy.linalg.eig (left / right vectors, generalized with b,
homogeneous_eigvals) and eigvals.

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python tests/reference/gen_linalg_eig.py

It writes tests/reference/linalg/eig.json, read by tests/linalg_eig.rs (which
needs no Python). Encoding as gen_linalg.py's (row-major nested lists,
non-finite values as strings, fixed seeds); complex arrays are split into
"<key>_re" and "<key>_im".

Cases: SciPy's own (linalg/tests/test_decomp.py TestEig: test_simple,
test_simple_complex_eig, test_gh_3054, test_singular, test_falker,
test_bad_geneig, the empty case, the docstring examples), matrices with known
spectra (companion, triangular, rotation), random non-normal ones with complex
pairs, generalized pencils with an invertible and with a singular b, and the
errors.

Case layout: "func" ("eig"), "name", "a" (+ "a_shape"), optional "b",
"expect" or "error" ({"type", "message", "status"}). "expect" holds SciPy's
eig(a, b, left=True, right=True): "w", "vl", "vr" (complex), and its
homogeneous_eigvals=True "alpha", "beta" (complex; beta real here).

Eigenvalue order and eigenvector phase are those of LAPACK's algorithm, not
of the mathematics, so the test matches eigenvalues as a set and vectors up
to a unit factor, and the generator says how far SciPy's values can be
trusted: "tol_w" bounds |w_sciport - w_scipy| / max(1, |A|) (64 eps times the
largest finite eigenvalue condition number 1 / |y^H x|, at least 1e-12,
at most 1e-6 (a defective eigenvalue moves by ~sqrt(eps))), "tol_v" the
vectors' distance (64 eps |A| cond / gap, at least 1e-11), "vectors": false
when an eigenvalue is repeated (the vectors are not unique) and "regular":
false for the singular pencils (test_singular, test_falker), where the
eigenvalues themselves are not determined and only the invariants are checked.
"""

import os
import sys

import numpy as np
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_linalg import mat, rng, shaped, vec, write_cases  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg", "eig.json")
CASES = []
EPS = np.finfo(float).eps


def cplx_mat(d, key, z):
    z = np.asarray(z, dtype=complex)
    shaped(d, key + "_re", z.real)
    shaped(d, key + "_im", z.imag)


def cplx_vec(d, key, z):
    z = np.asarray(z, dtype=complex)
    d[key + "_re"] = vec(z.real)
    d[key + "_im"] = vec(z.imag)


def tolerances(a, b, w, vl, vr):
    """(tol_w, tol_v, vectors unique) from first-order perturbation theory."""
    n = a.shape[0]
    scale = max(1.0, np.linalg.norm(a, 2)) if b is None else max(
        1.0, np.linalg.norm(a, 2), np.linalg.norm(b, 2))
    if b is None:
        s = np.abs(np.sum(vl.conj() * vr, axis=0))
    else:
        s = np.abs(np.einsum("ij,ik,kj->j", vl.conj(), b, vr))
    fin = np.isfinite(w)
    cond = np.max(1.0 / np.maximum(s[fin], 1e-300)) if fin.any() else 1.0
    finite = w[fin]
    gaps = [np.min(np.abs(np.delete(finite, i) - finite[i])) for i in range(len(finite))] \
        if len(finite) > 1 else [np.inf]
    gap = min(gaps) / scale
    tol_w = min(max(1e-12, 64 * EPS * cond), 1e-6)
    unique = gap > 1e-8 and len(finite) == n and tol_w < 1e-6
    tol_v = max(1e-11, 64 * EPS * cond / gap) if unique else 1.0
    return tol_w, min(tol_v, 1e-6), bool(unique and tol_v < 1e-6)


def eig_case(name, a, b=None, regular=True, check_finite=True):
    a = np.asarray(a, dtype=float)
    c = {"func": "eig", "name": name, "opts": {"check_finite": check_finite}}
    shaped(c, "a", a)
    if b is not None:
        b = np.asarray(b, dtype=float)
        shaped(c, "b", b)
    try:
        with np.errstate(all="ignore"):
            w, vl, vr = sl.eig(a, b, left=True, right=True, check_finite=check_finite)
            wh = sl.eig(a, b, left=False, right=False, homogeneous_eigvals=True,
                        check_finite=check_finite)
            wv = sl.eigvals(a, b, check_finite=check_finite)
    except ValueError as e:
        msg = str(e)
        status = "DIMENSION_MISMATCH" if ("square" in msg or "shape" in msg) else "INVALID_ARGUMENT"
        c["error"] = {"type": type(e).__name__, "message": msg, "status": status}
        CASES.append(c)
        return
    assert np.array_equal(w, wv, equal_nan=True)
    e = {}
    cplx_vec(e, "w", w)
    cplx_mat(e, "vl", vl)
    cplx_mat(e, "vr", vr)
    cplx_vec(e, "alpha", wh[0] if wh.size else [])
    cplx_vec(e, "beta", wh[1] if wh.size else [])
    c["expect"] = e
    c["regular"] = regular
    if a.size and regular:
        tw, tv, unique = tolerances(a, b, w, vl, vr)
        c["tol_w"], c["tol_v"], c["vectors"] = tw, tv, unique
    CASES.append(c)


def companion(roots):
    coeffs = np.poly(roots)
    return sl.companion(coeffs)


def eig_cases():
    # SciPy's TestEig cases and docstring examples.
    eig_case("test_simple", [[1, 2, 3], [1, 2, 3], [2, 5, 6]])
    eig_case("test_simple_complex_eig", [[1, 2], [-2, 1]])
    eig_case("docstring rotation", [[0.0, -1.0], [1.0, 0.0]])
    eig_case("docstring generalized", [[0.0, -1.0], [1.0, 0.0]], [[0.0, 1.0], [1.0, 1.0]])
    eig_case("test_gh_3054", [[1.0]], [[0.0]])
    a_sing = [[22, 34, 31, 31, 17], [45, 45, 42, 19, 29], [39, 47, 49, 26, 34],
              [27, 31, 26, 21, 15], [38, 44, 44, 24, 30]]
    b_sing = [[13, 26, 25, 17, 24], [31, 46, 40, 26, 37], [26, 40, 19, 25, 25],
              [16, 25, 27, 14, 23], [24, 35, 18, 21, 22]]
    eig_case("test_singular", a_sing, b_sing, regular=False)
    m = np.diag([1.0, 0.0, 3.0])
    k = np.array([[2, -1, -1], [-1, 2, -1], [-1, -1, 2]], dtype=float)
    d = np.array([[1, -1, 0], [-1, 1, 0], [0, 0, 0]], dtype=float)
    z, i3 = np.zeros((3, 3)), np.eye(3)
    eig_case("test_falker", np.block([[i3, z], [z, -k]]), np.block([[z, i3], [m, d]]),
             regular=False)
    for kk in (0, 20, 45, 100):
        om = kk * 5.0 / 100
        c1, c2 = -9 + om ** 2, 2 * om
        a = [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, c1, 0], [0, 0, 0, c1]]
        b = [[0, 0, 1, 0], [0, 0, 0, 1], [1, 0, 0, -c2], [0, 1, c2, 0]]
        eig_case(f"test_bad_geneig omega={om:g}", a, b)
    # Known spectra.
    eig_case("companion 1 2 3", companion([1.0, 2.0, 3.0]))
    eig_case("companion 1 -2 0.5 4", companion([1.0, -2.0, 0.5, 4.0]))
    eig_case("upper triangular", [[3.0, 1.0, -2.0], [0.0, -1.0, 4.0], [0.0, 0.0, 0.5]])
    eig_case("diagonal", np.diag([4.0, -2.0, 7.0, 0.0]))
    th = 0.7
    eig_case("rotation 3d", [[np.cos(th), -np.sin(th), 0], [np.sin(th), np.cos(th), 0], [0, 0, 1]])
    eig_case("jordan block", [[2.0, 1.0], [0.0, 2.0]])
    eig_case("identity 3", np.eye(3))
    eig_case("zeros 2", np.zeros((2, 2)))
    eig_case("1x1", [[-3.5]])
    eig_case("symmetric 4", (lambda x: x + x.T)(rng(71).standard_normal((4, 4))))
    # Random non-normal matrices: complex pairs.
    for n, seed in ((3, 11), (5, 12), (8, 13), (20, 14), (50, 15)):
        eig_case(f"random {n}x{n}", rng(seed).standard_normal((n, n)))
    eig_case("random 6x6 scaled 1e3", 1e3 * rng(16).standard_normal((6, 6)))
    # Generalized: invertible b, singular b (infinite eigenvalues), symmetric pair.
    for n, seed in ((3, 21), (6, 22), (12, 23)):
        r = rng(seed)
        eig_case(f"generalized random {n}", r.standard_normal((n, n)),
                 r.standard_normal((n, n)) + 3 * np.eye(n))
    r = rng(24)
    eig_case("generalized singular b", r.standard_normal((4, 4)), np.diag([1.0, 2.0, 0.0, 1.0]))
    s = (lambda x: x + x.T)(r.standard_normal((3, 3)))
    eig_case("generalized symmetric pair", s, np.diag([1.0, 2.0, 3.0]))
    eig_case("generalized b = identity", r.standard_normal((4, 4)), np.eye(4))
    # Empty (SciPy returns before reading b).
    eig_case("empty", np.zeros((0, 0)))
    eig_case("empty with b", np.zeros((0, 0)), np.zeros((0, 0)))
    # Errors.
    eig_case("not square", np.ones((2, 3)))
    eig_case("b not square", np.eye(2), np.ones((2, 3)))
    eig_case("shape mismatch", np.eye(2), np.eye(3))
    eig_case("nan", [[1.0, np.nan], [0.0, 1.0]])
    eig_case("inf in b", np.eye(2), [[1.0, 0.0], [np.inf, 1.0]])


def main():
    eig_cases()
    write_cases(OUT, "tests/reference/gen_linalg_eig.py", CASES)


if __name__ == "__main__":
    main()
