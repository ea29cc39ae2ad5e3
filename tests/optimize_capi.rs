//! The C face of the scalar solvers: error paths (each status with its
//! message), callback failures (code passed through, no further calls),
//! versioned options, and outputs left untouched on failure.

use std::ffi::{c_void, CStr};
use std::mem::offset_of;
use std::ptr;

use sciport::capi::boundary::{
    sciport_error, sciport_error_callback_code, sciport_error_code, sciport_error_free,
    sciport_error_message, sciport_status,
};
use sciport::capi::optimize::*;
use sciport::error::{Error, ErrorKind};
use sciport::optimize::{
    minimize_scalar, root_scalar, MinimizeScalarOptions, RootScalarOptions, ScalarFn,
    ROOT_SCALAR_METHODS,
};

use sciport_status::*;

/// Counts calls; the call numbered `fail_at` (1-based) returns `code`.
struct Probe {
    calls: usize,
    fail_at: usize,
    code: i32,
}

impl Probe {
    fn new(fail_at: usize, code: i32) -> Self {
        Probe {
            calls: 0,
            fail_at,
            code,
        }
    }
}

/// x^3 - 2x - 5, failing on the chosen call.
unsafe extern "C" fn cubic(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    let p = &mut *(ud as *mut Probe);
    p.calls += 1;
    if p.calls == p.fail_at {
        return p.code;
    }
    *out = x * x * x - 2.0 * x - 5.0;
    0
}

unsafe extern "C" fn cubic_d1(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    cubic_derivative(x, out, ud, 3.0 * x * x - 2.0)
}

unsafe extern "C" fn cubic_d2(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    cubic_derivative(x, out, ud, 6.0 * x)
}

/// Derivatives count in the same probe as f.
unsafe fn cubic_derivative(_x: f64, out: *mut f64, ud: *mut c_void, value: f64) -> i32 {
    let p = &mut *(ud as *mut Probe);
    p.calls += 1;
    if p.calls == p.fail_at {
        return p.code;
    }
    *out = value;
    0
}

/// (x - 1.5)^2 - 0.8, failing on the chosen call.
unsafe extern "C" fn parabola(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    let p = &mut *(ud as *mut Probe);
    p.calls += 1;
    if p.calls == p.fail_at {
        return p.code;
    }
    *out = (x - 1.5) * (x - 1.5) - 0.8;
    0
}

fn sentinel_root() -> sciport_root_results {
    sciport_root_results {
        root: -7.0,
        iterations: -7,
        function_calls: -7,
        converged: true,
        flag: ptr::null(),
    }
}

fn sentinel_min() -> sciport_minimize_scalar_result {
    sciport_minimize_scalar_result {
        x: -7.0,
        fun: -7.0,
        nit: -7,
        nfev: -7,
        success: true,
        status: -7,
        message: ptr::null(),
    }
}

/// Takes the error object: (status stored in it, callback code, message).
fn take_error(err: *mut sciport_error) -> (sciport_status, i32, String) {
    assert!(!err.is_null(), "an error object must be returned");
    let msg = unsafe { CStr::from_ptr(sciport_error_message(err)) }
        .to_string_lossy()
        .into_owned();
    let out = (
        sciport_error_code(err),
        sciport_error_callback_code(err),
        msg,
    );
    sciport_error_free(err);
    out
}

fn run_root(
    f: sciport_scalar_func,
    probe: &mut Probe,
    o: Option<&sciport_root_scalar_options>,
) -> (sciport_status, sciport_root_results, *mut sciport_error) {
    let mut out = sentinel_root();
    let mut err = ptr::null_mut();
    let opts = o.map_or(ptr::null(), |o| o as *const _);
    let ud = probe as *mut Probe as *mut c_void;
    let status = sciport_optimize_root_scalar(f, ud, opts, &mut out, &mut err);
    (status, out, err)
}

