//! C face of `scipy.stats`' distributions: a frozen distribution handle
//! (`sciport_dist`) made from SciPy's family name, shape parameters, `loc`
//! and `scale`, and its methods.
//!
//! The pointwise methods (pdf, logpdf, pmf, logpmf, cdf, logcdf, sf, logsf,
//! ppf, isf) read a strided input view, broadcast it to the output view as
//! NumPy broadcasts, and write the method's value at every element of
//! `out`; the input may share memory with `out`. Values outside a family's
//! domain are values, as in SciPy (NaN for invalid parameters or
//! probabilities outside [0, 1], 0 / 1 / -inf outside the support); errors
//! are reserved for the arguments themselves. Outputs are written only on
//! success.
//!
//! Thread safety: a `sciport_dist` is immutable; any number of threads may
//! call its methods at once. Arrays of more than 32768 elements are split
//! across up to `sciport_set_num_threads` threads.

use std::ffi::{c_char, c_void, CStr};
use std::mem::offset_of;

use crate::capi::boundary::{
    deref, guard, null_error, opt_str, read_options, require_out, sciport_error, sciport_status,
    slice_in, slice_out, write_out,
};
use crate::capi::optimize::{sciport_scalar_func, Callback};
use crate::capi::views::{apply_elementwise, sciport_ndarray};
use crate::error::{Error, Result};
use crate::stats::distributions::expect::ExpectOptions;
use crate::stats::distributions::fit::{fit, FitMethod, FitRequest};
use crate::stats::distributions::moments::Wanted;
use crate::stats::distributions::{self, Distribution, Family, Pointwise};

/// A frozen distribution: `scipy.stats.<name>(*shapes, loc=loc,
/// scale=scale)`. Created by `sciport_stats_dist_new`, released by
/// `sciport_stats_dist_free`. Immutable; safe to use from many threads at
/// once.
#[allow(non_camel_case_types)]
pub struct sciport_dist {
    inner: Distribution,
}

/// Reads a NUL-terminated family name.
unsafe fn family_name<'a>(name: *const c_char) -> Result<&'a str> {
    if name.is_null() {
        return Err(null_error("name"));
    }
    CStr::from_ptr(name)
        .to_str()
        .map_err(|_| Error::invalid("name is not valid UTF-8"))
}

/// Freezes the distribution SciPy calls `name` (e.g. "norm", "beta",
/// "poisson"; see `sciport_stats_dist_names`) at the `n_shapes` shape
/// parameters `shapes` (in SciPy's order, `sciport_stats_dist_family`
/// gives their names), `loc` and `scale` (`scipy.stats.<name>(*shapes,
/// loc=loc, scale=scale)`; discrete families take loc only: pass scale 1).
///
/// Parameter values SciPy accepts without raising but marks invalid
/// (beta with a ≤ 0, scale ≤ 0, NaN, ...) are not errors: every method then
/// gives NaN, as SciPy's do.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (name, out, or shapes with
/// n_shapes > 0), `SCIPORT_ERR_UNKNOWN_NAME` (the message lists the
/// accepted names), `SCIPORT_ERR_INVALID_ARGUMENT` (n_shapes differs from
/// the family's count; scale ≠ 1 for a discrete family). `*out` is written
/// only on success; release it with `sciport_stats_dist_free`.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_new(
    name: *const c_char,
    shapes: *const f64,
    n_shapes: usize,
    loc: f64,
    scale: f64,
    out: *mut *mut sciport_dist,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let name = family_name(name)?;
        let shapes = slice_in(shapes, n_shapes, "shapes")?;
        require_out(out, "out")?;
        let inner = Distribution::new(name, shapes, loc, scale)?;
        write_out(out, Box::into_raw(Box::new(sciport_dist { inner })), "out")
    })
}

/// Releases a distribution made by `sciport_stats_dist_new`. NULL is
/// accepted and ignored.
/// Thread safety: no other thread may use `dist` meanwhile.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_free(dist: *mut sciport_dist) {
    if !dist.is_null() {
        // SAFETY: created by Box::into_raw in `sciport_stats_dist_new`, freed once.
        drop(unsafe { Box::from_raw(dist) });
    }
}

