//! The families, grouped by the special functions they rest on. Each file
//! defines the standard-form members and a `Family` constant per family.

mod normal;

use super::Family;

/// Every family, in SciPy's documentation order (continuous, then discrete).
pub static ALL: &[&Family] = &[&normal::NORM];
