//! The hypergeometric family (`hypergeom`). SciPy evaluates its mass,
//! distribution functions and moments with Boost.Math
//! (`scu._hypergeom_*`): the mass is the ratio of binomial coefficients,
//! the cdf and sf sum masses by their recurrence from the given point
//! towards the nearer end (the other tail as one minus that sum).

use super::super::discrete::Discrete;
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::binomial::is_integral;
use crate::special::beta::betaln;
use crate::special::binom::binom;
use crate::special::convex::entr;
use crate::special::gamma::gammaln;
use crate::special::logsumexp::{logsumexp, pairwise_sum};

/// `hypergeom`: `N` draws without replacement from `M` objects of which
/// `n` are of the counted type (integers, 0 ≤ n, N ≤ M, M > 0).
pub static HYPERGEOM: Family = Family::discrete("hypergeom", c"M, n, N", |s| {
    let (total, good, draws) = (s[0], s[1], s[2]);
    let valid = total > 0.0
        && good >= 0.0
        && draws >= 0.0
        && good <= total
        && draws <= total
        && is_integral(total)
        && is_integral(good)
        && is_integral(draws);
    valid.then(|| Model::Discrete(Box::new(Hypergeom { total, good, draws })))
})
.with_raw_upper(|s| s[1].min(s[2]));

/// The hypergeometric distribution (SciPy's M, n, N).
struct Hypergeom {
    total: f64,
    good: f64,
    draws: f64,
}

impl Hypergeom {
    /// The support's ends.
    fn ends(&self) -> (f64, f64) {
        let (m, n, d) = (self.total, self.good, self.draws);
        ((d - (m - n)).max(0.0), n.min(d))
    }

    /// Boost's mass C(n, k) C(M - n, N - k) / C(M, N) (exp of log-gammas
    /// where the coefficients overflow).
    fn mass(&self, k: f64) -> f64 {
        let (m, n, d) = (self.total, self.good, self.draws);
        let (lo, hi) = self.ends();
        if k < lo || k > hi {
            return 0.0;
        }
        let (c1, c2, c3) = (binom(n, k), binom(m - n, d - k), binom(m, d));
        if c1.is_finite() && c2.is_finite() && c3.is_finite() {
            return c1 * c2 / c3;
        }
        (gammaln(n + 1.0) + gammaln(m - n + 1.0) + gammaln(d + 1.0) + gammaln(m - d + 1.0)
            - gammaln(m + 1.0)
            - gammaln(k + 1.0)
            - gammaln(n - k + 1.0)
            - gammaln(d - k + 1.0)
            - gammaln(m - n - d + k + 1.0))
        .exp()
    }

    /// Boost's cdf (`complement`: sf) at integer k: below the mode the
    /// masses from k down to the support's start, summed by the recurrence
    /// until a term adds nothing; from the mode on one minus the masses
    /// above k (until a term falls below ε times the sum, or ε where the
    /// sum is to be complemented).
    fn boost_cdf(&self, k: f64, complement: bool) -> f64 {
        let (big_n, r, n) = (self.total, self.good, self.draws);
        let (lo, hi) = self.ends();
        let mode = ((r + 1.0) * (n + 1.0) / (big_n + 2.0)).floor();
        let mut x = k;
        let mut invert = complement;
        let mut result;
        if x < mode {
            result = self.mass(x);
            let mut diff = result;
            while diff > (if invert { 1.0 } else { result }) * f64::EPSILON {
                diff = x * ((big_n + x) - n - r) * diff / ((1.0 + n - x) * (1.0 + r - x));
                result += diff;
                if x == lo {
                    break;
                }
                x -= 1.0;
            }
        } else {
            invert = !invert;
            result = 0.0;
            if x != hi {
                x += 1.0;
                result = self.mass(x);
                let mut diff = result;
                while x <= hi && diff > (if invert { 1.0 } else { result }) * f64::EPSILON {
                    diff = (n - x) * (r - x) * diff / ((x + 1.0) * (big_n + x + 1.0 - n - r));
                    result += diff;
                    x += 1.0;
                }
            }
        }
        if invert {
            result = 1.0 - result;
        }
        result.clamp(0.0, 1.0)
    }

    /// SciPy's log-sum-exp of the log masses at `numpy.arange(start, stop)`
    /// (not necessarily integers: SciPy passes k unfloored).
    fn log_mass_sum(&self, start: f64, stop: f64) -> f64 {
        let count = (stop - start).ceil().max(0.0) as usize;
        let logs: Vec<f64> = (0..count).map(|i| self.logpmf(start + i as f64)).collect();
        logsumexp(&logs, None, false).0
    }
}

