//! C face of `scipy.linalg` (real double matrices): solvers, LU, Cholesky,
//! inverse, determinant, SVD and the symmetric eigenproblem on `sciport_mat`
//! views of any layout (row-major, column-major, sub-views, negative strides).
//!
//! Every function copies its inputs before writing any output, so an output
//! view may overlap an input (in-place use). Outputs are written only on
//! success.

use std::ffi::c_char;
use std::mem::offset_of;

use crate::capi::boundary::{
    deref, guard, opt_str, read_options, require_out, sciport_error, sciport_status, slice_in,
    slice_out,
};
use crate::capi::views::{sciport_cmat, sciport_mat, RawNd};
use crate::error::{Error, Result};
use crate::linalg::common::{copy_tiled, Scalar};
use crate::linalg::{self, AssumeA, EighOptions, EighResult, SolveOptions, Trans};
use faer::{c64, Mat, MatRef};

mod eig;
pub use eig::*;

mod decomp;
pub use decomp::*;

mod orthogonal;
pub use orthogonal::*;

mod structured;
pub use structured::*;

mod schur;
pub use schur::*;

mod matfuncs;
pub use matfuncs::*;

mod complex;
pub use complex::*;

/// A C matrix view type (`sciport_mat`, `sciport_cmat`) and the faer
/// element it holds (`sciport_complex` is `repr(C) {re, im}`, the layout of
/// `c64`, so its data pointer is read as `c64`).
trait MatView {
    type Elem: Scalar;
    /// (data, nrows, ncols, row_stride, col_stride).
    fn parts(&self) -> (*mut Self::Elem, usize, usize, isize, isize);
}

impl MatView for sciport_mat {
    type Elem = f64;
    fn parts(&self) -> (*mut f64, usize, usize, isize, isize) {
        (
            self.data,
            self.nrows,
            self.ncols,
            self.row_stride,
            self.col_stride,
        )
    }
}

impl MatView for sciport_cmat {
    type Elem = c64;
    fn parts(&self) -> (*mut c64, usize, usize, isize, isize) {
        (
            self.data.cast::<c64>(),
            self.nrows,
            self.ncols,
            self.row_stride,
            self.col_stride,
        )
    }
}

/// Reads a matrix view into an owned column-major copy (tiled, so
/// row-major sources are read along their rows).
///
/// # Safety
/// `p` is NULL or a valid view whose elements are readable.
unsafe fn mat_in<V: MatView>(p: *const V, name: &str) -> Result<Mat<V::Elem>> {
    let src = mat_borrow(p, name)?;
    let src = src.as_ref();
    let mut out = Mat::<V::Elem>::zeros(src.nrows(), src.ncols());
    copy_tiled(src, out.as_mut());
    Ok(out)
}

/// A read-only input: borrowed in place (no copy) when it has elements.
enum InMat<'a, T = f64> {
    Borrowed(MatRef<'a, T>),
    Empty(Mat<T>),
}

impl<T> InMat<'_, T> {
    fn as_ref(&self) -> MatRef<'_, T> {
        match self {
            InMat::Borrowed(m) => *m,
            InMat::Empty(m) => m.as_ref(),
        }
    }
}

/// Borrows a validated matrix view as a faer matrix over the caller's memory.
///
/// # Safety
/// `p` is NULL or a valid view whose elements are readable and not written
/// while the borrow lives (outputs are written only after inputs are used).
unsafe fn mat_borrow<'a, V: MatView>(p: *const V, name: &str) -> Result<InMat<'a, V::Elem>> {
    raw_mat(p, name)?;
    let (data, m, n, rs, cs) = deref(p, name)?.parts();
    if m == 0 || n == 0 {
        return Ok(InMat::Empty(Mat::zeros(m, n)));
    }
    Ok(InMat::Borrowed(MatRef::from_raw_parts(data, m, n, rs, cs)))
}

/// Validates a matrix view's layout (NULL data, sizes, address range).
///
/// # Safety
/// As for `mat_in`.
unsafe fn raw_mat<V: MatView>(p: *const V, name: &str) -> Result<RawNd<V::Elem>> {
    let (data, m, n, rs, cs) = deref(p, name)?.parts();
    let shape = [m, n];
    let strides = [rs, cs];
    RawNd::from_parts(data, 2, shape.as_ptr(), strides.as_ptr(), name)
}

/// An output view checked against its required shape before any work.
struct MatOut<T = f64> {
    raw: RawNd<T>,
    data: *mut T,
    row_stride: isize,
    col_stride: isize,
    name: &'static str,
}

