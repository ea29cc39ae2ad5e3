//! Bessel functions of real order: `scipy.special.jv`, `yv` and the integer
//! orders `j0`, `j1`, `y0`, `y1`. For x > 0 and order ν ≥ 0:
//!
//! - x² ≤ ν + 1: J_ν from its power series (the terms shrink from the first,
//!   and they cancel by at most I_ν/J_ν ≤ e^½);
//! - x ≥ 12 with Hankel's expansion converging before its terms exceed 4:
//!   J and Y from it, with the phase x - (ν/2 + 1/4)π applied as the exact
//!   sin x, cos x and sin/cos of the exactly reduced νπ/2;
//! - otherwise (after a Debye-exponent test that J underflows and Y
//!   overflows): J'_ν/J_ν from the continued fraction CF1, the downward
//!   recurrence of J to an order μ (|μ| ≤ 1/2 for x ≤ 2, about x - 1 above,
//!   where the recurrence stops being stable), Y_μ and Y_{μ+1} from Temme's
//!   series (x ≤ 2; N. M. Temme, J. Comput. Phys. 21, 1976) or Steed's
//!   complex continued fraction CF2 for (J' + iY')/(J + iY) (x > 2), the
//!   Wronskian J Y' - J'Y = 2/(πx) to normalise, and the upward
//!   recurrence of Y back to ν, stable for Y.
//!
//! J takes orders down to -1/2 through the same methods; other negative
//! orders use J_{-ν} = cos(νπ)J_ν - sin(νπ)Y_ν and
//! Y_{-ν} = sin(νπ)J_ν + cos(νπ)Y_ν (±J_n, ±Y_n at integers).
//!
//! The middle region needs about max(x - ν, 0) steps of CF1 and ν - x steps
//! of recurrence; both are capped at [`MAX_STEPS`], past which (orders above
//! about 10⁴ with ν < x < ν²/5) the result is NaN rather than a long loop.

use super::bessel_fits as fits;
use super::bessel_zeros::{Zero, J0_ZEROS, J1_ZEROS, Y0_ZEROS, Y1_ZEROS};
use super::binom::{cos_pi, sin_pi};
use super::double_double::DoubleDouble;
use super::gamma::gammasgn;
use super::modified_bessel::{
    power_over_gamma, scale_by_exp, temme_sums, TemmeStart, TWO_POW_M600,
};
use std::f64::consts::{FRAC_1_PI, FRAC_2_PI, PI};

/// The most steps CF1 or a recurrence may take for one value.
pub(crate) const MAX_STEPS: u64 = 20_000_000;

/// `scipy.special.jv(v, x)`: the Bessel function of the first kind J_v(x).
/// For x < 0 only integer orders are real (J_n(-x) = (-1)^n J_n(x)); NaN
/// otherwise and at x = ±inf (as SciPy). At x = 0: 1 for v = 0, 0 for v > 0
/// or a negative integer, ±inf (the sign of 1/Γ(1+v)) for other v < 0.
/// 0 for infinite v and x ≥ 0, as SciPy.
pub fn jv(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x.is_infinite() {
        return f64::NAN;
    }
    let integer = v == v.floor();
    if x < 0.0 {
        return if integer && v.is_finite() {
            parity(v) * jv(v, -x)
        } else {
            f64::NAN
        };
    }
    if v.is_infinite() {
        return 0.0;
    }
    if x == 0.0 {
        return j_at_zero(v, integer);
    }
    if v >= -0.5 {
        return j_nonnegative(v, x);
    }
    let nu = -v;
    if integer {
        return parity(nu) * j_nonnegative(nu, x);
    }
    let (j, y) = both_kinds(nu, x);
    combine(cos_pi(nu), j, -sin_pi(nu), y)
}

/// `scipy.special.yv(v, x)`: the Bessel function of the second kind Y_v(x).
/// NaN for x < 0 and x = ±inf; -inf at x = 0 for v ≥ 0 (for v < 0 the sign
/// of the limit, and 0 at the negative half-integers, where Y_v = ±J_{-v});
/// NaN for infinite v at x > 0 and -inf at x = 0, as SciPy.
pub fn yv(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x.is_infinite() || x < 0.0 {
        return f64::NAN;
    }
    if v.is_infinite() {
        return if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        };
    }
    if x == 0.0 {
        return y_at_zero(v);
    }
    if v >= 0.0 {
        return y_nonnegative(v, x);
    }
    let nu = -v;
    if nu == nu.floor() {
        return parity(nu) * y_nonnegative(nu, x);
    }
    let (j, y) = both_kinds(nu, x);
    combine(sin_pi(nu), j, cos_pi(nu), y)
}

