//! `rv_continuous.fit`: maximum likelihood ("MLE", SciPy's penalised
//! negative log-likelihood minimised by `optimize.fmin`) and the method of
//! moments ("MM"), with fixed shape parameters, fixed loc / scale, SciPy's
//! starting guesses (`_fitstart`, `_fit_loc_scale_support`) and the
//! closed-form overrides some families define.

use super::continuous::Continuous;
use super::{Distribution, Family, Model};
use crate::error::{Error, ErrorKind, Result};
use crate::optimize::nelder_mead::{nelder_mead, NelderMeadOptions};
use crate::special::logsumexp::pairwise_sum;

/// SciPy's `method` argument of `fit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitMethod {
    /// Maximum likelihood ("MLE", the default).
    Mle,
    /// Method of moments ("MM").
    Mm,
}

/// What to fit: the data, the method, the fixed parameters (SciPy's `f0`…,
/// `floc`, `fscale`) and the starting guesses (SciPy's positional shapes and
/// `loc=` / `scale=` keywords); `None` = free / SciPy's own guess.
#[derive(Debug, Clone)]
pub struct FitRequest<'a> {
    /// The sample (finite values).
    pub data: &'a [f64],
    /// MLE or MM.
    pub method: FitMethod,
    /// A fixed value per shape parameter, or `None`.
    pub fixed_shapes: Vec<Option<f64>>,
    /// Fixed location.
    pub floc: Option<f64>,
    /// Fixed scale.
    pub fscale: Option<f64>,
    /// A starting value per shape parameter, or `None`.
    pub guess_shapes: Vec<Option<f64>>,
    /// Starting location.
    pub guess_loc: Option<f64>,
    /// Starting scale.
    pub guess_scale: Option<f64>,
}

/// The estimates: shapes in SciPy's order, then loc and scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    /// Shape parameters.
    pub shapes: Vec<f64>,
    /// Location.
    pub loc: f64,
    /// Scale.
    pub scale: f64,
}

/// A family's own `fit` (closed forms): `None` defers to the generic fit
/// (SciPy's `super().fit(...)`).
pub type FitOverride = fn(&FitRequest) -> Option<Result<Fitted>>;

