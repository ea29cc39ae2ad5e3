//! Families with power-law tails: `cauchy`, `pareto`, `lomax`, `genpareto`,
//! `burr12`.

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::fit::{
    check_fit_input, fit_data_error, generic_fit, nextafter, or_else_py, percentile, FitMethod,
    FitRequest, Fitted,
};
use super::super::integrate::continuous_moment_by_ppf;
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::exponential::np_sign;
use crate::error::Result;
use crate::optimize::{root_scalar, RootScalarOptions};
use crate::special::beta::beta;
use crate::special::combinatorics::comb;
use crate::special::elementary::{expm1, log1p, xlog1py, xlogy};
use crate::special::gamma::gamma;
use crate::special::logsumexp::pairwise_sum;

/// `cauchy`: no shape parameters.
pub static CAUCHY: Family =
    Family::continuous("cauchy", c"", |_| Some(Model::Continuous(Box::new(Cauchy))))
        .with_fitstart(cauchy_fitstart);

/// `cauchy._fitstart`: the median and half the interquartile range.
fn cauchy_fitstart(_family: &'static Family, data: &[f64]) -> Vec<f64> {
    let [p25, p50, p75] = [25.0, 50.0, 75.0].map(|q| percentile(data, q));
    vec![p50, (p75 - p25) / 2.0]
}

/// `pareto`: tail index b > 0.
pub static PARETO: Family = Family::continuous("pareto", c"b", |s| {
    let b = s[0];
    (b > 0.0).then(|| Model::Continuous(Box::new(Pareto { b })))
})
.with_fit(pareto_fit);

/// `pareto.fit` (MLE): with loc and scale free, the scale is the root
/// (Brent's method, on a bracket grown from the scale guess or 1) of the
/// Lagrange condition for loc + scale = min(data), the shape its closed
/// form unless fixed (the generic fit if the root finder fails); otherwise
/// closed forms. MM goes generic.
fn pareto_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    Some(pareto_mle(req))
}

/// The shape's likelihood equation solved, n / Σ log((x − loc)/scale).
fn pareto_shape(data: &[f64], scale: f64, loc: f64) -> f64 {
    let logs: Vec<f64> = data.iter().map(|v| ((v - loc) / scale).ln()).collect();
    data.len() as f64 / pairwise_sum(&logs)
}

/// ∂log L/∂loc − ∂log L/∂scale with loc = min(data) − scale and the shape
/// fixed or profiled out.
fn pareto_scale_equation(data: &[f64], fshape: Option<f64>, lowest: f64, scale: f64) -> f64 {
    let loc = lowest - scale;
    let b = or_else_py(fshape, || pareto_shape(data, scale, loc));
    let inv: Vec<f64> = data.iter().map(|v| 1.0 / (v - loc)).collect();
    (b + 1.0) * pairwise_sum(&inv) - data.len() as f64 * b / scale
}

/// The work of [`pareto_fit`].
fn pareto_mle(req: &FitRequest) -> Result<Fitted> {
    check_fit_input(req)?;
    let data = req.data;
    let fshape = req.fixed_shapes[0];
    let lowest = data.iter().copied().fold(f64::INFINITY, f64::min);
    if let Some(floc) = req.floc {
        if lowest - floc < or_else_py(req.fscale, || 0.0) {
            return Err(fit_data_error("pareto", "1", "inf"));
        }
    }
    let fitted = |b: f64, loc: f64, scale: f64| Fitted {
        shapes: vec![b],
        loc,
        scale,
    };
    let loc = match (req.floc, req.fscale) {
        (None, None) => return pareto_free_loc_scale(req, lowest),
        (None, Some(fscale)) => lowest - fscale,
        (Some(floc), _) => floc,
    };
    let scale = or_else_py(req.fscale, || lowest - loc);
    let b = or_else_py(fshape, || pareto_shape(data, scale, loc));
    Ok(fitted(b, loc, scale))
}

