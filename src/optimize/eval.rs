//! Counted evaluation of the user's function, with SciPy's NaN guard for
//! the bracketing root finders.

use super::ScalarFn;
use crate::error::Error;

/// Why a solver stopped before finishing its own logic.
#[derive(Debug)]
pub(crate) enum Halt {
    /// The function returned NaN at this x (SciPy's `_wrap_nan_raise`).
    Nan(f64),
    /// A callback failed or SciPy raises: returned to the caller as is.
    Fail(Error),
}

impl From<Error> for Halt {
    fn from(e: Error) -> Self {
        Halt::Fail(e)
    }
}

/// Result type of the solver cores.
pub(crate) type Step<T> = std::result::Result<T, Halt>;

/// The user's function with a call counter and an iteration counter that
/// stay readable after a `Halt`.
pub(crate) struct Counter<'f, 'a> {
    f: &'f mut ScalarFn<'a>,
    /// Calls of f so far.
    pub calls: usize,
    /// Iterations completed so far (maintained by the solver).
    pub iterations: usize,
    stop_on_nan: bool,
}

impl<'f, 'a> Counter<'f, 'a> {
    /// Wraps `f`; with `stop_on_nan` a NaN value halts the solver.
    pub fn new(f: &'f mut ScalarFn<'a>, stop_on_nan: bool) -> Self {
        Counter {
            f,
            calls: 0,
            iterations: 0,
            stop_on_nan,
        }
    }

    /// f(x), counted; an error from f stops at once.
    pub fn eval(&mut self, x: f64) -> Step<f64> {
        let value = (self.f)(x)?;
        self.calls += 1;
        if self.stop_on_nan && value.is_nan() {
            return Err(Halt::Nan(x));
        }
        Ok(value)
    }
}

/// `signbit(x)` of C.
pub(crate) fn signbit(x: f64) -> bool {
    x.is_sign_negative()
}

/// C's `MIN(a, b)` macro: `a < b ? a : b` (NaN in `a` gives `b`).
pub(crate) fn c_min(a: f64, b: f64) -> f64 {
    if a < b {
        a
    } else {
        b
    }
}

/// NumPy's `isclose(a, b, rtol, atol)` for scalars (equal_nan = false).
pub(crate) fn isclose(a: f64, b: f64, rtol: f64, atol: f64) -> bool {
    if a == b {
        return true;
    }
    if !a.is_finite() || !b.is_finite() {
        return false;
    }
    (a - b).abs() <= atol + rtol * b.abs()
}

/// NumPy's `sign`: -1, 0 or 1 (NaN for NaN).
pub(crate) fn np_sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else if x == 0.0 {
        0.0
    } else {
        f64::NAN
    }
}

/// NumPy's `maximum(a, b)` (NaN propagates).
pub(crate) fn np_maximum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.max(b)
    }
}