/// The names of every family sciport provides, comma-separated in SciPy's
/// documentation order (continuous, then discrete), e.g.
/// "norm, beta, ..., poisson, ...". Static string.
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_names() -> *const c_char {
    static NAMES: std::sync::OnceLock<std::ffi::CString> = std::sync::OnceLock::new();
    NAMES
        .get_or_init(|| {
            std::ffi::CString::new(distributions::names().join(", ")).expect("no NUL in names")
        })
        .as_ptr()
}

/// Describes family `name`: `*shapes` receives its shape parameter names,
/// comma-separated in SciPy's order (SciPy's `dist.shapes`, "" when it has
/// none; static string), `*n_shapes` their count and `*discrete` whether it
/// is a discrete family (pmf instead of pdf, no scale). Any output pointer
/// may be NULL to skip it.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (name), `SCIPORT_ERR_UNKNOWN_NAME`.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_family(
    name: *const c_char,
    shapes: *mut *const c_char,
    n_shapes: *mut usize,
    discrete: *mut bool,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let family = Family::find(family_name(name)?)?;
        if !shapes.is_null() {
            *shapes = family.shapes.as_ptr();
        }
        if !n_shapes.is_null() {
            *n_shapes = family.shape_count();
        }
        if !discrete.is_null() {
            *discrete = family.discrete;
        }
        Ok(())
    })
}

/// Applies pointwise method `m` of `dist` from `x` into `out`.
unsafe fn pointwise(
    dist: *const sciport_dist,
    m: Pointwise,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
) -> Result<()> {
    let d = &deref(dist, "dist")?.inner;
    d.check_method(m)?;
    apply_elementwise([(x, "x")], out, |[x]| d.evaluate(m, x))
}

/// The probability density function, elementwise (`scipy.stats.<name>.pdf(x)` of the frozen distribution).
///
/// `out[i] = pdf(x[i])` with `x` broadcast to `out`'s shape; 0 outside the support;
/// NaN where the parameters are invalid or `x[i]` is NaN. Continuous families only: a discrete `dist` is `SCIPORT_ERR_INVALID_ARGUMENT` (use pmf).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`x` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_pdf(
    dist: *const sciport_dist,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Pdf, x, out) })
}

/// The log of the probability density function, elementwise (`logpdf(x)` of the frozen distribution).
///
/// `out[i] = logpdf(x[i])` with `x` broadcast to `out`'s shape; -inf outside the support;
/// NaN where the parameters are invalid or `x[i]` is NaN. Continuous families only: a discrete `dist` is `SCIPORT_ERR_INVALID_ARGUMENT` (use pmf).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`x` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_logpdf(
    dist: *const sciport_dist,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        pointwise(dist, Pointwise::Logpdf, x, out)
    })
}

/// The probability mass function, elementwise (`pmf(k)` of the frozen distribution).
///
/// `out[i] = pmf(k[i])` with `k` broadcast to `out`'s shape; 0 at non-integers and outside the support;
/// NaN where the parameters are invalid or `k[i]` is NaN. Discrete families only: a continuous `dist` is `SCIPORT_ERR_INVALID_ARGUMENT` (use pdf).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`k` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_pmf(
    dist: *const sciport_dist,
    k: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Pmf, k, out) })
}

/// The log of the probability mass function, elementwise (`logpmf(k)` of the frozen distribution).
///
/// `out[i] = logpmf(k[i])` with `k` broadcast to `out`'s shape; -inf at non-integers and outside the support;
/// NaN where the parameters are invalid or `k[i]` is NaN. Discrete families only: a continuous `dist` is `SCIPORT_ERR_INVALID_ARGUMENT` (use pdf).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`k` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_logpmf(
    dist: *const sciport_dist,
    k: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        pointwise(dist, Pointwise::Logpmf, k, out)
    })
}

/// The cumulative distribution function P(X ≤ x), elementwise (`cdf(x)` of the frozen distribution).
///
/// `out[i] = cdf(x[i])` with `x` broadcast to `out`'s shape; 0 below the support, 1 at or above its upper end;
/// NaN where the parameters are invalid or `x[i]` is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`x` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_cdf(
    dist: *const sciport_dist,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Cdf, x, out) })
}

