package sciport

// #include "sciport.h"
import "C"

// The complex twins of the dense linalg functions (sciport_linalg_*_complex):
// each takes and returns CMatrix views where the real one uses Matrix, with
// the same options, shapes and errors. Hermitian problems give real
// eigenvalues and singular values.

// SolveComplexResult is the solution of a complex linear system.
type SolveComplexResult struct {
	// X is the n x k solution.
	X *CMatrix
	// Rcond is the estimated reciprocal condition number of a in the 1-norm.
	Rcond float64
}

// SolveComplex is scipy.linalg.solve(a, b) for a complex n x n a and n x k
// b (use CColVector for a vector b); opts as Solve's ("her" reads a as
// Hermitian, "sym" as complex symmetric). A singular a is a StatusSingular
// error.
func SolveComplex(a, b *CMatrix, opts *SolveOptions) (SolveComplexResult, error) {
	x, rcond, err := solveBody(a.strided(), b.strided(), opts, func(av, bv *C.sciport_cmat,
		o *C.sciport_linalg_solve_options, xv *C.sciport_cmat, rcond *C.double, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_solve_complex(av, bv, o, xv, rcond, cerr)
	})
	return SolveComplexResult{X: (*CMatrix)(x), Rcond: rcond}, err
}

// InvComplex is scipy.linalg.inv(a) of a complex square matrix. A singular
// a is a StatusSingular error.
func InvComplex(a *CMatrix, opts *CheckOptions) (*CMatrix, error) {
	out, err := sameShape(a.strided(), "ainv", func(av, ov *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_inv_complex(av, opts.checkFinite(), ov, cerr)
	})
	return (*CMatrix)(out), err
}

// DetComplex is scipy.linalg.det(a) of a complex square matrix (1 for a
// 0 x 0 matrix).
func DetComplex(a *CMatrix, opts *CheckOptions) (complex128, error) {
	var f callFrame
	defer f.release()
	av := f.cmatrix("a", a)
	if f.failure != nil {
		return 0, f.failure
	}
	var det C.sciport_complex
	var cerr *C.sciport_error
	status := C.sciport_linalg_det_complex(av, opts.checkFinite(), &det, &cerr)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return complex(float64(det.re), float64(det.im)), nil
}

// LUFactorComplexResult is scipy.linalg.lu_factor's (lu, piv) of a complex
// matrix.
type LUFactorComplexResult struct {
	// LU holds U in its upper triangle and the unit lower triangular L
	// (without its diagonal) below it.
	LU *CMatrix
	// Piv are the 0-based row interchanges, as LUFactorResult's.
	Piv []int
}

// LUFactorComplex is scipy.linalg.lu_factor(a) of a complex m x n matrix,
// as LUFactor (a singular matrix is not an error).
func LUFactorComplex(a *CMatrix, opts *CheckOptions) (LUFactorComplexResult, error) {
	lu, piv, err := luFactorBody(a.strided(), opts, func(av *C.sciport_cmat, check C.bool, luv *C.sciport_cmat,
		piv *C.int64_t, npiv C.size_t, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_lu_factor_complex(av, check, luv, piv, npiv, cerr)
	})
	return LUFactorComplexResult{LU: (*CMatrix)(lu), Piv: piv}, err
}

// LUSolveComplex is scipy.linalg.lu_solve((lu, piv), b) from
// LUFactorComplex's result, with b n x k; TransC solves a^H x = b.
func LUSolveComplex(lu LUFactorComplexResult, b *CMatrix, opts *LUSolveOptions) (*CMatrix, error) {
	x, err := luSolveBody(lu.LU.strided(), lu.Piv, b.strided(), opts, func(luv *C.sciport_cmat, piv *C.int64_t,
		npiv C.size_t, bv *C.sciport_cmat, trans C.int32_t, check C.bool, xv *C.sciport_cmat,
		cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_lu_solve_complex(luv, piv, npiv, bv, trans, check, xv, cerr)
	})
	return (*CMatrix)(x), err
}

// LUComplexResult is scipy.linalg.lu's (p, l, u), (p_indices, l, u) or
// (pl, u) of a complex matrix; the fields as LUResult's. P is real, as
// SciPy's permutation matrix.
type LUComplexResult struct {
	// P is the m x m permutation matrix of a = P L U; nil with PIndices or
	// PermuteL.
	P *Matrix
	// PIndices are the 0-based row indices with PIndices (a = L[PIndices] U).
	PIndices []int
	// L is the m x k unit lower trapezoidal factor (P L with PermuteL).
	L *CMatrix
	// U is the k x n upper trapezoidal factor.
	U *CMatrix
}

