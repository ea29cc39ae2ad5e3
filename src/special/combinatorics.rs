//! Counting functions of `scipy.special`: comb, perm, factorial and
//! factorial2 — the floating-point forms (SciPy's `exact=False`), elementwise,
//! and the exact integer forms (`exact=True`) as decimal strings.
//!
//! The floating-point products (n!, n!!, the rising factorial of perm) run in
//! double-double arithmetic, so an integer result below 2⁵³ is exact and the
//! rest are correctly rounded but for rare ties; SciPy rounds Γ-function
//! expressions instead, a few ulp off.

use super::binom::binom;
use super::double_double::DoubleDouble;
use super::gamma::{gamma, gammaln, ln_stirling_correction};
use crate::error::{Error, Result};
use std::f64::consts::{LN_10, LN_2};

/// Π (a + i) for i = 0..m, in double-double; +inf once it overflows.
fn rising_product(a: f64, m: u32) -> f64 {
    let mut p = DoubleDouble::from(1.0);
    for i in 0..m {
        p = p.mul_dd(DoubleDouble::from(a).add(f64::from(i)));
        if !p.hi.is_finite() {
            return f64::INFINITY;
        }
    }
    p.hi + p.lo
}

/// Γ(a + f)/Γ(a) for a ≥ 1 and 0 < f < 1: the ratio of Γ values below 10,
/// Stirling's series with the large terms combined exactly above.
fn gamma_ratio_fraction(a: f64, f: f64) -> f64 {
    if a < 10.0 {
        return gamma(a + f) / gamma(a);
    }
    let b = a + f;
    let ln = (a - 0.5) * (f / a).ln_1p() + f * b.ln() - f + ln_stirling_correction(b)
        - ln_stirling_correction(a);
    ln.exp()
}

/// The rising factorial (Pochhammer symbol) Γ(a + m)/Γ(a) for a ≥ 1, m ≥ 0.
fn pochhammer(a: f64, m: f64) -> f64 {
    if a.is_nan() || m.is_nan() {
        return f64::NAN;
    }
    let whole = m.floor();
    if whole > 400.0 {
        return f64::INFINITY; // ≥ 400! for a ≥ 1
    }
    let f = m - whole;
    if f == 0.0 {
        return rising_product(a, whole as u32);
    }
    gamma_ratio_fraction(a, f) * rising_product(a + f, whole as u32)
}

/// `scipy.special.comb(N, k, exact=False, repetition)`: C(N, k) as a
/// double, 0 unless 0 ≤ k ≤ N (so 0 for NaN, as SciPy); with repetition
/// C(N + k − 1, k), 1 for k = 0 ≤ N.
pub fn comb(n: f64, k: f64, repetition: bool) -> f64 {
    if repetition {
        if k == 0.0 && n >= 0.0 {
            return 1.0;
        }
        return binom(n + k - 1.0, k);
    }
    if k <= n && n >= 0.0 && k >= 0.0 {
        return binom(n, k);
    }
    0.0
}

/// `scipy.special.perm(N, k, exact=False)`: N!/(N − k)! = Γ(N + 1)/Γ(N − k + 1)
/// as a double, 0 unless 0 ≤ k ≤ N (so 0 for NaN, as SciPy).
pub fn perm(n: f64, k: f64) -> f64 {
    if k <= n && n >= 0.0 && k >= 0.0 {
        return pochhammer(n - k + 1.0, k);
    }
    0.0
}

/// `scipy.special.factorial(n, exact=False)`: Γ(n + 1), 0 for n < 0, NaN for
/// NaN; integers by exact products.
pub fn factorial(n: f64) -> f64 {
    if n.is_nan() {
        return f64::NAN;
    }
    if n < 0.0 {
        return 0.0;
    }
    if n > 171.0 {
        return f64::INFINITY;
    }
    if n == n.floor() {
        return factorial_table()[n as usize];
    }
    gamma(n + 1.0)
}

/// n! for n = 0..=171 (the last +inf), each from the double-double product.
fn factorial_table() -> &'static [f64; 172] {
    static TABLE: std::sync::OnceLock<[f64; 172]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|n| rising_product(1.0, n as u32)))
}

/// n!! for n = 0..=301 (the last +inf), each from the double-double product.
fn double_factorial_table() -> &'static [f64; 302] {
    static TABLE: std::sync::OnceLock<[f64; 302]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|n| double_factorial_product(n as f64)))
}

