package sciport

// #include "sciport.h"
import "C"

// The functions of scipy.special that reduce over axes instead of working
// elementwise: logsumexp, softmax and log_softmax. The 1-D forms take and
// return slices; the ...N forms take an Array and SciPy's axis as a list of
// axes (negative counts from the end; nil is None, every axis).

// LogSumExpOptions are the keyword arguments of LogSumExpN and
// LogSumExpSignN. nil and the zero value both mean SciPy's defaults.
type LogSumExpOptions struct {
	// Axes is SciPy's axis: the axes to reduce (negative counts from the
	// end); nil means None, every axis.
	Axes []int
	// B holds the weights, broadcast against a as NumPy broadcasts (the
	// axes then refer to the broadcast shape); nil means None, every
	// weight 1. Negative weights subtract; a zero weight drops its term.
	B *Array
	// KeepDims keeps the reduced axes as extent-1 dimensions.
	KeepDims bool
}

// LogSumExp is scipy.special.logsumexp(a, b=b) of a 1-D slice:
// log Σ bᵢ·exp(aᵢ), computed without overflow. b nil is SciPy's None (every
// weight 1); otherwise it has len(a) entries or one. A negative sum gives
// NaN (LogSumExpSign returns its sign instead); an empty a gives -Inf.
func LogSumExp(a, b []float64) (float64, error) {
	v, _, err := logSumExp1d(a, b, false)
	return v, err
}

// LogSumExpSign is scipy.special.logsumexp(a, b=b, return_sign=True) of a
// 1-D slice: log |Σ bᵢ·exp(aᵢ)| and the sign of the sum (-1, 0 or 1). b is
// as in LogSumExp.
func LogSumExpSign(a, b []float64) (value, sign float64, err error) {
	return logSumExp1d(a, b, true)
}

// LogSumExpN is scipy.special.logsumexp(a, axis, b, keepdims) of an Array.
// The result has the kept extents of the (broadcast) shape, with
// opts.KeepDims the reduced axes as extent 1; a reduction over every axis
// without KeepDims gives a 0-dimensional Array (empty Shape, one element),
// as NumPy's scalar.
func LogSumExpN(a Array, opts *LogSumExpOptions) (Array, error) {
	v, _, err := logSumExpNd(a, opts, false)
	return v, err
}

// LogSumExpSignN is scipy.special.logsumexp(a, axis, b, keepdims,
// return_sign=True) of an Array: log |Σ| and the sign of each sum (-1, 0
// or 1), both of LogSumExpN's result shape.
func LogSumExpSignN(a Array, opts *LogSumExpOptions) (value, sign Array, err error) {
	return logSumExpNd(a, opts, true)
}

// Softmax is scipy.special.softmax(x) of a 1-D slice: exp(xᵢ) / Σⱼ exp(xⱼ),
// computed with the maximum factored out.
func Softmax(x []float64) ([]float64, error) {
	out, err := groupMap(Array{Data: x, Shape: []int{len(x)}}, nil, callSoftmax)
	return out.Data, err
}

// SoftmaxN is scipy.special.softmax(x, axis) of an Array over axes (nil =
// None, every axis); the result has x's shape. A group holding NaN, +Inf or
// only -Inf is NaN throughout.
func SoftmaxN(x Array, axes []int) (Array, error) {
	return groupMap(x, axes, callSoftmax)
}

// LogSoftmax is scipy.special.log_softmax(x) of a 1-D slice:
// xᵢ - log Σⱼ exp(xⱼ).
func LogSoftmax(x []float64) ([]float64, error) {
	out, err := groupMap(Array{Data: x, Shape: []int{len(x)}}, nil, callLogSoftmax)
	return out.Data, err
}

// LogSoftmaxN is scipy.special.log_softmax(x, axis) of an Array over axes
// (nil = None, every axis); the result has x's shape.
func LogSoftmaxN(x Array, axes []int) (Array, error) {
	return groupMap(x, axes, callLogSoftmax)
}

// logSumExp1d runs logsumexp over the one axis of a.
func logSumExp1d(a, b []float64, withSign bool) (float64, float64, error) {
	var opts LogSumExpOptions
	if b != nil {
		opts.B = &Array{Data: b, Shape: []int{len(b)}}
	}
	v, s, err := logSumExpNd(Array{Data: a, Shape: []int{len(a)}}, &opts, withSign)
	if err != nil {
		return 0, 0, err
	}
	if withSign {
		return v.Data[0], s.Data[0], nil
	}
	return v.Data[0], 0, nil
}

