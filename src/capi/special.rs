//! C face of `scipy.special`: each function is a NumPy ufunc. It reads one
//! to three strided input views, broadcasts them against the output view as
//! NumPy broadcasts ufunc operands (trailing dimensions aligned, an input
//! extent equal to the output's or 1; the output's shape is never changed),
//! and writes the function's value at every element of `out`. An input may
//! share memory with `out` (in-place use).
//!
//! Domain errors are values, as in SciPy: an element outside a function's
//! domain gives NaN (or ±inf at poles) in `out`, and the call succeeds.
//! Errors are reserved for the arguments themselves:
//! `SCIPORT_ERR_NULL_POINTER` (a view, or its data for a non-empty view, is
//! NULL), `SCIPORT_ERR_INVALID_ARGUMENT` (ndim 0 or above 64, a layout larger
//! than memory, an output whose elements share memory) and
//! `SCIPORT_ERR_DIMENSION_MISMATCH` (an input that cannot be broadcast to
//! the output's shape). `out` is written only on success.
//!
//! Thread safety: every function is reentrant. Arrays of more than 32768
//! elements are split across up to `sciport_set_num_threads` threads (all
//! cores by default).

use crate::capi::boundary::{guard, sciport_error, sciport_status};
use crate::capi::views::{apply_elementwise, sciport_ndarray};
use crate::special::{
    bessel, beta, binom, combinatorics, convex, degrees, digamma, distribution, elementary,
    elliptic, error_function, gamma, incomplete_beta, incomplete_beta_inverse, incomplete_gamma,
    incomplete_gamma_inverse, kolmogorov, lambert, logistic, modified_bessel, normal, owens_t,
    smirnov, zeta,
};

/// The error function erf(x) = 2/√π ∫₀ˣ exp(−t²) dt, elementwise
/// (`scipy.special.erf(x)`).
///
/// `out[i] = erf(x[i])`. erf(±inf) = ±1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_erf(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| error_function::erf(x))
    })
}

/// The complementary error function erfc(x) = 1 − erf(x), accurate where erf(x) is
/// near 1, elementwise (`scipy.special.erfc(x)`).
///
/// `out[i] = erfc(x[i])`. erfc(−inf) = 2, erfc(inf) = 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_erfc(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| error_function::erfc(x))
    })
}

/// The scaled complementary error function erfcx(x) = exp(x²) erfc(x), elementwise
/// (`scipy.special.erfcx(x)`).
///
/// `out[i] = erfcx(x[i])`. erfcx(−inf) = inf; overflows to inf for x below about
/// −26.6.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_erfcx(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| error_function::erfcx(x))
    })
}

/// The inverse error function: y with erf(y) = x, elementwise
/// (`scipy.special.erfinv(x)`).
///
/// `out[i] = erfinv(x[i])`. NaN outside [−1, 1]; ±inf at ±1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_erfinv(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| error_function::erfinv(x))
    })
}

/// The inverse complementary error function: y with erfc(y) = x, elementwise
/// (`scipy.special.erfcinv(x)`).
///
/// `out[i] = erfcinv(x[i])`. NaN outside [0, 2]; inf at 0, −inf at 2.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_erfcinv(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| error_function::erfcinv(x))
    })
}

/// The standard normal distribution function Φ(x) = ½ erfc(−x/√2), elementwise
/// (`scipy.special.ndtr(x)`).
///
/// `out[i] = ndtr(x[i])`. Φ(−inf) = 0, Φ(inf) = 1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ndtr(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| normal::ndtr(x))
    })
}

/// The logarithm of the standard normal distribution function, log Φ(x), accurate
/// far into both tails, elementwise (`scipy.special.log_ndtr(x)`).
///
/// `out[i] = log_ndtr(x[i])`. −inf at −inf, 0 at inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_log_ndtr(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| normal::log_ndtr(x))
    })
}

/// The standard normal quantile: y with Φ(y) = x, elementwise
/// (`scipy.special.ndtri(x)`).
///
/// `out[i] = ndtri(x[i])`. NaN outside [0, 1]; −inf at 0, inf at 1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ndtri(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| normal::ndtri(x))
    })
}

/// The inverse of log_ndtr: y with log Φ(y) = x, elementwise
/// (`scipy.special.ndtri_exp(x)`).
///
/// `out[i] = ndtri_exp(x[i])`. NaN for x > 0; inf at 0, −inf at −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ndtri_exp(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| normal::ndtri_exp(x))
    })
}

/// The logistic sigmoid expit(x) = 1/(1 + exp(−x)), elementwise
/// (`scipy.special.expit(x)`).
///
/// `out[i] = expit(x[i])`. 0 at −inf, 1 at inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_expit(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| logistic::expit(x))
    })
}

/// The logit log(p/(1 − p)), inverse of expit, elementwise
/// (`scipy.special.logit(x)`).
///
/// `out[i] = logit(x[i])`. NaN outside [0, 1]; −inf at 0, inf at 1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_logit(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| logistic::logit(x))
    })
}

/// The logarithm of the logistic sigmoid, log(expit(x)), without overflow or
/// cancellation, elementwise (`scipy.special.log_expit(x)`).
///
/// `out[i] = log_expit(x[i])`. −inf at −inf, 0 at inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_log_expit(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| logistic::log_expit(x))
    })
}

/// log(1 + x), accurate for small x, elementwise (`scipy.special.log1p(x)`).
///
/// `out[i] = log1p(x[i])`. NaN below −1; −inf at −1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_log1p(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::log1p(x))
    })
}

/// exp(x) − 1, accurate for small x, elementwise (`scipy.special.expm1(x)`).
///
/// `out[i] = expm1(x[i])`. −1 at −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_expm1(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::expm1(x))
    })
}

/// x·log(y), defined as 0 where x = 0 (unless y is NaN), elementwise
/// (`scipy.special.xlogy(x, y)`).
///
/// `out[i] = xlogy(x[i], y[i])`. `x` and `y` broadcast against `out`. NaN where y <
/// 0 and x ≠ 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_xlogy(
    x: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (y, "y")], out, |[x, y]| elementary::xlogy(x, y))
    })
}

