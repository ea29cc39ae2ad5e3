#!/usr/bin/env python3
"""SciPy reference values for the C++ binding's tests of the orthogonal
factorizations (qr, qr raw, rq, lstsq, pinv, matrix_rank, null_space, orth,
norm), written as C++ constants to linalg_orth_ref.hpp next to this script
(included by test_sciport.cpp, which needs no Python).

Run from the repository root with the project's SciPy environment:

    /work/venv/bin/python bindings/cpp/tests/gen_linalg_orth_ref.py

The inputs are the test file's small matrices (LM 4 x 3, LG 4 x 4, LB 4 x 2,
Lb3) plus LD, a rank-2 4 x 3 matrix (column 3 = column 1 + column 2). Every
value is printed with repr() (round-trips exactly); each constant's comment
names the SciPy / NumPy call that produced it.
"""

import os

import numpy as np
import scipy
import scipy.linalg as sl

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "linalg_orth_ref.hpp")

M = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 10], [-1, 0, 2]], dtype=float)
G = np.array([[2, -1, 0, 3], [1, 3, 2, -2], [0, 1, 4, 1], [3, 0, -1, 5]], dtype=float)
B = np.array([[1, 2], [0, -1], [3, 1], [-2, 4]], dtype=float)
b3 = np.array([1, -2, 3], dtype=float)
b4 = np.array([1, 2, 3, 4], dtype=float)
D = np.array([[1, 2, 3], [2, 4, 6], [1, 0, 1], [0, 1, 1]], dtype=float)
V = np.array([3, -4, 0, 1.5, -2], dtype=float)
W = np.array([3, -4, 1.5, -2], dtype=float)

lines = []


def nums(values):
    return ", ".join(repr(float(v)) for v in values)


def emit_mat(name, call, a):
    a = np.atleast_2d(np.asarray(a, dtype=float))
    lines.append(f"// {call}")
    lines.append(f"const sciport::matrix {name}({a.shape[0]}, {a.shape[1]}, {{{nums(a.ravel())}}});")


def emit_vec(name, call, v):
    lines.append(f"// {call}")
    lines.append(f"const std::vector<double> {name}{{{nums(np.atleast_1d(v))}}};")


def emit_idx(name, call, v):
    lines.append(f"// {call}")
    lines.append(f"const std::vector<std::int64_t> {name}{{{', '.join(str(int(i)) for i in v)}}};")


def emit_num(name, call, v, ctype="double"):
    lines.append(f"// {call}")
    val = repr(float(v)) if ctype == "double" else str(int(v))
    lines.append(f"const {ctype} {name} = {val};")


# qr
q, r = sl.qr(M)
emit_mat("qr_q", "q, r = scipy.linalg.qr(M)", q)
emit_mat("qr_r", "(same call) r", r)
q, r = sl.qr(M, mode="economic")
emit_mat("qr_econ_q", "q, r = scipy.linalg.qr(M, mode='economic')", q)
emit_mat("qr_econ_r", "(same call) r", r)
(r,) = sl.qr(M, mode="r")
emit_mat("qr_r_only", "r, = scipy.linalg.qr(M, mode='r')", r)
q, r, p = sl.qr(M, pivoting=True)
emit_mat("qr_piv_q", "q, r, p = scipy.linalg.qr(M, pivoting=True)", q)
emit_mat("qr_piv_r", "(same call) r", r)
emit_idx("qr_piv_p", "(same call) p", p)
q, r, p = sl.qr(M.T, mode="economic", pivoting=True)
emit_mat("qr_wide_q", "q, r, p = scipy.linalg.qr(M.T, mode='economic', pivoting=True)", q)
emit_mat("qr_wide_r", "(same call) r", r)
emit_idx("qr_wide_p", "(same call) p", p)
q, r = sl.qr(G)
emit_mat("qr_g_q", "q, r = scipy.linalg.qr(G)", q)
emit_mat("qr_g_r", "(same call) r", r)
(h, tau), r = sl.qr(M, mode="raw")
emit_mat("qr_raw_h", "(h, tau), r = scipy.linalg.qr(M, mode='raw')", h)
emit_vec("qr_raw_tau", "(same call) tau", tau)
emit_mat("qr_raw_r", "(same call) r", r)
(h, tau), r, p = sl.qr(M, mode="raw", pivoting=True)
emit_mat("qr_rawp_h", "(h, tau), r, p = scipy.linalg.qr(M, mode='raw', pivoting=True)", h)
emit_vec("qr_rawp_tau", "(same call) tau", tau)
emit_mat("qr_rawp_r", "(same call) r", r)
emit_idx("qr_rawp_p", "(same call) p", p)

