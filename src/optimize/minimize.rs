//! SciPy's scalar minimisers (`scipy/optimize/_optimize.py`): Brent's
//! method (`Brent`), golden-section search (`_minimize_scalar_golden`),
//! bounded Brent (`_minimize_scalar_bounded`, i.e. `fminbound`) and the
//! downhill bracket search (`bracket`) that brent and golden start from.

use std::ffi::{CStr, CString};
use std::sync::Mutex;

use super::eval::{np_maximum, np_sign};
use super::pyfmt;
use super::{MinimizeScalarResult, ScalarFn};
use crate::error::{Error, Result};

/// Three points xa, xb, xc with f(xb) below f(xa) and f(xc), their values,
/// and the function calls spent finding them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bracket {
    pub x: [f64; 3],
    pub f: [f64; 3],
    pub calls: usize,
}

/// How a bracket search ended.
pub(crate) enum BracketOutcome {
    /// A valid bracket.
    Found(Bracket),
    /// SciPy's `BracketError`: the last points, which are not a bracket.
    Invalid(Bracket),
}

const INVALID_BRACKET: &CStr =
    c"The algorithm terminated without finding a valid bracket. Consider trying different initial points.";
const MAXITER_MESSAGE: &CStr = c"\nMaximum number of iterations exceeded";
const NAN_MESSAGE: &CStr = c"NaN result encountered.";

/// Counts calls of the user's function.
struct Calls<'f, 'a> {
    f: &'f mut ScalarFn<'a>,
    n: usize,
}

impl Calls<'_, '_> {
    fn at(&mut self, x: f64) -> Result<f64> {
        let v = (self.f)(x)?;
        self.n += 1;
        Ok(v)
    }
}

const GOLD: f64 = 1.618034;

/// Whether the downhill search continues after a step.
enum Search {
    Continue,
    Done,
}

impl Bracket {
    /// Shifts in the new point w: (a, b, c) <- (b, c, w).
    fn shift(&mut self, w: f64, fw: f64) {
        let ([_, xb, xc], [_, fb, fc]) = (self.x, self.f);
        self.x = [xb, xc, w];
        self.f = [fb, fc, fw];
    }

    /// The parabolic extrapolation through the three points.
    fn parabola_point(&self) -> f64 {
        const VERY_SMALL: f64 = 1e-21;
        let ([xa, xb, xc], [fa, fb, fc]) = (self.x, self.f);
        let tmp1 = (xb - xa) * (fb - fc);
        let tmp2 = (xb - xc) * (fb - fa);
        let val = tmp2 - tmp1;
        let denom = if val.abs() < VERY_SMALL {
            2.0 * VERY_SMALL
        } else {
            2.0 * val
        };
        xb - ((xb - xc) * tmp2 - (xb - xa) * tmp1) / denom
    }
}

/// One step of SciPy's downhill search (the body of its while loop).
fn search_step(c: &mut Calls, t: &mut Bracket) -> Result<Search> {
    const GROW_LIMIT: f64 = 110.0;
    let [_, xb, xc] = t.x;
    let [_, fb, fc] = t.f;
    let mut w = t.parabola_point();
    let wlim = xb + GROW_LIMIT * (xc - xb);
    let fw;
    if (w - xc) * (xb - w) > 0.0 {
        let fw0 = c.at(w)?;
        if fw0 < fc {
            t.x[0..2].copy_from_slice(&[xb, w]);
            t.f[0..2].copy_from_slice(&[fb, fw0]);
            return Ok(Search::Done);
        } else if fw0 > fb {
            (t.x[2], t.f[2]) = (w, fw0);
            return Ok(Search::Done);
        }
        w = xc + GOLD * (xc - xb);
        fw = c.at(w)?;
    } else if (w - wlim) * (wlim - xc) >= 0.0 {
        w = wlim;
        fw = c.at(w)?;
    } else if (w - wlim) * (xc - w) > 0.0 {
        let fw0 = c.at(w)?;
        fw = if fw0 < fc {
            (t.x[1], t.x[2], t.f[1], t.f[2]) = (xc, w, fc, fw0);
            w = w + GOLD * (w - xc);
            c.at(w)?
        } else {
            fw0
        };
    } else {
        w = xc + GOLD * (xc - xb);
        fw = c.at(w)?;
    }
    t.shift(w, fw);
    Ok(Search::Continue)
}

