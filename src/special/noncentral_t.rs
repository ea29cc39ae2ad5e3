//! The noncentral t distribution with `v` degrees of freedom and
//! noncentrality `delta` (Boost.Math's algorithms, which SciPy's `nctdtr`,
//! `nctdtrit` and private `_nct_*` ufuncs call): the distribution function
//! as Φ(-δ) plus half a sum of two noncentral-beta-like Poisson mixtures in
//! x = t²/(v + t²) (the smaller tail summed, reflected for t < 0), the
//! density by two 1F1 series (or the mixture form when their terms peak
//! late), the quantile by bracketing from a normal guess and TOMS 748, and
//! the closed-form moments.

use std::f64::consts::{PI, SQRT_2};

use super::bracket_solve::{bracket_and_solve, eps_tolerance, MAX_ROOT_ITERATIONS};
use super::distribution::stdtr;
use super::error_function::erfcinv;
use super::gamma::gamma;
use super::incomplete_beta::ln_gamma_shift;
use super::noncentral_beta::{
    ibeta_with_density, noncentral_beta_p, noncentral_beta_pdf, noncentral_beta_q, poisson_weight,
};
use super::normal::ndtr;
use super::pochhammer::poch;

/// Series iteration limit (Boost's default `max_series_iterations`).
const MAX_SERIES: u64 = 1_000_000;

/// Γ(z)/Γ(z + d) (Boost's `tgamma_delta_ratio`): the gammas themselves
/// while they are finite; beyond, for d = ±1/2 (the only steps used here),
/// exp(∓(ln Γ(z + 1/2) - ln Γ(z))) by Stirling differences, accurate to a
/// few ulp where exp(lnΓ - lnΓ) would lose ~ln Γ(z)·eps.
pub(crate) fn gamma_delta_ratio(z: f64, d: f64) -> f64 {
    if z > 0.0 && z.max(z + d) < 170.0 {
        gamma(z) / gamma(z + d)
    } else if z > 1.0 && d == 0.5 {
        (-ln_gamma_shift(z, 0.5)).exp()
    } else if z > 1.0 && d == -0.5 {
        ln_gamma_shift(z - 0.5, 0.5).exp()
    } else {
        1.0 / poch(z, d)
    }
}

/// The Poisson-like weight of the odd mixture:
/// e^(-d2) d2^k / Γ(k + 3/2) · δ/√2.
fn odd_weight(k: i64, d2: f64, delta: f64) -> f64 {
    poisson_weight(k as f64, d2) * gamma_delta_ratio(k as f64 + 1.0, 0.5) * delta / SQRT_2
}

/// `init` plus the odd mixture's lower tail (Boost's `non_central_t2_p`).
fn t2_p(v: f64, delta: f64, x: f64, y: f64, init: f64) -> f64 {
    let errtol = f64::EPSILON;
    let d2 = delta * delta / 2.0;
    let mut k = (d2.trunc() as i64).max(1);
    let mut pois = odd_weight(k, d2, delta);
    if pois == 0.0 {
        return init;
    }
    let (mut beta, mut xterm) = ibeta_with_density(k as f64 + 1.0, v / 2.0, x, y, false);
    while (beta * pois).abs() < f64::MIN_POSITIVE {
        if k == 0 || pois == 0.0 {
            return init;
        }
        k /= 2;
        pois = odd_weight(k, d2, delta);
        (beta, xterm) = ibeta_with_density(k as f64 + 1.0, v / 2.0, x, y, false);
    }
    xterm *= y / (v / 2.0 + k as f64);
    let (mut poisf, mut betaf, mut xtermf) = (pois, beta, xterm);
    let mut sum = init;
    if xterm == 0.0 && beta == 0.0 {
        return init;
    }
    let mut count = 0u64;
    let mut last = 0.0f64;
    let mut i = k;
    while i >= 0 {
        let term = beta * pois;
        sum += term;
        if (last.abs() > term.abs() && (term / sum).abs() < errtol) || (v == 2.0 && i == 0) {
            break;
        }
        last = term;
        let fi = i as f64;
        pois *= (fi + 0.5) / d2;
        beta += xterm;
        xterm *= fi / (x * (v / 2.0 + fi - 1.0));
        count += 1;
        i -= 1;
    }
    last = 0.0;
    let mut i = k + 1;
    loop {
        let fi = i as f64;
        poisf *= d2 / (fi + 0.5);
        xtermf *= (x * (v / 2.0 + fi - 1.0)) / fi;
        betaf -= xtermf;
        let term = poisf * betaf;
        sum += term;
        if last.abs() >= term.abs() && (term / sum).abs() < errtol {
            break;
        }
        last = term;
        count += 1;
        if count > MAX_SERIES {
            return f64::NAN;
        }
        i += 1;
    }
    sum
}

