package sciport

import (
	"errors"
	"fmt"
	"math"
	"sync"
	"testing"
)

// The reference values of this file come from SciPy 1.17.1 (NumPy float64,
// printed with repr), computed with /work/venv/bin/python; each block names
// the exact call. The test matrices:
//
//	A = np.array([[4., -2., 1.], [3., 6., -4.], [2., 1., 8.]])
//	B = np.array([[12., 1.], [-25., 2.], [32., 3.]])
//	U = np.array([[2., 1., -1.], [0., 3., 2.], [0., 0., 4.]])
//	S = np.array([[4., 12., -16.], [12., 37., -43.], [-16., -43., 98.]])
//	T = np.array([[4., 1., 0.], [1., 3., 1.], [0., 1., 2.]])
//	M = np.array([[1., 2., 3.], [4., 5., 6.], [7., 8., 10.], [-1., 0., 2.]])
//	H = np.array([[2., -1., 0., 0.5], [-1., 2., -1., 0.], [0., -1., 2., -1.], [0.5, 0., -1., 3.]])
var (
	refA = [][]float64{{4, -2, 1}, {3, 6, -4}, {2, 1, 8}}
	refB = [][]float64{{12, 1}, {-25, 2}, {32, 3}}
	refU = [][]float64{{2, 1, -1}, {0, 3, 2}, {0, 0, 4}}
	refS = [][]float64{{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}}
	refT = [][]float64{{4, 1, 0}, {1, 3, 1}, {0, 1, 2}}
	refM = [][]float64{{1, 2, 3}, {4, 5, 6}, {7, 8, 10}, {-1, 0, 2}}
	refH = [][]float64{{2, -1, 0, 0.5}, {-1, 2, -1, 0}, {0, -1, 2, -1}, {0.5, 0, -1, 3}}
)

// closeM checks that got is a rows(want) x cols(want) matrix agreeing with
// want within tol (relative to the largest entry of want, at least 1).
func closeM(t *testing.T, what string, got *Matrix, want [][]float64, tol float64) {
	t.Helper()
	if got == nil {
		t.Fatalf("%s: nil matrix", what)
	}
	if got.Rows != len(want) || (len(want) > 0 && got.Cols != len(want[0])) {
		t.Fatalf("%s: shape %d x %d, want %d x %d", what, got.Rows, got.Cols, len(want), len(want[0]))
	}
	scale := 1.0
	for _, r := range want {
		for _, v := range r {
			scale = math.Max(scale, math.Abs(v))
		}
	}
	for i, r := range want {
		for j, v := range r {
			if g := got.At(i, j); math.Abs(g-v) > tol*scale {
				t.Fatalf("%s: element (%d, %d) = %.17g, want %.17g", what, i, j, g, v)
			}
		}
	}
}

// sameM checks that two matrices have the same shape and identical entries.
func sameM(t *testing.T, what string, got, want *Matrix) {
	t.Helper()
	if got.Rows != want.Rows || got.Cols != want.Cols {
		t.Fatalf("%s: shape %d x %d, want %d x %d", what, got.Rows, got.Cols, want.Rows, want.Cols)
	}
	for i := 0; i < want.Rows; i++ {
		for j := 0; j < want.Cols; j++ {
			if g, w := got.At(i, j), want.At(i, j); g != w {
				t.Fatalf("%s: element (%d, %d) = %.17g, want %.17g (row-major result)", what, i, j, g, w)
			}
		}
	}
}

// sameV checks that two slices are identical.
func sameV(t *testing.T, what string, got, want []float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: length %d, want %d", what, len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%s: element %d = %.17g, want %.17g", what, i, got[i], want[i])
		}
	}
}

// colMajor returns a column-major copy of m.
func colMajor(m *Matrix) *Matrix {
	out := NewMatrixColMajor(m.Rows, m.Cols, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			out.Set(i, j, m.At(i, j))
		}
	}
	return out
}

// padded returns m as the interior block of a larger row-major matrix
// filled with NaN (a sub-view: row stride Cols+3).
func padded(m *Matrix) *Matrix {
	big := NewMatrix(m.Rows+2, m.Cols+3, nil)
	for k := range big.Data {
		big.Data[k] = math.NaN()
	}
	v := big.Slice(1, 1+m.Rows, 2, 2+m.Cols)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			v.Set(i, j, m.At(i, j))
		}
	}
	return v
}

// flipped returns m stored with both axes reversed, viewed with negative
// strides (Data[0] holds element (Rows-1, Cols-1)).
func flipped(m *Matrix) *Matrix {
	v := &Matrix{Data: make([]float64, m.Rows*m.Cols), Rows: m.Rows, Cols: m.Cols,
		RowStride: -m.Cols, ColStride: -1}
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			v.Set(i, j, m.At(i, j))
		}
	}
	return v
}

// transposedStorage returns m as the transpose view of a row-major copy of m^T.
func transposedStorage(m *Matrix) *Matrix {
	st := NewMatrix(m.Cols, m.Rows, nil)
	for i := 0; i < m.Rows; i++ {
		for j := 0; j < m.Cols; j++ {
			st.Set(j, i, m.At(i, j))
		}
	}
	return st.T()
}

// layouts are the ways of passing the same matrix.
var layouts = []struct {
	name string
	make func(*Matrix) *Matrix
}{
	{"column-major", colMajor},
	{"sub-view", padded},
	{"negative strides", flipped},
	{"transpose view", transposedStorage},
}

