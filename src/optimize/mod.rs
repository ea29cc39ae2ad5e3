//! `scipy.optimize` scalar solvers: `root_scalar` and `minimize_scalar`.

use crate::error::{Error, ErrorKind, Result};

mod bracket_roots;
mod eval;
mod minimize;
pub(crate) mod nelder_mead;
mod newton;
pub(crate) mod pyfmt;
mod toms748;

use bracket_roots::Limits;
use eval::{Counter, Halt};
use minimize::BracketOutcome;
use newton::{NewtonLimits, Slope};

/// A scalar function as the solvers see it; an `Err` (e.g. a failed user
/// callback) aborts the solver and is returned unchanged.
pub type ScalarFn<'a> = dyn FnMut(f64) -> Result<f64> + 'a;

/// SciPy's RootResults flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootFlag {
    /// "converged"
    Converged,
    /// "sign error"
    SignError,
    /// "convergence error"
    ConvergenceError,
    /// "value error"
    ValueError,
    /// "No error" (in progress)
    InProgress,
}

/// `root_scalar` keywords (`None` = SciPy's `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct RootScalarOptions<'a> {
    /// Solver name (case-insensitive); `None` picks as SciPy does.
    pub method: Option<&'a str>,
    /// Bracket [a, b] for the bracketing methods.
    pub bracket: Option<[f64; 2]>,
    /// Initial guess for newton, secant and halley.
    pub x0: Option<f64>,
    /// Second guess for secant.
    pub x1: Option<f64>,
    /// Absolute tolerance (`tol` of newton/secant/halley).
    pub xtol: Option<f64>,
    /// Relative tolerance.
    pub rtol: Option<f64>,
    /// Iteration limit.
    pub maxiter: Option<i64>,
}

/// SciPy's RootResults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RootResults {
    /// Estimated root.
    pub root: f64,
    /// Iterations performed. When the function returned NaN (flag
    /// `ValueError`), the iterations completed before it (SciPy reports NaN);
    /// 0 when a bracket end is an exact zero (SciPy's compiled solvers then
    /// report an uninitialised C variable).
    pub iterations: usize,
    /// Calls of f; for newton/halley also of fprime/fprime2, as SciPy counts.
    pub function_calls: usize,
    /// Whether the method converged.
    pub converged: bool,
    /// Why the method stopped. `ValueError` means f returned NaN (SciPy's
    /// flag text is then "The function value at x=... is NaN; solver cannot
    /// continue.") and `root` is that x.
    pub flag: RootFlag,
}

/// `minimize_scalar` keywords (`None` = SciPy's `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct MinimizeScalarOptions<'a> {
    /// "brent", "bounded" or "golden" (case-insensitive); `None` = bounded
    /// when bounds are given, else brent.
    pub method: Option<&'a str>,
    /// 2 points to start the bracket search from, or a 3-point bracket.
    pub bracket: Option<&'a [f64]>,
    /// Bounds of the "bounded" method.
    pub bounds: Option<[f64; 2]>,
    /// `tol`: xtol of brent/golden, xatol of bounded unless xatol is given.
    pub tol: Option<f64>,
    /// `xatol` of bounded; `None` = `tol` if given, else 1e-5.
    pub xatol: Option<f64>,
    /// Iteration limit (function-call limit for bounded).
    pub maxiter: Option<i64>,
}

/// SciPy's OptimizeResult for minimize_scalar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinimizeScalarResult {
    /// Location of the minimum.
    pub x: f64,
    /// f(x).
    pub fun: f64,
    /// Iterations.
    pub nit: usize,
    /// Function evaluations.
    pub nfev: usize,
    /// Whether the method reported success.
    pub success: bool,
    /// bounded: SciPy's status (0 found, 1 call limit, 2 NaN). brent and
    /// golden (no status in SciPy): 0 success, 1 iteration limit, 2 NaN,
    /// 3 no valid bracket found.
    pub status: i32,
    /// SciPy's message text.
    pub message: &'static std::ffi::CStr,
}

/// The method names `root_scalar` accepts.
pub const ROOT_SCALAR_METHODS: [&str; 8] = [
    "bisect", "brentq", "brenth", "ridder", "toms748", "newton", "secant", "halley",
];

/// The method names `minimize_scalar` accepts.
pub const MINIMIZE_SCALAR_METHODS: [&str; 3] = ["brent", "bounded", "golden"];

/// SciPy's "Unknown solver" error, listing the accepted names.
fn unknown_solver(name: &str, accepted: &[&str]) -> Error {
    Error::new(
        ErrorKind::UnknownName,
        format!("Unknown solver {name}; accepted: {}", accepted.join(", ")),
    )
}

