//! The error function family: `erf`, `erfc` (the C library's), `erfcx`
//! (scaled complement), `erfinv`, `erfcinv`.

use super::libm;
use super::normal::ndtri;
use std::f64::consts::{FRAC_1_SQRT_2, FRAC_2_SQRT_PI, PI};

/// √π / 2.
const SQRT_PI_OVER_2: f64 = 0.886_226_925_452_758;

/// From here on `erfcx` uses its asymptotic series (erfc would soon leave
/// the normal range, and the series needs only a dozen terms).
const ERFCX_SERIES_FROM: f64 = 25.0;

/// Below this `erfcx(x)` overflows (2·exp(x²) > f64::MAX).
const ERFCX_OVERFLOW_BELOW: f64 = -26.7;

/// `scipy.special.erf`.
pub fn erf(x: f64) -> f64 {
    libm::erf(x)
}

/// `scipy.special.erfc`: 1 - erf(x) without cancellation.
pub fn erfc(x: f64) -> f64 {
    libm::erfc(x)
}

/// `scipy.special.erfcx`: exp(x²)·erfc(x), finite up to x = f64::MAX and
/// +inf below about -26.64.
pub fn erfcx(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 0.0 {
        if x < ERFCX_OVERFLOW_BELOW {
            return f64::INFINITY;
        }
        return 2.0 * exp_square(x) - erfcx(-x);
    }
    erfcx_from_erfc(x, libm::erfc(x))
}

/// `erfcx(x)` for x ≥ 0 given `e = erfc(x)` (used below x = 25).
pub(super) fn erfcx_from_erfc(x: f64, e: f64) -> f64 {
    if x < ERFCX_SERIES_FROM {
        exp_square(x) * e
    } else {
        erfcx_series(x)
    }
}

/// exp(x²) with the rounding error of x² compensated (x² = h + l exactly),
/// so the relative error stays a few ulps even where x² is near 700.
fn exp_square(x: f64) -> f64 {
    let h = x * x;
    let l = x.mul_add(x, -h);
    let e = h.exp();
    if e.is_infinite() {
        return e;
    }
    e + e * l
}

/// The asymptotic series erfcx(x) = 1/(x√π) Σ (-1)^k (2k-1)!! / (2x²)^k,
/// accurate to rounding for x ≥ 25 with 12 terms (the 12th is below 1e-30).
fn erfcx_series(x: f64) -> f64 {
    let u = (0.5 / x) / x;
    let mut sum = 1.0;
    for k in (1..=12).rev() {
        sum = 1.0 - (2 * k - 1) as f64 * u * sum;
    }
    (0.5 * FRAC_2_SQRT_PI / x) * sum
}

/// `scipy.special.erfinv` on [-1, 1] (±inf at ±1, NaN outside).
pub fn erfinv(y: f64) -> f64 {
    if y.is_nan() || y.abs() > 1.0 {
        return f64::NAN;
    }
    let a = y.abs();
    if a == 1.0 {
        return f64::INFINITY.copysign(y);
    }
    if a > 0.5 {
        // 1 - |y| is exact here (Sterbenz).
        return erfcinv_tail(1.0 - a).copysign(y);
    }
    erfinv_central(y)
}

/// erfinv for |y| ≤ 0.5: the series for tiny |y|, else the normal quantile
/// as a first guess polished by Newton steps on erf.
fn erfinv_central(y: f64) -> f64 {
    if y.abs() < 1e-9 {
        return SQRT_PI_OVER_2 * y * (1.0 + PI / 12.0 * y * y);
    }
    let mut x = ndtri(0.5 + 0.5 * y) * FRAC_1_SQRT_2;
    for _ in 0..2 {
        x -= (libm::erf(x) - y) / (FRAC_2_SQRT_PI * (-x * x).exp());
    }
    x
}

/// `scipy.special.erfcinv` on [0, 2] (+inf at 0, -inf at 2, NaN outside).
pub fn erfcinv(z: f64) -> f64 {
    if z.is_nan() || !(0.0..=2.0).contains(&z) {
        return f64::NAN;
    }
    if z == 0.0 {
        return f64::INFINITY;
    }
    if z == 2.0 {
        return f64::NEG_INFINITY;
    }
    if z > 1.0 {
        // 2 - z is exact for z in [1, 2].
        return -erfcinv(2.0 - z);
    }
    if z >= 0.5 {
        // 1 - z is exact for z in [0.5, 1].
        return erfinv_central(1.0 - z);
    }
    erfcinv_tail(z)
}

/// erfcinv for 0 < z < 0.5: a first guess from the normal quantile (or its
/// asymptote where z/2 underflows), then Newton steps on
/// log erfc(x) = log erfcx(x) - x², which stay in range down to the
/// smallest subnormal z.
fn erfcinv_tail(z: f64) -> f64 {
    let mut x = if z > 1e-300 {
        -ndtri(0.5 * z) * FRAC_1_SQRT_2
    } else {
        let t = -z.ln();
        (t - 0.5 * (PI * t).ln()).sqrt()
    };
    let log_z = z.ln();
    for _ in 0..8 {
        let h = x * x;
        let l = x.mul_add(x, -h);
        let scaled = erfcx(x);
        let step = ((scaled.ln() - h - l) - log_z) * SQRT_PI_OVER_2 * scaled;
        x += step;
        if step.abs() <= 1e-17 * x {
            break;
        }
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erfcx_branches_meet() {
        // Both sides of the series switch and of the sign split agree.
        let below = exp_square(ERFCX_SERIES_FROM) * libm::erfc(ERFCX_SERIES_FROM);
        let series = erfcx_series(ERFCX_SERIES_FROM);
        assert!((below - series).abs() <= 4.0 * f64::EPSILON * series);
        assert_eq!(erfcx(0.0), 1.0);
        assert_eq!(erfcx(f64::INFINITY), 0.0);
        assert_eq!(erfcx(-30.0), f64::INFINITY);
    }

    #[test]
    fn inverses_round_trip() {
        for &y in &[1e-300, 1e-12, 0.3, 0.5, 0.75, 0.999_999, 1.0 - 1e-15] {
            let x = erfinv(y);
            assert!(
                (libm::erf(x) - y).abs() <= 2.0 * f64::EPSILON * y,
                "erfinv({y})"
            );
            assert_eq!(erfinv(-y), -x);
        }
        for &z in &[1e-300, 1e-20, 0.01, 0.4, 0.5, 1.0, 1.7] {
            let x = erfcinv(z);
            let back = libm::erfc(x);
            assert!(
                (back - z).abs() <= 1e-13 * z,
                "erfcinv({z}) = {x}, erfc = {back}"
            );
        }
    }
}
