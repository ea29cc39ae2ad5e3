//! The noncentral beta distribution (Boost.Math's algorithm, on which
//! SciPy's Boost-backed noncentral t and F rest): its distribution
//! function, complement, density and quantile as Poisson mixtures
//! Σ_k e^(-λ/2) (λ/2)^k / k! · I_x(a + k, b) of incomplete beta functions,
//! summed outwards from the Poisson mode (k = ⌊λ/2⌋), the stable direction
//! first, with the incomplete beta values of neighbouring k obtained by the
//! recurrence I_x(a + 1, b) = I_x(a, b) - x^a y^b / (a B(a, b)).
//!
//! Each function takes both x and y = 1 - x, as the callers form them (the
//! smaller one exact), and evaluates every incomplete beta function and
//! density from the smaller of the two, as Boost does.

use super::beta_density::beta_pdf;
use super::bracket_solve::{bracket_and_solve_01, eps_tolerance};
use super::incomplete_beta::{betainc, betaincc};
use super::incomplete_gamma::power_factor;

/// Series iteration limit (Boost's default `max_series_iterations`).
const MAX_SERIES: i64 = 1_000_000;

/// The Poisson weight e^(-m) m^k / k! (Boost's `gamma_p_derivative(k+1, m)`).
pub(crate) fn poisson_weight(k: f64, m: f64) -> f64 {
    if k == 0.0 {
        return (-m).exp();
    }
    power_factor(k, m)
}

/// I_x(a, b) (or its complement when `upper`) and the beta(a, b) density
/// at x, both from the smaller of x and y = 1 - x.
pub(crate) fn ibeta_with_density(a: f64, b: f64, x: f64, y: f64, upper: bool) -> (f64, f64) {
    if x < y {
        let i = if upper {
            betaincc(a, b, x)
        } else {
            betainc(a, b, x)
        };
        (i, beta_pdf(x, a, b))
    } else {
        let i = if upper {
            betainc(b, a, y)
        } else {
            betaincc(b, a, y)
        };
        (i, beta_pdf(y, b, a))
    }
}

/// The beta(a, b) density at x from the smaller of x and y.
fn density(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if x < y {
        beta_pdf(x, a, b)
    } else {
        beta_pdf(y, b, a)
    }
}

/// P(X ≤ x) of the noncentral beta(a, b, λ) as `init` plus the mixture
/// (Boost's `non_central_beta_p`): backwards from the mode first.
pub(crate) fn noncentral_beta_p(a: f64, b: f64, lam: f64, x: f64, y: f64, init: f64) -> f64 {
    let errtol = f64::EPSILON;
    let l2 = lam / 2.0;
    let mut k = (l2.trunc() as i64).max(1);
    let mut pois = poisson_weight(k as f64, l2);
    if pois == 0.0 {
        return init;
    }
    let (mut beta, mut xterm) = ibeta_with_density(a + k as f64, b, x, y, false);
    while (beta * pois).abs() < f64::MIN_POSITIVE {
        if k == 0 || pois == 0.0 {
            return init;
        }
        k /= 2;
        pois = poisson_weight(k as f64, l2);
        (beta, xterm) = ibeta_with_density(a + k as f64, b, x, y, false);
    }
    // x^(a+k-1) y^b / ((a+k-1) B(a+k-1, b)): I(a+k-1) - I(a+k)
    xterm *= y / (a + b + k as f64 - 1.0);
    let (mut poisf, mut betaf, mut xtermf) = (pois, beta, xterm);
    let mut sum = init;
    if beta == 0.0 && xterm == 0.0 {
        return init;
    }
    let mut last = 0.0f64;
    let mut count = k;
    let mut i = k;
    while i >= 0 {
        let term = beta * pois;
        sum += term;
        if ((term / sum).abs() < errtol && last.abs() >= term.abs()) || term == 0.0 {
            count = k - i;
            break;
        }
        let fi = i as f64;
        pois *= fi / l2;
        beta += xterm;
        if a + b + fi != 2.0 {
            xterm *= (a + fi - 1.0) / (x * (a + b + fi - 2.0));
        }
        last = term;
        i -= 1;
    }
    last = 0.0;
    let mut i = k + 1;
    loop {
        let fi = i as f64;
        poisf *= l2 / fi;
        xtermf *= (x * (a + b + fi - 2.0)) / (a + fi - 1.0);
        betaf -= xtermf;
        let term = poisf * betaf;
        sum += term;
        if ((term / sum).abs() < errtol && last.abs() >= term.abs()) || term == 0.0 {
            break;
        }
        last = term;
        if count + i - k > MAX_SERIES {
            return f64::NAN;
        }
        i += 1;
    }
    sum
}