/// The log of the cumulative distribution function, elementwise (`logcdf(x)` of the frozen distribution).
///
/// `out[i] = logcdf(x[i])` with `x` broadcast to `out`'s shape; -inf below the support, 0 at or above its upper end;
/// NaN where the parameters are invalid or `x[i]` is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`x` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_logcdf(
    dist: *const sciport_dist,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        pointwise(dist, Pointwise::Logcdf, x, out)
    })
}

/// The survival function P(X > x) = 1 − cdf(x), computed directly where the family can, elementwise (`sf(x)` of the frozen distribution).
///
/// `out[i] = sf(x[i])` with `x` broadcast to `out`'s shape; 1 at or below the lower end of the support, 0 above it;
/// NaN where the parameters are invalid or `x[i]` is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`x` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_sf(
    dist: *const sciport_dist,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Sf, x, out) })
}

/// The log of the survival function, elementwise (`logsf(x)` of the frozen distribution).
///
/// `out[i] = logsf(x[i])` with `x` broadcast to `out`'s shape; 0 at or below the lower end of the support, -inf above it;
/// NaN where the parameters are invalid or `x[i]` is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`x` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_logsf(
    dist: *const sciport_dist,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Logsf, x, out) })
}

/// The percent point function (inverse of cdf): for a discrete family the smallest k with cdf(k) ≥ q, elementwise (`ppf(q)` of the frozen distribution).
///
/// `out[i] = ppf(q[i])` with `q` broadcast to `out`'s shape; the support's lower end at q = 0 (one below it for a discrete family), its upper end at q = 1, NaN outside [0, 1];
/// NaN where the parameters are invalid or `q[i]` is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`q` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_ppf(
    dist: *const sciport_dist,
    q: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Ppf, q, out) })
}

/// The inverse survival function (inverse of sf), elementwise (`isf(q)` of the frozen distribution).
///
/// `out[i] = isf(q[i])` with `q` broadcast to `out`'s shape; the support's upper end at q = 0, its lower end at q = 1 (one below it for a discrete family), NaN outside [0, 1];
/// NaN where the parameters are invalid or `q[i]` is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (`q` not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_isf(
    dist: *const sciport_dist,
    q: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { pointwise(dist, Pointwise::Isf, q, out) })
}

/// Reads `dist` and writes `value(dist)` to `out`.
unsafe fn scalar(
    dist: *const sciport_dist,
    out: *mut f64,
    value: impl FnOnce(&Distribution) -> Result<f64>,
) -> Result<()> {
    let d = &deref(dist, "dist")?.inner;
    require_out(out, "out")?;
    let v = value(d)?;
    write_out(out, v, "out")
}

/// The mean of the frozen distribution (`mean()`); NaN for invalid parameters,
/// inf or NaN where SciPy's is (e.g. cauchy: NaN).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out); `*out` is written only on
/// success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_mean(
    dist: *const sciport_dist,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { scalar(dist, out, |d| Ok(d.mean())) })
}

/// The variance of the frozen distribution (`var()`); NaN for invalid parameters,
/// inf or NaN where SciPy's is.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out); `*out` is written only on
/// success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_var(
    dist: *const sciport_dist,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { scalar(dist, out, |d| Ok(d.var())) })
}

/// The standard deviation, √var of the frozen distribution (`std()`); NaN for invalid parameters,
/// inf or NaN where SciPy's is.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out); `*out` is written only on
/// success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_std(
    dist: *const sciport_dist,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { scalar(dist, out, |d| Ok(d.std())) })
}

/// The median, ppf(0.5) of the frozen distribution (`median()`); NaN for invalid parameters,
/// as ppf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out); `*out` is written only on
/// success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_median(
    dist: *const sciport_dist,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { scalar(dist, out, |d| Ok(d.median())) })
}

/// The differential entropy (continuous; nats) or Shannon entropy (discrete) of the frozen distribution (`entropy()`); NaN for invalid parameters,
/// -inf / inf where SciPy's is.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out); `*out` is written only on
/// success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_entropy(
    dist: *const sciport_dist,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { scalar(dist, out, |d| Ok(d.entropy())) })
}

