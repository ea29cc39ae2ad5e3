//! Families whose distribution functions are exponentials of simple
//! expressions: `expon`, `laplace`, `logistic`, `rayleigh`.

use std::f64::consts::{LN_2, PI};

use super::super::continuous::Continuous;
use super::super::fit::{
    all_fixed, check_fit_input, fit_data_error, fit_solver_error, fit_start, generic_fit, mean_var,
    median, nextafter, FitMethod, FitRequest, Fitted,
};
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::extreme_value::EULER;
use crate::error::Result;
use crate::optimize::pyfmt::repr;
use crate::optimize::{root_scalar, RootFlag, RootScalarOptions};
use crate::special::elementary::{expm1, log1p};
use crate::special::logistic::{expit, log_expit, logit};
use crate::special::logsumexp::pairwise_sum;

/// `expon`: no shape parameters.
pub static EXPON: Family =
    Family::continuous("expon", c"", |_| Some(Model::Continuous(Box::new(Expon))))
        .with_fit(expon_fit);

/// `laplace`: no shape parameters.
pub static LAPLACE: Family = Family::continuous("laplace", c"", |_| {
    Some(Model::Continuous(Box::new(Laplace)))
})
.with_fit(laplace_fit);

/// `logistic`: no shape parameters.
pub static LOGISTIC: Family = Family::continuous("logistic", c"", |_| {
    Some(Model::Continuous(Box::new(Logistic)))
})
.with_fit(logistic_fit);

/// `rayleigh`: no shape parameters.
pub static RAYLEIGH: Family = Family::continuous("rayleigh", c"", |_| {
    Some(Model::Continuous(Box::new(Rayleigh)))
})
.with_fit(rayleigh_fit);

/// A location-scale estimate.
fn fitted(loc: f64, scale: f64) -> Fitted {
    Fitted {
        shapes: Vec::new(),
        loc,
        scale,
    }
}

/// The smallest data value.
fn data_min(data: &[f64]) -> f64 {
    data.iter().copied().fold(f64::INFINITY, f64::min)
}

/// `expon.fit` (MLE): loc = min(data) unless fixed (then no data value may
/// lie below it), scale = mean − loc unless fixed; MM goes generic.
fn expon_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    Some(expon_mle(req))
}

/// The closed form behind [`expon_fit`].
fn expon_mle(req: &FitRequest) -> Result<Fitted> {
    if req.floc.is_some() && req.fscale.is_some() {
        return Err(all_fixed());
    }
    let lowest = data_min(req.data);
    let loc = match req.floc {
        Some(floc) if lowest < floc => {
            return Err(fit_data_error("expon", &repr(floc), "inf"));
        }
        Some(floc) => floc,
        None => lowest,
    };
    let scale = req.fscale.unwrap_or_else(|| mean_var(req.data).0 - loc);
    Ok(fitted(loc, scale))
}

/// `laplace.fit` (MLE): loc = the median, scale = the mean absolute
/// deviation from loc, each unless fixed; MM goes generic.
fn laplace_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    if let Err(e) = check_fit_input(req) {
        return Some(Err(e));
    }
    let loc = req.floc.unwrap_or_else(|| median(req.data));
    let scale = req.fscale.unwrap_or_else(|| {
        let dev: Vec<f64> = req.data.iter().map(|v| (v - loc).abs()).collect();
        pairwise_sum(&dev) / req.data.len() as f64
    });
    Some(Ok(fitted(loc, scale)))
}

/// `logistic.fit` (MLE): the roots of the likelihood equations in the
/// free parameters, from `_fitstart` or the caller's guesses; the generic
/// fit when the solver fails and for MM.
fn logistic_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    if let Err(e) = check_fit_input(req) {
        return Some(Err(e));
    }
    let start = fit_start(&LOGISTIC, req.data);
    let loc = req.guess_loc.unwrap_or(start[0]);
    let scale = req.guess_scale.unwrap_or(start[1]);
    let free = [req.floc.is_none(), req.fscale.is_none()];
    let x0 = [req.floc.unwrap_or(loc), req.fscale.unwrap_or(scale)];
    match logistic_roots(req.data, x0, free) {
        Some([loc, scale]) => Some(Ok(fitted(loc, scale.abs()))),
        None => Some(generic_fit(&LOGISTIC, req)),
    }
}

