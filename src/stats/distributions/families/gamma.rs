//! Families resting on the incomplete gamma function: `gamma`, `chi2`,
//! `chi`, `invgamma` and `loggamma` (scipy.stats), with SciPy's formulas.
//! Their log cdf / log sf go through `log_gammainc` / `log_gammaincc` as in
//! SciPy's main branch (SciPy 1.17.1 takes log(cdf) below the median and
//! log1p(-sf) above; the two agree to 1e-12 on the reference grids).

use std::f64::consts::{LN_2, PI, SQRT_2};

use super::super::continuous::Continuous;
use super::super::fit::{sample_skew, start_from_shapes};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::digamma::{digamma, polygamma};
use crate::special::distribution::{chdtr, chdtrc, chdtri};
use crate::special::elementary::xlogy;
use crate::special::gamma::gammaln;
use crate::special::incomplete_gamma::{gammainc, gammaincc};
use crate::special::incomplete_gamma_inverse::{gammainccinv, gammaincinv};
use crate::special::log_incomplete_gamma::{log_gammainc, log_gammaincc};
use crate::special::pochhammer::{lgam1p, log1mexp, poch};

/// The one shape parameter when it is positive (the `_argcheck` of every
/// family here).
fn positive(s: &[f64]) -> Option<f64> {
    (s[0] > 0.0).then_some(s[0])
}

/// `gamma`: shape `a`.
pub static GAMMA: Family = Family::continuous("gamma", c"a", |s| {
    positive(s).map(|a| Model::Continuous(Box::new(Gamma::new(a))))
})
.with_fitstart(gamma_fitstart);

/// `gamma._fitstart`: a = 4 / (1e-8 + skew²) from the sample skewness, then
/// SciPy's loc and scale for that shape.
fn gamma_fitstart(family: &'static Family, data: &[f64]) -> Vec<f64> {
    let skew = sample_skew(data);
    let a = 4.0 / (1e-8 + skew * skew);
    start_from_shapes(family, data, vec![a])
}

/// `chi2`: degrees of freedom `df`.
pub static CHI2: Family = Family::continuous("chi2", c"df", |s| {
    positive(s).map(|df| Model::Continuous(Box::new(Chi2::new(df))))
});

/// `chi`: degrees of freedom `df`.
pub static CHI: Family = Family::continuous("chi", c"df", |s| {
    positive(s).map(|df| Model::Continuous(Box::new(Chi { df })))
});

/// `invgamma`: shape `a`.
pub static INVGAMMA: Family = Family::continuous("invgamma", c"a", |s| {
    positive(s).map(|a| Model::Continuous(Box::new(InvGamma { a })))
});

/// `loggamma`: shape `c`.
pub static LOGGAMMA: Family = Family::continuous("loggamma", c"c", |s| {
    positive(s).map(|c| Model::Continuous(Box::new(LogGamma { c })))
});

/// The gamma distribution with shape a on [0, ∞).
struct Gamma {
    a: f64,
    /// ln Γ(a), once per distribution.
    ln_gamma_a: f64,
}

impl Gamma {
    fn new(a: f64) -> Gamma {
        Gamma {
            a,
            ln_gamma_a: gammaln(a),
        }
    }
}

impl Continuous for Gamma {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        xlogy(self.a - 1.0, x) - x - self.ln_gamma_a
    }
    fn cdf(&self, x: f64) -> f64 {
        gammainc(self.a, x)
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_gammainc(self.a, x)
    }
    fn sf(&self, x: f64) -> f64 {
        gammaincc(self.a, x)
    }
    fn logsf(&self, x: f64) -> f64 {
        log_gammaincc(self.a, x)
    }
    fn ppf(&self, q: f64) -> f64 {
        gammaincinv(self.a, q)
    }
    fn isf(&self, q: f64) -> f64 {
        gammainccinv(self.a, q)
    }
    fn stats(&self) -> Moments {
        let a = self.a;
        Moments::all(a, a, 2.0 / a.sqrt(), 6.0 / a)
    }
    fn munp(&self, n: u32) -> f64 {
        poch(self.a, f64::from(n))
    }
    fn entropy(&self) -> f64 {
        let a = self.a;
        if a < 250.0 {
            digamma(a) * (1.0 - a) + a + gammaln(a)
        } else {
            0.5 * (1.0 + (2.0 * PI).ln() + a.ln())
                - 1.0 / (3.0 * a)
                - a.powf(-2.0) / 12.0
                - a.powf(-3.0) / 90.0
                + a.powf(-4.0) / 120.0
        }
    }
}