/// The non-central moment E[X^order] of the frozen distribution
/// (`moment(order)`); 1 for order 0, NaN for invalid parameters, inf or NaN
/// where the moment does not exist, as in SciPy.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (order < 0: SciPy's "Moment must be
/// positive."); `*out` is written only on success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_moment(
    dist: *const sciport_dist,
    order: i64,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        scalar(dist, out, |d| {
            let n = u32::try_from(order).map_err(|_| {
                Error::invalid(format!("Moment must be positive. (order = {order})"))
            })?;
            Ok(d.moment(n))
        })
    })
}

/// Mean, variance, Fisher skewness and excess kurtosis of the frozen
/// distribution (`stats(moments="mvsk")`). Any output pointer may be NULL:
/// only the statistics asked for are computed (SciPy's `moments` letters).
/// NaN for invalid parameters; inf or NaN where a moment does not exist,
/// as in SciPy.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist); outputs are written only on
/// success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_stats(
    dist: *const sciport_dist,
    mean: *mut f64,
    var: *mut f64,
    skew: *mut f64,
    kurtosis: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let d = &deref(dist, "dist")?.inner;
        let wanted = Wanted {
            mean: !mean.is_null(),
            var: !var.is_null(),
            skew: !skew.is_null(),
            kurtosis: !kurtosis.is_null(),
        };
        let s = d.stats(wanted);
        for (p, v) in [
            (mean, s.mean),
            (var, s.var),
            (skew, s.skew),
            (kurtosis, s.kurtosis),
        ] {
            if !p.is_null() {
                *p = v;
            }
        }
        Ok(())
    })
}

/// The interval with equal tail probabilities around the median holding
/// `confidence` of the probability (`interval(confidence)`):
/// `*lo = ppf((1 - confidence)/2)`, `*hi = ppf((1 + confidence)/2)`. NaN
/// confidence gives NaN ends.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, lo, hi),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (confidence outside [0, 1]: SciPy's
/// ValueError); outputs are written only on success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_interval(
    dist: *const sciport_dist,
    confidence: f64,
    lo: *mut f64,
    hi: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let d = &deref(dist, "dist")?.inner;
        require_out(lo, "lo")?;
        require_out(hi, "hi")?;
        let (a, b) = d.interval(confidence)?;
        write_out(lo, a, "lo")?;
        write_out(hi, b, "hi")
    })
}

/// The support [lo, hi] of the frozen distribution after loc and scale
/// (`support()`); NaN ends for invalid parameters, ±inf for unbounded ends.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, lo, hi); outputs are written
/// only on success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_support(
    dist: *const sciport_dist,
    lo: *mut f64,
    hi: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let d = &deref(dist, "dist")?.inner;
        require_out(lo, "lo")?;
        require_out(hi, "hi")?;
        let (a, b) = d.support();
        write_out(lo, a, "lo")?;
        write_out(hi, b, "hi")
    })
}

/// Options of `sciport_stats_dist_fit`, mirroring `rv_continuous.fit`'s
/// keywords. Get SciPy's defaults from `sciport_stats_dist_fit_options_default()`
/// and change only what you need. NaN means SciPy's `None` for doubles.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_dist_fit_options {
    /// sizeof(sciport_dist_fit_options); lets the struct grow compatibly.
    pub struct_size: usize,
    /// "MLE" (maximum likelihood; NULL means this) or "MM" (method of
    /// moments), case-insensitive.
    pub method: *const c_char,
    /// NULL, or one value per shape parameter: the value to hold it fixed at
    /// (SciPy's `f0`, `fa`, `fix_a`, ...), NaN to estimate it.
    pub fixed_shapes: *const f64,
    /// Fixed location (`floc`); NaN = estimate it.
    pub floc: f64,
    /// Fixed scale (`fscale`); NaN = estimate it.
    pub fscale: f64,
    /// NULL, or one starting value per shape parameter (SciPy's positional
    /// guesses), NaN = SciPy's own starting value (`_fitstart`).
    pub guess_shapes: *const f64,
    /// Starting location (`loc=`); NaN = SciPy's.
    pub loc: f64,
    /// Starting scale (`scale=`); NaN = SciPy's.
    pub scale: f64,
}

