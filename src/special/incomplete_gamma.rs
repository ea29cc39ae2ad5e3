//! The regularized incomplete gamma functions P(a, x) = γ(a, x)/Γ(a)
//! (`gammainc`) and Q(a, x) = Γ(a, x)/Γ(a) (`gammaincc`).
//!
//! Methods (DiDonato & Morris, ACM TOMS 12, 1986, choose among similar
//! ones): the power series of P for x < 1.1 and (a ≥ 1.1) x < a + 1, the continued
//! fraction of Q beyond (by Steed's method), the complement
//! 1 - (other) only where it cannot cancel, and for a < 1/2 with x < 1.1
//! a direct form of Q that keeps its relative accuracy when Q is tiny.
//! The factor x^a e^(-x)/Γ(a + 1) comes from
//! Stirling's series with log(1 + t) - t summed without cancellation, so
//! large a near x keeps full accuracy.

use super::digamma::EULER_GAMMA;
use super::double_double::DoubleDouble;
use super::gamma::ln_stirling_correction;
use super::libm;
use super::zeta::alternating_zeta_values;
use std::f64::consts::PI;
use std::sync::OnceLock;

/// Iteration limit of the series and the continued fraction (enough for
/// a = 1e10 near x, where they need ~9·√a terms).
const MAX_TERMS: usize = 2_000_000;

/// `scipy.special.gammainc(a, x)`: P(a, x) for a, x ≥ 0 (NaN for negative
/// or NaN arguments and at a = x = 0; 1 at a = 0 < x).
pub fn gammainc(a: f64, x: f64) -> f64 {
    match edge_value(a, x) {
        Some((p, _)) => p,
        None => pair(a, x).0,
    }
}

/// `scipy.special.gammaincc(a, x)`: Q(a, x) = 1 - P(a, x), with P's domain.
pub fn gammaincc(a: f64, x: f64) -> f64 {
    match edge_value(a, x) {
        Some((_, q)) => q,
        None => pair(a, x).1,
    }
}

/// (P, Q) where SciPy defines them without computation.
fn edge_value(a: f64, x: f64) -> Option<(f64, f64)> {
    if a.is_nan() || x.is_nan() || a < 0.0 || x < 0.0 || (a == 0.0 && x == 0.0) {
        return Some((f64::NAN, f64::NAN));
    }
    if a.is_infinite() {
        return Some(if x.is_infinite() {
            (f64::NAN, f64::NAN)
        } else {
            (0.0, 1.0)
        });
    }
    if a == 0.0 || x.is_infinite() {
        return Some((1.0, 0.0));
    }
    if x == 0.0 {
        return Some((0.0, 1.0));
    }
    None
}

/// Below this x P comes from its series; beyond, for a < 1.1, Q from its
/// continued fraction (1 - P, and the complement form for a < 1/2, would
/// cancel where Q is small). For a ≥ 1.1 the series serves up to x = a + 1.
const FRACTION_FROM: f64 = 1.1;

/// (P, Q) for finite a > 0, x > 0.
pub(super) fn pair(a: f64, x: f64) -> (f64, f64) {
    let series = x < FRACTION_FROM || (a >= FRACTION_FROM && x < a + 1.0);
    if series {
        let p = power_series(a, x);
        let q = if a < 0.5 {
            small_a_complement(a, x)
        } else {
            1.0 - p
        };
        (p, q)
    } else {
        let q = continued_fraction(a, x);
        (1.0 - q, q)
    }
}

/// P(a, x) = D(a, x) Σ_{n≥0} x^n / ((a+1)⋯(a+n)), D = x^a e^(-x)/Γ(a+1).
fn power_series(a: f64, x: f64) -> f64 {
    let d = power_factor(a, x);
    if d == 0.0 {
        return 0.0;
    }
    (d * series_sum(a, x)).min(1.0)
}

/// The sum Σ_{n≥0} x^n / ((a+1)⋯(a+n)) of P's power series.
pub(super) fn series_sum(a: f64, x: f64) -> f64 {
    let (mut term, mut sum) = (1.0, 1.0);
    let mut n = 1.0;
    for _ in 0..MAX_TERMS {
        term *= x / (a + n);
        sum += term;
        if term <= f64::EPSILON * 0.25 * sum {
            break;
        }
        n += 1.0;
    }
    sum
}

/// Q(a, x) = a·D(a, x) / F with Legendre's continued fraction
/// F = x+1-a - 1(1-a)/(x+3-a - 2(2-a)/(x+5-a - ⋯)), by Steed's method: F as
/// the sum of its convergents' differences, which does not accumulate the
/// rounding of a running product (Lentz's method loses ~20 eps at a → 0,
/// x ≈ 1.5).
fn continued_fraction(a: f64, x: f64) -> f64 {
    let d = power_factor(a, x);
    if d == 0.0 {
        return 0.0;
    }
    (a * d / legendre_fraction(a, x)).min(1.0)
}

/// Legendre's continued fraction F of `continued_fraction` (Steed's method).
pub(super) fn legendre_fraction(a: f64, x: f64) -> f64 {
    let b0 = x + 1.0 - a;
    let mut b = b0 + 2.0;
    let mut dn = 1.0 / b;
    let mut step = (a - 1.0) * dn;
    let mut f = b0 + step;
    let mut i = 2.0;
    for _ in 0..MAX_TERMS {
        let an = -i * (i - a);
        b += 2.0;
        dn = 1.0 / (b + an * dn);
        step *= b * dn - 1.0;
        f += step;
        if step.abs() <= f64::EPSILON * 0.25 * f.abs() {
            break;
        }
        i += 1.0;
    }
    f
}

