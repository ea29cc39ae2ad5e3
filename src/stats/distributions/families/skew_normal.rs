//! The skew-normal family (`scipy.stats.skewnorm`): density 2φ(x)Φ(ax).
//!
//! The distribution function is SciPy's Boost Φ(x) - 2T(x, a) (Owen's
//! T), replaced by a tight quadrature of the density where the difference
//! cancels (SciPy's own generic `quad` there is good to 1.5e-8 only). SciPy's quantiles are Boost's
//! root search on that same difference, which loses every digit in the
//! light tail; sciport's quantile instead solves log F(x) = log q by
//! safeguarded Newton steps on a distribution function that is accurate in
//! both tails (the upper one through the mirrored family).

use std::f64::consts::{LN_2, PI};

use super::super::continuous::Continuous;
use super::super::fit::{
    all_fixed, everything_fixed, generic_fit, mean_var, sample_skew, FitMethod, FitRequest, Fitted,
};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::error::Result;
use crate::quadrature::{quad, QuadOptions};
use crate::special::error_function::erfcinv;
use crate::special::gamma::gamma;
use crate::special::logsumexp::pairwise_sum;
use crate::special::normal::{log_ndtr, ndtr, ndtri};
use crate::special::owens_t::owens_t;

/// `skewnorm`: shape a (any finite value).
pub static SKEWNORM: Family = Family::continuous("skewnorm", c"a", |s| {
    let a = s[0];
    if !a.is_finite() {
        return None;
    }
    Some(Model::Continuous(Box::new(SkewNorm { a })))
})
.with_fit(skewnorm_fit);

/// √(2π), SciPy's `_norm_pdf_C`.
const SQRT_2PI: f64 = 2.5066282746310002;
/// √(2/π), SciPy's `_SQRT_2_OVER_PI`.
const SQRT_2_OVER_PI: f64 = 0.7978845608028654;
/// √π, SciPy's `_SQRT_PI`.
const SQRT_PI: f64 = 1.772453850905516;

/// The skew-normal density 2φ(x)Φ(ax) (`_pdf`; φ alone at a = 0).
fn density(x: f64, a: f64) -> f64 {
    let phi = (-(x * x) / 2.0).exp() / SQRT_2PI;
    if a == 0.0 {
        phi
    } else {
        2.0 * phi * ndtr(a * x)
    }
}

/// ∫ density over [from, x] by `quad` with `options`.
fn integrated_cdf(x: f64, a: f64, from: f64, options: &QuadOptions) -> f64 {
    let mut f = |t: f64| Ok(density(t, a));
    quad(&mut f, from, x, options).map_or(f64::NAN, |r| r.value)
}

/// Boost's skew-normal distribution function Φ(x) - 2T(x, a).
fn owen_cdf(x: f64, a: f64) -> f64 {
    ndtr(x) - owens_t(x, a) * 2.0
}

/// `skewnorm._cdf` as SciPy forms it, Boost's Φ(x) - 2T(x, a), but where
/// that keeps less than half of Φ(x) (a > 0: the light tail, where SciPy's
/// generic `quad` of the density below 1e-6 is only good to its 1.5e-8
/// epsrel, 4.3e-9 off mpmath at a = 4, x = -2) the tight quadrature
/// instead; clipped to [0, 1].
fn scipy_cdf(x: f64, a: f64) -> f64 {
    accurate_cdf(x, a).clamp(0.0, 1.0)
}

/// F(x) by a quadrature to 2e-14 relative: over [x - min(40/|x|, 12), x]
/// for x < 0 (the log density falls at least as fast as |x| u + u²/2 at
/// x - u, so the rest is below e^-40 of it), from -inf otherwise.
fn tight_cdf(x: f64, a: f64) -> f64 {
    let tight = QuadOptions {
        epsabs: 0.0,
        epsrel: 2e-14,
        limit: 200,
    };
    let from = if x < 0.0 {
        x - (40.0 / -x).min(12.0)
    } else {
        f64::NEG_INFINITY
    };
    integrated_cdf(x, a, from, &tight)
}

/// F(x) = P(X ≤ x) to near full relative precision: Φ(x) - 2T(x, a) where
/// it keeps at least half of Φ(x), else [`tight_cdf`].
fn accurate_cdf(x: f64, a: f64) -> f64 {
    let value = owen_cdf(x, a);
    if value >= 0.5 * ndtr(x) {
        value
    } else {
        tight_cdf(x, a)
    }
}

/// log f(x), the log density.
fn log_density(x: f64, a: f64) -> f64 {
    let log_phi = -(x * x) / 2.0 - SQRT_2PI.ln();
    if a == 0.0 {
        log_phi
    } else {
        LN_2 + log_phi + log_ndtr(a * x)
    }
}