// LUComplex is scipy.linalg.lu(a) of a complex m x n matrix: a = P L U, as
// LU.
func LUComplex(a *CMatrix, opts *LUOptions) (LUComplexResult, error) {
	p, idx, l, u, err := luBody(a.strided(), opts, func(av *C.sciport_cmat, permuteL, check C.bool, pv *C.sciport_cmat, idx *C.int64_t, nidx C.size_t,
		lv, uv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_lu_complex(av, permuteL, check, pv, idx, nidx, lv, uv, cerr)
	})
	out := LUComplexResult{PIndices: idx, L: (*CMatrix)(l), U: (*CMatrix)(u)}
	if p != nil {
		out.P = (*CMatrix)(p).Real()
	}
	return out, err
}

// ChoFactorComplexResult is scipy.linalg.cho_factor's (c, lower) of a
// complex Hermitian matrix.
type ChoFactorComplexResult struct {
	// C holds the factor in the triangle selected by Lower; the other
	// triangle holds a's entries.
	C *CMatrix
	// Lower tells which triangle of C is the factor.
	Lower bool
}

// choleskyComplex runs cho_factor_complex or cholesky_complex.
func choleskyComplex(a *CMatrix, opts *CholeskyOptions, full bool) (*CMatrix, error) {
	if opts == nil {
		opts = &CholeskyOptions{}
	}
	c, err := sameShape(a.strided(), "c", func(av, cv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		if full {
			return C.sciport_linalg_cholesky_complex(av, C.bool(opts.Lower), finite(opts.SkipFiniteCheck), cv, cerr)
		}
		return C.sciport_linalg_cho_factor_complex(av, C.bool(opts.Lower), finite(opts.SkipFiniteCheck), cv, cerr)
	})
	return (*CMatrix)(c), err
}

// ChoFactorComplex is scipy.linalg.cho_factor(a) of a complex Hermitian
// positive definite matrix, for ChoSolveComplex. Not positive definite is
// a StatusSingular error.
func ChoFactorComplex(a *CMatrix, opts *CholeskyOptions) (ChoFactorComplexResult, error) {
	c, err := choleskyComplex(a, opts, false)
	if err != nil {
		return ChoFactorComplexResult{}, err
	}
	return ChoFactorComplexResult{C: c, Lower: opts != nil && opts.Lower}, nil
}

// CholeskyComplex is scipy.linalg.cholesky(a) of a complex Hermitian
// positive definite matrix: U with a = U^H U, or with Lower L with
// a = L L^H; the other triangle is zero. Errors as ChoFactorComplex.
func CholeskyComplex(a *CMatrix, opts *CholeskyOptions) (*CMatrix, error) {
	return choleskyComplex(a, opts, true)
}

// ChoSolveComplex is scipy.linalg.cho_solve((c, lower), b) from
// ChoFactorComplex's result, with b n x k.
func ChoSolveComplex(c ChoFactorComplexResult, b *CMatrix, opts *CheckOptions) (*CMatrix, error) {
	x, err := choSolveBody(c.C.strided(), b.strided(), func(cv, bv, xv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_cho_solve_complex(cv, C.bool(c.Lower), bv, opts.checkFinite(), xv, cerr)
	})
	return (*CMatrix)(x), err
}

// QRComplexResult is scipy.linalg.qr's (Q, R) or (Q, R, P) of a complex
// matrix; the fields as QRResult's (Q unitary).
type QRComplexResult struct {
	// Q is the unitary factor: m x m ("full"), m x k ("economic"), nil ("r").
	Q *CMatrix
	// R is the upper trapezoidal factor, with a real diagonal.
	R *CMatrix
	// P is the 0-based column order (a[:, P] = Q R) with Pivoting, else nil.
	P []int
}

// QRComplex is scipy.linalg.qr(a) of a complex m x n matrix: a = Q R (or
// a[:, P] = Q R with Pivoting), with QR's modes and LAPACK's conventions.
func QRComplex(a *CMatrix, opts *QROptions) (QRComplexResult, error) {
	q, r, p, err := qrBody(a.strided(), opts, func(av *C.sciport_cmat, mode *C.char, pivoting, check C.bool,
		qv, rv *C.sciport_cmat, p *C.int64_t, np C.size_t, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_qr_complex(av, mode, pivoting, check, qv, rv, p, np, cerr)
	})
	return QRComplexResult{Q: (*CMatrix)(q), R: (*CMatrix)(r), P: p}, err
}

// SVDComplexResult is the singular value decomposition a = U diag(S) Vh of
// a complex matrix.
type SVDComplexResult struct {
	// U holds the left singular vectors as columns (nil with ValuesOnly).
	U *CMatrix
	// S holds the min(m, n) singular values, descending.
	S []float64
	// Vh holds the right singular vectors as rows (nil with ValuesOnly).
	Vh *CMatrix
}

