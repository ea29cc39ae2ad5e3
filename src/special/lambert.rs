//! The real branches of the Lambert W function, `scipy.special.lambertw(x, k)`
//! for k = 0 and k = -1 (the solutions w of w·e^w = x that are real), by
//! Fritsch's iteration from a series or asymptotic start. Near the branch
//! point x = -1/e the iteration runs on u = 1 + w with x + 1/e formed in
//! double-double, so W stays accurate to the last bit of x there.

use std::f64::consts::E;

/// 1/e as a double-double: INV_E_HI + INV_E_LO.
const INV_E_HI: f64 = 0.367_879_441_171_442_33;
const INV_E_LO: f64 = -1.242_875_367_278_836_3e-17;

/// Closer than this to -1/e (in e·(x + 1/e)) the iteration works on 1 + w.
const NEAR_BRANCH: f64 = 0.5;

/// `scipy.special.lambertw(x, k).real` where that value is real: W₀(x) for
/// x ≥ -1/e (k = 0), W₋₁(x) for -1/e ≤ x < 0 (k = -1, -inf at x = 0). NaN
/// where the branch is complex (x < -1/e; k = -1 with x > 0; x = -inf) and
/// for every other k, where no branch is real (but -inf at x = 0 for
/// integers k ≠ 0, as SciPy).
pub fn lambertw(x: f64, k: f64) -> f64 {
    if x.is_nan() || k.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && k != 0.0 && k == k.trunc() {
        return f64::NEG_INFINITY;
    }
    // (x + INV_E_HI) is exact near the branch point (Sterbenz).
    let delta = (x + INV_E_HI) + INV_E_LO;
    if delta < 0.0 {
        return f64::NAN;
    }
    if k == 0.0 {
        principal(x, delta)
    } else if k == -1.0 {
        lower(x, delta)
    } else {
        f64::NAN
    }
}

/// W₀(x) for x ≥ -1/e, with δ = x + 1/e.
fn principal(x: f64, delta: f64) -> f64 {
    if x == 0.0 || x == f64::INFINITY {
        return x;
    }
    if E * delta < NEAR_BRANCH {
        return refine_near_branch(delta, branch_series(delta, 1.0)) - 1.0;
    }
    let start = if x < 3.0 {
        // Winitzki's approximation.
        let l = x.ln_1p();
        l * (1.0 - l.ln_1p() / (2.0 + l))
    } else {
        asymptotic(x.ln())
    };
    refine(x, start)
}

/// W₋₁(x) for -1/e ≤ x < 0, with δ = x + 1/e.
fn lower(x: f64, delta: f64) -> f64 {
    if x > 0.0 {
        return f64::NAN;
    }
    if E * delta < NEAR_BRANCH {
        return refine_near_branch(delta, branch_series(delta, -1.0)) - 1.0;
    }
    refine(x, asymptotic((-x).ln()))
}

/// 1 + W from the series in p = ±√(2(e·x + 1)) about the branch point
/// (sign +1 for W₀, -1 for W₋₁), returned as 1 + w.
fn branch_series(delta: f64, sign: f64) -> f64 {
    let p = sign * (2.0 * E * delta).sqrt();
    // 1 + W = p - p²/3 + 11p³/72 - 43p⁴/540 + 769p⁵/17280 - 221p⁶/8505.
    p * (1.0
        + p * (-1.0 / 3.0
            + p * (11.0 / 72.0
                + p * (-43.0 / 540.0 + p * (769.0 / 17280.0 + p * (-221.0 / 8505.0))))))
}

/// W ≈ L₁ - L₂ + L₂/L₁ with L₁ = log|x|, L₂ = log|L₁| (de Bruijn).
fn asymptotic(l1: f64) -> f64 {
    let l2 = l1.abs().ln();
    l1 - l2 + l2 / l1
}

/// One step of Fritsch's iteration, w ← w(1 + ε): with z = ln(x/w) - w,
/// u = 1 + w and q = 2u(u + 2z/3), ε = z(q - z)/(u(q - 2z)).
fn fritsch_factor(z: f64, u: f64) -> f64 {
    let q = 2.0 * u * (u + 2.0 * z / 3.0);
    z * (q - z) / (u * (q - 2.0 * z))
}

/// Fritsch's iteration on w from `w` (away from the branch point).
fn refine(x: f64, mut w: f64) -> f64 {
    for _ in 0..8 {
        let ratio = x / w;
        // ln(x/w) as ln|x| - ln|w| where x/w underflows (x tiny, w ≪ -1).
        let log_ratio = if ratio.abs() >= f64::MIN_POSITIVE {
            ratio.ln()
        } else {
            x.abs().ln() - w.abs().ln()
        };
        let eps = fritsch_factor(log_ratio - w, 1.0 + w);
        if !eps.is_finite() {
            break;
        }
        w += w * eps;
        if eps.abs() <= 1e-17 {
            break;
        }
    }
    w
}

/// Fritsch's iteration on u = 1 + w near the branch point, where
/// z = ln(-x) - ln(-w) - w = log1p(-eδ) - log1p(-u) - u has no cancellation.
fn refine_near_branch(delta: f64, mut u: f64) -> f64 {
    for _ in 0..8 {
        if u == 0.0 {
            break;
        }
        let z = (-E * delta).ln_1p() - (-u).ln_1p() - u;
        let step = (u - 1.0) * fritsch_factor(z, u);
        if !step.is_finite() {
            break;
        }
        u += step;
        if step.abs() <= 1e-17 * u.abs() {
            break;
        }
    }
    u
}