/// `scipy.special.j0(x)`: J₀(x), even; NaN at ±inf (as SciPy).
pub fn j0(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x == 0.0 {
        return 1.0;
    }
    order_zero_or_one(Kind::J, 0.0, x.abs())
}

/// `scipy.special.j1(x)`: J₁(x), odd; NaN at ±inf (as SciPy).
pub fn j1(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x == 0.0 {
        return x;
    }
    let value = order_zero_or_one(Kind::J, 1.0, x.abs());
    if x < 0.0 {
        -value
    } else {
        value
    }
}

/// `scipy.special.y0(x)`: Y₀(x); -inf at 0, NaN for x < 0 and at inf.
pub fn y0(x: f64) -> f64 {
    y_of_order(0.0, x)
}

/// `scipy.special.y1(x)`: Y₁(x); -inf at 0, NaN for x < 0 and at inf.
pub fn y1(x: f64) -> f64 {
    y_of_order(1.0, x)
}

/// Y₀ or Y₁ with yv's conventions at 0, below 0 and at inf.
fn y_of_order(n: f64, x: f64) -> f64 {
    if x.is_nan() || x < 0.0 || x == f64::INFINITY {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    order_zero_or_one(Kind::Y, n, x)
}

/// (-1)^n for an integer n.
fn parity(n: f64) -> f64 {
    if (0.5 * n).floor() == 0.5 * n {
        1.0
    } else {
        -1.0
    }
}

/// a·p + b·q, where a zero coefficient drops its term even if that term
/// is infinite (cos(νπ) = 0 at half-integers, where Y_ν may overflow).
fn combine(a: f64, p: f64, b: f64, q: f64) -> f64 {
    match (a == 0.0, b == 0.0) {
        (true, _) => b * q,
        (_, true) => a * p,
        _ => a * p + b * q,
    }
}

/// J_v(0) for finite v: J_v(x) ~ (x/2)^v/Γ(1+v).
fn j_at_zero(v: f64, integer: bool) -> f64 {
    if v == 0.0 {
        1.0
    } else if v > 0.0 || integer {
        0.0
    } else {
        gammasgn(1.0 + v) * f64::INFINITY
    }
}

/// Y_v(0) for finite v: -inf for v ≥ 0; for v = -ν < 0 the limit of
/// sin(νπ)J_ν + cos(νπ)Y_ν, which is the sign of -cos(νπ) times inf, or 0
/// where cos(νπ) = 0.
fn y_at_zero(v: f64) -> f64 {
    if v >= 0.0 {
        return f64::NEG_INFINITY;
    }
    let c = cos_pi(-v);
    if c == 0.0 {
        0.0
    } else {
        -c.signum() * f64::INFINITY
    }
}

/// (J_ν, Y_ν) for the reflection formulas: in the power series' range J
/// separately (the Wronskian route overflows there for x near 1e-300).
fn both_kinds(nu: f64, x: f64) -> (f64, f64) {
    if x * x <= nu + 1.0 {
        (j_nonnegative(nu, x), y_nonnegative(nu, x))
    } else {
        j_and_y(nu, x)
    }
}

/// J_ν(x) for ν ≥ -1/2, x > 0 finite (every method here holds down to
/// ν = -1/2: CF1, Temme's series and CF2 for |μ| ≤ 1/2, Hankel's expansion;
/// computing J_{-ν} so, rather than by reflection, keeps it accurate near
/// its zeros, where cos(νπ)J_ν - sin(νπ)Y_ν cancels).
fn j_nonnegative(nu: f64, x: f64) -> f64 {
    if nu == 0.0 || nu == 1.0 {
        return order_zero_or_one(Kind::J, nu, x);
    }
    if x * x <= nu + 1.0 {
        return j_power_series(nu, x);
    }
    j_and_y(nu, x).0
}

/// Y_ν(x) for ν ≥ 0, x > 0 finite (Y_{-ν} for ν < 1/2 by Temme's series
/// cancels as x → 0, so negative orders take the reflection).
fn y_nonnegative(nu: f64, x: f64) -> f64 {
    if nu == 0.0 || nu == 1.0 {
        return order_zero_or_one(Kind::Y, nu, x);
    }
    j_and_y(nu, x).1
}

/// The two kinds.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    J,
    Y,
}

