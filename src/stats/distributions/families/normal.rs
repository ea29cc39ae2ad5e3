//! The normal family (`scipy.stats.norm`).

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::fit::{all_fixed, FitMethod, FitRequest, Fitted};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::error::Result;
use crate::special::logsumexp::pairwise_sum;
use crate::special::normal::{log_ndtr, ndtr, ndtri};

/// `norm`: no shape parameters.
pub static NORM: Family =
    Family::continuous("norm", c"", |_| Some(Model::Continuous(Box::new(Norm)))).with_fit(norm_fit);

/// `norm.fit` (MLE): the sample mean and the root mean square deviation
/// from loc, each unless fixed; MM goes to the generic fit.
fn norm_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    if req.floc.is_some() && req.fscale.is_some() {
        return Some(Err(all_fixed()));
    }
    let n = req.data.len() as f64;
    let loc = req.floc.unwrap_or_else(|| pairwise_sum(req.data) / n);
    let scale = req.fscale.unwrap_or_else(|| {
        let sq: Vec<f64> = req.data.iter().map(|v| (v - loc) * (v - loc)).collect();
        (pairwise_sum(&sq) / n).sqrt()
    });
    Some(Ok(Fitted {
        shapes: Vec::new(),
        loc,
        scale,
    }))
}

/// The standard normal distribution.
struct Norm;

/// √(2π), SciPy's `_norm_pdf_C`.
const SQRT_2PI: f64 = 2.5066282746310002;

impl Continuous for Norm {
    fn pdf(&self, x: f64) -> f64 {
        (-x * x / 2.0).exp() / SQRT_2PI
    }
    fn logpdf(&self, x: f64) -> f64 {
        -x * x / 2.0 - SQRT_2PI.ln()
    }
    fn cdf(&self, x: f64) -> f64 {
        ndtr(x)
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_ndtr(x)
    }
    fn sf(&self, x: f64) -> f64 {
        ndtr(-x)
    }
    fn logsf(&self, x: f64) -> f64 {
        log_ndtr(-x)
    }
    fn ppf(&self, q: f64) -> f64 {
        ndtri(q)
    }
    fn isf(&self, q: f64) -> f64 {
        -ndtri(q)
    }
    fn stats(&self) -> Moments {
        Moments::all(0.0, 1.0, 0.0, 0.0)
    }
    fn munp(&self, n: u32) -> f64 {
        // E[Z^n] = (n - 1)!! for even n, 0 for odd n.
        if n % 2 == 1 {
            return 0.0;
        }
        (1..n).step_by(2).map(f64::from).product()
    }
    fn entropy(&self) -> f64 {
        0.5 * ((2.0 * PI).ln() + 1.0)
    }
}