/// x·log1p(y), defined as 0 where x = 0 (unless y is NaN), elementwise
/// (`scipy.special.xlog1py(x, y)`).
///
/// `out[i] = xlog1py(x[i], y[i])`. `x` and `y` broadcast against `out`. NaN where y
/// < −1 and x ≠ 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_xlog1py(
    x: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (y, "y")], out, |[x, y]| {
            elementary::xlog1py(x, y)
        })
    })
}

/// The Box–Cox transform (x^λ − 1)/λ, log(x) for λ = 0, elementwise
/// (`scipy.special.boxcox(x, lmbda)`).
///
/// `out[i] = boxcox(x[i], lmbda[i])`. `x` and `lmbda` broadcast against `out`. NaN
/// for x < 0; −inf at x = 0 when λ ≤ 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_boxcox(
    x: *const sciport_ndarray,
    lmbda: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (lmbda, "lmbda")], out, |[x, lmbda]| {
            elementary::boxcox(x, lmbda)
        })
    })
}

/// The inverse Box–Cox transform (1 + λy)^(1/λ), exp(y) for λ = 0, elementwise
/// (`scipy.special.inv_boxcox(y, lmbda)`).
///
/// `out[i] = inv_boxcox(y[i], lmbda[i])`. `y` and `lmbda` broadcast against `out`.
/// NaN where 1 + λy < 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_inv_boxcox(
    y: *const sciport_ndarray,
    lmbda: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(y, "y"), (lmbda, "lmbda")], out, |[y, lmbda]| {
            elementary::inv_boxcox(y, lmbda)
        })
    })
}

/// The elementwise entropy −x·log(x) (0 at x = 0), elementwise
/// (`scipy.special.entr(x)`).
///
/// `out[i] = entr(x[i])`. −inf for x < 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_entr(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| convex::entr(x))
    })
}

/// The elementwise relative entropy x·log(x/y) (0 at x = 0 ≤ y), elementwise
/// (`scipy.special.rel_entr(x, y)`).
///
/// `out[i] = rel_entr(x[i], y[i])`. `x` and `y` broadcast against `out`. inf where
/// x < 0 or y ≤ 0 (except x = y = 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_rel_entr(
    x: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (y, "y")], out, |[x, y]| convex::rel_entr(x, y))
    })
}

/// The elementwise Kullback–Leibler term x·log(x/y) − x + y (y at x = 0),
/// elementwise (`scipy.special.kl_div(x, y)`).
///
/// `out[i] = kl_div(x[i], y[i])`. `x` and `y` broadcast against `out`. inf where x
/// < 0 or y ≤ 0 (except x = 0 ≤ y).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_kl_div(
    x: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (y, "y")], out, |[x, y]| convex::kl_div(x, y))
    })
}

/// The Huber loss: r²/2 for |r| ≤ δ, δ(|r| − δ/2) otherwise, elementwise
/// (`scipy.special.huber(delta, r)`).
///
/// `out[i] = huber(delta[i], r[i])`. `delta` and `r` broadcast against `out`. inf
/// for δ < 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_huber(
    delta: *const sciport_ndarray,
    r: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(delta, "delta"), (r, "r")], out, |[delta, r]| {
            convex::huber(delta, r)
        })
    })
}

/// The pseudo-Huber loss δ²(√(1 + (r/δ)²) − 1), elementwise
/// (`scipy.special.pseudo_huber(delta, r)`).
///
/// `out[i] = pseudo_huber(delta[i], r[i])`. `delta` and `r` broadcast against
/// `out`. inf for δ < 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_pseudo_huber(
    delta: *const sciport_ndarray,
    r: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(delta, "delta"), (r, "r")], out, |[delta, r]| {
            convex::pseudo_huber(delta, r)
        })
    })
}

/// The gamma function Γ(x), elementwise (`scipy.special.gamma(x)`).
///
/// `out[i] = gamma(x[i])`. ±inf at ±0; NaN at the negative integers and at −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gamma(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| gamma::gamma(x))
    })
}

/// The logarithm of the absolute value of the gamma function, log|Γ(x)|,
/// elementwise (`scipy.special.gammaln(x)`).
///
/// `out[i] = gammaln(x[i])`. inf at 0 and at the negative integers; −inf at −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gammaln(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| gamma::gammaln(x))
    })
}

/// The principal branch of log Γ(x) for real x, elementwise
/// (`scipy.special.loggamma(x)`).
///
/// `out[i] = loggamma(x[i])`. NaN for x < 0 (the real result is complex there); inf
/// at 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_loggamma(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| gamma::loggamma(x))
    })
}

/// The sign of the gamma function, ±1, elementwise (`scipy.special.gammasgn(x)`).
///
/// `out[i] = gammasgn(x[i])`. 1 at +0, −1 at −0; NaN at the negative integers, at
/// −inf and at NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gammasgn(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| gamma::gammasgn(x))
    })
}

/// The reciprocal gamma function 1/Γ(x), an entire function, elementwise
/// (`scipy.special.rgamma(x)`).
///
/// `out[i] = rgamma(x[i])`. 0 at 0, at the negative integers and at ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_rgamma(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| gamma::rgamma(x))
    })
}

/// The digamma function ψ(x) = Γ′(x)/Γ(x), elementwise
/// (`scipy.special.digamma(x)`).
///
/// `out[i] = digamma(x[i])`. NaN at the negative integers and at −inf; −inf at +0,
/// inf at −0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_digamma(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| digamma::digamma(x))
    })
}

/// The polygamma function ψ⁽ⁿ⁾(x), the n-th derivative of the digamma function,
/// elementwise (`scipy.special.polygamma(n, x)`).
///
/// `out[i] = polygamma(n[i], x[i])`. `n` and `x` broadcast against `out`. NaN for
/// non-integer or negative n.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_polygamma(
    n: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(n, "n"), (x, "x")], out, |[n, x]| digamma::polygamma(n, x))
    })
}

/// The regularized lower incomplete gamma function P(a, x) = γ(a, x)/Γ(a),
/// elementwise (`scipy.special.gammainc(a, x)`).
///
/// `out[i] = gammainc(a[i], x[i])`. `a` and `x` broadcast against `out`. NaN for a
/// < 0, x < 0 or a = x = 0; P(0, x) = 1 for x > 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gammainc(
    a: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (x, "x")], out, |[a, x]| {
            incomplete_gamma::gammainc(a, x)
        })
    })
}

