#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of the structured
solvers and special matrices (solve_banded, solveh_banded, solve_toeplitz,
solve_circulant, toeplitz, circulant, hilbert, kron, block_diag), written as
C++ constants to linalg_structured_ref.hpp next to this script (included by
test_sciport.cpp, which needs no Python).

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_structured_ref.py

Inputs are small and spelled out below (mostly SciPy's docstring examples
and tests); every value is printed with repr() (round-trips exactly) and each
constant's comment names the SciPy call that produced it. SciPy's error
messages for the singular cases are recorded too (the tests check the C++
exception carries the same text).
"""

import os
import warnings

import numpy as np
import scipy
import scipy.linalg as sl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg_structured_ref.hpp")

lines = []


def nums(values):
    return ", ".join(repr(float(v)) for v in values)


def emit_in_mat(name, a):
    a = np.atleast_2d(np.asarray(a, dtype=float))
    lines.append(f"// input {name}")
    lines.append(f"const sciport::matrix {name}({a.shape[0]}, {a.shape[1]}, {{{nums(a.ravel())}}});")


def emit_in_vec(name, v):
    lines.append(f"// input {name}")
    lines.append(f"const std::vector<double> {name}{{{nums(np.atleast_1d(v))}}};")


def emit_mat(name, call, a):
    a = np.asarray(a, dtype=float)
    if a.ndim < 2:
        a = a.reshape(1, -1) if a.size else a.reshape(1, 0)
    lines.append(f"// {call}")
    lines.append(f"const sciport::matrix {name}({a.shape[0]}, {a.shape[1]}, std::vector<double>{{{nums(a.ravel())}}});")


def emit_vec(name, call, v):
    lines.append(f"// {call}")
    lines.append(f"const std::vector<double> {name}{{{nums(np.atleast_1d(v))}}};")


def emit_error(name, call, fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            fn()
    except Exception as e:  # noqa: BLE001
        lines.append(f"// {call} raises {type(e).__name__}")
        lines.append(f"const char *const {name} = {str(e)!r};".replace("'", '"'))
        return
    raise AssertionError(f"{call} did not raise")


# solve_banded: SciPy's docstring example (l=1, u=2) and TestSolveBanded.test_real (l=2, u=1)
ab_doc = np.array([[0, 0, -1, -1, -1], [0, 2, 2, 2, 2], [5, 4, 3, 2, 1], [1, 1, 1, 1, 0]], float)
b_doc = np.array([0, 1, 2, 2, 3], float)
B_doc = np.array([[0, 1], [1, -2], [2, 0.5], [2, 3], [3, -1]], float)
emit_in_mat("ab_doc", ab_doc)
emit_in_vec("b_doc", b_doc)
emit_in_mat("B_doc", B_doc)
emit_vec("banded_doc_x", "scipy.linalg.solve_banded((1, 2), ab_doc, b_doc)", sl.solve_banded((1, 2), ab_doc, b_doc))
emit_mat("banded_doc_X", "scipy.linalg.solve_banded((1, 2), ab_doc, B_doc)", sl.solve_banded((1, 2), ab_doc, B_doc))
ab_real = np.array([[0.0, 20, 6, 2], [1, 4, 20, 14], [-30, 1, 7, 0], [2, -1, 0, 0]])
B_real = np.array([[2, 1], [-30, 4], [2, 3], [1, 3]], float)
emit_in_mat("ab_real", ab_real)
emit_in_mat("B_real", B_real)
emit_mat("banded_real_X", "scipy.linalg.solve_banded((2, 1), ab_real, B_real)", sl.solve_banded((2, 1), ab_real, B_real))
# tridiagonal where every step pivots; a singular one (zero column 2)
n = 6
a_piv = np.diag(np.full(n, 0.1)) + np.diag(np.full(n - 1, 2.0), -1) + np.diag(np.full(n - 1, 1.0), 1)
ab_piv = np.zeros((3, n))
for j in range(n):
    for i in range(max(0, j - 1), min(n, j + 2)):
        ab_piv[1 + i - j, j] = a_piv[i, j]
b_piv = np.arange(1.0, n + 1)
emit_in_mat("ab_piv", ab_piv)
emit_in_vec("b_piv", b_piv)
emit_vec("banded_piv_x", "scipy.linalg.solve_banded((1, 1), ab_piv, b_piv)", sl.solve_banded((1, 1), ab_piv, b_piv))
ab_sing = ab_piv.copy()
ab_sing[:, 2] = 0.0  # column 2 of a is zero
emit_in_mat("ab_sing", ab_sing)
emit_error("banded_singular_msg", "scipy.linalg.solve_banded((1, 1), ab_sing, b_piv)",
           lambda: sl.solve_banded((1, 1), ab_sing, b_piv))
ab_sing21 = np.zeros((4, n))
ab_sing21[1, :] = 1.0
ab_sing21[2, :] = 3.0
ab_sing21[3, :] = 1.0
ab_sing21[:, 3] = 0.0
emit_in_mat("ab_sing21", ab_sing21)
emit_error("banded_singular21_msg", "scipy.linalg.solve_banded((2, 1), ab_sing21, b_piv)  (gbsv path)",
           lambda: sl.solve_banded((2, 1), ab_sing21, b_piv))
emit_error("banded_shape_msg", "scipy.linalg.solve_banded((1, 2), ab_doc, b_doc[:4])",
           lambda: sl.solve_banded((1, 2), ab_doc, b_doc[:4]))

# solveh_banded: TestSolveHBanded.test_02_upper (kd 2) and the docstring example (lower)
abh_up = np.array([[-99, -99, 1.0, 1.0], [0.0, 2.0, 2.0, 2.0], [4.0, 4.0, 4.0, 4.0]])
Bh_up = np.array([[1.0, 6.0], [4.0, 2.0], [1.0, 6.0], [2.0, 1.0]])
emit_in_mat("abh_up", abh_up)
emit_in_mat("Bh_up", Bh_up)
emit_mat("solveh_up_X", "scipy.linalg.solveh_banded(abh_up, Bh_up)", sl.solveh_banded(abh_up, Bh_up))
abh_lo = np.array([[4, 5, 6, 7, 8, 9], [2, 2, 2, 2, 2, 0], [-1, -1, -1, -1, 0, 0]], float)
bh_lo = np.array([1, 2, 2, 3, 3, 3], float)
emit_in_mat("abh_lo", abh_lo)
emit_in_vec("bh_lo", bh_lo)
emit_vec("solveh_lo_x", "scipy.linalg.solveh_banded(abh_lo, bh_lo, lower=True)",
         sl.solveh_banded(abh_lo, bh_lo, lower=True))
abh_notpd = abh_lo.copy()
abh_notpd[0, 2] = -3.0
emit_in_mat("abh_notpd", abh_notpd)
emit_error("solveh_notpd_msg", "scipy.linalg.solveh_banded(abh_notpd, bh_lo, lower=True)",
           lambda: sl.solveh_banded(abh_notpd, bh_lo, lower=True))

# solve_toeplitz: the docstring example, its symmetric form, a 2-column b
tc = np.array([1, 3, 6, 10], float)
tr = np.array([1, -1, -2, -3], float)
tb = np.array([1, 2, 2, 5], float)
TB = np.array([[1, 0], [2, 1], [2, -1], [5, 3]], float)
emit_in_vec("tc", tc)
emit_in_vec("tr", tr)
emit_in_vec("tb", tb)
emit_in_mat("TB", TB)
emit_vec("toeplitz_solve_x", "scipy.linalg.solve_toeplitz((tc, tr), tb)", sl.solve_toeplitz((tc, tr), tb))
emit_mat("toeplitz_solve_X", "scipy.linalg.solve_toeplitz((tc, tr), TB)", sl.solve_toeplitz((tc, tr), TB))
tsym = np.array([4, 1, 0.5, 0.25], float)
emit_in_vec("tsym", tsym)
emit_vec("toeplitz_solve_sym_x", "scipy.linalg.solve_toeplitz(tsym, tb)", sl.solve_toeplitz(tsym, tb))
tsing = np.array([0, 1, 2, 3], float)
emit_in_vec("tsing", tsing)
emit_error("toeplitz_singular_msg", "scipy.linalg.solve_toeplitz(tsing, tb)  (zero leading minor)",
           lambda: sl.solve_toeplitz(tsing, tb))

# solve_circulant: the docstring example; singular with 'lstsq'; tol
cc = np.array([2, 2, 4], float)
cb = np.array([1, 2, 3], float)
CB = np.array([[1, 0], [2, 1], [3, -2]], float)
emit_in_vec("cc", cc)
emit_in_vec("cb", cb)
emit_in_mat("CB", CB)
emit_vec("circ_x", "scipy.linalg.solve_circulant(cc, cb)", sl.solve_circulant(cc, cb))
emit_mat("circ_X", "scipy.linalg.solve_circulant(cc, CB)", sl.solve_circulant(cc, CB))
csing = np.array([1, 1, 0, 0], float)  # eigenvalues 2, 1-1j, 0, 1+1j
cb4 = np.array([1, 2, 3, 4], float)
emit_in_vec("csing", csing)
emit_in_vec("cb4", cb4)
emit_error("circ_singular_msg", "scipy.linalg.solve_circulant(csing, cb4)",
           lambda: sl.solve_circulant(csing, cb4))
emit_vec("circ_lstsq_x", "scipy.linalg.solve_circulant(csing, cb4, singular='lstsq')",
         sl.solve_circulant(csing, cb4, singular="lstsq"))
ctol = np.array([2, 1, 0, 0], float)  # eigenvalues 3, 2-1j, 1, 2+1j
emit_in_vec("ctol", ctol)
emit_vec("circ_tol_x", "scipy.linalg.solve_circulant(ctol, cb4)", sl.solve_circulant(ctol, cb4))
emit_vec("circ_tol_lstsq_x", "scipy.linalg.solve_circulant(ctol, cb4, singular='lstsq', tol=1.5)",
         sl.solve_circulant(ctol, cb4, singular="lstsq", tol=1.5))
emit_error("circ_tol_msg", "scipy.linalg.solve_circulant(ctol, cb4, tol=1.5)",
           lambda: sl.solve_circulant(ctol, cb4, tol=1.5))
# SciPy never checks `singular`: any value but 'raise' acts as 'lstsq' (the C
# API rejects unknown names with SCIPORT_ERR_UNKNOWN_NAME instead).
assert np.array_equal(sl.solve_circulant(csing, cb4, singular="bogus"),
                      sl.solve_circulant(csing, cb4, singular="lstsq"))

# special matrices
emit_mat("toeplitz_cr", "scipy.linalg.toeplitz([1, 2, 3], [1, 4, 5, 6])", sl.toeplitz([1.0, 2, 3], [1.0, 4, 5, 6]))
emit_mat("toeplitz_r0", "scipy.linalg.toeplitz([1, 2, 3], [9, 4, 5, 6])  (r[0] ignored)",
         sl.toeplitz([1.0, 2, 3], [9.0, 4, 5, 6]))
emit_mat("toeplitz_c", "scipy.linalg.toeplitz([1, 2, 3])", sl.toeplitz([1.0, 2, 3]))
emit_mat("toeplitz_tall", "scipy.linalg.toeplitz([1, 2, 3, 4, 5], [1, -1])", sl.toeplitz([1.0, 2, 3, 4, 5], [1.0, -1]))
emit_mat("circulant_4", "scipy.linalg.circulant([1, 2, 3, 4])", sl.circulant([1.0, 2, 3, 4]))
emit_mat("hilbert_4", "scipy.linalg.hilbert(4)", sl.hilbert(4))
emit_mat("hilbert_1", "scipy.linalg.hilbert(1)", sl.hilbert(1))
ka = np.array([[1, 2, 3], [4, 5, 6]], float)
kb = np.array([[1, -1], [0, 2], [3, 0.5]], float)
emit_in_mat("ka", ka)
emit_in_mat("kb", kb)
emit_mat("kron_ab", "numpy.kron(ka, kb)  (scipy.linalg.kron is gone in SciPy 1.17)", np.kron(ka, kb))
emit_mat("kron_doc", "numpy.kron([[1, 2], [3, 4]], [[1, 1, 1]])", np.kron(np.array([[1.0, 2], [3, 4]]), np.array([[1.0, 1, 1]])))
bd_a = np.array([[1, 0], [0, 1]], float)
bd_b = np.array([[3, 4, 5], [6, 7, 8]], float)
bd_c = np.array([[7]], float)
emit_in_mat("bd_a", bd_a)
emit_in_mat("bd_b", bd_b)
emit_in_mat("bd_c", bd_c)
emit_mat("block_diag_doc", "scipy.linalg.block_diag(bd_a, bd_b, bd_c)", sl.block_diag(bd_a, bd_b, bd_c))
emit_mat("block_diag_empty", "scipy.linalg.block_diag(bd_c, np.zeros((2, 0)), bd_a, np.zeros((0, 1)), bd_c)",
         sl.block_diag(bd_c, np.zeros((2, 0)), bd_a, np.zeros((0, 1)), bd_c))
emit_mat("block_diag_none", "scipy.linalg.block_diag()  (1 x 0)", sl.block_diag())
emit_mat("block_diag_row", "scipy.linalg.block_diag([1, 2, 3], bd_c)  (a 1-D block is one row)",
         sl.block_diag([1.0, 2, 3], bd_c))

header = f"""// Generated by bindings/cpp/tests/gen_linalg_structured_ref.py -- do not edit.
// SciPy {scipy.__version__}, NumPy {np.__version__}. Matrices are row-major.
#ifndef SCIPORT_TEST_LINALG_STRUCTURED_REF_HPP
#define SCIPORT_TEST_LINALG_STRUCTURED_REF_HPP

#include "sciport.hpp"

#include <vector>

namespace sref {{

const char *const scipy_version = "{scipy.__version__}";

"""
with open(OUT, "w") as f:
    f.write(header + "\n".join(lines) + "\n\n} // namespace sref\n\n#endif\n")
print(f"wrote {OUT} ({len(lines) // 2} constants, SciPy {scipy.__version__})")
