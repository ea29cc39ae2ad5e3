//! The families, grouped by the special functions they rest on. Each file
//! defines the standard-form members and a `Family` constant per family.

mod beta;
mod binomial;
mod bounded;
mod exponential;
mod extreme_value;
mod gamma;
mod hypergeom;
mod integer_quantile;
mod inverse_gaussian;
mod ksstats;
mod kstwo;
mod lognormal;
mod noncentral;
mod noncentral_chi2;
mod normal;
mod normal_transforms;
mod poisson;
mod power_tail;
mod randint;
mod series;
mod skew_normal;
mod truncated_normal;
mod vonmises;

use super::Family;

/// Every family, in SciPy's documentation order (continuous, then discrete).
pub static ALL: &[&Family] = &[
    &normal::NORM,
    &beta::T,
    &gamma::CHI2,
    &gamma::CHI,
    &beta::F,
    &beta::BETA,
    &gamma::GAMMA,
    &exponential::EXPON,
    &bounded::UNIFORM,
    &lognormal::LOGNORM,
    &power_tail::CAUCHY,
    &exponential::LAPLACE,
    &exponential::LOGISTIC,
    &extreme_value::WEIBULL_MIN,
    &extreme_value::WEIBULL_MAX,
    &power_tail::PARETO,
    &power_tail::LOMAX,
    &extreme_value::GUMBEL_R,
    &extreme_value::GUMBEL_L,
    &exponential::RAYLEIGH,
    &gamma::INVGAMMA,
    &inverse_gaussian::INVGAUSS,
    &bounded::TRIANG,
    &truncated_normal::TRUNCNORM,
    &extreme_value::GENEXTREME,
    &power_tail::GENPARETO,
    &vonmises::VONMISES,
    &skew_normal::SKEWNORM,
    &noncentral::NCT,
    &noncentral_chi2::NCX2,
    &noncentral::NCF,
    &normal_transforms::HALFNORM,
    &gamma::LOGGAMMA,
    &power_tail::BURR12,
    &normal_transforms::LEVY,
    &bounded::POWERLAW,
    &extreme_value::EXPONWEIB,
    &normal_transforms::JOHNSONSU,
    &ksstats::KSTWOBIGN,
    &kstwo::KSTWO,
    &poisson::POISSON,
    &binomial::BINOM,
    &binomial::NBINOM,
    &binomial::GEOM,
    &hypergeom::HYPERGEOM,
    &binomial::BERNOULLI,
    &randint::RANDINT,
    &binomial::BETABINOM,
    &series::ZIPF,
    &series::LOGSER,
    &series::DLAPLACE,
    &noncentral_chi2::SKELLAM,
];