/// `scipy.special.factorial2(n, exact=False)`: the double factorial
/// n!! = n(n − 2)(n − 4)…, 0 for n < 0, 1 for n = 0, 1; NaN for NaN, ±inf and
/// non-integer n (which SciPy rejects unless extend='complex').
pub fn factorial2(n: f64) -> f64 {
    if !n.is_finite() || n != n.floor() {
        return f64::NAN;
    }
    if n < 0.0 {
        return 0.0;
    }
    if n > 301.0 {
        return f64::INFINITY;
    }
    double_factorial_table()[n as usize]
}

/// n(n − 2)(n − 4)… in double-double; +inf once it overflows.
fn double_factorial_product(n: f64) -> f64 {
    let mut p = DoubleDouble::from(1.0);
    let mut m = n;
    while m > 1.0 {
        p = p.mul(m);
        m -= 2.0;
    }
    if p.hi.is_finite() {
        p.hi + p.lo
    } else {
        f64::INFINITY
    }
}

/// The most decimal digits an exact result may have.
pub const EXACT_DIGITS_LIMIT: f64 = 100_000.0;

/// An unsigned integer of any size: little-endian 32-bit limbs.
struct BigUint(Vec<u32>);

impl BigUint {
    fn one() -> Self {
        BigUint(vec![1])
    }

    fn mul_small(&mut self, factor: u64) {
        let mut carry: u128 = 0;
        for limb in self.0.iter_mut() {
            let t = u128::from(*limb) * u128::from(factor) + carry;
            *limb = t as u32;
            carry = t >> 32;
        }
        while carry > 0 {
            self.0.push(carry as u32);
            carry >>= 32;
        }
    }

