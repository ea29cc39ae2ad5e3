//! Discrete families with series masses: `zipf` (a Riemann zeta series),
//! `logser` (the logarithmic series) and `dlaplace` (two-sided geometric).
//! SciPy leaves zipf's and logser's cdf to the generic sum of masses, and
//! their quantiles to the generic bisection.
//!
//! SciPy's masses here go through NumPy's SIMD `power`, whose last bit
//! differs from libm's for ~5% of arguments, so the summed cdfs near 1
//! differ from SciPy's by an ulp or two (see the test's TOLERANCES).

use std::cell::Cell;

use super::super::discrete::{ppf_by_bisection, Discrete};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::beta::beta;
use crate::special::elementary::log1p;
use crate::special::incomplete_beta::betainc;
use crate::special::logsumexp::pairwise_sum;
use crate::special::zeta::hurwitz_zeta;

/// Beyond this many terms SciPy's generic cdf, which materialises the
/// whole range (`numpy.arange`), runs out of memory (it failed allocating
/// 2.5 GiB, 335 544 410 terms, for the reference data and succeeded with
/// 83 886 170): sciport gives NaN there, where SciPy raises.
const MAX_TERMS: f64 = 1e8;

/// `rv_discrete._cdf_single` for a mass decreasing on its support [a, inf):
/// the masses from a to floor(x), summed in `numpy.sum`'s pairwise order
/// without holding them (a range whose first mass is 0 adds 0).
fn summed_cdf(pmf: &dyn Fn(f64) -> f64, a: f64, x: f64) -> f64 {
    let count = (x.floor() - a + 1.0).max(0.0);
    if count > MAX_TERMS {
        return f64::NAN;
    }
    streamed_pairwise_sum(&|i| pmf(a + i as f64), 0, count as usize)
}

/// `pairwise_sum` of term(start), ..., term(start + n - 1), split as
/// NumPy splits (halves rounded down to a multiple of 8 above 128 terms).
fn streamed_pairwise_sum(term: &dyn Fn(usize) -> f64, start: usize, n: usize) -> f64 {
    if n <= 128 {
        let mut block = [0.0f64; 128];
        for (i, slot) in block[..n].iter_mut().enumerate() {
            *slot = term(start + i);
        }
        return pairwise_sum(&block[..n]);
    }
    if term(start) == 0.0 {
        return 0.0;
    }
    let half = n / 2;
    let half = half - half % 8;
    streamed_pairwise_sum(term, start, half) + streamed_pairwise_sum(term, start + half, n - half)
}

/// SciPy's generic bisection ppf, NaN where a cdf it needs fails (NaN:
/// SciPy raises there).
fn bisection_or_nan(cdf: &dyn Fn(f64) -> f64, support: (f64, f64), q: f64) -> f64 {
    let failed = Cell::new(false);
    let checked = |k: f64| {
        let v = cdf(k);
        if v.is_nan() {
            failed.set(true);
        }
        v
    };
    let k = ppf_by_bisection(&checked, support, q);
    if failed.get() {
        f64::NAN
    } else {
        k
    }
}

/// `zipf`: P(k) = k^(-a)/ζ(a) on k ≥ 1, a > 1.
#[allow(dead_code)] // not registered until its tests pass
pub static ZIPF: Family = Family::discrete("zipf", c"a", |s| {
    let a = s[0];
    (a > 1.0).then(|| {
        Model::Discrete(Box::new(Zipf {
            a,
            inv_zeta: 1.0 / hurwitz_zeta(a, 1.0),
        }))
    })
});

/// The Zipf (zeta) distribution.
struct Zipf {
    a: f64,
    /// 1/ζ(a), as SciPy's pmf forms it.
    inv_zeta: f64,
}

impl Discrete for Zipf {
    fn support(&self) -> (f64, f64) {
        (1.0, f64::INFINITY)
    }
    fn pmf(&self, k: f64) -> f64 {
        self.inv_zeta * k.powf(-self.a)
    }
    fn cdf(&self, x: f64) -> f64 {
        summed_cdf(&|k| self.pmf(k), 1.0, x)
    }
    fn ppf(&self, q: f64) -> f64 {
        bisection_or_nan(&|k| self.cdf(k), self.support(), q)
    }
    /// ζ(a - n)/ζ(a) where a > n + 1, else inf.
    fn munp(&self, n: u32) -> f64 {
        let n = f64::from(n);
        if self.a > n + 1.0 {
            hurwitz_zeta(self.a - n, 1.0) / hurwitz_zeta(self.a, 1.0)
        } else {
            f64::INFINITY
        }
    }
}

