//! Matrix square root (`scipy.linalg.sqrtm`) by the Schur method, as SciPy
//! computes it: the real Schur form of real input, a real quasi-triangular
//! square root (Higham 1987) unless an eigenvalue is real and negative, in
//! which case the form is made complex and its triangular square root
//! taken (Deadman, Higham & Ralha 2013); both by SciPy's recursion — halve
//! the triangle, root both diagonal halves, solve the Sylvester equation
//! for the off-diagonal block with LAPACK's trsyl perturbation rule.

use super::common::require_square;
use super::schur::{block_at, schur_complex, schur_real};
use super::sylvester::{quasi_triangular_sylvester, triangular_sylvester_complex};
use crate::error::Result;
use faer::reborrow::{Reborrow, ReborrowMut};
use faer::{Mat, MatMut, MatRef};
use num_complex::Complex64;

type C = Complex64;

/// SciPy's LinAlgWarning of sqrtm.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SqrtmWarning {
    None,
    /// An eigenvalue is exactly zero: the root may be inaccurate or not exist.
    Singular,
    /// A Sylvester step was perturbed (eigenvalues whose roots sum to ~0).
    IllConditioned,
}

/// The root (complex; `is_real` when SciPy returns a real array, the
/// imaginary parts then all zero) and SciPy's warning.
pub struct Sqrtm {
    pub x: Mat<C>,
    pub is_real: bool,
    pub warning: SqrtmWarning,
}

fn warning(singular: bool, ill: bool) -> SqrtmWarning {
    if singular {
        SqrtmWarning::Singular
    } else if ill {
        SqrtmWarning::IllConditioned
    } else {
        SqrtmWarning::None
    }
}

/// Whether `a` already is a standardized real Schur form (SciPy's
/// `isschur`): nothing below the subdiagonal, subdiagonal entries only in
/// 2 x 2 blocks `[x b; c x]` with `b c < 0`.
fn is_real_schur(a: MatRef<'_, f64>) -> bool {
    let n = a.nrows();
    let mut k = 0;
    while k < n {
        if (k + 2..n).any(|i| a[(i, k)] != 0.0) {
            return false;
        }
        if k + 1 < n && a[(k + 1, k)] != 0.0 {
            let ok = a[(k, k)] == a[(k + 1, k + 1)]
                && a[(k, k + 1)] * a[(k + 1, k)] < 0.0
                && (k + 3..n).all(|i| a[(i, k + 1)] == 0.0)
                && (k + 2 >= n || a[(k + 2, k + 1)] == 0.0);
            if !ok {
                return false;
            }
            k += 2;
        } else {
            k += 1;
        }
    }
    true
}

/// SciPy's recursion on the real quasi-triangular `t` (n x n view, its 2 x 2
/// blocks standardized); returns whether a Sylvester step was perturbed.
fn sqrt_quasi(mut t: MatMut<'_, f64>) -> bool {
    let n = t.nrows();
    if n == 1 {
        t[(0, 0)] = t[(0, 0)].sqrt();
        return false;
    }
    if n == 2 {
        sqrt_2x2(t);
        return false;
    }
    let mut h = n / 2;
    if t[(h, h - 1)] != 0.0 {
        h += 1;
    }
    let (mut top, mut bottom) = t.rb_mut().split_at_row_mut(h);
    let p1 = sqrt_quasi(top.rb_mut().submatrix_mut(0, 0, h, h));
    let p2 = sqrt_quasi(bottom.rb_mut().submatrix_mut(0, h, n - h, n - h));
    let zero_diag: Vec<bool> = (0..n.min(3)).map(|i| t[(i, i)] == 0.0).collect();
    let zero_diag = |i: usize| zero_diag[i];
    if n == 3 && h == 1 && zero_diag(0) && (zero_diag(1) || zero_diag(2)) {
        // trsyl would return garbage; SciPy propagates infinity
        t[(0, 1)] = f64::INFINITY;
        t[(0, 2)] = f64::INFINITY;
        return true;
    }
    if n == 3 && h == 2 && zero_diag(2) && (zero_diag(0) || zero_diag(1)) {
        t[(0, 2)] = f64::INFINITY;
        t[(1, 2)] = f64::INFINITY;
        return true;
    }
    let r11 = t.rb().submatrix(0, 0, h, h).to_owned();
    let r22 = t.rb().submatrix(h, h, n - h, n - h).to_owned();
    let mut x = t.rb().submatrix(0, h, h, n - h).to_owned();
    let p3 = quasi_triangular_sylvester(&r11, &r22, 1.0, false, &mut x);
    t.rb_mut().submatrix_mut(0, h, h, n - h).copy_from(&x);
    p1 || p2 || p3
}

