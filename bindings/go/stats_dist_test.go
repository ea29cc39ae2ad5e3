package sciport

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
)

// The frozen distributions against SciPy 1.17.1: every expected value was
// printed by /work/venv/bin/python with d = scipy.stats.norm(loc=1.5,
// scale=2.5) and x = [-1, .5, 1.5, 4, -inf, inf, nan], q = [.025, .5, .9,
// 0, 1, nan]: d.pdf(x), ..., d.isf(q), d.mean(), d.moment(n),
// d.stats('mvsk'), d.interval(.95), d.support() (the same numbers are in
// tests/reference/stats/norm.json).

var (
	inf   = math.Inf(1)
	nan   = math.NaN()
	distX = []float64{-1, 0.5, 1.5, 4, -inf, inf, nan}
	distQ = []float64{0.025, 0.5, 0.9, 0, 1, nan}
)

// sameDist: NaN matches NaN, infinities exactly, else 1e-12 relative.
func sameDist(got, want float64) bool {
	switch {
	case math.IsNaN(want):
		return math.IsNaN(got)
	case math.IsInf(want, 0):
		return got == want
	}
	return math.Abs(got-want) <= 1e-12*math.Max(1, math.Abs(want))
}

func checkDist(t *testing.T, what string, got []float64, err error, want []float64) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if len(got) != len(want) {
		t.Fatalf("%s: %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if !sameDist(got[i], want[i]) {
			t.Errorf("%s[%d] = %.17g, SciPy 1.17.1 gives %.17g", what, i, got[i], want[i])
		}
	}
}

