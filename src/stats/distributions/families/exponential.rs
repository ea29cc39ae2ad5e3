//! Families whose distribution functions are exponentials of simple
//! expressions: `expon`, `laplace`, `logistic`, `rayleigh`.

use std::f64::consts::{LN_2, PI};

use super::super::continuous::Continuous;
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::extreme_value::EULER;
use crate::special::elementary::{expm1, log1p};
use crate::special::logistic::{expit, log_expit, logit};

/// `expon`: no shape parameters.
pub static EXPON: Family =
    Family::continuous("expon", c"", |_| Some(Model::Continuous(Box::new(Expon))));

/// `laplace`: no shape parameters.
pub static LAPLACE: Family = Family::continuous("laplace", c"", |_| {
    Some(Model::Continuous(Box::new(Laplace)))
});

/// `logistic`: no shape parameters.
pub static LOGISTIC: Family = Family::continuous("logistic", c"", |_| {
    Some(Model::Continuous(Box::new(Logistic)))
});

/// `rayleigh`: no shape parameters.
pub static RAYLEIGH: Family = Family::continuous("rayleigh", c"", |_| {
    Some(Model::Continuous(Box::new(Rayleigh)))
});

/// The standard exponential distribution on [0, ∞).
struct Expon;

impl Continuous for Expon {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        (-x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        -x
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(-x)
    }
    fn sf(&self, x: f64) -> f64 {
        (-x).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        -x
    }
    fn ppf(&self, q: f64) -> f64 {
        -log1p(-q)
    }
    fn isf(&self, q: f64) -> f64 {
        -q.ln()
    }
    fn stats(&self) -> Moments {
        Moments::all(1.0, 1.0, 2.0, 6.0)
    }
    fn entropy(&self) -> f64 {
        1.0
    }
}

/// The standard Laplace (double exponential) distribution.
struct Laplace;

impl Continuous for Laplace {
    fn pdf(&self, x: f64) -> f64 {
        0.5 * (-x.abs()).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        if x > 0.0 {
            1.0 - 0.5 * (-x).exp()
        } else {
            0.5 * x.exp()
        }
    }
    fn sf(&self, x: f64) -> f64 {
        self.cdf(-x)
    }
    fn ppf(&self, q: f64) -> f64 {
        if q > 0.5 {
            -(2.0 * (1.0 - q)).ln()
        } else {
            (2.0 * q).ln()
        }
    }
    fn isf(&self, q: f64) -> f64 {
        -self.ppf(q)
    }
    fn stats(&self) -> Moments {
        Moments::all(0.0, 2.0, 0.0, 3.0)
    }
    fn entropy(&self) -> f64 {
        LN_2 + 1.0
    }
}

/// The standard logistic distribution.
struct Logistic;

impl Continuous for Logistic {
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let y = -x.abs();
        y - 2.0 * log1p(y.exp())
    }
    fn cdf(&self, x: f64) -> f64 {
        expit(x)
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_expit(x)
    }
    fn sf(&self, x: f64) -> f64 {
        expit(-x)
    }
    fn logsf(&self, x: f64) -> f64 {
        log_expit(-x)
    }
    fn ppf(&self, q: f64) -> f64 {
        logit(q)
    }
    fn isf(&self, q: f64) -> f64 {
        -logit(q)
    }
    fn stats(&self) -> Moments {
        Moments::all(0.0, PI * PI / 3.0, 0.0, 6.0 / 5.0)
    }
    fn entropy(&self) -> f64 {
        2.0
    }
}

/// The standard Rayleigh distribution on (0, ∞) (open support: SciPy's
/// density is 0 at 0 by its mask).
struct Rayleigh;

impl Continuous for Rayleigh {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn in_support(&self, x: f64) -> bool {
        0.0 < x && x < f64::INFINITY
    }
    fn pdf(&self, r: f64) -> f64 {
        self.logpdf(r).exp()
    }
    fn logpdf(&self, r: f64) -> f64 {
        r.ln() - 0.5 * r * r
    }
    fn cdf(&self, r: f64) -> f64 {
        -expm1(-0.5 * (r * r))
    }
    fn sf(&self, r: f64) -> f64 {
        self.logsf(r).exp()
    }
    fn logsf(&self, r: f64) -> f64 {
        -0.5 * r * r
    }
    fn ppf(&self, q: f64) -> f64 {
        (-2.0 * log1p(-q)).sqrt()
    }
    fn isf(&self, q: f64) -> f64 {
        (-2.0 * q.ln()).sqrt()
    }
    fn stats(&self) -> Moments {
        let val = 4.0 - PI;
        Moments::all(
            (PI / 2.0).sqrt(),
            val / 2.0,
            2.0 * (PI - 3.0) * PI.sqrt() / val.powf(1.5),
            6.0 * PI / val - 16.0 / val.powf(2.0),
        )
    }
    fn entropy(&self) -> f64 {
        EULER / 2.0 + 1.0 - 0.5 * 2f64.ln()
    }
}
