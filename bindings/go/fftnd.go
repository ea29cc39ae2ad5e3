package sciport

// #include "sciport.h"
import "C"

import (
	"fmt"
	"unsafe"
)

// Array is an N-D array of float64 in row-major (C) order: element
// (i0, ..., ik) is Data[((i0*Shape[1]+i1)*Shape[2]+...)+ik].
type Array struct {
	Data  []float64
	Shape []int
}

// CArray is an N-D array of complex128 in row-major (C) order (see Array).
type CArray struct {
	Data  []complex128
	Shape []int
}

// NewArray returns a zero-filled Array of the given shape (it panics, like
// make, for negative or impossibly large shapes).
func NewArray(shape ...int) Array {
	return Array{Data: make([]float64, mustCount(shape)), Shape: shapeOf(shape)}
}

// NewCArray returns a zero-filled CArray of the given shape (it panics, like
// make, for negative or impossibly large shapes).
func NewCArray(shape ...int) CArray {
	return CArray{Data: make([]complex128, mustCount(shape)), Shape: shapeOf(shape)}
}

// mustCount is count for the constructors, which panic on bad shapes.
func mustCount(shape []int) int {
	for _, e := range shape {
		if e < 0 {
			panic(fmt.Sprintf("sciport: negative extent in shape %v", shape))
		}
	}
	if n := count(shape); n <= maxElements {
		return n
	}
	panic(fmt.Sprintf("sciport: shape %v is too large", shape))
}

// ToComplex returns x converted to complex128 (imaginary parts zero), for
// passing real data to the complex transforms as SciPy accepts it.
func ToComplex(x []float64) []complex128 {
	out := make([]complex128, len(x))
	for i, v := range x {
		out[i] = complex(v, 0)
	}
	return out
}

// Complex returns the array converted to a CArray (see ToComplex).
func (a Array) Complex() CArray {
	return CArray{Data: ToComplex(a.Data), Shape: shapeOf(a.Shape)}
}

// NDOptions are the keyword arguments of the N-D Fourier transforms. The zero
// value is SciPy's defaults.
type NDOptions struct {
	// S is the output length along each transformed axis (an entry -1 keeps
	// the input's length); nil means SciPy's None.
	S []int
	// Axes are the axes to transform (negative counts from the end); nil
	// means SciPy's default: all axes (or the last len(S)), and (-2, -1) for
	// the *2 functions.
	Axes []int
	// Norm is the normalisation; "" means "backward".
	Norm Norm
	// Workers is the number of threads, as in Options.
	Workers int
}

// DCTNOptions are the keyword arguments of DCTN, IDCTN, DSTN and IDSTN. The
// zero value is SciPy's defaults.
type DCTNOptions struct {
	// Type is the transform type, 1 to 4; 0 means SciPy's default 2.
	Type int
	// S, Axes, Norm and Workers are as in NDOptions.
	S, Axes []int
	Norm    Norm
	Workers int
	// Orthogonalize is SciPy's orthogonalize (default: true for "ortho").
	Orthogonalize Orthogonalize
}

// optsNd is the union of NDOptions and DCTNOptions used internally.
type optsNd struct {
	s, axes      []int
	norm         Norm
	workers, typ int
	ortho        Orthogonalize
	lastTwo      bool
}

func (o *NDOptions) internal() optsNd {
	if o == nil {
		return optsNd{}
	}
	return optsNd{s: o.S, axes: o.Axes, norm: o.Norm, workers: o.Workers}
}

func (o *DCTNOptions) internal() optsNd {
	if o == nil {
		return optsNd{typ: 2}
	}
	t := o.Type
	if t == 0 {
		t = 2
	}
	return optsNd{s: o.S, axes: o.Axes, norm: o.Norm, workers: o.Workers, typ: t, ortho: o.Orthogonalize}
}

