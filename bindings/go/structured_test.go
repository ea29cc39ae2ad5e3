package sciport

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"testing"
)

// Hand-picked SciPy 1.17.1 values (NumPy float64 via tolist(), computed with
// /work/venv/bin/python) for the structured solvers and special matrices;
// each block names the exact call. The full SciPy comparison is
// TestStructuredAgainstSciPy (structured_reference_test.go).

// tridiag is ab of the 5 x 5 tridiagonal matrix with 4 on the diagonal and 1
// beside it, in solve_banded's (1, 1) form.
func tridiag() *Matrix {
	return FromRows([][]float64{{0, 1, 1, 1, 1}, {4, 4, 4, 4, 4}, {1, 1, 1, 1, 0}})
}

// bandResidual is max |a x - b| for the band matrix of ab (solve_banded form).
func bandResidual(l, u int, ab, x, b *Matrix) float64 {
	n := ab.Cols
	a := NewMatrix(n, n, nil)
	for j := 0; j < n; j++ {
		for i := max(0, j-u); i <= min(n-1, j+l); i++ {
			a.Set(i, j, ab.At(u+i-j, j))
		}
	}
	return maxDiff(mul(a, x), b)
}

func TestSolveBandedAgainstSciPy(t *testing.T) {
	ab := tridiag()
	b := FromRows([][]float64{{1, 2}, {2, 0}, {3, 1}, {4, 0}, {5, 2}})
	// scipy.linalg.solve_banded((1, 1), ab, b)
	want := [][]float64{
		{0.16794871794871796, 0.5576923076923077}, {0.3282051282051282, -0.23076923076923078},
		{0.5192307692307692, 0.36538461538461536}, {0.5948717948717949, -0.23076923076923078},
		{1.1012820512820511, 0.5576923076923077}}
	x, err := SolveBanded(1, 1, ab, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_banded((1, 1), ab, b)", x, want, 1e-14)
	within(t, "|a x - b|", bandResidual(1, 1, ab, x, b), 1e-14)

	// scipy.linalg.solve_banded((2, 1), ab2, [1, 2, 3, 4, 5]) (band LU with
	// row interchanges).
	ab2 := FromRows([][]float64{{0, 2, -1, 1, 1}, {5, 4, 6, 3, 7}, {1, 2, 1, 2, 0}, {1, -1, 1, 0, 0}})
	rhs := ColVector([]float64{1, 2, 3, 4, 5})
	x, err = SolveBanded(2, 1, ab2, rhs, &CheckOptions{SkipFiniteCheck: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_banded((2, 1), ab2, b)", x, [][]float64{{-0.010793054903801025},
		{0.5269826372595026}, {0.09713749413420926}, {1.37400281557954}, {0.30783669638667305}}, 1e-13)
	within(t, "|a x - b| (2, 1)", bandResidual(2, 1, ab2, x, rhs), 1e-13)

	// A column-major ab (LAPACK's own storage) and a transposed b view.
	x2, err := SolveBanded(1, 1, colMajor(ab), b.Clone().T().T(), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "column-major ab", x2, want, 1e-14)
}

func TestSolvehBandedAgainstSciPy(t *testing.T) {
	// a = 7 on the diagonal, 2 on the first and 1 on the second off-diagonal.
	upper := FromRows([][]float64{{0, 0, 1, 1, 1}, {0, 2, 2, 2, 2}, {7, 7, 7, 7, 7}})
	lower := FromRows([][]float64{{7, 7, 7, 7, 7}, {2, 2, 2, 2, 0}, {1, 1, 1, 0, 0}})
	b := ColVector([]float64{1, 2, 3, 4, 5})
	// scipy.linalg.solveh_banded(upper, b) == solveh_banded(lower, b, lower=True)
	want := [][]float64{{0.06801093643198905}, {0.16455912508544088}, {0.19480519480519481},
		{0.32245386192754616}, {0.5943267259056733}}
	xu, err := SolvehBanded(upper, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solveh_banded(upper, b)", xu, want, 1e-14)
	xl, err := SolvehBanded(lower, b, &SolvehBandedOptions{Lower: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solveh_banded(lower, b, lower=True)", xl, want, 1e-14)
	within(t, "|a x - b|", bandResidual(2, 2, FromRows([][]float64{{0, 0, 1, 1, 1}, {0, 2, 2, 2, 2},
		{7, 7, 7, 7, 7}, {2, 2, 2, 2, 0}, {1, 1, 1, 0, 0}}), xu, b), 1e-14)
	// Read as the upper form, the lower array is another matrix (here one
	// with zeros on its diagonal): Lower must be honoured.
	if xw, err := SolvehBanded(lower, b, nil); err == nil && maxDiff(xw, xl) == 0 {
		t.Fatal("Lower is ignored")
	}
}

func TestSolveToeplitzAndCirculantAgainstSciPy(t *testing.T) {
	c, r := []float64{4, 1, 0.5, 0.2}, []float64{4, 2, 1, 0.3}
	// scipy.linalg.solve_toeplitz((c, r), [1, 2, 3, 4])
	x, err := SolveToeplitz(c, r, ColVector([]float64{1, 2, 3, 4}), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_toeplitz((c, r), b)", x, [][]float64{{0.0524597808346934}, {0.13161576124970856},
		{0.25151550477966894}, {0.9180461646071344}}, 1e-13)
	tm, err := Toeplitz(c, r)
	if err != nil {
		t.Fatal(err)
	}
	within(t, "|T x - b|", maxDiff(mul(tm, x), ColVector([]float64{1, 2, 3, 4})), 1e-14)

	// scipy.linalg.solve_toeplitz(c, B): r = None, symmetric.
	bm := FromRows([][]float64{{1, 0}, {2, 1}, {3, 0}, {4, 1}})
	x, err = SolveToeplitz(c, nil, bm, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_toeplitz(c, B)", x, [][]float64{{0.08550074738415547, -0.06361733931240658},
		{0.2568609865470852, 0.26482511210762333}, {0.46313901345291464, -0.12082511210762331},
		{0.8478325859491779, 0.2502840059790732}}, 1e-13)

	// scipy.linalg.solve_circulant([2, 2, 4], [1, 2, 3])
	x, err = SolveCirculant([]float64{2, 2, 4}, ColVector([]float64{1, 2, 3}), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_circulant([2, 2, 4], b)", x, [][]float64{{0.75}, {-0.25}, {0.24999999999999994}}, 1e-14)
	// scipy.linalg.solve_circulant([1, 1, 1, 1], [1, 2, 3, 4], singular='lstsq')
	ones := []float64{1, 1, 1, 1}
	x, err = SolveCirculant(ones, ColVector([]float64{1, 2, 3, 4}), &SolveCirculantOptions{Singular: "lstsq"})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "solve_circulant(ones, b, singular='lstsq')", x, [][]float64{{0.625}, {0.625}, {0.625}, {0.625}}, 1e-14)
	// "raise" spelled out equals the default; a tiny Tol accepts [2, 2, 4]
	// and a huge one makes every eigenvalue "zero".
	if _, err := SolveCirculant([]float64{2, 2, 4}, ColVector([]float64{1, 2, 3}),
		&SolveCirculantOptions{Singular: "raise", Tol: Float64(1e-300)}); err != nil {
		t.Fatal(err)
	}
	_, err = SolveCirculant([]float64{2, 2, 4}, ColVector([]float64{1, 2, 3}),
		&SolveCirculantOptions{Tol: Float64(1e300)})
	expectStatus(t, "solve_circulant tol=1e300", err, StatusSingular, "near singular circulant matrix.")
}

func TestSpecialMatricesAgainstSciPy(t *testing.T) {
	exact := func(what string, m *Matrix, err error, want [][]float64) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		sameM(t, what, m, FromRows(want))
	}
	m, err := Toeplitz([]float64{1, 2, 3}, []float64{1, 4, 5, 6}) // scipy.linalg.toeplitz
	exact("toeplitz([1, 2, 3], [1, 4, 5, 6])", m, err, [][]float64{{1, 4, 5, 6}, {2, 1, 4, 5}, {3, 2, 1, 4}})
	m, err = Toeplitz([]float64{1, 2, 3}, []float64{9, 4, 5, 6}) // r[0] is ignored
	exact("toeplitz([1, 2, 3], [9, 4, 5, 6])", m, err, [][]float64{{1, 4, 5, 6}, {2, 1, 4, 5}, {3, 2, 1, 4}})
	m, err = Toeplitz([]float64{1, 2, 3}, nil)
	exact("toeplitz([1, 2, 3])", m, err, [][]float64{{1, 2, 3}, {2, 1, 2}, {3, 2, 1}})
	m, err = Toeplitz([]float64{1, 2, 3}, []float64{}) // scipy: shape (3, 0)
	if err != nil || m.Rows != 3 || m.Cols != 0 {
		t.Fatalf("toeplitz([1, 2, 3], []): %v, %v", m, err)
	}
	m, err = Circulant([]float64{1, 2, 3})
	exact("circulant([1, 2, 3])", m, err, [][]float64{{1, 3, 2}, {2, 1, 3}, {3, 2, 1}})
	m, err = Hilbert(3)
	exact("hilbert(3)", m, err, [][]float64{{1, 0.5, 0.3333333333333333}, {0.5, 0.3333333333333333, 0.25},
		{0.3333333333333333, 0.25, 0.2}})
	m, err = Hilbert(0)
	if err != nil || m.Rows != 0 || m.Cols != 0 {
		t.Fatalf("hilbert(0): %v, %v", m, err)
	}
	// numpy.kron (scipy.linalg.kron, removed in SciPy 1.17, was numpy.kron).
	m, err = Kron(FromRows([][]float64{{1, 2}, {3, 4}}), FromRows([][]float64{{1, 1, 1}}))
	exact("kron", m, err, [][]float64{{1, 1, 1, 2, 2, 2}, {3, 3, 3, 4, 4, 4}})
	m, err = Kron(colMajor(FromRows([][]float64{{1, 2}, {3, 4}})), flipped(FromRows([][]float64{{1, 1, 1}})))
	exact("kron of other layouts", m, err, [][]float64{{1, 1, 1, 2, 2, 2}, {3, 3, 3, 4, 4, 4}})
	m, err = Kron(NewMatrix(0, 2, nil), FromRows([][]float64{{1, 2}}))
	if err != nil || m.Rows != 0 || m.Cols != 4 {
		t.Fatalf("kron of a 0 x 2: %v, %v", m, err)
	}
	// scipy.linalg.block_diag([[1, 2]], [[3], [4]], zeros((0, 2)), [[5]]), shape (4, 6)
	m, err = BlockDiag(FromRows([][]float64{{1, 2}}), FromColumns([][]float64{{3, 4}}),
		NewMatrix(0, 2, nil), FromRows([][]float64{{5}}))
	exact("block_diag", m, err, [][]float64{{1, 2, 0, 0, 0, 0}, {0, 0, 3, 0, 0, 0},
		{0, 0, 4, 0, 0, 0}, {0, 0, 0, 0, 0, 5}})
	// scipy.linalg.block_diag(): shape (1, 0)
	m, err = BlockDiag()
	if err != nil || m.Rows != 1 || m.Cols != 0 {
		t.Fatalf("block_diag(): %+v, %v", m, err)
	}
	m, err = BlockDiag(NewMatrix(0, 0, nil))
	if err != nil || m.Rows != 0 || m.Cols != 0 {
		t.Fatalf("block_diag(zeros((0, 0))): %+v, %v", m, err)
	}
}

func TestStructuredErrors(t *testing.T) {
	ab := tridiag()
	b := ColVector([]float64{1, 2, 3, 4, 5})

	// Singular (SciPy: LinAlgError).
	_, err := SolveBanded(1, 1, FromRows([][]float64{{0, 1, 1}, {0, 0, 0}, {1, 1, 0}}),
		ColVector([]float64{1, 2, 3}), nil)
	expectStatus(t, "solve_banded singular", err, StatusSingular, "singular matrix")
	_, err = SolvehBanded(FromRows([][]float64{{0, 2, 2}, {1, 1, 1}}), ColVector([]float64{1, 2, 3}), nil)
	expectStatus(t, "solveh_banded not PD", err, StatusSingular, "2th leading minor not positive definite")
	_, err = SolveToeplitz([]float64{0, 1, 2}, []float64{0, 1, 2}, ColVector([]float64{1, 2, 3}), nil)
	expectStatus(t, "solve_toeplitz zero diagonal", err, StatusSingular, "Singular principal minor")
	_, err = SolveCirculant([]float64{1, 1, 1, 1}, ColVector([]float64{1, 2, 3, 4}), nil)
	expectStatus(t, "solve_circulant singular", err, StatusSingular, "near singular circulant matrix.")

	// Shape mismatches (SciPy: ValueError).
	_, err = SolveBanded(1, 1, ab, ColVector([]float64{1, 2, 3, 4}), nil)
	expectStatus(t, "solve_banded b rows", err, StatusDimensionMismatch, "shapes of ab and b are not compatible")
	_, err = SolveBanded(1, 0, ab, b, nil)
	expectStatus(t, "solve_banded l+u+1", err, StatusDimensionMismatch, "l+u+1")
	_, err = SolvehBanded(ab, ColVector([]float64{1, 2}), nil)
	expectStatus(t, "solveh_banded b rows", err, StatusDimensionMismatch, "shapes of ab and b are not compatible")
	_, err = SolvehBanded(NewMatrix(0, 3, nil), ColVector([]float64{1, 2, 3}), nil)
	expectStatus(t, "solveh_banded ab without rows", err, StatusDimensionMismatch, "")
	_, err = SolveToeplitz([]float64{1, 2, 3}, []float64{1, 2}, ColVector([]float64{1, 2, 3}), nil)
	expectStatus(t, "solve_toeplitz r length", err, StatusDimensionMismatch, "Incompatible dimensions")
	_, err = SolveToeplitz([]float64{1, 2, 3}, nil, ColVector([]float64{1, 2}), nil)
	expectStatus(t, "solve_toeplitz b rows", err, StatusDimensionMismatch, "Incompatible dimensions")
	_, err = SolveToeplitz([]float64{1, 2, 3}, []float64{}, ColVector([]float64{1, 2, 3}), nil)
	expectStatus(t, "solve_toeplitz empty (not nil) r", err, StatusDimensionMismatch, "Incompatible dimensions")
	_, err = SolveCirculant([]float64{1, 2, 3}, ColVector([]float64{1, 2}), nil)
	expectStatus(t, "solve_circulant shapes", err, StatusDimensionMismatch, "Shapes of c")

	// NaN / Inf with check_finite (SciPy: "array must not contain infs or NaNs").
	nanAB := tridiag()
	nanAB.Set(1, 2, math.NaN())
	nonFinite := map[string]error{}
	_, nonFinite["solve_banded ab"] = SolveBanded(1, 1, nanAB, b, nil)
	_, nonFinite["solve_banded b"] = SolveBanded(1, 1, ab, ColVector([]float64{1, math.Inf(1), 3, 4, 5}), nil)
	_, nonFinite["solveh_banded"] = SolvehBanded(FromRows([][]float64{{0, 1, 1}, {4, math.Inf(1), 4}}),
		ColVector([]float64{1, 2, 3}), nil)
	_, nonFinite["solve_toeplitz c"] = SolveToeplitz([]float64{1, math.NaN(), 3}, nil, ColVector([]float64{1, 2, 3}), nil)
	_, nonFinite["solve_toeplitz r"] = SolveToeplitz([]float64{4, 1, 0}, []float64{4, 1, math.NaN()},
		ColVector([]float64{1, 2, 3}), nil)
	_, nonFinite["solve_toeplitz b"] = SolveToeplitz([]float64{4, 1, 0}, nil, ColVector([]float64{1, math.NaN(), 3}), nil)
	for name, err := range nonFinite {
		expectStatus(t, name+"(NaN)", err, StatusInvalidArgument, "array must not contain infs or NaNs")
	}
	// check_finite=False skips the scan.
	if _, err := SolveBanded(1, 1, nanAB, b, &CheckOptions{SkipFiniteCheck: true}); err != nil &&
		!errors.Is(err, StatusSingular) {
		t.Fatalf("solve_banded with check_finite=False: %v", err)
	}
	if _, err := SolveToeplitz([]float64{4, 1, 0}, nil, ColVector([]float64{1, math.NaN(), 3}),
		&CheckOptions{SkipFiniteCheck: true}); err != nil {
		t.Fatalf("solve_toeplitz with check_finite=False: %v", err)
	}

	// Names and values the binding or library rejects.
	_, err = SolveCirculant([]float64{4, 1, 0}, ColVector([]float64{1, 2, 3}), &SolveCirculantOptions{Singular: "ignore"})
	expectStatus(t, "solve_circulant singular=ignore", err, StatusUnknownName, "lstsq")
	_, err = SolveBanded(-1, 1, ab, b, nil)
	expectStatus(t, "solve_banded l=-1", err, StatusInvalidArgument, "non-negative")
	_, err = SolveBanded(1, -1, ab, b, nil)
	expectStatus(t, "solve_banded u=-1", err, StatusInvalidArgument, "(1, -1)")
	_, err = Hilbert(-1)
	expectStatus(t, "hilbert(-1)", err, StatusInvalidArgument, "-1")
	_, err = BlockDiag(eye(2), nil)
	expectStatus(t, "block_diag with a nil block", err, StatusNullPointer, "blocks[1]")
	_, err = BlockDiag(eye(2), &Matrix{Rows: -1, Cols: 2})
	expectStatus(t, "block_diag negative extent", err, StatusInvalidArgument, "negative extent")
	_, err = Kron(&Matrix{Rows: math.MaxInt / 2, Cols: 1, RowStride: 0, ColStride: 0, Data: []float64{1}},
		&Matrix{Rows: 3, Cols: 1, RowStride: 0, ColStride: 0, Data: []float64{1}})
	expectStatus(t, "kron overflowing int", err, StatusDimensionMismatch, "too large")
	_, err = Kron(&Matrix{Rows: 1 << 40, Cols: 1, Data: []float64{1}},
		&Matrix{Rows: 1 << 20, Cols: 1, Data: []float64{1}})
	expectStatus(t, "kron too large to allocate", err, StatusAllocation, "")

	// nil matrices are the library's NULL views.
	nilErrs := map[string]error{}
	_, nilErrs["solve_banded ab"] = SolveBanded(1, 1, nil, b, nil)
	_, nilErrs["solve_banded b"] = SolveBanded(1, 1, ab, nil, nil)
	_, nilErrs["solveh_banded ab"] = SolvehBanded(nil, b, nil)
	_, nilErrs["solveh_banded b"] = SolvehBanded(ab, nil, nil)
	_, nilErrs["solve_toeplitz b"] = SolveToeplitz([]float64{1}, nil, nil, nil)
	_, nilErrs["solve_circulant b"] = SolveCirculant([]float64{1}, nil, nil)
	_, nilErrs["kron a"] = Kron(nil, eye(2))
	_, nilErrs["kron b"] = Kron(eye(2), nil)
	for name, err := range nilErrs {
		expectStatus(t, name+"(nil)", err, StatusNullPointer, "")
	}
	// Views that overrun Data are caught by the binding.
	short := &Matrix{Data: make([]float64, 14), Rows: 3, Cols: 5, RowStride: 5, ColStride: 1}
	_, err = SolveBanded(1, 1, short, b, nil)
	expectStatus(t, "solve_banded of a short ab", err, StatusDimensionMismatch, "ab: ")
	_, err = BlockDiag(eye(1), short)
	expectStatus(t, "block_diag of a short block", err, StatusDimensionMismatch, "blocks[1]: ")
}

// TestStructuredLayoutsGiveIdenticalResults passes every matrix input in
// each layout of linalg_test.go and expects exactly the row-major result.
func TestStructuredLayoutsGiveIdenticalResults(t *testing.T) {
	ab := tridiag()
	ab2 := FromRows([][]float64{{0, 2, -1, 1, 1}, {5, 4, 6, 3, 7}, {1, 2, 1, 2, 0}, {1, -1, 1, 0, 0}})
	upper := FromRows([][]float64{{0, 0, 1, 1, 1}, {0, 2, 2, 2, 2}, {7, 7, 7, 7, 7}})
	b := FromRows([][]float64{{1, 2}, {2, 0}, {3, 1}, {4, 0}, {5, 2}})
	c := []float64{4, 1, 0.5, 0.2, 0.1}
	r := []float64{4, 2, 1, 0.3, 0.2}
	cases := []struct {
		name string
		run  func(cv func(*Matrix) *Matrix) (*Matrix, error)
	}{
		{"SolveBanded", func(cv func(*Matrix) *Matrix) (*Matrix, error) { return SolveBanded(1, 1, cv(ab), cv(b), nil) }},
		{"SolveBanded pivoting", func(cv func(*Matrix) *Matrix) (*Matrix, error) { return SolveBanded(2, 1, cv(ab2), cv(b), nil) }},
		{"SolvehBanded", func(cv func(*Matrix) *Matrix) (*Matrix, error) { return SolvehBanded(cv(upper), cv(b), nil) }},
		{"SolveToeplitz", func(cv func(*Matrix) *Matrix) (*Matrix, error) { return SolveToeplitz(c, r, cv(b), nil) }},
		{"SolveCirculant", func(cv func(*Matrix) *Matrix) (*Matrix, error) { return SolveCirculant(c, cv(b), nil) }},
		{"Kron", func(cv func(*Matrix) *Matrix) (*Matrix, error) { return Kron(cv(ab), cv(b)) }},
		{"BlockDiag", func(cv func(*Matrix) *Matrix) (*Matrix, error) {
			return BlockDiag(cv(ab), cv(NewMatrix(2, 0, nil)), cv(b), cv(upper.Slice(0, 2, 1, 4)))
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
				sameM(t, l.name, got, want)
			}
		})
	}
}

