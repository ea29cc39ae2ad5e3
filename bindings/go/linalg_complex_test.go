package sciport

// Checks the complex linalg functions (and, in matrix_equations_test.go,
// Schur, the matrix equations and Sqrtm) against SciPy 1.17.1's results in
// testdata/linalg_complex.json (generator: testdata/gen_linalg_complex.py),
// in every complex layout below, plus invariants of the outputs SciPy does
// not fix uniquely and the errors of bad input.

import (
	"fmt"
	"math"
	"math/cmplx"
	"path/filepath"
	"testing"
)

// refMatrix is one encoded matrix of the reference file.
type refMatrix struct {
	Shape []int     `json:"shape"`
	Re    []float64 `json:"re"`
	Im    []float64 `json:"im"`
}

type complexCase struct {
	Func string               `json:"func"`
	Name string               `json:"name"`
	In   map[string]refMatrix `json:"in"`
	Opts map[string]string    `json:"opts"`
	Out  map[string]refMatrix `json:"out"`
}

var complexCache referenceFile[caseFile[complexCase]]

// complexCases returns the cases of func fn.
func complexCases(t *testing.T, fn string) []complexCase {
	t.Helper()
	path := filepath.Join("testdata", "linalg_complex.json")
	return casesOf(t, complexCache.load(t, path).Cases, fn, path)
}

func (c complexCase) funcName() string { return c.Func }

// cm decodes r as a row-major complex matrix.
func (r refMatrix) cm() *CMatrix {
	m := NewCMatrix(r.Shape[0], r.Shape[1], nil)
	for k, v := range r.Re {
		im := 0.0
		if r.Im != nil {
			im = r.Im[k]
		}
		m.Data[k] = complex(v, im)
	}
	return m
}

// rm decodes r as a row-major real matrix.
func (r refMatrix) rm() *Matrix {
	return NewMatrix(r.Shape[0], r.Shape[1], append([]float64(nil), r.Re...))
}

// cmul is the product a b.
func cmul(a, b *CMatrix) *CMatrix {
	out := NewCMatrix(a.Rows, b.Cols, nil)
	for i := 0; i < a.Rows; i++ {
		for j := 0; j < b.Cols; j++ {
			var s complex128
			for k := 0; k < a.Cols; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Data[i*b.Cols+j] = s
		}
	}
	return out
}

// cmaxAbs is the largest modulus of m's entries.
func cmaxAbs(m *CMatrix) float64 {
	s := 0.0
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			s = math.Max(s, cmplx.Abs(m.At(i, j)))
		}
	}
	return s
}

// cclose fails unless got equals want within tol relative to want's
// largest entry (absolute for a zero want).
func cclose(t *testing.T, what string, got, want *CMatrix, tol float64) {
	t.Helper()
	if got == nil || got.Rows != want.Rows || got.Cols != want.Cols {
		t.Fatalf("%s: got %v, want a %d x %d matrix", what, got, want.Rows, want.Cols)
	}
	scale := math.Max(cmaxAbs(want), 1)
	for i := 0; i < want.Rows; i++ {
		for j := 0; j < want.Cols; j++ {
			if d := cmplx.Abs(got.At(i, j) - want.At(i, j)); !(d <= tol*scale) {
				t.Fatalf("%s: element (%d, %d) = %v, want %v (diff %.3g)", what, i, j, got.At(i, j), want.At(i, j), d)
			}
		}
	}
}

// ceye is the n x n identity.
func ceye(n int) *CMatrix {
	m := NewCMatrix(n, n, nil)
	for i := 0; i < n; i++ {
		m.Data[i*n+i] = 1
	}
	return m
}

// cdiag is diag(w) as a complex matrix.
func cdiag(w []complex128) *CMatrix {
	n := len(w)
	m := NewCMatrix(n, n, nil)
	for i, v := range w {
		m.Data[i*n+i] = v
	}
	return m
}

