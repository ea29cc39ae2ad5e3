//! Argument checks shared by the linalg functions and the thread policy.

use crate::error::{Error, ErrorKind, Result};
use faer::{MatRef, Par};

/// SciPy's `check_finite`: rejects NaN and infinities in `a`.
pub fn check_finite(a: MatRef<'_, f64>, enabled: bool, name: &str) -> Result<()> {
    if !enabled {
        return Ok(());
    }
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            if !a[(i, j)].is_finite() {
                return Err(Error::invalid(format!(
                    "{name}: array must not contain infs or NaNs"
                )));
            }
        }
    }
    Ok(())
}

/// Whether every entry of `a` is finite.
pub fn all_finite(a: MatRef<'_, f64>) -> bool {
    (0..a.ncols()).all(|j| (0..a.nrows()).all(|i| a[(i, j)].is_finite()))
}

/// Fails unless `a` is square.
pub fn require_square(a: MatRef<'_, f64>, name: &str) -> Result<()> {
    require_square_shape(a.nrows(), a.ncols(), name)
}

/// Fails unless an m x n matrix is square (for callers that know only the
/// shape, such as the C layer before reading a view).
pub fn require_square_shape(m: usize, n: usize, name: &str) -> Result<()> {
    if m != n {
        return Err(Error::dimension(format!(
            "{name}: expected a square matrix, got {m}x{n}"
        )));
    }
    Ok(())
}

/// Fails unless `b` has the `n` rows of the system matrix.
pub fn require_rhs_rows(b: MatRef<'_, f64>, n: usize) -> Result<()> {
    if b.nrows() != n {
        return Err(Error::dimension(format!(
            "b: incompatible dimensions: a is {n}x{n} but b has {} rows",
            b.nrows()
        )));
    }
    Ok(())
}

/// `ErrorKind::Singular` with `message`.
pub fn singular(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Singular, message)
}

/// Smallest dimension at which a factorization is worth spreading over
/// threads (below it faer's parallel mode measured slower than sequential).
const PARALLEL_MIN_DIM: usize = 384;

/// The parallelism for a problem of dimension `dim`: sequential for small
/// problems, else every thread `sciport_set_num_threads` allows.
pub fn par_for(dim: usize) -> Par {
    let threads = crate::threads::max_threads();
    if dim < PARALLEL_MIN_DIM || threads <= 1 {
        Par::Seq
    } else {
        Par::rayon(threads)
    }
}

/// Runs `f(par)` with the parallelism for `dim`, on sciport's thread pool
/// when parallel.
pub fn with_par<R: Send>(dim: usize, f: impl FnOnce(Par) -> R + Send) -> R {
    match par_for(dim) {
        Par::Seq => f(Par::Seq),
        par @ Par::Rayon(n) => crate::threads::run_with(n.get(), move || f(par)),
    }
}

/// Tile edge of the blocked copies: 32 x 32 doubles (8 KiB) stay in L1
/// whichever of source and destination is read across its stride.
const TILE: usize = 32;

/// `dst = src` in TILE x TILE blocks, so a transposing copy stays cache
/// friendly (column by column when both are column-major).
pub fn copy_tiled(src: MatRef<'_, f64>, mut dst: faer::MatMut<'_, f64>) {
    let (m, n) = src.shape();
    assert_eq!(dst.shape(), (m, n), "copy_tiled: shapes differ");
    if src.row_stride() == 1 && dst.row_stride() == 1 {
        for j in 0..n {
            dst.as_mut().col_mut(j).copy_from(src.col(j));
        }
        return;
    }
    for j0 in (0..n).step_by(TILE) {
        for i0 in (0..m).step_by(TILE) {
            for j in j0..(j0 + TILE).min(n) {
                for i in i0..(i0 + TILE).min(m) {
                    // SAFETY: i < m and j < n, the shape of both (asserted).
                    unsafe { *dst.as_mut().get_mut_unchecked(i, j) = *src.get_unchecked(i, j) };
                }
            }
        }
    }
}