/// The logistic likelihood equations at (loc, scale), Σ expit(c) − n/2 and
/// Σ c·tanh(c/2) − n with c = (x − loc)/scale, and their Jacobian.
fn logistic_equations(data: &[f64], loc: f64, scale: f64) -> ([f64; 2], [[f64; 2]; 2]) {
    let n = data.len() as f64;
    let (mut f, mut j) = ([-n / 2.0, -n], [[0.0; 2]; 2]);
    for &x in data {
        let c = (x - loc) / scale;
        let e = expit(c);
        let t = (c / 2.0).tanh();
        let de = e * (1.0 - e);
        let dg = t + c / 2.0 * (1.0 - t * t);
        f[0] += e;
        f[1] += c * t;
        j[0][0] -= de / scale;
        j[0][1] -= de * c / scale;
        j[1][0] -= dg / scale;
        j[1][1] -= dg * c / scale;
    }
    (f, j)
}

/// Solves the logistic likelihood equations for the free parameters by
/// Newton's method with step halving (standing in for MINPACK's hybrid
/// method, which `optimize.root` uses); `None` when it does not converge
/// within MINPACK's default evaluation budget.
fn logistic_roots(data: &[f64], x0: [f64; 2], free: [bool; 2]) -> Option<[f64; 2]> {
    let residual = |x: [f64; 2]| {
        let (f, _) = logistic_equations(data, x[0], x[1]);
        let f = [
            f[0] * f64::from(u8::from(free[0])),
            f[1] * f64::from(u8::from(free[1])),
        ];
        f[0].hypot(f[1])
    };
    let mut x = x0;
    for _ in 0..600 {
        let (f, j) = logistic_equations(data, x[0], x[1]);
        let step = newton_step(f, j, free)?;
        let mut t = 1.0;
        let r0 = residual(x);
        let mut next = [x[0] - t * step[0], x[1] - t * step[1]];
        while residual(next).partial_cmp(&r0).is_none_or(|o| o.is_gt()) && t > 1e-10 {
            t /= 2.0;
            next = [x[0] - t * step[0], x[1] - t * step[1]];
        }
        let moved = (t * step[0]).hypot(t * step[1]);
        x = next;
        if !x[0].is_finite() || !x[1].is_finite() {
            return None;
        }
        if moved <= 1.49012e-8 * x[0].hypot(x[1]) || residual(x) == 0.0 {
            return Some(x);
        }
    }
    None
}

/// The Newton step J⁻¹f restricted to the free coordinates.
fn newton_step(f: [f64; 2], j: [[f64; 2]; 2], free: [bool; 2]) -> Option<[f64; 2]> {
    let step = match free {
        [true, true] => {
            let det = j[0][0] * j[1][1] - j[0][1] * j[1][0];
            [
                (j[1][1] * f[0] - j[0][1] * f[1]) / det,
                (j[0][0] * f[1] - j[1][0] * f[0]) / det,
            ]
        }
        [true, false] => [f[0] / j[0][0], 0.0],
        _ => [0.0, f[1] / j[1][1]],
    };
    (step[0].is_finite() && step[1].is_finite()).then_some(step)
}

/// `rayleigh.fit` (MLE): with loc fixed the closed-form scale; otherwise
/// loc is the root below min(data) of the profile likelihood equation
/// (Brent's method) and scale its closed form unless fixed; MM goes generic.
fn rayleigh_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    Some(rayleigh_mle(req))
}

