//! Singular value decomposition: `svd`, `svdvals`.

use super::bidiag_values::bidiagonal_singular_values;
use super::common::{check_finite, with_par, Scalar};
use super::householder::geqrf;
use crate::error::{Error, ErrorKind, Result};
use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::qr::no_pivoting::factor::recommended_block_size;
use faer::linalg::svd::{bidiag, svd as faer_svd, svd_scratch, ComputeSvdVectors};
use faer::{Mat, MatRef, Par};

/// `a = u diag(s) vh`; `s` descending (real also for complex `a`). `u`/`vh`
/// are absent for `compute_uv = false`.
pub struct Svd<T = f64> {
    pub u: Option<Mat<T>>,
    pub s: Vec<f64>,
    pub vh: Option<Mat<T>>,
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
pub fn svd<T: Scalar>(
    a: MatRef<'_, T>,
    full_matrices: bool,
    compute_uv: bool,
    finite: bool,
) -> Result<Svd<T>> {
    check_finite(a, finite, "a")?;
    let compute = match (compute_uv, full_matrices) {
        (false, _) => ComputeSvdVectors::No,
        (true, true) => ComputeSvdVectors::Full,
        (true, false) => ComputeSvdVectors::Thin,
    };
    let parts = svd_parts(a, compute, compute)?;
    Ok(Svd {
        u: parts.u,
        s: parts.s,
        vh: parts
            .v
            .map(|v| Mat::from_fn(v.ncols(), v.nrows(), |i, j| v[(j, i)].conjugate())),
    })
}

/// The parts of `a = u diag(s) vᴴ` asked for (u and v independently).
pub struct SvdParts<T = f64> {
    pub u: Option<Mat<T>>,
    pub s: Vec<f64>,
    pub v: Option<Mat<T>>,
}

/// Largest magnitude at which faer's SVD is used unscaled: outside
/// [1 / SCALE_LIMIT, SCALE_LIMIT] the matrix is scaled by a power of two
/// first (as LAPACK's gesdd scales), since squares of its entries would
/// overflow or underflow.
const SCALE_LIMIT: f64 = 1e150;

/// The power of two that brings a nonzero largest magnitude `amax` near 1,
/// when it lies outside the safe range.
fn svd_scale(amax: f64) -> Option<f64> {
    let outside = amax > SCALE_LIMIT || (amax > 0.0 && amax < 1.0 / SCALE_LIMIT);
    (outside && amax.is_finite()).then(|| 2f64.powi(-(amax.log2().round() as i32)))
}

/// faer's SVD computing only the singular vectors wanted (no finiteness
/// check), with the entries scaled into a safe range first when needed.
pub fn svd_parts<T: Scalar>(
    a: MatRef<'_, T>,
    compute_u: ComputeSvdVectors,
    compute_v: ComputeSvdVectors,
) -> Result<SvdParts<T>> {
    let amax = (0..a.ncols()).fold(0.0f64, |m, j| {
        a.col(j).iter().fold(m, |m, v| m.max(v.modulus()))
    });
    let Some(scale) = svd_scale(amax) else {
        return svd_unscaled(a, compute_u, compute_v);
    };
    let scaled = Mat::from_fn(a.nrows(), a.ncols(), |i, j| a[(i, j)] * T::from_re(scale));
    let mut parts = svd_unscaled(scaled.as_ref(), compute_u, compute_v)?;
    parts.s.iter_mut().for_each(|v| *v /= scale);
    Ok(parts)
}

/// faer's SVD of `a` as given.
fn svd_unscaled<T: Scalar>(
    a: MatRef<'_, T>,
    compute_u: ComputeSvdVectors,
    compute_v: ComputeSvdVectors,
) -> Result<SvdParts<T>> {
    if compute_u == ComputeSvdVectors::No && compute_v == ComputeSvdVectors::No {
        let s = singular_values_only(a)?;
        return Ok(SvdParts {
            u: None,
            s,
            v: None,
        });
    }
    let (m, n) = a.shape();
    let k = m.min(n);
    let cols = |c: ComputeSvdVectors, full: usize| match c {
        ComputeSvdVectors::No => None,
        ComputeSvdVectors::Thin => Some(k),
        ComputeSvdVectors::Full => Some(full),
    };
    let mut u = cols(compute_u, m).map(|c| Mat::<T>::zeros(m, c));
    let mut v = cols(compute_v, n).map(|c| Mat::<T>::zeros(n, c));
    let mut s = Diag::<T>::zeros(k);
    let outcome = with_par(k, |par| {
        let mut buf = MemBuffer::new(svd_scratch::<T>(
            m,
            n,
            compute_u,
            compute_v,
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
        return Err(not_converged());
    }
    Ok(SvdParts {
        u,
        s: (0..k).map(|i| s[i].re()).collect(),
        v,
    })
}

/// The singular values alone, as LAPACK's gesdd with jobz = 'N': a QR
/// first when the matrix is much taller than wide (m ≥ 11/6 n, LAPACK's
/// crossover), faer's blocked bidiagonalisation, then implicit QR sweeps on
/// the bidiagonal (O(k²) against faer's divide and conquer).
fn singular_values_only<T: Scalar>(a: MatRef<'_, T>) -> Result<Vec<f64>> {
    let mut w = if a.nrows() >= a.ncols() {
        a.to_owned()
    } else {
        a.adjoint().to_owned()
    };
    let (m, n) = w.shape();
    if n == 0 {
        return Ok(Vec::new());
    }
    with_par(n, |par| {
        if 6 * m >= 11 * n {
            geqrf(&mut w, par);
            w = Mat::from_fn(n, n, |i, j| if i <= j { w[(i, j)] } else { T::ZERO });
        }
        bidiagonalize(&mut w, par);
        let mut d: Vec<f64> = (0..n).map(|i| w[(i, i)].modulus()).collect();
        let mut e: Vec<f64> = (1..n).map(|i| w[(i - 1, i)].modulus()).collect();
        bidiagonal_singular_values(&mut d, &mut e).map_err(|_| not_converged())?;
        Ok(d)
    })
}

/// faer's blocked bidiagonalisation of a square or tall `w` in place: the
/// upper bidiagonal on the diagonal and superdiagonal (the reflectors
/// elsewhere are not needed here).
fn bidiagonalize<T: Scalar>(w: &mut Mat<T>, par: Par) {
    let (m, n) = w.shape();
    let block = recommended_block_size::<T>(m, n);
    let mut left = Mat::<T>::zeros(block, n);
    let mut right = Mat::<T>::zeros(block, n - 1);
    let scratch = bidiag::bidiag_in_place_scratch::<T>(m, n, par, Default::default());
    bidiag::bidiag_in_place(
        w.as_mut(),
        left.as_mut(),
        right.as_mut(),
        par,
        MemStack::new(&mut MemBuffer::new(scratch)),
        Default::default(),
    );
}

/// The error of an SVD that did not converge (as LAPACK's info > 0).
fn not_converged() -> Error {
    Error::new(ErrorKind::Singular, "SVD did not converge")
}

/// scipy.linalg.svdvals: the singular values, descending.
pub fn svdvals<T: Scalar>(a: MatRef<'_, T>, finite: bool) -> Result<Vec<f64>> {
    Ok(svd(a, false, false, finite)?.s)
}
