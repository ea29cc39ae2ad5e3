package sciport

import (
	"errors"
	"math"
	"strings"
	"testing"
)

// FitDist and Dist.Expect against SciPy 1.17.1: every expected value was
// printed by /work/venv/bin/python; the call is beside each value, with
// data = np.array([2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5]) and
// d = stats.norm(loc=1.5, scale=2.5).

var fitData = []float64{2.1, -0.4, 3.3, 1.7, 0.9, 2.8, -1.2, 1.5}

func relClose(got, want, tol float64) bool { return math.Abs(got-want) <= tol*math.Abs(want) }

func TestFitDistNorm(t *testing.T) {
	cases := []struct {
		label      string
		opts       *FitOptions
		loc, scale float64
		tol        float64
	}{
		// stats.norm.fit(data) -> (1.3375, 1.4308542029151676): mean, RMS deviation
		{"MLE", nil, 1.3375, 1.4308542029151676, 1e-12},
		{"MLE (zero options)", &FitOptions{}, 1.3375, 1.4308542029151676, 1e-12},
		{"MLE (explicit, lower case)", &FitOptions{Method: "mle"}, 1.3375, 1.4308542029151676, 1e-12},
		// stats.norm.fit(data, floc=0.5) -> (0.5, 1.6579354631589254)
		{"floc", &FitOptions{Floc: Float64(0.5)}, 0.5, 1.6579354631589254, 1e-12},
		// stats.norm.fit(data, fscale=2.0) -> (1.3375, 2.0)
		{"fscale", &FitOptions{Fscale: Float64(2)}, 1.3375, 2.0, 1e-12},
		// stats.norm.fit(data, method="MM") -> (1.3375, 1.4308542029151676)
		{"MM", &FitOptions{Method: "MM"}, 1.3375, 1.4308542029151676, 1e-3},
		// starting values do not move norm's closed form
		{"start", &FitOptions{Loc: Float64(10), Scale: Float64(3)}, 1.3375, 1.4308542029151676, 1e-12},
		// no shapes: an empty FixedShapes / GuessShapes is accepted
		{"empty shapes", &FitOptions{FixedShapes: []float64{}, GuessShapes: []float64{}}, 1.3375,
			1.4308542029151676, 1e-12},
	}
	for _, c := range cases {
		r, err := FitDist("norm", fitData, c.opts)
		if err != nil {
			t.Fatalf("%s: %v", c.label, err)
		}
		if r.Name != "norm" || len(r.Shapes) != 0 || !relClose(r.Loc, c.loc, c.tol) ||
			!relClose(r.Scale, c.scale, c.tol) {
			t.Errorf("%s: %+v; want loc %v scale %v", c.label, r, c.loc, c.scale)
		}
	}
	// stats.norm.fit(data[:4]) -> (1.675, 1.3348689074212494)
	r, err := FitDist("norm", fitData[:4], nil)
	if err != nil || !relClose(r.Loc, 1.675, 1e-12) || !relClose(r.Scale, 1.3348689074212494, 1e-12) {
		t.Errorf("fit of data[:4]: %+v, %v", r, err)
	}
	// the estimates freeze into a Dist
	r, _ = FitDist("norm", fitData, nil)
	d, err := r.Dist()
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if s, _ := d.Std(); !relClose(s, 1.4308542029151676, 1e-12) {
		t.Errorf("fitted Dist std %v", s)
	}
}

func TestFitDistErrors(t *testing.T) {
	cases := []struct {
		label  string
		name   string
		data   []float64
		opts   *FitOptions
		status Status
		needle string
	}{
		// stats.norm.fit([1, nan, 2]): ValueError
		{"NaN data", "norm", []float64{1, nan, 2}, nil, StatusInvalidArgument,
			"The data contains non-finite values."},
		{"inf data", "norm", []float64{1, inf}, nil, StatusInvalidArgument, "non-finite"},
		// stats.norm.fit(data, floc=0.5, fscale=2.0): ValueError
		{"all fixed", "norm", fitData, &FitOptions{Floc: Float64(0.5), Fscale: Float64(2)},
			StatusInvalidArgument, "All parameters fixed. There is nothing to optimize."},
		{"unknown family", "no_such_family", fitData, nil, StatusUnknownName, "norm"},
		{"unknown method", "norm", fitData, &FitOptions{Method: "XX"}, StatusUnknownName, "MM"},
		{"no data", "norm", nil, nil, StatusInvalidArgument, ""},
		{"fixed shape for norm", "norm", fitData, &FitOptions{FixedShapes: []float64{1}},
			StatusInvalidArgument, "FixedShapes"},
		{"guess shape for norm", "norm", fitData, &FitOptions{GuessShapes: []float64{1}},
			StatusInvalidArgument, "GuessShapes"},
	}
	for _, c := range cases {
		r, err := FitDist(c.name, c.data, c.opts)
		var e *Error
		if !errors.As(err, &e) || e.Status != c.status || !errors.Is(err, c.status) ||
			!strings.Contains(e.Message, c.needle) {
			t.Errorf("%s: got %+v, %v; want status %v with %q", c.label, r, err, c.status, c.needle)
		}
	}
	if StatusFitFailed != 10 || StatusFitFailed.String() == Status(99).String() {
		t.Errorf("StatusFitFailed = %d (%q)", StatusFitFailed, StatusFitFailed.String())
	}
}

