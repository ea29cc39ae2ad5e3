//! The one-sided Kolmogorov–Smirnov statistic Dₙ⁺ for a sample of n:
//! `scipy.special.smirnov(n, d)` = P(Dₙ⁺ ≥ d) and its inverse
//! `smirnovi(n, p)`.
//!
//! P(Dₙ⁺ ≥ d) = Σ_{0 ≤ j < n(1-d)} C(n, j) d (d + j/n)^(j-1) (1 - d - j/n)^(n-j)
//! (Birnbaum and Tingey, Ann. Math. Statist. 22, 1951): positive terms,
//! each formed from its logarithm in double-double, since the powers'
//! exponents reach n and would cost that many units of rounding in double,
//! and summed in double-double. The sum stops once the terms, past their
//! peak, can no longer change it. Below d = 1/n the closed form
//! 1 - d(1+d)^(n-1) is used; where 2nd² > 746 the value is below the
//! smallest double (P ≤ e^(-2nd²), Massart's one-sided bound); above
//! n = 10⁶ (as SciPy) the approximation exp(-(6nd+1)²/(18n)).

use super::double_double::{two_sum, DoubleDouble};

/// Above this n the exact sum (n terms) gives way to the approximation.
const MAX_EXACT_N: f64 = 1e6;

/// `scipy.special.smirnov(n, d)`: P(Dₙ⁺ ≥ d) for n ≥ 1 (truncated to an
/// integer, as SciPy) and 0 ≤ d ≤ 1: 1 at d = 0, 0 at d = 1; NaN for other
/// n or d.
pub fn smirnov(n: f64, d: f64) -> f64 {
    match parameters(n, d) {
        Some(n) => survival(n, d).0,
        None => f64::NAN,
    }
}

/// `scipy.special.smirnovi(n, p)`: the d with smirnov(n, d) = p, for n ≥ 1
/// (truncated) and 0 ≤ p ≤ 1: 1 at p = 0, 0 at p = 1; NaN otherwise.
pub fn smirnovi(n: f64, p: f64) -> f64 {
    let Some(n) = parameters(n, p) else {
        return f64::NAN;
    };
    if p == 0.0 {
        return 1.0;
    }
    if p == 1.0 {
        return 0.0;
    }
    if n == 1.0 {
        return 1.0 - p;
    }
    if n > MAX_EXACT_N {
        return ((-18.0 * n * p.ln()).sqrt() - 1.0).max(0.0) / (6.0 * n);
    }
    let q = 1.0 - p;
    let at_one_over_n = ((n - 1.0) * (1.0 / n).ln_1p()).exp() / n; // cdf(1/n)
    if q <= at_one_over_n {
        return below_one_over_n(n, q);
    }
    // d ≥ 1 - 1/n, where the sum is its one term (1 - d)^n
    let root = p.powf(1.0 / n);
    if root <= 1.0 / n {
        return 1.0 - root;
    }
    newton_on_log_sf(n, p)
}

/// SciPy's `_smirnovp(n, d)`: the derivative of smirnov(n, d) in d
/// (minus the density of Dₙ⁺), -1 for n = 1; NaN for other n or d.
pub fn smirnovp(n: f64, d: f64) -> f64 {
    match parameters(n, d) {
        Some(1.0) => -1.0,
        Some(n) => survival(n, d).1,
        None => f64::NAN,
    }
}

/// n truncated, if n ≥ 1 is finite and `x` (d or p) is in [0, 1].
fn parameters(n: f64, x: f64) -> Option<f64> {
    let n = n.trunc();
    let valid = n >= 1.0 && n.is_finite() && (0.0..=1.0).contains(&x);
    valid.then_some(n)
}

/// (P(Dₙ⁺ ≥ d), its derivative in d) for n ≥ 1 an integer and 0 ≤ d ≤ 1.
fn survival(n: f64, d: f64) -> (f64, f64) {
    if d == 0.0 {
        return (1.0, 0.0);
    }
    if d == 1.0 {
        return (0.0, 0.0);
    }
    if n == 1.0 {
        return (1.0 - d, -1.0);
    }
    if n > MAX_EXACT_N {
        let t = 6.0 * n * d + 1.0;
        let sf = (-t * t / (18.0 * n)).exp();
        return (sf, -2.0 * t * sf / 3.0);
    }
    if n * d <= 1.0 {
        // 1 - d(1+d)^(n-1), derivative -(1+d)^(n-2)(1 + nd)
        let power = ((n - 1.0) * d.ln_1p()).exp();
        return (1.0 - d * power, -power / (1.0 + d) * (1.0 + n * d));
    }
    if 2.0 * n * d * d > 746.0 {
        return (0.0, 0.0);
    }
    birnbaum_tingey_sum(n, d)
}