// sameEigenvalues fails unless got and want hold the same values (any
// order) within tol relative to the largest.
func sameEigenvalues(t *testing.T, what string, got, want []complex128, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: %d eigenvalues, want %d", what, len(got), len(want))
	}
	scale := 1.0
	for _, w := range want {
		scale = math.Max(scale, cmplx.Abs(w))
	}
	used := make([]bool, len(got))
	for _, w := range want {
		best, bestD := -1, math.Inf(1)
		for k, g := range got {
			if d := cmplx.Abs(g - w); !used[k] && d < bestD {
				best, bestD = k, d
			}
		}
		if best < 0 || bestD > tol*scale {
			t.Fatalf("%s: eigenvalue %v not found in %v", what, w, got)
		}
		used[best] = true
	}
}

// ccolMajor returns a column-major copy of m.
func ccolMajor(m *CMatrix) *CMatrix {
	out := NewCMatrixColMajor(m.Rows, m.Cols, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Set(i, j, m.At(i, j))
		}
	}
	return out
}

// cpadded returns m as the interior block of a larger NaN-filled matrix.
func cpadded(m *CMatrix) *CMatrix {
	big := NewCMatrix(m.Rows+2, m.Cols+3, nil)
	for k := range big.Data {
		big.Data[k] = cmplx.NaN()
	}
	v := big.Slice(1, 1+m.Rows, 2, 2+m.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			v.Set(i, j, m.At(i, j))
		}
	}
	return v
}

// cflipped returns m stored with both axes reversed (negative strides).
func cflipped(m *CMatrix) *CMatrix {
	v := &CMatrix{Data: make([]complex128, m.Rows*m.Cols), Rows: m.Rows, Cols: m.Cols,
		RowStride: -m.Cols, ColStride: -1}
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			v.Set(i, j, m.At(i, j))
		}
	}
	return v
}

// ctransposedStorage returns m as the transpose view of a copy of m^T.
func ctransposedStorage(m *CMatrix) *CMatrix { return ccolMajor(m).T().Clone().T() }

// clayouts are the ways of passing the same complex matrix.
var clayouts = []struct {
	name string
	make func(*CMatrix) *CMatrix
}{
	{"row-major", func(m *CMatrix) *CMatrix { return m }},
	{"column-major", ccolMajor},
	{"sub-view", cpadded},
	{"negative strides", cflipped},
	{"transpose view", ctransposedStorage},
}

// forLayouts runs check for every layout of the case's inputs.
func forLayouts(t *testing.T, c complexCase, check func(t *testing.T, in map[string]*CMatrix)) {
	for _, l := range clayouts {
		t.Run(fmt.Sprintf("%s/%s", c.Name, l.name), func(t *testing.T) {
			in := map[string]*CMatrix{}
			for k, v := range c.In {
				in[k] = l.make(v.cm())
			}
			check(t, in)
		})
	}
}

const ctol = 1e-10

func TestSolveInvDetComplexAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "solve") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			r, err := SolveComplex(in["a"], in["b"], &SolveOptions{AssumeA: c.Opts["assume_a"]})
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "x", r.X, c.Out["x"].cm(), ctol)
			cclose(t, "a x", cmul(in["a"], r.X), in["b"], ctol)
			if !(r.Rcond > 0 && r.Rcond <= 1) {
				t.Fatalf("rcond = %g", r.Rcond)
			}
		})
	}
	for _, c := range complexCases(t, "inv") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			x, err := InvComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "inv", x, c.Out["x"].cm(), ctol)
			cclose(t, "a inv(a)", cmul(in["a"], x), ceye(x.Rows), ctol)
		})
	}
	for _, c := range complexCases(t, "det") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			d, err := DetComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "det", NewCMatrix(1, 1, []complex128{d}), c.Out["x"].cm(), ctol)
		})
	}
}

func TestLUComplexAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "lu_factor") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			r, err := LUFactorComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "lu", r.LU, c.Out["lu"].cm(), ctol)
			for i, p := range c.Out["piv"].Re {
				if r.Piv[i] != int(p) {
					t.Fatalf("piv = %v, want %v", r.Piv, c.Out["piv"].Re)
				}
			}
		})
	}
	for _, c := range complexCases(t, "lu_solve") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			f, err := LUFactorComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			x, err := LUSolveComplex(f, in["b"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "x", x, c.Out["x"].cm(), ctol)
			xh, err := LUSolveComplex(f, in["b"], &LUSolveOptions{Trans: TransC})
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "x (trans=2)", xh, c.Out["xh"].cm(), ctol)
			cclose(t, "a^H x", cmul(in["a"].H(), xh), in["b"], ctol)
		})
	}
	for _, c := range complexCases(t, "lu") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			r, err := LUComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			closeM(t, "p", r.P, c.Out["p"].rm().ToRows(), 0)
			cclose(t, "l", r.L, c.Out["l"].cm(), ctol)
			cclose(t, "u", r.U, c.Out["u"].cm(), ctol)
			pl, err := LUComplex(in["a"], &LUOptions{PermuteL: true})
			if err != nil {
				t.Fatal(err)
			}
			if pl.P != nil || pl.PIndices != nil {
				t.Fatal("permute_l returned a permutation")
			}
			cclose(t, "(p l) u", cmul(pl.L, pl.U), in["a"], ctol)
			pi, err := LUComplex(in["a"], &LUOptions{PIndices: true})
			if err != nil {
				t.Fatal(err)
			}
			lu := cmul(pi.L, pi.U)
			for i, p := range pi.PIndices {
				cclose(t, "a = (l u)[p_indices]", in["a"].Slice(i, i+1, 0, lu.Cols), lu.Slice(p, p+1, 0, lu.Cols), ctol)
			}
		})
	}
}

func TestCholeskyComplexAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "cholesky") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			u, err := CholeskyComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "u", u, c.Out["u"].cm(), ctol)
			cclose(t, "u^H u", cmul(u.H(), u), in["a"], ctol)
			l, err := CholeskyComplex(in["a"], &CholeskyOptions{Lower: true})
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "l", l, c.Out["l"].cm(), ctol)
		})
	}
	for _, c := range complexCases(t, "cho_solve") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			for _, lower := range []bool{false, true} {
				f, err := ChoFactorComplex(in["a"], &CholeskyOptions{Lower: lower})
				if err != nil {
					t.Fatal(err)
				}
				if f.Lower != lower {
					t.Fatalf("Lower = %v", f.Lower)
				}
				x, err := ChoSolveComplex(f, in["b"], nil)
				if err != nil {
					t.Fatal(err)
				}
				cclose(t, "x", x, c.Out["x"].cm(), ctol)
			}
		})
	}
}

func TestQRSVDComplexAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "qr") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			r, err := QRComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "q", r.Q, c.Out["q"].cm(), ctol)
			cclose(t, "r", r.R, c.Out["r"].cm(), ctol)
			cclose(t, "q^H q", cmul(r.Q.H(), r.Q), ceye(r.Q.Cols), ctol)
			e, err := QRComplex(in["a"], &QROptions{Mode: "economic", Pivoting: true})
			if err != nil {
				t.Fatal(err)
			}
			qr := cmul(e.Q, e.R)
			for j, p := range e.P {
				cclose(t, "a[:, p] = q r", in["a"].Slice(0, qr.Rows, p, p+1), qr.Slice(0, qr.Rows, j, j+1), ctol)
			}
		})
	}
	for _, c := range complexCases(t, "svd") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			want := NewCMatrix(1, len(c.Out["s"].Re), ToComplex(c.Out["s"].Re))
			s, err := SVDValsComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "svdvals", NewCMatrix(1, len(s), ToComplex(s)), want, ctol)
			for _, economy := range []bool{false, true} {
				r, err := SVDComplex(in["a"], &SVDOptions{Economy: economy})
				if err != nil {
					t.Fatal(err)
				}
				cclose(t, "s", NewCMatrix(1, len(r.S), ToComplex(r.S)), want, ctol)
				k := len(r.S)
				sd := NewCMatrix(r.U.Cols, r.Vh.Rows, nil)
				for i := 0; i < k; i++ {
					sd.Set(i, i, complex(r.S[i], 0))
				}
				cclose(t, "u s vh", cmul(cmul(r.U, sd), r.Vh), in["a"], ctol)
				cclose(t, "u^H u", cmul(r.U.H(), r.U), ceye(r.U.Cols), ctol)
			}
		})
	}
}

func TestEigComplexAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "eigh") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			want := NewCMatrix(1, len(c.Out["w"].Re), ToComplex(c.Out["w"].Re))
			r, err := EighComplex(in["a"], nil)
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "w", NewCMatrix(1, len(r.W), ToComplex(r.W)), want, ctol)
			cclose(t, "a v = v w", cmul(in["a"], r.V), cmul(r.V, cdiag(ToComplex(r.W))), ctol)
			cclose(t, "v^H v", cmul(r.V.H(), r.V), ceye(r.V.Cols), ctol)
			w, err := EigvalshComplex(in["a"], &EighOptions{Upper: true})
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "eigvalsh (upper)", NewCMatrix(1, len(w), ToComplex(w)), want, ctol)
			n := in["a"].Rows
			sub, err := EighComplex(in["a"], &EighOptions{SubsetByIndex: []int{0, n / 2}})
			if err != nil {
				t.Fatal(err)
			}
			if len(sub.W) != n/2+1 || sub.V.Cols != n/2+1 {
				t.Fatalf("subset: %d values, %d vectors", len(sub.W), sub.V.Cols)
			}
			cclose(t, "subset w", NewCMatrix(1, len(sub.W), ToComplex(sub.W)), want.Slice(0, 1, 0, n/2+1), ctol)
		})
	}
	for _, c := range complexCases(t, "eig") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			want := c.Out["w"].cm().Data
			r, err := EigComplex(in["a"], nil, &EigOptions{Left: true})
			if err != nil {
				t.Fatal(err)
			}
			sameEigenvalues(t, "w", r.W, want, ctol)
			n := len(r.W)
			vr := NewCMatrix(n, n, r.VR.Data)
			vl := NewCMatrix(n, n, r.VL.Data)
			cclose(t, "a vr = vr w", cmul(in["a"], vr), cmul(vr, cdiag(r.W)), ctol)
			cclose(t, "vl^H a = w vl^H", cmul(vl.H(), in["a"]), cmul(cdiag(r.W), vl.H()), ctol)
			w, err := EigvalsComplex(in["a"], nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			sameEigenvalues(t, "eigvals", w, want, ctol)
			// The generalized problem with b = 2 I: eigenvalues halved.
			b := ceye(n)
			for i := range b.Data {
				b.Data[i] *= 2
			}
			g, err := EigvalsComplex(in["a"], b, nil)
			if err != nil {
				t.Fatal(err)
			}
			half := make([]complex128, n)
			for i, v := range want {
				half[i] = v / 2
			}
			sameEigenvalues(t, "eigvals(a, 2 I)", g, half, ctol)
		})
	}
	for _, c := range complexCases(t, "expm") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			x, err := ExpmComplex(in["a"])
			if err != nil {
				t.Fatal(err)
			}
			cclose(t, "expm", x, c.Out["x"].cm(), 1e-12)
		})
	}
}