/// J_n(x) or Y_n(x) for n = 0, 1 and finite x > 0: about a zero below 64
/// its Taylor series; for x ≤ 2 the power series (Y's with its logarithm);
/// on [2, 8) Chebyshev series of the function on unit intervals; above,
/// Hankel's form with P and Q from Chebyshev series in (8/x)² or (16/x)²
/// (tools/gen_bessel_fits.py).
fn order_zero_or_one(kind: Kind, n: f64, x: f64) -> f64 {
    if let Some(value) = near_tabulated_zero(kind, n, x) {
        return value;
    }
    let one = n == 1.0;
    if x <= 2.0 {
        return small_argument(kind, one, x);
    }
    if x < 8.0 {
        let piece = x as usize; // floor, by a cast
        let t = 2.0 * (x - piece as f64) - 1.0;
        let k = piece - 2;
        return match (kind, one) {
            (Kind::J, false) => clenshaw(&fits::J0_2_TO_8[k], t),
            (Kind::J, true) => clenshaw(&fits::J1_2_TO_8[k], t),
            (Kind::Y, false) => clenshaw(&fits::Y0_2_TO_8[k], t),
            (Kind::Y, true) => clenshaw(&fits::Y1_2_TO_8[k], t),
        };
    }
    let (p, q) = hankel_fits(one, x);
    let (s, c) = x.sin_cos();
    // θ = x - nπ/2: (cos θ, sin θ) = (cos x, sin x) or (sin x, -cos x)
    let (cos_theta, sin_theta) = if one { (s, -c) } else { (c, s) };
    let (cos_chi, sin_chi) = (cos_theta + sin_theta, sin_theta - cos_theta);
    let amplitude = (1.0 / (PI * x)).sqrt();
    match kind {
        Kind::J => amplitude * (p * cos_chi - q * sin_chi),
        Kind::Y => amplitude * (p * sin_chi + q * cos_chi),
    }
}

/// Hankel's (P, Q) for order 0 or 1 and x ≥ 8 from the fitted series.
fn hankel_fits(one: bool, x: f64) -> (f64, f64) {
    let (scale, s_min) = if x < 16.0 { (8.0, 0.25) } else { (16.0, 0.0) };
    let s = (scale / x) * (scale / x);
    let t = (2.0 * s - (1.0 + s_min)) / (1.0 - s_min);
    let (p, q) = match (one, x < 16.0) {
        (false, true) => (&fits::P0_8_TO_16[..], &fits::Q0_8_TO_16[..]),
        (false, false) => (&fits::P0_FROM_16[..], &fits::Q0_FROM_16[..]),
        (true, true) => (&fits::P1_8_TO_16[..], &fits::Q1_8_TO_16[..]),
        (true, false) => (&fits::P1_FROM_16[..], &fits::Q1_FROM_16[..]),
    };
    (clenshaw(p, t), clenshaw(q, t) * 8.0 / x)
}

/// Σ c_k T_k(t) by Clenshaw's recurrence.
pub(super) fn clenshaw(c: &[f64], t: f64) -> f64 {
    let (mut b1, mut b2) = (0.0f64, 0.0f64);
    for &ck in c[1..].iter().rev() {
        (b1, b2) = (2.0 * t * b1 - b2 + ck, b1);
    }
    t * b1 - b2 + c[0]
}

/// Euler's γ.
pub(super) const EULER_GAMMA: f64 = 0.577_215_664_901_532_9;

/// Terms of the power series below x = 2 (s = x²/4 ≤ 1, where the 14th
/// coefficient is below 1e-19).
pub(super) const SERIES_TERMS: usize = 14;

/// The power-series coefficients in s = x²/4 for 0 < x ≤ 2, indexed
/// [order][0 = the Bessel series, 1 = its harmonic companion]:
/// J₀ = Σ u_k s^k, u_k = (-1)^k/(k!)²; J₁ = (x/2) Σ v_k s^k,
/// v_k = (-1)^k/(k!(k+1)!); with them Σ H_k u_k s^k and
/// Σ (H_k + H_{k+1}) v_k s^k (H_k the harmonic numbers) for Y.
const SMALL_ARGUMENT_SERIES: [[[f64; SERIES_TERMS]; 2]; 2] = small_argument_series(-1.0);

