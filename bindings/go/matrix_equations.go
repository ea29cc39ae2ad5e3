package sciport

// #include "sciport.h"
import "C"

// Schur decompositions, the matrix equations of scipy.linalg (Sylvester,
// Lyapunov, algebraic Riccati), the matrix square root and logarithm.

// SchurOptions are the keywords of scipy.linalg.schur. The zero value (or
// nil) is SciPy's defaults: no sorting, with the finite check.
type SchurOptions struct {
	// Sort is "" (None: no ordering), "lhp" (real part < 0), "rhp"
	// (real part >= 0), "iuc" (|w| <= 1) or "ouc" (|w| > 1): the selected
	// eigenvalues come first. Other names are a StatusUnknownName error.
	Sort string
	// SkipFiniteCheck is check_finite=False (NaN and Inf still fail: the
	// QR iteration refuses them).
	SkipFiniteCheck bool
}

// SchurResult is scipy.linalg.schur's (t, z) or, with Sort, (t, z, sdim)
// of a real matrix.
type SchurResult struct {
	// T is the n x n quasi-upper triangular Schur form: 1 x 1 blocks for
	// real eigenvalues, 2 x 2 blocks [x b; c x] (b c < 0) for the complex
	// pairs x ± sqrt(-b c) i.
	T *Matrix
	// Z is the n x n orthogonal matrix of a = Z T Z^T.
	Z *Matrix
	// Sdim is how many eigenvalues Sort selected (a conjugate pair counts
	// two); 0 without Sort.
	Sdim int
}

// SchurComplexResult is scipy.linalg.schur(a, output='complex')'s (t, z,
// sdim).
type SchurComplexResult struct {
	// T is the n x n upper triangular Schur form, the eigenvalues on its
	// diagonal.
	T *CMatrix
	// Z is the n x n unitary matrix of a = Z T Z^H.
	Z *CMatrix
	// Sdim is how many eigenvalues Sort selected; 0 without Sort.
	Sdim int
}

// Schur is scipy.linalg.schur(a, output='real', sort=...) of a real n x n
// matrix: a = Z T Z^T (see SchurResult). The form is not unique: T and Z
// may differ from SciPy's by the order of unsorted eigenvalues and the
// signs of Z's columns. For output='complex' of real input use
// SchurOfRealAsComplex. Errors: StatusDimensionMismatch (a not square),
// StatusUnknownName (Sort), StatusInvalidArgument (NaN or Inf),
// StatusSingular (no convergence, or eigenvalues too close to reorder).
func Schur(a *Matrix, opts *SchurOptions) (SchurResult, error) {
	if opts == nil {
		opts = &SchurOptions{}
	}
	var f callFrame
	defer f.release()
	n, _ := dims(a) // a not square: the library reports it
	t, z := f.output(n, n), f.output(n, n)
	av, tv, zv := f.mat("a", a), f.mat("t", t), f.mat("z", z)
	sort := f.cstring(opts.Sort)
	if f.failure != nil {
		return SchurResult{}, f.failure
	}
	var sdim C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_schur(av, sort, finite(opts.SkipFiniteCheck), tv, zv, &sdim, &cerr)
	if err := takeError(status, cerr); err != nil {
		return SchurResult{}, err
	}
	return SchurResult{T: t, Z: z, Sdim: int(sdim)}, nil
}

// SchurComplex is scipy.linalg.schur(a, output='complex', sort=...) of a
// complex n x n matrix: a = Z T Z^H with T upper triangular (see
// SchurComplexResult); unique only up to the order of unsorted eigenvalues
// and unit factors of Z's columns. Errors as Schur's.
func SchurComplex(a *CMatrix, opts *SchurOptions) (SchurComplexResult, error) {
	if opts == nil {
		opts = &SchurOptions{}
	}
	var f callFrame
	defer f.release()
	n, _ := cdims(a)
	t, z := f.coutputMatrix(n, n), f.coutputMatrix(n, n)
	av, tv, zv := f.cmatrix("a", a), f.cmatrix("t", t), f.cmatrix("z", z)
	sort := f.cstring(opts.Sort)
	if f.failure != nil {
		return SchurComplexResult{}, f.failure
	}
	var sdim C.size_t
	var cerr *C.sciport_error
	status := C.sciport_linalg_schur_complex(av, sort, finite(opts.SkipFiniteCheck), tv, zv, &sdim, &cerr)
	if err := takeError(status, cerr); err != nil {
		return SchurComplexResult{}, err
	}
	return SchurComplexResult{T: t, Z: z, Sdim: int(sdim)}, nil
}