/// SciPy's `bracket(func, xa, xb)` with grow_limit 110 and maxiter 1000:
/// walks downhill from xa, xb until f rises again.
pub(crate) fn bracket(f: &mut ScalarFn, xa: f64, xb: f64) -> Result<BracketOutcome> {
    const MAXITER: usize = 1000;
    let mut c = Calls { f, n: 0 };
    let (fa, fb) = (c.at(xa)?, c.at(xb)?);
    let (xa, xb, fa, fb) = if fa < fb {
        (xb, xa, fb, fa)
    } else {
        (xa, xb, fa, fb)
    };
    let xc = xb + GOLD * (xb - xa);
    let fc = c.at(xc)?;
    let mut t = Bracket {
        x: [xa, xb, xc],
        f: [fa, fb, fc],
        calls: 0,
    };
    let mut iter = 0;
    while t.f[2] < t.f[1] {
        if iter > MAXITER {
            return Err(Error::invalid(
                "No valid bracket was found before the iteration limit was reached. \
                 Consider trying different initial points or increasing `maxiter`.",
            ));
        }
        iter += 1;
        if let Search::Done = search_step(&mut c, &mut t)? {
            break;
        }
    }
    t.calls = c.n;
    Ok(if valid(&t) {
        BracketOutcome::Found(t)
    } else {
        BracketOutcome::Invalid(t)
    })
}

/// SciPy's three conditions for a valid bracket.
fn valid(b: &Bracket) -> bool {
    let ([xa, xb, xc], [fa, fb, fc]) = (b.x, b.f);
    let cond1 = (fb < fc && fb <= fa) || (fb < fa && fb <= fc);
    let cond2 = (xa < xb && xb < xc) || (xc < xb && xb < xa);
    let cond3 = xa.is_finite() && xb.is_finite() && xc.is_finite();
    cond1 && cond2 && cond3
}

/// The starting bracket of brent/golden from `minimize_scalar`'s `bracket`
/// (absent, 2 points to search from, or 3 points to check).
pub(crate) fn initial_bracket(f: &mut ScalarFn, brack: Option<&[f64]>) -> Result<BracketOutcome> {
    match brack {
        None => bracket(f, 0.0, 1.0),
        Some(&[xa, xb]) => bracket(f, xa, xb),
        Some(&[xa, xb, xc]) => given_bracket(f, xa, xb, xc).map(BracketOutcome::Found),
        Some(_) => Err(Error::invalid(
            "Bracketing interval must be length 2 or 3 sequence.",
        )),
    }
}

/// Checks a user's 3-point bracket as SciPy does (ordering, then values).
fn given_bracket(f: &mut ScalarFn, xa: f64, xb: f64, xc: f64) -> Result<Bracket> {
    let (xa, xc) = if xa > xc { (xc, xa) } else { (xa, xc) };
    if !(xa < xb && xb < xc) {
        return Err(Error::invalid(
            "Bracketing values (xa, xb, xc) do not fulfill this requirement: (xa < xb) and (xb < xc)",
        ));
    }
    let (fa, fb, fc) = (f(xa)?, f(xb)?, f(xc)?);
    if !(fb < fa && fb < fc) {
        return Err(Error::invalid(
            "Bracketing values (xa, xb, xc) do not fulfill this requirement: (f(xb) < f(xa)) and (f(xb) < f(xc))",
        ));
    }
    Ok(Bracket {
        x: [xa, xb, xc],
        f: [fa, fb, fc],
        calls: 3,
    })
}

/// `_recover_from_bracket_error`: the best of the last points, success false.
pub(crate) fn bracket_failure(b: &Bracket) -> MinimizeScalarResult {
    let any_nan = b.x.iter().chain(b.f.iter()).any(|v| v.is_nan());
    let (x, fun) = if any_nan {
        (f64::NAN, f64::NAN)
    } else {
        let mut i = 0;
        for j in 1..3 {
            if b.f[j] < b.f[i] {
                i = j;
            }
        }
        (b.x[i], b.f[i])
    };
    MinimizeScalarResult {
        x,
        fun,
        nit: 0,
        nfev: b.calls,
        success: false,
        status: 3,
        message: INVALID_BRACKET,
    }
}

/// The success message without the tolerance, used past `INTERNED_MAX`.
const SUCCESS_FALLBACK: &CStr =
    c"\nOptimization terminated successfully;\nThe returned value satisfies the termination criteria";

