//! Cholesky factorization: `cholesky`, `cho_factor`, `cho_solve`.

use super::common::{
    check_finite, copy_tiled, require_rhs_rows, require_square, singular, with_par,
};
use super::triangular::solve_in_place;
use crate::error::Result;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::cholesky::llt::factor::{cholesky_in_place, cholesky_in_place_scratch, LltError};
use faer::{Mat, MatRef};

/// Factors the triangle of `a` selected by `lower`; returns the factor in
/// the same triangle and `a`'s own entries in the other (LAPACK `potrf`).
fn potrf(a: MatRef<'_, f64>, lower: bool) -> Result<Factor> {
    let n = a.nrows();
    // faer factors the lower triangle; the upper one is its transpose.
    let src = if lower { a } else { a.transpose() };
    let mut l = Mat::<f64>::zeros(n, n);
    copy_tiled(src, l.as_mut());
    let outcome = with_par(n, |par| {
        let mut buf = MemBuffer::new(cholesky_in_place_scratch::<f64>(n, par, Default::default()));
        cholesky_in_place(
            l.as_mut(),
            Default::default(),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        )
    });
    if let Err(LltError::NonPositivePivot { index }) = outcome {
        return Err(singular(format!(
            "{}-th leading minor of the array is not positive definite",
            index + 1
        )));
    }
    // Restore the untouched triangle (faer may use it as workspace).
    for j in 0..n {
        for i in 0..j {
            l[(i, j)] = if lower { a[(i, j)] } else { a[(j, i)] };
        }
    }
    Ok(Factor { l, lower })
}

/// A Cholesky factor stored as the lower factor `L` (for an upper request,
/// `U = Lᵀ` is read through a transposed view, never copied).
pub struct Factor {
    l: Mat<f64>,
    lower: bool,
}

impl Factor {
    /// The factor in the requested triangle, the input's entries elsewhere.
    pub fn as_ref(&self) -> MatRef<'_, f64> {
        if self.lower {
            self.l.as_ref()
        } else {
            self.l.transpose()
        }
    }
}

/// scipy.linalg.cho_factor: the factor in the chosen triangle, `a`'s entries
/// in the other (as SciPy returns them).
pub fn cho_factor(a: MatRef<'_, f64>, lower: bool, finite: bool) -> Result<Factor> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    potrf(a, lower)
}

/// scipy.linalg.cholesky: `L` (lower) or `U` (upper) with zeros elsewhere.
pub fn cholesky(a: MatRef<'_, f64>, lower: bool, finite: bool) -> Result<Factor> {
    let mut f = cho_factor(a, lower, finite)?;
    // Zero the strict upper triangle of the stored L (the other triangle of
    // the factor in either orientation).
    let n = f.l.nrows();
    for j in 0..n {
        for i in 0..j {
            f.l[(i, j)] = 0.0;
        }
    }
    Ok(f)
}

/// Solves `A x = b` in place from the factor in the chosen triangle of `c`.
pub fn solve_factored(c: MatRef<'_, f64>, lower: bool, x: &mut Mat<f64>) {
    if lower {
        solve_in_place(c, x, true, false, false);
        solve_in_place(c, x, true, true, false);
    } else {
        solve_in_place(c, x, false, true, false);
        solve_in_place(c, x, false, false, false);
    }
}

/// scipy.linalg.cho_solve: solves `A x = b` given `cho_factor`'s `(c, lower)`.
pub fn cho_solve(
    c: MatRef<'_, f64>,
    lower: bool,
    b: MatRef<'_, f64>,
    finite: bool,
) -> Result<Mat<f64>> {
    require_square(c, "c")?;
    require_rhs_rows(b, c.nrows())?;
    check_finite(c, finite, "c")?;
    check_finite(b, finite, "b")?;
    let mut x = b.to_owned();
    solve_factored(c, lower, &mut x);
    Ok(x)
}
