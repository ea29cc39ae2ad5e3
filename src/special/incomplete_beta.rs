//! The regularized incomplete beta function I_x(a, b) (`betainc`) and its
//! complement 1 - I_x(a, b) = I_(1-x)(b, a) (`betaincc`).
//!
//! Methods (the regions follow DiDonato & Morris, ACM TOMS 18, 1992, in a
//! reduced form): the side (a, b, x) or (b, a, 1 - x) is chosen on which
//! x ≤ (a + 1)/(a + b + 2), where the lower tail is the smaller one and its
//! expansions converge fast. There, the power series in x when a < 1/2 or
//! b·x is small (for a < 1/2 the complement comes from the same series
//! without forming 1 - I, so tiny a keeps its accuracy), else the
//! continued fraction of A&S 26.5.8 by the modified Lentz method.
//!
//! Both rest on the factor x^a (1-x)^b / B(a, b), written as
//! K(a, b)·exp(a·L(t₁) + b·L(t₂)) with x₀ = a/(a + b), t₁ = x/x₀ - 1,
//! t₂ = (1-x)/(1-x₀) - 1, L(t) = log(1+t) - t ≤ 0 and
//! K = x₀^a (1-x₀)^b / B(a, b) (Stirling's series for large a, b): the two
//! exponents never cancel, and x - x₀ is formed in double-double so that
//! large a, b near the mean keep full accuracy.

use super::beta::{beta, betaln};
use super::gamma::{ln_stirling_correction, STIRLING_COEFFICIENTS};
use super::incomplete_gamma::{
    ln_gamma_1p, log1p_minus_x, pair as gamma_pair, power_factor as gamma_power_factor,
};
use super::libm;
use super::zeta::hurwitz_zeta;
use std::f64::consts::PI;
use std::sync::OnceLock;

/// From here on K(a, b) uses Stirling's series for Γ (its six terms are
/// then exact to 3e-18).
const STIRLING_FROM: f64 = 15.0;

/// Iteration limit of the series and the continued fraction (the fraction
/// needs a few times √max(a, b) terms near the mean).
const MAX_TERMS: usize = 1_000_000;

/// `scipy.special.betainc(a, b, x)`: I_x(a, b) for a, b ≥ 0 (not both 0
/// or both infinite) and 0 ≤ x ≤ 1, NaN elsewhere; SciPy's limits at
/// a = 0 (1 for x > 0), b = 0 (0 for x < 1) and infinite a or b.
pub fn betainc(a: f64, b: f64, x: f64) -> f64 {
    match edge_value(a, b, x) {
        Some((p, _)) => p,
        None => pair(a, b, x).0,
    }
}

/// `scipy.special.betaincc(a, b, x)`: 1 - I_x(a, b), with betainc's domain.
pub fn betaincc(a: f64, b: f64, x: f64) -> f64 {
    match edge_value(a, b, x) {
        Some((_, q)) => q,
        None => pair(a, b, x).1,
    }
}

/// (I, 1 - I) where SciPy defines them without computation.
fn edge_value(a: f64, b: f64, x: f64) -> Option<(f64, f64)> {
    let invalid = a.is_nan() || b.is_nan() || a < 0.0 || b < 0.0 || !(0.0..=1.0).contains(&x);
    if invalid || (a == 0.0 && b == 0.0) || (a.is_infinite() && b.is_infinite()) {
        return Some((f64::NAN, f64::NAN));
    }
    if x == 0.0 {
        return Some((0.0, 1.0));
    }
    if x == 1.0 || a == 0.0 || b.is_infinite() {
        return Some((1.0, 0.0));
    }
    if b == 0.0 || a.is_infinite() {
        return Some((0.0, 1.0));
    }
    None
}

/// A point x in (0, 1) as the pieces the methods need: x and y = 1 - x
/// (the smaller of the two is exact, the larger correct to rounding) and
/// d = x - a/(a + b) to full relative accuracy.
#[derive(Clone, Copy)]
pub(super) struct Point {
    x: f64,
    y: f64,
    d: f64,
}

impl Point {
    /// The point x for parameters (a, b).
    pub(super) fn new(a: f64, b: f64, x: f64) -> Point {
        let (c, c_lo) = two_sum(a, b);
        let x0 = a / c;
        let x0_lo = ((-x0).mul_add(c, a) - x0 * c_lo) / c;
        Point {
            x,
            y: 1.0 - x,
            d: (x - x0) - x0_lo,
        }
    }