/// `root_scalar`'s choice when no method is given.
fn default_root_method(o: &RootScalarOptions, has_d1: bool, has_d2: bool) -> Result<&'static str> {
    if o.bracket.is_some() {
        return Ok("brentq");
    }
    if o.x0.is_some() {
        return Ok(match (has_d1, has_d2, o.x1.is_some()) {
            (true, true, _) => "halley",
            (true, false, _) => "newton",
            (false, _, true) => "secant",
            (false, _, false) => "newton",
        });
    }
    Err(Error::invalid(
        "Unable to select a solver as neither bracket nor starting point provided.",
    ))
}

/// The lower-cased method name, chosen as SciPy does when absent.
fn root_method(o: &RootScalarOptions, has_d1: bool, has_d2: bool) -> Result<String> {
    match o.method {
        Some(m) if !m.is_empty() => Ok(m.to_lowercase()),
        _ => default_root_method(o, has_d1, has_d2).map(str::to_string),
    }
}

/// The method as the caller spelled it (SciPy's messages use that spelling).
fn shown<'a>(o: &RootScalarOptions<'a>, method: &'a str) -> &'a str {
    o.method.filter(|m| !m.is_empty()).unwrap_or(method)
}

/// Finds a root of a scalar function (`scipy.optimize.root_scalar`).
///
/// Same algorithms, defaults and counts as SciPy: brentq/brenth/bisect/
/// ridder/toms748 (xtol 2e-12, rtol 4 eps, maxiter 100) need `bracket`;
/// newton (forward-difference derivative when `fprime` is `None`), secant
/// and halley (xtol 1.48e-8, rtol 0, maxiter 50) need `x0`.
/// Non-convergence is `converged = false`; SciPy's ValueErrors are errors.
pub fn root_scalar(
    f: &mut ScalarFn,
    fprime: Option<&mut ScalarFn>,
    fprime2: Option<&mut ScalarFn>,
    o: &RootScalarOptions,
) -> Result<RootResults> {
    let method = root_method(o, fprime.is_some(), fprime2.is_some())?;
    match method.as_str() {
        "bisect" | "brentq" | "brenth" | "ridder" | "toms748" => bracketed(f, &method, o),
        "newton" | "secant" | "halley" => from_guess(f, fprime, fprime2, &method, o),
        _ => Err(unknown_solver(&method, &ROOT_SCALAR_METHODS)),
    }
}

/// Checks the tolerances of the bracketing methods as SciPy does.
fn bracket_limits(method: &str, o: &RootScalarOptions) -> Result<Limits> {
    let xtol = o.xtol.unwrap_or(2e-12);
    let rtol = o.rtol.unwrap_or(4.0 * f64::EPSILON);
    let maxiter = o.maxiter.unwrap_or(100);
    if xtol <= 0.0 {
        return Err(Error::invalid(format!(
            "xtol too small ({} <= 0)",
            pyfmt::fmt_g(xtol)
        )));
    }
    let min_rtol = if method == "toms748" {
        f64::EPSILON
    } else {
        4.0 * f64::EPSILON
    };
    if rtol < min_rtol {
        return Err(Error::invalid(format!(
            "rtol too small ({} < {})",
            pyfmt::fmt_g(rtol),
            pyfmt::fmt_g(min_rtol)
        )));
    }
    if method == "toms748" && maxiter < 1 {
        return Err(Error::invalid("maxiter must be greater than 0"));
    }
    if maxiter < 0 {
        return Err(Error::invalid("maxiter must be >= 0"));
    }
    let maxiter = i32::try_from(maxiter)
        .map_err(|_| Error::invalid("maxiter does not fit in a C int"))? as usize;
    Ok(Limits {
        xtol,
        rtol,
        maxiter,
    })
}

/// Runs a bracketing method; a NaN value of f ends it with flag ValueError.
fn bracketed(f: &mut ScalarFn, method: &str, o: &RootScalarOptions) -> Result<RootResults> {
    let [a, b] = o
        .bracket
        .ok_or_else(|| Error::invalid(format!("Bracket needed for {}", shown(o, method))))?;
    let lim = bracket_limits(method, o)?;
    let mut c = Counter::new(f, true);
    let found = match method {
        "brentq" => bracket_roots::brent(&mut c, a, b, lim, false),
        "brenth" => bracket_roots::brent(&mut c, a, b, lim, true),
        "bisect" => bracket_roots::bisect(&mut c, a, b, lim),
        "ridder" => bracket_roots::ridder(&mut c, a, b, lim),
        _ => toms748::toms748(&mut c, a, b, lim),
    };
    let (root, flag) = match found {
        Ok(r) => (r.root, r.flag),
        Err(Halt::Nan(x)) => (x, RootFlag::ValueError),
        Err(Halt::Fail(e)) => return Err(e),
    };
    Ok(RootResults {
        root,
        iterations: c.iterations,
        function_calls: c.calls,
        converged: flag == RootFlag::Converged,
        flag,
    })
}