/// The regularized upper incomplete gamma function Q(a, x) = Γ(a, x)/Γ(a) = 1 −
/// P(a, x), elementwise (`scipy.special.gammaincc(a, x)`).
///
/// `out[i] = gammaincc(a[i], x[i])`. `a` and `x` broadcast against `out`. NaN for a
/// < 0, x < 0 or a = x = 0; Q(0, x) = 0 for x > 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gammaincc(
    a: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (x, "x")], out, |[a, x]| {
            incomplete_gamma::gammaincc(a, x)
        })
    })
}

/// The inverse of the regularized lower incomplete gamma function in x: the x
/// ≥ 0 with P(a, x) = y, elementwise
/// (`scipy.special.gammaincinv(a, y)`).
///
/// `out[i] = gammaincinv(a[i], y[i])`. `a` and `y` broadcast against `out`.
/// 0 at y = 0, inf at y = 1; NaN for a < 0, y outside [0, 1], and a = 0
/// or a = inf with 0 < y < 1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gammaincinv(
    a: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (y, "y")], out, |[a, y]| {
            incomplete_gamma_inverse::gammaincinv(a, y)
        })
    })
}

/// The inverse of the regularized upper incomplete gamma function in x: the x
/// ≥ 0 with Q(a, x) = y, elementwise
/// (`scipy.special.gammainccinv(a, y)`).
///
/// `out[i] = gammainccinv(a[i], y[i])`. `a` and `y` broadcast against `out`.
/// inf at y = 0, 0 at y = 1; NaN for a < 0, y outside [0, 1], and a = 0
/// or a = inf with 0 < y < 1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_gammainccinv(
    a: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (y, "y")], out, |[a, y]| {
            incomplete_gamma_inverse::gammainccinv(a, y)
        })
    })
}

/// The beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b), elementwise
/// (`scipy.special.beta(a, b)`).
///
/// `out[i] = beta(a[i], b[i])`. `a` and `b` broadcast against `out`.
/// SciPy's limits at the poles: for a non-positive integer a (or b), ±B(1 - a - b, b)
/// when the other argument is an integer and 1 - a - b > 0, else inf; 0 where a + b
/// is a non-positive integer (and a, b are not); NaN for NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_beta(
    a: *const sciport_ndarray,
    b: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (b, "b")], out, |[a, b]| beta::beta(a, b))
    })
}

/// The logarithm of the absolute value of the beta function, ln|B(a, b)|, accurate
/// for large arguments, elementwise
/// (`scipy.special.betaln(a, b)`).
///
/// `out[i] = betaln(a[i], b[i])`. `a` and `b` broadcast against `out`.
/// inf where `beta` is infinite, -inf where it is 0; NaN for NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_betaln(
    a: *const sciport_ndarray,
    b: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (b, "b")], out, |[a, b]| beta::betaln(a, b))
    })
}

/// The binomial coefficient C(n, k) = Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)) for real n
/// and k, elementwise (`scipy.special.binom(n, k)`).
///
/// `out[i] = binom(n[i], k[i])`. `n` and `k` broadcast against `out`. Exact
/// integers for integer n and k (k < 20, or by symmetry); NaN for negative integer
/// n; 0 where n - k + 1 is a pole of Γ.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_binom(
    n: *const sciport_ndarray,
    k: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(n, "n"), (k, "k")], out, |[n, k]| binom::binom(n, k))
    })
}

/// The number of combinations of N things taken k at a time, elementwise
/// (`scipy.special.comb(N, k, exact=False, repetition)`); the exact integers
/// are `sciport_special_comb_exact`.
///
/// `out[i] = comb(N[i], k[i])`. `N` and `k` broadcast against `out`. Without
/// repetition binom(N, k) where 0 ≤ k ≤ N and 0 elsewhere (also for NaN, as
/// SciPy); with repetition (combinations with replacement) binom(N + k − 1, k),
/// and 1 for k = 0 ≤ N.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
#[allow(non_snake_case)] // SciPy's argument name
pub extern "C" fn sciport_special_comb(
    N: *const sciport_ndarray,
    k: *const sciport_ndarray,
    repetition: bool,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(N, "N"), (k, "k")], out, |[n, k]| {
            combinatorics::comb(n, k, repetition)
        })
    })
}

/// The number of permutations of N things taken k at a time, N!/(N − k)!,
/// elementwise (`scipy.special.perm(N, k)`, exact=False); the exact integers
/// are `sciport_special_perm_exact`.
///
/// `out[i] = perm(N[i], k[i])`. `N` and `k` broadcast against `out`. 0 unless
/// 0 ≤ k ≤ N (also for NaN, as SciPy); Γ(N + 1)/Γ(N − k + 1) for real N and k.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
#[allow(non_snake_case)] // SciPy's argument name
pub extern "C" fn sciport_special_perm(
    N: *const sciport_ndarray,
    k: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(N, "N"), (k, "k")], out, |[n, k]| {
            combinatorics::perm(n, k)
        })
    })
}

/// The factorial n! = Γ(n + 1), elementwise (`scipy.special.factorial(n)`,
/// exact=False); the exact integers are `sciport_special_factorial_exact`.
///
/// `out[i] = factorial(n[i])`. 0 for n < 0, NaN for NaN, +inf above 170.62;
/// real n allowed (Γ(n + 1)), integers exact below 2⁵³ and correctly rounded
/// above.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_factorial(
    n: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(n, "n")], out, |[n]| combinatorics::factorial(n))
    })
}

/// The double factorial n!! = n(n − 2)(n − 4)…, elementwise
/// (`scipy.special.factorial2(n)`, exact=False, extend='zero'); the exact
/// integers are `sciport_special_factorial2_exact`.
///
/// `out[i] = factorial2(n[i])`. 0 for n < 0, 1 for n = 0 and 1, +inf above
/// 300; NaN for NaN, ±inf and non-integer n (SciPy accepts only integers here).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_factorial2(
    n: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(n, "n")], out, |[n]| combinatorics::factorial2(n))
    })
}

