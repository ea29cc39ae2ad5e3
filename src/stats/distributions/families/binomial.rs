//! Families resting on the incomplete beta function: `binom`, `bernoulli`,
//! `nbinom`, `geom` and `betabinom`. SciPy evaluates the binomial and
//! negative binomial masses, distribution functions and quantiles with
//! Boost.Math (`scu._binom_*`, `scu._nbinom_*`); these follow Boost's
//! formulas and its `integer_round_up` discrete quantile, which gives the
//! smallest integer whose cdf reaches q (whose sf falls to q for isf).

use super::super::discrete::Discrete;
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::integer_quantile::smallest_reaching;
use super::poisson::ndtri_guess;
use crate::special::beta::betaln;
use crate::special::beta_density::beta_pdf;
use crate::special::convex::entr;
use crate::special::elementary::{expm1, log1p, powm1, xlog1py, xlogy};
use crate::special::gamma::gammaln;
use crate::special::incomplete_beta::{betainc, betaincc};

/// Whether x is an integer (SciPy's `_isintegral`).
pub(super) fn is_integral(x: f64) -> bool {
    x == x.floor()
}

/// I_x(a, b), exactly 1/2 at a = b, x = 1/2 (as Boost's ibeta gives it,
/// where a median hits a quantile's probability exactly).
fn lower_beta(a: f64, b: f64, x: f64) -> f64 {
    if a == b && x == 0.5 {
        0.5
    } else {
        betainc(a, b, x)
    }
}

/// 1 - I_x(a, b), exactly 1/2 at a = b, x = 1/2.
fn upper_beta(a: f64, b: f64, x: f64) -> f64 {
    if a == b && x == 0.5 {
        0.5
    } else {
        betaincc(a, b, x)
    }
}

/// `binom`: `n` trials (an integer ≥ 0) of success probability `p`.
pub static BINOM: Family = Family::discrete("binom", c"n, p", |s| {
    let (n, p) = (s[0], s[1]);
    let valid = n >= 0.0 && is_integral(n) && (0.0..=1.0).contains(&p);
    valid.then(|| Model::Discrete(Box::new(Binomial { n, p })))
})
.with_raw_upper(|s| s[0]);

/// `bernoulli`: one trial of success probability `p`.
pub static BERNOULLI: Family = Family::discrete("bernoulli", c"p", |s| {
    let p = s[0];
    (0.0..=1.0)
        .contains(&p)
        .then(|| Model::Discrete(Box::new(Bernoulli(Binomial { n: 1.0, p }))))
})
.with_raw_upper(|_| 1.0);

/// The binomial distribution.
struct Binomial {
    n: f64,
    p: f64,
}

impl Binomial {
    /// Boost's binomial cdf at an integer k of [0, n].
    fn boost_cdf(&self, k: f64) -> f64 {
        if k == self.n || self.p == 0.0 {
            1.0
        } else if self.p == 1.0 {
            0.0
        } else {
            upper_beta(k + 1.0, self.n - k, self.p)
        }
    }

    /// Boost's binomial sf at an integer k of [0, n].
    fn boost_sf(&self, k: f64) -> f64 {
        if k == self.n || self.p == 0.0 {
            0.0
        } else if self.p == 1.0 {
            1.0
        } else {
            lower_beta(k + 1.0, self.n - k, self.p)
        }
    }

    /// Boost's binomial quantile for the lower probability `lower` (ppf:
    /// q; isf: 1 - q) with its special cases, then the integer search.
    fn boost_quantile(&self, q: f64, complement: bool) -> f64 {
        let (n, p) = (self.n, self.p);
        let lower = if complement { 1.0 - q } else { q };
        if lower == 0.0 {
            return 0.0;
        }
        if lower == 1.0 || p == 1.0 {
            return n;
        }
        if lower <= (1.0 - p).powf(n) || lower <= self.pmf(0.0) {
            return 0.0;
        }
        let guess = n * p + (n * p * (1.0 - p)).sqrt() * ndtri_guess(lower);
        if complement {
            smallest_reaching(&|k| self.boost_sf(k) <= q, 0.0, n, guess)
        } else {
            smallest_reaching(&|k| self.boost_cdf(k) >= q, 0.0, n, guess)
        }
    }
}

