package sciport

// #include "sciport.h"
import "C"

import (
	"fmt"
	"math"
	"unsafe"
)

// Matrix is a strided 2-D view of float64 values: element (i, j) is
//
//	Data[o + i*RowStride + j*ColStride]
//
// where the origin o is 0 when both strides are non-negative (the usual
// case). A negative stride walks backwards through Data; o is then chosen so
// that Data[0] is the lowest-addressed element of the view:
// o = -(Rows-1)*RowStride when RowStride < 0, plus -(Cols-1)*ColStride when
// ColStride < 0.
//
// Row-major (C order) data has RowStride = Cols, ColStride = 1; column-major
// (Fortran, R, Julia, LAPACK order) has RowStride = 1, ColStride = Rows.
// Transposes (T) and sub-matrices (Slice) are views of the same Data, and
// every linalg function reads its inputs through the strides, so none of
// them needs a copy. Strides may be 0 (a broadcast row or column) in inputs.
//
// Results are always new row-major matrices. Inputs are never modified.
type Matrix struct {
	// Data holds the elements (and possibly others the view skips).
	Data []float64
	// Rows and Cols are the extents.
	Rows, Cols int
	// RowStride and ColStride are the steps, in elements, between
	// consecutive rows and consecutive columns.
	RowStride, ColStride int
}

// NewMatrix returns a rows x cols row-major matrix over data (not copied),
// or over new zeroed storage when data is nil. It panics, like make, for
// negative or impossibly large shapes and when len(data) != rows*cols.
func NewMatrix(rows, cols int, data []float64) *Matrix {
	return (*Matrix)(rowMajor(rows, cols, storage(rows, cols, data)))
}

// NewMatrixColMajor returns a rows x cols column-major (Fortran-order)
// matrix over data (not copied), or over new zeroed storage when data is
// nil. It panics like NewMatrix.
func NewMatrixColMajor(rows, cols int, data []float64) *Matrix {
	data = storage(rows, cols, data)
	return &Matrix{Data: data, Rows: rows, Cols: cols, RowStride: 1, ColStride: rows}
}

// FromRows returns a new row-major matrix holding a copy of rows; it panics
// when the rows have different lengths.
func FromRows(rows [][]float64) *Matrix {
	return (*Matrix)(stridedFromRows("FromRows", rows))
}

// FromColumns returns a new column-major matrix holding a copy of cols (each
// inner slice is one column); it panics when the columns have different
// lengths.
func FromColumns(cols [][]float64) *Matrix {
	n := len(cols)
	m := 0
	if n > 0 {
		m = len(cols[0])
	}
	out := NewMatrixColMajor(m, n, nil)
	for j, c := range cols {
		if len(c) != m {
			panic(fmt.Sprintf("sciport: FromColumns: column %d has %d entries, column 0 has %d", j, len(c), m))
		}
		copy(out.Data[j*m:], c)
	}
	return out
}

// ColVector returns x as a len(x) x 1 matrix (a view, not a copy), e.g. for
// the right-hand side of Solve.
func ColVector(x []float64) *Matrix {
	return &Matrix{Data: x, Rows: len(x), Cols: 1, RowStride: 1, ColStride: 1}
}

// strided is m as the element-generic view (the same memory).
func (m *Matrix) strided() *strided[float64] { return (*strided[float64])(m) }

// origin is the index in Data of element (0, 0).
func (m *Matrix) origin() int { return m.strided().origin() }

// viewOrigin is the index of element (0, 0) of a strided rows x cols view
// whose lowest-addressed element is Data[0] (shared by Matrix and CMatrix).
func viewOrigin(rows, cols, rowStride, colStride int) int {
	o := 0
	if rowStride < 0 && rows > 0 {
		o -= (rows - 1) * rowStride
	}
	if colStride < 0 && cols > 0 {
		o -= (cols - 1) * colStride
	}
	return o
}

// index is the position of element (i, j) in Data; it panics when (i, j) is
// outside the matrix.
func (m *Matrix) index(i, j int) int { return m.strided().index(i, j) }

// At returns element (i, j).
func (m *Matrix) At(i, j int) float64 { return m.Data[m.index(i, j)] }

// Set stores v at element (i, j).
func (m *Matrix) Set(i, j int, v float64) { m.Data[m.index(i, j)] = v }

// T returns the transpose as a view of the same data (no copy).
func (m *Matrix) T() *Matrix { return (*Matrix)(m.strided().t()) }

// Slice returns the view of rows [i0, i1) and columns [j0, j1), sharing
// m's data; it panics when the ranges are not within the matrix.
func (m *Matrix) Slice(i0, i1, j0, j1 int) *Matrix {
	return (*Matrix)(m.strided().slice(i0, i1, j0, j1))
}

// Clone returns a row-major copy of the matrix.
func (m *Matrix) Clone() *Matrix { return (*Matrix)(m.strided().clone()) }

// ToRows returns a copy of the elements as a slice of rows.
func (m *Matrix) ToRows() [][]float64 {
	out := make([][]float64, m.Rows)
	for i := range out {
		out[i] = make([]float64, m.Cols)
		for j := range out[i] {
			out[i][j] = m.At(i, j)
		}
	}
	return out
}

// reach returns |s|*(n-1), or false when it overflows.
func reach(n, s int) (int, bool) {
	if n <= 1 || s == 0 {
		return 0, true
	}
	if s < 0 {
		if s == math.MinInt {
			return 0, false
		}
		s = -s
	}
	if s > math.MaxInt/(n-1) {
		return 0, false
	}
	return s * (n - 1), true
}

// check verifies that the view addresses only elements of Data.
func (m *Matrix) check(name string) *Error {
	return checkView(name, m.Rows, m.Cols, m.RowStride, m.ColStride, len(m.Data))
}

// checkView verifies that a strided rows x cols view addresses only the
// first n elements of its data (shared by Matrix and CMatrix).
func checkView(name string, rows, cols, rowStride, colStride, n int) *Error {
	if rows < 0 || cols < 0 {
		return newError(StatusInvalidArgument, "%s: shape %d x %d has a negative extent", name, rows, cols)
	}
	if rows == 0 || cols == 0 {
		return nil
	}
	r, ok1 := reach(rows, rowStride)
	c, ok2 := reach(cols, colStride)
	if !ok1 || !ok2 || r > math.MaxInt-c {
		return newError(StatusInvalidArgument, "%s: strides (%d, %d) of a %d x %d matrix overflow",
			name, rowStride, colStride, rows, cols)
	}
	if need := r + c + 1; need > n {
		return newError(StatusDimensionMismatch,
			"%s: a %d x %d matrix with strides (%d, %d) spans %d elements but Data has %d",
			name, rows, cols, rowStride, colStride, need, n)
	}
	return nil
}