func newNorm(t *testing.T) *Dist {
	t.Helper()
	d, err := NewDist("norm", nil, 1.5, 2.5)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestDistPointwiseMatchesSciPy(t *testing.T) {
	d := newNorm(t)
	defer d.Close()
	cases := []struct {
		name string
		fn   func([]float64) ([]float64, error)
		fnN  func(Array) (Array, error)
		at   []float64
		want []float64
	}{
		{"pdf", d.Pdf, d.PdfN, distX, []float64{0.09678828980765734, 0.14730805612132933, 0.15957691216057307, 0.09678828980765734, 0, 0, nan}},
		{"logpdf", d.Logpdf, d.LogpdfN, distX, []float64{-2.3352292650788278, -1.9152292650788278, -1.8352292650788278, -2.3352292650788278, -inf, -inf, nan}},
		{"cdf", d.Cdf, d.CdfN, distX, []float64{0.15865525393145707, 0.3445782583896758, 0.5, 0.8413447460685429, 0, 1, nan}},
		{"logcdf", d.Logcdf, d.LogcdfN, distX, []float64{-1.8410216450092634, -1.0654340491895766, -0.6931471805599453, -0.1727537790234499, -inf, 0, nan}},
		{"sf", d.Sf, d.SfN, distX, []float64{0.8413447460685429, 0.6554217416103242, 0.5, 0.15865525393145707, 1, 0, nan}},
		{"logsf", d.Logsf, d.LogsfN, distX, []float64{-0.1727537790234499, -0.42247637022777607, -0.6931471805599453, -1.8410216450092634, 0, -inf, nan}},
		{"ppf", d.Ppf, d.PpfN, distQ, []float64{-3.3999099613501365, 1.5, 4.703878913861501, -inf, inf, nan}},
		{"isf", d.Isf, d.IsfN, distQ, []float64{6.3999099613501365, 1.5, -1.7038789138615007, inf, -inf, nan}},
	}
	for _, c := range cases {
		got, err := c.fn(c.at)
		checkDist(t, "norm."+c.name, got, err, c.want)
		// the first four points as a 2 x 2 row-major Array
		a, err := c.fnN(Array{Data: c.at[:4], Shape: []int{2, 2}})
		checkDist(t, "norm."+c.name+"N", a.Data, err, c.want[:4])
		if err == nil && !slices.Equal(a.Shape, []int{2, 2}) {
			t.Errorf("%sN: shape %v, want [2 2]", c.name, a.Shape)
		}
		if got, err := c.fn(nil); err != nil || len(got) != 0 {
			t.Errorf("%s(nil) = %v, %v; want an empty slice", c.name, got, err)
		}
	}
}

func TestDistScalarsMatchSciPy(t *testing.T) {
	d := newNorm(t)
	defer d.Close()
	scalars := []struct {
		name string
		fn   func() (float64, error)
		want float64
	}{
		{"mean", d.Mean, 1.5}, {"var", d.Var, 6.25}, {"std", d.Std, 2.5}, {"median", d.Median, 1.5},
		{"entropy", d.Entropy, 2.3352292650788278},
	}
	for _, c := range scalars {
		if got, err := c.fn(); err != nil || !sameDist(got, c.want) {
			t.Errorf("norm.%s() = %.17g, %v; SciPy 1.17.1 gives %.17g", c.name, got, err, c.want)
		}
	}
	for n, want := range []float64{1, 1.5, 8.5, 31.500000000000004, 206.62500000000006} {
		if got, err := d.Moment(n); err != nil || !sameDist(got, want) {
			t.Errorf("norm.moment(%d) = %.17g, %v; SciPy 1.17.1 gives %.17g", n, got, err, want)
		}
	}
	if s, err := d.Stats(); err != nil || s != (Stats{Mean: 1.5, Var: 6.25, Skew: 0, Kurtosis: 0}) {
		t.Errorf("norm.stats() = %+v, %v", s, err)
	}
	if lo, hi, err := d.Interval(0.95); err != nil || !sameDist(lo, -3.3999099613501347) || !sameDist(hi, 6.399909961350135) {
		t.Errorf("norm.interval(0.95) = %.17g, %.17g, %v", lo, hi, err)
	}
	if lo, hi, err := d.Interval(1); err != nil || lo != -inf || hi != inf {
		t.Errorf("norm.interval(1) = %g, %g, %v", lo, hi, err)
	}
	if lo, hi, err := d.Support(); err != nil || lo != -inf || hi != inf {
		t.Errorf("norm.support() = %g, %g, %v", lo, hi, err)
	}
	// scale -1: SciPy gives NaN everywhere (norm.json's invalid case)
	bad, err := NewDist("norm", []float64{}, 0, -1)
	if err != nil {
		t.Fatal(err)
	}
	defer bad.Close()
	p, err := bad.Pdf([]float64{0})
	m, _ := bad.Mean()
	if err != nil || !math.IsNaN(p[0]) || !math.IsNaN(m) {
		t.Errorf("norm(scale=-1): pdf %v, mean %g, %v; want NaN", p, m, err)
	}
}

func TestDistNamesAndFamily(t *testing.T) {
	names := DistNames()
	if !slices.Contains(names, "norm") {
		t.Errorf("DistNames() = %v, want it to contain norm", names)
	}
	for _, n := range names {
		if n == "" || strings.ContainsAny(n, ", ") {
			t.Errorf("DistNames(): bad entry %q", n)
		}
	}
	shapes, discrete, err := DistFamily("norm")
	if err != nil || len(shapes) != 0 || discrete {
		t.Errorf("DistFamily(norm) = %v, %v, %v", shapes, discrete, err)
	}
	if got := splitNames("a, b"); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("splitNames(\"a, b\") = %q", got)
	}
	d := newNorm(t)
	if d.Name() != "norm" {
		t.Errorf("Name() = %q", d.Name())
	}
}