/// The real root of a standardized 2 x 2 block or triangle (SciPy's base
/// case: a triangle of zeros stays zero, a zero diagonal under a nonzero
/// entry gives infinity).
fn sqrt_2x2(mut t: MatMut<'_, f64>) {
    let (a, b, c, d) = (t[(0, 0)], t[(0, 1)], t[(1, 0)], t[(1, 1)]);
    if c == 0.0 {
        if a == 0.0 && d == 0.0 {
            if b != 0.0 {
                t[(0, 1)] = f64::INFINITY;
            }
            return;
        }
        let (ra, rd) = (a.sqrt(), d.sqrt());
        t[(0, 0)] = ra;
        t[(1, 1)] = rd;
        t[(0, 1)] = b / (ra + rd);
        return;
    }
    // a complex pair theta ± mu i (a = d, b c < 0)
    let (theta, mu) = (a, (-b * c).sqrt());
    if theta == 0.0 && mu == 0.0 {
        return;
    }
    let alpha = if theta > 0.0 {
        ((theta + theta.hypot(mu)) / 2.0).sqrt()
    } else {
        mu / (2.0 * (-theta + theta.hypot(mu))).sqrt()
    };
    t[(0, 0)] = alpha;
    t[(1, 1)] = alpha;
    t[(1, 0)] = c / (2.0 * alpha);
    t[(0, 1)] = b / (2.0 * alpha);
}

/// SciPy's recursion on the complex upper triangular `t`.
pub(crate) fn sqrt_triangular(mut t: MatMut<'_, C>) -> bool {
    let n = t.nrows();
    let zero = C::new(0.0, 0.0);
    if n == 1 {
        t[(0, 0)] = t[(0, 0)].sqrt();
        return false;
    }
    if n == 2 {
        if t[(0, 0)] == zero && t[(1, 1)] == zero && t[(0, 1)] == zero {
            return false;
        }
        let (ra, rd) = (t[(0, 0)].sqrt(), t[(1, 1)].sqrt());
        t[(0, 0)] = ra;
        t[(1, 1)] = rd;
        t[(0, 1)] /= ra + rd;
        return false;
    }
    let h = n / 2;
    let (mut top, mut bottom) = t.rb_mut().split_at_row_mut(h);
    let p1 = sqrt_triangular(top.rb_mut().submatrix_mut(0, 0, h, h));
    let p2 = sqrt_triangular(bottom.rb_mut().submatrix_mut(0, h, n - h, n - h));
    if n == 3 && t[(0, 0)] == zero && (t[(1, 1)] == zero || t[(2, 2)] == zero) {
        t[(0, 1)] = C::new(f64::INFINITY, 0.0);
        t[(0, 2)] = C::new(f64::INFINITY, 0.0);
        return true;
    }
    let r11 = t.rb().submatrix(0, 0, h, h).to_owned();
    let r22 = t.rb().submatrix(h, h, n - h, n - h).to_owned();
    let mut x = t.rb().submatrix(0, h, h, n - h).to_owned();
    let p3 = triangular_sylvester_complex(&r11, &r22, &mut x);
    t.rb_mut().submatrix_mut(0, h, h, n - h).copy_from(&x);
    p1 || p2 || p3
}

/// The complex Schur form of a real one: each 2 x 2 block `[x b; c x]`
/// triangularized by the unitary whose first column is its eigenvector for
/// `x + sqrt(-b c) i`, applied to `t` and to `z` (when given).
pub(crate) fn complexify(t: &Mat<f64>, z: Option<&Mat<f64>>) -> (Mat<C>, Option<Mat<C>>) {
    let n = t.nrows();
    let mut tc = Mat::<C>::from_fn(n, n, |i, j| C::new(t[(i, j)], 0.0));
    let mut zc = z.map(|z| Mat::<C>::from_fn(n, n, |i, j| C::new(z[(i, j)], 0.0)));
    let mut k = 0;
    while k < n {
        let (w, size) = block_at(t, k);
        if size == 2 {
            let (d, c) = (t[(k + 1, k + 1)], t[(k + 1, k)]);
            let mag = (w.re - d).hypot(w.im).hypot(c);
            let u1 = C::new(w.re - d, w.im) / mag;
            let u2 = C::new(c / mag, 0.0);
            // g = [u1 -conj(u2); u2 conj(u1)], unitary, g[:, 0] the eigenvector
            let g = [[u1, -u2.conj()], [u2, u1.conj()]];
            for j in k..n {
                let (x, y) = (tc[(k, j)], tc[(k + 1, j)]);
                tc[(k, j)] = g[0][0].conj() * x + g[1][0].conj() * y;
                tc[(k + 1, j)] = g[0][1].conj() * x + g[1][1].conj() * y;
            }
            let rotate = |m: &mut Mat<C>, rows: usize| {
                for i in 0..rows {
                    let (x, y) = (m[(i, k)], m[(i, k + 1)]);
                    m[(i, k)] = x * g[0][0] + y * g[1][0];
                    m[(i, k + 1)] = x * g[0][1] + y * g[1][1];
                }
            };
            rotate(&mut tc, k + 2);
            if let Some(zc) = zc.as_mut() {
                rotate(zc, n);
            }
            tc[(k + 1, k)] = C::new(0.0, 0.0);
        }
        k += size;
    }
    (tc, zc)
}