/// The chi-squared distribution with df degrees of freedom on [0, ∞).
struct Chi2 {
    df: f64,
    /// ln Γ(df/2), once per distribution.
    ln_gamma_half: f64,
}

impl Chi2 {
    fn new(df: f64) -> Chi2 {
        Chi2 {
            df,
            ln_gamma_half: gammaln(df / 2.0),
        }
    }
}

impl Continuous for Chi2 {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let df = self.df;
        xlogy(df / 2.0 - 1.0, x) - x / 2.0 - self.ln_gamma_half - (LN_2 * df) / 2.0
    }
    fn cdf(&self, x: f64) -> f64 {
        chdtr(self.df, x)
    }
    fn sf(&self, x: f64) -> f64 {
        chdtrc(self.df, x)
    }
    fn isf(&self, q: f64) -> f64 {
        chdtri(self.df, q)
    }
    fn ppf(&self, q: f64) -> f64 {
        2.0 * gammaincinv(self.df / 2.0, q)
    }
    fn stats(&self) -> Moments {
        let df = self.df;
        Moments::all(df, 2.0 * df, 2.0 * (2.0 / df).sqrt(), 12.0 / df)
    }
    fn entropy(&self) -> f64 {
        let h = 0.5 * self.df;
        if h < 125.0 {
            h + LN_2 + gammaln(h) + (1.0 - h) * digamma(h)
        } else {
            let c = LN_2 + 0.5 * (1.0 + (2.0 * PI).ln());
            let t = 0.5 / h;
            t * (-2.0 / 3.0 + t * (-1.0 / 3.0 + t * (-4.0 / 45.0 + t / 7.5))) + 0.5 * h.ln() + c
        }
    }
}

/// The chi distribution with df degrees of freedom on [0, ∞).
struct Chi {
    df: f64,
}

impl Continuous for Chi {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let df = self.df;
        let l = LN_2 - 0.5 * LN_2 * df - gammaln(0.5 * df);
        l + xlogy(df - 1.0, x) - 0.5 * (x * x)
    }
    fn cdf(&self, x: f64) -> f64 {
        gammainc(0.5 * self.df, 0.5 * (x * x))
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_gammainc(0.5 * self.df, 0.5 * (x * x))
    }
    fn sf(&self, x: f64) -> f64 {
        gammaincc(0.5 * self.df, 0.5 * (x * x))
    }
    fn logsf(&self, x: f64) -> f64 {
        log_gammaincc(0.5 * self.df, 0.5 * (x * x))
    }
    fn ppf(&self, q: f64) -> f64 {
        (2.0 * gammaincinv(0.5 * self.df, q)).sqrt()
    }
    fn isf(&self, q: f64) -> f64 {
        (2.0 * gammainccinv(0.5 * self.df, q)).sqrt()
    }
    fn stats(&self) -> Moments {
        let df = self.df;
        let mu = SQRT_2 * poch(0.5 * df, 0.5);
        let mu2 = df - mu * mu;
        let g1 = (2.0 * mu.powf(3.0) + mu * (1.0 - 2.0 * df)) / mu2.powf(1.5);
        let g2 = 2.0 * df * (1.0 - df) - 6.0 * mu.powf(4.0) + 4.0 * (mu * mu) * (2.0 * df - 1.0);
        Moments::all(mu, mu2, g1, g2 / (mu2 * mu2))
    }
    fn entropy(&self) -> f64 {
        let df = self.df;
        if df < 300.0 {
            gammaln(0.5 * df) + 0.5 * (df - LN_2 - (df - 1.0) * digamma(0.5 * df))
        } else {
            0.5 + PI.ln() / 2.0
                - df.powf(-1.0) / 6.0
                - df.powf(-2.0) / 6.0
                - 4.0 / 45.0 * df.powf(-3.0)
                + df.powf(-4.0) / 15.0
        }
    }
}

/// The inverse gamma distribution with shape a on (0, ∞) (SciPy's open
/// support mask: density 0 at x = 0).
struct InvGamma {
    a: f64,
}

