package sciport

// Checks Schur, SchurComplex, the matrix equations and Sqrtm against SciPy
// 1.17.1's results in testdata/linalg_complex.json (see
// linalg_complex_test.go), in every layout, with invariants (Schur forms are
// not unique: a = Z T Z^H, Z unitary, T's shape and eigenvalues, the sorted
// ones first; each solution satisfies its equation; root^2 = a) and the
// errors of bad input.

import (
	"math"
	"math/cmplx"
	"testing"
)

// rlayouts are the layouts of real matrices: row-major plus linalg_test.go's.
func rlayouts() []func(*Matrix) *Matrix {
	out := []func(*Matrix) *Matrix{func(m *Matrix) *Matrix { return m }}
	for _, l := range layouts {
		out = append(out, l.make)
	}
	return out
}

// forRealLayouts runs check for every layout of the case's (real) inputs.
func forRealLayouts(t *testing.T, c complexCase, check func(t *testing.T, in map[string]*Matrix)) {
	for k, l := range rlayouts() {
		name := "row-major"
		if k > 0 {
			name = layouts[k-1].name
		}
		t.Run(c.Name+"/"+name, func(t *testing.T) {
			in := map[string]*Matrix{}
			for key, v := range c.In {
				in[key] = l(v.rm())
			}
			check(t, in)
		})
	}
}

// selected reports whether sort selects w (SciPy's sort callables).
func selected(sort string, w complex128) bool {
	switch sort {
	case "lhp":
		return real(w) < 0
	case "rhp":
		return real(w) >= 0
	case "iuc":
		return cmplx.Abs(w) <= 1
	case "ouc":
		return cmplx.Abs(w) > 1
	}
	return false
}

// quasiEigenvalues returns the eigenvalues of a real quasi-triangular t from
// its 1 x 1 and 2 x 2 diagonal blocks, in order; it fails on entries below
// the subdiagonal or adjacent 2 x 2 blocks.
func quasiEigenvalues(t *testing.T, m *Matrix) []complex128 {
	t.Helper()
	n := m.Rows
	for i := 0; i < n; i++ {
		for j := 0; j+1 < i; j++ {
			if m.At(i, j) != 0 {
				t.Fatalf("t[%d, %d] = %g below the subdiagonal", i, j, m.At(i, j))
			}
		}
	}
	var w []complex128
	for i := 0; i < n; {
		if i+1 < n && m.At(i+1, i) != 0 {
			x, b, c := m.At(i, i), m.At(i, i+1), m.At(i+1, i)
			if m.At(i+1, i+1) != x || b*c >= 0 {
				t.Fatalf("block at %d is not [x b; c x] with b c < 0", i)
			}
			s := math.Sqrt(-b * c)
			w = append(w, complex(x, s), complex(x, -s))
			i += 2
			continue
		}
		w = append(w, complex(m.At(i, i), 0))
		i++
	}
	return w
}

// checkSorted fails unless the first sdim eigenvalues are the selected ones.
func checkSorted(t *testing.T, sort string, w []complex128, sdim int) {
	t.Helper()
	if sort == "" {
		if sdim != 0 {
			t.Fatalf("sdim = %d without sort", sdim)
		}
		return
	}
	for i, v := range w {
		if selected(sort, v) != (i < sdim) {
			t.Fatalf("sort %s, sdim %d: eigenvalue %d = %v", sort, sdim, i, v)
		}
	}
}

func TestSchurAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "schur") {
		sort := c.Opts["sort"]
		wantW := c.Out["w"].cm().Data
		wantSdim := int(c.Out["sdim"].Re[0])
		forRealLayouts(t, c, func(t *testing.T, in map[string]*Matrix) {
			r, err := Schur(in["a"], &SchurOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			z, tt := r.Z.Complex(), r.T.Complex()
			cclose(t, "z t z^T", cmul(cmul(z, tt), z.H()), in["a"].Complex(), ctol)
			cclose(t, "z^T z", cmul(z.H(), z), ceye(z.Rows), ctol)
			w := quasiEigenvalues(t, r.T)
			sameEigenvalues(t, "eigenvalues of t", w, wantW, 1e-9)
			if r.Sdim != wantSdim {
				t.Fatalf("sdim = %d, SciPy's %d", r.Sdim, wantSdim)
			}
			checkSorted(t, sort, w, r.Sdim)

			// output='complex' of the real input.
			rc, err := SchurOfRealAsComplex(in["a"], &SchurOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			checkComplexSchur(t, in["a"].Complex(), rc, sort, wantW)
		})
	}
	for _, c := range complexCases(t, "schur_complex") {
		sort := c.Opts["sort"]
		wantW := c.Out["w"].cm().Data
		wantSdim := int(c.Out["sdim"].Re[0])
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			r, err := SchurComplex(in["a"], &SchurOptions{Sort: sort})
			if err != nil {
				t.Fatal(err)
			}
			checkComplexSchur(t, in["a"], r, sort, wantW)
			if r.Sdim != wantSdim {
				t.Fatalf("sdim = %d, SciPy's %d", r.Sdim, wantSdim)
			}
		})
	}
}