// mat builds the pinned sciport_mat view of m (NULL for a nil m, which the
// library reports as SCIPORT_ERR_NULL_POINTER).
func (f *callFrame) mat(name string, m *Matrix) *C.sciport_mat {
	if m == nil {
		return nil
	}
	p := pinData(f, name, m.strided())
	if p == nil {
		return nil
	}
	return &C.sciport_mat{
		data:       (*C.double)(p),
		nrows:      C.size_t(m.Rows),
		ncols:      C.size_t(m.Cols),
		row_stride: C.ptrdiff_t(m.RowStride),
		col_stride: C.ptrdiff_t(m.ColStride),
	}
}

// output allocates a rows x cols row-major result (negative extents, from
// invalid inputs the library will reject, become 0).
func (f *callFrame) output(rows, cols int) *Matrix {
	return (*Matrix)(outputStrided[float64](f, rows, cols))
}

// vector allocates a result of n float64s.
func (f *callFrame) vector(n int) []float64 {
	v, err := allocate[float64](max(n, 0))
	if err != nil {
		f.fail(err.(*Error))
		return nil
	}
	return v
}

// dims returns m's shape (0 x 0 for nil).
func dims(m *Matrix) (int, int) { return m.strided().shape() }

// doubles returns the address of s for the library (NULL when empty).
func doubles(s []float64) *C.double {
	if len(s) == 0 {
		return nil
	}
	return (*C.double)(unsafe.Pointer(&s[0]))
}

// finite converts a SkipFiniteCheck field to check_finite.
func finite(skip bool) C.bool { return C.bool(!skip) }

// Trans selects the system solved by SolveTriangular and LUSolve (SciPy's
// trans argument); the zero value is TransN.
type Trans int32

// The values of trans. Other values are passed on for the library to reject
// with StatusInvalidArgument.
const (
	// TransN solves a x = b.
	TransN Trans = 0
	// TransT solves a^T x = b.
	TransT Trans = 1
	// TransC solves a^H x = b (a^T x = b for real matrices).
	TransC Trans = 2
)

// CheckOptions are the keywords of the functions whose only option is
// check_finite (Inv, Det, LUFactor, ChoSolve, SVDVals, MatrixNorm,
// VectorNorm). The zero value (or nil) is SciPy's default.
type CheckOptions struct {
	// SkipFiniteCheck is check_finite=False: NaN and Inf in the inputs are
	// not rejected (the results are then unspecified).
	SkipFiniteCheck bool
}

func (o *CheckOptions) checkFinite() C.bool { return C.bool(o == nil || !o.SkipFiniteCheck) }

