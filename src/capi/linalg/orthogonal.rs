//! C face of the orthogonal factorizations and what rests on them: `qr`
//! (all modes, pivoting), `rq`, `lstsq`, `pinv`, `matrix_rank`,
//! `null_space`, `orth` and the matrix / vector norms.

use std::ffi::c_char;

use super::{dims, mat_borrow, require_len, MatOut, MatView};
use crate::capi::boundary::{
    deref, guard, opt_str, require_out, sciport_error, sciport_status, slice_out,
};
use crate::capi::views::{sciport_mat, sciport_vec, RawNd};
use crate::error::{Error, ErrorKind, Result};
use crate::linalg::{self, LstsqDriver, MatrixOrd, QrMode, RqMode};

/// SciPy's `None` for an optional float parameter is NaN here.
pub(super) fn nan_is_none(v: f64) -> Option<f64> {
    (!v.is_nan()).then_some(v)
}

/// Checks an optional output pointer is given exactly when `wanted`.
fn require_presence(present: bool, wanted: bool, name: &str, when: &str) -> Result<()> {
    match (present, wanted) {
        (false, true) => Err(Error::new(
            ErrorKind::NullPointer,
            format!("{name} must not be NULL when {when}"),
        )),
        (true, false) => Err(Error::invalid(format!("{name} must be NULL unless {when}"))),
        _ => Ok(()),
    }
}

/// Writes 0-based column indices into a checked `p` buffer.
fn write_indices(dst: &mut [i64], src: &[usize]) {
    for (d, &s) in dst.iter_mut().zip(src) {
        *d = s as i64;
    }
}

/// `scipy.linalg.qr(a, mode, pivoting, check_finite)` for modes "full"
/// (also "qr"; NULL = "full"), "economic" and "r", m x n `a`, k = min(m, n):
/// `q` receives Q (full: m x m, economic: m x k; must be NULL for "r"), `r`
/// receives R (full and r: m x n, economic: k x n). With `pivoting`,
/// `a[:, p] = Q R` and `p` (p_len = n) receives the 0-based column order
/// (`p` must be NULL without pivoting). Householder conventions are
/// LAPACK's (geqrf / geqp3), so Q and R equal SciPy's to rounding. Mode
/// "raw" is `sciport_linalg_qr_raw`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, r, q for full/economic, p with
/// pivoting); SCIPORT_ERR_DIMENSION_MISMATCH (shapes, p_len);
/// SCIPORT_ERR_UNKNOWN_NAME (mode); SCIPORT_ERR_INVALID_ARGUMENT ("raw", q
/// given for "r", p given without pivoting, NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_qr(
    a: *const sciport_mat,
    mode: *const c_char,
    pivoting: bool,
    check_finite: bool,
    q: *const sciport_mat,
    r: *const sciport_mat,
    p: *mut i64,
    p_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        qr_into(a, mode, pivoting, check_finite, q, r, p, p_len)
    })
}

/// Body of `sciport_linalg_qr` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_qr`.
#[allow(clippy::too_many_arguments)]
pub(super) unsafe fn qr_into<V: MatView>(
    a: *const V,
    mode: *const c_char,
    pivoting: bool,
    check_finite: bool,
    q: *const V,
    r: *const V,
    p: *mut i64,
    p_len: usize,
) -> Result<()> {
    let mode = QrMode::parse(opt_str(mode, "mode")?)?;
    if mode == QrMode::Raw {
        return Err(Error::invalid(
            "mode: \"raw\" returns reflectors and tau: call sciport_linalg_qr_raw",
        ));
    }
    let (m, n) = dims(a, "a")?;
    let k = m.min(n);
    require_presence(
        !q.is_null(),
        mode != QrMode::R,
        "q",
        "mode is \"full\" or \"economic\"",
    )?;
    let p_out = pivot_out(p, p_len, n, pivoting)?;
    let (q_cols, r_rows) = match mode {
        QrMode::Economic => (k, k),
        _ => (m, m),
    };
    let q_out = MatOut::optional(q, m, q_cols, "q")?;
    let r_out = MatOut::new(r, r_rows, n, "r")?;
    let am = mat_borrow(a, "a")?;
    let f = linalg::qr(am.as_ref(), mode, pivoting, check_finite)?;
    if let (Some(o), Some(qm)) = (&q_out, &f.q) {
        o.write(qm.as_ref())?;
    }
    r_out.write(f.r.as_ref())?;
    if let (Some(dst), Some(perm)) = (p_out, &f.p) {
        write_indices(dst, perm);
    }
    Ok(())
}