// SVDComplex is scipy.linalg.svd(a) of a complex m x n matrix, options as
// SVD's. The singular vectors are unique up to a unit factor per pair
// (column i of U and row i of Vh).
func SVDComplex(a *CMatrix, opts *SVDOptions) (SVDComplexResult, error) {
	s, u, vh, err := svd(a.strided(), opts, func(av *C.sciport_cmat, full, check C.bool, driver *C.char,
		s *C.double, ns C.size_t, uv, vhv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_svd_complex(av, full, check, driver, s, ns, uv, vhv, cerr)
	})
	return SVDComplexResult{U: (*CMatrix)(u), S: s, Vh: (*CMatrix)(vh)}, err
}

// SVDValsComplex is scipy.linalg.svdvals(a): the min(m, n) singular values
// of a complex m x n matrix, descending.
func SVDValsComplex(a *CMatrix, opts *CheckOptions) ([]float64, error) {
	return svdVals(a.strided(), opts, func(av *C.sciport_cmat, check C.bool, s *C.double, ns C.size_t,
		cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_svdvals_complex(av, check, s, ns, cerr)
	})
}

// EighComplexResult is the eigendecomposition of a Hermitian matrix.
type EighComplexResult struct {
	// W holds the (real) eigenvalues found, ascending.
	W []float64
	// V is n x len(W): column i is the unit eigenvector of W[i] (nil with
	// EigvalsOnly), unique up to a unit factor.
	V *CMatrix
}

// eighComplex runs eigh_complex (with vectors) or eigvalsh_complex.
func eighComplex(a *CMatrix, opts *EighOptions, vectors bool) (EighComplexResult, error) {
	w, v, err := eighBody(a.strided(), opts, vectors, func(av, bv *C.sciport_cmat, itype C.int32_t, o *C.sciport_linalg_eigh_options,
		w *C.double, nw C.size_t, vv *C.sciport_cmat, found *C.size_t, cerr **C.sciport_error) C.sciport_status {
		if vv != nil {
			return C.sciport_linalg_eigh_complex(av, o, w, nw, vv, found, cerr)
		}
		return C.sciport_linalg_eigvalsh_complex(av, o, w, nw, found, cerr)
	})
	return EighComplexResult{W: w, V: (*CMatrix)(v)}, err
}

// EighComplex is scipy.linalg.eigh(a) of a complex Hermitian n x n matrix
// (only the triangle selected by Upper is read): real eigenvalues ascending
// and orthonormal eigenvectors, with EighOptions' subsets and drivers. The
// generalized problem is not available: opts.B must be nil (else a
// StatusInvalidArgument error) and Type is ignored.
func EighComplex(a *CMatrix, opts *EighOptions) (EighComplexResult, error) {
	return eighComplex(a, opts, opts == nil || !opts.EigvalsOnly)
}

// EigvalshComplex is scipy.linalg.eigvalsh(a) of a complex Hermitian
// matrix: EighComplex's W only.
func EigvalshComplex(a *CMatrix, opts *EighOptions) ([]float64, error) {
	r, err := eighComplex(a, opts, false)
	return r.W, err
}

// eigComplex runs eig_complex (vectors true: those opts asks for) or
// eigvals_complex.
func eigComplex(a, b *CMatrix, opts *EigOptions, vectors bool) (EigResult, error) {
	return eigBody(a.strided(), b.strided(), opts, vectors,
		func(av, bv *C.sciport_cmat, check, homog C.bool, w *C.sciport_complex, nw C.size_t,
			vlv, vrv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
			return C.sciport_linalg_eig_complex(av, bv, check, homog, w, nw, vlv, vrv, cerr)
		},
		func(av, bv *C.sciport_cmat, check, homog C.bool, w *C.sciport_complex, nw C.size_t,
			cerr **C.sciport_error) C.sciport_status {
			return C.sciport_linalg_eigvals_complex(av, bv, check, homog, w, nw, cerr)
		})
}

// EigComplex is scipy.linalg.eig(a, b) of a complex n x n matrix a (b:
// complex n x n, nil = None): eigenvalues and eigenvectors in EigResult's
// layout. The eigenvalues come in the order of the complex Schur (QZ)
// form; sort them when a fixed order matters. Errors as Eig's.
func EigComplex(a, b *CMatrix, opts *EigOptions) (EigResult, error) {
	return eigComplex(a, b, opts, true)
}

// EigvalsComplex is scipy.linalg.eigvals(a, b) of complex matrices:
// EigComplex's W without eigenvectors.
func EigvalsComplex(a, b *CMatrix, opts *EigOptions) ([]complex128, error) {
	r, err := eigComplex(a, b, opts, false)
	return r.W, err
}

// ExpmComplex is scipy.linalg.expm(a) of a complex n x n matrix, by Expm's
// algorithm (no finite check: NaN or Inf give NaN, as SciPy).
// Errors: StatusDimensionMismatch (a not square).
func ExpmComplex(a *CMatrix) (*CMatrix, error) {
	out, err := sameShape(a.strided(), "expa", func(av, ov *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_expm_complex(av, ov, cerr)
	})
	return (*CMatrix)(out), err
}
