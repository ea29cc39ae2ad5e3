//! C face of SciPy's scalar solvers: `scipy.optimize.root_scalar` and
//! `scipy.optimize.minimize_scalar`.
//!
//! Callbacks: `sciport_scalar_func` computes f(x) into `*out` and returns 0;
//! any non-zero return aborts the solver, which then returns
//! `SCIPORT_ERR_CALLBACK` with that code in `sciport_error_callback_code`.
//! A callback must not unwind (throw/longjmp) through sciport: catch in the
//! callback, return non-zero, and rethrow after the call returns.
//!
//! Non-convergence is not an error: the call succeeds and the result says
//! `converged = false` / `success = false`, as SciPy reports it.

use std::ffi::{c_char, c_void, CStr};
use std::mem::offset_of;

use crate::capi::boundary::{
    guard, opt_str, read_options, require_out, sciport_error, sciport_status,
};
use crate::error::{Error, Result};
use crate::optimize::{self, MinimizeScalarOptions, RootFlag, RootScalarOptions};

/// A scalar function callback: writes f(x) into `*out` and returns 0, or
/// returns non-zero to abort the computation. `user_data` is passed through
/// unchanged.
#[allow(non_camel_case_types)]
pub type sciport_scalar_func =
    Option<unsafe extern "C" fn(x: f64, out: *mut f64, user_data: *mut c_void) -> i32>;

/// Options of `sciport_optimize_root_scalar`, mirroring `root_scalar`'s keywords.
/// Get SciPy's defaults from `sciport_optimize_root_scalar_options_default()`
/// and change only what you need. NaN means SciPy's `None` for doubles.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_root_scalar_options {
    /// sizeof(sciport_root_scalar_options); lets the struct grow compatibly.
    pub struct_size: usize,
    /// "brentq", "brenth", "bisect", "ridder", "toms748", "newton", "secant" or
    /// "halley"; NULL picks as SciPy does (brentq with a bracket, else newton /
    /// halley / secant from the derivatives and x1 given).
    pub method: *const c_char,
    /// Bracket [a, b] with f(a), f(b) of opposite signs; NaN = not given.
    pub bracket: [f64; 2],
    /// Initial guess; NaN = not given.
    pub x0: f64,
    /// Second guess (secant); NaN = not given.
    pub x1: f64,
    /// First derivative of f; NULL = not given.
    pub fprime: sciport_scalar_func,
    /// Second derivative of f; NULL = not given.
    pub fprime2: sciport_scalar_func,
    /// Absolute tolerance; NaN = the method's default.
    pub xtol: f64,
    /// Relative tolerance; NaN = the method's default.
    pub rtol: f64,
    /// Iteration limit; -1 = the method's default.
    pub maxiter: i64,
}

/// SciPy's `RootResults`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_root_results {
    /// Estimated root.
    pub root: f64,
    /// Number of iterations.
    pub iterations: i64,
    /// Number of function calls as SciPy counts them: calls of f, plus calls
    /// of fprime and fprime2 for newton and halley.
    pub function_calls: i64,
    /// Whether the method converged.
    pub converged: bool,
    /// SciPy's flag: "converged", "convergence error", "sign error",
    /// "value error" or "No error". Static string. "value error" means f
    /// returned NaN at `root` (SciPy's flag then reads "The function value at
    /// x=... is NaN; solver cannot continue.").
    pub flag: *const c_char,
}

/// Options of `sciport_optimize_minimize_scalar`, mirroring `minimize_scalar`'s
/// keywords and method options. Get SciPy's defaults from
/// `sciport_optimize_minimize_scalar_options_default()`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_minimize_scalar_options {
    /// sizeof(sciport_minimize_scalar_options); lets the struct grow compatibly.
    pub struct_size: usize,
    /// "brent", "bounded" or "golden"; NULL = "bounded" when bounds are given,
    /// else "brent" (SciPy's rule).
    pub method: *const c_char,
    /// Bracketing interval: the first `bracket_len` entries (0 = not given, 2 or 3).
    pub bracket: [f64; 3],
    /// Number of valid entries in `bracket`.
    pub bracket_len: usize,
    /// Bounds [lo, hi] for "bounded"; NaN = not given.
    pub bounds: [f64; 2],
    /// Tolerance (`tol`); NaN = `None`.
    pub tol: f64,
    /// Absolute x tolerance of "bounded" (`xatol`); NaN = not given, which
    /// means `tol` when tol is set, else 1e-5 (SciPy's rule).
    pub xatol: f64,
    /// Iteration limit (`maxiter`); -1 = the method's default.
    pub maxiter: i64,
}

