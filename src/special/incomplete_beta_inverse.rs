//! Inverses of the regularized incomplete beta function in x:
//! `betaincinv` (I_x(a, b) = p) and `betainccinv` (1 - I_x(a, b) = q).
//!
//! The root is found in t = ln(x/(1-x)), on the logarithm of whichever of
//! I and 1 - I is the smaller (so tails keep their relative accuracy):
//! Halley's method on ln F = ln target, whose slope in t is ±x^a (1-x)^b /
//! (B(a, b)·F) (and its curvature follows from that), kept inside a bracket in t that shrinks with every
//! evaluation (bisection when a step would leave it). The iterate is kept
//! as the pair (x, 1 - x), each updated multiplicatively, so a root near 0
//! or near 1 keeps its relative accuracy. Starting values: A&S 26.5.22's
//! normal approximation for a, b ≥ 1, else the leading term of the nearer
//! tail (I ≈ x^a/(a·B), 1 - I ≈ (1-x)^b/(b·B)), as in Numerical Recipes'
//! `invbetai`.

use super::beta::betaln;
use super::incomplete_beta::{pair_and_power_factor, power_factor, Point};
use super::normal::ndtri;

/// A step below this (relative to x and 1 - x) ends the iteration: the
/// error left after it is of the order of its cube.
const CONVERGED: f64 = 1e-9;

/// Steps before the iteration stops (it converges in 3–8 from the start;
/// bisection alone needs ~60 on the bracket).
const MAX_STEPS: usize = 200;

/// The bracket in t = ln(x/(1-x)) starts at ±T_LIMIT (x = e^-745 is below
/// the smallest double).
const T_LIMIT: f64 = 745.0;

/// Which function of x is matched to the target.
#[derive(Clone, Copy, PartialEq)]
enum Tail {
    /// I_x(a, b), increasing in x.
    Lower,
    /// 1 - I_x(a, b), decreasing in x.
    Upper,
}

/// `scipy.special.betaincinv(a, b, p)`: the x in [0, 1] with I_x(a, b) = p;
/// 0 at p = 0, 1 at p = 1; NaN for a ≤ 0, b ≤ 0, p outside [0, 1] or NaN;
/// SciPy's limits 1 at (a, b) = (inf, 1) and 0 at (1, inf), NaN for other
/// infinite parameters.
pub fn betaincinv(a: f64, b: f64, p: f64) -> f64 {
    match edge_value(a, b, p, false) {
        Some(x) => x,
        None => inverse_pair(a, b, p).0,
    }
}

/// (x, 1 - x) with I_x(a, b) = p, each to full relative accuracy, for
/// finite a, b > 0 and 0 < p < 1.
pub(super) fn inverse_pair(a: f64, b: f64, p: f64) -> (f64, f64) {
    inverse_pair_from(a, b, p, None)
}

/// `inverse_pair` from a caller's starting (x, 1 - x), if it has one.
pub(super) fn inverse_pair_from(a: f64, b: f64, p: f64, start: Option<(f64, f64)>) -> (f64, f64) {
    if p <= 0.5 {
        solve(a, b, Tail::Lower, p, start)
    } else {
        solve(a, b, Tail::Upper, 1.0 - p, start) // exact for p ≥ 1/2
    }
}

/// `scipy.special.betainccinv(a, b, q)`: the x in [0, 1] with
/// 1 - I_x(a, b) = q; 1 at q = 0, 0 at q = 1, otherwise `betaincinv`'s
/// conventions.
pub fn betainccinv(a: f64, b: f64, q: f64) -> f64 {
    if let Some(x) = edge_value(a, b, q, true) {
        return x;
    }
    if q <= 0.5 {
        solve(a, b, Tail::Upper, q, None).0
    } else {
        solve(a, b, Tail::Lower, 1.0 - q, None).0 // exact for q ≥ 1/2
    }
}

/// The result where SciPy defines it without iteration (`complement`:
/// the target is 1 - I).
fn edge_value(a: f64, b: f64, target: f64, complement: bool) -> Option<f64> {
    let invalid = a.is_nan() || b.is_nan() || a <= 0.0 || b <= 0.0;
    if invalid || !(0.0..=1.0).contains(&target) {
        return Some(f64::NAN);
    }
    if target == 0.0 || target == 1.0 {
        return Some(if (target == 1.0) != complement {
            1.0
        } else {
            0.0
        });
    }
    if a == b && target == 0.5 {
        return Some(0.5); // by symmetry, where I is flattest for small a
    }
    if a.is_infinite() || b.is_infinite() {
        return Some(match (a.is_infinite(), b.is_infinite()) {
            (true, false) if b == 1.0 => 1.0,
            (false, true) if a == 1.0 => 0.0,
            _ => f64::NAN,
        });
    }
    None
}