impl Discrete for Binomial {
    fn support(&self) -> (f64, f64) {
        (0.0, self.n)
    }
    /// Boost's binomial pdf: C(n, k) p^k (1-p)^(n-k) as the incomplete beta
    /// derivative at (k + 1, n - k + 1) over n + 1.
    fn pmf(&self, k: f64) -> f64 {
        let (n, p) = (self.n, self.p);
        if p == 0.0 {
            return if k == 0.0 { 1.0 } else { 0.0 };
        }
        if p == 1.0 {
            return if k == n { 1.0 } else { 0.0 };
        }
        if n == 0.0 {
            return 1.0;
        }
        if k == n {
            return p.powf(k);
        }
        beta_pdf(p, k + 1.0, n - k + 1.0) / (n + 1.0)
    }
    fn logpmf(&self, x: f64) -> f64 {
        let (n, p) = (self.n, self.p);
        let k = x.floor();
        let combiln = gammaln(n + 1.0) - (gammaln(k + 1.0) + gammaln(n - k + 1.0));
        combiln + xlogy(k, p) + xlog1py(n - k, -p)
    }
    fn cdf(&self, x: f64) -> f64 {
        self.boost_cdf(x.floor())
    }
    fn sf(&self, x: f64) -> f64 {
        self.boost_sf(x.floor())
    }
    fn ppf(&self, q: f64) -> f64 {
        self.boost_quantile(q, false)
    }
    fn isf(&self, q: f64) -> f64 {
        self.boost_quantile(q, true)
    }
    fn stats(&self) -> Moments {
        let (n, p) = (self.n, self.p);
        let mu = n * p;
        let var = mu - n * (p * p);
        let pq = p - p * p;
        let npq_sqrt = (n * pq).sqrt();
        let g1 = 1.0 / npq_sqrt - (2.0 * p) / npq_sqrt;
        let g2 = 1.0 / (n * pq) - 6.0 / n;
        Moments::all(mu, var, g1, g2)
    }
}

/// The Bernoulli distribution: the binomial with one trial, with its own
/// entropy.
struct Bernoulli(Binomial);

impl Discrete for Bernoulli {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    fn pmf(&self, k: f64) -> f64 {
        self.0.pmf(k)
    }
    fn logpmf(&self, k: f64) -> f64 {
        self.0.logpmf(k)
    }
    fn cdf(&self, k: f64) -> f64 {
        self.0.cdf(k)
    }
    fn sf(&self, k: f64) -> f64 {
        self.0.sf(k)
    }
    fn ppf(&self, q: f64) -> f64 {
        self.0.ppf(q)
    }
    fn isf(&self, q: f64) -> f64 {
        self.0.isf(q)
    }
    /// SciPy calls binom's `_stats` without `moments`, so only the mean
    /// and variance: skewness and kurtosis come from the moments.
    fn stats(&self) -> Moments {
        let m = self.0.stats();
        Moments {
            mean: m.mean,
            var: m.var,
            skew: None,
            kurtosis: None,
        }
    }
    fn entropy(&self) -> f64 {
        entr(self.0.p) + entr(1.0 - self.0.p)
    }
}

/// `nbinom`: failures before the `n`-th success (n > 0, not necessarily
/// an integer) of success probability `p`.
pub static NBINOM: Family = Family::discrete("nbinom", c"n, p", |s| {
    let (n, p) = (s[0], s[1]);
    (n > 0.0 && p > 0.0 && p <= 1.0)
        .then(|| Model::Discrete(Box::new(NegativeBinomial { r: n, p })))
});

/// The negative binomial distribution (Boost's `r` successes).
struct NegativeBinomial {
    r: f64,
    p: f64,
}

impl NegativeBinomial {
    /// Boost's negative binomial quantile (`comp`: of the complement) with
    /// its special cases, then the integer search.
    fn boost_quantile(&self, q: f64, complement: bool) -> f64 {
        let (r, p) = (self.r, self.p);
        let at_zero = if complement {
            q == 1.0 || -q <= powm1(p, r)
        } else {
            q == 0.0 || q <= p.powf(r)
        };
        if at_zero {
            return 0.0;
        }
        if (complement && q == 0.0) || (!complement && q == 1.0) {
            return f64::INFINITY;
        }
        let lower = if complement { 1.0 - q } else { q };
        if lower <= self.pmf(0.0) {
            return 0.0;
        }
        let mean = r * (1.0 - p) / p;
        let guess = mean + (mean / p).sqrt() * ndtri_guess(lower);
        if complement {
            smallest_reaching(&|k| self.sf(k) <= q, 0.0, f64::INFINITY, guess)
        } else {
            smallest_reaching(&|k| self.cdf(k) >= q, 0.0, f64::INFINITY, guess)
        }
    }
}

impl Discrete for NegativeBinomial {
    /// Boost's negative binomial pdf: p/(r + k) times the incomplete beta
    /// derivative at (r, k + 1).
    fn pmf(&self, k: f64) -> f64 {
        if !k.is_finite() {
            return f64::NAN;
        }
        (self.p / (self.r + k)) * beta_pdf(self.p, self.r, k + 1.0)
    }
    fn logpmf(&self, x: f64) -> f64 {
        let (n, p) = (self.r, self.p);
        let coeff = gammaln(n + x) - gammaln(x + 1.0) - gammaln(n);
        coeff + n * p.ln() + xlog1py(x, -p)
    }
    fn cdf(&self, x: f64) -> f64 {
        lower_beta(self.r, x.floor() + 1.0, self.p)
    }
    fn logcdf(&self, x: f64) -> f64 {
        let k = x.floor();
        let cdf = self.cdf(k);
        if cdf > 0.5 {
            log1p(-betainc(k + 1.0, self.r, 1.0 - self.p))
        } else {
            cdf.ln()
        }
    }
    fn sf(&self, x: f64) -> f64 {
        upper_beta(self.r, x.floor() + 1.0, self.p)
    }
    fn ppf(&self, q: f64) -> f64 {
        self.boost_quantile(q, false)
    }
    fn isf(&self, q: f64) -> f64 {
        self.boost_quantile(q, true)
    }
    /// Boost's mean, variance, skewness and excess kurtosis.
    fn stats(&self) -> Moments {
        let (r, p) = (self.r, self.p);
        let mean = r * (1.0 - p) / p;
        let var = r * (1.0 - p) / (p * p);
        let skew = (2.0 - p) / (r * (1.0 - p)).sqrt();
        let kurtosis = (6.0 - p * (6.0 - p)) / (r * (1.0 - p));
        Moments::all(mean, var, skew, kurtosis)
    }
}

