//! Extreme-value families (limits of maxima and minima) and their
//! relatives: `gumbel_r`, `gumbel_l`, `weibull_min`, `weibull_max`,
//! `exponweib`, `genextreme`.

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::combinatorics::comb;
use crate::special::elementary::{expm1, log1p, xlog1py, xlogy};
use crate::special::gamma::{gamma, gammaln};

/// The Euler-Mascheroni constant γ (SciPy's `_EULER`).
pub(super) const EULER: f64 = 0.577_215_664_901_532_9;
/// Apéry's constant ζ(3) (SciPy's `_ZETA3`).
pub(super) const ZETA3: f64 = 1.202_056_903_159_594_3;

/// `gumbel_r`: no shape parameters.
pub static GUMBEL_R: Family = Family::continuous("gumbel_r", c"", |_| {
    Some(Model::Continuous(Box::new(GumbelR)))
});

/// `gumbel_l`: no shape parameters.
pub static GUMBEL_L: Family = Family::continuous("gumbel_l", c"", |_| {
    Some(Model::Continuous(Box::new(GumbelL)))
});

/// `weibull_min`: shape c > 0.
pub static WEIBULL_MIN: Family = Family::continuous("weibull_min", c"c", |s| {
    let c = s[0];
    (c > 0.0).then(|| Model::Continuous(Box::new(WeibullMin { c })))
});

/// `weibull_max`: shape c > 0.
pub static WEIBULL_MAX: Family = Family::continuous("weibull_max", c"c", |s| {
    let c = s[0];
    (c > 0.0).then(|| Model::Continuous(Box::new(WeibullMax { c })))
});

/// `exponweib`: exponent a > 0, Weibull shape c > 0.
pub static EXPONWEIB: Family = Family::continuous("exponweib", c"a, c", |s| {
    let (a, c) = (s[0], s[1]);
    (a > 0.0 && c > 0.0).then(|| Model::Continuous(Box::new(Exponweib { a, c })))
});

/// `genextreme`: any finite shape c.
pub static GENEXTREME: Family = Family::continuous("genextreme", c"c", |s| {
    let c = s[0];
    c.is_finite()
        .then(|| Model::Continuous(Box::new(Genextreme { c })))
});

/// Skewness of the Gumbel distribution's maximum form, 12√6 ζ(3)/π³, as
/// `gumbel_r` forms it.
fn gumbel_skew() -> f64 {
    12.0 * 6f64.sqrt() / PI.powf(3.0) * ZETA3
}

/// The right-skewed Gumbel distribution (maxima), cdf exp(-e^-x).
struct GumbelR;

impl Continuous for GumbelR {
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        -x - (-x).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        (-(-x).exp()).exp()
    }
    fn logcdf(&self, x: f64) -> f64 {
        -(-x).exp()
    }
    fn sf(&self, x: f64) -> f64 {
        -expm1(-(-x).exp())
    }
    fn ppf(&self, q: f64) -> f64 {
        -(-q.ln()).ln()
    }
    fn isf(&self, p: f64) -> f64 {
        -(-log1p(-p)).ln()
    }
    fn stats(&self) -> Moments {
        Moments::all(EULER, PI * PI / 6.0, gumbel_skew(), 12.0 / 5.0)
    }
    fn entropy(&self) -> f64 {
        EULER + 1.0
    }
}

/// The left-skewed Gumbel distribution (minima), sf exp(-e^x).
struct GumbelL;

impl Continuous for GumbelL {
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        x - x.exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(-x.exp())
    }
    fn ppf(&self, q: f64) -> f64 {
        (-log1p(-q)).ln()
    }
    fn logsf(&self, x: f64) -> f64 {
        -x.exp()
    }
    fn sf(&self, x: f64) -> f64 {
        (-x.exp()).exp()
    }
    fn isf(&self, x: f64) -> f64 {
        (-x.ln()).ln()
    }
    fn stats(&self) -> Moments {
        let skew = -12.0 * 6f64.sqrt() / PI.powf(3.0) * ZETA3;
        Moments::all(-EULER, PI * PI / 6.0, skew, 12.0 / 5.0)
    }
    fn entropy(&self) -> f64 {
        EULER + 1.0
    }
}

/// Entropy of the Weibull distributions, -γ/c - log c + γ + 1.
fn weibull_entropy(c: f64) -> f64 {
    -EULER / c - c.ln() + EULER + 1.0
}

