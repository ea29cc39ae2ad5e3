//! Scalar root finding and minimisation against SciPy's results
//! (tests/reference/optimize/*.txt, written by tests/reference/gen_optimize.py),
//! through the Rust core and through the C API, plus the C API's error paths.

use std::ffi::{c_void, CStr, CString};
use std::ptr;

use sciport::capi::boundary::{
    sciport_error, sciport_error_code, sciport_error_free, sciport_error_message, sciport_status,
};
use sciport::capi::optimize::*;
use sciport::error::{Error, ErrorKind};
use sciport::optimize::{
    minimize_scalar, root_scalar, MinimizeScalarOptions, MinimizeScalarResult, RootFlag,
    RootResults, RootScalarOptions, ScalarFn,
};

type Func = Box<dyn FnMut(f64) -> f64>;

/// f, fprime, fprime2 of a named test function, defined exactly as in
/// gen_optimize.py (same operations in the same order).
struct Funcs {
    f: Func,
    d1: Option<Func>,
    d2: Option<Func>,
}

/// C's pow (black_box keeps LLVM from turning pow(x, 2.0) into x * x, which
/// glibc's pow does not always equal in the last bit).
fn pw(x: f64, y: f64) -> f64 {
    x.powf(std::hint::black_box(y))
}

fn aps02_sum(x: f64, power: f64) -> f64 {
    let mut s = 0.0;
    for i in 1..=20 {
        let i = i as f64;
        s += ((2.0 * i - 5.0) * (2.0 * i - 5.0)) / pw(x - i * i, power);
    }
    s
}

fn aps13(x: f64, kind: u8) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    let y = 1.0 / pw(x, 2.0);
    if y > f64::MAX.ln() {
        return 0.0;
    }
    match kind {
        0 => x / y.exp(),
        1 => (1.0 + 2.0 / pw(x, 2.0)) / y.exp(),
        _ => 2.0 * (2.0 - pw(x, 2.0)) / pw(x, 5.0) / y.exp(),
    }
}

fn aps15_in(x: f64, n: f64) -> bool {
    0.0 <= x && x <= 2.0 * 1e-3 / (1.0 + n)
}

use std::f64::consts::E;

