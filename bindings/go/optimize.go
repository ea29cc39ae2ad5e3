package sciport

// #include <stdint.h>
// #include "sciport.h"
// sciport_status sciport_go_root_scalar(int has_f, uintptr_t handle,
//     sciport_root_scalar_options *options, int has_fprime, int has_fprime2,
//     sciport_root_results *out, sciport_error **err);
// sciport_status sciport_go_minimize_scalar(int has_f, uintptr_t handle,
//     const sciport_minimize_scalar_options *options,
//     sciport_minimize_scalar_result *out, sciport_error **err);
import "C"

import (
	"runtime/cgo"
)

// Float64 returns a pointer to v, for the optional fields of the options.
func Float64(v float64) *float64 { return &v }

// RootScalarOptions are root_scalar's keywords. The zero value (or nil) is
// SciPy's defaults.
type RootScalarOptions struct {
	// Method is "brentq", "brenth", "bisect", "ridder", "toms748", "newton",
	// "secant" or "halley"; "" picks as SciPy does (brentq with a bracket, else
	// newton/halley/secant from the derivatives and X1 given).
	Method string
	// Bracket is [a, b] with f(a) and f(b) of opposite signs; nil = not given.
	Bracket []float64
	// X0 and X1 are the initial guesses; nil = not given.
	X0, X1 *float64
	// Fprime and Fprime2 are the first and second derivatives of f (newton,
	// halley); nil = not given. A panic inside them propagates like one in f.
	Fprime, Fprime2 func(float64) float64
	// Xtol and Rtol are the absolute and relative tolerances; 0 = the method's
	// default.
	Xtol, Rtol float64
	// Maxiter is the iteration limit; 0 = the method's default.
	Maxiter int
}

// RootResults is SciPy's RootResults.
type RootResults struct {
	// Root is the estimated root.
	Root float64
	// Iterations is the number of iterations.
	Iterations int
	// FunctionCalls counts the function calls as SciPy does (for newton and
	// halley including the derivative calls).
	FunctionCalls int
	// Converged tells whether the method converged (non-convergence is not
	// an error, as in SciPy).
	Converged bool
	// Flag is SciPy's flag, e.g. "converged" or "convergence error".
	Flag string
}

// MinimizeScalarOptions are minimize_scalar's keywords and method options.
// The zero value (or nil) is SciPy's defaults.
type MinimizeScalarOptions struct {
	// Method is "brent", "bounded" or "golden"; "" = "bounded" when Bounds
	// is given, else "brent".
	Method string
	// Bracket is the bracketing interval (2 or 3 points); nil = not given.
	Bracket []float64
	// Bounds is [lo, hi] for "bounded"; nil = not given.
	Bounds []float64
	// Tol is the tolerance; 0 = SciPy's None.
	Tol float64
	// Xatol is the absolute x tolerance of "bounded"; 0 = not given (SciPy
	// then uses Tol when it is set, else 1e-5).
	Xatol float64
	// Maxiter is the iteration limit; 0 = the method's default.
	Maxiter int
}

// MinimizeScalarResult is SciPy's OptimizeResult of minimize_scalar.
type MinimizeScalarResult struct {
	// X is the location of the minimum and Fun the value there.
	X, Fun float64
	// Nit and Nfev count iterations and function evaluations.
	Nit, Nfev int
	// Success tells whether the method reported success (failure to converge
	// is not an error, as in SciPy).
	Success bool
	// Status is SciPy's termination status (0 = success).
	Status int
	// Message is SciPy's termination message.
	Message string
}

// plain adapts a func(float64) float64 (nil stays nil).
func plain(f func(float64) float64) scalarFn {
	if f == nil {
		return nil
	}
	return func(x float64) (float64, error) { return f(x), nil }
}

// RootScalar is scipy.optimize.root_scalar: it finds a root of f. A panic in
// f (or a derivative) aborts the search and is re-raised by RootScalar after
// the library has returned.
func RootScalar(f func(float64) float64, opts *RootScalarOptions) (RootResults, error) {
	return rootScalar(plain(f), opts)
}

// RootScalarE is RootScalar for a function that can fail: the first error f
// returns aborts the search and comes back as a *Error with StatusCallback
// that wraps it (errors.Is / errors.As reach f's error).
func RootScalarE(f func(float64) (float64, error), opts *RootScalarOptions) (RootResults, error) {
	return rootScalar(f, opts)
}

// MinimizeScalar is scipy.optimize.minimize_scalar: it minimises f. A panic
// in f is re-raised after the library has returned.
func MinimizeScalar(f func(float64) float64, opts *MinimizeScalarOptions) (MinimizeScalarResult, error) {
	return minimizeScalar(plain(f), opts)
}

// MinimizeScalarE is MinimizeScalar for a function that can fail (see
// RootScalarE).
func MinimizeScalarE(f func(float64) (float64, error), opts *MinimizeScalarOptions) (MinimizeScalarResult, error) {
	return minimizeScalar(f, opts)
}

