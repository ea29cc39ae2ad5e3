//! The beta function and its logarithm: `beta`, `betaln`, with SciPy's
//! conventions at the poles (negative integer arguments).
//!
//! Positive arguments: B(a, b) = Γ(a)Γ(b)/Γ(a + b) from the gamma function
//! while a + b stays below Γ's overflow, else exp(ln B). ln B comes from
//! Stirling's formula arranged so that no large logarithms cancel:
//! with a ≥ b, ln Γ(a) - ln Γ(a + b) = -(a - ½) log1p(b/a) - b ln(a + b) + b
//! plus Stirling corrections, and for both arguments large the symmetric form.
//! Negative arguments follow SciPy (Cephes): a negative integer a gives the
//! limit ±B(1 - a - b, b) when b is an integer with 1 - a - b > 0, else
//! inf; other negative values through Γ with signs, or signed ln|Γ| beyond
//! Γ's range.

use super::gamma::{gamma, gammaln, gammasgn, ln_stirling_correction};

/// Largest argument whose Γ is finite.
const MAX_GAMMA_ARG: f64 = 171.624_376_956_302_7;

/// From here on ln Γ uses Stirling's series.
const STIRLING_FROM: f64 = 10.0;

/// ln(2π)/2.
const HALF_LN_2PI: f64 = 0.918_938_533_204_672_8;

/// `scipy.special.beta(a, b)`: B(a, b) = Γ(a)Γ(b)/Γ(a + b).
pub fn beta(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if let Some(v) = at_negative_integer(a, b, beta) {
        return v;
    }
    if let Some(v) = at_negative_integer(b, a, beta) {
        return v;
    }
    let (a, b) = if a.abs() >= b.abs() { (a, b) } else { (b, a) };
    if a > 0.0 && b > 0.0 {
        return positive_beta(a, b);
    }
    signed_beta(a, b)
}

/// `scipy.special.betaln(a, b)`: ln|B(a, b)|.
pub fn betaln(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if let Some(v) = at_negative_integer(a, b, beta) {
        return v.abs().ln();
    }
    if let Some(v) = at_negative_integer(b, a, beta) {
        return v.abs().ln();
    }
    let (a, b) = if a.abs() >= b.abs() { (a, b) } else { (b, a) };
    if a > 0.0 && b > 0.0 {
        return positive_betaln(a, b);
    }
    let v = signed_beta(a, b).abs();
    if v.is_finite() && v > 0.0 {
        return v.ln();
    }
    gammaln(a) + gammaln(b) - gammaln(a + b)
}

/// SciPy's value when `n` is a non-positive integer (or -inf): the limit
/// ±f(1 - n - other, other) when `other` is an integer and 1 - n - other > 0,
/// with the sign (-1)^other; inf otherwise. `None` when `n` is not one.
fn at_negative_integer(n: f64, other: f64, f: impl Fn(f64, f64) -> f64) -> Option<f64> {
    if !(n <= 0.0 && n == n.floor()) {
        return None;
    }
    if n.is_infinite() || other != other.floor() || 1.0 - n - other <= 0.0 {
        return Some(f64::INFINITY);
    }
    let sign = if other.rem_euclid(2.0) == 0.0 {
        1.0
    } else {
        -1.0
    };
    Some(sign * f(1.0 - n - other, other))
}

/// B(a, b) for a ≥ b > 0.
fn positive_beta(a: f64, b: f64) -> f64 {
    if a + b < MAX_GAMMA_ARG {
        return gamma_ratio(a, b);
    }
    positive_betaln(a, b).exp()
}

/// Γ(a)Γ(b)/Γ(a + b) from three finite gammas, dividing first by the one
/// closest to Γ(a + b) in size so no intermediate overflows.
fn gamma_ratio(a: f64, b: f64) -> f64 {
    let (ga, gb, gs) = (gamma(a), gamma(b), gamma(a + b));
    if gs == 0.0 || gs.is_infinite() {
        return signed_ln_beta(a, b);
    }
    if (ga.abs() - gs.abs()).abs() > (gb.abs() - gs.abs()).abs() {
        (gb / gs) * ga
    } else {
        (ga / gs) * gb
    }
}

/// B(a, b) = ±exp(ln|Γ(a)| + ln|Γ(b)| - ln|Γ(a + b)|) with Γ's signs.
fn signed_ln_beta(a: f64, b: f64) -> f64 {
    let sign = gammasgn(a) * gammasgn(b) * gammasgn(a + b);
    sign * (gammaln(a) + gammaln(b) - gammaln(a + b)).exp()
}

/// B(a, b) with |a| ≥ |b| and some argument negative (not an integer).
fn signed_beta(a: f64, b: f64) -> f64 {
    let s = a + b;
    if s <= 0.0 && s == s.floor() {
        return 0.0; // a + b at a pole of Γ: 1/Γ(a + b) = 0
    }
    if s.abs() < MAX_GAMMA_ARG && a.abs() < MAX_GAMMA_ARG {
        return gamma_ratio(a, b);
    }
    signed_ln_beta(a, b)
}

/// ln B(a, b) for a ≥ b > 0 (see the module notes); -inf for a = inf.
fn positive_betaln(a: f64, b: f64) -> f64 {
    if a.is_infinite() {
        return if b.is_infinite() {
            f64::NAN
        } else {
            f64::NEG_INFINITY
        };
    }
    if a < STIRLING_FROM {
        let ratio = gamma_ratio(a, b);
        return if ratio.is_normal() && ratio.is_finite() {
            ratio.ln()
        } else {
            gammaln(a) + gammaln(b) - gammaln(a + b)
        };
    }
    let s = a + b;
    let ratio = b / s;
    if b < STIRLING_FROM {
        let tail = -(a - 0.5) * (b / a).ln_1p() - b * s.ln() + b;
        return gammaln(b) + tail + (ln_stirling_correction(a) - ln_stirling_correction(s));
    }
    (b - 0.5) * ratio.ln() + (a - 0.5) * (-ratio).ln_1p() - 0.5 * s.ln()
        + HALF_LN_2PI
        + (ln_stirling_correction(a) + ln_stirling_correction(b) - ln_stirling_correction(s))
}