fn funcs(name: &str, p: &[f64]) -> Funcs {
    let g = |f: Func| Some(f);
    let p0 = p.first().copied().unwrap_or(f64::NAN);
    let p1 = p.get(1).copied().unwrap_or(f64::NAN);
    let p2 = p.get(2).copied().unwrap_or(f64::NAN);
    let (f, d1, d2): (Func, Option<Func>, Option<Func>) = match name {
        "f1" => (
            Box::new(|x| x * (x - 1.0)),
            g(Box::new(|x| 2.0 * x - 1.0)),
            g(Box::new(|_| 2.0)),
        ),
        "f2" => (
            Box::new(|x| pw(x, 2.0) - 1.0),
            g(Box::new(|x| 2.0 * x)),
            g(Box::new(|_| 2.0)),
        ),
        "f3" => (
            Box::new(|x| x * (x - 1.0) * (x - 2.0) * (x - 3.0)),
            g(Box::new(|x| {
                4.0 * pw(x, 3.0) - 18.0 * pw(x, 2.0) + 22.0 * x - 6.0
            })),
            g(Box::new(|x| 12.0 * pw(x, 2.0) - 36.0 * x + 22.0)),
        ),
        "f4" => (
            Box::new(|x| {
                if x > 1.0 {
                    1.0 + 0.1 * x
                } else if x < 1.0 {
                    -1.0 + 0.1 * x
                } else {
                    0.0
                }
            }),
            None,
            None,
        ),
        "f5" => (
            Box::new(|x| if x != 1.0 { 1.0 / (1.0 - x) } else { 0.0 }),
            None,
            None,
        ),
        "aps01" => (
            Box::new(|x: f64| x.sin() - x / 2.0),
            g(Box::new(|x: f64| x.cos() - 1.0 / 2.0)),
            g(Box::new(|x: f64| -x.sin())),
        ),
        "aps02" => (
            Box::new(|x| -2.0 * aps02_sum(x, 3.0)),
            g(Box::new(|x| 6.0 * aps02_sum(x, 4.0))),
            g(Box::new(|x| 24.0 * aps02_sum(x, 5.0))),
        ),
        "aps03" => (
            Box::new(move |x| p0 * x * (p1 * x).exp()),
            g(Box::new(move |x| p0 * (p1 * x + 1.0) * (p1 * x).exp())),
            g(Box::new(move |x| {
                p0 * (p1 * (p1 * x + 1.0) + p1) * (p1 * x).exp()
            })),
        ),
        "aps04" => (
            Box::new(move |x| pw(x, p0) - p1),
            g(Box::new(move |x| p0 * pw(x, p0 - 1.0))),
            g(Box::new(move |x| p0 * (p0 - 1.0) * pw(x, p0 - 2.0))),
        ),
        "aps05" => (
            Box::new(|x: f64| x.sin() - 1.0 / 2.0),
            g(Box::new(|x: f64| x.cos())),
            g(Box::new(|x: f64| -x.sin())),
        ),
        "aps06" => (
            Box::new(move |x| 2.0 * x * (-p0).exp() - 2.0 * (-p0 * x).exp() + 1.0),
            g(Box::new(move |x| {
                2.0 * (-p0).exp() + 2.0 * p0 * (-p0 * x).exp()
            })),
            g(Box::new(move |x| -2.0 * p0 * p0 * (-p0 * x).exp())),
        ),
        "aps07" => (
            Box::new(move |x| (1.0 + pw(1.0 - p0, 2.0)) * x - pw(1.0 - p0 * x, 2.0)),
            g(Box::new(move |x| {
                (1.0 + pw(1.0 - p0, 2.0)) + 2.0 * p0 * (1.0 - p0 * x)
            })),
            g(Box::new(move |_| -2.0 * p0 * p0)),
        ),
        "aps08" => (
            Box::new(move |x| x * x - pw(1.0 - x, p0)),
            g(Box::new(move |x| 2.0 * x + p0 * pw(1.0 - x, p0 - 1.0))),
            g(Box::new(move |x| {
                2.0 - p0 * (p0 - 1.0) * pw(1.0 - x, p0 - 2.0)
            })),
        ),
        "aps09" => (
            Box::new(move |x| (1.0 + pw(1.0 - p0, 4.0)) * x - pw(1.0 - p0 * x, 4.0)),
            g(Box::new(move |x| {
                (1.0 + pw(1.0 - p0, 4.0)) + 4.0 * p0 * pw(1.0 - p0 * x, 3.0)
            })),
            g(Box::new(move |x| -12.0 * p0 * pw(1.0 - p0 * x, 2.0))),
        ),
        "aps10" => (
            Box::new(move |x| (-p0 * x).exp() * (x - 1.0) + pw(x, p0)),
            g(Box::new(move |x| {
                (-p0 * x).exp() * (-p0 * (x - 1.0) + 1.0) + p0 * pw(x, p0 - 1.0)
            })),
            g(Box::new(move |x| {
                (-p0 * x).exp() * (-p0 * (-p0 * (x - 1.0) + 1.0) + -p0 * x)
                    + p0 * (p0 - 1.0) * pw(x, p0 - 2.0)
            })),
        ),
        "aps11" => (
            Box::new(move |x| (p0 * x - 1.0) / ((p0 - 1.0) * x)),
            g(Box::new(move |x| 1.0 / (p0 - 1.0) / pw(x, 2.0))),
            g(Box::new(move |x| -2.0 / (p0 - 1.0) / pw(x, 3.0))),
        ),
        "aps12" => (
            Box::new(move |x| pw(x, 1.0 / p0) - pw(p0, 1.0 / p0)),
            g(Box::new(move |x| pw(x, (1.0 - p0) / p0) / p0)),
            g(Box::new(move |x| {
                pw(x, (1.0 - 2.0 * p0) / p0) * (1.0 / p0) * (1.0 - p0) / p0
            })),
        ),
        "aps13" => (
            Box::new(|x| aps13(x, 0)),
            g(Box::new(|x| aps13(x, 1))),
            g(Box::new(|x| aps13(x, 2))),
        ),
        "aps14" => (
            Box::new(move |x: f64| {
                if x <= 0.0 {
                    -p0 / 20.0
                } else {
                    p0 / 20.0 * (x / 1.5 + x.sin() - 1.0)
                }
            }),
            g(Box::new(move |x: f64| {
                if x <= 0.0 {
                    0.0
                } else {
                    p0 / 20.0 * (1.0 / 1.5 + x.cos())
                }
            })),
            g(Box::new(move |x: f64| {
                if x <= 0.0 {
                    0.0
                } else {
                    -p0 / 20.0 * (x.sin())
                }
            })),
        ),
        "aps15" => (
            Box::new(move |x| {
                if x < 0.0 {
                    -0.859
                } else if x > 2.0 * 1e-3 / (1.0 + p0) {
                    E - 1.859
                } else {
                    ((p0 + 1.0) * x / 2.0 * 1000.0).exp() - 1.859
                }
            }),
            g(Box::new(move |x| {
                if aps15_in(x, p0) {
                    ((p0 + 1.0) * x / 2.0 * 1000.0).exp() * (p0 + 1.0) / 2.0 * 1000.0
                } else {
                    E - 1.859
                }
            })),
            g(Box::new(move |x| {
                if aps15_in(x, p0) {
                    ((p0 + 1.0) * x / 2.0 * 1000.0).exp() * (p0 + 1.0) / 2.0 * 1000.0 * (p0 + 1.0)
                        / 2.0
                        * 1000.0
                } else {
                    E - 1.859
                }
            })),
        ),
        "cubic" => (
            Box::new(|x| pw(x, 3.0) - 2.0 * x - 5.0),
            g(Box::new(|x| 3.0 * pw(x, 2.0) - 2.0)),
            g(Box::new(|x| 6.0 * x)),
        ),
        "cos_minus_x" => (
            Box::new(|x: f64| x.cos() - x),
            g(Box::new(|x: f64| -x.sin() - 1.0)),
            g(Box::new(|x: f64| -x.cos())),
        ),
        "exp_minus" => (
            Box::new(move |x: f64| x.exp() - p0),
            g(Box::new(|x: f64| x.exp())),
            g(Box::new(|x: f64| x.exp())),
        ),
        "flat9" => (
            Box::new(|x| pw(x - 1.0, 9.0)),
            g(Box::new(|x| 9.0 * pw(x - 1.0, 8.0))),
            g(Box::new(|x| 72.0 * pw(x - 1.0, 7.0))),
        ),
        "x7" => (
            Box::new(|x| pw(x, 7.0)),
            g(Box::new(|x| 7.0 * pw(x, 6.0))),
            g(Box::new(|x| 42.0 * pw(x, 5.0))),
        ),
        "sin" => (
            Box::new(|x: f64| x.sin()),
            g(Box::new(|x: f64| x.cos())),
            g(Box::new(|x: f64| -x.sin())),
        ),
        "tanh_steep" => (
            Box::new(move |x: f64| (p0 * (x - p1)).tanh()),
            g(Box::new(move |x: f64| {
                p0 * (1.0 - (p0 * (x - p1)).tanh() * (p0 * (x - p1)).tanh())
            })),
            g(Box::new(move |x: f64| {
                let t = (p0 * (x - p1)).tanh();
                -2.0 * p0 * p0 * t * (1.0 - t * t)
            })),
        ),
        "step" => (
            Box::new(move |x| if x > p0 { 1.0 } else { -1.0 }),
            None,
            None,
        ),
        "lin" => (
            Box::new(move |x| p0 * (x - p1)),
            g(Box::new(move |_| p0)),
            g(Box::new(|_| 0.0)),
        ),
        "nan_band" => (
            Box::new(move |x| if p0 < x && x < p1 { f64::NAN } else { x - p2 }),
            None,
            None,
        ),
        "inf_band" => (
            Box::new(move |x| {
                if p0 < x && x < p1 {
                    f64::INFINITY
                } else {
                    x - p2
                }
            }),
            None,
            None,
        ),
        "quad" => (Box::new(move |x| pw(x - p0, 2.0) + p1), None, None),
        "cosine" => (Box::new(|x: f64| x.cos()), None, None),
        "quartic" => (Box::new(|x| pw(pw(x, 2.0) - 2.0, 2.0) + x), None, None),
        "absdev" => (Box::new(move |x: f64| (x - p0).abs()), None, None),
        "expo" => (Box::new(|x: f64| x.exp()), None, None),
        "linear" => (Box::new(|x| x), None, None),
        "constant" => (Box::new(move |_| p0), None, None),
        "pow4" => (Box::new(move |x| pw(x - p0, 4.0)), None, None),
        "wavy" => (Box::new(move |x: f64| -x + p0 * (p1 * x).sin()), None, None),
        "nan_after" => {
            let mut count = 0.0;
            (
                Box::new(move |x: f64| {
                    count += 1.0;
                    if count > p0 {
                        f64::NAN
                    } else {
                        pw(x, 2.0) + 0.1 * x.sin()
                    }
                }),
                None,
                None,
            )
        }
        other => panic!("unknown test function {other}"),
    };
    Funcs { f, d1, d2 }
}