    /// The same point seen from the complement, I_(1-x)(b, a).
    fn swapped(self) -> Point {
        Point {
            x: self.y,
            y: self.x,
            d: -self.d,
        }
    }

    /// ln x, from the exact one of x and y.
    fn ln_x(self) -> f64 {
        if self.x <= 0.5 {
            self.x.ln()
        } else {
            (-self.y).ln_1p()
        }
    }

    /// ln(1 - x), from the exact one of x and y.
    fn ln_y(self) -> f64 {
        self.swapped().ln_x()
    }
}

/// (s, e) with s = fl(a + b) and s + e = a + b exactly (Knuth's TwoSum).
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// (I_x(a, b), 1 - I_x(a, b)) for finite a, b > 0 and 0 < x < 1.
pub(super) fn pair(a: f64, b: f64, x: f64) -> (f64, f64) {
    let point = Point::new(a, b, x);
    if x <= (a + 1.0) / (a + b + 2.0) {
        lower_side(a, b, point)
    } else {
        let (q, p) = lower_side(b, a, point.swapped());
        (p, q)
    }
}

/// (I, 1 - I) where x lies below (a + 1)/(a + b + 2).
fn lower_side(a: f64, b: f64, point: Point) -> (f64, f64) {
    let x = point.x;
    if a < 0.5 {
        return small_a_series(a, b, point);
    }
    let i = if x <= 0.7 && (b * x <= 1.0 || b <= 1.0) {
        let scale = power_factor(a, b, point) / (a * (b * point.ln_y()).exp());
        scale * (1.0 + a * series_sum(a, b, x))
    } else if expansion_applies(a, b) {
        return large_a_expansion(a, b, point);
    } else if expansion_applies(b, a) {
        let (q, p) = large_a_expansion(b, a, point.swapped());
        return (p, q);
    } else {
        power_factor(a, b, point) / a * continued_fraction(a, b, x)
    };
    let i = i.clamp(0.0, 1.0);
    (i, 1.0 - i)
}

/// Whether the expansion in 1/T for large `a` converges fast: a ≥ 15 and
/// b small against a (b < 15 or b³ ≤ a²).
fn expansion_applies(a: f64, b: f64) -> bool {
    a >= STIRLING_FROM && (b < STIRLING_FROM || b * b * b <= a * a)
}

/// S = Σ_{n≥1} (1-b)(2-b)⋯(n-b)/n! · x^n/(a + n), with which
/// I_x(a, b) = x^a/(a·B(a, b))·(1 + a·S).
fn series_sum(a: f64, b: f64, x: f64) -> f64 {
    let (mut term, mut sum) = (1.0, 0.0);
    let mut n = 1.0;
    for _ in 0..MAX_TERMS {
        term *= (n - b) * x / n;
        let contribution = term / (a + n);
        sum += contribution;
        if contribution.abs() <= 0.25 * f64::EPSILON * sum.abs() || term == 0.0 {
            break;
        }
        n += 1.0;
    }
    sum
}

/// (I, 1 - I) for a < 1/2 from the series, with x^a/(a·B) = e^u:
/// I = e^u (1 + a·S) and 1 - I = -expm1(u) - e^u·a·S, where
/// u = a·ln x - ln(a·B(a, b)) and a·B(a, b) = Γ(1+a)Γ(b)/Γ(a+b).
fn small_a_series(a: f64, b: f64, point: Point) -> (f64, f64) {
    let ln_a_beta = ln_gamma_1p(a) - ln_gamma_shift(b, a);
    let u = a * point.ln_x() - ln_a_beta;
    let a_sum = a * series_sum(a, b, point.x);
    let eu = u.exp();
    let p = eu * (1.0 + a_sum);
    let q = -u.exp_m1() - eu * a_sum;
    (p.clamp(0.0, 1.0), q.clamp(0.0, 1.0))
}