/// The Weibull distribution of minima on [0, ∞), sf exp(-x^c).
struct WeibullMin {
    c: f64,
}

impl Continuous for WeibullMin {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        let c = self.c;
        c * x.powf(c - 1.0) * (-x.powf(c)).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let c = self.c;
        c.ln() + xlogy(c - 1.0, x) - x.powf(c)
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(-x.powf(self.c))
    }
    fn sf(&self, x: f64) -> f64 {
        self.logsf(x).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        -x.powf(self.c)
    }
    fn ppf(&self, q: f64) -> f64 {
        (-log1p(-q)).powf(1.0 / self.c)
    }
    fn isf(&self, q: f64) -> f64 {
        (-q.ln()).powf(1.0 / self.c)
    }
    fn munp(&self, n: u32) -> f64 {
        gamma(1.0 + f64::from(n) / self.c)
    }
    fn entropy(&self) -> f64 {
        weibull_entropy(self.c)
    }
}

/// The Weibull distribution of maxima on (-∞, 0], cdf exp(-(-x)^c).
struct WeibullMax {
    c: f64,
}

impl Continuous for WeibullMax {
    fn support(&self) -> (f64, f64) {
        (f64::NEG_INFINITY, 0.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        let c = self.c;
        c * (-x).powf(c - 1.0) * (-(-x).powf(c)).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let c = self.c;
        c.ln() + xlogy(c - 1.0, -x) - (-x).powf(c)
    }
    fn cdf(&self, x: f64) -> f64 {
        (-(-x).powf(self.c)).exp()
    }
    fn logcdf(&self, x: f64) -> f64 {
        -(-x).powf(self.c)
    }
    fn sf(&self, x: f64) -> f64 {
        -expm1(-(-x).powf(self.c))
    }
    fn ppf(&self, q: f64) -> f64 {
        -(-q.ln()).powf(1.0 / self.c)
    }
    fn munp(&self, n: u32) -> f64 {
        let val = gamma(1.0 + f64::from(n) / self.c);
        if n % 2 == 1 {
            -val
        } else {
            val
        }
    }
    fn entropy(&self) -> f64 {
        weibull_entropy(self.c)
    }
}

/// (1 + x)^y - 1 through expm1 and xlog1py (SciPy's `_pow1pm1`).
fn pow1pm1(x: f64, y: f64) -> f64 {
    expm1(xlog1py(y, x))
}

/// The exponentiated Weibull distribution, cdf (1 - exp(-x^c))^a.
struct Exponweib {
    a: f64,
    c: f64,
}

impl Continuous for Exponweib {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let (a, c) = (self.a, self.c);
        let negxc = -x.powf(c);
        let exm1c = -expm1(negxc);
        a.ln() + c.ln() + xlogy(a - 1.0, exm1c) + negxc + xlogy(c - 1.0, x)
    }
    fn cdf(&self, x: f64) -> f64 {
        (-expm1(-x.powf(self.c))).powf(self.a)
    }
    fn ppf(&self, q: f64) -> f64 {
        (-log1p(-q.powf(1.0 / self.a))).powf(1.0 / self.c)
    }
    fn sf(&self, x: f64) -> f64 {
        -pow1pm1(-(-x.powf(self.c)).exp(), self.a)
    }
    fn isf(&self, p: f64) -> f64 {
        (-(-pow1pm1(-p, 1.0 / self.a)).ln()).powf(1.0 / self.c)
    }
}

/// The generalised extreme-value distribution, cdf exp(-(1 - cx)^(1/c))
/// (Gumbel at c = 0); support x ≤ 1/c for c > 0, x ≥ 1/c for c < 0.
struct Genextreme {
    c: f64,
}

impl Genextreme {
    /// log(-log cdf): log1p(-cx)/c, -x at c = 0 (SciPy's `_loglogcdf`).
    fn loglogcdf(&self, x: f64) -> f64 {
        if self.c != 0.0 {
            log1p(-self.c * x) / self.c
        } else {
            -x
        }
    }

