//! C face of `scipy.linalg` on complex (`complex128`) matrices: the
//! `sciport_cmat` twins of the real functions, named `<fn>_complex`. Each
//! runs the same core as its real twin (the core is generic over `f64` and
//! `c64`), with the same argument checks, errors and messages; where LAPACK's
//! complex routine differs (conjugate transposes, Hermitian instead of
//! symmetric) the doc comment says so.
//!
//! As for the real functions, inputs are read before any output is written
//! (outputs may overlap inputs) and outputs are written only on success.

use std::ffi::c_char;

use super::decomp::expm_into;
use super::eig::eig_into;
use super::orthogonal::qr_into;
use super::{
    cho_solve_into, det_into, eigh_into, lu_factor_into, lu_into, lu_solve_into, same_shape,
    sciport_linalg_eigh_options, sciport_linalg_solve_options, solve_into, svd_into, svdvals_into,
};
use crate::capi::boundary::{guard, sciport_error, sciport_status};
use crate::capi::views::{sciport_cmat, sciport_complex};
use crate::linalg;

/// `scipy.linalg.solve(a, b, lower, check_finite, assume_a)` for complex
/// `a` (n x n) and `b` (n x k): solves `a x = b` into `x` (n x k). `options`
/// as for `sciport_linalg_solve` (NULL = defaults); "her"/"hermitian" reads
/// the triangle `lower` selects as a Hermitian matrix (the diagonal's
/// imaginary parts are ignored, as LAPACK's hesv), "sym"/"symmetric" as a
/// complex symmetric one (no conjugation, as sysv), "pos" as Hermitian
/// positive definite; "diagonal", "upper triangular", "lower triangular",
/// "tridiagonal" and "banded" as for real input. `transposed` is rejected,
/// as SciPy does for complex matrices. A 1 x 1 `a` is solved as `b / a`
/// whatever assume_a says (SciPy 1.17's shortcut; rcond 1). `rcond` (may
/// be NULL) receives LAPACK's reciprocal 1-norm condition estimate
/// (zlacn2's estimator); SciPy's LinAlgWarning corresponds to
/// `*rcond < DBL_EPSILON`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, b, x); SCIPORT_ERR_DIMENSION_MISMATCH
/// (a not square, b's rows, x's shape); SCIPORT_ERR_UNKNOWN_NAME (assume_a);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite, transposed,
/// struct_size); SCIPORT_ERR_SINGULAR ("A singular matrix detected:
/// slice(s) [0] are singular.", also for a non-positive-definite `a` with
/// assume_a "pos"; "A singular matrix detected." for a zero 1 x 1 `a`).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_complex(
    a: *const sciport_cmat,
    b: *const sciport_cmat,
    options: *const sciport_linalg_solve_options,
    x: *const sciport_cmat,
    rcond: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { solve_into(a, b, options, x, rcond) })
}

/// `scipy.linalg.inv(a, check_finite)` of a complex n x n matrix into
/// `ainv` (n x n).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (not
/// square, ainv's shape); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with
/// check_finite); SCIPORT_ERR_SINGULAR ("A singular matrix detected:
/// slice(s) [0] are singular."). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_inv_complex(
    a: *const sciport_cmat,
    check_finite: bool,
    ainv: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        same_shape(a, ainv, "ainv", |am, out| {
            out.write(linalg::inv(am, check_finite)?.as_ref())
        })
    })
}

/// `scipy.linalg.det(a, check_finite)` of a complex n x n matrix through LU
/// into `*det` (1 for 0 x 0; a singular matrix gives 0, not an error).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, det); SCIPORT_ERR_DIMENSION_MISMATCH
/// (not square); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_det_complex(
    a: *const sciport_cmat,
    check_finite: bool,
    det: *mut sciport_complex,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { det_into(a, check_finite, det.cast()) })
}

