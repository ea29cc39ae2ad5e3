//! The regularized incomplete beta function I_x(a, b) (`betainc`) and its
//! complement 1 - I_x(a, b) = I_(1-x)(b, a) (`betaincc`).
//!
//! Methods (the regions follow DiDonato & Morris, ACM TOMS 18, 1992, in a
//! reduced form): the side (a, b, x) or (b, a, 1 - x) is chosen on which
//! x ≤ (a + 1)/(a + b + 2), where the lower tail is the smaller one and its
//! expansions converge fast. There: the power series in x when a < 1/2 or
//! b·x is small (for a < 1/2 the complement comes from the same series
//! without forming 1 - I, so tiny a keeps its accuracy); for a ≥ 15 > b
//! their expansion in 1/(a + (b-1)/2) over incomplete gamma functions;
//! otherwise their continued fraction (BFRAC's form), which keeps full
//! accuracy near the mean. For a, b ≥ 1e12 the first two terms of Temme's
//! uniform expansion.
//!
//! All rest on the factor x^a (1-x)^b / B(a, b). Near the mean it is
//! K(a, b)·exp(a·L(t₁) + b·L(t₂)) with x₀ = a/(a + b), t₁ = x/x₀ - 1,
//! t₂ = (1-x)/(1-x₀) - 1, L(t) = log(1+t) - t ≤ 0 and
//! K = x₀^a (1-x₀)^b / B(a, b) (Stirling's series for large a, b), with
//! x - x₀ formed in double-double; away from it the exponent is summed in
//! double-double from the exact one of x and 1 - x, so that exponents of
//! hundreds cost no accuracy.

use super::beta::{beta, betaln};
use super::double_double::{two_sum, DoubleDouble};
use super::error_function::erfc;
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

/// From here on (both parameters) the uniform expansion's first two terms
/// are exact to rounding (its next term is O((a+b)^(-3/2))).
const UNIFORM_FROM: f64 = 1e12;