/// The checked pivot output: required (length n) exactly when pivoting.
///
/// # Safety
/// `p` is NULL or points to `p_len` writable values.
unsafe fn pivot_out<'a>(
    p: *mut i64,
    p_len: usize,
    n: usize,
    pivoting: bool,
) -> Result<Option<&'a mut [i64]>> {
    require_presence(
        !p.is_null() || (pivoting && n == 0),
        pivoting,
        "p",
        "pivoting",
    )?;
    if !pivoting {
        return Ok(None);
    }
    require_len(p_len, n, "p")?;
    Ok(Some(slice_out(p, p_len, "p")?))
}

/// `scipy.linalg.qr(a, mode='raw', pivoting, check_finite)`: LAPACK geqrf's
/// (geqp3's with pivoting) packed output. `h` (m x n) receives R on and above
/// the diagonal and the Householder vectors below it (unit leading entry
/// implied); `tau` (tau_len = min(m, n)) the scalars of
/// `H_i = I - tau[i] v_i v_iᵀ`, `Q = H_0 ⋯ H_{k-1}`; `r` (may be NULL) R as
/// k x n; `p` as in `sciport_linalg_qr`.
///
/// Errors: as `sciport_linalg_qr` (tau_len for the length check).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_qr_raw(
    a: *const sciport_mat,
    pivoting: bool,
    check_finite: bool,
    h: *const sciport_mat,
    tau: *mut f64,
    tau_len: usize,
    r: *const sciport_mat,
    p: *mut i64,
    p_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (m, n) = dims(a, "a")?;
        let k = m.min(n);
        require_len(tau_len, k, "tau")?;
        let tau_out = slice_out(tau, tau_len, "tau")?;
        let p_out = pivot_out(p, p_len, n, pivoting)?;
        let h_out = MatOut::new(h, m, n, "h")?;
        let r_out = MatOut::optional(r, k, n, "r")?;
        let am = mat_borrow(a, "a")?;
        let f = linalg::qr(am.as_ref(), QrMode::Raw, pivoting, check_finite)?;
        let (hm, t) = f.raw.expect("raw mode keeps the reflectors");
        h_out.write(hm.as_ref())?;
        tau_out.copy_from_slice(&t);
        if let Some(o) = &r_out {
            o.write(f.r.as_ref())?;
        }
        if let (Some(dst), Some(perm)) = (p_out, &f.p) {
            write_indices(dst, perm);
        }
        Ok(())
    })
}

/// `scipy.linalg.rq(a, mode, check_finite)`: `a = R Q` for m x n `a`,
/// k = min(m, n), R upper trapezoidal (zero where j - i < n - m). Modes
/// "full" (NULL): R m x n, Q n x n; "economic": R m x k, Q k x n; "r": R
/// only (m x n; `q` must be NULL). Factors equal SciPy's (LAPACK gerqf
/// conventions) to rounding.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, r, q unless "r");
/// SCIPORT_ERR_DIMENSION_MISMATCH (shapes); SCIPORT_ERR_UNKNOWN_NAME (mode);
/// SCIPORT_ERR_INVALID_ARGUMENT (q given for "r", NaN/Inf with
/// check_finite). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_rq(
    a: *const sciport_mat,
    mode: *const c_char,
    check_finite: bool,
    r: *const sciport_mat,
    q: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let mode = RqMode::parse(opt_str(mode, "mode")?)?;
        let (m, n) = dims(a, "a")?;
        let k = m.min(n);
        require_presence(
            !q.is_null(),
            mode != RqMode::R,
            "q",
            "mode is \"full\" or \"economic\"",
        )?;
        let rc = if mode == RqMode::Economic { k } else { n };
        let r_out = MatOut::new(r, m, rc, "r")?;
        let q_out = MatOut::optional(q, rc, n, "q")?;
        let am = mat_borrow(a, "a")?;
        let f = linalg::rq(am.as_ref(), mode, check_finite)?;
        r_out.write(f.r.as_ref())?;
        if let (Some(o), Some(qm)) = (&q_out, &f.q) {
            o.write(qm.as_ref())?;
        }
        Ok(())
    })
}

