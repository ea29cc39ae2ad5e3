//! Argument checks shared by the linalg functions and the thread policy.

use crate::error::{Error, ErrorKind, Result};
use faer::traits::ComplexField;
use faer::{c64, MatRef, Par};
use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

/// The element types the linalg core is generic over: `f64` (SciPy's real
/// `float64` path) and `c64` (`complex128`). A thin layer over faer's
/// `ComplexField` with plain operators and the few LAPACK conventions that
/// differ between the real and the complex routines.
pub trait Scalar:
    ComplexField<Real = f64>
    + Copy
    + Send
    + Sync
    + 'static
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + DivAssign
{
    /// The additive identity.
    const ZERO: Self;
    /// The multiplicative identity.
    const ONE: Self;
    /// `|z|` (the modulus; `abs` for reals).
    fn modulus(self) -> f64;
    /// Neither part is NaN or infinite.
    fn finite(self) -> bool;
    /// The complex conjugate (identity for reals).
    fn conjugate(self) -> Self;
    /// The real part.
    fn re(self) -> f64;
    /// `x + 0i`.
    fn from_re(x: f64) -> Self;
    /// LAPACK's `lacn2` sign of an entry: `SIGN(1, x)` for reals,
    /// `x / |x|` (1 when tiny) for complex numbers.
    fn lacn2_sign(self) -> Self;
    /// The imaginary part (0 for reals).
    fn im(self) -> f64;
    /// `re + i im` (`im` is dropped for reals).
    fn from_parts(re: f64, im: f64) -> Self;
    /// `|z|²` (`x * x` for reals).
    fn abs2(self) -> f64;
    /// `Σ conj(x_i) y_i` over the common length.
    fn dot_conj(x: &[Self], y: &[Self]) -> Self;
    /// `dot_conj` of four columns with `y` (each at least as long as `y`).
    fn dot_conj4(c: [&[Self]; 4], y: &[Self]) -> [Self; 4] {
        c.map(|x| Self::dot_conj(&x[..y.len()], y))
    }
    /// `y_i += a x_i` over the common length.
    fn axpy(y: &mut [Self], a: Self, x: &[Self]);
    /// `e^z`.
    fn exp(self) -> Self;
}

impl Scalar for f64 {
    const ZERO: f64 = 0.0;
    const ONE: f64 = 1.0;
    fn modulus(self) -> f64 {
        self.abs()
    }
    fn finite(self) -> bool {
        self.is_finite()
    }
    fn conjugate(self) -> f64 {
        self
    }
    fn re(self) -> f64 {
        self
    }
    fn from_re(x: f64) -> f64 {
        x
    }
    fn lacn2_sign(self) -> f64 {
        if self >= 0.0 {
            1.0
        } else {
            -1.0
        }
    }
    fn im(self) -> f64 {
        0.0
    }
    fn from_parts(re: f64, _im: f64) -> f64 {
        re
    }
    fn abs2(self) -> f64 {
        self * self
    }
    fn dot_conj(x: &[f64], y: &[f64]) -> f64 {
        super::kernels::dot(x, y)
    }
    fn dot_conj4(c: [&[f64]; 4], y: &[f64]) -> [f64; 4] {
        super::kernels::dot4(c, y)
    }
    fn axpy(y: &mut [f64], a: f64, x: &[f64]) {
        super::kernels::axpy(y, a, x)
    }
    fn exp(self) -> f64 {
        f64::exp(self)
    }
}

impl Scalar for c64 {
    const ZERO: c64 = c64::new(0.0, 0.0);
    const ONE: c64 = c64::new(1.0, 0.0);
    fn modulus(self) -> f64 {
        self.norm()
    }
    fn finite(self) -> bool {
        self.re.is_finite() && self.im.is_finite()
    }
    fn conjugate(self) -> c64 {
        self.conj()
    }
    fn re(self) -> f64 {
        self.re
    }
    fn from_re(x: f64) -> c64 {
        c64::new(x, 0.0)
    }
    fn lacn2_sign(self) -> c64 {
        let r = self.norm();
        if r > f64::MIN_POSITIVE {
            self / r
        } else {
            c64::new(1.0, 0.0)
        }
    }
    fn im(self) -> f64 {
        self.im
    }
    fn from_parts(re: f64, im: f64) -> c64 {
        c64::new(re, im)
    }
    fn abs2(self) -> f64 {
        self.re * self.re + self.im * self.im
    }
    fn dot_conj(x: &[c64], y: &[c64]) -> c64 {
        x.iter()
            .zip(y)
            .fold(c64::new(0.0, 0.0), |s, (a, b)| s + a.conj() * b)
    }
    fn axpy(y: &mut [c64], a: c64, x: &[c64]) {
        y.iter_mut().zip(x).for_each(|(yi, &xi)| *yi += a * xi);
    }
    fn exp(self) -> c64 {
        c64::exp(self)
    }
}

