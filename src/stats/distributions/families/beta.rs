//! Families resting on the incomplete beta function: `beta`, `f` and `t`
//! (scipy.stats), with SciPy's formulas.

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::beta::{beta, betaln};
use crate::special::beta_density::beta_pdf;
use crate::special::digamma::digamma;
use crate::special::distribution::{fdtr, fdtrc, fdtri, stdtr, stdtrit};
use crate::special::elementary::{xlog1py, xlogy};
use crate::special::incomplete_beta::{betainc, betaincc};
use crate::special::incomplete_beta_inverse::{betainccinv, betaincinv};
use crate::special::pochhammer::poch;

/// `beta`: shapes `a`, `b`.
pub static BETA: Family = Family::continuous("beta", c"a, b", |s| {
    (s[0] > 0.0 && s[1] > 0.0).then(|| Model::Continuous(Box::new(Beta { a: s[0], b: s[1] })))
});

/// `f`: degrees of freedom `dfn`, `dfd`.
pub static F: Family = Family::continuous("f", c"dfn, dfd", |s| {
    (s[0] > 0.0 && s[1] > 0.0).then(|| {
        Model::Continuous(Box::new(FisherF {
            dfn: s[0],
            dfd: s[1],
        }))
    })
});

/// `t`: degrees of freedom `df`.
pub static T: Family = Family::continuous("t", c"df", |s| {
    (s[0] > 0.0).then(|| Model::Continuous(Box::new(StudentT { df: s[0] })))
});

/// The beta distribution on [0, 1].
struct Beta {
    a: f64,
    b: f64,
}

/// SciPy's `threshold_large` in beta's entropy: (⌊v/10^j⌋ + 2)·10^(7+j)
/// with j = ⌊log10 v⌋ (1000 at v = 1).
fn threshold_large(v: f64) -> f64 {
    if v == 1.0 {
        return 1000.0;
    }
    let j = v.log10().floor();
    let d = (v / 10f64.powf(j)).floor() + 2.0;
    d * 10f64.powf(7.0 + j)
}

/// Beta's entropy for large b (SciPy's `asymptotic_b_large`).
fn beta_entropy_b_large(a: f64, b: f64) -> f64 {
    let s = a + b;
    let t1 = crate::special::gamma::gammaln(a) - (a - 1.0) * digamma(a);
    let t2 = -1.0 / (2.0 * b) + 1.0 / (12.0 * b) - b.powf(-2.0) / 12.0 - b.powf(-3.0) / 120.0
        + b.powf(-4.0) / 120.0
        + b.powf(-5.0) / 252.0
        - b.powf(-6.0) / 252.0
        + 1.0 / s
        - 1.0 / (12.0 * s)
        + s.powf(-2.0) / 6.0
        + s.powf(-3.0) / 120.0
        - s.powf(-4.0) / 60.0
        - s.powf(-5.0) / 252.0
        + s.powf(-6.0) / 126.0;
    let log_term = s * (a / b).ln_1p() + b.ln() - 2.0 * s.ln();
    t1 + t2 + log_term
}

/// Beta's entropy for both a and b large (SciPy's `asymptotic_ab_large`).
fn beta_entropy_ab_large(a: f64, b: f64) -> f64 {
    let s = a + b;
    let log_term = 0.5 * ((2.0 * PI).ln() + a.ln() + b.ln() - 3.0 * s.ln() + 1.0);
    let t1 = 110.0 / s + 20.0 * s.powf(-2.0) + s.powf(-3.0) - 2.0 * s.powf(-4.0);
    let t2 = -50.0 / a - 10.0 * a.powf(-2.0) - a.powf(-3.0) + a.powf(-4.0);
    let t3 = -50.0 / b - 10.0 * b.powf(-2.0) - b.powf(-3.0) + b.powf(-4.0);
    log_term + (t1 + t2 + t3) / 120.0
}

impl Continuous for Beta {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        beta_pdf(x, self.a, self.b)
    }
    fn logpdf(&self, x: f64) -> f64 {
        let (a, b) = (self.a, self.b);
        xlog1py(b - 1.0, -x) + xlogy(a - 1.0, x) - betaln(a, b)
    }
    fn cdf(&self, x: f64) -> f64 {
        betainc(self.a, self.b, x)
    }
    fn sf(&self, x: f64) -> f64 {
        betaincc(self.a, self.b, x)
    }
    fn isf(&self, q: f64) -> f64 {
        betainccinv(self.a, self.b, q)
    }
    fn ppf(&self, q: f64) -> f64 {
        betaincinv(self.a, self.b, q)
    }
    fn stats(&self) -> Moments {
        let (a, b) = (self.a, self.b);
        let s = a + b;
        let mean = a / s;
        let var = a * b / ((s * s) * (s + 1.0));
        let skew = (2.0 * (b - a) * (s + 1.0).sqrt()) / ((s + 2.0) * (a * b).sqrt());
        let kn = 6.0 * ((a - b) * (a - b) * (s + 1.0) - a * b * (s + 2.0));
        let kd = a * b * (s + 2.0) * (s + 3.0);
        Moments::all(mean, var, skew, kn / kd)
    }
    fn entropy(&self) -> f64 {
        let (a, b) = (self.a, self.b);
        if a >= 4.96e6 && b >= 4.96e6 {
            beta_entropy_ab_large(a, b)
        } else if a <= 4.9e6 && b - a >= 1e6 && b >= threshold_large(a) {
            beta_entropy_b_large(a, b)
        } else if b <= 4.9e6 && a - b >= 1e6 && a >= threshold_large(b) {
            beta_entropy_b_large(b, a)
        } else if a < 4.9e6 && b < 4.9e6 {
            betaln(a, b) - (a - 1.0) * digamma(a) - (b - 1.0) * digamma(b)
                + (a + b - 2.0) * digamma(a + b)
        } else {
            0.0 // `_lazyselect`'s default where no condition holds
        }
    }
}

