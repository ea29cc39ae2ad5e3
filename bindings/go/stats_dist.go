package sciport

// #include <stdlib.h>
// #include "sciport.h"
import "C"

import (
	"runtime"
	"strings"
	"unsafe"
)

// Dist is a frozen distribution, scipy.stats.<name>(*shapes, loc=loc,
// scale=scale). Make one with NewDist; it is released by Close or, failing
// that, by a finalizer. A Dist is immutable: its methods may be called from
// many goroutines at once (but not concurrently with Close).
type Dist struct {
	ptr  *C.sciport_dist
	name string
}

// Stats holds Dist.Stats: mean, variance, Fisher skewness and excess
// kurtosis (SciPy's stats(moments="mvsk")).
type Stats struct {
	Mean, Var, Skew, Kurtosis float64
}

// NewDist freezes family name (SciPy's name: "norm", "beta", "poisson", ...;
// see DistNames) at shapes (SciPy's order; see DistFamily), loc and scale
// (discrete families: scale 1). An unknown name is a StatusUnknownName error
// whose message lists the names; a wrong number of shapes is
// StatusInvalidArgument. Invalid parameter values are not errors: every
// method then gives NaN, as SciPy's do.
func NewDist(name string, shapes []float64, loc, scale float64) (*Dist, error) {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var sp *C.double
	if len(shapes) > 0 {
		sp = (*C.double)(unsafe.Pointer(&shapes[0])) // read during the call only
	}
	var out *C.sciport_dist
	var cerr *C.sciport_error
	status := C.sciport_stats_dist_new(cname, sp, C.size_t(len(shapes)), C.double(loc),
		C.double(scale), &out, &cerr)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	d := &Dist{ptr: out, name: name}
	runtime.SetFinalizer(d, (*Dist).Close)
	return d, nil
}

// Close releases the distribution; later calls of its methods return a
// StatusNullPointer error. Close is idempotent.
func (d *Dist) Close() {
	if d.ptr != nil {
		C.sciport_stats_dist_free(d.ptr)
		d.ptr = nil
		runtime.SetFinalizer(d, nil)
	}
}

// Name is the family name the distribution was made with.
func (d *Dist) Name() string { return d.name }

// splitNames splits "a, b" into ["a" "b"] ("" gives an empty list).
func splitNames(s string) []string {
	out := []string{}
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// DistNames lists every family sciport provides, in SciPy's documentation
// order (continuous, then discrete).
func DistNames() []string {
	return splitNames(C.GoString(C.sciport_stats_dist_names()))
}

// DistFamily gives the shape parameter names of family name (SciPy's order,
// as its dist.shapes) and whether it is discrete (pmf instead of pdf, loc
// only). An unknown name is a StatusUnknownName error.
func DistFamily(name string) (shapes []string, discrete bool, err error) {
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	var cs *C.char
	var cd C.bool
	var cerr *C.sciport_error
	if err := takeError(C.sciport_stats_dist_family(cname, &cs, nil, &cd, &cerr), cerr); err != nil {
		return nil, false, err
	}
	return splitNames(C.GoString(cs)), bool(cd), nil
}

// distCall is one pointwise sciport_stats_dist_* function.
type distCall func(d *C.sciport_dist, x, out *C.sciport_ndarray, e **C.sciport_error) C.sciport_status

// pointwise evaluates call at every element of data (shape shape) into a new
// slice of the same shape.
func (d *Dist) pointwise(data []float64, shape []int, call distCall) ([]float64, error) {
	out, err := allocate[float64](len(data))
	if err != nil {
		return nil, err
	}
	var f callFrame
	defer f.release()
	xv := f.real("x", data, shape)
	ov := f.real("out", out, shape)
	if f.failure != nil {
		return nil, f.failure
	}
	var cerr *C.sciport_error
	status := call(d.ptr, xv, ov, &cerr)
	runtime.KeepAlive(d)
	if err := takeError(status, cerr); err != nil {
		return nil, err
	}
	return out, nil
}

func (d *Dist) slice(x []float64, call distCall) ([]float64, error) {
	return d.pointwise(x, []int{len(x)}, call)
}

func (d *Dist) array(x Array, call distCall) (Array, error) {
	out, err := d.pointwise(x.Data, x.Shape, call)
	if err != nil {
		return Array{}, err
	}
	return Array{Data: out, Shape: shapeOf(x.Shape)}, nil
}

func callPdf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_pdf(d, x, o, e)
}
func callLogpdf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_logpdf(d, x, o, e)
}
func callPmf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_pmf(d, x, o, e)
}
func callLogpmf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_logpmf(d, x, o, e)
}
func callCdf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_cdf(d, x, o, e)
}
func callLogcdf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_logcdf(d, x, o, e)
}
func callSf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_sf(d, x, o, e)
}
func callLogsf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_logsf(d, x, o, e)
}
func callPpf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_ppf(d, x, o, e)
}
func callIsf(d *C.sciport_dist, x, o *C.sciport_ndarray, e **C.sciport_error) C.sciport_status {
	return C.sciport_stats_dist_isf(d, x, o, e)
}

