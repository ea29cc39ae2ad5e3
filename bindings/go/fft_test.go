package sciport

import (
	"errors"
	"math"
	"math/cmplx"
	"sync"
	"testing"
)

// closeC checks complex slices agree within tol.
func closeC(t *testing.T, got, want []complex128, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("length %d, want %d", len(got), len(want))
	}
	for i := range want {
		if cmplx.Abs(got[i]-want[i]) > tol {
			t.Fatalf("element %d: %v, want %v", i, got[i], want[i])
		}
	}
}

// closeR checks real slices agree within tol.
func closeR(t *testing.T, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("length %d, want %d", len(got), len(want))
	}
	for i := range want {
		if math.Abs(got[i]-want[i]) > tol {
			t.Fatalf("element %d: %.17g, want %.17g", i, got[i], want[i])
		}
	}
}

// signal is a deterministic test input (SplitMix64 draws in [-1, 1)).
func signal(n int, seed uint64) []float64 { return draws(seed, n) }

func TestFFTOfCosine(t *testing.T) {
	// The DFT of cos(2*pi*k*j/n) is n/2 at bins k and n-k and 0 elsewhere.
	const n, k = 64, 5
	x := make([]complex128, n)
	for j := range x {
		x[j] = complex(math.Cos(2*math.Pi*k*float64(j)/n), 0)
	}
	want := make([]complex128, n)
	want[k], want[n-k] = n/2, n/2
	got, err := FFT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeC(t, got, want, 1e-12)

	// rfft gives the first n/2+1 bins of the same spectrum.
	r, err := RFFT(real1(x), nil)
	if err != nil {
		t.Fatal(err)
	}
	closeC(t, r, want[:n/2+1], 1e-12)

	// With norm "forward" the peaks are 1/2.
	f, err := FFT(x, &Options{Norm: NormForward})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(real(f[k])-0.5) > 1e-14 || math.Abs(real(f[n-k])-0.5) > 1e-14 {
		t.Fatalf("forward-normalised peaks %v, %v; want 0.5", f[k], f[n-k])
	}
}

func real1(x []complex128) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = real(v)
	}
	return out
}

func TestRoundTrips1D(t *testing.T) {
	for _, n := range []int{1, 2, 7, 16, 97, 1000} {
		x := ToComplex(signal(n, uint64(n)))
		for k := range x {
			x[k] += complex(0, float64(k%3))
		}
		for _, norm := range []Norm{"", NormBackward, NormOrtho, NormForward} {
			y, err := FFT(x, &Options{Norm: norm})
			if err != nil {
				t.Fatal(err)
			}
			back, err := IFFT(y, &Options{Norm: norm})
			if err != nil {
				t.Fatal(err)
			}
			closeC(t, back, x, 1e-12*float64(n))

			xr := signal(n, uint64(3*n))
			yr, err := RFFT(xr, &Options{Norm: norm})
			if err != nil {
				t.Fatal(err)
			}
			backR, err := IRFFT(yr, &Options{N: n, Norm: norm})
			if err != nil {
				t.Fatal(err)
			}
			closeR(t, backR, xr, 1e-12*float64(n))

			h, err := IHFFT(xr, &Options{Norm: norm})
			if err != nil {
				t.Fatal(err)
			}
			backH, err := HFFT(h, &Options{N: n, Norm: norm})
			if err != nil {
				t.Fatal(err)
			}
			closeR(t, backH, xr, 1e-12*float64(n))
		}
	}
}

func TestParsevalOrtho(t *testing.T) {
	x := ToComplex(signal(257, 11))
	y, err := FFT(x, &Options{Norm: NormOrtho})
	if err != nil {
		t.Fatal(err)
	}
	var ex, ey float64
	for i := range x {
		ex += real(x[i] * cmplx.Conj(x[i]))
		ey += real(y[i] * cmplx.Conj(y[i]))
	}
	if math.Abs(ex-ey) > 1e-12*ex {
		t.Fatalf("energy %v before, %v after the orthonormal FFT", ex, ey)
	}
}

