//! The Kolmogorov–Smirnov families: `kstwobign` (the limiting
//! distribution of √n·Dₙ, from `kolmogorov` and its companions) and
//! `kstwo` (Dₙ for finite n, SciPy's `_ksstats` machinery).

use super::super::continuous::Continuous;
use super::super::{Family, Model};
use crate::special::kolmogorov::{kolmogc, kolmogci, kolmogi, kolmogorov, kolmogp};

/// `kstwobign`: no shape parameters.
pub static KSTWOBIGN: Family = Family::continuous("kstwobign", c"", |_| {
    Some(Model::Continuous(Box::new(KsTwoBign)))
});

/// The Kolmogorov distribution on [0, ∞).
struct KsTwoBign;

impl Continuous for KsTwoBign {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        -kolmogp(x)
    }
    fn cdf(&self, x: f64) -> f64 {
        kolmogc(x)
    }
    fn sf(&self, x: f64) -> f64 {
        kolmogorov(x)
    }
    fn ppf(&self, q: f64) -> f64 {
        kolmogci(q)
    }
    fn isf(&self, q: f64) -> f64 {
        kolmogi(q)
    }
}