// TestBlockDiagUnderGC builds many block views from many goroutines while
// the collector runs: the array of views handed to the library must only
// point at pinned memory (checked by cgocheck / cgocheck2).
func TestBlockDiagUnderGC(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				blocks := make([]*Matrix, 50)
				for i := range blocks {
					blocks[i] = padded(FromRows([][]float64{{float64(i), float64(g)}}))
				}
				if k%5 == 0 {
					runtime.GC()
				}
				m, err := BlockDiag(blocks...)
				if err != nil {
					errs <- err
					return
				}
				if m.Rows != 50 || m.Cols != 100 || m.At(49, 98) != 49 || m.At(49, 99) != float64(g) ||
					m.At(0, 2) != 0 {
					errs <- fmt.Errorf("goroutine %d: wrong block_diag result", g)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}

func ExampleSolveBanded() {
	// The tridiagonal [[4, 1, 0], [1, 4, 1], [0, 1, 4]] in diagonal-ordered
	// form: superdiagonal, diagonal, subdiagonal.
	ab := FromRows([][]float64{{0, 1, 1}, {4, 4, 4}, {1, 1, 0}})
	x, err := SolveBanded(1, 1, ab, ColVector([]float64{5, 6, 5}), nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%.4f\n", x.Data)
	// Output: [1.0000 1.0000 1.0000]
}

func ExampleToeplitz() {
	t, _ := Toeplitz([]float64{1, 2, 3}, []float64{1, 4, 5})
	fmt.Println(t.ToRows())
	x, _ := SolveToeplitz([]float64{1, 2, 3}, []float64{1, 4, 5}, ColVector([]float64{10, 7, 6}), nil)
	fmt.Printf("%.4f\n", x.Data)
	// Output:
	// [[1 4 5] [2 1 4] [3 2 1]]
	// [1.0000 1.0000 1.0000]
}

func ExampleBlockDiag() {
	m, _ := BlockDiag(FromRows([][]float64{{1, 2}}), FromRows([][]float64{{3}, {4}}))
	fmt.Println(m.Rows, m.Cols, m.ToRows())
	_, err := SolveCirculant([]float64{1, 1, 1}, ColVector([]float64{1, 2, 3}), nil)
	fmt.Println(errors.Is(err, StatusSingular))
	// Output:
	// 3 3 [[1 2 0] [0 0 3] [0 0 4]]
	// true
}