/// ln Γ(b + a) - ln Γ(b) for b > 0 and 0 ≤ a < 1/2, accurate relative to
/// its size (~a·ψ(b)): Stirling's series for b ≥ 15 with the corrections
/// subtracted termwise, below that the recurrence Γ(b + 1) = bΓ(b).
fn ln_gamma_shift(b: f64, a: f64) -> f64 {
    if b >= STIRLING_FROM {
        let s = b + a;
        return (b - 0.5) * (a / b).ln_1p() + a * s.ln() - a + stirling_difference(b, a);
    }
    let steps = (STIRLING_FROM - b).ceil();
    let mut down = 0.0;
    let mut k = 0.0;
    while k < steps {
        down += (a / (b + k)).ln_1p();
        k += 1.0;
    }
    ln_gamma_shift(b + steps, a) - down
}

/// μ(b + a) - μ(b) for b ≥ 15, μ the Stirling correction
/// Σ c_k z^(1-2k), term by term as c_k b^(1-2k) expm1((1-2k)·log1p(a/b)).
fn stirling_difference(b: f64, a: f64) -> f64 {
    let l = (a / b).ln_1p();
    let inv2 = 1.0 / (b * b);
    let mut power = 1.0 / b;
    let mut sum = 0.0;
    for (k, c) in STIRLING_COEFFICIENTS.iter().enumerate() {
        let m = (2 * k + 1) as f64;
        sum += c * power * (-m * l).exp_m1();
        power *= inv2;
    }
    sum
}

/// The continued fraction F with I_x(a, b) = x^a (1-x)^b / (a·B(a, b))·F:
/// F = 1/(1+ d₁/(1+ d₂/(1+ ⋯))) with d_(2m+1) = -(a+m)(a+b+m)x/((a+2m)(a+2m+1))
/// and d_(2m) = m(b-m)x/((a+2m-1)(a+2m)) (A&S 26.5.8), by modified Lentz.
fn continued_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0));
    let mut h = d;
    let mut m = 1.0;
    for _ in 0..MAX_TERMS {
        let m2 = 2.0 * m;
        let even = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        h *= d * c;
        let odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() <= 0.5 * f64::EPSILON {
            break;
        }
        m += 1.0;
    }
    h
}

/// x^a (1-x)^b / B(a, b) at `point` (a, b > 0 finite), as
/// K(a, b)·exp(a·L(t₁) + b·L(t₂)) (see the module notes).
pub(super) fn power_factor(a: f64, b: f64, point: Point) -> f64 {
    let c = a + b;
    let (x0, y0) = (a / c, b / c);
    let l1 = log1p_minus(point.d / x0, point.x / x0);
    let l2 = log1p_minus(-point.d / y0, point.y / y0);
    let exponent = a * l1 + b * l2;
    if exponent == f64::NEG_INFINITY {
        return 0.0;
    }
    scale(a, b) * exponent.exp()
}

/// log(1 + t) - t, with `ratio` = 1 + t formed directly (used for t < -1/2,
/// where 1 + t would cancel).
fn log1p_minus(t: f64, ratio: f64) -> f64 {
    if t < -0.5 {
        ratio.ln() - t
    } else if t <= 1.0 {
        log1p_minus_x(t)
    } else {
        t.ln_1p() - t
    }
}

/// K(a, b) = x₀^a y₀^b / B(a, b) with x₀ = a/(a+b), y₀ = b/(a+b): by
/// Stirling's series √(ab/(2π(a+b)))·exp(μ(a+b) - μ(a) - μ(b)) for both
/// large, a^(a+1) e^(-a)/Γ(a+1)·√(b/(a+b))·exp(μ(a+b) - μ(b)) for only b
/// large, and directly for both small.
fn scale(a: f64, b: f64) -> f64 {
    let (small, large) = if a <= b { (a, b) } else { (b, a) };
    let c = a + b;
    if small >= STIRLING_FROM {
        let mu = ln_stirling_correction(c) - ln_stirling_correction(a) - ln_stirling_correction(b);
        return (small / c * large / (2.0 * PI)).sqrt() * mu.exp();
    }
    if large >= STIRLING_FROM {
        let lead = small.powf(small + 1.0) * (-small).exp() / libm::tgamma(small + 1.0);
        return lead * (large / c).sqrt() * stirling_difference(large, small).exp();
    }
    let (x0, y0) = (a / c, b / c);
    let b_ab = beta(a, b);
    if b_ab.is_finite() {
        x0.powf(a) * y0.powf(b) / b_ab
    } else {
        (a * x0.ln() + b * y0.ln() - betaln(a, b)).exp()
    }
}