// resolveAxes normalises axes (nil when not given); ok is false when one is
// out of range or repeated.
func resolveAxes(axes []int, ndim int) ([]int, bool) {
	if len(axes) == 0 {
		return nil, true
	}
	out := make([]int, len(axes))
	seen := make(map[int]bool, len(axes))
	for i, a := range axes {
		k, ok := normAxis(a, ndim)
		if !ok || seen[k] {
			return nil, false
		}
		seen[k] = true
		out[i] = k
	}
	return out, true
}

// resolveSAxes applies SciPy's rules for s and axes (_init_nd_shape_and_axes):
// the transformed axes and the requested lengths along them (0 where s is not
// given). ok is false when the library will reject the arguments.
func resolveSAxes(shape, s, axes []int) (ax, lengths []int, ok bool) {
	ax, ok = resolveAxes(axes, len(shape))
	if !ok {
		return nil, nil, false
	}
	if len(s) == 0 {
		if ax == nil {
			ax = make([]int, len(shape))
			for i := range ax {
				ax[i] = i
			}
		}
		return ax, make([]int, len(ax)), len(ax) > 0
	}
	if ax == nil {
		if len(s) > len(shape) {
			return nil, nil, false
		}
		for i := range s {
			ax = append(ax, len(shape)-len(s)+i)
		}
	}
	if len(ax) != len(s) {
		return nil, nil, false
	}
	lengths = make([]int, len(s))
	for i, n := range s {
		switch {
		case n == -1:
			lengths[i] = shape[ax[i]]
		case n < 1:
			return nil, nil, false
		default:
			lengths[i] = n
		}
	}
	return ax, lengths, true
}

// outShapeNd is the result shape of an N-D transform; for arguments the
// library will reject it returns the input shape so that the library reports
// the real error.
func outShapeNd(kind shapeKind, shape []int, o optsNd) []int {
	out := shapeOf(shape)
	axes := o.axes
	if len(axes) == 0 && o.lastTwo {
		axes = []int{-2, -1}
	}
	ax, lengths, ok := resolveSAxes(shape, o.s, axes)
	if !ok {
		return out
	}
	for i, k := range ax {
		if i == len(ax)-1 {
			out[k] = axisOutLength(kind, shape[k], lengths[i])
		} else {
			out[k] = axisOutLength(sameLength, shape[k], lengths[i])
		}
	}
	return out
}

// transformNd runs an N-D transform of x with the given shape.
func transformNd[I, O elem](kind shapeKind, x []I, shape []int, o optsNd, call cCall) ([]O, []int, error) {
	var f callFrame
	a := cArgs{
		norm:    f.cstring(string(o.norm)),
		workers: f.workers(o.workers),
		typ:     C.int32_t(o.typ),
		ortho:   o.ortho.c(),
	}
	a.s, a.sLen = int64s(o.s)
	a.axes, a.axLen = int64s(o.axes)
	outShape := outShapeNd(kind, shape, o)
	out, err := run[I, O](&f, x, shape, outShape, &a, call)
	if err != nil {
		return nil, nil, err
	}
	return out, outShape, nil
}

func complexNd(kind shapeKind, x CArray, o optsNd, call cCall) (CArray, error) {
	out, shape, err := transformNd[complex128, complex128](kind, x.Data, x.Shape, o, call)
	return CArray{Data: out, Shape: shape}, err
}

func realToComplexNd(x Array, o optsNd, call cCall) (CArray, error) {
	out, shape, err := transformNd[float64, complex128](realToComplex, x.Data, x.Shape, o, call)
	return CArray{Data: out, Shape: shape}, err
}

func complexToRealNd(x CArray, o optsNd, call cCall) (Array, error) {
	out, shape, err := transformNd[complex128, float64](complexToReal, x.Data, x.Shape, o, call)
	return Array{Data: out, Shape: shape}, err
}

func realNd(x Array, o optsNd, call cCall) (Array, error) {
	out, shape, err := transformNd[float64, float64](sameLength, x.Data, x.Shape, o, call)
	return Array{Data: out, Shape: shape}, err
}

