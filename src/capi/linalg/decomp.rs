//! C face of the Hessenberg reduction (`scipy.linalg.hessenberg`).

use super::{dims, mat_borrow, MatOut};
use crate::capi::boundary::{guard, sciport_error, sciport_status};
use crate::capi::views::sciport_mat;
use crate::error::Error;
use crate::linalg;

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
        if m != n {
            // before the outputs' shapes, which follow from a's
            return Err(Error::dimension(format!(
                "a: expected a square matrix, got {m}x{n}"
            )));
        }
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
