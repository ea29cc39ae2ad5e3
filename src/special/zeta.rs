//! The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (q + k)^(-s) for s > 1
//! (`scipy.special.zeta(x, q)`), by direct summation up to a shift and the
//! Euler–Maclaurin formula beyond it; the Riemann zeta function on the whole
//! real line (`scipy.special.zeta(x)`, `zetac(x)`), by the same sum for
//! s ≥ 1, the Laurent series about the pole for 0 ≤ s < 1 and the functional
//! equation below.

use super::binom::sin_pi;
use super::double_double::CompensatedSum;
use super::gamma::gamma;
use std::f64::consts::PI;

/// B_{2j} / (2j)! for j = 1..=13 (the Euler–Maclaurin coefficients).
#[allow(clippy::excessive_precision)] // the values as mpmath prints them
const EM_COEFFICIENTS: [f64; 13] = [
    8.333_333_333_333_333e-2,
    -1.388_888_888_888_889e-3,
    3.306_878_306_878_307e-5,
    -8.267_195_767_195_768e-7,
    2.087_675_698_786_81e-8,
    -5.284_190_138_687_493e-10,
    1.338_253_653_068_467_9e-11,
    -3.389_680_296_322_582_7e-13,
    8.586_062_056_277_845e-15,
    -2.174_868_698_558_062e-16,
    5.509_002_828_360_229_5e-18,
    -1.395_446_468_581_252_2e-19,
    3.534_707_039_629_467e-21,
];

/// `scipy.special.zeta(s, q)`: +inf at s = 1 and at the poles q = 0, -1,
/// -2, …; NaN for s < 1, and for q < 0 unless s is an integer.
pub fn hurwitz_zeta(s: f64, q: f64) -> f64 {
    // SciPy's order of tests: a pole in q wins over a NaN s.
    if s < 1.0 {
        return f64::NAN;
    }
    if s == 1.0 {
        return f64::INFINITY;
    }
    if q.is_nan() {
        return q;
    }
    if q <= 0.0 && q == q.floor() {
        return f64::INFINITY;
    }
    if s.is_nan() || (q < 0.0 && s != s.floor()) {
        return f64::NAN;
    }
    if s == f64::INFINITY {
        return limit_at_infinite_s(q);
    }
    // Sum the first terms directly until the Euler–Maclaurin remainder is
    // small: its terms shrink like ((s + 2j) / (2π w))² per step.
    // The direct terms are summed with Neumaier's compensation: for q < 0
    // terms of both signs cancel (exactly, in pairs, for half-integer q).
    let shift_to = 10.0f64.max(0.5 * s);
    let mut sum = CompensatedSum::default();
    let mut w = q;
    while w < shift_to {
        let term = w.powf(-s);
        sum.add(term);
        w += 1.0;
        if w > 0.0 && term.abs() <= f64::EPSILON * 1e-3 * sum.value().abs() {
            return sum.value();
        }
    }
    sum.add(euler_maclaurin_tail(s, 1.0 - s, w));
    sum.value()
}

/// `scipy.special.zeta(x)`: the Riemann zeta function ζ(x) for real x,
/// +inf at x = 1, 0 at the negative even integers, NaN at -inf.
pub fn riemann_zeta(x: f64) -> f64 {
    if x.is_nan() || x == f64::NEG_INFINITY {
        return f64::NAN;
    }
    if x >= 1.0 {
        return hurwitz_zeta(x, 1.0);
    }
    if x >= 0.0 {
        return laurent_about_pole(x);
    }
    reflected(x)
}

/// `scipy.special.zetac(x)`: ζ(x) - 1, accurate where ζ(x) is close to 1
/// (large x, through Σ_{k≥2} k^(-x)).
pub fn zetac(x: f64) -> f64 {
    if x == f64::INFINITY {
        return 0.0;
    }
    if x > 1.0 {
        return hurwitz_zeta(x, 2.0);
    }
    riemann_zeta(x) - 1.0
}

/// (-1)^n γ_n / n! for n = 0..=16, γ_n the Stieltjes constants (mpmath's
/// `stieltjes`): ζ(s) = 1/(s - 1) + Σ_n these · (s - 1)^n, an entire regular
/// part whose terms fall below 1e-19 for |s - 1| ≤ 1.
#[allow(clippy::excessive_precision)]
const STIELTJES_TERMS: [f64; 17] = [
    0.5772156649015329,
    0.07281584548367673,
    -0.00484518159643616,
    -0.00034230573671722433,
    9.689041939447084e-05,
    -6.6110318108421895e-06,
    -3.316240908752772e-07,
    1.0462094584479188e-07,
    -8.733218100273798e-09,
    9.47827778276236e-11,
    5.658421927608708e-11,
    -6.768689863513697e-12,
    3.4921159366720317e-13,
    4.4104247417577536e-15,
    -2.3997862217709992e-15,
    2.1677312200726828e-16,
    -9.544466076366965e-18,
];

