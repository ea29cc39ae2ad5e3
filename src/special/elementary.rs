//! Elementary functions as `scipy.special` has them: `log1p`, `expm1`,
//! `xlogy`, `xlog1py`, `boxcox`, `inv_boxcox`, `exprel`, `cosm1`, `powm1`,
//! `exp2`, `exp10`, `cbrt`, `round`.

use super::double_double::DoubleDouble;

/// `scipy.special.log1p`: log(1 + x), accurate for small x.
pub fn log1p(x: f64) -> f64 {
    x.ln_1p()
}

/// `scipy.special.expm1`: exp(x) - 1, accurate for small x.
pub fn expm1(x: f64) -> f64 {
    x.exp_m1()
}

/// `scipy.special.xlogy`: x·log(y), 0 when x = 0 and y is not NaN.
pub fn xlogy(x: f64, y: f64) -> f64 {
    if x == 0.0 && !y.is_nan() {
        0.0
    } else {
        x * y.ln()
    }
}

/// `scipy.special.xlog1py`: x·log1p(y), 0 when x = 0 and y is not NaN.
pub fn xlog1py(x: f64, y: f64) -> f64 {
    if x == 0.0 && !y.is_nan() {
        0.0
    } else {
        x * y.ln_1p()
    }
}

/// Below this |λ| SciPy's Box-Cox transforms are the λ = 0 ones.
const BOXCOX_LAMBDA_ZERO: f64 = 1e-19;

/// `scipy.special.boxcox`: (x^λ - 1)/λ, log(x) for |λ| < 1e-19. Through
/// expm1(λ·log x) while |λ·log x| ≤ 1, else through x^λ itself (the rounding
/// of λ·log x would be amplified by its size; x^λ - 1 does not cancel there).
pub fn boxcox(x: f64, lmbda: f64) -> f64 {
    if lmbda.abs() < BOXCOX_LAMBDA_ZERO {
        return x.ln();
    }
    let t = lmbda * x.ln();
    if t.abs() <= 1.0 || !t.is_finite() {
        t.exp_m1() / lmbda
    } else {
        (x.powf(lmbda) - 1.0) / lmbda
    }
}

/// `scipy.special.inv_boxcox`: (1 + λy)^(1/λ), exp(y) for λ = 0.
pub fn inv_boxcox(y: f64, lmbda: f64) -> f64 {
    if lmbda == 0.0 {
        y.exp()
    } else {
        ((lmbda * y).ln_1p() / lmbda).exp()
    }
}

/// `scipy.special.exprel(x)`: (e^x - 1)/x, 1 at x = 0; finite up to
/// x ≈ 716 (e^x/x, formed as exp(x - ln x) in double-double, where SciPy's
/// expm1(x)/x overflows from 709.8), inf above, 0 at -inf.
pub fn exprel(x: f64) -> f64 {
    if x == 0.0 {
        return 1.0;
    }
    if x == f64::INFINITY {
        return x;
    }
    if x < 709.0 {
        return x.exp_m1() / x;
    }
    // e^x/x - 1/x, the second term below rounding
    DoubleDouble::from(x).sub_dd(DoubleDouble::ln(x)).exp()
}

/// `scipy.special.cosm1(x)`: cos x - 1, as -2 sin²(x/2) (no cancellation
/// near any multiple of 2π); NaN at ±inf.
pub fn cosm1(x: f64) -> f64 {
    let s = (0.5 * x).sin();
    -2.0 * s * s
}

/// `scipy.special.powm1(x, y)`: x^y - 1, as expm1(y ln x) where
/// |y ln x| < 1/2 (pow would cancel there). 0 for y = 0 or x = 1 (even if
/// the other is NaN); for x < 0 only integer y (NaN otherwise, ±inf
/// included), through |x|^y and its sign.
pub fn powm1(x: f64, y: f64) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 0.0;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x < 0.0 {
        if !y.is_finite() || y != y.trunc() {
            return f64::NAN;
        }
        let odd = (0.5 * y).trunc() != 0.5 * y;
        return if odd {
            -(-x).powf(y) - 1.0
        } else {
            powm1(-x, y)
        };
    }
    let t = y * x.ln();
    if t.abs() < 0.5 {
        t.exp_m1()
    } else {
        x.powf(y) - 1.0
    }
}

/// `scipy.special.exp2(x)`: 2^x.
pub fn exp2(x: f64) -> f64 {
    x.exp2()
}

/// `scipy.special.exp10(x)`: 10^x (by the C library's pow, below 1 ulp).
pub fn exp10(x: f64) -> f64 {
    10f64.powf(x)
}

/// `scipy.special.cbrt(x)`: the real cube root.
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

/// `scipy.special.round(x)`: the nearest integer, halves to even.
pub fn round(x: f64) -> f64 {
    x.round_ties_even()
}
