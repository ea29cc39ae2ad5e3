//! Quadrature rules shared by the numerical areas: fixed Gauss–Legendre
//! nodes, and `scipy.integrate.quad` of a scalar function (QUADPACK's QAGSE
//! on finite ranges and QAGIE on infinite ones, reimplemented so that
//! values, error estimates, evaluation counts and flags are SciPy's).

mod adaptive;
mod epsilon;
mod kronrod;
#[cfg(test)]
mod tests;

use std::f64::consts::PI;

use crate::error::{Error, Result};

/// Nodes and weights of the m-point Gauss–Legendre rule on [0, 1] (Newton
/// on the Legendre recurrence).
pub(crate) fn gauss_legendre_01(m: usize) -> Vec<(f64, f64)> {
    let legendre = |x: f64| {
        let (mut p0, mut p1) = (1.0, x);
        for k in 1..m {
            let k = k as f64;
            (p0, p1) = (p1, ((2.0 * k + 1.0) * x * p1 - k * p0) / (k + 1.0));
        }
        let dp = m as f64 * (x * p1 - p0) / (x * x - 1.0);
        (p1, dp)
    };
    (0..m)
        .map(|i| {
            let mut x = (PI * (i as f64 + 0.75) / (m as f64 + 0.5)).cos();
            for _ in 0..100 {
                let (p, dp) = legendre(x);
                let dx = p / dp;
                x -= dx;
                if dx.abs() < 1e-16 {
                    break;
                }
            }
            let (_, dp) = legendre(x);
            (0.5 + 0.5 * x, 1.0 / ((1.0 - x * x) * dp * dp))
        })
        .collect()
}

/// Tolerances and subdivision limit of [`quad`]; the default is SciPy's
/// (`epsabs = epsrel = 1.49e-8`, `limit = 50`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct QuadOptions {
    /// Absolute error tolerance.
    pub epsabs: f64,
    /// Relative error tolerance.
    pub epsrel: f64,
    /// Largest number of subintervals.
    pub limit: usize,
}

impl Default for QuadOptions {
    fn default() -> Self {
        QuadOptions {
            epsabs: 1.49e-8,
            epsrel: 1.49e-8,
            limit: 50,
        }
    }
}

/// What [`quad`] returns: SciPy's `(y, abserr, infodict, ier)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct QuadResult {
    /// The integral.
    pub value: f64,
    /// Estimate of the absolute error.
    pub abserr: f64,
    /// Number of integrand evaluations (`infodict["neval"]`).
    pub neval: usize,
    /// QUADPACK's flag: 0 success; 1 subdivision limit reached; 2 roundoff
    /// error; 3 extremely bad integrand behaviour; 4 no convergence
    /// (roundoff in the extrapolation table); 5 probably divergent; 6
    /// invalid input (tolerances or limit, where SciPy raises ValueError).
    pub ier: i32,
    /// Number of subintervals produced (`infodict["last"]`).
    pub last: usize,
}

impl QuadResult {
    /// The all-zero answer of an empty range or of an invalid input.
    fn zero(ier: i32) -> Self {
        QuadResult {
            value: 0.0,
            abserr: 0.0,
            neval: 0,
            ier,
            last: 0,
        }
    }
}

/// `scipy.integrate.quad(f, a, b, epsabs=, epsrel=, limit=)` of a real
/// function: QAGSE (21-point Gauss–Kronrod) on a finite range and QAGIE
/// (15-point rule on the map x = bound ± (1 - t)/t of (0, 1]) when a bound
/// is infinite, with bisection, Wynn-epsilon extrapolation and QUADPACK's
/// flags. `a > b` gives minus the integral over [b, a] and `a == b` zero.
/// An error of `f` aborts the integration and is returned; NaN bounds are
/// an invalid argument.
pub(crate) fn quad(
    f: &mut dyn FnMut(f64) -> Result<f64>,
    a: f64,
    b: f64,
    opts: &QuadOptions,
) -> Result<QuadResult> {
    if a.is_nan() || b.is_nan() {
        return Err(Error::invalid(
            "quad: the integration bounds must not be NaN",
        ));
    }
    if a == b {
        return Ok(QuadResult::zero(0));
    }
    if b < a {
        let flipped = quad(f, b, a, opts)?;
        return Ok(QuadResult {
            value: -flipped.value,
            ..flipped
        });
    }
    let tolerance_invalid =
        opts.epsabs <= 0.0 && opts.epsrel < (50.0 * kronrod::EPMACH).max(0.5e-28);
    if opts.limit < 1 || tolerance_invalid {
        return Ok(QuadResult::zero(6));
    }
    let mut neval = 0;
    let mut counted = |x: f64| {
        neval += 1;
        f(x)
    };
    let outcome = if a.is_finite() && b.is_finite() {
        let mut rule = |lo, hi| kronrod::qk21(&mut counted, lo, hi);
        adaptive::integrate(&mut rule, a, b, opts, false)?
    } else {
        let (bound, inf) = match (a.is_finite(), b.is_finite()) {
            (true, false) => (a, 1),
            (false, true) => (b, -1),
            _ => (0.0, 2),
        };
        let mut rule = |lo, hi| kronrod::qk15i(&mut counted, bound, inf, lo, hi);
        adaptive::integrate(&mut rule, 0.0, 1.0, opts, true)?
    };
    Ok(QuadResult {
        value: outcome.value,
        abserr: outcome.abserr,
        neval,
        ier: outcome.ier,
        last: outcome.last,
    })
}
