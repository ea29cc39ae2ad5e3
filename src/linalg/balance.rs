//! Permutation balancing (LAPACK `gebal` with job 'P'), the first step of
//! LAPACK's `gees` and therefore of every SciPy Schur-based function: rows
//! and columns that isolate an eigenvalue are moved to the bottom / top by a
//! symmetric permutation, so those eigenvalues come out exactly (a zero
//! eigenvalue stays an exact zero on the diagonal).

use faer::traits::ComplexField;
use faer::{Mat, MatRef};

/// A symmetric permutation `p` of `a`: `b[(i, j)] = a[(p[i], p[j])]`, with
/// `b` block upper triangular around `b[lo..=hi, lo..=hi]` and its rows
/// and columns outside that range upper triangular (gebal 'P').
pub(crate) struct Isolated<T> {
    pub b: Mat<T>,
    pub p: Vec<usize>,
}

/// Swaps index `i` and `j` of `b` symmetrically and records it in `p`.
fn swap_indices<T: ComplexField>(b: &mut Mat<T>, p: &mut [usize], i: usize, j: usize) {
    if i == j {
        return;
    }
    let n = b.nrows();
    for r in 0..n {
        let t = b[(r, i)].clone();
        b[(r, i)] = b[(r, j)].clone();
        b[(r, j)] = t;
    }
    for c in 0..n {
        let t = b[(i, c)].clone();
        b[(i, c)] = b[(j, c)].clone();
        b[(j, c)] = t;
    }
    p.swap(i, j);
}

/// Whether row `i` of `b` has no nonzero in columns `lo..=hi` except its
/// diagonal.
fn row_isolated<T: ComplexField>(b: &Mat<T>, i: usize, lo: usize, hi: usize) -> bool {
    let zero = T::zero_impl();
    (lo..=hi).all(|j| j == i || b[(i, j)] == zero)
}

/// Whether column `j` of `b` has no nonzero in rows `lo..=hi` except its
/// diagonal.
fn column_isolated<T: ComplexField>(b: &Mat<T>, j: usize, lo: usize, hi: usize) -> bool {
    let zero = T::zero_impl();
    (lo..=hi).all(|i| i == j || b[(i, j)] == zero)
}

/// gebal('P') of the square `a` in LAPACK's order: sweeps from the last
/// row up push isolated rows to the bottom until a sweep moves none, then
/// sweeps from the left push isolated columns to the top.
pub(crate) fn isolate_eigenvalues<T: ComplexField>(a: MatRef<'_, T>) -> Isolated<T> {
    let n = a.nrows();
    let mut b = a.to_owned();
    let mut p: Vec<usize> = (0..n).collect();
    if n == 0 {
        return Isolated { b, p };
    }
    let mut hi = n - 1;
    let mut moved = true;
    while moved {
        moved = false;
        for i in (0..=hi).rev() {
            if row_isolated(&b, i, 0, hi) {
                swap_indices(&mut b, &mut p, i, hi);
                if hi == 0 {
                    return Isolated { b, p };
                }
                hi -= 1;
                moved = true;
            }
        }
    }
    let mut lo = 0;
    moved = true;
    while moved {
        moved = false;
        let first = lo; // the sweep's range is fixed, as LAPACK's DO loop
        for j in first..=hi {
            if column_isolated(&b, j, lo, hi) {
                swap_indices(&mut b, &mut p, j, lo);
                lo += 1;
                moved = true;
            }
        }
    }
    Isolated { b, p }
}

/// gebak('P'): `z` with row `i` moved to row `p[i]`, so that `a = z' t z'ᴴ`
/// when the permuted `b = z t zᴴ`.
pub(crate) fn unpermute_rows<T: ComplexField>(z: &Mat<T>, p: &[usize]) -> Mat<T> {
    let mut out = Mat::<T>::zeros(z.nrows(), z.ncols());
    for (i, &pi) in p.iter().enumerate() {
        for c in 0..z.ncols() {
            out[(pi, c)] = z[(i, c)].clone();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A symmetric permutation of an upper triangular matrix is fully
    /// isolated: the result is upper triangular and is `a` permuted by `p`.
    #[test]
    fn permuted_triangular_becomes_triangular() {
        let n = 5;
        let order = [3usize, 0, 4, 1, 2];
        let u = Mat::<f64>::from_fn(
            n,
            n,
            |i, j| if i <= j { (1 + i + 2 * j) as f64 } else { 0.0 },
        );
        let a = Mat::<f64>::from_fn(n, n, |i, j| u[(order[i], order[j])]);
        let iso = isolate_eigenvalues(a.as_ref());
        for i in 0..n {
            for j in 0..n {
                assert_eq!(iso.b[(i, j)], a[(iso.p[i], iso.p[j])]);
                if i > j {
                    assert_eq!(iso.b[(i, j)], 0.0, "b[{i}, {j}]");
                }
            }
        }
    }

    /// A matrix with no zero off the diagonal is left as it is.
    #[test]
    fn dense_matrix_is_not_permuted() {
        let a = Mat::<f64>::from_fn(4, 4, |i, j| 1.0 + (i * 4 + j) as f64);
        let iso = isolate_eigenvalues(a.as_ref());
        assert_eq!(iso.p, vec![0, 1, 2, 3]);
        assert_eq!(iso.b, a);
    }

    /// unpermute_rows inverts the permutation of isolate_eigenvalues.
    #[test]
    fn unpermute_restores_rows() {
        let z = Mat::<f64>::from_fn(3, 2, |i, j| (10 * i + j) as f64);
        let p = [2usize, 0, 1];
        let back = unpermute_rows(&z, &p);
        for (i, &pi) in p.iter().enumerate() {
            assert_eq!(back[(pi, 0)], z[(i, 0)]);
            assert_eq!(back[(pi, 1)], z[(i, 1)]);
        }
    }
}