/// [`SMALL_ARGUMENT_SERIES`] with (-1)^k replaced by `sign`^k (+1 gives
/// the series of I₀, I₁ and the companions in K₀, K₁).
pub(super) const fn small_argument_series(sign: f64) -> [[[f64; SERIES_TERMS]; 2]; 2] {
    let mut out = [[[0.0; SERIES_TERMS]; 2]; 2];
    let (mut u, mut v, mut harmonic) = (1.0f64, 1.0f64, 0.0f64);
    let mut k = 0;
    while k < SERIES_TERMS {
        if k > 0 {
            let fk = k as f64;
            u *= sign / (fk * fk);
            v *= sign / (fk * (fk + 1.0));
            harmonic += 1.0 / fk;
        }
        out[0][0][k] = u;
        out[0][1][k] = harmonic * u;
        out[1][0][k] = v;
        out[1][1][k] = (2.0 * harmonic + 1.0 / (k as f64 + 1.0)) * v;
        k += 1;
    }
    out
}

/// Σ c_k s^k as E(s²) + s·O(s²), the even and odd coefficients by two
/// independent Horner chains (half the latency of one).
pub(super) fn horner(c: &[f64], s: f64) -> f64 {
    let s2 = s * s;
    let chain = |start: usize| {
        c.iter()
            .skip(start)
            .step_by(2)
            .rev()
            .fold(0.0, |acc, &ck| acc * s2 + ck)
    };
    chain(0) + s * chain(1)
}

/// J₀, J₁, Y₀, Y₁ for 0 < x ≤ 2 from [`SMALL_ARGUMENT_SERIES`]:
/// Y₀ = (2/π)[(ln(x/2) + γ)J₀ - Σ H_k u_k s^k];
/// Y₁ = (2/π)(ln(x/2) + γ)J₁ - 2/(πx) - (x/(2π)) Σ (H_k + H_{k+1}) v_k s^k.
fn small_argument(kind: Kind, one: bool, x: f64) -> f64 {
    let s = 0.25 * x * x;
    let series = &SMALL_ARGUMENT_SERIES[one as usize];
    let bessel_sum = horner(&series[0], s);
    let j = if one {
        0.5 * x * bessel_sum
    } else {
        bessel_sum
    };
    if kind == Kind::J {
        return j;
    }
    let companion = horner(&series[1], s);
    let log_term = (0.5 * x).ln() + EULER_GAMMA;
    if one {
        FRAC_2_PI * log_term * j - FRAC_2_PI / x - 0.5 * x / PI * companion
    } else {
        FRAC_2_PI * (log_term * j - companion)
    }
}

/// How close to a zero z [`near_tabulated_zero`] takes over: min(1/2, z/4)
/// below 8; 1/10 above. At that distance the other methods, accurate to a
/// few eps of the function's scale, are a few eps relative.
fn zero_window(z: f64) -> f64 {
    if z < 8.0 {
        0.5f64.min(0.25 * z)
    } else {
        0.1
    }
}

/// For orders 0 and 1 within [`zero_window`] of a zero z below 64 of J or
/// Y (bessel_zeros.rs), the Taylor series about z: y(z + h) = Σ a_k h^k
/// with a₀ = 0, a₁ = y'(z) and, from z²y'' + zy' + (z² - n²)y = 0 shifted
/// to z, a_{k+2} = -[z(k+1)(2k+1)a_{k+1} + (k² + z² - n²)a_k +
/// 2z a_{k-1} + a_{k-2}] / (z²(k+1)(k+2)). With h = (x - z_hi) - z_lo (the first
/// difference exact) the value keeps its relative accuracy at the zero,
/// where the other methods only have absolute accuracy.
fn near_tabulated_zero(kind: Kind, nu: f64, x: f64) -> Option<f64> {
    // McMahon: the k-th zero is (k + offset)π to within 0.16, so rounding
    // finds the only zero whose window (at most 1/2) can hold x.
    let (table, offset): (&[Zero], f64) = match (kind, nu == 1.0) {
        (Kind::J, false) => (&J0_ZEROS, -0.25),
        (Kind::J, true) => (&J1_ZEROS, 0.25),
        (Kind::Y, false) => (&Y0_ZEROS, -0.75),
        (Kind::Y, true) => (&Y1_ZEROS, -0.25),
    };
    // (a cast, not round(): without SSE4.1 that is a libm call)
    let k = (x * FRAC_1_PI - offset + 0.5) as usize;
    if k < 1 || k > table.len() {
        return None;
    }
    let (z, z_lo, slope) = table[k - 1];
    if (x - z).abs() >= zero_window(z) {
        return None;
    }
    let h = (x - z) - z_lo;
    let (z2_minus_n2, inverse_z2) = (z * z - nu * nu, 1.0 / (z * z));
    let (mut a2, mut a1, mut a0) = (0.0f64, 0.0f64, 0.0f64); // a_{k-2}, a_{k-1}, a_k
    let mut next = slope; // a_{k+1}
    let mut power = h;
    let mut sum = slope * h;
    for (k, &reciprocal) in RECIPROCAL_PAIRS.iter().enumerate() {
        let fk = k as f64;
        let after = -(z * (fk + 1.0) * (2.0 * fk + 1.0) * next
            + (fk * fk + z2_minus_n2) * a0
            + 2.0 * z * a1
            + a2)
            * (inverse_z2 * reciprocal);
        (a2, a1, a0, next) = (a1, a0, next, after);
        power *= h;
        let term = after * power;
        sum += term;
        if term.abs() < 0.25 * f64::EPSILON * sum.abs() {
            break;
        }
    }
    Some(sum)
}

