//! Families resting on the incomplete gamma function: `poisson`.

use super::super::discrete::Discrete;
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::integer_quantile::smallest_reaching;
use crate::special::distribution::{pdtr, pdtrc};
use crate::special::elementary::xlogy;
use crate::special::gamma::gammaln;
use crate::special::incomplete_gamma::{gammainc, gammaincc};

/// `poisson`: mean `mu` ≥ 0.
pub static POISSON: Family = Family::discrete("poisson", c"mu", |s| {
    let mu = s[0];
    (mu >= 0.0).then(|| Model::Discrete(Box::new(Poisson { mu })))
});

/// The Poisson distribution with mean `mu`.
struct Poisson {
    mu: f64,
}

/// log Q(a, x) (SciPy's `log_gammaincc`), as the log of Q for now.
fn log_upper_gamma(a: f64, x: f64) -> f64 {
    // switch to log_incomplete_gamma::log_gammaincc once merged
    gammaincc(a, x).ln()
}

/// log P(a, x) (SciPy's `log_gammainc`), as the log of P for now.
fn log_lower_gamma(a: f64, x: f64) -> f64 {
    // switch to log_incomplete_gamma::log_gammainc once merged
    gammainc(a, x).ln()
}

impl Discrete for Poisson {
    fn pmf(&self, k: f64) -> f64 {
        self.logpmf(k).exp()
    }
    fn logpmf(&self, k: f64) -> f64 {
        xlogy(k, self.mu) - gammaln(k + 1.0) - self.mu
    }
    fn cdf(&self, k: f64) -> f64 {
        pdtr(k.floor(), self.mu)
    }
    fn logcdf(&self, k: f64) -> f64 {
        log_upper_gamma(k.floor() + 1.0, self.mu)
    }
    fn sf(&self, k: f64) -> f64 {
        pdtrc(k.floor(), self.mu)
    }
    fn logsf(&self, k: f64) -> f64 {
        log_lower_gamma(k.floor() + 1.0, self.mu)
    }
    /// SciPy rounds `pdtrik(q, mu)` up and steps back one where the cdf
    /// allows: the smallest k with pdtr(k, mu) ≥ q. `pdtrik` has no
    /// finite answer at q = 1 (NaN), and every q < 1 gives 0 at mu = 0.
    fn ppf(&self, q: f64) -> f64 {
        if q >= 1.0 {
            return f64::NAN;
        }
        if self.mu == 0.0 {
            return 0.0;
        }
        let guess = self.mu + self.mu.sqrt() * ndtri_guess(q);
        smallest_reaching(&|k| pdtr(k, self.mu) >= q, 0.0, f64::INFINITY, guess)
    }
    fn stats(&self) -> Moments {
        let mu = self.mu;
        let (g1, g2) = if mu > 0.0 {
            ((1.0 / mu).sqrt(), 1.0 / mu)
        } else {
            (f64::INFINITY, f64::INFINITY)
        };
        Moments::all(mu, mu, g1, g2)
    }
}

/// A rough standard normal quantile, only a starting point for searches.
pub(super) fn ndtri_guess(q: f64) -> f64 {
    crate::special::normal::ndtri(q).clamp(-40.0, 40.0)
}
