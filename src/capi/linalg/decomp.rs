//! C face of the Hessenberg reduction (`scipy.linalg.hessenberg`), the
//! polar decomposition (`scipy.linalg.polar`) and the matrix exponential
//! (`scipy.linalg.expm`).

use std::ffi::c_char;

use super::{dims, mat_borrow, MatOut, MatView};
use crate::capi::boundary::{guard, opt_str, sciport_error, sciport_status, slice_out};
use crate::capi::views::sciport_mat;
use crate::error::Result;
use crate::linalg::common::require_square_shape;
use crate::linalg::{self, PolarSide};

/// `scipy.linalg.hessenberg(a, calc_q, check_finite)`: `a = Q H Qᵀ` of a
/// real n x n `a` with LAPACK's gehrd reflectors. `h` (n x n) receives H
/// (zero below the first subdiagonal); `q` (n x n, orthogonal) receives Q,
/// or is NULL (SciPy's calc_q=False). Matrices of order 2 or less come back
/// unchanged with Q = I, as SciPy returns them.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, h); SCIPORT_ERR_DIMENSION_MISMATCH
/// (a not square, h / q shapes); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with
/// check_finite). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_hessenberg(
    a: *const sciport_mat,
    check_finite: bool,
    h: *const sciport_mat,
    q: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (m, n) = dims(a, "a")?;
        require_square_shape(m, n, "a")?;
        let h_out = MatOut::new(h, n, n, "h")?;
        let q_out = MatOut::optional(q, n, n, "q")?;
        let am = mat_borrow(a, "a")?;
        let f = linalg::hessenberg(am.as_ref(), q_out.is_some(), check_finite)?;
        h_out.write(f.h.as_ref())?;
        if let (Some(o), Some(qm)) = (&q_out, &f.q) {
            o.write(qm.as_ref())?;
        }
        Ok(())
    })
}

/// `scipy.linalg.polar(a, side)`: `a = u p` (side "right", NULL = SciPy's
/// default) or `a = p u` ("left") of a real m x n `a`, from its thin SVD.
/// `u` (m x n) has orthonormal columns (m >= n) or rows (m < n); `p` is the
/// symmetric positive semidefinite factor, n x n for "right" and m x m for
/// "left". NaN / Inf are an error (SciPy's svd checks them).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, u, p); SCIPORT_ERR_UNKNOWN_NAME
/// (side); SCIPORT_ERR_DIMENSION_MISMATCH (u / p shapes);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (the SVD did
/// not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_polar(
    a: *const sciport_mat,
    side: *const c_char,
    u: *const sciport_mat,
    p: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let side = PolarSide::parse(opt_str(side, "side")?)?;
        let (m, n) = dims(a, "a")?;
        let pn = if side == PolarSide::Right { n } else { m };
        let u_out = MatOut::new(u, m, n, "u")?;
        let p_out = MatOut::new(p, pn, pn, "p")?;
        let am = mat_borrow(a, "a")?;
        let (uf, pf) = linalg::polar(am.as_ref(), side)?;
        u_out.write(uf.as_ref())?;
        p_out.write(pf.as_ref())?;
        Ok(())
    })
}

/// `scipy.linalg.expm(a)`: the matrix exponential of a real n x n `a` into
/// `expa` (n x n), by scaling and squaring with the Padé degree and scaling
/// of Al-Mohy and Higham (2009), the algorithm SciPy uses (triangular input
/// keeps its triangle and gets exact diagonals; diagonal input is
/// exponentiated entrywise). SciPy has no check_finite here: NaN or Inf in
/// `a` gives NaN wherever the result can be nonzero, as SciPy's result.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (a not
/// square, expa's shape). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_expm(
    a: *const sciport_mat,
    expa: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { expm_into(a, expa) })
}

/// Body of `sciport_linalg_expm` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_expm`.
pub(super) unsafe fn expm_into<V: MatView>(a: *const V, expa: *const V) -> Result<()> {
    let (m, n) = dims(a, "a")?;
    require_square_shape(m, n, "a")?;
    let out = MatOut::new(expa, n, n, "expa")?;
    // a column-major copy: expm's matrix products would round differently
    // for other layouts, and every layout must give the same result
    let am = super::mat_in(a, "a")?;
    out.write(linalg::expm(am.as_ref())?.as_ref())
}

/// `scipy.linalg.ldl(a, lower, hermitian, check_finite)`: `a = lu d luᵀ`
/// of a real symmetric n x n `a` (only its lower or upper triangle is
/// read) by LAPACK's Bunch–Kaufman pivoting (sytrf), unpacked as SciPy
/// does: `lu` (n x n) is the triangular factor with its rows permuted
/// (`lu[perm]` is unit triangular), `d` (n x n) block diagonal with 1 x 1
/// and 2 x 2 blocks, `perm` (perm_len = n, 0-based) the row order. SciPy's
/// `hermitian` only matters for complex input; it is accepted here for the
/// same call shape. A singular matrix is not an error (d has a zero block).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (a not
/// square, lu / d shapes, perm_len); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf
/// with check_finite). Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_ldl(
    a: *const sciport_mat,
    lower: bool,
    hermitian: bool,
    check_finite: bool,
    lu: *const sciport_mat,
    d: *const sciport_mat,
    perm: *mut i64,
    perm_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    let _ = hermitian;
    guard(err, || unsafe {
        let (m, n) = dims(a, "a")?;
        require_square_shape(m, n, "a")?;
        let lu_out = MatOut::new(lu, n, n, "lu")?;
        let d_out = MatOut::new(d, n, n, "d")?;
        super::require_len(perm_len, n, "perm")?;
        let perm_out = slice_out(perm, perm_len, "perm")?;
        let am = mat_borrow(a, "a")?;
        let f = linalg::ldl(am.as_ref(), lower, check_finite)?;
        lu_out.write(f.lu.as_ref())?;
        d_out.fill_with((n, n), |i, j| f.d(i, j))?;
        for (o, &p) in perm_out.iter_mut().zip(&f.perm) {
            *o = p as i64;
        }
        Ok(())
    })
}