// cbool converts a Go bool for the C shims.
func cbool(b bool) C.int {
	if b {
		return 1
	}
	return 0
}

// rootOptions converts the options; f collects the C strings to free.
func rootOptions(f *callFrame, o *RootScalarOptions) C.sciport_root_scalar_options {
	c := C.sciport_optimize_root_scalar_options_default()
	if o == nil {
		return c
	}
	c.method = f.cstring(o.Method)
	if o.Bracket != nil {
		if len(o.Bracket) != 2 {
			f.fail(newError(StatusInvalidArgument, "bracket must have 2 entries; got %d", len(o.Bracket)))
		} else {
			c.bracket = [2]C.double{C.double(o.Bracket[0]), C.double(o.Bracket[1])}
		}
	}
	if o.X0 != nil {
		c.x0 = C.double(*o.X0)
	}
	if o.X1 != nil {
		c.x1 = C.double(*o.X1)
	}
	c.xtol = optionalFloat(o.Xtol, c.xtol)
	c.rtol = optionalFloat(o.Rtol, c.rtol)
	c.maxiter = optionalIter(o.Maxiter, c.maxiter)
	return c
}

// optionalFloat maps the zero value to the library's default.
func optionalFloat(v float64, def C.double) C.double {
	if v == 0 {
		return def
	}
	return C.double(v)
}

// optionalIter maps the zero value to the library's default.
func optionalIter(v int, def C.int64_t) C.int64_t {
	if v == 0 {
		return def
	}
	return C.int64_t(v)
}

func rootScalar(fn scalarFn, opts *RootScalarOptions) (RootResults, error) {
	var f callFrame
	defer f.release()
	copts := rootOptions(&f, opts)
	if f.failure != nil {
		return RootResults{}, f.failure
	}
	state := &callbackState{funcs: [3]scalarFn{fn, nil, nil}}
	if opts != nil {
		state.funcs[1], state.funcs[2] = plain(opts.Fprime), plain(opts.Fprime2)
	}
	handle := cgo.NewHandle(state)
	defer handle.Delete()
	var out C.sciport_root_results
	var cerr *C.sciport_error
	status := C.sciport_go_root_scalar(cbool(fn != nil), C.uintptr_t(handle), &copts,
		cbool(state.funcs[1] != nil), cbool(state.funcs[2] != nil), &out, &cerr)
	if err := state.finish(takeError(status, cerr)); err != nil {
		return RootResults{}, err
	}
	return RootResults{
		Root:          float64(out.root),
		Iterations:    int(out.iterations),
		FunctionCalls: int(out.function_calls),
		Converged:     bool(out.converged),
		Flag:          C.GoString(out.flag),
	}, nil
}

// minimizeOptions converts the options; f collects the C strings to free.
func minimizeOptions(f *callFrame, o *MinimizeScalarOptions) C.sciport_minimize_scalar_options {
	c := C.sciport_optimize_minimize_scalar_options_default()
	if o == nil {
		return c
	}
	c.method = f.cstring(o.Method)
	if len(o.Bracket) > 3 {
		f.fail(newError(StatusInvalidArgument, "bracket must have 2 or 3 entries; got %d", len(o.Bracket)))
	} else {
		for i, v := range o.Bracket {
			c.bracket[i] = C.double(v)
		}
		c.bracket_len = C.size_t(len(o.Bracket))
	}
	if o.Bounds != nil {
		if len(o.Bounds) != 2 {
			f.fail(newError(StatusInvalidArgument, "bounds must have 2 entries; got %d", len(o.Bounds)))
		} else {
			c.bounds = [2]C.double{C.double(o.Bounds[0]), C.double(o.Bounds[1])}
		}
	}
	c.tol = optionalFloat(o.Tol, c.tol)
	c.xatol = optionalFloat(o.Xatol, c.xatol)
	c.maxiter = optionalIter(o.Maxiter, c.maxiter)
	return c
}

func minimizeScalar(fn scalarFn, opts *MinimizeScalarOptions) (MinimizeScalarResult, error) {
	var f callFrame
	defer f.release()
	copts := minimizeOptions(&f, opts)
	if f.failure != nil {
		return MinimizeScalarResult{}, f.failure
	}
	state := &callbackState{funcs: [3]scalarFn{fn, nil, nil}}
	handle := cgo.NewHandle(state)
	defer handle.Delete()
	var out C.sciport_minimize_scalar_result
	var cerr *C.sciport_error
	status := C.sciport_go_minimize_scalar(cbool(fn != nil), C.uintptr_t(handle), &copts, &out, &cerr)
	if err := state.finish(takeError(status, cerr)); err != nil {
		return MinimizeScalarResult{}, err
	}
	return MinimizeScalarResult{
		X:       float64(out.x),
		Fun:     float64(out.fun),
		Nit:     int(out.nit),
		Nfev:    int(out.nfev),
		Success: bool(out.success),
		Status:  int(out.status),
		Message: C.GoString(out.message),
	}, nil
}
