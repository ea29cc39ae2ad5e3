//! Cholesky factorization: `cholesky`, `cho_factor`, `cho_solve`.

use super::common::{
    check_finite, copy_tiled, require_rhs_rows, require_square, singular, with_par_from, Scalar,
};
use super::triangular::{solve_in_place, Trans};
use crate::error::Result;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::cholesky::llt::factor::{cholesky_in_place, cholesky_in_place_scratch, LltError};
use faer::{Mat, MatRef};

/// Order from which faer's Cholesky factorization runs on the thread pool:
/// on two threads it measured slower than one at n = 1000 (18.5 vs 14.6
/// ms), even at 1500 and faster at 3000 (318 vs 448 ms).
const PARALLEL_MIN_ORDER: usize = 1500;

/// Factors the triangle of `a` selected by `lower`; returns the factor in
/// the same triangle and `a`'s own entries in the other (LAPACK `potrf`;
/// complex input is Hermitian: `a = L Lᴴ = Uᴴ U`, the diagonal's imaginary
/// parts are not read).
fn potrf<T: Scalar>(a: MatRef<'_, T>, lower: bool) -> Result<Factor<T>> {
    let n = a.nrows();
    // faer factors the lower triangle; the upper one is its adjoint.
    let mut l = Mat::<T>::zeros(n, n);
    if lower {
        copy_tiled(a, l.as_mut());
    } else {
        copy_tiled(a.transpose(), l.as_mut());
        if !T::IS_REAL {
            for j in 0..n {
                for i in j..n {
                    l[(i, j)] = l[(i, j)].conjugate();
                }
            }
        }
    }
    if !T::IS_REAL {
        for i in 0..n {
            l[(i, i)] = T::from_re(l[(i, i)].re());
        }
    }
    let outcome = with_par_from(n, PARALLEL_MIN_ORDER, |par| {
        let mut buf = MemBuffer::new(cholesky_in_place_scratch::<T>(n, par, Default::default()));
        cholesky_in_place(
            l.as_mut(),
            Default::default(),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        )
    });
    if let Err(LltError::NonPositivePivot { index }) = outcome {
        return Err(singular(format!(
            "{}-th leading minor of the array is not positive definite",
            index + 1
        )));
    }
    // Restore the untouched triangle (faer may use it as workspace).
    for j in 0..n {
        for i in 0..j {
            l[(i, j)] = if lower {
                a[(i, j)]
            } else {
                a[(j, i)].conjugate()
            };
        }
    }
    if lower || T::IS_REAL {
        return Ok(Factor {
            l,
            lower,
            transposed: !lower,
        });
    }
    // U = Lᴴ (and a's own entries below it) for a complex upper request.
    let u = Mat::from_fn(n, n, |i, j| l[(j, i)].conjugate());
    Ok(Factor {
        l: u,
        lower,
        transposed: false,
    })
}

/// A Cholesky factor. Real factors are stored as the lower factor `L` (for
/// an upper request, `U = Lᵀ` is read through a transposed view, never
/// copied); complex upper factors are stored as they are returned.
pub struct Factor<T = f64> {
    l: Mat<T>,
    /// The triangle of the result that holds the factor.
    lower: bool,
    /// The result is `l`'s transpose.
    transposed: bool,
}

impl<T: Scalar> Factor<T> {
    /// The factor in the requested triangle, the input's entries elsewhere.
    pub fn as_ref(&self) -> MatRef<'_, T> {
        if self.transposed {
            self.l.transpose()
        } else {
            self.l.as_ref()
        }
    }
}

/// scipy.linalg.cho_factor: the factor in the chosen triangle, `a`'s entries
/// in the other (as SciPy returns them).
pub fn cho_factor<T: Scalar>(a: MatRef<'_, T>, lower: bool, finite: bool) -> Result<Factor<T>> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    potrf(a, lower)
}

/// scipy.linalg.cholesky: `L` (lower) or `U` (upper) with zeros elsewhere.
pub fn cholesky<T: Scalar>(a: MatRef<'_, T>, lower: bool, finite: bool) -> Result<Factor<T>> {
    let mut f = cho_factor(a, lower, finite)?;
    // Zero the other triangle of the factor (of the stored matrix: its
    // strict upper one when stored as L, the strict lower one otherwise).
    let n = f.l.nrows();
    let stored_lower = f.lower != f.transposed;
    for j in 0..n {
        for i in 0..n {
            if (stored_lower && i < j) || (!stored_lower && i > j) {
                f.l[(i, j)] = T::ZERO;
            }
        }
    }
    Ok(f)
}

/// Solves `A x = b` in place from the factor in the chosen triangle of `c`.
pub fn solve_factored<T: Scalar>(c: MatRef<'_, T>, lower: bool, x: &mut Mat<T>) {
    // A = L Lᴴ: L y = b, Lᴴ x = y; A = Uᴴ U: Uᴴ y = b, U x = y.
    let (first, second) = if lower {
        (Trans::N, Trans::C)
    } else {
        (Trans::C, Trans::N)
    };
    solve_in_place(c, x, lower, first, false);
    solve_in_place(c, x, lower, second, false);
}

/// scipy.linalg.cho_solve: solves `A x = b` given `cho_factor`'s `(c, lower)`.
pub fn cho_solve<T: Scalar>(
    c: MatRef<'_, T>,
    lower: bool,
    b: MatRef<'_, T>,
    finite: bool,
) -> Result<Mat<T>> {
    require_square(c, "c")?;
    require_rhs_rows(b, c.nrows())?;
    check_finite(c, finite, "c")?;
    check_finite(b, finite, "b")?;
    let mut x = b.to_owned();
    solve_factored(c, lower, &mut x);
    Ok(x)
}