func TestTrigRoundTrips(t *testing.T) {
	x := signal(33, 5)
	type pair struct {
		name     string
		fwd, inv func([]float64, *DCTOptions) ([]float64, error)
	}
	for _, p := range []pair{{"dct", DCT, IDCT}, {"dst", DST, IDST}} {
		for typ := 1; typ <= 4; typ++ {
			for _, norm := range []Norm{"", NormOrtho, NormForward} {
				o := &DCTOptions{Type: typ, Norm: norm}
				y, err := p.fwd(x, o)
				if err != nil {
					t.Fatalf("%s type %d: %v", p.name, typ, err)
				}
				back, err := p.inv(y, o)
				if err != nil {
					t.Fatalf("i%s type %d: %v", p.name, typ, err)
				}
				closeR(t, back, x, 1e-12)
			}
		}
	}
}

func TestDCTTypeTwoDefinition(t *testing.T) {
	// SciPy's unnormalised DCT-II: y[k] = 2 * sum_j x[j] cos(pi k (2j+1) / (2n)).
	x := signal(12, 21)
	n := len(x)
	want := make([]float64, n)
	for k := range want {
		for j, v := range x {
			want[k] += 2 * v * math.Cos(math.Pi*float64(k*(2*j+1))/float64(2*n))
		}
	}
	got, err := DCT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, got, want, 1e-12)
	// The zero DCTOptions is the same as nil (type 2).
	got2, err := DCT(x, &DCTOptions{})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, got2, got, 0)
}

