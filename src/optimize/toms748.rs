//! Alefeld, Potra & Shi's Algorithm 748 as SciPy runs it (`TOMS748Solver`
//! in `scipy/optimize/_zeros_py.py`, k = 1): inverse cubic interpolation,
//! Newton steps on a quadratic, a double-length secant step and bisection.

use super::bracket_roots::{Found, Limits};
use super::eval::{isclose, np_sign, Counter, Halt, Step};
use super::pyfmt;
use super::RootFlag;
use crate::error::Error;

/// Shrink factor below which the bracket is bisected in addition.
const MU: f64 = 0.5;

/// The enclosing interval, its function values and the two previous
/// discarded points d and e (e is absent during the first iteration).
struct State {
    ab: [f64; 2],
    fab: [f64; 2],
    d: f64,
    fd: f64,
    e: Option<(f64, f64)>,
}

impl State {
    fn mid(&self) -> f64 {
        (self.ab[0] + self.ab[1]) / 2.0
    }

    fn inside(&self, c: f64) -> bool {
        self.ab[0] < c && c < self.ab[1]
    }

    /// Replaces the end with the same sign as fc; returns the old end.
    fn update(&mut self, c: f64, fc: f64) -> (f64, f64) {
        let idx = if np_sign(self.fab[0]) * np_sign(fc) > 0.0 {
            0
        } else {
            1
        };
        let old = (self.ab[idx], self.fab[idx]);
        self.ab[idx] = c;
        self.fab[idx] = fc;
        old
    }
}

/// f(x) with SciPy's check that the value is finite.
fn callf(c: &mut Counter, x: f64) -> Step<f64> {
    let fx = c.eval(x)?;
    if !fx.is_finite() {
        return Err(Halt::Fail(Error::invalid(format!(
            "Invalid function value: f({}) -> {} ",
            pyfmt::fmt_f(x),
            pyfmt::repr(fx)
        ))));
    }
    Ok(fx)
}

/// Secant step through the two ends (NaN when their values are equal).
fn secant(ab: [f64; 2], fab: [f64; 2]) -> f64 {
    let ([x0, x1], [f0, f1]) = (ab, fab);
    if f0 == f1 {
        return f64::NAN;
    }
    if f1.abs() > f0.abs() {
        (-f0 / f1 * x1 + x0) / (1.0 - f0 / f1)
    } else {
        (-f1 / f0 * x0 + x1) / (1.0 - f1 / f0)
    }
}

/// True when all values are non-zero, finite and pairwise more than
/// 32 eps apart (SciPy's `_notclose` with rtol = 0).
fn not_close(fs: &[f64]) -> bool {
    let atol = 32.0 * f64::EPSILON;
    if fs.iter().any(|f| *f == 0.0 || !f.is_finite()) {
        return false;
    }
    for (i, a) in fs.iter().enumerate() {
        if fs[i + 1..].iter().any(|b| isclose(*a, *b, 0.0, atol)) {
            return false;
        }
    }
    true
}

/// Value at 0 of the polynomial through (xv[i], fv[i]) by Neville's scheme,
/// summed in SciPy's order.
fn neville_at_zero(xv: [f64; 4], fv: [f64; 4]) -> f64 {
    let n = 4;
    let mut q = [[0.0f64; 4]; 4];
    let mut d = [[0.0f64; 4]; 4];
    for i in 0..n {
        q[i][0] = fv[i];
        d[i][0] = fv[i];
    }
    for k in 1..n {
        for i in k..n {
            let alpha = d[i][k - 1] - q[i - 1][k - 1];
            let diff = xv[i - k] - xv[i];
            q[i][k] = (xv[i] - 0.0) / diff * alpha;
            d[i][k] = (xv[i - k] - 0.0) / diff * alpha;
        }
    }
    let last = q[n - 1];
    ((last[1] + last[2]) + last[3]) + last[0]
}

/// Newton steps on the quadratic through (a, fa), (b, fb), (d, fd).
fn newton_quadratic(s: &State, k: usize) -> f64 {
    let ([a, b], [fa, fb], d, fd) = (s.ab, s.fab, s.d, s.fd);
    let big_b = (fb - fa) / (b - a);
    let big_a = ((fd - fb) / (d - b) - big_b) / (d - a);
    let p = |x: f64| (big_a * (x - b) + big_b) * (x - a) + fa;
    if big_a == 0.0 {
        return a - fa / big_b;
    }
    let mut r = if np_sign(big_a) * np_sign(fa) > 0.0 {
        a
    } else {
        b
    };
    for _ in 0..k {
        let r1 = r - p(r) / (big_b + big_a * (2.0 * r - a - b));
        if !s.inside(r1) {
            if s.inside(r) {
                return r;
            }
            return s.mid();
        }
        r = r1;
    }
    r
}

/// `frexp(x).1`: the binary exponent with x = m 2^e, 0.5 <= |m| < 1.
fn frexp_exp(x: f64) -> i32 {
    if x == 0.0 || !x.is_finite() {
        return 0;
    }
    let bits = x.abs().to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        return frexp_exp(x * 2f64.powi(54)) - 54;
    }
    biased - 1022
}

