//! The families, grouped by the special functions they rest on. Each file
//! defines the standard-form members and a `Family` constant per family.

mod bounded;
mod exponential;
mod extreme_value;
mod normal;
mod normal_transforms;
mod power_tail;

use super::Family;

/// Every family, in SciPy's documentation order (continuous, then discrete).
pub static ALL: &[&Family] = &[
    &normal::NORM,
    &exponential::EXPON,
    &bounded::UNIFORM,
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
    &bounded::TRIANG,
    &extreme_value::GENEXTREME,
    &power_tail::GENPARETO,
    &normal_transforms::HALFNORM,
    &power_tail::BURR12,
    &normal_transforms::LEVY,
    &bounded::POWERLAW,
    &extreme_value::EXPONWEIB,
    &normal_transforms::JOHNSONSU,
];