func TestPaddingAndTruncation(t *testing.T) {
	x := ToComplex(signal(10, 8))
	padded := append(append([]complex128(nil), x...), make([]complex128, 6)...)
	want, err := FFT(padded, nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := FFT(x, &Options{N: 16})
	if err != nil {
		t.Fatal(err)
	}
	closeC(t, got, want, 1e-13)
	want, _ = FFT(x[:4], nil)
	got, err = FFT(x, &Options{N: 4})
	if err != nil {
		t.Fatal(err)
	}
	closeC(t, got, want, 1e-13)
}

func TestInputsNotModified(t *testing.T) {
	x := ToComplex(signal(16, 99))
	keep := append([]complex128(nil), x...)
	if _, err := FFT(x, nil); err != nil {
		t.Fatal(err)
	}
	a := NewCArray(2, 8)
	copy(a.Data, x)
	if _, err := FFTN(a, nil); err != nil {
		t.Fatal(err)
	}
	closeC(t, x, keep, 0)
	closeC(t, a.Data, keep, 0)
}

func TestNDRoundTripsAndShapes(t *testing.T) {
	x := Array{Data: signal(4*5*6, 77), Shape: []int{4, 5, 6}}
	z := x.Complex()
	y, err := FFTN(z, &NDOptions{Axes: []int{2, 0}})
	if err != nil {
		t.Fatal(err)
	}
	back, err := IFFTN(y, &NDOptions{Axes: []int{2, 0}})
	if err != nil {
		t.Fatal(err)
	}
	closeC(t, back.Data, z.Data, 1e-12)

	r, err := RFFTN(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := []int{4, 5, 4}; !sameInts(r.Shape, want) {
		t.Fatalf("rfftn shape %v, want %v", r.Shape, want)
	}
	backR, err := IRFFTN(r, &NDOptions{S: []int{4, 5, 6}})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, backR.Data, x.Data, 1e-12)

	// fft2 equals fftn over the last two axes; s pads them.
	a, err := FFT2(z, &NDOptions{S: []int{8, 3}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := FFTN(z, &NDOptions{S: []int{8, 3}, Axes: []int{-2, -1}})
	if err != nil {
		t.Fatal(err)
	}
	if !sameInts(a.Shape, []int{4, 8, 3}) || !sameInts(b.Shape, a.Shape) {
		t.Fatalf("shapes %v and %v, want [4 8 3]", a.Shape, b.Shape)
	}
	closeC(t, a.Data, b.Data, 0)

	d, err := DCTN(x, &DCTNOptions{Type: 3, Norm: NormOrtho})
	if err != nil {
		t.Fatal(err)
	}
	backD, err := IDCTN(d, &DCTNOptions{Type: 3, Norm: NormOrtho})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, backD.Data, x.Data, 1e-12)
	s, err := DSTN(x, &DCTNOptions{Axes: []int{1}})
	if err != nil {
		t.Fatal(err)
	}
	backS, err := IDSTN(s, &DCTNOptions{Axes: []int{1}})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, backS.Data, x.Data, 1e-12)
}

func TestAlongMatchesSlices(t *testing.T) {
	// Row i of a 3x8 array transformed along axis 1 equals FFT of that row.
	x := NewCArray(3, 8)
	copy(x.Data, ToComplex(signal(24, 4)))
	y, err := FFTAlong(x, -1, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		row, err := FFT(x.Data[8*i:8*i+8], nil)
		if err != nil {
			t.Fatal(err)
		}
		closeC(t, y.Data[8*i:8*i+8], row, 1e-13)
	}
}

func TestWorkersGiveSameResult(t *testing.T) {
	x := CArray{Data: ToComplex(signal(64*32, 3)), Shape: []int{64, 32}}
	one, err := FFTN(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{1, 2, -1} {
		got, err := FFTN(x, &NDOptions{Workers: w})
		if err != nil {
			t.Fatalf("workers=%d: %v", w, err)
		}
		closeC(t, got.Data, one.Data, 1e-12)
	}
}

func TestHelpers(t *testing.T) {
	// Expected values: scipy 1.17.1 (fftfreq, rfftfreq, fftshift, next_fast_len).
	f, err := FFTFreq(5, 0.5)
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, f, []float64{0, 0.4, 0.8, -0.8, -0.4}, 1e-15)
	r, err := RFFTFreq(6, 1) // [0, 1/6, 2/6, 3/6]
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, r, []float64{0, 1.0 / 6, 2.0 / 6, 3.0 / 6}, 1e-15)

	s, err := FFTShift([]float64{0, 1, 2, 3, 4, -5, -4, -3, -2, -1})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, s, []float64{-5, -4, -3, -2, -1, 0, 1, 2, 3, 4}, 0)
	back, err := IFFTShift(s)
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, back, []float64{0, 1, 2, 3, 4, -5, -4, -3, -2, -1}, 0)
	c, err := FFTShift([]complex128{0, 1i, 2, -2i, -1})
	if err != nil {
		t.Fatal(err)
	}
	closeC(t, c, []complex128{-2i, -1, 0, 1i, 2}, 0)

	m, err := FFTShiftN(Array{Data: []float64{0, 1, 2, 3, 4, 5}, Shape: []int{3, 2}}, []int{0})
	if err != nil {
		t.Fatal(err)
	}
	closeR(t, m.Data, []float64{4, 5, 0, 1, 2, 3}, 0)

	for _, c := range []struct {
		target int
		real   bool
		want   int
	}{{1009, false, 1024}, {1009, true, 1024}, {97, true, 100}, {1, false, 1}} { // scipy 1.17.1
		got, err := NextFastLen(c.target, c.real)
		if err != nil || got != c.want {
			t.Errorf("NextFastLen(%d, %v) = %d, %v; want %d", c.target, c.real, got, err, c.want)
		}
	}
}

func sameInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestConcurrentCalls(t *testing.T) {
	x := ToComplex(signal(1024, 1))
	want, err := FFT(x, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				got, err := FFT(x, nil)
				if err != nil {
					errs <- err
					return
				}
				for k := range got {
					if got[k] != want[k] {
						errs <- errors.New("concurrent FFT differs")
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

func TestVersionAndThreads(t *testing.T) {
	if Version() != HeaderVersion {
		t.Fatalf("library %s, header %s", Version(), HeaderVersion)
	}
	old := NumThreads()
	defer SetNumThreads(0)
	SetNumThreads(1)
	if NumThreads() != 1 {
		t.Fatalf("NumThreads() = %d after SetNumThreads(1)", NumThreads())
	}
	SetNumThreads(0)
	if NumThreads() < 1 || NumThreads() != old {
		t.Fatalf("NumThreads() = %d after removing the cap (was %d)", NumThreads(), old)
	}
}