/// SciPy's defaults for `fit`: method NULL ("MLE"), nothing fixed (NULL and
/// NaN), SciPy's starting values (NULL and NaN).
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_fit_options_default() -> sciport_dist_fit_options {
    sciport_dist_fit_options {
        struct_size: std::mem::size_of::<sciport_dist_fit_options>(),
        method: std::ptr::null(),
        fixed_shapes: std::ptr::null(),
        floc: f64::NAN,
        fscale: f64::NAN,
        guess_shapes: std::ptr::null(),
        loc: f64::NAN,
        scale: f64::NAN,
    }
}

const FIT_FIELDS: [usize; 7] = {
    type O = sciport_dist_fit_options;
    [
        offset_of!(O, method),
        offset_of!(O, fixed_shapes),
        offset_of!(O, floc),
        offset_of!(O, fscale),
        offset_of!(O, guess_shapes),
        offset_of!(O, loc),
        offset_of!(O, scale),
    ]
};

/// NaN as SciPy's `None`.
fn optional(x: f64) -> Option<f64> {
    (!x.is_nan()).then_some(x)
}

/// One optional value per shape from a NULL-able array of `n` doubles.
unsafe fn per_shape(p: *const f64, n: usize, name: &str) -> Result<Vec<Option<f64>>> {
    if p.is_null() {
        return Ok(vec![None; n]);
    }
    Ok(slice_in(p, n, name)?
        .iter()
        .copied()
        .map(optional)
        .collect())
}

/// Parses `fit`'s method name as SciPy does (case-insensitive).
fn fit_method(name: Option<&str>) -> Result<FitMethod> {
    match name.map(str::to_ascii_lowercase).as_deref() {
        None | Some("mle") => Ok(FitMethod::Mle),
        Some("mm") => Ok(FitMethod::Mm),
        Some(other) => Err(Error::unknown_name("fit method", other, &["MLE", "MM"])),
    }
}

/// Fits continuous family `name` to the `n` values of `data`
/// (`scipy.stats.<name>.fit(data, ...)`): maximum likelihood by default
/// (SciPy's penalised negative log-likelihood minimised with Nelder–Mead
/// from SciPy's starting values, or the family's closed form where SciPy
/// has one), or the method of moments; parameters may be held fixed.
/// Writes the `n_shapes` shape estimates to `shapes` (SciPy's order), and
/// the location and scale to `*loc` and `*scale`. `options` NULL = SciPy's
/// defaults.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (name, data with n > 0, an output),
/// `SCIPORT_ERR_UNKNOWN_NAME` (family or method),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (a discrete family; n_shapes not the
/// family's count; n = 0; non-finite data: "The data contains non-finite
/// values."; every parameter fixed: "All parameters fixed. There is nothing
/// to optimize."; MM meeting a non-finite moment; a bad struct_size),
/// `SCIPORT_ERR_FIT_FAILED` (the optimum lies outside the parameter space,
/// SciPy's FitError message). Outputs are written only on success.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_fit(
    name: *const c_char,
    data: *const f64,
    n: usize,
    options: *const sciport_dist_fit_options,
    shapes: *mut f64,
    n_shapes: usize,
    loc: *mut f64,
    scale: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let family = Family::find(family_name(name)?)?;
        let data = slice_in(data, n, "data")?;
        let o = read_options(
            options,
            sciport_stats_dist_fit_options_default(),
            &FIT_FIELDS,
            "options",
        )?;
        let count = family.shape_count();
        if n_shapes != count {
            return Err(Error::invalid(format!(
                "{} has {count} shape parameters; n_shapes is {n_shapes}",
                family.name
            )));
        }
        let out_shapes = slice_out(shapes, n_shapes, "shapes")?;
        require_out(loc, "loc")?;
        require_out(scale, "scale")?;
        let request = FitRequest {
            data,
            method: fit_method(opt_str(o.method, "options.method")?)?,
            fixed_shapes: per_shape(o.fixed_shapes, count, "options.fixed_shapes")?,
            floc: optional(o.floc),
            fscale: optional(o.fscale),
            guess_shapes: per_shape(o.guess_shapes, count, "options.guess_shapes")?,
            guess_loc: optional(o.loc),
            guess_scale: optional(o.scale),
        };
        let fitted = fit(family, &request)?;
        out_shapes.copy_from_slice(&fitted.shapes);
        write_out(loc, fitted.loc, "loc")?;
        write_out(scale, fitted.scale, "scale")
    })
}