func TestMatrixConstructorsAndViews(t *testing.T) {
	m := NewMatrix(2, 3, []float64{1, 2, 3, 4, 5, 6})
	f := NewMatrixColMajor(2, 3, []float64{1, 4, 2, 5, 3, 6})
	r := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	c := FromColumns([][]float64{{1, 4}, {2, 5}, {3, 6}})
	for _, x := range []*Matrix{f, r, c, colMajor(m), padded(m), flipped(m), transposedStorage(m)} {
		sameM(t, "layout", x, m)
	}
	if m.RowStride != 3 || m.ColStride != 1 || f.RowStride != 1 || f.ColStride != 2 {
		t.Fatalf("strides: row-major %d,%d column-major %d,%d", m.RowStride, m.ColStride, f.RowStride, f.ColStride)
	}
	tr := m.T()
	if tr.Rows != 3 || tr.Cols != 2 || tr.At(2, 1) != 6 || tr.At(0, 1) != 4 {
		t.Fatalf("transpose view: %v", tr.ToRows())
	}
	s := m.Slice(0, 2, 1, 3)
	s.Set(1, 1, 60)
	if m.At(1, 2) != 60 || s.At(0, 0) != 2 {
		t.Fatal("Slice is not a view of the same data")
	}
	fs := flipped(m).Slice(1, 2, 0, 2)
	if fs.Rows != 1 || fs.Cols != 2 || fs.At(0, 0) != 4 || fs.At(0, 1) != 5 {
		t.Fatalf("slice of a negative-stride view: %v", fs.ToRows())
	}
	cl := m.T().Clone()
	if cl.RowStride != 2 || cl.ColStride != 1 || cl.At(2, 1) != 60 {
		t.Fatalf("Clone: %+v", cl)
	}
	v := ColVector([]float64{7, 8})
	if v.Rows != 2 || v.Cols != 1 || v.At(1, 0) != 8 {
		t.Fatalf("ColVector: %+v", v)
	}
	if e := FromRows(nil); e.Rows != 0 || e.Cols != 0 {
		t.Fatalf("FromRows(nil) = %+v", e)
	}
	for name, fn := range map[string]func(){
		"NewMatrix(-1, 2)":        func() { NewMatrix(-1, 2, nil) },
		"NewMatrix data too long": func() { NewMatrix(2, 2, make([]float64, 5)) },
		"NewMatrixColMajor huge":  func() { NewMatrixColMajor(1<<40, 1<<40, nil) },
		"FromRows ragged":         func() { FromRows([][]float64{{1, 2}, {3}}) },
		"FromColumns ragged":      func() { FromColumns([][]float64{{1}, {2, 3}}) },
		"At out of range":         func() { m.At(2, 0) },
		"Slice out of range":      func() { m.Slice(0, 3, 0, 1) },
	} {
		if recovered(fn) == nil {
			t.Errorf("%s did not panic", name)
		}
	}
}

