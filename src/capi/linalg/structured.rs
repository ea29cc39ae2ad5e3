//! C face of the structured solvers (`solve_banded`, `solveh_banded`,
//! `solve_toeplitz`, `solve_circulant`) and the special-matrix builders
//! (`toeplitz`, `circulant`, `hilbert`, `kron`, `block_diag`).

use std::ffi::c_char;

use super::orthogonal::{nan_is_none, vec_in};
use super::{dims, mat_borrow, InMat, MatOut};
use crate::capi::boundary::{guard, opt_str, sciport_error, sciport_status, slice_in};
use crate::capi::views::{sciport_mat, sciport_vec};
use crate::error::Result;
use crate::linalg::{self, CirculantSingular};

/// Reads an optional vector view (NULL = SciPy's None).
///
/// # Safety
/// As for `vec_in`.
unsafe fn opt_vec_in(p: *const sciport_vec, name: &str) -> Result<Option<Vec<f64>>> {
    if p.is_null() {
        Ok(None)
    } else {
        vec_in(p, name).map(Some)
    }
}

/// Checks `x` has `b`'s shape, borrows `b`, solves with `body` and writes x.
///
/// # Safety
/// As for `mat_borrow` (b) and `MatOut::new` (x).
unsafe fn solve_into(
    b: *const sciport_mat,
    x: *const sciport_mat,
    body: impl FnOnce(faer::MatRef<'_, f64>) -> Result<faer::Mat<f64>>,
) -> Result<()> {
    let (bm, bk) = dims(b, "b")?;
    let out = MatOut::new(x, bm, bk, "x")?;
    let bv = mat_borrow(b, "b")?;
    let sol = body(bv.as_ref())?;
    out.write(sol.as_ref())
}

/// `scipy.linalg.solve_banded((l, u), ab, b, check_finite)`: solves
/// `a x = b` for the n x n band matrix with `l` subdiagonals and `u`
/// superdiagonals stored in the (l + u + 1) x n `ab` as
/// `ab[u + i - j, j] == a[i, j]` (LAPACK's diagonal-ordered form; the unused
/// corners of `ab` are not read), for n x k `b` (a single right-hand side
/// is n x 1); `x` is n x k. Band LU with partial pivoting (LAPACK gbsv's
/// order, also for l = u = 1 where SciPy calls gtsv). As SciPy, a 1 x 1
/// system divides by `ab[u, 0]` with no singularity check.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (ab, b, x); SCIPORT_ERR_DIMENSION_MISMATCH
/// ("shapes of ab and b are not compatible", l + u + 1 != ab's rows, x's
/// shape); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite); SCIPORT_ERR_SINGULAR ("singular matrix": a zero pivot).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_banded(
    l: usize,
    u: usize,
    ab: *const sciport_mat,
    b: *const sciport_mat,
    check_finite: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let abv = mat_borrow(ab, "ab")?;
        solve_into(b, x, |bv| {
            linalg::solve_banded(l, u, abv.as_ref(), bv, check_finite)
        })
    })
}

/// `scipy.linalg.solveh_banded(ab, b, lower, check_finite)`: solves
/// `a x = b` for the symmetric positive definite n x n band matrix with kd
/// off-diagonals stored in the (kd + 1) x n `ab`: upper form (SciPy's
/// default) `ab[kd + i - j, j] == a[i, j]` for i ≤ j, lower form
/// (`lower`) `ab[i - j, j] == a[i, j]` for i ≥ j. `b` and `x` are n x k.
/// Band Cholesky (pbsv; for kd = 1 SciPy's ptsv gives the same solution).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH
/// ("shapes of ab and b are not compatible", x's shape, ab with no rows);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR ("<k>th leading minor not positive definite", k
/// 1-based as SciPy). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solveh_banded(
    ab: *const sciport_mat,
    b: *const sciport_mat,
    lower: bool,
    check_finite: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let abv = mat_borrow(ab, "ab")?;
        solve_into(b, x, |bv| {
            linalg::solveh_banded(abv.as_ref(), bv, lower, check_finite)
        })
    })
}

/// `scipy.linalg.solve_toeplitz((c, r), b, check_finite)`: solves `T x = b`
/// for the n x n Toeplitz matrix with first column `c` and first row `r`
/// (`r` NULL = SciPy's `solve_toeplitz(c, b)`: r = c, symmetric; r[0] is
/// ignored), n x k `b` into n x k `x`, by Levinson recursion (O(n²) per
/// column). Like SciPy's, the recursion needs every leading principal
/// minor nonsingular, even when T itself is not singular.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (c, b, x); SCIPORT_ERR_DIMENSION_MISMATCH
/// ("Incompatible dimensions": lengths of c, r and b's rows differ; x's
/// shape); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR ("Singular principal minor").
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_toeplitz(
    c: *const sciport_vec,
    r: *const sciport_vec,
    b: *const sciport_mat,
    check_finite: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let cv = vec_in(c, "c")?;
        let rv = opt_vec_in(r, "r")?;
        solve_into(b, x, |bv| {
            linalg::solve_toeplitz(&cv, rv.as_deref(), bv, check_finite)
        })
    })
}