/// `scipy.linalg.lu_factor(a, check_finite)` of a complex m x n matrix:
/// `P a = L U` with partial pivoting (pivots chosen by `|re| + |im|`, as
/// LAPACK's zgetrf). `lu` (m x n) receives U and L's multipliers, `piv`
/// (min(m, n) entries) the 0-based row interchanges, as
/// `sciport_linalg_lu_factor`. A singular matrix is not an error.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (lu's
/// shape, piv_len != min(m, n)); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with
/// check_finite). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_lu_factor_complex(
    a: *const sciport_cmat,
    check_finite: bool,
    lu: *const sciport_cmat,
    piv: *mut i64,
    piv_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        lu_factor_into(a, check_finite, lu, piv, piv_len)
    })
}

/// `scipy.linalg.lu_solve((lu, piv), b, trans, check_finite)` for complex
/// factors from `sciport_linalg_lu_factor_complex`: solves `a x = b`
/// (trans 0), `aᵀ x = b` (1) or `aᴴ x = b` (2).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (lu not
/// square, piv_len != n, b's rows, x's shape); SCIPORT_ERR_INVALID_ARGUMENT
/// (trans, a pivot outside [0, n), NaN/Inf in b with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_lu_solve_complex(
    lu: *const sciport_cmat,
    piv: *const i64,
    piv_len: usize,
    b: *const sciport_cmat,
    trans: i32,
    check_finite: bool,
    x: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        lu_solve_into(lu, piv, piv_len, b, trans, check_finite, x)
    })
}

/// `scipy.linalg.lu(a, permute_l, check_finite, p_indices)` of a complex
/// m x n matrix: `a = P L U` with the outputs of `sciport_linalg_lu` (`p`,
/// `l`, `u` complex views; `p` is real-valued, as SciPy's).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, l, u); SCIPORT_ERR_DIMENSION_MISMATCH
/// (shapes, p_indices_len); SCIPORT_ERR_INVALID_ARGUMENT (p or p_indices
/// given with permute_l, NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_lu_complex(
    a: *const sciport_cmat,
    permute_l: bool,
    check_finite: bool,
    p: *const sciport_cmat,
    p_indices: *mut i64,
    p_indices_len: usize,
    l: *const sciport_cmat,
    u: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        lu_into(
            a,
            permute_l,
            check_finite,
            p,
            p_indices,
            p_indices_len,
            l,
            u,
        )
    })
}

/// `scipy.linalg.cho_factor(a, lower, check_finite)` of a complex Hermitian
/// positive-definite n x n `a` (only the triangle `lower` selects is read,
/// the diagonal's imaginary parts are ignored as by LAPACK's zpotrf):
/// `c` receives `L` (`a = L Lᴴ`) or `U` (`a = Uᴴ U`) in that triangle and
/// `a`'s entries in the other.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH;
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR ("k-th leading minor of the array is not positive
/// definite", k 1-based). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_cho_factor_complex(
    a: *const sciport_cmat,
    lower: bool,
    check_finite: bool,
    c: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        same_shape(a, c, "c", |am, out| {
            out.write(linalg::cho_factor(am, lower, check_finite)?.as_ref())
        })
    })
}

/// `scipy.linalg.cho_solve((c, lower), b, check_finite)` for a complex
/// factor from `sciport_linalg_cho_factor_complex`: solves `a x = b` (only
/// the triangle `lower` selects is read).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH;
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_cho_solve_complex(
    c: *const sciport_cmat,
    lower: bool,
    b: *const sciport_cmat,
    check_finite: bool,
    x: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        cho_solve_into(c, lower, b, check_finite, x)
    })
}

/// `scipy.linalg.cholesky(a, lower, check_finite)` of a complex Hermitian
/// positive-definite n x n `a`: `L` with `a = L Lᴴ` (lower) or `U` with
/// `a = Uᴴ U` (SciPy's default lower = false), zeros in the other triangle.
///
/// Errors: as `sciport_linalg_cho_factor_complex`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_cholesky_complex(
    a: *const sciport_cmat,
    lower: bool,
    check_finite: bool,
    c: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        same_shape(a, c, "c", |am, out| {
            out.write(linalg::cholesky(am, lower, check_finite)?.as_ref())
        })
    })
}