/// Q(a, x) for a < 1/2 and x < 1.1 without forming 1 - P:
/// Q = -expm1(a ln x - ln Γ(1+a)) - a·(x^a/Γ(1+a))·Σ_{n≥1} (-x)^n/(n!(a+n)).
fn small_a_complement(a: f64, x: f64) -> f64 {
    let t = a * x.ln() - ln_gamma_1p(a);
    let u = t.exp();
    let mut term = 1.0;
    let mut sum = 0.0;
    let mut n = 1.0;
    for _ in 0..200 {
        term *= -x / n;
        let contribution = term / (a + n);
        sum += contribution;
        if contribution.abs() <= f64::EPSILON * 0.25 * sum.abs() {
            break;
        }
        n += 1.0;
    }
    (-t.exp_m1() - a * u * sum).max(0.0)
}

/// ln Γ(1 + a) for |a| < 1/2 by its Taylor series
/// -γa + Σ_{k≥2} (-1)^k ζ(k) a^k / k (accurate where 1 + a would round).
pub(super) fn ln_gamma_1p(a: f64) -> f64 {
    let c = ln_gamma_1p_coefficients();
    let tail = c.iter().rev().fold(0.0, |acc, &ck| (acc + ck) * a);
    a * (-EULER_GAMMA + tail)
}

/// Terms of ln_gamma_1p's series (|a| < 1/2: the k-th is below 2^-k / k).
const LN_GAMMA_1P_TERMS: usize = 56;

/// (-1)^k ζ(k) / k for k = 2..=LN_GAMMA_1P_TERMS + 1, computed once.
fn ln_gamma_1p_coefficients() -> &'static [f64; LN_GAMMA_1P_TERMS] {
    static COEFFICIENTS: OnceLock<[f64; LN_GAMMA_1P_TERMS]> = OnceLock::new();
    COEFFICIENTS.get_or_init(|| {
        let mut c: [f64; LN_GAMMA_1P_TERMS] = alternating_zeta_values(2.0, 1.0);
        for (i, ck) in c.iter_mut().enumerate() {
            *ck /= (i + 2) as f64;
        }
        c
    })
}

/// From here on D(a, x) uses Stirling's series for Γ(a).
const STIRLING_FROM: f64 = 10.0;

/// D(a, x) = x^a e^(-x) / Γ(a + 1). For a ≥ 10 as
/// exp(E) / (√(2πa)·Γ*(a)) with E = a·log(x/a) + a - x and Γ* the Stirling
/// correction, so that no large exponents cancel: near x = a (|E| ≤ 1)
/// E = a·(log(1+t) - t) with t = (x - a)/a and the rounding of t corrected
/// to first order; elsewhere E is summed in double-double, logarithms
/// included, so that its size costs no accuracy.
pub(super) fn power_factor(a: f64, x: f64) -> f64 {
    let (exponent, divisor) = power_factor_parts(a, x);
    exponent.exp() / divisor
}

/// ln D(a, x), accurate where D itself underflows.
pub(super) fn ln_power_factor(a: f64, x: f64) -> f64 {
    let (exponent, divisor) = power_factor_parts(a, x);
    let e = exponent.add(-divisor.ln());
    e.hi + e.lo
}

/// D(a, x) as exp(E) / divisor, E in double-double (see `power_factor`).
fn power_factor_parts(a: f64, x: f64) -> (DoubleDouble, f64) {
    if a < STIRLING_FROM {
        let e = DoubleDouble::ln(x)
            .mul(a)
            .add(-x)
            .add(-libm::lgamma(a + 1.0));
        return (e, 1.0);
    }
    let near = (0.5..=2.0).contains(&(x / a)).then(|| {
        let diff = x - a; // exact here (Sterbenz)
        let t = diff / a;
        let t_lo = (-t).mul_add(a, diff) / a;
        DoubleDouble::product(a, log1p_minus_x(t)).add(-a * t / (1.0 + t) * t_lo)
    });
    let exponent = match near {
        Some(e) if e.hi >= -1.0 => e,
        _ => DoubleDouble::ln(x)
            .sub_dd(DoubleDouble::ln(a))
            .mul(a)
            .add(a)
            .add(-x),
    };
    (exponent, (2.0 * PI * a).sqrt() * stirling_correction(a))
}

/// log(1 + t) - t for t in [-1/2, 1], to full relative accuracy near
/// t = 0: with u = t/(2+t), log(1+t) = 2 atanh(u), so
/// log(1+t) - t = -t·u + 2u³ Σ u^(2k)/(2k+3) (|u| ≤ 1/3).
pub(super) fn log1p_minus_x(t: f64) -> f64 {
    let u = t / (2.0 + t);
    let u2 = u * u;
    let mut sum = 0.0;
    for k in (0..20).rev() {
        sum = 1.0 / (2 * k + 3) as f64 + u2 * sum;
    }
    -t * u + 2.0 * u * u2 * sum
}

/// Γ*(a) = Γ(a) / (√(2π/a) (a/e)^a) = exp(Σ B_{2k} / (2k(2k-1) a^(2k-1)))
/// for a ≥ 10.
fn stirling_correction(a: f64) -> f64 {
    ln_stirling_correction(a).exp()
}
