package sciport

import (
	"errors"
	"math"
	"testing"
)

// specialReference is testdata/special.json (bindings/special_reference.py).
type specialReference struct {
	ScipyVersion string `json:"scipy_version"`
	Functions    []struct {
		Name     string      `json:"name"`
		Go       string      `json:"go"`
		Args     [][]float64 `json:"args"`
		Expected []float64   `json:"expected"`
	} `json:"functions"`
}

var specialRef referenceFile[specialReference]

// Every special function gives SciPy's values (relative 1e-13).
func TestSpecialMatchesSciPy(t *testing.T) {
	ref := specialRef.load(t, "testdata/special.json")
	if len(ref.Functions) != len(specialFuncs) {
		t.Fatalf("reference has %d functions, the binding %d", len(ref.Functions), len(specialFuncs))
	}
	for _, c := range ref.Functions {
		f, ok := specialFuncs[c.Name]
		if !ok {
			t.Fatalf("%s (%s) missing from the binding", c.Name, c.Go)
		}
		got, err := f(c.Args...)
		if err != nil {
			t.Fatalf("%s: %v", c.Go, err)
		}
		for i, want := range c.Expected {
			if math.Abs(got[i]-want) > 1e-13*math.Abs(want) {
				t.Errorf("%s%v[%d] = %.17g, SciPy %s gives %.17g", c.Go, c.Args, i, got[i], ref.ScipyVersion, want)
			}
		}
	}
}

// A length-1 parameter broadcasts against the other input, as in NumPy.
func TestSpecialBroadcastsAScalarParameter(t *testing.T) {
	x := []float64{0.5, 1, 4}
	p, err := Gammainc([]float64{1}, x)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range x {
		if want := -math.Expm1(-v); math.Abs(p[i]-want) > 1e-15 {
			t.Errorf("Gammainc(1, %g) = %.17g, want 1 - exp(-x) = %.17g", v, p[i], want)
		}
	}
}

// Out-of-domain elements are NaN, not errors; mismatched lengths are errors.
func TestSpecialDomainAndShapeErrors(t *testing.T) {
	v, err := Erfinv([]float64{2, -1})
	if err != nil || !math.IsNaN(v[0]) || !math.IsInf(v[1], -1) {
		t.Errorf("Erfinv(2, -1) = %v, %v; want NaN, -Inf and no error", v, err)
	}
	empty, err := Gamma(nil)
	if err != nil || len(empty) != 0 {
		t.Errorf("Gamma(nil) = %v, %v", empty, err)
	}
	_, err = Xlogy([]float64{1, 2, 3}, []float64{1, 2})
	var e *Error
	if !errors.As(err, &e) || e.Status != StatusDimensionMismatch {
		t.Fatalf("Xlogy with lengths 3 and 2: %v, want a StatusDimensionMismatch error", err)
	}
}