/// The double-length secant step from the end with the smaller |f|.
fn double_secant(s: &State, lim: Limits) -> f64 {
    let uix = if s.fab[0].abs() < s.fab[1].abs() {
        0
    } else {
        1
    };
    let (u, fu) = (s.ab[uix], s.fab[uix]);
    let slope = (s.fab[1] - s.fab[0]) / (s.ab[1] - s.ab[0]);
    let mut c = u - 2.0 * fu / slope;
    if (c - u).abs() > 0.5 * (s.ab[1] - s.ab[0]) {
        return s.mid();
    }
    if isclose(c, u, f64::EPSILON, 0.0) {
        if frexp_exp(s.fab[uix]) < frexp_exp(s.fab[1 - uix]) - 50 {
            c = (31.0 * s.ab[uix] + s.ab[1 - uix]) / 32.0;
        } else {
            let mm = if uix == 0 { 1.0 } else { -1.0 };
            c = u + (mm * c.abs() * lim.rtol + mm * lim.xtol);
        }
        if !s.inside(c) {
            c = s.mid();
        }
    }
    c
}

/// Outcome of one iteration: a root hit exactly, or keep going.
enum Next {
    Hit(f64),
    Continue,
}

/// Evaluates c, stops on an exact zero, else shrinks the bracket and
/// shifts d/e.
fn take(c: &mut Counter, s: &mut State, x: f64) -> Step<Next> {
    let fx = callf(c, x)?;
    if fx == 0.0 {
        return Ok(Next::Hit(x));
    }
    s.e = Some((s.d, s.fd));
    (s.d, s.fd) = s.update(x, fx);
    Ok(Next::Continue)
}

/// One iteration (Algorithm 4.1 of the paper with k = 1).
fn iterate(c: &mut Counter, s: &mut State, lim: Limits, k: usize) -> Step<Next> {
    c.iterations += 1;
    let width = s.ab[1] - s.ab[0];
    let mut x: Option<f64> = None;
    for nsteps in 2..k + 2 {
        if let Some((e, fe)) = s.e {
            if not_close(&[s.fab[0], s.fab[1], s.fd, fe]) {
                let c0 =
                    neville_at_zero([s.fab[0], s.fab[1], s.fd, fe], [s.ab[0], s.ab[1], s.d, e]);
                if s.inside(c0) {
                    x = Some(c0);
                }
            }
        }
        let step = x.unwrap_or_else(|| newton_quadratic(s, nsteps));
        x = Some(step);
        if let Next::Hit(r) = take(c, s, step)? {
            return Ok(Next::Hit(r));
        }
    }
    if let Next::Hit(r) = take(c, s, double_secant(s, lim))? {
        return Ok(Next::Hit(r));
    }
    if s.ab[1] - s.ab[0] > MU * width {
        if let Next::Hit(r) = take(c, s, s.mid())? {
            return Ok(Next::Hit(r));
        }
    }
    Ok(Next::Continue)
}

/// Checks SciPy's `toms748` arguments (after xtol/rtol/maxiter checks).
fn check_interval(a: f64, b: f64) -> Result<(), Error> {
    if !a.is_finite() {
        return Err(Error::invalid(format!(
            "a is not finite {}",
            pyfmt::repr(a)
        )));
    }
    if !b.is_finite() {
        return Err(Error::invalid(format!(
            "b is not finite {}",
            pyfmt::repr(b)
        )));
    }
    if a >= b {
        return Err(Error::invalid(format!(
            "a and b are not an interval [{}, {}]",
            pyfmt::repr(a),
            pyfmt::repr(b)
        )));
    }
    Ok(())
}

/// SciPy's `toms748(f, a, b, k=1)` with the given tolerances.
pub(crate) fn toms748(c: &mut Counter, a: f64, b: f64, lim: Limits) -> Step<Found> {
    check_interval(a, b)?;
    let done = |root| {
        Ok(Found {
            root,
            flag: RootFlag::Converged,
        })
    };
    let fa = callf(c, a)?;
    if fa == 0.0 {
        return done(a);
    }
    let fb = callf(c, b)?;
    if fb == 0.0 {
        return done(b);
    }
    if np_sign(fa) * np_sign(fb) > 0.0 {
        return Err(toms_sign_error(a, b, fa, fb));
    }
    let mut s = State {
        ab: [a, b],
        fab: [fa, fb],
        d: f64::NAN,
        fd: f64::NAN,
        e: None,
    };
    let mut x = secant(s.ab, s.fab);
    if !s.inside(x) {
        x = s.mid();
    }
    let fx = callf(c, x)?;
    if fx == 0.0 {
        return done(x);
    }
    (s.d, s.fd) = s.update(x, fx);
    c.iterations += 1;
    loop {
        if let Next::Hit(r) = iterate(c, &mut s, lim, 1)? {
            return done(r);
        }
        if isclose(s.ab[0], s.ab[1], lim.rtol, lim.xtol) {
            return done(s.mid());
        }
        if c.iterations >= lim.maxiter {
            return Ok(Found {
                root: s.mid(),
                flag: RootFlag::ConvergenceError,
            });
        }
    }
}

/// toms748's own same-sign message, with the values.
fn toms_sign_error(a: f64, b: f64, fa: f64, fb: f64) -> Halt {
    Halt::Fail(Error::invalid(format!(
        "f(a) and f(b) must have different signs, but f({})={}, f({})={} ",
        pyfmt::fmt_e(a),
        pyfmt::fmt_e(fa),
        pyfmt::fmt_e(b),
        pyfmt::fmt_e(fb)
    )))
}
