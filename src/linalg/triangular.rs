//! scipy.linalg.solve_triangular.

use super::common::{check_finite, require_rhs_rows, require_square, singular, with_par};
use crate::error::{Error, Result};
use faer::linalg::triangular_solve as tri;
use faer::{Mat, MatRef};

/// SciPy's `trans`: 0 / 'N' solves `a x = b`, 1 / 'T' solves `aᵀ x = b`,
/// 2 / 'C' solves `aᴴ x = b` (the same as 'T' for real matrices).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trans {
    N,
    T,
    C,
}

impl Trans {
    /// From SciPy's integer spelling 0, 1, 2.
    pub fn from_code(code: i32) -> Result<Trans> {
        match code {
            0 => Ok(Trans::N),
            1 => Ok(Trans::T),
            2 => Ok(Trans::C),
            _ => Err(Error::invalid(format!(
                "trans: must be 0 ('N'), 1 ('T') or 2 ('C'); got {code}"
            ))),
        }
    }
}

/// Solves in place with the triangle of `a` selected by `lower`, which is
/// transposed first when `transpose` (so the effective triangle flips).
pub fn solve_in_place(
    a: MatRef<'_, f64>,
    b: &mut Mat<f64>,
    lower: bool,
    transpose: bool,
    unit: bool,
) {
    let (t, lower) = if transpose {
        (a.transpose(), !lower)
    } else {
        (a, lower)
    };
    with_par(a.nrows(), |par| match (lower, unit) {
        (true, false) => tri::solve_lower_triangular_in_place(t, b.as_mut(), par),
        (true, true) => tri::solve_unit_lower_triangular_in_place(t, b.as_mut(), par),
        (false, false) => tri::solve_upper_triangular_in_place(t, b.as_mut(), par),
        (false, true) => tri::solve_unit_upper_triangular_in_place(t, b.as_mut(), par),
    });
}

/// scipy.linalg.solve_triangular: `a x = b` for triangular `a`. A zero on the
/// diagonal (not unit_diagonal) is `ErrorKind::Singular` with SciPy's message.
pub fn solve_triangular(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    trans: Trans,
    lower: bool,
    unit_diagonal: bool,
    finite: bool,
) -> Result<Mat<f64>> {
    require_square(a, "a")?;
    require_rhs_rows(b, a.nrows())?;
    check_finite(a, finite, "a")?;
    check_finite(b, finite, "b")?;
    if !unit_diagonal {
        if let Some(i) = (0..a.nrows()).find(|&i| a[(i, i)] == 0.0) {
            return Err(singular(format!(
                "singular matrix: resolution failed at diagonal {i}"
            )));
        }
    }
    let mut x = b.to_owned();
    solve_in_place(a, &mut x, lower, trans != Trans::N, unit_diagonal);
    Ok(x)
}
