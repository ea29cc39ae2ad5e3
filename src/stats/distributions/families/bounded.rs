//! Families on [0, 1] with polynomial or power densities: `uniform`,
//! `triang`, `powerlaw`.

use std::f64::consts::LN_2;

use super::super::continuous::Continuous;
use super::super::fit::{
    all_fixed, check_fit_input, fit_data_error, generic_fit, nextafter, nnlf, or_else_py,
    penalized_nnlf, FitMethod, FitRequest, Fitted,
};
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::exponential::np_sign;
use crate::error::{Error, Result};
use crate::optimize::pyfmt::repr;
use crate::optimize::{root_scalar, RootScalarOptions};
use crate::special::elementary::{powm1, xlogy};
use crate::special::logsumexp::pairwise_sum;

/// `uniform`: no shape parameters.
pub static UNIFORM: Family = Family::continuous("uniform", c"", |_| {
    Some(Model::Continuous(Box::new(Uniform)))
})
.with_fit(uniform_fit);

/// The smallest and largest data values.
fn data_range(data: &[f64]) -> (f64, f64) {
    let lo = data.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = data.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (lo, hi)
}

/// `uniform.fit` (MLE): [min, max] of the data; with loc fixed, [loc, max]
/// (no data value below loc); with the scale fixed, the data's range
/// centred in an interval of that width (which must hold it). MM goes
/// generic.
fn uniform_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    Some(uniform_mle(req))
}

/// The closed forms behind [`uniform_fit`].
fn uniform_mle(req: &FitRequest) -> Result<Fitted> {
    if req.floc.is_some() && req.fscale.is_some() {
        return Err(all_fixed());
    }
    let (lo, hi) = data_range(req.data);
    let ptp = hi - lo;
    let (loc, scale) = match (req.fscale, req.floc) {
        (None, None) => (lo, ptp),
        (None, Some(loc)) => {
            let scale = hi - loc;
            if lo < loc {
                let upper = format!("np.float64({})", repr(loc + scale));
                return Err(fit_data_error("uniform", &repr(loc), &upper));
            }
            (loc, scale)
        }
        (Some(fscale), _) => {
            if ptp > fscale {
                return Err(Error::invalid(format!(
                    "Invalid values in `data`.  Maximum likelihood estimation with the uniform distribution and fixed scale requires that np.ptp(data) <= fscale, but np.ptp(data) = {} and fscale = {}.",
                    repr(ptp),
                    repr(fscale)
                )));
            }
            (lo - 0.5 * (fscale - ptp), fscale)
        }
    };
    Ok(Fitted {
        shapes: Vec::new(),
        loc,
        scale,
    })
}

/// `triang`: mode c, 0 ≤ c ≤ 1.
pub static TRIANG: Family = Family::continuous("triang", c"c", |s| {
    let c = s[0];
    (0.0..=1.0)
        .contains(&c)
        .then(|| Model::Continuous(Box::new(Triang { c })))
});

/// `powerlaw`: exponent a > 0.
pub static POWERLAW: Family = Family::continuous("powerlaw", c"a", |s| {
    let a = s[0];
    (a > 0.0).then(|| Model::Continuous(Box::new(Powerlaw { a })))
})
.with_fit(powerlaw_fit);

/// `powerlaw.fit` (MLE): closed forms for the shape and scale given loc;
/// with loc free, the better (by likelihood) of the fits assuming shape ≤ 1
/// (loc just below min(data)) and shape > 1 (loc the root of a profile
/// likelihood equation), else the generic fit. Constant data and MM go
/// generic.
fn powerlaw_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    let first = req.data[0];
    if req.data.iter().all(|&v| v == first) {
        return None;
    }
    Some(powerlaw_mle(req))
}

/// A `powerlaw` estimate (shape, loc, scale).
fn powerlaw_fitted([a, loc, scale]: [f64; 3]) -> Fitted {
    Fitted {
        shapes: vec![a],
        loc,
        scale,
    }
}

/// The shape's likelihood equation solved, −N / (Σ log(x − loc) − N log scale).
fn powerlaw_shape(data: &[f64], loc: f64, scale: f64) -> f64 {
    let n = data.len() as f64;
    let logs: Vec<f64> = data.iter().map(|v| (v - loc).ln()).collect();
    -n / (pairwise_sum(&logs) - n * scale.ln())
}

