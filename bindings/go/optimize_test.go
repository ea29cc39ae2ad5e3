package sciport

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// The functions of testdata/gen_optimize.py, under the same names.
var rootFuncs = map[string][3]func(float64) float64{
	"cubic": {
		func(x float64) float64 { return x*x*x - 2*x - 5 },
		func(x float64) float64 { return 3*x*x - 2 },
		func(x float64) float64 { return 6 * x },
	},
	"cos_minus_x": {
		func(x float64) float64 { return math.Cos(x) - x },
		func(x float64) float64 { return -math.Sin(x) - 1 },
		func(x float64) float64 { return -math.Cos(x) },
	},
	"exp_minus_2": {
		func(x float64) float64 { return math.Exp(x) - 2 },
		math.Exp,
		math.Exp,
	},
}

var minFuncs = map[string]func(float64) float64{
	"shifted_square": func(x float64) float64 { return (x-2)*(x-2) + 1 },
	"quartic":        func(x float64) float64 { return x*x*x*x - 3*x*x*x + 2 },
	"cosine":         math.Cos,
}

type optimizeReference struct {
	Scipy      string `json:"scipy"`
	RootScalar []struct {
		Func string `json:"func"`
		Kw   struct {
			Method  string    `json:"method"`
			Bracket []float64 `json:"bracket"`
			X0      *float64  `json:"x0"`
			X1      *float64  `json:"x1"`
			Fprime  bool      `json:"fprime"`
			Fprime2 bool      `json:"fprime2"`
			Xtol    float64   `json:"xtol"`
			Maxiter int       `json:"maxiter"`
		} `json:"kw"`
		Root          float64 `json:"root"`
		Iterations    int     `json:"iterations"`
		FunctionCalls int     `json:"function_calls"`
		Converged     bool    `json:"converged"`
		Flag          string  `json:"flag"`
	} `json:"root_scalar"`
	MinimizeScalar []struct {
		Func string `json:"func"`
		Kw   struct {
			Method  string    `json:"method"`
			Bracket []float64 `json:"bracket"`
			Bounds  []float64 `json:"bounds"`
			Tol     float64   `json:"tol"`
			Options struct {
				Xatol float64 `json:"xatol"`
			} `json:"options"`
		} `json:"kw"`
		X       float64 `json:"x"`
		Fun     float64 `json:"fun"`
		Nit     int     `json:"nit"`
		Nfev    int     `json:"nfev"`
		Success bool    `json:"success"`
		Status  int     `json:"status"`
		Message string  `json:"message"`
	} `json:"minimize_scalar"`
}

func loadOptimizeReference(t *testing.T) optimizeReference {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "optimize.json"))
	if err != nil {
		t.Fatal(err)
	}
	var ref optimizeReference
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatal(err)
	}
	return ref
}

func TestRootScalarAgainstSciPy(t *testing.T) {
	ref := loadOptimizeReference(t)
	for i, c := range ref.RootScalar {
		name := fmt.Sprintf("%d/%s/%s", i, c.Func, c.Kw.Method)
		t.Run(name, func(t *testing.T) {
			fs := rootFuncs[c.Func]
			o := &RootScalarOptions{Method: c.Kw.Method, Bracket: c.Kw.Bracket, X0: c.Kw.X0,
				X1: c.Kw.X1, Xtol: c.Kw.Xtol, Maxiter: c.Kw.Maxiter}
			if c.Kw.Fprime {
				o.Fprime = fs[1]
			}
			if c.Kw.Fprime2 {
				o.Fprime2 = fs[2]
			}
			r, err := RootScalar(fs[0], o)
			if err != nil {
				t.Fatal(err)
			}
			tol := 4e-12 + 4*math.Abs(c.Root)*2.22e-16
			if c.Kw.Xtol != 0 || !c.Converged {
				tol = math.Max(c.Kw.Xtol, 1e-2)
			}
			if math.Abs(r.Root-c.Root) > tol || r.Converged != c.Converged || r.Flag != c.Flag {
				t.Fatalf("got %+v; SciPy %s root %.17g converged %v flag %q",
					r, ref.Scipy, c.Root, c.Converged, c.Flag)
			}
			if r.Iterations != c.Iterations || r.FunctionCalls != c.FunctionCalls {
				t.Errorf("iterations/calls %d/%d; SciPy %d/%d",
					r.Iterations, r.FunctionCalls, c.Iterations, c.FunctionCalls)
			}
		})
	}
}