impl<T: Scalar> MatOut<T> {
    /// Checks `p` is a non-NULL `nrows x ncols` view that addresses each
    /// element once.
    ///
    /// # Safety
    /// `p` is NULL or a valid view whose elements are writable.
    unsafe fn new<V: MatView<Elem = T>>(
        p: *const V,
        nrows: usize,
        ncols: usize,
        name: &'static str,
    ) -> Result<Self> {
        let (data, m, n, row_stride, col_stride) = deref(p, name)?.parts();
        if m != nrows || n != ncols {
            return Err(Error::dimension(format!(
                "{name}: expected a {nrows}x{ncols} output view, got {m}x{n}"
            )));
        }
        let raw = raw_mat(p, name)?;
        raw.view_mut(name)?;
        Ok(MatOut {
            raw,
            data,
            row_stride,
            col_stride,
            name,
        })
    }

    /// Like `new` but NULL is allowed (the output is not wanted).
    ///
    /// # Safety
    /// As for `new`.
    unsafe fn optional<V: MatView<Elem = T>>(
        p: *const V,
        nrows: usize,
        ncols: usize,
        name: &'static str,
    ) -> Result<Option<Self>> {
        if p.is_null() {
            Ok(None)
        } else {
            Self::new(p, nrows, ncols, name).map(Some)
        }
    }

    /// Writes the leading `src.ncols()` columns of the view from `src`.
    ///
    /// # Safety
    /// The view's memory is not borrowed elsewhere.
    unsafe fn write(&self, src: MatRef<'_, T>) -> Result<()> {
        // Re-checks that the output addresses each element once.
        self.raw.view_mut(self.name)?;
        if src.nrows() == 0 || src.ncols() == 0 {
            return Ok(());
        }
        let dst = faer::MatMut::from_raw_parts_mut(
            self.data,
            src.nrows(),
            src.ncols(),
            self.row_stride,
            self.col_stride,
        );
        copy_tiled(src, dst);
        Ok(())
    }

    /// Writes `value(i, j)` to each element of the leading `shape` block, in
    /// the view's memory order (rows outer when rows are the longer step).
    ///
    /// # Safety
    /// The view's memory is not borrowed elsewhere.
    unsafe fn fill_with(
        &self,
        shape: (usize, usize),
        value: impl Fn(usize, usize) -> T,
    ) -> Result<()> {
        self.raw.view_mut(self.name)?;
        let (m, n) = shape;
        let view = self.raw.shape();
        if m > view[0] || n > view[1] {
            return Err(Error::new(
                crate::error::ErrorKind::Internal,
                format!("{}: {m}x{n} block outside the view", self.name),
            ));
        }
        let at = |i: usize, j: usize| i as isize * self.row_stride + j as isize * self.col_stride;
        if self.row_stride.abs() >= self.col_stride.abs() {
            for i in 0..m {
                for j in 0..n {
                    *self.data.offset(at(i, j)) = value(i, j);
                }
            }
        } else {
            for j in 0..n {
                for i in 0..m {
                    *self.data.offset(at(i, j)) = value(i, j);
                }
            }
        }
        Ok(())
    }
}

/// The number of rows and columns of a view (after a NULL check).
///
/// # Safety
/// `p` is NULL or points to a `sciport_mat` / `sciport_cmat`.
unsafe fn dims<V: MatView>(p: *const V, name: &str) -> Result<(usize, usize)> {
    let (_, m, n, _, _) = deref(p, name)?.parts();
    Ok((m, n))
}

/// Shared body of the functions whose output has `a`'s shape: checks the
/// output view, borrows `a` (the core has read it, or copied it, before any
/// output is written, so the output may overlap it) and lets `body` compute
/// and write. For cores that copy `a` into column-major form first, so that
/// every layout of `a` gives the same bits.
///
/// # Safety
/// As for `mat_borrow` (a) and `MatOut::new` (out).
unsafe fn same_shape<V: MatView>(
    a: *const V,
    out: *const V,
    out_name: &'static str,
    body: impl FnOnce(MatRef<'_, V::Elem>, &MatOut<V::Elem>) -> Result<()>,
) -> Result<()> {
    let (m, n) = dims(a, "a")?;
    let out = MatOut::new(out, m, n, out_name)?;
    let am = mat_borrow(a, "a")?;
    body(am.as_ref(), &out)
}

/// Checks an output buffer of `len` values has exactly `want` entries.
pub(super) fn require_len(len: usize, want: usize, name: &str) -> Result<()> {
    if len != want {
        return Err(Error::dimension(format!(
            "{name}: expected length {want}, got {len}"
        )));
    }
    Ok(())
}

/// Options of `sciport_linalg_solve`, mirroring `scipy.linalg.solve`'s
/// keywords. Get SciPy's defaults from `sciport_linalg_solve_options_default()`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_linalg_solve_options {
    /// sizeof(sciport_linalg_solve_options); lets the struct grow compatibly.
    pub struct_size: usize,
    /// "gen"/"general", "sym"/"symmetric", "her"/"hermitian",
    /// "pos"/"positive definite", "diagonal", "upper triangular",
    /// "lower triangular", "tridiagonal" or "banded"; NULL = "gen".
    pub assume_a: *const c_char,
    /// For sym/her/pos: read the lower triangle of `a` (default false: upper).
    pub lower: bool,
    /// Solve `aᵀ x = b` (default false).
    pub transposed: bool,
    /// Reject NaN/Inf inputs (default true).
    pub check_finite: bool,
}

