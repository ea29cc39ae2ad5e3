//! The Pochhammer symbol `poch(a, m)` = Γ(a + m)/Γ(a) and ln Γ(1 + x)
//! accurate near x = 0 (SciPy's private `_lgam1p`), with the helper
//! log(1 - e^x) (SciPy's private `_log1mexp`).

use super::digamma::EULER_GAMMA;
use super::gamma::{gammaln, gammasgn};
use super::zeta::hurwitz_zeta;

/// Whether x is 0, -1, -2, ...
fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

/// `scipy.special.poch(a, m)`: the rising factorial Γ(a + m)/Γ(a). The
/// integer part of m is peeled off by the recurrence (a + m - 1)·poch(a, m - 1);
/// the rest is a large-a series for a > 1e4, else exp(lnΓ(a+m) - lnΓ(a)).
pub fn poch(a: f64, m: f64) -> f64 {
    let (mut m, mut r) = (m, 1.0);
    while m >= 1.0 {
        if a + m == 1.0 {
            break;
        }
        m -= 1.0;
        r *= a + m;
        if !r.is_finite() || r == 0.0 {
            break;
        }
    }
    while m <= -1.0 {
        if a + m == 0.0 {
            break;
        }
        r /= a + m;
        m += 1.0;
        if !r.is_finite() || r == 0.0 {
            break;
        }
    }
    if m == 0.0 {
        return r;
    }
    if a > 1e4 && m.abs() <= 1.0 {
        // a^m (1 + m(m-1)/(2a) + ...): the asymptotic ratio of gammas.
        let series = 1.0
            + m * (m - 1.0) / (2.0 * a)
            + m * (m - 1.0) * (m - 2.0) * (3.0 * m - 1.0) / (24.0 * a * a)
            + m * m * (m - 1.0) * (m - 1.0) * (m - 2.0) * (m - 3.0) / (48.0 * a * a * a);
        return r * a.powf(m) * series;
    }
    if is_nonpositive_integer(a + m) && !is_nonpositive_integer(a) && a + m != m {
        return f64::INFINITY;
    }
    if !is_nonpositive_integer(a + m) && is_nonpositive_integer(a) {
        return 0.0;
    }
    r * (gammaln(a + m) - gammaln(a)).exp() * gammasgn(a + m) * gammasgn(a)
}

/// ln Γ(1 + x) for |x| ≤ 1/2 by its Taylor series -γx + Σ ζ(n)(-x)^n/n.
fn lgam1p_taylor(x: f64) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    let mut res = -EULER_GAMMA * x;
    let mut xfac = -x;
    for n in 2..42 {
        xfac *= -x;
        let coeff = hurwitz_zeta(n as f64, 1.0) * xfac / n as f64;
        res += coeff;
        if coeff.abs() < f64::EPSILON * res.abs() {
            break;
        }
    }
    res
}

/// ln Γ(1 + x) (SciPy's `_lgam1p`), accurate for x near 0 and near 1.
pub fn lgam1p(x: f64) -> f64 {
    if x.abs() <= 0.5 {
        lgam1p_taylor(x)
    } else if (x - 1.0).abs() < 0.5 {
        x.ln() + lgam1p_taylor(x - 1.0)
    } else {
        gammaln(x + 1.0)
    }
}

/// log(1 - e^x) for x ≤ 0 (SciPy's `_log1mexp`): log1p(-e^x) below -1,
/// log(-expm1(x)) above, NaN for x > 0.
pub fn log1mexp(x: f64) -> f64 {
    if x > 0.0 {
        f64::NAN
    } else if x < -1.0 {
        (-x.exp()).ln_1p()
    } else {
        (-x.exp_m1()).ln()
    }
}