/// (x, 1 - x) with F(x) = target, F = I (Lower) or 1 - I (Upper),
/// 0 < target ≤ 1/2, from `given` or this module's starting values.
fn solve(a: f64, b: f64, tail: Tail, target: f64, given: Option<(f64, f64)>) -> (f64, f64) {
    let (x0, y0) = given.unwrap_or_else(|| start(a, b, tail, target));
    // a start below the smallest double still has a direction to move in
    let tiny = logistic(-T_LIMIT);
    let (mut x, mut y) = (x0.max(tiny), y0.max(tiny));
    let direction = if tail == Tail::Lower { 1.0 } else { -1.0 };
    let (mut t_lo, mut t_hi) = (-T_LIMIT, T_LIMIT);
    for _ in 0..MAX_STEPS {
        let point = Point::split(a, b, x, y);
        let (i, q, factor) = pair_and_power_factor(a, b, point);
        let value = if tail == Tail::Lower { i } else { q };
        // ln of the ratio, not a difference of logarithms: near 1e-300 those
        // have ulps of 1e-13
        let ratio = value / target;
        let g = if ratio.is_finite() {
            ratio.ln()
        } else {
            value.ln() - target.ln()
        };
        let t = x.ln() - y.ln();
        if direction * g < 0.0 {
            t_lo = t_lo.max(t);
        } else {
            t_hi = t_hi.min(t);
        }
        if g == 0.0 {
            break;
        }
        let step = halley_step(
            a,
            b,
            (x, y),
            g,
            direction * factor.unwrap_or_else(|| power_factor(a, b, point)) / value,
        );
        // the step's own size bounds the error left after it (cubically)
        let small = step.abs() * x.max(y) <= CONVERGED;
        // (differences to the bracket, not t + step: t's ulp near x = 1e-300
        // is 1e-13, far coarser than the last steps)
        let inside = step.is_finite() && step > t_lo - t && step < t_hi - t;
        if !inside && !small {
            let mid = 0.5 * (t_lo + t_hi);
            let (x_mid, y_mid) = (logistic(mid), logistic(-mid));
            if (x_mid, y_mid) == (x, y) {
                break; // the bracket is narrower than the doubles near x
            }
            (x, y) = (x_mid, y_mid);
            continue;
        }
        let e = step.exp();
        let scale = y + x * e;
        (x, y) = (x * e / scale, y / scale);
        if small {
            break;
        }
    }
    (x, y)
}

/// Halley's step in t for g = ln F - ln target with slope g' = ±pf/F:
/// d ln pf/dt = a(1-x) - bx gives g'' = g'·(a(1-x) - bx) - g'², so the
/// cubic step costs nothing beyond Newton's (Newton's where the correction
/// factor is far from 1).
fn halley_step(a: f64, b: f64, (x, y): (f64, f64), g: f64, slope: f64) -> f64 {
    let newton = -g / slope;
    let curvature = slope * (a * y - b * x) - slope * slope;
    let factor = 1.0 + 0.5 * newton * curvature / slope;
    if (0.5..=2.0).contains(&factor) {
        newton / factor
    } else {
        newton
    }
}

/// 1/(1 + e^(-t)), without overflow for t < -709.
fn logistic(t: f64) -> f64 {
    if t < 0.0 {
        let e = t.exp();
        e / (1.0 + e)
    } else {
        1.0 / (1.0 + (-t).exp())
    }
}

/// A starting (x, 1 - x) for F(x) = target.
fn start(a: f64, b: f64, tail: Tail, target: f64) -> (f64, f64) {
    match tail {
        Tail::Lower => lower_start(a, b, target),
        Tail::Upper => {
            let (y, x) = lower_start(b, a, target);
            (x, y)
        }
    }
}

/// A starting (x, 1 - x) for I_x(a, b) = p ≤ 1/2.
fn lower_start(a: f64, b: f64, p: f64) -> (f64, f64) {
    if a >= 1.0 && b >= 1.0 {
        // A&S 26.5.22, with y_p the upper normal quantile of p
        let yp = -ndtri(p);
        let lambda = (yp * yp - 3.0) / 6.0;
        let (ra, rb) = (1.0 / (2.0 * a - 1.0), 1.0 / (2.0 * b - 1.0));
        let h = 2.0 / (ra + rb);
        let w = yp * (h + lambda).sqrt() / h - (rb - ra) * (lambda + 5.0 / 6.0 - 2.0 / (3.0 * h));
        let r = b / a * (2.0 * w).exp();
        return if r.is_finite() {
            (1.0 / (1.0 + r), r / (1.0 + r))
        } else {
            (((a / b).ln() - 2.0 * w).exp(), 1.0)
        };
    }
    // the leading term of the nearer tail; the tails' shares of B(a, b)
    // are about x₀^a/a and y₀^b/b
    let ln_beta = betaln(a, b);
    let c = a + b;
    let lower_share = (a * (a / c).ln()).exp() / a;
    let upper_share = (b * (b / c).ln()).exp() / b;
    if p * (lower_share + upper_share) < lower_share {
        let x = ((p.ln() + a.ln() + ln_beta) / a).exp().min(0.5);
        (x, 1.0 - x)
    } else {
        let y = (((1.0 - p).ln() + b.ln() + ln_beta) / b).exp().min(0.5);
        (1.0 - y, y)
    }
}
