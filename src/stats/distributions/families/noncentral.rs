//! Families resting on the noncentral beta distribution: `nct` (the
//! noncentral t) and `ncf` (the noncentral F), with SciPy's methods, which
//! call Boost.Math's distributions (`scu._nct_*`, `nctdtr`, `nctdtrit`,
//! `scu._ncf_*`, `ncfdtr`, `ncfdtri`); sciport's own versions of those
//! algorithms are in `crate::special::noncentral_beta` and
//! `crate::special::noncentral_t`.

use super::super::continuous::Continuous;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::beta_density::beta_pdf;
use crate::special::noncentral_beta::{
    noncentral_beta_cdf, noncentral_beta_pdf, noncentral_beta_quantile,
};
use crate::special::noncentral_t::{
    nct_cdf, nct_kurtosis_excess, nct_mean, nct_pdf, nct_quantile, nct_skewness, nct_variance,
};

/// `nct`: degrees of freedom `df`, noncentrality `nc`.
pub static NCT: Family = Family::continuous("nct", c"df, nc", |s| {
    (s[0] > 0.0 && !s[1].is_nan())
        .then(|| Model::Continuous(Box::new(NoncentralT { df: s[0], nc: s[1] })))
});

/// `ncf`: degrees of freedom `dfn`, `dfd`, noncentrality `nc`.
pub static NCF: Family = Family::continuous("ncf", c"dfn, dfd, nc", |s| {
    (s[0] > 0.0 && s[1] > 0.0 && s[2] >= 0.0).then(|| {
        Model::Continuous(Box::new(NoncentralF {
            dfn: s[0],
            dfd: s[1],
            nc: s[2],
        }))
    })
});

/// The noncentral t distribution on ℝ.
struct NoncentralT {
    df: f64,
    nc: f64,
}

impl Continuous for NoncentralT {
    fn pdf(&self, x: f64) -> f64 {
        // `_nct_pdf`: NaN at ±inf
        nct_pdf(self.df, self.nc, x)
    }
    fn cdf(&self, x: f64) -> f64 {
        // `nctdtr`: NaN where Boost's value leaves [0, 1]
        let y = nct_cdf(self.df, self.nc, x, false);
        if (0.0..=1.0).contains(&y) {
            y
        } else {
            f64::NAN
        }
    }
    fn sf(&self, x: f64) -> f64 {
        nct_cdf(self.df, self.nc, x, true).clamp(0.0, 1.0)
    }
    fn ppf(&self, q: f64) -> f64 {
        nct_quantile(self.df, self.nc, q, 1.0 - q, true)
    }
    fn isf(&self, q: f64) -> f64 {
        nct_quantile(self.df, self.nc, 1.0 - q, q, false)
    }
    fn stats(&self) -> Moments {
        let (v, l) = (self.df, self.nc);
        Moments::all(
            nct_mean(v, l),
            nct_variance(v, l),
            nct_skewness(v, l),
            nct_kurtosis_excess(v, l),
        )
    }
}

/// The noncentral F distribution on [0, ∞).
struct NoncentralF {
    dfn: f64,
    dfd: f64,
    nc: f64,
}

impl NoncentralF {
    /// The noncentral beta parameters (dfn/2, dfd/2).
    fn halves(&self) -> (f64, f64) {
        (self.dfn / 2.0, self.dfd / 2.0)
    }

    /// The F value of a noncentral beta quantile x, or `None` at x = 1
    /// (Boost's overflow: "too large to represent").
    fn f_value(&self, x: Option<f64>) -> Option<f64> {
        let x = x?;
        (x != 1.0).then(|| (x / (1.0 - x)) * (self.dfd / self.dfn))
    }

    /// Boost's F cdf (or complement) through the noncentral beta at
    /// y/(1 + y), y = x·dfn/dfd.
    fn beta_cdf(&self, x: f64, upper: bool) -> f64 {
        let (a, b) = self.halves();
        let y = x * a / b;
        noncentral_beta_cdf(y / (1.0 + y), 1.0 / (1.0 + y), a, b, self.nc, upper)
    }
}