/// SciPy's `OptimizeResult` for `minimize_scalar`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_minimize_scalar_result {
    /// Location of the minimum.
    pub x: f64,
    /// f(x).
    pub fun: f64,
    /// Number of iterations.
    pub nit: i64,
    /// Number of function evaluations.
    pub nfev: i64,
    /// Whether the method reported success.
    pub success: bool,
    /// SciPy's termination status (0 = success).
    pub status: i32,
    /// SciPy's termination message. Static string.
    pub message: *const c_char,
}

/// SciPy's defaults for `root_scalar`: method NULL, bracket/x0/x1/xtol/rtol NaN,
/// derivatives NULL, maxiter -1.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_optimize_root_scalar_options_default() -> sciport_root_scalar_options {
    sciport_root_scalar_options {
        struct_size: std::mem::size_of::<sciport_root_scalar_options>(),
        method: std::ptr::null(),
        bracket: [f64::NAN; 2],
        x0: f64::NAN,
        x1: f64::NAN,
        fprime: None,
        fprime2: None,
        xtol: f64::NAN,
        rtol: f64::NAN,
        maxiter: -1,
    }
}

/// SciPy's defaults for `minimize_scalar`: method NULL, no bracket, bounds,
/// tol and xatol NaN (not given), maxiter -1.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_optimize_minimize_scalar_options_default(
) -> sciport_minimize_scalar_options {
    sciport_minimize_scalar_options {
        struct_size: std::mem::size_of::<sciport_minimize_scalar_options>(),
        method: std::ptr::null(),
        bracket: [f64::NAN; 3],
        bracket_len: 0,
        bounds: [f64::NAN; 2],
        tol: f64::NAN,
        xatol: f64::NAN,
        maxiter: -1,
    }
}

/// Offsets of the fields after `struct_size` (where an older, shorter
/// `sciport_root_scalar_options` may end).
const ROOT_FIELD_STARTS: [usize; 9] = {
    use sciport_root_scalar_options as O;
    [
        offset_of!(O, method),
        offset_of!(O, bracket),
        offset_of!(O, x0),
        offset_of!(O, x1),
        offset_of!(O, fprime),
        offset_of!(O, fprime2),
        offset_of!(O, xtol),
        offset_of!(O, rtol),
        offset_of!(O, maxiter),
    ]
};

/// Offsets of the fields after `struct_size` of `sciport_minimize_scalar_options`.
const MINIMIZE_FIELD_STARTS: [usize; 7] = {
    use sciport_minimize_scalar_options as O;
    [
        offset_of!(O, method),
        offset_of!(O, bracket),
        offset_of!(O, bracket_len),
        offset_of!(O, bounds),
        offset_of!(O, tol),
        offset_of!(O, xatol),
        offset_of!(O, maxiter),
    ]
};

/// A C callback with its user data, callable from the core as a Rust closure.
pub(crate) struct Callback {
    func: unsafe extern "C" fn(f64, *mut f64, *mut c_void) -> i32,
    user_data: *mut c_void,
    name: &'static str,
}

impl Callback {
    pub(crate) fn new(
        func: sciport_scalar_func,
        user_data: *mut c_void,
        name: &'static str,
    ) -> Option<Self> {
        func.map(|func| Callback {
            func,
            user_data,
            name,
        })
    }

    pub(crate) fn call(&self, x: f64) -> Result<f64> {
        let mut value = f64::NAN;
        // SAFETY: the caller promised a valid function and user_data.
        let code = unsafe { (self.func)(x, &mut value, self.user_data) };
        if code != 0 {
            return Err(Error::callback(self.name, code));
        }
        Ok(value)
    }
}

fn optional(x: f64) -> Option<f64> {
    (!x.is_nan()).then_some(x)
}

fn optional_iter(maxiter: i64) -> Option<i64> {
    (maxiter != -1).then_some(maxiter)
}

fn flag_str(flag: RootFlag) -> *const c_char {
    let text: &'static CStr = match flag {
        RootFlag::Converged => c"converged",
        RootFlag::SignError => c"sign error",
        RootFlag::ConvergenceError => c"convergence error",
        RootFlag::ValueError => c"value error",
        RootFlag::InProgress => c"No error",
    };
    text.as_ptr()
}

