//! `qr` (modes full / r / economic / raw, column pivoting) and `rq`, on the
//! LAPACK-convention Householder kernels, so factors match SciPy's.

use super::common::{check_finite, with_par, Scalar};
use super::householder::{geqrf, orgqr};
use super::qr_pivoted::geqp3;
use crate::error::{Error, Result};
use faer::{Mat, MatRef};

/// SciPy's `mode` of `qr`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrMode {
    /// Q m x m, R m x n ("full", also spelled "qr").
    Full,
    /// R only, m x n.
    R,
    /// Q m x k, R k x n (k = min(m, n)).
    Economic,
    /// LAPACK's packed reflectors and tau, and R k x n.
    Raw,
}

impl QrMode {
    /// From SciPy's spelling; `None` is "full".
    pub fn parse(name: Option<&str>) -> Result<QrMode> {
        match name.unwrap_or("full") {
            "full" | "qr" => Ok(QrMode::Full),
            "r" => Ok(QrMode::R),
            "economic" => Ok(QrMode::Economic),
            "raw" => Ok(QrMode::Raw),
            other => Err(Error::unknown_name(
                "mode",
                other,
                &["full", "qr", "r", "economic", "raw"],
            )),
        }
    }
}

/// `qr`'s result: which parts are present depends on the mode.
pub struct Qr<T = f64> {
    /// Q (full: m x m, economic: m x k); absent for modes r and raw.
    pub q: Option<Mat<T>>,
    /// R (full, r: m x n; economic, raw: k x n).
    pub r: Mat<T>,
    /// With pivoting: `a[:, p] = Q R`, 0-based column indices.
    pub p: Option<Vec<usize>>,
    /// Mode raw: geqrf's m x n output (R above, reflectors below) and tau.
    pub raw: Option<(Mat<T>, Vec<T>)>,
}

/// `scipy.linalg.qr(a, mode, pivoting, check_finite)` (real: geqrf / geqp3
/// and orgqr; complex: zgeqrf / zgeqp3 and zungqr, Q unitary).
pub fn qr<T: Scalar>(
    a: MatRef<'_, T>,
    mode: QrMode,
    pivoting: bool,
    finite: bool,
) -> Result<Qr<T>> {
    check_finite(a, finite, "a")?;
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut h = a.to_owned();
    let (tau, p) = if pivoting {
        let (tau, p) = with_par(k, |par| geqp3(&mut h, par));
        (tau, Some(p))
    } else {
        (with_par(k, |par| geqrf(&mut h, par)), None)
    };
    let r_rows = match mode {
        QrMode::Full | QrMode::R => m,
        QrMode::Economic | QrMode::Raw => k,
    };
    let r = upper(h.as_ref(), r_rows, 0);
    let q = match mode {
        QrMode::Full => Some(with_par(k, |par| orgqr(h.as_ref(), &tau, m, par))),
        QrMode::Economic => Some(with_par(k, |par| orgqr(h.as_ref(), &tau, k, par))),
        QrMode::R | QrMode::Raw => None,
    };
    let raw = (mode == QrMode::Raw).then_some((h, tau));
    Ok(Qr { q, r, p, raw })
}

/// The first `rows` rows of `h` with entries below diagonal `offset`
/// (j - i < offset) zeroed: NumPy's `triu(h[:rows], offset)`.
fn upper<T: Scalar>(h: MatRef<'_, T>, rows: usize, offset: isize) -> Mat<T> {
    Mat::from_fn(rows, h.ncols(), |i, j| {
        if (j as isize) - (i as isize) >= offset {
            h[(i, j)]
        } else {
            T::ZERO
        }
    })
}

/// SciPy's `mode` of `rq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RqMode {
    /// R m x n, Q n x n.
    Full,
    /// R only, m x n.
    R,
    /// R m x k, Q k x n.
    Economic,
}

impl RqMode {
    /// From SciPy's spelling; `None` is "full".
    pub fn parse(name: Option<&str>) -> Result<RqMode> {
        match name.unwrap_or("full") {
            "full" => Ok(RqMode::Full),
            "r" => Ok(RqMode::R),
            "economic" => Ok(RqMode::Economic),
            other => Err(Error::unknown_name(
                "mode",
                other,
                &["full", "r", "economic"],
            )),
        }
    }
}

/// `rq`'s result: `a = R Q`, Q absent for mode r.
pub struct Rq {
    pub r: Mat<f64>,
    pub q: Option<Mat<f64>>,
}

/// `scipy.linalg.rq(a, mode, check_finite)`: `a = R Q`, R upper trapezoidal
/// (nonzero where j - i >= n - m), Q orthogonal rows.
///
/// Computed as the QR of `B = J_n aᵀ J_m` (J reverses order), whose
/// reflectors are LAPACK `gerqf`'s in mirrored storage: `a = (J_m R_Bᵀ J)(J Q_Bᵀ J_n)`.
pub fn rq(a: MatRef<'_, f64>, mode: RqMode, finite: bool) -> Result<Rq> {
    check_finite(a, finite, "a")?;
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut b = Mat::from_fn(n, m, |p, q| a[(m - 1 - q, n - 1 - p)]);
    let tau = with_par(k, |par| geqrf(&mut b, par));
    let r_cols = if mode == RqMode::Economic { k } else { n };
    // R_B is b's upper triangle (r_cols x m); R = J_m R_Bᵀ J_{r_cols}.
    let r = Mat::from_fn(m, r_cols, |i, j| {
        let (p, q) = (r_cols - 1 - j, m - 1 - i);
        if q >= p {
            b[(p, q)]
        } else {
            0.0
        }
    });
    let q = match mode {
        RqMode::R => None,
        RqMode::Full | RqMode::Economic => {
            let q_rows = r_cols;
            let qb = with_par(k, |par| orgqr(b.as_ref(), &tau, q_rows, par));
            Some(Mat::from_fn(q_rows, n, |i, j| {
                qb[(n - 1 - j, q_rows - 1 - i)]
            }))
        }
    };
    Ok(Rq { r, q })
}
