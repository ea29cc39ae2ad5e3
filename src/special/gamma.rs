//! The gamma function and its logarithm: `gamma`, `gammaln`, `loggamma`
//! (real), `gammasgn`, `rgamma`, with SciPy's values at the poles.

use super::double_double::DoubleDouble;
use super::libm;

/// `scipy.special.gamma`: Γ(x); +inf at +0, -inf at -0, NaN at the
/// negative integers and -inf.
pub fn gamma(x: f64) -> f64 {
    libm::tgamma(x)
}

/// `scipy.special.gammaln`: log|Γ(x)|; +inf at the poles, -inf at -inf
/// (SciPy's value there).
pub fn gammaln(x: f64) -> f64 {
    if x == f64::NEG_INFINITY {
        return x;
    }
    if (STIRLING_LN_GAMMA_FROM..f64::INFINITY).contains(&x) {
        return stirling_ln_gamma(x);
    }
    libm::lgamma(x)
}

/// From here on `gammaln` sums Stirling's series in double-double (the
/// system lgamma is up to an ulp off there, e.g. at 1e4).
const STIRLING_LN_GAMMA_FROM: f64 = 1e3;

/// ln(2π)/2 as a double-double (hi, lo).
const HALF_LN_2PI: (f64, f64) = (0.918_938_533_204_672_8, -3.878_294_158_067_241_4e-17);

/// ln Γ(x) = (x - ½) ln x - x + ln(2π)/2 + Stirling's correction, the
/// large terms in double-double so that their cancellation costs nothing
/// (x ≥ 1e3, where x - ½ is exact).
fn stirling_ln_gamma(x: f64) -> f64 {
    let s = DoubleDouble::ln(x)
        .mul(x - 0.5)
        .add(-x)
        .add(HALF_LN_2PI.0)
        .add(HALF_LN_2PI.1 + ln_stirling_correction(x));
    s.hi + s.lo
}

/// `scipy.special.loggamma` for real x: log Γ(x) for x ≥ 0 (+inf at 0),
/// NaN for x < 0 (where Γ changes sign; SciPy's complex branch is not real).
pub fn loggamma(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    libm::lgamma(x)
}

/// `scipy.special.gammasgn`: the sign of Γ(x) (±1 at ±0; NaN at the
/// negative integers, -inf and NaN).
pub fn gammasgn(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x == 0.0 {
        return 1f64.copysign(x);
    }
    if x > 0.0 {
        return 1.0;
    }
    let floor = x.floor();
    if floor == x {
        return f64::NAN;
    }
    // Γ is negative on (-1, 0), positive on (-2, -1), and so on; below
    // -2^53 every double is an integer, so `floor` fits an i64 here.
    if (floor as i64) % 2 == 0 {
        1.0
    } else {
        -1.0
    }
}

/// `scipy.special.rgamma`: 1/Γ(x), 0 at the poles (signed at ±0) and at
/// -inf; through exp(-log|Γ|) where Γ itself leaves the double range.
pub fn rgamma(x: f64) -> f64 {
    if x.is_nan() || x == 0.0 {
        return x;
    }
    if x == f64::NEG_INFINITY || (x < 0.0 && x == x.floor()) {
        return 0.0;
    }
    let g = libm::tgamma(x);
    if g.is_finite() && g.abs() >= f64::MIN_POSITIVE {
        1.0 / g
    } else {
        gammasgn(x) * (-libm::lgamma(x)).exp()
    }
}

/// The coefficients B_2k/(2k(2k-1)) of Stirling's series, k = 1..6.
pub(super) const STIRLING_COEFFICIENTS: [f64; 6] = [
    1.0 / 12.0,
    -1.0 / 360.0,
    1.0 / 1260.0,
    -1.0 / 1680.0,
    1.0 / 1188.0,
    -691.0 / 360360.0,
];

/// ln Γ(x) - ((x - ½) ln x - x + ln(2π)/2) = Σ B_{2k}/(2k(2k-1) x^(2k-1))
/// for x ≥ 10 (six terms: the seventh is below 1e-19); 0 at x = inf.
pub(super) fn ln_stirling_correction(x: f64) -> f64 {
    if x.is_infinite() {
        return 0.0;
    }
    let inv2 = 1.0 / (x * x);
    STIRLING_COEFFICIENTS
        .iter()
        .rev()
        .fold(0.0, |acc, &c| acc * inv2 + c)
        / x
}