// lastTwo marks the *2 functions, whose axes default to (-2, -1).
func lastTwo(o optsNd) optsNd {
	o.lastTwo = true
	return o
}

// FFT2 is scipy.fft.fft2: the 2-D transform over axes (-2, -1) by default.
func FFT2(x CArray, opts *NDOptions) (CArray, error) {
	return complexNd(sameLength, x, lastTwo(opts.internal()), callFFT2)
}

// IFFT2 is scipy.fft.ifft2.
func IFFT2(x CArray, opts *NDOptions) (CArray, error) {
	return complexNd(sameLength, x, lastTwo(opts.internal()), callIFFT2)
}

// RFFT2 is scipy.fft.rfft2: the last transformed axis becomes n/2 + 1.
func RFFT2(x Array, opts *NDOptions) (CArray, error) {
	return realToComplexNd(x, lastTwo(opts.internal()), callRFFT2)
}

// IRFFT2 is scipy.fft.irfft2: real output (last axis 2*(m-1) by default).
func IRFFT2(x CArray, opts *NDOptions) (Array, error) {
	return complexToRealNd(x, lastTwo(opts.internal()), callIRFFT2)
}

// FFTN is scipy.fft.fftn: the N-D transform over all axes by default.
func FFTN(x CArray, opts *NDOptions) (CArray, error) {
	return complexNd(sameLength, x, opts.internal(), callFFTN)
}

// IFFTN is scipy.fft.ifftn.
func IFFTN(x CArray, opts *NDOptions) (CArray, error) {
	return complexNd(sameLength, x, opts.internal(), callIFFTN)
}

// RFFTN is scipy.fft.rfftn: the last transformed axis becomes n/2 + 1.
func RFFTN(x Array, opts *NDOptions) (CArray, error) {
	return realToComplexNd(x, opts.internal(), callRFFTN)
}

// IRFFTN is scipy.fft.irfftn: real output (last axis 2*(m-1) by default).
func IRFFTN(x CArray, opts *NDOptions) (Array, error) {
	return complexToRealNd(x, opts.internal(), callIRFFTN)
}

// DCTN is scipy.fft.dctn: the N-D discrete cosine transform.
func DCTN(x Array, opts *DCTNOptions) (Array, error) {
	return realNd(x, opts.internal(), callDCTN)
}

// IDCTN is scipy.fft.idctn.
func IDCTN(x Array, opts *DCTNOptions) (Array, error) {
	return realNd(x, opts.internal(), callIDCTN)
}

// DSTN is scipy.fft.dstn: the N-D discrete sine transform.
func DSTN(x Array, opts *DCTNOptions) (Array, error) {
	return realNd(x, opts.internal(), callDSTN)
}

// IDSTN is scipy.fft.idstn.
func IDSTN(x Array, opts *DCTNOptions) (Array, error) {
	return realNd(x, opts.internal(), callIDSTN)
}

// The C calls of the N-D transforms.

func callFFT2(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_fft2(cview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, cview(out), e)
}

func callIFFT2(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_ifft2(cview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, cview(out), e)
}

func callRFFT2(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_rfft2(rview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, cview(out), e)
}

func callIRFFT2(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_irfft2(cview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, rview(out), e)
}

func callFFTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_fftn(cview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, cview(out), e)
}

func callIFFTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_ifftn(cview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, cview(out), e)
}

func callRFFTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_rfftn(rview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, cview(out), e)
}

func callIRFFTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_irfftn(cview(in), a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, rview(out), e)
}

func callDCTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_dctn(rview(in), a.typ, a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, a.ortho, rview(out), e)
}

func callIDCTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_idctn(rview(in), a.typ, a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, a.ortho, rview(out), e)
}

func callDSTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_dstn(rview(in), a.typ, a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, a.ortho, rview(out), e)
}

func callIDSTN(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_idstn(rview(in), a.typ, a.s, a.sLen, a.axes, a.axLen, a.norm, a.workers, a.ortho, rview(out), e)
}
