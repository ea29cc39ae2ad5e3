package sciport

import (
	"errors"
	"fmt"
	"math"
	"sync"
	"testing"
)

// Hand-picked SciPy 1.17.1 values (NumPy float64 via tolist(), computed with
// /work/venv/bin/python) for the orthogonal factorizations, on the matrices
// of linalg_test.go (refA, refM); each block names the exact call. The full
// SciPy comparison is TestOrthogonalAgainstSciPy (orthogonal_reference_test.go).

// checkQRFactors verifies a[:, p] = Q R and Q^T Q = I for a QR result.
func checkQRFactors(t *testing.T, what string, a *Matrix, r QRResult) {
	t.Helper()
	ap := a
	if r.P != nil {
		seen := make([]bool, a.Cols)
		for _, j := range r.P {
			if j < 0 || j >= a.Cols || seen[j] {
				t.Fatalf("%s: P = %v is not a permutation", what, r.P)
			}
			seen[j] = true
		}
		ap = permuteCols(a, r.P)
	}
	within(t, what+": |Q^T Q - I|/(m eps)", orthonormality(r.Q), 100)
	within(t, what+": |A P - Q R|/(n eps |A|)", recon(mul(r.Q, r.R), ap, normInf(a)), 100)
}

func TestQRAgainstSciPy(t *testing.T) {
	m := FromRows(refM)
	// q, r, p = scipy.linalg.qr(M, mode='economic', pivoting=True)
	r, err := QR(m, &QROptions{Mode: "economic", Pivoting: true})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "qr(M, economic, pivoting) Q", r.Q, [][]float64{
		{-0.24576957615571215, 0.3599672743590999, 0.6096431025142147},
		{-0.49153915231142425, -0.06881727303923968, 0.5615133838946762},
		{-0.8192319205190404, -0.2461540920249728, -0.45455845362902275},
		{-0.16384638410380808, 0.897271367703932, -0.32621253731023864}}, 1e-13)
	closeM(t, "qr(M, economic, pivoting) R", r.R, [][]float64{
		{-12.206555615733704, -7.782703244930884, -9.503090278020869},
		{0.0, -2.5356518296765986, -1.59338455267778}, {0.0, 0.0, 0.3903854954696302}}, 1e-13)
	if fmt.Sprint(r.P) != "[2 0 1]" {
		t.Fatalf("P = %v, want [2 0 1]", r.P)
	}
	checkQRFactors(t, "economic pivoted", m, r)

	// Full (and its spellings): Q 4 x 4, R 4 x 3 with a zero last row; the
	// economic factors are its leading block.
	econ, err := QR(m, &QROptions{Mode: "economic"})
	if err != nil {
		t.Fatal(err)
	}
	if econ.P != nil {
		t.Fatalf("P without pivoting: %v", econ.P)
	}
	for _, mode := range []string{"", "full", "qr"} {
		f, err := QR(m, &QROptions{Mode: mode})
		if err != nil {
			t.Fatalf("mode %q: %v", mode, err)
		}
		shapeIs(t, "full Q", f.Q, 4, 4)
		shapeIs(t, "full R", f.R, 4, 3)
		checkQRFactors(t, "mode "+mode, m, f)
		closeM(t, "full Q[:, :3] = economic Q", f.Q.Slice(0, 4, 0, 3), econ.Q.ToRows(), 1e-14)
		closeM(t, "full R[:3] = economic R", f.R.Slice(0, 3, 0, 3), econ.R.ToRows(), 1e-14)
		if row(f.R, 3)[0] != 0 || row(f.R, 3)[1] != 0 || row(f.R, 3)[2] != 0 {
			t.Fatalf("mode %q: R's last row %v is not zero", mode, row(f.R, 3))
		}
	}
	// Mode "r": R only, equal to the full R.
	ro, err := QR(m, &QROptions{Mode: "r", Pivoting: true})
	if err != nil {
		t.Fatal(err)
	}
	if ro.Q != nil || fmt.Sprint(ro.P) != "[2 0 1]" {
		t.Fatalf("mode r: Q %v, P %v", ro.Q, ro.P)
	}
	closeM(t, "mode r R", ro.R.Slice(0, 3, 0, 3), r.R.ToRows(), 1e-14)

	// (h, tau), r = scipy.linalg.qr(M, mode='raw')
	raw, err := QRRaw(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "qr(M, raw) h", raw.H, [][]float64{
		{-8.18535277187245, -9.529216659791809, -11.606097213848996},
		{0.4354759255680273, 1.4812257933030573, 3.6476444705830344},
		{0.7620828697440477, 0.5234749016584118, -0.9965928350693529},
		{-0.10886898139200682, -0.8357118408080063, 0.12242394216618135}}, 1e-13)
	closeR(t, raw.Tau, []float64{1.1221694443563053, 1.0139724112898452, 1.9704673804954322}, 1e-13)
	closeM(t, "qr(M, raw) r", raw.R, [][]float64{
		{-8.18535277187245, -9.529216659791809, -11.606097213848996},
		{0.0, 1.4812257933030573, 3.6476444705830344}, {0.0, 0.0, -0.9965928350693529}}, 1e-13)
	if raw.P != nil {
		t.Fatalf("raw P without pivoting: %v", raw.P)
	}
	// The reflectors rebuild the economic Q.
	closeM(t, "Q from (h, tau)", reflectorsQ(raw.H, raw.Tau), econ.Q.ToRows(), 1e-13)
	rawP, err := QRRaw(m, &QRRawOptions{Pivoting: true})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(rawP.P) != "[2 0 1]" {
		t.Fatalf("raw P = %v, want [2 0 1]", rawP.P)
	}
	closeM(t, "raw pivoted R = economic pivoted R", rawP.R, r.R.ToRows(), 1e-13)
}