/// The regularized incomplete beta function
/// I_x(a, b) = ∫₀ˣ t^(a−1) (1−t)^(b−1) dt / B(a, b), elementwise
/// (`scipy.special.betainc(a, b, x)`).
///
/// `out[i] = betainc(a[i], b[i], x[i])`. `a`, `b` and `x` broadcast against
/// `out`. Defined for a, b ≥ 0 and 0 ≤ x ≤ 1 (NaN elsewhere, and for
/// a = b = 0 or both infinite); SciPy's limits: 1 for a = 0 < x, 0 for
/// b = 0 and x < 1, 0 for a = inf, 1 for b = inf (x > 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_betainc(
    a: *const sciport_ndarray,
    b: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (b, "b"), (x, "x")], out, |[a, b, x]| {
            incomplete_beta::betainc(a, b, x)
        })
    })
}

/// The complement 1 − I_x(a, b) of the regularized incomplete beta function,
/// computed without cancellation, elementwise (`scipy.special.betaincc(a, b, x)`).
///
/// `out[i] = betaincc(a[i], b[i], x[i])`. `a`, `b` and `x` broadcast against
/// `out`. `betainc`'s domain and limits, complemented.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_betaincc(
    a: *const sciport_ndarray,
    b: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (b, "b"), (x, "x")], out, |[a, b, x]| {
            incomplete_beta::betaincc(a, b, x)
        })
    })
}

/// The inverse of the regularized incomplete beta function in x: the x in
/// [0, 1] with I_x(a, b) = p, elementwise (`scipy.special.betaincinv(a, b, p)`).
///
/// `out[i] = betaincinv(a[i], b[i], p[i])`. `a`, `b` and `p` broadcast against
/// `out`. 0 at p = 0, 1 at p = 1; NaN for a ≤ 0, b ≤ 0 or p outside [0, 1];
/// SciPy's limits 1 at (a, b) = (inf, 1) and 0 at (1, inf), NaN for other
/// infinite parameters.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_betaincinv(
    a: *const sciport_ndarray,
    b: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (b, "b"), (p, "p")], out, |[a, b, p]| {
            incomplete_beta_inverse::betaincinv(a, b, p)
        })
    })
}

/// The inverse of the complemented incomplete beta function in x: the x in
/// [0, 1] with 1 − I_x(a, b) = q, elementwise
/// (`scipy.special.betainccinv(a, b, q)`).
///
/// `out[i] = betainccinv(a[i], b[i], q[i])`. `a`, `b` and `q` broadcast against
/// `out`. 1 at q = 0, 0 at q = 1; otherwise `betaincinv`'s conventions.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_betainccinv(
    a: *const sciport_ndarray,
    b: *const sciport_ndarray,
    q: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(a, "a"), (b, "b"), (q, "q")], out, |[a, b, q]| {
            incomplete_beta_inverse::betainccinv(a, b, q)
        })
    })
}

/// The chi-square cumulative distribution function with v degrees of freedom,
/// P(v/2, x/2), elementwise (`scipy.special.chdtr(v, x)`).
///
/// `out[i] = chdtr(v[i], x[i])`. `v` and `x` broadcast against `out`. `gammainc`'s domain and limits (NaN for v < 0 or x < 0; 0 at x = 0, 1 at
/// x = inf).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_chdtr(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| {
            distribution::chdtr(v, x)
        })
    })
}

/// The chi-square survival function with v degrees of freedom, Q(v/2, x/2), elementwise (`scipy.special.chdtrc(v, x)`).
///
/// `out[i] = chdtrc(v[i], x[i])`. `v` and `x` broadcast against `out`. `gammaincc`'s domain and limits.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_chdtrc(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| {
            distribution::chdtrc(v, x)
        })
    })
}

/// The inverse of the chi-square survival function: the x with
/// chdtrc(v, x) = p, elementwise (`scipy.special.chdtri(v, p)`).
///
/// `out[i] = chdtri(v[i], p[i])`. `v` and `p` broadcast against `out`. inf at p = 0, 0 at p = 1; NaN for v ≤ 0, v = inf or p outside [0, 1].
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_chdtri(
    v: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (p, "p")], out, |[v, p]| {
            distribution::chdtri(v, p)
        })
    })
}

/// The Poisson cumulative distribution function: the probability of at most
/// floor(k) events for mean m, Q(floor(k) + 1, m), elementwise (`scipy.special.pdtr(k, m)`).
///
/// `out[i] = pdtr(k[i], m[i])`. `k` and `m` broadcast against `out`. NaN for k < 0 or m < 0; 1 at m = 0, 0 at m = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_pdtr(
    k: *const sciport_ndarray,
    m: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (m, "m")], out, |[k, m]| distribution::pdtr(k, m))
    })
}

/// The Poisson survival function: the probability of more than floor(k)
/// events for mean m, P(floor(k) + 1, m), elementwise (`scipy.special.pdtrc(k, m)`).
///
/// `out[i] = pdtrc(k[i], m[i])`. `k` and `m` broadcast against `out`. `pdtr`'s domain.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_pdtrc(
    k: *const sciport_ndarray,
    m: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (m, "m")], out, |[k, m]| {
            distribution::pdtrc(k, m)
        })
    })
}

/// The inverse of the Poisson CDF in the mean: the m with pdtr(k, m) = y, elementwise (`scipy.special.pdtri(k, y)`).
///
/// `out[i] = pdtri(k[i], y[i])`. `k` and `y` broadcast against `out`. inf at y = 0; NaN for k < 0, k = inf or y outside [0, 1) (as in SciPy,
/// y = 1 is NaN).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_pdtri(
    k: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (y, "y")], out, |[k, y]| {
            distribution::pdtri(k, y)
        })
    })
}

/// Student's t cumulative distribution function with df degrees of freedom, elementwise (`scipy.special.stdtr(df, t)`).
///
/// `out[i] = stdtr(df[i], t[i])`. `df` and `t` broadcast against `out`. NaN for df ≤ 0; the normal CDF for df = inf; 0 and 1 at t = ∓inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_stdtr(
    df: *const sciport_ndarray,
    t: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(df, "df"), (t, "t")], out, |[df, t]| {
            distribution::stdtr(df, t)
        })
    })
}

