//! `expect(func, lb, ub, conditional)`: E[func(X)] by SciPy's methods —
//! three `quad` calls split at the 5% and 95% quantiles of the range for a
//! continuous family, chunked summation from the median for a discrete one.

use super::discrete::expect_sum_with;
use super::{Distribution, Model, Pointwise};
use crate::error::Result;
use crate::quadrature::{quad, QuadOptions};

/// The function whose expectation is taken; `None` = the identity (the mean).
pub type Integrand<'a> = Option<&'a mut dyn FnMut(f64) -> Result<f64>>;

/// `expect`'s keywords (SciPy's defaults from `Default`).
#[derive(Debug, Clone, Copy)]
pub struct ExpectOptions {
    /// Lower bound of the range (None = the support's lower end).
    pub lb: Option<f64>,
    /// Upper bound (None = the support's upper end).
    pub ub: Option<f64>,
    /// Divide by the probability of [lb, ub].
    pub conditional: bool,
    /// `quad`'s absolute tolerance (continuous).
    pub epsabs: f64,
    /// `quad`'s relative tolerance (continuous).
    pub epsrel: f64,
    /// `quad`'s subinterval limit (continuous).
    pub limit: usize,
    /// Terms summed before giving up (discrete `maxcount`).
    pub maxcount: usize,
    /// Per-term size under which summation stops (discrete `tolerance`).
    pub tolerance: f64,
}

impl Default for ExpectOptions {
    fn default() -> Self {
        ExpectOptions {
            lb: None,
            ub: None,
            conditional: false,
            epsabs: 1.49e-8,
            epsrel: 1.49e-8,
            limit: 50,
            maxcount: 1000,
            tolerance: 1e-10,
        }
    }
}

/// E[func(X)] (`expect`), or NaN where SciPy's value is NaN. Errors: the
/// integrand's own (a failed callback), returned at once.
pub fn expect(d: &Distribution, func: Integrand, o: &ExpectOptions) -> Result<f64> {
    let Some(model) = &d.model else {
        return Ok(f64::NAN);
    };
    match model {
        Model::Continuous(_) => continuous(d, func, o),
        Model::Discrete(m) => {
            let (a, b) = m.support();
            let x0 = m.ppf(0.5);
            discrete(d, m.as_ref(), (a, b), x0, func, o)
        }
    }
}

/// `rv_continuous.expect`.
fn continuous(d: &Distribution, mut func: Integrand, o: &ExpectOptions) -> Result<f64> {
    let Some(Model::Continuous(m)) = &d.model else {
        return Ok(f64::NAN);
    };
    let (lo, hi) = m.expect_range(d.loc(), d.scale());
    let lb = o.lb.unwrap_or(lo);
    let ub = o.ub.unwrap_or(hi);
    let cdf_lb = d.evaluate(Pointwise::Cdf, lb);
    let cdf_ub = d.evaluate(Pointwise::Cdf, ub);
    let invfac = cdf_ub - cdf_lb;
    let inner = |alpha: f64| d.loc() + m.ppf(cdf_lb + invfac * alpha) * d.scale();
    let (c, e) = (inner(0.05), inner(1.0 - 0.05));
    let mut integrand = |x: f64| -> Result<f64> {
        let g = match func.as_mut() {
            Some(f) => f(x)?,
            None => x,
        };
        Ok(g * d.evaluate(Pointwise::Pdf, x))
    };
    let quad_options = QuadOptions {
        epsabs: o.epsabs,
        epsrel: o.epsrel,
        limit: o.limit,
    };
    let mut total = 0.0;
    for (a, b) in [(lb, c), (c, e), (e, ub)] {
        total += match quad(&mut integrand, a, b, &quad_options) {
            Ok(r) if r.ier == 6 => return Err(crate::error::Error::invalid(
                "expect: invalid quad options (epsabs <= 0 with epsrel < max(50 eps, 5e-29), or limit < 1)",
            )),
            Ok(r) => r.value,
            Err(e) if e.kind == crate::error::ErrorKind::InvalidArgument => f64::NAN,
            Err(e) => return Err(e),
        };
    }
    Ok(if o.conditional { total / invfac } else { total })
}

/// `rv_discrete.expect`.
fn discrete(
    d: &Distribution,
    m: &dyn super::discrete::Discrete,
    (a, b): (f64, f64),
    x0: f64,
    mut func: Integrand,
    o: &ExpectOptions,
) -> Result<f64> {
    let loc = d.loc();
    let lb = o.lb.map_or(a, |v| v - loc);
    let ub = o.ub.map_or(b, |v| v - loc);
    let invfac = if o.conditional {
        d.evaluate(Pointwise::Sf, lb - 1.0 + loc) - d.evaluate(Pointwise::Sf, ub + loc)
    } else {
        1.0
    };
    let mut term = |k: f64| -> Result<f64> {
        let g = match func.as_mut() {
            Some(f) => f(k + loc)?,
            None => k + loc,
        };
        Ok(g * m.pmf(k))
    };
    let total = expect_sum_with(&mut term, lb, ub, x0, o.maxcount, o.tolerance)?;
    Ok(total / invfac)
}