/// The sum, its terms T_j = exp(ln C(n,j) + ln d + (j-1) ln(d + j/n) +
/// (n-j) ln(1 - d - j/n)) with n·d, d + j/n = (nd + j)/n and
/// 1 - d - j/n = (n - nd - j)/n in double-double; the derivative from
/// dT_j/dd = T_j (1/d + (j-1)/(d + j/n) - (n-j)/(1 - d - j/n)).
fn birnbaum_tingey_sum(n: f64, d: f64) -> (f64, f64) {
    let nd = DoubleDouble::product(n, d);
    let rest = DoubleDouble::from(n).sub_dd(nd); // n(1 - d)
    let last = last_index(rest);
    let ln_n = DoubleDouble::ln(n);
    let ln_d = DoubleDouble::ln(d);
    let mut ln_binomial = DoubleDouble::from(0.0);
    let (mut sum, mut sum_lo, mut derivative) = (0.0f64, 0.0f64, 0.0f64);
    let mut previous = 0.0f64;
    for j in 0..=last {
        let fj = j as f64;
        if j > 0 {
            ln_binomial = ln_binomial
                .add_dd(DoubleDouble::ln(n - fj + 1.0))
                .sub_dd(DoubleDouble::ln(fj));
        }
        // (add_dd normalises: n(1-d) - j may cancel to its low part)
        let left = nd.add_dd(DoubleDouble::from(fj)); // n(d + j/n)
        let right = rest.add_dd(DoubleDouble::from(-fj)); // n(1 - d - j/n)
        let exponent = ln_binomial
            .add_dd(ln_d)
            .add_dd(left.ln_dd().sub_dd(ln_n).mul(fj - 1.0))
            .add_dd(right.ln_dd().sub_dd(ln_n).mul(n - fj));
        let term = exponent.exp();
        let (s, e) = two_sum(sum, term);
        sum = s;
        sum_lo += e;
        derivative += term * (1.0 / d + (fj - 1.0) * n / left.hi - (n - fj) * n / right.hi);
        let remaining = (last - j) as f64;
        if term < previous && term * remaining < 0.25 * f64::EPSILON * sum {
            break;
        }
        previous = term;
    }
    (sum + sum_lo, derivative)
}

/// The largest integer j < n(1 - d), from n(1 - d) as a double-double.
fn last_index(rest: DoubleDouble) -> u64 {
    let floor = rest.hi.floor();
    let below = floor == rest.hi && rest.lo <= 0.0;
    (if below { floor - 1.0 } else { floor }) as u64
}

/// smirnovi where q = 1 - p ≤ cdf(1/n): the root of d(1+d)^(n-1) = q by
/// Newton's method (increasing and convex: from d = q, at or above the
/// root, the iterates fall to it). On the equation itself, not its
/// logarithm, whose rounding (eps·|ln q|) would cost |ln q| eps in d.
fn below_one_over_n(n: f64, q: f64) -> f64 {
    let mut d = q;
    for _ in 0..100 {
        let power = ((n - 2.0) * d.ln_1p()).exp(); // (1+d)^(n-2)
        let value = d * (1.0 + d) * power - q;
        let slope = power * (1.0 + n * d);
        let next = d - value / slope;
        if (next - d).abs() <= 2.0 * f64::EPSILON * next {
            return next;
        }
        d = next;
    }
    d
}

/// smirnovi by Newton's method on ln P(Dₙ⁺ ≥ d) = ln p (slope -pdf/sf),
/// from the asymptotic d = √(-ln p/(2n)), kept inside a bracket of the root
/// (bisecting when a step leaves it).
fn newton_on_log_sf(n: f64, p: f64) -> f64 {
    let target = p.ln();
    let (mut low, mut high) = (0.0f64, 1.0f64);
    let mut d = (-0.5 * target / n).sqrt().clamp(1.0 / n, 1.0 - 1.0 / n);
    for _ in 0..100 {
        let (sf, derivative) = survival(n, d);
        if sf > p {
            low = d;
        } else {
            high = d;
        }
        let step = (sf.ln() - target) * sf / derivative;
        let mut next = d - step;
        if step.abs() <= 2.0 * f64::EPSILON * next || high - low <= f64::EPSILON * d {
            return next;
        }
        if !next.is_finite() || next <= low || next >= high {
            next = 0.5 * (low + high);
        }
        d = next;
    }
    d
}