/// A family's `_fitstart`: starting shapes, loc and scale from the data.
pub type FitStart = fn(&'static Family, &[f64]) -> Vec<f64>;

/// `log(np.finfo(float).max)`, SciPy's `_LOGXMAX`.
const LOG_MAX: f64 = 709.782712893384;

/// SciPy's `FitError` text for estimates outside the parameter space.
const OUTSIDE_RANGE: &str =
    "Optimization converged to parameters that are outside the range allowed by the distribution.";

/// `ErrorKind::FitFailed` with `message` (SciPy's FitError).
pub fn fit_error(message: &str) -> Error {
    Error::new(ErrorKind::FitFailed, message)
}

/// `dist.fit(data, ...)` for a continuous family.
///
/// Errors: `InvalidArgument` for a discrete family, empty data, wrong
/// lengths of the fixed/guess vectors, non-finite data ("The data contains
/// non-finite values."), everything fixed ("All parameters fixed. There is
/// nothing to optimize."), a non-finite moment in MM; `FitFailed` when the
/// optimum is outside the parameter space (SciPy's FitError text).
///
/// A family's own fit is called with finite data, except when every
/// parameter is fixed: then it sees the data as given, so that it can raise
/// SciPy's "All parameters fixed" error before the generic non-finite check
/// (SciPy's overrides check in that order, `rv_continuous.fit` in the
/// other); if it defers, the non-finite error follows.
pub fn fit(family: &'static Family, req: &FitRequest) -> Result<Fitted> {
    check_request(family, req)?;
    let finite = req.data.iter().all(|v| v.is_finite());
    if let Some(own) = family.fit {
        if finite || everything_fixed(req) {
            if let Some(result) = own(req) {
                return result;
            }
        }
    }
    generic_fit(family, req)
}

fn check_request(family: &Family, req: &FitRequest) -> Result<()> {
    if family.discrete {
        return Err(Error::invalid(format!(
            "{} is a discrete distribution: fit is available for continuous distributions only",
            family.name
        )));
    }
    let n = family.shape_count();
    if req.fixed_shapes.len() != n || req.guess_shapes.len() != n {
        return Err(Error::invalid(format!(
            "{} has {n} shape parameters; got {} fixed and {} starting values",
            family.name,
            req.fixed_shapes.len(),
            req.guess_shapes.len()
        )));
    }
    if req.data.is_empty() {
        return Err(Error::invalid("data must not be empty"));
    }
    Ok(())
}

/// The error SciPy raises when every parameter is fixed.
pub fn all_fixed() -> Error {
    Error::invalid("All parameters fixed. There is nothing to optimize.")
}

/// Whether every parameter (shapes, loc, scale) is fixed.
pub fn everything_fixed(req: &FitRequest) -> bool {
    req.fixed_shapes.iter().all(Option::is_some) && req.floc.is_some() && req.fscale.is_some()
}

/// SciPy's `_check_fit_input_parameters` as far as `fit` leaves it to an
/// override: the "All parameters fixed" error when nothing is free (the
/// non-finite check that follows it is `fit`'s).
pub fn check_fit_input(req: &FitRequest) -> Result<()> {
    if everything_fixed(req) {
        return Err(all_fixed());
    }
    Ok(())
}

/// SciPy's `FitDataError(distr, lower, upper)` (a ValueError), with the
/// bounds already in Python's `repr`.
pub fn fit_data_error(name: &str, lower: &str, upper: &str) -> Error {
    Error::invalid(format!(
        "Invalid values in `data`.  Maximum likelihood estimation with '{name}' requires that {lower} < (x - loc)/scale  < {upper} for each x in `data`."
    ))
}

/// SciPy's `FitSolverError(mesg)` (a FitError).
pub fn fit_solver_error(message: &str) -> Error {
    fit_error(&format!(
        "Solver for the MLE equations failed to converge: {}",
        message.replace('\n', "")
    ))
}

/// Python's `value or fallback()` for an optional fixed value: a fixed 0.0
/// is falsy and gives way to the fallback.
pub fn or_else_py(value: Option<f64>, fallback: impl FnOnce() -> f64) -> f64 {
    match value {
        Some(v) if v != 0.0 => v,
        _ => fallback(),
    }
}

/// `nnlf(theta, x)`: −Σ logpdf + n·log(scale), inf for invalid parameters
/// or any point outside `_support_mask`.
pub fn nnlf(family: &Family, theta: &[f64], data: &[f64]) -> f64 {
    let (shapes, loc_scale) = theta.split_at(theta.len() - 2);
    let (loc, scale) = (loc_scale[0], loc_scale[1]);
    let Some(d) = member(family, shapes) else {
        return f64::INFINITY;
    };
    if scale.is_nan() || scale <= 0.0 {
        return f64::INFINITY;
    }
    let mut terms = Vec::with_capacity(data.len());
    for &v in data {
        let x = (v - loc) / scale;
        if !d.in_support(x) {
            return f64::INFINITY;
        }
        terms.push(d.logpdf(x));
    }
    -pairwise_sum(&terms) + data.len() as f64 * scale.ln()
}

/// SciPy's generic `rv_continuous.fit` (what a family's override reaches
/// through `super().fit(...)`).
pub fn generic_fit(family: &'static Family, req: &FitRequest) -> Result<Fitted> {
    if req.data.iter().any(|v| !v.is_finite()) {
        return Err(Error::invalid("The data contains non-finite values."));
    }
    let n = family.shape_count();
    let all_guessed = req.guess_shapes.iter().all(Option::is_some)
        && req.guess_loc.is_some()
        && req.guess_scale.is_some();
    let start = if all_guessed {
        vec![f64::NAN; n + 2]
    } else {
        fit_start(family, req.data)
    };
    let mut theta: Vec<f64> = (0..n)
        .map(|i| req.guess_shapes[i].unwrap_or(start[i]))
        .collect();
    theta.push(req.guess_loc.unwrap_or(start[n]));
    theta.push(req.guess_scale.unwrap_or(start[n + 1]));
    let fixed: Vec<Option<f64>> = req
        .fixed_shapes
        .iter()
        .copied()
        .chain([req.floc, req.fscale])
        .collect();
    if fixed.iter().all(Option::is_some) {
        return Err(all_fixed());
    }
    for (t, f) in theta.iter_mut().zip(&fixed) {
        if let Some(v) = f {
            *t = *v;
        }
    }
    let free: Vec<usize> = (0..theta.len()).filter(|&i| fixed[i].is_none()).collect();
    let x0: Vec<f64> = free.iter().map(|&i| theta[i]).collect();
    let restore = |values: &[f64]| {
        let mut full = theta.clone();
        for (&i, &v) in free.iter().zip(values) {
            full[i] = v;
        }
        full
    };
    let moments = data_moments(req.data, free.len());
    let mut objective = |values: &[f64]| -> Result<f64> {
        let full = restore(values);
        match req.method {
            FitMethod::Mle => Ok(penalized_nnlf(family, &full, req.data)),
            FitMethod::Mm => moment_error(family, &full, &moments),
        }
    };
    let result = nelder_mead(&mut objective, &x0, &NelderMeadOptions::default())?;
    let obj = objective(&result.x)?;
    let full = restore(&result.x);
    let (shapes, loc_scale) = full.split_at(n);
    let (loc, scale) = (loc_scale[0], loc_scale[1]);
    if (family.make)(shapes).is_none() || scale.is_nan() || scale <= 0.0 {
        return Err(fit_error(OUTSIDE_RANGE));
    }
    if req.method == FitMethod::Mm && !obj.is_finite() {
        return Err(fit_error(
            "Optimization failed: either a data moment or fitted distribution moment is non-finite.",
        ));
    }
    Ok(Fitted {
        shapes: shapes.to_vec(),
        loc,
        scale,
    })
}

/// The standard-form continuous member at `shapes`, if they pass `_argcheck`.
fn member(family: &Family, shapes: &[f64]) -> Option<Box<dyn Continuous>> {
    match (family.make)(shapes)? {
        Model::Continuous(d) => Some(d),
        Model::Discrete(_) => None,
    }
}

/// `_penalized_nnlf(theta, x)`: −Σ logpdf over the finite terms in the
/// support, plus 100·log(max double) per point outside the support or with
/// a non-finite logpdf, plus n·log(scale); inf for invalid parameters.
pub fn penalized_nnlf(family: &Family, theta: &[f64], data: &[f64]) -> f64 {
    let (shapes, loc_scale) = theta.split_at(theta.len() - 2);
    let (loc, scale) = (loc_scale[0], loc_scale[1]);
    let Some(d) = member(family, shapes) else {
        return f64::INFINITY;
    };
    if scale <= 0.0 || scale.is_nan() {
        return f64::INFINITY;
    }
    let (a, b) = d.support();
    let mut finite = Vec::with_capacity(data.len());
    let mut bad = 0usize;
    for &v in data {
        let x = (v - loc) / scale;
        if !(a <= x && x <= b) {
            bad += 1;
            continue;
        }
        let l = d.logpdf(x);
        if l.is_finite() {
            finite.push(l);
        } else {
            bad += 1;
        }
    }
    let total = pairwise_sum(&finite);
    let n_log_scale = data.len() as f64 * scale.ln();
    -total + bad as f64 * LOG_MAX * 100.0 + n_log_scale
}

/// Σ data^k / n for k = 1..=count (SciPy's `data_moments` of MM).
fn data_moments(data: &[f64], count: usize) -> Vec<f64> {
    let n = data.len() as f64;
    (1..=count)
        .map(|k| {
            let terms: Vec<f64> = data.iter().map(|v| v.powf(k as f64) / n).collect();
            pairwise_sum(&terms)
        })
        .collect()
}

/// `_moment_error(theta, x, data_moments)`: the sum of squared relative
/// differences between the data moments and the distribution's.
fn moment_error(family: &'static Family, theta: &[f64], data_moments: &[f64]) -> Result<f64> {
    let (shapes, loc_scale) = theta.split_at(theta.len() - 2);
    let (loc, scale) = (loc_scale[0], loc_scale[1]);
    if member(family, shapes).is_none() || scale.is_nan() || scale <= 0.0 {
        return Ok(f64::INFINITY);
    }
    let d = Distribution::from_family(family, shapes, loc, scale);
    let mut total = 0.0;
    for (i, &m) in data_moments.iter().enumerate() {
        let dm = d.moment(i as u32 + 1);
        if dm.is_nan() {
            return Err(Error::invalid(
                "Method of moments encountered a non-finite distribution moment and cannot continue. Consider trying method='MLE'.",
            ));
        }
        let r = (m - dm) / m.abs().max(1e-8);
        total += r * r;
    }
    Ok(total)
}

/// `_fitstart(data)`: the family's own guesses, or shapes 1.0 with
/// `_fit_loc_scale_support`.
pub fn fit_start(family: &'static Family, data: &[f64]) -> Vec<f64> {
    if let Some(own) = family.fitstart {
        return own(family, data);
    }
    let shapes = vec![1.0; family.shape_count()];
    start_from_shapes(family, data, shapes)
}

/// SciPy's base `_fitstart(data, args=shapes)`: the shapes followed by
/// `_fit_loc_scale_support(data, *shapes)`.
pub fn start_from_shapes(family: &'static Family, data: &[f64], mut shapes: Vec<f64>) -> Vec<f64> {
    let (loc, scale) = fit_loc_scale_support(family, data, &shapes);
    shapes.push(loc);
    shapes.push(scale);
    shapes
}

/// NumPy's mean and (population) variance.
pub fn mean_var(data: &[f64]) -> (f64, f64) {
    let n = data.len() as f64;
    let mean = pairwise_sum(data) / n;
    let sq: Vec<f64> = data.iter().map(|v| (v - mean) * (v - mean)).collect();
    (mean, pairwise_sum(&sq) / n)
}

/// `fit_loc_scale`: loc and scale matching the data's mean and variance.
fn fit_loc_scale(family: &'static Family, data: &[f64], shapes: &[f64]) -> (f64, f64) {
    let s = Distribution::from_family(family, shapes, 0.0, 1.0).stats(super::moments::Wanted {
        mean: true,
        var: true,
        skew: false,
        kurtosis: false,
    });
    let (muhat, mu2hat) = mean_var(data);
    let mut shat = (mu2hat / s.var).sqrt();
    let mut lhat = muhat - shat * s.mean;
    if !lhat.is_finite() {
        lhat = 0.0;
    }
    if !(shat.is_finite() && 0.0 < shat) {
        shat = 1.0;
    }
    (lhat, shat)
}

/// `_fit_loc_scale_support`: the moment estimates when the support they
/// imply holds the data, else estimates that make it hold the data.
pub fn fit_loc_scale_support(family: &'static Family, data: &[f64], shapes: &[f64]) -> (f64, f64) {
    let (loc_hat, scale_hat) = fit_loc_scale(family, data, shapes);
    let (a, b) = match member(family, shapes) {
        Some(d) => d.support(),
        None => (f64::NEG_INFINITY, f64::INFINITY),
    };
    let width = b - a;
    if width.is_nan() || width <= 0.0 {
        return (loc_hat, scale_hat);
    }
    let a_hat = loc_hat + a * scale_hat;
    let b_hat = loc_hat + b * scale_hat;
    let data_a = data.iter().copied().fold(f64::INFINITY, f64::min);
    let data_b = data.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if a_hat < data_a && data_b < b_hat {
        return (loc_hat, scale_hat);
    }
    let data_width = data_b - data_a;
    let margin = data_width * 0.1;
    if width < f64::INFINITY {
        return ((data_a - a) - margin, (data_width + 2.0 * margin) / width);
    }
    if a > f64::NEG_INFINITY {
        ((data_a - a) - margin, 1.0)
    } else if b < f64::INFINITY {
        ((data_b - b) + margin, 1.0)
    } else {
        (loc_hat, scale_hat)
    }
}

/// NumPy's `percentile(data, q)` with the default linear interpolation.
pub fn percentile(data: &[f64], q: f64) -> f64 {
    let mut sorted = data.to_vec();
    sorted.sort_by(f64::total_cmp);
    let position = q / 100.0 * (sorted.len() - 1) as f64;
    let below = position.floor() as usize;
    let above = (below + 1).min(sorted.len() - 1);
    let t = position - below as f64;
    let (lo, hi) = (sorted[below], sorted[above]);
    // NumPy's `_lerp`: from the nearer end, so t = 1 gives `hi` exactly.
    let d = hi - lo;
    if t >= 0.5 {
        hi - d * (1.0 - t)
    } else {
        lo + d * t
    }
}

/// NumPy's `median`: the middle value, or the mean of the two middle ones.
pub fn median(data: &[f64]) -> f64 {
    let mut sorted = data.to_vec();
    sorted.sort_by(f64::total_cmp);
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

/// The biased sample skewness m3 / m2^1.5 (SciPy's `_skew` and
/// `stats.skew`).
pub fn sample_skew(data: &[f64]) -> f64 {
    let n = data.len() as f64;
    let mean = pairwise_sum(data) / n;
    let d2: Vec<f64> = data.iter().map(|v| (v - mean) * (v - mean)).collect();
    let d3: Vec<f64> = data
        .iter()
        .map(|v| (v - mean) * (v - mean) * (v - mean))
        .collect();
    let m2 = pairwise_sum(&d2) / n;
    let m3 = pairwise_sum(&d3) / n;
    m3 / m2.powf(1.5)
}

/// NumPy's `nextafter(x, toward)`: the next double after x in the
/// direction of `toward` (x itself when they are equal, NaN for NaN).
pub fn nextafter(x: f64, toward: f64) -> f64 {
    if x.is_nan() || toward.is_nan() {
        return f64::NAN;
    }
    if x == toward {
        return toward;
    }
    if x == 0.0 {
        let tiny = f64::from_bits(1);
        return if toward > 0.0 { tiny } else { -tiny };
    }
    let bits = x.to_bits();
    let away_from_zero = (toward > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}