/// SciPy's `check_finite`: rejects NaN and infinities in `a`.
pub fn check_finite<T: Scalar>(a: MatRef<'_, T>, enabled: bool, name: &str) -> Result<()> {
    if !enabled {
        return Ok(());
    }
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            if !a[(i, j)].finite() {
                return Err(Error::invalid(format!(
                    "{name}: array must not contain infs or NaNs"
                )));
            }
        }
    }
    Ok(())
}

/// Whether every entry of `a` is finite.
pub fn all_finite(a: MatRef<'_, f64>) -> bool {
    (0..a.ncols()).all(|j| (0..a.nrows()).all(|i| a[(i, j)].is_finite()))
}

/// Fails unless `a` is square.
pub fn require_square<T>(a: MatRef<'_, T>, name: &str) -> Result<()> {
    require_square_shape(a.nrows(), a.ncols(), name)
}

/// Fails unless an m x n matrix is square (for callers that know only the
/// shape, such as the C layer before reading a view).
pub fn require_square_shape(m: usize, n: usize, name: &str) -> Result<()> {
    if m != n {
        return Err(Error::dimension(format!(
            "{name}: expected a square matrix, got {m}x{n}"
        )));
    }
    Ok(())
}

/// Fails unless `b` has the `n` rows of the system matrix.
pub fn require_rhs_rows<T>(b: MatRef<'_, T>, n: usize) -> Result<()> {
    if b.nrows() != n {
        return Err(Error::dimension(format!(
            "b: incompatible dimensions: a is {n}x{n} but b has {} rows",
            b.nrows()
        )));
    }
    Ok(())
}

/// `ErrorKind::Singular` with `message`.
pub fn singular(message: impl Into<String>) -> Error {
    Error::new(ErrorKind::Singular, message)
}

/// Smallest dimension at which a factorization is worth spreading over
/// threads (below it faer's parallel mode measured slower than sequential).
const PARALLEL_MIN_DIM: usize = 384;

/// The parallelism for a problem of dimension `dim`: sequential for small
/// problems, else every thread `sciport_set_num_threads` allows.
pub fn par_for(dim: usize) -> Par {
    par_from(dim, PARALLEL_MIN_DIM)
}

/// As `par_for`, sequential below `min_dim` instead of the default bound.
pub fn par_from(dim: usize, min_dim: usize) -> Par {
    let threads = crate::threads::max_threads();
    if dim < min_dim || threads <= 1 {
        Par::Seq
    } else {
        Par::rayon(threads)
    }
}

/// Runs `f(par)` with the parallelism for `dim`, on sciport's thread pool
/// when parallel.
pub fn with_par<R: Send>(dim: usize, f: impl FnOnce(Par) -> R + Send) -> R {
    with_par_from(dim, PARALLEL_MIN_DIM, f)
}

/// As `with_par`, sequential below `min_dim`.
pub fn with_par_from<R: Send>(dim: usize, min_dim: usize, f: impl FnOnce(Par) -> R + Send) -> R {
    match par_from(dim, min_dim) {
        Par::Seq => f(Par::Seq),
        par @ Par::Rayon(n) => crate::threads::run_with(n.get(), move || f(par)),
    }
}

/// Tile edge of the blocked copies: 32 x 32 doubles (8 KiB) stay in L1
/// whichever of source and destination is read across its stride.
const TILE: usize = 32;

/// `dst = src` in TILE x TILE blocks, so a transposing copy stays cache
/// friendly (column by column when both are column-major).
pub fn copy_tiled<T: Scalar>(src: MatRef<'_, T>, mut dst: faer::MatMut<'_, T>) {
    let (m, n) = src.shape();
    assert_eq!(dst.shape(), (m, n), "copy_tiled: shapes differ");
    if src.row_stride() == 1 && dst.row_stride() == 1 {
        for j in 0..n {
            dst.as_mut().col_mut(j).copy_from(src.col(j));
        }
        return;
    }
    for j0 in (0..n).step_by(TILE) {
        for i0 in (0..m).step_by(TILE) {
            for j in j0..(j0 + TILE).min(n) {
                for i in i0..(i0 + TILE).min(m) {
                    // SAFETY: i < m and j < n, the shape of both (asserted).
                    unsafe { *dst.as_mut().get_mut_unchecked(i, j) = *src.get_unchecked(i, j) };
                }
            }
        }
    }
}