/// Most distinct tolerance-bearing messages kept; past this, `fallback` is
/// returned so a caller sweeping tolerances cannot grow memory without bound.
const INTERNED_MAX: usize = 256;

/// Returns a `'static` copy of `text`, reusing an earlier identical one
/// (messages that embed the tolerance; one allocation per distinct text), or
/// `fallback` once `INTERNED_MAX` distinct texts exist.
fn intern(text: String, fallback: &'static CStr) -> &'static CStr {
    static TABLE: Mutex<Vec<&'static CStr>> = Mutex::new(Vec::new());
    let mut table = TABLE.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(found) = table.iter().find(|s| s.to_bytes() == text.as_bytes()) {
        return found;
    }
    if table.len() >= INTERNED_MAX {
        return fallback;
    }
    let owned = CString::new(text).unwrap_or_default();
    let leaked: &'static CStr = Box::leak(owned.into_boxed_c_str());
    table.push(leaked);
    leaked
}

/// Result of brent/golden with SciPy's success rule and messages; status
/// 0 success, 1 iteration limit, 2 NaN.
fn unbounded_result(
    x: f64,
    fun: f64,
    nit: usize,
    nfev: usize,
    maxiter: i64,
    xtol: f64,
) -> MinimizeScalarResult {
    let nan = x.is_nan() || fun.is_nan();
    let success = (nit as i64) < maxiter && !nan;
    let (status, message) = if success {
        let text = format!(
            "\nOptimization terminated successfully;\nThe returned value satisfies the termination criteria\n(using xtol = {} )",
            pyfmt::repr(xtol)
        );
        (0, intern(text, SUCCESS_FALLBACK))
    } else if nan {
        (2, NAN_MESSAGE)
    } else {
        (1, MAXITER_MESSAGE)
    };
    MinimizeScalarResult {
        x,
        fun,
        nit,
        nfev,
        success,
        status,
        message,
    }
}

/// Brent's state: best point x, second best w, previous w in v, the
/// interval [a, b], the last two steps.
struct BrentState {
    x: f64,
    w: f64,
    v: f64,
    fx: f64,
    fw: f64,
    fv: f64,
    a: f64,
    b: f64,
    deltax: f64,
    rat: f64,
}

const BRENT_MINTOL: f64 = 1.0e-11;
const BRENT_CG: f64 = 0.3819660;

impl BrentState {
    /// A golden-section step into the larger part of [a, b].
    fn golden_step(&mut self, xmid: f64) {
        self.deltax = if self.x >= xmid {
            self.a - self.x
        } else {
            self.b - self.x
        };
        self.rat = BRENT_CG * self.deltax;
    }

    /// Parabolic step through x, w, v when acceptable, else golden.
    fn parabolic_step(&mut self, xmid: f64, tol1: f64, tol2: f64) {
        let s = &*self;
        let tmp1 = (s.x - s.w) * (s.fx - s.fv);
        let mut tmp2 = (s.x - s.v) * (s.fx - s.fw);
        let mut p = (s.x - s.v) * tmp2 - (s.x - s.w) * tmp1;
        tmp2 = 2.0 * (tmp2 - tmp1);
        if tmp2 > 0.0 {
            p = -p;
        }
        tmp2 = tmp2.abs();
        let dx_temp = self.deltax;
        self.deltax = self.rat;
        let (a, b, x) = (self.a, self.b, self.x);
        if p > tmp2 * (a - x) && p < tmp2 * (b - x) && p.abs() < (0.5 * tmp2 * dx_temp).abs() {
            self.rat = p * 1.0 / tmp2;
            let u = x + self.rat;
            if (u - a) < tol2 || (b - u) < tol2 {
                self.rat = if xmid - x >= 0.0 { tol1 } else { -tol1 };
            }
        } else {
            self.golden_step(xmid);
        }
    }

    /// Takes the new point (u, fu) into the state.
    fn accept(&mut self, u: f64, fu: f64) {
        if fu > self.fx {
            if u < self.x {
                self.a = u;
            } else {
                self.b = u;
            }
            if fu <= self.fw || self.w == self.x {
                (self.v, self.w, self.fv, self.fw) = (self.w, u, self.fw, fu);
            } else if fu <= self.fv || self.v == self.x || self.v == self.w {
                (self.v, self.fv) = (u, fu);
            }
        } else {
            if u >= self.x {
                self.a = self.x;
            } else {
                self.b = self.x;
            }
            (self.v, self.w, self.x) = (self.w, self.x, u);
            (self.fv, self.fw, self.fx) = (self.fw, self.fx, fu);
        }
    }
}

/// `_minimize_scalar_brent` from a valid bracket.
pub(crate) fn brent(
    f: &mut ScalarFn,
    br: &Bracket,
    xtol: f64,
    maxiter: i64,
) -> Result<MinimizeScalarResult> {
    let ([xa, xb, xc], fb) = (br.x, br.f[1]);
    let (a, b) = if xa < xc { (xa, xc) } else { (xc, xa) };
    let mut s = BrentState {
        x: xb,
        w: xb,
        v: xb,
        fx: fb,
        fw: fb,
        fv: fb,
        a,
        b,
        deltax: 0.0,
        rat: 0.0,
    };
    let (mut calls, mut iter) = (br.calls, 0i64);
    while iter < maxiter {
        let tol1 = xtol * s.x.abs() + BRENT_MINTOL;
        let tol2 = 2.0 * tol1;
        let xmid = 0.5 * (s.a + s.b);
        if (s.x - xmid).abs() < tol2 - 0.5 * (s.b - s.a) {
            break;
        }
        if s.deltax.abs() <= tol1 {
            s.golden_step(xmid);
        } else {
            s.parabolic_step(xmid, tol1, tol2);
        }
        let u = if s.rat.abs() < tol1 {
            if s.rat >= 0.0 {
                s.x + tol1
            } else {
                s.x - tol1
            }
        } else {
            s.x + s.rat
        };
        let fu = f(u)?;
        calls += 1;
        s.accept(u, fu);
        iter += 1;
    }
    Ok(unbounded_result(
        s.x,
        s.fx,
        iter as usize,
        calls,
        maxiter,
        xtol,
    ))
}

/// `_minimize_scalar_golden` from a bracket.
pub(crate) fn golden(
    f: &mut ScalarFn,
    br: &Bracket,
    xtol: f64,
    maxiter: i64,
) -> Result<MinimizeScalarResult> {
    const GR: f64 = 0.61803399;
    const GC: f64 = 1.0 - GR;
    let [xa, xb, xc] = br.x;
    let (mut x0, mut x3) = (xa, xc);
    let (mut x1, mut x2) = if (xc - xb).abs() > (xb - xa).abs() {
        (xb, xb + GC * (xc - xb))
    } else {
        (xb - GC * (xb - xa), xb)
    };
    let (mut f1, mut f2) = (f(x1)?, f(x2)?);
    let mut calls = br.calls + 2;
    let mut nit = 0usize;
    for _ in 0..maxiter.max(0) {
        if (x3 - x0).abs() <= xtol * (x1.abs() + x2.abs()) {
            break;
        }
        if f2 < f1 {
            (x0, x1) = (x1, x2);
            x2 = GR * x1 + GC * x3;
            f1 = f2;
            f2 = f(x2)?;
        } else {
            (x3, x2) = (x2, x1);
            x1 = GR * x2 + GC * x0;
            f2 = f1;
            f1 = f(x1)?;
        }
        calls += 1;
        nit += 1;
    }
    let (x, fun) = if f1 < f2 { (x1, f1) } else { (x2, f2) };
    Ok(unbounded_result(x, fun, nit, calls, maxiter, xtol))
}

/// NumPy's `sign(v) + (v == 0)`: 1 for v >= 0, -1 below, NaN for NaN.
fn sign_or_one(v: f64) -> f64 {
    np_sign(v) + if v == 0.0 { 1.0 } else { 0.0 }
}

/// State of the bounded method: best point xf, second nfc, third fulc.
struct Bounded {
    a: f64,
    b: f64,
    xf: f64,
    fx: f64,
    nfc: f64,
    fnfc: f64,
    fulc: f64,
    ffulc: f64,
    rat: f64,
    e: f64,
}

/// SciPy's `0.5 * (3.0 - sqrt(5.0))`.
fn golden_mean() -> f64 {
    0.5 * (3.0 - 5f64.sqrt())
}

impl Bounded {
    /// Chooses the step `rat` (parabolic when acceptable, else golden).
    fn choose_step(&mut self, xm: f64, tol1: f64, tol2: f64) {
        let mut golden = true;
        if self.e.abs() > tol1 {
            golden = false;
            let s = &*self;
            let mut r = (s.xf - s.nfc) * (s.fx - s.ffulc);
            let mut q = (s.xf - s.fulc) * (s.fx - s.fnfc);
            let mut p = (s.xf - s.fulc) * q - (s.xf - s.nfc) * r;
            q = 2.0 * (q - r);
            if q > 0.0 {
                p = -p;
            }
            q = q.abs();
            r = self.e;
            self.e = self.rat;
            let (a, b, xf) = (self.a, self.b, self.xf);
            if p.abs() < (0.5 * q * r).abs() && p > q * (a - xf) && p < q * (b - xf) {
                self.rat = (p + 0.0) / q;
                let x = xf + self.rat;
                if (x - a) < tol2 || (b - x) < tol2 {
                    self.rat = tol1 * sign_or_one(xm - xf);
                }
            } else {
                golden = true;
            }
        }
        if golden {
            self.e = if self.xf >= xm {
                self.a - self.xf
            } else {
                self.b - self.xf
            };
            self.rat = golden_mean() * self.e;
        }
    }

    /// Takes the new point (x, fu) into the state.
    fn accept(&mut self, x: f64, fu: f64) {
        if fu <= self.fx {
            if x >= self.xf {
                self.a = self.xf;
            } else {
                self.b = self.xf;
            }
            (self.fulc, self.ffulc) = (self.nfc, self.fnfc);
            (self.nfc, self.fnfc) = (self.xf, self.fx);
            (self.xf, self.fx) = (x, fu);
        } else {
            if x < self.xf {
                self.a = x;
            } else {
                self.b = x;
            }
            if fu <= self.fnfc || self.nfc == self.xf {
                (self.fulc, self.ffulc) = (self.nfc, self.fnfc);
                (self.nfc, self.fnfc) = (x, fu);
            } else if fu <= self.ffulc || self.fulc == self.xf || self.fulc == self.nfc {
                (self.fulc, self.ffulc) = (x, fu);
            }
        }
    }
}

/// Checks the bounds of the bounded method as SciPy does.
fn check_bounds(lo: f64, hi: f64) -> Result<()> {
    if !(lo.is_finite() && hi.is_finite()) {
        return Err(Error::invalid(
            "Optimization bounds must be finite scalars.",
        ));
    }
    if lo > hi {
        return Err(Error::invalid("The lower bound exceeds the upper bound."));
    }
    Ok(())
}

/// `_minimize_scalar_bounded` (Brent's method confined to [lo, hi]).
pub(crate) fn bounded(
    f: &mut ScalarFn,
    [lo, hi]: [f64; 2],
    xatol: f64,
    maxiter: i64,
) -> Result<MinimizeScalarResult> {
    check_bounds(lo, hi)?;
    let sqrt_eps = 2.2e-16f64.sqrt();
    let fulc = lo + golden_mean() * (hi - lo);
    let fx = f(fulc)?;
    let mut s = Bounded {
        a: lo,
        b: hi,
        xf: fulc,
        fx,
        nfc: fulc,
        fnfc: fx,
        fulc,
        ffulc: fx,
        rat: 0.0,
        e: 0.0,
    };
    let (mut num, mut fu, mut flag) = (1i64, f64::INFINITY, 0);
    let mut xm = 0.5 * (s.a + s.b);
    let mut tol1 = sqrt_eps * s.xf.abs() + xatol / 3.0;
    let mut tol2 = 2.0 * tol1;
    while (s.xf - xm).abs() > tol2 - 0.5 * (s.b - s.a) {
        s.choose_step(xm, tol1, tol2);
        let x = s.xf + sign_or_one(s.rat) * np_maximum(s.rat.abs(), tol1);
        fu = f(x)?;
        num += 1;
        s.accept(x, fu);
        xm = 0.5 * (s.a + s.b);
        tol1 = sqrt_eps * s.xf.abs() + xatol / 3.0;
        tol2 = 2.0 * tol1;
        if num >= maxiter {
            flag = 1;
            break;
        }
    }
    if s.xf.is_nan() || s.fx.is_nan() || fu.is_nan() {
        flag = 2;
    }
    let message: &'static CStr = match flag {
        0 => c"Solution found.",
        1 => c"Maximum number of function calls reached.",
        _ => NAN_MESSAGE,
    };
    let n = num as usize;
    Ok(MinimizeScalarResult {
        x: s.xf,
        fun: s.fx,
        nit: n,
        nfev: n,
        success: flag == 0,
        status: flag,
        message,
    })
}
