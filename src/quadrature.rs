//! Quadrature rules shared by the numerical areas.

use std::f64::consts::PI;

/// Nodes and weights of the m-point Gauss–Legendre rule on [0, 1] (Newton
/// on the Legendre recurrence).
pub(crate) fn gauss_legendre_01(m: usize) -> Vec<(f64, f64)> {
    let legendre = |x: f64| {
        let (mut p0, mut p1) = (1.0, x);
        for k in 1..m {
            let k = k as f64;
            (p0, p1) = (p1, ((2.0 * k + 1.0) * x * p1 - k * p0) / (k + 1.0));
        }
        let dp = m as f64 * (x * p1 - p0) / (x * x - 1.0);
        (p1, dp)
    };
    (0..m)
        .map(|i| {
            let mut x = (PI * (i as f64 + 0.75) / (m as f64 + 0.5)).cos();
            for _ in 0..100 {
                let (p, dp) = legendre(x);
                let dx = p / dp;
                x -= dx;
                if dx.abs() < 1e-16 {
                    break;
                }
            }
            let (_, dp) = legendre(x);
            (0.5 + 0.5 * x, 1.0 / ((1.0 - x * x) * dp * dp))
        })
        .collect()
}
