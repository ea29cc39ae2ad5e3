//! Owen's T function, `scipy.special.owens_t(h, a)`:
//! T(h, a) = (1/2π) ∫₀^a e^(-h²(1+x²)/2)/(1+x²) dx, even in h and odd in a.
//!
//! For 0 ≤ a ≤ 1, T = (e^(-h²/2)/2π) ∫₀^b e^(-h²x²/2)/(1+x²) dx with
//! b = min(a, 9/h) (beyond, the integrand is below e^-40 of its start) by
//! the 24-point Gauss–Legendre rule, exact to rounding there: the
//! integrand is analytic with poles at ±i and, scaled to [0, b], a Gaussian
//! no narrower than e^(-40.5u²); e^(-h²/2) is formed from h² in
//! double-double. For a > 1 the identity (h ≥ 0, Q the upper normal tail)
//! T(h, a) = (Q(h) + Q(ah))/2 - Q(h)Q(ah) - T(ah, 1/a), in the form that
//! does not cancel as h grows; closed forms at h = 0 (atan(a)/2π) and
//! a = inf (Q(|h|)/2).

use super::double_double::DoubleDouble;
use super::normal::ndtr;
use crate::quadrature::gauss_legendre_01;
use std::f64::consts::PI;
use std::sync::OnceLock;

/// Nodes of the rule.
const POINTS: usize = 24;

/// `scipy.special.owens_t(h, a)`: Owen's T function. NaN if either is NaN;
/// 0 for h = ±inf or a = 0; Q(|h|)/2 (¼ at h = 0) for a = ±inf, with a's
/// sign.
pub fn owens_t(h: f64, a: f64) -> f64 {
    if h.is_nan() || a.is_nan() {
        return f64::NAN;
    }
    let value = nonnegative(h.abs(), a.abs());
    if a < 0.0 {
        -value
    } else {
        value
    }
}

/// T(h, a) for h, a ≥ 0.
fn nonnegative(h: f64, a: f64) -> f64 {
    if a == 0.0 || h == f64::INFINITY {
        return 0.0;
    }
    if a == f64::INFINITY {
        return 0.5 * upper_tail(h);
    }
    if h == 0.0 {
        return a.atan() / (2.0 * PI);
    }
    if a <= 1.0 {
        return quadrature(h, a);
    }
    let ah = a * h;
    let (q_h, q_ah) = (upper_tail(h), upper_tail(ah));
    let rest = if ah == f64::INFINITY {
        0.0
    } else {
        quadrature(ah, 1.0 / a)
    };
    0.5 * (q_h + q_ah) - q_h * q_ah - rest
}

/// Q(x) = 1 - Φ(x), without cancellation for large x.
fn upper_tail(x: f64) -> f64 {
    ndtr(-x)
}

/// T(h, a) for h > 0 finite and 0 < a ≤ 1 by the Gauss–Legendre rule.
fn quadrature(h: f64, a: f64) -> f64 {
    if h > 40.0 {
        return 0.0; // below e^-800 (and h² may overflow)
    }
    let prefactor = DoubleDouble::product(h, h).mul(-0.5).exp();
    if prefactor == 0.0 {
        return 0.0;
    }
    let b = a.min(9.0 / h);
    let half_h2 = 0.5 * h * h;
    let sum: f64 = rule()
        .iter()
        .map(|&(node, weight)| {
            let x = b * node;
            weight * (-half_h2 * x * x).exp() / (1.0 + x * x)
        })
        .sum();
    prefactor * b * sum / (2.0 * PI)
}

/// The 24-point Gauss–Legendre rule on [0, 1], computed once.
fn rule() -> &'static [(f64, f64)] {
    static RULE: OnceLock<Vec<(f64, f64)>> = OnceLock::new();
    RULE.get_or_init(|| gauss_legendre_01(POINTS))
}
