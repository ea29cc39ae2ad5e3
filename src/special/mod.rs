//! `scipy.special`, function by function, as scalar `f64 -> f64` maps
//! (the C API applies them elementwise). Domain errors give NaN (or ±inf)
//! exactly where SciPy does; nothing here fails or panics.
//!
//! - [`error_function`]: erf, erfc, erfcx, erfinv, erfcinv.
//! - [`normal`]: ndtr, log_ndtr, ndtri, ndtri_exp.

mod libm;

pub mod error_function;
pub mod normal;
