//! `scipy.special`, function by function, as scalar `f64 -> f64` maps
//! (the C API applies them elementwise), the axis reductions (logsumexp,
//! softmax, log_softmax) on one group of values, and the exact integer
//! counts. Domain errors give NaN (or ±inf) exactly where SciPy does; only
//! an exact result too large to hold is an error.
//!
//! - [`error_function`]: erf, erfc, erfcx, erfinv, erfcinv.
//! - [`normal`]: ndtr, log_ndtr, ndtri, ndtri_exp; [`owens_t`]: owens_t.
//! - [`gamma`]: gamma, gammaln, loggamma, gammasgn, rgamma; [`beta`]: beta, betaln;
//!   [`beta_density`]: the beta density (SciPy's `_beta_pdf`);
//!   [`binom`]: binom; [`combinatorics`]: comb, perm, factorial, factorial2
//!   (floating-point and exact).
//! - [`digamma`]: digamma (psi), polygamma; [`zeta`]: Hurwitz zeta.
//! - [`incomplete_gamma`]: gammainc, gammaincc; [`incomplete_gamma_inverse`]:
//!   gammaincinv, gammainccinv; [`log_incomplete_gamma`]: log_gammainc,
//!   log_gammaincc; [`pochhammer`]: poch (and lgam1p, log1mexp).
//! - [`noncentral_chi2`]: chndtr, chndtrix and the non-central chi-squared
//!   density, survival function and its inverse (SciPy's `_ncx2_*`).
//! - [`bessel`]: jv, yv, j0, j1, y0, y1.
//! - [`modified_bessel`]: iv, ive, kv, kve, i0, i0e, i1, i1e, k0, k0e, k1, k1e.
//! - [`logistic`]: expit, logit, log_expit.
//! - [`noncentral_beta`]: the noncentral beta distribution (Boost's Poisson
//!   mixtures, behind SciPy's noncentral F); [`noncentral_t`]: the noncentral t
//!   distribution (SciPy's `nctdtr`, `nctdtrit`, `_nct_*`).
//! - [`elementary`]: log1p, expm1, xlogy, xlog1py, boxcox, inv_boxcox, exprel,
//!   cosm1, powm1, exp2, exp10, cbrt, round; [`degrees`]: sindg, cosdg, tandg,
//!   cotdg, radian.
//! - [`convex`]: entr, rel_entr, kl_div, huber, pseudo_huber.
//! - [`kolmogorov`]: kolmogorov, kolmogi (and kolmogc, kolmogp, kolmogci);
//!   [`smirnov`]: smirnov, smirnovi, smirnovp.
//! - [`lambert`]: lambertw (real branches).
//! - [`elliptic`]: ellipk, ellipkm1, ellipe, ellipkinc, ellipeinc.
//! - [`logsumexp`]: logsumexp, softmax, log_softmax on one group of values;
//!   [`reduction`]: NumPy's `axis` reductions that feed them.
//! - [`elementwise`]: NumPy's broadcasting loop that applies them to views.

mod bessel_fits;
mod bessel_zeros;
mod double_double;
mod libm;
mod modified_bessel_fits;
mod vector_exp;

pub mod bessel;
pub mod beta;
pub mod beta_density;
pub mod binom;
pub(crate) mod bracket_solve;
pub mod combinatorics;
pub mod convex;
pub mod degrees;
pub mod digamma;
pub mod distribution;
pub mod elementary;
pub mod elementwise;
pub mod elliptic;
pub mod error_function;
pub mod gamma;
pub mod incomplete_beta;
pub mod incomplete_beta_inverse;
pub mod incomplete_gamma;
pub mod incomplete_gamma_inverse;
pub mod kolmogorov;
pub mod lambert;
pub mod log_incomplete_gamma;
pub mod logistic;
pub mod logsumexp;
pub mod modified_bessel;
pub mod noncentral_beta;
pub mod noncentral_chi2;
pub mod noncentral_t;
pub mod normal;
pub mod owens_t;
pub mod pochhammer;
pub mod reduction;
pub mod smirnov;
pub mod zeta;
