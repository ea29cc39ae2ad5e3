//! The limiting distribution of the two-sided Kolmogorov–Smirnov statistic
//! √n·Dₙ: `scipy.special.kolmogorov(y)` (its survival function) and
//! `kolmogi(p)` (its inverse). Two series: for y ≤ 0.82 Jacobi's theta form
//! of the CDF, K(y) = (√(2π)/y) Σ_{k≥1} exp(-(2k-1)²π²/(8y²)), and above it
//! the alternating series of the SF, 2 Σ_{k≥1} (-1)^(k-1) exp(-2k²y²). The
//! exponents are formed in double-double, so e^(-2y²) keeps its digits
//! for large y.

use super::double_double::DoubleDouble;

/// Below this y the theta series (CDF), above it the alternating series (SF).
const CUTOVER: f64 = 0.82;

/// Below this y, K(y) < e^(-1300): 0 in doubles (and π²/(8y²) may overflow).
const NEGLIGIBLE_CDF: f64 = 0.03;

/// π²/8 as a double-double (hi, lo), from mpmath.
const PI2_OVER_8: DoubleDouble = DoubleDouble {
    hi: 1.233_700_550_136_169_7,
    lo: 7.831_619_385_924_639e-17,
};

/// √(2π).
const SQRT_2PI: f64 = 2.506_628_274_631_000_7;

/// The CDF, SF and density of the Kolmogorov distribution at one point.
struct Probabilities {
    cdf: f64,
    sf: f64,
    pdf: f64,
}

/// `scipy.special.kolmogorov(y)`: P(K > y), the complementary CDF of the
/// Kolmogorov distribution; 1 for y ≤ 0, 0 at +inf.
pub fn kolmogorov(y: f64) -> f64 {
    if y.is_nan() {
        return y;
    }
    probabilities(y).sf
}

/// `scipy.special.kolmogi(p)`: the y ≥ 0 with kolmogorov(y) = p; 0 at
/// p = 1, +inf at p = 0, NaN outside [0, 1].
pub fn kolmogi(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 1.0 {
        return 0.0;
    }
    if p == 0.0 {
        return f64::INFINITY;
    }
    if p <= 0.5 {
        solve_sf(p)
    } else {
        solve_cdf((1.0 - p).ln()) // exact: p > 1/2
    }
}

/// The private `scipy.special._kolmogc(y)`: P(K ≤ y), the CDF (0 for
/// y ≤ 0, 1 at +inf).
pub fn kolmogc(y: f64) -> f64 {
    if y.is_nan() {
        return y;
    }
    probabilities(y).cdf
}

/// The private `scipy.special._kolmogp(y)`: the derivative of
/// `kolmogorov`, minus the density (0 for y ≤ 0).
pub fn kolmogp(y: f64) -> f64 {
    if y.is_nan() {
        return y;
    }
    if y <= 0.0 {
        return -0.0;
    }
    -probabilities(y).pdf
}

/// The private `scipy.special._kolmogci(q)`: the y ≥ 0 with
/// kolmogc(y) = q; 0 at q = 0, +inf at q = 1, NaN outside [0, 1].
pub fn kolmogci(q: f64) -> f64 {
    if q.is_nan() || !(0.0..=1.0).contains(&q) {
        return f64::NAN;
    }
    if q == 0.0 {
        return 0.0;
    }
    if q == 1.0 {
        return f64::INFINITY;
    }
    if q <= 0.5 {
        solve_cdf(q.ln())
    } else {
        solve_sf(1.0 - q) // exact: q > 1/2
    }
}

/// The y with SF(y) = p for 0 < p ≤ 1/2, by Newton's method on ln SF.
fn solve_sf(p: f64) -> f64 {
    // SF ≈ 2e^(-2y²) starts it.
    let start = (-0.5 * (0.5 * p).ln()).sqrt();
    newton_on_log(start, p.ln(), |y| {
        let pr = probabilities(y);
        (pr.sf.ln(), -pr.pdf / pr.sf)
    })
}