/// Iteration limit of the series and the continued fraction (the fraction
/// needs ~(a + b)^(1/3) terms near the mean: 56 000 at a = b = 1e12).
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

    /// The point given as both x and y = 1 - x (the smaller of the two
    /// to full relative accuracy), for parameters (a, b).
    pub(super) fn split(a: f64, b: f64, x: f64, y: f64) -> Point {
        if x <= y {
            return Point {
                y,
                ..Point::new(a, b, x)
            };
        }
        let (c, c_lo) = two_sum(a, b);
        let y0 = b / c;
        let y0_lo = ((-y0).mul_add(c, b) - y0 * c_lo) / c;
        Point {
            x,
            y,
            d: (y0 - y) + y0_lo,
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

    /// x exactly, from the exact one of x and y.
    fn x_dd(self) -> DoubleDouble {
        if self.x <= 0.5 {
            DoubleDouble::from(self.x)
        } else {
            DoubleDouble::one_minus(self.y)
        }
    }

    /// ln x in double-double, from the exact one of x and y.
    fn ln_x_dd(self) -> DoubleDouble {
        if self.x <= 0.5 {
            DoubleDouble::ln(self.x)
        } else {
            DoubleDouble::ln_one_minus(self.y)
        }
    }

    /// ln(1 - x) in double-double, from the exact one of x and y.
    fn ln_y_dd(self) -> DoubleDouble {
        self.swapped().ln_x_dd()
    }
}

/// (I_x(a, b), 1 - I_x(a, b)) for finite a, b > 0 and 0 < x < 1.
pub(super) fn pair(a: f64, b: f64, x: f64) -> (f64, f64) {
    pair_at(a, b, Point::new(a, b, x))
}

/// (I_x(a, b), 1 - I_x(a, b)) at `point`, for finite a, b > 0.
pub(super) fn pair_at(a: f64, b: f64, point: Point) -> (f64, f64) {
    let (i, q, _) = pair_and_power_factor(a, b, point);
    (i, q)
}

/// (I_x(a, b), 1 - I_x(a, b), and x^a (1-x)^b / B(a, b) when the method
/// computed it on the way), for finite a, b > 0.
pub(super) fn pair_and_power_factor(a: f64, b: f64, point: Point) -> (f64, f64, Option<f64>) {
    if a.min(b) >= UNIFORM_FROM {
        let (i, q) = uniform_expansion(a, b, point);
        return (i, q, None);
    }
    if point.x <= (a + 1.0) / (a + b + 2.0) {
        lower_side(a, b, point)
    } else {
        // the power factor is symmetric in (a, x) <-> (b, 1 - x)
        let (q, p, factor) = lower_side(b, a, point.swapped());
        (p, q, factor)
    }
}

/// (I, 1 - I, the power factor if computed) where x lies below
/// (a + 1)/(a + b + 2).
fn lower_side(a: f64, b: f64, point: Point) -> (f64, f64, Option<f64>) {
    let x = point.x;
    if a < 0.5 {
        let (i, q) = small_a_series(a, b, point);
        return (i, q, None);
    }
    if let Some(i) = binomial_tail(a, b, point) {
        return (i, 1.0 - i, None);
    }
    let (i, factor) = if x <= 0.7 && (b * x <= 1.0 || b <= 1.0) {
        let factor = power_factor(a, b, point);
        let scale = factor / (a * point.ln_y_dd().mul(b).exp());
        (scale * (1.0 + a * series_sum(a, b, x)), factor)
    } else if expansion_applies(a, b) {
        let (i, q) = large_a_expansion(a, b, point);
        return (i, q, None);
    } else if expansion_applies(b, a) {
        let (q, p) = large_a_expansion(b, a, point.swapped());
        return (p, q, None);
    } else {
        let factor = power_factor(a, b, point);
        (factor / continued_fraction(a, b, point), factor)
    };
    let i = i.clamp(0.0, 1.0);
    (i, 1.0 - i, Some(factor))
}

/// Largest number of trials n = a + b - 1 for which integer parameters
/// use the binomial sum (its terms then number at most 40).
const BINOMIAL_SUM_MAX_TRIALS: f64 = 40.0;

/// I_x(a, b) for integers a, b ≥ 1 with n = a + b - 1 ≤ 40, on the lower
/// side, as the binomial tail P(X ≥ a) for X ~ Bin(n, x):
/// Σ_{j=a..n} C(n, j) x^j (1-x)^(n-j). The terms decrease from j = a
/// (their ratio (n-j)/(j+1)·x/(1-x) is below (b-1)/(b+1) there), so the
/// sum, taken smallest first, keeps the first term's accuracy: C(n, a) is
/// exact and x^a, (1-x)^(b-1) are formed from the double-double x and
/// 1 - x. None for other parameters or where the first term nears the
/// underflow threshold.
fn binomial_tail(a: f64, b: f64, point: Point) -> Option<f64> {
    let n = a + b - 1.0;
    let integral = a == a.floor() && b == b.floor() && a >= 1.0 && b >= 1.0;
    if !integral || n > BINOMIAL_SUM_MAX_TRIALS {
        return None;
    }
    let (x, y) = (point.x_dd(), point.swapped().x_dd());
    let m = b - 1.0;
    let powers = x.hi.powf(a) * y.hi.powf(m) * (1.0 + a * x.lo / x.hi + m * y.lo / y.hi);
    let first = binomial_coefficient(n, a) * powers;
    if first.is_nan() || first <= 1e-290 {
        return None;
    }
    let ratio = x.hi / y.hi;
    let reciprocals = reciprocals();
    let negligible = first * NEGLIGIBLE;
    let mut terms = [0.0; BINOMIAL_SUM_MAX_TRIALS as usize + 1];
    let (mut term, mut count, mut j) = (first, 0, a);
    while j <= n && term > negligible {
        terms[count] = term;
        count += 1;
        term *= (n - j) * ratio * reciprocals[j as usize];
        j += 1.0;
    }
    Some(terms[..count].iter().rev().sum::<f64>().min(1.0))
}

/// Terms of the binomial sum below this fraction of the first (and so of
/// the sum) do not change it.
const NEGLIGIBLE: f64 = f64::EPSILON / 16.0;

/// 1/(j + 1) for j = 0..=40, computed once (the sum multiplies by them).
fn reciprocals() -> &'static [f64; BINOMIAL_SUM_MAX_TRIALS as usize + 1] {
    static RECIPROCALS: OnceLock<[f64; BINOMIAL_SUM_MAX_TRIALS as usize + 1]> = OnceLock::new();
    RECIPROCALS.get_or_init(|| std::array::from_fn(|j| 1.0 / (j + 1) as f64))
}