// logSumExpNd runs sciport_special_logsumexp; sign is filled when withSign.
func logSumExpNd(a Array, o *LogSumExpOptions, withSign bool) (value, sign Array, err error) {
	var opts LogSumExpOptions
	if o != nil {
		opts = *o
	}
	full := a.Shape
	if opts.B != nil {
		full = broadcastShapes(a.Shape, opts.B.Shape)
	}
	shape := reducedShape(full, opts.Axes, opts.KeepDims)
	// The C view of a 0-dimensional result has shape (1,).
	viewShape := shape
	if len(shape) == 0 {
		viewShape = []int{1}
	}
	var f callFrame
	defer f.release()
	n := count(viewShape)
	out, err := allocate[float64](n)
	if err != nil {
		return Array{}, Array{}, err
	}
	av := f.real("a", a.Data, a.Shape)
	var bv, sv *C.sciport_ndarray
	if opts.B != nil {
		bv = f.real("b", opts.B.Data, opts.B.Shape)
	}
	ov := f.real("out", out, viewShape)
	var signs []float64
	if withSign {
		signs = make([]float64, n)
		sv = f.real("sign", signs, viewShape)
	}
	if f.failure != nil {
		return Array{}, Array{}, f.failure
	}
	ax, axLen := int64s(opts.Axes)
	var cerr *C.sciport_error
	status := C.sciport_special_logsumexp(av, ax, axLen, bv, ov, sv, &cerr)
	if err := takeError(status, cerr); err != nil {
		return Array{}, Array{}, err
	}
	value = Array{Data: out, Shape: shapeOf(shape)}
	if withSign {
		sign = Array{Data: signs, Shape: shapeOf(shape)}
	}
	return value, sign, nil
}

// broadcastShapes is NumPy's broadcast of two shapes (aligned from the last
// axis; an extent 1 stretches). For shapes that do not broadcast it returns
// nil, and the library reports the mismatch.
func broadcastShapes(x, y []int) []int {
	if len(x) < len(y) {
		x, y = y, x
	}
	out := shapeOf(x)
	for k := 1; k <= len(y); k++ {
		ex, ey := x[len(x)-k], y[len(y)-k]
		switch {
		case ex == ey || ey == 1:
		case ex == 1:
			out[len(out)-k] = ey
		default:
			return nil
		}
	}
	return out
}

// reducedShape is the shape of a reduction of full over axes (nil = every
// axis): the kept extents, with keepDims the reduced axes as 1. For
// arguments the library will reject (full nil, bad axes) it returns (1,), and
// the library reports the real error.
func reducedShape(full, axes []int, keepDims bool) []int {
	if full == nil {
		return []int{1}
	}
	ax, ok := resolveAxes(axes, len(full))
	if !ok {
		return []int{1}
	}
	reduced := make([]bool, len(full))
	for k := range reduced {
		reduced[k] = ax == nil
	}
	for _, k := range ax {
		reduced[k] = true
	}
	out := []int{}
	for k, e := range full {
		switch {
		case !reduced[k]:
			out = append(out, e)
		case keepDims:
			out = append(out, 1)
		}
	}
	return out
}

// groupCall is the C signature of softmax and log_softmax.
type groupCall func(x *C.sciport_ndarray, axes *C.int64_t, axLen C.size_t, out *C.sciport_ndarray, e **C.sciport_error) C.sciport_status

func callSoftmax(x *C.sciport_ndarray, axes *C.int64_t, axLen C.size_t, out *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_special_softmax(x, axes, axLen, out, e)
}

func callLogSoftmax(x *C.sciport_ndarray, axes *C.int64_t, axLen C.size_t, out *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_special_log_softmax(x, axes, axLen, out, e)
}

// groupMap runs softmax or log_softmax of x over axes into a new Array of
// x's shape.
func groupMap(x Array, axes []int, call groupCall) (Array, error) {
	var f callFrame
	defer f.release()
	out, err := allocate[float64](count(x.Shape))
	if err != nil {
		return Array{}, err
	}
	xv := f.real("x", x.Data, x.Shape)
	ov := f.real("out", out, x.Shape)
	if f.failure != nil {
		return Array{}, f.failure
	}
	ax, axLen := int64s(axes)
	var cerr *C.sciport_error
	if err := takeError(call(xv, ax, axLen, ov, &cerr), cerr); err != nil {
		return Array{}, err
	}
	return Array{Data: out, Shape: shapeOf(x.Shape)}, nil
}
