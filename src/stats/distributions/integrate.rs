//! SciPy's generic quadratures for a continuous family without closed
//! forms: `_mom1_sc` (E[X^n] = ∫₀¹ ppf^n, SciPy's default), `_mom0_sc`
//! (E[X^n] = ∫ x^n pdf, for `momtype=0`) and `_entropy` (∫ entr(pdf)),
//! through `quad` with SciPy's default tolerances.

use super::continuous::{standard_pdf, standard_ppf, Continuous};
use crate::quadrature::{quad, QuadOptions};
use crate::special::convex::entr;

/// ∫ f over [a, b] as `integrate.quad(f, a, b)[0]` (NaN if quad rejects).
fn integral(f: impl Fn(f64) -> f64, a: f64, b: f64) -> f64 {
    let mut g = |x: f64| Ok(f(x));
    quad(&mut g, a, b, &QuadOptions::default()).map_or(f64::NAN, |r| r.value)
}

/// `rv_continuous._mom0_sc(n)` (`momtype=0` families: override `munp`
/// with it): ∫ x^n pdf(x) dx over the support.
pub fn continuous_moment<D: Continuous + ?Sized>(d: &D, n: u32) -> f64 {
    let (a, b) = d.support();
    integral(|x| x.powf(f64::from(n)) * standard_pdf(d, x), a, b)
}

/// `rv_continuous._mom1_sc(n)` (SciPy's default `momtype=1`):
/// ∫₀¹ ppf(q)^n dq.
pub fn continuous_moment_by_ppf<D: Continuous + ?Sized>(d: &D, n: u32) -> f64 {
    integral(|q| standard_ppf(d, q).powf(f64::from(n)), 0.0, 1.0)
}

/// `rv_continuous._entropy`: ∫ entr(pdf) over the support; where that is
/// NaN, over [ppf(1e-10), ppf(1 - 1e-10)] for the infinite ends.
pub fn continuous_entropy<D: Continuous + ?Sized>(d: &D) -> f64 {
    let (a, b) = d.support();
    let h = integral(|x| entr(d.pdf(x)), a, b);
    if !h.is_nan() {
        return h;
    }
    let lower = if a.is_infinite() { d.ppf(1e-10) } else { a };
    let upper = if b.is_infinite() {
        d.ppf(1.0 - 1e-10)
    } else {
        b
    };
    integral(|x| entr(d.pdf(x)), lower, upper)
}