/// [`pareto_mle`] with loc and scale both free.
fn pareto_free_loc_scale(req: &FitRequest, lowest: f64) -> Result<Fitted> {
    let data = req.data;
    let fshape = req.fixed_shapes[0];
    let mut fun = |scale: f64| Ok(pareto_scale_equation(data, fshape, lowest, scale));
    let start = req.guess_scale.unwrap_or(1.0);
    let (mut lbrack, mut rbrack) = (start / 2.0, start * 2.0);
    while np_sign(fun(lbrack)?) == np_sign(fun(rbrack)?) && (lbrack > 0.0 || rbrack < f64::INFINITY)
    {
        lbrack /= 2.0;
        rbrack *= 2.0;
    }
    let options = RootScalarOptions {
        bracket: Some([lbrack, rbrack]),
        ..Default::default()
    };
    let res = root_scalar(&mut fun, None, None, &options)?;
    if !res.converged {
        let without_shape_guess = FitRequest {
            guess_shapes: vec![None],
            ..req.clone()
        };
        return generic_fit(&PARETO, &without_shape_guess);
    }
    let mut scale = res.root;
    let loc = lowest - scale;
    let b = or_else_py(fshape, || pareto_shape(data, scale, loc));
    if (scale + loc).partial_cmp(&lowest) != Some(std::cmp::Ordering::Less) {
        let width = lowest - loc;
        scale = nextafter(width, 0.0);
    }
    Ok(Fitted {
        shapes: vec![b],
        loc,
        scale,
    })
}

/// `lomax`: tail index c > 0.
pub static LOMAX: Family = Family::continuous("lomax", c"c", |s| {
    let c = s[0];
    (c > 0.0).then(|| Model::Continuous(Box::new(Lomax { c })))
});

/// `genpareto`: any finite shape c.
pub static GENPARETO: Family = Family::continuous("genpareto", c"c", |s| {
    let c = s[0];
    c.is_finite()
        .then(|| Model::Continuous(Box::new(Genpareto { c })))
});

/// `burr12`: shapes c > 0, d > 0.
pub static BURR12: Family = Family::continuous("burr12", c"c, d", |s| {
    let (c, d) = (s[0], s[1]);
    (c > 0.0 && d > 0.0).then(|| Model::Continuous(Box::new(Burr12 { c, d })))
});

/// The standard Cauchy distribution.
struct Cauchy;

/// The Cauchy quantile for p (complement: for 1 - p) the way Boost forms
/// it: p reduced to (-1/2, 1/2] and -1/tan(πp), which keeps both tails
/// accurate.
fn cauchy_quantile(p: f64, complement: bool) -> f64 {
    let mut p = p - p.floor();
    if p > 0.5 {
        p -= 1.0;
    }
    if p == 0.5 {
        return 0.0;
    }
    let result = -1.0 / (PI * p).tan();
    if complement {
        -result
    } else {
        result
    }
}