func TestMinimizeScalarAgainstSciPy(t *testing.T) {
	ref := loadOptimizeReference(t)
	for i, c := range ref.MinimizeScalar {
		t.Run(fmt.Sprintf("%d/%s/%s", i, c.Func, c.Kw.Method), func(t *testing.T) {
			o := &MinimizeScalarOptions{Method: c.Kw.Method, Bracket: c.Kw.Bracket,
				Bounds: c.Kw.Bounds, Tol: c.Kw.Tol, Xatol: c.Kw.Options.Xatol}
			r, err := MinimizeScalar(minFuncs[c.Func], o)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(r.X-c.X) > 1e-6*math.Max(1, math.Abs(c.X)) ||
				math.Abs(r.Fun-c.Fun) > 1e-10*math.Max(1, math.Abs(c.Fun)) || r.Success != c.Success {
				t.Fatalf("got %+v; SciPy %s x %.17g fun %.17g success %v", r, ref.Scipy, c.X, c.Fun, c.Success)
			}
			if r.Nit != c.Nit || r.Nfev != c.Nfev || r.Status != c.Status {
				t.Errorf("nit/nfev/status %d/%d/%d; SciPy %d/%d/%d",
					r.Nit, r.Nfev, r.Status, c.Nit, c.Nfev, c.Status)
			}
		})
	}
}

func TestRootScalarDefaultsAndClosures(t *testing.T) {
	// A closure capturing state: the solver really calls the Go function.
	calls := 0
	target := 3.0
	f := func(x float64) float64 { calls++; return x*x - target }
	r, err := RootScalar(f, &RootScalarOptions{Bracket: []float64{0, 5}})
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(r.Root-math.Sqrt(3)) > 1e-11 || !r.Converged || r.Flag != "converged" {
		t.Fatalf("got %+v, want sqrt(3)", r)
	}
	if calls != r.FunctionCalls {
		t.Fatalf("f was called %d times; result says %d", calls, r.FunctionCalls)
	}
	// Non-convergence is a result, not an error.
	r, err = RootScalar(f, &RootScalarOptions{Method: "bisect", Bracket: []float64{0, 5}, Maxiter: 3})
	if err != nil || r.Converged {
		t.Fatalf("maxiter=3 bisect: %+v, %v; want converged=false and no error", r, err)
	}
}

var errUserCallback = errors.New("user callback failed on purpose")

func TestCallbackErrorIsReturned(t *testing.T) {
	calls := 0
	f := func(x float64) (float64, error) {
		calls++
		if calls == 3 {
			return 0, errUserCallback
		}
		return x - 1, nil
	}
	_, err := RootScalarE(f, &RootScalarOptions{Bracket: []float64{0, 4}})
	if !errors.Is(err, errUserCallback) || !errors.Is(err, StatusCallback) {
		t.Fatalf("got %v; want the callback's error wrapped with StatusCallback", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.CallbackCode != callbackReturnedError || e.Message == "" {
		t.Fatalf("error %#v lacks the callback code or message", e)
	}
	if calls != 3 {
		t.Fatalf("f was called %d times after failing on call 3", calls)
	}
	_, err = MinimizeScalarE(func(float64) (float64, error) { return 0, errUserCallback }, nil)
	if !errors.Is(err, errUserCallback) || !errors.Is(err, StatusCallback) {
		t.Fatalf("MinimizeScalarE: got %v", err)
	}
}

type panicValue struct{ at float64 }

// recovered runs fn and returns what it panicked with.
func recovered(fn func()) (v any) {
	defer func() { v = recover() }()
	fn()
	return nil
}

func TestCallbackPanicPropagates(t *testing.T) {
	calls := 0
	v := recovered(func() {
		_, _ = RootScalar(func(x float64) float64 {
			calls++
			if calls == 2 {
				panic(panicValue{x})
			}
			return x - 1
		}, &RootScalarOptions{Bracket: []float64{0, 4}})
	})
	p, ok := v.(panicValue)
	if !ok || p.at != 4 {
		t.Fatalf("recovered %#v; want panicValue{4} (the second evaluation is at b = 4)", v)
	}
	// The panic reached the caller only after the C call returned: the
	// library is usable again and nothing is left locked.
	r, err := RootScalar(func(x float64) float64 { return x - 1 }, &RootScalarOptions{Bracket: []float64{0, 4}})
	if err != nil || math.Abs(r.Root-1) > 1e-12 {
		t.Fatalf("after a panic: %+v, %v", r, err)
	}
	// Panics in a derivative and in MinimizeScalar propagate too.
	v = recovered(func() {
		_, _ = RootScalar(func(x float64) float64 { return x*x - 2 }, &RootScalarOptions{
			Method: "newton", X0: Float64(1), Fprime: func(float64) float64 { panic("fprime") }})
	})
	if v != "fprime" {
		t.Fatalf("recovered %#v from a panicking fprime", v)
	}
	v = recovered(func() {
		_, _ = MinimizeScalar(func(float64) float64 { panic("minimize") }, nil)
	})
	if v != "minimize" {
		t.Fatalf("recovered %#v from a panicking MinimizeScalar callback", v)
	}
}

func TestSolversConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 1; g <= 8; g++ {
		wg.Add(1)
		go func(target float64) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				r, err := RootScalar(func(x float64) float64 { return x*x - target },
					&RootScalarOptions{Bracket: []float64{0, 10}})
				if err != nil || math.Abs(r.Root-math.Sqrt(target)) > 1e-10 {
					errs <- fmt.Errorf("sqrt(%v): %+v, %v", target, r, err)
					return
				}
			}
		}(float64(g))
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
}