const SOLVE_FIELD_STARTS: [usize; 4] = [
    offset_of!(sciport_linalg_solve_options, assume_a),
    offset_of!(sciport_linalg_solve_options, lower),
    offset_of!(sciport_linalg_solve_options, transposed),
    offset_of!(sciport_linalg_solve_options, check_finite),
];

/// SciPy's defaults for `solve`: assume_a NULL ("gen"), lower false,
/// transposed false, check_finite true.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_options_default() -> sciport_linalg_solve_options {
    sciport_linalg_solve_options {
        struct_size: std::mem::size_of::<sciport_linalg_solve_options>(),
        assume_a: std::ptr::null(),
        lower: false,
        transposed: false,
        check_finite: true,
    }
}

/// `scipy.linalg.solve(a, b, lower, check_finite, assume_a, transposed)`:
/// solves `a x = b` for square `a` (n x n) and `b` (n x k) into `x` (n x k).
/// `rcond` (may be NULL) receives LAPACK's reciprocal 1-norm condition
/// estimate; SciPy's LinAlgWarning "Ill-conditioned matrix" corresponds to
/// `*rcond < DBL_EPSILON` and is not an error. `options` NULL = defaults.
/// sym/her/pos read only the triangle `lower` selects; triangular kinds only
/// their triangle; tridiagonal only the three central diagonals. A 1 x 1 `a`
/// is solved as `b / a` whatever assume_a says (SciPy 1.17's shortcut;
/// rcond 1).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, b, x); SCIPORT_ERR_DIMENSION_MISMATCH
/// (a not square, b's rows, x's shape); SCIPORT_ERR_UNKNOWN_NAME (assume_a);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite, struct_size);
/// SCIPORT_ERR_SINGULAR ("A singular matrix detected: slice(s) [0] are singular.", also for a non-positive-definite
/// `a` with assume_a "pos"; "A singular matrix detected." for a zero 1 x 1
/// `a`). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve(
    a: *const sciport_mat,
    b: *const sciport_mat,
    options: *const sciport_linalg_solve_options,
    x: *const sciport_mat,
    rcond: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { solve_into(a, b, options, x, rcond) })
}

/// Body of `sciport_linalg_solve` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_solve`.
unsafe fn solve_into<V: MatView>(
    a: *const V,
    b: *const V,
    options: *const sciport_linalg_solve_options,
    x: *const V,
    rcond: *mut f64,
) -> Result<()> {
    let o = read_options(
        options,
        sciport_linalg_solve_options_default(),
        &SOLVE_FIELD_STARTS,
        "options",
    )?;
    let opts = SolveOptions {
        assume_a: AssumeA::parse(opt_str(o.assume_a, "assume_a")?)?,
        lower: o.lower,
        transposed: o.transposed,
        check_finite: o.check_finite,
    };
    let (bn, bk) = dims(b, "b")?;
    let out = MatOut::new(x, bn, bk, "x")?;
    let am = mat_in(a, "a")?;
    let bm = mat_in(b, "b")?;
    let solved = linalg::solve(am.as_ref(), bm.as_ref(), &opts)?;
    out.write(solved.x.as_ref())?;
    if !rcond.is_null() {
        rcond.write(solved.rcond);
    }
    Ok(())
}

