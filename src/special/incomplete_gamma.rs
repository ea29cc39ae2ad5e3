//! The regularized incomplete gamma functions P(a, x) = γ(a, x)/Γ(a)
//! (`gammainc`) and Q(a, x) = Γ(a, x)/Γ(a) (`gammaincc`).
//!
//! Methods (DiDonato & Morris, ACM TOMS 12, 1986, choose among similar
//! ones): the power series of P for x < a + 1, the continued fraction of Q
//! beyond, the complement 1 - (other) only where it cannot cancel, and for
//! a < 1/2 with x < a + 1 a direct form of Q that keeps its relative
//! accuracy when Q is tiny. The factor x^a e^(-x)/Γ(a + 1) comes from
//! Stirling's series with log(1 + t) - t summed without cancellation, so
//! large a near x keeps full accuracy.

use super::digamma::EULER_GAMMA;
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

/// (P, Q) for finite a > 0, x > 0.
pub(super) fn pair(a: f64, x: f64) -> (f64, f64) {
    if x < a + 1.0 {
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
    (d * sum).min(1.0)
}

/// Q(a, x) = a·D(a, x)·(1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ⋯)))) by
/// the modified Lentz method.
fn continued_fraction(a: f64, x: f64) -> f64 {
    let d = power_factor(a, x);
    if d == 0.0 {
        return 0.0;
    }
    const TINY: f64 = 1e-300;
    let mut b = x + 1.0 - a;
    let mut c = 1.0 / TINY;
    let mut dd = 1.0 / b;
    let mut h = dd;
    let mut i = 1.0;
    for _ in 0..MAX_TERMS {
        let an = -i * (i - a);
        b += 2.0;
        dd = an * dd + b;
        if dd.abs() < TINY {
            dd = TINY;
        }
        c = b + an / c;
        if c.abs() < TINY {
            c = TINY;
        }
        dd = 1.0 / dd;
        let delta = dd * c;
        h *= delta;
        if (delta - 1.0).abs() <= f64::EPSILON * 0.25 {
            break;
        }
        i += 1.0;
    }
    (a * d * h).min(1.0)
}

/// Q(a, x) for a < 1/2 and x < a + 1 without forming 1 - P:
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
/// correction, so that no large exponents cancel: near x = a (x/a in
/// [1/2, 2]) E = a·(log(1+t) - t) with t = (x - a)/a and the rounding of t
/// corrected to first order. E is summed in double-double either way.
pub(super) fn power_factor(a: f64, x: f64) -> f64 {
    if a < STIRLING_FROM {
        let e = DoubleDouble::product(a, x.ln())
            .add(-x)
            .add(-libm::lgamma(a + 1.0));
        return e.exp();
    }
    let r = x / a;
    let exponent = if (0.5..=2.0).contains(&r) {
        let diff = x - a; // exact here (Sterbenz)
        let t = diff / a;
        let t_lo = (-t).mul_add(a, diff) / a;
        DoubleDouble::product(a, log1p_minus_x(t)).add(-a * t / (1.0 + t) * t_lo)
    } else {
        let log_r = if r > 0.0 && r.is_finite() {
            r.ln()
        } else {
            x.ln() - a.ln()
        };
        DoubleDouble::product(a, log_r).add(a).add(-x)
    };
    exponent.exp() / ((2.0 * PI * a).sqrt() * stirling_correction(a))
}

/// An unevaluated sum hi + lo, enough to carry the exponent of D(a, x)
/// without the rounding of its large value (up to ~745, ulp 1e-13).
struct DoubleDouble {
    hi: f64,
    lo: f64,
}

impl DoubleDouble {
    /// a·b exactly (through a fused multiply-add).
    fn product(a: f64, b: f64) -> DoubleDouble {
        let hi = a * b;
        DoubleDouble {
            hi,
            lo: a.mul_add(b, -hi),
        }
    }

    /// self + x, with the rounding of the high parts kept (Knuth's TwoSum).
    fn add(self, x: f64) -> DoubleDouble {
        let s = self.hi + x;
        let bb = s - self.hi;
        let err = (self.hi - (s - bb)) + (x - bb);
        DoubleDouble {
            hi: s,
            lo: self.lo + err,
        }
    }

    /// exp(hi + lo) ≈ exp(hi)·(1 + lo).
    fn exp(&self) -> f64 {
        let e = self.hi.exp();
        if e == 0.0 || !e.is_finite() || !self.lo.is_finite() {
            return e;
        }
        e + e * self.lo
    }
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
