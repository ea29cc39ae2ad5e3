//! The beta distribution's density x^(a-1) (1-x)^(b-1) / B(a, b) (SciPy's
//! Boost-backed private ufunc `_beta_pdf`), from the incomplete beta
//! function's power factor so that large a, b keep full accuracy.

use super::beta::beta;
use super::incomplete_beta::{power_factor, Point};

/// The beta(a, b) density at x in [0, 1] for finite a, b > 0 (NaN outside
/// that domain). At x = 0 it is +inf for a < 1, b for a = 1 (1/B(1, b))
/// and 0 for a > 1; likewise at x = 1 with b.
pub fn beta_pdf(x: f64, a: f64, b: f64) -> f64 {
    let valid = a > 0.0 && b > 0.0 && a.is_finite() && b.is_finite();
    if !valid || !(0.0..=1.0).contains(&x) {
        return f64::NAN;
    }
    let end = |shape: f64| {
        if shape < 1.0 {
            f64::INFINITY
        } else if shape == 1.0 {
            1.0 / beta(a, b)
        } else {
            0.0
        }
    };
    if x == 0.0 {
        return end(a);
    }
    if x == 1.0 {
        return end(b);
    }
    let y = 1.0 - x;
    let w = 1.0 / (x * y);
    if w.is_infinite() {
        return end(a);
    }
    power_factor(a, b, Point::new(a, b, x)) * w
}
