//! Least squares and the pseudo-inverse: `lstsq` (QR at full rank, else
//! the SVD) and `pinv` (the SVD).

use super::common::{check_finite, with_par};
use super::householder::{apply_q, geqrf};
use super::svd::svd_parts;
use crate::error::{Error, Result};
use faer::linalg::svd::ComputeSvdVectors;
use faer::linalg::triangular_solve as tri;
use faer::{Mat, MatRef};

/// SciPy's `lapack_driver` of `lstsq`. All three solve the same way here
/// (QR when the rank is full, else the SVD); the driver decides only what
/// SciPy reports: gelsy gives no residues.
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
    let cond = match cond {
        Some(c) if c >= 0.0 => c,
        _ => f64::EPSILON,
    };
    let (x, rank, s) = match full_rank_by_qr(a, b, cond)? {
        Some((x, s)) => (x, m.min(n), s),
        None => minimum_norm_by_svd(a, b, cond)?,
    };
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
        s,
    })
}

/// The solution through the SVD of `a` for any rank: `(x, rank, s)`.
fn minimum_norm_by_svd(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    cond: f64,
) -> Result<(Mat<f64>, usize, Vec<f64>)> {
    let svd = svd_parts(a, ComputeSvdVectors::Thin, ComputeSvdVectors::Thin)?;
    let rank = count_above(&svd.s, cond * svd.s[0]);
    let (u, v) = (svd.u.expect("thin u"), svd.v.expect("thin v"));
    let x = apply_pinv(u.as_ref(), &svd.s[..rank], v.as_ref(), b);
    Ok((x, rank, svd.s))
}

/// When `a` has full rank (every singular value above `cond·s[0]`), the
/// least-squares solution is unique and its QR solution is the one the SVD
/// gives: `(x, s)` from the QR of `a` (m ≥ n) or of `aᵀ` (m < n, minimum
/// norm `x = Q R⁻ᵀ b`), with `s` the singular values of the triangular
/// factor, which are `a`'s. `None` when the rank is not full.
fn full_rank_by_qr(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    cond: f64,
) -> Result<Option<(Mat<f64>, Vec<f64>)>> {
    let (m, n) = a.shape();
    let k = m.min(n);
    let tall = m >= n;
    let mut h = if tall {
        a.to_owned()
    } else {
        a.transpose().to_owned()
    };
    with_par(k, |par| {
        let tau = geqrf(&mut h, par);
        let r = Mat::from_fn(k, k, |i, j| if i <= j { h[(i, j)] } else { 0.0 });
        let s = svd_parts(r.as_ref(), ComputeSvdVectors::No, ComputeSvdVectors::No)?.s;
        if count_above(&s, cond * s[0]) < k {
            return Ok(None);
        }
        let x = if tall {
            let mut y = b.to_owned();
            apply_q(h.as_ref(), &tau, true, y.as_mut(), par);
            let mut x = y.get(..n, ..).to_owned();
            tri::solve_upper_triangular_in_place(r.as_ref(), x.as_mut(), par);
            x
        } else {
            let mut y = Mat::zeros(n, b.ncols());
            y.as_mut().get_mut(..m, ..).copy_from(b);
            let head = y.as_mut().get_mut(..m, ..);
            tri::solve_lower_triangular_in_place(r.transpose(), head, par);
            apply_q(h.as_ref(), &tau, false, y.as_mut(), par);
            y
        };
        Ok(Some((x, s)))
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