/// `z t zᴴ`, or `t` itself when `z` is None (input already in Schur form).
fn back_transform(t: Mat<C>, z: Option<&Mat<C>>) -> Mat<C> {
    match z {
        Some(z) => z * t * z.adjoint(),
        None => t,
    }
}

/// `scipy.linalg.sqrtm(a)` of a real n x n `a`. NaN / Inf give NaN
/// wherever SciPy's result has them: everywhere, unless `a` already is in
/// Schur form (then the recursion propagates them).
pub fn sqrtm(a: MatRef<'_, f64>) -> Result<Sqrtm> {
    require_square(a, "a")?;
    let n = a.nrows();
    if n == 1 {
        let v = a[(0, 0)];
        let x = Mat::from_fn(1, 1, |_, _| C::new(v, 0.0).sqrt());
        let is_real = v >= 0.0 || v.is_nan();
        return Ok(Sqrtm {
            x,
            is_real,
            warning: SqrtmWarning::None,
        });
    }
    let (mut t, z) = if is_real_schur(a) {
        (a.to_owned(), None)
    } else if !super::common::all_finite(a) {
        // SciPy's Schur step passes NaN / Inf through: an all-NaN result
        let x = Mat::from_fn(n, n, |_, _| C::new(f64::NAN, 0.0));
        return Ok(Sqrtm {
            x,
            is_real: true,
            warning: SqrtmWarning::None,
        });
    } else {
        let s = schur_real(a, None)?;
        (s.t, Some(s.z))
    };
    let (mut negative, mut singular) = (false, false);
    let mut k = 0;
    while k < n {
        let (w, size) = block_at(&t, k);
        if w.im == 0.0 {
            negative |= w.re < 0.0;
            singular |= w.re == 0.0;
        }
        k += size;
    }
    if !negative {
        let ill = n > 0 && sqrt_quasi(t.as_mut());
        let x = match &z {
            Some(z) => z * &t * z.transpose(),
            None => t,
        };
        let x = Mat::from_fn(n, n, |i, j| C::new(x[(i, j)], 0.0));
        return Ok(Sqrtm {
            x,
            is_real: true,
            warning: warning(singular, ill),
        });
    }
    let (mut tc, zc) = complexify(&t, z.as_ref());
    let ill = sqrt_triangular(tc.as_mut());
    Ok(Sqrtm {
        x: back_transform(tc, zc.as_ref()),
        is_real: false,
        warning: warning(singular, ill),
    })
}

/// `scipy.linalg.sqrtm(a)` of a complex n x n `a` (complex Schur form;
/// upper triangular input is used as it is, as SciPy does).
pub fn sqrtm_complex(a: MatRef<'_, C>) -> Result<Sqrtm> {
    super::common::require_square_shape(a.nrows(), a.ncols(), "a")?;
    let n = a.nrows();
    let zero = C::new(0.0, 0.0);
    let triangular = (0..n).all(|j| (j + 1..n).all(|i| a[(i, j)] == zero));
    let (mut t, z) = if triangular {
        (a.to_owned(), None)
    } else {
        let s = schur_complex(a, None)?;
        (s.t, Some(s.z))
    };
    let singular = (0..n).any(|i| t[(i, i)] == zero);
    let ill = n > 0 && sqrt_triangular(t.as_mut());
    Ok(Sqrtm {
        x: back_transform(t, z.as_ref()),
        is_real: false,
        warning: warning(singular, ill),
    })
}