/// Fisher's F distribution on [0, ∞).
struct FisherF {
    dfn: f64,
    dfd: f64,
}

impl Continuous for FisherF {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let (n, m) = (self.dfn, self.dfd);
        m / 2.0 * m.ln() + n / 2.0 * n.ln() + xlogy(n / 2.0 - 1.0, x)
            - (((n + m) / 2.0) * (m + n * x).ln() + betaln(n / 2.0, m / 2.0))
    }
    fn cdf(&self, x: f64) -> f64 {
        fdtr(self.dfn, self.dfd, x)
    }
    fn sf(&self, x: f64) -> f64 {
        fdtrc(self.dfn, self.dfd, x)
    }
    fn ppf(&self, q: f64) -> f64 {
        fdtri(self.dfn, self.dfd, q)
    }
    fn stats(&self) -> Moments {
        let (v1, v2) = (self.dfn, self.dfd);
        let (v2_2, v2_4, v2_6, v2_8) = (v2 - 2.0, v2 - 4.0, v2 - 6.0, v2 - 8.0);
        let mu = if v2 > 2.0 { v2 / v2_2 } else { f64::INFINITY };
        let mu2 = if v2 > 4.0 {
            2.0 * v2 * v2 * (v1 + v2_2) / (v1 * (v2_2 * v2_2) * v2_4)
        } else {
            f64::INFINITY
        };
        let g1 = if v2 > 6.0 {
            (2.0 * v1 + v2_2) / v2_6 * (v2_4 / (v1 * (v1 + v2_2))).sqrt()
        } else {
            f64::NAN
        } * 8f64.sqrt();
        let g2 = if v2 > 8.0 {
            (8.0 + g1 * g1 * v2_6) / v2_8
        } else {
            f64::NAN
        } * (3.0 / 2.0);
        Moments::all(mu, mu2, g1, g2)
    }
    fn entropy(&self) -> f64 {
        let (hn, hd) = (0.5 * self.dfn, 0.5 * self.dfd);
        let hs = 0.5 * (self.dfn + self.dfd);
        self.dfd.ln() - self.dfn.ln() + betaln(hn, hd) + (1.0 - hn) * digamma(hn)
            - (1.0 + hd) * digamma(hd)
            + hs * digamma(hs)
    }
}

/// Student's t distribution on ℝ (the normal one for df = ∞).
struct StudentT {
    df: f64,
}

/// √(2π), SciPy's `_norm_pdf_C`.
const SQRT_2PI: f64 = 2.5066282746310002;

impl Continuous for StudentT {
    fn pdf(&self, x: f64) -> f64 {
        if self.df == f64::INFINITY {
            (-x * x / 2.0).exp() / SQRT_2PI
        } else {
            self.logpdf(x).exp()
        }
    }
    fn logpdf(&self, x: f64) -> f64 {
        let df = self.df;
        if df == f64::INFINITY {
            return -x * x / 2.0 - SQRT_2PI.ln();
        }
        poch(0.5 * df, 0.5).ln()
            - 0.5 * (df.ln() + PI.ln())
            - (df + 1.0) / 2.0 * (x * x / df).ln_1p()
    }
    fn cdf(&self, x: f64) -> f64 {
        stdtr(self.df, x)
    }
    fn sf(&self, x: f64) -> f64 {
        stdtr(self.df, -x)
    }
    fn ppf(&self, q: f64) -> f64 {
        stdtrit(self.df, q)
    }
    fn isf(&self, q: f64) -> f64 {
        -stdtrit(self.df, q)
    }
    fn stats(&self) -> Moments {
        let df = self.df;
        let mu = if df > 1.0 { 0.0 } else { f64::INFINITY };
        let mu2 = if df > 1.0 && df <= 2.0 {
            f64::INFINITY
        } else if df > 2.0 && df.is_finite() {
            df / (df - 2.0)
        } else if df == f64::INFINITY {
            1.0
        } else {
            f64::NAN
        };
        let g1 = if df > 3.0 { 0.0 } else { f64::NAN };
        let g2 = if df > 2.0 && df <= 4.0 {
            f64::INFINITY
        } else if df > 4.0 && df.is_finite() {
            6.0 / (df - 4.0)
        } else if df == f64::INFINITY {
            0.0
        } else {
            f64::NAN
        };
        Moments::all(mu, mu2, g1, g2)
    }
    fn entropy(&self) -> f64 {
        let df = self.df;
        if df >= 100.0 {
            0.5 * ((2.0 * PI).ln() + 1.0) + 1.0 / df + df.powf(-2.0) / 4.0
                - df.powf(-3.0) / 6.0
                - df.powf(-4.0) / 8.0
                + 3.0 / 10.0 * df.powf(-5.0)
                + df.powf(-6.0) / 4.0
        } else {
            let half = df / 2.0;
            let half1 = (df + 1.0) / 2.0;
            half1 * (digamma(half1) - digamma(half)) + (df.sqrt() * beta(half, 0.5)).ln()
        }
    }
}
