//! The standard form of a continuous family (SciPy's `rv_continuous`
//! private methods `_pdf`, `_cdf`, ... at loc = 0, scale = 1) and SciPy's
//! generic fallbacks for the methods a family does not define.

use crate::optimize::{root_scalar, RootScalarOptions};

use super::moments::Moments;

/// One member of a continuous family with valid shape parameters, in
/// standard form (loc = 0, scale = 1). Each method is called only where
/// SciPy calls the private method: `pdf`/`logpdf` on the closed support,
/// `cdf`/`sf` and their logs on the open support, `ppf`/`isf` for
/// 0 < q < 1. The defaults are SciPy's generic ones.
pub trait Continuous: Send + Sync {
    /// Support [a, b] (SciPy's `_get_support`).
    fn support(&self) -> (f64, f64) {
        (f64::NEG_INFINITY, f64::INFINITY)
    }
    /// Whether `pdf`/`logpdf` are evaluated at x (SciPy's `_support_mask`;
    /// default: the closed support). Elsewhere the density is 0.
    fn in_support(&self, x: f64) -> bool {
        let (a, b) = self.support();
        a <= x && x <= b
    }
    /// Density (`_pdf`).
    fn pdf(&self, x: f64) -> f64;
    /// Log density (`_logpdf`; generic: log of the density).
    fn logpdf(&self, x: f64) -> f64 {
        self.pdf(x).ln()
    }
    /// Distribution function (`_cdf`).
    fn cdf(&self, x: f64) -> f64;
    /// Log of the distribution function (`_logcdf`; generic: log of cdf
    /// below the median `ppf(0.5)`, log1p(-sf) from it on).
    fn logcdf(&self, x: f64) -> f64 {
        if x < self.ppf(0.5) {
            self.cdf(x).ln()
        } else {
            (-self.sf(x)).ln_1p()
        }
    }
    /// Survival function (`_sf`; generic: 1 - cdf).
    fn sf(&self, x: f64) -> f64 {
        1.0 - self.cdf(x)
    }
    /// Log survival function (`_logsf`; generic: log of sf above the
    /// median `ppf(0.5)`, log1p(-cdf) up to it).
    fn logsf(&self, x: f64) -> f64 {
        if x > self.ppf(0.5) {
            self.sf(x).ln()
        } else {
            (-self.cdf(x)).ln_1p()
        }
    }
    /// Quantile function (`_ppf`; generic: Brent's method on cdf - q).
    fn ppf(&self, q: f64) -> f64 {
        ppf_by_brentq(|x| standard_cdf(self, x), self.support(), q)
    }
    /// Inverse survival function (`_isf`; generic: ppf(1 - q)).
    fn isf(&self, q: f64) -> f64 {
        self.ppf(1.0 - q)
    }
    /// The moments the family knows in closed form (`_stats`); `None` entries
    /// come from `munp`.
    fn stats(&self) -> Moments {
        Moments::default()
    }
    /// Whether `_stats` takes SciPy's `moments` argument
    /// (`_stats_has_moments`): `moment(n)` then gets only the closed forms
    /// SciPy asks for ('m', 'v', 'vs', 'mvsk' for n = 1..4), the rest from
    /// `munp`.
    fn stats_has_moments(&self) -> bool {
        false
    }
    /// Whether SciPy's generic moments integrate x^n pdf(x) over the
    /// support (`momtype=0`) rather than ppf(q)^n over (0, 1) (the default
    /// `momtype=1`).
    fn moments_from_pdf(&self) -> bool {
        false
    }
    /// Non-central moment E[X^n] (`_munp`; generic: SciPy's default
    /// `momtype=1`, the quadrature of ppf(q)^n over [0, 1], or of x^n pdf
    /// where `moments_from_pdf`).
    fn munp(&self, n: u32) -> f64 {
        if self.moments_from_pdf() {
            super::integrate::continuous_moment(self, n)
        } else {
            super::integrate::continuous_moment_by_ppf(self, n)
        }
    }
    /// The range `expect` integrates over by default, for the family at
    /// `loc` and `scale` (SciPy's `lb`/`ub` of None): the support after loc
    /// and scale, unless the family overrides `expect` (vonmises: one period
    /// around loc).
    fn expect_range(&self, loc: f64, scale: f64) -> (f64, f64) {
        let (a, b) = self.support();
        (loc + a * scale, loc + b * scale)
    }
    /// Differential entropy (`_entropy`; generic: quadrature of entr(pdf)).
    fn entropy(&self) -> f64 {
        super::integrate::continuous_entropy(self)
    }
}

/// SciPy's public `cdf` at loc = 0, scale = 1: 0 below the support, 1 at
/// and above its upper end, the family's cdf inside, NaN for NaN.
pub fn standard_cdf<D: Continuous + ?Sized>(d: &D, x: f64) -> f64 {
    let (a, b) = d.support();
    if x.is_nan() {
        f64::NAN
    } else if x >= b {
        1.0
    } else if x > a {
        d.cdf(x)
    } else {
        0.0
    }
}

/// SciPy's public `ppf` at loc = 0, scale = 1: the support ends at q = 0
/// and 1, the family's ppf between, NaN elsewhere.
pub fn standard_ppf<D: Continuous + ?Sized>(d: &D, q: f64) -> f64 {
    let (a, b) = d.support();
    if q > 0.0 && q < 1.0 {
        d.ppf(q)
    } else if q == 0.0 {
        a
    } else if q == 1.0 {
        b
    } else {
        f64::NAN
    }
}

/// SciPy's public `pdf` at loc = 0, scale = 1 (0 outside `in_support`).
pub fn standard_pdf<D: Continuous + ?Sized>(d: &D, x: f64) -> f64 {
    if x.is_nan() {
        f64::NAN
    } else if d.in_support(x) {
        d.pdf(x)
    } else {
        0.0
    }
}

/// SciPy's `_ppf_single`: widen an infinite support end by factors of 10
/// until it brackets q, then `brentq(cdf - q, xtol=1e-14)`.
pub fn ppf_by_brentq(cdf: impl Fn(f64) -> f64, support: (f64, f64), q: f64) -> f64 {
    const FACTOR: f64 = 10.0;
    let (mut left, mut right) = support;
    let excess = |x: f64| cdf(x) - q;
    if left.is_infinite() {
        left = (-FACTOR).min(right);
        while excess(left) > 0.0 {
            (left, right) = (left * FACTOR, left);
        }
    }
    if right.is_infinite() {
        right = FACTOR.max(left);
        while excess(right) < 0.0 {
            (left, right) = (right, right * FACTOR);
        }
    }
    let mut f = |x: f64| Ok(excess(x));
    let options = RootScalarOptions {
        method: Some("brentq"),
        bracket: Some([left, right]),
        xtol: Some(1e-14),
        ..Default::default()
    };
    match root_scalar(&mut f, None, None, &options) {
        Ok(r) => r.root,
        Err(_) => f64::NAN,
    }
}
