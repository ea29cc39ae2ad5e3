//! Rank and the fundamental subspaces through the SVD: `matrix_rank`
//! (NumPy's), `null_space`, `orth`.

use super::common::check_finite;
use super::lstsq::count_above;
use super::svd::svd_parts;
use crate::error::Result;
use faer::linalg::svd::ComputeSvdVectors;
use faer::{Mat, MatRef};

/// NumPy's default relative tolerance: max(m, n)·eps.
fn default_rcond(a: MatRef<'_, f64>) -> f64 {
    a.nrows().max(a.ncols()) as f64 * f64::EPSILON
}

/// The largest singular value (0 for an empty matrix).
fn smax(s: &[f64]) -> f64 {
    s.first().copied().unwrap_or(0.0)
}

/// `numpy.linalg.matrix_rank(a, tol)`: the number of singular values > tol
/// (default s_max·max(m, n)·eps).
pub fn matrix_rank(a: MatRef<'_, f64>, tol: Option<f64>, finite: bool) -> Result<usize> {
    check_finite(a, finite, "a")?;
    let s = svd_parts(a, ComputeSvdVectors::No, ComputeSvdVectors::No)?.s;
    let tol = tol.unwrap_or_else(|| smax(&s) * default_rcond(a));
    Ok(count_above(&s, tol))
}

/// `scipy.linalg.null_space(a, rcond, check_finite)`: an orthonormal basis
/// (n x (n - rank)) of a's null space, rank counting singular values >
/// s_max·rcond (default rcond = max(m, n)·eps).
pub fn null_space(a: MatRef<'_, f64>, rcond: Option<f64>, finite: bool) -> Result<Mat<f64>> {
    check_finite(a, finite, "a")?;
    let n = a.ncols();
    let parts = svd_parts(a, ComputeSvdVectors::No, ComputeSvdVectors::Full)?;
    let tol = smax(&parts.s) * rcond.unwrap_or_else(|| default_rcond(a));
    let num = count_above(&parts.s, tol);
    let v = parts.v.expect("full v");
    Ok(v.subcols(num, n - num).to_owned())
}

/// `scipy.linalg.orth(a, rcond)`: an orthonormal basis (m x rank) of a's
/// range, rank as in `null_space`. Non-finite input is rejected (SciPy's svd
/// default).
pub fn orth(a: MatRef<'_, f64>, rcond: Option<f64>) -> Result<Mat<f64>> {
    check_finite(a, true, "a")?;
    let parts = svd_parts(a, ComputeSvdVectors::Thin, ComputeSvdVectors::No)?;
    let tol = smax(&parts.s) * rcond.unwrap_or_else(|| default_rcond(a));
    let num = count_above(&parts.s, tol);
    let u = parts.u.expect("thin u");
    Ok(u.subcols(0, num).to_owned())
}
