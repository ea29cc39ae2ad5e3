package sciport

// #include "sciport.h"
import "C"

import "unsafe"

// freq runs fftfreq or rfftfreq into a new slice of outLen values.
func freq(n int, d float64, outLen int, call func(*C.double, C.size_t, **C.sciport_error) C.sciport_status) ([]float64, error) {
	if n < 0 {
		return nil, newError(StatusInvalidArgument, "n must be positive; got %d", n)
	}
	out, err := allocate[float64](outLen)
	if err != nil {
		return nil, err
	}
	var ptr *C.double
	if outLen > 0 {
		ptr = (*C.double)(unsafe.Pointer(&out[0]))
	}
	var cerr *C.sciport_error
	status := call(ptr, C.size_t(outLen), &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

// FFTFreq is scipy.fft.fftfreq: the n sample frequencies of an n-point FFT
// with sample spacing d (SciPy's default d is 1.0).
func FFTFreq(n int, d float64) ([]float64, error) {
	return freq(n, d, n, func(p *C.double, l C.size_t, e **C.sciport_error) C.sciport_status {
		return C.sciport_fft_fftfreq(C.size_t(n), C.double(d), p, l, e)
	})
}

// RFFTFreq is scipy.fft.rfftfreq: the n/2 + 1 sample frequencies of an
// n-point real FFT with sample spacing d.
func RFFTFreq(n int, d float64) ([]float64, error) {
	return freq(n, d, n/2+1, func(p *C.double, l C.size_t, e **C.sciport_error) C.sciport_status {
		return C.sciport_fft_rfftfreq(C.size_t(n), C.double(d), p, l, e)
	})
}

// NextFastLen is scipy.fft.next_fast_len: the smallest length >= target that
// the transforms handle fastest (5-smooth when real, else 11-smooth).
func NextFastLen(target int, real bool) (int, error) {
	if target < 0 {
		return 0, newError(StatusInvalidArgument, "target must be positive; got %d", target)
	}
	var out C.size_t
	var cerr *C.sciport_error
	status := C.sciport_fft_next_fast_len(C.size_t(target), C.bool(real), &out, &cerr)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return int(out), nil
}

// shift runs one of the four shift functions on data of the given shape.
func shift[T elem](x []T, shape, axes []int, call cCall) ([]T, error) {
	var f callFrame
	a := cArgs{}
	a.axes, a.axLen = int64s(axes)
	return run[T, T](&f, x, shape, shapeOf(shape), &a, call)
}

// FFTShift is scipy.fft.fftshift of a 1-D slice of float64 or complex128:
// the zero-frequency term moves to the centre.
func FFTShift[T float64 | complex128](x []T) ([]T, error) {
	return shift(x, []int{len(x)}, nil, pickShift[T](false))
}

// IFFTShift is scipy.fft.ifftshift of a 1-D slice: the inverse of FFTShift.
func IFFTShift[T float64 | complex128](x []T) ([]T, error) {
	return shift(x, []int{len(x)}, nil, pickShift[T](true))
}

// FFTShiftN is scipy.fft.fftshift of an Array over axes (nil = all axes).
func FFTShiftN(x Array, axes []int) (Array, error) {
	out, err := shift(x.Data, x.Shape, axes, callFFTShift)
	if err != nil {
		return Array{}, err
	}
	return Array{Data: out, Shape: shapeOf(x.Shape)}, nil
}

// IFFTShiftN is scipy.fft.ifftshift of an Array over axes (nil = all axes).
func IFFTShiftN(x Array, axes []int) (Array, error) {
	out, err := shift(x.Data, x.Shape, axes, callIFFTShift)
	if err != nil {
		return Array{}, err
	}
	return Array{Data: out, Shape: shapeOf(x.Shape)}, nil
}

// CFFTShiftN is scipy.fft.fftshift of a CArray over axes (nil = all axes).
func CFFTShiftN(x CArray, axes []int) (CArray, error) {
	out, err := shift(x.Data, x.Shape, axes, callFFTShiftComplex)
	if err != nil {
		return CArray{}, err
	}
	return CArray{Data: out, Shape: shapeOf(x.Shape)}, nil
}

// CIFFTShiftN is scipy.fft.ifftshift of a CArray over axes (nil = all axes).
func CIFFTShiftN(x CArray, axes []int) (CArray, error) {
	out, err := shift(x.Data, x.Shape, axes, callIFFTShiftComplex)
	if err != nil {
		return CArray{}, err
	}
	return CArray{Data: out, Shape: shapeOf(x.Shape)}, nil
}

// pickShift selects the C shift function for the element type.
func pickShift[T elem](inverse bool) cCall {
	var zero T
	_, isComplex := any(zero).(complex128)
	switch {
	case isComplex && inverse:
		return callIFFTShiftComplex
	case isComplex:
		return callFFTShiftComplex
	case inverse:
		return callIFFTShift
	}
	return callFFTShift
}

func callFFTShift(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_fftshift(rview(in), a.axes, a.axLen, rview(out), e)
}

func callIFFTShift(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_ifftshift(rview(in), a.axes, a.axLen, rview(out), e)
}

func callFFTShiftComplex(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_fftshift_complex(cview(in), a.axes, a.axLen, cview(out), e)
}

func callIFFTShiftComplex(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_ifftshift_complex(cview(in), a.axes, a.axLen, cview(out), e)
}