/// C(n, k) for integers 0 ≤ k ≤ n ≤ 40, exactly: each partial product
/// C(n - k + i, i)·(n - k + i + 1) stays below 2^53.
fn binomial_coefficient(n: f64, k: f64) -> f64 {
    let k = k.min(n - k);
    let mut c = 1.0;
    let mut i = 1.0;
    while i <= k {
        c = c * (n - k + i) / i;
        i += 1.0;
    }
    c
}

/// (I, 1 - I) for huge a and b by Temme's uniform expansion,
/// I = erfc(-η√(r/2))/2 + e^(-rη²/2)/√(2πr)·c₀(η) + O(r^(-3/2)) with
/// r = a + b, -η²/2 = x₀·L(t₁) + y₀·L(t₂) (the exponent of the power
/// factor over r), sign η = sign(x - x₀), and
/// c₀(η) = 1/η - √(x₀y₀)/(x - x₀); near η = 0 (where that cancels) its
/// Taylor polynomial (y₀ - x₀)/(3√(x₀y₀)) - (1 - x₀y₀)η/(12x₀y₀).
fn uniform_expansion(a: f64, b: f64, point: Point) -> (f64, f64) {
    let r = a + b;
    let (x0, y0) = (a / r, b / r);
    let l1 = log1p_minus(point.d / x0, point.x / x0);
    let l2 = log1p_minus(-point.d / y0, point.y / y0);
    let half_eta2 = -(x0 * l1 + y0 * l2);
    let eta = (2.0 * half_eta2).sqrt().copysign(point.d);
    let sigma2 = x0 * y0;
    let c0 = if eta.abs() * r.sqrt() < 1.0 {
        (y0 - x0) / (3.0 * sigma2.sqrt()) - (1.0 - sigma2) * eta / (12.0 * sigma2)
    } else {
        1.0 / eta - sigma2.sqrt() / point.d
    };
    let z = eta * (0.5 * r).sqrt();
    let remainder = (-r * half_eta2).exp() / (2.0 * PI * r).sqrt() * c0;
    let p = 0.5 * erfc(-z) + remainder;
    let q = 0.5 * erfc(z) - remainder;
    (p.clamp(0.0, 1.0), q.clamp(0.0, 1.0))
}

/// Whether the expansion in 1/T for large `a` converges fast: a ≥ 15 and
/// b small against a (b < 15 or b³ ≤ a²).
fn expansion_applies(a: f64, b: f64) -> bool {
    a >= STIRLING_FROM && b < STIRLING_FROM
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
    let a_ln_x = point.ln_x_dd().mul(a);
    let u_dd = a_ln_x.add(-ln_a_beta);
    let u = u_dd.hi;
    let a_sum = a * series_sum(a, b, point.x);
    // e^u from a·B(a, b) itself where it is representable: ln(a·B) is
    // large (and rounded) for tiny b
    let a_beta = a * beta(a, b);
    let eu = if b < STIRLING_FROM && a_beta.is_normal() && a_beta.is_finite() {
        a_ln_x.exp() / a_beta
    } else {
        u_dd.exp()
    };
    let p = eu * (1.0 + a_sum);
    let q = -u.exp_m1() - eu * a_sum;
    (p.clamp(0.0, 1.0), q.clamp(0.0, 1.0))
}