func TestDistExpect(t *testing.T) {
	d, err := NewDist("norm", nil, 1.5, 2.5)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	sq := func(x float64) float64 { return x * x }
	cases := []struct {
		label string
		f     func(float64) float64
		opts  *ExpectOptions
		want  float64
	}{
		// d.expect() -> 1.5
		{"identity", nil, nil, 1.5},
		{"identity (zero options)", nil, &ExpectOptions{}, 1.5},
		{"explicit identity", func(x float64) float64 { return x }, nil, 1.5},
		// d.expect(lambda x: x**2) -> 8.500000000000002
		{"x^2", sq, nil, 8.500000000000002},
		// d.expect(lambda x: x**2, lb=0.0, ub=3.0) -> 1.3385124765602519
		{"x^2 on [0, 3]", sq, &ExpectOptions{Lb: Float64(0), Ub: Float64(3)}, 1.3385124765602519},
		// d.expect(lambda x: x**2, lb=0.0, ub=3.0, conditional=True) -> 2.964631146219713
		{"x^2 on [0, 3] conditional", sq, &ExpectOptions{Lb: Float64(0), Ub: Float64(3), Conditional: true},
			2.964631146219713},
		// d.expect(lb=2.0) -> 1.6087171707799415
		{"lb", nil, &ExpectOptions{Lb: Float64(2)}, 1.6087171707799415},
		// d.expect(lb=2.0, conditional=True) -> 3.823539620214003
		{"lb conditional", nil, &ExpectOptions{Lb: Float64(2), Conditional: true}, 3.823539620214003},
		// d.expect(ub=1.0) -> -0.3464962990972496
		{"ub", nil, &ExpectOptions{Ub: Float64(1)}, -0.3464962990972496},
		// the quad knobs at SciPy's defaults change nothing
		{"explicit quad options", sq, &ExpectOptions{Epsabs: Float64(1.49e-8), Epsrel: Float64(1.49e-8),
			Limit: 50}, 8.500000000000002},
	}
	for _, c := range cases {
		got, err := d.Expect(c.f, c.opts)
		if err != nil || !relClose(got, c.want, 1e-10) {
			t.Errorf("%s: %v, %v; want %v", c.label, got, err, c.want)
		}
	}
	got, err := d.ExpectE(func(x float64) (float64, error) { return x * x, nil }, nil)
	if err != nil || !relClose(got, 8.500000000000002, 1e-10) {
		t.Errorf("ExpectE x^2: %v, %v", got, err)
	}
}

func TestDistExpectErrors(t *testing.T) {
	d, err := NewDist("norm", nil, 1.5, 2.5)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	// an error returned by f comes back wrapped in StatusCallback
	calls := 0
	_, err = d.ExpectE(func(x float64) (float64, error) {
		calls++
		if calls == 3 {
			return 0, errUserCallback
		}
		return x, nil
	}, nil)
	var e *Error
	if !errors.Is(err, errUserCallback) || !errors.Is(err, StatusCallback) || !errors.As(err, &e) ||
		e.CallbackCode != callbackReturnedError || calls != 3 {
		t.Errorf("ExpectE failing: %v (calls %d)", err, calls)
	}
	// a panic in f is re-raised after the C call returned
	v := recovered(func() {
		_, _ = d.Expect(func(x float64) float64 {
			if x > 3 {
				panic(panicValue{x})
			}
			return x
		}, nil)
	})
	if p, ok := v.(panicValue); !ok || !(p.at > 3) {
		t.Errorf("recovered %#v; want a panicValue", v)
	}
	if m, err := d.Expect(nil, nil); err != nil || !relClose(m, 1.5, 1e-10) {
		t.Errorf("after a panic: %v, %v", m, err)
	}
	// bad quad options
	for _, o := range []*ExpectOptions{
		{Epsabs: Float64(0), Epsrel: Float64(0)},
		{Limit: -1},
	} {
		if _, err := d.Expect(nil, o); !errors.Is(err, StatusInvalidArgument) {
			t.Errorf("options %+v: %v", o, err)
		}
	}
	// a closed Dist
	c, _ := NewDist("norm", nil, 0, 1)
	c.Close()
	if _, err := c.Expect(nil, nil); !errors.Is(err, StatusNullPointer) {
		t.Errorf("Expect of a closed Dist: %v", err)
	}
}
