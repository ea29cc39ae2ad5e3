//! Root bracketing and Alefeld-Potra-Shi (TOMS 748) root finding as
//! Boost.Math's quantile code runs them, so that quantiles computed through
//! them (SciPy's Boost-backed `nctdtrit`, `ncfdtri`, `_nct_isf`,
//! `_ncf_isf`) stop at the same bracket: a search outwards from a guess by
//! a growing factor (or, on [0, 1], by shrinking the distance to 1), then
//! TOMS 748 until the bracket is `eps` relatively narrow; the quantile is
//! the bracket's midpoint.

/// Iteration budget (SciPy's `max_root_iterations<400>` policy; Boost's
/// default is 200 — both budgets are far above what the searches need).
pub(crate) const MAX_ROOT_ITERATIONS: u32 = 400;

/// Result of a bracketed search: the final bracket and whether the
/// iteration budget ran out.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bracketed {
    pub lo: f64,
    pub hi: f64,
    /// Iterations used (a result at the budget means "not converged").
    pub iterations: u32,
}

impl Bracketed {
    /// The midpoint of the final bracket.
    pub fn midpoint(&self) -> f64 {
        self.lo + (self.hi - self.lo) / 2.0
    }
}

/// Relative bracket width tolerance for `bits` binary digits:
/// max(2^(1-bits), 4 ε).
pub(crate) fn eps_tolerance(bits: i32) -> f64 {
    2f64.powi(1 - bits).max(4.0 * f64::EPSILON)
}

/// Whether [a, b] is narrow enough: |a - b| ≤ eps·min(|a|, |b|).
fn narrow(eps: f64, a: f64, b: f64) -> bool {
    (a - b).abs() <= eps * a.abs().min(b.abs())
}

/// −1, 0 or 1.
fn sign(x: f64) -> i32 {
    if x > 0.0 {
        1
    } else if x < 0.0 {
        -1
    } else {
        0
    }
}

/// The state TOMS 748 carries: the bracket [a, b] with its values and the
/// previous points d, e.
struct State {
    a: f64,
    b: f64,
    fa: f64,
    fb: f64,
    d: f64,
    fd: f64,
}

/// Evaluates f at c (nudged inside [a, b]) and shrinks the bracket to the
/// side where the sign changes; d receives the discarded end.
fn shrink(f: &mut dyn FnMut(f64) -> f64, s: &mut State, mut c: f64) {
    let tol = f64::EPSILON * 2.0;
    let (a, b) = (s.a, s.b);
    if (b - a) < 2.0 * tol * a {
        c = a + (b - a) / 2.0;
    } else if c <= a + a.abs() * tol {
        c = a + a.abs() * tol;
    } else if c >= b - b.abs() * tol {
        c = b - b.abs() * tol;
    }
    let fc = f(c);
    if fc == 0.0 {
        s.a = c;
        s.fa = 0.0;
        s.d = 0.0;
        s.fd = 0.0;
        return;
    }
    if sign(s.fa) * sign(fc) < 0 {
        s.d = s.b;
        s.fd = s.fb;
        s.b = c;
        s.fb = fc;
    } else {
        s.d = s.a;
        s.fd = s.fa;
        s.a = c;
        s.fa = fc;
    }
}

/// num / denom, or `r` where the quotient would overflow.
fn safe_div(num: f64, denom: f64, r: f64) -> f64 {
    if denom.abs() < 1.0 && (denom * f64::MAX).abs() <= num.abs() {
        return r;
    }
    num / denom
}

/// The secant point of (a, fa), (b, fb), or the midpoint when it falls
/// (almost) outside [a, b].
fn secant(a: f64, b: f64, fa: f64, fb: f64) -> f64 {
    let tol = f64::EPSILON * 5.0;
    let c = a - (fa / (fb - fa)) * (b - a);
    if c <= a + a.abs() * tol || c >= b - b.abs() * tol {
        return (a + b) / 2.0;
    }
    c
}

/// `count` Newton steps on the quadratic through a, b, d.
fn quadratic(s: &State, count: u32) -> f64 {
    let (a, b, d, fa, fb, fd) = (s.a, s.b, s.d, s.fa, s.fb, s.fd);
    let bb = safe_div(fb - fa, b - a, f64::MAX);
    let mut aa = safe_div(fd - fb, d - b, f64::MAX);
    aa = safe_div(aa - bb, d - a, 0.0);
    if aa == 0.0 {
        return secant(a, b, fa, fb);
    }
    let mut c = if sign(aa) * sign(fa) > 0 { a } else { b };
    for _ in 0..count {
        c -= safe_div(
            fa + (bb + aa * (c - b)) * (c - a),
            bb + aa * (2.0 * c - a - b),
            1.0 + c - a,
        );
    }
    if c <= a || c >= b {
        c = secant(a, b, fa, fb);
    }
    c
}

