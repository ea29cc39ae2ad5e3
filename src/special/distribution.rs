//! scipy.special's distribution functions (Cephes' `*dtr*` family): the
//! chi-square, Poisson, Student t, F, binomial and negative binomial CDFs,
//! their complements and inverses, written over the incomplete gamma and
//! beta functions so that each tail is computed directly (never as 1 minus
//! the other) and each argument reaches them without cancellation.
//! Domains and edge values are SciPy's; integer arguments (k, n) are
//! truncated toward -inf as SciPy truncates them.

use super::beta::{beta, betaln};
use super::incomplete_beta::{betainc, betaincc};
use super::incomplete_beta_inverse::{betainccinv, betaincinv, inverse_pair, inverse_pair_from};
use super::incomplete_gamma::{gammainc, gammaincc};
use super::incomplete_gamma_inverse::gammainccinv;
use super::normal::{ndtr, ndtri};

/// `scipy.special.chdtr(v, x)`: the chi-square CDF with v degrees of
/// freedom, P(v/2, x/2) (gammainc's domain and limits).
pub fn chdtr(v: f64, x: f64) -> f64 {
    gammainc(0.5 * v, 0.5 * x)
}

/// `scipy.special.chdtrc(v, x)`: the chi-square survival function,
/// Q(v/2, x/2).
pub fn chdtrc(v: f64, x: f64) -> f64 {
    gammaincc(0.5 * v, 0.5 * x)
}

/// `scipy.special.chdtri(v, p)`: the x with chdtrc(v, x) = p (the inverse
/// of the survival function, as in SciPy).
pub fn chdtri(v: f64, p: f64) -> f64 {
    2.0 * gammainccinv(0.5 * v, p)
}

/// Whether a count argument of the Poisson functions is outside SciPy's
/// domain (negative or NaN).
fn bad_count(k: f64) -> bool {
    k.is_nan() || k < 0.0
}

/// `scipy.special.pdtr(k, m)`: the Poisson CDF, P(N ≤ floor(k)) for mean
/// m, = Q(floor(k) + 1, m); NaN for k < 0 or m < 0.
pub fn pdtr(k: f64, m: f64) -> f64 {
    if bad_count(k) || m.is_nan() || m < 0.0 {
        return f64::NAN;
    }
    gammaincc(k.floor() + 1.0, m)
}

/// `scipy.special.pdtrc(k, m)`: the Poisson survival function
/// P(N > floor(k)) = P(floor(k) + 1, m); `pdtr`'s domain.
pub fn pdtrc(k: f64, m: f64) -> f64 {
    if bad_count(k) || m.is_nan() || m < 0.0 {
        return f64::NAN;
    }
    gammainc(k.floor() + 1.0, m)
}

/// `scipy.special.pdtri(k, y)`: the mean m with pdtr(k, m) = y, for
/// 0 ≤ y < 1 (inf at y = 0); NaN for k < 0, infinite k or y outside
/// [0, 1).
pub fn pdtri(k: f64, y: f64) -> f64 {
    if bad_count(k) || k.is_infinite() || y.is_nan() || !(0.0..1.0).contains(&y) {
        return f64::NAN;
    }
    gammainccinv(k.floor() + 1.0, y)
}

/// `scipy.special.stdtr(df, t)`: Student's t CDF with df > 0 degrees of
/// freedom (the normal CDF for df = inf): the tail ½·I_(df/(df+t²))(df/2, ½),
/// taken as ½·(1 - I_(t²/(df+t²))(½, df/2)) where t² < df.
pub fn stdtr(df: f64, t: f64) -> f64 {
    if df.is_nan() || t.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    if df.is_infinite() {
        return ndtr(t);
    }
    if t == 0.0 {
        return 0.5;
    }
    let t2 = t * t;
    let tail = if t2 <= df {
        0.5 * betaincc(0.5, 0.5 * df, t2 / (df + t2))
    } else {
        0.5 * betainc(0.5 * df, 0.5, df / (df + t2))
    };
    if t < 0.0 {
        tail
    } else {
        1.0 - tail
    }
}

/// `scipy.special.stdtrit(df, p)`: the t with stdtr(df, t) = p; ∓inf at
/// p = 0 and 1 (SciPy 1.17 gives +inf at p = 0; -inf is the limit), NaN for
/// df ≤ 0 or p outside [0, 1].
pub fn stdtrit(df: f64, p: f64) -> f64 {
    if df.is_nan() || p.is_nan() || df <= 0.0 || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if df.is_infinite() {
        return ndtri(p);
    }
    match p {
        0.0 => f64::NEG_INFINITY,
        1.0 => f64::INFINITY,
        0.5 => 0.0,
        _ if p > 0.5 => -lower_t(df, 1.0 - p),
        _ => lower_t(df, p),
    }
}

