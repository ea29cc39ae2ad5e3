//! The standard form of a discrete family (SciPy's `rv_discrete` private
//! methods at loc = 0) and SciPy's generic fallbacks: bisection for the
//! quantile function and chunked summation from the median for moments,
//! entropy and expectations.

use super::moments::Moments;
use crate::error::Result;
use crate::special::convex::entr;
use crate::special::logsumexp::pairwise_sum;

/// One member of a discrete family with valid shape parameters, at
/// loc = 0. `pmf`/`logpmf` are called at integers of the support, `cdf`/`sf`
/// and their logs at finite points of [a, b) (not necessarily integers: a
/// family floors them), `ppf`/`isf` for 0 < q < 1. The defaults are SciPy's
/// generic ones.
pub trait Discrete: Send + Sync {
    /// Support [a, b] of integers; b may be inf (`_get_support`).
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    /// Probability mass (`_pmf`).
    fn pmf(&self, k: f64) -> f64;
    /// Log of the mass (`_logpmf`; generic: log of pmf).
    fn logpmf(&self, k: f64) -> f64 {
        self.pmf(k).ln()
    }
    /// Distribution function P(X ≤ k) (`_cdf`).
    fn cdf(&self, k: f64) -> f64;
    /// Log of the distribution function (generic: log of cdf).
    fn logcdf(&self, k: f64) -> f64 {
        self.cdf(k).ln()
    }
    /// Survival function P(X > k) (generic: 1 - cdf).
    fn sf(&self, k: f64) -> f64 {
        1.0 - self.cdf(k)
    }
    /// Log survival function (generic: log of sf).
    fn logsf(&self, k: f64) -> f64 {
        self.sf(k).ln()
    }
    /// Smallest k with cdf(k) ≥ q (`_ppf`; generic: SciPy's bisection).
    fn ppf(&self, q: f64) -> f64 {
        ppf_by_bisection(&|k| self.cdf(k), self.support(), q)
    }
    /// Inverse survival function (generic: ppf(1 - q)).
    fn isf(&self, q: f64) -> f64 {
        self.ppf(1.0 - q)
    }
    /// Closed-form moments (`_stats`); `None` entries come from `munp`.
    fn stats(&self) -> Moments {
        Moments::default()
    }
    /// Whether `_stats` takes SciPy's `moments` argument (see
    /// [`Continuous::stats_has_moments`](super::continuous::Continuous::stats_has_moments)).
    fn stats_has_moments(&self) -> bool {
        false
    }
    /// E[X^n] (`_munp`; generic: summation of k^n pmf from the median).
    fn munp(&self, n: u32) -> f64 {
        let (a, b) = self.support();
        expect_sum(&|k| k.powf(n as f64) * self.pmf(k), a, b, self.ppf(0.5))
    }
    /// Entropy (`_entropy`; generic: summation of entr(pmf) from the median).
    fn entropy(&self) -> f64 {
        let (a, b) = self.support();
        expect_sum(&|k| entr(self.pmf(k)), a, b, self.ppf(0.5))
    }
}

/// SciPy's `_drv2_ppfsingle`: find integers a < b bracketing q (stepping
/// out from an infinite support end with doubling steps), then bisect.
/// NaN where SciPy raises (no bracket, or the bisection stops updating).
pub fn ppf_by_bisection(cdf: &dyn Fn(f64) -> f64, support: (f64, f64), q: f64) -> f64 {
    let (lo, hi) = support;
    let (mut a, mut b) = (lo, hi);
    let mut qb = 1.0;
    let mut step = 10.0;
    if b.is_infinite() {
        b = (100.0 * q).max(10.0);
        loop {
            if b >= hi {
                qb = 1.0;
                break;
            }
            qb = cdf(b);
            if qb < q {
                b += step;
                step *= 2.0;
            } else {
                break;
            }
        }
    }
    let mut qa;
    step = 10.0;
    if a.is_infinite() {
        a = (-100.0 * q).min(-10.0);
        loop {
            if a <= lo {
                qa = 0.0;
                break;
            }
            qa = cdf(a);
            if qa > q {
                a -= step;
                step *= 2.0;
            } else {
                break;
            }
        }
    } else {
        qa = cdf(a);
    }
    if a.is_infinite() || b.is_infinite() {
        return f64::NAN;
    }
    for _ in 0..2046 {
        if qa == q {
            return a;
        }
        if qb == q {
            return b;
        }
        if b <= a + 1.0 {
            return if qa > q { a } else { b };
        }
        let c = ((a + b) / 2.0).trunc();
        let qc = cdf(c);
        if qc < q {
            if a == c {
                return f64::NAN;
            }
            (a, qa) = (c, qc);
        } else if qc > q {
            if b == c {
                return f64::NAN;
            }
            (b, qb) = (c, qc);
        } else {
            return c;
        }
    }
    f64::NAN
}

/// Terms summed per chunk, SciPy's `chunksize`.
const CHUNK: f64 = 32.0;

/// SciPy's `_expect(fun, lb, ub, x0, inc=1)` with its defaults
/// (maxcount 1000, tolerance 1e-10, chunksize 32): the whole support when
/// it has at most 32 points, else chunks of 32 upward from the median `x0`
/// and then downward, each direction stopping at the first chunk whose sum
/// is below 1e-10 per term.
pub fn expect_sum(fun: &dyn Fn(f64) -> f64, lb: f64, ub: f64, x0: f64) -> f64 {
    let mut f = |k: f64| Ok(fun(k));
    expect_sum_with(&mut f, lb, ub, x0, 1000, 1e-10).unwrap_or(f64::NAN)
}

/// `_expect` with explicit `maxcount` and `tolerance`, for a fallible
/// `fun` (a user callback): its error is returned at once.
pub fn expect_sum_with(
    fun: &mut dyn FnMut(f64) -> Result<f64>,
    lb: f64,
    ub: f64,
    x0: f64,
    maxcount: usize,
    tolerance: f64,
) -> Result<f64> {
    if ub - lb <= CHUNK {
        return Ok(chunk_sum(fun, lb, ub + 1.0, 1.0)?.0);
    }
    let x0 = x0.max(lb).min(ub);
    let mut count = 0usize;
    let mut total = 0.0;
    let mut start = x0;
    while start < ub + 1.0 {
        let end = (start + CHUNK).min(ub + 1.0);
        let (delta, size) = chunk_sum(fun, start, end, 1.0)?;
        count += size;
        total += delta;
        start = end;
        if delta.abs() < tolerance * size as f64 {
            break;
        }
        if count > maxcount {
            return Ok(total);
        }
    }
    let mut start = x0 - 1.0;
    while start > lb - 1.0 {
        let end = (start - CHUNK).max(lb - 1.0);
        let (delta, size) = chunk_sum(fun, start, end, -1.0)?;
        count += size;
        total += delta;
        start = end;
        if delta.abs() < tolerance * size as f64 || count > maxcount {
            break;
        }
    }
    Ok(total)
}

/// Sum of fun over start, start + inc, ... up to (not including) end, in
/// `numpy.sum`'s order, and the number of terms.
fn chunk_sum(
    fun: &mut dyn FnMut(f64) -> Result<f64>,
    start: f64,
    end: f64,
    inc: f64,
) -> Result<(f64, usize)> {
    let mut values = Vec::new();
    let mut k = start;
    while (k - end) * inc < 0.0 {
        values.push(fun(k)?);
        k += inc;
    }
    Ok((pairwise_sum(&values), values.len()))
}
