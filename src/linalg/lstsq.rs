//! Least squares and the pseudo-inverse through the SVD: `lstsq`, `pinv`.

use super::common::check_finite;
use super::svd::svd_parts;
use crate::error::{Error, Result};
use faer::linalg::svd::ComputeSvdVectors;
use faer::{Mat, MatRef};

/// SciPy's `lapack_driver` of `lstsq`. All three use the SVD here; the
/// driver decides only what SciPy reports: gelsy gives no residues.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LstsqDriver {
    Gelsd,
    Gelsy,
    Gelss,
}

impl LstsqDriver {
    /// From SciPy's spelling; `None` is "gelsd".
    pub fn parse(name: Option<&str>) -> Result<LstsqDriver> {
        match name.unwrap_or("gelsd") {
            "gelsd" => Ok(LstsqDriver::Gelsd),
            "gelsy" => Ok(LstsqDriver::Gelsy),
            "gelss" => Ok(LstsqDriver::Gelss),
            other => Err(Error::unknown_name(
                "lapack_driver",
                other,
                &["gelsd", "gelsy", "gelss"],
            )),
        }
    }
}

/// `lstsq`'s result, as SciPy's tuple `(x, residues, rank, s)`.
pub struct Lstsq {
    /// n x nrhs minimum-norm least-squares solution.
    pub x: Mat<f64>,
    /// Squared 2-norms of the residual columns when m > n, rank = n and the
    /// driver is not gelsy, else empty (for n = 0: the squared norms of b's columns).
    pub residues: Vec<f64>,
    /// Effective rank: singular values > cond * s[0].
    pub rank: usize,
    /// Singular values of a, descending (min(m, n) of them).
    pub s: Vec<f64>,
}

/// `scipy.linalg.lstsq(a, b, cond, check_finite)`: minimises ‖b - a x‖₂ with
/// the smallest ‖x‖₂, treating singular values ≤ cond·s[0] as zero (`cond`
/// None or negative: machine epsilon, as LAPACK's gelsd).
pub fn lstsq(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    cond: Option<f64>,
    driver: LstsqDriver,
    finite: bool,
) -> Result<Lstsq> {
    check_finite(a, finite, "a")?;
    check_finite(b, finite, "b")?;
    let (m, n) = a.shape();
    if b.nrows() != m {
        return Err(Error::dimension(format!(
            "Shape mismatch: a and b should have the same number of rows ({m} != {}).",
            b.nrows()
        )));
    }
    let nrhs = b.ncols();
    if m == 0 || n == 0 {
        let residues = if n == 0 {
            column_sq_norms(b)
        } else {
            Vec::new()
        };
        return Ok(Lstsq {
            x: Mat::zeros(n, nrhs),
            residues,
            rank: 0,
            s: Vec::new(),
        });
    }
    let svd = svd_parts(a, ComputeSvdVectors::Thin, ComputeSvdVectors::Thin)?;
    let cond = match cond {
        Some(c) if c >= 0.0 => c,
        _ => f64::EPSILON,
    };
    let rank = count_above(&svd.s, cond * svd.s[0]);
    let (u, v) = (svd.u.expect("thin u"), svd.v.expect("thin v"));
    let x = apply_pinv(u.as_ref(), &svd.s[..rank], v.as_ref(), b);
    let residues = if m > n && rank == n && driver != LstsqDriver::Gelsy {
        let r = b - a * &x;
        column_sq_norms(r.as_ref())
    } else {
        Vec::new()
    };
    Ok(Lstsq {
        x,
        residues,
        rank,
        s: svd.s,
    })
}

/// Number of leading (descending) singular values strictly above `tol`.
pub fn count_above(s: &[f64], tol: f64) -> usize {
    s.iter().take_while(|&&v| v > tol).count()
}

/// `V_r diag(1/s) U_rᵀ b` for the `r = s.len()` leading singular triplets.
fn apply_pinv(u: MatRef<'_, f64>, s: &[f64], v: MatRef<'_, f64>, b: MatRef<'_, f64>) -> Mat<f64> {
    let r = s.len();
    let mut y = u.subcols(0, r).transpose() * b;
    for (i, &si) in s.iter().enumerate() {
        y.row_mut(i).iter_mut().for_each(|e| *e /= si);
    }
    v.subcols(0, r) * &y
}

/// Squared 2-norm of each column.
fn column_sq_norms(b: MatRef<'_, f64>) -> Vec<f64> {
    (0..b.ncols()).map(|j| b.col(j).squared_norm_l2()).collect()
}

/// `scipy.linalg.pinv(a, atol, rtol, return_rank, check_finite)`: the n x m
/// Moore-Penrose pseudo-inverse keeping singular values > atol + rtol·s_max
/// (defaults atol = 0, rtol = max(m, n)·eps), and that count (the rank).
pub fn pinv(
    a: MatRef<'_, f64>,
    atol: Option<f64>,
    rtol: Option<f64>,
    finite: bool,
) -> Result<(Mat<f64>, usize)> {
    check_finite(a, finite, "a")?;
    let (m, n) = a.shape();
    let atol = atol.unwrap_or(0.0);
    let rtol = rtol.unwrap_or(m.max(n) as f64 * f64::EPSILON);
    if atol < 0.0 || rtol < 0.0 {
        return Err(Error::invalid("atol and rtol values must be positive."));
    }
    if m == 0 || n == 0 {
        return Ok((Mat::zeros(n, m), 0));
    }
    let svd = svd_parts(a, ComputeSvdVectors::Thin, ComputeSvdVectors::Thin)?;
    let rank = count_above(&svd.s, atol + svd.s[0] * rtol);
    let (u, v) = (svd.u.expect("thin u"), svd.v.expect("thin v"));
    let mut vs = v.subcols(0, rank).to_owned();
    for (j, &sj) in svd.s[..rank].iter().enumerate() {
        vs.col_mut(j).iter_mut().for_each(|e| *e /= sj);
    }
    Ok((vs * u.subcols(0, rank).transpose(), rank))
}