/// `logser`: P(k) = -p^k/(k log(1 - p)) on k ≥ 1, 0 < p < 1.
pub static LOGSER: Family = Family::discrete("logser", c"p", |s| {
    let p = s[0];
    (p > 0.0 && p < 1.0).then(|| Model::Discrete(Box::new(Logser { p })))
});

/// The logarithmic series distribution.
struct Logser {
    p: f64,
}

impl Discrete for Logser {
    fn support(&self) -> (f64, f64) {
        (1.0, f64::INFINITY)
    }
    fn pmf(&self, k: f64) -> f64 {
        -self.p.powf(k) * 1.0 / k / log1p(-self.p)
    }
    fn cdf(&self, x: f64) -> f64 {
        summed_cdf(&|k| self.pmf(k), 1.0, x)
    }
    fn ppf(&self, q: f64) -> f64 {
        bisection_or_nan(&|k| self.cdf(k), self.support(), q)
    }
    /// SciPy's sf through the incomplete beta function with a tiny second
    /// parameter.
    fn sf(&self, k: f64) -> f64 {
        const TINY: f64 = 1e-100;
        -betainc(k + 1.0, TINY, self.p) * beta(k + 1.0, TINY) / log1p(-self.p)
    }
    fn stats(&self) -> Moments {
        let p = self.p;
        let r = log1p(-p);
        let mu = p / (p - 1.0) / r;
        let mu2p = -p / r / (p - 1.0).powi(2);
        let var = mu2p - mu * mu;
        let mu3p = -p / r * (1.0 + p) / (1.0 - p).powf(3.0);
        let mu3 = mu3p - 3.0 * mu * mu2p + 2.0 * mu.powf(3.0);
        let g1 = mu3 / var.powf(1.5);
        let mu4p = -p / r
            * (1.0 / (p - 1.0).powi(2) - 6.0 * p / (p - 1.0).powf(3.0)
                + 6.0 * p * p / (p - 1.0).powf(4.0));
        let mu4 = mu4p - 4.0 * mu3p * mu + 6.0 * mu2p * mu * mu - 3.0 * mu.powf(4.0);
        let g2 = mu4 / (var * var) - 3.0;
        Moments::all(mu, var, g1, g2)
    }
}

/// `dlaplace`: P(k) = tanh(a/2) e^(-a|k|) on the integers, a > 0.
pub static DLAPLACE: Family = Family::discrete("dlaplace", c"a", |s| {
    let a = s[0];
    (a > 0.0).then(|| Model::Discrete(Box::new(Dlaplace { a })))
});

/// The discrete Laplacian distribution.
struct Dlaplace {
    a: f64,
}

impl Discrete for Dlaplace {
    fn support(&self) -> (f64, f64) {
        (f64::NEG_INFINITY, f64::INFINITY)
    }
    fn pmf(&self, k: f64) -> f64 {
        (self.a / 2.0).tanh() * (-self.a * k.abs()).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        let (k, a) = (x.floor(), self.a);
        if k >= 0.0 {
            1.0 - (-a * k).exp() / (a.exp() + 1.0)
        } else {
            (a * (k + 1.0)).exp() / (a.exp() + 1.0)
        }
    }
    fn ppf(&self, q: f64) -> f64 {
        let a = self.a;
        let constant = 1.0 + a.exp();
        let vals = if q < 1.0 / (1.0 + (-a).exp()) {
            (q * constant).ln() / a - 1.0
        } else {
            -((1.0 - q) * constant).ln() / a
        }
        .ceil();
        let vals1 = vals - 1.0;
        if self.cdf(vals1) >= q {
            vals1
        } else {
            vals
        }
    }
    fn stats(&self) -> Moments {
        let ea = self.a.exp();
        let mu2 = 2.0 * ea / (ea - 1.0).powi(2);
        let mu4 = 2.0 * ea * (ea.powi(2) + 10.0 * ea + 1.0) / (ea - 1.0).powf(4.0);
        Moments::all(0.0, mu2, 0.0, mu4 / (mu2 * mu2) - 3.0)
    }
    fn entropy(&self) -> f64 {
        self.a / self.a.sinh() - (self.a / 2.0).tanh().ln()
    }
}