/// Finds a root of a scalar function (`scipy.optimize.root_scalar`).
/// `options` NULL means SciPy's defaults. Writes `*out` on success.
///
/// Errors: `SCIPORT_ERR_NULL_POINTER` (f, out), `SCIPORT_ERR_UNKNOWN_NAME`
/// (method), `SCIPORT_ERR_INVALID_ARGUMENT` (missing bracket/x0 for the method,
/// bad tolerances, f(a) and f(b) of the same sign), `SCIPORT_ERR_CALLBACK`.
///
/// Thread safety: reentrant; the callbacks are called on the calling thread.
#[no_mangle]
pub extern "C" fn sciport_optimize_root_scalar(
    f: sciport_scalar_func,
    user_data: *mut c_void,
    options: *const sciport_root_scalar_options,
    out: *mut sciport_root_results,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let f = Callback::new(f, user_data, "f")
            .ok_or_else(|| crate::capi::boundary::null_error("f"))?;
        require_out(out, "out")?;
        let o = read_options(
            options,
            sciport_optimize_root_scalar_options_default(),
            &ROOT_FIELD_STARTS,
            "options",
        )?;
        let fprime = Callback::new(o.fprime, user_data, "fprime");
        let fprime2 = Callback::new(o.fprime2, user_data, "fprime2");
        let [a, b] = o.bracket;
        let opts = RootScalarOptions {
            method: opt_str(o.method, "options.method")?,
            bracket: (!a.is_nan() || !b.is_nan()).then_some([a, b]),
            x0: optional(o.x0),
            x1: optional(o.x1),
            xtol: optional(o.xtol),
            rtol: optional(o.rtol),
            maxiter: optional_iter(o.maxiter),
        };
        let mut fx = |x| f.call(x);
        let mut d1 = fprime.as_ref().map(|c| move |x| c.call(x));
        let mut d2 = fprime2.as_ref().map(|c| move |x| c.call(x));
        let r = optimize::root_scalar(
            &mut fx,
            d1.as_mut().map(|c| c as &mut optimize::ScalarFn),
            d2.as_mut().map(|c| c as &mut optimize::ScalarFn),
            &opts,
        )?;
        out.write(sciport_root_results {
            root: r.root,
            iterations: r.iterations as i64,
            function_calls: r.function_calls as i64,
            converged: r.converged,
            flag: flag_str(r.flag),
        });
        Ok(())
    })
}

/// Minimizes a scalar function of one variable (`scipy.optimize.minimize_scalar`).
/// `options` NULL means SciPy's defaults. Writes `*out` on success.
///
/// Errors: `SCIPORT_ERR_NULL_POINTER` (f, out), `SCIPORT_ERR_UNKNOWN_NAME`
/// (method), `SCIPORT_ERR_INVALID_ARGUMENT` (bounds missing for "bounded",
/// invalid bracket or bounds, bad tolerances), `SCIPORT_ERR_CALLBACK`.
///
/// Thread safety: reentrant; the callback is called on the calling thread.
#[no_mangle]
pub extern "C" fn sciport_optimize_minimize_scalar(
    f: sciport_scalar_func,
    user_data: *mut c_void,
    options: *const sciport_minimize_scalar_options,
    out: *mut sciport_minimize_scalar_result,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let f = Callback::new(f, user_data, "f")
            .ok_or_else(|| crate::capi::boundary::null_error("f"))?;
        require_out(out, "out")?;
        let o = read_options(
            options,
            sciport_optimize_minimize_scalar_options_default(),
            &MINIMIZE_FIELD_STARTS,
            "options",
        )?;
        if o.bracket_len > 3 {
            return Err(Error::invalid(format!(
                "options.bracket_len must be 0, 2 or 3; got {}",
                o.bracket_len
            )));
        }
        let [lo, hi] = o.bounds;
        let opts = MinimizeScalarOptions {
            method: opt_str(o.method, "options.method")?,
            bracket: (o.bracket_len > 0).then(|| &o.bracket[..o.bracket_len]),
            bounds: (!lo.is_nan() || !hi.is_nan()).then_some([lo, hi]),
            tol: optional(o.tol),
            xatol: optional(o.xatol),
            maxiter: optional_iter(o.maxiter),
        };
        let mut fx = |x| f.call(x);
        let r = optimize::minimize_scalar(&mut fx, &opts)?;
        out.write(sciport_minimize_scalar_result {
            x: r.x,
            fun: r.fun,
            nit: r.nit as i64,
            nfev: r.nfev as i64,
            success: r.success,
            status: r.status,
            message: r.message.as_ptr(),
        });
        Ok(())
    })
}