// SchurOfRealAsComplex is scipy.linalg.schur(a, output='complex') of a real
// matrix: as SciPy, a is converted to complex and passed to SchurComplex
// (a nil a is passed on as nil).
func SchurOfRealAsComplex(a *Matrix, opts *SchurOptions) (SchurComplexResult, error) {
	var ca *CMatrix
	if a != nil {
		if e := a.check("a"); e != nil {
			return SchurComplexResult{}, e
		}
		ca = a.Complex()
	}
	return SchurComplex(ca, opts)
}

// EquationResult is the solution of a Sylvester or continuous Lyapunov
// equation.
type EquationResult struct {
	// X is the solution.
	X *Matrix
	// Perturbed reports that the equation is (nearly) singular and was
	// solved with perturbed coefficients, so X is inaccurate or
	// meaningless (for the Lyapunov equation SciPy's RuntimeWarning).
	Perturbed bool
}

// SolveSylvester is scipy.linalg.solve_sylvester(a, b, q): x (m x n) with
// a x + x b = q for real a (m x m), b (n x n), q (m x n), by the
// Bartels-Stewart method. Perturbed is set when a and -b have (nearly)
// common eigenvalues (SciPy returns such an x without a word). Errors:
// StatusDimensionMismatch (shapes), StatusInvalidArgument (NaN or Inf),
// StatusSingular (a Schur form did not converge).
func SolveSylvester(a, b, q *Matrix) (EquationResult, error) {
	var f callFrame
	defer f.release()
	x := f.output(dims(q))
	av, bv, qv, xv := f.mat("a", a), f.mat("b", b), f.mat("q", q), f.mat("x", x)
	if f.failure != nil {
		return EquationResult{}, f.failure
	}
	var perturbed C.bool
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_sylvester(av, bv, qv, xv, &perturbed, &cerr)
	if err := takeError(status, cerr); err != nil {
		return EquationResult{}, err
	}
	return EquationResult{X: x, Perturbed: bool(perturbed)}, nil
}

// SolveContinuousLyapunov is scipy.linalg.solve_continuous_lyapunov(a, q):
// x (n x n) with a x + x a^T = q for real n x n a and q. Perturbed is
// SciPy's RuntimeWarning (an eigenvalue pair of a sums to nearly zero).
// Errors as SolveSylvester's.
func SolveContinuousLyapunov(a, q *Matrix) (EquationResult, error) {
	var f callFrame
	defer f.release()
	x := f.output(dims(q))
	av, qv, xv := f.mat("a", a), f.mat("q", q), f.mat("x", x)
	if f.failure != nil {
		return EquationResult{}, f.failure
	}
	var perturbed C.bool
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_continuous_lyapunov(av, qv, xv, &perturbed, &cerr)
	if err := takeError(status, cerr); err != nil {
		return EquationResult{}, err
	}
	return EquationResult{X: x, Perturbed: bool(perturbed)}, nil
}

