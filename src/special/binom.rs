//! The binomial coefficient for real arguments, `binom(n, k)`, with
//! SciPy's cases: products for integer k below 20 (exact where the result
//! is an integer), Γ(n + 1)/(Γ(k + 1)Γ(n - k + 1)) through the beta
//! function elsewhere (through ln B when n dwarfs k), and the leading
//! terms of the asymptotic expansion when k dwarfs |n|.

use super::beta::{beta, betaln};
use super::double_double::DoubleDouble;
use super::gamma::gamma;
use std::f64::consts::PI;

/// Integer k below this use the product formula.
const PRODUCT_BELOW: f64 = 20.0;

/// `scipy.special.binom(n, k)`: the binomial coefficient C(n, k) =
/// Γ(n + 1)/(Γ(k + 1) Γ(n - k + 1)); NaN for negative integer n.
pub fn binom(n: f64, k: f64) -> f64 {
    if n < 0.0 && n == n.floor() {
        return f64::NAN;
    }
    if k == k.floor() && (n.abs() > 1e-8 || n == 0.0) {
        let mut kx = k;
        if n == n.floor() && kx > n / 2.0 && n > 0.0 {
            kx = n - kx; // C(n, k) = C(n, n - k)
        }
        if (0.0..PRODUCT_BELOW).contains(&kx) {
            return integer_k_product(n, kx);
        }
        if n >= 0.0 && n == n.floor() && (PRODUCT_BELOW..=DD_PRODUCT_UP_TO).contains(&kx) {
            return integer_binomial_dd(n, kx);
        }
    }
    if n >= 1e10 * k && k > 0.0 {
        return (-betaln(1.0 + n - k, 1.0 + k) - (n + 1.0).ln()).exp();
    }
    if k > 1e8 * n.abs() {
        return huge_k(n, k);
    }
    1.0 / (n + 1.0) / beta(1.0 + n - k, 1.0 + k)
}

/// Integer n ≥ 0 and k ≤ n/2 up to this use the double-double product; for
/// larger k, C(n, k) ≥ C(2k, k) overflows.
const DD_PRODUCT_UP_TO: f64 = 520.0;

/// C(n, k) for integers 0 ≤ k ≤ n/2 as Π_{i=1..k} (n − k + i)/i in
/// double-double: each partial product is the integer C(n − k + i, i), so
/// the result is correctly rounded but for rare ties.
fn integer_binomial_dd(n: f64, k: f64) -> f64 {
    // Plain doubles while the products stay below 2^53 (every step exact).
    let (mut plain, mut i) = (1.0f64, 1.0f64);
    while i <= k && plain * (n - k + i) < 9_007_199_254_740_992.0 {
        plain = plain * (n - k + i) / i;
        i += 1.0;
    }
    let mut c = DoubleDouble::from(plain);
    while i <= k {
        c = c.mul_dd(DoubleDouble::from(n - k).add(i)).div(i);
        if !c.hi.is_finite() {
            return f64::INFINITY;
        }
        i += 1.0;
    }
    c.hi + c.lo
}

/// Π_{i=1..k} (n - k + i)/i, rescaled whenever the numerator grows large.
fn integer_k_product(n: f64, k: f64) -> f64 {
    let (mut num, mut den) = (1.0f64, 1.0f64);
    let mut i = 1.0;
    while i <= k {
        num *= i + n - k;
        den *= i;
        if num.abs() > 1e50 {
            num /= den;
            den = 1.0;
        }
        i += 1.0;
    }
    num / den
}

/// C(n, k) for k ≫ |n|: Γ(1 + n)(1/k + n/(2k²))/(π |k|^n) times
/// sin((k - n)π) (0 at integer k < 0), the reflection of Γ(n - k + 1); the
/// sine is taken at the exactly reduced argument, so it vanishes where
/// n - k + 1 is a pole of Γ (SciPy's rounding leaves ~1e-16 there).
fn huge_k(n: f64, k: f64) -> f64 {
    let g = gamma(1.0 + n);
    let num = (g / k.abs() + g * n / (2.0 * k * k)) / (PI * k.abs().powf(n));
    let kx = k.floor();
    let is_int32 = kx == kx.trunc() && kx.abs() <= i32::MAX as f64;
    if k > 0.0 {
        let (dk, sign) = if is_int32 {
            (k - kx, if kx.rem_euclid(2.0) == 0.0 { 1.0 } else { -1.0 })
        } else {
            (k, 1.0)
        };
        return num * sin_pi(dk - n) * sign;
    }
    if is_int32 {
        return 0.0;
    }
    num * sin_pi(k)
}

/// sin(πx) with the argument reduced exactly (so it is 0 at the integers
/// and keeps its relative accuracy near them).
pub(super) fn sin_pi(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let mut r = x - 2.0 * (0.5 * x).round(); // in [-1, 1], exact
    if r > 0.5 {
        r = 1.0 - r;
    } else if r < -0.5 {
        r = -1.0 - r;
    }
    (PI * r).sin()
}

/// cos(πx) with the argument reduced exactly (0 at the half-integers).
pub(super) fn cos_pi(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    let r = (x - 2.0 * (0.5 * x).round()).abs(); // in [0, 1], exact
    sin_pi(0.5 - r)
}
