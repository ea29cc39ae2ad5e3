//! scipy.linalg.solve_triangular.

use super::common::{check_finite, require_rhs_rows, require_square, singular, with_par, Scalar};
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

/// Solves `op(a) x = b` in place, `op(a)` = `a`, `aᵀ` or `aᴴ`, with the
/// triangle of `a` selected by `lower` (transposing flips the effective
/// triangle).
pub fn solve_in_place<T: Scalar>(
    a: MatRef<'_, T>,
    b: &mut Mat<T>,
    lower: bool,
    trans: Trans,
    unit: bool,
) {
    match trans {
        Trans::N => solve_view(a, b, lower, unit),
        Trans::T => solve_view(a.transpose(), b, !lower, unit),
        Trans::C => solve_view(a.adjoint(), b, !lower, unit),
    }
}

/// The triangular solve with an already transposed / conjugated view.
fn solve_view<T: Scalar, V: faer::traits::Conjugate<Canonical = T>>(
    t: MatRef<'_, V>,
    b: &mut Mat<T>,
    lower: bool,
    unit: bool,
) {
    with_par(t.nrows(), |par| match (lower, unit) {
        (true, false) => tri::solve_lower_triangular_in_place(t, b.as_mut(), par),
        (true, true) => tri::solve_unit_lower_triangular_in_place(t, b.as_mut(), par),
        (false, false) => tri::solve_upper_triangular_in_place(t, b.as_mut(), par),
        (false, true) => tri::solve_unit_upper_triangular_in_place(t, b.as_mut(), par),
    });
}

/// scipy.linalg.solve_triangular: `a x = b` for triangular `a`. A zero on the
/// diagonal (not unit_diagonal) is `ErrorKind::Singular` with SciPy's message.
pub fn solve_triangular<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    trans: Trans,
    lower: bool,
    unit_diagonal: bool,
    finite: bool,
) -> Result<Mat<T>> {
    require_square(a, "a")?;
    require_rhs_rows(b, a.nrows())?;
    check_finite(a, finite, "a")?;
    check_finite(b, finite, "b")?;
    if !unit_diagonal {
        if let Some(i) = (0..a.nrows()).find(|&i| a[(i, i)] == T::ZERO) {
            return Err(singular(format!(
                "singular matrix: resolution failed at diagonal {i}"
            )));
        }
    }
    let mut x = b.to_owned();
    solve_in_place(a, &mut x, lower, trans, unit_diagonal);
    Ok(x)
}