func TestRQAgainstSciPy(t *testing.T) {
	mt := FromRows(refM).T()
	// r, q = scipy.linalg.rq(M.T, mode='economic')
	r, err := RQ(mt, &RQOptions{Mode: "economic"})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "rq(M.T, economic) R", r.R, [][]float64{
		{0.6033985213448051, -2.4628114880723606, -7.782703244930883},
		{0.0, -1.6405106423870723, -9.503090278020867}, {0.0, 0.0, -12.206555615733704}}, 1e-13)
	closeM(t, "rq(M.T, economic) Q", r.Q, [][]float64{
		{-0.6777901198667683, -0.5290069228228417, 0.5000768567309681, 0.10332166461383707},
		{0.20455244917544468, -0.2004614001919358, -0.13091356747228544, 0.949123364174065},
		{-0.2457695761557121, -0.4915391523114242, -0.8192319205190403, -0.16384638410380803}}, 1e-13)
	// Full: R 3 x 4 (zero first column), Q 4 x 4 whose last rows are the economic Q.
	f, err := RQ(mt, nil)
	if err != nil {
		t.Fatal(err)
	}
	shapeIs(t, "full R", f.R, 3, 4)
	shapeIs(t, "full Q", f.Q, 4, 4)
	within(t, "|Q Q^T - I|", orthonormality(f.Q.T()), 100)
	within(t, "|A - R Q|", recon(mul(f.R, f.Q), mt, normInf(mt)), 100)
	closeM(t, "full Q[1:] = economic Q", f.Q.Slice(1, 4, 0, 4), r.Q.ToRows(), 1e-13)
	ro, err := RQ(mt, &RQOptions{Mode: "r"})
	if err != nil {
		t.Fatal(err)
	}
	if ro.Q != nil {
		t.Fatal("mode r returned Q")
	}
	sameM(t, "mode r R", ro.R, f.R)
}

