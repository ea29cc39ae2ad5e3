//! SciPy's compiled bracketing root finders (`scipy/optimize/Zeros/*.c`):
//! brentq, brenth, bisect and ridder, step for step, so that iterates,
//! iteration counts and function-call counts agree with SciPy.

use super::eval::{c_min, signbit, Counter, Halt, Step};
use super::RootFlag;
use crate::error::Error;

/// Tolerances and iteration limit of one solve.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub xtol: f64,
    pub rtol: f64,
    pub maxiter: usize,
}

/// Root estimate and termination flag of a solve (counts live in `Counter`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found {
    pub root: f64,
    pub flag: RootFlag,
}

fn converged(root: f64) -> Step<Found> {
    Ok(Found {
        root,
        flag: RootFlag::Converged,
    })
}

fn not_converged(root: f64) -> Step<Found> {
    Ok(Found {
        root,
        flag: RootFlag::ConvergenceError,
    })
}

/// SciPy's ValueError for a bracket whose ends have the same sign.
pub(crate) fn sign_error() -> Halt {
    Halt::Fail(Error::invalid("f(a) and f(b) must have different signs"))
}

/// Evaluates both ends; `Ok(Some(root))` when one end is an exact zero.
fn ends(c: &mut Counter, xa: f64, xb: f64) -> Step<(f64, f64, Option<f64>)> {
    let fa = c.eval(xa)?;
    let fb = c.eval(xb)?;
    if fa == 0.0 {
        return Ok((fa, fb, Some(xa)));
    }
    if fb == 0.0 {
        return Ok((fa, fb, Some(xb)));
    }
    if signbit(fa) == signbit(fb) {
        return Err(sign_error());
    }
    Ok((fa, fb, None))
}

/// State of Brent's method: current estimate, previous one, and the
/// contrapoint ("block") with their values and the last two steps.
#[derive(Debug, Clone, Copy)]
struct Brent {
    xpre: f64,
    xcur: f64,
    xblk: f64,
    fpre: f64,
    fcur: f64,
    fblk: f64,
    spre: f64,
    scur: f64,
}

impl Brent {
    /// Keeps the root bracketed by [xcur, xblk] and xcur the best estimate.
    fn rebracket(&mut self) {
        if self.fpre != 0.0 && self.fcur != 0.0 && signbit(self.fpre) != signbit(self.fcur) {
            self.xblk = self.xpre;
            self.fblk = self.fpre;
            self.spre = self.xcur - self.xpre;
            self.scur = self.spre;
        }
        if self.fblk.abs() < self.fcur.abs() {
            self.xpre = self.xcur;
            self.xcur = self.xblk;
            self.xblk = self.xpre;
            self.fpre = self.fcur;
            self.fcur = self.fblk;
            self.fblk = self.fpre;
        }
    }

    /// The interpolation (or extrapolation) step proposal.
    fn trial_step(&self, hyperbolic: bool) -> f64 {
        let s = self;
        if s.xpre == s.xblk {
            return -s.fcur * (s.xcur - s.xpre) / (s.fcur - s.fpre);
        }
        let dpre = (s.fpre - s.fcur) / (s.xpre - s.xcur);
        let dblk = (s.fblk - s.fcur) / (s.xblk - s.xcur);
        if hyperbolic {
            -s.fcur * (s.fblk - s.fpre) / (s.fblk * dpre - s.fpre * dblk)
        } else {
            -s.fcur * (s.fblk * dblk - s.fpre * dpre) / (dblk * dpre * (s.fblk - s.fpre))
        }
    }

    /// Chooses the next step (interpolation when it is safe, else bisection)
    /// and moves xcur; `sbis` is half the bracket, `delta` half the tolerance.
    fn advance(&mut self, sbis: f64, delta: f64, hyperbolic: bool) {
        let mut bisect = true;
        if self.spre.abs() > delta && self.fcur.abs() < self.fpre.abs() {
            let stry = self.trial_step(hyperbolic);
            if 2.0 * stry.abs() < c_min(self.spre.abs(), 3.0 * sbis.abs() - delta) {
                self.spre = self.scur;
                self.scur = stry;
                bisect = false;
            }
        }
        if bisect {
            self.spre = sbis;
            self.scur = sbis;
        }
        self.xpre = self.xcur;
        self.fpre = self.fcur;
        if self.scur.abs() > delta {
            self.xcur += self.scur;
        } else {
            self.xcur += if sbis > 0.0 { delta } else { -delta };
        }
    }
}