// checkComplexSchur checks a = z t z^H, z unitary, t upper triangular with
// the eigenvalues want on its diagonal, the sorted ones first.
func checkComplexSchur(t *testing.T, a *CMatrix, r SchurComplexResult, sort string, want []complex128) {
	t.Helper()
	cclose(t, "z t z^H", cmul(cmul(r.Z, r.T), r.Z.H()), a, ctol)
	cclose(t, "z^H z", cmul(r.Z.H(), r.Z), ceye(r.Z.Rows), ctol)
	n := r.T.Rows
	w := make([]complex128, n)
	for i := 0; i < n; i++ {
		w[i] = r.T.At(i, i)
		for j := 0; j < i; j++ {
			if r.T.At(i, j) != 0 {
				t.Fatalf("t[%d, %d] = %v below the diagonal", i, j, r.T.At(i, j))
			}
		}
	}
	sameEigenvalues(t, "diag(t)", w, want, 1e-9)
	checkSorted(t, sort, w, r.Sdim)
}

func TestMatrixEquationsAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "solve_sylvester") {
		forRealLayouts(t, c, func(t *testing.T, in map[string]*Matrix) {
			r, err := SolveSylvester(in["a"], in["b"], in["q"])
			if err != nil {
				t.Fatal(err)
			}
			if r.Perturbed {
				t.Fatal("perturbed")
			}
			x := r.X.Complex()
			cclose(t, "x", x, c.Out["x"].cm(), ctol)
			a, b := in["a"].Complex(), in["b"].Complex()
			lhs := cmul(a, x)
			xb := cmul(x, b)
			for k := range lhs.Data {
				lhs.Data[k] += xb.Data[k]
			}
			cclose(t, "a x + x b", lhs, in["q"].Complex(), ctol)
		})
	}
	for _, c := range complexCases(t, "solve_continuous_lyapunov") {
		forRealLayouts(t, c, func(t *testing.T, in map[string]*Matrix) {
			r, err := SolveContinuousLyapunov(in["a"], in["q"])
			if err != nil {
				t.Fatal(err)
			}
			if r.Perturbed {
				t.Fatal("perturbed")
			}
			x, a := r.X.Complex(), in["a"].Complex()
			cclose(t, "x", x, c.Out["x"].cm(), ctol)
			lhs := cmul(a, x)
			xa := cmul(x, a.T())
			for k := range lhs.Data {
				lhs.Data[k] += xa.Data[k]
			}
			cclose(t, "a x + x a^T", lhs, in["q"].Complex(), ctol)
		})
	}
	for _, c := range complexCases(t, "solve_discrete_lyapunov") {
		forRealLayouts(t, c, func(t *testing.T, in map[string]*Matrix) {
			xr, err := SolveDiscreteLyapunov(in["a"], in["q"], c.Opts["method"])
			if err != nil {
				t.Fatal(err)
			}
			x, a := xr.Complex(), in["a"].Complex()
			cclose(t, "x", x, c.Out["x"].cm(), ctol)
			lhs := cmul(cmul(a, x), a.T())
			q := in["q"].Complex()
			for k := range lhs.Data {
				lhs.Data[k] += q.Data[k]
			}
			cclose(t, "a x a^T + q", lhs, x, ctol)
		})
	}
	for _, fn := range []string{"solve_continuous_are", "solve_discrete_are"} {
		for _, c := range complexCases(t, fn) {
			forRealLayouts(t, c, func(t *testing.T, in map[string]*Matrix) {
				opts := &AREOptions{E: in["e"], S: in["s"]}
				solve := SolveContinuousARE
				if fn == "solve_discrete_are" {
					solve = SolveDiscreteARE
				}
				x, err := solve(in["a"], in["b"], in["q"], in["r"], opts)
				if err != nil {
					t.Fatal(err)
				}
				cclose(t, "x", x.Complex(), c.Out["x"].cm(), 1e-9)
				cclose(t, "x^T", x.T().Complex(), x.Complex(), 1e-12)
				if in["e"] == nil && fn == "solve_continuous_are" {
					// r = I: a^T x + x a - x b b^T x + q = 0.
					a, b, xc := in["a"].Complex(), in["b"].Complex(), x.Complex()
					res := cmul(a.T(), xc)
					xa := cmul(xc, a)
					xbbx := cmul(cmul(cmul(xc, b), b.T()), xc)
					q := in["q"].Complex()
					for k := range res.Data {
						res.Data[k] += xa.Data[k] - xbbx.Data[k] + q.Data[k]
					}
					cclose(t, "care residual", res, NewCMatrix(res.Rows, res.Cols, nil), 1e-9*math.Max(1, cmaxAbs(xc)))
				}
				u, err := are(in["a"], in["b"], in["q"], in["r"], &AREOptions{E: in["e"], S: in["s"], Unbalanced: true},
					fn == "solve_discrete_are")
				if err != nil {
					t.Fatal(err)
				}
				cclose(t, "x (balanced=False)", u.Complex(), c.Out["x"].cm(), 1e-8)
			})
		}
	}
}

