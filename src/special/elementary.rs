//! Elementary functions as `scipy.special` has them: `log1p`, `expm1`,
//! `xlogy`, `xlog1py`, `boxcox`, `inv_boxcox`.

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