/// `scipy.linalg.solve_triangular(a, b, trans, lower, unit_diagonal,
/// check_finite)`: solves `a x = b` (trans 0), `aᵀ x = b` (1) or `aᴴ x = b` (2)
/// reading only the triangle of `a` that `lower` selects (SciPy's default
/// lower = false: upper); unit_diagonal assumes ones on the diagonal.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (shapes);
/// SCIPORT_ERR_INVALID_ARGUMENT (trans not 0/1/2, NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR ("singular matrix: resolution failed at diagonal i",
/// i 0-based as SciPy). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_triangular(
    a: *const sciport_mat,
    b: *const sciport_mat,
    trans: i32,
    lower: bool,
    unit_diagonal: bool,
    check_finite: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let trans = Trans::from_code(trans)?;
        let (bn, bk) = dims(b, "b")?;
        let out = MatOut::new(x, bn, bk, "x")?;
        let am = mat_borrow(a, "a")?;
        let bm = mat_in(b, "b")?;
        let sol = linalg::solve_triangular(
            am.as_ref(),
            bm.as_ref(),
            trans,
            lower,
            unit_diagonal,
            check_finite,
        )?;
        out.write(sol.as_ref())
    })
}

/// `scipy.linalg.lu_factor(a, check_finite)`: `P a = L U` of an m x n matrix
/// with partial pivoting. `lu` (m x n) receives U on and above the diagonal
/// and L's multipliers below (unit diagonal implied); `piv` (min(m, n)
/// entries) LAPACK's 0-based row interchanges: row i was swapped with row
/// piv[i]. A singular matrix is not an error (SciPy only warns): U then has an
/// exact zero on its diagonal.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (lu's
/// shape, piv_len != min(m, n)); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with
/// check_finite). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_lu_factor(
    a: *const sciport_mat,
    check_finite: bool,
    lu: *const sciport_mat,
    piv: *mut i64,
    piv_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        lu_factor_into(a, check_finite, lu, piv, piv_len)
    })
}

/// Body of `sciport_linalg_lu_factor` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_lu_factor`.
unsafe fn lu_factor_into<V: MatView>(
    a: *const V,
    check_finite: bool,
    lu: *const V,
    piv: *mut i64,
    piv_len: usize,
) -> Result<()> {
    let (m, n) = dims(a, "a")?;
    require_len(piv_len, m.min(n), "piv")?;
    let out = MatOut::new(lu, m, n, "lu")?;
    let piv_out = slice_out(piv, piv_len, "piv")?;
    let am = mat_borrow(a, "a")?;
    let f = linalg::lu_factor(am.as_ref(), check_finite)?;
    out.write(f.lu.as_ref())?;
    for (dst, &p) in piv_out.iter_mut().zip(&f.piv) {
        *dst = p as i64;
    }
    Ok(())
}

/// `scipy.linalg.lu(a, permute_l, check_finite, p_indices)`: `a = P L U` of
/// an m x n matrix with partial pivoting, k = min(m, n). `l` (m x k)
/// receives the unit lower triangular L, `u` (k x n) the upper triangular U
/// (the factors of `sciport_linalg_lu_factor`, unpacked). The permutation
/// comes as SciPy's matrix `p` (m x m, `a = p L U`) and / or as SciPy's
/// `p_indices=True` row indices `p_indices` (p_indices_len = m, 0-based:
/// `a = L[p_indices] U`); either may be NULL. With `permute_l`, `l`
/// receives `P L` and both `p` and `p_indices` must be NULL (SciPy returns
/// only `(pl, u)`). A singular matrix is not an error (U has a zero pivot).
/// An empty `a` (m or n zero) has SciPy's empty permutation: `p` is 0 x 0
/// and p_indices_len 0 (L is m x 0 or 0 x 0, U 0 x n or 0 x 0).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, l, u); SCIPORT_ERR_DIMENSION_MISMATCH
/// (shapes, p_indices_len); SCIPORT_ERR_INVALID_ARGUMENT (p or
/// p_indices given with permute_l, NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_lu(
    a: *const sciport_mat,
    permute_l: bool,
    check_finite: bool,
    p: *const sciport_mat,
    p_indices: *mut i64,
    p_indices_len: usize,
    l: *const sciport_mat,
    u: *const sciport_mat,
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