/// `init` plus the odd mixture's upper tail (Boost's `non_central_t2_q`),
/// forwards and backwards from the mode at once.
fn t2_q(v: f64, delta: f64, x: f64, y: f64, init: f64) -> f64 {
    let errtol = f64::EPSILON;
    let d2 = delta * delta / 2.0;
    let k = (d2.trunc() as i64).max(1);
    let small = k < 170 && d2 < LOG_MAX && d2.ln() * (k as f64) < LOG_MAX;
    let mut pois = if small {
        (-d2).exp() * d2.powf(k as f64) / gamma(k as f64 + 1.5) * delta / SQRT_2
    } else {
        odd_weight(k, d2, delta)
    };
    if pois == 0.0 {
        return init;
    }
    let (mut beta, mut xterm) = ibeta_with_density(k as f64 + 1.0, v / 2.0, x, y, true);
    xterm *= y / (v / 2.0 + k as f64);
    let (mut poisf, mut betaf, mut xtermf) = (pois, beta, xterm);
    let mut sum = init;
    if xterm == 0.0 && beta == 0.0 {
        return init;
    }
    let mut count = 0u64;
    let mut last = 0.0f64;
    let (mut i, mut j) = (k + 1, k);
    loop {
        let fi = i as f64;
        poisf *= d2 / (fi + 0.5);
        xtermf *= (x * (v / 2.0 + fi - 1.0)) / fi;
        betaf += xtermf;
        let mut term = poisf * betaf;
        if j >= 0 {
            let fj = j as f64;
            term += beta * pois;
            pois *= (fj + 0.5) / d2;
            beta -= xterm;
            if !(v == 2.0 && j == 0) {
                xterm *= fj / (x * (v / 2.0 + fj - 1.0));
            }
        }
        sum += term;
        if last.abs() > term.abs() && (term / sum).abs() < errtol {
            break;
        }
        last = term;
        if count > MAX_SERIES {
            return f64::NAN;
        }
        count += 1;
        i += 1;
        j -= 1;
    }
    sum
}

/// ln of the largest double.
const LOG_MAX: f64 = 709.782712893384;

/// P(T ≤ t), or P(T > t) when `invert` (Boost's `non_central_t_cdf`).
fn cdf_detail(v: f64, delta: f64, t: f64, invert: bool) -> f64 {
    if v.is_infinite() {
        return ndtr(t - delta);
    }
    let (mut t, mut delta, mut invert) = (t, delta, invert);
    if t < 0.0 {
        t = -t;
        delta = -delta;
        invert = !invert;
    }
    if (delta / (4.0 * v)).abs() < f64::EPSILON {
        let r = stdtr(v, t - delta);
        return if invert { 1.0 - r } else { r };
    }
    let x = t * t / (v + t * t);
    let y = v / (v + t * t);
    let d2 = delta * delta;
    let (a, b) = (0.5, v / 2.0);
    let c = a + b + d2 / 2.0;
    let cross = 1.0 - (b / c) * (1.0 + d2 / (2.0 * c * c));
    let mut result;
    if x < cross {
        result = if x != 0.0 {
            let r = noncentral_beta_p(a, b, d2, x, y, 0.0);
            t2_p(v, delta, x, y, r) / 2.0
        } else {
            0.0
        };
        if invert {
            result = ndtr(delta) - result;
            invert = false;
        } else {
            result += ndtr(-delta);
        }
    } else {
        invert = !invert;
        result = if x != 0.0 {
            let r = noncentral_beta_q(a, b, d2, x, y, 0.0);
            t2_q(v, delta, x, y, r) / 2.0
        } else {
            ndtr(delta)
        };
    }
    if invert {
        result = 1.0 - result;
    }
    result
}

/// The noncentral t distribution function P(T ≤ t) (Student's t at
/// δ = 0), or its complement when `upper`; NaN outside v > 0 or for NaN.
pub fn nct_cdf(v: f64, delta: f64, t: f64, upper: bool) -> f64 {
    if v.is_nan() || delta.is_nan() || t.is_nan() || v <= 0.0 || (delta * delta).is_infinite() {
        return f64::NAN;
    }
    if t.is_infinite() {
        return if (t > 0.0) != upper { 1.0 } else { 0.0 };
    }
    if delta == 0.0 {
        return if upper { stdtr(v, -t) } else { stdtr(v, t) };
    }
    cdf_detail(v, delta, t, upper)
}