func TestLstsqAgainstSciPy(t *testing.T) {
	m := FromRows(refM)
	b := FromRows([][]float64{{1, 0}, {2, 1}, {3, 0}, {4, 1}})
	// x, residues, rank, s = scipy.linalg.lstsq(M, [[1, 0], [2, 1], [3, 0], [4, 1]])
	for _, driver := range []string{"", "gelsd", "gelss"} {
		r, err := Lstsq(m, b, &LstsqOptions{LapackDriver: driver})
		if err != nil {
			t.Fatalf("driver %q: %v", driver, err)
		}
		closeM(t, "lstsq x", r.X, [][]float64{{0.29452054794519994, -0.7054794520547881},
			{-2.397260273972597, 0.6027397260273877}, {2.034246575342465, 0.034246575342469}}, 1e-12)
		closeR(t, r.Residues, []float64{0.8287671232876634, 0.8287671232876723}, 1e-12)
		if r.Rank != 3 {
			t.Fatalf("rank %d, want 3", r.Rank)
		}
		closeR(t, r.S, []float64{17.436984282741232, 2.2028674771350563, 0.31456954972769724}, 1e-12)
	}
	// lapack_driver='gelsy': no residues and s is None.
	r, err := Lstsq(m, b, &LstsqOptions{LapackDriver: "gelsy"})
	if err != nil {
		t.Fatal(err)
	}
	if r.S != nil || r.Residues == nil || len(r.Residues) != 0 || r.Rank != 3 {
		t.Fatalf("gelsy: s %v, residues %#v, rank %d; want nil, [], 3", r.S, r.Residues, r.Rank)
	}
	closeM(t, "gelsy x", r.X, [][]float64{{0.29452054794519994, -0.7054794520547881},
		{-2.397260273972597, 0.6027397260273877}, {2.034246575342465, 0.034246575342469}}, 1e-12)
	// scipy.linalg.lstsq([[1, 2], [4, 5], [3, 4]], [1, 2, 3]) with a vector b.
	v, err := Lstsq(FromRows([][]float64{{1, 2}, {4, 5}, {3, 4}}), ColVector([]float64{1, 2, 3}), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "lstsq vector x", v.X, [][]float64{{-0.4285714285714286}, {0.8571428571428572}}, 1e-12)
	closeR(t, v.Residues, []float64{1.142857142857144}, 1e-12)
	// A rank-deficient a (diag(1, 1e-3, 1e-9)) with cond=1e-6: rank 2, the
	// third component dropped, no residues (rank < n).
	d := FromRows([][]float64{{1, 0, 0}, {0, 1e-3, 0}, {0, 0, 1e-9}})
	r, err = Lstsq(d, ColVector([]float64{1, 1, 1}), &LstsqOptions{Cond: Float64(1e-6)})
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "lstsq cond=1e-6 x", r.X, [][]float64{{1}, {1000}, {0}}, 1e-12)
	if r.Rank != 2 || len(r.Residues) != 0 {
		t.Fatalf("cond=1e-6: rank %d, residues %v; want 2, []", r.Rank, r.Residues)
	}
	// cond=None keeps 1e-9 (> eps).
	r, err = Lstsq(d, ColVector([]float64{1, 1, 1}), nil)
	if err != nil || r.Rank != 3 {
		t.Fatalf("cond=None: rank %d, %v; want 3", r.Rank, err)
	}
}