/// Body of `sciport_linalg_lu` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_lu`.
#[allow(clippy::too_many_arguments)]
unsafe fn lu_into<V: MatView>(
    a: *const V,
    permute_l: bool,
    check_finite: bool,
    p: *const V,
    p_indices: *mut i64,
    p_indices_len: usize,
    l: *const V,
    u: *const V,
) -> Result<()> {
    {
        if permute_l && (!p.is_null() || !p_indices.is_null()) {
            return Err(Error::invalid(
                "p and p_indices must be NULL with permute_l (l receives P L)",
            ));
        }
        let (m, n) = dims(a, "a")?;
        let k = m.min(n);
        let pm = if k == 0 { 0 } else { m };
        let p_out = MatOut::optional(p, pm, pm, "p")?;
        let idx_out = if p_indices.is_null() {
            None
        } else {
            require_len(p_indices_len, pm, "p_indices")?;
            Some(slice_out(p_indices, p_indices_len, "p_indices")?)
        };
        let l_out = MatOut::new(l, m, k, "l")?;
        let u_out = MatOut::new(u, k, n, "u")?;
        let am = mat_borrow(a, "a")?;
        let f = linalg::lu(am.as_ref(), permute_l, check_finite)?;
        l_out.fill_with(f.l_shape(), |i, j| f.l(i, j))?;
        u_out.fill_with(f.u_shape(), |i, j| f.u(i, j))?;
        if let Some(o) = &p_out {
            o.fill_with((pm, pm), |i, j| f.p(i, j))?;
        }
        if let Some(dst) = idx_out {
            for (d, &s) in dst.iter_mut().zip(&f.p_indices) {
                *d = s as i64;
            }
        }
        Ok(())
    }
}

/// `scipy.linalg.lu_solve((lu, piv), b, trans, check_finite)`: solves
/// `a x = b` (trans 0) or `aᵀ x = b` (1, 2) from `lu_factor`'s n x n output.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (lu not
/// square, piv_len != n, b's rows, x's shape); SCIPORT_ERR_INVALID_ARGUMENT
/// (trans, a pivot outside [0, n), NaN/Inf in b with check_finite; as SciPy,
/// the factors are not checked).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_lu_solve(
    lu: *const sciport_mat,
    piv: *const i64,
    piv_len: usize,
    b: *const sciport_mat,
    trans: i32,
    check_finite: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        lu_solve_into(lu, piv, piv_len, b, trans, check_finite, x)
    })
}

/// Body of `sciport_linalg_lu_solve` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_lu_solve`.
unsafe fn lu_solve_into<V: MatView>(
    lu: *const V,
    piv: *const i64,
    piv_len: usize,
    b: *const V,
    trans: i32,
    check_finite: bool,
    x: *const V,
) -> Result<()> {
    let trans = Trans::from_code(trans)?;
    let (bn, bk) = dims(b, "b")?;
    let out = MatOut::new(x, bn, bk, "x")?;
    let piv = slice_in(piv, piv_len, "piv")?.to_vec();
    let lum = mat_borrow(lu, "lu")?;
    let bm = mat_in(b, "b")?;
    let sol = linalg::lu_solve(lum.as_ref(), &piv, bm.as_ref(), trans, check_finite)?;
    out.write(sol.as_ref())
}

/// `scipy.linalg.cho_factor(a, lower, check_finite)`: the Cholesky factor of
/// a symmetric positive-definite n x n `a`, computed from the triangle `lower`
/// selects and written there in `c`; the other triangle of `c` holds `a`'s
/// entries, as SciPy returns them.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH;
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite);
/// SCIPORT_ERR_SINGULAR ("k-th leading minor of the array is not positive
/// definite", k 1-based). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_cho_factor(
    a: *const sciport_mat,
    lower: bool,
    check_finite: bool,
    c: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        same_shape(a, c, "c", |am, out| {
            out.write(linalg::cho_factor(am, lower, check_finite)?.as_ref())
        })
    })
}

/// `scipy.linalg.cho_solve((c, lower), b, check_finite)`: solves `a x = b`
/// from `cho_factor`'s output (only the triangle `lower` selects is read).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH;
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_cho_solve(
    c: *const sciport_mat,
    lower: bool,
    b: *const sciport_mat,
    check_finite: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        cho_solve_into(c, lower, b, check_finite, x)
    })
}

/// Body of `sciport_linalg_cho_solve` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_cho_solve`.
unsafe fn cho_solve_into<V: MatView>(
    c: *const V,
    lower: bool,
    b: *const V,
    check_finite: bool,
    x: *const V,
) -> Result<()> {
    let (bn, bk) = dims(b, "b")?;
    let out = MatOut::new(x, bn, bk, "x")?;
    let cm = mat_borrow(c, "c")?;
    let bm = mat_in(b, "b")?;
    out.write(linalg::cho_solve(cm.as_ref(), lower, bm.as_ref(), check_finite)?.as_ref())
}

/// `scipy.linalg.cholesky(a, lower, check_finite)`: `L` with `a = L Lᵀ`
/// (lower) or `U` with `a = Uᵀ U` (SciPy's default lower = false), zeros in
/// the other triangle.
///
/// Errors: as `sciport_linalg_cho_factor`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_cholesky(
    a: *const sciport_mat,
    lower: bool,
    check_finite: bool,
    c: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        same_shape(a, c, "c", |am, out| {
            out.write(linalg::cholesky(am, lower, check_finite)?.as_ref())
        })
    })
}