# rq
r, q = sl.rq(M)
emit_mat("rq_r", "r, q = scipy.linalg.rq(M)", r)
emit_mat("rq_q", "(same call) q", q)
r, q = sl.rq(M.T)
emit_mat("rq_wide_r", "r, q = scipy.linalg.rq(M.T)", r)
emit_mat("rq_wide_q", "(same call) q", q)
r, q = sl.rq(M.T, mode="economic")
emit_mat("rq_econ_r", "r, q = scipy.linalg.rq(M.T, mode='economic')", r)
emit_mat("rq_econ_q", "(same call) q", q)
r = sl.rq(M.T, mode="r")
emit_mat("rq_r_only", "r = scipy.linalg.rq(M.T, mode='r')", r)

# lstsq
x, res, rank, s = sl.lstsq(M, B)
emit_mat("lstsq_x", "x, residues, rank, s = scipy.linalg.lstsq(M, B)", x)
emit_vec("lstsq_res", "(same call) residues", res)
emit_num("lstsq_rank", "(same call) rank", rank, "std::size_t")
emit_vec("lstsq_s", "(same call) s", s)
x, res, rank, s = sl.lstsq(M, b4)
emit_vec("lstsq_vx", "x, residues, rank, s = scipy.linalg.lstsq(M, b4)  (residues is 0-d)", x)
emit_num("lstsq_vres", "(same call) residues", res)
x, res, rank, s = sl.lstsq(D, B)
assert res.size == 0
emit_mat("lstsq_d_x", "x, residues, rank, s = scipy.linalg.lstsq(D, B)  (residues empty)", x)
emit_num("lstsq_d_rank", "(same call) rank", rank, "std::size_t")
emit_vec("lstsq_d_s", "(same call) s", s)
x, res, rank, s = sl.lstsq(M.T, b3)
assert res.size == 0
emit_vec("lstsq_u_x", "x, residues, rank, s = scipy.linalg.lstsq(M.T, b3)  (residues empty)", x)
emit_num("lstsq_u_rank", "(same call) rank", rank, "std::size_t")
x, res, rank, s = sl.lstsq(M, B, cond=0.05)
assert res.size == 0
emit_mat("lstsq_c_x", "x, residues, rank, s = scipy.linalg.lstsq(M, B, cond=0.05)  (residues empty)", x)
emit_num("lstsq_c_rank", "(same call) rank", rank, "std::size_t")
x, res, rank, s = sl.lstsq(M, B, lapack_driver="gelsy")
assert res.size == 0 and s is None
emit_mat("lstsq_gelsy_x", "x, residues, rank, s = scipy.linalg.lstsq(M, B, lapack_driver='gelsy')  (residues empty, s None)", x)
emit_num("lstsq_gelsy_rank", "(same call) rank", rank, "std::size_t")
x, res, rank, s = sl.lstsq(M, B, lapack_driver="gelss")
emit_mat("lstsq_gelss_x", "x, residues, rank, s = scipy.linalg.lstsq(M, B, lapack_driver='gelss')", x)
emit_vec("lstsq_gelss_res", "(same call) residues", res)

