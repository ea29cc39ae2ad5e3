//! Structured solvers: `solve_toeplitz` (Levinson recursion, O(n²)) and
//! `solve_circulant` (diagonalisation by the FFT, O(n log n)).

use super::common::{check_finite, singular};
use crate::error::{Error, ErrorKind, Result};
use crate::fft::plans;
use faer::{Mat, MatRef};
use num_complex::Complex64;

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
/// entry (i, j) is c[i - j] on and below the diagonal, r[j - i] above.
struct Toeplitz<'a> {
    c: &'a [f64],
    r: &'a [f64],
}

/// Σ_j rev[m - 1 - j] · v[j] for j < m: a dot product with `rev` read
/// backwards (row m of T below the diagonal, against v's first m entries).
fn dot_rev(rev: &[f64], v: &[f64]) -> f64 {
    rev.iter().rev().zip(v).fold(0.0, |s, (a, b)| s + a * b)
}

/// Σ a[j] · b[j].
fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).fold(0.0, |s, (x, y)| s + x * y)
}

impl Toeplitz<'_> {
    /// Solves `T x = y` by Levinson recursion: forward and backward vectors
    /// f, g with T_m f = e_0 and T_m g = e_{m-1} grow one order at a time,
    /// and the solution with them. A zero denominator means a singular
    /// leading principal minor (SciPy's error).
    fn solve(&self, y: &[f64]) -> Result<Vec<f64>> {
        let n = y.len();
        let singular_minor = || singular("Singular principal minor");
        let t0 = self.c[0];
        if t0 == 0.0 {
            return Err(singular_minor());
        }
        let (mut f, mut g) = (vec![0.0; n], vec![0.0; n]);
        let (mut f2, mut g2) = (vec![0.0; n], vec![0.0; n]);
        let mut x = vec![0.0; n];
        f[0] = 1.0 / t0;
        g[0] = 1.0 / t0;
        x[0] = y[0] / t0;
        for m in 1..n {
            // Row m of T_{m+1} against [f; 0] and [x; 0]; row 0 against [0; g].
            let below = &self.c[1..=m];
            let ef = dot_rev(below, &f[..m]);
            let ex = dot_rev(below, &x[..m]);
            let eg = dot(&self.r[1..=m], &g[..m]);
            let den = 1.0 - ef * eg;
            if den == 0.0 {
                return Err(singular_minor());
            }
            let inv = 1.0 / den;
            // f' = ([f; 0] - ef [0; g]) / den, g' = ([0; g] - eg [f; 0]) / den.
            f2[0] = f[0] * inv;
            g2[0] = -eg * f[0] * inv;
            for i in 1..m {
                f2[i] = (f[i] - ef * g[i - 1]) * inv;
                g2[i] = (g[i - 1] - eg * f[i]) * inv;
            }
            f2[m] = -ef * g[m - 1] * inv;
            g2[m] = g[m - 1] * inv;
            std::mem::swap(&mut f, &mut f2);
            std::mem::swap(&mut g, &mut g2);
            let step = y[m] - ex;
            for (xi, gi) in x[..=m].iter_mut().zip(&g[..=m]) {
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

/// A real FFT plan refused its buffers (cannot happen with the plan's own
/// lengths): an internal error rather than a panic.
fn fft_failed(e: impl std::fmt::Display) -> Error {
    Error::new(
        ErrorKind::Internal,
        format!("solve_circulant: FFT failed: {e}"),
    )
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
    let (fwd, inv) = (plans::r2c(n), plans::c2r(n));
    let mut spectrum = fwd.make_output_vec();
    let mut real = c.to_vec();
    fwd.process(&mut real, &mut spectrum).map_err(fft_failed)?;
    let fc = spectrum.clone();
    // |fft(c)| is symmetric, so its half spectrum holds every magnitude.
    let max_abs = fc.iter().map(|z| z.norm()).fold(0.0, f64::max);
    let tol = tol.unwrap_or(max_abs * n as f64 * f64::EPSILON);
    let near_zero: Vec<bool> = fc.iter().map(|z| z.norm() <= tol).collect();
    if on_singular == CirculantSingular::Raise && near_zero.iter().any(|&z| z) {
        return Err(singular("near singular circulant matrix."));
    }
    let mut x = Mat::<f64>::zeros(n, b.ncols());
    let last = spectrum.len() - 1;
    for k in 0..b.ncols() {
        for (i, v) in real.iter_mut().enumerate() {
            *v = b[(i, k)];
        }
        fwd.process(&mut real, &mut spectrum).map_err(fft_failed)?;
        for ((v, &e), &z) in spectrum.iter_mut().zip(&fc).zip(&near_zero) {
            *v = if z { Complex64::new(0.0, 0.0) } else { *v / e };
        }
        // The DC (and, for even n, Nyquist) terms are real; drop rounding.
        spectrum[0].im = 0.0;
        if n % 2 == 0 {
            spectrum[last].im = 0.0;
        }
        inv.process(&mut spectrum, &mut real).map_err(fft_failed)?;
        for (i, v) in real.iter().enumerate() {
            x[(i, k)] = v / n as f64;
        }
    }
    Ok(x)
}
