package sciport

// #include "sciport.h"
import "C"

import (
	"fmt"
	"math"
	"unsafe"
)

// The structured solvers and special matrices of scipy.linalg (the
// library's linalg slice 3): SolveBanded, SolvehBanded, SolveToeplitz,
// SolveCirculant, Toeplitz, Circulant, Hilbert, Kron and BlockDiag.

// vec builds the pinned contiguous sciport_vec view of x (a nil or empty x
// is an empty vector with a NULL data pointer, which the library accepts).
func (f *callFrame) vec(x []float64) *C.sciport_vec {
	v := &C.sciport_vec{len: C.size_t(len(x)), stride: 1}
	if len(x) > 0 {
		f.pinner.Pin(&x[0])
		v.data = (*C.double)(unsafe.Pointer(&x[0]))
	}
	return v
}

// optionalVec is vec for an optional vector argument: nil (SciPy's None) is
// NULL, while a non-nil empty slice is an empty vector.
func (f *callFrame) optionalVec(x []float64) *C.sciport_vec {
	if x == nil {
		return nil
	}
	return f.vec(x)
}

// product returns a*b for non-negative a and b, or false when it overflows
// an int.
func product(a, b int) (int, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	if a > math.MaxInt/b {
		return 0, false
	}
	return a * b, true
}

