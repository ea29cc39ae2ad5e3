//! Hessenberg reduction `a = Q H Qᵀ` (`scipy.linalg.hessenberg`) with
//! LAPACK's reflectors (`dgehd2`, `dorghr`), so H's signs are SciPy's.

use super::common::{check_finite, require_square};
use super::householder::{apply_reflector, make_reflector};
use super::kernels::axpy;
use crate::error::Result;
use faer::{Mat, MatRef};

/// `H` (zero below the first subdiagonal) and, when asked for, the
/// orthogonal `Q` with `a = Q H Qᵀ`.
pub struct Hessenberg {
    pub h: Mat<f64>,
    pub q: Option<Mat<f64>>,
}

/// Applies `H = I - tau v vᵀ` (`v = [1; tail]` on columns `c0..`) from the
/// right to every row of `a`.
fn apply_reflector_right(a: &mut Mat<f64>, c0: usize, tail: &[f64], tau: f64) {
    if tau == 0.0 {
        return;
    }
    let m = a.nrows();
    let mut w: Vec<f64> = a.col_as_slice(c0).to_vec();
    for (k, &v) in tail.iter().enumerate() {
        axpy(&mut w, v, a.col_as_slice(c0 + 1 + k));
    }
    w.iter_mut().for_each(|s| *s *= tau);
    axpy(a.col_as_slice_mut(c0), -1.0, &w);
    for (k, &v) in tail.iter().enumerate() {
        axpy(&mut a.col_as_slice_mut(c0 + 1 + k)[..m], -v, &w);
    }
}

/// scipy.linalg.hessenberg(a, calc_q, check_finite): reflector i zeroes
/// column i below its subdiagonal and is applied from both sides; `Q` is
/// their product. Matrices of order 2 or less are returned as they are
/// (with Q = I), as SciPy does.
pub fn hessenberg(a: MatRef<'_, f64>, calc_q: bool, finite: bool) -> Result<Hessenberg> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    let n = a.nrows();
    let mut h = a.to_owned();
    let mut reflectors: Vec<(Vec<f64>, f64)> = Vec::with_capacity(n.saturating_sub(2));
    for i in 0..n.saturating_sub(2) {
        let mut tail: Vec<f64> = (i + 2..n).map(|r| h[(r, i)]).collect();
        let (beta, tau) = make_reflector(h[(i + 1, i)], &mut tail);
        apply_reflector_right(&mut h, i + 1, &tail, tau);
        apply_reflector(&mut h, i + 1, &tail, tau, i + 1..n);
        h[(i + 1, i)] = beta;
        for r in i + 2..n {
            h[(r, i)] = 0.0;
        }
        reflectors.push((tail, tau));
    }
    let q = calc_q.then(|| {
        let mut q = Mat::<f64>::identity(n, n);
        for (i, (tail, tau)) in reflectors.iter().enumerate().rev() {
            apply_reflector(&mut q, i + 1, tail, *tau, i + 1..n);
        }
        q
    });
    Ok(Hessenberg { h, q })
}
