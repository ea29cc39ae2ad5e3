//! Inverses of the regularized incomplete gamma functions in x:
//! `gammaincinv` (P(a, x) = p) and `gammainccinv` (Q(a, x) = q).
//!
//! The root is found in u = ln x, on the logarithm of whichever of P and Q
//! is the smaller (so tails keep their relative accuracy): Halley's method
//! on ln F(e^u) = ln target, whose slope x·F'(x)/F(x) comes from the
//! power factor x^a e^(-x)/Γ(a), started from Wilson–Hilferty's cube-root
//! normal approximation or from the leading term of the tail expansion,
//! and kept inside a bracket that shrinks with every evaluation (bisection
//! when a step would leave it).

use super::gamma::gammaln;
use super::incomplete_gamma::{gammainc, gammaincc, power_factor};
use super::normal::ndtri;

/// Steps before the iteration gives up (it converges in 2–6).
const MAX_STEPS: usize = 60;

/// Which function of x is matched to the target.
#[derive(Clone, Copy, PartialEq)]
enum Tail {
    /// P(a, x), increasing in x.
    Lower,
    /// Q(a, x), decreasing in x.
    Upper,
}

/// `scipy.special.gammaincinv(a, p)`: the x ≥ 0 with P(a, x) = p; 0 at
/// p = 0, inf at p = 1, NaN for a < 0, p outside [0, 1], and a = 0 or
/// a = inf with 0 < p < 1.
pub fn gammaincinv(a: f64, p: f64) -> f64 {
    if a.is_nan() || p.is_nan() || a < 0.0 || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return 0.0;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    if a == 0.0 || a.is_infinite() {
        return f64::NAN;
    }
    if p <= 0.5 {
        solve(a, Tail::Lower, p)
    } else {
        solve(a, Tail::Upper, 1.0 - p) // exact for p ≥ 1/2
    }
}

/// `scipy.special.gammainccinv(a, q)`: the x ≥ 0 with Q(a, x) = q; inf at
/// q = 0, 0 at q = 1, NaN where `gammaincinv` is NaN.
pub fn gammainccinv(a: f64, q: f64) -> f64 {
    if a.is_nan() || q.is_nan() || a < 0.0 || !(0.0..=1.0).contains(&q) {
        return f64::NAN;
    }
    if q == 0.0 {
        return f64::INFINITY;
    }
    if q == 1.0 {
        return 0.0;
    }
    if a == 0.0 || a.is_infinite() {
        return f64::NAN;
    }
    if q <= 0.5 {
        solve(a, Tail::Upper, q)
    } else {
        solve(a, Tail::Lower, 1.0 - q)
    }
}

/// F(x) and the slope d ln F / d ln x = ±x^a e^(-x) / (Γ(a) F).
fn value_and_slope(a: f64, tail: Tail, x: f64) -> (f64, f64) {
    let f = match tail {
        Tail::Lower => gammainc(a, x),
        Tail::Upper => gammaincc(a, x),
    };
    let density = a * power_factor(a, x);
    let slope = density / f;
    match tail {
        Tail::Lower => (f, slope),
        Tail::Upper => (f, -slope),
    }
}

/// The x with F(x) = target (0 < target ≤ 1/2) by safeguarded Halley steps
/// in ln x. Steps are applied to x itself (x·e^(-s) as x + x·expm1(-s)), so
/// the result keeps its relative accuracy however large |ln x| is.
fn solve(a: f64, tail: Tail, target: f64) -> f64 {
    let (mut lo, mut hi) = (f64::MIN_POSITIVE.ln() - 40.0, f64::MAX.ln());
    let mut x = start(a, tail, target).clamp(lo.exp(), hi.exp());
    for _ in 0..MAX_STEPS {
        let (f, slope) = value_and_slope(a, tail, x);
        if f == target {
            return x;
        }
        // F increases with x for P, decreases for Q: move the bracket.
        let u = x.ln();
        if (f < target) == (tail == Tail::Lower) {
            lo = lo.max(u);
        } else {
            hi = hi.min(u);
        }
        let residual = if f > 0.0 {
            ((f - target) / target).ln_1p()
        } else {
            f64::NEG_INFINITY
        };
        let (step, cubic) = halley_step(residual, slope, a - x);
        let next = x + x * (-step).exp_m1();
        let next = if step.is_finite() && (lo..=hi).contains(&next.ln()) {
            next
        } else {
            (0.5 * (lo + hi)).exp()
        };
        // After a Halley step of size s the error is O(s³): 1e-6 is done.
        let converged =
            step.abs() <= 2.0 * f64::EPSILON || next == x || (cubic && step.abs() <= 1e-6);
        x = next;
        if converged {
            break;
        }
    }
    x
}

/// The Halley step for h(u) = ln F(e^u) - ln target, from h, h' and
/// h'' = (a - x) h' - h'² (the same for P and Q); Newton's step where the
/// second-order factor is far from 1 (far from the root). The flag says
/// whether the step was Halley's (cubically convergent).
fn halley_step(h: f64, slope: f64, a_minus_x: f64) -> (f64, bool) {
    let newton = h / slope;
    let curvature = a_minus_x * slope - slope * slope;
    let factor = 1.0 - 0.5 * newton * curvature / slope;
    if (0.5..=2.0).contains(&factor) {
        (newton / factor, true)
    } else {
        (newton, false)
    }
}

/// A first x: the leading term of P's series, (p Γ(a + 1))^(1/a), where
/// p is small against a's scale; for a large-ish shape, Wilson–Hilferty's
/// x = a (1 - 1/(9a) + z/(3√a))³ with z the normal quantile; far in the
/// upper tail of small shapes, x ≈ -ln(q Γ(a)) + (a - 1) ln x iterated.
fn start(a: f64, tail: Tail, target: f64) -> f64 {
    let z = match tail {
        Tail::Lower => ndtri(target),
        Tail::Upper => -ndtri(target),
    };
    let cube = 1.0 - 1.0 / (9.0 * a) + z / (3.0 * a.sqrt());
    let wilson_hilferty = a * cube * cube * cube;
    match tail {
        Tail::Lower => {
            let series = ((target.ln() + gammaln(a + 1.0)) / a).exp();
            if a < 1.0 || wilson_hilferty <= 0.0 || series < 0.1 * a {
                series.max(f64::MIN_POSITIVE)
            } else {
                wilson_hilferty
            }
        }
        Tail::Upper => {
            if a >= 1.0 && wilson_hilferty > 0.0 {
                return wilson_hilferty;
            }
            let mut x = (-(target.ln() + gammaln(a))).max(1.0);
            for _ in 0..3 {
                x = (-(target.ln() + gammaln(a)) + (a - 1.0) * x.ln()).max(1.0);
            }
            x
        }
    }
}