/// ₁F₁(a; b; z) by its power series (z ≥ 0 small enough that the terms
/// peak early).
fn hyp1f1_series(a: f64, b: f64, z: f64) -> f64 {
    let (mut term, mut sum) = (1.0, 1.0);
    let mut k = 0.0;
    loop {
        term *= (a + k) / (b + k) * z / (k + 1.0);
        sum += term;
        k += 1.0;
        if term.abs() <= f64::EPSILON * sum.abs() || k > 1e6 {
            return sum;
        }
    }
}

/// The density by the two ₁F₁ series (Boost's
/// `non_central_t_pdf_hypergeometric`); `None` when more than half the
/// digits cancel.
fn pdf_hypergeometric(x: f64, v: f64, mu: f64) -> Option<f64> {
    let z = mu * mu * x * x / (2.0 * (x * x + v));
    let mut av = hyp1f1_series((v + 1.0) / 2.0, 0.5, z);
    let mut bv = hyp1f1_series(v / 2.0 + 1.0, 1.5, z);
    bv *= gamma_delta_ratio(v / 2.0 + 1.0, -0.5);
    bv *= SQRT_2 * mu * x / (x * x + v).sqrt();
    let tolerance = f64::EPSILON.sqrt() * av * 4.0;
    av += bv;
    if av < tolerance {
        return None;
    }
    av *= (-mu * mu / 2.0).exp()
        * (1.0 + x * x / v).powf(-(v + 1.0) / 2.0)
        * gamma_delta_ratio(v / 2.0 + 0.5, -0.5);
    av /= v.sqrt() * PI.sqrt();
    Some(av)
}

/// The odd mixture of beta densities (Boost's `non_central_t2_pdf`) added
/// to `init`.
fn t2_pdf(n: f64, delta: f64, x: f64, y: f64, init: f64) -> f64 {
    let errtol = f64::EPSILON;
    let d2 = delta * delta / 2.0;
    let mut k = (d2.trunc() as i64).max(1);
    let beta_density = |k: i64| {
        if x < y {
            super::beta_density::beta_pdf(x, k as f64 + 1.0, n / 2.0)
        } else {
            super::beta_density::beta_pdf(y, n / 2.0, k as f64 + 1.0)
        }
    };
    let mut pois = odd_weight(k, d2, delta);
    let mut xterm = beta_density(k);
    while (xterm * pois).abs() < f64::MIN_POSITIVE {
        if k == 0 {
            return init;
        }
        k /= 2;
        pois = odd_weight(k, d2, delta);
        xterm = beta_density(k);
    }
    let (mut poisf, mut xtermf) = (pois, xterm);
    let mut sum = init;
    let mut count = 0u64;
    let mut old_ratio = 1.0;
    let mut i = k;
    while i >= 0 {
        let term = xterm * pois;
        sum += term;
        let ratio = (term / sum).abs();
        if (ratio < errtol && i != k && ratio < old_ratio) || term == 0.0 {
            break;
        }
        old_ratio = ratio;
        let fi = i as f64;
        pois *= (fi + 0.5) / d2;
        xterm *= fi / (x * (n / 2.0 + fi));
        count += 1;
        if count > MAX_SERIES {
            return f64::NAN;
        }
        i -= 1;
    }
    old_ratio = 0.0;
    let mut i = k + 1;
    loop {
        let fi = i as f64;
        poisf *= d2 / (fi + 0.5);
        xtermf *= (x * (n / 2.0 + fi)) / fi;
        let term = poisf * xtermf;
        sum += term;
        let ratio = (term / sum).abs();
        if (ratio < errtol && ratio < old_ratio) || term == 0.0 {
            break;
        }
        count += 1;
        old_ratio = ratio;
        if count > MAX_SERIES {
            return f64::NAN;
        }
        i += 1;
    }
    sum
}

