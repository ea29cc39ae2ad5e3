//! The truncated normal family (`scipy.stats.truncnorm`): the standard
//! normal restricted to [a, b], computed as SciPy 1.17.1 computes it, in
//! log space through the log of the Gaussian mass of an interval — except
//! that the mass of a short interval (width × distance from 0 ≤ 1), which
//! SciPy's difference of two log Φ values loses to cancellation (up to
//! 1e-4 relative at cdf = 1e-12 beside a support end), is integrated
//! directly by Gauss–Legendre.

use std::f64::consts::{E, PI};
use std::sync::OnceLock;

use super::super::continuous::Continuous;
use super::super::fit::start_from_shapes;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::quadrature::gauss_legendre_01;
use crate::special::logsumexp::logsumexp;
use crate::special::normal::{log_ndtr, ndtr, ndtri_exp};

/// `truncnorm`: shapes a < b (either may be infinite).
pub static TRUNCNORM: Family = Family::continuous("truncnorm", c"a, b", |s| {
    let (a, b) = (s[0], s[1]);
    // a < b (false for NaN).
    if a.partial_cmp(&b) != Some(std::cmp::Ordering::Less) {
        return None;
    }
    let log_mass = log_gauss_mass(a, b);
    Some(Model::Continuous(Box::new(TruncNorm { a, b, log_mass })))
})
.with_fitstart(truncnorm_fitstart);

/// `truncnorm._fitstart`: the data's minimum and maximum as a and b, then
/// the base class's loc and scale for them.
fn truncnorm_fitstart(family: &'static Family, data: &[f64]) -> Vec<f64> {
    let lo = data.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = data.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    start_from_shapes(family, data, vec![lo, hi])
}

/// √(2π), SciPy's `_norm_pdf_C`.
const SQRT_2PI: f64 = 2.5066282746310002;

/// The standard normal log density (`_norm_logpdf`).
fn norm_logpdf(x: f64) -> f64 {
    -(x * x) / 2.0 - SQRT_2PI.ln()
}

/// The standard normal density (`_norm_pdf`).
fn norm_pdf(x: f64) -> f64 {
    (-(x * x) / 2.0).exp() / SQRT_2PI
}

/// SciPy's `_log_sum(p, q)`: log(e^p + e^q) by `logsumexp`.
fn log_sum(p: f64, q: f64) -> f64 {
    logsumexp(&[p, q], None, false).0
}

/// SciPy's `_log_diff(p, q)`: the real part of `logsumexp([p, q + πi])`,
/// i.e. log|e^p - e^q|, with NumPy's complex arithmetic: the larger term M
/// is factored out and the rest enters through complex `log1p`, whose real
/// part NumPy forms as log(hypot(1 + re, im)) (so 1 - e^(min - M) is
/// rounded before the log; equal terms give M + log(sin π)).
fn log_diff(p: f64, q: f64) -> f64 {
    if p.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    let (hi, lo) = if p > q { (p, q) } else { (q, p) };
    if hi == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    let e = (lo - hi).exp();
    let re = 1.0 + -e;
    let im = e * PI.sin();
    re.hypot(im).ln() + hi
}

/// log(Φ(b) - Φ(a)): SciPy's `_log_gauss_mass` (from the left tail,
/// mirrored when the interval lies right of 0, or log1p of minus the two
/// tails when it straddles 0), except on short intervals, where
/// [`short_log_gauss_mass`] avoids its cancellation.
fn log_gauss_mass(a: f64, b: f64) -> f64 {
    let near = if a > 0.0 {
        a
    } else if b < 0.0 {
        -b
    } else {
        0.0
    };
    if (b - a) * near.max(1.0) <= 1.0 {
        return short_log_gauss_mass(a, b, near);
    }
    let left = |a: f64, b: f64| log_diff(log_ndtr(b), log_ndtr(a));
    if b <= 0.0 {
        left(a, b)
    } else if a > 0.0 {
        left(-b, -a)
    } else if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        (-ndtr(a) - ndtr(-b)).ln_1p()
    }
}

/// Nodes and weights of the 24-point Gauss–Legendre rule on [0, 1].
fn legendre_rule() -> &'static [(f64, f64)] {
    static RULE: OnceLock<Vec<(f64, f64)>> = OnceLock::new();
    RULE.get_or_init(|| gauss_legendre_01(24))
}

/// log ∫ φ over [a, b] for a short interval whose point nearest 0 is at
/// distance `near`: φ(near) factored out, the rest exp(-(t² - near²)/2)
/// (formed as (|t| - near)(|t| + near)) integrated by Gauss–Legendre, which
/// is exact to rounding as the exponent varies by at most ~1.5 over it.
fn short_log_gauss_mass(a: f64, b: f64, near: f64) -> f64 {
    let w = b - a;
    let sum: f64 = legendre_rule()
        .iter()
        .map(|&(t, weight)| {
            let u = (a + w * t).abs();
            weight * (-(u - near) * (u + near) / 2.0).exp()
        })
        .sum();
    -(near * near) / 2.0 - SQRT_2PI.ln() + (w * sum).ln()
}

