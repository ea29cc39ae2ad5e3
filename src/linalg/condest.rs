//! LAPACK's 1-norm estimate of an operator (Higham's refinement of Hager's
//! method, as in `dlacn2`) from a routine that applies it or its adjoint:
//! `‖A⁻¹‖₁` by solving with `A` or `Aᵀ`, or `‖(T - I)ᵖ‖₁` for logm. `gecon`, `pocon` and `trcon` all reduce to it, so `solve` reports the same
//! reciprocal condition number SciPy computes. Complex matrices take
//! `zlacn2`'s path (unit-modulus "signs", no sign-repetition test).

use super::common::Scalar;

/// Applies an operator `B` in place: `x ← B x` (`adjoint = false`) or
/// `x ← Bᴴ x`. For condition numbers `B = A⁻¹`, applied by solving.
pub type SolveFn<'a, T = f64> = dyn FnMut(&mut [T], bool) + 'a;

const ITMAX: usize = 5;

fn norm1<T: Scalar>(x: &[T]) -> f64 {
    x.iter().map(|v| v.modulus()).sum()
}

/// Index of the first entry of largest magnitude (BLAS `idamax`, `izmax1`).
fn idamax<T: Scalar>(x: &[T]) -> usize {
    let mut best = 0;
    for (i, v) in x.iter().enumerate() {
        if v.modulus() > x[best].modulus() {
            best = i;
        }
    }
    best
}

/// Estimates `‖B‖₁` of an `n x n` operator given its application (`‖A⁻¹‖₁`
/// when it solves with `A`); a lower bound, usually exact.
pub fn norm1_estimate<T: Scalar>(n: usize, solve: &mut SolveFn<'_, T>) -> f64 {
    if n == 0 {
        return 0.0;
    }
    let mut x = vec![T::from_re(1.0 / n as f64); n];
    solve(&mut x, false);
    if n == 1 {
        return x[0].modulus();
    }
    let mut est = norm1(&x);
    let mut signs: Vec<T> = x.iter().map(|&v| v.lacn2_sign()).collect();
    x.copy_from_slice(&signs);
    solve(&mut x, true);
    let mut j = idamax(&x);
    let mut iter = 2;
    loop {
        x.iter_mut().for_each(|v| *v = T::ZERO);
        x[j] = T::ONE;
        solve(&mut x, false);
        let est_old = est;
        est = norm1(&x);
        // dlacn2 stops when the signs repeat; zlacn2 has no such test
        let same_signs = T::IS_REAL && x.iter().zip(&signs).all(|(&v, &s)| v.lacn2_sign() == s);
        if same_signs || est <= est_old {
            break;
        }
        signs = x.iter().map(|&v| v.lacn2_sign()).collect();
        x.copy_from_slice(&signs);
        solve(&mut x, true);
        let j_last = j;
        j = idamax(&x);
        // dlacn2 compares the signed x(jlast), zlacn2 its modulus
        let last = if T::IS_REAL {
            x[j_last].re()
        } else {
            x[j_last].modulus()
        };
        if last == x[j].modulus() || iter >= ITMAX {
            break;
        }
        iter += 1;
    }
    alternating_sign_bound(n, est, solve)
}

/// Higham's final safeguard: the alternating-sign test vector.
fn alternating_sign_bound<T: Scalar>(n: usize, est: f64, solve: &mut SolveFn<'_, T>) -> f64 {
    let mut x: Vec<T> = (0..n)
        .map(|i| {
            let mag = 1.0 + i as f64 / (n - 1) as f64;
            T::from_re(if i % 2 == 0 { mag } else { -mag })
        })
        .collect();
    solve(&mut x, false);
    let temp = 2.0 * norm1(&x) / (3 * n) as f64;
    est.max(temp)
}

/// `1 / (‖A‖₁ ‖A⁻¹‖₁)` with LAPACK's conventions (0 for a zero norm or an
/// n = 0 matrix gives 1).
pub fn rcond<T: Scalar>(n: usize, anorm: f64, solve: &mut SolveFn<'_, T>) -> f64 {
    if n == 0 {
        return 1.0;
    }
    if anorm == 0.0 || anorm.is_nan() {
        return 0.0;
    }
    let ainv = norm1_estimate(n, solve);
    if ainv == 0.0 {
        return 0.0;
    }
    (1.0 / ainv) / anorm
}

/// `‖A‖₁`: the largest column absolute sum.
pub fn norm1_of<T: Scalar>(a: faer::MatRef<'_, T>) -> f64 {
    (0..a.ncols())
        .map(|j| (0..a.nrows()).map(|i| a[(i, j)].modulus()).sum::<f64>())
        .fold(0.0, f64::max)
}