func TestPinvRankAndSubspacesAgainstSciPy(t *testing.T) {
	mt := FromRows(refM).T()
	// B, rank = scipy.linalg.pinv(M.T, return_rank=True)
	p, err := Pinv(mt, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeM(t, "pinv(M.T)", p.B, [][]float64{
		{-1.1232876712328748, 1.5616438356164366, -0.47945205479452035},
		{-0.8767123287671198, 1.4383561643835572, -0.5205479452054782},
		{0.8287671232876684, -1.1643835616438323, 0.44520547945205385},
		{0.1712328767123277, -0.8356164383561633, 0.5547945205479451}}, 1e-12)
	if p.Rank != 3 {
		t.Fatalf("pinv rank %d, want 3", p.Rank)
	}
	// scipy.linalg.pinv(diag(10, 1, 1e-3), atol=0.5) keeps two values; rtol=1e-2 too.
	d := FromRows([][]float64{{10, 0, 0}, {0, 1, 0}, {0, 0, 1e-3}})
	for _, o := range []*PinvOptions{{Atol: Float64(0.5)}, {Rtol: Float64(1e-2)}, {Atol: Float64(1e-4), Rtol: Float64(1e-2)}} {
		p, err = Pinv(d, o)
		if err != nil {
			t.Fatal(err)
		}
		closeM(t, "pinv(diag) truncated", p.B, [][]float64{{0.1, 0, 0}, {0, 1, 0}, {0, 0, 0}}, 1e-15)
		if p.Rank != 2 {
			t.Fatalf("pinv %+v: rank %d, want 2", o, p.Rank)
		}
	}
	// numpy.linalg.matrix_rank(M) = 3; matrix_rank([[1, 2], [2, 4.000001]], tol=1e-3) = 1.
	near := FromRows([][]float64{{1, 2}, {2, 4.000001}})
	for _, c := range []struct {
		a    *Matrix
		opts *MatrixRankOptions
		want int
	}{{FromRows(refM), nil, 3}, {near, &MatrixRankOptions{Tol: Float64(1e-3)}, 1}, {near, nil, 2}} {
		k, err := MatrixRank(c.a, c.opts)
		if err != nil || k != c.want {
			t.Fatalf("matrix_rank = %d, %v; want %d", k, err, c.want)
		}
	}
	// scipy.linalg.null_space(M.T): one column, up to sign.
	ns, err := NullSpace(mt, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{-0.6620847108818937, 0.6620847108818948, -0.24828176658071083, 0.24828176658071024}
	shapeIs(t, "null_space(M.T)", ns, 4, 1)
	closeR(t, scaled(column(ns, 0), alignSign(column(ns, 0), want)), want, 1e-12)
	// null_space(M) of a full-column-rank M is 3 x 0.
	ns, err = NullSpace(FromRows(refM), nil)
	if err != nil {
		t.Fatal(err)
	}
	shapeIs(t, "null_space(M)", ns, 3, 0)
	// scipy.linalg.orth([[1, 2, 3], [2, 4, 6]]): one column, up to sign.
	o, err := Orth(FromRows([][]float64{{1, 2, 3}, {2, 4, 6}}), nil)
	if err != nil {
		t.Fatal(err)
	}
	wantO := []float64{-0.44721359549995787, -0.8944271909999157}
	shapeIs(t, "orth", o, 2, 1)
	closeR(t, scaled(column(o, 0), alignSign(column(o, 0), wantO)), wantO, 1e-12)
	// orth(M) spans 3 columns; rcond=0.5 keeps only s > 0.5 s_max: 1.
	o, err = Orth(FromRows(refM), nil)
	if err != nil {
		t.Fatal(err)
	}
	shapeIs(t, "orth(M)", o, 4, 3)
	within(t, "orth(M) orthonormal", orthonormality(o), 100)
	o, err = Orth(FromRows(refM), &OrthOptions{Rcond: Float64(0.5)})
	if err != nil {
		t.Fatal(err)
	}
	shapeIs(t, "orth(M, rcond=0.5)", o, 4, 1)
	ns, err = NullSpace(FromRows(refM).T(), &NullSpaceOptions{Rcond: Float64(0.05)})
	if err != nil {
		t.Fatal(err)
	}
	// s = (17.4, 2.2, 0.31) of M.T (3 x 4): 0.31 < 0.05 * 17.4, so 2 columns.
	shapeIs(t, "null_space(M.T, rcond=0.05)", ns, 4, 2)
}

func TestNormsAgainstSciPy(t *testing.T) {
	a := FromRows(refA)
	// scipy.linalg.norm(A, ord)
	for _, c := range []struct {
		ord  string
		want float64
	}{{"", 12.288205727444508}, {"fro", 12.288205727444508}, {"nuc", 20.29220171252416},
		{"1", 13}, {"-1", 9}, {"2", 9.385549506960281}, {"-2", 4.1429961279603535},
		{"inf", 13}, {"-inf", 7}} {
		v, err := MatrixNorm(a, c.ord, nil)
		if err != nil {
			t.Fatalf("ord %q: %v", c.ord, err)
		}
		if math.Abs(v-c.want) > 1e-14*c.want {
			t.Errorf("norm(A, %q) = %.17g, want %.17g", c.ord, v, c.want)
		}
	}
	// The transpose view swaps the 1- and inf-norms' roles: norm(A.T, 1) = norm(A, inf).
	v, err := MatrixNorm(a.T(), "-1", nil)
	if err != nil || v != 7 {
		t.Fatalf("norm(A.T, -1) = %v, %v; want 7", v, err)
	}
	// scipy.linalg.norm([3, 0, -4], ord)
	x := []float64{3, 0, -4}
	for _, c := range []struct {
		ord, want float64
	}{{2, 5}, {1, 7}, {math.Inf(1), 4}, {math.Inf(-1), 0}, {0, 2},
		{3, 4.497941445275415}, {0.5, 13.928203230275509}} {
		v, err := VectorNorm(x, c.ord, nil)
		if err != nil {
			t.Fatalf("ord %v: %v", c.ord, err)
		}
		if math.Abs(v-c.want) > 1e-14*math.Max(c.want, 1) {
			t.Errorf("norm(x, %v) = %.17g, want %.17g", c.ord, v, c.want)
		}
	}
	// Empty: norm([]) = 0 for ord 2, 1, inf and 0.
	for _, ord := range []float64{2, 1, math.Inf(1), 0} {
		if v, err := VectorNorm(nil, ord, nil); err != nil || v != 0 {
			t.Fatalf("norm([], %v) = %v, %v; want 0", ord, v, err)
		}
	}
	// check_finite=False lets NaN through: norm([[nan, 1]]) is nan.
	nan := FromRows([][]float64{{math.NaN(), 1}})
	if v, err := MatrixNorm(nan, "", &CheckOptions{SkipFiniteCheck: true}); err != nil || !math.IsNaN(v) {
		t.Fatalf("unchecked norm of NaN = %v, %v", v, err)
	}
	if v, err := VectorNorm([]float64{math.Inf(1), 1}, 2, &CheckOptions{SkipFiniteCheck: true}); err != nil || !math.IsInf(v, 1) {
		t.Fatalf("unchecked norm of [inf, 1] = %v, %v", v, err)
	}
}

func TestOrthogonalErrors(t *testing.T) {
	a, m := FromRows(refA), FromRows(refM)
	bad := FromRows(refA)
	bad.Set(2, 0, math.NaN())

	// Names: SciPy raises ValueError("Mode argument should be one of [...]"),
	// LAPACK driver "gelsx" is not found, "Invalid norm order for matrices.".
	_, err := QR(a, &QROptions{Mode: "foo"})
	expectStatus(t, "qr mode=foo", err, StatusUnknownName, "foo")
	_, err = QR(a, &QROptions{Mode: "raw"})
	expectStatus(t, "qr mode=raw", err, StatusInvalidArgument, "raw")
	_, err = RQ(a, &RQOptions{Mode: "raw"})
	expectStatus(t, "rq mode=raw", err, StatusUnknownName, "raw")
	_, err = Lstsq(a, a, &LstsqOptions{LapackDriver: "gelsx"})
	expectStatus(t, "lstsq driver=gelsx", err, StatusUnknownName, "gelsx")
	_, err = MatrixNorm(a, "3", nil)
	expectStatus(t, "norm ord=3", err, StatusUnknownName, "3")

	// Shapes: scipy.linalg.lstsq(ones((3, 2)), ones(4)).
	_, err = Lstsq(FromRows([][]float64{{1, 1}, {1, 1}, {1, 1}}), ColVector([]float64{1, 1, 1, 1}), nil)
	expectStatus(t, "lstsq rows", err, StatusDimensionMismatch,
		"Shape mismatch: a and b should have the same number of rows")
	_, err = Lstsq(m, a, nil)
	expectStatus(t, "lstsq 4 x 3 with 3 x 3", err, StatusDimensionMismatch, "Shape mismatch")

	// Values: negative thresholds, NaN ord, min over an empty set.
	_, err = Pinv(a, &PinvOptions{Atol: Float64(-1)})
	expectStatus(t, "pinv atol=-1", err, StatusInvalidArgument, "atol and rtol values must be positive.")
	_, err = Pinv(a, &PinvOptions{Rtol: Float64(-1)})
	expectStatus(t, "pinv rtol=-1", err, StatusInvalidArgument, "atol and rtol values must be positive.")
	_, err = VectorNorm([]float64{1, 2}, math.NaN(), nil)
	expectStatus(t, "vector norm ord=NaN", err, StatusInvalidArgument, "ord")
	_, err = VectorNorm(nil, math.Inf(-1), nil)
	expectStatus(t, "norm([], -inf)", err, StatusInvalidArgument, "zero-size array")
	_, err = MatrixNorm(NewMatrix(0, 0, nil), "-2", nil)
	expectStatus(t, "norm(0 x 0, -2)", err, StatusInvalidArgument, "zero-size array")

	// NaN/Inf with check_finite (SciPy: "array must not contain infs or NaNs").
	nonFinite := map[string]error{}
	_, nonFinite["qr"] = QR(bad, nil)
	_, nonFinite["qr pivoting"] = QR(bad, &QROptions{Pivoting: true, Mode: "r"})
	_, nonFinite["qr raw"] = QRRaw(bad, nil)
	_, nonFinite["rq"] = RQ(bad, nil)
	_, nonFinite["lstsq a"] = Lstsq(bad, a, nil)
	_, nonFinite["lstsq b"] = Lstsq(a, ColVector([]float64{1, math.Inf(1), 0}), nil)
	_, nonFinite["pinv"] = Pinv(bad, nil)
	_, nonFinite["matrix_rank"] = MatrixRank(bad, nil)
	_, nonFinite["null_space"] = NullSpace(bad, nil)
	_, nonFinite["orth"] = Orth(bad, nil)
	_, nonFinite["norm"] = MatrixNorm(bad, "2", nil)
	_, nonFinite["vector_norm"] = VectorNorm([]float64{1, math.NaN()}, 2, nil)
	for name, err := range nonFinite {
		expectStatus(t, name+"(NaN)", err, StatusInvalidArgument, "array must not contain infs or NaNs")
	}
	// check_finite=False skips the scan (results unspecified, but no error).
	if _, err := MatrixRank(FromRows(refA), &MatrixRankOptions{SkipFiniteCheck: true}); err != nil {
		t.Fatalf("matrix_rank with check_finite=False: %v", err)
	}
	if _, err := QR(FromRows(refA), &QROptions{SkipFiniteCheck: true}); err != nil {
		t.Fatalf("qr with check_finite=False: %v", err)
	}

	// nil matrices are the library's NULL views.
	nilErrs := map[string]error{}
	_, nilErrs["qr"] = QR(nil, nil)
	_, nilErrs["qr raw"] = QRRaw(nil, nil)
	_, nilErrs["rq"] = RQ(nil, nil)
	_, nilErrs["lstsq a"] = Lstsq(nil, a, nil)
	_, nilErrs["lstsq b"] = Lstsq(a, nil, nil)
	_, nilErrs["pinv"] = Pinv(nil, nil)
	_, nilErrs["matrix_rank"] = MatrixRank(nil, nil)
	_, nilErrs["null_space"] = NullSpace(nil, nil)
	_, nilErrs["orth"] = Orth(nil, nil)
	_, nilErrs["norm"] = MatrixNorm(nil, "", nil)
	for name, err := range nilErrs {
		expectStatus(t, name+"(nil)", err, StatusNullPointer, "")
	}
	// Views that overrun Data are caught by the binding.
	short := &Matrix{Data: make([]float64, 8), Rows: 3, Cols: 3, RowStride: 3, ColStride: 1}
	_, err = QR(short, nil)
	expectStatus(t, "qr of a short view", err, StatusDimensionMismatch, "spans 9 elements but Data has 8")
	_, err = Lstsq(a, short, nil)
	expectStatus(t, "lstsq of a short b", err, StatusDimensionMismatch, "b: ")
	_, err = MatrixNorm(&Matrix{Rows: -1, Cols: 2}, "", nil)
	expectStatus(t, "norm of a negative extent", err, StatusInvalidArgument, "negative extent")
}

// TestOrthogonalLayoutsGiveIdenticalResults passes every input in each
// layout of linalg_test.go and expects exactly the row-major result, except
// for lstsq's residues (near: within 1e-13 relative), which the library
// computes as ||b - a x||^2 on the inputs in their own layout, so that the
// last bits depend on it.
func TestOrthogonalLayoutsGiveIdenticalResults(t *testing.T) {
	a, m := FromRows(refA), FromRows(refM)
	b := FromRows([][]float64{{1, 0}, {2, 1}, {3, 0}, {4, 1}})
	type result struct {
		mats []*Matrix
		vecs [][]float64
		near [][]float64
	}
	fl := func(p []int) []float64 {
		out := make([]float64, len(p))
		for i, v := range p {
			out[i] = float64(v)
		}
		return out
	}
	cases := []struct {
		name string
		run  func(c func(*Matrix) *Matrix) (result, error)
	}{
		{"QR pivoting", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := QR(c(m), &QROptions{Pivoting: true})
			return result{mats: []*Matrix{r.Q, r.R}, vecs: [][]float64{fl(r.P)}}, err
		}},
		{"QR economic wide", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := QR(c(m).T(), &QROptions{Mode: "economic"})
			return result{mats: []*Matrix{r.Q, r.R}}, err
		}},
		{"QRRaw", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := QRRaw(c(m), &QRRawOptions{Pivoting: true})
			return result{mats: []*Matrix{r.H, r.R}, vecs: [][]float64{r.Tau, fl(r.P)}}, err
		}},
		{"RQ", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := RQ(c(m), nil)
			return result{mats: []*Matrix{r.R, r.Q}}, err
		}},
		{"Lstsq", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := Lstsq(c(m), c(b), nil)
			return result{mats: []*Matrix{r.X}, vecs: [][]float64{r.S, {float64(r.Rank)}},
				near: [][]float64{r.Residues}}, err
		}},
		{"Pinv", func(c func(*Matrix) *Matrix) (result, error) {
			r, err := Pinv(c(m), nil)
			return result{mats: []*Matrix{r.B}, vecs: [][]float64{{float64(r.Rank)}}}, err
		}},
		{"MatrixRank", func(c func(*Matrix) *Matrix) (result, error) {
			k, err := MatrixRank(c(m), nil)
			return result{vecs: [][]float64{{float64(k)}}}, err
		}},
		{"NullSpace", func(c func(*Matrix) *Matrix) (result, error) {
			q, err := NullSpace(c(m).T(), nil)
			return result{mats: []*Matrix{q}}, err
		}},
		{"Orth", func(c func(*Matrix) *Matrix) (result, error) {
			q, err := Orth(c(m), nil)
			return result{mats: []*Matrix{q}}, err
		}},
		{"MatrixNorm", func(c func(*Matrix) *Matrix) (result, error) {
			var vs []float64
			for _, ord := range []string{"fro", "nuc", "1", "-1", "2", "-2", "inf", "-inf"} {
				v, err := MatrixNorm(c(a), ord, nil)
				if err != nil {
					return result{}, err
				}
				vs = append(vs, v)
			}
			return result{vecs: [][]float64{vs}}, nil
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
				for i := range want.near {
					within(t, l.name+": residues", relErrV(got.near[i], want.near[i]), 1e-13)
				}
			}
		})
	}
}