/// The density by direct integration (Boost's `non_central_t_pdf_integral`,
/// the fallback where the series cancel): the integral over y > 0 of
/// y^v exp(-(y - μt/√(t² + v))²/2), here by Gauss-Legendre panels.
fn pdf_integral(x: f64, v: f64, mu: f64) -> f64 {
    let shift = mu * x / (x * x + v).sqrt();
    let integrand = |y: f64| -> f64 {
        if y <= 0.0 {
            return 0.0;
        }
        (y.ln() * v - (y - shift) * (y - shift) / 2.0).exp()
    };
    // the integrand peaks at (shift + √(shift² + 4v))/2 with width ~1
    let peak = (shift + (shift * shift + 4.0 * v).sqrt()) / 2.0;
    let hi = peak + 40.0 + 10.0 * v.sqrt();
    let nodes = crate::quadrature::gauss_legendre_01(64);
    let panels = 64;
    let width = hi / panels as f64;
    let mut total = 0.0;
    for p in 0..panels {
        let start = p as f64 * width;
        total += nodes
            .iter()
            .map(|&(t, w)| w * integrand(start + t * width))
            .sum::<f64>()
            * width;
    }
    let mut integral = v.powf(v / 2.0) * (-v * mu * mu / (2.0 * (x * x + v))).exp();
    if integral != 0.0 {
        integral *= total;
    }
    integral
        / (PI.sqrt()
            * gamma(v / 2.0)
            * 2f64.powf((v - 1.0) / 2.0)
            * (x * x + v).powf((v + 1.0) / 2.0))
}

/// The noncentral t density at finite t (Boost's `non_central_t_pdf`):
/// the normal one for v = ∞, a closed form at t ≈ 0, Student's t shifted
/// by δ for tiny δ/v, the ₁F₁ series when their terms peak before 40,
/// the beta-density mixtures otherwise, direct integration where either
/// cancels.
pub fn nct_pdf(v: f64, delta: f64, t: f64) -> f64 {
    if v.is_nan() || delta.is_nan() || !t.is_finite() || v <= 0.0 {
        return f64::NAN;
    }
    if v.is_infinite() {
        let z = t - delta;
        return (-z * z / 2.0).exp() / (2.0 * PI).sqrt();
    }
    if t * t < f64::EPSILON {
        return gamma_delta_ratio(v / 2.0 + 0.5, 0.5)
            * (v / PI).sqrt()
            * (-delta * delta / 2.0).exp()
            / 2.0;
    }
    if (delta / (4.0 * v)).abs() < f64::EPSILON {
        return student_pdf(v, t - delta);
    }
    let a = (v + 1.0) / 2.0;
    let z = delta * delta * t * t / (2.0 * (t * t + v));
    let summit = ((z * (4.0 * a + z)).sqrt() + z) / 2.0;
    if summit < 40.0 {
        return pdf_hypergeometric(t, v, delta).unwrap_or_else(|| pdf_integral(t, v, delta));
    }
    let (mut t, mut delta) = (t, delta);
    if t < 0.0 {
        t = -t;
        delta = -delta;
    }
    let x = t * t / (v + t * t);
    let y = v / (v + t * t);
    let d2 = delta * delta;
    let dt = v * t / (v * v + 2.0 * v * t * t + t * t * t * t);
    let mut result = noncentral_beta_pdf(0.5, v / 2.0, d2, x, y);
    let tol = f64::EPSILON.sqrt() * result;
    result = t2_pdf(v, delta, x, y, result);
    result *= dt;
    if result <= tol {
        if delta < 0.0 {
            delta = -delta;
            t = -t;
        }
        result = pdf_integral(t, v, delta);
    }
    result
}

/// Student's t density (Boost's form).
fn student_pdf(v: f64, t: f64) -> f64 {
    let basem1 = t * t / v;
    let r = if basem1 < 0.125 {
        (-basem1.ln_1p() * (1.0 + v) / 2.0).exp()
    } else {
        (1.0 / (1.0 + basem1)).powf((v + 1.0) / 2.0)
    };
    r / (v.sqrt() * super::beta::beta(v / 2.0, 0.5))
}

