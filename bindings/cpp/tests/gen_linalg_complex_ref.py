#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of the complex linalg
functions (solve ... expm on complex matrices), schur, the matrix equations
(solve_sylvester, solve_continuous_lyapunov, solve_discrete_lyapunov,
solve_continuous_are, solve_discrete_are), sqrtm and logm, written as C++
constants to linalg_complex_ref.hpp next to this script (included by
test_sciport.cpp, which needs no Python).

The inputs are small fixed matrices (a seeded NumPy generator): a general
complex A (4 x 4), right-hand sides B (4 x 2) and b (4), a Hermitian positive
definite H (4 x 4), a rectangular M (4 x 3), a second complex pencil matrix
G (4 x 4); a real R (4 x 4, a complex pair and real eigenvalues of both
signs) for schur; real Sylvester / Lyapunov / Riccati data; real and complex
sqrtm inputs (one with a negative eigenvalue, one singular); logm inputs
(SciPy's example, negative eigenvalues, the zero matrix). Every value is
SciPy's own result (scipy.linalg, run here), except where a result is not
unique (Schur forms, eigenvectors, singular vectors), for which only the
unique parts are recorded (eigenvalues, singular values, sdim) and the
tests check invariants.

Needs the project's SciPy environment. Run from the repository root:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_complex_ref.py

Every value is printed with repr() (round-trips exactly). Matrices are
row-major; complex values as {re, im}.
"""

import os
import sys
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from refgen import num  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "linalg_complex_ref.hpp")

out = []


def emit(name, x):
    """A C++ array `name` (row-major) with `name_rows` / `name_cols`."""
    x = np.asarray(x)
    if x.ndim == 0:
        x = x.reshape(1, 1)
    if x.ndim == 1:
        x = x.reshape(-1, 1)
    r, c = x.shape
    flat = x.reshape(-1)
    if np.iscomplexobj(x):
        vals = ", ".join(f"{{{num(v.real)}, {num(v.imag)}}}" for v in flat)
        out.append(f"const sciport::complex {name}[] = {{{vals}}};")
    else:
        vals = ", ".join(num(v) for v in flat)
        out.append(f"const double {name}[] = {{{vals}}};")
    out.append(f"const std::size_t {name}_rows = {r}, {name}_cols = {c};")


def scalar(name, v, kind="double"):
    out.append(f"const {kind} {name} = {v};")


def main():
    rng = np.random.default_rng(20261204)

    def crand(*shape):
        return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)

    A = crand(4, 4)
    B = crand(4, 2)
    b = crand(4)
    K = crand(4, 4)
    H = K @ K.conj().T + 4 * np.eye(4)
    M = crand(4, 3)
    G = crand(4, 4)
    for nm, v in [("A", A), ("B", B), ("b", b), ("H", H), ("M", M), ("G", G)]:
        emit(nm, v)

    # Group A: complex twins
    emit("solve_x", sl.solve(A, B))
    emit("solve_vx", sl.solve(A, b))
    emit("solve_her_x", sl.solve(H, B, assume_a="her"))
    emit("inv_x", sl.inv(A))
    d = sl.det(A)
    scalar("det_x", f"sciport::complex({num(d.real)}, {num(d.imag)})", "sciport::complex")
    lu, piv = sl.lu_factor(A)
    emit("lu_factor_lu", lu)
    out.append("const std::int64_t lu_factor_piv[] = {" + ", ".join(str(int(p)) for p in piv) + "};")
    for t in (0, 1, 2):
        emit(f"lu_solve_x{t}", sl.lu_solve((lu, piv), B, trans=t))
    for nm, a in [("sq", A), ("rect", M), ("wide", M.T.copy())]:
        p, l, u = sl.lu(a)
        emit(f"lu_{nm}_p", p.astype(complex))
        emit(f"lu_{nm}_l", l)
        emit(f"lu_{nm}_u", u)
    emit("cho_factor_c", np.triu(sl.cho_factor(H)[0]))
    emit("cholesky_u", sl.cholesky(H))
    emit("cholesky_l", sl.cholesky(H, lower=True))
    emit("cho_solve_x", sl.cho_solve(sl.cho_factor(H), B))
    q, r = sl.qr(M)
    emit("qr_q", q)
    emit("qr_r", r)
    emit("svd_s", sl.svd(M)[1])
    emit("svdvals_s", sl.svdvals(A))
    emit("eigh_w", sl.eigh(H)[0])
    emit("eigvalsh_w", sl.eigvalsh(H))
    emit("eig_w", sl.eig(A)[0])
    emit("eig_gen_w", sl.eig(A, G)[0])
    emit("expm_x", sl.expm(A))

    # schur
    R = np.array([[1.0, 2.0, 0.5, -1.0],
                  [-3.0, 0.5, 1.0, 2.0],
                  [0.25, 0.0, -2.0, 1.0],
                  [0.0, 1.0, 0.5, 0.75]])
    emit("R", R)
    emit("schur_R_w", np.linalg.eigvals(sl.schur(R)[0]))
    sorts = ["lhp", "rhp", "iuc", "ouc"]
    out.append("const char *const schur_sorts[] = {" + ", ".join(f'"{s}"' for s in sorts) + "};")
    out.append("const std::size_t schur_R_sdim[] = {"
               + ", ".join(str(int(sl.schur(R, sort=s)[2])) for s in sorts) + "};")
    out.append("const std::size_t schur_A_sdim[] = {"
               + ", ".join(str(int(sl.schur(A, output="complex", sort=s)[2])) for s in sorts) + "};")
    out.append("const std::size_t schur_Rc_sdim[] = {"
               + ", ".join(str(int(sl.schur(R, output="complex", sort=s)[2])) for s in sorts) + "};")

    # matrix equations
    SA = np.array([[-3.0, 1.0, 0.0], [0.5, -2.0, 1.0], [0.0, 0.25, -4.0]])
    SB = np.array([[2.0, 1.0], [-1.0, 3.0]])
    SQ = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    emit("SA", SA)
    emit("SB", SB)
    emit("SQ", SQ)
    emit("sylvester_x", sl.solve_sylvester(SA, SB, SQ))
    LQ = np.array([[2.0, 1.0, 0.0], [1.0, 3.0, 0.5], [0.0, 0.5, 1.0]])
    emit("LQ", LQ)
    emit("clyap_x", sl.solve_continuous_lyapunov(SA, LQ))
    DA = SA / 5.0
    emit("DA", DA)
    emit("dlyap_x", sl.solve_discrete_lyapunov(DA, LQ))
    emit("dlyap_direct_x", sl.solve_discrete_lyapunov(DA, LQ, method="direct"))
    emit("dlyap_bilinear_x", sl.solve_discrete_lyapunov(DA, LQ, method="bilinear"))
    RA = np.array([[0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [-1.0, -2.0, 0.5]])
    RB = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    RQ = np.eye(3)
    RR = np.array([[2.0, 0.5], [0.5, 1.0]])
    RE = np.array([[1.0, 0.1, 0.0], [0.0, 1.0, 0.2], [0.0, 0.0, 1.5]])
    RS = np.array([[0.1, 0.0], [0.0, 0.2], [0.1, 0.1]])
    for nm, v in [("RA", RA), ("RB", RB), ("RQ", RQ), ("RR", RR), ("RE", RE), ("RS", RS)]:
        emit(nm, v)
    emit("care_x", sl.solve_continuous_are(RA, RB, RQ, RR))
    emit("care_es_x", sl.solve_continuous_are(RA, RB, RQ, RR, e=RE, s=RS))
    emit("care_nobal_x", sl.solve_continuous_are(RA, RB, RQ, RR, balanced=False))
    emit("dare_x", sl.solve_discrete_are(RA, RB, RQ, RR))
    emit("dare_es_x", sl.solve_discrete_are(RA, RB, RQ, RR, e=RE, s=RS))

    # sqrtm
    P = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    N = np.array([[1.0, 2.0, 0.0], [0.5, -3.0, 1.0], [0.0, 1.0, 2.0]])
    S0 = np.array([[0.0, 1.0], [0.0, 0.0]])
    emit("sq_P", P)
    emit("sq_N", N)
    emit("sq_S0", S0)
    xp = sl.sqrtm(P)
    xn = sl.sqrtm(N)
    xa = sl.sqrtm(A)
    assert not np.iscomplexobj(xp) and np.iscomplexobj(xn)
    emit("sqrtm_P_x", xp)
    emit("sqrtm_N_x", xn)
    emit("sqrtm_A_x", xa)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sl.sqrtm(S0)
    msgs = [str(w.message) for w in caught]
    assert any("singular" in m.lower() for m in msgs), msgs

    # logm(a, disp=False): (x, errest) and the LogmRankWarning
    L1 = np.array([[1.0, 3.0], [1.0, 4.0]])  # SciPy's docstring example
    LN = np.array([[-1.0, 0.1], [0.2, -3.0]])  # negative eigenvalues: complex log
    Z = np.zeros((2, 2))
    emit("lg_L1", L1)
    emit("lg_LN", LN)
    for nm, a in [("L1", L1), ("LN", LN), ("P", P), ("A", A), ("Z", Z)]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            x, err = sl.logm(a, disp=False)
        msgs = [str(w.message) for w in caught]
        assert np.iscomplexobj(x) == (nm in ("LN", "A")), nm
        assert (nm == "Z") == any("exactly singular" in m for m in msgs), (nm, msgs)
        emit(f"logm_{nm}_x", x)
        scalar(f"logm_{nm}_errest", num(err))

    header = f"""// Generated by bindings/cpp/tests/gen_linalg_complex_ref.py -- do not edit.
// SciPy {scipy.__version__}, NumPy {np.__version__}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_COMPLEX_REF_HPP
#define SCIPORT_TEST_LINALG_COMPLEX_REF_HPP

#include "sciport.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace cref {{

const char *const scipy_version = "{scipy.__version__}";

"""
    with open(OUT, "w") as f:
        f.write(header + "\n".join(out) + "\n\n} // namespace cref\n\n#endif\n")
    print(f"wrote {OUT} (SciPy {scipy.__version__})")


if __name__ == "__main__":
    main()
