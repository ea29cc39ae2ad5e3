package sciport

// #include "sciport.h"
import "C"

import (
	"math"
	"unsafe"
)

// The orthogonal factorizations of scipy.linalg and what rests on them (the
// library's linalg slice 2): QR, QRRaw, RQ, Lstsq, Pinv, MatrixRank,
// NullSpace, Orth, MatrixNorm and VectorNorm.

// optional converts an optional float keyword for the library: nil (SciPy's
// None) is NaN.
func optional(v *float64) C.double {
	if v == nil {
		return C.double(math.NaN())
	}
	return C.double(*v)
}

// pivots returns n zeroed pivot slots for the library (none without
// pivoting) and their address (NULL when empty). Passed as a direct
// argument, the array needs no pinning.
func pivots(pivoting bool, n int) ([]C.int64_t, *C.int64_t) {
	if !pivoting || n <= 0 {
		return nil, nil
	}
	p := make([]C.int64_t, n)
	return p, &p[0]
}

// ints converts the library's 0-based indices.
func ints(p []C.int64_t) []int {
	if p == nil {
		return nil
	}
	out := make([]int, len(p))
	for i, v := range p {
		out[i] = int(v)
	}
	return out
}

// leadingColumns returns the first k columns of the row-major rows x cols
// matrix m as a compact row-major matrix (m itself when k == cols).
func leadingColumns(m *Matrix, k int) *Matrix {
	if k == m.Cols {
		return m
	}
	out := NewMatrix(m.Rows, k, nil)
	for i := 0; i < m.Rows; i++ {
		copy(out.Data[i*k:(i+1)*k], m.Data[i*m.Cols:i*m.Cols+k])
	}
	return out
}