// SolveDiscreteLyapunov is scipy.linalg.solve_discrete_lyapunov(a, q,
// method): x (n x n) with a x a^T - x + q = 0 for real n x n a and q.
// method is "" (None: SciPy's choice, "direct" below n = 10, else
// "bilinear"), "direct" or "bilinear" (case-insensitive). Errors:
// StatusDimensionMismatch (shapes), StatusUnknownName (method),
// StatusInvalidArgument (NaN or Inf), StatusSingular (the direct system or
// a + I singular).
func SolveDiscreteLyapunov(a, q *Matrix, method string) (*Matrix, error) {
	var f callFrame
	defer f.release()
	x := f.output(dims(q))
	av, qv, xv := f.mat("a", a), f.mat("q", q), f.mat("x", x)
	cmethod := f.cstring(method)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := C.sciport_linalg_solve_discrete_lyapunov(av, qv, cmethod, xv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// AREOptions are the optional arguments of scipy.linalg.solve_continuous_are
// and solve_discrete_are. The zero value (or nil) is SciPy's defaults.
type AREOptions struct {
	// E is the m x m nonsingular e (nil: the identity).
	E *Matrix
	// S is the m x n cross term s (nil: zero).
	S *Matrix
	// Unbalanced is balanced=False: the pencil is not balanced.
	Unbalanced bool
}

// are runs solve_continuous_are or solve_discrete_are.
func are(a, b, q, r *Matrix, opts *AREOptions, discrete bool) (*Matrix, error) {
	if opts == nil {
		opts = &AREOptions{}
	}
	var f callFrame
	defer f.release()
	m, _ := dims(a)
	x := f.output(m, m)
	av, bv, qv, rv := f.mat("a", a), f.mat("b", b), f.mat("q", q), f.mat("r", r)
	ev, sv, xv := f.mat("e", opts.E), f.mat("s", opts.S), f.mat("x", x) // E, S nil: NULL
	if f.failure != nil {
		return nil, f.failure
	}
	balanced := C.bool(!opts.Unbalanced)
	var cerr *C.sciport_error
	var status C.sciport_status
	if discrete {
		status = C.sciport_linalg_solve_discrete_are(av, bv, qv, rv, ev, sv, balanced, xv, &cerr)
	} else {
		status = C.sciport_linalg_solve_continuous_are(av, bv, qv, rv, ev, sv, balanced, xv, &cerr)
	}
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// SolveContinuousARE is scipy.linalg.solve_continuous_are(a, b, q, r, e, s,
// balanced): the stabilizing symmetric solution x (m x m) of
// a^T x e + e^T x a - (e^T x b + s) r^-1 (b^T x e + s^T) + q = 0 for real
// a (m x m), b (m x n), q (m x m, symmetric), r (n x n, symmetric,
// nonsingular), by SciPy's extended Hamiltonian pencil. Errors (SciPy's
// messages): StatusDimensionMismatch (shapes), StatusInvalidArgument (NaN or
// Inf, q or r not symmetric, r or e singular), StatusSingular (no finite
// stabilizing solution).
func SolveContinuousARE(a, b, q, r *Matrix, opts *AREOptions) (*Matrix, error) {
	return are(a, b, q, r, opts, false)
}

// SolveDiscreteARE is scipy.linalg.solve_discrete_are(a, b, q, r, e, s,
// balanced): the stabilizing symmetric solution x (m x m) of
// a^T x a - e^T x e - (a^T x b + s) (r + b^T x b)^-1 (b^T x a + s^T) + q = 0,
// shapes and errors as SolveContinuousARE's (r may be singular here, as in
// SciPy; StatusSingular names eigenvalues too close to the unit circle).
func SolveDiscreteARE(a, b, q, r *Matrix, opts *AREOptions) (*Matrix, error) {
	return are(a, b, q, r, opts, true)
}

// MatfuncWarning is the library's sciport_matfunc_warning: SciPy's
// LinAlgWarning of a matrix function, reported instead of warned.
type MatfuncWarning int32

// The values of MatfuncWarning.
const (
	// MatfuncOK: no warning.
	MatfuncOK MatfuncWarning = C.SCIPORT_MATFUNC_OK
	// MatfuncSingular: the matrix is singular (an eigenvalue is 0).
	MatfuncSingular MatfuncWarning = C.SCIPORT_MATFUNC_SINGULAR
	// MatfuncIllConditioned: the result may be inaccurate, or no root
	// exists.
	MatfuncIllConditioned MatfuncWarning = C.SCIPORT_MATFUNC_ILL_CONDITIONED
)

// SqrtmResult is scipy.linalg.sqrtm's root with SciPy's LinAlgWarning.
type SqrtmResult struct {
	// X is the n x n principal square root (X X = a), always complex.
	X *CMatrix
	// IsReal tells that SciPy returns a real array: X's imaginary parts are
	// then exactly 0 and Real holds X's real parts. Always false for
	// SqrtmComplex.
	IsReal bool
	// Real is the real root when IsReal, else nil.
	Real *Matrix
	// Warning is SciPy's LinAlgWarning (MatfuncOK when none): the root is
	// returned either way, with infinities or NaNs where SciPy has them.
	Warning MatfuncWarning
}

// Sqrtm is scipy.linalg.sqrtm(a) of a real n x n matrix by SciPy's Schur
// method. SciPy's result type depends on the input: a real array unless an
// eigenvalue of a is real and negative. Here X is always the complex root
// and, when SciPy's is real, IsReal is set and Real holds it. Errors:
// StatusDimensionMismatch (a not square), StatusSingular (the Schur form did
// not converge). NaN or Inf in a are not an error, as in SciPy: the root is
// all NaN (IsReal true), unless a already is in real Schur form, where they
// propagate as in SciPy's recursion.
func Sqrtm(a *Matrix) (SqrtmResult, error) {
	var warning C.sciport_matfunc_warning
	x, real, err := realMatfunc(a, "sqrtm", func(av *C.sciport_mat, xv *C.sciport_cmat, isReal *C.bool, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_sqrtm(av, xv, isReal, &warning, cerr)
	})
	if err != nil {
		return SqrtmResult{}, err
	}
	return SqrtmResult{X: x, IsReal: real != nil, Real: real, Warning: MatfuncWarning(warning)}, nil
}

// SqrtmComplex is scipy.linalg.sqrtm(a) of a complex n x n matrix by the
// complex Schur method (IsReal false, Real nil). An upper triangular a is
// used as it is (as SciPy does), so NaN there propagates into the root;
// otherwise NaN or Inf is a StatusInvalidArgument error (SciPy's
// LinAlgError). Other errors as Sqrtm's.
func SqrtmComplex(a *CMatrix) (SqrtmResult, error) {
	var warning C.sciport_matfunc_warning
	x, err := complexMatfunc(a, "sqrtm", func(av, xv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_sqrtm_complex(av, xv, &warning, cerr)
	})
	if err != nil {
		return SqrtmResult{}, err
	}
	return SqrtmResult{X: x, Warning: MatfuncWarning(warning)}, nil
}

// realMatfunc runs call, a matrix function of the real n x n a into a
// complex n x n result named name (sqrtm, logm) that reports whether SciPy
// returns a real array, and returns the result with, when that is so, its
// real parts (nil otherwise).
func realMatfunc(a *Matrix, name string,
	call func(*C.sciport_mat, *C.sciport_cmat, *C.bool, **C.sciport_error) C.sciport_status) (*CMatrix, *Matrix, error) {
	var f callFrame
	defer f.release()
	n, _ := dims(a)
	x := f.coutputMatrix(n, n)
	av, xv := f.mat("a", a), f.cmatrix(name, x)
	if f.failure != nil {
		return nil, nil, f.failure
	}
	var isReal C.bool
	var cerr *C.sciport_error
	if err := takeError(call(av, xv, &isReal, &cerr), cerr); err != nil {
		return nil, nil, err
	}
	if !isReal {
		return x, nil, nil
	}
	return x, x.Real(), nil
}

// complexMatfunc runs call, a matrix function of the complex n x n a into
// a complex n x n result named name (sqrtm, logm), and returns the result.
func complexMatfunc(a *CMatrix, name string,
	call func(*C.sciport_cmat, *C.sciport_cmat, **C.sciport_error) C.sciport_status) (*CMatrix, error) {
	var f callFrame
	defer f.release()
	n, _ := cdims(a)
	x := f.coutputMatrix(n, n)
	av, xv := f.cmatrix("a", a), f.cmatrix(name, x)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	if err := takeError(call(av, xv, &cerr), cerr); err != nil {
		return nil, err
	}
	return x, nil
}

// LogmWarning is the library's sciport_logm_warning: SciPy's
// LogmRankWarning of logm, reported instead of warned.
type LogmWarning int32

// The values of LogmWarning.
const (
	// LogmOK: no warning.
	LogmOK LogmWarning = C.SCIPORT_LOGM_OK
	// LogmExactlySingular: "The logm input matrix is exactly singular." A
	// diagonal entry of the Schur form is 0 and was replaced by 1e-20, as
	// SciPy does, so the logarithm is still finite.
	LogmExactlySingular LogmWarning = C.SCIPORT_LOGM_EXACTLY_SINGULAR
	// LogmNearlySingular: "The logm input matrix may be nearly singular."
	// A diagonal entry of the Schur form is below 1e-20 in modulus.
	LogmNearlySingular LogmWarning = C.SCIPORT_LOGM_NEARLY_SINGULAR
)

// String is SciPy's message for the warning ("" for LogmOK).
func (w LogmWarning) String() string {
	switch w {
	case LogmExactlySingular:
		return "The logm input matrix is exactly singular."
	case LogmNearlySingular:
		return "The logm input matrix may be nearly singular."
	}
	return ""
}

// LogmResult is scipy.linalg.logm's logarithm with its error estimate and
// SciPy's warnings.
type LogmResult struct {
	// X is the n x n principal logarithm (expm(X) = a), always complex.
	X *CMatrix
	// IsReal tells that SciPy returns a real array: X's imaginary parts are
	// then exactly 0 and Real holds X's real parts. Always false for
	// LogmComplex.
	IsReal bool
	// Real is the real logarithm when IsReal, else nil.
	Real *Matrix
	// Errest is SciPy's error estimate ||expm(X) - a||_1 / ||a||_1, the
	// second value of logm(a, disp=False) (+Inf for a = 0, 0 for a 0 x 0
	// a). SciPy prints "logm result may be inaccurate, approximate err =
	// <Errest>" when it is not below 1000 eps or not finite: see
	// Inaccurate.
	Errest float64
	// Warning is SciPy's LogmRankWarning (LogmOK when none); its String is
	// SciPy's message. The logarithm is returned either way.
	Warning LogmWarning
}

// Inaccurate is SciPy's condition for "logm result may be inaccurate":
// !(Errest < 1000 eps) with eps = 2^-52 (float64 machine epsilon), so also
// true for a NaN or infinite Errest.
func (r LogmResult) Inaccurate() bool {
	return !(r.Errest < 1000*0x1p-52)
}

// Logm is scipy.linalg.logm(a) of a real n x n matrix: the principal
// logarithm by inverse scaling and squaring on the Schur form (Al-Mohy &
// Higham 2012), as SciPy computes it. SciPy's result type depends on the
// input: a real array unless an eigenvalue of a is real and negative. Here
// X is always the complex logarithm and, when SciPy's is real, IsReal is
// set and Real holds it. Where SciPy's square roots fail the result is all
// NaN, as SciPy's. Errors: StatusDimensionMismatch (a not square),
// StatusInvalidArgument (NaN or Inf in a, as SciPy's Schur step),
// StatusSingular (the Schur form did not converge).
func Logm(a *Matrix) (LogmResult, error) {
	var errest C.double
	var warning C.sciport_logm_warning
	x, real, err := realMatfunc(a, "logm", func(av *C.sciport_mat, xv *C.sciport_cmat, isReal *C.bool, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_logm(av, xv, isReal, &errest, &warning, cerr)
	})
	if err != nil {
		return LogmResult{}, err
	}
	return LogmResult{X: x, IsReal: real != nil, Real: real, Errest: float64(errest), Warning: LogmWarning(warning)}, nil
}

// LogmComplex is scipy.linalg.logm(a) of a complex n x n matrix by the
// complex Schur form (an upper triangular a is used as it is, as SciPy
// does); IsReal false, Real nil, Errest and Warning as Logm's. Errors as
// Logm's.
func LogmComplex(a *CMatrix) (LogmResult, error) {
	var errest C.double
	var warning C.sciport_logm_warning
	x, err := complexMatfunc(a, "logm", func(av, xv *C.sciport_cmat, cerr **C.sciport_error) C.sciport_status {
		return C.sciport_linalg_logm_complex(av, xv, &errest, &warning, cerr)
	})
	if err != nil {
		return LogmResult{}, err
	}
	return LogmResult{X: x, Errest: float64(errest), Warning: LogmWarning(warning)}, nil
}
