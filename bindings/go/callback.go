package sciport

// #include <stdint.h>
import "C"

import "runtime/cgo"

// scalarFn is a scalar callback in its error-returning form.
type scalarFn func(float64) (float64, error)

// Codes the trampoline returns to abort a solver (SCIPORT_ERR_CALLBACK then
// carries them as the error's CallbackCode).
const (
	callbackReturnedError = 1
	callbackPanicked      = 2
)

// callbackState is what one solver call shares with its callbacks through a
// cgo.Handle: the functions (f, fprime, fprime2) and how the first failing
// callback failed.
type callbackState struct {
	funcs      [3]scalarFn
	err        error
	panicked   bool
	panicValue any
}

// failed reports whether a callback has already aborted the call.
func (s *callbackState) failed() bool { return s.err != nil || s.panicked }

// sciportGoScalarCall is the trampoline behind every scalar callback: it
// evaluates function `which` of the call's state, writes the value and
// returns 0; a returned error or a panic (recovered here, so it never unwinds
// through the library) is recorded and aborts the solver with a non-zero code.
//
//export sciportGoScalarCall
func sciportGoScalarCall(x C.double, out *C.double, handle C.uintptr_t, which C.int) (code C.int32_t) {
	s := cgo.Handle(handle).Value().(*callbackState)
	if s.failed() {
		return callbackReturnedError
	}
	defer func() {
		if r := recover(); r != nil {
			s.panicked, s.panicValue = true, r
			code = callbackPanicked
		}
	}()
	v, err := s.funcs[which](float64(x))
	if err != nil {
		s.err = err
		return callbackReturnedError
	}
	*out = C.double(v)
	return 0
}

// finish turns the outcome of a solver call into the Go result: it re-panics
// with the callback's panic value (now that the C call has returned), and
// attaches a callback's error to the library's SCIPORT_ERR_CALLBACK error.
func (s *callbackState) finish(err error) error {
	if s.panicked {
		panic(s.panicValue)
	}
	if e, ok := err.(*Error); ok && s.err != nil {
		e.cause = s.err
	}
	return err
}
