package sciport

// #include "sciport.h"
import "C"

import "unsafe"

// elem is the element type of a transform's input or output.
type elem interface{ float64 | complex128 }

// view builds the pinned C view of data: a sciport_ndarray for float64, a
// sciport_cndarray for complex128.
func view[T elem](f *callFrame, name string, data []T, shape []int) unsafe.Pointer {
	switch d := any(data).(type) {
	case []float64:
		return unsafe.Pointer(f.real(name, d, shape))
	case []complex128:
		return unsafe.Pointer(f.complex(name, d, shape))
	}
	panic("sciport: unreachable element type")
}

// shapeKind says how a transform maps the transformed axes' lengths.
type shapeKind int

const (
	// sameLength: output length n (fft, ifft, dct, ...).
	sameLength shapeKind = iota
	// realToComplex: output length n/2 + 1 on the (last) axis (rfft, ihfft).
	realToComplex
	// complexToReal: output length n, default 2*(m-1) (irfft, hfft).
	complexToReal
)

// cArgs are the scalar arguments of a transform, converted for C.
type cArgs struct {
	n, axis     C.int64_t
	s, axes     *C.int64_t
	sLen, axLen C.size_t
	norm        *C.char
	workers     C.int32_t
	typ, ortho  C.int32_t
}

// cCall invokes one C transform on prepared views and arguments.
type cCall func(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status

// normAxis maps a possibly negative axis into [0, ndim); ok is false when it
// is out of range.
func normAxis(axis, ndim int) (int, bool) {
	if axis < 0 {
		axis += ndim
	}
	return axis, axis >= 0 && axis < ndim
}

// axisOutLength is the output length along a transformed axis of input
// length m with requested length n (0 = SciPy's None).
func axisOutLength(kind shapeKind, m, n int) int {
	switch kind {
	case realToComplex:
		if n == 0 {
			n = m
		}
		if n == 0 {
			return 0
		}
		return n/2 + 1
	case complexToReal:
		if n == 0 {
			n = 2 * (m - 1)
		}
		if n < 0 {
			return 0
		}
		return n
	}
	if n == 0 {
		return m
	}
	return n
}

// outShape1d is the result shape of a 1-D transform along axis. For
// arguments the library will reject it returns the input shape, so that the
// library reports the real error.
func outShape1d(kind shapeKind, shape []int, axis, n int) []int {
	out := shapeOf(shape)
	k, ok := normAxis(axis, len(shape))
	if !ok || n < 0 {
		return out
	}
	out[k] = axisOutLength(kind, shape[k], n)
	return out
}

// run executes one transform: it builds the views of x and of a new output of
// shape outShape, calls the library and returns the output.
func run[I, O elem](f *callFrame, x []I, shape, outShape []int, a *cArgs, call cCall) ([]O, error) {
	defer f.release()
	out, err := allocate[O](count(outShape))
	if err != nil {
		return nil, err
	}
	in := view(f, "x", x, shape)
	ov := view(f, "out", out, outShape)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(in, ov, a, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// transform1d runs a 1-D transform of x (of the given shape) along axis.
func transform1d[I, O elem](kind shapeKind, x []I, shape []int, axis int, o opts1d, call cCall) ([]O, []int, error) {
	var f callFrame
	if o.n < 0 {
		f.fail(newError(StatusInvalidArgument, "n must be positive, or 0 for the input length; got %d", o.n))
	}
	a := cArgs{
		n:       C.int64_t(o.n),
		axis:    C.int64_t(axis),
		norm:    f.cstring(string(o.norm)),
		workers: f.workers(o.workers),
		typ:     C.int32_t(o.typ),
		ortho:   o.ortho.c(),
	}
	if o.n == 0 {
		a.n = -1
	}
	outShape := outShape1d(kind, shape, axis, o.n)
	out, err := run[I, O](&f, x, shape, outShape, &a, call)
	if err != nil {
		return nil, nil, err
	}
	return out, outShape, nil
}