impl Discrete for Hypergeom {
    fn support(&self) -> (f64, f64) {
        self.ends()
    }
    fn pmf(&self, k: f64) -> f64 {
        if !k.is_finite() {
            return f64::NAN;
        }
        self.mass(k)
    }
    fn logpmf(&self, k: f64) -> f64 {
        let (tot, good, n) = (self.total, self.good, self.draws);
        let bad = tot - good;
        betaln(good + 1.0, 1.0) + betaln(bad + 1.0, 1.0) + betaln(tot - n + 1.0, n + 1.0)
            - betaln(k + 1.0, good - k + 1.0)
            - betaln(n - k + 1.0, bad - n + k + 1.0)
            - betaln(tot + 1.0, 1.0)
    }
    /// Boost's cdf (SciPy passes k unfloored; Boost rejects non-integers).
    fn cdf(&self, k: f64) -> f64 {
        if is_integral(k) {
            self.boost_cdf(k, false)
        } else {
            f64::NAN
        }
    }
    /// Boost's sf (NaN at non-integers, as for the cdf).
    fn sf(&self, k: f64) -> f64 {
        if is_integral(k) {
            self.boost_cdf(k, true)
        } else {
            f64::NAN
        }
    }
    /// SciPy: one minus exp of the log sf where k lies above the mean,
    /// else the log-sum-exp of the masses from 0 to k.
    fn logcdf(&self, k: f64) -> f64 {
        let (tot, good, draw) = (self.total, self.good, self.draws);
        if (k + 0.5) * (tot + 0.5) > (good - 0.5) * (draw - 0.5) {
            (-public_log(self, k, true).exp()).ln_1p()
        } else {
            self.log_mass_sum(0.0, k + 1.0)
        }
    }
    /// SciPy: one minus exp of the log cdf where k lies below the mean,
    /// else the log-sum-exp of the masses from k + 1 to N.
    fn logsf(&self, k: f64) -> f64 {
        let (tot, good, draw) = (self.total, self.good, self.draws);
        if (k + 0.5) * (tot + 0.5) < (good - 0.5) * (draw - 0.5) {
            (-public_log(self, k, false).exp()).ln_1p()
        } else {
            self.log_mass_sum(k + 1.0, draw + 1.0)
        }
    }
    /// Boost's mean, variance and skewness; SciPy's kurtosis.
    fn stats(&self) -> Moments {
        let (big_n, r, n) = (self.total, self.good, self.draws);
        let mean = r * n / big_n;
        let var = r * (n / big_n) * (1.0 - n / big_n) * (big_n - r) / (big_n - 1.0);
        let skew = (big_n - 2.0 * r) * (big_n - 1.0).sqrt() * (big_n - 2.0 * n)
            / ((n * r * (big_n - r) * (big_n - n)).sqrt() * (big_n - 2.0));
        let (m_tot, n_good, n_draw) = (big_n, r, n);
        let m = m_tot - n_good;
        let mut g2 = m_tot * (m_tot + 1.0) - 6.0 * n_draw * (m_tot - n_draw) - 6.0 * n_good * m;
        g2 *= (m_tot - 1.0) * m_tot * m_tot;
        g2 += 6.0 * n_good * n_draw * (m_tot - n_draw) * m * (5.0 * m_tot - 6.0);
        g2 /= n_good * n_draw * (m_tot - n_draw) * m * (m_tot - 2.0) * (m_tot - 3.0);
        Moments::all(mean, var, skew, g2)
    }
    /// The sum of entr(pmf) over N - (M - n), ..., min(n, N).
    fn entropy(&self) -> f64 {
        let (m, n, d) = (self.total, self.good, self.draws);
        let start = d - (m - n);
        let count = (n.min(d) - start + 1.0).max(0.0) as usize;
        let terms: Vec<f64> = (0..count)
            .map(|i| {
                let k = start + i as f64;
                let (lo, hi) = self.ends();
                entr(if k >= lo && k <= hi {
                    self.mass(k)
                } else {
                    0.0
                })
            })
            .collect();
        pairwise_sum(&terms)
    }
}

/// SciPy's public `logsf` (`sf`: true) or `logcdf` at k (loc 0): 0 / -inf
/// outside the support, the family's method inside.
fn public_log(d: &Hypergeom, k: f64, sf: bool) -> f64 {
    let (a, b) = d.ends();
    if sf {
        if k < a {
            0.0
        } else if k < b {
            d.logsf(k)
        } else {
            f64::NEG_INFINITY
        }
    } else if k >= b {
        0.0
    } else if k >= a {
        d.logcdf(k)
    } else {
        f64::NEG_INFINITY
    }
}