/// ζ(s) for 0 ≤ s < 1 from its Laurent series about the pole: no partial
/// sum to cancel against the pole term (the Euler–Maclaurin sum does, by a
/// factor of 20 near s = 0).
fn laurent_about_pole(s: f64) -> f64 {
    let t = s - 1.0;
    let regular = STIELTJES_TERMS
        .iter()
        .rev()
        .fold(0.0, |acc, &c| acc * t + c);
    1.0 / t + regular
}

/// ζ(s) for s < 0 by the functional equation ζ(s) = 2 (2π)^(-y) Γ(y)
/// sin(πs/2) ζ(y), y = 1 - s; past Γ's range (2π)^(-y) Γ(y) is formed as
/// [Γ(y/2) π^(-y/2)]·[Γ((y+1)/2) π^(-y/2)] / (2√π) (Legendre duplication).
fn reflected(s: f64) -> f64 {
    let sine = sin_pi(0.5 * s);
    if sine == 0.0 {
        return 0.0;
    }
    let y = 1.0 - s;
    if y > 400.0 {
        // (2π)^(-y) Γ(y) > e^1258 here: ζ(s) overflows.
        return f64::INFINITY.copysign(sine);
    }
    let scaled_gamma = if y <= 170.0 {
        gamma(y) * exp_neg_product(y, LN_2PI)
    } else {
        let half = exp_neg_product(0.5 * y, LN_PI);
        (gamma(0.5 * y) * half) * (gamma(0.5 * (y + 1.0)) * half) / (2.0 * PI.sqrt())
    };
    2.0 * scaled_gamma * sine * zeta_of_one_minus(s)
}

/// ln(2π) and ln(π) as double-doubles (hi, lo), from mpmath.
const LN_2PI: (f64, f64) = (1.837_877_066_409_345_6, -7.756_588_316_134_483e-17);
const LN_PI: (f64, f64) = (1.144_729_885_849_400_2, 1.026_595_116_270_782_6e-17);

/// e^(-y·L) for a double-double L = (hi, lo): y·hi is split exactly so the
/// rounding of L (or of a base like 2π) is not raised to the power y.
fn exp_neg_product(y: f64, (hi, lo): (f64, f64)) -> f64 {
    let p = y * hi;
    let p_err = y.mul_add(hi, -p);
    (-p).exp() * (1.0 - (p_err + y * lo))
}

/// ζ(1 - s) for s < 0 with s itself exact: for 1 - s < 10 the terms
/// k^(s-1) and the Euler–Maclaurin tail are written in s, so the rounding of
/// 1 - s (large relative to the pole's distance -s) does not enter.
fn zeta_of_one_minus(s: f64) -> f64 {
    let y = 1.0 - s;
    if y >= 10.0 {
        return hurwitz_zeta(y, 1.0);
    }
    let mut sum = CompensatedSum::default();
    for k in 1..10 {
        let k = k as f64;
        sum.add(k.powf(s) / k);
    }
    sum.add(euler_maclaurin_tail(y, s, 10.0));
    sum.value()
}

/// ζ(∞, q) as SciPy gives it: 1 at q = 1, +inf below, 0 above 1e8 (its
/// asymptotic branch) and NaN for 1 < q ≤ 1e8 (the limit there is 0).
fn limit_at_infinite_s(q: f64) -> f64 {
    if q > 1e8 {
        0.0
    } else if q > 1.0 {
        f64::NAN
    } else if q == 1.0 {
        1.0
    } else {
        f64::INFINITY
    }
}

/// Σ_{k≥0} (w + k)^(-s) for w ≥ 10 by Euler–Maclaurin: the integral, half
/// the first term, and the Bernoulli corrections until they drop below
/// rounding. `one_minus_s` is 1 - s, given separately where s itself is
/// a rounded 1 - x and 1 - s must be x exactly.
fn euler_maclaurin_tail(s: f64, one_minus_s: f64, w: f64) -> f64 {
    // w^(1-s) directly: w^(-s) may underflow where the sum does not.
    let w_1s = w.powf(one_minus_s);
    let w_s = w_1s / w;
    let mut sum = w_1s / -one_minus_s + 0.5 * w_s;
    // factor_j = s (s+1) ... (s+2j-2) · w^(-s-2j+1)
    let mut factor = s * w_s / w;
    for (j, &c) in EM_COEFFICIENTS.iter().enumerate() {
        let term = c * factor;
        sum += term;
        if term.abs() <= f64::EPSILON * 1e-2 * sum.abs() {
            break;
        }
        let j = j as f64 + 1.0;
        factor *= (s + 2.0 * j - 1.0) * (s + 2.0 * j) / (w * w);
    }
    sum
}

/// [ζ(s₀, q), -ζ(s₀ + 1, q), ζ(s₀ + 2, q), …] (N terms, alternating signs):
/// the coefficients of the Taylor series of ψ and of ln Γ(1 + a).
pub(super) fn alternating_zeta_values<const N: usize>(s0: f64, q: f64) -> [f64; N] {
    std::array::from_fn(|i| {
        let sign = if i % 2 == 0 { 1.0 } else { -1.0 };
        sign * hurwitz_zeta(s0 + i as f64, q)
    })
}