/// `rayleigh`'s scale estimate for a given loc, √(Σ(x − loc)² / 2n).
fn rayleigh_scale(data: &[f64], loc: f64) -> f64 {
    let sq: Vec<f64> = data.iter().map(|v| (v - loc) * (v - loc)).collect();
    (pairwise_sum(&sq) / (2.0 * data.len() as f64)).sqrt()
}

/// The likelihood equation for `rayleigh`'s loc: with the scale free,
/// Σxm − Σxm²·Σ(1/xm)/2n; with it fixed, Σxm − scale²·Σ(1/xm); xm = x − loc.
fn rayleigh_loc_equation(data: &[f64], loc: f64, fscale: Option<f64>) -> f64 {
    let xm: Vec<f64> = data.iter().map(|v| v - loc).collect();
    let inv: Vec<f64> = xm.iter().map(|v| 1.0 / v).collect();
    let s1 = pairwise_sum(&xm);
    let s3 = pairwise_sum(&inv);
    match fscale {
        None => {
            let sq: Vec<f64> = xm.iter().map(|v| v * v).collect();
            s1 - pairwise_sum(&sq) / (2.0 * data.len() as f64) * s3
        }
        Some(scale) => s1 - scale * scale * s3,
    }
}

/// The work of [`rayleigh_fit`].
fn rayleigh_mle(req: &FitRequest) -> Result<Fitted> {
    check_fit_input(req)?;
    let data = req.data;
    if let Some(floc) = req.floc {
        if data.iter().any(|v| v - floc <= 0.0) {
            return Err(fit_data_error("rayleigh", "1", "inf"));
        }
        return Ok(fitted(floc, rayleigh_scale(data, floc)));
    }
    let mut fun = |loc: f64| Ok(rayleigh_loc_equation(data, loc, req.fscale));
    let rbrack = nextafter(data_min(data), f64::NEG_INFINITY);
    let lbrack = left_bracket(&mut fun, rbrack)?;
    let options = RootScalarOptions {
        bracket: Some([lbrack, rbrack]),
        ..Default::default()
    };
    let res = root_scalar(&mut fun, None, None, &options)?;
    if !res.converged {
        return Err(fit_solver_error(root_flag_text(res.flag)));
    }
    let loc = res.root;
    let scale = match req.fscale {
        Some(s) if s != 0.0 => s,
        _ => rayleigh_scale(data, loc),
    };
    Ok(fitted(loc, scale))
}

/// SciPy's RootResults flag text.
fn root_flag_text(flag: RootFlag) -> &'static str {
    match flag {
        RootFlag::Converged => "converged",
        RootFlag::SignError => "sign error",
        RootFlag::ConvergenceError => "convergence error",
        RootFlag::ValueError => "value error",
        RootFlag::InProgress => "No error",
    }
}

/// `_get_left_bracket(fun, rbrack)`: rbrack − 1, then rbrack − 2^k, until
/// fun changes sign; FitSolverError once the bracket reaches −inf.
pub(super) fn left_bracket(fun: &mut dyn FnMut(f64) -> Result<f64>, rbrack: f64) -> Result<f64> {
    let mut lbrack = rbrack - 1.0;
    let mut diff = rbrack - lbrack;
    let right = fun(rbrack)?;
    while np_sign(fun(lbrack)?) == np_sign(right) {
        diff *= 2.0;
        lbrack = rbrack - diff;
        if lbrack.is_infinite() {
            return Err(fit_solver_error(
                "The solver could not find a bracket containing a root to an MLE first order condition.",
            ));
        }
    }
    Ok(lbrack)
}

/// `np.sign`: ±1, 0, or NaN for NaN (which then differs from every sign,
/// as NumPy's `!=` has it).
pub(super) fn np_sign(v: f64) -> f64 {
    if v > 0.0 {
        1.0
    } else if v < 0.0 {
        -1.0
    } else {
        v
    }
}

/// The standard exponential distribution on [0, ∞).
struct Expon;