/// `scipy.linalg.qr(a, mode, pivoting, check_finite)` of a complex m x n
/// `a`, k = min(m, n), with the outputs of `sciport_linalg_qr`: modes
/// "full" (also "qr"; NULL = "full"), "economic" and "r"; `q` (unitary:
/// full m x m, economic m x k; NULL for "r"), `r` (full and r: m x n,
/// economic: k x n, real diagonal as LAPACK's zgeqrf gives it) and, with
/// `pivoting`, `a[:, p] = Q R` with `p` (p_len = n) the 0-based column order
/// (NULL without pivoting). Householder conventions are LAPACK's (zgeqrf /
/// zgeqp3, zungqr), so Q and R equal SciPy's to rounding.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, r, q for full/economic, p with
/// pivoting); SCIPORT_ERR_DIMENSION_MISMATCH (shapes, p_len);
/// SCIPORT_ERR_UNKNOWN_NAME (mode); SCIPORT_ERR_INVALID_ARGUMENT ("raw", q
/// given for "r", p given without pivoting, NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_qr_complex(
    a: *const sciport_cmat,
    mode: *const c_char,
    pivoting: bool,
    check_finite: bool,
    q: *const sciport_cmat,
    r: *const sciport_cmat,
    p: *mut i64,
    p_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        qr_into(a, mode, pivoting, check_finite, q, r, p, p_len)
    })
}

/// `scipy.linalg.svd(a, full_matrices, compute_uv, check_finite,
/// lapack_driver)` of a complex m x n `a`: `a = u diag(s) vh` with real
/// singular values `s` (s_len = k = min(m, n), descending) and unitary `u`
/// (m x m with full_matrices, else m x k) and `vh` (n x n or k x n). Both
/// `u` and `vh` NULL is compute_uv = false. lapack_driver NULL = "gesdd";
/// "gesvd" is accepted. Singular vectors are unique up to a unit factor
/// (u[:, i] and vh[i, :] change together); the phases may differ from
/// LAPACK's.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, s when k > 0, exactly one of u /
/// vh); SCIPORT_ERR_DIMENSION_MISMATCH (s_len, u's or vh's shape);
/// SCIPORT_ERR_UNKNOWN_NAME (lapack_driver); SCIPORT_ERR_INVALID_ARGUMENT
/// (NaN/Inf with check_finite). Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_svd_complex(
    a: *const sciport_cmat,
    full_matrices: bool,
    check_finite: bool,
    lapack_driver: *const c_char,
    s: *mut f64,
    s_len: usize,
    u: *const sciport_cmat,
    vh: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        svd_into(
            a,
            full_matrices,
            check_finite,
            lapack_driver,
            s,
            s_len,
            u,
            vh,
        )
    })
}

/// `scipy.linalg.svdvals(a, check_finite)` of a complex m x n matrix: the
/// min(m, n) real singular values, descending, into `s` (s_len = min(m, n)).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (s_len);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_svdvals_complex(
    a: *const sciport_cmat,
    check_finite: bool,
    s: *mut f64,
    s_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { svdvals_into(a, check_finite, s, s_len) })
}