/// 1/((k+1)(k+2)) for the Taylor recurrence (its longest run: h/z ≤ 1/4
/// needs about 30 terms).
const RECIPROCAL_PAIRS: [f64; 60] = reciprocal_pairs();

const fn reciprocal_pairs() -> [f64; 60] {
    let mut out = [0.0; 60];
    let mut k = 0;
    while k < 60 {
        out[k] = 1.0 / ((k as f64 + 1.0) * (k as f64 + 2.0));
        k += 1;
    }
    out
}

/// (J_ν(x), Y_ν(x)) for ν ≥ 0 and finite x > 0, by Hankel's expansion
/// where it converges, else the continued fractions and recurrences.
fn j_and_y(nu: f64, x: f64) -> (f64, f64) {
    if let Some(pair) = hankel(nu, x) {
        return pair;
    }
    if nu > x && debye_exponent(nu, x) > 760.0 + 0.5 * nu.ln() {
        return (0.0, f64::NEG_INFINITY);
    }
    fractions_and_recurrences(nu, x)
}

/// η = ν(α - tanh α) with cosh α = ν/x > 1: J_ν(x) ≈ e^-η/√(2πν tanh α) and
/// Y_ν(x) ≈ -e^η √(2/(πν tanh α)) (Debye), so past η ≈ 760 + ½ ln ν J
/// underflows and Y overflows.
fn debye_exponent(nu: f64, x: f64) -> f64 {
    let ratio = nu / x;
    let alpha = ratio.acosh();
    let tanh = (1.0 - 1.0 / (ratio * ratio)).sqrt();
    nu * (alpha - tanh)
}

/// J_ν(x) = (x/2)^ν Σ_k (-x²/4)^k / (k! Γ(ν+k+1)), for x² ≤ ν + 1.
fn j_power_series(nu: f64, x: f64) -> f64 {
    let half_x = 0.5 * x;
    let prefactor = power_over_gamma(nu, half_x);
    if prefactor == 0.0 {
        return 0.0;
    }
    let x2 = -half_x * half_x;
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..100 {
        let k = k as f64;
        term *= x2 / (k * (nu + k));
        sum += term;
        if term.abs() < 0.25 * f64::EPSILON * sum.abs() {
            break;
        }
    }
    prefactor * sum
}