/// The checks of fixed loc / scale against the data that `powerlaw.fit`
/// makes (support 0 < (x − loc)/scale < 1).
fn powerlaw_check_fixed(req: &FitRequest, lo: f64, hi: f64) -> Result<()> {
    if let Some(floc) = req.floc {
        let outside =
            lo.is_nan() || lo <= floc || req.fscale.is_some_and(|s| hi > floc + s || hi.is_nan());
        if outside {
            return Err(fit_data_error("powerlaw", "0", "1"));
        }
    }
    if let Some(fscale) = req.fscale {
        if fscale <= 0.0 {
            return Err(Error::invalid(
                "Negative or zero `fscale` is outside the range allowed by the distribution.",
            ));
        }
        if fscale <= hi - lo {
            return Err(Error::invalid(
                "`fscale` must be greater than the range of data.",
            ));
        }
    }
    Ok(())
}

/// The work of [`powerlaw_fit`].
fn powerlaw_mle(req: &FitRequest) -> Result<Fitted> {
    check_fit_input(req)?;
    let data = req.data;
    let (lo, hi) = data_range(data);
    powerlaw_check_fixed(req, lo, hi)?;
    let fshape = req.fixed_shapes[0];
    let shape_at = |loc: f64, scale: f64| or_else_py(fshape, || powerlaw_shape(data, loc, scale));
    match (req.floc, req.fscale) {
        (Some(loc), Some(scale)) => {
            return Ok(powerlaw_fitted([
                powerlaw_shape(data, loc, scale),
                loc,
                scale,
            ]))
        }
        (None, Some(scale)) => {
            let loc_lt1 = nextafter(lo, f64::NEG_INFINITY);
            let lt1 = [shape_at(loc_lt1, scale), loc_lt1, scale];
            let loc_gt1 = nextafter(hi - scale, f64::INFINITY);
            let gt1 = [shape_at(loc_gt1, scale), loc_gt1, scale];
            let better =
                if penalized_nnlf(&POWERLAW, &lt1, data) < penalized_nnlf(&POWERLAW, &gt1, data) {
                    lt1
                } else {
                    gt1
                };
            return Ok(powerlaw_fitted(better));
        }
        (Some(loc), None) => {
            let scale = hi - loc;
            return Ok(powerlaw_fitted([shape_at(loc, scale), loc, scale]));
        }
        (None, None) => {}
    }
    match fshape {
        Some(a) if a <= 1.0 => return Ok(powerlaw_fitted(powerlaw_lt1(data, fshape))),
        Some(_) => return Ok(powerlaw_fitted(powerlaw_gt1(data, fshape)?)),
        None => {}
    }
    let lt1 = powerlaw_lt1(data, fshape);
    let gt1 = powerlaw_gt1(data, fshape)?;
    let (ll_lt1, ll_gt1) = (nnlf(&POWERLAW, &lt1, data), nnlf(&POWERLAW, &gt1, data));
    if ll_lt1 <= ll_gt1 && lt1[0] <= 1.0 {
        Ok(powerlaw_fitted(lt1))
    } else if ll_lt1 > ll_gt1 && gt1[0] > 1.0 {
        Ok(powerlaw_fitted(gt1))
    } else {
        generic_fit(&POWERLAW, req)
    }
}

/// The free-loc fit assuming shape ≤ 1: loc just below min(data) (kept
/// away from subnormals), scale just above max(data) − loc.
fn powerlaw_lt1(data: &[f64], fshape: Option<f64>) -> [f64; 3] {
    let (lo, hi) = data_range(data);
    let mut loc = nextafter(lo, f64::NEG_INFINITY);
    if loc.abs() < f64::MIN_POSITIVE {
        loc = np_sign(loc) * f64::MIN_POSITIVE;
    }
    let scale = nextafter(hi - loc, f64::INFINITY);
    [
        or_else_py(fshape, || powerlaw_shape(data, loc, scale)),
        loc,
        scale,
    ]
}

/// ∂log L/∂scale − ∂log L/∂loc at loc, with the scale just below
/// max(data) − loc and the shape fixed or profiled out; also returns
/// ∂log L/∂loc alone.
fn powerlaw_loc_equation(data: &[f64], fshape: Option<f64>, loc: f64) -> (f64, f64) {
    let (_, hi) = data_range(data);
    let scale = nextafter(hi - loc, f64::NEG_INFINITY);
    let a = or_else_py(fshape, || powerlaw_shape(data, loc, scale));
    let inv: Vec<f64> = data.iter().map(|v| 1.0 / (loc - v)).collect();
    let d_loc = (a - 1.0) * pairwise_sum(&inv);
    let d_scale = -(data.len() as f64) * a / scale;
    (d_scale - d_loc, d_loc)
}