/// `scipy.linalg.lstsq(a, b, cond, check_finite, lapack_driver)`: the
/// minimum-norm x (n x nrhs) minimising ‖b - a x‖₂ for m x n `a`, m x nrhs
/// `b`, singular values ≤ cond·s[0] treated as zero (`cond` NaN = SciPy's
/// None = machine epsilon). Outputs, each may be NULL except x:
/// `residues` (residues_len = nrhs) with `*n_residues` = nrhs when m > n,
/// the rank is n and the driver is not "gelsy" (squared residual norms; for n = 0 the squared norms of b's
/// columns), else 0 as SciPy's empty array; `*rank`; `s` (s_len = min(m, n))
/// the singular values, descending. lapack_driver NULL = "gelsd"; "gelss" and
/// "gelsy" are accepted and solve the same way (QR when the rank is full,
/// else the SVD; gelsy's rank then follows the singular-value rule rather
/// than LAPACK's incremental condition estimate, and `s` is filled though
/// SciPy returns None for it).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, b, x); SCIPORT_ERR_DIMENSION_MISMATCH
/// (b's rows "Shape mismatch: a and b should have the same number of rows",
/// x's shape, residues_len, s_len); SCIPORT_ERR_UNKNOWN_NAME (lapack_driver);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR (SVD did not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_lstsq(
    a: *const sciport_mat,
    b: *const sciport_mat,
    cond: f64,
    check_finite: bool,
    lapack_driver: *const c_char,
    x: *const sciport_mat,
    residues: *mut f64,
    residues_len: usize,
    n_residues: *mut usize,
    rank: *mut usize,
    s: *mut f64,
    s_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let driver = LstsqDriver::parse(opt_str(lapack_driver, "lapack_driver")?)?;
        let (m, n) = dims(a, "a")?;
        let (_, nrhs) = dims(b, "b")?;
        let x_out = MatOut::new(x, n, nrhs, "x")?;
        let res_out = optional_slice(residues, residues_len, nrhs, "residues")?;
        let s_out = optional_slice(s, s_len, m.min(n), "s")?;
        let am = mat_borrow(a, "a")?;
        let bmat = mat_borrow(b, "b")?;
        let sol = linalg::lstsq(
            am.as_ref(),
            bmat.as_ref(),
            nan_is_none(cond),
            driver,
            check_finite,
        )?;
        x_out.write(sol.x.as_ref())?;
        if let Some(dst) = res_out {
            dst[..sol.residues.len()].copy_from_slice(&sol.residues);
        }
        if !n_residues.is_null() {
            n_residues.write(sol.residues.len());
        }
        if !rank.is_null() {
            rank.write(sol.rank);
        }
        if let Some(dst) = s_out {
            dst.copy_from_slice(&sol.s);
        }
        Ok(())
    })
}

/// An optional output buffer: NULL = not wanted, else exactly `want` long.
///
/// # Safety
/// `p` is NULL or points to `len` writable values.
unsafe fn optional_slice<'a>(
    p: *mut f64,
    len: usize,
    want: usize,
    name: &str,
) -> Result<Option<&'a mut [f64]>> {
    if p.is_null() {
        return Ok(None);
    }
    require_len(len, want, name)?;
    Ok(Some(slice_out(p, len, name)?))
}

/// `scipy.linalg.pinv(a, atol, rtol, return_rank, check_finite)`: the n x m
/// pseudo-inverse of m x n `a` into `apinv`, keeping the singular values
/// greater than atol + rtol·s_max; `atol` NaN = SciPy's None (0), `rtol` NaN
/// = None (max(m, n)·eps). `rank` (may be NULL) receives the number kept.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, apinv); SCIPORT_ERR_DIMENSION_MISMATCH
/// (apinv's shape); SCIPORT_ERR_INVALID_ARGUMENT ("atol and rtol values must
/// be positive.", NaN/Inf with check_finite); SCIPORT_ERR_SINGULAR (SVD did
/// not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_pinv(
    a: *const sciport_mat,
    atol: f64,
    rtol: f64,
    check_finite: bool,
    apinv: *const sciport_mat,
    rank: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (m, n) = dims(a, "a")?;
        let out = MatOut::new(apinv, n, m, "apinv")?;
        let am = mat_borrow(a, "a")?;
        let (pi, r) = linalg::pinv(
            am.as_ref(),
            nan_is_none(atol),
            nan_is_none(rtol),
            check_finite,
        )?;
        out.write(pi.as_ref())?;
        if !rank.is_null() {
            rank.write(r);
        }
        Ok(())
    })
}

/// `numpy.linalg.matrix_rank(a, tol)`: the number of singular values of `a`
/// greater than `tol` (NaN = NumPy's default s_max·max(m, n)·eps).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, rank); SCIPORT_ERR_INVALID_ARGUMENT
/// (NaN/Inf with check_finite); SCIPORT_ERR_SINGULAR (SVD did not converge).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_matrix_rank(
    a: *const sciport_mat,
    tol: f64,
    check_finite: bool,
    rank: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        require_out(rank, "rank")?;
        let am = mat_borrow(a, "a")?;
        rank.write(linalg::matrix_rank(
            am.as_ref(),
            nan_is_none(tol),
            check_finite,
        )?);
        Ok(())
    })
}