/// Inverse cubic interpolation through a, b, d, e.
fn cubic(s: &State, e: f64, fe: f64) -> f64 {
    let (a, b, d, fa, fb, fd) = (s.a, s.b, s.d, s.fa, s.fb, s.fd);
    let q11 = (d - e) * fd / (fe - fd);
    let q21 = (b - d) * fb / (fd - fb);
    let q31 = (a - b) * fa / (fb - fa);
    let d21 = (b - d) * fd / (fd - fb);
    let d31 = (a - b) * fb / (fb - fa);
    let q22 = (d21 - q11) * fb / (fe - fb);
    let q32 = (d31 - q21) * fa / (fd - fa);
    let d32 = (d31 - q21) * fd / (fd - fa);
    let q33 = (d32 - q22) * fa / (fe - fa);
    let c = q31 + q32 + q33 + a;
    if c <= a || c >= b {
        return quadratic(s, 3);
    }
    c
}

/// Whether the four values are too close together for cubic interpolation.
fn degenerate(s: &State, fe: f64) -> bool {
    let m = f64::MIN_POSITIVE * 32.0;
    let (fa, fb, fd) = (s.fa, s.fb, s.fd);
    (fa - fb).abs() < m
        || (fa - fd).abs() < m
        || (fa - fe).abs() < m
        || (fb - fd).abs() < m
        || (fb - fe).abs() < m
        || (fd - fe).abs() < m
}

/// TOMS 748 on [ax, bx] (ax < bx, f(ax) and f(bx) of opposite signs) until
/// the bracket is `eps`-narrow or `max_iter` evaluations are spent.
/// Returns the bracket and the evaluations used.
pub(crate) fn toms748(
    f: &mut dyn FnMut(f64) -> f64,
    ax: f64,
    bx: f64,
    fax: f64,
    fbx: f64,
    eps: f64,
    max_iter: u32,
) -> (f64, f64, u32) {
    if max_iter == 0 {
        return (ax, bx, 0);
    }
    let mut count = max_iter;
    let mut s = State {
        a: ax,
        b: bx,
        fa: fax,
        fb: fbx,
        d: 0.0,
        fd: 0.0,
    };
    if s.a.is_nan() || s.b.is_nan() || s.a >= s.b || sign(fax) * sign(fbx) > 0 {
        return (f64::NAN, f64::NAN, 0);
    }
    if narrow(eps, s.a, s.b) || fax == 0.0 || fbx == 0.0 {
        return if fax == 0.0 {
            (ax, ax, 0)
        } else if fbx == 0.0 {
            (bx, bx, 0)
        } else {
            (ax, bx, 0)
        };
    }
    let (mut e, mut fe) = (1e5, 1e5);
    s.d = 1e5;
    s.fd = 1e5;
    let c = secant(s.a, s.b, s.fa, s.fb);
    shrink(f, &mut s, c);
    count -= 1;
    if count > 0 && s.fa != 0.0 && !narrow(eps, s.a, s.b) {
        let c = quadratic(&s, 2);
        e = s.d;
        fe = s.fd;
        shrink(f, &mut s, c);
        count -= 1;
    }
    while count > 0 && s.fa != 0.0 && !narrow(eps, s.a, s.b) {
        let (a0, b0) = (s.a, s.b);
        let c = if degenerate(&s, fe) {
            quadratic(&s, 2)
        } else {
            cubic(&s, e, fe)
        };
        e = s.d;
        fe = s.fd;
        shrink(f, &mut s, c);
        count -= 1;
        if count == 0 || s.fa == 0.0 || narrow(eps, s.a, s.b) {
            break;
        }
        let c = if degenerate(&s, fe) {
            quadratic(&s, 3)
        } else {
            cubic(&s, e, fe)
        };
        shrink(f, &mut s, c);
        count -= 1;
        if count == 0 || s.fa == 0.0 || narrow(eps, s.a, s.b) {
            break;
        }
        // a double-length secant step from the better end
        let (u, fu) = if s.fa.abs() < s.fb.abs() {
            (s.a, s.fa)
        } else {
            (s.b, s.fb)
        };
        let mut c = u - 2.0 * (fu / (s.fb - s.fa)) * (s.b - s.a);
        if (c - u).abs() > (s.b - s.a) / 2.0 {
            c = s.a + (s.b - s.a) / 2.0;
        }
        e = s.d;
        fe = s.fd;
        shrink(f, &mut s, c);
        count -= 1;
        if count == 0 || s.fa == 0.0 || narrow(eps, s.a, s.b) {
            break;
        }
        if (s.b - s.a) < 0.5 * (b0 - a0) {
            continue;
        }
        // too little progress: bisect
        e = s.d;
        fe = s.fd;
        let mid = s.a + (s.b - s.a) / 2.0;
        shrink(f, &mut s, mid);
        count -= 1;
    }
    let used = max_iter - count;
    if s.fa == 0.0 {
        (s.a, s.a, used)
    } else if s.fb == 0.0 {
        (s.b, s.b, used)
    } else {
        (s.a, s.b, used)
    }
}

