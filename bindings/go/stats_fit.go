package sciport

// #include <stdint.h>
// #include <stdlib.h>
// #include "sciport.h"
// sciport_status sciport_go_dist_expect(int has_f, uintptr_t handle,
//     const sciport_dist *dist, const sciport_dist_expect_options *options,
//     double *out, sciport_error **err);
import "C"

import (
	"math"
	"runtime"
	"runtime/cgo"
	"unsafe"
)

// FitOptions are the keywords of scipy.stats.<name>.fit. The zero value (or
// nil) is SciPy's defaults: maximum likelihood, nothing fixed, SciPy's
// starting values.
type FitOptions struct {
	// Method is "MLE" (maximum likelihood; "" means this) or "MM" (method of
	// moments), case-insensitive.
	Method string
	// FixedShapes is nil, or one value per shape parameter (SciPy's order):
	// the value to hold that shape at (f0, fa, ...), NaN to estimate it.
	FixedShapes []float64
	// Floc and Fscale hold the location and the scale fixed; nil = estimate.
	Floc, Fscale *float64
	// GuessShapes is nil, or one starting value per shape parameter, NaN =
	// SciPy's own.
	GuessShapes []float64
	// Loc and Scale are the starting location and scale; nil = SciPy's.
	Loc, Scale *float64
}

// FitResult holds the estimates of FitDist: SciPy's (*shapes, loc, scale)
// tuple, and the family name.
type FitResult struct {
	// Name is the family fitted.
	Name string
	// Shapes are the shape estimates, SciPy's order (empty for norm).
	Shapes []float64
	// Loc and Scale are the location and scale estimates.
	Loc, Scale float64
}

// Dist freezes the fitted distribution (NewDist at the estimates).
func (r FitResult) Dist() (*Dist, error) { return NewDist(r.Name, r.Shapes, r.Loc, r.Scale) }

// FitDist is scipy.stats.<name>.fit(data, ...): it estimates the shapes, loc
// and scale of continuous family name from data, by maximum likelihood or by
// the method of moments, some parameters possibly held fixed. Errors (a
// *Error): StatusUnknownName (family or method), StatusInvalidArgument (no
// data, non-finite data: "The data contains non-finite values.", every
// parameter fixed: "All parameters fixed. There is nothing to optimize.", a
// discrete family, FixedShapes or GuessShapes not one per shape),
// StatusFitFailed (SciPy's FitError).
func FitDist(name string, data []float64, opts *FitOptions) (FitResult, error) {
	shapeNames, _, err := DistFamily(name)
	if err != nil {
		return FitResult{}, err
	}
	nShapes := len(shapeNames)
	var f callFrame
	defer f.release()
	c := C.sciport_stats_dist_fit_options_default()
	if opts != nil {
		c.method = f.cstring(opts.Method)
		c.fixed_shapes = f.shapeValues("FixedShapes", opts.FixedShapes, nShapes)
		c.guess_shapes = f.shapeValues("GuessShapes", opts.GuessShapes, nShapes)
		c.floc = optionalNaN(opts.Floc)
		c.fscale = optionalNaN(opts.Fscale)
		c.loc = optionalNaN(opts.Loc)
		c.scale = optionalNaN(opts.Scale)
	}
	if f.failure != nil {
		return FitResult{}, f.failure
	}
	cname := f.cstring(name)
	var dp *C.double
	if len(data) > 0 {
		dp = (*C.double)(unsafe.Pointer(&data[0])) // read during the call only
	}
	shapes := make([]float64, nShapes)
	var sp *C.double
	if nShapes > 0 {
		sp = (*C.double)(unsafe.Pointer(&shapes[0]))
	}
	var loc, scale C.double
	var cerr *C.sciport_error
	status := C.sciport_stats_dist_fit(cname, dp, C.size_t(len(data)), &c, sp, C.size_t(nShapes),
		&loc, &scale, &cerr)
	if err := takeError(status, cerr); err != nil {
		return FitResult{}, err
	}
	return FitResult{Name: name, Shapes: shapes, Loc: float64(loc), Scale: float64(scale)}, nil
}