/// ln Γ(b + a) - ln Γ(b) for b > 0 and 0 ≤ a ≤ 1/2, accurate relative to
/// its size (~a·ψ(b)): Stirling's series for b ≥ 15 with the corrections
/// subtracted termwise, below that the recurrence Γ(b + 1) = bΓ(b).
pub(super) fn ln_gamma_shift(b: f64, a: f64) -> f64 {
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

/// The continued fraction G with I_x(a, b) = x^a (1-x)^b / B(a, b) / G,
/// in the form DiDonato & Morris use (their BFRAC): G = β₀ + α₁/(β₁ + α₂/(β₂ + ⋯)),
/// α_m = (a+m-1)(a+b+m-1)·m(b-m)·x² / (a+2m-1)²,
/// β_m = m + m(b-m)x/(a+2m-1) + (a+m)(λ + 1 + m(2-x))/(a+2m+1),
/// λ = a(1-x) - bx = -(a+b)·(x - a/(a+b)) (formed from the exact offset).
/// Near the mean its terms stay positive and it keeps full accuracy where
/// the classical fraction of A&S 26.5.8 cancels. Modified Lentz.
fn continued_fraction(a: f64, b: f64, point: Point) -> f64 {
    const TINY: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let x = point.x;
    let lambda = -(a + b) * point.d;
    let mut g = guard(a * (lambda + 1.0) / (a + 1.0));
    let (mut c, mut d) = (g, 0.0);
    let mut m = 1.0;
    for _ in 0..MAX_TERMS {
        let den = a + 2.0 * m - 1.0;
        let w = m * (b - m) * x;
        let alpha = (a + m - 1.0) * (a + b + m - 1.0) * w * x / (den * den);
        let beta = m + w / den + (a + m) * (lambda + 1.0 + m * (2.0 - x)) / (den + 2.0);
        d = 1.0 / guard(beta + alpha * d);
        c = guard(beta + alpha / c);
        let delta = c * d;
        g *= delta;
        if (delta - 1.0).abs() <= 0.5 * f64::EPSILON {
            break;
        }
        m += 1.0;
    }
    g
}

/// x^a (1-x)^b / B(a, b) at `point` (a, b > 0 finite). For a, b < 15 as
/// exp(a·ln x + b·ln(1-x)) / B(a, b); otherwise as K(a, b)·exp(E) with
/// E = a·L(t₁) + b·L(t₂) (see the module notes) where |E| ≤ 1, else
/// E = a·ln(x/x₀) + b·ln((1-x)/(1-x₀)), the ratios and logarithms in
/// double-double from the exact one of x and 1 - x, so that the size of
/// E costs no accuracy.
pub(super) fn power_factor(a: f64, b: f64, point: Point) -> f64 {
    if a < STIRLING_FROM && b < STIRLING_FROM {
        return small_parameter_power_factor(a, b, point);
    }
    let c = a + b;
    let (x0, y0) = (a / c, b / c);
    // E ≈ -(a+b)·d²/(2x₀y₀) near the mean: the L form only where |E| may be ≤ 1
    if c * point.d * point.d <= 4.0 * x0 * y0 {
        let l1 = log1p_minus(point.d / x0, point.x / x0);
        let l2 = log1p_minus(-point.d / y0, point.y / y0);
        let exponent = a * l1 + b * l2;
        if exponent >= -1.0 {
            return scale(a, b) * exponent.exp();
        }
    }
    let (c_hi, c_lo) = two_sum(a, b);
    let c = DoubleDouble { hi: c_hi, lo: c_lo };
    let ln_x_ratio = point.x_dd().mul_dd(c.div(a)).ln_dd();
    let ln_y_ratio = point.swapped().x_dd().mul_dd(c.div(b)).ln_dd();
    scale(a, b) * ln_x_ratio.mul(a).add_dd(ln_y_ratio.mul(b)).exp()
}

/// x^a (1-x)^b / B(a, b) for a, b < 15.
fn small_parameter_power_factor(a: f64, b: f64, point: Point) -> f64 {
    let exponent = point.ln_x_dd().mul(a).add_dd(point.ln_y_dd().mul(b));
    let b_ab = beta(a, b);
    if b_ab.is_normal() && b_ab.is_finite() && exponent.hi > -700.0 {
        exponent.exp() / b_ab
    } else {
        exponent.add(-betaln(a, b)).exp()
    }
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

/// K(a, b) = x₀^a y₀^b / B(a, b) with x₀ = a/(a+b), y₀ = b/(a+b), for
/// max(a, b) ≥ 15, by Stirling's series: √(ab/(2π(a+b)))·exp(μ(a+b) - μ(a) - μ(b))
/// for both large, a^(a+1) e^(-a)/Γ(a+1)·√(b/(a+b))·exp(μ(a+b) - μ(b))
/// for only b large.
fn scale(a: f64, b: f64) -> f64 {
    let (small, large) = if a <= b { (a, b) } else { (b, a) };
    let c = a + b;
    if small >= STIRLING_FROM {
        let mu = ln_stirling_correction(c) - ln_stirling_correction(a) - ln_stirling_correction(b);
        return (small / c * large / (2.0 * PI)).sqrt() * mu.exp();
    }
    let lead = small.powf(small + 1.0) * (-small).exp() / libm::tgamma(small + 1.0);
    lead * (large / c).sqrt() * stirling_difference(large, small).exp()
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
    let (half_b1, half_b1_lo) = two_sum(b, -1.0);
    let t_dd = DoubleDouble::from(a)
        .add(0.5 * half_b1)
        .add(0.5 * half_b1_lo);
    let t = t_dd.hi;
    let u_dd = point.ln_x_dd().mul_dd(t_dd);
    let u = -u_dd.hi;
    let ln_m = (a - 0.5) * (b / a).ln_1p() + b * ((b + 1.0) / (2.0 * t)).ln_1p() - b
        + stirling_difference(a, b);
    let m = ln_m.exp();
    let (mut p, mut q) = gamma_pair(b, u);
    let d_b = gamma_power_factor(b, u);
    let mut d = d_b; // u^c e^(-u) / Γ(c + 1) at c = b + 2n - 2
    let e = ln_sinhc_coefficients();
    let mut phi = [0.0; SINH_TERMS];
    phi[0] = 1.0;
    let (mut sum_p, mut sum_q) = (p, q);
    let mut ratio = 1.0;
    let inv_t2 = 1.0 / (t * t);
    for n in 1..SINH_TERMS {
        // q_n of (sinh(s/2)/(s/2))^(b-1) = Σ q_n s^(2n), the exponential of
        // (b-1)·Σ e_k s^(2k): n·q_n = Σ_{k=1..n} k·(b-1)·e_k·q_(n-k)
        let qn = (b - 1.0)
            * (1..=n)
                .map(|k| k as f64 * e[k - 1] * phi[n - k])
                .sum::<f64>()
            / n as f64;
        phi[n] = qn;
        // P, Q from order c = b + 2n - 2 to c + 2 (P(c+1) = P(c) - D(c)),
        // and (b)_(2n)/T^(2n)
        let (c0, c1) = (b + (2 * n - 2) as f64, b + (2 * n - 1) as f64);
        let d1 = d * u / c1;
        p -= d + d1;
        q += d + d1;
        d = d1 * u / (c1 + 1.0);
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
    // u was rounded by -u_dd.lo; termwise, dI/du = -M·u^(b-1) e^(-u)/Γ(b)·φ(u/T)
    let h = 0.5 * u / t;
    let sinhc = if h == 0.0 { 1.0 } else { h.sinh() / h };
    let shift = -u_dd.lo * m * d_b * b / u * sinhc.powf(b - 1.0);
    let i = (m * sum_q - shift).clamp(0.0, 1.0);
    (i, (m * sum_p + shift).clamp(0.0, 1.0))
}
