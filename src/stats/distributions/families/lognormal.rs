//! The log-normal family (`scipy.stats.lognorm`), resting on the normal
//! distribution function.

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::normal::{log_ndtr, ndtr, ndtri};

/// `lognorm`: shape `s`.
pub static LOGNORM: Family = Family::continuous("lognorm", c"s", |s| {
    (s[0] > 0.0).then(|| Model::Continuous(Box::new(LogNorm { s: s[0] })))
});

/// exp(N(0, s²)) on (0, ∞) (SciPy's open support mask: density 0 at 0).
struct LogNorm {
    s: f64,
}

impl Continuous for LogNorm {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        let s = self.s;
        let l = x.ln();
        -(l * l) / (2.0 * (s * s)) - (s * x * (2.0 * PI).sqrt()).ln()
    }
    fn cdf(&self, x: f64) -> f64 {
        ndtr(x.ln() / self.s)
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_ndtr(x.ln() / self.s)
    }
    fn ppf(&self, q: f64) -> f64 {
        (self.s * ndtri(q)).exp()
    }
    fn sf(&self, x: f64) -> f64 {
        ndtr(-(x.ln() / self.s))
    }
    fn logsf(&self, x: f64) -> f64 {
        log_ndtr(-(x.ln() / self.s))
    }
    fn isf(&self, q: f64) -> f64 {
        (self.s * -ndtri(q)).exp()
    }
    fn stats(&self) -> Moments {
        let p = (self.s * self.s).exp();
        let g2 = (((p + 2.0) * p + 3.0) * p + 0.0) * p - 6.0;
        Moments::all(p.sqrt(), p * (p - 1.0), (p - 1.0).sqrt() * (2.0 + p), g2)
    }
    fn entropy(&self) -> f64 {
        0.5 * (1.0 + (2.0 * PI).ln() + 2.0 * self.s.ln())
    }
}