/// The y with ln CDF(y) = log_q (CDF ≤ 1/2), by Newton's method on ln CDF.
fn solve_cdf(log_q: f64) -> f64 {
    // CDF ≈ (√(2π)/y) e^(-π²/(8y²)) starts it.
    let mut y = 0.5;
    for _ in 0..3 {
        y = (PI2_OVER_8.hi / ((SQRT_2PI / y).ln() - log_q)).sqrt();
    }
    newton_on_log(y, log_q, |y| {
        let pr = probabilities(y);
        (pr.cdf.ln(), pr.pdf / pr.cdf)
    })
}

/// The y with f(y).0 = target by Newton's method, f giving (value, slope);
/// the iterate stays positive (halving toward 0 rather than crossing it).
fn newton_on_log(mut y: f64, target: f64, f: impl Fn(f64) -> (f64, f64)) -> f64 {
    for _ in 0..60 {
        let (value, slope) = f(y);
        let step = (value - target) / slope;
        if !step.is_finite() {
            break;
        }
        let next = if y - step <= 0.0 { 0.5 * y } else { y - step };
        let done = (next - y).abs() <= 2.0 * f64::EPSILON * next;
        y = next;
        if done {
            break;
        }
    }
    y
}

/// CDF, SF and density at y (not NaN).
fn probabilities(y: f64) -> Probabilities {
    if y <= NEGLIGIBLE_CDF {
        return Probabilities {
            cdf: 0.0,
            sf: 1.0,
            pdf: 0.0,
        };
    }
    if y == f64::INFINITY {
        return Probabilities {
            cdf: 1.0,
            sf: 0.0,
            pdf: 0.0,
        };
    }
    if y <= CUTOVER {
        theta_series(y)
    } else {
        alternating_series(y)
    }
}

/// K(y) = (√(2π)/y) u (1 + u⁸ + u²⁴ + u⁴⁸), u = e^(-π²/(8y²)); for y ≤ 0.82,
/// u⁸ ≤ 4e-7 so the fourth term is below rounding. The density is
/// (√(2π)/y) Σ u^((2k-1)²) ((2k-1)²π²/(4y³) - 1/y).
fn theta_series(y: f64) -> Probabilities {
    let t = PI2_OVER_8.div(y).div(y); // π²/(8y²)
    let scale = SQRT_2PI / y;
    let u = negated(t).exp();
    if u == 0.0 {
        // K(y) = e^(ln(√(2π)/y) - t), below the smallest double or nearly.
        let cdf = (scale.ln() - t.hi).exp();
        return Probabilities {
            cdf,
            sf: 1.0 - cdf,
            pdf: cdf * 2.0 * t.hi / y,
        };
    }
    let u8 = negated(t.mul(8.0)).exp();
    let u24 = u8 * u8 * u8;
    let u48 = u24 * u24;
    let sum = 1.0 + u8 + u24 + u48;
    let cdf = scale * u * sum;
    // Σ (2k-1)² u^((2k-1)²-1) over the same terms.
    let weighted = 1.0 + 9.0 * u8 + 25.0 * u24 + 49.0 * u48;
    let pdf = scale * u * (2.0 * t.hi / y * weighted - sum / y);
    Probabilities {
        cdf,
        sf: 1.0 - cdf,
        pdf,
    }
}

/// SF(y) = 2(v - v⁴ + v⁹ - v¹⁶ + v²⁵ - v³⁶), v = e^(-2y²), for y > 0.82
/// (v < 0.27: the next term is below 1e-27); density 8y Σ (-1)^(k-1) k² v^(k²).
fn alternating_series(y: f64) -> Probabilities {
    let v = negated(DoubleDouble::product(y, y).mul(2.0)).exp();
    let mut sf_sum = 0.0;
    let mut pdf_sum = 0.0;
    for k in (1..=6).rev() {
        let k2 = (k * k) as f64;
        let sign = if k % 2 == 1 { 1.0 } else { -1.0 };
        let power = if k == 1 { v } else { v.powi(k * k) };
        sf_sum += sign * power;
        pdf_sum += sign * k2 * power;
    }
    let sf = 2.0 * sf_sum;
    Probabilities {
        cdf: 1.0 - sf,
        sf,
        pdf: 8.0 * y * pdf_sum,
    }
}

/// -x.
fn negated(x: DoubleDouble) -> DoubleDouble {
    x.mul(-1.0)
}