/// The inverse of Student's t CDF: the t with stdtr(df, t) = p, elementwise (`scipy.special.stdtrit(df, p)`).
///
/// `out[i] = stdtrit(df[i], p[i])`. `df` and `p` broadcast against `out`. -inf at p = 0 (SciPy 1.17 returns +inf there), inf at p = 1; NaN for
/// df ≤ 0 or p outside [0, 1]; the normal quantile for df = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_stdtrit(
    df: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(df, "df"), (p, "p")], out, |[df, p]| {
            distribution::stdtrit(df, p)
        })
    })
}

/// The F-distribution cumulative distribution function, I_w(dfn/2, dfd/2)
/// with w = dfn·x/(dfd + dfn·x), elementwise (`scipy.special.fdtr(dfn, dfd, x)`).
///
/// `out[i] = fdtr(dfn[i], dfd[i], x[i])`. `dfn`, `dfd` and `x` broadcast against
/// `out`. NaN for non-positive or infinite degrees of freedom and x < 0; 0 at
/// x = 0, 1 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_fdtr(
    dfn: *const sciport_ndarray,
    dfd: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise(
            [(dfn, "dfn"), (dfd, "dfd"), (x, "x")],
            out,
            |[dfn, dfd, x]| distribution::fdtr(dfn, dfd, x),
        )
    })
}

/// The F-distribution survival function, I_v(dfd/2, dfn/2) with
/// v = dfd/(dfd + dfn·x), elementwise (`scipy.special.fdtrc(dfn, dfd, x)`).
///
/// `out[i] = fdtrc(dfn[i], dfd[i], x[i])`. `dfn`, `dfd` and `x` broadcast against
/// `out`. `fdtr`'s domain; 1 at x = 0, 0 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_fdtrc(
    dfn: *const sciport_ndarray,
    dfd: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise(
            [(dfn, "dfn"), (dfd, "dfd"), (x, "x")],
            out,
            |[dfn, dfd, x]| distribution::fdtrc(dfn, dfd, x),
        )
    })
}

/// The inverse of the F-distribution CDF: the x with fdtr(dfn, dfd, x) = p, elementwise (`scipy.special.fdtri(dfn, dfd, p)`).
///
/// `out[i] = fdtri(dfn[i], dfd[i], p[i])`. `dfn`, `dfd` and `p` broadcast against
/// `out`. 0 at p = 0, inf at p = 1; NaN for bad degrees of freedom or p outside
/// [0, 1].
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_fdtri(
    dfn: *const sciport_ndarray,
    dfd: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise(
            [(dfn, "dfn"), (dfd, "dfd"), (p, "p")],
            out,
            |[dfn, dfd, p]| distribution::fdtri(dfn, dfd, p),
        )
    })
}

/// The binomial cumulative distribution function: the probability of at
/// most floor(k) successes in floor(n) trials of probability p, elementwise (`scipy.special.bdtr(k, n, p)`).
///
/// `out[i] = bdtr(k[i], n[i], p[i])`. `k`, `n` and `p` broadcast against
/// `out`. 1 at k = n; NaN for k < 0, k > n, n < 0, infinite k or n, p outside
/// [0, 1].
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_bdtr(
    k: *const sciport_ndarray,
    n: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (n, "n"), (p, "p")], out, |[k, n, p]| {
            distribution::bdtr(k, n, p)
        })
    })
}

/// The binomial survival function: the probability of more than floor(k)
/// successes in floor(n) trials of probability p, elementwise (`scipy.special.bdtrc(k, n, p)`).
///
/// `out[i] = bdtrc(k[i], n[i], p[i])`. `k`, `n` and `p` broadcast against
/// `out`. 1 for k < 0 (SciPy's value), 0 at k = n; otherwise `bdtr`'s domain.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_bdtrc(
    k: *const sciport_ndarray,
    n: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (n, "n"), (p, "p")], out, |[k, n, p]| {
            distribution::bdtrc(k, n, p)
        })
    })
}

/// The inverse of the binomial CDF in p: the p with bdtr(k, n, p) = y, elementwise (`scipy.special.bdtri(k, n, y)`).
///
/// `out[i] = bdtri(k[i], n[i], y[i])`. `k`, `n` and `y` broadcast against
/// `out`. 1 at y = 0, 0 at y = 1; NaN for k < 0, k ≥ n or y outside [0, 1].
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_bdtri(
    k: *const sciport_ndarray,
    n: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (n, "n"), (y, "y")], out, |[k, n, y]| {
            distribution::bdtri(k, n, y)
        })
    })
}

/// The negative binomial cumulative distribution function: the probability
/// of at most floor(k) failures before the floor(n)-th success, I_p(n, k + 1), elementwise (`scipy.special.nbdtr(k, n, p)`).
///
/// `out[i] = nbdtr(k[i], n[i], p[i])`. `k`, `n` and `p` broadcast against
/// `out`. NaN for k < 0, n < 1 (n truncates to 0), infinite k or n, p outside
/// [0, 1].
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_nbdtr(
    k: *const sciport_ndarray,
    n: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (n, "n"), (p, "p")], out, |[k, n, p]| {
            distribution::nbdtr(k, n, p)
        })
    })
}

/// The negative binomial survival function, 1 − I_p(n, k + 1), elementwise (`scipy.special.nbdtrc(k, n, p)`).
///
/// `out[i] = nbdtrc(k[i], n[i], p[i])`. `k`, `n` and `p` broadcast against
/// `out`. `nbdtr`'s domain.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_nbdtrc(
    k: *const sciport_ndarray,
    n: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (n, "n"), (p, "p")], out, |[k, n, p]| {
            distribution::nbdtrc(k, n, p)
        })
    })
}

/// The inverse of the negative binomial CDF in p: the p with
/// nbdtr(k, n, p) = y, elementwise (`scipy.special.nbdtri(k, n, y)`).
///
/// `out[i] = nbdtri(k[i], n[i], y[i])`. `k`, `n` and `y` broadcast against
/// `out`. 0 at y = 0, 1 at y = 1; `nbdtr`'s domain.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_nbdtri(
    k: *const sciport_ndarray,
    n: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(k, "k"), (n, "n"), (y, "y")], out, |[k, n, y]| {
            distribution::nbdtri(k, n, y)
        })
    })
}