/// `scipy.linalg.inv(a, check_finite)`: the inverse of a square matrix.
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (not
/// square, ainv's shape); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with
/// check_finite); SCIPORT_ERR_SINGULAR ("A singular matrix detected: slice(s) [0] are singular.").
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_inv(
    a: *const sciport_mat,
    check_finite: bool,
    ainv: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        same_shape(a, ainv, "ainv", |am, out| {
            out.write(linalg::inv(am, check_finite)?.as_ref())
        })
    })
}

/// `scipy.linalg.det(a, check_finite)`: the determinant of a square matrix
/// through LU (1.0 for 0 x 0; a singular matrix gives 0, not an error).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, det); SCIPORT_ERR_DIMENSION_MISMATCH
/// (not square); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_det(
    a: *const sciport_mat,
    check_finite: bool,
    det: *mut f64,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { det_into(a, check_finite, det) })
}

/// Body of `sciport_linalg_det` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_det`.
unsafe fn det_into<V: MatView>(a: *const V, check_finite: bool, det: *mut V::Elem) -> Result<()> {
    require_out(det, "det")?;
    let am = mat_borrow(a, "a")?;
    det.write(linalg::det(am.as_ref(), check_finite)?);
    Ok(())
}

/// `scipy.linalg.svd(a, full_matrices, compute_uv, check_finite,
/// lapack_driver)`: `a = u diag(s) vh` for an m x n `a`, k = min(m, n).
/// `s` (s_len = k) receives the singular values in descending order; `u` is
/// m x m (full_matrices) or m x k, `vh` n x n or k x n. Both `u` and `vh`
/// NULL is SciPy's compute_uv = false. lapack_driver NULL = "gesdd"; "gesvd"
/// is accepted (same decomposition up to rounding). Singular vectors are
/// unique up to sign (u[:, i] and vh[i, :] flip together); the signs may
/// differ from LAPACK's.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, s when k > 0, exactly one of u / vh);
/// SCIPORT_ERR_DIMENSION_MISMATCH (s_len, u's or vh's shape);
/// SCIPORT_ERR_UNKNOWN_NAME (lapack_driver); SCIPORT_ERR_INVALID_ARGUMENT
/// (NaN/Inf with check_finite). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_svd(
    a: *const sciport_mat,
    full_matrices: bool,
    check_finite: bool,
    lapack_driver: *const c_char,
    s: *mut f64,
    s_len: usize,
    u: *const sciport_mat,
    vh: *const sciport_mat,
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

/// Body of `sciport_linalg_svd` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_svd`.
#[allow(clippy::too_many_arguments)]
unsafe fn svd_into<V: MatView>(
    a: *const V,
    full_matrices: bool,
    check_finite: bool,
    lapack_driver: *const c_char,
    s: *mut f64,
    s_len: usize,
    u: *const V,
    vh: *const V,
) -> Result<()> {
    linalg::svd::check_driver(opt_str(lapack_driver, "lapack_driver")?)?;
    let (m, n) = dims(a, "a")?;
    let k = m.min(n);
    require_len(s_len, k, "s")?;
    let s_out = slice_out(s, s_len, "s")?;
    let compute_uv = !u.is_null() || !vh.is_null();
    if compute_uv && (u.is_null() || vh.is_null()) {
        return Err(Error::new(
            crate::error::ErrorKind::NullPointer,
            "u and vh must both be given (compute_uv) or both be NULL",
        ));
    }
    let (uc, vr) = if full_matrices { (m, n) } else { (k, k) };
    let u_out = MatOut::optional(u, m, uc, "u")?;
    let vh_out = MatOut::optional(vh, vr, n, "vh")?;
    let am = mat_borrow(a, "a")?;
    let r = linalg::svd(am.as_ref(), full_matrices, compute_uv, check_finite)?;
    if let (Some(o), Some(m)) = (&u_out, &r.u) {
        o.write(m.as_ref())?;
    }
    if let (Some(o), Some(m)) = (&vh_out, &r.vh) {
        o.write(m.as_ref())?;
    }
    s_out.copy_from_slice(&r.s);
    Ok(())
}

