package sciport

// #include "sciport.h"
import "C"

import "unsafe"

// Norm is SciPy's norm argument of the fft functions.
type Norm string

// The normalisations of scipy.fft; the empty Norm is SciPy's default
// (NormBackward). Any other string is passed to the library, which rejects it
// with StatusUnknownName.
const (
	NormBackward Norm = "backward"
	NormOrtho    Norm = "ortho"
	NormForward  Norm = "forward"
)

// Orthogonalize is the orthogonalize argument of the DCT/DST functions.
type Orthogonalize int8

const (
	// OrthoDefault is SciPy's None: orthogonalize exactly when Norm is "ortho".
	OrthoDefault Orthogonalize = iota
	// OrthoTrue forces orthogonalize=True.
	OrthoTrue
	// OrthoFalse forces orthogonalize=False.
	OrthoFalse
)

// c converts to the C encoding (-1 None, 0 false, 1 true); values outside the
// three constants are passed on for the library to reject.
func (o Orthogonalize) c() C.int32_t {
	switch o {
	case OrthoDefault:
		return -1
	case OrthoTrue:
		return 1
	case OrthoFalse:
		return 0
	}
	return C.int32_t(o)
}

// Options are the keyword arguments of the 1-D Fourier transforms. The zero
// value is SciPy's defaults.
type Options struct {
	// N is the length of the transformed axis of the output (the input is
	// zero-padded or truncated); 0 means SciPy's None.
	N int
	// Norm is the normalisation; "" means "backward".
	Norm Norm
	// Workers is the number of threads (0 = SciPy's None, one thread; negative
	// values count back from the number of cores, -1 = all).
	Workers int
}

// DCTOptions are the keyword arguments of DCT, IDCT, DST and IDST. The zero
// value is SciPy's defaults.
type DCTOptions struct {
	// Type is the transform type, 1 to 4; 0 means SciPy's default 2.
	Type int
	// N is the output length (zero-pad or truncate); 0 means SciPy's None.
	N int
	// Norm is the normalisation; "" means "backward".
	Norm Norm
	// Workers is the number of threads, as in Options.
	Workers int
	// Orthogonalize is SciPy's orthogonalize (default: true for "ortho").
	Orthogonalize Orthogonalize
}

// opts1d is the union of Options and DCTOptions used internally.
type opts1d struct {
	n, workers, typ int
	norm            Norm
	ortho           Orthogonalize
}

func (o *Options) internal() opts1d {
	if o == nil {
		return opts1d{}
	}
	return opts1d{n: o.N, norm: o.Norm, workers: o.Workers}
}

func (o *DCTOptions) internal() opts1d {
	if o == nil {
		return opts1d{typ: 2}
	}
	t := o.Type
	if t == 0 {
		t = 2
	}
	return opts1d{n: o.N, norm: o.Norm, workers: o.Workers, typ: t, ortho: o.Orthogonalize}
}

// along runs a 1-D transform on a 1-D slice (axis -1).
func along[I, O elem](kind shapeKind, x []I, o opts1d, call cCall) ([]O, error) {
	out, _, err := transform1d[I, O](kind, x, []int{len(x)}, -1, o, call)
	return out, err
}

// FFT is scipy.fft.fft: the discrete Fourier transform of x.
func FFT(x []complex128, opts *Options) ([]complex128, error) {
	return along[complex128, complex128](sameLength, x, opts.internal(), callFFT)
}

// IFFT is scipy.fft.ifft: the inverse discrete Fourier transform of x.
func IFFT(x []complex128, opts *Options) ([]complex128, error) {
	return along[complex128, complex128](sameLength, x, opts.internal(), callIFFT)
}

// RFFT is scipy.fft.rfft: the transform of real input, n/2 + 1 values.
func RFFT(x []float64, opts *Options) ([]complex128, error) {
	return along[float64, complex128](realToComplex, x, opts.internal(), callRFFT)
}

// IRFFT is scipy.fft.irfft: the inverse of RFFT, N real values (default
// 2*(len(x)-1)).
func IRFFT(x []complex128, opts *Options) ([]float64, error) {
	return along[complex128, float64](complexToReal, x, opts.internal(), callIRFFT)
}

// HFFT is scipy.fft.hfft: the transform of a Hermitian-symmetric signal given
// by its first half, N real values (default 2*(len(x)-1)).
func HFFT(x []complex128, opts *Options) ([]float64, error) {
	return along[complex128, float64](complexToReal, x, opts.internal(), callHFFT)
}

// IHFFT is scipy.fft.ihfft: the inverse of HFFT, n/2 + 1 complex values.
func IHFFT(x []float64, opts *Options) ([]complex128, error) {
	return along[float64, complex128](realToComplex, x, opts.internal(), callIHFFT)
}

// DCT is scipy.fft.dct: the discrete cosine transform of type opts.Type.
func DCT(x []float64, opts *DCTOptions) ([]float64, error) {
	return along[float64, float64](sameLength, x, opts.internal(), callDCT)
}

// IDCT is scipy.fft.idct: the inverse discrete cosine transform.
func IDCT(x []float64, opts *DCTOptions) ([]float64, error) {
	return along[float64, float64](sameLength, x, opts.internal(), callIDCT)
}

// DST is scipy.fft.dst: the discrete sine transform of type opts.Type.
func DST(x []float64, opts *DCTOptions) ([]float64, error) {
	return along[float64, float64](sameLength, x, opts.internal(), callDST)
}