// SolveBanded is scipy.linalg.solve_banded((l, u), ab, b): the solution x
// of a x = b for the n x n band matrix a with l subdiagonals and u
// superdiagonals, given in LAPACK's diagonal-ordered form as the
// (l + u + 1) x n matrix ab with ab[u + i - j, j] = a[i, j] (the unused
// corners of ab are not read), and an n x k matrix b (use ColVector for a
// vector b); x is n x k. Band LU with partial pivoting (LAPACK gbsv's order).
//
// A zero pivot is a StatusSingular error ("singular matrix"); as in SciPy,
// a 1 x 1 system divides by ab[u, 0] without that check. l + u + 1 differing
// from ab's rows, or b's rows from n, is a StatusDimensionMismatch error, and
// a negative l or u a StatusInvalidArgument error (SciPy: LAPACK's "illegal
// value" ValueError).
func SolveBanded(l, u int, ab, b *Matrix, opts *CheckOptions) (*Matrix, error) {
	if l < 0 || u < 0 {
		return nil, newError(StatusInvalidArgument,
			"the numbers of lower and upper diagonals must be non-negative; got (l, u) = (%d, %d)", l, u)
	}
	var f callFrame
	defer f.release()
	x := f.output(dims(b))
	abv, bv, xv := f.mat("ab", ab), f.mat("b", b), f.mat("x", x)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_banded(C.size_t(l), C.size_t(u), abv, bv, opts.checkFinite(), xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// SolvehBandedOptions are the keywords of scipy.linalg.solveh_banded. The
// zero value (or nil) is SciPy's defaults.
type SolvehBandedOptions struct {
	// Lower says ab holds the lower form, ab[i - j, j] = a[i, j] for i >= j
	// (default: the upper form, ab[kd + i - j, j] = a[i, j] for i <= j).
	Lower bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// SolvehBanded is scipy.linalg.solveh_banded(ab, b): the solution x of
// a x = b for the symmetric positive definite n x n band matrix a with kd
// off-diagonals, given as the (kd + 1) x n matrix ab (upper form unless
// Lower), and an n x k matrix b; x is n x k. Band Cholesky (LAPACK pbsv).
//
// A matrix that is not positive definite is a StatusSingular error ("<k>th
// leading minor not positive definite", k 1-based as in SciPy); b's rows
// differing from n, or an ab with no rows, a StatusDimensionMismatch error.
func SolvehBanded(ab, b *Matrix, opts *SolvehBandedOptions) (*Matrix, error) {
	if opts == nil {
		opts = &SolvehBandedOptions{}
	}
	var f callFrame
	defer f.release()
	x := f.output(dims(b))
	abv, bv, xv := f.mat("ab", ab), f.mat("b", b), f.mat("x", x)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_solveh_banded(abv, bv, C.bool(opts.Lower), finite(opts.SkipFiniteCheck), xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// SolveToeplitz is scipy.linalg.solve_toeplitz((c, r), b): the solution x
// of T x = b for the n x n Toeplitz matrix T with first column c and first
// row r (r[0] is ignored), and an n x k matrix b; x is n x k. A nil r is
// SciPy's solve_toeplitz(c, b): r = c, a symmetric T. Levinson recursion,
// O(n^2) per column.
//
// Like SciPy's, the recursion needs every leading principal minor of T
// nonsingular, even when T itself is not singular: a singular one is a
// StatusSingular error ("Singular principal minor"). Lengths of c, r and
// b's rows that differ are a StatusDimensionMismatch error ("Incompatible
// dimensions").
func SolveToeplitz(c, r []float64, b *Matrix, opts *CheckOptions) (*Matrix, error) {
	var f callFrame
	defer f.release()
	x := f.output(dims(b))
	cv, rv := f.vec(c), f.optionalVec(r)
	bv, xv := f.mat("b", b), f.mat("x", x)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_toeplitz(cv, rv, bv, opts.checkFinite(), xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// SolveCirculantOptions are the keywords of scipy.linalg.solve_circulant.
// The zero value (or nil) is SciPy's defaults. Like SciPy's, SolveCirculant
// has no finite check.
type SolveCirculantOptions struct {
	// Singular is what a near-singular matrix does: "raise" ("", SciPy's
	// default) is a StatusSingular error, "lstsq" gives the least-squares
	// solution. Another name is a StatusUnknownName error (SciPy treats
	// any name but "raise" as "lstsq").
	Singular string
	// Tol is the threshold: an eigenvalue with |lambda| <= Tol counts as
	// zero. nil is None (max |lambda| * n * eps).
	Tol *float64
}

// SolveCirculant is scipy.linalg.solve_circulant(c, b): the solution x of
// C x = b for the n x n circulant matrix C = Circulant(c) and an n x k
// matrix b, whose columns are solved together; x is n x k. It divides by C's
// eigenvalues fft(c). SciPy's caxis / baxis / outaxis batching is the
// caller's loop.
//
// A near-singular C with Singular "raise" is a StatusSingular error ("near
// singular circulant matrix."); len(c) differing from b's rows a
// StatusDimensionMismatch error.
func SolveCirculant(c []float64, b *Matrix, opts *SolveCirculantOptions) (*Matrix, error) {
	if opts == nil {
		opts = &SolveCirculantOptions{}
	}
	var f callFrame
	defer f.release()
	x := f.output(dims(b))
	cv := f.vec(c)
	bv, xv := f.mat("b", b), f.mat("x", x)
	singular := f.cstring(opts.Singular)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_circulant(cv, bv, singular, optional(opts.Tol), xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// Toeplitz is scipy.linalg.toeplitz(c, r): the len(c) x len(r) Toeplitz
// matrix with first column c and first row r (r[0] is ignored; c[0] wins).
// A nil r is SciPy's toeplitz(c): r = c, a square symmetric matrix; a non-nil
// empty r gives len(c) x 0.
func Toeplitz(c, r []float64) (*Matrix, error) {
	var f callFrame
	defer f.release()
	cols := len(c)
	if r != nil {
		cols = len(r)
	}
	out := f.output(len(c), cols)
	cv, rv := f.vec(c), f.optionalVec(r)
	ov := f.mat("out", out)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_toeplitz(cv, rv, ov, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// Circulant is scipy.linalg.circulant(c): the n x n circulant matrix with
// first column c (column j is c rotated down by j), n = len(c).
func Circulant(c []float64) (*Matrix, error) {
	var f callFrame
	defer f.release()
	out := f.output(len(c), len(c))
	cv, ov := f.vec(c), f.mat("out", out)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_circulant(cv, ov, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// Hilbert is scipy.linalg.hilbert(n): the n x n Hilbert matrix,
// h[i, j] = 1 / (i + j + 1) (0-based). A negative n is a
// StatusInvalidArgument error.
func Hilbert(n int) (*Matrix, error) {
	if n < 0 {
		return nil, newError(StatusInvalidArgument, "n must be non-negative; got %d", n)
	}
	var f callFrame
	defer f.release()
	out := f.output(n, n)
	ov := f.mat("out", out)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_hilbert(C.size_t(n), ov, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// Kron is scipy.linalg.kron(a, b): the Kronecker product of an ma x na
// matrix a and an mb x nb matrix b, the (ma mb) x (na nb) matrix whose block
// (i, j) is a[i, j] b. A result too large to index is a
// StatusDimensionMismatch error (as the library's size_t overflow), one too
// large to allocate a StatusAllocation error.
func Kron(a, b *Matrix) (*Matrix, error) {
	var f callFrame
	defer f.release()
	ma, na := dims(a)
	mb, nb := dims(b)
	rows, ok1 := product(max(ma, 0), max(mb, 0))
	cols, ok2 := product(max(na, 0), max(nb, 0))
	if !ok1 || !ok2 {
		return nil, newError(StatusDimensionMismatch,
			"the Kronecker product of a %d x %d and a %d x %d matrix is too large", ma, na, mb, nb)
	}
	out := f.output(rows, cols)
	av, bv, ov := f.mat("a", a), f.mat("b", b), f.mat("out", out)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_kron(av, bv, ov, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// BlockDiag is scipy.linalg.block_diag(*blocks): the blocks on the diagonal
// of a (sum of rows) x (sum of columns) matrix, zeros elsewhere. Blocks may
// have zero rows or columns (they shift the following blocks, as in SciPy);
// no blocks give SciPy's 1 x 0 result. For SciPy's 1-D array arguments (a
// 1 x n row block) pass NewMatrix(1, len(v), v). A nil block is a
// StatusNullPointer error.
func BlockDiag(blocks ...*Matrix) (*Matrix, error) {
	var f callFrame
	defer f.release()
	rows, cols := 0, 0
	for i, b := range blocks {
		if b == nil {
			return nil, newError(StatusNullPointer, "blocks[%d] is nil", i)
		}
		if b.Rows < 0 || b.Cols < 0 {
			return nil, newError(StatusInvalidArgument,
				"blocks[%d]: shape %d x %d has a negative extent", i, b.Rows, b.Cols)
		}
		if b.Rows > math.MaxInt-rows || b.Cols > math.MaxInt-cols {
			return nil, newError(StatusDimensionMismatch, "the block diagonal matrix is too large")
		}
		rows, cols = rows+b.Rows, cols+b.Cols
	}
	if len(blocks) == 0 {
		rows = 1
	}
	out := f.output(rows, cols)
	// The views live in a Go slice passed directly to C: it holds only
	// pointers to memory pinned by f.mat, as cgo requires.
	var views []C.sciport_mat
	var first *C.sciport_mat
	if len(blocks) > 0 {
		views = make([]C.sciport_mat, len(blocks))
		for i, b := range blocks {
			if v := f.mat(fmt.Sprintf("blocks[%d]", i), b); v != nil {
				views[i] = *v
			}
		}
		first = &views[0]
	}
	ov := f.mat("out", out)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_block_diag(first, C.size_t(len(views)), ov, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}