/// Boost's `bracket_and_solve_root`: from `guess`, multiply (or divide) by
/// `factor` (doubled every so often) until f changes sign, then TOMS 748.
/// `rising`: whether f increases with x. `None` when no bracket is found
/// within the budget.
pub(crate) fn bracket_and_solve(
    f: &mut dyn FnMut(f64) -> f64,
    guess: f64,
    mut factor: f64,
    rising: bool,
    eps: f64,
) -> Option<Bracketed> {
    let max_iter = MAX_ROOT_ITERATIONS;
    let (mut a, mut b) = (guess, guess);
    let mut fa = f(a);
    let mut fb = fa;
    let mut count = max_iter - 1;
    let mut step = 32u32;
    let upwards = (fa < 0.0) == (if guess < 0.0 { !rising } else { rising });
    if upwards {
        while sign(fb) == sign(fa) {
            if count == 0 {
                return None;
            }
            if (max_iter - count) % step == 0 {
                factor *= 2.0;
                if step > 1 {
                    step /= 2;
                }
            }
            a = b;
            fa = fb;
            b *= factor;
            fb = f(b);
            count -= 1;
        }
    } else {
        while sign(fb) == sign(fa) {
            if a.abs() < f64::MIN_POSITIVE {
                let (lo, hi) = if a > 0.0 { (0.0, a) } else { (a, 0.0) };
                return Some(Bracketed {
                    lo,
                    hi,
                    iterations: max_iter - count + 1,
                });
            }
            if count == 0 {
                return None;
            }
            if (max_iter - count) % step == 0 {
                factor *= 2.0;
                if step > 1 {
                    step /= 2;
                }
            }
            b = a;
            fb = fa;
            a /= factor;
            fa = f(a);
            count -= 1;
        }
    }
    Some(solve_bracket(f, a, b, fa, fb, eps, max_iter, count))
}

/// TOMS 748 on the bracket a search ended with (ends in either order),
/// `count` evaluations left of `max_iter`.
#[allow(clippy::too_many_arguments)]
fn solve_bracket(
    f: &mut dyn FnMut(f64) -> f64,
    a: f64,
    b: f64,
    fa: f64,
    fb: f64,
    eps: f64,
    max_iter: u32,
    count: u32,
) -> Bracketed {
    let spent = max_iter - count + 1;
    let (lo, hi, flo, fhi) = if a < 0.0 {
        (b, a, fb, fa)
    } else {
        (a, b, fa, fb)
    };
    let (lo, hi, used) = toms748(f, lo, hi, flo, fhi, eps, count);
    Bracketed {
        lo,
        hi,
        iterations: spent + used,
    }
}

/// Boost's `bracket_and_solve_root_01` (the noncentral beta quantile):
/// the same search confined to [0, 1], stepping towards 1 by dividing the
/// distance 1 - x by `factor`, or towards 0 by dividing x.
pub(crate) fn bracket_and_solve_01(
    f: &mut dyn FnMut(f64) -> f64,
    guess: f64,
    mut factor: f64,
    rising: bool,
    eps: f64,
) -> Option<Bracketed> {
    let max_iter = MAX_ROOT_ITERATIONS;
    let (mut a, mut b) = (guess, guess);
    let mut fa = f(a);
    let mut fb = fa;
    let mut count = max_iter - 1;
    let upwards = (fa < 0.0) == (if guess < 0.0 { !rising } else { rising });
    if upwards {
        while sign(fb) == sign(fa) {
            if count == 0 {
                return None;
            }
            if (max_iter - count) % 20 == 0 {
                factor *= 2.0;
            }
            a = b;
            fa = fb;
            b = 1.0 - ((1.0 - b) / factor);
            fb = f(b);
            count -= 1;
        }
    } else {
        while sign(fb) == sign(fa) {
            if a.abs() < f64::MIN_POSITIVE {
                let (lo, hi) = if a > 0.0 { (0.0, a) } else { (a, 0.0) };
                return Some(Bracketed {
                    lo,
                    hi,
                    iterations: max_iter - count + 1,
                });
            }
            if count == 0 {
                return None;
            }
            if (max_iter - count) % 20 == 0 {
                factor *= 2.0;
            }
            b = a;
            fb = fa;
            a /= factor;
            fa = f(a);
            count -= 1;
        }
    }
    Some(solve_bracket(f, a, b, fa, fb, eps, max_iter, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cube_root() {
        let mut f = |x: f64| x * x * x - 2.0;
        let r = bracket_and_solve(&mut f, 1.0, 2.0, true, eps_tolerance(50)).unwrap();
        assert!((r.midpoint() - 2f64.cbrt()).abs() < 4e-15);
        let mut g = |x: f64| x * x - 0.999;
        let r = bracket_and_solve_01(&mut g, 0.5, 2.5, true, eps_tolerance(53)).unwrap();
        assert!((r.midpoint() - 0.999f64.sqrt()).abs() < 4e-16);
    }
}