/// Terms of the expansion of ln(sinh(s/2)/(s/2)) kept (ample for a ≥ 15).
const SINH_TERMS: usize = 60;

/// e_k with ln(sinh(s/2)/(s/2)) = Σ_{k≥1} e_k s^(2k):
/// e_k = B_(2k)/(2k·(2k)!) = (-1)^(k+1) ζ(2k)/(k·(2π)^(2k)), computed once.
fn ln_sinhc_coefficients() -> &'static [f64; SINH_TERMS] {
    static COEFFICIENTS: OnceLock<[f64; SINH_TERMS]> = OnceLock::new();
    COEFFICIENTS.get_or_init(|| {
        let mut e = [0.0; SINH_TERMS];
        let mut power = 1.0;
        for (i, ek) in e.iter_mut().enumerate() {
            let k = (i + 1) as f64;
            power *= (2.0 * PI) * (2.0 * PI);
            let sign = if i % 2 == 0 { 1.0 } else { -1.0 };
            *ek = sign * hurwitz_zeta(2.0 * k, 1.0) / (k * power);
        }
        e
    })
}

/// (I_x(a, b), 1 - I_x(a, b)) for a ≥ 15 > b, by the expansion in 1/T
/// of DiDonato & Morris (their §9, after Temme): with t = e^(-s),
/// (1 - t)^(b-1) = s^(b-1) e^(-(b-1)s/2) φ(s), φ(s) = (sinh(s/2)/(s/2))^(b-1)
/// = Σ q_n s^(2n), T = a + (b-1)/2 and u = -T·ln x, termwise integration gives
/// I = M Σ q_n (b)_(2n) T^(-2n) Q(b+2n, u) and 1 - I the same with P, where
/// M = Γ(a+b)/(Γ(a) T^b). Both tails come out directly.
fn large_a_expansion(a: f64, b: f64, point: Point) -> (f64, f64) {
    let t = a + 0.5 * (b - 1.0);
    let u = -t * point.ln_x();
    let ln_m = (a - 0.5) * (b / a).ln_1p() + b * ((b + 1.0) / (2.0 * t)).ln_1p() - b
        + stirling_difference(a, b);
    let m = ln_m.exp();
    let (mut p, mut q) = gamma_pair(b, u);
    let phi = sinhc_power_coefficients(b - 1.0);
    let (mut sum_p, mut sum_q) = (p, q);
    let mut ratio = 1.0;
    let inv_t2 = 1.0 / (t * t);
    for (n, &qn) in phi.iter().enumerate().skip(1) {
        // P, Q from order b + 2n - 2 to b + 2n, and (b)_(2n)/T^(2n)
        let (c0, c1) = (b + (2 * n - 2) as f64, b + (2 * n - 1) as f64);
        let d = gamma_power_factor(c0, u) + gamma_power_factor(c1, u);
        p -= d;
        q += d;
        ratio *= c0 * c1 * inv_t2;
        let (tp, tq) = (qn * ratio * p.max(0.0), qn * ratio * q);
        sum_p += tp;
        sum_q += tq;
        if tp.abs() <= 0.25 * f64::EPSILON * sum_p.abs()
            && tq.abs() <= 0.25 * f64::EPSILON * sum_q.abs()
        {
            break;
        }
    }
    ((m * sum_q).clamp(0.0, 1.0), (m * sum_p).clamp(0.0, 1.0))
}

/// q_0, q_1, … with (sinh(s/2)/(s/2))^β = Σ q_n s^(2n): exp of β·Σ e_k s^(2k)
/// by the recurrence n·q_n = Σ_{k=1..n} k·β·e_k·q_(n-k).
fn sinhc_power_coefficients(beta: f64) -> [f64; SINH_TERMS] {
    let e = ln_sinhc_coefficients();
    let mut q = [0.0; SINH_TERMS];
    q[0] = 1.0;
    if beta == 0.0 {
        return q;
    }
    for n in 1..SINH_TERMS {
        let mut s = 0.0;
        for k in 1..=n {
            s += k as f64 * e[k - 1] * q[n - k];
        }
        q[n] = beta * s / n as f64;
    }
    q
}