// ---------------------------------------------------------------- parsing

fn num(s: &str) -> Option<f64> {
    (s != "none").then(|| {
        s.parse::<f64>()
            .unwrap_or_else(|_| panic!("bad number {s}"))
    })
}

fn list(s: &str) -> Option<Vec<f64>> {
    (s != "none").then(|| {
        s.split(',')
            .filter(|v| !v.is_empty())
            .map(|v| num(v).expect("list entry"))
            .collect()
    })
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn read(name: &str) -> Vec<Vec<String>> {
    let path = format!(
        "{}/tests/reference/optimize/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| l.split('|').map(str::to_string).collect())
        .collect()
}

/// What SciPy raised: our error kind and SciPy's message (ours must start with it).
struct Raised {
    kind: ErrorKind,
    message: String,
}

fn raised(kind: &str, message: &str) -> Raised {
    let kind = match kind {
        "unknown" => ErrorKind::UnknownName,
        "invalid" => ErrorKind::InvalidArgument,
        k => panic!("unknown error kind {k}"),
    };
    Raised {
        kind,
        message: unescape(message),
    }
}

fn check_error(id: &str, got: &Error, want: &Raised, bad: &mut Vec<String>) {
    if got.kind != want.kind || !got.message.starts_with(&want.message) {
        bad.push(format!(
            "{id}: error {:?} {:?}, SciPy {:?} {:?}",
            got.kind, got.message, want.kind, want.message
        ));
    }
}

// ---------------------------------------------------------------- root_scalar

struct RootCase {
    id: String,
    fname: String,
    params: Vec<f64>,
    method: Option<String>,
    bracket: Option<[f64; 2]>,
    x0: Option<f64>,
    x1: Option<f64>,
    d1: bool,
    d2: bool,
    xtol: Option<f64>,
    rtol: Option<f64>,
    maxiter: Option<i64>,
    expect: Result<RootExpect, Raised>,
}

struct RootExpect {
    root: f64,
    /// None: SciPy's value is NaN or uninitialised (see gen_optimize.py).
    iterations: Option<usize>,
    nan_stop: bool,
    function_calls: usize,
    converged: bool,
    flag: String,
}

fn root_case(r: &[String]) -> RootCase {
    let a = num(&r[5]);
    let expect = if r[14] == "OK" {
        let nan_stop = r[16] == "nan";
        Ok(RootExpect {
            root: num(&r[15]).unwrap(),
            iterations: r[16].parse().ok(),
            nan_stop,
            function_calls: r[17].parse().unwrap(),
            converged: r[18] == "1",
            flag: r[19].clone(),
        })
    } else {
        Err(raised(&r[15], &r[16]))
    };
    RootCase {
        id: r[1].clone(),
        fname: r[2].clone(),
        params: list(&r[3]).unwrap_or_default(),
        method: (r[4] != "none").then(|| r[4].clone()),
        bracket: a.map(|a| [a, num(&r[6]).unwrap()]),
        x0: num(&r[7]),
        x1: num(&r[8]),
        d1: r[9] == "1",
        d2: r[10] == "1",
        xtol: num(&r[11]),
        rtol: num(&r[12]),
        maxiter: r[13].parse().ok(),
        expect,
    }
}

fn solve_root_core(c: &RootCase) -> Result<RootResults, Error> {
    let mut fs = funcs(&c.fname, &c.params);
    let mut f = |x| Ok((fs.f)(x));
    let mut d1 = fs.d1.take().filter(|_| c.d1);
    let mut d2 = fs.d2.take().filter(|_| c.d2);
    let mut g1 = d1.as_mut().map(|d| move |x| Ok(d(x)));
    let mut g2 = d2.as_mut().map(|d| move |x| Ok(d(x)));
    let opts = RootScalarOptions {
        method: c.method.as_deref(),
        bracket: c.bracket,
        x0: c.x0,
        x1: c.x1,
        xtol: c.xtol,
        rtol: c.rtol,
        maxiter: c.maxiter,
    };
    root_scalar(
        &mut f,
        g1.as_mut().map(|g| g as &mut ScalarFn),
        g2.as_mut().map(|g| g as &mut ScalarFn),
        &opts,
    )
}

fn flag_text(flag: RootFlag) -> &'static str {
    match flag {
        RootFlag::Converged => "converged",
        RootFlag::SignError => "sign error",
        RootFlag::ConvergenceError => "convergence error",
        RootFlag::ValueError => "value error",
        RootFlag::InProgress => "No error",
    }
}

/// Compares one result; returns whether the root is bit-identical.
fn check_root(c: &RootCase, got: &RootResults, want: &RootExpect, bad: &mut Vec<String>) -> bool {
    let id = &c.id;
    let same = got.root == want.root || (got.root.is_nan() && want.root.is_nan());
    let close = (got.root - want.root).abs() <= 1e-12 * want.root.abs();
    if !same && !close {
        bad.push(format!(
            "{id}: root {:e} vs SciPy {:e}",
            got.root, want.root
        ));
    } else if !same {
        println!(
            "{id}: root {:e} vs SciPy {:e} (within 1e-12)",
            got.root, want.root
        );
    }
    let want_iter = if want.nan_stop {
        None
    } else {
        Some(want.iterations.unwrap_or(0))
    };
    if want_iter.is_some_and(|w| w != got.iterations) {
        bad.push(format!(
            "{id}: iterations {} vs SciPy {:?}",
            got.iterations, want.iterations
        ));
    }
    if got.function_calls != want.function_calls || got.converged != want.converged {
        bad.push(format!(
            "{id}: calls/converged {} {} vs SciPy {} {}",
            got.function_calls, got.converged, want.function_calls, want.converged
        ));
    }
    let want_flag = if want.nan_stop {
        "value error"
    } else {
        want.flag.as_str()
    };
    if flag_text(got.flag) != want_flag {
        bad.push(format!(
            "{id}: flag {:?} vs SciPy {:?}",
            got.flag, want.flag
        ));
    }
    same
}

// The C face of the same cases: user_data carries the three closures.
struct CFuncs {
    funcs: Funcs,
}

unsafe extern "C" fn c_f(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    let s = &mut *(ud as *mut CFuncs);
    *out = (s.funcs.f)(x);
    0
}

unsafe extern "C" fn c_d1(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    let s = &mut *(ud as *mut CFuncs);
    *out = (s.funcs.d1.as_mut().unwrap())(x);
    0
}

unsafe extern "C" fn c_d2(x: f64, out: *mut f64, ud: *mut c_void) -> i32 {
    let s = &mut *(ud as *mut CFuncs);
    *out = (s.funcs.d2.as_mut().unwrap())(x);
    0
}

/// Result or (kind, message) of a C call.
fn c_outcome<T>(
    status: sciport_status,
    err: *mut sciport_error,
    out: T,
) -> Result<T, (sciport_status, String)> {
    if status == sciport_status::SCIPORT_OK {
        assert!(err.is_null());
        return Ok(out);
    }
    let message = unsafe { CStr::from_ptr(sciport_error_message(err)) }
        .to_string_lossy()
        .into_owned();
    assert_eq!(sciport_error_code(err), status);
    sciport_error_free(err);
    Err((status, message))
}

fn solve_root_c(c: &RootCase) -> Result<sciport_root_results, (sciport_status, String)> {
    let mut ud = CFuncs {
        funcs: funcs(&c.fname, &c.params),
    };
    let method = c.method.as_ref().map(|m| CString::new(m.as_str()).unwrap());
    let mut o = sciport_optimize_root_scalar_options_default();
    o.method = method.as_ref().map_or(ptr::null(), |m| m.as_ptr());
    o.bracket = c.bracket.unwrap_or([f64::NAN; 2]);
    o.x0 = c.x0.unwrap_or(f64::NAN);
    o.x1 = c.x1.unwrap_or(f64::NAN);
    o.fprime = if c.d1 { Some(c_d1) } else { None };
    o.fprime2 = if c.d2 { Some(c_d2) } else { None };
    o.xtol = c.xtol.unwrap_or(f64::NAN);
    o.rtol = c.rtol.unwrap_or(f64::NAN);
    o.maxiter = c.maxiter.unwrap_or(-1);
    let mut out = sciport_root_results {
        root: 0.0,
        iterations: -1,
        function_calls: -1,
        converged: false,
        flag: ptr::null(),
    };
    let mut err = ptr::null_mut();
    let ud_ptr = &mut ud as *mut CFuncs as *mut c_void;
    let status = sciport_optimize_root_scalar(Some(c_f), ud_ptr, &o, &mut out, &mut err);
    c_outcome(status, err, out)
}

/// The C result must carry exactly the core's result.
fn check_root_c(c: &RootCase, core: &Result<RootResults, Error>, bad: &mut Vec<String>) {
    match (core, solve_root_c(c)) {
        (Ok(a), Ok(b)) => {
            let flag = unsafe { CStr::from_ptr(b.flag) }.to_str().unwrap();
            let same = (a.root == b.root || (a.root.is_nan() && b.root.is_nan()))
                && a.iterations as i64 == b.iterations
                && a.function_calls as i64 == b.function_calls
                && a.converged == b.converged
                && flag == flag_text(a.flag);
            if !same {
                bad.push(format!("{}: C result {b:?} differs from core {a:?}", c.id));
            }
        }
        (Err(e), Err((_, msg))) if e.message == msg => {}
        (a, b) => bad.push(format!("{}: C {b:?} vs core {a:?}", c.id)),
    }
}

#[test]
fn root_scalar_matches_scipy() {
    let rows = read("root_scalar.txt");
    let (mut bad, mut exact, mut ok_cases) = (Vec::new(), 0, 0);
    for r in &rows {
        let c = root_case(r);
        let got = solve_root_core(&c);
        match (&got, &c.expect) {
            (Ok(g), Ok(w)) => {
                ok_cases += 1;
                exact += check_root(&c, g, w, &mut bad) as usize;
            }
            (Err(e), Err(w)) => check_error(&c.id, e, w, &mut bad),
            (Ok(g), Err(w)) => {
                bad.push(format!("{}: got {g:?}, SciPy raised {:?}", c.id, w.message))
            }
            (Err(e), Ok(_)) => bad.push(format!("{}: error {e}", c.id)),
        }
        check_root_c(&c, &got, &mut bad);
    }
    println!(
        "root_scalar: {} cases ({} results, {} errors); roots bit-identical to SciPy in {exact}; mismatches: {}",
        rows.len(),
        ok_cases,
        rows.len() - ok_cases,
        bad.len()
    );
    assert!(rows.len() > 6000, "reference data incomplete");
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

// ---------------------------------------------------------------- minimize_scalar

struct MinCase {
    id: String,
    fname: String,
    params: Vec<f64>,
    method: Option<String>,
    bracket: Option<Vec<f64>>,
    bounds: Option<[f64; 2]>,
    tol: Option<f64>,
    xatol: Option<f64>,
    maxiter: Option<i64>,
    expect: Result<MinExpect, Raised>,
}

struct MinExpect {
    x: f64,
    fun: f64,
    nit: usize,
    nfev: usize,
    success: bool,
    status: Option<i32>,
    message: String,
}

fn min_case(r: &[String]) -> MinCase {
    let lo = num(&r[6]);
    let expect = if r[11] == "OK" {
        Ok(MinExpect {
            x: num(&r[12]).unwrap(),
            fun: num(&r[13]).unwrap(),
            nit: r[14].parse().unwrap(),
            nfev: r[15].parse().unwrap(),
            success: r[16] == "1",
            status: r[17].parse().ok(),
            message: unescape(&r[18]),
        })
    } else {
        Err(raised(&r[12], &r[13]))
    };
    MinCase {
        id: r[1].clone(),
        fname: r[2].clone(),
        params: list(&r[3]).unwrap_or_default(),
        method: (r[4] != "none").then(|| r[4].clone()),
        bracket: list(&r[5]),
        bounds: lo.map(|lo| [lo, num(&r[7]).unwrap()]),
        tol: num(&r[8]),
        xatol: num(&r[9]),
        maxiter: r[10].parse().ok(),
        expect,
    }
}

fn solve_min_core(c: &MinCase) -> Result<MinimizeScalarResult, Error> {
    let mut fs = funcs(&c.fname, &c.params);
    let mut f = |x| Ok((fs.f)(x));
    let opts = MinimizeScalarOptions {
        method: c.method.as_deref(),
        bracket: c.bracket.as_deref(),
        bounds: c.bounds,
        tol: c.tol,
        xatol: c.xatol,
        maxiter: c.maxiter,
    };
    minimize_scalar(&mut f, &opts)
}

fn same_f64(a: f64, b: f64) -> bool {
    a == b || (a.is_nan() && b.is_nan())
}

/// Status of brent/golden (SciPy has none): ours follows from the outcome.
fn expected_status(w: &MinExpect) -> i32 {
    match w.status {
        Some(s) => s,
        None if w.success => 0,
        None if w.message.starts_with("NaN") => 2,
        None if w.message.contains("valid bracket") => 3,
        None => 1,
    }
}

fn check_min(
    id: &str,
    got: &MinimizeScalarResult,
    want: &MinExpect,
    bad: &mut Vec<String>,
) -> bool {
    let same = same_f64(got.x, want.x) && same_f64(got.fun, want.fun);
    let close = (got.x - want.x).abs() <= 1e-12 * want.x.abs()
        && (got.fun - want.fun).abs() <= 1e-12 * want.fun.abs();
    if !same && !close {
        bad.push(format!(
            "{id}: x, fun {:e} {:e} vs SciPy {:e} {:e}",
            got.x, got.fun, want.x, want.fun
        ));
    } else if !same {
        println!(
            "{id}: x, fun {:e} {:e} vs SciPy {:e} {:e} (within 1e-12)",
            got.x, got.fun, want.x, want.fun
        );
    }
    let message = got.message.to_str().unwrap();
    if got.nit != want.nit || got.nfev != want.nfev || got.success != want.success {
        bad.push(format!(
            "{id}: nit/nfev/success {} {} {} vs SciPy {} {} {}",
            got.nit, got.nfev, got.success, want.nit, want.nfev, want.success
        ));
    }
    if got.status != expected_status(want) || message != want.message {
        bad.push(format!(
            "{id}: status/message {} {message:?} vs SciPy {:?} {:?}",
            got.status, want.status, want.message
        ));
    }
    same
}

fn solve_min_c(c: &MinCase) -> Result<sciport_minimize_scalar_result, (sciport_status, String)> {
    let mut ud = CFuncs {
        funcs: funcs(&c.fname, &c.params),
    };
    let method = c.method.as_ref().map(|m| CString::new(m.as_str()).unwrap());
    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.method = method.as_ref().map_or(ptr::null(), |m| m.as_ptr());
    if let Some(b) = &c.bracket {
        o.bracket[..b.len()].copy_from_slice(b);
        o.bracket_len = b.len();
    }
    o.bounds = c.bounds.unwrap_or([f64::NAN; 2]);
    o.tol = c.tol.unwrap_or(f64::NAN);
    o.xatol = c.xatol.unwrap_or(f64::NAN);
    o.maxiter = c.maxiter.unwrap_or(-1);
    let mut out = sciport_minimize_scalar_result {
        x: 0.0,
        fun: 0.0,
        nit: -1,
        nfev: -1,
        success: false,
        status: -1,
        message: ptr::null(),
    };
    let mut err = ptr::null_mut();
    let ud_ptr = &mut ud as *mut CFuncs as *mut c_void;
    let status = sciport_optimize_minimize_scalar(Some(c_f), ud_ptr, &o, &mut out, &mut err);
    c_outcome(status, err, out)
}

fn check_min_c(c: &MinCase, core: &Result<MinimizeScalarResult, Error>, bad: &mut Vec<String>) {
    match (core, solve_min_c(c)) {
        (Ok(a), Ok(b)) => {
            let same = same_f64(a.x, b.x)
                && same_f64(a.fun, b.fun)
                && a.nit as i64 == b.nit
                && a.nfev as i64 == b.nfev
                && a.success == b.success
                && a.status == b.status
                && b.message == a.message.as_ptr();
            if !same {
                bad.push(format!("{}: C result {b:?} differs from core {a:?}", c.id));
            }
        }
        (Err(e), Err((_, msg))) if e.message == msg => {}
        (a, b) => bad.push(format!("{}: C {b:?} vs core {a:?}", c.id)),
    }
}

#[test]
fn minimize_scalar_matches_scipy() {
    let rows = read("minimize_scalar.txt");
    let (mut bad, mut exact, mut ok_cases) = (Vec::new(), 0, 0);
    for r in &rows {
        let c = min_case(r);
        let got = solve_min_core(&c);
        match (&got, &c.expect) {
            (Ok(g), Ok(w)) => {
                ok_cases += 1;
                exact += check_min(&c.id, g, w, &mut bad) as usize;
            }
            (Err(e), Err(w)) => check_error(&c.id, e, w, &mut bad),
            (Ok(g), Err(w)) => {
                bad.push(format!("{}: got {g:?}, SciPy raised {:?}", c.id, w.message))
            }
            (Err(e), Ok(_)) => bad.push(format!("{}: error {e}", c.id)),
        }
        check_min_c(&c, &got, &mut bad);
    }
    println!(
        "minimize_scalar: {} cases ({} results, {} errors); x and fun bit-identical to SciPy in {exact}; mismatches: {}",
        rows.len(),
        ok_cases,
        rows.len() - ok_cases,
        bad.len()
    );
    assert!(rows.len() > 300, "reference data incomplete");
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