// shapeValues pins v (one value per shape) for the C options; nil stays NULL.
func (f *callFrame) shapeValues(what string, v []float64, nShapes int) *C.double {
	if v == nil {
		return nil
	}
	if len(v) != nShapes {
		f.fail(newError(StatusInvalidArgument, "%s: %d values given; the family has %d shape parameters",
			what, len(v), nShapes))
		return nil
	}
	if nShapes == 0 {
		return nil
	}
	f.pinner.Pin(&v[0])
	return (*C.double)(unsafe.Pointer(&v[0]))
}

// optionalNaN maps nil to NaN (SciPy's None).
func optionalNaN(v *float64) C.double {
	if v == nil {
		return C.double(math.NaN())
	}
	return C.double(*v)
}

// ExpectOptions are the keywords of expect. The zero value (or nil) is
// SciPy's defaults.
type ExpectOptions struct {
	// Lb and Ub bound the range; nil = the support's end.
	Lb, Ub *float64
	// Conditional divides by the probability of [Lb, Ub].
	Conditional bool
	// Epsabs and Epsrel are quad's tolerances (continuous families); nil =
	// 1.49e-8.
	Epsabs, Epsrel *float64
	// Limit is quad's subinterval limit (continuous families); 0 = 50.
	Limit int
	// Maxcount is the number of terms summed before giving up (discrete
	// families); 0 = 1000.
	Maxcount int
	// Tolerance stops the summation (discrete families); nil = 1e-10.
	Tolerance *float64
}

func expectOptions(o *ExpectOptions) C.sciport_dist_expect_options {
	c := C.sciport_stats_dist_expect_options_default()
	if o == nil {
		return c
	}
	c.lb = optionalNaN(o.Lb)
	c.ub = optionalNaN(o.Ub)
	c.conditional = C.bool(o.Conditional)
	if o.Epsabs != nil {
		c.epsabs = C.double(*o.Epsabs)
	}
	if o.Epsrel != nil {
		c.epsrel = C.double(*o.Epsrel)
	}
	if o.Limit != 0 {
		c.limit = C.size_t(o.Limit)
	}
	if o.Maxcount != 0 {
		c.maxcount = C.size_t(o.Maxcount)
	}
	if o.Tolerance != nil {
		c.tolerance = C.double(*o.Tolerance)
	}
	return c
}

// Expect is SciPy's expect(func, lb=, ub=, conditional=): E[f(X)] over
// [Lb, Ub] (default the support). f nil is the identity (the mean). A panic
// in f aborts the integration and is re-raised by Expect after the library
// has returned, as in RootScalar. Bad quad options (Limit < 0, Epsabs <= 0
// with a tiny Epsrel) are StatusInvalidArgument errors.
func (d *Dist) Expect(f func(float64) float64, opts *ExpectOptions) (float64, error) {
	return d.expect(plain(f), opts)
}

// ExpectE is Expect for a function that can fail: the first error f returns
// aborts the integration and comes back as a *Error with StatusCallback that
// wraps it (errors.Is / errors.As reach f's error).
func (d *Dist) ExpectE(f func(float64) (float64, error), opts *ExpectOptions) (float64, error) {
	return d.expect(f, opts)
}

func (d *Dist) expect(fn scalarFn, opts *ExpectOptions) (float64, error) {
	if opts != nil && (opts.Limit < 0 || opts.Maxcount < 0) {
		return 0, newError(StatusInvalidArgument, "Limit and Maxcount must not be negative")
	}
	c := expectOptions(opts)
	state := &callbackState{funcs: [3]scalarFn{fn, nil, nil}}
	handle := cgo.NewHandle(state)
	defer handle.Delete()
	var out C.double
	var cerr *C.sciport_error
	status := C.sciport_go_dist_expect(cbool(fn != nil), C.uintptr_t(handle), d.ptr, &c, &out, &cerr)
	runtime.KeepAlive(d)
	if err := state.finish(takeError(status, cerr)); err != nil {
		return 0, err
	}
	return float64(out), nil
}
