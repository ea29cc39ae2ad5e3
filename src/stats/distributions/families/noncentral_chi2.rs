//! Families resting on the non-central chi-squared distribution (SciPy's
//! Boost-backed `chndtr`, `chndtrix`, `_ncx2_pdf`, `_ncx2_sf`, `_ncx2_isf`):
//! `ncx2` itself and `skellam`, the difference of two Poisson variables,
//! whose mass and tails SciPy writes as non-central chi-squared ones.

use std::f64::consts::LN_2;

use super::super::continuous::Continuous;
use super::super::discrete::Discrete;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::distribution::{chdtr, chdtrc, chdtri};
use crate::special::elementary::xlogy;
use crate::special::gamma::gammaln;
use crate::special::incomplete_gamma_inverse::gammaincinv;
use crate::special::modified_bessel::ive;
use crate::special::noncentral_chi2::{chndtr, chndtrix, ncx2_isf, ncx2_pdf, ncx2_sf};

/// `ncx2`: degrees of freedom `df` > 0 (finite) and non-centrality `nc` ≥ 0.
pub static NCX2: Family = Family::continuous("ncx2", c"df, nc", |s| {
    let (df, nc) = (s[0], s[1]);
    (df > 0.0 && df.is_finite() && nc >= 0.0).then(|| Model::Continuous(Box::new(Ncx2 { df, nc })))
});

/// The non-central chi-squared distribution on [0, ∞). SciPy switches to
/// `chi2`'s formulas where nc = 0.
struct Ncx2 {
    df: f64,
    nc: f64,
}

impl Ncx2 {
    /// `chi2._logpdf`.
    fn central_logpdf(&self, x: f64) -> f64 {
        let df = self.df;
        xlogy(df / 2.0 - 1.0, x) - x / 2.0 - gammaln(df / 2.0) - (LN_2 * df) / 2.0
    }
}

impl Continuous for Ncx2 {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        if self.nc == 0.0 {
            return self.central_logpdf(x).exp();
        }
        ncx2_pdf(x, self.df, self.nc)
    }
    /// SciPy's `_ncx2_log_pdf`: the exponent (√x - √nc)²/2 taken out of the
    /// Bessel function (ive), -inf where that underflows or is not finite.
    fn logpdf(&self, x: f64) -> f64 {
        if self.nc == 0.0 {
            return self.central_logpdf(x);
        }
        let (df, nc) = (self.df, self.nc);
        let df2 = df / 2.0 - 1.0;
        let (xs, ns) = (x.sqrt(), nc.sqrt());
        let res = xlogy(df2 / 2.0, x / nc) - 0.5 * (xs - ns) * (xs - ns);
        let corr = ive(df2, xs * ns) / 2.0;
        // at x = 0 with df < 2 SciPy's ive(df2, 0) is NaN (sciport's, like
        // mpmath's, is inf): SciPy's mask then gives -inf
        if corr > 0.0 && corr.is_finite() {
            res + corr.ln()
        } else {
            f64::NEG_INFINITY
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        if self.nc == 0.0 {
            return chdtr(self.df, x);
        }
        chndtr(x, self.df, self.nc)
    }
    fn sf(&self, x: f64) -> f64 {
        if self.nc == 0.0 {
            return chdtrc(self.df, x);
        }
        ncx2_sf(x, self.df, self.nc)
    }
    fn ppf(&self, q: f64) -> f64 {
        if self.nc == 0.0 {
            return 2.0 * gammaincinv(self.df / 2.0, q);
        }
        chndtrix(q, self.df, self.nc)
    }
    fn isf(&self, q: f64) -> f64 {
        if self.nc == 0.0 {
            return chdtri(self.df, q);
        }
        ncx2_isf(q, self.df, self.nc)
    }
    fn stats(&self) -> Moments {
        let (df, nc) = (self.df, self.nc);
        let k_plus_cl = |c: f64| df + c * nc;
        Moments::all(
            df + nc,
            2.0 * k_plus_cl(2.0),
            8f64.sqrt() * k_plus_cl(3.0) / k_plus_cl(2.0).powi(3).sqrt(),
            12.0 * k_plus_cl(4.0) / k_plus_cl(2.0).powi(2),
        )
    }
}

/// `skellam`: Poisson means `mu1` > 0 and `mu2` > 0.
pub static SKELLAM: Family = Family::discrete("skellam", c"mu1, mu2", |s| {
    let (mu1, mu2) = (s[0], s[1]);
    (mu1 > 0.0 && mu2 > 0.0).then(|| Model::Discrete(Box::new(Skellam { mu1, mu2 })))
});

/// The distribution of N1 - N2 for independent Poisson N1 (mean mu1) and
/// N2 (mean mu2), on all the integers.
struct Skellam {
    mu1: f64,
    mu2: f64,
}

impl Discrete for Skellam {
    fn support(&self) -> (f64, f64) {
        (f64::NEG_INFINITY, f64::INFINITY)
    }
    /// 2·ncx2.pdf(2 mu2; 2(1 - k), 2 mu1) below 0, 2·ncx2.pdf(2 mu1;
    /// 2(1 + k), 2 mu2) from 0 on.
    fn pmf(&self, k: f64) -> f64 {
        let (mu1, mu2) = (self.mu1, self.mu2);
        if k < 0.0 {
            ncx2_pdf(2.0 * mu2, 2.0 * (1.0 - k), 2.0 * mu1) * 2.0
        } else {
            ncx2_pdf(2.0 * mu1, 2.0 * (1.0 + k), 2.0 * mu2) * 2.0
        }
    }
    /// chndtr(2 mu2, -2k, 2 mu1) below 0, the survival function
    /// ncx2.sf(2 mu1; 2(k + 1), 2 mu2) from 0 on (k floored).
    fn cdf(&self, k: f64) -> f64 {
        let (mu1, mu2) = (self.mu1, self.mu2);
        let k = k.floor();
        if k < 0.0 {
            chndtr(2.0 * mu2, -2.0 * k, 2.0 * mu1)
        } else {
            ncx2_sf(2.0 * mu1, 2.0 * (k + 1.0), 2.0 * mu2)
        }
    }
    fn stats(&self) -> Moments {
        let mean = self.mu1 - self.mu2;
        let var = self.mu1 + self.mu2;
        Moments::all(mean, var, mean / (var * var * var).sqrt(), 1.0 / var)
    }
}