# pinv, matrix_rank
emit_mat("pinv_m", "scipy.linalg.pinv(M)", sl.pinv(M))
bp, rank = sl.pinv(D, return_rank=True)
emit_mat("pinv_d", "b, rank = scipy.linalg.pinv(D, return_rank=True)", bp)
emit_num("pinv_d_rank", "(same call) rank", rank, "std::size_t")
bp, rank = sl.pinv(M, atol=1.0, return_rank=True)
emit_mat("pinv_atol", "b, rank = scipy.linalg.pinv(M, atol=1.0, return_rank=True)", bp)
emit_num("pinv_atol_rank", "(same call) rank", rank, "std::size_t")
bp, rank = sl.pinv(M, rtol=0.1, return_rank=True)
emit_mat("pinv_rtol", "b, rank = scipy.linalg.pinv(M, rtol=0.1, return_rank=True)", bp)
emit_num("pinv_rtol_rank", "(same call) rank", rank, "std::size_t")
emit_num("rank_d", "numpy.linalg.matrix_rank(D)", np.linalg.matrix_rank(D), "std::size_t")
emit_num("rank_m", "numpy.linalg.matrix_rank(M)", np.linalg.matrix_rank(M), "std::size_t")
emit_num("rank_m_tol", "numpy.linalg.matrix_rank(M, tol=1.0)", np.linalg.matrix_rank(M, tol=1.0), "std::size_t")

# null_space, orth
emit_mat("null_d", "scipy.linalg.null_space(D)", sl.null_space(D))
emit_mat("null_mt", "scipy.linalg.null_space(M.T)", sl.null_space(M.T))
assert sl.null_space(M).shape == (3, 0)
emit_mat("null_m_rcond", "scipy.linalg.null_space(M, rcond=0.05)", sl.null_space(M, rcond=0.05))
emit_mat("orth_d", "scipy.linalg.orth(D)", sl.orth(D))
emit_mat("orth_m", "scipy.linalg.orth(M)", sl.orth(M))
emit_mat("orth_m_rcond", "scipy.linalg.orth(M, rcond=0.05)", sl.orth(M, rcond=0.05))

# norms
for label, ord_ in [("fro", "fro"), ("nuc", "nuc"), ("1", 1), ("-1", -1), ("2", 2), ("-2", -2),
                    ("inf", np.inf), ("-inf", -np.inf)]:
    cname = label.replace("-", "m")
    emit_num(f"norm_m_{cname}", f"scipy.linalg.norm(M, {ord_!r})", sl.norm(M, ord_))
emit_num("norm_g_2", "scipy.linalg.norm(G, 2)", sl.norm(G, 2))
emit_num("norm_m_default", "scipy.linalg.norm(M)", sl.norm(M))
for label, ord_ in [("2", 2), ("1", 1), ("inf", np.inf), ("minf", -np.inf), ("0", 0), ("3", 3),
                    ("half", 0.5), ("m1", -1)]:
    emit_num(f"vnorm_v_{label}", f"scipy.linalg.norm(V, {ord_!r})", sl.norm(V, ord_))
for label, ord_ in [("minf", -np.inf), ("m1", -1), ("m2", -2)]:
    emit_num(f"vnorm_w_{label}", f"scipy.linalg.norm(W, {ord_!r})", sl.norm(W, ord_))

header = f"""// Generated by bindings/cpp/tests/gen_linalg_orth_ref.py -- do not edit.
// SciPy {scipy.__version__}, NumPy {np.__version__}. Inputs (row-major):
// M = {M.tolist()}
// G = {G.tolist()}
// B = {B.tolist()}
// b3 = {b3.tolist()}, b4 = {b4.tolist()}
// D = {D.tolist()} (rank 2)
// V = {V.tolist()}, W = {W.tolist()}
#ifndef SCIPORT_TEST_LINALG_ORTH_REF_HPP
#define SCIPORT_TEST_LINALG_ORTH_REF_HPP

#include "sciport.hpp"

#include <cstdint>
#include <vector>

namespace ref {{

const char *const scipy_version = "{scipy.__version__}";

"""
with open(OUT, "w") as f:
    f.write(header + "\n".join(lines) + "\n\n} // namespace ref\n\n#endif\n")
print(f"wrote {OUT} ({len(lines) // 2} constants, SciPy {scipy.__version__})")
