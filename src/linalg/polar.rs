//! Polar decomposition (`scipy.linalg.polar`): `a = u p` (side "right") or
//! `a = p u` ("left") from the thin SVD `a = W S Vᴴ`: `u = W Vᴴ`, and `p`
//! is `V S Vᴴ` (right) or `W S Wᴴ` (left).

use super::svd::svd;
use crate::error::{Error, Result};
use faer::{Mat, MatRef};

/// Which side the positive semidefinite factor is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolarSide {
    /// `a = u p`, p n x n (SciPy's default).
    Right,
    /// `a = p u`, p m x m.
    Left,
}

impl PolarSide {
    /// SciPy's `side` string (None = "right").
    pub fn parse(name: Option<&str>) -> Result<Self> {
        match name {
            None | Some("right") => Ok(PolarSide::Right),
            Some("left") => Ok(PolarSide::Left),
            Some(other) => Err(Error::unknown_name("side", other, &["right", "left"])),
        }
    }
}

/// `x diag(s) yᵀ` for the k columns of x and y.
fn scaled_product(x: MatRef<'_, f64>, s: &[f64], y: MatRef<'_, f64>) -> Mat<f64> {
    let xs = Mat::from_fn(x.nrows(), s.len(), |i, j| x[(i, j)] * s[j]);
    xs * y.transpose()
}

/// scipy.linalg.polar(a, side): the m x n factor `u` (orthonormal columns
/// when m >= n, rows when m < n) and the positive semidefinite `p`.
/// NaN / Inf are an error (SciPy's svd checks them).
pub fn polar(a: MatRef<'_, f64>, side: PolarSide) -> Result<(Mat<f64>, Mat<f64>)> {
    let f = svd(a, false, true, true)?;
    let (w, vh) = (f.u.expect("thin u"), f.vh.expect("thin vh"));
    let u = &w * &vh;
    let p = match side {
        PolarSide::Right => scaled_product(vh.transpose(), &f.s, vh.transpose()),
        PolarSide::Left => scaled_product(w.as_ref(), &f.s, w.as_ref()),
    };
    Ok((u, p))
}