func TestDistErrors(t *testing.T) {
	_, err := NewDist("no_such_family", nil, 0, 1)
	var e *Error
	if !errors.Is(err, StatusUnknownName) || !errors.As(err, &e) || !strings.Contains(e.Message, "norm") {
		t.Errorf("NewDist(no_such_family): %v, want StatusUnknownName listing norm", err)
	}
	if _, _, err := DistFamily("no_such_family"); !errors.Is(err, StatusUnknownName) {
		t.Errorf("DistFamily(no_such_family): %v", err)
	}
	if _, err := NewDist("norm", []float64{1}, 0, 1); !errors.Is(err, StatusInvalidArgument) {
		t.Errorf("NewDist(norm, [1]): %v, want StatusInvalidArgument", err)
	}
	d := newNorm(t)
	if _, err := d.Pmf([]float64{1}); !errors.Is(err, StatusInvalidArgument) {
		t.Errorf("norm.Pmf: %v, want StatusInvalidArgument", err)
	}
	if _, err := d.LogpmfN(Array{Data: []float64{1}, Shape: []int{1}}); !errors.Is(err, StatusInvalidArgument) {
		t.Errorf("norm.LogpmfN: %v, want StatusInvalidArgument", err)
	}
	if _, err := d.Moment(-1); !errors.Is(err, StatusInvalidArgument) {
		t.Errorf("norm.Moment(-1): %v", err)
	}
	if _, _, err := d.Interval(1.5); !errors.Is(err, StatusInvalidArgument) {
		t.Errorf("norm.Interval(1.5): %v", err)
	}
	if _, err := d.CdfN(Array{Data: []float64{1, 2, 3}, Shape: []int{2, 2}}); !errors.Is(err, StatusDimensionMismatch) {
		t.Errorf("CdfN with a bad shape: %v", err)
	}
	d.Close()
	d.Close() // idempotent
	if _, err := d.Cdf([]float64{0}); !errors.Is(err, StatusNullPointer) {
		t.Errorf("Cdf after Close: %v, want StatusNullPointer", err)
	}
	if _, err := d.Mean(); !errors.Is(err, StatusNullPointer) {
		t.Errorf("Mean after Close: %v, want StatusNullPointer", err)
	}
	if _, err := d.Stats(); !errors.Is(err, StatusNullPointer) {
		t.Errorf("Stats after Close: %v, want StatusNullPointer", err)
	}
	if _, _, err := d.Support(); !errors.Is(err, StatusNullPointer) {
		t.Errorf("Support after Close: %v, want StatusNullPointer", err)
	}
}

// Shaped and discrete families: beta(2, 3).cdf(0.5) = I_0.5(2, 3) = 11/16,
// pdf(0.5) = 12 * 0.5 * 0.25 = 1.5; poisson(2).pmf(0) = exp(-2), cdf(1) =
// 3 exp(-2), ppf(0.5) = 2 (exact values).
func TestDistShapedAndDiscrete(t *testing.T) {
	b, err := NewDist("beta", []float64{2, 3}, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	c, err := b.Cdf([]float64{0.5})
	if err != nil || math.Abs(c[0]-11.0/16) > 1e-15 {
		t.Errorf("beta cdf(0.5) = %v, %v", c, err)
	}
	d, err := b.Pdf([]float64{0.5})
	if err != nil || math.Abs(d[0]-1.5) > 1e-15 {
		t.Errorf("beta pdf(0.5) = %v, %v", d, err)
	}
	p, err := NewDist("poisson", []float64{2}, 0, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	m, err := p.Pmf([]float64{0, 1.5})
	if err != nil || math.Abs(m[0]-math.Exp(-2)) > 1e-15*math.Exp(-2) || m[1] != 0 {
		t.Errorf("poisson pmf = %v, %v", m, err)
	}
	q, err := p.Ppf([]float64{0.5})
	if err != nil || q[0] != 2 {
		t.Errorf("poisson ppf(0.5) = %v, %v", q, err)
	}
	if _, err := p.Pdf([]float64{1}); err == nil || !strings.Contains(err.Error(), "pmf") {
		t.Errorf("poisson pdf: %v", err)
	}
	if _, err := NewDist("poisson", []float64{2}, 0, 2); err == nil {
		t.Error("poisson with scale 2 accepted")
	}
}