/// Runs newton, secant or halley from `x0`.
fn from_guess(
    f: &mut ScalarFn,
    fprime: Option<&mut ScalarFn>,
    fprime2: Option<&mut ScalarFn>,
    method: &str,
    o: &RootScalarOptions,
) -> Result<RootResults> {
    let x0 = o
        .x0
        .ok_or_else(|| Error::invalid(format!("x0 must not be None for {}", shown(o, method))))?;
    let lim = NewtonLimits {
        tol: o.xtol.unwrap_or(1.48e-8),
        rtol: o.rtol.unwrap_or(0.0),
        maxiter: o.maxiter.unwrap_or(50),
    };
    match method {
        "secant" => newton::secant(f, x0, o.x1, lim),
        "newton" => {
            let slope = fprime.map_or(Slope::Forward, Slope::User);
            newton::newton(f, slope, None, x0, lim)
        }
        _ => {
            let d1 = fprime.ok_or_else(|| {
                Error::invalid(format!("fprime must be specified for {}", shown(o, method)))
            })?;
            let d2 = fprime2.ok_or_else(|| {
                Error::invalid(format!(
                    "fprime2 must be specified for {}",
                    shown(o, method)
                ))
            })?;
            newton::newton(f, Slope::User(d1), Some(d2), x0, lim)
        }
    }
}

/// Minimizes a scalar function of one variable
/// (`scipy.optimize.minimize_scalar`): brent (xtol 1.48e-8, maxiter 500),
/// golden (xtol sqrt(eps), maxiter 5000) or bounded (xatol 1e-5, maxiter
/// 500), with SciPy's bracket search, counts and messages.
pub fn minimize_scalar(
    f: &mut ScalarFn,
    o: &MinimizeScalarOptions,
) -> Result<MinimizeScalarResult> {
    let method = match o.method {
        None => if o.bounds.is_some() {
            "bounded"
        } else {
            "brent"
        }
        .to_string(),
        Some(m) => m.to_lowercase(),
    };
    if o.bounds.is_some() && (method == "brent" || method == "golden") {
        return Err(Error::invalid(format!(
            "Use of `bounds` is incompatible with 'method={}'.",
            o.method.unwrap_or_default()
        )));
    }
    match method.as_str() {
        "bounded" => {
            let bounds = o.bounds.ok_or_else(|| {
                Error::invalid("The `bounds` parameter is mandatory for method `bounded`.")
            })?;
            let xatol = o.xatol.or(o.tol).unwrap_or(1e-5);
            minimize::bounded(f, bounds, xatol, o.maxiter.unwrap_or(500))
        }
        "brent" => {
            let xtol = o.tol.unwrap_or(1.48e-8);
            if xtol < 0.0 {
                return Err(Error::invalid(format!(
                    "tolerance should be >= 0, got {}",
                    pyfmt::repr(xtol)
                )));
            }
            unbounded(f, o.bracket, |f, br| {
                minimize::brent(f, br, xtol, o.maxiter.unwrap_or(500))
            })
        }
        "golden" => {
            let xtol = o.tol.unwrap_or(f64::EPSILON.sqrt());
            unbounded(f, o.bracket, |f, br| {
                minimize::golden(f, br, xtol, o.maxiter.unwrap_or(5000))
            })
        }
        _ => Err(unknown_solver(
            o.method.unwrap_or_default(),
            &MINIMIZE_SCALAR_METHODS,
        )),
    }
}

/// Brackets the minimum, then runs `solve`; an invalid bracket is a
/// result with success false, as `_recover_from_bracket_error` makes it.
fn unbounded(
    f: &mut ScalarFn,
    bracket: Option<&[f64]>,
    solve: impl FnOnce(&mut ScalarFn, &minimize::Bracket) -> Result<MinimizeScalarResult>,
) -> Result<MinimizeScalarResult> {
    match minimize::initial_bracket(f, bracket)? {
        BracketOutcome::Found(br) => solve(f, &br),
        BracketOutcome::Invalid(br) => Ok(minimize::bracket_failure(&br)),
    }
}