/// P(X > x) of the noncentral beta(a, b, λ) as `init` plus the mixture
/// (Boost's `non_central_beta_q`): forwards from the mode first.
pub(crate) fn noncentral_beta_q(a: f64, b: f64, lam: f64, x: f64, y: f64, init: f64) -> f64 {
    let errtol = f64::EPSILON;
    let l2 = lam / 2.0;
    let mut k = l2.trunc() as i64;
    if k <= 30 {
        if a + b > 1.0 {
            k = 0;
        } else if k == 0 {
            k = 1;
        }
    }
    let mut pois = if k == 0 {
        (-l2).exp()
    } else {
        poisson_weight(k as f64, l2)
    };
    if pois == 0.0 {
        return init;
    }
    let (mut beta, mut xterm) = ibeta_with_density(a + k as f64, b, x, y, true);
    xterm *= y / (a + b + k as f64 - 1.0);
    let (mut poisf, mut betaf, mut xtermf) = (pois, beta, xterm);
    let mut sum = init;
    if beta == 0.0 && xterm == 0.0 {
        return init;
    }
    let mut last = 0.0f64;
    let mut i = k + 1;
    let count = loop {
        let fi = i as f64;
        poisf *= l2 / fi;
        xtermf *= (x * (a + b + (fi - 2.0))) / (a + (fi - 1.0));
        betaf += xtermf;
        let term = poisf * betaf;
        sum += term;
        if (term / sum).abs() < errtol && last >= term {
            break i - k;
        }
        if i - k > MAX_SERIES {
            return f64::NAN;
        }
        last = term;
        i += 1;
    };
    let mut i = k;
    while i >= 0 {
        let term = beta * pois;
        sum += term;
        if (term / sum).abs() < errtol {
            break;
        }
        if count + k - i > MAX_SERIES {
            return f64::NAN;
        }
        let fi = i as f64;
        pois *= fi / l2;
        beta -= xterm;
        if a + b + fi - 2.0 != 0.0 {
            xterm *= (a + fi - 1.0) / (x * (a + b + fi - 2.0));
        }
        i -= 1;
    }
    sum
}

/// The noncentral beta distribution function at (x, y = 1 - x), or its
/// complement when `invert` (Boost's `non_central_beta_cdf`): the smaller
/// tail by its series, the other as 1 minus it (the series starting from
/// -1). At λ = 0 it is the central one — negated when `invert`, as
/// Boost's is (SciPy's `ncf.sf` at nc = 0 inherits the sign).
pub(crate) fn noncentral_beta_cdf(x: f64, y: f64, a: f64, b: f64, l: f64, invert: bool) -> f64 {
    if x == 0.0 {
        return if invert { 1.0 } else { 0.0 };
    }
    if y == 0.0 {
        return if invert { 0.0 } else { 1.0 };
    }
    let mut invert = invert;
    let c = a + b + l / 2.0;
    let cross = 1.0 - (b / c) * (1.0 + l / (2.0 * c * c));
    let mut result = if l == 0.0 {
        betainc(a, b, x)
    } else if x > cross {
        let r = noncentral_beta_q(a, b, l, x, y, if invert { 0.0 } else { -1.0 });
        invert = !invert;
        r
    } else {
        noncentral_beta_p(a, b, l, x, y, if invert { -1.0 } else { 0.0 })
    };
    if invert {
        result = -result;
    }
    result
}