func TestSqrtmAgainstSciPy(t *testing.T) {
	for _, c := range complexCases(t, "sqrtm") {
		want := c.Out["x"]
		forRealLayouts(t, c, func(t *testing.T, in map[string]*Matrix) {
			r, err := Sqrtm(in["a"])
			if err != nil {
				t.Fatal(err)
			}
			if r.IsReal != (want.Im == nil) {
				t.Fatalf("IsReal = %v; SciPy's result complex: %v", r.IsReal, want.Im != nil)
			}
			if r.Warning != MatfuncOK {
				t.Fatalf("warning %d", r.Warning)
			}
			cclose(t, "root", r.X, want.cm(), ctol)
			cclose(t, "root^2", cmul(r.X, r.X), in["a"].Complex(), ctol)
			if r.IsReal {
				for _, v := range r.X.Data {
					if imag(v) != 0 {
						t.Fatalf("IsReal with imaginary part %g", imag(v))
					}
				}
				closeM(t, "Real", r.Real, want.rm().ToRows(), ctol*math.Max(1, cmaxAbs(want.cm())))
			} else if r.Real != nil {
				t.Fatal("Real set for a complex root")
			}
		})
	}
	for _, c := range complexCases(t, "sqrtm_complex") {
		forLayouts(t, c, func(t *testing.T, in map[string]*CMatrix) {
			r, err := SqrtmComplex(in["a"])
			if err != nil {
				t.Fatal(err)
			}
			if r.IsReal || r.Real != nil || r.Warning != MatfuncOK {
				t.Fatalf("IsReal %v, Real %v, warning %d", r.IsReal, r.Real, r.Warning)
			}
			cclose(t, "root", r.X, c.Out["x"].cm(), ctol)
			cclose(t, "root^2", cmul(r.X, r.X), in["a"], ctol)
		})
	}
}

func TestMatrixEquationWarnings(t *testing.T) {
	// SciPy 1.17.1: sqrtm([[0, 1], [0, 0]]) warns "Matrix is singular." and
	// returns [[0, inf], [0, 0]].
	r, err := Sqrtm(FromRows([][]float64{{0, 1}, {0, 0}}))
	if err != nil {
		t.Fatal(err)
	}
	if r.Warning != MatfuncSingular || !math.IsInf(real(r.X.At(0, 1)), 1) {
		t.Fatalf("sqrtm of a nilpotent: warning %d, root %v", r.Warning, r.X.Data)
	}
	rc, err := SqrtmComplex(NewCMatrix(2, 2, nil))
	if err != nil {
		t.Fatal(err)
	}
	if rc.Warning != MatfuncSingular {
		t.Fatalf("sqrtm_complex(0): warning %d", rc.Warning)
	}
	// solve_continuous_lyapunov(diag(1, -1), I): SciPy's RuntimeWarning
	// (an eigenvalue pair sums to zero).
	l, err := SolveContinuousLyapunov(FromRows([][]float64{{1, 0}, {0, -1}}), FromRows([][]float64{{1, 0}, {0, 1}}))
	if err != nil {
		t.Fatal(err)
	}
	if !l.Perturbed {
		t.Fatal("lyapunov with eigenvalues 1, -1 not reported as perturbed")
	}
	// a = I and b = -I share the eigenvalue 1 = -(-1).
	s, err := SolveSylvester(FromRows([][]float64{{1, 0}, {0, 1}}), FromRows([][]float64{{-1, 0}, {0, -1}}),
		FromRows([][]float64{{1, 0}, {0, 1}}))
	if err != nil {
		t.Fatal(err)
	}
	if !s.Perturbed {
		t.Fatal("sylvester with common eigenvalues not reported as perturbed")
	}
}

