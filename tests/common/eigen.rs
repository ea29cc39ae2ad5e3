//! Eigenvalue comparisons shared by the eigenproblem tests (eig, schur).

use num_complex::Complex64;

/// For each of SciPy's finite eigenvalues the index of the nearest unused
/// one of ours; NaN/infinity must pair with NaN/infinity.
pub fn match_eigenvalues(ours: &[Complex64], scipy: &[Complex64]) -> Option<Vec<usize>> {
    let mut used = vec![false; ours.len()];
    let mut pairing = vec![usize::MAX; scipy.len()];
    for (i, s) in scipy.iter().enumerate() {
        let class = |z: &Complex64| (z.re.is_nan() || z.im.is_nan(), z.re.is_infinite());
        let best = (0..ours.len())
            .filter(|&j| !used[j] && class(&ours[j]) == class(s))
            .min_by(|&j, &k| {
                let d = |z: Complex64| if s.is_finite() { (z - s).norm() } else { 0.0 };
                d(ours[j]).total_cmp(&d(ours[k]))
            })?;
        used[best] = true;
        pairing[i] = best;
    }
    Some(pairing)
}
