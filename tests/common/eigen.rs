//! Eigenvalue comparisons shared by the eigenproblem tests (eig, schur).

use num_complex::Complex64;
use serde_json::Value;

use super::linalg::nums;

/// SciPy's complex vector `key` of a case (`<key>_re`, `<key>_im`).
pub fn cvec(v: &Value, key: &str) -> Vec<Complex64> {
    let re = nums(&v[format!("{key}_re")]);
    let im = nums(&v[format!("{key}_im")]);
    re.iter()
        .zip(&im)
        .map(|(&r, &i)| Complex64::new(r, i))
        .collect()
}

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