/// The public noncentral beta cdf (or complement) at x in [0, 1]: the
/// central beta's at λ = 0, the mixture otherwise.
fn public_cdf(a: f64, b: f64, l: f64, x: f64, complement: bool) -> f64 {
    if l == 0.0 {
        return if complement {
            betaincc(a, b, x)
        } else {
            betainc(a, b, x)
        };
    }
    noncentral_beta_cdf(x, 1.0 - x, a, b, l, complement)
}

/// The noncentral beta density at (x, y = 1 - x) as a mixture of beta
/// densities (Boost's `non_central_beta_pdf`), summed outwards from the
/// Poisson mode.
pub(crate) fn noncentral_beta_pdf(a: f64, b: f64, lam: f64, x: f64, y: f64) -> f64 {
    if x == 0.0 || y == 0.0 {
        return 0.0;
    }
    let errtol = f64::EPSILON;
    let l2 = lam / 2.0;
    let mut k = l2.trunc() as i64;
    let mut pois = poisson_weight(k as f64, l2);
    let mut beta = density(a + k as f64, b, x, y);
    while (beta * pois).abs() < f64::MIN_POSITIVE {
        if k == 0 || pois == 0.0 {
            return 0.0;
        }
        k /= 2;
        pois = poisson_weight(k as f64, l2);
        beta = density(a + k as f64, b, x, y);
    }
    let mut sum = 0.0;
    let (mut poisf, mut betaf) = (pois, beta);
    let mut count = k;
    let mut i = k;
    while i >= 0 {
        let term = beta * pois;
        sum += term;
        if term == 0.0 {
            count = k - i;
            break;
        }
        // (Boost never updates the previous ratio here, so the backward
        // sum runs on until its terms vanish or k reaches 0)
        let fi = i as f64;
        pois *= fi / l2;
        if a + b + fi != 1.0 {
            beta *= (a + fi - 1.0) / (x * (a + fi + b - 1.0));
        }
        i -= 1;
    }
    let mut old_ratio = 0.0;
    let mut i = k + 1;
    loop {
        let fi = i as f64;
        poisf *= l2 / fi;
        betaf *= x * (a + b + fi - 1.0) / (a + fi - 1.0);
        let term = poisf * betaf;
        sum += term;
        let ratio = (term / sum).abs();
        if (ratio < errtol && ratio < old_ratio) || term == 0.0 {
            break;
        }
        old_ratio = ratio;
        if count + i - k > MAX_SERIES {
            return f64::NAN;
        }
        i += 1;
    }
    sum
}

/// The noncentral beta quantile (Boost's `nc_beta_quantile`): the x in
/// [0, 1] with cdf(x) = p (or complement = p when `complement`), searched
/// from 1 - (b/c)(1 + λ/(2c²)), c = a + b + λ/2, with TOMS 748 to 53 bits.
/// `None` when the search does not converge within the budget.
pub(crate) fn noncentral_beta_quantile(
    a: f64,
    b: f64,
    l: f64,
    p: f64,
    complement: bool,
) -> Option<f64> {
    if p == 0.0 {
        return Some(if complement { 1.0 } else { 0.0 });
    }
    if p == 1.0 {
        return Some(if complement { 0.0 } else { 1.0 });
    }
    let c = a + b + l / 2.0;
    let guess = 1.0 - (b / c) * (1.0 + l / (2.0 * c * c));
    let mut f = |x: f64| {
        if complement {
            p - public_cdf(a, b, l, x, true)
        } else {
            public_cdf(a, b, l, x, false) - p
        }
    };
    let r = bracket_and_solve_01(&mut f, guess, 2.5, true, eps_tolerance(53))?;
    let result = r.midpoint();
    (r.iterations < super::bracket_solve::MAX_ROOT_ITERATIONS).then_some(result)
}