// IDST is scipy.fft.idst: the inverse discrete sine transform.
func IDST(x []float64, opts *DCTOptions) ([]float64, error) {
	return along[float64, float64](sameLength, x, opts.internal(), callIDST)
}

// The C calls of the 1-D transforms.

func cview(p unsafe.Pointer) *C.sciport_cndarray { return (*C.sciport_cndarray)(p) }
func rview(p unsafe.Pointer) *C.sciport_ndarray  { return (*C.sciport_ndarray)(p) }

func callFFT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_fft(cview(in), a.n, a.axis, a.norm, a.workers, cview(out), e)
}

func callIFFT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_ifft(cview(in), a.n, a.axis, a.norm, a.workers, cview(out), e)
}

func callRFFT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_rfft(rview(in), a.n, a.axis, a.norm, a.workers, cview(out), e)
}

func callIRFFT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_irfft(cview(in), a.n, a.axis, a.norm, a.workers, rview(out), e)
}

func callHFFT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_hfft(cview(in), a.n, a.axis, a.norm, a.workers, rview(out), e)
}

func callIHFFT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_ihfft(rview(in), a.n, a.axis, a.norm, a.workers, cview(out), e)
}

func callDCT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_dct(rview(in), a.typ, a.n, a.axis, a.norm, a.workers, a.ortho, rview(out), e)
}

func callIDCT(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_idct(rview(in), a.typ, a.n, a.axis, a.norm, a.workers, a.ortho, rview(out), e)
}

func callDST(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_dst(rview(in), a.typ, a.n, a.axis, a.norm, a.workers, a.ortho, rview(out), e)
}

func callIDST(in, out unsafe.Pointer, a *cArgs, e **C.sciport_error) C.sciport_status {
	return C.sciport_fft_idst(rview(in), a.typ, a.n, a.axis, a.norm, a.workers, a.ortho, rview(out), e)
}

// 1-D transforms along one axis of an N-D array (SciPy's axis argument;
// negative counts from the end).

func complexAlong(kind shapeKind, x CArray, axis int, o opts1d, call cCall) (CArray, error) {
	out, shape, err := transform1d[complex128, complex128](kind, x.Data, x.Shape, axis, o, call)
	return CArray{Data: out, Shape: shape}, err
}

func realToComplexAlong(x Array, axis int, o opts1d, call cCall) (CArray, error) {
	out, shape, err := transform1d[float64, complex128](realToComplex, x.Data, x.Shape, axis, o, call)
	return CArray{Data: out, Shape: shape}, err
}

func complexToRealAlong(x CArray, axis int, o opts1d, call cCall) (Array, error) {
	out, shape, err := transform1d[complex128, float64](complexToReal, x.Data, x.Shape, axis, o, call)
	return Array{Data: out, Shape: shape}, err
}

func realAlong(x Array, axis int, o opts1d, call cCall) (Array, error) {
	out, shape, err := transform1d[float64, float64](sameLength, x.Data, x.Shape, axis, o, call)
	return Array{Data: out, Shape: shape}, err
}

// FFTAlong is scipy.fft.fft(x, axis=axis).
func FFTAlong(x CArray, axis int, opts *Options) (CArray, error) {
	return complexAlong(sameLength, x, axis, opts.internal(), callFFT)
}

// IFFTAlong is scipy.fft.ifft(x, axis=axis).
func IFFTAlong(x CArray, axis int, opts *Options) (CArray, error) {
	return complexAlong(sameLength, x, axis, opts.internal(), callIFFT)
}

// RFFTAlong is scipy.fft.rfft(x, axis=axis).
func RFFTAlong(x Array, axis int, opts *Options) (CArray, error) {
	return realToComplexAlong(x, axis, opts.internal(), callRFFT)
}

// IRFFTAlong is scipy.fft.irfft(x, axis=axis).
func IRFFTAlong(x CArray, axis int, opts *Options) (Array, error) {
	return complexToRealAlong(x, axis, opts.internal(), callIRFFT)
}

// HFFTAlong is scipy.fft.hfft(x, axis=axis).
func HFFTAlong(x CArray, axis int, opts *Options) (Array, error) {
	return complexToRealAlong(x, axis, opts.internal(), callHFFT)
}

// IHFFTAlong is scipy.fft.ihfft(x, axis=axis).
func IHFFTAlong(x Array, axis int, opts *Options) (CArray, error) {
	return realToComplexAlong(x, axis, opts.internal(), callIHFFT)
}

// DCTAlong is scipy.fft.dct(x, axis=axis).
func DCTAlong(x Array, axis int, opts *DCTOptions) (Array, error) {
	return realAlong(x, axis, opts.internal(), callDCT)
}

// IDCTAlong is scipy.fft.idct(x, axis=axis).
func IDCTAlong(x Array, axis int, opts *DCTOptions) (Array, error) {
	return realAlong(x, axis, opts.internal(), callIDCT)
}

// DSTAlong is scipy.fft.dst(x, axis=axis).
func DSTAlong(x Array, axis int, opts *DCTOptions) (Array, error) {
	return realAlong(x, axis, opts.internal(), callDST)
}

// IDSTAlong is scipy.fft.idst(x, axis=axis).
func IDSTAlong(x Array, axis int, opts *DCTOptions) (Array, error) {
	return realAlong(x, axis, opts.internal(), callIDST)
}
