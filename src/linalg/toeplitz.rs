//! Structured solvers: `solve_toeplitz` (Levinson recursion, O(n²)) and
//! `solve_circulant` (diagonalisation by the FFT, O(n log n)).

use super::common::{check_finite, singular};
use crate::error::{Error, Result};
use faer::{Mat, MatRef};
use num_complex::Complex64;
use rustfft::FftPlanner;

/// SciPy's `check_finite` for a vector argument.
fn check_finite_vec(v: &[f64], enabled: bool, name: &str) -> Result<()> {
    if enabled && v.iter().any(|x| !x.is_finite()) {
        return Err(Error::invalid(format!(
            "{name}: array must not contain infs or NaNs"
        )));
    }
    Ok(())
}

/// The Toeplitz matrix with first column `c` and first row `r` (r[0] unused):
/// entry t(k) on the k-th subdiagonal (k ≥ 0) is c[k], on the k-th
/// superdiagonal r[k].
struct Toeplitz<'a> {
    c: &'a [f64],
    r: &'a [f64],
}

impl Toeplitz<'_> {
    /// Entry (i, j).
    fn at(&self, i: usize, j: usize) -> f64 {
        if i >= j {
            self.c[i - j]
        } else {
            self.r[j - i]
        }
    }

    /// Solves `T x = y` by Levinson recursion: forward and backward vectors
    /// f, g with T_m f = e_0 and T_m g = e_{m-1} grow one order at a time,
    /// and the solution with them. A zero denominator means a singular
    /// leading principal minor (SciPy's error).
    fn solve(&self, y: &[f64]) -> Result<Vec<f64>> {
        let singular_minor = || singular("Singular principal minor");
        let t0 = self.c[0];
        if t0 == 0.0 {
            return Err(singular_minor());
        }
        let mut f = vec![1.0 / t0];
        let mut g = vec![1.0 / t0];
        let mut x = vec![y[0] / t0];
        for (m, &ym) in y.iter().enumerate().skip(1) {
            // Residuals of [f; 0] in row m and of [0; g] in row 0.
            let ef: f64 = (0..m).map(|j| self.at(m, j) * f[j]).sum();
            let eg: f64 = (0..m).map(|j| self.at(0, j + 1) * g[j]).sum();
            let den = 1.0 - ef * eg;
            if den == 0.0 {
                return Err(singular_minor());
            }
            let mut f2 = Vec::with_capacity(m + 1);
            let mut g2 = Vec::with_capacity(m + 1);
            for i in 0..=m {
                let fi = if i < m { f[i] } else { 0.0 };
                let gi = if i > 0 { g[i - 1] } else { 0.0 };
                f2.push((fi - ef * gi) / den);
                g2.push((gi - eg * fi) / den);
            }
            f = f2;
            g = g2;
            let ex: f64 = (0..m).map(|j| self.at(m, j) * x[j]).sum();
            let step = ym - ex;
            x.push(0.0);
            for (xi, gi) in x.iter_mut().zip(&g) {
                *xi += step * gi;
            }
        }
        Ok(x)
    }
}

/// Applies `solve_one` to each column of `b` (n rows) to build x.
fn by_column(
    b: MatRef<'_, f64>,
    mut solve_one: impl FnMut(&[f64]) -> Result<Vec<f64>>,
) -> Result<Mat<f64>> {
    let mut x = Mat::<f64>::zeros(b.nrows(), b.ncols());
    let mut col = vec![0.0; b.nrows()];
    for k in 0..b.ncols() {
        for (i, v) in col.iter_mut().enumerate() {
            *v = b[(i, k)];
        }
        for (i, v) in solve_one(&col)?.into_iter().enumerate() {
            x[(i, k)] = v;
        }
    }
    Ok(x)
}