/// Writes a basis whose column count is known only after the computation
/// into the leading columns of `out` (which has `rows` rows and at least that
/// many columns), and the count into `*ncols`.
///
/// # Safety
/// `out` is NULL or a valid writable view; `ncols` NULL or writable.
unsafe fn basis_into(
    out: *const sciport_mat,
    rows: usize,
    ncols: *mut usize,
    compute: impl FnOnce() -> Result<faer::Mat<f64>>,
) -> Result<()> {
    require_out(ncols, "ncols")?;
    let view = *deref(out, "q")?;
    let out = MatOut::new(out, rows, view.ncols, "q")?;
    let basis = compute()?;
    if basis.ncols() > view.ncols {
        return Err(Error::dimension(format!(
            "q: the basis has {} columns but q has {}",
            basis.ncols(),
            view.ncols
        )));
    }
    out.write(basis.as_ref())?;
    ncols.write(basis.ncols());
    Ok(())
}

/// `scipy.linalg.null_space(a, rcond, check_finite)`: an orthonormal basis
/// of the null space of m x n `a` into the first `*ncols` columns of `q`
/// (n rows; n columns are always enough; further columns untouched), the
/// rank counting singular values > rcond·s_max (`rcond` NaN = SciPy's None =
/// max(m, n)·eps). The basis is unique up to an orthogonal change of basis;
/// it may differ from LAPACK's by one.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, q, ncols);
/// SCIPORT_ERR_DIMENSION_MISMATCH (q's rows, too few columns);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR (SVD did not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_null_space(
    a: *const sciport_mat,
    rcond: f64,
    check_finite: bool,
    q: *const sciport_mat,
    ncols: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (_, n) = dims(a, "a")?;
        let am = mat_borrow(a, "a")?;
        basis_into(q, n, ncols, || {
            linalg::null_space(am.as_ref(), nan_is_none(rcond), check_finite)
        })
    })
}

/// `scipy.linalg.orth(a, rcond)`: an orthonormal basis of the range of m x n
/// `a` into the first `*ncols` columns of `q` (m rows; min(m, n) columns are
/// always enough), rank as in `sciport_linalg_null_space`. As SciPy, NaN/Inf
/// input is always rejected.
///
/// Errors: as `sciport_linalg_null_space`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_orth(
    a: *const sciport_mat,
    rcond: f64,
    q: *const sciport_mat,
    ncols: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (m, _) = dims(a, "a")?;
        let am = mat_borrow(a, "a")?;
        basis_into(q, m, ncols, || {
            linalg::orth(am.as_ref(), nan_is_none(rcond))
        })
    })
}

/// `scipy.linalg.norm(a, ord, check_finite)` of a matrix: `ord` "fro" (NULL,
/// SciPy's default), "nuc", "1", "-1", "2", "-2", "inf" or "-inf", as
/// NumPy defines them.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, out); SCIPORT_ERR_UNKNOWN_NAME (ord);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite; a min over
/// no rows or columns, as NumPy's "zero-size array" error; a max over
/// none is 0).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_norm(
    a: *const sciport_mat,
    ord: *const c_char,
    check_finite: bool,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let ord = MatrixOrd::parse(opt_str(ord, "ord")?)?;
        require_out(out, "out")?;
        let am = mat_borrow(a, "a")?;
        out.write(linalg::matrix_norm(am.as_ref(), ord, check_finite)?);
        Ok(())
    })
}

/// `scipy.linalg.norm(x, ord, check_finite)` of a vector: `ord` 2 (SciPy's
/// default), INFINITY (max |x_i|), -INFINITY (min |x_i|), 0 (count of
/// nonzeros) or any other p: (Σ|x_i|^p)^(1/p).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (x, out); SCIPORT_ERR_INVALID_ARGUMENT
/// (ord NaN, NaN/Inf in x with check_finite, -INFINITY on an empty x, NumPy's "zero-size array" error; INFINITY
/// on an empty x is 0).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_vector_norm(
    x: *const sciport_vec,
    ord: f64,
    check_finite: bool,
    out: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        require_out(out, "out")?;
        let values = vec_in(x, "x")?;
        out.write(linalg::vector_norm(&values, ord, check_finite)?);
        Ok(())
    })
}

/// Copies a validated vector view.
///
/// # Safety
/// `p` is NULL or a valid view whose elements are readable.
pub(super) unsafe fn vec_in(p: *const sciport_vec, name: &str) -> Result<Vec<f64>> {
    let v = deref(p, name)?;
    let raw = RawNd::from_parts(v.data, 1, &v.len, &v.stride, name)?;
    raw.view()?.map_to_c_order(|&e| e)
}