impl Continuous for NoncentralF {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        // `_ncf_pdf`: NaN at inf; the beta variable's complement is formed
        // as 1 - y/(1 + y), as Boost forms it
        if !x.is_finite() {
            return f64::NAN;
        }
        let (a, b) = self.halves();
        let y = x * a / b;
        let c = y / (1.0 + y);
        let r = if self.nc == 0.0 {
            beta_pdf(c, a, b)
        } else {
            noncentral_beta_pdf(a, b, self.nc, c, 1.0 - c)
        };
        r * (self.dfn / self.dfd) / ((1.0 + y) * (1.0 + y))
    }
    fn cdf(&self, x: f64) -> f64 {
        // `ncfdtr`: NaN where Boost's value leaves [0, 1]
        let y = self.beta_cdf(x, false);
        if (0.0..=1.0).contains(&y) {
            y
        } else {
            f64::NAN
        }
    }
    fn sf(&self, x: f64) -> f64 {
        self.beta_cdf(x, true)
    }
    fn ppf(&self, q: f64) -> f64 {
        // `ncfdtri`: inf where the beta quantile rounds to 1, NaN where the
        // search fails
        let (a, b) = self.halves();
        match noncentral_beta_quantile(a, b, self.nc, q, false) {
            None => f64::NAN,
            x => self.f_value(x).unwrap_or(f64::INFINITY),
        }
    }
    fn isf(&self, q: f64) -> f64 {
        // `_ncf_isf`: SciPy raises OverflowError where the beta quantile
        // rounds to 1 (NaN here)
        let (a, b) = self.halves();
        let x = noncentral_beta_quantile(a, b, self.nc, q, true);
        self.f_value(x).unwrap_or(f64::NAN)
    }
    fn stats(&self) -> Moments {
        let (n, m, l) = (self.dfn, self.dfd, self.nc);
        let mean = if m > 2.0 {
            m * (n + l) / (n * (m - 2.0))
        } else {
            f64::NAN
        };
        let var = if m > 4.0 {
            2.0 * m * m * ((n + l) * (n + l) + (m - 2.0) * (n + 2.0 * l))
                / ((m - 4.0) * (m - 2.0) * (m - 2.0) * n * n)
        } else {
            f64::NAN
        };
        Moments::all(
            mean,
            var,
            ncf_skewness(n, m, l),
            ncf_kurtosis(n, m, l) - 3.0,
        )
    }
}

/// Boost's noncentral F skewness (NaN for dfd ≤ 6).
fn ncf_skewness(n: f64, m: f64, l: f64) -> f64 {
    if m.is_nan() || m <= 6.0 {
        return f64::NAN;
    }
    let s = m + n - 2.0;
    let mut result = 2.0 * std::f64::consts::SQRT_2;
    result *= (m - 4.0).sqrt();
    result *= n * s * (m + 2.0 * n - 2.0)
        + 3.0 * s * (m + 2.0 * n - 2.0) * l
        + 6.0 * s * l * l
        + 2.0 * l * l * l;
    result / ((m - 6.0) * (n * s + 2.0 * s * l + l * l).powf(1.5))
}

/// Boost's `kurtosis_excess` of the noncentral F (NaN for dfd ≤ 8), which
/// SciPy treats as the full kurtosis and reduces by 3.
fn ncf_kurtosis(n: f64, m: f64, l: f64) -> f64 {
    if m.is_nan() || m <= 8.0 {
        return f64::NAN;
    }
    let (l2, l3, l4) = (l * l, l * l * l, l * l * l * l);
    let s = -2.0 + m + n;
    let inner = 4.0 * (m - 2.0) * (m - 2.0) + (m - 2.0) * (m + 10.0) * n + (10.0 + m) * n * n;
    let inner2 = 4.0 * (m - 2.0) * (m - 2.0) + (m - 2.0) * (10.0 + m) * n + (10.0 + m) * n * n;
    let num = 3.0
        * (m - 4.0)
        * (n * (m + n - 2.0) * inner
            + 4.0 * (m + n - 2.0) * inner2 * l
            + 2.0 * (10.0 + m) * (m + n - 2.0) * (2.0 * m + 3.0 * n - 4.0) * l2
            + 4.0 * (10.0 + m) * s * l3
            + (10.0 + m) * l4);
    let base = n * s + 2.0 * s * l + l2;
    num / ((-8.0 + m) * (-6.0 + m) * (base * base))
}
