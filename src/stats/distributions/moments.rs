//! SciPy's assembly of mean, variance, skewness and kurtosis from a
//! family's closed forms (`_stats`) and its non-central moments (`_munp`),
//! and of `moment(n)` for a located and scaled variable.

use crate::special::combinatorics::comb;

/// What a family's `_stats` returns: each of mean, variance, Fisher
/// skewness and excess kurtosis, or `None` where it has no closed form.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Moments {
    /// Mean.
    pub mean: Option<f64>,
    /// Variance.
    pub var: Option<f64>,
    /// Skewness.
    pub skew: Option<f64>,
    /// Excess kurtosis.
    pub kurtosis: Option<f64>,
}

impl Moments {
    /// All four moments known.
    pub fn all(mean: f64, var: f64, skew: f64, kurtosis: f64) -> Self {
        Moments {
            mean: Some(mean),
            var: Some(var),
            skew: Some(skew),
            kurtosis: Some(kurtosis),
        }
    }
}

/// Mean, variance, skewness and kurtosis of the located and scaled
/// variable, as `rv_generic.stats(moments="mvsk")` computes them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stats {
    /// Mean.
    pub mean: f64,
    /// Variance.
    pub var: f64,
    /// Skewness.
    pub skew: f64,
    /// Excess kurtosis.
    pub kurtosis: f64,
}

/// Which of the four statistics a caller wants (SciPy's `moments` letters).
#[derive(Debug, Clone, Copy)]
pub struct Wanted {
    pub mean: bool,
    pub var: bool,
    pub skew: bool,
    pub kurtosis: bool,
}

/// `rv_generic.stats`: fills the wanted statistics from the closed forms,
/// falling back on `munp` exactly where SciPy does (so a family whose
/// `_stats` lacks a moment costs the same quadratures as in SciPy).
/// Unwanted entries are NaN.
pub fn assemble(m: Moments, munp: &dyn Fn(u32) -> f64, loc: f64, scale: f64, w: Wanted) -> Stats {
    let mut mu = m.mean;
    let mut mu2 = m.var;
    let mut out = Stats {
        mean: f64::NAN,
        var: f64::NAN,
        skew: f64::NAN,
        kurtosis: f64::NAN,
    };
    if w.mean {
        let v = *mu.get_or_insert_with(|| munp(1));
        out.mean = v * scale + loc;
    }
    if w.var {
        let v = match mu2 {
            Some(v) => v,
            None => {
                let mu2p = munp(2);
                let mean = *mu.get_or_insert_with(|| munp(1));
                let v = if mean.is_infinite() {
                    f64::INFINITY
                } else {
                    mu2p - mean * mean
                };
                mu2 = Some(v);
                v
            }
        };
        out.var = v * scale * scale;
    }
    let mut g1 = m.skew;
    if w.skew {
        if g1.is_none() {
            let mu3p = munp(3);
            let mean = *mu.get_or_insert_with(|| munp(1));
            let var = *mu2.get_or_insert_with(|| munp(2) - mean * mean);
            let mu3 = (-mean * mean - 3.0 * var) * mean + mu3p;
            g1 = Some(mu3 / var.powf(1.5));
        }
        out.skew = g1.unwrap_or(f64::NAN);
    }
    if w.kurtosis {
        out.kurtosis = match m.kurtosis {
            Some(g2) => g2,
            None => {
                let mu4p = munp(4);
                let mean = *mu.get_or_insert_with(|| munp(1));
                let var = *mu2.get_or_insert_with(|| munp(2) - mean * mean);
                let mu3 = match g1 {
                    Some(g1) => g1 * var.powf(1.5),
                    None => (-mean * mean - 3.0 * var) * mean + munp(3),
                };
                let mu4 = ((-mean * mean - 6.0 * var) * mean - 4.0 * mu3) * mean + mu4p;
                mu4 / (var * var) - 3.0
            }
        };
    }
    out
}

/// SciPy's `_moment_from_stats`: E[Y^n] of the standard variable from the
/// closed-form moments where they suffice, else from `munp`.
fn standard_moment(n: u32, m: &Moments, munp: &dyn Fn(u32) -> f64) -> f64 {
    match (n, m.mean, m.var, m.skew, m.kurtosis) {
        (0, ..) => 1.0,
        (1, Some(mu), ..) => mu,
        (2, Some(mu), Some(mu2), ..) => mu2 + mu * mu,
        (3, Some(mu), Some(mu2), Some(g1), _) => {
            let mu3 = g1 * mu2.powf(1.5);
            mu3 + 3.0 * mu * mu2 + mu * mu * mu
        }
        (4, Some(mu), Some(mu2), Some(g1), Some(g2)) => {
            let mu4 = (g2 + 3.0) * mu2.powf(2.0);
            let mu3 = g1 * mu2.powf(1.5);
            mu4 + 4.0 * mu * mu3 + 6.0 * mu * mu * mu2 + mu * mu * mu * mu
        }
        _ => munp(n),
    }
}

/// `rv_generic.moment(n)`: E[X^n] for X = loc + scale Y, expanded
/// binomially in E[Y^k] when loc ≠ 0, as SciPy expands it. `m` is the
/// family's `_stats` (SciPy consults it only for 1 ≤ n ≤ 4).
pub fn noncentral_moment(
    n: u32,
    m: Moments,
    munp: &dyn Fn(u32) -> f64,
    loc: f64,
    scale: f64,
) -> f64 {
    let m = if (1..5).contains(&n) {
        m
    } else {
        Moments::default()
    };
    let val = standard_moment(n, &m, munp);
    if loc == 0.0 {
        return scale.powf(n as f64) * val;
    }
    let fac = scale / loc;
    let mut sum = 0.0;
    for k in 0..n {
        let valk = standard_moment(k, &m, munp);
        sum += comb(n as f64, k as f64, false) * fac.powf(k as f64) * valk;
    }
    sum += fac.powf(n as f64) * val;
    sum * loc.powf(n as f64)
}
