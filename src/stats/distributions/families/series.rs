//! Discrete families with series masses: `zipf` (a Riemann zeta series),
//! `logser` (the logarithmic series) and `dlaplace` (two-sided geometric).
//! SciPy leaves zipf's and logser's cdf to the generic sum of masses, and
//! their quantiles to the generic bisection.
//!
//! The summed cdfs near 1 (and the quantiles that bisect them) hang on the
//! last bit of each mass's normalisation, so zipf's ζ(a) and logser's
//! log(1 - p) are computed as SciPy's Cephes routines compute them.

use std::cell::Cell;

use super::super::discrete::{ppf_by_bisection, Discrete};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::beta::beta;
use crate::special::elementary::log1p;
use crate::special::incomplete_beta::betainc;
use crate::special::logsumexp::pairwise_sum;

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

/// SciPy's `zeta(x, 1)` for x > 1 as Cephes computes it: the direct sum
/// of k^(-x) for k = 1..10 (or until a term is below ε of the sum), then
/// the Euler–Maclaurin tail with up to 12 Bernoulli terms. Its last bit
/// is not always right (ζ(3) is an ulp low), but zipf's summed cdf near 1
/// rests on it: SciPy's cdf reaches 1 (and its quantiles stop) where this
/// normalisation puts them, so the family uses this value, not sciport's
/// more accurate `hurwitz_zeta` (which agrees to an ulp).
fn scipy_zeta(x: f64) -> f64 {
    /// (2j)!/B_{2j}, Cephes' Euler–Maclaurin divisors.
    #[allow(clippy::excessive_precision)] // Cephes' digits
    const A: [f64; 12] = [
        12.0,
        -720.0,
        30240.0,
        -1209600.0,
        47900160.0,
        -1.8924375803183791606e9,
        7.47242496e10,
        -2.950130727918164224e12,
        1.1646782814350067249e14,
        -4.5979787224074726105e15,
        1.8152105401943546773e17,
        -7.1661652561756670113e18,
    ];
    const MACHEP: f64 = 1.110_223_024_625_156_5e-16;
    let mut s = 1.0f64.powf(-x);
    let (mut a, mut b) = (1.0f64, 0.0f64);
    let mut i = 0;
    while i < 9 || a <= 9.0 {
        i += 1;
        a += 1.0;
        b = a.powf(-x);
        s += b;
        if (b / s).abs() < MACHEP {
            return s;
        }
    }
    let w = a;
    s += b * w / (x - 1.0);
    s -= 0.5 * b;
    let (mut a, mut k) = (1.0f64, 0.0f64);
    for divisor in A {
        a *= x + k;
        b /= w;
        let t = a * b / divisor;
        s += t;
        if (t / s).abs() < MACHEP {
            return s;
        }
        k += 1.0;
        a *= x + k;
        b /= w;
        k += 1.0;
    }
    s
}

/// `zipf`: P(k) = k^(-a)/ζ(a) on k ≥ 1, a > 1.
pub static ZIPF: Family = Family::discrete("zipf", c"a", |s| {
    let a = s[0];
    (a > 1.0).then(|| {
        Model::Discrete(Box::new(Zipf {
            a,
            inv_zeta: 1.0 / scipy_zeta(a),
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
            scipy_zeta(self.a - n) / scipy_zeta(self.a)
        } else {
            f64::INFINITY
        }
    }
}

/// `scipy.special.log1p` as Cephes computes it: log(1 + x) where 1 + x
/// lies outside [√½, √2], else x - x²/2 + x³ P(x)/Q(x) (Cephes' rational
/// fit). It differs from the C library's `log1p` in the last bit for ~7%
/// of x in (-1, 0), and logser's masses (so its summed cdf near 1) carry
/// that bit.
fn scipy_log1p(x: f64) -> f64 {
    #[allow(clippy::excessive_precision)] // Cephes' digits
    const LP: [f64; 7] = [
        4.5270000862445199635215e-5,
        4.9854102823193375972212e-1,
        6.5787325942061044846969e0,
        2.9911919328553073277375e1,
        6.0949667980987787057556e1,
        5.7112963590585538103336e1,
        2.0039553499201281259648e1,
    ];
    #[allow(clippy::excessive_precision)] // Cephes' digits
    const LQ: [f64; 6] = [
        1.5062909083469192043167e1,
        8.3047565967967209469434e1,
        2.2176239823732856465394e2,
        3.0909872225312059774938e2,
        2.1642788614495947685003e2,
        6.0118660497603843919306e1,
    ];
    let z = 1.0 + x;
    if !(std::f64::consts::FRAC_1_SQRT_2..=std::f64::consts::SQRT_2).contains(&z) {
        return z.ln();
    }
    let p = LP.iter().fold(0.0, |y, &c| y * x + c);
    let q = LQ.iter().fold(1.0, |y, &c| y * x + c);
    let z = x * x;
    x + (-0.5 * z + x * (z * p / q))
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
        -self.p.powf(k) * 1.0 / k / scipy_log1p(-self.p)
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
        let r = scipy_log1p(-p);
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
