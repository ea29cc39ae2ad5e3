//! The von Mises family (`scipy.stats.vonmises`), resting on the scaled
//! modified Bessel functions; its distribution function is Hill's
//! backward-recursion series (ACM Algorithm 518) below κ = 50 and a normal
//! approximation above, extended periodically (SciPy's `_von_mises_cdf`).

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::{Family, Model};
use crate::special::elementary::cosm1;
use crate::special::modified_bessel::{i0e, i1e};
use crate::special::normal::ndtr;

/// `vonmises`: concentration `kappa`.
pub static VONMISES: Family = Family::continuous("vonmises", c"kappa", |s| {
    (s[0] >= 0.0).then(|| Model::Continuous(Box::new(VonMises { kappa: s[0] })))
});

/// The von Mises distribution with concentration κ, on the whole line
/// (periodic density, distribution function increasing by 1 per period).
struct VonMises {
    kappa: f64,
}

/// √(2/π).
const SQRT_2_OVER_PI: f64 = 0.797_884_560_802_865_4;

/// Hill's series for the CDF on [-π, π] with p terms of backward recursion.
fn cdf_series(k: f64, x: f64, p: u32) -> f64 {
    let (s, c) = (x.sin(), x.cos());
    let pf = f64::from(p);
    let (mut sn, mut cn) = ((pf * x).sin(), (pf * x).cos());
    let (mut r, mut v) = (0.0, 0.0);
    for n in (1..p).rev() {
        (sn, cn) = (sn * c - cn * s, cn * c + sn * s);
        let nf = f64::from(n);
        r = k / (2.0 * nf + k * r);
        v = r * (sn / nf + v);
    }
    0.5 + x / (2.0 * PI) + v / PI
}

/// SciPy's `_von_mises_cdf(k, x)`: the CDF extended periodically.
fn von_mises_cdf(k: f64, x: f64) -> f64 {
    if k < 0.0 {
        return f64::NAN;
    }
    let ix = (x / (2.0 * PI)).round();
    let x = x - ix * 2.0 * PI;
    let result = if k < 50.0 {
        let p = (1.0 + 28.0 + 0.5 * k - 100.0 / (k + 5.0)) as u32;
        cdf_series(k, x, p).clamp(0.0, 1.0)
    } else {
        let b = SQRT_2_OVER_PI / i0e(k);
        ndtr(b * (x / 2.0).sin())
    };
    result + ix
}

impl Continuous for VonMises {
    /// SciPy's vonmises `expect`: one period, [loc - π, loc + π], whatever
    /// the scale.
    fn expect_range(&self, loc: f64, _scale: f64) -> (f64, f64) {
        (loc + -std::f64::consts::PI, loc + std::f64::consts::PI)
    }
    fn pdf(&self, x: f64) -> f64 {
        (self.kappa * cosm1(x)).exp() / (2.0 * PI * i0e(self.kappa))
    }
    fn logpdf(&self, x: f64) -> f64 {
        self.kappa * cosm1(x) - (2.0 * PI).ln() - i0e(self.kappa).ln()
    }
    fn cdf(&self, x: f64) -> f64 {
        von_mises_cdf(self.kappa, x)
    }
    fn entropy(&self) -> f64 {
        let k = self.kappa;
        -k * i1e(k) / i0e(k) + (2.0 * PI * i0e(k)).ln() + k
    }
}