// SolveOptions are the keywords of scipy.linalg.solve. The zero value (or
// nil) is SciPy's defaults.
type SolveOptions struct {
	// AssumeA is the structure of a: "gen" (""), "sym", "her", "pos",
	// "diagonal", "upper triangular", "lower triangular", "tridiagonal",
	// "banded", or the long names "general", "symmetric", "hermitian",
	// "positive definite".
	AssumeA string
	// Lower uses the lower triangle of a for "sym", "her" and "pos".
	Lower bool
	// Transposed solves a^T x = b.
	Transposed bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// SolveResult is the solution of a linear system.
type SolveResult struct {
	// X is the n x k solution.
	X *Matrix
	// Rcond is the estimated reciprocal condition number of a in the 1-norm.
	// SciPy emits a LinAlgWarning when it is below machine epsilon; here it
	// is only reported.
	Rcond float64
}

// Solve is scipy.linalg.solve(a, b): the solution x of a x = b for a square
// n x n matrix a and an n x k matrix b (use ColVector for a vector b).
// A singular a is a StatusSingular error.
func Solve(a, b *Matrix, opts *SolveOptions) (SolveResult, error) {
	x, rcond, err := solveBody(a.strided(), b.strided(), opts, func(av, bv *C.sciport_mat,
		o *C.sciport_linalg_solve_options, xv *C.sciport_mat, rcond *C.double, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_solve(av, bv, o, xv, rcond, cerr)
	})
	return SolveResult{X: (*Matrix)(x), Rcond: rcond}, err
}

// solveBody is the body of Solve and SolveComplex: x (b's shape) and rcond
// from call, the library's solve for V, the C view type of T.
func solveBody[T elem, V cmatType](a, b *strided[T], opts *SolveOptions, call func(av, bv *V,
	o *C.sciport_linalg_solve_options, xv *V, rcond *C.double, cerr **C.sciport_error) C.sciport_status) (
	*strided[T], float64, error) {
	if opts == nil {
		opts = &SolveOptions{}
	}
	var f callFrame
	defer f.release()
	o := C.sciport_linalg_solve_options_default()
	o.assume_a = f.cstring(opts.AssumeA)
	o.lower = C.bool(opts.Lower)
	o.transposed = C.bool(opts.Transposed)
	o.check_finite = finite(opts.SkipFiniteCheck)
	rows, cols := b.shape()
	x := outputStrided[T](&f, rows, cols)
	av, bv, xv := matView[T, V](&f, "a", a), matView[T, V](&f, "b", b), matView[T, V](&f, "x", x)
	if f.failure != nil {
		return nil, 0, f.failure
	}
	var rcond C.double
	var cerr *C.sciport_error
	status := call(av, bv, &o, xv, &rcond, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, 0, err
	}
	return x, float64(rcond), nil
}

// SolveTriangularOptions are the keywords of scipy.linalg.solve_triangular.
// The zero value (or nil) is SciPy's defaults.
type SolveTriangularOptions struct {
	// Trans selects a x = b (TransN), a^T x = b (TransT) or a^H x = b (TransC).
	Trans Trans
	// Lower uses the lower triangle of a (default: the upper one).
	Lower bool
	// UnitDiagonal assumes the diagonal of a is all ones (it is not read).
	UnitDiagonal bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// SolveTriangular is scipy.linalg.solve_triangular(a, b): the solution x of
// a x = b for a triangular n x n matrix a and an n x k matrix b.
// A zero on the diagonal is a StatusSingular error.
func SolveTriangular(a, b *Matrix, opts *SolveTriangularOptions) (*Matrix, error) {
	if opts == nil {
		opts = &SolveTriangularOptions{}
	}
	var f callFrame
	defer f.release()
	x := f.output(dims(b))
	av, bv, xv := f.mat("a", a), f.mat("b", b), f.mat("x", x)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_triangular(av, bv, C.int32_t(opts.Trans), C.bool(opts.Lower),
		C.bool(opts.UnitDiagonal), finite(opts.SkipFiniteCheck), xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// LUFactorResult is scipy.linalg.lu_factor's (lu, piv).
type LUFactorResult struct {
	// LU holds U in its upper triangle and the unit lower triangular L
	// (without its diagonal) below it.
	LU *Matrix
	// Piv are the 0-based row interchanges: row i was swapped with row
	// Piv[i], for i in order.
	Piv []int
}

// LUFactor is scipy.linalg.lu_factor(a): the pivoted LU decomposition of an
// m x n matrix a, with min(m, n) pivots. A singular matrix is not an error
// (SciPy only warns): LU then has a zero on its diagonal.
func LUFactor(a *Matrix, opts *CheckOptions) (LUFactorResult, error) {
	lu, piv, err := luFactorBody(a.strided(), opts, func(av *C.sciport_mat, check C.bool, luv *C.sciport_mat,
		piv *C.int64_t, npiv C.size_t, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_lu_factor(av, check, luv, piv, npiv, cerr)
	})
	return LUFactorResult{LU: (*Matrix)(lu), Piv: piv}, err
}

// luFactorBody is the body of LUFactor and LUFactorComplex: LU (a's shape)
// and the min(m, n) pivots (empty, not nil, on success) from call, the
// library's lu_factor for V, the C view type of T.
func luFactorBody[T elem, V cmatType](a *strided[T], opts *CheckOptions, call func(av *V, check C.bool, luv *V,
	piv *C.int64_t, npiv C.size_t, cerr **C.sciport_error) C.sciport_status) (*strided[T], []int, error) {
	var f callFrame
	defer f.release()
	rows, cols := a.shape()
	lu := outputStrided[T](&f, rows, cols)
	piv, pivPtr := pivots(true, min(rows, cols))
	av, luv := matView[T, V](&f, "a", a), matView[T, V](&f, "lu", lu)
	if f.failure != nil {
		return nil, nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(av, opts.checkFinite(), luv, pivPtr, C.size_t(len(piv)), &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, nil, err
	}
	out := ints(piv)
	if out == nil {
		out = []int{}
	}
	return lu, out, nil
}

// LUSolveOptions are the keywords of scipy.linalg.lu_solve. The zero value
// (or nil) is SciPy's defaults.
type LUSolveOptions struct {
	// Trans selects a x = b (TransN), a^T x = b (TransT) or a^H x = b (TransC).
	Trans Trans
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// LUSolve is scipy.linalg.lu_solve((lu, piv), b): the solution of a x = b
// from LUFactor's result for a square a, with b n x k.
func LUSolve(lu LUFactorResult, b *Matrix, opts *LUSolveOptions) (*Matrix, error) {
	x, err := luSolveBody(lu.LU.strided(), lu.Piv, b.strided(), opts, func(luv *C.sciport_mat, piv *C.int64_t,
		npiv C.size_t, bv *C.sciport_mat, trans C.int32_t, check C.bool, xv *C.sciport_mat,
		cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_lu_solve(luv, piv, npiv, bv, trans, check, xv, cerr)
	})
	return (*Matrix)(x), err
}

// luSolveBody is the body of LUSolve and LUSolveComplex: x (b's shape) from
// call, the library's lu_solve for V, the C view type of T.
func luSolveBody[T elem, V cmatType](lu *strided[T], piv []int, b *strided[T], opts *LUSolveOptions,
	call func(luv *V, piv *C.int64_t, npiv C.size_t, bv *V, trans C.int32_t, check C.bool, xv *V,
		cerr **C.sciport_error) C.sciport_status) (*strided[T], error) {
	if opts == nil {
		opts = &LUSolveOptions{}
	}
	var f callFrame
	defer f.release()
	rows, cols := b.shape()
	x := outputStrided[T](&f, rows, cols)
	luv, bv, xv := matView[T, V](&f, "lu", lu), matView[T, V](&f, "b", b), matView[T, V](&f, "x", x)
	if f.failure != nil {
		return nil, f.failure
	}
	cpiv, pivPtr := pivots(true, len(piv))
	for i, p := range piv {
		cpiv[i] = C.int64_t(p)
	}
	var cerr *C.sciport_error
	status := call(luv, pivPtr, C.size_t(len(cpiv)), bv, C.int32_t(opts.Trans), finite(opts.SkipFiniteCheck), xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// LUOptions are the keywords of scipy.linalg.lu. The zero value (or nil) is
// SciPy's defaults.
type LUOptions struct {
	// PermuteL is permute_l=True: L holds the permuted factor P L and the
	// permutation is not returned (SciPy's (pl, u)).
	PermuteL bool
	// PIndices is p_indices=True: the permutation comes as the row indices
	// PIndices instead of the matrix P. Ignored with PermuteL, as in SciPy.
	PIndices bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// LUResult is scipy.linalg.lu's (p, l, u), with PIndices (p_indices, l, u),
// or with PermuteL (pl, u).
type LUResult struct {
	// P is the m x m permutation matrix of a = P L U; nil with PIndices or
	// PermuteL. For an empty a (m or n zero) it is 0 x 0, SciPy's empty
	// permutation.
	P *Matrix
	// PIndices are the 0-based row indices with PIndices: a = L[PIndices] U,
	// that is row i of a is row PIndices[i] of L U, and P[i, PIndices[i]] = 1.
	// Empty (not nil) for an empty a; nil without PIndices or with PermuteL.
	PIndices []int
	// L is the m x k unit lower trapezoidal factor, k = min(m, n); with
	// PermuteL it is P L (its rows permuted).
	L *Matrix
	// U is the k x n upper trapezoidal factor.
	U *Matrix
}

// LU is scipy.linalg.lu(a): the LU decomposition a = P L U of an m x n
// matrix with partial pivoting (LUFactor's factors, unpacked). A singular
// matrix is not an error: U then has a zero on its diagonal.
func LU(a *Matrix, opts *LUOptions) (LUResult, error) {
	p, idx, l, u, err := luBody(a.strided(), opts, func(av *C.sciport_mat, permuteL, check C.bool, pv *C.sciport_mat, idx *C.int64_t, nidx C.size_t,
		lv, uv *C.sciport_mat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_lu(av, permuteL, check, pv, idx, nidx, lv, uv, cerr)
	})
	return LUResult{P: (*Matrix)(p), PIndices: idx, L: (*Matrix)(l), U: (*Matrix)(u)}, err
}

// luBody is the body of LU and LUComplex: it allocates L, U and P or the
// indices (as opts asks) for a, makes the pinned views and runs call, the
// library's lu for V, the C view type of T. All results are nil on error.
func luBody[T elem, V cmatType](a *strided[T], opts *LUOptions, call func(av *V, permuteL, check C.bool, pv *V,
	idx *C.int64_t, nidx C.size_t, lv, uv *V, cerr **C.sciport_error) C.sciport_status) (
	*strided[T], []int, *strided[T], *strided[T], error) {
	if opts == nil {
		opts = &LUOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := a.shape()
	m, n = max(m, 0), max(n, 0)
	k := min(m, n)
	pm := m
	if k == 0 {
		pm = 0 // SciPy's empty permutation of an empty a
	}
	l, u := outputStrided[T](&f, m, k), outputStrided[T](&f, k, n)
	var p *strided[T]
	var idx []C.int64_t
	var idxPtr *C.int64_t
	withIndices := opts.PIndices && !opts.PermuteL
	switch {
	case withIndices:
		idx, idxPtr = pivots(true, pm)
	case !opts.PermuteL:
		p = outputStrided[T](&f, pm, pm)
	}
	av, pv := matView[T, V](&f, "a", a), matView[T, V](&f, "p", p)
	lv, uv := matView[T, V](&f, "l", l), matView[T, V](&f, "u", u)
	if f.failure != nil {
		return nil, nil, nil, nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(av, C.bool(opts.PermuteL), finite(opts.SkipFiniteCheck), pv,
		idxPtr, C.size_t(len(idx)), lv, uv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, nil, nil, nil, err
	}
	var pIndices []int
	if withIndices {
		pIndices = ints(idx)
		if pIndices == nil {
			pIndices = []int{}
		}
	}
	return p, pIndices, l, u, nil
}

// CholeskyOptions are the keywords of scipy.linalg.cholesky and cho_factor.
// The zero value (or nil) is SciPy's defaults.
type CholeskyOptions struct {
	// Lower computes the lower factor L (a = L L^T) instead of the upper U
	// (a = U^T U); only that triangle of a is read.
	Lower bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
}

// ChoFactorResult is scipy.linalg.cho_factor's (c, lower).
type ChoFactorResult struct {
	// C holds the factor in the triangle selected by Lower; the other
	// triangle holds a's entries (as LAPACK and SciPy leave it).
	C *Matrix
	// Lower tells which triangle of C is the factor.
	Lower bool
}

// cholesky runs cho_factor or cholesky.
func cholesky(a *Matrix, opts *CholeskyOptions, full bool) (*Matrix, bool, error) {
	if opts == nil {
		opts = &CholeskyOptions{}
	}
	c, err := sameShape(a.strided(), "c", func(av, cv *C.sciport_mat, cerr **C.sciport_error) C.sciport_status {
		if full {
			return C.sciport_linalg_cholesky(av, C.bool(opts.Lower), finite(opts.SkipFiniteCheck), cv, cerr)
		}
		return C.sciport_linalg_cho_factor(av, C.bool(opts.Lower), finite(opts.SkipFiniteCheck), cv, cerr)
	})
	if err != nil {
		return nil, false, err
	}
	return (*Matrix)(c), opts.Lower, nil
}

// ChoFactor is scipy.linalg.cho_factor(a): the Cholesky factor of a
// symmetric positive definite matrix, for ChoSolve. A matrix that is not
// positive definite is a StatusSingular error ("<k>-th leading minor of the
// array is not positive definite").
func ChoFactor(a *Matrix, opts *CholeskyOptions) (ChoFactorResult, error) {
	c, lower, err := cholesky(a, opts, false)
	if err != nil {
		return ChoFactorResult{}, err
	}
	return ChoFactorResult{C: c, Lower: lower}, nil
}

// Cholesky is scipy.linalg.cholesky(a): the upper factor U (a = U^T U), or
// with Lower the lower factor L (a = L L^T); the other triangle is zero.
// Errors as ChoFactor.
func Cholesky(a *Matrix, opts *CholeskyOptions) (*Matrix, error) {
	c, _, err := cholesky(a, opts, true)
	return c, err
}

// ChoSolve is scipy.linalg.cho_solve((c, lower), b): the solution of a x = b
// from ChoFactor's result, with b n x k.
func ChoSolve(c ChoFactorResult, b *Matrix, opts *CheckOptions) (*Matrix, error) {
	x, err := choSolveBody(c.C.strided(), b.strided(), func(cv, bv, xv *C.sciport_mat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_cho_solve(cv, C.bool(c.Lower), bv, opts.checkFinite(), xv, cerr)
	})
	return (*Matrix)(x), err
}

// choSolveBody is the body of ChoSolve and ChoSolveComplex: x (b's shape)
// from call, the library's cho_solve for V, the C view type of T.
func choSolveBody[T elem, V cmatType](c, b *strided[T],
	call func(cv, bv, xv *V, cerr **C.sciport_error) C.sciport_status) (*strided[T], error) {
	var f callFrame
	defer f.release()
	rows, cols := b.shape()
	x := outputStrided[T](&f, rows, cols)
	cv, bv, xv := matView[T, V](&f, "c", c), matView[T, V](&f, "b", b), matView[T, V](&f, "x", x)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(cv, bv, xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// Inv is scipy.linalg.inv(a): the inverse of a square matrix. A singular a
// is a StatusSingular error.
func Inv(a *Matrix, opts *CheckOptions) (*Matrix, error) {
	out, err := sameShape(a.strided(), "ainv", func(av, ov *C.sciport_mat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_inv(av, opts.checkFinite(), ov, cerr)
	})
	return (*Matrix)(out), err
}

// sameShape is the body of the functions whose one result has a's shape
// (Inv, Expm, the Cholesky factors and their complex twins; a non-square a
// is reported as such):
// it allocates the result, named outName, and runs call, the library's
// function for V, the C view type of T.
func sameShape[T elem, V cmatType](a *strided[T], outName string,
	call func(av, ov *V, cerr **C.sciport_error) C.sciport_status) (*strided[T], error) {
	var f callFrame
	defer f.release()
	rows, cols := a.shape()
	out := outputStrided[T](&f, rows, cols)
	av, ov := matView[T, V](&f, "a", a), matView[T, V](&f, outName, out)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(av, ov, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// Det is scipy.linalg.det(a): the determinant of a square matrix (1 for a
// 0 x 0 matrix).
func Det(a *Matrix, opts *CheckOptions) (float64, error) {
	var f callFrame
	defer f.release()
	av := f.mat("a", a)
	if f.failure != nil {
		return 0, f.failure
	}
	var det C.double
	var cerr *C.sciport_error
	status := C.sciport_linalg_det(av, opts.checkFinite(), &det, &cerr)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return float64(det), nil
}

// SVDOptions are the keywords of scipy.linalg.svd. The zero value (or nil)
// is SciPy's defaults.
type SVDOptions struct {
	// Economy is full_matrices=False: U is m x k and Vh k x n, k = min(m, n)
	// (default: U m x m, Vh n x n).
	Economy bool
	// ValuesOnly is compute_uv=False: only S is computed (U and Vh are nil).
	ValuesOnly bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
	// LapackDriver is "gesdd" ("") or "gesvd".
	LapackDriver string
}

// SVDResult is the singular value decomposition a = U diag(S) Vh.
type SVDResult struct {
	// U holds the left singular vectors as columns (nil with ValuesOnly).
	U *Matrix
	// S holds the min(m, n) singular values, descending.
	S []float64
	// Vh holds the right singular vectors as rows (nil with ValuesOnly).
	Vh *Matrix
}

// SVD is scipy.linalg.svd(a) of an m x n matrix. The signs of the singular
// vectors may differ from LAPACK's (column i of U and row i of Vh flip
// together).
func SVD(a *Matrix, opts *SVDOptions) (SVDResult, error) {
	s, u, vh, err := svd(a.strided(), opts, func(av *C.sciport_mat, full, check C.bool, driver *C.char,
		s *C.double, ns C.size_t, uv, vhv *C.sciport_mat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_svd(av, full, check, driver, s, ns, uv, vhv, cerr)
	})
	return SVDResult{U: (*Matrix)(u), S: s, Vh: (*Matrix)(vh)}, err
}

// svd is the body of SVD and SVDComplex: it allocates S (and U and Vh
// unless opts.ValuesOnly) for a, makes the pinned views and runs call, the
// library's svd for V, the C view type of T.
func svd[T elem, V cmatType](a *strided[T], opts *SVDOptions, call func(av *V, full, check C.bool, driver *C.char,
	s *C.double, ns C.size_t, uv, vhv *V, cerr **C.sciport_error) C.sciport_status) ([]float64, *strided[T], *strided[T], error) {
	if opts == nil {
		opts = &SVDOptions{}
	}
	var f callFrame
	defer f.release()
	m, n := a.shape()
	m, n = max(m, 0), max(n, 0)
	k := min(m, n)
	s := f.vector(k)
	var u, vh *strided[T]
	if !opts.ValuesOnly {
		if opts.Economy {
			u, vh = outputStrided[T](&f, m, k), outputStrided[T](&f, k, n)
		} else {
			u, vh = outputStrided[T](&f, m, m), outputStrided[T](&f, n, n)
		}
	}
	av, uv, vhv := matView[T, V](&f, "a", a), matView[T, V](&f, "u", u), matView[T, V](&f, "vh", vh)
	driver := f.cstring(opts.LapackDriver)
	if f.failure != nil {
		return nil, nil, nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(av, C.bool(!opts.Economy), finite(opts.SkipFiniteCheck), driver,
		doubles(s), C.size_t(len(s)), uv, vhv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, nil, nil, err
	}
	return s, u, vh, nil
}

// SVDVals is scipy.linalg.svdvals(a): the min(m, n) singular values of an
// m x n matrix, descending.
func SVDVals(a *Matrix, opts *CheckOptions) ([]float64, error) {
	return svdVals(a.strided(), opts, func(av *C.sciport_mat, check C.bool, s *C.double, ns C.size_t,
		cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_svdvals(av, check, s, ns, cerr)
	})
}

// svdVals is the body of SVDVals and SVDValsComplex (call: the library's
// svdvals for V, the C view type of T).
func svdVals[T elem, V cmatType](a *strided[T], opts *CheckOptions, call func(av *V, check C.bool, s *C.double,
	ns C.size_t, cerr **C.sciport_error) C.sciport_status) ([]float64, error) {
	var f callFrame
	defer f.release()
	m, n := a.shape()
	s := f.vector(min(m, n))
	av := matView[T, V](&f, "a", a)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(av, opts.checkFinite(), doubles(s), C.size_t(len(s)), &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return s, nil
}

// EighOptions are the keywords of scipy.linalg.eigh and eigvalsh. The zero
// value (or nil) is SciPy's defaults: the standard problem (b=None), type 1.
type EighOptions struct {
	// B is SciPy's b: a symmetric positive definite n x n matrix (only the
	// triangle selected by Upper is read) for the generalized problem; nil
	// = None, the standard problem.
	B *Matrix
	// Type is SciPy's type, used only with B: 1 (or 0, the default) solves
	// a v = w b v, 2 a b v = w v, 3 b a v = w v. Other values are a
	// StatusInvalidArgument error (with B; ignored without, as SciPy).
	Type int
	// Upper is lower=False: read the upper triangle of a (default: lower).
	Upper bool
	// EigvalsOnly is eigvals_only=True: Eigh leaves V nil.
	EigvalsOnly bool
	// SkipFiniteCheck is check_finite=False.
	SkipFiniteCheck bool
	// SubsetByIndex is [lo, hi]: only eigenvalues lo..hi (0-based,
	// inclusive, ascending order); nil = all.
	SubsetByIndex []int
	// SubsetByValue is [lo, hi]: only eigenvalues in the half-open interval
	// (lo, hi], which may be infinite; nil = all.
	SubsetByValue []float64
	// Driver is "ev", "evd", "evr" or "evx" without B, "gv", "gvd" or "gvx"
	// with B (the others are a StatusInvalidArgument error; subsets need
	// "gvx" or ""); "" = SciPy's choice.
	Driver string
}

// EighResult is the eigendecomposition of a symmetric matrix (or of a
// symmetric-definite pencil, with B).
type EighResult struct {
	// W holds the eigenvalues found, ascending.
	W []float64
	// V is n x len(W): column i is the eigenvector of W[i] (nil with
	// EigvalsOnly), of unit norm without B; with B normalized as SciPy's:
	// V^T B V = I for types 1 and 2, V^T B^-1 V = I for type 3. Its sign
	// may differ from LAPACK's.
	V *Matrix
}

// eighOptions builds the C options of eigh / eigvalsh (real or complex)
// from opts, recording a subset of the wrong length as an error of f.
func eighOptions(f *callFrame, opts *EighOptions) C.sciport_linalg_eigh_options {
	o := C.sciport_linalg_eigh_options_default()
	o.lower = C.bool(!opts.Upper)
	o.check_finite = finite(opts.SkipFiniteCheck)
	o.driver = f.cstring(opts.Driver)
	if opts.SubsetByIndex != nil {
		if len(opts.SubsetByIndex) != 2 {
			f.fail(newError(StatusInvalidArgument, "subset_by_index must be [lo, hi]; got %d entries", len(opts.SubsetByIndex)))
		} else {
			o.subset_by_index[0] = C.int64_t(opts.SubsetByIndex[0])
			o.subset_by_index[1] = C.int64_t(opts.SubsetByIndex[1])
		}
	}
	if opts.SubsetByValue != nil {
		if len(opts.SubsetByValue) != 2 {
			f.fail(newError(StatusInvalidArgument, "subset_by_value must be [lo, hi]; got %d entries", len(opts.SubsetByValue)))
		} else {
			o.subset_by_value[0] = C.double(opts.SubsetByValue[0])
			o.subset_by_value[1] = C.double(opts.SubsetByValue[1])
		}
	}
	return o
}

// firstColumns returns the first m columns of the n x n row-major v (v
// itself when m = n; nil for a nil v) as a compact n x m row-major matrix.
func firstColumns[T elem](v *strided[T], n, m int) *strided[T] {
	if v == nil || m >= n {
		return v
	}
	out := rowMajor(n, m, storage[T](n, m, nil))
	for i := 0; i < n; i++ {
		copy(out.Data[i*m:(i+1)*m], v.Data[i*n:i*n+m])
	}
	return out
}

// eigh runs eigh (with vectors) or eigvalsh.
func eigh(a *Matrix, opts *EighOptions, vectors bool) (EighResult, error) {
	w, v, err := eighBody(a.strided(), opts, vectors, func(av, bv *C.sciport_mat, itype C.int32_t, o *C.sciport_linalg_eigh_options,
		w *C.double, nw C.size_t, vv *C.sciport_mat, found *C.size_t, cerr **C.sciport_error) C.sciport_status {
		switch {
		case bv != nil:
			// v NULL (eigvalsh / EigvalsOnly) is eigvals_only.
			return C.sciport_linalg_eigh_generalized(av, bv, itype, o, w, nw, vv, found, cerr)
		case vv != nil:
			return C.sciport_linalg_eigh(av, o, w, nw, vv, found, cerr)
		default:
			return C.sciport_linalg_eigvalsh(av, o, w, nw, found, cerr)
		}
	})
	return EighResult{W: w, V: (*Matrix)(v)}, err
}

// eighBody is the body of eigh and eighComplex: it allocates W (and V with
// vectors), makes the pinned views (opts.B's only for real a: the
// generalized problem is real only) and runs call, the library's eigh
// (vv non-NULL), eigvalsh, or with bv non-NULL eigh_generalized, for V, the
// C view type of T. It returns the eigenvalues found and their vectors.
func eighBody[T elem, V cmatType](a *strided[T], opts *EighOptions, vectors bool, call func(av, bv *V,
	itype C.int32_t, o *C.sciport_linalg_eigh_options, w *C.double, nw C.size_t, vv *V, found *C.size_t,
	cerr **C.sciport_error) C.sciport_status) ([]float64, *strided[T], error) {
	if opts == nil {
		opts = &EighOptions{}
	}
	var f callFrame
	defer f.release()
	var b *strided[T]
	if opts.B != nil {
		if rb, ok := any(opts.B.strided()).(*strided[T]); ok {
			b = rb
		} else {
			f.fail(newError(StatusInvalidArgument, "b: the generalized problem is not available for complex a"))
		}
	}
	o := eighOptions(&f, opts)
	n, _ := a.shape()
	n = max(n, 0)
	w := f.vector(n)
	var v *strided[T]
	if vectors {
		v = outputStrided[T](&f, n, n)
	}
	itype := opts.Type
	if itype == 0 {
		itype = 1 // SciPy's default type
	}
	if b != nil && (itype < math.MinInt32 || itype > math.MaxInt32) {
		// Out of the C int32_t's range: SciPy's message, not a truncated value.
		f.fail(newError(StatusInvalidArgument, "\"type\" keyword only accepts 1, 2, and 3."))
	}
	av, bv, vv := matView[T, V](&f, "a", a), matView[T, V](&f, "b", b), matView[T, V](&f, "v", v) // b nil: NULL
	if f.failure != nil {
		return nil, nil, f.failure
	}
	var found C.size_t
	var cerr *C.sciport_error
	status := call(av, bv, C.int32_t(itype), &o, doubles(w), C.size_t(len(w)), vv, &found, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, nil, err
	}
	m := int(found)
	return w[:m:m], firstColumns(v, n, m), nil
}

// Eigh is scipy.linalg.eigh(a) for a real symmetric n x n matrix (only the
// triangle selected by Upper is read): eigenvalues ascending and
// orthonormal eigenvectors. With opts.B, scipy.linalg.eigh(a, b, type=...)
// of the generalized problem (a v = w b v for type 1, a b v = w v for 2,
// b a v = w v for 3; B symmetric positive definite, reduced by its
// Cholesky factor as LAPACK's sygv): B not positive definite is a
// StatusSingular error with SciPy's message "The leading minor of order k
// of B is not positive definite. ...", B not n x n a
// StatusDimensionMismatch error. An empty a gives empty results whatever
// B is, as SciPy.
func Eigh(a *Matrix, opts *EighOptions) (EighResult, error) {
	return eigh(a, opts, opts == nil || !opts.EigvalsOnly)
}

// Eigvalsh is scipy.linalg.eigvalsh(a): the eigenvalues of a real symmetric
// matrix, ascending (EigvalsOnly is implied); with opts.B and opts.Type
// scipy.linalg.eigvalsh(a, b, type=...), the eigenvalues of the generalized
// problem as Eigh's.
func Eigvalsh(a *Matrix, opts *EighOptions) ([]float64, error) {
	r, err := eigh(a, opts, false)
	return r.W, err
}

// EigOptions are the keywords of scipy.linalg.eig and eigvals. The zero
// value (or nil) is SciPy's defaults: right eigenvectors only, with the
// finite check, eigenvalues as w = alpha / beta.
type EigOptions struct {
	// Left is left=True: Eig also computes the left eigenvectors VL.
	Left bool
	// NoRight is right=False: Eig does not compute the right eigenvectors
	// (VR stays nil). With NoRight and without Left, Eig returns only W.
	NoRight bool
	// SkipFiniteCheck is check_finite=False. NaN and Inf are still a
	// StatusInvalidArgument error: the eigensolver refuses them (SciPy's
	// LAPACK call raises on them too, or returns meaningless values).
	SkipFiniteCheck bool
	// Homogeneous is homogeneous_eigvals=True: W holds SciPy's (2, n) array
	// [alpha; beta] in row-major order instead of w = alpha / beta.
	Homogeneous bool
}

// EigResult is scipy.linalg.eig's w, (w, vr), (w, vl) or (w, vl, vr): the
// fields SciPy returns are set, the others are nil.
type EigResult struct {
	// W holds the n eigenvalues in the Schur form's order: SciPy's for most
	// small matrices, not in general (complex conjugate pairs adjacent,
	// positive imaginary part first). A generalized eigenvalue
	// with beta = 0 is complex(+Inf, 0) (NaN when alpha is 0 too), as in
	// SciPy. With Homogeneous, W has 2n entries, SciPy's (2, n) array in
	// row-major order: alpha in W[:n], beta in W[n:] (real, >= 0; 1 for the
	// standard problem), w = alpha / beta.
	W []complex128
	// VL is the n x n row-major array (Shape [n, n]) of the left
	// eigenvectors, column i for W[i]: vl[:, i]^H a = w[i] vl[:, i]^H
	// (generalized: vl[:, i]^H a = w[i] vl[:, i]^H b). Nil without Left.
	VL *CArray
	// VR is the n x n row-major array of the right eigenvectors, column i
	// for W[i]: a vr[:, i] = w[i] vr[:, i] (generalized:
	// a vr[:, i] = w[i] b vr[:, i]). Nil with NoRight.
	VR *CArray
}

// coutput allocates an n x n row-major complex result.
func (f *callFrame) coutput(n int) *CArray {
	n = max(n, 0)
	data, err := allocate[complex128](count([]int{n, n}))
	if err != nil {
		f.fail(err.(*Error))
		return &CArray{Data: []complex128{}, Shape: []int{0, 0}}
	}
	return &CArray{Data: data, Shape: []int{n, n}}
}

// cmat builds the pinned row-major sciport_cmat view of a 2-D CArray result
// (NULL for nil: the output is not wanted).
func (f *callFrame) cmat(m *CArray) *C.sciport_cmat {
	if m == nil {
		return nil
	}
	rows, cols := m.Shape[0], m.Shape[1]
	v := &C.sciport_cmat{
		nrows:      C.size_t(rows),
		ncols:      C.size_t(cols),
		row_stride: C.ptrdiff_t(cols),
		col_stride: 1,
	}
	p := new(complex128) // an empty view still gets a valid (never written) address
	if len(m.Data) > 0 {
		p = &m.Data[0]
	}
	f.pinner.Pin(p)
	v.data = (*C.sciport_complex)(unsafe.Pointer(p))
	return v
}

// complexes returns the address of s for the library (NULL when empty).
func complexes(s []complex128) *C.sciport_complex {
	if len(s) == 0 {
		return nil
	}
	return (*C.sciport_complex)(unsafe.Pointer(&s[0]))
}

// eig runs eig (vectors true: those opts asks for) or eigvals.
func eig(a, b *Matrix, opts *EigOptions, vectors bool) (EigResult, error) {
	return eigBody(a.strided(), b.strided(), opts, vectors,
		func(av, bv *C.sciport_mat, check, homog C.bool, w *C.sciport_complex, nw C.size_t,
			vlv, vrv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
			return C.sciport_linalg_eig(av, bv, check, homog, w, nw, vlv, vrv, cerr)
		},
		func(av, bv *C.sciport_mat, check, homog C.bool, w *C.sciport_complex, nw C.size_t,
			cerr **C.sciport_error) C.sciport_status {
			return C.sciport_linalg_eigvals(av, bv, check, homog, w, nw, cerr)
		})
}

// eigBody is the body of eig and eigComplex: it allocates W (and VL, VR as
// vectors and opts ask), makes the pinned views and runs eigCall (vectors)
// or valsCall, the library's eig and eigvals for V, the C view type of T.
func eigBody[T elem, V cmatType](a, b *strided[T], opts *EigOptions, vectors bool,
	eigCall func(av, bv *V, check, homog C.bool, w *C.sciport_complex, nw C.size_t,
		vlv, vrv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status,
	valsCall func(av, bv *V, check, homog C.bool, w *C.sciport_complex, nw C.size_t,
		cerr **C.sciport_error) C.sciport_status) (EigResult, error) {
	if opts == nil {
		opts = &EigOptions{}
	}
	var f callFrame
	defer f.release()
	n, _ := a.shape()
	n = max(n, 0)
	wLen := n
	if opts.Homogeneous {
		wLen = 2 * n
	}
	w, err := allocate[complex128](wLen)
	if err != nil {
		return EigResult{}, err
	}
	var vl, vr *CArray
	if vectors && opts.Left {
		vl = f.coutput(n)
	}
	if vectors && !opts.NoRight {
		vr = f.coutput(n)
	}
	av, bv := matView[T, V](&f, "a", a), matView[T, V](&f, "b", b) // b nil: NULL, SciPy's None
	vlv, vrv := f.cmat(vl), f.cmat(vr)
	if f.failure != nil {
		return EigResult{}, f.failure
	}
	var cerr *C.sciport_error
	var status C.sciport_status
	if vectors {
		status = eigCall(av, bv, finite(opts.SkipFiniteCheck), C.bool(opts.Homogeneous),
			complexes(w), C.size_t(len(w)), vlv, vrv, &cerr)
	} else {
		status = valsCall(av, bv, finite(opts.SkipFiniteCheck), C.bool(opts.Homogeneous),
			complexes(w), C.size_t(len(w)), &cerr)
	}
	if err := takeError(status, cerr); err != nil {
		return EigResult{}, err
	}
	return EigResult{W: w, VL: vl, VR: vr}, nil
}

// Eig is scipy.linalg.eig(a, b) for a real n x n matrix a: the eigenvalues
// and (by default right, with Left also left) eigenvectors; with b (n x n,
// nil = None) of the generalized problem a v = w b v. Results are complex
// always: where SciPy returns real vectors (every eigenvalue real) their
// imaginary parts here are 0. Eigenvectors have unit 2-norm with their
// largest component real; SciPy's may differ by a unit complex factor.
// An empty a gives empty results whatever b is, as in SciPy. Errors:
// StatusDimensionMismatch (a or b not square, b's shape not a's),
// StatusInvalidArgument (NaN or Inf, even with SkipFiniteCheck),
// StatusSingular (the QR / QZ iteration did not converge).
func Eig(a, b *Matrix, opts *EigOptions) (EigResult, error) {
	return eig(a, b, opts, true)
}

// Eigvals is scipy.linalg.eigvals(a, b): Eig's W without eigenvectors
// (Left and NoRight are ignored), the same values, layout and errors.
func Eigvals(a, b *Matrix, opts *EigOptions) ([]complex128, error) {
	r, err := eig(a, b, opts, false)
	return r.W, err
}

// HessenbergOptions are the keywords of scipy.linalg.hessenberg. The zero
// value (or nil) is SciPy's defaults: H only, with the finite check.
// SciPy's overwrite_a has no counterpart: inputs are never modified.
type HessenbergOptions struct {
	// CalcQ is calc_q=True: Hessenberg also computes Q.
	CalcQ bool
	// SkipFiniteCheck is check_finite=False: NaN and Inf in a are not
	// rejected (the results are then unspecified).
	SkipFiniteCheck bool
}

// HessenbergResult is scipy.linalg.hessenberg's H or, with CalcQ, (H, Q).
type HessenbergResult struct {
	// H is the n x n upper Hessenberg form of a (exactly zero below the
	// first subdiagonal).
	H *Matrix
	// Q is the n x n orthogonal matrix of a = Q H Q^T with CalcQ; nil
	// without it.
	Q *Matrix
}

// Hessenberg is scipy.linalg.hessenberg(a) of a real n x n matrix:
// a = Q H Q^T with H upper Hessenberg and Q orthogonal, from LAPACK's gehrd
// Householder reflectors, so H and Q equal SciPy's to rounding. Matrices of
// order 2 or less come back unchanged with Q = I, as SciPy returns them; an
// empty a gives 0 x 0 results. Errors: StatusDimensionMismatch (a not
// square, SciPy's "expected square matrix"), StatusInvalidArgument (NaN or
// Inf without SkipFiniteCheck, SciPy's "array must not contain infs or
// NaNs").
func Hessenberg(a *Matrix, opts *HessenbergOptions) (HessenbergResult, error) {
	if opts == nil {
		opts = &HessenbergOptions{}
	}
	var f callFrame
	defer f.release()
	n, _ := dims(a) // a not square: the library reports it
	h := f.output(n, n)
	var q *Matrix
	if opts.CalcQ {
		q = f.output(n, n)
	}
	av, hv, qv := f.mat("a", a), f.mat("h", h), f.mat("q", q) // q nil: NULL, calc_q=False
	if f.failure != nil {
		return HessenbergResult{}, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_hessenberg(av, finite(opts.SkipFiniteCheck), hv, qv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return HessenbergResult{}, err
	}
	return HessenbergResult{H: h, Q: q}, nil
}

// PolarResult is scipy.linalg.polar's (u, p).
type PolarResult struct {
	// U is m x n with orthonormal columns (m >= n) or rows (m < n).
	U *Matrix
	// P is the symmetric positive semidefinite factor: n x n for side
	// "right" (a = U P), m x m for "left" (a = P U).
	P *Matrix
}

// Polar is scipy.linalg.polar(a, side) of a real m x n matrix, from its
// thin SVD: a = U P for side "right" ("" is SciPy's default "right") or
// a = P U for "left". P is unique (the square root of a^T a or a a^T); U is
// unique when a has full rank and otherwise one of the valid factors (SciPy
// may return another). Empty a gives empty U and P of SciPy's shapes.
// Errors: StatusUnknownName (side not "right" or "left", SciPy's ValueError
// "`side` must be either 'right' or 'left'"), StatusInvalidArgument (NaN or
// Inf: SciPy's svd checks them), StatusSingular (the SVD did not converge).
func Polar(a *Matrix, side string) (PolarResult, error) {
	var f callFrame
	defer f.release()
	m, n := dims(a)
	pn := n
	if side == "left" {
		pn = m
	}
	u, p := f.output(m, n), f.output(pn, pn)
	av, uv, pv := f.mat("a", a), f.mat("u", u), f.mat("p", p)
	cside := f.cstring(side) // "": NULL, SciPy's default "right"
	if f.failure != nil {
		return PolarResult{}, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_polar(av, cside, uv, pv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return PolarResult{}, err
	}
	return PolarResult{U: u, P: p}, nil
}

// Expm is scipy.linalg.expm(a): the matrix exponential exp(a) of a real
// n x n matrix, by scaling and squaring with the Padé degree and scaling of
// Al-Mohy and Higham (2009), the algorithm SciPy uses; the result agrees with
// SciPy's within SciPy's own error (up to ~1e-12 relative on some badly
// scaled inputs, where this one is closer to the exact exponential).
// Triangular input gives a triangular result (exact zeros outside the
// triangle, exact exponentials on the diagonal); diagonal input is
// exponentiated entrywise; an empty a gives a 0 x 0 result. As in SciPy
// there is no finite check: NaN or Inf in a is not an error but gives NaN
// wherever the result can be nonzero, as SciPy's result does. Errors:
// StatusDimensionMismatch (a not square, SciPy's LinAlgError).
func Expm(a *Matrix) (*Matrix, error) {
	out, err := sameShape(a.strided(), "expa", func(av, ov *C.sciport_mat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_expm(av, ov, cerr)
	})
	return (*Matrix)(out), err
}

// LDLOptions are the keywords of scipy.linalg.ldl. The zero value (or nil)
// is SciPy's defaults: the lower triangle, with the finite check. SciPy's
// hermitian only matters for complex input (it is always True here, SciPy's
// default) and overwrite_a has no counterpart: inputs are never modified.
type LDLOptions struct {
	// Upper is lower=False: read a's upper triangle and factor
	// a = U D U^T with U[Perm] unit upper triangular (default: the lower
	// triangle, a = L D L^T with L[Perm] unit lower triangular).
	Upper bool
	// SkipFiniteCheck is check_finite=False: NaN and Inf in a are not
	// rejected (the results are then unspecified; only the triangle that is
	// read matters).
	SkipFiniteCheck bool
}

// LDLResult is scipy.linalg.ldl's (lu, d, perm).
type LDLResult struct {
	// LU is the n x n triangular factor with its rows permuted: LU[Perm] (the
	// rows Perm[0], Perm[1], ... in that order) is unit lower triangular, or
	// unit upper triangular with Upper.
	LU *Matrix
	// D is the n x n symmetric block diagonal factor, with 1 x 1 and 2 x 2
	// blocks (exact zeros elsewhere).
	D *Matrix
	// Perm is the 0-based row order of LU, as SciPy's perm. Empty (not nil)
	// for an empty a.
	Perm []int
}

// LDL is scipy.linalg.ldl(a): the factorization a = LU D LU^T of a real
// symmetric n x n matrix by LAPACK's Bunch-Kaufman pivoting (sytrf), unpacked
// as SciPy does, so Perm equals SciPy's and LU, D equal SciPy's to rounding.
// Only the triangle selected by Upper is read (the other one may hold
// anything, NaN too with SkipFiniteCheck). A singular matrix is not an error
// (D then has a zero block); an empty a gives 0 x 0 results and an empty
// Perm. Errors: StatusDimensionMismatch (a not square, SciPy's ValueError
// "The input array "a" should be square."), StatusInvalidArgument (NaN or
// Inf without SkipFiniteCheck, SciPy's "array must not contain infs or
// NaNs").
func LDL(a *Matrix, opts *LDLOptions) (LDLResult, error) {
	if opts == nil {
		opts = &LDLOptions{}
	}
	var f callFrame
	defer f.release()
	n, _ := dims(a) // a not square: the library reports it
	n = max(n, 0)
	lu, d := f.output(n, n), f.output(n, n)
	perm, permPtr := pivots(true, n)
	av, luv, dv := f.mat("a", a), f.mat("lu", lu), f.mat("d", d)
	if f.failure != nil {
		return LDLResult{}, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_ldl(av, C.bool(!opts.Upper), true, finite(opts.SkipFiniteCheck), luv, dv,
		permPtr, C.size_t(len(perm)), &cerr)
	if err := takeError(status, cerr); err != nil {
		return LDLResult{}, err
	}
	out := LDLResult{LU: lu, D: d, Perm: ints(perm)}
	if out.Perm == nil {
		out.Perm = []int{}
	}
	return out, nil
}