fn brentq_options() -> sciport_root_scalar_options {
    let mut o = sciport_optimize_root_scalar_options_default();
    o.method = c"brentq".as_ptr();
    o.bracket = [2.0, 3.0];
    o
}

/// The failing case leaves `out` as it was and yields (status, code, message).
fn root_failure(
    f: sciport_scalar_func,
    probe: &mut Probe,
    o: Option<&sciport_root_scalar_options>,
) -> (sciport_status, i32, String) {
    let (status, out, err) = run_root(f, probe, o);
    assert_ne!(status, SCIPORT_OK);
    assert_eq!(out.iterations, -7, "output written on failure");
    let (code, cb, msg) = take_error(err);
    assert_eq!(code, status);
    assert!(!msg.is_empty());
    (status, cb, msg)
}

#[test]
fn root_scalar_success_through_c() {
    let mut probe = Probe::new(0, 0);
    let (status, out, err) = run_root(Some(cubic), &mut probe, Some(&brentq_options()));
    assert_eq!(status, SCIPORT_OK);
    assert!(err.is_null());
    assert!((out.root - 2.0945514815423265).abs() < 1e-11);
    assert!(out.converged);
    assert_eq!(
        unsafe { CStr::from_ptr(out.flag) }.to_str().unwrap(),
        "converged"
    );
    assert_eq!(out.function_calls as usize, probe.calls);
}

#[test]
fn root_scalar_null_pointers() {
    let mut probe = Probe::new(0, 0);
    let (status, _, msg) = root_failure(None, &mut probe, Some(&brentq_options()));
    assert_eq!(status, SCIPORT_ERR_NULL_POINTER);
    assert!(msg.contains('f'), "{msg}");
    let mut err = ptr::null_mut();
    let o = brentq_options();
    let ud = &mut probe as *mut Probe as *mut c_void;
    let status = sciport_optimize_root_scalar(Some(cubic), ud, &o, ptr::null_mut(), &mut err);
    assert_eq!(status, SCIPORT_ERR_NULL_POINTER);
    assert!(take_error(err).2.contains("out"));
    assert_eq!(
        probe.calls, 0,
        "f must not be called when the call is rejected"
    );
    // err itself may be NULL.
    let status = sciport_optimize_root_scalar(None, ud, &o, ptr::null_mut(), ptr::null_mut());
    assert_eq!(status, SCIPORT_ERR_NULL_POINTER);
}

