//! LU with partial pivoting (`lu_factor`, `lu_solve`, `lu`), and `inv`, `det` on top.

use super::common::{
    check_finite, copy_tiled, require_rhs_rows, require_square, singular, with_par, Scalar,
};
use super::triangular::Trans;
use crate::error::{Error, Result};
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::lu::partial_pivoting::factor::{lu_in_place, lu_in_place_scratch};
use faer::linalg::triangular_solve as tri;
use faer::{Mat, MatRef, Par};

/// `lu_factor`'s result: `L` (unit lower, below the diagonal) and `U` packed
/// in one matrix, and LAPACK's 0-based row interchanges (`piv[i]`: row `i`
/// was swapped with row `piv[i]`).
pub struct LuFactor<T = f64> {
    pub lu: Mat<T>,
    pub piv: Vec<usize>,
}

/// Factors `a` (m x n) in place with faer's partial-pivoting LU; returns the
/// final row permutation (`perm[i]` = original index of row `i`).
fn factor_in_place<T: Scalar>(a: &mut Mat<T>, par: Par) -> Vec<usize> {
    let (m, n) = a.shape();
    let mut perm = vec![0usize; m];
    let mut perm_inv = vec![0usize; m];
    let mut buf = MemBuffer::new(lu_in_place_scratch::<usize, T>(
        m,
        n,
        par,
        Default::default(),
    ));
    lu_in_place(
        a.as_mut(),
        &mut perm,
        &mut perm_inv,
        par,
        MemStack::new(&mut buf),
        Default::default(),
    );
    perm
}

/// The sequence of LAPACK row interchanges that produces `perm`, for the
/// first `k` rows (unique: step `i` must bring row `perm[i]` to position `i`).
fn interchanges(perm: &[usize], k: usize) -> Vec<usize> {
    let m = perm.len();
    let mut row_at: Vec<usize> = (0..m).collect();
    let mut pos_of: Vec<usize> = (0..m).collect();
    let mut piv = Vec::with_capacity(k);
    for (i, &wanted) in perm.iter().enumerate().take(k) {
        let j = pos_of[wanted];
        piv.push(j);
        let displaced = row_at[i];
        row_at.swap(i, j);
        pos_of[wanted] = i;
        pos_of[displaced] = j;
    }
    piv
}

/// Unblocked LU as LAPACK's `getf2`: a column whose pivot is exactly zero
/// is left unscaled (faer would divide by it). Used only when faer's blocked
/// factorization met an exact zero pivot, i.e. for singular matrices.
fn getf2<T: Scalar>(a: &mut Mat<T>) -> Vec<usize> {
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut piv = Vec::with_capacity(k);
    for j in 0..k {
        let p = (j..m).fold(j, |best, i| {
            // izamax's |re| + |im| for complex (LAPACK's BLAS measure)
            if abs1(a[(i, j)]) > abs1(a[(best, j)]) {
                i
            } else {
                best
            }
        });
        piv.push(p);
        let pivot = a[(p, j)];
        if pivot != T::ZERO {
            if p != j {
                for c in 0..n {
                    let t = a[(j, c)];
                    a[(j, c)] = a[(p, c)];
                    a[(p, c)] = t;
                }
            }
            for i in j + 1..m {
                let v = a[(i, j)];
                a[(i, j)] = v / pivot;
            }
        }
        for c in j + 1..n {
            let u = a[(j, c)];
            for i in j + 1..m {
                let v = a[(i, c)] - a[(i, j)] * u;
                a[(i, c)] = v;
            }
        }
    }
    piv
}

/// BLAS `i?amax`'s magnitude: `|x|` for reals, `|re| + |im|` for complex
/// (faer's pivot choice too).
fn abs1<T: Scalar>(x: T) -> f64 {
    T::abs1_impl(&x)
}

/// scipy.linalg.lu_factor: `P A = L U` of an m x n matrix. An exactly
/// singular matrix is not an error (SciPy only warns): `U` has a zero pivot
/// and, as LAPACK, the column below it is left unscaled.
pub fn lu_factor<T: Scalar>(a: MatRef<'_, T>, finite: bool) -> Result<LuFactor<T>> {
    check_finite(a, finite, "a")?;
    let mut lu = tiled_copy(a);
    let (m, n) = lu.shape();
    let perm = with_par(m.min(n), |par| factor_in_place(&mut lu, par));
    if first_zero_pivot(lu.as_ref()).is_some() {
        let mut redo = tiled_copy(a);
        let piv = getf2(&mut redo);
        return Ok(LuFactor { lu: redo, piv });
    }
    let piv = interchanges(&perm, m.min(n));
    Ok(LuFactor { lu, piv })
}