// Pdf is the probability density at each x (continuous families; a discrete
// one is a StatusInvalidArgument error: use Pmf).
func (d *Dist) Pdf(x []float64) ([]float64, error) { return d.slice(x, callPdf) }

// Logpdf is the log of the probability density at each x.
func (d *Dist) Logpdf(x []float64) ([]float64, error) { return d.slice(x, callLogpdf) }

// Pmf is the probability mass at each k (discrete families; a continuous one
// is a StatusInvalidArgument error: use Pdf).
func (d *Dist) Pmf(k []float64) ([]float64, error) { return d.slice(k, callPmf) }

// Logpmf is the log of the probability mass at each k.
func (d *Dist) Logpmf(k []float64) ([]float64, error) { return d.slice(k, callLogpmf) }

// Cdf is P(X ≤ x) at each x.
func (d *Dist) Cdf(x []float64) ([]float64, error) { return d.slice(x, callCdf) }

// Logcdf is log P(X ≤ x) at each x.
func (d *Dist) Logcdf(x []float64) ([]float64, error) { return d.slice(x, callLogcdf) }

// Sf is the survival function P(X > x) at each x.
func (d *Dist) Sf(x []float64) ([]float64, error) { return d.slice(x, callSf) }

// Logsf is the log of the survival function at each x.
func (d *Dist) Logsf(x []float64) ([]float64, error) { return d.slice(x, callLogsf) }

// Ppf is the percent point function (inverse of Cdf) at each q.
func (d *Dist) Ppf(q []float64) ([]float64, error) { return d.slice(q, callPpf) }

// Isf is the inverse survival function at each q.
func (d *Dist) Isf(q []float64) ([]float64, error) { return d.slice(q, callIsf) }

// PdfN is Pdf of every element of an N-D Array (same shape out).
func (d *Dist) PdfN(x Array) (Array, error) { return d.array(x, callPdf) }

// LogpdfN is Logpdf of an Array.
func (d *Dist) LogpdfN(x Array) (Array, error) { return d.array(x, callLogpdf) }

// PmfN is Pmf of an Array.
func (d *Dist) PmfN(k Array) (Array, error) { return d.array(k, callPmf) }

// LogpmfN is Logpmf of an Array.
func (d *Dist) LogpmfN(k Array) (Array, error) { return d.array(k, callLogpmf) }

// CdfN is Cdf of an Array.
func (d *Dist) CdfN(x Array) (Array, error) { return d.array(x, callCdf) }

// LogcdfN is Logcdf of an Array.
func (d *Dist) LogcdfN(x Array) (Array, error) { return d.array(x, callLogcdf) }

// SfN is Sf of an Array.
func (d *Dist) SfN(x Array) (Array, error) { return d.array(x, callSf) }

// LogsfN is Logsf of an Array.
func (d *Dist) LogsfN(x Array) (Array, error) { return d.array(x, callLogsf) }

