//! LAPACK's 1-norm estimate of `‖A⁻¹‖₁` (Higham's refinement of Hager's
//! method, as in `dlacn2`), from a routine that solves with `A` or `Aᵀ`.
//! `gecon`, `pocon` and `trcon` all reduce to it, so `solve` reports the same
//! reciprocal condition number SciPy computes.

/// Solves in place: `x ← A⁻¹ x` (`transpose = false`) or `x ← A⁻ᵀ x`.
pub type SolveFn<'a> = dyn FnMut(&mut [f64], bool) + 'a;

const ITMAX: usize = 5;

fn norm1(x: &[f64]) -> f64 {
    x.iter().map(|v| v.abs()).sum()
}

/// Index of the first entry of largest magnitude (BLAS `idamax`).
fn idamax(x: &[f64]) -> usize {
    let mut best = 0;
    for (i, v) in x.iter().enumerate() {
        if v.abs() > x[best].abs() {
            best = i;
        }
    }
    best
}

/// Fortran's `SIGN(1, v)`: +1 for v >= 0 (including +0), -1 otherwise.
fn sign_of(v: f64) -> f64 {
    if v >= 0.0 {
        1.0
    } else {
        -1.0
    }
}

/// Estimates `‖A⁻¹‖₁` for an `n x n` matrix given its solver.
pub fn inverse_norm1(n: usize, solve: &mut SolveFn<'_>) -> f64 {
    if n == 0 {
        return 0.0;
    }
    let mut x = vec![1.0 / n as f64; n];
    solve(&mut x, false);
    if n == 1 {
        return x[0].abs();
    }
    let mut est = norm1(&x);
    let mut signs: Vec<f64> = x.iter().map(|&v| sign_of(v)).collect();
    x.copy_from_slice(&signs);
    solve(&mut x, true);
    let mut j = idamax(&x);
    let mut iter = 2;
    loop {
        x.iter_mut().for_each(|v| *v = 0.0);
        x[j] = 1.0;
        solve(&mut x, false);
        let est_old = est;
        est = norm1(&x);
        let same_signs = x.iter().zip(&signs).all(|(&v, &s)| sign_of(v) == s);
        if same_signs || est <= est_old {
            break;
        }
        signs = x.iter().map(|&v| sign_of(v)).collect();
        x.copy_from_slice(&signs);
        solve(&mut x, true);
        let j_last = j;
        j = idamax(&x);
        if x[j_last] == x[j].abs() || iter >= ITMAX {
            break;
        }
        iter += 1;
    }
    alternating_sign_bound(n, est, solve)
}

/// Higham's final safeguard: the alternating-sign test vector.
fn alternating_sign_bound(n: usize, est: f64, solve: &mut SolveFn<'_>) -> f64 {
    let mut x: Vec<f64> = (0..n)
        .map(|i| {
            let mag = 1.0 + i as f64 / (n - 1) as f64;
            if i % 2 == 0 {
                mag
            } else {
                -mag
            }
        })
        .collect();
    solve(&mut x, false);
    let temp = 2.0 * norm1(&x) / (3 * n) as f64;
    est.max(temp)
}

/// `1 / (‖A‖₁ ‖A⁻¹‖₁)` with LAPACK's conventions (0 for a zero norm or an
/// n = 0 matrix gives 1).
pub fn rcond(n: usize, anorm: f64, solve: &mut SolveFn<'_>) -> f64 {
    if n == 0 {
        return 1.0;
    }
    if anorm == 0.0 || anorm.is_nan() {
        return 0.0;
    }
    let ainv = inverse_norm1(n, solve);
    if ainv == 0.0 {
        return 0.0;
    }
    (1.0 / ainv) / anorm
}

/// `‖A‖₁`: the largest column absolute sum.
pub fn norm1_of(a: faer::MatRef<'_, f64>) -> f64 {
    (0..a.ncols())
        .map(|j| (0..a.nrows()).map(|i| a[(i, j)].abs()).sum::<f64>())
        .fold(0.0, f64::max)
}