impl Continuous for Cauchy {
    fn pdf(&self, x: f64) -> f64 {
        1.0 / PI / (1.0 + x * x)
    }
    fn logpdf(&self, x: f64) -> f64 {
        let absx = x.abs();
        let log_pi = PI.ln();
        if absx < 1.0 {
            -log_pi - log1p(absx * absx)
        } else {
            let inv = 1.0 / absx;
            -log_pi - (2.0 * absx.ln() + log1p(inv * inv))
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        1f64.atan2(-x) / PI
    }
    fn sf(&self, x: f64) -> f64 {
        1f64.atan2(x) / PI
    }
    fn ppf(&self, q: f64) -> f64 {
        cauchy_quantile(q, false)
    }
    fn isf(&self, q: f64) -> f64 {
        cauchy_quantile(q, true)
    }
    fn stats(&self) -> Moments {
        Moments::all(f64::NAN, f64::NAN, f64::NAN, f64::NAN)
    }
    fn entropy(&self) -> f64 {
        (4.0 * PI).ln()
    }
}

/// The Pareto distribution on [1, ∞), sf x^-b.
struct Pareto {
    b: f64,
}

impl Pareto {
    /// Mean, variance, skewness and excess kurtosis (infinite or NaN where
    /// they do not exist), as `pareto._stats` forms them.
    fn moments(b: f64) -> Moments {
        let mean = if b > 1.0 {
            b / (b - 1.0)
        } else {
            f64::INFINITY
        };
        let var = if b > 2.0 {
            b / (b - 2.0) / ((b - 1.0) * (b - 1.0))
        } else {
            f64::INFINITY
        };
        let skew = if b > 3.0 {
            2.0 * (b + 1.0) * (b - 2.0).sqrt() / ((b - 3.0) * b.sqrt())
        } else {
            f64::NAN
        };
        let kurtosis = if b > 4.0 {
            let num = ((b + 1.0) * b - 6.0) * b - 2.0;
            let den = ((b - 7.0) * b + 12.0) * b;
            6.0 * num / den
        } else {
            f64::NAN
        };
        Moments::all(mean, var, skew, kurtosis)
    }
}

impl Continuous for Pareto {
    fn support(&self) -> (f64, f64) {
        (1.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.b * x.powf(-self.b - 1.0)
    }
    fn cdf(&self, x: f64) -> f64 {
        1.0 - x.powf(-self.b)
    }
    fn ppf(&self, q: f64) -> f64 {
        (1.0 - q).powf(-1.0 / self.b)
    }
    fn sf(&self, x: f64) -> f64 {
        x.powf(-self.b)
    }
    fn isf(&self, q: f64) -> f64 {
        q.powf(-1.0 / self.b)
    }
    fn stats(&self) -> Moments {
        Pareto::moments(self.b)
    }
    fn stats_has_moments(&self) -> bool {
        true
    }
    /// SciPy's generic quadrature of ppf(q)^n, except that E[X^n] is
    /// infinite for n ≥ b, where that quadrature diverges (SciPy returns
    /// whatever rounding leaves, e.g. 5.9e23 for b = 0.5, n = 2).
    fn munp(&self, n: u32) -> f64 {
        if f64::from(n) >= self.b {
            return f64::INFINITY;
        }
        continuous_moment_by_ppf(self, n)
    }
    fn entropy(&self) -> f64 {
        1.0 + 1.0 / self.b - self.b.ln()
    }
}

/// The Lomax (Pareto II) distribution on [0, ∞), sf (1 + x)^-c.
struct Lomax {
    c: f64,
}

impl Continuous for Lomax {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.c * 1.0 / (1.0 + x).powf(self.c + 1.0)
    }
    fn logpdf(&self, x: f64) -> f64 {
        self.c.ln() - (self.c + 1.0) * log1p(x)
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(-self.c * log1p(x))
    }
    fn sf(&self, x: f64) -> f64 {
        (-self.c * log1p(x)).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        -self.c * log1p(x)
    }
    fn ppf(&self, q: f64) -> f64 {
        expm1(-log1p(-q) / self.c)
    }
    fn isf(&self, q: f64) -> f64 {
        q.powf(-1.0 / self.c) - 1.0
    }
    /// Pareto's moments shifted by -1 (`pareto.stats(c, loc=-1)`).
    fn stats(&self) -> Moments {
        let m = Pareto::moments(self.c);
        Moments {
            mean: m.mean.map(|mu| mu - 1.0),
            ..m
        }
    }
    fn entropy(&self) -> f64 {
        1.0 + 1.0 / self.c - self.c.ln()
    }
}

/// Below this |λ| the Box-Cox transforms are the λ = 0 ones.
const BOXCOX_LAMBDA_ZERO: f64 = 1e-19;
/// Above this λ·log x, exp(λ·log x) overflows: the Box-Cox transforms
/// divide by λ inside the exponential.
const BOXCOX_EXP_MAX: f64 = 709.78;

/// SciPy's `boxcox(x, λ)`: (x^λ - 1)/λ as expm1(λ log x)/λ.
fn boxcox(x: f64, lmbda: f64) -> f64 {
    boxcox_of_log(x.ln(), lmbda)
}

/// SciPy's `boxcox1p(x, λ)`: ((1 + x)^λ - 1)/λ, through log1p.
fn boxcox1p(x: f64, lmbda: f64) -> f64 {
    let lgx = log1p(x);
    if lgx.abs() < 1e-289 && lmbda.abs() < 1e273 {
        return lgx;
    }
    boxcox_of_log(lgx, lmbda)
}

/// The Box-Cox transform of e^lg: expm1(λ lg)/λ, log-shifted past overflow.
fn boxcox_of_log(lg: f64, lmbda: f64) -> f64 {
    if lmbda.abs() < BOXCOX_LAMBDA_ZERO {
        lg
    } else if lmbda * lg < BOXCOX_EXP_MAX {
        expm1(lmbda * lg) / lmbda
    } else {
        1f64.copysign(lmbda) * (lmbda * lg - lmbda.abs().ln()).exp() - 1.0 / lmbda
    }
}

/// Past this λy, 1 + λy overflows in the inverse Box-Cox transforms.
const INV_BOXCOX_MAX: f64 = 1.79e308;

/// log(1 + λy)/λ, the logarithm of SciPy's `inv_boxcox(y, λ)` (λ ≠ 0).
fn inv_boxcox_log(y: f64, lmbda: f64) -> f64 {
    if lmbda * y < INV_BOXCOX_MAX {
        log1p(lmbda * y) / lmbda
    } else {
        ((1f64.copysign(lmbda) * (y + 1.0 / lmbda)).ln() + lmbda.abs().ln()) / lmbda
    }
}

/// SciPy's `inv_boxcox(y, λ)`: (1 + λy)^(1/λ), e^y at λ = 0.
fn inv_boxcox(y: f64, lmbda: f64) -> f64 {
    if lmbda == 0.0 {
        y.exp()
    } else {
        inv_boxcox_log(y, lmbda).exp()
    }
}

/// SciPy's `inv_boxcox1p(y, λ)`: (1 + λy)^(1/λ) - 1, expm1(y) at λ = 0.
fn inv_boxcox1p(y: f64, lmbda: f64) -> f64 {
    if lmbda == 0.0 {
        expm1(y)
    } else if (lmbda * y).abs() < 1e-154 {
        y
    } else {
        expm1(inv_boxcox_log(y, lmbda))
    }
}

/// The generalised Pareto distribution, sf (1 + cx)^(-1/c) (exponential
/// at c = 0); support [0, -1/c] for c < 0.
struct Genpareto {
    c: f64,
}

impl Continuous for Genpareto {
    fn support(&self) -> (f64, f64) {
        let b = if self.c < 0.0 {
            -1.0 / self.c
        } else {
            f64::INFINITY
        };
        (0.0, b)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let c = self.c;
        if c != 0.0 {
            -xlog1py(c + 1.0, c * x) / c
        } else {
            -x
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        -inv_boxcox1p(-x, -self.c)
    }
    fn sf(&self, x: f64) -> f64 {
        inv_boxcox(-x, -self.c)
    }
    fn logsf(&self, x: f64) -> f64 {
        let c = self.c;
        if c != 0.0 {
            -log1p(c * x) / c
        } else {
            -x
        }
    }
    fn ppf(&self, q: f64) -> f64 {
        -boxcox1p(-q, -self.c)
    }
    fn isf(&self, q: f64) -> f64 {
        -boxcox(q, -self.c)
    }
    fn stats(&self) -> Moments {
        let xi = self.c;
        let mean = if xi < 1.0 {
            1.0 / (1.0 - xi)
        } else {
            f64::INFINITY
        };
        let var = if xi < 0.5 {
            1.0 / ((1.0 - xi) * (1.0 - xi)) / (1.0 - 2.0 * xi)
        } else {
            f64::NAN
        };
        let skew = if xi < 1.0 / 3.0 {
            2.0 * (1.0 + xi) * (1.0 - 2.0 * xi).sqrt() / (1.0 - 3.0 * xi)
        } else {
            f64::NAN
        };
        let kurtosis = if xi < 0.25 {
            3.0 * (1.0 - 2.0 * xi) * (2.0 * (xi * xi) + xi + 3.0)
                / (1.0 - 3.0 * xi)
                / (1.0 - 4.0 * xi)
                - 3.0
        } else {
            f64::NAN
        };
        Moments::all(mean, var, skew, kurtosis)
    }
    fn stats_has_moments(&self) -> bool {
        true
    }
    fn munp(&self, n: u32) -> f64 {
        let c = self.c;
        let nf = f64::from(n);
        if c == 0.0 {
            return gamma(nf + 1.0);
        }
        let mut val = 0.0;
        for k in 0..=n {
            let kf = f64::from(k);
            let sign = if k % 2 == 1 { -1.0 } else { 1.0 };
            val += comb(nf, kf, false) * sign / (1.0 - c * kf);
        }
        if c * nf < 1.0 {
            val * (-1.0 / c).powf(nf)
        } else {
            f64::INFINITY
        }
    }
    fn entropy(&self) -> f64 {
        1.0 + self.c
    }
}

/// The Burr type XII distribution on [0, ∞), sf (1 + x^c)^-d.
struct Burr12 {
    c: f64,
    d: f64,
}

impl Continuous for Burr12 {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let (c, d) = (self.c, self.d);
        c.ln() + d.ln() + xlogy(c - 1.0, x) + xlog1py(-d - 1.0, x.powf(c))
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(self.logsf(x))
    }
    fn logcdf(&self, x: f64) -> f64 {
        log1p(-(1.0 + x.powf(self.c)).powf(-self.d))
    }
    fn sf(&self, x: f64) -> f64 {
        self.logsf(x).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        xlog1py(-self.d, x.powf(self.c))
    }
    fn ppf(&self, q: f64) -> f64 {
        expm1(-1.0 / self.d * log1p(-q)).powf(1.0 / self.c)
    }
    fn isf(&self, p: f64) -> f64 {
        expm1(-1.0 / self.d * p.ln()).powf(1.0 / self.c)
    }
    fn munp(&self, n: u32) -> f64 {
        let (c, d) = (self.c, self.d);
        let nf = f64::from(n);
        if c * d > nf {
            let nc = 1.0 * nf / c;
            d * beta(1.0 + nc, d - nc)
        } else {
            f64::NAN
        }
    }
}