/// The standard normal truncated to [a, b]; `log_mass` = log(Φ(b) - Φ(a)).
struct TruncNorm {
    a: f64,
    b: f64,
    log_mass: f64,
}

impl TruncNorm {
    /// `_logcdf`, turned into log1p(-sf) above -0.1 (`depth` bounds SciPy's
    /// mutual recursion with `_logsf`, which never goes deeper than one).
    fn logcdf_at(&self, x: f64, depth: u32) -> f64 {
        let l = log_gauss_mass(self.a, x) - self.log_mass;
        if l > -0.1 && depth < 2 {
            (-self.logsf_at(x, depth + 1).exp()).ln_1p()
        } else {
            l
        }
    }

    /// `_logsf`, turned into log1p(-cdf) above -0.1.
    fn logsf_at(&self, x: f64, depth: u32) -> f64 {
        let l = log_gauss_mass(x, self.b) - self.log_mass;
        if l > -0.1 && depth < 2 {
            (-self.logcdf_at(x, depth + 1).exp()).ln_1p()
        } else {
            l
        }
    }

    /// The terms p·y^k of SciPy's moment sums over (y, p) = (a, pdf(a)),
    /// (b, -pdf(b)), skipping a zero density (as `apply_where` does), at
    /// the points `shift` from a and b.
    fn boundary_sum(&self, shift: f64, k: i32) -> f64 {
        let terms = [(self.a, self.pdf(self.a)), (self.b, -self.pdf(self.b))];
        let mut sum = 0.0;
        for (y, p) in terms {
            if p != 0.0 {
                sum += p * numpy_power(y - shift, k);
            }
        }
        sum
    }
}

/// NumPy's `y**k` for an array and an integer scalar: its fast paths for
/// k = 0, 1, 2, `pow` otherwise.
fn numpy_power(y: f64, k: i32) -> f64 {
    match k {
        0 => 1.0,
        1 => y,
        2 => y * y,
        _ => y.powf(f64::from(k)),
    }
}

impl Continuous for TruncNorm {
    fn support(&self) -> (f64, f64) {
        (self.a, self.b)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        norm_logpdf(x) - self.log_mass
    }
    fn cdf(&self, x: f64) -> f64 {
        self.logcdf(x).exp()
    }
    fn logcdf(&self, x: f64) -> f64 {
        self.logcdf_at(x, 0)
    }
    fn sf(&self, x: f64) -> f64 {
        self.logsf(x).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        self.logsf_at(x, 0)
    }
    fn ppf(&self, q: f64) -> f64 {
        if self.a < 0.0 {
            ndtri_exp(log_sum(log_ndtr(self.a), q.ln() + self.log_mass))
        } else {
            -ndtri_exp(log_sum(log_ndtr(-self.b), (-q).ln_1p() + self.log_mass))
        }
    }
    fn isf(&self, q: f64) -> f64 {
        if self.b < 0.0 {
            ndtri_exp(log_diff(log_ndtr(self.b), q.ln() + self.log_mass))
        } else {
            -ndtri_exp(log_diff(log_ndtr(-self.a), (-q).ln_1p() + self.log_mass))
        }
    }
    fn stats(&self) -> Moments {
        // SciPy's `_truncnorm_stats_scalar` (from the public pdf at a, b).
        let (pa, pb) = (self.pdf(self.a), self.pdf(self.b));
        let m1 = pa - pb;
        let mu = m1;
        let m2 = 1.0 + self.boundary_sum(0.0, 1);
        let mu2 = 1.0 + self.boundary_sum(mu, 1);
        let m3 = 2.0 * m1 + self.boundary_sum(0.0, 2);
        let m4 = 3.0 * m2 + self.boundary_sum(0.0, 3);
        let mu3 = m3 + m1 * (-3.0 * m2 + 2.0 * (m1 * m1));
        let g1 = mu3 / mu2.powf(1.5);
        let mu4 = m4 + m1 * (-4.0 * m3 + 3.0 * m1 * (2.0 * m2 - m1 * m1));
        let g2 = mu4 / (mu2 * mu2) - 3.0;
        Moments::all(mu, mu2, g1, g2)
    }
    fn munp(&self, n: u32) -> f64 {
        // m_k = a^(k-1) pdf(a) - b^(k-1) pdf(b) + (k - 1) m_(k-2).
        let (mut older, mut old) = (0.0, 1.0);
        for k in 1..=n as i32 {
            let mk = self.boundary_sum(0.0, k - 1) + f64::from(k - 1) * older;
            (older, old) = (old, mk);
        }
        old
    }
    fn entropy(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        let z = ndtr(b) - ndtr(a);
        let c = ((2.0 * PI * E).sqrt() * z).ln();
        let d = (a * norm_pdf(a) - b * norm_pdf(b)) / (2.0 * z);
        c + d
    }
}