    /// SciPy's formulation of its skewness for |c| above 1e-14^0.29.
    fn skew(&self, g: [f64; 4], g2mg12: f64) -> f64 {
        let c = self.c;
        if c.abs() <= 1e-14f64.powf(0.29) {
            return 12.0 * 6f64.sqrt() * ZETA3 / PI.powf(3.0);
        }
        if c < -1.0 / 3.0 {
            return f64::NAN;
        }
        let [g1, g2, g3, _] = g;
        c.signum() * (-g3 + (g2 + 2.0 * g2mg12) * g1) / g2mg12.powf(1.5)
    }

    /// SciPy's formulation of its excess kurtosis for |c| above 1e-14^0.23.
    fn kurtosis(&self, g: [f64; 4], g2mg12: f64) -> f64 {
        let c = self.c;
        if c.abs() <= 1e-14f64.powf(0.23) {
            return 12.0 / 5.0;
        }
        if c < -1.0 / 4.0 {
            return f64::NAN;
        }
        let [g1, g2, g3, g4] = g;
        (g4 + (-4.0 * g3 + 3.0 * (g2 + g2mg12) * g1) * g1) / (g2mg12 * g2mg12) - 3.0
    }
}

impl Continuous for Genextreme {
    fn support(&self) -> (f64, f64) {
        let c = self.c;
        let b = if c > 0.0 {
            1.0 / c.max(f64::MIN_POSITIVE)
        } else {
            f64::INFINITY
        };
        let a = if c < 0.0 {
            1.0 / c.min(-f64::MIN_POSITIVE)
        } else {
            f64::NEG_INFINITY
        };
        (a, b)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let c = self.c;
        let cx = if c != 0.0 { c * x } else { 0.0 };
        let logex2 = log1p(-cx);
        let mut logpex2 = self.loglogcdf(x);
        let pex2 = logpex2.exp();
        if c == 0.0 && x == f64::NEG_INFINITY {
            logpex2 = 0.0;
        }
        if c == 1.0 && x == 1.0 {
            return 0.0;
        }
        if cx == 1.0 || cx == f64::NEG_INFINITY {
            f64::NEG_INFINITY
        } else {
            -pex2 + logpex2 - logex2
        }
    }
    fn logcdf(&self, x: f64) -> f64 {
        -self.loglogcdf(x).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        self.logcdf(x).exp()
    }
    fn sf(&self, x: f64) -> f64 {
        -expm1(self.logcdf(x))
    }
    fn ppf(&self, q: f64) -> f64 {
        let x = -(-q.ln()).ln();
        if !x.is_nan() && self.c != 0.0 {
            -expm1(-self.c * x) / self.c
        } else {
            x
        }
    }
    fn isf(&self, q: f64) -> f64 {
        let x = -(-log1p(-q)).ln();
        if !x.is_nan() && self.c != 0.0 {
            -expm1(-self.c * x) / self.c
        } else {
            x
        }
    }
    fn stats(&self) -> Moments {
        let c = self.c;
        let g = [1.0, 2.0, 3.0, 4.0].map(|n: f64| gamma(n * c + 1.0));
        let g1 = g[0];
        let g2mg12 = if c.abs() < 1e-7 {
            (c * PI) * (c * PI) / 6.0
        } else {
            g[1] - g1 * g1
        };
        let gam2k = if c.abs() >= 1e-7 {
            expm1(gammaln(2.0 * c + 1.0) - 2.0 * gammaln(c + 1.0)) / (c * c)
        } else {
            PI.powf(2.0) / 6.0
        };
        let gamk = if c.abs() >= 1e-14 {
            expm1(gammaln(c + 1.0)) / c
        } else {
            -EULER
        };
        Moments::all(
            if c < -1.0 { f64::NAN } else { -gamk },
            if c < -0.5 { f64::NAN } else { g1 * g1 * gam2k },
            self.skew(g, g2mg12),
            self.kurtosis(g, g2mg12),
        )
    }
    fn munp(&self, n: u32) -> f64 {
        let c = self.c;
        let nf = f64::from(n);
        if c * nf <= -1.0 {
            return f64::INFINITY;
        }
        let mut sum = 0.0;
        for k in 0..=n {
            let kf = f64::from(k);
            let sign = if k % 2 == 1 { -1.0 } else { 1.0 };
            sum += comb(nf, kf, false) * sign * gamma(c * kf + 1.0);
        }
        1.0 / c.powf(nf) * sum
    }
    fn entropy(&self) -> f64 {
        EULER * (1.0 - self.c) + 1.0
    }
}