/// The noncentral t quantile (Boost's `non_central_t_quantile`): t with
/// P(T ≤ t) = p (or P(T > t) = q = 1 - p, whichever of p, q is smaller),
/// from the normal guess (mean, variance used as the deviation, as
/// Boost's is) or ±1, bracketing by factors of 2 and TOMS 748 to 50 bits.
/// `strict`: NaN when the search exhausts its budget (SciPy's `nctdtrit`,
/// whose policy throws); otherwise the last midpoint (the `_nct_isf` policy).
pub fn nct_quantile(v: f64, delta: f64, p: f64, q: f64, strict: bool) -> f64 {
    if v.is_nan() || delta.is_nan() || p.is_nan() || v <= 0.0 || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if v.is_infinite() || v > 1.0 / f64::EPSILON {
        return if p < q {
            -erfcinv(2.0 * p) * SQRT_2 + delta
        } else {
            erfcinv(2.0 * q) * SQRT_2 + delta
        };
    }
    let mut guess = 0.0;
    if v > 3.0 {
        let mean = delta * (v / 2.0).sqrt() * gamma_delta_ratio((v - 1.0) * 0.5, 0.5);
        let var = ((delta * delta + 1.0) * v) / (v - 2.0) - mean * mean;
        guess = if p < q {
            -erfcinv(2.0 * p) * var * SQRT_2 + mean
        } else {
            erfcinv(2.0 * q) * var * SQRT_2 + mean
        };
    }
    let pzero = nct_cdf(v, delta, 0.0, p >= q);
    let s = if p < q { p - pzero } else { pzero - q };
    let s = if s > 0.0 {
        1.0
    } else if s < 0.0 {
        -1.0
    } else {
        0.0
    };
    let gs = if guess > 0.0 {
        1.0
    } else if guess < 0.0 {
        -1.0
    } else {
        0.0
    };
    if s != gs {
        guess = s;
    }
    let comp = p >= q;
    let target = if p < q { p } else { q };
    if target == 0.0 {
        // the range ends are ±max_value: an overflow
        return if comp == (p == 0.0) {
            f64::INFINITY
        } else {
            f64::NEG_INFINITY
        };
    }
    let mut f = |x: f64| {
        if comp {
            target - nct_cdf(v, delta, x, true)
        } else {
            nct_cdf(v, delta, x, false) - target
        }
    };
    match bracket_and_solve(&mut f, guess, 2.0, true, eps_tolerance(50)) {
        Some(r) if r.iterations < MAX_ROOT_ITERATIONS || !strict => r.midpoint(),
        _ => f64::NAN,
    }
}

/// E(T) (Boost's `mean`; NaN for v ≤ 1).
pub fn nct_mean(v: f64, delta: f64) -> f64 {
    if v.is_nan() || v <= 1.0 || delta.is_nan() {
        return f64::NAN;
    }
    if v.is_infinite() || v > 1.0 / f64::EPSILON {
        return delta;
    }
    delta * (v / 2.0).sqrt() * gamma_delta_ratio((v - 1.0) * 0.5, 0.5)
}

/// Var(T) (NaN for v ≤ 2).
pub fn nct_variance(v: f64, delta: f64) -> f64 {
    if v.is_nan() || v <= 2.0 || delta.is_nan() {
        return f64::NAN;
    }
    if v.is_infinite() {
        return 1.0;
    }
    if delta == 0.0 {
        return v / (v - 2.0);
    }
    let m = nct_mean(v, delta);
    ((delta * delta + 1.0) * v) / (v - 2.0) - m * m
}

/// The skewness (NaN for v ≤ 3).
pub fn nct_skewness(v: f64, delta: f64) -> f64 {
    if v.is_nan() || v <= 3.0 || delta.is_nan() {
        return f64::NAN;
    }
    if v.is_infinite() || delta == 0.0 {
        return 0.0;
    }
    let mean = nct_mean(v, delta);
    let l2 = delta * delta;
    let var = ((l2 + 1.0) * v) / (v - 2.0) - mean * mean;
    let mut result = -2.0 * var;
    result += v * (l2 + 2.0 * v - 3.0) / ((v - 3.0) * (v - 2.0));
    result *= mean;
    result / var.powf(1.5)
}

/// The excess kurtosis (NaN for v ≤ 4; Boost's 1 for v = ∞ or δ = 0).
pub fn nct_kurtosis_excess(v: f64, delta: f64) -> f64 {
    if v.is_nan() || v <= 4.0 || delta.is_nan() {
        return f64::NAN;
    }
    if v.is_infinite() || delta == 0.0 {
        return 1.0;
    }
    let mean = nct_mean(v, delta);
    let l2 = delta * delta;
    let var = ((l2 + 1.0) * v) / (v - 2.0) - mean * mean;
    let mut result = -3.0 * var;
    result += v * (l2 * (v + 1.0) + 3.0 * (3.0 * v - 5.0)) / ((v - 3.0) * (v - 2.0));
    result *= -mean * mean;
    result += v * v * (l2 * l2 + 6.0 * l2 + 3.0) / ((v - 4.0) * (v - 2.0));
    result /= var * var;
    result - 3.0
}