/// Hankel's expansion for x ≥ 12 (in practice about 19 for low orders): J = √(2/(πx))(P cos χ - Q sin χ),
/// Y = √(2/(πx))(P sin χ + Q cos χ), χ = x - (ν/2 + 1/4)π, with
/// P = Σ (-1)^k a_{2k}/x^{2k}, Q = Σ (-1)^k a_{2k+1}/x^{2k+1},
/// a_k/x^k = Π_{j≤k} (4ν² - (2j-1)²)/(8jx). None unless the terms fall
/// below rounding before they grow again (past j = ν), and never exceed 4
/// (which bounds the cancellation).
fn hankel(nu: f64, x: f64) -> Option<(f64, f64)> {
    if x < 12.0 || nu * nu > 8.0 * x {
        return None;
    }
    let four_nu2 = 4.0 * nu * nu;
    let mut term = 1.0f64;
    let (mut p, mut q) = (1.0f64, 0.0f64);
    let mut converged = false;
    for j in 1..400 {
        let odd = (2 * j - 1) as f64;
        let next = term * (four_nu2 - odd * odd) / (8.0 * j as f64 * x);
        let diverging = odd > 2.0 * nu && next.abs() > term.abs();
        if next.abs() > 4.0 || diverging {
            break;
        }
        term = next;
        let signed = if (j / 2) % 2 == 0 { term } else { -term };
        if j % 2 == 0 {
            p += signed;
        } else {
            q += signed;
        }
        if term.abs() < 0.25 * f64::EPSILON * p.abs().max(q.abs()) {
            converged = true;
            break;
        }
    }
    if !converged {
        return None;
    }
    // With θ = x - νπ/2 (ν/2 exact, so sin_pi/cos_pi reduce it exactly):
    // cos χ = (cos θ + sin θ)/√2, sin χ = (sin θ - cos θ)/√2.
    let (s, c) = x.sin_cos();
    let (sh, ch) = (sin_pi(0.5 * nu), cos_pi(0.5 * nu));
    let cos_theta = c * ch + s * sh;
    let sin_theta = s * ch - c * sh;
    let amplitude = (1.0 / (PI * x)).sqrt();
    Some((
        amplitude * (p * (cos_theta + sin_theta) - q * (sin_theta - cos_theta)),
        amplitude * (p * (sin_theta - cos_theta) + q * (cos_theta + sin_theta)),
    ))
}

/// (J_ν, Y_ν) for ν ≥ 0, x > 0 by CF1, the downward recurrence of J to μ,
/// (Y_μ, Y_{μ+1}) from Temme's series or CF2, the Wronskian and the upward
/// recurrence of Y. NaN past [`MAX_STEPS`].
fn fractions_and_recurrences(nu: f64, x: f64) -> (f64, f64) {
    let n = if x <= 2.0 {
        (nu + 0.5).floor()
    } else {
        (nu - x + 1.5).floor().max(0.0)
    };
    if n > MAX_STEPS as f64 {
        return (f64::NAN, f64::NAN);
    }
    let mu = nu - n;
    let Some((log_derivative, sign)) = cf1(nu, x) else {
        return (f64::NAN, f64::NAN);
    };
    let down = recur_j_down(nu, n as u64, x, sign, log_derivative);
    let f = down.derivative / down.value;
    let wronskian = FRAC_2_PI / x;
    let (j_mu, y_mu, y_mu1) = if x <= 2.0 {
        let (y, y1) = temme_y(mu, x);
        let y_prime = mu / x * y - y1;
        (wronskian / (y_prime - f * y), y, y1)
    } else {
        let (p, q) = cf2(mu, x);
        let gamma = (p - f) / q;
        let magnitude = (wronskian / (q + gamma * (p - f))).sqrt();
        let j = magnitude.copysign(down.value);
        let y = gamma * j;
        let y_prime = j * (gamma * p + q);
        (j, y, mu / x * y - y_prime)
    };
    let j = scale_by_exp(j_mu * sign / down.value, -down.halvings, 0.0);
    let y = recur_y_up(mu, n as u64, x, y_mu, y_mu1);
    (j, y)
}

/// J'_ν/J_ν = ν/x - J_{ν+1}/J_ν and the sign of J_ν, from the ratios
/// r_k = J_{k+1}/J_k = 1/(2(k+1)/x - r_{k+1}) evaluated downward from an
/// order N where J_N/J_ν < 1e-10 (so the start r_N = 0 costs less than
/// rounding: its error shrinks by (J_N/J_ν)²). That is CF1 summed from its
/// tail, in double-double: through the oscillatory orders below x each
/// rounding of b_k = 2k/x reaches f multiplied by (J_k/J_ν)² b_k, which
/// cost double arithmetic tens of eps by x ≈ 20. N comes from the
/// growth of the dominant solution p_k (p_ν = 0, p_{ν+1} = 1) of the same
/// recurrence; J_ν's sign is the product of the ratios' signs (J_N > 0).
/// None past [`MAX_STEPS`] orders.
fn cf1(nu: f64, x: f64) -> Option<(f64, f64)> {
    let steps = start_order_offset(nu, x)?;
    // Orders well above x (ν + k > x + 8) only shrink the errors that
    // reach f: plain doubles there, double-double below.
    let precise = ((x - nu + 8.0).max(0.0) as u64).min(steps);
    let mut ratio = 0.0f64;
    let mut sign = 1.0;
    for k in (precise + 1..=steps).rev() {
        ratio = 1.0 / (2.0 * (k as f64 + nu) / x - ratio);
        if ratio < 0.0 {
            sign = -sign;
        }
    }
    let mut ratio = DoubleDouble::from(ratio);
    // b_k = (2k + 2ν)/x with k + ν kept exact (ν + k in double rounds)
    for k in (1..=precise).rev() {
        let b = DoubleDouble::from(2.0 * k as f64).add(2.0 * nu).div(x);
        ratio = b.sub_dd(ratio).recip();
        if ratio.hi < 0.0 {
            sign = -sign;
        }
    }
    Some((DoubleDouble::from(nu).div(x).sub_dd(ratio).hi, sign))
}