func TestMatrixEquationErrors(t *testing.T) {
	rect := NewMatrix(2, 3, []float64{1, 2, 3, 4, 5, 6})
	nan := FromRows([][]float64{{1, math.NaN()}, {0, 1}})
	eye2 := FromRows([][]float64{{1, 0}, {0, 1}})
	eye3 := FromRows([][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
	one := FromRows([][]float64{{1}})

	_, err := Schur(rect, nil)
	expectStatus(t, "schur(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = Schur(nan, &SchurOptions{SkipFiniteCheck: true})
	expectStatus(t, "schur(NaN)", err, StatusInvalidArgument, "")
	_, err = Schur(eye2, &SchurOptions{Sort: "bogus"})
	expectStatus(t, "schur(sort=bogus)", err, StatusUnknownName, "bogus")
	_, err = SchurComplex(rect.Complex(), nil)
	expectStatus(t, "schur_complex(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = SchurComplex(nan.Complex(), nil)
	expectStatus(t, "schur_complex(NaN)", err, StatusInvalidArgument, "")
	_, err = SchurOfRealAsComplex(eye2, &SchurOptions{Sort: "bogus"})
	expectStatus(t, "schur(output=complex, sort=bogus)", err, StatusUnknownName, "bogus")
	_, err = SchurOfRealAsComplex(nil, nil)
	expectStatus(t, "schur(nil)", err, StatusNullPointer, "")

	_, err = SolveSylvester(rect, eye2, eye2)
	expectStatus(t, "sylvester(a 2 x 3)", err, StatusDimensionMismatch, "")
	_, err = SolveSylvester(eye2, eye3, eye2)
	expectStatus(t, "sylvester(q 2 x 2 for b 3 x 3)", err, StatusDimensionMismatch, "")
	_, err = SolveSylvester(nan, eye2, eye2)
	expectStatus(t, "sylvester(NaN)", err, StatusInvalidArgument, "")
	_, err = SolveContinuousLyapunov(rect, eye2)
	expectStatus(t, "clyap(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = SolveContinuousLyapunov(eye2, eye3)
	expectStatus(t, "clyap(q 3 x 3)", err, StatusDimensionMismatch, "")
	_, err = SolveContinuousLyapunov(nan, eye2)
	expectStatus(t, "clyap(NaN)", err, StatusInvalidArgument, "")
	_, err = SolveDiscreteLyapunov(eye2, eye2, "bogus")
	expectStatus(t, "dlyap(method=bogus)", err, StatusUnknownName, "bogus")
	_, err = SolveDiscreteLyapunov(rect, eye2, "")
	expectStatus(t, "dlyap(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = SolveDiscreteLyapunov(nan, eye2, "direct")
	expectStatus(t, "dlyap(NaN)", err, StatusInvalidArgument, "")

	b := FromRows([][]float64{{1}, {0}})
	_, err = SolveContinuousARE(eye2, b, eye2, eye2, nil)
	expectStatus(t, "care(r 2 x 2 for b 2 x 1)", err, StatusDimensionMismatch, "")
	_, err = SolveContinuousARE(eye2, b, FromRows([][]float64{{1, 2}, {0, 1}}), one, nil)
	expectStatus(t, "care(q not symmetric)", err, StatusInvalidArgument, "")
	_, err = SolveDiscreteARE(nan, b, eye2, one, nil)
	expectStatus(t, "dare(NaN)", err, StatusInvalidArgument, "")
	_, err = SolveDiscreteARE(eye2, b, eye2, one, &AREOptions{E: eye3})
	expectStatus(t, "dare(e 3 x 3)", err, StatusDimensionMismatch, "")
	_, err = SolveContinuousARE(eye2, nil, eye2, one, nil)
	expectStatus(t, "care(b nil)", err, StatusNullPointer, "")

	_, err = Sqrtm(rect)
	expectStatus(t, "sqrtm(2 x 3)", err, StatusDimensionMismatch, "")
	// NaN is not an error for real input: SciPy 1.17.1's
	// sqrtm([[1, 2], [nan, 1]]) is all NaN (a real array), and
	// sqrtm([[1, nan], [0, 1]]) (already in Schur form) [[1, nan], [0, 1]].
	nanFull := FromRows([][]float64{{1, 2}, {math.NaN(), 1}})
	r, err := Sqrtm(nanFull)
	if err != nil {
		t.Fatal(err)
	}
	if !r.IsReal {
		t.Fatal("sqrtm(NaN): IsReal false")
	}
	for _, v := range r.Real.Data {
		if !math.IsNaN(v) {
			t.Fatalf("sqrtm(NaN) = %v, want all NaN", r.Real.Data)
		}
	}
	r, err = Sqrtm(nan)
	if err != nil {
		t.Fatal(err)
	}
	if r.Real.At(0, 0) != 1 || !math.IsNaN(r.Real.At(0, 1)) || r.Real.At(1, 0) != 0 || r.Real.At(1, 1) != 1 {
		t.Fatalf("sqrtm([[1, nan], [0, 1]]) = %v", r.Real.Data)
	}
	_, err = SqrtmComplex(rect.Complex())
	expectStatus(t, "sqrtm_complex(2 x 3)", err, StatusDimensionMismatch, "")
	_, err = SqrtmComplex(nanFull.Complex())
	expectStatus(t, "sqrtm_complex(NaN)", err, StatusInvalidArgument, "infs or NaNs")
}