/// The t < 0 with stdtr(df, t) = p < 1/2: I_x(df/2, ½) = 2p at
/// x = df/(df + t²), so t² = df·(1 - x)/x from the pair (x, 1 - x).
fn lower_t(df: f64, p: f64) -> f64 {
    let a = 0.5 * df;
    let start = hill_t(df, 2.0 * p).map(|t| {
        let t2 = t * t;
        (df / (df + t2), t2 / (df + t2))
    });
    let (x, y) = inverse_pair_from(a, 0.5, 2.0 * p, start);
    if x >= NEAR_UNDERFLOW {
        return -(df.sqrt() * (y / x).sqrt());
    }
    // x below the normal range, t perhaps still finite: from the leading
    // term I ≈ x^a/(a·B(a, ½)) (relative error O(x)),
    // t = -√df·(2p·a·B)^(-1/df), in logarithms if the base underflows
    let base = 2.0 * p * a * beta(a, 0.5);
    if base.is_normal() {
        -df.sqrt() * base.powf(-1.0 / df)
    } else {
        let ln_base = (2.0 * p).ln() + a.ln() + betaln(a, 0.5);
        -(0.5 * df.ln() - ln_base / df).exp()
    }
}

/// Hill's approximation (CACM Algorithm 396, 1970) to the t > 0 with
/// two-sided tail probability q = 2·(1 - stdtr(df, t)), for df ≥ 1: within
/// 2% (df near 1.5), mostly 1e-3, so the beta inverse needs only a step or
/// two from it. None where it does not apply (df < 1, or its tail variable
/// underflows).
fn hill_t(df: f64, q: f64) -> Option<f64> {
    if df < 1.0 {
        return None;
    }
    let a = 1.0 / (df - 0.5);
    let b = 48.0 / (a * a);
    let mut c = ((20700.0 * a / b - 98.0) * a - 16.0) * a + 96.36;
    let d = ((94.5 / (b + c) - 3.0) / b + 1.0) * (a * std::f64::consts::FRAC_PI_2).sqrt() * df;
    let y = (d * q).powf(2.0 / df);
    let y = if y > 0.05 + a {
        // the normal-quantile branch
        let x = -ndtri(0.5 * q);
        let x2 = x * x;
        if df < 5.0 {
            c += 0.3 * (df - 4.5) * (x + 0.6);
        }
        c += (((0.05 * d * x - 5.0) * x - 7.0) * x - 2.0) * x + b;
        let z = (((((0.4 * x2 + 6.3) * x2 + 36.0) * x2 + 94.5) / c - x2 - 3.0) / b + 1.0) * x;
        (a * z * z).exp_m1()
    } else if y > 0.0 {
        // the tail branch
        let inner = ((df + 6.0) / (df * y) - 0.089 * d - 0.822) * (df + 2.0) * 3.0;
        ((1.0 / inner + 0.5 / (df + 4.0)) * y - 1.0) * (df + 1.0) / (df + 2.0) + 1.0 / y
    } else {
        return None;
    };
    let t = (df * y).sqrt();
    (t.is_finite() && t > 0.0).then_some(t)
}

/// Below this, x^a is taken from its logarithm rather than from x.
const NEAR_UNDERFLOW: f64 = 1e-290;

/// Whether F-distribution degrees of freedom are outside SciPy's domain
/// (positive and finite).
fn bad_degrees(dfn: f64, dfd: f64) -> bool {
    !(dfn > 0.0 && dfd > 0.0 && dfn.is_finite() && dfd.is_finite())
}

/// `scipy.special.fdtr(dfn, dfd, x)`: the F-distribution CDF,
/// I_w(dfn/2, dfd/2) with w = dfn·x/(dfd + dfn·x); NaN for non-positive or
/// infinite degrees of freedom or x < 0.
pub fn fdtr(dfn: f64, dfd: f64, x: f64) -> f64 {
    if bad_degrees(dfn, dfd) || x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    let (w, v) = f_arguments(dfn, dfd, x);
    if w <= 0.5 {
        betainc(0.5 * dfn, 0.5 * dfd, w)
    } else {
        betaincc(0.5 * dfd, 0.5 * dfn, v)
    }
}

/// `scipy.special.fdtrc(dfn, dfd, x)`: the F-distribution survival
/// function, I_v(dfd/2, dfn/2) with v = dfd/(dfd + dfn·x); `fdtr`'s domain.
pub fn fdtrc(dfn: f64, dfd: f64, x: f64) -> f64 {
    if bad_degrees(dfn, dfd) || x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    let (w, v) = f_arguments(dfn, dfd, x);
    if v <= 0.5 {
        betainc(0.5 * dfd, 0.5 * dfn, v)
    } else {
        betaincc(0.5 * dfn, 0.5 * dfd, w)
    }
}