/// N - ν for [`cf1`]: the first step at which p_k, grown by
/// p_{k+1} = (2k/x)p_k - p_{k-1} from (0, 1), passes 1e10·(a margin).
fn start_order_offset(nu: f64, x: f64) -> Option<u64> {
    let (mut p0, mut p1) = (0.0f64, 1.0f64);
    let mut order = nu + 1.0;
    for steps in 1..MAX_STEPS {
        let next = 2.0 * order / x * p1 - p0;
        p0 = p1;
        p1 = next;
        order += 1.0;
        if p1.abs() > 1e12 {
            return Some(steps + 2);
        }
    }
    None
}

/// J and J' at μ = ν - n, unnormalised, from (sign, sign·f) at ν:
/// J_{k-1} = (k/x)J_k + J'_k, J'_{k-1} = ((k-1)/x)J_{k-1} - J_k, stable
/// downward for orders above x. Values past 1e300 are multiplied by
/// 2^-600 and counted.
struct DownwardJ {
    value: f64,
    derivative: f64,
    halvings: i32,
}

fn recur_j_down(nu: f64, n: u64, x: f64, sign: f64, f: f64) -> DownwardJ {
    let mut value = sign;
    let mut derivative = sign * f;
    let mut order = nu;
    let mut halvings = 0;
    for _ in 0..n {
        let lower = order / x * value + derivative;
        order -= 1.0;
        derivative = order / x * lower - value;
        value = lower;
        if value.abs().max(derivative.abs()) > 1e300 {
            value *= TWO_POW_M600;
            derivative *= TWO_POW_M600;
            halvings += 1;
        }
    }
    if value == 0.0 {
        value = f64::EPSILON;
    }
    DownwardJ {
        value,
        derivative,
        halvings,
    }
}

/// Y_{μ+n} from (Y_μ, Y_{μ+1}) by Y_{k+1} = (2k/x)Y_k - Y_{k-1}, stable
/// upward; rescaled by 2^-600 past 1e300, and stopped as an overflow once
/// that has happened twice with the order past x (|Y| only grows there).
fn recur_y_up(mu: f64, n: u64, x: f64, mut y: f64, mut y1: f64) -> f64 {
    let mut order = mu;
    let mut halvings = 0;
    for _ in 0..n {
        order += 1.0;
        let next = 2.0 * order / x * y1 - y;
        y = y1;
        y1 = next;
        if y1.abs() > 1e300 {
            y *= TWO_POW_M600;
            y1 *= TWO_POW_M600;
            halvings += 1;
            if halvings >= 2 && order > x {
                return y.signum() * f64::INFINITY;
            }
        }
    }
    scale_by_exp(y, halvings, 0.0)
}

/// (Y_μ, Y_{μ+1}) for |μ| ≤ 1/2 and 0 < x ≤ 2 by Temme's series:
/// Y_μ = -Σ c_k g_k, Y_{μ+1} = -(2/x) Σ c_k (p_k - k g_k), c_k = (-x²/4)^k/k!,
/// g_k = f_k + (2/μ) sin²(μπ/2) q_k, with f_k, p_k, q_k recurring as for K
/// from f₀ = (2/π)·(K's f₀), p₀ = (x/2)^-μ Γ(1+μ)/π, q₀ = (x/2)^μ Γ(1-μ)/π.
fn temme_y(mu: f64, x: f64) -> (f64, f64) {
    let start = TemmeStart::new(mu, x);
    let half_x = 0.5 * x;
    let f = FRAC_2_PI * start.f;
    let p = start.power / (PI * start.rgamma_plus);
    let q = 1.0 / (start.power * PI * start.rgamma_minus);
    // (2/μ) sin²(μπ/2) = π sin(μπ/2) · sin(μπ/2)/(μπ/2)
    let half_angle = 0.5 * PI * mu;
    let sine_factor = PI * half_angle.sin() * sin_ratio(half_angle);
    let (sum, sum1) = temme_sums(mu, -half_x * half_x, (f, p, q), sine_factor);
    (-sum, -sum1 / half_x)
}