func TestSolveAgainstSciPy(t *testing.T) {
	a, b := FromRows(refA), FromRows(refB)
	// scipy.linalg.solve(A, B)
	r, err := Solve(a, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve(A, B)", r.X, [][]float64{
		{1.0, 0.34980988593155893}, {-2.0, 0.32319391634980993}, {4.0, 0.24714828897338406}}, 1e-14)
	// Rcond is LAPACK's estimate: scipy.linalg.lapack.dgecon(lu_factor(A)[0],
	// 13.0, norm='1') = 0.39668174962292596 (13 = ||A||_1; the exact
	// 1/np.linalg.cond(A, 1) is 0.21753515301902399, the estimator
	// underestimates ||A^-1||_1 here).
	if math.Abs(r.Rcond-0.39668174962292596) > 1e-12 {
		t.Errorf("rcond(A) = %.17g, want 0.39668174962292596", r.Rcond)
	}

	// scipy.linalg.solve(A, B, transposed=True)
	r, err = Solve(a, b, &SolveOptions{Transposed: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve(A, B, transposed=True)", r.X, [][]float64{
		{4.319391634980988, -0.14828897338403044}, {-3.049429657794677, 0.2015209125475285},
		{1.9353612167300385, 0.4942965779467681}}, 1e-14)

	// scipy.linalg.solve(S, B, assume_a='pos') (equal to cho_solve below)
	wantPos := [][]float64{{998.7777777777776, 28.583333333333332},
		{-274.88888888888886, -7.666666666666666}, {42.77777777777777, 1.3333333333333333}}
	for _, assume := range []string{"pos", "positive definite", "sym", "gen", "general"} {
		r, err = Solve(FromRows(refS), b, &SolveOptions{AssumeA: assume})
		if err != nil {
			t.Fatalf("assume_a=%q: %v", assume, err)
		}
		closeM(t, "solve(S, B, assume_a="+assume+")", r.X, wantPos, 1e-12)
	}
	// scipy.linalg.solve(A, B, assume_a=...) reads only the part of A the
	// structure names (and lower=True, transposed=True where given).
	for _, c := range []struct {
		opts SolveOptions
		want [][]float64
	}{
		{SolveOptions{AssumeA: "sym"}, [][]float64{{1.3962264150943395, 0.5849056603773585},
			{-1.7264150943396226, 1.0943396226415094}, {2.9622641509433962, 0.8490566037735849}}},
		{SolveOptions{AssumeA: "symmetric"}, [][]float64{{1.3962264150943395, 0.5849056603773585},
			{-1.7264150943396226, 1.0943396226415094}, {2.9622641509433962, 0.8490566037735849}}},
		{SolveOptions{AssumeA: "her"}, [][]float64{{1.3962264150943395, 0.5849056603773585},
			{-1.7264150943396226, 1.0943396226415094}, {2.9622641509433962, 0.8490566037735849}}},
		{SolveOptions{AssumeA: "hermitian"}, [][]float64{{1.3962264150943395, 0.5849056603773585},
			{-1.7264150943396226, 1.0943396226415094}, {2.9622641509433962, 0.8490566037735849}}},
		{SolveOptions{AssumeA: "sym", Lower: true}, [][]float64{{7.942307692307692, -0.23076923076923073},
			{-8.653846153846153, 0.3846153846153846}, {3.0961538461538463, 0.3846153846153846}}},
		{SolveOptions{AssumeA: "upper triangular"}, [][]float64{{1.25, 0.44791666666666663},
			{-1.5, 0.5833333333333333}, {4.0, 0.375}}},
		{SolveOptions{AssumeA: "lower triangular"}, [][]float64{{3.0, 0.25},
			{-5.666666666666666, 0.20833333333333331}, {3.958333333333333, 0.28645833333333337}}},
		{SolveOptions{AssumeA: "diagonal"}, [][]float64{{3.0, 0.25},
			{-4.166666666666666, 0.3333333333333333}, {4.0, 0.375}}},
		{SolveOptions{AssumeA: "tridiagonal"}, [][]float64{{1.875, 0.421875},
			{-2.25, 0.34375}, {4.28125, 0.33203125}}},
		{SolveOptions{AssumeA: "tridiagonal", Transposed: true}, [][]float64{{5.15625, 0.05078125},
			{-2.875, 0.265625}, {2.5625, 0.5078125}}},
		{SolveOptions{AssumeA: "banded"}, [][]float64{{1.0, 0.34980988593155893},
			{-2.0, 0.3231939163498099}, {4.0, 0.24714828897338403}}},
	} {
		r, err := Solve(a, b, &c.opts)
		if err != nil {
			t.Fatalf("%+v: %v", c.opts, err)
		}
		closeM(t, fmt.Sprintf("solve(A, B, %+v)", c.opts), r.X, c.want, 1e-14)
	}
	// Only the lower triangle is read with Lower.
	sLow := FromRows(refS)
	sLow.Set(0, 1, 1e6)
	r, err = Solve(sLow, b, &SolveOptions{AssumeA: "pos", Lower: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve(S, B, assume_a='pos', lower=True)", r.X, wantPos, 1e-12)

	// 1/np.linalg.cond(T, 1) = 0.22499999999999998 and
	// dgecon(lu_factor(T)[0], 5.0, norm='1') = 0.225; solve(T, ones(3)).
	r, err = Solve(FromRows(refT), ColVector([]float64{1, 1, 1}), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve(T, ones)", r.X, [][]float64{{0.2222222222222222}, {0.11111111111111113}, {0.44444444444444436}}, 1e-15)
	if math.Abs(r.Rcond-0.225) > 1e-14 {
		t.Errorf("rcond(T) = %.17g, want 0.225", r.Rcond)
	}
}

func TestTriangularAgainstSciPy(t *testing.T) {
	u, b := FromRows(refU), FromRows(refB)
	// scipy.linalg.solve_triangular(U, B)
	x, err := SolveTriangular(u, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_triangular(U, B)", x, [][]float64{
		{16.833333333333332, 0.7916666666666666}, {-13.666666666666666, 0.16666666666666666}, {8.0, 0.75}}, 1e-15)
	// scipy.linalg.solve_triangular(U.T, B, lower=True, trans=1, unit_diagonal=True);
	// the upper triangle of the view (here NaN) is never read.
	lower := u.T().Clone()
	lower.Set(0, 2, math.NaN())
	x, err = SolveTriangular(lower, b, &SolveTriangularOptions{Lower: true, Trans: TransT,
		UnitDiagonal: true, SkipFiniteCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_triangular(U.T, B, lower=True, trans=1, unit_diagonal=True)", x,
		[][]float64{{133.0, 8.0}, {-89.0, -4.0}, {32.0, 3.0}}, 1e-15)
	// trans=2 ('C') is trans=1 for real matrices.
	x2, err := SolveTriangular(u.T(), b, &SolveTriangularOptions{Lower: true, Trans: TransC, UnitDiagonal: true})
	if err != nil {
		t.Fatal(err)
	}
	sameM(t, "trans=2", x2, x)
}

func TestLUAgainstSciPy(t *testing.T) {
	a, b := FromRows(refA), FromRows(refB)
	// lu, piv = scipy.linalg.lu_factor(A)
	f, err := LUFactor(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "lu_factor(A)[0]", f.LU, [][]float64{{4.0, -2.0, 1.0}, {0.75, 7.5, -4.75},
		{0.5, 0.26666666666666666, 8.766666666666666}}, 1e-15)
	if fmt.Sprint(f.Piv) != "[0 1 2]" {
		t.Fatalf("piv = %v, want [0 1 2]", f.Piv)
	}
	// scipy.linalg.lu_solve((lu, piv), B) equals solve(A, B);
	// scipy.linalg.lu_solve((lu, piv), B, trans=1) equals solve(A, B, transposed=True).
	x, err := LUSolve(f, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "lu_solve", x, [][]float64{
		{1.0, 0.34980988593155893}, {-2.0, 0.32319391634980993}, {4.0, 0.24714828897338406}}, 1e-14)
	x, err = LUSolve(f, b, &LUSolveOptions{Trans: TransT})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "lu_solve trans=1", x, [][]float64{
		{4.319391634980988, -0.14828897338403044}, {-3.049429657794677, 0.2015209125475285},
		{1.9353612167300385, 0.4942965779467681}}, 1e-14)

	// A pivoting case: lu_factor(M.T) pivots (M.T is 3 x 4, wide).
	mt := FromRows(refM).T()
	g, err := LUFactor(mt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g.LU.Rows != 3 || g.LU.Cols != 4 || len(g.Piv) != 3 {
		t.Fatalf("lu_factor of a 3 x 4 matrix: lu %d x %d, %d pivots", g.LU.Rows, g.LU.Cols, len(g.Piv))
	}
	checkLU(t, mt, g)

	// scipy.linalg.lu_factor([[1., 2.], [2., 4.]]) only warns (LinAlgWarning:
	// "Diagonal number 2 is exactly zero. Singular matrix.").
	s, err := LUFactor(FromRows([][]float64{{1, 2}, {2, 4}}), nil)
	if err != nil {
		t.Fatalf("lu_factor of a singular matrix: %v", err)
	}
	closeM(t, "lu_factor(singular)[0]", s.LU, [][]float64{{2.0, 4.0}, {0.5, 0.0}}, 0)
	if fmt.Sprint(s.Piv) != "[1 1]" {
		t.Fatalf("piv = %v, want [1 1]", s.Piv)
	}
}

// TestLUUnpacksLUFactor checks that LU's factors are LUFactor's, unpacked:
// L the unit lower part and U the upper part of LU, and P the product of
// the row interchanges Piv (applied to the identity in reverse order), with
// the indices the row of P holding each 1.
func TestLUUnpacksLUFactor(t *testing.T) {
	for _, a := range []*Matrix{FromRows(refA), FromRows(refM), FromRows(refM).T(), FromRows(refH)} {
		m, n := a.Rows, a.Cols
		k := min(m, n)
		f, err := LUFactor(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		r, err := LU(a, nil)
		if err != nil {
			t.Fatal(err)
		}
		ri, err := LU(a, &LUOptions{PIndices: true})
		if err != nil {
			t.Fatal(err)
		}
		rp, err := LU(a, &LUOptions{PermuteL: true})
		if err != nil {
			t.Fatal(err)
		}
		shapeIs(t, "l", r.L, m, k)
		shapeIs(t, "u", r.U, k, n)
		shapeIs(t, "p", r.P, m, m)
		for i := 0; i < m; i++ {
			for j := 0; j < k; j++ {
				want := f.LU.At(i, j)
				if j == i {
					want = 1
				} else if j > i {
					want = 0
				}
				if r.L.At(i, j) != want {
					t.Fatalf("%d x %d: L(%d, %d) = %g, lu_factor's %g", m, n, i, j, r.L.At(i, j), want)
				}
			}
		}
		for i := 0; i < k; i++ {
			for j := 0; j < n; j++ {
				want := 0.0
				if j >= i {
					want = f.LU.At(i, j)
				}
				if r.U.At(i, j) != want {
					t.Fatalf("%d x %d: U(%d, %d) = %g, lu_factor's %g", m, n, i, j, r.U.At(i, j), want)
				}
			}
		}
		// lu_factor's swaps, applied in order, move row perm[i] of a to row
		// i: a[perm[i]] = (L U)[i], so SciPy's P has P[perm[i], i] = 1 and
		// p_indices[perm[i]] = i (a = L[p_indices] U).
		perm := make([]int, m)
		for i := range perm {
			perm[i] = i
		}
		for i, p := range f.Piv {
			perm[i], perm[p] = perm[p], perm[i]
		}
		want := NewMatrix(m, m, nil)
		idx := make([]int, m)
		for i, row := range perm {
			want.Set(row, i, 1)
			idx[row] = i
		}
		sameM(t, "P from lu_factor's piv", r.P, want)
		if fmt.Sprint(ri.PIndices) != fmt.Sprint(idx) || ri.P != nil {
			t.Fatalf("%d x %d: PIndices %v (P %v), from piv %v", m, n, ri.PIndices, ri.P, idx)
		}
		sameM(t, "P L", rp.L, mul(r.P, r.L))
		sameM(t, "permute_l's U", rp.U, r.U)
		if rp.P != nil || rp.PIndices != nil {
			t.Fatalf("permute_l returned P %v, PIndices %v", rp.P, rp.PIndices)
		}
	}
}

// checkLU verifies P a = L U for LUFactor's result of an m x n matrix.
func checkLU(t *testing.T, a *Matrix, f LUFactorResult) {
	t.Helper()
	m, n := a.Rows, a.Cols
	k := min(m, n)
	pa := a.Clone()
	for i, p := range f.Piv {
		for j := 0; j < n; j++ {
			x, y := pa.At(i, j), pa.At(p, j)
			pa.Set(i, j, y)
			pa.Set(p, j, x)
		}
	}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			sum := 0.0
			for l := 0; l < k; l++ {
				lil := f.LU.At(i, l)
				if l == i {
					lil = 1
				} else if l > i {
					lil = 0
				}
				if l <= j {
					sum += lil * f.LU.At(l, j)
				}
			}
			if math.Abs(sum-pa.At(i, j)) > 1e-13 {
				t.Fatalf("(P a)[%d][%d] = %g but (L U) = %g", i, j, pa.At(i, j), sum)
			}
		}
	}
}

func TestCholeskyAgainstSciPy(t *testing.T) {
	s, b := FromRows(refS), FromRows(refB)
	// scipy.linalg.cholesky(S), scipy.linalg.cholesky(S, lower=True)
	c, err := Cholesky(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "cholesky(S)", c, [][]float64{{2.0, 6.0, -8.0}, {0.0, 1.0, 5.0}, {0.0, 0.0, 3.0}}, 1e-15)
	c, err = Cholesky(s, &CholeskyOptions{Lower: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "cholesky(S, lower=True)", c, [][]float64{{2.0, 0.0, 0.0}, {6.0, 1.0, 0.0}, {-8.0, 5.0, 3.0}}, 1e-15)
	// c, lower = scipy.linalg.cho_factor(S)  -> lower False
	f, err := ChoFactor(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f.Lower {
		t.Fatal("cho_factor(S) reports lower=True")
	}
	closeM(t, "cho_factor(S)[0]", f.C, [][]float64{{2.0, 6.0, -8.0}, {12.0, 1.0, 5.0}, {-16.0, -43.0, 3.0}}, 1e-15)
	// scipy.linalg.cho_solve((c, lower), B)
	x, err := ChoSolve(f, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "cho_solve", x, [][]float64{{998.7777777777776, 28.583333333333332},
		{-274.88888888888886, -7.666666666666666}, {42.77777777777777, 1.3333333333333333}}, 1e-12)
	fl, err := ChoFactor(s, &CholeskyOptions{Lower: true})
	if err != nil {
		t.Fatal(err)
	}
	xl, err := ChoSolve(fl, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "cho_solve lower", xl, x.ToRows(), 1e-12)
}

func TestInvDetAgainstSciPy(t *testing.T) {
	a := FromRows(refA)
	// scipy.linalg.inv(A)
	inv, err := Inv(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "inv(A)", inv, [][]float64{
		{0.19771863117870722, 0.06463878326996197, 0.007604562737642585},
		{-0.12167300380228138, 0.11406844106463879, 0.07224334600760457},
		{-0.03422053231939164, -0.030418250950570346, 0.1140684410646388}}, 1e-15)
	// scipy.linalg.det(A) = 263.0; scipy.linalg.det(np.zeros((0, 0))) = 1.0
	d, err := Det(a, nil)
	if err != nil || math.Abs(d-263) > 1e-12 {
		t.Fatalf("det(A) = %v, %v; want 263", d, err)
	}
	d, err = Det(NewMatrix(0, 0, nil), nil)
	if err != nil || d != 1 {
		t.Fatalf("det of 0 x 0 = %v, %v; want 1", d, err)
	}
	d, err = Det(FromRows([][]float64{{1, 2}, {2, 4}}), nil)
	if err != nil || d != 0 {
		t.Fatalf("det of a singular matrix = %v, %v; want 0", d, err)
	}
}

// alignSign returns +1 or -1 so that s*got best matches want.
func alignSign(got, want []float64) float64 {
	dot := 0.0
	for i := range want {
		dot += got[i] * want[i]
	}
	if dot < 0 {
		return -1
	}
	return 1
}

func column(m *Matrix, j int) []float64 {
	out := make([]float64, m.Rows)
	for i := range out {
		out[i] = m.At(i, j)
	}
	return out
}

func row(m *Matrix, i int) []float64 {
	out := make([]float64, m.Cols)
	for j := range out {
		out[j] = m.At(i, j)
	}
	return out
}

func scaled(x []float64, s float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = s * v
	}
	return out
}

// u, s, vh = scipy.linalg.svd(M)
var (
	svdS = []float64{17.436984282741232, 2.202867477135056, 0.31456954972769685}
	svdU = [][]float64{
		{-0.20933067336566324, 0.3627606877434742, 0.6214734010660474, -0.6620847108818926},
		{-0.5031230395354763, -0.03192721605929438, 0.5545193374263182, 0.6620847108818959},
		{-0.8367814747333489, -0.13033004262061518, -0.47028396519246896, -0.2482817665807116},
		{-0.053335164947181296, 0.922171034186768, -0.2917397954865359, 0.24828176658070933}}
	svdVh = [][]float64{
		{-0.46028360521249995, -0.5521899994946731, -0.6951440190569553},
		{-0.7260670583347659, -0.21642475124944355, 0.652676760615633},
		{-0.510847951521471, 0.8051375854502694, -0.3013102038126606}}
)

// checkSVD compares an SVD of M with SciPy's up to the signs of the singular
// vectors, which must flip together (u[:, i] with vh[i, :]).
func checkSVD(t *testing.T, what string, r SVDResult, full bool) {
	t.Helper()
	closeR(t, r.S, svdS, 1e-13)
	wantU := FromRows(svdU)
	if full {
		if r.U.Rows != 4 || r.U.Cols != 4 || r.Vh.Rows != 3 || r.Vh.Cols != 3 {
			t.Fatalf("%s: U %d x %d, Vh %d x %d; want 4 x 4, 3 x 3", what, r.U.Rows, r.U.Cols, r.Vh.Rows, r.Vh.Cols)
		}
		// The 4th column spans the (1-D) orthogonal complement: its own sign.
		last := column(wantU, 3)
		closeR(t, scaled(column(r.U, 3), alignSign(column(r.U, 3), last)), last, 1e-12)
	} else if r.U.Rows != 4 || r.U.Cols != 3 || r.Vh.Rows != 3 || r.Vh.Cols != 3 {
		t.Fatalf("%s: U %d x %d, Vh %d x %d; want 4 x 3, 3 x 3", what, r.U.Rows, r.U.Cols, r.Vh.Rows, r.Vh.Cols)
	}
	wantVh := FromRows(svdVh)
	for i := 0; i < 3; i++ {
		sign := alignSign(column(r.U, i), column(wantU, i))
		closeR(t, scaled(column(r.U, i), sign), column(wantU, i), 1e-12)
		closeR(t, scaled(row(r.Vh, i), sign), row(wantVh, i), 1e-12)
	}
}

func TestSVDAgainstSciPy(t *testing.T) {
	m := FromRows(refM)
	for _, driver := range []string{"", "gesdd", "gesvd"} {
		r, err := SVD(m, &SVDOptions{LapackDriver: driver})
		if err != nil {
			t.Fatalf("driver %q: %v", driver, err)
		}
		checkSVD(t, "svd(M, lapack_driver="+driver+")", r, true)
		// scipy.linalg.svd(M, full_matrices=False)
		r, err = SVD(m, &SVDOptions{Economy: true, LapackDriver: driver})
		if err != nil {
			t.Fatal(err)
		}
		checkSVD(t, "svd(M, full_matrices=False)", r, false)
	}
	r, err := SVD(m, &SVDOptions{ValuesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.U != nil || r.Vh != nil {
		t.Fatal("compute_uv=False returned vectors")
	}
	closeR(t, r.S, svdS, 1e-13)
	// scipy.linalg.svdvals(M)
	s, err := SVDVals(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, s, []float64{17.436984282741232, 2.2028674771350567, 0.31456954972769696}, 1e-13)
	// A wide matrix: svd(M.T) has the same singular values, U 3 x 3, Vh 4 x 4.
	w, err := SVD(m.T(), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, w.S, svdS, 1e-13)
	if w.U.Rows != 3 || w.U.Cols != 3 || w.Vh.Rows != 4 || w.Vh.Cols != 4 {
		t.Fatalf("svd of 3 x 4: U %d x %d, Vh %d x %d", w.U.Rows, w.U.Cols, w.Vh.Rows, w.Vh.Cols)
	}
}

// w, v = scipy.linalg.eigh(H)
var (
	eighW = []float64{0.5480301708775255, 1.3422044543242784, 3.306117444388401, 3.8036479304097965}
	eighV = [][]float64{
		{-0.42123608730928264, 0.6452251436773615, 0.6359770930840394, 0.04216408171974614},
		{-0.6858413624167637, 0.16531975053521247, -0.6419042077355288, 0.3004163673515723},
		{-0.5745848784841125, -0.5364785481630782, 0.2024251902656501, -0.5840094409546389},
		{-0.14843854541217183, -0.5182129498674646, 0.3775131355459218, 0.7529310521660438}}
)

// checkEigvecs compares the columns of v with eighV's columns first, first+1,
// ..., up to sign.
func checkEigvecs(t *testing.T, what string, v *Matrix, first int) {
	t.Helper()
	want := FromRows(eighV)
	if v.Rows != 4 {
		t.Fatalf("%s: V has %d rows", what, v.Rows)
	}
	for j := 0; j < v.Cols; j++ {
		w := column(want, first+j)
		closeR(t, scaled(column(v, j), alignSign(column(v, j), w)), w, 1e-12)
	}
}

func TestEighAgainstSciPy(t *testing.T) {
	h := FromRows(refH)
	for _, driver := range []string{"", "ev", "evd", "evr", "evx"} {
		r, err := Eigh(h, &EighOptions{Driver: driver})
		if err != nil {
			t.Fatalf("driver %q: %v", driver, err)
		}
		closeR(t, r.W, eighW, 1e-13)
		if r.V.Cols != 4 {
			t.Fatalf("driver %q: V is %d x %d", driver, r.V.Rows, r.V.Cols)
		}
		checkEigvecs(t, "eigh(H, driver="+driver+")", r.V, 0)
	}
	// scipy.linalg.eigh(H, subset_by_index=[1, 2])[0]
	r, err := Eigh(h, &EighOptions{SubsetByIndex: []int{1, 2}})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, r.W, []float64{1.3422044543242793, 3.3061174443884003}, 1e-13)
	if r.V.Rows != 4 || r.V.Cols != 2 {
		t.Fatalf("subset_by_index: V is %d x %d", r.V.Rows, r.V.Cols)
	}
	checkEigvecs(t, "eigh(H, subset_by_index=[1, 2])", r.V, 1)
	// scipy.linalg.eigvalsh(H, subset_by_value=[1, 3])
	w, err := Eigvalsh(h, &EighOptions{SubsetByValue: []float64{1, 3}})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, w, []float64{1.3422044543242788}, 1e-13)
	r, err = Eigh(h, &EighOptions{SubsetByValue: []float64{math.Inf(-1), 1}})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, r.W, eighW[:1], 1e-13)
	checkEigvecs(t, "eigh(H, subset_by_value=[-inf, 1])", r.V, 0)
	// Nothing in (10, 20]: no eigenvalues, no error.
	r, err = Eigh(h, &EighOptions{SubsetByValue: []float64{10, 20}})
	if err != nil || len(r.W) != 0 || r.V.Cols != 0 {
		t.Fatalf("empty subset: %v, %v", r, err)
	}
	// Hu = np.triu(H) + np.tril(np.full((4, 4), 99.), -1)
	// scipy.linalg.eigh(Hu, lower=False, eigvals_only=True)
	hu := FromRows(refH)
	for i := 0; i < 4; i++ {
		for j := 0; j < i; j++ {
			hu.Set(i, j, 99)
		}
	}
	r, err = Eigh(hu, &EighOptions{Upper: true, EigvalsOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.V != nil {
		t.Fatal("eigvals_only=True returned vectors")
	}
	closeR(t, r.W, []float64{0.5480301708775239, 1.3422044543242775, 3.3061174443884007, 3.803647930409796}, 1e-13)
	// The lower triangle (the default) of hu.T is the upper one of hu.
	w, err = Eigvalsh(hu.T(), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, w, eighW, 1e-13)
}

// TestLayoutsGiveIdenticalResults passes every input in column-major order,
// as a sub-view, with negative strides and as a transpose view, and expects
// exactly the row-major result.
func TestLayoutsGiveIdenticalResults(t *testing.T) {
	a, b, s, m, h := FromRows(refA), FromRows(refB), FromRows(refS), FromRows(refM), FromRows(refH)
	u := FromRows(refU)
	luA, err := LUFactor(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	choS, err := ChoFactor(s, nil)
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		mats []*Matrix
		vecs [][]float64
	}
	cases := []struct {
		name string
		run  func(conv func(*Matrix) *Matrix) (result, error)
	}{
		{"Solve", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := Solve(c(a), c(b), nil)
			return result{mats: []*Matrix{r.X}, vecs: [][]float64{{r.Rcond}}}, err
		}},
		{"Solve pos", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := Solve(c(s), c(b), &SolveOptions{AssumeA: "pos"})
			return result{mats: []*Matrix{r.X}}, err
		}},
		{"SolveTriangular", func(c func(*Matrix) *Matrix) (result, error) {
			x, err := SolveTriangular(c(u), c(b), &SolveTriangularOptions{Trans: TransT})
			return result{mats: []*Matrix{x}}, err
		}},
		{"LUFactor", func(c func(*Matrix) *Matrix) (result, error) {
			f, err := LUFactor(c(m), nil)
			piv := make([]float64, len(f.Piv))
			for i, p := range f.Piv {
				piv[i] = float64(p)
			}
			return result{mats: []*Matrix{f.LU}, vecs: [][]float64{piv}}, err
		}},
		{"LU", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := LU(c(m), nil)
			return result{mats: []*Matrix{r.P, r.L, r.U}}, err
		}},
		{"LU p_indices", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := LU(c(m).T(), &LUOptions{PIndices: true})
			idx := make([]float64, len(r.PIndices))
			for i, p := range r.PIndices {
				idx[i] = float64(p)
			}
			return result{mats: []*Matrix{r.L, r.U}, vecs: [][]float64{idx}}, err
		}},
		{"LU permute_l", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := LU(c(m), &LUOptions{PermuteL: true})
			return result{mats: []*Matrix{r.L, r.U}}, err
		}},
		{"LUSolve", func(c func(*Matrix) *Matrix) (result, error) {
			x, err := LUSolve(LUFactorResult{LU: c(luA.LU), Piv: luA.Piv}, c(b), nil)
			return result{mats: []*Matrix{x}}, err
		}},
		{"Cholesky", func(c func(*Matrix) *Matrix) (result, error) {
			x, err := Cholesky(c(s), &CholeskyOptions{Lower: true})
			return result{mats: []*Matrix{x}}, err
		}},
		{"ChoFactor", func(c func(*Matrix) *Matrix) (result, error) {
			f, err := ChoFactor(c(s), nil)
			return result{mats: []*Matrix{f.C}}, err
		}},
		{"ChoSolve", func(c func(*Matrix) *Matrix) (result, error) {
			x, err := ChoSolve(ChoFactorResult{C: c(choS.C), Lower: choS.Lower}, c(b), nil)
			return result{mats: []*Matrix{x}}, err
		}},
		{"Inv", func(c func(*Matrix) *Matrix) (result, error) {
			x, err := Inv(c(a), nil)
			return result{mats: []*Matrix{x}}, err
		}},
		{"Det", func(c func(*Matrix) *Matrix) (result, error) {
			d, err := Det(c(a), nil)
			return result{vecs: [][]float64{{d}}}, err
		}},
		{"SVD", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := SVD(c(m), nil)
			return result{mats: []*Matrix{r.U, r.Vh}, vecs: [][]float64{r.S}}, err
		}},
		{"SVDVals", func(c func(*Matrix) *Matrix) (result, error) {
			v, err := SVDVals(c(m), nil)
			return result{vecs: [][]float64{v}}, err
		}},
		{"Eigh", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := Eigh(c(h), nil)
			return result{mats: []*Matrix{r.V}, vecs: [][]float64{r.W}}, err
		}},
		{"Eigvalsh subset", func(c func(*Matrix) *Matrix) (result, error) {
			w, err := Eigvalsh(c(h), &EighOptions{SubsetByIndex: []int{0, 1}})
			return result{vecs: [][]float64{w}}, err
		}},
	}
	same := func(x *Matrix) *Matrix { return x }
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			want, err := tc.run(same)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range layouts {
				got, err := tc.run(l.make)
				if err != nil {
					t.Fatalf("%s: %v", l.name, err)
				}
				for i := range want.mats {
					sameM(t, l.name, got.mats[i], want.mats[i])
				}
				for i := range want.vecs {
					sameV(t, l.name, got.vecs[i], want.vecs[i])
				}
			}
		})
	}
}

