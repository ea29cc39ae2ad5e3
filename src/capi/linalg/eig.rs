//! C face of the general eigenproblem (`eig`, `eigvals`): real input,
//! complex eigenvalues into a `sciport_complex` buffer and complex
//! eigenvectors into `sciport_cmat` views.

use super::{dims, mat_borrow, require_len, InMat, MatOut, MatView};
use crate::capi::boundary::{guard, sciport_error, sciport_status, slice_out};
use crate::capi::views::{sciport_cmat, sciport_complex, sciport_mat};
use crate::error::Result;
use crate::linalg::eig::EigInput;
use crate::linalg::{self, Eig};
use num_complex::Complex64;

/// Borrows the optional generalized matrix `b` (NULL = SciPy's None).
///
/// # Safety
/// As for `mat_borrow`.
unsafe fn opt_b<'a, V: MatView>(b: *const V) -> Result<Option<InMat<'a, V::Elem>>> {
    if b.is_null() {
        Ok(None)
    } else {
        mat_borrow(b, "b").map(Some)
    }
}

/// Shared body of `eig` and `eigvals`: checks every output, solves, writes.
///
/// # Safety
/// As for `mat_borrow` (a, b), `slice_out` (w) and `MatOut::optional`.
#[allow(clippy::too_many_arguments)]
pub(super) unsafe fn eig_into<V: MatView>(
    a: *const V,
    b: *const V,
    homogeneous_eigvals: bool,
    w: *mut sciport_complex,
    w_len: usize,
    vl: *const sciport_cmat,
    vr: *const sciport_cmat,
) -> Result<()>
where
    V::Elem: EigInput,
{
    let (n, _) = dims(a, "a")?;
    require_len(w_len, if homogeneous_eigvals { 2 * n } else { n }, "w")?;
    let w_out = slice_out(w, w_len, "w")?;
    let vl_out = MatOut::optional(vl, n, n, "vl")?;
    let vr_out = MatOut::optional(vr, n, n, "vr")?;
    let am = mat_borrow(a, "a")?;
    let bm = opt_b(b)?;
    let f: Eig = linalg::eig(
        am.as_ref(),
        bm.as_ref().map(|m| m.as_ref()),
        vl_out.is_some(),
        vr_out.is_some(),
    )?;
    let values: Vec<Complex64> = if homogeneous_eigvals {
        let beta = f.beta.iter().map(|&b| Complex64::new(b, 0.0));
        f.alpha.iter().copied().chain(beta).collect()
    } else {
        f.eigenvalues()
    };
    for (d, z) in w_out.iter_mut().zip(values) {
        *d = sciport_complex { re: z.re, im: z.im };
    }
    if let (Some(o), Some(v)) = (&vl_out, &f.vl) {
        o.write(v.as_ref())?;
    }
    if let (Some(o), Some(v)) = (&vr_out, &f.vr) {
        o.write(v.as_ref())?;
    }
    Ok(())
}

/// `scipy.linalg.eig(a, b, left, right, check_finite, homogeneous_eigvals)`
/// of a real n x n `a`: eigenvalues `w` and eigenvectors with
/// `a vr[:, i] = w[i] vr[:, i]` and `vl[:, i]^H a = w[i] vl[:, i]^H`
/// (generalized with `b` when not NULL: `a vr = w b vr`,
/// `vl^H a = w vl^H b`). SciPy's `left` / `right` are whether `vl` / `vr`
/// is given (NULL: not computed; SciPy's default is `vr` only).
///
/// `w` receives n eigenvalues (w_len = n); with `homogeneous_eigvals`,
/// SciPy's (2, n) array in C order: alpha in w[0..n], beta in w[n..2n]
/// (w = alpha / beta; beta = 1 without `b`). A generalized eigenvalue with
/// beta = 0 is infinity (NaN when alpha is 0 too). Eigenvectors come as
/// LAPACK's geev normalizes them: unit 2-norm, the largest component real;
/// SciPy's may differ by a unit factor (ggev leaves the phase free) and its
/// real vectors are complex here with zero imaginary parts. Conjugate pairs
/// come positive imaginary part first. The eigenvalues come in the order of
/// the Schur (QZ) form: SciPy's for most small matrices (every reference
/// case), but not in general (from n ~ 20 the QR iterations can deflate in
/// another order than LAPACK's); sort them when a fixed order matters.
/// An empty `a` gives empty results whatever `b` is (as SciPy).
///
/// Non-finite input fails even with `check_finite = false` (SciPy's LAPACK
/// call raises on most such input and returns meaningless values on the
/// rest).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, w); SCIPORT_ERR_DIMENSION_MISMATCH
/// (a or b not square, b's shape, w_len, vl / vr shapes);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (the QR /
/// QZ iteration did not converge). Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_eig(
    a: *const sciport_mat,
    b: *const sciport_mat,
    check_finite: bool,
    homogeneous_eigvals: bool,
    w: *mut sciport_complex,
    w_len: usize,
    vl: *const sciport_cmat,
    vr: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    let _ = check_finite;
    guard(err, || unsafe {
        eig_into(a, b, homogeneous_eigvals, w, w_len, vl, vr)
    })
}

/// `scipy.linalg.eigvals(a, b, check_finite, homogeneous_eigvals)`: the
/// eigenvalues of `sciport_linalg_eig` without eigenvectors (same `w`
/// layout, same errors). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigvals(
    a: *const sciport_mat,
    b: *const sciport_mat,
    check_finite: bool,
    homogeneous_eigvals: bool,
    w: *mut sciport_complex,
    w_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    let _ = check_finite;
    let none = std::ptr::null();
    guard(err, || unsafe {
        eig_into(a, b, homogeneous_eigvals, w, w_len, none, none)
    })
}