/// `scipy.linalg.solve_circulant(c, b, singular, tol)`: solves `C x = b`
/// for the n x n circulant matrix with first column `c` (`circulant(c)`),
/// n x k `b` into n x k `x`, dividing by C's eigenvalues fft(c). An
/// eigenvalue with |λ| ≤ tol (`tol` NaN = SciPy's None = max|λ|·n·eps) makes
/// `singular` "raise" (NULL, SciPy's default) fail, "lstsq" return the
/// least-squares solution. SciPy's caxis / baxis / outaxis batching is the
/// caller's loop; b's columns are solved together.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (c, b, x); SCIPORT_ERR_DIMENSION_MISMATCH
/// ("Shapes of c and b are incompatible", x's shape);
/// SCIPORT_ERR_UNKNOWN_NAME (singular); SCIPORT_ERR_SINGULAR ("near
/// singular circulant matrix."). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_circulant(
    c: *const sciport_vec,
    b: *const sciport_mat,
    singular: *const c_char,
    tol: f64,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let mode = CirculantSingular::parse(opt_str(singular, "singular")?)?;
        let cv = vec_in(c, "c")?;
        solve_into(b, x, |bv| {
            linalg::solve_circulant(&cv, bv, mode, nan_is_none(tol))
        })
    })
}

/// `scipy.linalg.toeplitz(c, r)`: the len(c) x len(r) Toeplitz matrix with
/// first column `c` and first row `r` (r[0] ignored) into `out`; `r` NULL =
/// SciPy's `toeplitz(c)` (r = c: square and symmetric).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (c, out); SCIPORT_ERR_DIMENSION_MISMATCH
/// (out's shape). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_toeplitz(
    c: *const sciport_vec,
    r: *const sciport_vec,
    out: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let cv = vec_in(c, "c")?;
        let rv = opt_vec_in(r, "r")?;
        let ncols = rv.as_ref().map_or(cv.len(), Vec::len);
        let o = MatOut::new(out, cv.len(), ncols, "out")?;
        o.write(linalg::toeplitz(&cv, rv.as_deref()).as_ref())
    })
}

/// `scipy.linalg.circulant(c)`: the n x n circulant matrix with first
/// column `c` (column j is c rotated down by j) into `out`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (c, out); SCIPORT_ERR_DIMENSION_MISMATCH
/// (out's shape). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_circulant(
    c: *const sciport_vec,
    out: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let cv = vec_in(c, "c")?;
        let o = MatOut::new(out, cv.len(), cv.len(), "out")?;
        o.write(linalg::circulant(&cv).as_ref())
    })
}

/// `scipy.linalg.hilbert(n)`: the n x n Hilbert matrix, h[i, j] =
/// 1 / (i + j + 1) (0-based), into `out`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (out); SCIPORT_ERR_DIMENSION_MISMATCH
/// (out not n x n). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_hilbert(
    n: usize,
    out: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let o = MatOut::new(out, n, n, "out")?;
        o.write(linalg::hilbert(n).as_ref())
    })
}

/// `scipy.linalg.kron(a, b)`: the Kronecker product, (ma·mb) x (na·nb),
/// block (i, j) = a[i, j]·b, into `out`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, b, out);
/// SCIPORT_ERR_DIMENSION_MISMATCH (out's shape; the product's size
/// overflowing size_t). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_kron(
    a: *const sciport_mat,
    b: *const sciport_mat,
    out: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (ma, na) = dims(a, "a")?;
        let (mb, nb) = dims(b, "b")?;
        let rows = ma.checked_mul(mb);
        let cols = na.checked_mul(nb);
        let (Some(rows), Some(cols)) = (rows, cols) else {
            return Err(crate::error::Error::dimension(
                "kron: the product's shape overflows size_t",
            ));
        };
        let o = MatOut::new(out, rows, cols, "out")?;
        let (av, bv) = (mat_borrow(a, "a")?, mat_borrow(b, "b")?);
        o.write(linalg::kron(av.as_ref(), bv.as_ref()).as_ref())
    })
}

/// `scipy.linalg.block_diag(*arrs)`: the `count` matrices of `blocks` on
/// the diagonal of `out` (sum of rows x sum of columns), zeros elsewhere.
/// Blocks may have zero rows or columns (they shift the following blocks,
/// as SciPy's); `count` 0 gives SciPy's 1 x 0 result (`blocks` may then be
/// NULL). A 1-D array is SciPy's 1 x n row block.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (blocks with count > 0, out);
/// SCIPORT_ERR_DIMENSION_MISMATCH (out's shape). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_block_diag(
    blocks: *const sciport_mat,
    count: usize,
    out: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let views = slice_in(blocks, count, "blocks")?;
        let borrowed = views
            .iter()
            .enumerate()
            .map(|(i, v)| mat_borrow(v, &format!("blocks[{i}]")))
            .collect::<Result<Vec<InMat<'_>>>>()?;
        let refs: Vec<_> = borrowed.iter().map(InMat::as_ref).collect();
        let (m, n) = linalg::block_diag_shape(refs.iter().map(|r| r.shape()));
        let o = MatOut::new(out, m, n, "out")?;
        o.write(linalg::block_diag(&refs).as_ref())
    })
}