/// log F(x) for x in the lower half: ln of [`accurate_cdf`] where that is a
/// normal double, else log f(x) + ln ∫ f(x - u)/f(x) du over the window of
/// [`tight_cdf`] (F underflows there: a = 4, x = -36.2 has log F = -11164.77).
fn log_lower_cdf(x: f64, a: f64) -> f64 {
    let cdf = accurate_cdf(x, a);
    if cdf >= f64::MIN_POSITIVE || x >= 0.0 || x.is_nan() {
        return cdf.ln();
    }
    let tight = QuadOptions {
        epsabs: 0.0,
        epsrel: 2e-14,
        limit: 200,
    };
    let at = log_density(x, a);
    let width = (40.0 / -x).min(12.0);
    let mut f = |u: f64| Ok((log_density(x - u, a) - at).exp());
    let scaled = quad(&mut f, 0.0, width, &tight).map_or(f64::NAN, |r| r.value);
    at + scaled.ln()
}

/// The x with F(x) = p for 0 < p ≤ 1/2: Newton steps on log F(x) - log p
/// (log F is concave), kept inside a bracket from the representation
/// X = δ|U| + √(1-δ²) V (bisection when a step leaves it).
fn lower_quantile(p: f64, a: f64) -> f64 {
    let s = 1.0 / (1.0 + a * a).sqrt();
    let delta = a * s;
    let z = ndtri(p);
    // F(x) ≤ Φ(x/s) for a > 0; Φ(x/s) ≤ F(x) ≤ 2Φ(x) for a < 0.
    let (mut lo, mut hi) = if a > 0.0 {
        (s * z, 1.0 + delta)
    } else {
        (ndtri(p / 2.0), s * z)
    };
    let log_p = p.ln();
    let mut x = s * z;
    for _ in 0..200 {
        let cdf = accurate_cdf(x, a);
        let g = cdf.ln() - log_p;
        if g == 0.0 {
            return x;
        }
        if g < 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let step = g * cdf / density(x, a);
        let next = x - step;
        if next > lo && next < hi {
            // Quadratic convergence: a step this small leaves next exact.
            if step.abs() <= 1e-14 * next.abs() || step.abs() < 1e-300 {
                return next;
            }
            x = next;
        } else {
            x = lo + (hi - lo) / 2.0;
            if hi - lo <= f64::EPSILON * lo.abs().max(hi.abs()) {
                return x;
            }
        }
    }
    x
}

/// The skew-normal distribution in standard form.
struct SkewNorm {
    a: f64,
}

impl SkewNorm {
    /// SciPy's `const` of `_stats`: the mean √(2/π) a/√(1 + a²).
    fn mean(&self) -> f64 {
        (2.0 / PI).sqrt() * self.a / (1.0 + self.a * self.a).sqrt()
    }
}

/// SciPy's odd-moment polynomials in δ² (orders 1, 3, ..., 19): E[Y^n] =
/// √(2/π) δ P_n(δ²).
const ODD_MOMENTS: [&[f64]; 10] = [
    &[1.0],
    &[3.0, -1.0],
    &[15.0, -10.0, 3.0],
    &[105.0, -105.0, 63.0, -15.0],
    &[945.0, -1260.0, 1134.0, -540.0, 105.0],
    &[10395.0, -17325.0, 20790.0, -14850.0, 5775.0, -945.0],
    &[
        135135.0, -270270.0, 405405.0, -386100.0, 225225.0, -73710.0, 10395.0,
    ],
    &[
        2027025.0,
        -4729725.0,
        8513505.0,
        -10135125.0,
        7882875.0,
        -3869775.0,
        1091475.0,
        -135135.0,
    ],
    &[
        34459425.0,
        -91891800.0,
        192972780.0,
        -275675400.0,
        268017750.0,
        -175429800.0,
        74220300.0,
        -18378360.0,
        2027025.0,
    ],
    &[
        654729075.0,
        -1964187225.0,
        4714049340.0,
        -7856748900.0,
        9166207050.0,
        -7499623950.0,
        4230557100.0,
        -1571349780.0,
        346621275.0,
        -34459425.0,
    ],
];

/// NumPy's `polyval` (Horner from the highest coefficient).
fn polyval(coefficients: &[f64], x: f64) -> f64 {
    let mut value = coefficients[coefficients.len() - 1] + x * 0.0;
    for &c in coefficients.iter().rev().skip(1) {
        value = c + value * x;
    }
    value
}