// QROptions are the keywords of scipy.linalg.qr for the modes that return
// matrices. The zero value (or nil) is SciPy's defaults.
type QROptions struct {
	// Mode is "full" ("", also "qr"), "economic" or "r". Mode "raw" is
	// QRRaw (here an InvalidArgument error).
	Mode string
	// Pivoting computes the column-pivoted factorization a[:, P] = Q R.
	Pivoting bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// QRResult is scipy.linalg.qr's (Q, R) or, with Pivoting, (Q, R, P).
type QRResult struct {
	// Q is the orthogonal factor: m x m for "full", m x k for "economic"
	// (k = min(m, n)), nil for "r".
	Q *Matrix
	// R is the upper trapezoidal factor: m x n for "full" and "r", k x n for
	// "economic".
	R *Matrix
	// P is the 0-based column order (a[:, P] = Q R) with Pivoting, else nil.
	P []int
}

// QR is scipy.linalg.qr(a) of an m x n matrix: a = Q R, or with Pivoting
// a[:, P] = Q R with |diag(R)| non-increasing. The Householder conventions
// are LAPACK's (geqrf / geqp3), so Q and R equal SciPy's to rounding.
func QR(a *Matrix, opts *QROptions) (QRResult, error) {
	q, r, p, err := qrBody(a.strided(), opts, func(av *C.sciport_mat, mode *C.char, pivoting, check C.bool,
		qv, rv *C.sciport_mat, p *C.int64_t, np C.size_t, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_qr(av, mode, pivoting, check, qv, rv, p, np, cerr)
	})
	return QRResult{Q: (*Matrix)(q), R: (*Matrix)(r), P: p}, err
}

// qrBody is the body of QR and QRComplex: it allocates Q and R for the mode
// (and P with Pivoting), makes the pinned views and runs call, the library's
// qr for V, the C view type of T.
func qrBody[T elem, V cmatType](a *strided[T], opts *QROptions, call func(av *V, mode *C.char,
	pivoting, check C.bool, qv, rv *V, p *C.int64_t, np C.size_t, cerr **C.sciport_error) C.sciport_status) (
	*strided[T], *strided[T], []int, error) {
	if opts == nil {
		opts = &QROptions{}
	}
	var f callFrame
	defer f.release()
	m, n := a.shape()
	m, n = max(m, 0), max(n, 0)
	k := min(m, n)
	var q, r *strided[T]
	switch opts.Mode {
	case "economic":
		q, r = outputStrided[T](&f, m, k), outputStrided[T](&f, k, n)
	case "r":
		r = outputStrided[T](&f, m, n)
	default:
		// "full", "qr" and the names the library rejects.
		q, r = outputStrided[T](&f, m, m), outputStrided[T](&f, m, n)
	}
	p, pPtr := pivots(opts.Pivoting, n)
	av, qv, rv := matView[T, V](&f, "a", a), matView[T, V](&f, "q", q), matView[T, V](&f, "r", r)
	mode := f.cstring(opts.Mode)
	if f.failure != nil {
		return nil, nil, nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(av, mode, C.bool(opts.Pivoting), finite(opts.SkipFiniteCheck),
		qv, rv, pPtr, C.size_t(len(p)), &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, nil, nil, err
	}
	var perm []int
	if opts.Pivoting {
		perm = ints(p)
		if perm == nil {
			perm = []int{}
		}
	}
	return q, r, perm, nil
}

// QRRawOptions are the keywords of scipy.linalg.qr(a, mode='raw'). The zero
// value (or nil) is SciPy's defaults.
type QRRawOptions struct {
	// Pivoting computes the column-pivoted factorization (LAPACK geqp3).
	Pivoting bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// QRRawResult is scipy.linalg.qr(a, mode='raw')'s ((H, Tau), R) or, with
// Pivoting, ((H, Tau), R, P).
type QRRawResult struct {
	// H is m x n: R on and above the diagonal, the Householder vectors v_i
	// below it (their unit leading entries implied).
	H *Matrix
	// Tau holds the k = min(m, n) scalars of H_i = I - Tau[i] v_i v_i^T;
	// Q = H_0 ... H_{k-1}.
	Tau []float64
	// R is the k x n upper trapezoidal factor.
	R *Matrix
	// P is the 0-based column order with Pivoting, else nil.
	P []int
}

// QRRaw is scipy.linalg.qr(a, mode='raw'): LAPACK geqrf's (geqp3's with
// Pivoting) packed Householder form of an m x n matrix.
func QRRaw(a *Matrix, opts *QRRawOptions) (QRRawResult, error) {
	if opts == nil {
		opts = &QRRawOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := dims(a)
	m, n = max(m, 0), max(n, 0)
	k := min(m, n)
	h, r := f.output(m, n), f.output(k, n)
	tau := f.vector(k)
	p, pPtr := pivots(opts.Pivoting, n)
	av, hv, rv := f.mat("a", a), f.mat("h", h), f.mat("r", r)
	if f.failure != nil {
		return QRRawResult{}, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_qr_raw(av, C.bool(opts.Pivoting), finite(opts.SkipFiniteCheck),
		hv, doubles(tau), C.size_t(len(tau)), rv, pPtr, C.size_t(len(p)), &cerr)
	if err := takeError(status, cerr); err != nil {
		return QRRawResult{}, err
	}
	out := QRRawResult{H: h, Tau: tau, R: r}
	if opts.Pivoting {
		out.P = ints(p)
		if out.P == nil {
			out.P = []int{}
		}
	}
	return out, nil
}

// RQOptions are the keywords of scipy.linalg.rq. The zero value (or nil) is
// SciPy's defaults.
type RQOptions struct {
	// Mode is "full" (""), "economic" or "r".
	Mode string
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// RQResult is scipy.linalg.rq's (R, Q).
type RQResult struct {
	// R is upper trapezoidal: m x n for "full" and "r", m x k for
	// "economic" (k = min(m, n)).
	R *Matrix
	// Q has orthonormal rows: n x n for "full", k x n for "economic", nil
	// for "r".
	Q *Matrix
}

// RQ is scipy.linalg.rq(a) of an m x n matrix: a = R Q (LAPACK gerqf's
// conventions, so the factors equal SciPy's to rounding).
func RQ(a *Matrix, opts *RQOptions) (RQResult, error) {
	if opts == nil {
		opts = &RQOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := dims(a)
	m, n = max(m, 0), max(n, 0)
	k := min(m, n)
	var r, q *Matrix
	switch opts.Mode {
	case "economic":
		r, q = f.output(m, k), f.output(k, n)
	case "r":
		r = f.output(m, n)
	default:
		r, q = f.output(m, n), f.output(n, n)
	}
	av, rv, qv := f.mat("a", a), f.mat("r", r), f.mat("q", q)
	mode := f.cstring(opts.Mode)
	if f.failure != nil {
		return RQResult{}, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_rq(av, mode, finite(opts.SkipFiniteCheck), rv, qv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return RQResult{}, err
	}
	return RQResult{R: r, Q: q}, nil
}

// LstsqOptions are the keywords of scipy.linalg.lstsq. The zero value (or
// nil) is SciPy's defaults.
type LstsqOptions struct {
	// Cond is the cutoff: singular values <= Cond*S[0] count as zero. nil
	// is None (machine epsilon).
	Cond *float64
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
	// LapackDriver is "gelsd" (""), "gelss" or "gelsy". All three solve the
	// same way here; with "gelsy" the rank follows the singular-value rule
	// and S is nil, as SciPy's None.
	LapackDriver string
}

// LstsqResult is scipy.linalg.lstsq's (x, residues, rank, s).
type LstsqResult struct {
	// X is the n x k minimum-norm solution of min ||b - a x||_2.
	X *Matrix
	// Residues holds the k squared residual norms when m > n, the rank is
	// n and the driver is not "gelsy"; otherwise it is empty, as SciPy's
	// empty array.
	Residues []float64
	// Rank is the effective rank of a.
	Rank int
	// S holds the min(m, n) singular values of a, descending (nil for
	// "gelsy").
	S []float64
}

// Lstsq is scipy.linalg.lstsq(a, b): the minimum-norm least-squares
// solution of a x = b for an m x n matrix a and an m x k matrix b (use
// ColVector for a vector b).
func Lstsq(a, b *Matrix, opts *LstsqOptions) (LstsqResult, error) {
	if opts == nil {
		opts = &LstsqOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := dims(a)
	_, nrhs := dims(b)
	m, n, nrhs = max(m, 0), max(n, 0), max(nrhs, 0)
	x := f.output(n, nrhs)
	residues := f.vector(nrhs)
	var s []float64
	if opts.LapackDriver != "gelsy" {
		s = f.vector(min(m, n))
	}
	av, bv, xv := f.mat("a", a), f.mat("b", b), f.mat("x", x)
	driver := f.cstring(opts.LapackDriver)
	if f.failure != nil {
		return LstsqResult{}, f.failure
	}
	var nres, rank C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_lstsq(av, bv, optional(opts.Cond), finite(opts.SkipFiniteCheck), driver,
		xv, doubles(residues), C.size_t(len(residues)), &nres, &rank, doubles(s), C.size_t(len(s)), &cerr)
	if err := takeError(status, cerr); err != nil {
		return LstsqResult{}, err
	}
	return LstsqResult{X: x, Residues: residues[:int(nres):int(nres)], Rank: int(rank), S: s}, nil
}

// PinvOptions are the keywords of scipy.linalg.pinv. The zero value (or nil)
// is SciPy's defaults.
type PinvOptions struct {
	// Atol is the absolute threshold on the singular values; nil is None
	// (0).
	Atol *float64
	// Rtol is the threshold relative to the largest singular value; nil is
	// None (max(m, n) * eps).
	Rtol *float64
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// PinvResult is scipy.linalg.pinv(a, return_rank=True)'s (B, rank).
type PinvResult struct {
	// B is the n x m pseudo-inverse of the m x n matrix a.
	B *Matrix
	// Rank is the number of singular values kept (> Atol + Rtol*s_max).
	Rank int
}

// Pinv is scipy.linalg.pinv(a, return_rank=True): the Moore-Penrose
// pseudo-inverse of an m x n matrix from its SVD. Negative thresholds are a
// StatusInvalidArgument error ("atol and rtol values must be positive.").
func Pinv(a *Matrix, opts *PinvOptions) (PinvResult, error) {
	if opts == nil {
		opts = &PinvOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := dims(a)
	b := f.output(n, m)
	av, bv := f.mat("a", a), f.mat("apinv", b)
	if f.failure != nil {
		return PinvResult{}, f.failure
	}
	var rank C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_pinv(av, optional(opts.Atol), optional(opts.Rtol),
		finite(opts.SkipFiniteCheck), bv, &rank, &cerr)
	if err := takeError(status, cerr); err != nil {
		return PinvResult{}, err
	}
	return PinvResult{B: b, Rank: int(rank)}, nil
}

// MatrixRankOptions are the keywords of numpy.linalg.matrix_rank (plus
// check_finite). The zero value (or nil) is NumPy's defaults.
type MatrixRankOptions struct {
	// Tol is the threshold on the singular values; nil is None
	// (s_max * max(m, n) * eps).
	Tol *float64
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// MatrixRank is numpy.linalg.matrix_rank(a): the number of singular values
// of a greater than Tol.
func MatrixRank(a *Matrix, opts *MatrixRankOptions) (int, error) {
	if opts == nil {
		opts = &MatrixRankOptions{}
	}
	var f callFrame
	defer f.release()
	av := f.mat("a", a)
	if f.failure != nil {
		return 0, f.failure
	}
	var rank C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_matrix_rank(av, optional(opts.Tol), finite(opts.SkipFiniteCheck), &rank, &cerr)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return int(rank), nil
}

// NullSpaceOptions are the keywords of scipy.linalg.null_space. The zero
// value (or nil) is SciPy's defaults.
type NullSpaceOptions struct {
	// Rcond is the relative cutoff: singular values <= Rcond*s_max count as
	// zero. nil is None (max(m, n) * eps).
	Rcond *float64
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// NullSpace is scipy.linalg.null_space(a): an orthonormal basis of the null
// space of an m x n matrix, as the columns of an n x (n - rank) matrix. The
// basis is unique only up to an orthogonal change of basis.
func NullSpace(a *Matrix, opts *NullSpaceOptions) (*Matrix, error) {
	if opts == nil {
		opts = &NullSpaceOptions{}
	}
	var f callFrame
	defer f.release()
	_, n := dims(a)
	q := f.output(n, n)
	av, qv := f.mat("a", a), f.mat("q", q)
	if f.failure != nil {
		return nil, f.failure
	}
	var ncols C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_null_space(av, optional(opts.Rcond), finite(opts.SkipFiniteCheck), qv, &ncols, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return leadingColumns(q, int(ncols)), nil
}

// OrthOptions are the keywords of scipy.linalg.orth. The zero value (or nil)
// is SciPy's defaults. Like SciPy, Orth always rejects NaN and Inf.
type OrthOptions struct {
	// Rcond is the relative cutoff, as in NullSpaceOptions; nil is None.
	Rcond *float64
}

// Orth is scipy.linalg.orth(a): an orthonormal basis of the range of an
// m x n matrix, as the columns of an m x rank matrix.
func Orth(a *Matrix, opts *OrthOptions) (*Matrix, error) {
	if opts == nil {
		opts = &OrthOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := dims(a)
	q := f.output(m, min(m, n))
	av, qv := f.mat("a", a), f.mat("q", q)
	if f.failure != nil {
		return nil, f.failure
	}
	var ncols C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_orth(av, optional(opts.Rcond), qv, &ncols, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return leadingColumns(q, int(ncols)), nil
}

// MatrixNorm is scipy.linalg.norm(a, ord) of a matrix (named apart from the
// fft Norm type): ord is "fro" ("", SciPy's default), "nuc", "1", "-1", "2",
// "-2", "inf" or "-inf", as NumPy defines them. Another ord is a
// StatusUnknownName error; a minimum over no rows or columns ("-1", "-2",
// "-inf" of an empty matrix) a StatusInvalidArgument error, as NumPy's.
func MatrixNorm(a *Matrix, ord string, opts *CheckOptions) (float64, error) {
	var f callFrame
	defer f.release()
	av := f.mat("a", a)
	cord := f.cstring(ord)
	if f.failure != nil {
		return 0, f.failure
	}
	var out C.double
	var cerr *C.sciport_error
	status := C.sciport_linalg_norm(av, cord, opts.checkFinite(), &out, &cerr)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return float64(out), nil
}

// VectorNorm is scipy.linalg.norm(x, ord) of a vector: ord 2 is SciPy's
// default (ord=None), math.Inf(1) the largest |x_i|, math.Inf(-1) the
// smallest, 0 the number of nonzeros and any other p (sum |x_i|^p)^(1/p).
// A NaN ord, and math.Inf(-1) of an empty x, are StatusInvalidArgument
// errors.
func VectorNorm(x []float64, ord float64, opts *CheckOptions) (float64, error) {
	var f callFrame
	defer f.release()
	v := &C.sciport_vec{len: C.size_t(len(x)), stride: 1}
	if len(x) > 0 {
		f.pinner.Pin(&x[0])
		v.data = (*C.double)(unsafe.Pointer(&x[0]))
	}
	var out C.double
	var cerr *C.sciport_error
	status := C.sciport_linalg_vector_norm(v, C.double(ord), opts.checkFinite(), &out, &cerr)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return float64(out), nil
}