/// `scipy.linalg.svdvals(a, check_finite)`: the min(m, n) singular values of
/// an m x n matrix, descending, into `s` (s_len = min(m, n)).
///
/// Errors: SCIPORT_ERR_NULL_POINTER; SCIPORT_ERR_DIMENSION_MISMATCH (s_len);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_svdvals(
    a: *const sciport_mat,
    check_finite: bool,
    s: *mut f64,
    s_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe { svdvals_into(a, check_finite, s, s_len) })
}

/// Body of `sciport_linalg_svdvals` and its complex twin.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_svdvals`.
unsafe fn svdvals_into<V: MatView>(
    a: *const V,
    check_finite: bool,
    s: *mut f64,
    s_len: usize,
) -> Result<()> {
    let (m, n) = dims(a, "a")?;
    require_len(s_len, m.min(n), "s")?;
    let s_out = slice_out(s, s_len, "s")?;
    let am = mat_borrow(a, "a")?;
    s_out.copy_from_slice(&linalg::svdvals(am.as_ref(), check_finite)?);
    Ok(())
}

/// Options of `sciport_linalg_eigh` / `sciport_linalg_eigvalsh`, mirroring
/// `scipy.linalg.eigh`'s keywords for the standard problem (b = None). Get
/// SciPy's defaults from `sciport_linalg_eigh_options_default()`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_linalg_eigh_options {
    /// sizeof(sciport_linalg_eigh_options); lets the struct grow compatibly.
    pub struct_size: usize,
    /// Read the lower triangle of `a` (default true, as SciPy).
    pub lower: bool,
    /// Reject NaN/Inf inputs (default true).
    pub check_finite: bool,
    /// Inclusive 0-based index range [lo, hi] of the eigenvalues wanted
    /// (ascending order); {-1, -1} = SciPy's None.
    pub subset_by_index: [i64; 2],
    /// Half-open interval (lo, hi] of the eigenvalues wanted (bounds may be
    /// infinite); {NaN, NaN} = SciPy's None.
    pub subset_by_value: [f64; 2],
    /// "ev", "evd", "evr" or "evx"; NULL = SciPy's choice. Accepted for
    /// compatibility: every driver gives the same result up to rounding; ev
    /// and evd reject subsets as SciPy does.
    pub driver: *const c_char,
}

const EIGH_FIELD_STARTS: [usize; 5] = [
    offset_of!(sciport_linalg_eigh_options, lower),
    offset_of!(sciport_linalg_eigh_options, check_finite),
    offset_of!(sciport_linalg_eigh_options, subset_by_index),
    offset_of!(sciport_linalg_eigh_options, subset_by_value),
    offset_of!(sciport_linalg_eigh_options, driver),
];

/// SciPy's defaults for `eigh`: lower true, check_finite true, no subsets,
/// driver NULL.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigh_options_default() -> sciport_linalg_eigh_options {
    sciport_linalg_eigh_options {
        struct_size: std::mem::size_of::<sciport_linalg_eigh_options>(),
        lower: true,
        check_finite: true,
        subset_by_index: [-1, -1],
        subset_by_value: [f64::NAN, f64::NAN],
        driver: std::ptr::null(),
    }
}

/// Converts the C options to the core's.
///
/// # Safety
/// `p` is NULL or a valid options struct.
unsafe fn eigh_options(
    p: *const sciport_linalg_eigh_options,
    eigvals_only: bool,
) -> Result<EighOptions> {
    let o = read_options(
        p,
        sciport_linalg_eigh_options_default(),
        &EIGH_FIELD_STARTS,
        "options",
    )?;
    let by_index = match o.subset_by_index {
        [-1, -1] => None,
        [lo, hi] => Some((lo, hi)),
    };
    let by_value = match o.subset_by_value {
        [lo, hi] if lo.is_nan() && hi.is_nan() => None,
        [lo, hi] => Some((lo, hi)),
    };
    Ok(EighOptions {
        lower: o.lower,
        eigvals_only,
        check_finite: o.check_finite,
        subset_by_index: by_index,
        subset_by_value: by_value,
        driver: opt_str(o.driver, "driver")?.map(str::to_string),
    })
}