impl Continuous for SkewNorm {
    fn pdf(&self, x: f64) -> f64 {
        density(x, self.a)
    }
    fn logpdf(&self, x: f64) -> f64 {
        log_density(x, self.a)
    }
    fn logcdf(&self, x: f64) -> f64 {
        if x < self.ppf(0.5) {
            log_lower_cdf(x, self.a)
        } else {
            (-self.sf(x)).ln_1p()
        }
    }
    fn logsf(&self, x: f64) -> f64 {
        if x > self.ppf(0.5) {
            log_lower_cdf(-x, -self.a)
        } else {
            (-self.cdf(x)).ln_1p()
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        scipy_cdf(x, self.a)
    }
    fn sf(&self, x: f64) -> f64 {
        scipy_cdf(-x, -self.a)
    }
    fn ppf(&self, q: f64) -> f64 {
        if self.a == 0.0 {
            // Boost's normal quantile.
            return -erfcinv(2.0 * q) * std::f64::consts::SQRT_2;
        }
        if q <= 0.5 {
            lower_quantile(q, self.a)
        } else {
            -lower_quantile(1.0 - q, -self.a)
        }
    }
    fn isf(&self, q: f64) -> f64 {
        if self.a == 0.0 {
            return erfcinv(2.0 * q) * std::f64::consts::SQRT_2;
        }
        if q <= 0.5 {
            -lower_quantile(q, -self.a)
        } else {
            lower_quantile(1.0 - q, self.a)
        }
    }
    fn stats_has_moments(&self) -> bool {
        true
    }
    fn stats(&self) -> Moments {
        let c = self.mean();
        let c2 = c * c;
        Moments::all(
            c,
            1.0 - c2,
            ((4.0 - PI) / 2.0) * (c / (1.0 - c2).sqrt()).powf(3.0),
            (2.0 * (PI - 3.0)) * (c.powf(4.0) / ((1.0 - c2) * (1.0 - c2))),
        )
    }
    fn munp(&self, n: u32) -> f64 {
        if n % 2 == 1 {
            let Some(poly) = ODD_MOMENTS.get((n / 2) as usize) else {
                // SciPy raises NotImplementedError beyond order 19.
                return f64::NAN;
            };
            let delta = self.a / (1.0 + self.a * self.a).sqrt();
            delta * polyval(poly, delta * delta) * SQRT_2_OVER_PI
        } else {
            let n = f64::from(n);
            gamma((n + 1.0) / 2.0) * 2f64.powf(n / 2.0) / SQRT_PI
        }
    }
}

/// The skewness of the skew normal with δ = a/√(1 + a²) (`skew_d`).
fn skew_of_delta(d: f64) -> f64 {
    (4.0 - PI) / 2.0 * ((d * (2.0 / PI).sqrt()).powf(3.0) / (1.0 - 2.0 * (d * d) / PI).powf(1.5))
}

/// δ for a skewness (`d_skew`, the inverse of `skew_of_delta`).
fn delta_of_skew(skew: f64) -> f64 {
    let s_23 = skew.abs().powf(2.0 / 3.0);
    numpy_sign(skew) * (PI / 2.0 * s_23 / (s_23 + ((4.0 - PI) / 2.0).powf(2.0 / 3.0))).sqrt()
}

/// `np.sign`: -1, 0 or 1 (NaN for NaN).
fn numpy_sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        x
    }
}

/// `skewnorm.fit`: method-of-moments estimates (skewness clipped to ±0.99
/// for MLE, to the largest attainable for MM) of whatever is neither fixed
/// nor guessed; MM returns them, MLE starts the generic fit there.
fn skewnorm_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if everything_fixed(req) {
        return Some(Err(all_fixed()));
    }
    let mle = req.method == FitMethod::Mle;
    let (guess_a, guess_loc, guess_scale) = if mle {
        (req.guess_shapes[0], req.guess_loc, req.guess_scale)
    } else {
        (None, None, None)
    };
    let fa = req.fixed_shapes[0];
    let (a, d) = match fa.or(guess_a) {
        Some(a) => (a, a / (1.0 + a * a).sqrt()),
        None => {
            let limit = if mle { 0.99 } else { skew_of_delta(1.0) };
            let s = sample_skew(req.data).clamp(-limit, limit);
            let d = delta_of_skew(s);
            ((d * d / (1.0 - d * d)).sqrt() * numpy_sign(s), d)
        }
    };
    let scale = match (req.fscale, guess_scale) {
        (Some(f), _) => f,
        (None, Some(g)) => g,
        (None, None) => {
            let (_, v) = mean_var(req.data);
            (v / (1.0 - 2.0 * (d * d) / PI)).sqrt()
        }
    };
    let loc = match (req.floc, guess_loc) {
        (Some(f), _) => f,
        (None, Some(g)) => g,
        (None, None) => {
            let m = pairwise_sum(req.data) / req.data.len() as f64;
            m - scale * d * (2.0 / PI).sqrt()
        }
    };
    if !mle {
        return Some(Ok(Fitted {
            shapes: vec![a],
            loc,
            scale,
        }));
    }
    let start = FitRequest {
        guess_shapes: vec![Some(a)],
        guess_loc: Some(loc),
        guess_scale: Some(scale),
        ..req.clone()
    };
    Some(generic_fit(&SKEWNORM, &start))
}