/// Options of `sciport_stats_dist_expect`, mirroring `expect`'s keywords.
/// Get SciPy's defaults from `sciport_stats_dist_expect_options_default()`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_dist_expect_options {
    /// sizeof(sciport_dist_expect_options); lets the struct grow compatibly.
    pub struct_size: usize,
    /// Lower end of the range; NaN = the support's lower end (`lb=None`).
    pub lb: f64,
    /// Upper end of the range; NaN = the support's upper end (`ub=None`).
    pub ub: f64,
    /// Divide by the probability of [lb, ub] (`conditional`).
    pub conditional: bool,
    /// Continuous families: `quad`'s `epsabs` (1.49e-8).
    pub epsabs: f64,
    /// Continuous families: `quad`'s `epsrel` (1.49e-8).
    pub epsrel: f64,
    /// Continuous families: `quad`'s `limit` on subintervals (50).
    pub limit: usize,
    /// Discrete families: terms summed before giving up (`maxcount`, 1000).
    pub maxcount: usize,
    /// Discrete families: summation stops at a chunk whose sum is below
    /// `tolerance` per term (`tolerance`, 1e-10).
    pub tolerance: f64,
}

/// SciPy's defaults for `expect`: lb = ub = NaN (the support), conditional
/// false, epsabs = epsrel = 1.49e-8, limit 50, maxcount 1000, tolerance 1e-10.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_stats_dist_expect_options_default() -> sciport_dist_expect_options {
    let d = ExpectOptions::default();
    sciport_dist_expect_options {
        struct_size: std::mem::size_of::<sciport_dist_expect_options>(),
        lb: f64::NAN,
        ub: f64::NAN,
        conditional: d.conditional,
        epsabs: d.epsabs,
        epsrel: d.epsrel,
        limit: d.limit,
        maxcount: d.maxcount,
        tolerance: d.tolerance,
    }
}

const EXPECT_FIELDS: [usize; 8] = {
    type O = sciport_dist_expect_options;
    [
        offset_of!(O, lb),
        offset_of!(O, ub),
        offset_of!(O, conditional),
        offset_of!(O, epsabs),
        offset_of!(O, epsrel),
        offset_of!(O, limit),
        offset_of!(O, maxcount),
        offset_of!(O, tolerance),
    ]
};

/// The expected value E[func(X)] of the frozen distribution over [lb, ub]
/// (`expect(func, lb=, ub=, conditional=)`): for a continuous family the
/// sum of three `quad` integrals of func·pdf split at the 5% and 95%
/// quantiles of the range, for a discrete one SciPy's summation outward
/// from the median. `func` NULL is the identity (the mean); it is called
/// once per point with `user_data`, and a non-zero return aborts.
/// `options` NULL = SciPy's defaults. NaN for invalid parameters.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (dist, out),
/// `SCIPORT_ERR_CALLBACK` (func returned non-zero; its code is in
/// `sciport_error_callback_code`), `SCIPORT_ERR_INVALID_ARGUMENT` (a bad
/// struct_size; epsabs ≤ 0 with epsrel < max(50 eps, 5e-29), or limit 0).
/// `*out` is written only on success.
/// Thread safety: reentrant (func is called on the calling thread).
#[no_mangle]
pub extern "C" fn sciport_stats_dist_expect(
    dist: *const sciport_dist,
    func: sciport_scalar_func,
    user_data: *mut c_void,
    options: *const sciport_dist_expect_options,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let d = &deref(dist, "dist")?.inner;
        require_out(out, "out")?;
        let o = read_options(
            options,
            sciport_stats_dist_expect_options_default(),
            &EXPECT_FIELDS,
            "options",
        )?;
        let options = ExpectOptions {
            lb: optional(o.lb),
            ub: optional(o.ub),
            conditional: o.conditional,
            epsabs: o.epsabs,
            epsrel: o.epsrel,
            limit: o.limit,
            maxcount: o.maxcount,
            tolerance: o.tolerance,
        };
        let callback = Callback::new(func, user_data, "func");
        let mut call = |x: f64| callback.as_ref().map_or(Ok(x), |c| c.call(x));
        let value = if func.is_some() {
            d.expect(Some(&mut call), &options)?
        } else {
            d.expect(None, &options)?
        };
        write_out(out, value, "out")
    })
}
