package sciport

// #include <stdlib.h>
// #include "sciport.h"
import "C"

import (
	"math"
	"runtime"
	"unsafe"
)

// callFrame holds what one C call needs beyond its arguments: Go memory
// pinned for the duration of the call (view structs point at Go slices, which
// cgo allows only when that memory is pinned) and C strings to free.
type callFrame struct {
	pinner  runtime.Pinner
	cstrs   []*C.char
	failure *Error
}

// release unpins everything and frees the C strings; call it (deferred) once
// the C call has returned.
func (f *callFrame) release() {
	f.pinner.Unpin()
	for _, s := range f.cstrs {
		C.free(unsafe.Pointer(s))
	}
	f.cstrs = nil
}

// fail records the first Go-side argument error of the frame.
func (f *callFrame) fail(e *Error) {
	if f.failure == nil {
		f.failure = e
	}
}

// cstring converts s to a C string freed by release; "" gives NULL (the
// library's default for optional names).
func (f *callFrame) cstring(s string) *C.char {
	if s == "" {
		return nil
	}
	cs := C.CString(s)
	f.cstrs = append(f.cstrs, cs)
	return cs
}

// layout returns pinned C arrays with the extents of shape and its row-major
// element strides.
func (f *callFrame) layout(shape []int) (*C.size_t, *C.ptrdiff_t) {
	if len(shape) == 0 {
		return nil, nil
	}
	extents := make([]C.size_t, len(shape))
	strides := make([]C.ptrdiff_t, len(shape))
	step := 1
	for k := len(shape) - 1; k >= 0; k-- {
		extents[k] = C.size_t(shape[k])
		strides[k] = C.ptrdiff_t(step)
		step *= shape[k]
	}
	f.pinner.Pin(&extents[0])
	f.pinner.Pin(&strides[0])
	return &extents[0], &strides[0]
}

// checkShape verifies that shape has non-negative extents whose product is
// n, recording a Go-side error otherwise.
func (f *callFrame) checkShape(name string, n int, shape []int) {
	for _, e := range shape {
		if e < 0 {
			f.fail(newError(StatusInvalidArgument, "%s: shape %v has a negative extent", name, shape))
			return
		}
	}
	if c := count(shape); c != n {
		f.fail(newError(StatusDimensionMismatch,
			"%s: shape %v holds %d elements but the data has %d", name, shape, c, n))
	}
}

// real builds a pinned row-major view of data with the given shape.
func (f *callFrame) real(name string, data []float64, shape []int) *C.sciport_ndarray {
	f.checkShape(name, len(data), shape)
	v := &C.sciport_ndarray{ndim: C.size_t(len(shape))}
	v.shape, v.strides = f.layout(shape)
	if len(data) > 0 {
		f.pinner.Pin(&data[0])
		v.data = (*C.double)(unsafe.Pointer(&data[0]))
	}
	return v
}

// complex builds a pinned row-major view of complex data (Go's complex128 is
// layout-compatible with sciport_complex).
func (f *callFrame) complex(name string, data []complex128, shape []int) *C.sciport_cndarray {
	f.checkShape(name, len(data), shape)
	v := &C.sciport_cndarray{ndim: C.size_t(len(shape))}
	v.shape, v.strides = f.layout(shape)
	if len(data) > 0 {
		f.pinner.Pin(&data[0])
		v.data = (*C.sciport_complex)(unsafe.Pointer(&data[0]))
	}
	return v
}

// int64s converts an optional list of ints for the library (nil/empty gives
// NULL, 0: SciPy's None). Passed as a direct argument, it needs no pinning.
func int64s(v []int) (*C.int64_t, C.size_t) {
	if len(v) == 0 {
		return nil, 0
	}
	out := make([]C.int64_t, len(v))
	for i, x := range v {
		out[i] = C.int64_t(x)
	}
	return &out[0], C.size_t(len(v))
}

// workers converts SciPy's workers argument, recording an error when it does
// not fit the C type.
func (f *callFrame) workers(w int) C.int32_t {
	if w < math.MinInt32 || w > math.MaxInt32 {
		f.fail(newError(StatusInvalidArgument, "workers = %d is out of range", w))
		return 0
	}
	return C.int32_t(w)
}

// shapeOf returns a copy of shape (results never alias the caller's shape).
func shapeOf(shape []int) []int { return append([]int(nil), shape...) }

// maxElements bounds the size of a result the binding allocates (16 bytes
// per complex element must not overflow an int).
const maxElements = math.MaxInt / 16

// count is the number of elements of shape (0 for invalid extents, and
// maxElements+1 when the product would exceed maxElements).
func count(shape []int) int {
	n := 1
	for _, e := range shape {
		if e < 0 {
			return 0
		}
		if e != 0 && n > maxElements/e {
			return maxElements + 1
		}
		n *= e
	}
	return n
}

// allocate returns a zeroed slice of n elements, or a StatusAllocation error
// when n exceeds maxElements (instead of a Go panic).
func allocate[T elem](n int) ([]T, error) {
	if n > maxElements {
		return nil, newError(StatusAllocation, "the result would have more than %d elements", maxElements)
	}
	return make([]T, n), nil
}