/// An owned column-major copy of `a`, read tile by tile (fast for any layout).
fn tiled_copy<T: Scalar>(a: MatRef<'_, T>) -> Mat<T> {
    let mut out = Mat::<T>::zeros(a.nrows(), a.ncols());
    copy_tiled(a, out.as_mut());
    out
}

/// Applies the interchanges to the rows of `b` (forward or backward order).
fn apply_interchanges<T: Scalar>(b: &mut Mat<T>, piv: &[usize], forward: bool) {
    let order: Vec<usize> = if forward {
        (0..piv.len()).collect()
    } else {
        (0..piv.len()).rev().collect()
    };
    for i in order {
        let j = piv[i];
        if i != j {
            for c in 0..b.ncols() {
                let t = b[(i, c)];
                b[(i, c)] = b[(j, c)];
                b[(j, c)] = t;
            }
        }
    }
}

/// Solves with packed LU factors in place: `A x = b`, `Aᵀ x = b` or
/// `Aᴴ x = b`.
fn solve_packed<T: Scalar>(
    lu: MatRef<'_, T>,
    piv: &[usize],
    b: &mut Mat<T>,
    trans: Trans,
    par: Par,
) {
    match trans {
        Trans::N => {
            apply_interchanges(b, piv, true);
            tri::solve_unit_lower_triangular_in_place(lu, b.as_mut(), par);
            tri::solve_upper_triangular_in_place(lu, b.as_mut(), par);
        }
        // Aᵀ = Uᵀ Lᵀ P: solve Uᵀ y = b, Lᵀ z = y, then undo the interchanges
        // (Aᴴ likewise with the conjugated factors).
        Trans::T => {
            tri::solve_lower_triangular_in_place(lu.transpose(), b.as_mut(), par);
            tri::solve_unit_upper_triangular_in_place(lu.transpose(), b.as_mut(), par);
            apply_interchanges(b, piv, false);
        }
        Trans::C => {
            tri::solve_lower_triangular_in_place(lu.adjoint(), b.as_mut(), par);
            tri::solve_unit_upper_triangular_in_place(lu.adjoint(), b.as_mut(), par);
            apply_interchanges(b, piv, false);
        }
    }
}

/// Checks the factors and pivots given to `lu_solve`.
fn check_factors<T>(lu: MatRef<'_, T>, piv: &[i64]) -> Result<Vec<usize>> {
    require_square(lu, "lu")?;
    let n = lu.nrows();
    if piv.len() != n {
        return Err(Error::dimension(format!(
            "piv: expected {n} pivots for a {n}x{n} factor, got {}",
            piv.len()
        )));
    }
    piv.iter()
        .enumerate()
        .map(|(i, &p)| {
            if p < 0 || p >= n as i64 {
                Err(Error::invalid(format!(
                    "piv[{i}] = {p} is not a row index of a {n}x{n} factor (need 0 <= piv[{i}] < {n})"
                )))
            } else {
                Ok(p as usize)
            }
        })
        .collect()
}

/// scipy.linalg.lu_solve: solves `A x = b` (trans 0), `Aᵀ x = b` (1) or
/// `Aᴴ x = b` (2, the same as 1 for reals) from `lu_factor`'s output.
pub fn lu_solve<T: Scalar>(
    lu: MatRef<'_, T>,
    piv: &[i64],
    b: MatRef<'_, T>,
    trans: Trans,
    finite: bool,
) -> Result<Mat<T>> {
    let piv = check_factors(lu, piv)?;
    require_rhs_rows(b, lu.nrows())?;
    // SciPy checks only b (NaN in the factors propagates).
    check_finite(b, finite, "b")?;
    let mut x = b.to_owned();
    with_par(lu.nrows(), |par| solve_packed(lu, &piv, &mut x, trans, par));
    Ok(x)
}

/// The 0-based index of the first zero pivot of square packed factors.
pub fn first_zero_pivot<T: Scalar>(lu: MatRef<'_, T>) -> Option<usize> {
    (0..lu.nrows().min(lu.ncols())).find(|&i| lu[(i, i)] == T::ZERO)
}

/// Factors a square `a` and fails with SciPy's message when it is singular.
pub fn factor_nonsingular<T: Scalar>(a: MatRef<'_, T>, message: &str) -> Result<LuFactor<T>> {
    let f = lu_factor(a, false)?;
    match first_zero_pivot(f.lu.as_ref()) {
        Some(_) => Err(singular(message)),
        None => Ok(f),
    }
}

/// Solves `A x = b` (or `Aᵀ x = b`) with nonsingular factors.
pub fn solve_with<T: Scalar>(f: &LuFactor<T>, b: MatRef<'_, T>, transpose: bool) -> Mat<T> {
    let mut x = b.to_owned();
    let trans = if transpose { Trans::T } else { Trans::N };
    with_par(f.lu.nrows(), |par| {
        solve_packed(f.lu.as_ref(), &f.piv, &mut x, trans, par)
    });
    x
}