/// `scipy.linalg.eigh(a, lower, eigvals_only, check_finite, subset_by_index,
/// subset_by_value, driver)` for a complex Hermitian n x n `a` (b = None;
/// only the triangle `options->lower` selects is read, without the
/// diagonal's imaginary parts): real eigenvalues ascending into `w[0..m)`,
/// orthonormal eigenvectors into the first `m` columns of `v` (n rows, at
/// least m columns; further columns untouched); `*m` = number found. `v`
/// NULL is eigvals_only; `w_len` = n is always enough; options as
/// `sciport_linalg_eigh`. Eigenvectors of distinct eigenvalues are unique
/// up to a unit factor; the phases may differ from LAPACK's.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, m, w when non-empty);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, v's rows, w_len or v's
/// columns smaller than the count found); SCIPORT_ERR_INVALID_ARGUMENT
/// (NaN/Inf with check_finite, invalid subset, both subsets, a subset with
/// driver ev/evd, a generalized driver gv/gvd/gvx); SCIPORT_ERR_UNKNOWN_NAME
/// (driver). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigh_complex(
    a: *const sciport_cmat,
    options: *const sciport_linalg_eigh_options,
    w: *mut f64,
    w_len: usize,
    v: *const sciport_cmat,
    m: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        eigh_into(a, options, w, w_len, v, m, linalg::eigh)
    })
}

/// `scipy.linalg.eigvalsh(a, lower, check_finite, subset_by_index,
/// subset_by_value, driver)` for a complex Hermitian `a`:
/// `sciport_linalg_eigh_complex` with eigvals_only.
///
/// Errors: as `sciport_linalg_eigh_complex`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigvalsh_complex(
    a: *const sciport_cmat,
    options: *const sciport_linalg_eigh_options,
    w: *mut f64,
    w_len: usize,
    m: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        eigh_into(a, options, w, w_len, std::ptr::null(), m, linalg::eigh)
    })
}

/// `scipy.linalg.eig(a, b, left, right, check_finite, homogeneous_eigvals)`
/// of a complex n x n `a`: eigenvalues `w` and eigenvectors with
/// `a vr[:, i] = w[i] vr[:, i]` and `vl[:, i]^H a = w[i] vl[:, i]^H`
/// (generalized with complex `b` when not NULL: `a vr = w b vr`,
/// `vl^H a = w vl^H b`). `vl` / `vr` NULL: not computed (SciPy's left /
/// right; its default is `vr` only). `w` layout as `sciport_linalg_eig`
/// (w_len = n; with `homogeneous_eigvals` 2n: alpha then beta, beta real
/// and >= 0). Eigenvectors have unit 2-norm and, for the standard problem,
/// their largest component real positive (zgeev's normalization); the
/// generalized ones are unique up to a unit factor (SciPy normalizes ggev's
/// vectors to unit norm only). The eigenvalues come in the order of the
/// complex Schur (QZ) form, which need not be LAPACK's; sort them when a
/// fixed order matters. An empty `a` gives empty results whatever `b` is.
/// Non-finite input fails even with `check_finite = false`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, w); SCIPORT_ERR_DIMENSION_MISMATCH
/// (a or b not square, b's shape, w_len, vl / vr shapes);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (the QR /
/// QZ iteration did not converge). Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_eig_complex(
    a: *const sciport_cmat,
    b: *const sciport_cmat,
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

/// `scipy.linalg.eigvals(a, b, check_finite, homogeneous_eigvals)` of a
/// complex `a`: the eigenvalues of `sciport_linalg_eig_complex` without
/// eigenvectors (same `w` layout, same errors). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigvals_complex(
    a: *const sciport_cmat,
    b: *const sciport_cmat,
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

/// `scipy.linalg.expm(a)`: the matrix exponential of a complex n x n `a`
/// into `expa` (n x n), by the same scaling and squaring algorithm as
/// `sciport_linalg_expm` (Al-Mohy and Higham 2009, SciPy's; triangular
/// input keeps its triangle and gets exact diagonals, diagonal input is
/// exponentiated entrywise). SciPy has no check_finite here: NaN or Inf in
/// `a` gives NaN + NaN i wherever the result can be nonzero, as SciPy's.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (a not
/// square, expa's shape). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_expm_complex(
    a: *const sciport_cmat,
    expa: *const sciport_cmat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { expm_into(a, expa) })
}
