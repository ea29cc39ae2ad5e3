//! SciPy's scalar `newton` (`scipy/optimize/_zeros_py.py`): Newton-Raphson,
//! Halley and the secant method, with `root_scalar`'s forward-difference
//! derivative when Newton is asked for without `fprime`.

use super::eval::{isclose, np_maximum};
use super::pyfmt;
use super::{RootFlag, RootResults, ScalarFn};
use crate::error::{Error, Result};

/// Tolerances and iteration limit (`tol`, `rtol`, `maxiter` of `newton`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct NewtonLimits {
    pub tol: f64,
    pub rtol: f64,
    pub maxiter: i64,
}

/// Where Newton's derivative comes from.
pub(crate) enum Slope<'d, 'a> {
    /// The user's fprime.
    User(&'d mut ScalarFn<'a>),
    /// `approx_derivative(f, x, method='2-point')`, reusing f(x).
    Forward,
}

/// SciPy's argument checks of `newton`; returns maxiter as a count.
pub(crate) fn check_limits(lim: NewtonLimits) -> Result<usize> {
    if lim.tol <= 0.0 {
        return Err(Error::invalid(format!(
            "tol too small ({} <= 0)",
            pyfmt::fmt_g(lim.tol)
        )));
    }
    if lim.maxiter < 1 {
        return Err(Error::invalid("maxiter must be greater than 0"));
    }
    usize::try_from(lim.maxiter).map_err(|_| Error::invalid("maxiter is too large"))
}

fn result(
    root: f64,
    iterations: usize,
    function_calls: usize,
    flag: RootFlag,
) -> Result<RootResults> {
    Ok(RootResults {
        root,
        iterations,
        function_calls,
        converged: flag == RootFlag::Converged,
        flag,
    })
}

/// Forward difference of `_numdiff.approx_derivative` ('2-point', no
/// bounds): step sqrt(eps) * sign(x) * max(1, |x|), divided by the step
/// actually taken.
fn forward_difference(f: &mut ScalarFn, x: f64, fx: f64) -> Result<f64> {
    let sign = if x >= 0.0 { 1.0 } else { -1.0 };
    let h = f64::EPSILON.sqrt() * sign * np_maximum(1.0, x.abs());
    let f1 = f(x + h)?;
    let dx = (x + h) - x;
    Ok((f1 - fx) / dx)
}

/// Newton-Raphson (Halley when `fprime2` is given) from `x0`.
/// function_calls counts f, fprime and fprime2 calls, as SciPy does.
pub(crate) fn newton(
    f: &mut ScalarFn,
    mut slope: Slope,
    mut fprime2: Option<&mut ScalarFn>,
    x0: f64,
    lim: NewtonLimits,
) -> Result<RootResults> {
    let maxiter = check_limits(lim)?;
    let (mut p0, mut p, mut calls) = (x0, x0, 0);
    for itr in 0..maxiter {
        let fval = f(p0)?;
        calls += 1;
        if fval == 0.0 {
            return result(p0, itr, calls, RootFlag::Converged);
        }
        let fder = match &mut slope {
            Slope::User(g) => g(p0)?,
            Slope::Forward => forward_difference(f, p0, fval)?,
        };
        calls += 1;
        if fder == 0.0 {
            return result(p0, itr + 1, calls, RootFlag::ConvergenceError);
        }
        let mut step = fval / fder;
        if let Some(g2) = fprime2.as_mut() {
            let fder2 = g2(p0)?;
            calls += 1;
            let adj = step * fder2 / fder / 2.0;
            if adj.abs() < 1.0 {
                step /= 1.0 - adj;
            }
        }
        p = p0 - step;
        if isclose(p, p0, lim.rtol, lim.tol) {
            return result(p, itr + 1, calls, RootFlag::Converged);
        }
        p0 = p;
    }
    result(p, maxiter, calls, RootFlag::ConvergenceError)
}

/// The secant method from `x0` and `x1` (or SciPy's default second point).
pub(crate) fn secant(
    f: &mut ScalarFn,
    x0: f64,
    x1: Option<f64>,
    lim: NewtonLimits,
) -> Result<RootResults> {
    let maxiter = check_limits(lim)?;
    let mut p1 = match x1 {
        Some(x1) if x1 == x0 => return Err(Error::invalid("x1 and x0 must be different")),
        Some(x1) => x1,
        None => {
            let eps = 1e-4;
            let p1 = x0 * (1.0 + eps);
            p1 + if p1 >= 0.0 { eps } else { -eps }
        }
    };
    let mut p0 = x0;
    let mut q0 = f(p0)?;
    let mut q1 = f(p1)?;
    let mut calls = 2;
    if q1.abs() < q0.abs() {
        (p0, p1, q0, q1) = (p1, p0, q1, q0);
    }
    let mut p = p1;
    for itr in 0..maxiter {
        if q1 == q0 {
            return result((p1 + p0) / 2.0, itr + 1, calls, RootFlag::ConvergenceError);
        }
        p = if q1.abs() > q0.abs() {
            (-q0 / q1 * p1 + p0) / (1.0 - q0 / q1)
        } else {
            (-q1 / q0 * p0 + p1) / (1.0 - q1 / q0)
        };
        if isclose(p, p1, lim.rtol, lim.tol) {
            return result(p, itr + 1, calls, RootFlag::Converged);
        }
        (p0, q0) = (p1, q1);
        p1 = p;
        q1 = f(p1)?;
        calls += 1;
    }
    result(p, maxiter, calls, RootFlag::ConvergenceError)
}
