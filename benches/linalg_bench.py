#!/usr/bin/env python3
"""sciport linalg vs scipy.linalg on the same inputs, in one run.

    cargo build --release
    python benches/linalg_bench.py           # needs numpy, scipy, threadpoolctl
    python benches/linalg_bench.py --big     # adds n = 3000 (slow)

sciport is called through its C API (target/release/libsciport.so, loaded with
ctypes) on sciport_mat views of C-order numpy arrays, writing into
preallocated outputs; SciPy is called as users call it (it allocates).

Threads: sciport_set_num_threads(t) for sciport, threadpoolctl's
threadpool_limits(t) for the OpenBLAS copies numpy and scipy load.

OpenBLAS reads OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE when it is loaded; a
machine that sets them (to dodge bugs of older OpenBLAS builds) slows a
current one down, so this script re-runs itself with both removed from its
own environment (only this process; --keep-openblas-env keeps them) and
prints the kernel threadpoolctl reports.

Timing: per case, one warm-up call of each library, then each library in its
own block until it has spent --budget seconds (default 0.5) and made at least
3 timed calls (at most 50; 2 when one call takes over 3 s), with a 0.5 s pause
before each block (OpenBLAS's worker threads spin after a call and would take
a core from sciport's next call on a 2-core machine). The median counts.
ratio = sciport / scipy (below 1 = sciport faster). The last column is the
max abs difference of the two results (svd: singular values; eig, eigvals:
eigenvalues, sorted, as the Schur order can differ from LAPACK's; hessenberg:
H; polar: u and p; expm: exp(a); ldl: lu and d, "piv!" when perm differs;
eigh: eigenvalues; lu_factor: the lu matrices, "piv!" when the pivots differ;
qr: R (and the pivots); lstsq: x (2n x n and 6n x n); pinv: the pseudo-inverse).
"""

import os
import sys

_OB_VARS = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
if "--keep-openblas-env" not in sys.argv and any(v in os.environ for v in _OB_VARS):
    removed = {v: os.environ[v] for v in _OB_VARS if v in os.environ}
    env = {k: v for k, v in os.environ.items() if k not in _OB_VARS}
    env["SCIPORT_BENCH_UNSET"] = " ".join(f"{k}={v}" for k, v in removed.items())
    os.execve(sys.executable, [sys.executable] + sys.argv, env)

import argparse  # noqa: E402
import ctypes as C  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import scipy  # noqa: E402
import scipy.linalg as sl  # noqa: E402
from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_LIB = os.path.join(ROOT, "target", "release", "libsciport.so")


class Mat(C.Structure):
    """sciport_mat: element (i, j) is data[i * row_stride + j * col_stride]."""

    _fields_ = [("data", C.POINTER(C.c_double)), ("nrows", C.c_size_t), ("ncols", C.c_size_t),
                ("row_stride", C.c_ssize_t), ("col_stride", C.c_ssize_t)]


class SolveOptions(C.Structure):
    """sciport_linalg_solve_options."""

    _fields_ = [("struct_size", C.c_size_t), ("assume_a", C.c_char_p), ("lower", C.c_bool),
                ("transposed", C.c_bool), ("check_finite", C.c_bool)]


class EighOptions(C.Structure):
    """sciport_linalg_eigh_options."""

    _fields_ = [("struct_size", C.c_size_t), ("lower", C.c_bool), ("check_finite", C.c_bool),
                ("subset_by_index", C.c_int64 * 2), ("subset_by_value", C.c_double * 2),
                ("driver", C.c_char_p)]


class Vec(C.Structure):
    """sciport_vec: element i is data[i * stride]."""

    _fields_ = [("data", C.POINTER(C.c_double)), ("len", C.c_size_t), ("stride", C.c_ssize_t)]