/// The free-loc fit assuming shape > 1: loc the root (Brent's method) of
/// [`powerlaw_loc_equation`] on a bracket below min(data), nudged down;
/// scale just above max(data) − loc.
fn powerlaw_gt1(data: &[f64], fshape: Option<f64>) -> Result<[f64; 3]> {
    let (lo, hi) = data_range(data);
    let mut fun = |loc: f64| Ok(powerlaw_loc_equation(data, fshape, loc).0);
    let mut rbrack = nextafter(lo, f64::NEG_INFINITY);
    let mut delta = lo - rbrack;
    while powerlaw_loc_equation(data, fshape, rbrack).1 > 0.0 {
        rbrack = lo - delta;
        delta *= 2.0;
    }
    let right = fun(rbrack)?;
    let mut lbrack = rbrack - 1.0;
    let mut i = 1.0;
    while np_sign(fun(lbrack)?) == np_sign(right) && lbrack != f64::NEG_INFINITY {
        lbrack = lo - i;
        i *= 2.0;
    }
    let options = RootScalarOptions {
        bracket: Some([lbrack, rbrack]),
        ..Default::default()
    };
    let root = root_scalar(&mut fun, None, None, &options)?.root;
    let loc = nextafter(root, f64::NEG_INFINITY);
    let scale = nextafter(hi - loc, f64::INFINITY);
    Ok([
        or_else_py(fshape, || powerlaw_shape(data, loc, scale)),
        loc,
        scale,
    ])
}

/// The standard uniform distribution on [0, 1].
struct Uniform;

impl Continuous for Uniform {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    fn pdf(&self, _x: f64) -> f64 {
        1.0
    }
    fn cdf(&self, x: f64) -> f64 {
        x
    }
    fn ppf(&self, q: f64) -> f64 {
        q
    }
    fn stats(&self) -> Moments {
        Moments::all(0.5, 1.0 / 12.0, 0.0, -1.2)
    }
    fn entropy(&self) -> f64 {
        0.0
    }
}

/// The triangular distribution on [0, 1] with mode c.
struct Triang {
    c: f64,
}

impl Continuous for Triang {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        let c = self.c;
        if c == 0.0 {
            2.0 - 2.0 * x
        } else if x < c {
            2.0 * x / c
        } else if c != 1.0 {
            2.0 * (1.0 - x) / (1.0 - c)
        } else {
            2.0 * x
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        let c = self.c;
        if c == 0.0 {
            2.0 * x - x * x
        } else if x < c {
            x * x / c
        } else if c != 1.0 {
            (x * x - 2.0 * x + c) / (c - 1.0)
        } else {
            x * x
        }
    }
    fn ppf(&self, q: f64) -> f64 {
        let c = self.c;
        if q < c {
            (c * q).sqrt()
        } else {
            1.0 - ((1.0 - c) * (1.0 - q)).sqrt()
        }
    }
    fn stats(&self) -> Moments {
        let c = self.c;
        let r = 1.0 - c + c * c;
        Moments::all(
            (c + 1.0) / 3.0,
            r / 18.0,
            2f64.sqrt() * (2.0 * c - 1.0) * (c + 1.0) * (c - 2.0) / (5.0 * r.powf(1.5)),
            -3.0 / 5.0,
        )
    }
    fn entropy(&self) -> f64 {
        0.5 - LN_2
    }
}

/// The power-function distribution on [0, 1], cdf x^a.
struct Powerlaw {
    a: f64,
}

impl Continuous for Powerlaw {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    /// SciPy's mask leaves out x = 0 when a < 1 (the density is infinite).
    fn in_support(&self, x: f64) -> bool {
        (0.0..=1.0).contains(&x) && (x != 0.0 || self.a >= 1.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.a * x.powf(self.a - 1.0)
    }
    fn logpdf(&self, x: f64) -> f64 {
        self.a.ln() + xlogy(self.a - 1.0, x)
    }
    fn cdf(&self, x: f64) -> f64 {
        x.powf(self.a)
    }
    fn logcdf(&self, x: f64) -> f64 {
        self.a * x.ln()
    }
    fn sf(&self, x: f64) -> f64 {
        -powm1(x, self.a)
    }
    fn ppf(&self, q: f64) -> f64 {
        q.powf(1.0 / self.a)
    }
    fn stats(&self) -> Moments {
        let a = self.a;
        let poly = ((a - 1.0) * a - 6.0) * a + 2.0;
        Moments::all(
            a / (a + 1.0),
            a / (a + 2.0) / (a + 1.0).powf(2.0),
            -2.0 * ((a - 1.0) / (a + 3.0)) * ((a + 2.0) / a).sqrt(),
            6.0 * poly / (a * (a + 3.0) * (a + 4.0)),
        )
    }
    fn munp(&self, n: u32) -> f64 {
        self.a / (self.a + f64::from(n))
    }
    fn entropy(&self) -> f64 {
        1.0 - 1.0 / self.a - self.a.ln()
    }
}