/// (w, 1 - w) = (dfn·x, dfd)/(dfd + dfn·x), each formed directly (w = 1 for
/// x = inf).
fn f_arguments(dfn: f64, dfd: f64, x: f64) -> (f64, f64) {
    let nx = dfn * x;
    if nx.is_infinite() {
        return (1.0, 0.0);
    }
    (nx / (dfd + nx), dfd / (dfd + nx))
}

/// `scipy.special.fdtri(dfn, dfd, p)`: the x with fdtr(dfn, dfd, x) = p
/// (0 at p = 0, inf at p = 1), from the pair (w, 1 - w) as
/// x = (dfd/dfn)·w/(1 - w).
pub fn fdtri(dfn: f64, dfd: f64, p: f64) -> f64 {
    if bad_degrees(dfn, dfd) || p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    match p {
        0.0 => 0.0,
        1.0 => f64::INFINITY,
        _ => {
            let (w, v) = inverse_pair(0.5 * dfn, 0.5 * dfd, p);
            dfd / dfn * (w / v)
        }
    }
}

/// (floor(k), floor(n)) for the binomial functions, or None outside
/// SciPy's domain (NaN, infinite or negative n, infinite k, p outside
/// [0, 1]); k < 0 and k > n are left to each function.
fn binomial_counts(k: f64, n: f64, p: f64) -> Option<(f64, f64)> {
    let bad = k.is_nan() || n.is_nan() || p.is_nan() || k.is_infinite() || n.is_infinite();
    if bad || n < 0.0 || !(0.0..=1.0).contains(&p) {
        return None;
    }
    Some((k.floor(), n.floor()))
}

/// `scipy.special.bdtr(k, n, p)`: the binomial CDF P(N ≤ floor(k)) for
/// floor(n) trials of success probability p, = 1 - I_p(k + 1, n - k); 1 at
/// k = n, NaN for k < 0 or k > n.
pub fn bdtr(k: f64, n: f64, p: f64) -> f64 {
    match binomial_counts(k, n, p) {
        Some((k, n)) if k >= 0.0 && k <= n => {
            if k == n {
                1.0
            } else {
                betaincc(k + 1.0, n - k, p)
            }
        }
        _ => f64::NAN,
    }
}

/// `scipy.special.bdtrc(k, n, p)`: the binomial survival function
/// P(N > floor(k)) = I_p(k + 1, n - k); 1 for k < 0, 0 at k = n, NaN for
/// k > n.
pub fn bdtrc(k: f64, n: f64, p: f64) -> f64 {
    match binomial_counts(k, n, p) {
        Some((k, _)) if k < 0.0 => 1.0,
        Some((k, n)) if k <= n => {
            if k == n {
                0.0
            } else {
                betainc(k + 1.0, n - k, p)
            }
        }
        _ => f64::NAN,
    }
}

/// `scipy.special.bdtri(k, n, y)`: the p with bdtr(k, n, p) = y (1 at
/// y = 0, 0 at y = 1); NaN for k < 0 or k ≥ n.
pub fn bdtri(k: f64, n: f64, y: f64) -> f64 {
    match binomial_counts(k, n, y) {
        Some((k, n)) if k >= 0.0 && k < n => betainccinv(k + 1.0, n - k, y),
        _ => f64::NAN,
    }
}

/// (floor(k), floor(n)) for the negative binomial functions, or None
/// outside SciPy's domain (k < 0, floor(n) < 1, either infinite or NaN, p
/// outside [0, 1]).
fn negative_binomial_counts(k: f64, n: f64, p: f64) -> Option<(f64, f64)> {
    let finite = k.is_finite() && n.is_finite() && !p.is_nan();
    (finite && k >= 0.0 && n >= 1.0 && (0.0..=1.0).contains(&p)).then(|| (k.floor(), n.floor()))
}

/// `scipy.special.nbdtr(k, n, p)`: the negative binomial CDF, the
/// probability of at most floor(k) failures before the floor(n)-th success,
/// = I_p(n, k + 1).
pub fn nbdtr(k: f64, n: f64, p: f64) -> f64 {
    match negative_binomial_counts(k, n, p) {
        Some((k, n)) => betainc(n, k + 1.0, p),
        None => f64::NAN,
    }
}

/// `scipy.special.nbdtrc(k, n, p)`: the negative binomial survival
/// function, 1 - I_p(n, k + 1); `nbdtr`'s domain.
pub fn nbdtrc(k: f64, n: f64, p: f64) -> f64 {
    match negative_binomial_counts(k, n, p) {
        Some((k, n)) => betaincc(n, k + 1.0, p),
        None => f64::NAN,
    }
}

/// `scipy.special.nbdtri(k, n, y)`: the p with nbdtr(k, n, p) = y (0 at
/// y = 0, 1 at y = 1); `nbdtr`'s domain.
pub fn nbdtri(k: f64, n: f64, y: f64) -> f64 {
    match negative_binomial_counts(k, n, y) {
        Some((k, n)) => betaincinv(n, k + 1.0, y),
        None => f64::NAN,
    }
}