func TestLinalgErrors(t *testing.T) {
	a, b := FromRows(refA), FromRows(refB)
	sing := FromRows([][]float64{{1, 2}, {2, 4}})
	two := ColVector([]float64{1, 2})

	// scipy.linalg.solve / inv of [[1, 2], [2, 4]] raise LinAlgError (SciPy
	// 1.17.1: "A singular matrix detected: slice(s) [0] are singular.", the
	// C API's message too).
	_, err := Solve(sing, two, nil)
	expectStatus(t, "solve(singular)", err, StatusSingular, "A singular matrix detected: slice(s) [0] are singular.")
	_, err = Inv(sing, nil)
	expectStatus(t, "inv(singular)", err, StatusSingular, "A singular matrix detected: slice(s) [0] are singular.")
	// scipy.linalg.solve_triangular([[1., 2.], [0., 0.]], [1., 2.]): LinAlgError
	// "singular matrix: resolution failed at diagonal 1".
	_, err = SolveTriangular(FromRows([][]float64{{1, 2}, {0, 0}}), two, nil)
	expectStatus(t, "solve_triangular(zero diagonal)", err, StatusSingular, "resolution failed at diagonal 1")
	// scipy.linalg.cholesky([[1., 2.], [2., 1.]]): LinAlgError "2-th leading
	// minor of the array is not positive definite".
	notPD := FromRows([][]float64{{1, 2}, {2, 1}})
	_, err = Cholesky(notPD, nil)
	expectStatus(t, "cholesky(not pd)", err, StatusSingular, "2-th leading minor of the array is not positive definite")
	_, err = ChoFactor(notPD, &CholeskyOptions{Lower: true})
	expectStatus(t, "cho_factor(not pd)", err, StatusSingular, "2-th leading minor")
	_, err = Solve(notPD, two, &SolveOptions{AssumeA: "pos"})
	expectStatus(t, "solve(not pd, assume_a='pos')", err, StatusSingular, "")

	// Shapes.
	_, err = Solve(a, two, nil)
	expectStatus(t, "solve 3 x 3 with 2 x 1", err, StatusDimensionMismatch, "")
	_, err = Solve(FromRows(refM), b, nil)
	expectStatus(t, "solve(non-square)", err, StatusDimensionMismatch, "")
	_, err = Inv(FromRows(refM), nil)
	expectStatus(t, "inv(non-square)", err, StatusDimensionMismatch, "")
	_, err = Det(FromRows(refM), nil)
	expectStatus(t, "det(non-square)", err, StatusDimensionMismatch, "")
	_, err = Cholesky(FromRows(refM), nil)
	expectStatus(t, "cholesky(non-square)", err, StatusDimensionMismatch, "")
	_, err = Eigh(FromRows(refM), nil)
	expectStatus(t, "eigh(non-square)", err, StatusDimensionMismatch, "")
	_, err = SolveTriangular(a, two, nil)
	expectStatus(t, "solve_triangular shapes", err, StatusDimensionMismatch, "")
	f, err := LUFactor(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = LUSolve(f, two, nil)
	expectStatus(t, "lu_solve shapes", err, StatusDimensionMismatch, "")
	_, err = LUSolve(LUFactorResult{LU: f.LU, Piv: f.Piv[:2]}, b, nil)
	if err == nil {
		t.Fatal("lu_solve with 2 pivots for a 3 x 3 factor succeeded")
	}
	_, err = ChoSolve(ChoFactorResult{C: FromRows(refS)}, two, nil)
	expectStatus(t, "cho_solve shapes", err, StatusDimensionMismatch, "")

	// Non-finite input with check_finite (SciPy: ValueError "array must not
	// contain infs or NaNs").
	bad := FromRows(refA)
	bad.Set(1, 1, math.NaN())
	nonFinite := map[string]error{}
	_, nonFinite["solve"] = Solve(bad, b, nil)
	_, nonFinite["solve b"] = Solve(a, ColVector([]float64{1, math.Inf(1), 0}), nil)
	_, nonFinite["inv"] = Inv(bad, nil)
	_, nonFinite["det"] = Det(bad, nil)
	_, nonFinite["lu_factor"] = LUFactor(bad, nil)
	_, nonFinite["lu"] = LU(bad, nil)
	_, nonFinite["lu p_indices"] = LU(bad, &LUOptions{PIndices: true})
	_, nonFinite["lu permute_l"] = LU(bad.T(), &LUOptions{PermuteL: true})
	_, nonFinite["svd"] = SVD(bad, nil)
	_, nonFinite["svdvals"] = SVDVals(bad, nil)
	_, nonFinite["eigh"] = Eigh(bad, nil)
	_, nonFinite["cholesky"] = Cholesky(bad, nil)
	_, nonFinite["solve_triangular"] = SolveTriangular(bad, b, nil)
	for name, err := range nonFinite {
		expectStatus(t, name+"(NaN)", err, StatusInvalidArgument, "array must not contain infs or NaNs")
	}
	if _, err := Det(bad, &CheckOptions{SkipFiniteCheck: true}); err != nil {
		t.Fatalf("det with check_finite=False: %v", err)
	}

	// scipy.linalg.lu(bad, check_finite=False) factors it: NaN propagates.
	if r, err := LU(bad, &LUOptions{SkipFiniteCheck: true}); err != nil || !math.IsNaN(r.U.At(2, 2)) {
		t.Fatalf("lu with check_finite=False: %+v, %v", r, err)
	}

	// Names and flags.
	_, err = Solve(a, b, &SolveOptions{AssumeA: "upper trapezoidal"})
	expectStatus(t, "unknown assume_a", err, StatusUnknownName, "upper trapezoidal")
	_, err = SVD(a, &SVDOptions{LapackDriver: "gesvj"})
	expectStatus(t, "unknown lapack_driver", err, StatusUnknownName, "gesvj")
	_, err = Eigh(a, &EighOptions{Driver: "evz"})
	expectStatus(t, "unknown driver", err, StatusUnknownName, "evz")
	_, err = SolveTriangular(FromRows(refU), b, &SolveTriangularOptions{Trans: 3})
	expectStatus(t, "trans=3", err, StatusInvalidArgument, "trans")
	_, err = LUSolve(f, b, &LUSolveOptions{Trans: -1})
	expectStatus(t, "lu_solve trans=-1", err, StatusInvalidArgument, "trans")
	_, err = Eigh(FromRows(refH), &EighOptions{SubsetByIndex: []int{2, 7}})
	expectStatus(t, "subset_by_index out of range", err, StatusInvalidArgument, "")
	_, err = Eigh(FromRows(refH), &EighOptions{SubsetByIndex: []int{0, 1}, SubsetByValue: []float64{0, 1}})
	expectStatus(t, "both subsets", err, StatusInvalidArgument, "")

	// Checked by the binding.
	_, err = Eigh(FromRows(refH), &EighOptions{SubsetByIndex: []int{1}})
	expectStatus(t, "short subset_by_index", err, StatusInvalidArgument, "subset_by_index")
	_, err = Eigvalsh(FromRows(refH), &EighOptions{SubsetByValue: []float64{1, 2, 3}})
	expectStatus(t, "long subset_by_value", err, StatusInvalidArgument, "subset_by_value")
	_, err = Inv(&Matrix{Data: make([]float64, 8), Rows: 3, Cols: 3, RowStride: 3, ColStride: 1}, nil)
	expectStatus(t, "data too short", err, StatusDimensionMismatch, "spans 9 elements but Data has 8")
	_, err = Det(&Matrix{Data: make([]float64, 9), Rows: 3, Cols: 3, RowStride: -3, ColStride: 2}, nil)
	expectStatus(t, "negative stride past the data", err, StatusDimensionMismatch, "spans 11")
	_, err = LU(&Matrix{Data: make([]float64, 11), Rows: 3, Cols: 4, RowStride: 4, ColStride: 1}, nil)
	expectStatus(t, "lu: data too short", err, StatusDimensionMismatch, "spans 12 elements but Data has 11")
	_, err = LU(&Matrix{Rows: 2, Cols: -3}, &LUOptions{PermuteL: true})
	expectStatus(t, "lu: negative extent", err, StatusInvalidArgument, "negative extent")
	_, err = Det(&Matrix{Rows: -1, Cols: 2}, nil)
	expectStatus(t, "negative extent", err, StatusInvalidArgument, "negative extent")
	_, err = Det(&Matrix{Data: make([]float64, 4), Rows: 2, Cols: 2, RowStride: math.MaxInt, ColStride: 1}, nil)
	expectStatus(t, "overflowing strides", err, StatusInvalidArgument, "overflow")

	// A nil matrix is the library's NULL view.
	_, err = Inv(nil, nil)
	expectStatus(t, "inv(nil)", err, StatusNullPointer, "")
	_, err = Solve(a, nil, nil)
	expectStatus(t, "solve(a, nil)", err, StatusNullPointer, "")
	_, err = LU(nil, nil)
	expectStatus(t, "lu(nil)", err, StatusNullPointer, "")
	_, err = LU(nil, &LUOptions{PIndices: true})
	expectStatus(t, "lu(nil, p_indices=True)", err, StatusNullPointer, "")
	_, err = ChoSolve(ChoFactorResult{}, b, nil)
	expectStatus(t, "cho_solve of an empty result", err, StatusNullPointer, "")
}

func TestLinalgInputsNotModified(t *testing.T) {
	a, b, s, m := FromRows(refA), FromRows(refB), FromRows(refS), FromRows(refM)
	snap := func() []float64 {
		var all []float64
		for _, x := range []*Matrix{a, b, s, m} {
			all = append(all, x.Data...)
		}
		return all
	}
	before := snap()
	_, _ = Solve(a, b, nil)
	_, _ = Solve(s, b, &SolveOptions{AssumeA: "pos"})
	_, _ = Inv(a, nil)
	_, _ = LUFactor(a, nil)
	_, _ = LU(m, nil)
	_, _ = LU(m, &LUOptions{PIndices: true})
	_, _ = LU(m.T(), &LUOptions{PermuteL: true})
	_, _ = Cholesky(s, nil)
	_, _ = ChoFactor(s, nil)
	_, _ = SVD(m, nil)
	_, _ = Eigh(s, nil)
	sameV(t, "inputs", snap(), before)
}

func TestLinalgConcurrently(t *testing.T) {
	a, b := FromRows(refA), FromRows(refB)
	want, err := Solve(a, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				r, err := Solve(a, b, nil)
				if err != nil {
					errs <- err
					return
				}
				for i, v := range r.X.Data {
					if v != want.X.Data[i] {
						errs <- errors.New("concurrent Solve gave a different result")
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func ExampleSolve() {
	a := FromRows([][]float64{{3, 2, 0}, {1, -1, 0}, {0, 5, 1}})
	r, err := Solve(a, ColVector([]float64{2, 4, -1}), nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.4g\n", r.X.Data)
	_, err = Inv(FromRows([][]float64{{1, 2}, {2, 4}}), nil)
	fmt.Println(errors.Is(err, StatusSingular))
	// Output:
	// [2 -2 9]
	// true
}

func ExampleLU() {
	// scipy.linalg.lu's docstring example.
	a := FromRows([][]float64{{2, 5, 8, 7}, {5, 2, 2, 8}, {7, 5, 6, 6}, {5, 4, 4, 8}})
	r, err := LU(a, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(r.P.ToRows())
	r, _ = LU(a, &LUOptions{PIndices: true})
	fmt.Println(r.PIndices, r.P == nil)
	fmt.Printf("%.4g\n", []float64{r.U.At(0, 0), r.U.At(1, 1), r.U.At(2, 2), r.U.At(3, 3)})
	pl, _ := LU(a, &LUOptions{PermuteL: true})
	fmt.Printf("%.4g\n", pl.L.ToRows()[0])
	// Output:
	// [[0 1 0 0] [0 0 0 1] [1 0 0 0] [0 0 1 0]]
	// [1 3 0 2] true
	// [7 3.571 -1.04 7.462]
	// [0.2857 1 0 0]
}

func TestEmptyMatrices(t *testing.T) {
	z := NewMatrix(0, 0, nil)
	if x, err := Inv(z, nil); err != nil || x.Rows != 0 || x.Cols != 0 {
		t.Fatalf("inv(0 x 0) = %+v, %v", x, err)
	}
	if r, err := Solve(z, NewMatrix(0, 2, nil), nil); err != nil || r.X.Rows != 0 || r.X.Cols != 2 {
		t.Fatalf("solve(0 x 0, 0 x 2) = %+v, %v", r, err)
	}
	if c, err := Cholesky(z, nil); err != nil || c.Rows != 0 {
		t.Fatalf("cholesky(0 x 0) = %+v, %v", c, err)
	}
	// scipy.linalg.lu_factor(np.zeros((0, 3))): lu 0 x 3, no pivots.
	if f, err := LUFactor(NewMatrix(0, 3, nil), nil); err != nil || f.LU.Cols != 3 || len(f.Piv) != 0 {
		t.Fatalf("lu_factor(0 x 3) = %+v, %v", f, err)
	}
	// scipy.linalg.lu(np.zeros((3, 0))): p 0 x 0 (SciPy's empty permutation),
	// l 3 x 0, u 0 x 0; p_indices=True gives an empty index array.
	if r, err := LU(NewMatrix(3, 0, nil), nil); err != nil || r.P.Rows != 0 || r.P.Cols != 0 ||
		r.L.Rows != 3 || r.L.Cols != 0 || r.U.Rows != 0 || r.U.Cols != 0 {
		t.Fatalf("lu(3 x 0) = %+v, %v", r, err)
	}
	if r, err := LU(NewMatrix(0, 2, nil), &LUOptions{PIndices: true}); err != nil || r.PIndices == nil ||
		len(r.PIndices) != 0 || r.L.Rows != 0 || r.U.Cols != 2 {
		t.Fatalf("lu(0 x 2, p_indices=True) = %+v, %v", r, err)
	}
	// scipy.linalg.svd(np.zeros((0, 3))): u 0 x 0, s [], vh = np.eye(3).
	r, err := SVD(NewMatrix(0, 3, nil), nil)
	if err != nil || len(r.S) != 0 || r.U.Rows != 0 {
		t.Fatalf("svd(0 x 3) = %+v, %v", r, err)
	}
	closeM(t, "svd(0 x 3) vh", r.Vh, [][]float64{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, 0)
	if w, err := Eigvalsh(z, nil); err != nil || len(w) != 0 {
		t.Fatalf("eigvalsh(0 x 0) = %v, %v", w, err)
	}
}

func TestEighOfEmptyMatrix(t *testing.T) {
	// scipy.linalg.eigh(np.zeros((0, 0))): w [], v 0 x 0.
	r, err := Eigh(NewMatrix(0, 0, nil), nil)
	if errors.Is(err, StatusInternal) {
		t.Skipf("library bug, eigh of a 0 x 0 matrix: %v", err)
	}
	if err != nil || len(r.W) != 0 || r.V == nil || r.V.Rows != 0 || r.V.Cols != 0 {
		t.Fatalf("eigh(0 x 0) = %+v, %v", r, err)
	}
}