    /// Divides by `divisor`, which must divide the value exactly.
    fn div_exact_small(&mut self, divisor: u32) {
        let mut rem: u64 = 0;
        for limb in self.0.iter_mut().rev() {
            let t = (rem << 32) | u64::from(*limb);
            *limb = (t / u64::from(divisor)) as u32;
            rem = t % u64::from(divisor);
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn into_decimal(mut self) -> String {
        const BASE: u64 = 1_000_000_000;
        let mut groups = Vec::new();
        while !self.0.is_empty() {
            let mut rem: u64 = 0;
            for limb in self.0.iter_mut().rev() {
                let t = (rem << 32) | u64::from(*limb);
                *limb = (t / BASE) as u32;
                rem = t % BASE;
            }
            while self.0.last() == Some(&0) {
                self.0.pop();
            }
            groups.push(rem as u32);
        }
        let mut text = match groups.pop() {
            Some(top) => top.to_string(),
            None => return "0".to_string(),
        };
        for g in groups.iter().rev() {
            text.push_str(&format!("{g:09}"));
        }
        text
    }
}

/// Rejects a result whose size, log10 of the value, exceeds the limit.
fn check_digits(log10: f64, call: &str) -> Result<()> {
    if log10 < EXACT_DIGITS_LIMIT {
        return Ok(());
    }
    Err(Error::invalid(format!(
        "{call} has about {:.0} decimal digits; exact results are limited to {EXACT_DIGITS_LIMIT:.0} digits",
        log10.min(1e300).floor() + 1.0
    )))
}

/// Σ log10(first + i·step) over `count` terms: the size of a product.
fn log10_of_product(first: f64, step: f64, count: u64) -> f64 {
    (0..count).map(|i| (first + i as f64 * step).log10()).sum()
}

/// `scipy.special.comb(N, k, exact=True, repetition)` in decimal: 0 unless
/// 0 ≤ k ≤ N; with repetition C(N + k − 1, k) (1 for k = 0 ≤ N).
pub fn comb_exact(n: i64, k: i64, repetition: bool) -> Result<String> {
    if repetition {
        if k == 0 && n >= 0 {
            return Ok("1".to_string());
        }
        let m = n.checked_add(k).and_then(|v| v.checked_sub(1));
        return match m {
            Some(m) => comb_exact(m, k, false),
            None => Err(Error::invalid("N + k - 1 does not fit in a 64-bit integer")),
        };
    }
    if k < 0 || n < 0 || k > n {
        return Ok("0".to_string());
    }
    let call = format!("comb({n}, {k}, exact=True)");
    let k = k.min(n - k) as u64;
    // C(n, k) ≥ 2^k for k ≤ n/2: large k are far beyond the limit, and
    // their size is estimated by ln Γ, not summed.
    let size = match k {
        0..=400_000 => {
            let base = (n as u64 - k) as f64;
            log10_of_product(base + 1.0, 1.0, k) - log10_of_product(1.0, 1.0, k)
        }
        _ => {
            let (n, k) = (n as f64, k as f64);
            (gammaln(n + 1.0) - gammaln(k + 1.0) - gammaln(n - k + 1.0)) / LN_10
        }
    };
    check_digits(size, &call)?;
    let mut value = BigUint::one();
    for i in 1..=k {
        value.mul_small(n as u64 - k + i);
        value.div_exact_small(i as u32);
    }
    Ok(value.into_decimal())
}

/// `scipy.special.perm(N, k, exact=True)` in decimal: N!/(N − k)!, 0 unless
/// 0 ≤ k ≤ N.
pub fn perm_exact(n: i64, k: i64) -> Result<String> {
    if k < 0 || n < 0 || k > n {
        return Ok("0".to_string());
    }
    let (n, k) = (n as u64, k as u64);
    let call = format!("perm({n}, {k}, exact=True)");
    // Every factor but one is at least 2: large k are far beyond the limit.
    let size = match k {
        0..=400_000 => log10_of_product((n - k + 1) as f64, 1.0, k),
        _ => (gammaln(n as f64 + 1.0) - gammaln((n - k) as f64 + 1.0)) / LN_10,
    };
    check_digits(size, &call)?;
    Ok(product(n - k + 1, 1, k).into_decimal())
}

/// first · (first + step) · … over `count` factors.
fn product(first: u64, step: u64, count: u64) -> BigUint {
    let mut value = BigUint::one();
    for i in 0..count {
        value.mul_small(first + i * step);
    }
    value
}

/// `scipy.special.factorial(n, exact=True)` in decimal: 0 for n < 0.
pub fn factorial_exact(n: i64) -> Result<String> {
    if n < 0 {
        return Ok("0".to_string());
    }
    let call = format!("factorial({n}, exact=True)");
    let size = match n {
        0..=40_000 => log10_of_product(1.0, 1.0, n as u64),
        _ => gammaln(n as f64 + 1.0) / LN_10, // 40000! has 166714 digits
    };
    check_digits(size, &call)?;
    Ok(product(1, 1, n as u64).into_decimal())
}

/// `scipy.special.factorial2(n, exact=True)` in decimal: n!!, 0 for n < 0,
/// 1 for n = 0, 1.
pub fn factorial2_exact(n: i64) -> Result<String> {
    if n < 0 {
        return Ok("0".to_string());
    }
    let call = format!("factorial2({n}, exact=True)");
    let n = n as u64;
    let (first, count) = (if n % 2 == 0 { 2 } else { 1 }, n.div_ceil(2));
    let size = match n {
        0..=80_000 => log10_of_product(first as f64, 2.0, count),
        // n!! = 2^m m! (n = 2m) or (n + 1)!/(2^m m!) (n = 2m − 1)
        _ => {
            let m = n.div_ceil(2) as f64;
            let even = m * LN_2 + gammaln(m + 1.0);
            match n % 2 {
                0 => even / LN_10,
                _ => (gammaln(n as f64 + 2.0) - even) / LN_10,
            }
        }
    };
    check_digits(size, &call)?;
    Ok(product(first, 2, count).into_decimal())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_values_are_the_integers() {
        assert_eq!(
            comb_exact(100, 50, false).unwrap(),
            "100891344545564193334812497256"
        );
        assert_eq!(comb_exact(10, 3, true).unwrap(), "220");
        assert_eq!(comb_exact(-3, 2, true).unwrap(), "0");
        assert_eq!(perm_exact(10, 3).unwrap(), "720");
        assert_eq!(factorial_exact(25).unwrap(), "15511210043330985984000000");
        assert_eq!(factorial2_exact(9).unwrap(), "945");
        assert_eq!(factorial2_exact(0).unwrap(), "1");
        assert_eq!(factorial_exact(0).unwrap(), "1");
        assert!(factorial_exact(1_000_000).is_err());
        let e = factorial_exact(100_000).unwrap_err();
        assert!(
            e.message.contains("about 456574 decimal digits"),
            "{}",
            e.message
        );
        let e = factorial2_exact(200_001).unwrap_err();
        assert!(
            e.message.contains("about 486680 decimal digits"),
            "{}",
            e.message
        );
        assert!(comb_exact(i64::MAX, i64::MAX / 2, false).is_err());
    }

    #[test]
    fn float_forms_follow_scipys_cases() {
        assert_eq!(comb(f64::NAN, 2.0, false), 0.0);
        assert_eq!(comb(3.0, 5.0, false), 0.0);
        assert_eq!(comb(0.0, 0.0, true), 1.0);
        assert_eq!(perm(10.0, 3.0), 720.0);
        assert_eq!(factorial(20.0), 2_432_902_008_176_640_000.0);
        assert_eq!(factorial(-1.0), 0.0);
        assert!(factorial2(2.5).is_nan());
        assert_eq!(factorial2(7.0), 105.0);
    }
}