/// The complete elliptic integral of the first kind K(m) = ∫₀^{π/2} (1 − m
/// sin²t)^{−1/2} dt, elementwise (`scipy.special.ellipk(m)`).
///
/// `out[i] = ellipk(m[i])`. +inf at m = 1, NaN for m > 1; 0 at m = −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ellipk(
    m: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(m, "m")], out, |[m]| elliptic::ellipk(m))
    })
}

/// K(1 − p), the complete elliptic integral of the first kind near m = 1 with p =
/// 1 − m given exactly, elementwise (`scipy.special.ellipkm1(p)`).
///
/// `out[i] = ellipkm1(p[i])`. +inf at p = 0, NaN for p < 0; 0 at p = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ellipkm1(
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(p, "p")], out, |[p]| elliptic::ellipkm1(p))
    })
}

/// The complete elliptic integral of the second kind E(m) = ∫₀^{π/2} (1 − m
/// sin²t)^{1/2} dt, elementwise (`scipy.special.ellipe(m)`).
///
/// `out[i] = ellipe(m[i])`. 1 at m = 1, NaN for m > 1; inf at m = −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ellipe(
    m: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(m, "m")], out, |[m]| elliptic::ellipe(m))
    })
}

/// The incomplete elliptic integral of the first kind F(φ, m) = ∫₀^φ (1 − m
/// sin²t)^{−1/2} dt, elementwise (`scipy.special.ellipkinc(phi, m)`).
///
/// `out[i] = ellipkinc(phi[i], m[i])`. `phi` and `m` broadcast against `out`. NaN
/// for m > 1 (as SciPy, even where m sin²φ ≤ 1); at m = 1, ±inf once |φ| ≥ π/2
/// (SciPy: +inf for either sign); 0 at m = −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ellipkinc(
    phi: *const sciport_ndarray,
    m: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(phi, "phi"), (m, "m")], out, |[phi, m]| {
            elliptic::ellipkinc(phi, m)
        })
    })
}

/// The incomplete elliptic integral of the second kind E(φ, m) = ∫₀^φ (1 − m
/// sin²t)^{1/2} dt, elementwise (`scipy.special.ellipeinc(phi, m)`).
///
/// `out[i] = ellipeinc(phi[i], m[i])`. `phi` and `m` broadcast against `out`. NaN
/// for m > 1; at m = −inf, ±inf with the sign of φ and 0 at φ = 0 (SciPy: +inf for
/// every φ).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ellipeinc(
    phi: *const sciport_ndarray,
    m: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(phi, "phi"), (m, "m")], out, |[phi, m]| {
            elliptic::ellipeinc(phi, m)
        })
    })
}

/// The real branches of the Lambert W function, the w with w·e^w = x on branch k,
/// elementwise (`scipy.special.lambertw(x, k)`, whose result is complex, where its
/// value is real).
///
/// `out[i] = lambertw(x[i], k[i])`. `x` and `k` broadcast against `out`. Real for
/// k = 0 and x ≥ −1/e, and for k = −1 and −1/e ≤ x < 0 (−inf at x = 0); NaN where
/// the branch is complex (x < −1/e; k = −1 with x > 0; x = −inf; every other k,
/// though −inf at x = 0 for integers k ≠ 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_lambertw(
    x: *const sciport_ndarray,
    k: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (k, "k")], out, |[x, k]| lambert::lambertw(x, k))
    })
}

/// The Hurwitz zeta function ζ(x, q) = Σ_{k≥0} (q + k)^{−x}, elementwise
/// (`scipy.special.zeta(x, q)`).
///
/// `out[i] = zeta(x[i], q[i])`. `x` and `q` broadcast against `out`. +inf at x = 1
/// and at q = 0, −1, −2, …; NaN for x < 1, and for q < 0 unless x is an integer.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_zeta(
    x: *const sciport_ndarray,
    q: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (q, "q")], out, |[x, q]| zeta::hurwitz_zeta(x, q))
    })
}

/// The Riemann zeta function ζ(x) on the whole real line, elementwise
/// (`scipy.special.zeta(x)` with q omitted).
///
/// `out[i] = riemann_zeta(x[i])`. +inf at x = 1, 0 at the negative even integers,
/// 1 at inf; NaN at −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_riemann_zeta(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| zeta::riemann_zeta(x))
    })
}

/// ζ(x) − 1 for the Riemann zeta function, accurate where ζ(x) is close to 1,
/// elementwise (`scipy.special.zetac(x)`).
///
/// `out[i] = zetac(x[i])`. +inf at x = 1, 0 at inf; NaN at −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_zetac(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| zeta::zetac(x))
    })
}

/// The survival function P(K > y) of the Kolmogorov distribution (the limit of
/// √n·Dₙ for the two-sided Kolmogorov–Smirnov statistic), elementwise
/// (`scipy.special.kolmogorov(y)`).
///
/// `out[i] = kolmogorov(y[i])`. 1 for y ≤ 0, 0 at inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_kolmogorov(
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(y, "y")], out, |[y]| kolmogorov::kolmogorov(y))
    })
}

/// The inverse of kolmogorov: the y ≥ 0 with kolmogorov(y) = p, elementwise
/// (`scipy.special.kolmogi(p)`).
///
/// `out[i] = kolmogi(p[i])`. NaN outside [0, 1]; 0 at p = 1, inf at p = 0.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_kolmogi(
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(p, "p")], out, |[p]| kolmogorov::kolmogi(p))
    })
}

/// The relative error exponential (eˣ − 1)/x, elementwise
/// (`scipy.special.exprel(x)`).
///
/// `out[i] = exprel(x[i])`. 1 at x = 0, 0 at −inf; finite up to
/// x ≈ 716 (SciPy overflows to inf from 709.8), inf above.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_exprel(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::exprel(x))
    })
}