#[test]
fn root_scalar_bad_arguments() {
    let mut probe = Probe::new(0, 0);
    let mut o = brentq_options();
    o.method = c"no_such".as_ptr();
    let (status, _, msg) = root_failure(Some(cubic), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_UNKNOWN_NAME);
    for name in ROOT_SCALAR_METHODS {
        assert!(msg.contains(name), "{msg} should list {name}");
    }

    let mut o = brentq_options();
    o.bracket = [f64::NAN; 2];
    let (status, _, msg) = root_failure(Some(cubic), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert_eq!(msg, "Bracket needed for brentq");

    let mut o = brentq_options();
    o.bracket = [3.0, 4.0];
    let (status, _, msg) = root_failure(Some(cubic), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert_eq!(msg, "f(a) and f(b) must have different signs");

    let (status, _, msg) = root_failure(Some(cubic), &mut probe, None);
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert!(msg.starts_with("Unable to select a solver"), "{msg}");

    let mut o = brentq_options();
    o.struct_size = 0;
    let (status, _, msg) = root_failure(Some(cubic), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert!(msg.contains("struct_size"), "{msg}");
}

#[test]
fn root_scalar_callback_code_and_no_further_calls() {
    // (method options, call that fails): f, fprime and fprime2 failures.
    let mut newton = sciport_optimize_root_scalar_options_default();
    newton.x0 = 2.5;
    newton.fprime = Some(cubic_d1);
    let mut halley = newton;
    halley.fprime2 = Some(cubic_d2);
    let mut cases = vec![
        (brentq_options(), 1),
        (brentq_options(), 4),
        (newton, 2),
        (halley, 6),
    ];
    for method in ["bisect", "brenth", "ridder", "toms748"] {
        let mut o = brentq_options();
        o.method = match method {
            "bisect" => c"bisect".as_ptr(),
            "brenth" => c"brenth".as_ptr(),
            "ridder" => c"ridder".as_ptr(),
            _ => c"toms748".as_ptr(),
        };
        cases.push((o, 5));
    }
    let mut secant = sciport_optimize_root_scalar_options_default();
    secant.x0 = 2.5;
    secant.x1 = 2.6;
    cases.push((secant, 4));
    for (o, fail_at) in cases {
        let mut probe = Probe::new(fail_at, 7);
        let (status, cb, msg) = root_failure(Some(cubic), &mut probe, Some(&o));
        assert_eq!(status, SCIPORT_ERR_CALLBACK);
        assert_eq!(cb, 7);
        assert!(msg.contains('7'), "{msg}");
        assert_eq!(probe.calls, fail_at, "no call after the failing one");
    }
}

#[test]
fn root_scalar_older_options_struct_keeps_defaults() {
    // A caller built against a header whose struct ended before `xtol`:
    // the fields it does not have must read as defaults, not as memory.
    let mut o = brentq_options();
    o.xtol = 0.5;
    o.rtol = 0.5;
    o.maxiter = 1;
    o.struct_size = offset_of!(sciport_root_scalar_options, xtol);
    let mut probe = Probe::new(0, 0);
    let (status, old, _) = run_root(Some(cubic), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_OK);
    let mut probe = Probe::new(0, 0);
    let (_, full, _) = run_root(Some(cubic), &mut probe, Some(&brentq_options()));
    assert_eq!(
        (old.root, old.iterations, old.function_calls),
        (full.root, full.iterations, full.function_calls)
    );
}

fn run_min(
    f: sciport_scalar_func,
    probe: &mut Probe,
    o: Option<&sciport_minimize_scalar_options>,
) -> (
    sciport_status,
    sciport_minimize_scalar_result,
    *mut sciport_error,
) {
    let mut out = sentinel_min();
    let mut err = ptr::null_mut();
    let opts = o.map_or(ptr::null(), |o| o as *const _);
    let ud = probe as *mut Probe as *mut c_void;
    let status = sciport_optimize_minimize_scalar(f, ud, opts, &mut out, &mut err);
    (status, out, err)
}

fn min_failure(
    f: sciport_scalar_func,
    probe: &mut Probe,
    o: Option<&sciport_minimize_scalar_options>,
) -> (sciport_status, i32, String) {
    let (status, out, err) = run_min(f, probe, o);
    assert_ne!(status, SCIPORT_OK);
    assert_eq!(out.nit, -7, "output written on failure");
    let (code, cb, msg) = take_error(err);
    assert_eq!(code, status);
    assert!(!msg.is_empty());
    (status, cb, msg)
}

#[test]
fn minimize_scalar_through_c() {
    let mut probe = Probe::new(0, 0);
    let (status, out, err) = run_min(Some(parabola), &mut probe, None);
    assert_eq!(status, SCIPORT_OK);
    assert!(err.is_null());
    assert!((out.x - 1.5).abs() < 1e-6 && out.success && out.status == 0);
    assert_eq!(out.nfev as usize, probe.calls);
    let message = unsafe { CStr::from_ptr(out.message) }.to_str().unwrap();
    assert!(message.contains("(using xtol = 1.48e-08 )"), "{message}");

    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.bounds = [0.0, 1.0];
    o.tol = 1e-3;
    let mut probe = Probe::new(0, 0);
    let (status, with_tol, _) = run_min(Some(parabola), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_OK);
    o.xatol = 1e-3;
    o.tol = f64::NAN;
    let (_, with_xatol, _) = run_min(Some(parabola), &mut Probe::new(0, 0), Some(&o));
    assert_eq!(
        (with_tol.x, with_tol.nfev),
        (with_xatol.x, with_xatol.nfev),
        "bounded: tol acts as xatol"
    );
}

#[test]
fn minimize_scalar_errors() {
    let mut probe = Probe::new(0, 0);
    let (status, _, _) = min_failure(None, &mut probe, None);
    assert_eq!(status, SCIPORT_ERR_NULL_POINTER);

    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.method = c"Nelder-Mead".as_ptr();
    let (status, _, msg) = min_failure(Some(parabola), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_UNKNOWN_NAME);
    assert!(
        msg.contains("brent") && msg.contains("bounded") && msg.contains("golden"),
        "{msg}"
    );

    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.method = c"bounded".as_ptr();
    let (status, _, msg) = min_failure(Some(parabola), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert_eq!(
        msg,
        "The `bounds` parameter is mandatory for method `bounded`."
    );

    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.bracket_len = 4;
    let (status, _, _) = min_failure(Some(parabola), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);

    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.bracket_len = 1;
    let (status, _, msg) = min_failure(Some(parabola), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert_eq!(msg, "Bracketing interval must be length 2 or 3 sequence.");

    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.struct_size = 0;
    let (status, _, _) = min_failure(Some(parabola), &mut probe, Some(&o));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT);
    assert_eq!(probe.calls, 0);
}

#[test]
fn minimize_scalar_callback_failure_stops_at_once() {
    let mut bounded = sciport_optimize_minimize_scalar_options_default();
    bounded.bounds = [0.0, 4.0];
    let mut golden = sciport_optimize_minimize_scalar_options_default();
    golden.method = c"golden".as_ptr();
    let brent = sciport_optimize_minimize_scalar_options_default();
    for (o, fail_at) in [
        (brent, 2),
        (brent, 5),
        (golden, 12),
        (bounded, 1),
        (bounded, 6),
    ] {
        let mut probe = Probe::new(fail_at, -3);
        let (status, cb, _) = min_failure(Some(parabola), &mut probe, Some(&o));
        assert_eq!(status, SCIPORT_ERR_CALLBACK);
        assert_eq!(cb, -3);
        assert_eq!(probe.calls, fail_at);
    }
}

/// The Rust core returns the callback's own error, unchanged, at once.
#[test]
fn core_propagates_callback_errors() {
    let failure = Error::new(ErrorKind::Callback(11), "boom");
    for method in ROOT_SCALAR_METHODS {
        let mut calls = 0;
        let mut f = |x: f64| {
            calls += 1;
            if calls == 3 {
                Err(failure.clone())
            } else {
                Ok(x * x * x - 2.0 * x - 5.0)
            }
        };
        let mut d1 = |x: f64| Ok(3.0 * x * x - 2.0);
        let mut d2 = |x: f64| Ok(6.0 * x);
        let o = RootScalarOptions {
            method: Some(method),
            bracket: Some([2.0, 3.0]),
            x0: Some(2.5),
            ..Default::default()
        };
        let got = root_scalar(
            &mut f,
            Some(&mut d1 as &mut ScalarFn),
            Some(&mut d2 as &mut ScalarFn),
            &o,
        );
        assert_eq!(got.unwrap_err(), failure, "{method}");
        assert_eq!(calls, 3, "{method}");
    }
    for method in ["brent", "golden", "bounded"] {
        let mut calls = 0;
        let mut f = |x: f64| {
            calls += 1;
            if calls == 5 {
                Err(failure.clone())
            } else {
                Ok((x - 1.5) * (x - 1.5))
            }
        };
        let bounds = (method == "bounded").then_some([0.0, 4.0]);
        let o = MinimizeScalarOptions {
            method: Some(method),
            bracket: None,
            bounds,
            tol: None,
            xatol: None,
            maxiter: None,
        };
        assert_eq!(
            minimize_scalar(&mut f, &o).unwrap_err(),
            failure,
            "{method}"
        );
        assert_eq!(calls, 5, "{method}");
    }
}
