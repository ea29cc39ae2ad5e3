//! Singular value decomposition: `svd`, `svdvals`.

use super::common::{check_finite, with_par};
use crate::error::{Error, ErrorKind, Result};
use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::svd::{svd as faer_svd, svd_scratch, ComputeSvdVectors};
use faer::{Mat, MatRef};

/// `a = u diag(s) vh`; `s` descending. `u`/`vh` are absent for
/// `compute_uv = false`.
pub struct Svd {
    pub u: Option<Mat<f64>>,
    pub s: Vec<f64>,
    pub vh: Option<Mat<f64>>,
}

/// SciPy's `lapack_driver`: "gesdd" (default) or "gesvd". Both give the same
/// decomposition up to rounding; faer's divide-and-conquer serves both.
pub fn check_driver(name: Option<&str>) -> Result<()> {
    match name.unwrap_or("gesdd") {
        "gesdd" | "gesvd" => Ok(()),
        other => Err(Error::unknown_name(
            "lapack_driver",
            other,
            &["gesdd", "gesvd"],
        )),
    }
}

/// scipy.linalg.svd of an m x n matrix. `full_matrices` gives u m x m and
/// vh n x n, else m x k and k x n (k = min(m, n)).
pub fn svd(a: MatRef<'_, f64>, full_matrices: bool, compute_uv: bool, finite: bool) -> Result<Svd> {
    check_finite(a, finite, "a")?;
    let (m, n) = a.shape();
    let k = m.min(n);
    let compute = match (compute_uv, full_matrices) {
        (false, _) => ComputeSvdVectors::No,
        (true, true) => ComputeSvdVectors::Full,
        (true, false) => ComputeSvdVectors::Thin,
    };
    let (ucols, vcols) = if full_matrices { (m, n) } else { (k, k) };
    let mut u = compute_uv.then(|| Mat::<f64>::zeros(m, ucols));
    let mut v = compute_uv.then(|| Mat::<f64>::zeros(n, vcols));
    let mut s = Diag::<f64>::zeros(k);
    let outcome = with_par(k, |par| {
        let mut buf = MemBuffer::new(svd_scratch::<f64>(
            m,
            n,
            compute,
            compute,
            par,
            Default::default(),
        ));
        faer_svd(
            a,
            s.as_mut(),
            u.as_mut().map(|u| u.as_mut()),
            v.as_mut().map(|v| v.as_mut()),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        )
    });
    if outcome.is_err() {
        return Err(Error::new(ErrorKind::Singular, "SVD did not converge"));
    }
    Ok(Svd {
        u,
        s: (0..k).map(|i| s[i]).collect(),
        vh: v.map(|v| v.transpose().to_owned()),
    })
}

/// scipy.linalg.svdvals: the singular values, descending.
pub fn svdvals(a: MatRef<'_, f64>, finite: bool) -> Result<Vec<f64>> {
    Ok(svd(a, false, false, finite)?.s)
}