impl Continuous for Expon {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        (-x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        -x
    }
    fn cdf(&self, x: f64) -> f64 {
        -expm1(-x)
    }
    fn sf(&self, x: f64) -> f64 {
        (-x).exp()
    }
    fn logsf(&self, x: f64) -> f64 {
        -x
    }
    fn ppf(&self, q: f64) -> f64 {
        -log1p(-q)
    }
    fn isf(&self, q: f64) -> f64 {
        -q.ln()
    }
    fn stats(&self) -> Moments {
        Moments::all(1.0, 1.0, 2.0, 6.0)
    }
    fn entropy(&self) -> f64 {
        1.0
    }
}

/// The standard Laplace (double exponential) distribution.
struct Laplace;

impl Continuous for Laplace {
    fn pdf(&self, x: f64) -> f64 {
        0.5 * (-x.abs()).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        if x > 0.0 {
            1.0 - 0.5 * (-x).exp()
        } else {
            0.5 * x.exp()
        }
    }
    fn sf(&self, x: f64) -> f64 {
        self.cdf(-x)
    }
    fn ppf(&self, q: f64) -> f64 {
        if q > 0.5 {
            -(2.0 * (1.0 - q)).ln()
        } else {
            (2.0 * q).ln()
        }
    }
    fn isf(&self, q: f64) -> f64 {
        -self.ppf(q)
    }
    fn stats(&self) -> Moments {
        Moments::all(0.0, 2.0, 0.0, 3.0)
    }
    fn entropy(&self) -> f64 {
        LN_2 + 1.0
    }
}

/// The standard logistic distribution.
struct Logistic;

impl Continuous for Logistic {
    fn pdf(&self, x: f64) -> f64 {
        self.logpdf(x).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        let y = -x.abs();
        y - 2.0 * log1p(y.exp())
    }
    fn cdf(&self, x: f64) -> f64 {
        expit(x)
    }
    fn logcdf(&self, x: f64) -> f64 {
        log_expit(x)
    }
    fn sf(&self, x: f64) -> f64 {
        expit(-x)
    }
    fn logsf(&self, x: f64) -> f64 {
        log_expit(-x)
    }
    fn ppf(&self, q: f64) -> f64 {
        logit(q)
    }
    fn isf(&self, q: f64) -> f64 {
        -logit(q)
    }
    fn stats(&self) -> Moments {
        Moments::all(0.0, PI * PI / 3.0, 0.0, 6.0 / 5.0)
    }
    fn entropy(&self) -> f64 {
        2.0
    }
}

/// The standard Rayleigh distribution on (0, ∞) (open support: SciPy's
/// density is 0 at 0 by its mask).
struct Rayleigh;

impl Continuous for Rayleigh {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn in_support(&self, x: f64) -> bool {
        0.0 < x && x < f64::INFINITY
    }
    fn pdf(&self, r: f64) -> f64 {
        self.logpdf(r).exp()
    }
    fn logpdf(&self, r: f64) -> f64 {
        r.ln() - 0.5 * r * r
    }
    fn cdf(&self, r: f64) -> f64 {
        -expm1(-0.5 * (r * r))
    }
    fn sf(&self, r: f64) -> f64 {
        self.logsf(r).exp()
    }
    fn logsf(&self, r: f64) -> f64 {
        -0.5 * r * r
    }
    fn ppf(&self, q: f64) -> f64 {
        (-2.0 * log1p(-q)).sqrt()
    }
    fn isf(&self, q: f64) -> f64 {
        (-2.0 * q.ln()).sqrt()
    }
    fn stats(&self) -> Moments {
        let val = 4.0 - PI;
        Moments::all(
            (PI / 2.0).sqrt(),
            val / 2.0,
            2.0 * (PI - 3.0) * PI.sqrt() / val.powf(1.5),
            6.0 * PI / val - 16.0 / val.powf(2.0),
        )
    }
    fn entropy(&self) -> f64 {
        EULER / 2.0 + 1.0 - 0.5 * 2f64.ln()
    }
}