/// The reciprocal 1-norm condition number from LU factors (LAPACK `gecon`,
/// which estimates `‖U⁻¹ L⁻¹‖₁`: the row interchanges only permute the
/// columns of `A⁻¹`, so they are left out, and the estimator takes LAPACK's
/// path).
pub fn rcond_from<T: Scalar>(f: &LuFactor<T>, anorm: f64) -> f64 {
    let n = f.lu.nrows();
    let mut col = Mat::<T>::zeros(n, 1);
    super::condest::rcond(n, anorm, &mut |x: &mut [T], adjoint: bool| {
        for (i, v) in x.iter().enumerate() {
            col[(i, 0)] = *v;
        }
        let trans = if adjoint { Trans::C } else { Trans::N };
        solve_packed(f.lu.as_ref(), &[], &mut col, trans, Par::Seq);
        for (i, v) in x.iter_mut().enumerate() {
            *v = col[(i, 0)];
        }
    })
}

/// scipy.linalg.inv: the inverse of a square matrix; singular is an error
/// ("singular matrix", SciPy's LinAlgError).
pub fn inv<T: Scalar>(a: MatRef<'_, T>, finite: bool) -> Result<Mat<T>> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    let f = factor_nonsingular(a, super::solve::SINGULAR)?;
    let n = a.nrows();
    Ok(solve_with(&f, Mat::<T>::identity(n, n).as_ref(), false))
}

/// scipy.linalg.det: the determinant through LU (1 for a 0 x 0 matrix).
pub fn det<T: Scalar>(a: MatRef<'_, T>, finite: bool) -> Result<T> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    let f = lu_factor(a, false)?;
    let mut d = T::ONE;
    for (i, &p) in f.piv.iter().enumerate() {
        d *= f.lu[(i, i)];
        if p != i {
            d = -d;
        }
    }
    Ok(d)
}

/// `scipy.linalg.lu`'s result, `a = P L U`, k = min(m, n), read entry by
/// entry (so callers write the factors straight into their outputs):
/// `p_indices[j]` is the row of `L` that becomes row `j` of `a` (`a =
/// L[p_indices] U`, SciPy's `p_indices=True` form); `l` is m x k unit lower
/// triangular (with `permute_l`, the rows already permuted: `P L`), `u` is
/// k x n upper triangular.
pub struct Lu<T = f64> {
    pub p_indices: Vec<usize>,
    packed: Mat<T>,
    permute_l: bool,
}

impl<T: Scalar> Lu<T> {
    /// (rows, columns) of L (or P L).
    pub fn l_shape(&self) -> (usize, usize) {
        let (m, n) = self.packed.shape();
        (m, m.min(n))
    }

    /// (rows, columns) of U.
    pub fn u_shape(&self) -> (usize, usize) {
        let (m, n) = self.packed.shape();
        (m.min(n), n)
    }

    /// Entry (i, j) of L, or of P L with `permute_l`.
    pub fn l(&self, i: usize, j: usize) -> T {
        let r = if self.permute_l { self.p_indices[i] } else { i };
        match r.cmp(&j) {
            std::cmp::Ordering::Greater => self.packed[(r, j)],
            std::cmp::Ordering::Equal => T::ONE,
            std::cmp::Ordering::Less => T::ZERO,
        }
    }

    /// Entry (i, j) of U.
    pub fn u(&self, i: usize, j: usize) -> T {
        if i <= j {
            self.packed[(i, j)]
        } else {
            T::ZERO
        }
    }

    /// Entry (i, j) of the permutation matrix P.
    pub fn p(&self, i: usize, j: usize) -> T {
        if self.p_indices[i] == j {
            T::ONE
        } else {
            T::ZERO
        }
    }
}

/// scipy.linalg.lu: `a = P L U` of an m x n matrix with partial pivoting
/// (the factors of `lu_factor` unpacked); `permute_l` gives `P L` for `l`.
pub fn lu<T: Scalar>(a: MatRef<'_, T>, permute_l: bool, finite: bool) -> Result<Lu<T>> {
    let f = lu_factor(a, finite)?;
    let p_indices = row_origins(&f.piv, f.lu.nrows());
    Ok(Lu {
        p_indices,
        packed: f.lu,
        permute_l,
    })
}

/// For LAPACK's interchanges `piv` on m rows, the row of the factored
/// matrix `P a` each row of `a` went to (the inverse of the final order).
fn row_origins(piv: &[usize], m: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..m).collect();
    for (i, &j) in piv.iter().enumerate() {
        order.swap(i, j);
    }
    let mut origin = vec![0usize; m];
    for (pos, &row) in order.iter().enumerate() {
        origin[row] = pos;
    }
    origin
}