impl Continuous for InvGamma {
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
        -(self.a + 1.0) * x.ln() - gammaln(self.a) - 1.0 / x
    }
    fn cdf(&self, x: f64) -> f64 {
        gammaincc(self.a, 1.0 / x)
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_gammaincc(self.a, 1.0 / x)
    }
    fn ppf(&self, q: f64) -> f64 {
        1.0 / gammainccinv(self.a, q)
    }
    fn sf(&self, x: f64) -> f64 {
        gammainc(self.a, 1.0 / x)
    }
    fn logsf(&self, x: f64) -> f64 {
        log_gammainc(self.a, 1.0 / x)
    }
    fn isf(&self, q: f64) -> f64 {
        1.0 / gammaincinv(self.a, q)
    }
    fn stats(&self) -> Moments {
        let a = self.a;
        let m1 = if a > 1.0 {
            1.0 / (a - 1.0)
        } else {
            f64::INFINITY
        };
        let m2 = if a > 2.0 {
            1.0 / (a - 1.0).powi(2) / (a - 2.0)
        } else {
            f64::INFINITY
        };
        let g1 = if a > 3.0 {
            4.0 * (a - 2.0).sqrt() / (a - 3.0)
        } else {
            f64::NAN
        };
        let g2 = if a > 4.0 {
            6.0 * (5.0 * a - 11.0) / (a - 3.0) / (a - 4.0)
        } else {
            f64::NAN
        };
        Moments::all(m1, m2, g1, g2)
    }
    fn entropy(&self) -> f64 {
        let a = self.a;
        if a >= 200.0 {
            (1.0 - 3.0 * a.ln() + LN_2 + PI.ln()) / 2.0
                + 2.0 / 3.0 * a.powf(-1.0)
                + a.powf(-2.0) / 12.0
                - a.powf(-3.0) / 90.0
                - a.powf(-4.0) / 120.0
        } else {
            a - (a + 1.0) * digamma(a) + gammaln(a)
        }
    }
}

/// ln of the smallest positive normal double (SciPy's `_LOGXMIN`).
const LOG_XMIN: f64 = -708.3964185322641;

/// The log-gamma distribution (log of a gamma(c) variable) on ℝ.
struct LogGamma {
    c: f64,
}

impl Continuous for LogGamma {
    fn pdf(&self, x: f64) -> f64 {
        (self.c * x - x.exp() - gammaln(self.c)).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        self.c * x - x.exp() - gammaln(self.c)
    }
    fn cdf(&self, x: f64) -> f64 {
        if x < LOG_XMIN {
            (self.c * x - lgam1p(self.c)).exp()
        } else {
            gammainc(self.c, x.exp())
        }
    }
    fn logcdf(&self, x: f64) -> f64 {
        if x < LOG_XMIN {
            self.c * x - lgam1p(self.c)
        } else {
            log_gammainc(self.c, x.exp())
        }
    }
    fn ppf(&self, q: f64) -> f64 {
        let g = gammaincinv(self.c, q);
        if g < f64::MIN_POSITIVE {
            (q.ln() + gammaln(self.c + 1.0)) / self.c
        } else {
            g.ln()
        }
    }
    fn sf(&self, x: f64) -> f64 {
        if x < LOG_XMIN {
            -(self.c * x - lgam1p(self.c)).exp_m1()
        } else {
            gammaincc(self.c, x.exp())
        }
    }
    fn logsf(&self, x: f64) -> f64 {
        if x < LOG_XMIN {
            log1mexp(self.c * x - lgam1p(self.c))
        } else {
            log_gammaincc(self.c, x.exp())
        }
    }
    fn isf(&self, q: f64) -> f64 {
        let g = gammainccinv(self.c, q);
        if g < f64::MIN_POSITIVE {
            ((-q).ln_1p() + lgam1p(self.c)) / self.c
        } else {
            g.ln()
        }
    }
    fn stats(&self) -> Moments {
        let c = self.c;
        let var = polygamma(1.0, c);
        Moments::all(
            digamma(c),
            var,
            polygamma(2.0, c) / var.powf(1.5),
            polygamma(3.0, c) / (var * var),
        )
    }
    fn entropy(&self) -> f64 {
        let c = self.c;
        if c >= 45.0 {
            let term =
                -0.5 * c.ln() + c.powf(-1.0) / 6.0 - c.powf(-3.0) / 90.0 + c.powf(-5.0) / 210.0;
            0.5 * ((2.0 * PI).ln() + 1.0) + term
        } else {
            gammaln(c) - c * digamma(c) + c
        }
    }
}