/// Shared body of eigh / eigvalsh.
///
/// # Safety
/// Pointers as documented on `sciport_linalg_eigh`.
unsafe fn eigh_into<V: MatView>(
    a: *const V,
    options: *const sciport_linalg_eigh_options,
    w: *mut f64,
    w_len: usize,
    v: *const V,
    m: *mut usize,
    solve: impl FnOnce(MatRef<'_, V::Elem>, &EighOptions) -> Result<EighResult<V::Elem>>,
) -> Result<()> {
    require_out(m, "m")?;
    let opts = eigh_options(options, v.is_null())?;
    let (n, _) = dims(a, "a")?;
    let v_cols = if v.is_null() {
        None
    } else {
        Some(dims(v, "v")?.1)
    };
    let v_out = match v_cols {
        Some(cols) => Some(MatOut::new(v, n, cols, "v")?),
        None => None,
    };
    let am = mat_borrow(a, "a")?;
    let r = solve(am.as_ref(), &opts)?;
    let found = r.w.len();
    if w_len < found {
        return Err(Error::dimension(format!(
            "w: {found} eigenvalues found but w_len is {w_len} (n = {n} is always enough)"
        )));
    }
    if let Some(cols) = v_cols {
        if cols < found {
            return Err(Error::dimension(format!(
                "v: {found} eigenvectors found but v has {cols} columns (n = {n} is always enough)"
            )));
        }
    }
    let w_out = slice_out(w, w_len, "w")?;
    if let (Some(o), Some(vecs)) = (&v_out, &r.v) {
        o.write(vecs.as_ref())?;
    }
    w_out[..found].copy_from_slice(&r.w);
    m.write(found);
    Ok(())
}

/// `scipy.linalg.eigh(a, lower, eigvals_only, check_finite, subset_by_index,
/// subset_by_value, driver)` for a real symmetric n x n `a` (b = None):
/// eigenvalues ascending into `w[0..m)`, orthonormal eigenvectors into the
/// first `m` columns of `v` (n rows, at least m columns; further columns
/// untouched); `*m` = number found (n without subsets). `v` NULL is
/// eigvals_only. `w_len` = n is always enough. Eigenvectors are unique up to
/// sign (for distinct eigenvalues); the signs may differ from LAPACK's.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, m, w when non-empty);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, v's rows, w_len or v's
/// columns smaller than the count found); SCIPORT_ERR_INVALID_ARGUMENT
/// (NaN/Inf with check_finite, invalid subset, both subsets, a subset with
/// driver ev/evd, a generalized driver gv/gvd/gvx); SCIPORT_ERR_UNKNOWN_NAME
/// (driver). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigh(
    a: *const sciport_mat,
    options: *const sciport_linalg_eigh_options,
    w: *mut f64,
    w_len: usize,
    v: *const sciport_mat,
    m: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        eigh_into(a, options, w, w_len, v, m, linalg::eigh)
    })
}

/// `scipy.linalg.eigh(a, b, lower, eigvals_only, type, check_finite,
/// subset_by_index, subset_by_value, driver)` for real symmetric n x n `a`
/// and symmetric positive definite `b` (both read from the triangle
/// `options->lower` selects): `itype` 1 solves `a v = w b v`, 2 `a b v =
/// w v`, 3 `b a v = w v` (SciPy's `type`). Outputs as `sciport_linalg_eigh`
/// (`v` NULL is eigvals_only, i.e. SciPy's eigvalsh with `b`); the vectors
/// are normalized as SciPy's: `vᵀ b v = I` for types 1 and 2, `vᵀ b⁻¹ v =
/// I` for type 3 (unique up to sign for distinct eigenvalues). The
/// reduction is LAPACK's sygv (Cholesky of b, then the standard problem);
/// the drivers "gv", "gvd" and "gvx" are accepted (NULL = SciPy's choice),
/// the standard ones rejected. An empty `a` gives empty results before `b`
/// is looked at, as SciPy.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, b, m, w when non-empty);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a or b not square, b's shape, v's rows,
/// w_len or v's columns smaller than the count found);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf with check_finite, itype not 1, 2
/// or 3, invalid or double subsets, a standard driver, a subset with gv /
/// gvd); SCIPORT_ERR_UNKNOWN_NAME (driver); SCIPORT_ERR_SINGULAR (b not
/// positive definite: "The leading minor of order k of B is not positive
/// definite. ..."). Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_eigh_generalized(
    a: *const sciport_mat,
    b: *const sciport_mat,
    itype: i32,
    options: *const sciport_linalg_eigh_options,
    w: *mut f64,
    w_len: usize,
    v: *const sciport_mat,
    m: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        deref(b, "b")?;
        eigh_into(a, options, w, w_len, v, m, |am, opts| {
            let bm = mat_borrow(b, "b")?;
            linalg::eigh_generalized(am, bm.as_ref(), itype, opts)
        })
    })
}

/// `scipy.linalg.eigvalsh(a, lower, check_finite, subset_by_index,
/// subset_by_value, driver)`: `sciport_linalg_eigh` with eigvals_only.
///
/// Errors: as `sciport_linalg_eigh`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_eigvalsh(
    a: *const sciport_mat,
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