/// cos x − 1 without cancellation near multiples of 2π, elementwise
/// (`scipy.special.cosm1(x)`).
///
/// `out[i] = cosm1(x[i])`. NaN at ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_cosm1(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::cosm1(x))
    })
}

/// xʸ − 1 without cancellation where xʸ is near 1, elementwise
/// (`scipy.special.powm1(x, y)`).
///
/// `out[i] = powm1(x[i], y[i])`. `x` and `y` broadcast against `out`. 0 for
/// y = 0 or x = 1; for x < 0 only integer y (NaN otherwise).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_powm1(
    x: *const sciport_ndarray,
    y: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x"), (y, "y")], out, |[x, y]| elementary::powm1(x, y))
    })
}

/// 2ˣ, elementwise (`scipy.special.exp2(x)`).
///
/// `out[i] = exp2(x[i])`.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_exp2(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::exp2(x))
    })
}

/// 10ˣ, elementwise (`scipy.special.exp10(x)`).
///
/// `out[i] = exp10(x[i])`.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_exp10(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::exp10(x))
    })
}

/// The real cube root, elementwise (`scipy.special.cbrt(x)`).
///
/// `out[i] = cbrt(x[i])`.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_cbrt(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::cbrt(x))
    })
}

/// Rounding to the nearest integer, halves to even, elementwise
/// (`scipy.special.round(x)`).
///
/// `out[i] = round(x[i])`.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_round(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| elementary::round(x))
    })
}

/// The sine of an angle in degrees, elementwise (`scipy.special.sindg(x)`).
///
/// `out[i] = sindg(x[i])`. The angle is reduced exactly:
/// exact at multiples of 30° and accurate for any finite x (SciPy returns 0
/// beyond |x| = 10¹⁴); NaN at ±inf (SciPy: 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_sindg(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| degrees::sindg(x))
    })
}

/// The cosine of an angle in degrees, elementwise (`scipy.special.cosdg(x)`).
///
/// `out[i] = cosdg(x[i])`. Reduced exactly as `sindg`; NaN at
/// ±inf (SciPy: 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_cosdg(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| degrees::cosdg(x))
    })
}

/// The tangent of an angle in degrees, elementwise (`scipy.special.tandg(x)`).
///
/// `out[i] = tandg(x[i])`. +inf at odd multiples of 90° of either
/// sign (as SciPy); reduced exactly as `sindg`; NaN at ±inf (SciPy: 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_tandg(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| degrees::tandg(x))
    })
}

/// The cotangent of an angle in degrees, elementwise
/// (`scipy.special.cotdg(x)`).
///
/// `out[i] = cotdg(x[i])`. +inf at multiples of 180° of either sign
/// (as SciPy); reduced exactly as `sindg`; NaN at ±inf (SciPy: 0).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_cotdg(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| degrees::cotdg(x))
    })
}

/// An angle in degrees, minutes and seconds in radians, elementwise
/// (`scipy.special.radian(d, m, s)`).
///
/// `out[i] = radian(d[i], m[i], s[i])` = (d + m/60 + s/3600)·π/180. `d`, `m` and
/// `s` broadcast against `out`.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_radian(
    d: *const sciport_ndarray,
    m: *const sciport_ndarray,
    s: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(d, "d"), (m, "m"), (s, "s")], out, |[d, m, s]| {
            degrees::radian(d, m, s)
        })
    })
}

/// Owen's T function T(h, a) = (1/2π)∫₀^a e^(−h²(1+x²)/2)/(1+x²) dx,
/// elementwise (`scipy.special.owens_t(h, a)`).
///
/// `out[i] = owens_t(h[i], a[i])`. `h` and `a` broadcast against `out`. Even in h,
/// odd in a; 0 for h = ±inf or a = 0; Q(|h|)/2 for a = ±inf (with a's sign);
/// NaN if either is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_owens_t(
    h: *const sciport_ndarray,
    a: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(h, "h"), (a, "a")], out, |[h, a]| owens_t::owens_t(h, a))
    })
}

/// The survival function of the one-sided Kolmogorov–Smirnov statistic,
/// P(Dₙ⁺ ≥ d), elementwise (`scipy.special.smirnov(n, d)`).
///
/// `out[i] = smirnov(n[i], d[i])`. `n` and `d` broadcast against `out`. n is
/// truncated to an integer (as SciPy); NaN unless n ≥ 1 and 0 ≤ d ≤ 1. Exact
/// (the Birnbaum–Tingey sum, n terms) up to n = 10⁶; above, SciPy's
/// approximation exp(−(6nd+1)²/(18n)).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_smirnov(
    n: *const sciport_ndarray,
    d: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(n, "n"), (d, "d")], out, |[n, d]| smirnov::smirnov(n, d))
    })
}

/// The inverse of `sciport_special_smirnov` in d, elementwise
/// (`scipy.special.smirnovi(n, p)`).
///
/// `out[i] = smirnovi(n[i], p[i])`: the d with smirnov(n, d) = p. `n` and `p`
/// broadcast against `out`. n is truncated to an integer; NaN unless n ≥ 1 and
/// 0 ≤ p ≤ 1; 1 at p = 0, 0 at p = 1.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_smirnovi(
    n: *const sciport_ndarray,
    p: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(n, "n"), (p, "p")], out, |[n, p]| smirnov::smirnovi(n, p))
    })
}

/// The Bessel function of the first kind J_v(x) of real order v, elementwise
/// (`scipy.special.jv(v, x)`).
///
/// `out[i] = jv(v[i], x[i])`. `v` and `x` broadcast against `out`. For x < 0 only
/// integer orders are real (J_n(−x) = (−1)^n J_n(x)), NaN otherwise; NaN at
/// x = ±inf (as SciPy). At x = 0: 1 for v = 0, 0 for v > 0 or a negative integer,
/// ±inf (the sign of 1/Γ(1+v)) for other v < 0; 0 for v = ±inf and x ≥ 0. Orders
/// above about 10⁴ with v < x < v²/5 (beyond 2·10⁷ continued-fraction steps) give
/// NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_jv(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| bessel::jv(v, x))
    })
}

