//! The inverse Gaussian family (`scipy.stats.invgauss`), resting on the
//! normal distribution function; its quantiles (SciPy's Boost-backed
//! `_invgauss_ppf` / `_invgauss_isf`) solve for the root of the log
//! distribution function to full precision.

use std::f64::consts::PI;

use super::super::continuous::{ppf_by_brentq, standard_cdf, Continuous};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::optimize::{root_scalar, RootScalarOptions};
use crate::special::normal::log_ndtr;

/// `invgauss`: shape `mu`.
pub static INVGAUSS: Family = Family::continuous("invgauss", c"mu", |s| {
    (s[0] > 0.0).then(|| Model::Continuous(Box::new(InvGauss { mu: s[0] })))
});

/// The inverse Gaussian distribution with mean mu and unit shape on [0, ∞).
struct InvGauss {
    mu: f64,
}

/// Euler's constant γ.
const EULER: f64 = 0.577_215_664_901_532_9;

/// x·e^x·E₁(x) for x ≥ 0 (SciPy's private `_scaled_exp1`): E₁ by its
/// power series for x ≤ 1, e^x E₁(x) by its continued fraction beyond.
fn scaled_exp1(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return 0.0;
    }
    if x.is_infinite() {
        return 1.0;
    }
    if x <= 1.0 {
        let (mut term, mut sum) = (1.0, 0.0);
        for k in 1..60 {
            let k = f64::from(k);
            term *= -x / k;
            let t = term / k;
            sum += t;
            if t.abs() < 1e-17 * sum.abs() {
                break;
            }
        }
        return x * x.exp() * (-EULER - x.ln() - sum);
    }
    // e^x E1(x) = 1/(x+1- 1²/(x+3- 2²/(x+5- ...))) by Lentz's method.
    let tiny = 1e-300;
    let mut f = x + 1.0;
    let (mut c, mut d) = (f, 0.0);
    for k in 1..500 {
        let k = f64::from(k);
        let an = -k * k;
        let bn = x + 2.0 * k + 1.0;
        d = bn + an * d;
        d = if d == 0.0 { 1.0 / tiny } else { 1.0 / d };
        c = bn + an / c;
        if c == 0.0 {
            c = tiny;
        }
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    x / f
}

impl InvGauss {
    /// ln P(X ≤ x) (SciPy's `_logcdf`).
    fn log_cdf(&self, x: f64) -> f64 {
        let mu = self.mu;
        let fac = 1.0 / x.sqrt();
        let a = log_ndtr(fac * (x / mu - 1.0));
        let b = 2.0 / mu + log_ndtr(-fac * (x / mu + 1.0));
        a + (b - a).exp().ln_1p()
    }

    /// ln P(X > x) (SciPy's `_logsf`).
    fn log_sf(&self, x: f64) -> f64 {
        let mu = self.mu;
        let fac = 1.0 / x.sqrt();
        let a = log_ndtr(-(fac * (x / mu - 1.0)));
        let b = 2.0 / mu + log_ndtr(-fac * (x / mu + 1.0));
        a + (-(b - a).exp()).ln_1p()
    }

    /// The x with ln F(x) = ln p (`upper`: ln S(x) = ln p) for 0 < p < 1,
    /// by Brent's method on the logarithm (NaN if it fails).
    fn solve(&self, p: f64, upper: bool) -> f64 {
        let target = p.ln();
        let g = |x: f64| {
            if upper {
                target - self.log_sf(x)
            } else {
                self.log_cdf(x) - target
            }
        };
        let (mut lo, mut hi) = (self.mu, self.mu);
        let mut n = 0;
        while g(lo) > 0.0 && n < 2000 {
            lo /= 2.0;
            n += 1;
        }
        while g(hi) < 0.0 && n < 4000 {
            hi *= 2.0;
            n += 1;
        }
        let (glo, ghi) = (g(lo), g(hi));
        if glo.is_nan() || ghi.is_nan() || glo > 0.0 || ghi < 0.0 {
            return f64::NAN;
        }
        let mut f = |x: f64| Ok(g(x));
        let options = RootScalarOptions {
            method: Some("brentq"),
            bracket: Some([lo, hi]),
            xtol: Some(1e-300),
            rtol: Some(4.0 * f64::EPSILON),
            maxiter: Some(500),
            ..Default::default()
        };
        root_scalar(&mut f, None, None, &options).map_or(f64::NAN, |r| r.root)
    }
}

impl Continuous for InvGauss {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        if x == 0.0 || x.is_infinite() {
            return 0.0; // the limits, where the formula gives inf·0
        }
        let mu = self.mu;
        let t = x / mu - 1.0;
        1.0 / (2.0 * PI * x.powf(3.0)).sqrt() * (-1.0 / (2.0 * x) * (t * t)).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        if x == 0.0 || x.is_infinite() {
            return f64::NEG_INFINITY;
        }
        let t = x / self.mu - 1.0;
        -0.5 * (2.0 * PI).ln() - 1.5 * x.ln() - (t * t) / (2.0 * x)
    }
    fn logcdf(&self, x: f64) -> f64 {
        self.log_cdf(x)
    }
    fn logsf(&self, x: f64) -> f64 {
        self.log_sf(x)
    }
    fn sf(&self, x: f64) -> f64 {
        self.log_sf(x).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        self.log_cdf(x).exp()
    }
    fn ppf(&self, q: f64) -> f64 {
        let x = if q > 0.5 {
            self.solve(1.0 - q, true)
        } else {
            self.solve(q, false)
        };
        if x.is_nan() {
            ppf_by_brentq(|x| standard_cdf(self, x), self.support(), q)
        } else {
            x
        }
    }
    fn isf(&self, q: f64) -> f64 {
        let x = if q > 0.5 {
            self.solve(1.0 - q, false)
        } else {
            self.solve(q, true)
        };
        if x.is_nan() {
            self.ppf(1.0 - q)
        } else {
            x
        }
    }
    fn stats(&self) -> Moments {
        let mu = self.mu;
        Moments::all(mu, mu.powf(3.0), 3.0 * mu.sqrt(), 15.0 * mu)
    }
    fn entropy(&self) -> f64 {
        let mu = self.mu;
        let a = 1.0 + (2.0 * PI).ln() + 3.0 * mu.ln();
        let r = 2.0 / mu;
        let b = scaled_exp1(r) / r;
        0.5 * a - 1.5 * b
    }
}