// PpfN is Ppf of an Array.
func (d *Dist) PpfN(q Array) (Array, error) { return d.array(q, callPpf) }

// IsfN is Isf of an Array.
func (d *Dist) IsfN(q Array) (Array, error) { return d.array(q, callIsf) }

// scalar runs one sciport_stats_dist_{mean,var,...} function.
func (d *Dist) scalar(call func(*C.sciport_dist, *C.double, **C.sciport_error) C.sciport_status) (float64, error) {
	var v C.double
	var cerr *C.sciport_error
	status := call(d.ptr, &v, &cerr)
	runtime.KeepAlive(d)
	if err := takeError(status, cerr); err != nil {
		return 0, err
	}
	return float64(v), nil
}

// Mean is the distribution's mean (NaN or ±Inf where SciPy's is).
func (d *Dist) Mean() (float64, error) {
	return d.scalar(func(p *C.sciport_dist, v *C.double, e **C.sciport_error) C.sciport_status {
		return C.sciport_stats_dist_mean(p, v, e)
	})
}

// Var is the variance.
func (d *Dist) Var() (float64, error) {
	return d.scalar(func(p *C.sciport_dist, v *C.double, e **C.sciport_error) C.sciport_status {
		return C.sciport_stats_dist_var(p, v, e)
	})
}

// Std is the standard deviation.
func (d *Dist) Std() (float64, error) {
	return d.scalar(func(p *C.sciport_dist, v *C.double, e **C.sciport_error) C.sciport_status {
		return C.sciport_stats_dist_std(p, v, e)
	})
}

// Median is ppf(0.5).
func (d *Dist) Median() (float64, error) {
	return d.scalar(func(p *C.sciport_dist, v *C.double, e **C.sciport_error) C.sciport_status {
		return C.sciport_stats_dist_median(p, v, e)
	})
}

// Entropy is the differential (continuous, nats) or Shannon (discrete) entropy.
func (d *Dist) Entropy() (float64, error) {
	return d.scalar(func(p *C.sciport_dist, v *C.double, e **C.sciport_error) C.sciport_status {
		return C.sciport_stats_dist_entropy(p, v, e)
	})
}

// Moment is the non-central moment E[X^order]; a negative order is a
// StatusInvalidArgument error.
func (d *Dist) Moment(order int) (float64, error) {
	return d.scalar(func(p *C.sciport_dist, v *C.double, e **C.sciport_error) C.sciport_status {
		return C.sciport_stats_dist_moment(p, C.int64_t(order), v, e)
	})
}

// Stats is SciPy's stats(moments="mvsk").
func (d *Dist) Stats() (Stats, error) {
	var m, v, s, k C.double
	var cerr *C.sciport_error
	status := C.sciport_stats_dist_stats(d.ptr, &m, &v, &s, &k, &cerr)
	runtime.KeepAlive(d)
	if err := takeError(status, cerr); err != nil {
		return Stats{}, err
	}
	return Stats{Mean: float64(m), Var: float64(v), Skew: float64(s), Kurtosis: float64(k)}, nil
}

// Interval is the equal-tailed interval around the median holding
// confidence of the probability; confidence outside [0, 1] is a
// StatusInvalidArgument error.
func (d *Dist) Interval(confidence float64) (lo, hi float64, err error) {
	var l, h C.double
	var cerr *C.sciport_error
	status := C.sciport_stats_dist_interval(d.ptr, C.double(confidence), &l, &h, &cerr)
	runtime.KeepAlive(d)
	if err := takeError(status, cerr); err != nil {
		return 0, 0, err
	}
	return float64(l), float64(h), nil
}

// Support is the support [lo, hi] after loc and scale (±Inf when unbounded).
func (d *Dist) Support() (lo, hi float64, err error) {
	var l, h C.double
	var cerr *C.sciport_error
	status := C.sciport_stats_dist_support(d.ptr, &l, &h, &cerr)
	runtime.KeepAlive(d)
	if err := takeError(status, cerr); err != nil {
		return 0, 0, err
	}
	return float64(l), float64(h), nil
}