/// sin(e)/e, by its series near 0.
fn sin_ratio(e: f64) -> f64 {
    if e.abs() < 1e-4 {
        1.0 - e * e / 6.0
    } else {
        e.sin() / e
    }
}

/// p + iq = (J'_μ + iY'_μ)/(J_μ + iY_μ) for x > 2 by Steed's CF2:
/// p + iq = -1/(2x) + i + (i/x)·a₁/(b₁ + a₂/(b₂ + …)),
/// a_k = (k - 1/2)² - μ², b_k = 2(x + ik), summed from its tail (the
/// forward, Lentz, evaluation loses ~100 eps by μ ≈ x ≈ 500; backward it
/// stays within a few), from the length the forward evaluation needs.
fn cf2(mu: f64, x: f64) -> (f64, f64) {
    let mut tail = Complex { re: 0.0, im: 0.0 };
    for k in (1..=cf2_length(mu, x) + 4).rev() {
        tail = cf2_denominator(x, k)
            .add(tail)
            .recip()
            .scale(cf2_numerator(mu, k));
    }
    // (i/x)·tail = (-tail.im + i tail.re)/x
    (-0.5 / x - tail.im / x, 1.0 + tail.re / x)
}

/// a_k = (k - 1/2 - μ)(k - 1/2 + μ), without the cancellation of the squares.
fn cf2_numerator(mu: f64, k: usize) -> f64 {
    let h = k as f64 - 0.5;
    (h - mu) * (h + mu)
}

/// b_k = 2(x + ik).
fn cf2_denominator(x: f64, k: usize) -> Complex {
    Complex {
        re: 2.0 * x,
        im: 2.0 * k as f64,
    }
}

/// The number of terms after which CF2's forward (modified Lentz)
/// convergents agree to rounding.
fn cf2_length(mu: f64, x: f64) -> usize {
    const TINY: f64 = 1e-300;
    let tiny = Complex { re: TINY, im: 0.0 };
    let mut c = tiny;
    let mut d = Complex { re: 0.0, im: 0.0 };
    let limit = MAX_STEPS as usize;
    for k in 1..limit {
        let (a, b) = (cf2_numerator(mu, k), cf2_denominator(x, k));
        d = b.add(d.scale(a)).nonzero(TINY).recip();
        c = b.add(c.recip().scale(a)).nonzero(TINY);
        let delta = c.mul(d);
        if (delta.re - 1.0).abs() + delta.im.abs() < f64::EPSILON {
            return k;
        }
    }
    limit
}

/// The little complex arithmetic CF2 needs.
#[derive(Clone, Copy)]
struct Complex {
    re: f64,
    im: f64,
}

impl Complex {
    fn add(self, o: Complex) -> Complex {
        Complex {
            re: self.re + o.re,
            im: self.im + o.im,
        }
    }

    fn scale(self, a: f64) -> Complex {
        Complex {
            re: a * self.re,
            im: a * self.im,
        }
    }

    fn mul(self, o: Complex) -> Complex {
        Complex {
            re: self.re * o.re - self.im * o.im,
            im: self.re * o.im + self.im * o.re,
        }
    }

    /// 1/self by Smith's scaling (no squares to underflow or overflow).
    fn recip(self) -> Complex {
        if self.re.abs() >= self.im.abs() {
            let r = self.im / self.re;
            let den = self.re + self.im * r;
            Complex {
                re: 1.0 / den,
                im: -r / den,
            }
        } else {
            let r = self.re / self.im;
            let den = self.re * r + self.im;
            Complex {
                re: r / den,
                im: -1.0 / den,
            }
        }
    }

    /// `self`, or `tiny` if both parts are below it (Lentz's guard).
    fn nonzero(self, tiny: f64) -> Complex {
        if self.re.abs() + self.im.abs() < tiny {
            Complex { re: tiny, im: 0.0 }
        } else {
            self
        }
    }
}