func TestOrthogonalConcurrently(t *testing.T) {
	m := FromRows(refM)
	want, err := QR(m, &QROptions{Pivoting: true})
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
				r, err := QR(m, &QROptions{Pivoting: true})
				if err != nil {
					errs <- err
					return
				}
				for i, v := range r.R.Data {
					if v != want.R.Data[i] {
						errs <- errors.New("concurrent QR gave a different result")
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

func ExampleQR() {
	a := FromRows([][]float64{{1, 2}, {3, 4}, {5, 6}})
	r, err := QR(a, &QROptions{Mode: "economic"})
	if err != nil {
		panic(err)
	}
	fmt.Printf("Q %d x %d, R %d x %d\n", r.Q.Rows, r.Q.Cols, r.R.Rows, r.R.Cols)
	fmt.Printf("R = %.4f\n", r.R.ToRows())
	_, err = QR(a, &QROptions{Mode: "thin"})
	fmt.Println(errors.Is(err, StatusUnknownName))
	// Output:
	// Q 3 x 2, R 2 x 2
	// R = [[-5.9161 -7.4374] [0.0000 0.8281]]
	// true
}

func ExampleLstsq() {
	// Fit y = c0 + c1 t through (0, 1), (1, 3), (2, 4), (3, 6).
	a := FromRows([][]float64{{1, 0}, {1, 1}, {1, 2}, {1, 3}})
	r, err := Lstsq(a, ColVector([]float64{1, 3, 4, 6}), nil)
	if err != nil {
		panic(err)
	}
	fmt.Printf("c = %.2f, rank %d, residue %.2f\n", r.X.Data, r.Rank, r.Residues)
	// Output: c = [1.10 1.60], rank 2, residue [0.20]
}

func ExampleVectorNorm() {
	n2, _ := VectorNorm([]float64{3, -4}, 2, nil)
	nInf, _ := VectorNorm([]float64{3, -4}, math.Inf(1), nil)
	fro, _ := MatrixNorm(FromRows([][]float64{{1, 2}, {3, 4}}), "", nil)
	fmt.Printf("%g %g %.4f\n", n2, nInf, fro)
	// Output: 5 4 5.4772
}