/// Brent's method: inverse quadratic (`brentq`) or hyperbolic (`brenth`)
/// extrapolation safeguarded by bisection.
pub(crate) fn brent(
    c: &mut Counter,
    xa: f64,
    xb: f64,
    lim: Limits,
    hyperbolic: bool,
) -> Step<Found> {
    let (fpre, fcur, zero) = ends(c, xa, xb)?;
    if let Some(root) = zero {
        return converged(root);
    }
    let mut s = Brent {
        xpre: xa,
        xcur: xb,
        xblk: 0.0,
        fpre,
        fcur,
        fblk: 0.0,
        spre: 0.0,
        scur: 0.0,
    };
    for _ in 0..lim.maxiter {
        c.iterations += 1;
        s.rebracket();
        let delta = (lim.xtol + lim.rtol * s.xcur.abs()) / 2.0;
        let sbis = (s.xblk - s.xcur) / 2.0;
        if s.fcur == 0.0 || sbis.abs() < delta {
            return converged(s.xcur);
        }
        s.advance(sbis, delta, hyperbolic);
        s.fcur = c.eval(s.xcur)?;
    }
    not_converged(s.xcur)
}

/// Bisection.
pub(crate) fn bisect(c: &mut Counter, xa: f64, xb: f64, lim: Limits) -> Step<Found> {
    let (fa, _, zero) = ends(c, xa, xb)?;
    if let Some(root) = zero {
        return converged(root);
    }
    let mut xa = xa;
    let mut dm = xb - xa;
    for _ in 0..lim.maxiter {
        c.iterations += 1;
        dm *= 0.5;
        let xm = xa + dm;
        let fm = c.eval(xm)?;
        if signbit(fm) == signbit(fa) {
            xa = xm;
        }
        if fm == 0.0 || dm.abs() < lim.xtol + lim.rtol * xm.abs() {
            return converged(xm);
        }
    }
    not_converged(xa)
}

/// C's `SIGN` macro of ridder.c: 1 for positive, else -1.
fn sign_pos(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else {
        -1.0
    }
}

/// Ridder's method (exponential fit through the midpoint), including
/// SciPy's tolerance update `tol = xtol + rtol * xn` (signed) after each step.
pub(crate) fn ridder(c: &mut Counter, xa: f64, xb: f64, lim: Limits) -> Step<Found> {
    let mut tol = lim.xtol + lim.rtol * c_min(xa.abs(), xb.abs());
    let (mut fa, mut fb, zero) = ends(c, xa, xb)?;
    if let Some(root) = zero {
        return converged(root);
    }
    let (mut xa, mut xb, mut xn) = (xa, xb, 0.0);
    for _ in 0..lim.maxiter {
        c.iterations += 1;
        let dm = 0.5 * (xb - xa);
        let xm = xa + dm;
        let fm = c.eval(xm)?;
        let dn = sign_pos(fb - fa) * dm * fm / (fm * fm - fa * fb).sqrt();
        xn = xm - sign_pos(dn) * c_min(dn.abs(), dm.abs() - 0.5 * tol);
        let fn_ = c.eval(xn)?;
        if signbit(fn_) != signbit(fm) {
            (xa, fa, xb, fb) = (xn, fn_, xm, fm);
        } else if signbit(fn_) != signbit(fa) {
            (xb, fb) = (xn, fn_);
        } else {
            (xa, fa) = (xn, fn_);
        }
        tol = lim.xtol + lim.rtol * xn;
        if fn_ == 0.0 || (xb - xa).abs() < tol {
            return converged(xn);
        }
    }
    not_converged(xn)
}
