//! The digamma and polygamma functions: `digamma` (`psi`), `polygamma`.

use super::gamma::gamma;
use super::zeta::{alternating_zeta_values, hurwitz_zeta};
use std::f64::consts::PI;
use std::sync::OnceLock;

/// The Euler–Mascheroni constant γ = -ψ(1).
pub(super) const EULER_GAMMA: f64 = 0.577_215_664_901_532_9;

/// The positive zero of ψ, x₀ = X0_HI + X0_LO.
const X0_HI: f64 = 1.461_632_144_968_362_2;
const X0_LO: f64 = 9.549_995_429_965_697e-17;

/// Terms of the Taylor series of ψ about x₀ used on [1, 2] (|x - x₀| ≤ 0.54,
/// where the terms shrink like 0.37^k).
const SERIES_TERMS: usize = 44;

/// B_{2j} / (2j) for j = 1..=9: ψ(x) ~ ln x - 1/(2x) - Σ B_{2j}/(2j) x^(-2j).
#[allow(clippy::excessive_precision)] // the values as mpmath prints them
const ASYMPTOTIC: [f64; 9] = [
    8.333_333_333_333_333e-2,
    -8.333_333_333_333_333e-3,
    3.968_253_968_253_968e-3,
    -4.166_666_666_666_667e-3,
    7.575_757_575_757_576e-3,
    -2.109_279_609_279_609_4e-2,
    8.333_333_333_333_333e-2,
    -4.432_598_039_215_686e-1,
    3.053_954_330_270_119_8,
];

/// From here on ψ uses its asymptotic series.
const ASYMPTOTIC_FROM: f64 = 10.0;

/// `scipy.special.digamma` (`psi`): Γ'(x)/Γ(x); -inf at +0, +inf at -0,
/// NaN at the negative integers and -inf.
pub fn digamma(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return -1.0 / x;
    }
    if x < 0.0 {
        if x == x.floor() {
            return f64::NAN;
        }
        // Reflection ψ(x) = ψ(1 - x) - π cot(πx).
        return digamma(1.0 - x) - PI * cot_pi(x);
    }
    if x < 1.0 {
        return near_root(x + 1.0) - 1.0 / x;
    }
    if x <= 2.0 {
        return near_root(x);
    }
    if x < ASYMPTOTIC_FROM {
        // ψ(x) = ψ(y) + Σ 1/(y + k), y = x - n in [1, 2); every y + k is exact.
        let n = (x - 1.0).floor();
        let y = x - n;
        let mut sum = near_root(y);
        let mut k = 0.0;
        while k < n {
            sum += 1.0 / (y + k);
            k += 1.0;
        }
        return sum;
    }
    asymptotic(x)
}

/// cot(πx) for non-integer x, at the exact reduced argument r = x - round(x)
/// and, where |r| ≥ 1/4, as tan(π(1/2 - |r|)) so that values near the zeros
/// of cot (half-integers) keep their relative accuracy.
fn cot_pi(x: f64) -> f64 {
    let r = x - x.round();
    if r.abs() < 0.25 {
        1.0 / (PI * r).tan()
    } else {
        (PI * (0.5 - r.abs())).tan().copysign(r)
    }
}

/// ψ on [1, 2] by its Taylor series about the zero x₀, so values near the
/// zero keep their relative accuracy.
fn near_root(x: f64) -> f64 {
    let d = (x - X0_HI) - X0_LO;
    let c = series_coefficients();
    c.iter().rev().fold(0.0, |acc, &ck| (acc + ck) * d)
}

/// c_k = ψ^(k)(x₀)/k! = (-1)^(k+1) ζ(k + 1, x₀) for k = 1..=SERIES_TERMS,
/// computed once.
fn series_coefficients() -> &'static [f64; SERIES_TERMS] {
    static COEFFICIENTS: OnceLock<[f64; SERIES_TERMS]> = OnceLock::new();
    COEFFICIENTS.get_or_init(|| alternating_zeta_values(2.0, X0_HI))
}

/// ψ(x) for x ≥ 10: ln x - 1/(2x) - Σ B_{2j}/(2j) x^(-2j).
fn asymptotic(x: f64) -> f64 {
    let inv2 = 1.0 / (x * x);
    let tail = ASYMPTOTIC
        .iter()
        .rev()
        .fold(0.0, |acc, &c| (acc + c) * inv2);
    x.ln() - 0.5 / x - tail
}

/// `scipy.special.polygamma(n, x)`: the n-th derivative of ψ,
/// (-1)^(n+1) n! ζ(n + 1, x) for n ≥ 1, ψ(x) for n = 0; NaN for n not a
/// non-negative integer.
pub fn polygamma(n: f64, x: f64) -> f64 {
    if n.is_nan() || x.is_nan() || n < 0.0 || n != n.floor() {
        return f64::NAN;
    }
    if n == 0.0 {
        return digamma(x);
    }
    let sign = if n % 2.0 == 0.0 { -1.0 } else { 1.0 };
    sign * gamma(n + 1.0) * hurwitz_zeta(n + 1.0, x)
}