func TestLinalgComplexErrors(t *testing.T) {
	rect := NewCMatrix(2, 3, []complex128{1, 2, 3, 4, 5, 6i})
	nan := CFromRows([][]complex128{{1, complex(math.NaN(), 0)}, {0, 1}})
	sing := CFromRows([][]complex128{{1, 2i}, {1, 2i}})
	two := CColVector([]complex128{1, 1i})
	three := CColVector([]complex128{1, 1i, 2})
	notPD := CFromRows([][]complex128{{1, 2}, {2, 1}})

	_, err := SolveComplex(sing, two, nil)
	expectStatus(t, "solve(singular)", err, StatusSingular, "singular")
	_, err = SolveComplex(ceye(2), three, nil)
	expectStatus(t, "solve(2 x 2, 3 x 1)", err, StatusDimensionMismatch, "")
	_, err = SolveComplex(nan, two, nil)
	expectStatus(t, "solve(NaN)", err, StatusInvalidArgument, "")
	_, err = SolveComplex(ceye(2), two, &SolveOptions{AssumeA: "bogus"})
	expectStatus(t, "solve(assume_a=bogus)", err, StatusUnknownName, "")
	_, err = InvComplex(sing, nil)
	expectStatus(t, "inv(singular)", err, StatusSingular, "singular")
	_, err = InvComplex(rect, nil)
	expectStatus(t, "inv(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = DetComplex(rect, nil)
	expectStatus(t, "det(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = DetComplex(nan, nil)
	expectStatus(t, "det(NaN)", err, StatusInvalidArgument, "")
	_, err = LUFactorComplex(nan, nil)
	expectStatus(t, "lu_factor(NaN)", err, StatusInvalidArgument, "")
	_, err = LUComplex(nan, nil)
	expectStatus(t, "lu(NaN)", err, StatusInvalidArgument, "")
	f, err := LUFactorComplex(ceye(2), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LUSolveComplex(f, three, nil)
	expectStatus(t, "lu_solve(3 x 1)", err, StatusDimensionMismatch, "")
	_, err = CholeskyComplex(notPD, nil)
	expectStatus(t, "cholesky(not pd)", err, StatusSingular, "2-th leading minor")
	_, err = ChoFactorComplex(rect, nil)
	expectStatus(t, "cho_factor(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = ChoSolveComplex(ChoFactorComplexResult{C: ceye(2)}, three, nil)
	expectStatus(t, "cho_solve(3 x 1)", err, StatusDimensionMismatch, "")
	_, err = QRComplex(rect, &QROptions{Mode: "bogus"})
	expectStatus(t, "qr(mode=bogus)", err, StatusUnknownName, "")
	_, err = QRComplex(nan, nil)
	expectStatus(t, "qr(NaN)", err, StatusInvalidArgument, "")
	_, err = SVDComplex(nan, nil)
	expectStatus(t, "svd(NaN)", err, StatusInvalidArgument, "")
	_, err = SVDComplex(rect, &SVDOptions{LapackDriver: "bogus"})
	expectStatus(t, "svd(lapack_driver=bogus)", err, StatusUnknownName, "bogus")
	_, err = SVDValsComplex(nan, nil)
	expectStatus(t, "svdvals(NaN)", err, StatusInvalidArgument, "")
	_, err = EighComplex(rect, nil)
	expectStatus(t, "eigh(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = EighComplex(ceye(2), &EighOptions{B: NewMatrix(2, 2, nil)})
	expectStatus(t, "eigh(b)", err, StatusInvalidArgument, "generalized")
	_, err = EigvalshComplex(nan, nil)
	expectStatus(t, "eigvalsh(NaN)", err, StatusInvalidArgument, "")
	_, err = EigComplex(rect, nil, nil)
	expectStatus(t, "eig(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = EigvalsComplex(ceye(2), ceye(3), nil)
	expectStatus(t, "eigvals(2 x 2, 3 x 3)", err, StatusDimensionMismatch, "")
	_, err = EigComplex(nan, nil, &EigOptions{SkipFiniteCheck: true})
	expectStatus(t, "eig(NaN)", err, StatusInvalidArgument, "")
	_, err = ExpmComplex(rect)
	expectStatus(t, "expm(2 x 3)", err, StatusDimensionMismatch, "")
	bad := &CMatrix{Data: make([]complex128, 3), Rows: 2, Cols: 2, RowStride: 2, ColStride: 1}
	_, err = InvComplex(bad, nil)
	expectStatus(t, "inv(short Data)", err, StatusDimensionMismatch, "spans")
}

func TestComplexInputsNotModified(t *testing.T) {
	a := CFromRows([][]complex128{{2, 1i}, {-1i, 3}})
	keep := a.Clone()
	if _, err := SolveComplex(a, CColVector([]complex128{1, 2}), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := EighComplex(a, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := QRComplex(a, nil); err != nil {
		t.Fatal(err)
	}
	cclose(t, "a after the calls", a, keep, 0)
}

func TestCMatrixViews(t *testing.T) {
	m := CFromRows([][]complex128{{1, 2i}, {3, 4 + 1i}, {5, 6}})
	if m.T().At(1, 2) != 6 || m.H().At(1, 1) != 4-1i || m.Slice(1, 3, 1, 2).At(1, 0) != 6 {
		t.Fatal("views")
	}
	r := FromRows([][]float64{{1, 2}, {3, 4}}).T().Complex()
	if r.At(0, 1) != 3 || r.Real().At(1, 0) != 2 {
		t.Fatal("Complex / Real")
	}
}