/// `geom`: trials up to the first success, of probability 0 < p ≤ 1.
pub static GEOM: Family = Family::discrete("geom", c"p", |s| {
    let p = s[0];
    (p <= 1.0 && p > 0.0).then(|| Model::Discrete(Box::new(Geometric { p })))
});

/// The geometric distribution on 1, 2, ...
struct Geometric {
    p: f64,
}

impl Discrete for Geometric {
    fn support(&self) -> (f64, f64) {
        (1.0, f64::INFINITY)
    }
    fn pmf(&self, k: f64) -> f64 {
        (1.0 - self.p).powf(k - 1.0) * self.p
    }
    fn logpmf(&self, k: f64) -> f64 {
        xlog1py(k - 1.0, -self.p) + self.p.ln()
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(log1p(-self.p) * x.floor())
    }
    fn sf(&self, x: f64) -> f64 {
        self.logsf(x).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        x.floor() * log1p(-self.p)
    }
    fn ppf(&self, q: f64) -> f64 {
        let vals = (log1p(-q) / log1p(-self.p)).ceil();
        let temp = self.cdf(vals - 1.0);
        if temp >= q && vals > 0.0 {
            vals - 1.0
        } else {
            vals
        }
    }
    fn stats(&self) -> Moments {
        let p = self.p;
        let mu = 1.0 / p;
        let qr = 1.0 - p;
        let var = qr / p / p;
        let g1 = (2.0 - p) / qr.sqrt();
        let g2 = ((p - 6.0) * p + 6.0) / (1.0 - p);
        Moments::all(mu, var, g1, g2)
    }
    fn entropy(&self) -> f64 {
        -self.p.ln() - log1p(-self.p) * (1.0 - self.p) / self.p
    }
}

/// `betabinom`: `n` trials (an integer ≥ 0) whose success probability is
/// Beta(a, b) distributed, a, b > 0.
pub static BETABINOM: Family = Family::discrete("betabinom", c"n, a, b", |s| {
    let (n, a, b) = (s[0], s[1], s[2]);
    let valid = n >= 0.0 && is_integral(n) && a > 0.0 && b > 0.0;
    valid.then(|| Model::Discrete(Box::new(BetaBinomial { n, a, b })))
})
.with_raw_upper(|s| s[0]);

/// The beta-binomial distribution; its cdf is SciPy's generic sum of the
/// masses from 0.
struct BetaBinomial {
    n: f64,
    a: f64,
    b: f64,
}

impl Discrete for BetaBinomial {
    fn support(&self) -> (f64, f64) {
        (0.0, self.n)
    }
    fn pmf(&self, k: f64) -> f64 {
        self.logpmf(k).exp()
    }
    fn logpmf(&self, x: f64) -> f64 {
        let (n, a, b) = (self.n, self.a, self.b);
        let k = x.floor();
        let combiln = -(n + 1.0).ln() - betaln(n - k + 1.0, k + 1.0);
        combiln + betaln(k + a, n - k + b) - betaln(a, b)
    }
    /// `rv_discrete._cdf_single`: the sum of the masses 0..=floor(x).
    fn cdf(&self, x: f64) -> f64 {
        let k = x.floor();
        let masses: Vec<f64> = (0..=k as u64).map(|i| self.pmf(i as f64)).collect();
        crate::special::logsumexp::pairwise_sum(&masses)
    }
    fn stats(&self) -> Moments {
        let (n, a, b) = (self.n, self.a, self.b);
        let e_p = a / (a + b);
        let e_q = 1.0 - e_p;
        let mu = n * e_p;
        let var = n * (a + b + n) * e_p * e_q / (a + b + 1.0);
        let mut g1 = 1.0 / var.sqrt();
        g1 *= (a + b + 2.0 * n) * (b - a);
        g1 /= (a + b + 2.0) * (a + b);
        let mut g2 = a + b;
        g2 *= a + b - 1.0 + 6.0 * n;
        g2 += 3.0 * a * b * (n - 2.0);
        g2 += 6.0 * (n * n);
        g2 -= 3.0 * e_p * b * n * (6.0 - n);
        g2 -= 18.0 * e_p * e_q * (n * n);
        g2 *= (a + b) * (a + b) * (1.0 + a + b);
        g2 /= n * a * b * (a + b + 2.0) * (a + b + 3.0) * (a + b + n);
        g2 -= 3.0;
        Moments::all(mu, var, g1, g2)
    }
}