/// The Bessel function of the second kind Y_v(x) of real order v, elementwise
/// (`scipy.special.yv(v, x)`).
///
/// `out[i] = yv(v[i], x[i])`. `v` and `x` broadcast against `out`. NaN for x < 0 and
/// at x = ±inf (as SciPy). At x = 0: −inf for v ≥ 0; for v < 0 the limit's sign
/// (±inf), or 0 at negative half-integers, where Y_v = ±J_{−v} (SciPy: ±inf). NaN
/// for v = ±inf at x > 0, −inf at x = 0. jv's limit on large orders applies.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_yv(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| bessel::yv(v, x))
    })
}

/// The Bessel function of the first kind of order 0, J₀(x), elementwise
/// (`scipy.special.j0(x)`).
///
/// `out[i] = j0(x[i])`. Even in x; NaN at x = ±inf (as
/// SciPy).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_j0(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| bessel::j0(x))
    })
}

/// The Bessel function of the first kind of order 1, J₁(x), elementwise
/// (`scipy.special.j1(x)`).
///
/// `out[i] = j1(x[i])`. Odd in x; NaN at x = ±inf (as
/// SciPy).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_j1(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| bessel::j1(x))
    })
}

/// The Bessel function of the second kind of order 0, Y₀(x), elementwise
/// (`scipy.special.y0(x)`).
///
/// `out[i] = y0(x[i])`. −inf at 0, NaN for x < 0 and
/// at x = inf (as SciPy).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_y0(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| bessel::y0(x))
    })
}

/// The Bessel function of the second kind of order 1, Y₁(x), elementwise
/// (`scipy.special.y1(x)`).
///
/// `out[i] = y1(x[i])`. −inf at 0, NaN for x < 0 and
/// at x = inf (as SciPy).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_y1(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| bessel::y1(x))
    })
}

/// The modified Bessel function of the first kind I_v(x) of real order v,
/// elementwise (`scipy.special.iv(v, x)`).
///
/// `out[i] = iv(v[i], x[i])`. `v` and `x` broadcast against `out`. For x < 0 only
/// integer orders are real (I_n(−x) = (−1)^n I_n(x)), NaN otherwise. At x = 0: 1
/// for v = 0, 0 for v > 0 or a negative integer, inf for other negative v; ±inf at
/// x = ±inf; 0 for v = inf, NaN for v = −inf (SciPy's limits at infinite x or v
/// are inconsistent; these are the mathematical ones).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_iv(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| {
            modified_bessel::iv(v, x)
        })
    })
}

/// The exponentially scaled modified Bessel function of the first kind
/// I_v(x)·e^(−|x|), elementwise (`scipy.special.ive(v, x)`).
///
/// `out[i] = ive(v[i], x[i])`. `v` and `x` broadcast against `out`. iv's domain; 0
/// at x = ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_ive(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| {
            modified_bessel::ive(v, x)
        })
    })
}

/// The modified Bessel function of the second kind K_v(x) of real order v (even in
/// v), elementwise (`scipy.special.kv(v, x)`).
///
/// `out[i] = kv(v[i], x[i])`. `v` and `x` broadcast against `out`. NaN for x < 0;
/// inf at x = 0 and for infinite v; 0 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_kv(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| {
            modified_bessel::kv(v, x)
        })
    })
}

/// The exponentially scaled modified Bessel function of the second kind
/// K_v(x)·e^x, elementwise (`scipy.special.kve(v, x)`).
///
/// `out[i] = kve(v[i], x[i])`. `v` and `x` broadcast against `out`. kv's domain; 0
/// at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_kve(
    v: *const sciport_ndarray,
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(v, "v"), (x, "x")], out, |[v, x]| {
            modified_bessel::kve(v, x)
        })
    })
}

/// The modified Bessel function of the first kind of order 0, I₀(x), elementwise
/// (`scipy.special.i0(x)`).
///
/// `out[i] = i0(x[i])`. Even in x; inf at x = ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_i0(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::i0(x))
    })
}

/// The exponentially scaled modified Bessel function I₀(x)·e^(−|x|), elementwise
/// (`scipy.special.i0e(x)`).
///
/// `out[i] = i0e(x[i])`. Even in x; 0 at x = ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_i0e(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::i0e(x))
    })
}

/// The modified Bessel function of the first kind of order 1, I₁(x), elementwise
/// (`scipy.special.i1(x)`).
///
/// `out[i] = i1(x[i])`. Odd in x; ±inf at x = ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_i1(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::i1(x))
    })
}

/// The exponentially scaled modified Bessel function I₁(x)·e^(−|x|), elementwise
/// (`scipy.special.i1e(x)`).
///
/// `out[i] = i1e(x[i])`. Odd in x; 0 at x = ±inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_i1e(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::i1e(x))
    })
}

/// The modified Bessel function of the second kind of order 0, K₀(x), elementwise
/// (`scipy.special.k0(x)`).
///
/// `out[i] = k0(x[i])`. NaN for x < 0, inf at x = 0, 0 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_k0(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::k0(x))
    })
}

/// The exponentially scaled modified Bessel function K₀(x)·e^x, elementwise
/// (`scipy.special.k0e(x)`).
///
/// `out[i] = k0e(x[i])`. NaN for x < 0, inf at x = 0, 0 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_k0e(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::k0e(x))
    })
}

/// The modified Bessel function of the second kind of order 1, K₁(x), elementwise
/// (`scipy.special.k1(x)`).
///
/// `out[i] = k1(x[i])`. NaN for x < 0, inf at x = 0, 0 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_k1(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::k1(x))
    })
}

/// The exponentially scaled modified Bessel function K₁(x)·e^x, elementwise
/// (`scipy.special.k1e(x)`).
///
/// `out[i] = k1e(x[i])`. NaN for x < 0, inf at x = 0, 0 at x = inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a view, or its data, NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout), `SCIPORT_ERR_DIMENSION_MISMATCH`
/// (an input not broadcastable to `out`'s shape); `out` is untouched on error.
/// Thread safety: reentrant; above 32768 elements, up to
/// `sciport_set_num_threads` threads share the work.
#[no_mangle]
pub extern "C" fn sciport_special_k1e(
    x: *const sciport_ndarray,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        apply_elementwise([(x, "x")], out, |[x]| modified_bessel::k1e(x))
    })
}