/// `scipy.linalg.solve_toeplitz((c, r), b, check_finite)`: solves `T x = b`
/// for the Toeplitz matrix with first column `c` and first row `r` (`None`:
/// r = c, the symmetric case; r[0] is ignored).
pub fn solve_toeplitz(
    c: &[f64],
    r: Option<&[f64]>,
    b: MatRef<'_, f64>,
    finite: bool,
) -> Result<Mat<f64>> {
    check_finite_vec(c, finite, "c")?;
    let r = r.unwrap_or(c);
    check_finite_vec(r, finite, "r")?;
    check_finite(b, finite, "b")?;
    if r.len() != c.len() || b.nrows() != r.len() {
        return Err(Error::dimension(format!(
            "Incompatible dimensions: c has {}, r {} and b {} rows",
            c.len(),
            r.len(),
            b.nrows()
        )));
    }
    if b.nrows() == 0 || b.ncols() == 0 {
        return Ok(Mat::zeros(b.nrows(), b.ncols()));
    }
    let t = Toeplitz { c, r };
    by_column(b, |y| t.solve(y))
}

/// What `solve_circulant` does when an eigenvalue of the circulant matrix
/// is at most `tol` in magnitude.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CirculantSingular {
    /// Fail with "near singular circulant matrix." (SciPy's default).
    Raise,
    /// Return the least-squares solution (those eigenvalues' parts are 0).
    Lstsq,
}

impl CirculantSingular {
    /// From SciPy's names "raise" and "lstsq"; `None` is "raise".
    pub fn parse(name: Option<&str>) -> Result<CirculantSingular> {
        match name.unwrap_or("raise") {
            "raise" => Ok(CirculantSingular::Raise),
            "lstsq" => Ok(CirculantSingular::Lstsq),
            other => Err(Error::unknown_name("singular", other, &["raise", "lstsq"])),
        }
    }
}

/// `scipy.linalg.solve_circulant(c, b, singular, tol)`: solves `C x = b`
/// for the circulant matrix with first column `c`, through its
/// eigenvalues fft(c). `tol` `None` = max|fft(c)|·n·eps (NumPy's
/// matrix_rank tolerance).
pub fn solve_circulant(
    c: &[f64],
    b: MatRef<'_, f64>,
    on_singular: CirculantSingular,
    tol: Option<f64>,
) -> Result<Mat<f64>> {
    let n = c.len();
    if b.nrows() != n {
        return Err(Error::dimension(format!(
            "Shapes of c ({n},) and b ({}, {}) are incompatible",
            b.nrows(),
            b.ncols()
        )));
    }
    if n == 0 || b.ncols() == 0 {
        return Ok(Mat::zeros(b.nrows(), b.ncols()));
    }
    let mut planner = FftPlanner::<f64>::new();
    let (fwd, inv) = (planner.plan_fft_forward(n), planner.plan_fft_inverse(n));
    let mut fc: Vec<Complex64> = c.iter().map(|&v| Complex64::new(v, 0.0)).collect();
    fwd.process(&mut fc);
    let max_abs = fc.iter().map(|z| z.norm()).fold(0.0, f64::max);
    let tol = tol.unwrap_or(max_abs * n as f64 * f64::EPSILON);
    let near_zero: Vec<bool> = fc.iter().map(|z| z.norm() <= tol).collect();
    if on_singular == CirculantSingular::Raise && near_zero.iter().any(|&z| z) {
        return Err(singular("near singular circulant matrix."));
    }
    let mut x = Mat::<f64>::zeros(n, b.ncols());
    let mut buf = vec![Complex64::new(0.0, 0.0); n];
    for k in 0..b.ncols() {
        for (i, v) in buf.iter_mut().enumerate() {
            *v = Complex64::new(b[(i, k)], 0.0);
        }
        fwd.process(&mut buf);
        for ((v, &e), &z) in buf.iter_mut().zip(&fc).zip(&near_zero) {
            *v = if z { Complex64::new(0.0, 0.0) } else { *v / e };
        }
        inv.process(&mut buf);
        for (i, v) in buf.iter().enumerate() {
            x[(i, k)] = v.re / n as f64;
        }
    }
    Ok(x)
}
