//! The von Mises family (`scipy.stats.vonmises`), resting on the scaled
//! modified Bessel functions; its distribution function is Hill's
//! backward-recursion series (ACM Algorithm 518) below κ = 50 and a normal
//! approximation above, extended periodically (SciPy's `_von_mises_cdf`).

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::fit::{all_fixed, FitMethod, FitRequest, Fitted};
use super::super::{Family, Model};
use crate::error::Result;
use crate::optimize::{root_scalar, RootScalarOptions};
use crate::special::elementary::cosm1;
use crate::special::logsumexp::pairwise_sum;
use crate::special::modified_bessel::{i0e, i1e};
use crate::special::normal::ndtr;

/// `vonmises`: concentration `kappa`.
pub static VONMISES: Family = Family::continuous("vonmises", c"kappa", |s| {
    (s[0] >= 0.0).then(|| Model::Continuous(Box::new(VonMises { kappa: s[0] })))
})
.with_fit(vonmises_fit);

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

/// `stats.circmean(data)` on [0, 2π): the angle of the summed unit vectors.
fn circmean(data: &[f64]) -> f64 {
    let sines: Vec<f64> = data.iter().map(|v| v.sin()).collect();
    let cosines: Vec<f64> = data.iter().map(|v| v.cos()).collect();
    let res = pairwise_sum(&sines).atan2(pairwise_sum(&cosines));
    res.rem_euclid(2.0 * PI)
}

/// The MLE of κ at location `loc`: the root of I1(κ)/I0(κ) = r, r the
/// mean resultant length about loc, bracketed by Amos's bounds (1e16
/// when r = 1, the smallest normal double when r ≤ 0).
fn find_kappa(data: &[f64], loc: f64) -> f64 {
    let terms: Vec<f64> = data.iter().map(|v| (loc - v).cos()).collect();
    let r = pairwise_sum(&terms) / data.len() as f64;
    if r == 1.0 {
        return 1e16;
    }
    if r.is_nan() || r <= 0.0 {
        return f64::MIN_POSITIVE;
    }
    let excess = |k: f64| i1e(k) / i0e(k) - r;
    let lower = r / (1.0 - r) / (1.0 + r);
    let upper = 2.0 * lower;
    if excess(lower) >= 0.0 {
        return lower;
    }
    if excess(upper) <= 0.0 {
        return upper;
    }
    let mut f = |k: f64| Ok(excess(k));
    let options = RootScalarOptions {
        method: Some("brentq"),
        bracket: Some([lower, upper]),
        ..Default::default()
    };
    root_scalar(&mut f, None, None, &options).map_or(f64::NAN, |res| res.root)
}

/// `vonmises.fit` (MLE): the data wrapped onto [0, 2π), loc the circular
/// mean (unless fixed), κ its likelihood root (unless fixed), scale 1;
/// guesses and `fscale` are ignored. MM goes to the generic fit.
fn vonmises_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    let fshape = req.fixed_shapes[0];
    if fshape.is_some() && req.floc.is_some() && req.fscale.is_some() {
        return Some(Err(all_fixed()));
    }
    let data: Vec<f64> = req.data.iter().map(|v| v.rem_euclid(2.0 * PI)).collect();
    let loc = req.floc.unwrap_or_else(|| circmean(&data));
    let shape = fshape.unwrap_or_else(|| find_kappa(&data, loc));
    let loc = (loc + PI).rem_euclid(2.0 * PI) - PI;
    Some(Ok(Fitted {
        shapes: vec![shape],
        loc,
        scale: 1.0,
    }))
}