def vecv(v):
    """A sciport_vec view of the 1-D float64 numpy array `v`."""
    assert v.dtype == np.float64 and v.ndim == 1
    x = Vec(v.ctypes.data_as(C.POINTER(C.c_double)), v.shape[0], v.strides[0] // 8)
    x._keep = v
    return x


class CMat(C.Structure):
    """sciport_cmat: complex (re, im) pairs, strides in elements."""

    _fields_ = [("data", C.c_void_p), ("nrows", C.c_size_t), ("ncols", C.c_size_t),
                ("row_stride", C.c_ssize_t), ("col_stride", C.c_ssize_t)]


def cmat(a):
    """A sciport_cmat view of the 2-D complex128 numpy array `a`."""
    assert a.dtype == np.complex128 and a.ndim == 2
    m = CMat(a.ctypes.data, a.shape[0], a.shape[1], a.strides[0] // 16, a.strides[1] // 16)
    m._keep = a
    return m


def mat(a):
    """A sciport_mat view of the 2-D float64 numpy array `a` (any strides)."""
    assert a.dtype == np.float64 and a.ndim == 2
    m = Mat(a.ctypes.data_as(C.POINTER(C.c_double)), a.shape[0], a.shape[1],
            a.strides[0] // 8, a.strides[1] // 8)
    m._keep = a
    return m


class Sciport:
    """The sciport C functions the benchmark calls (signatures from linalg_spec)."""

    def __init__(self, path):
        lib = self.lib = C.CDLL(path)
        P, B, S, I32 = C.POINTER(Mat), C.c_bool, C.c_size_t, C.c_int32
        CP = C.POINTER(CMat)
        D, I64 = C.POINTER(C.c_double), C.POINTER(C.c_int64)
        E = C.POINTER(C.c_void_p)
        sigs = {
            "solve": [P, P, C.POINTER(SolveOptions), P, D, E],
            "lu_factor": [P, B, P, I64, S, E],
            "lu": [P, B, B, P, I64, S, P, P, E],
            "lu_solve": [P, I64, S, P, I32, B, P, E],
            "cho_factor": [P, B, B, P, E],
            "cho_solve": [P, B, P, B, P, E],
            "inv": [P, B, P, E],
            "det": [P, B, D, E],
            "svd": [P, B, B, C.c_char_p, D, S, P, P, E],
            "eigh": [P, C.POINTER(EighOptions), D, S, P, C.POINTER(C.c_size_t), E],
            "eigh_generalized": [P, P, C.c_int32, C.POINTER(EighOptions), D, S, P,
                                 C.POINTER(C.c_size_t), E],
            "eig": [P, P, B, B, C.c_void_p, S, C.POINTER(CMat), C.POINTER(CMat), E],
            "eigvals": [P, P, B, B, C.c_void_p, S, E],
            "hessenberg": [P, B, P, P, E],
            "polar": [P, C.c_char_p, P, P, E],
            "expm": [P, P, E],
            "ldl": [P, B, B, B, P, P, I64, S, E],
            "qr": [P, C.c_char_p, B, B, P, P, I64, S, E],
            "lstsq": [P, P, C.c_double, B, C.c_char_p, P, D, S, C.POINTER(C.c_size_t),
                      C.POINTER(C.c_size_t), D, S, E],
            "pinv": [P, C.c_double, C.c_double, B, P, C.POINTER(C.c_size_t), E],
            "solve_banded": [S, S, P, P, B, P, E],
            "solveh_banded": [P, P, B, B, P, E],
            "solve_toeplitz": [C.POINTER(Vec), C.POINTER(Vec), P, B, P, E],
            "solve_circulant": [C.POINTER(Vec), P, C.c_char_p, C.c_double, P, E],
            "schur": [P, C.c_char_p, B, P, P, C.POINTER(C.c_size_t), E],
            "solve_sylvester": [P, P, P, P, C.POINTER(C.c_bool), E],
            "solve_continuous_lyapunov": [P, P, P, C.POINTER(C.c_bool), E],
            "solve_continuous_are": [P, P, P, P, P, P, B, P, E],
            "solve_discrete_are": [P, P, P, P, P, P, B, P, E],
            "sqrtm": [P, CP, C.POINTER(C.c_bool), C.POINTER(C.c_int32), E],
            "logm": [P, CP, C.POINTER(C.c_bool), D, C.POINTER(C.c_int32), E],
            "solve_complex": [CP, CP, C.POINTER(SolveOptions), CP, D, E],
            "inv_complex": [CP, B, CP, E],
            "svd_complex": [CP, B, B, C.c_char_p, D, S, CP, CP, E],
            "eigh_complex": [CP, C.POINTER(EighOptions), D, S, CP, C.POINTER(C.c_size_t), E],
            "schur_complex": [CP, C.c_char_p, B, CP, CP, C.POINTER(C.c_size_t), E],
        }
        for name, args in sigs.items():
            f = getattr(lib, f"sciport_linalg_{name}")
            f.argtypes, f.restype = args, C.c_int32
        lib.sciport_linalg_solve_options_default.restype = SolveOptions
        lib.sciport_linalg_eigh_options_default.restype = EighOptions
        lib.sciport_set_num_threads.argtypes = [C.c_size_t]
        lib.sciport_get_num_threads.restype = C.c_size_t
        lib.sciport_version.restype = C.c_char_p
        lib.sciport_error_message.argtypes = [C.c_void_p]
        lib.sciport_error_message.restype = C.c_char_p
        lib.sciport_error_free.argtypes = [C.c_void_p]

    def version(self):
        return self.lib.sciport_version().decode()

    def set_threads(self, n):
        self.lib.sciport_set_num_threads(n)

    def caller(self, name, *args):
        """A no-argument function calling sciport_linalg_<name>(*args, &err);
        raises with sciport's message on a non-zero status."""
        f = getattr(self.lib, f"sciport_linalg_{name}")
        err = C.c_void_p()
        full = args + (C.byref(err),)

        def run():
            status = f(*full)
            if status != 0:
                msg = self.lib.sciport_error_message(err).decode() if err else ""
                self.lib.sciport_error_free(err)
                raise RuntimeError(f"sciport_linalg_{name}: status {status}: {msg}")
        run.keep = args
        return run


# ---------------------------------------------------------------- inputs

def general(n, rng):
    """A row-permuted I + G/(2 sqrt n): well conditioned, |det| near 1 at any n
    (so det neither overflows nor underflows), and partial pivoting must swap
    nearly every row."""
    m = np.eye(n) + 0.5 * rng.standard_normal((n, n)) / np.sqrt(n)
    return np.ascontiguousarray(m[rng.permutation(n)])


def spd(n, rng):
    g = rng.standard_normal((n, n))
    return np.ascontiguousarray(g @ g.T / n + np.eye(n))


def symmetric(n, rng):
    g = rng.standard_normal((n, n))
    return np.ascontiguousarray((g + g.T) / np.sqrt(2 * n))


def maxdiff(x, y):
    return float(np.max(np.abs(np.asarray(x) - np.asarray(y)))) if np.size(x) else 0.0


# ---------------------------------------------------------------- cases
# Each builder returns (sciport_fn, scipy_fn, check) where check() (called after
# both ran at least once) returns the max abs difference as a string.

def case_solve(sp, n, rng, nrhs):
    a, b = general(n, rng), np.ascontiguousarray(rng.standard_normal((n, nrhs)))
    x = np.empty((n, nrhs))
    opts = sp.lib.sciport_linalg_solve_options_default()
    rcond = C.c_double()
    A, Bm, X = mat(a), mat(b), mat(x)
    f = sp.caller("solve", C.byref(A), C.byref(Bm), C.byref(opts), C.byref(X), C.byref(rcond))
    res = {}
    g = lambda: res.__setitem__("x", sl.solve(a, b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def case_lu_factor(sp, n, rng, nrhs):
    a = general(n, rng)
    lu, piv = np.empty((n, n)), np.empty(n, dtype=np.int64)
    A, LU = mat(a), mat(lu)
    f = sp.caller("lu_factor", C.byref(A), True, C.byref(LU),
                  piv.ctypes.data_as(C.POINTER(C.c_int64)), n)
    res = {}
    g = lambda: res.__setitem__("r", sl.lu_factor(a))  # noqa: E731

    def check():
        lu2, piv2 = res["r"]
        s = f"{maxdiff(lu, lu2):.1e}"
        return s if np.array_equal(piv, piv2) else s + " piv!"
    return f, g, check


def case_lu(sp, n, rng, nrhs):
    """scipy.linalg.lu(a): P (matrix), L and U of the lu_factor matrix."""
    a = general(n, rng)
    p, l, u = np.empty((n, n)), np.empty((n, n)), np.empty((n, n))
    A, Pm, L, U = mat(a), mat(p), mat(l), mat(u)
    f = sp.caller("lu", C.byref(A), False, True, C.byref(Pm), None, 0, C.byref(L), C.byref(U))
    res = {}
    g = lambda: res.__setitem__("r", sl.lu(a))  # noqa: E731

    def check():
        p2, l2, u2 = res["r"]
        s = f"{max(maxdiff(l, l2), maxdiff(u, u2)):.1e}"
        return s if np.array_equal(p, p2) else s + " piv!"
    return f, g, check


def case_lu_solve(sp, n, rng, nrhs):
    """Both solve with the same factors: SciPy's lu_factor of the same matrix
    (SciPy gets lu as lu_factor returns it, Fortran order; sciport a C-order copy)."""
    a, b = general(n, rng), np.ascontiguousarray(rng.standard_normal((n, nrhs)))
    lu_f, piv32 = sl.lu_factor(a)
    lu_c, piv = np.ascontiguousarray(lu_f), piv32.astype(np.int64)
    x = np.empty((n, nrhs))
    LU, Bm, X = mat(lu_c), mat(b), mat(x)
    f = sp.caller("lu_solve", C.byref(LU), piv.ctypes.data_as(C.POINTER(C.c_int64)), n,
                  C.byref(Bm), 0, True, C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.lu_solve((lu_f, piv32), b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def case_cho(sp, n, rng, nrhs):
    """cho_factor then cho_solve (upper, SciPy's default), timed together."""
    a, b = spd(n, rng), np.ascontiguousarray(rng.standard_normal((n, nrhs)))
    c, x = np.empty((n, n)), np.empty((n, nrhs))
    A, Cm, Bm, X = mat(a), mat(c), mat(b), mat(x)
    fac = sp.caller("cho_factor", C.byref(A), False, True, C.byref(Cm))
    sol = sp.caller("cho_solve", C.byref(Cm), False, C.byref(Bm), True, C.byref(X))

    def f():
        fac()
        sol()
    res = {}
    g = lambda: res.__setitem__("x", sl.cho_solve(sl.cho_factor(a), b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def make_case_eigh(driver):
    def case_eigh(sp, n, rng, nrhs):
        a = symmetric(n, rng)
        w, v, m = np.empty(n), np.empty((n, n)), C.c_size_t()
        opts = sp.lib.sciport_linalg_eigh_options_default()
        opts.driver = driver.encode() if driver else None
        A, V = mat(a), mat(v)
        f = sp.caller("eigh", C.byref(A), C.byref(opts), w.ctypes.data_as(C.POINTER(C.c_double)),
                      n, C.byref(V), C.byref(m))
        res = {}
        if driver:
            g = lambda: res.__setitem__("r", sl.eigh(a, driver=driver))  # noqa: E731
        else:
            g = lambda: res.__setitem__("r", sl.eigh(a))  # noqa: E731

        def check():
            s = f"{maxdiff(w, res['r'][0]):.1e}"
            return s if m.value == n else s + f" m={m.value}!"
        return f, g, check
    return case_eigh


def case_eig(sp, n, rng, nrhs):
    """scipy.linalg.eig(a): eigenvalues and right eigenvectors of a general matrix."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    w, vr = np.empty(n, dtype=complex), np.empty((n, n), dtype=complex)
    A, VR = mat(a), cmat(vr)
    f = sp.caller("eig", C.byref(A), None, True, False, w.ctypes.data, n, None, C.byref(VR))
    res = {}
    g = lambda: res.__setitem__("r", sl.eig(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(np.sort_complex(w), np.sort_complex(res['r'][0])):.1e}"


def case_eigvals(sp, n, rng, nrhs):
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    w = np.empty(n, dtype=complex)
    A = mat(a)
    f = sp.caller("eigvals", C.byref(A), None, True, False, w.ctypes.data, n)
    res = {}
    g = lambda: res.__setitem__("w", sl.eigvals(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(np.sort_complex(w), np.sort_complex(res['w'])):.1e}"


def case_hessenberg(sp, n, rng, nrhs):
    """scipy.linalg.hessenberg(a, calc_q=True)."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    h, q = np.empty((n, n)), np.empty((n, n))
    A, H, Q = mat(a), mat(h), mat(q)
    f = sp.caller("hessenberg", C.byref(A), True, C.byref(H), C.byref(Q))
    res = {}
    g = lambda: res.__setitem__("r", sl.hessenberg(a, calc_q=True))  # noqa: E731
    return f, g, lambda: f"{maxdiff(h, res['r'][0]):.1e}"


def case_polar(sp, n, rng, nrhs):
    """scipy.linalg.polar(a) (side right)."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    u, p = np.empty((n, n)), np.empty((n, n))
    A, U, Pm = mat(a), mat(u), mat(p)
    f = sp.caller("polar", C.byref(A), None, C.byref(U), C.byref(Pm))
    res = {}
    g = lambda: res.__setitem__("r", sl.polar(a))  # noqa: E731
    return f, g, lambda: f"{max(maxdiff(u, res['r'][0]), maxdiff(p, res['r'][1])):.1e}"


def case_expm(sp, n, rng, nrhs):
    """scipy.linalg.expm(a) of G / sqrt(n) (1-norm ~ 1: Padé degree 9 or 13)."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)) / np.sqrt(n))
    x = np.empty((n, n))
    A, X = mat(a), mat(x)
    f = sp.caller("expm", C.byref(A), C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.expm(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def case_ldl(sp, n, rng, nrhs):
    """scipy.linalg.ldl(a) (lower) of a symmetric indefinite matrix."""
    a = symmetric(n, rng)
    lu, d, perm = np.empty((n, n)), np.empty((n, n)), np.empty(n, dtype=np.int64)
    A, L, D = mat(a), mat(lu), mat(d)
    f = sp.caller("ldl", C.byref(A), True, True, True, C.byref(L), C.byref(D),
                  perm.ctypes.data_as(C.POINTER(C.c_int64)), n)
    res = {}
    g = lambda: res.__setitem__("r", sl.ldl(a))  # noqa: E731

    def check():
        lu2, d2, perm2 = res["r"]
        s = f"{max(maxdiff(lu, lu2), maxdiff(d, d2)):.1e}"
        return s if np.array_equal(perm, perm2) else s + " piv!"
    return f, g, check


def case_eigh_b(sp, n, rng, nrhs):
    """scipy.linalg.eigh(a, b) (type 1, SciPy's default driver gvd)."""
    a, b = symmetric(n, rng), spd(n, rng)
    w, v, m = np.empty(n), np.empty((n, n)), C.c_size_t()
    opts = sp.lib.sciport_linalg_eigh_options_default()
    A, Bm, V = mat(a), mat(b), mat(v)
    f = sp.caller("eigh_generalized", C.byref(A), C.byref(Bm), 1, C.byref(opts),
                  w.ctypes.data_as(C.POINTER(C.c_double)), n, C.byref(V), C.byref(m))
    res = {}
    g = lambda: res.__setitem__("r", sl.eigh(a, b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(w, res['r'][0]):.1e}"


def case_svd(sp, n, rng, nrhs):
    """Full SVD with vectors (full_matrices=True, gesdd), as scipy.linalg.svd(a)."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    s, u, vh = np.empty(n), np.empty((n, n)), np.empty((n, n))
    A, U, VH = mat(a), mat(u), mat(vh)
    f = sp.caller("svd", C.byref(A), True, True, None, s.ctypes.data_as(C.POINTER(C.c_double)),
                  n, C.byref(U), C.byref(VH))
    res = {}
    g = lambda: res.__setitem__("r", sl.svd(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(s, res['r'][1]):.1e}"


def case_inv(sp, n, rng, nrhs):
    a = general(n, rng)
    ai = np.empty((n, n))
    A, AI = mat(a), mat(ai)
    f = sp.caller("inv", C.byref(A), True, C.byref(AI))
    res = {}
    g = lambda: res.__setitem__("r", sl.inv(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(ai, res['r']):.1e}"


def case_det(sp, n, rng, nrhs):
    a = general(n, rng)
    d = C.c_double()
    A = mat(a)
    f = sp.caller("det", C.byref(A), True, C.byref(d))
    res = {}
    g = lambda: res.__setitem__("r", sl.det(a))  # noqa: E731
    return f, g, lambda: f"{abs(d.value - res['r']):.1e}"


def make_case_qr(mode, pivoting):
    """scipy.linalg.qr(a, mode, pivoting) on a 2n x n Gaussian (economic) or an
    n x n one (full); the check compares R (and the pivots)."""
    def case_qr(sp, n, rng, nrhs):
        m = 2 * n if mode == "economic" else n
        a = np.ascontiguousarray(rng.standard_normal((m, n)))
        q, r = np.empty((m, n if mode == "economic" else m)), np.empty((n if mode == "economic" else m, n))
        p = np.empty(n, dtype=np.int64)
        A, Q, R = mat(a), mat(q), mat(r)
        pp = p.ctypes.data_as(C.POINTER(C.c_int64)) if pivoting else None
        f = sp.caller("qr", C.byref(A), mode.encode(), pivoting, True, C.byref(Q), C.byref(R),
                      pp, n if pivoting else 0)
        res = {}
        g = lambda: res.__setitem__("r", sl.qr(a, mode=mode, pivoting=pivoting))  # noqa: E731

        def check():
            s = f"{maxdiff(r, res['r'][1]):.1e}"
            return s if not pivoting or np.array_equal(p, res["r"][2]) else s + " piv!"
        return f, g, check
    return case_qr


def make_case_lstsq(rows_per_col):
    """scipy.linalg.lstsq(a, b) (gelsd) with a (k n) x n Gaussian a and a
    (k n) x nrhs b, k = rows_per_col (6 at n = 500 is the issue's 3000 x 500)."""
    def case_lstsq(sp, n, rng, nrhs):
        return lstsq_case(sp, rows_per_col * n, n, rng, nrhs)
    return case_lstsq


def lstsq_case(sp, m, n, rng, nrhs):
    """lstsq on an m x n Gaussian a and m x nrhs b; the check compares x."""
    a = np.ascontiguousarray(rng.standard_normal((m, n)))
    b = np.ascontiguousarray(rng.standard_normal((m, nrhs)))
    x, resid, s = np.empty((n, nrhs)), np.empty(nrhs), np.empty(n)
    nres, rank = C.c_size_t(), C.c_size_t()
    A, Bm, X = mat(a), mat(b), mat(x)
    D = C.POINTER(C.c_double)
    f = sp.caller("lstsq", C.byref(A), C.byref(Bm), float("nan"), True, None, C.byref(X),
                  resid.ctypes.data_as(D), nrhs, C.byref(nres), C.byref(rank),
                  s.ctypes.data_as(D), n)
    res = {}
    g = lambda: res.__setitem__("r", sl.lstsq(a, b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['r'][0]):.1e}"


def case_pinv(sp, n, rng, nrhs):
    """scipy.linalg.pinv(a) of an n x n Gaussian."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    ap = np.empty((n, n))
    rank = C.c_size_t()
    A, AP = mat(a), mat(ap)
    f = sp.caller("pinv", C.byref(A), float("nan"), float("nan"), True, C.byref(AP),
                  C.byref(rank))
    res = {}
    g = lambda: res.__setitem__("r", sl.pinv(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(ap, res['r']):.1e}"


def case_solve_banded(sp, n, rng, nrhs):
    """scipy.linalg.solve_banded((5, 3), ab, b): a random n x n band matrix
    with 5 sub- and 3 superdiagonals (pivoting happens)."""
    l, u = 5, 3
    ab = np.ascontiguousarray(rng.standard_normal((l + u + 1, n)))
    b = np.ascontiguousarray(rng.standard_normal((n, nrhs)))
    x = np.empty((n, nrhs))
    AB, Bm, X = mat(ab), mat(b), mat(x)
    f = sp.caller("solve_banded", l, u, C.byref(AB), C.byref(Bm), True, C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.solve_banded((l, u), ab, b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']) / max(1.0, np.abs(res['x']).max()):.1e}r"


def case_solveh_banded(sp, n, rng, nrhs):
    """scipy.linalg.solveh_banded(ab, b) (upper form), kd = 4, diagonally
    dominant so positive definite."""
    kd = 4
    ab = np.ascontiguousarray(rng.uniform(-1, 1, (kd + 1, n)))
    ab[kd] = 2 * kd + 2
    b = np.ascontiguousarray(rng.standard_normal((n, nrhs)))
    x = np.empty((n, nrhs))
    AB, Bm, X = mat(ab), mat(b), mat(x)
    f = sp.caller("solveh_banded", C.byref(AB), C.byref(Bm), False, True, C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.solveh_banded(ab, b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def case_solve_toeplitz(sp, n, rng, nrhs):
    """scipy.linalg.solve_toeplitz((c, r), b), a diagonally dominant T."""
    c = rng.uniform(-1, 1, n) / np.arange(1, n + 1)
    r = rng.uniform(-1, 1, n) / np.arange(1, n + 1)
    c[0] = r[0] = 3.0
    b = np.ascontiguousarray(rng.standard_normal((n, nrhs)))
    x = np.empty((n, nrhs))
    CV, RV, Bm, X = vecv(c), vecv(r), mat(b), mat(x)
    f = sp.caller("solve_toeplitz", C.byref(CV), C.byref(RV), C.byref(Bm), True, C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.solve_toeplitz((c, r), b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def case_solve_circulant(sp, n, rng, nrhs):
    """scipy.linalg.solve_circulant(c, b) for a 1-D b (SciPy's form; its
    2-D b with several columns goes through baxis batching)."""
    c = rng.uniform(-1, 1, n)
    c[0] += 3.0
    b = rng.standard_normal(n)
    x = np.empty((n, 1))
    CV, Bm, X = vecv(c), mat(b.reshape(n, 1)), mat(x)
    f = sp.caller("solve_circulant", C.byref(CV), C.byref(Bm), None, float("nan"), C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.solve_circulant(c, b))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x[:, 0], res['x']):.1e}"


def case_schur(sp, n, rng, nrhs):
    """scipy.linalg.schur(a) of a random non-normal a (Schur vectors wanted).
    The result is not unique: the check is sciport's z t zᵀ - a."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)))
    t, z = np.empty((n, n)), np.empty((n, n))
    A, T, Z = mat(a), mat(t), mat(z)
    sdim = C.c_size_t()
    f = sp.caller("schur", C.byref(A), None, True, C.byref(T), C.byref(Z), C.byref(sdim))
    g = lambda: sl.schur(a)  # noqa: E731
    return f, g, lambda: f"{maxdiff(z @ t @ z.T, a):.1e}b"


def stable(n, rng):
    """A random a with eigenvalues in the left half plane."""
    return np.ascontiguousarray(rng.standard_normal((n, n)) / np.sqrt(n) - 2 * np.eye(n))


def case_sylvester(sp, n, rng, nrhs):
    """scipy.linalg.solve_sylvester(a, b, q), a, b n x n."""
    a, b, q = stable(n, rng), stable(n, rng), np.ascontiguousarray(rng.standard_normal((n, n)))
    x = np.empty((n, n))
    A, Bm, Q, X = mat(a), mat(b), mat(q), mat(x)
    f = sp.caller("solve_sylvester", C.byref(A), C.byref(Bm), C.byref(Q), C.byref(X), None)
    res = {}
    g = lambda: res.__setitem__("x", sl.solve_sylvester(a, b, q))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']):.1e}"


def case_lyapunov(sp, n, rng, nrhs):
    """scipy.linalg.solve_continuous_lyapunov(a, q)."""
    a, q = stable(n, rng), spd(n, rng)
    x = np.empty((n, n))
    A, Q, X = mat(a), mat(q), mat(x)
    f = sp.caller("solve_continuous_lyapunov", C.byref(A), C.byref(Q), C.byref(X), None)
    res = {}
    g = lambda: res.__setitem__("x", sl.solve_continuous_lyapunov(a, q))  # noqa: E731
    return f, g, lambda: f"{maxdiff(x, res['x']) / np.abs(res['x']).max():.1e}r"


def make_case_are(kind):
    def case_are(sp, n, rng, nrhs):
        """scipy.linalg.solve_{continuous,discrete}_are(a, b, q, r), b n x n/4."""
        k = max(1, n // 4)
        a = rng.standard_normal((n, n)) / np.sqrt(n)
        a = np.ascontiguousarray(a if kind == "continuous" else a / 2)
        b = np.ascontiguousarray(rng.standard_normal((n, k)))
        q, r = np.eye(n), np.eye(k)
        x = np.empty((n, n))
        A, Bm, Q, R, X = mat(a), mat(b), mat(q), mat(r), mat(x)
        f = sp.caller(f"solve_{kind}_are", C.byref(A), C.byref(Bm), C.byref(Q), C.byref(R),
                      None, None, True, C.byref(X))
        solver = sl.solve_continuous_are if kind == "continuous" else sl.solve_discrete_are
        res = {}
        g = lambda: res.__setitem__("x", solver(a, b, q, r))  # noqa: E731
        return f, g, lambda: f"{maxdiff(x, res['x']) / np.abs(res['x']).max():.1e}r"
    return case_are


def case_sqrtm(sp, n, rng, nrhs):
    """scipy.linalg.sqrtm(a) of an SPD-shifted random a (real root)."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)) / np.sqrt(n) + 3 * np.eye(n))
    x = np.empty((n, n), dtype=complex)
    A, X = mat(a), cmat(x)
    f = sp.caller("sqrtm", C.byref(A), C.byref(X), None, None)
    res = {}
    g = lambda: res.__setitem__("x", sl.sqrtm(a))  # noqa: E731
    return f, g, lambda: f"{np.abs(x - res['x']).max():.1e}"


def case_logm(sp, n, rng, nrhs):
    """scipy.linalg.logm(a) of the same SPD-shifted random a (real log)."""
    a = np.ascontiguousarray(rng.standard_normal((n, n)) / np.sqrt(n) + 3 * np.eye(n))
    x = np.empty((n, n), dtype=complex)
    A, X = mat(a), cmat(x)
    f = sp.caller("logm", C.byref(A), C.byref(X), None, None, None)
    res = {}
    g = lambda: res.__setitem__("x", sl.logm(a))  # noqa: E731
    return f, g, lambda: f"{np.abs(x - res['x']).max():.1e}"


def crandom(n, rng):
    return np.ascontiguousarray(np.eye(n) + (rng.standard_normal((n, n))
                                + 1j * rng.standard_normal((n, n))) / (2 * np.sqrt(n)))


def case_solve_complex(sp, n, rng, nrhs):
    """scipy.linalg.solve(a, b), complex a and b."""
    a = crandom(n, rng)
    b = np.ascontiguousarray(rng.standard_normal((n, nrhs)) + 1j * rng.standard_normal((n, nrhs)))
    x = np.empty((n, nrhs), dtype=complex)
    A, Bm, X = cmat(a), cmat(b), cmat(x)
    opts = sp.lib.sciport_linalg_solve_options_default()
    f = sp.caller("solve_complex", C.byref(A), C.byref(Bm), C.byref(opts), C.byref(X), None)
    res = {}
    g = lambda: res.__setitem__("x", sl.solve(a, b))  # noqa: E731
    return f, g, lambda: f"{np.abs(x - res['x']).max():.1e}"


def case_inv_complex(sp, n, rng, nrhs):
    """scipy.linalg.inv(a), complex a."""
    a = crandom(n, rng)
    x = np.empty((n, n), dtype=complex)
    A, X = cmat(a), cmat(x)
    f = sp.caller("inv_complex", C.byref(A), True, C.byref(X))
    res = {}
    g = lambda: res.__setitem__("x", sl.inv(a))  # noqa: E731
    return f, g, lambda: f"{np.abs(x - res['x']).max():.1e}"


def case_svd_complex(sp, n, rng, nrhs):
    """scipy.linalg.svd(a) (gesdd, full matrices), complex a: singular values
    compared."""
    a = crandom(n, rng)
    s = np.empty(n)
    u, vh = np.empty((n, n), dtype=complex), np.empty((n, n), dtype=complex)
    A, U, V = cmat(a), cmat(u), cmat(vh)
    f = sp.caller("svd_complex", C.byref(A), True, True, b"gesdd",
                  s.ctypes.data_as(C.POINTER(C.c_double)), n, C.byref(U), C.byref(V))
    res = {}
    g = lambda: res.__setitem__("r", sl.svd(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(s, res['r'][1]):.1e}"


def case_eigh_complex(sp, n, rng, nrhs):
    """scipy.linalg.eigh(a) of a complex Hermitian a: eigenvalues compared."""
    g0 = crandom(n, rng)
    a = np.ascontiguousarray(g0 + g0.conj().T)
    w = np.empty(n)
    v = np.empty((n, n), dtype=complex)
    A, V = cmat(a), cmat(v)
    opts = sp.lib.sciport_linalg_eigh_options_default()
    m = C.c_size_t()
    f = sp.caller("eigh_complex", C.byref(A), C.byref(opts), w.ctypes.data_as(C.POINTER(C.c_double)),
                  n, C.byref(V), C.byref(m))
    res = {}
    g = lambda: res.__setitem__("r", sl.eigh(a))  # noqa: E731
    return f, g, lambda: f"{maxdiff(w, res['r'][0]):.1e}"


def make_case_schur_complex(real_valued):
    """scipy.linalg.schur(a, output='complex') of a random complex a, or of a
    real a given as complex (SciPy's own conversion for this output). The
    result is not unique: the check is sciport's z t zᴴ - a."""
    def case(sp, n, rng, nrhs):
        a = rng.standard_normal((n, n)) + (0 if real_valued else 1j * rng.standard_normal((n, n)))
        a = np.ascontiguousarray(a, dtype=complex)
        t, z = np.empty((n, n), dtype=complex), np.empty((n, n), dtype=complex)
        A, T, Z = cmat(a), cmat(t), cmat(z)
        sdim = C.c_size_t()
        f = sp.caller("schur_complex", C.byref(A), None, True, C.byref(T), C.byref(Z),
                      C.byref(sdim))
        g = lambda: sl.schur(a, output="complex")  # noqa: E731
        return f, g, lambda: f"{np.abs(z @ t @ z.conj().T - a).max():.1e}b"
    return case


CASES = [
    ("solve", case_solve),
    ("lu_factor", case_lu_factor),
    ("lu", case_lu),
    ("lu_solve", case_lu_solve),
    ("cho_factor+solve", case_cho),
    ("eigh", make_case_eigh(None)),
    ("eigh evd", make_case_eigh("evd")),
    ("eigh b", case_eigh_b),
    ("eig", case_eig),
    ("eigvals", case_eigvals),
    ("hessenberg", case_hessenberg),
    ("polar", case_polar),
    ("expm", case_expm),
    ("ldl", case_ldl),
    ("svd gesdd", case_svd),
    ("inv", case_inv),
    ("det", case_det),
    ("qr", make_case_qr("full", False)),
    ("qr economic", make_case_qr("economic", False)),
    ("qr pivoting", make_case_qr("full", True)),
    ("lstsq", make_case_lstsq(2)),
    ("lstsq 6:1", make_case_lstsq(6)),
    ("pinv", case_pinv),
    ("solve_banded", case_solve_banded),
    ("solveh_banded", case_solveh_banded),
    ("solve_toeplitz", case_solve_toeplitz),
    ("solve_circulant", case_solve_circulant),
    ("schur", case_schur),
    ("solve_sylvester", case_sylvester),
    ("continuous_lyapunov", case_lyapunov),
    ("continuous_are", make_case_are("continuous")),
    ("discrete_are", make_case_are("discrete")),
    ("sqrtm", case_sqrtm),
    ("logm", case_logm),
    ("solve complex", case_solve_complex),
    ("inv complex", case_inv_complex),
    ("svd complex", case_svd_complex),
    ("eigh complex", case_eigh_complex),
    ("schur complex", make_case_schur_complex(False)),
    ("schur complex real-valued", make_case_schur_complex(True)),
]


def timed(fn):
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def measure(f_sp, f_sc, budget, min_reps=3, max_reps=50):
    """Median wall times (sciport, scipy): one warm-up call each, then each
    library in its own block until it has spent `budget` s with at least
    `min_reps` calls, with a pause before each block (OpenBLAS's worker
    threads spin for a while after a call; on 2 cores they would take a core
    from the next sciport call, and rayon's from SciPy's)."""
    w_sp, w_sc = timed(f_sp), timed(f_sc)
    if max(w_sp, w_sc) > 3.0:
        min_reps = 2

    def block(fn):
        time.sleep(PAUSE)
        times = []
        while len(times) < min_reps or (sum(times) < budget and len(times) < max_reps):
            times.append(timed(fn))
        return statistics.median(times)
    return block(f_sp), block(f_sc)


# Seconds between blocks: longer than OpenBLAS's spin-wait before its
# worker threads sleep.
PAUSE = 0.5


def blas_description():
    out = []
    for info in threadpool_info():
        if info.get("user_api") == "blas":
            out.append(f"{info.get('internal_api')} {info.get('version')} kernel="
                       f"{info.get('architecture')} threads={info.get('num_threads')}"
                       f" ({os.path.basename(info.get('filepath', ''))})")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--lib", default=DEFAULT_LIB, help="path to libsciport.so")
    ap.add_argument("--sizes", default="100,500,1500", help="comma-separated n values")
    ap.add_argument("--big", action="store_true", help="also n = 3000")
    ap.add_argument("--threads", default="1,2", help="comma-separated thread counts")
    ap.add_argument("--budget", type=float, default=0.5, help="seconds per library per case")
    ap.add_argument("--nrhs", type=int, default=1, help="right-hand sides for the solves")
    ap.add_argument("--only", default="", help="comma-separated case names to run")
    ap.add_argument("--keep-openblas-env", action="store_true",
                    help="do not remove OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE")
    args = ap.parse_args()
    if not os.path.exists(args.lib):
        sys.exit(f"{args.lib} not found: run `cargo build --release` first")
    sizes = [int(s) for s in args.sizes.split(",")] + ([3000] if args.big else [])
    threads = [int(t) for t in args.threads.split(",")]
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    cases = [c for c in CASES if not only or c[0] in only]

    sp = Sciport(args.lib)
    print(f"sciport {sp.version()} ({args.lib}) vs scipy {scipy.__version__}"
          f" (numpy {np.__version__}), {os.cpu_count()} cores,"
          f" load average {os.getloadavg()[0]:.2f}")
    unset = os.environ.get("SCIPORT_BENCH_UNSET")
    kept = [f"{v}={os.environ[v]}" for v in _OB_VARS if v in os.environ]
    print("OpenBLAS env: " + (f"unset {unset} for this run" if unset else
                              f"kept {' '.join(kept)}" if kept else "none of "
                              + "/".join(_OB_VARS) + " set"))
    for line in blas_description():
        print("  " + line)
    head = (f"{'function':<17}{'n':>5}{'thr':>4} | {'sciport ms':>11}{'scipy ms':>11}"
            f"{'ratio':>7} | {'max abs diff':>14}")
    print(head)
    print("-" * len(head), flush=True)
    t_start = time.perf_counter()
    for n in sizes:
        for nt in threads:
            sp.set_threads(nt)
            with threadpool_limits(limits=nt):
                for label, build in cases:
                    rng = np.random.default_rng(1000 + n)
                    f_sp, f_sc, check = build(sp, n, rng, args.nrhs)
                    t_sp, t_sc = measure(f_sp, f_sc, args.budget)
                    print(f"{label:<17}{n:>5}{nt:>4} | {t_sp * 1e3:>11.3f}{t_sc * 1e3:>11.3f}"
                          f"{t_sp / t_sc:>7.2f} | {check():>14}", flush=True)
    sp.set_threads(0)
    print(f"ratio = sciport / scipy (median times; below 1 = sciport faster);"
          f" nrhs = {args.nrhs}; total {time.perf_counter() - t_start:.0f} s,"
          f" load average now {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
