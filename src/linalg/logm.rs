//! Matrix logarithm (`scipy.linalg.logm`) by inverse scaling and squaring
//! on a triangular Schur form, as SciPy computes it (Al-Mohy & Higham 2012,
//! Algorithm 4.1): take square roots of the triangle until `T - I` is small
//! enough for a Padé approximant of degree m ≤ 7 (chosen from 1-norm
//! estimates of powers of `T - I`), evaluate the approximant as a
//! Gauss–Legendre sum of triangular solves, scale back by `2^s`, and
//! recompute the diagonal and first superdiagonal from closed formulas
//! (Higham 2008, eq. 11.28; Higham & Lin 2011, eq. 5.6; Al-Mohy's Briggs
//! variant) to avoid cancellation.

use super::common::{par_for, require_square, Scalar};
use super::condest::norm1_estimate;
use super::expm::{expm, norm1};
use super::schur::{schur_complex, schur_real};
use super::sqrtm::{complexify, sqrt_triangular};
use crate::error::{Error, Result};
use crate::quadrature::gauss_legendre_01;
use faer::linalg::triangular_solve::solve_upper_triangular_in_place;
use faer::{Mat, MatRef};
use num_complex::Complex64;
use std::f64::consts::PI;

type C = Complex64;

/// SciPy's LogmRankWarning of logm (a diagonal entry of the triangular
/// form at or near 0: the logarithm does not exist or is inaccurate).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogmWarning {
    None,
    /// "The logm input matrix is exactly singular." — the zero diagonal
    /// entries were replaced by 1e-20 before the logarithm was taken.
    ExactlySingular,
    /// "The logm input matrix may be nearly singular." (|t_ii| < 1e-20)
    NearlySingular,
}

/// The logarithm (complex; `is_real` when SciPy returns a real array, the
/// imaginary parts then all zero), SciPy's error estimate
/// `‖expm(x) - a‖₁ / ‖a‖₁` and its singularity warning.
pub struct Logm {
    pub x: Mat<C>,
    pub is_real: bool,
    pub errest: f64,
    pub warning: LogmWarning,
}

/// Bounds θ_m on `‖T - I‖` for the degree-m Padé approximant (Al-Mohy &
/// Higham 2012, Table 2.1), m = 1..7.
const THETA: [f64; 8] = [
    0.0, 1.59e-5, 2.31e-3, 1.94e-2, 6.21e-2, 1.28e-1, 2.06e-1, 2.88e-1,
];

/// SciPy's stand-in for an exactly zero diagonal entry.
const TRI_EPS: f64 = 1e-20;

/// Square roots after which the scaling is abandoned (each root halves the
/// logarithm of every eigenvalue: 64 take any finite one to 1 ± θ₇).
const MAX_ROOTS: usize = 64;

/// SciPy's absolute tolerance for dropping the imaginary part of the
/// logarithm of real input (`_maybe_real`: 1e6 · eps).
const REAL_TOL: f64 = 1e6 * f64::EPSILON;

/// The square root failed to bring `T` near `I` (overflow or NaN in the
/// triangle): SciPy's LogmError / SqrtmError, answered with all NaN.
struct Diverged;

/// Replaces exactly zero diagonal entries by `TRI_EPS` and reports SciPy's
/// singularity warning.
fn force_nonsingular(t: &mut Mat<C>) -> LogmWarning {
    let n = t.nrows();
    let zero = C::new(0.0, 0.0);
    if (0..n).any(|i| t[(i, i)] == zero) {
        for i in 0..n {
            if t[(i, i)] == zero {
                t[(i, i)] = C::new(TRI_EPS, 0.0);
            }
        }
        LogmWarning::ExactlySingular
    } else if (0..n).any(|i| t[(i, i)].norm() < TRI_EPS) {
        LogmWarning::NearlySingular
    } else {
        LogmWarning::None
    }
}

/// The scalar unwinding number `⌈(Im z - π) / 2π⌉` (Higham & Lin 2011,
/// eq. 5.3).
fn unwinding(z: C) -> f64 {
    ((z.im - PI) / (2.0 * PI)).ceil()
}

/// `a^(1/2^k) - 1` without subtractive cancellation (Al-Mohy 2012,
/// Algorithm 2; k = 0 and 1 directly).
fn briggs(a: C, k: usize) -> C {
    match k {
        0 => a - 1.0,
        1 => a.sqrt() - 1.0,
        _ => {
            let (mut a, mut k_hat) = (a, k);
            if a.arg() >= PI / 2.0 {
                a = a.sqrt();
                k_hat -= 1;
            }
            let z0 = a - 1.0;
            a = a.sqrt();
            let mut r = a + 1.0;
            for _ in 1..k_hat {
                a = a.sqrt();
                r *= a + 1.0;
            }
            z0 / r
        }
    }
}

/// Whether `l1`, `l2` are close enough for the arctanh formulas.
fn close(l1: C, l2: C) -> bool {
    (l2 - l1).norm() <= (l1 + l2).norm() / 2.0
}

/// Entry (1, 2) of `[l1 t12; 0 l2]^p` (Higham & Lin 2011, eq. 5.6).
fn power_superdiagonal(l1: C, l2: C, t12: C, p: f64) -> C {
    if l1 == l2 {
        return t12 * p * l1.powf(p - 1.0);
    }
    if !close(l1, l2) {
        return t12 * (l2.powf(p) - l1.powf(p)) / (l2 - l1);
    }
    let (log1, log2) = (l1.ln(), l2.ln());
    let z = (l2 - l1) / (l2 + l1);
    let scale = t12 * ((log2 + log1) * (p / 2.0)).exp();
    let angle = (z.atanh() + C::new(0.0, PI * unwinding(log2 - log1))) * p;
    scale * angle.sinh() * 2.0 / (l2 - l1)
}

/// Entry (1, 2) of `log [l1 t12; 0 l2]` (Higham 2008, eq. 11.28, with
/// SciPy's closeness test).
fn log_superdiagonal(l1: C, l2: C, t12: C) -> C {
    if l1 == l2 {
        return t12 / l1;
    }
    if !close(l1, l2) {
        return t12 * (l2.ln() - l1.ln()) / (l2 - l1);
    }
    let z = (l2 - l1) / (l2 + l1);
    let u = unwinding(l2.ln() - l1.ln());
    t12 * (z.atanh() + C::new(0.0, PI * u)) * 2.0 / (l2 - l1)
}

/// `t - I`.
fn minus_identity(t: &Mat<C>) -> Mat<C> {
    let mut r = t.clone();
    for i in 0..r.nrows() {
        r[(i, i)] -= 1.0;
    }
    r
}

/// `x ← r x` or `x ← rᴴ x` for upper triangular `r`.
fn triangular_apply(r: &Mat<C>, x: &mut [C], adjoint: bool) {
    let n = r.nrows();
    if adjoint {
        for i in (0..n).rev() {
            x[i] = (0..=i).map(|k| r[(k, i)].conj() * x[k]).sum();
        }
    } else {
        for i in 0..n {
            x[i] = (i..n).map(|k| r[(i, k)] * x[k]).sum();
        }
    }
}

/// Estimate of `‖rᵖ‖₁^(1/p)`, as SciPy's `_onenormest_m1_power` (LAPACK's
/// deterministic estimator instead of SciPy's randomized block one).
fn power_norm(r: &Mat<C>, p: usize) -> std::result::Result<f64, Diverged> {
    let mut apply = |x: &mut [C], adjoint: bool| {
        for _ in 0..p {
            triangular_apply(r, x, adjoint);
        }
    };
    let est = norm1_estimate(r.nrows(), &mut apply).powf(1.0 / p as f64);
    if est.is_finite() {
        Ok(est)
    } else {
        Err(Diverged)
    }
}

/// The matrix being square-rooted towards `I`, its `T - I`, and the count.
struct Scaling {
    t: Mat<C>,
    r: Mat<C>,
    s: usize,
}

impl Scaling {
    fn root(&mut self) -> std::result::Result<(), Diverged> {
        if self.s >= MAX_ROOTS {
            return Err(Diverged);
        }
        sqrt_triangular(self.t.as_mut());
        self.r = minus_identity(&self.t);
        self.s += 1;
        Ok(())
    }
}

/// The smallest m in `range` with `x ≤ θ_m`.
fn degree(x: f64, range: std::ops::RangeInclusive<usize>) -> Option<usize> {
    range.into_iter().find(|&m| x <= THETA[m])
}

/// Lines 3–34 of Al-Mohy & Higham's Algorithm 4.1: the number s of square
/// roots of `t0` and the Padé degree m; returns `t0^(1/2^s) - I`, s, m.
fn inverse_squaring(t0: &Mat<C>) -> std::result::Result<(Mat<C>, usize, usize), Diverged> {
    let n = t0.nrows();
    let mut diag: Vec<C> = (0..n).map(|i| t0[(i, i)]).collect();
    let mut sc = Scaling {
        t: t0.clone(),
        r: minus_identity(t0),
        s: 0,
    };
    while diag.iter().map(|d| (d - 1.0).norm()).fold(0.0, f64::max) > THETA[7] {
        diag.iter_mut().for_each(|d| *d = d.sqrt());
        sc.root()?;
    }
    let s0 = sc.s;
    let mut d3 = power_norm(&sc.r, 3)?;
    let mut m = degree(power_norm(&sc.r, 2)?.max(d3), 1..=2);
    let mut extra = 0;
    while m.is_none() {
        if sc.s > s0 {
            d3 = power_norm(&sc.r, 3)?;
        }
        let d4 = power_norm(&sc.r, 4)?;
        let a3 = d3.max(d4);
        if let Some(j1) = degree(a3, 3..=7) {
            if j1 <= 6 {
                m = Some(j1);
                break;
            }
            if a3 / 2.0 <= THETA[5] && extra < 2 {
                extra += 1;
                sc.root()?;
                continue;
            }
        }
        let eta = a3.min(d4.max(power_norm(&sc.r, 5)?));
        m = degree(eta, 6..=7);
        if m.is_none() {
            sc.root()?;
        }
    }
    Ok((sc.r, sc.s, m.unwrap_or(7)))
}

/// Whether the principal logarithm of the triangle exists (no diagonal
/// entry on the closed negative real axis); only then are the diagonal and
/// superdiagonal recomputed from closed formulas.
fn has_principal_branch(t0: &Mat<C>) -> bool {
    (0..t0.nrows()).all(|i| t0[(i, i)].re > 0.0 || t0[(i, i)].im != 0.0)
}

/// `2^s r_m(R)`: the degree-m Padé approximant of `log(I + R)` as the sum
/// of `w_j (I + x_j R)⁻¹ R` over the Gauss–Legendre rule.
fn pade_log(r: &Mat<C>, s: usize, m: usize) -> Mat<C> {
    let n = r.nrows();
    let par = par_for(n);
    let mut u = Mat::<C>::zeros(n, n);
    for (node, weight) in gauss_legendre_01(m) {
        let mut lhs = scaled(r, node);
        for i in 0..n {
            lhs[(i, i)] += 1.0;
        }
        let mut x = scaled(r, weight);
        solve_upper_triangular_in_place(lhs.as_ref(), x.as_mut(), par);
        u += &x;
    }
    scaled(&u, 2f64.powi(s as i32))
}

/// `f r`.
fn scaled(r: &Mat<C>, f: f64) -> Mat<C> {
    Mat::from_fn(r.nrows(), r.ncols(), |i, j| r[(i, j)] * f)
}

/// The logarithm of the upper triangular `t0` (nonzero diagonal).
fn logm_triangular(t0: &Mat<C>) -> std::result::Result<Mat<C>, Diverged> {
    let n = t0.nrows();
    let (mut r, s, m) = inverse_squaring(t0)?;
    let principal = has_principal_branch(t0);
    if principal {
        let p = 2f64.powi(-(s as i32));
        for j in 0..n {
            r[(j, j)] = briggs(t0[(j, j)], s);
            if j + 1 < n {
                r[(j, j + 1)] =
                    power_superdiagonal(t0[(j, j)], t0[(j + 1, j + 1)], t0[(j, j + 1)], p);
            }
        }
    }
    let mut u = pade_log(&r, s, m);
    if principal {
        for j in 0..n {
            u[(j, j)] = t0[(j, j)].ln();
            if j + 1 < n {
                u[(j, j + 1)] = log_superdiagonal(t0[(j, j)], t0[(j + 1, j + 1)], t0[(j, j + 1)]);
            }
        }
    }
    Ok(u)
}

fn is_upper_triangular<T: Scalar>(a: MatRef<'_, T>) -> bool {
    let n = a.nrows();
    (0..n).all(|j| (j + 1..n).all(|i| a[(i, j)] == T::ZERO))
}

/// Checks SciPy applies before the logarithm: square, finite (its Schur
/// step's check_finite).
fn require_input<T: Scalar>(a: MatRef<'_, T>) -> Result<()> {
    require_square(a, "a")?;
    if (0..a.ncols()).any(|j| (0..a.nrows()).any(|i| !a[(i, j)].finite())) {
        return Err(Error::invalid("a: array must not contain infs or NaNs"));
    }
    Ok(())
}

/// `z log(t) zᴴ` (or `log(t)` when `z` is None), all NaN where SciPy's
/// square root or logarithm fails; with the singularity warning.
fn log_of_schur(mut t: Mat<C>, z: Option<&Mat<C>>) -> (Mat<C>, LogmWarning) {
    let warning = force_nonsingular(&mut t);
    let n = t.nrows();
    let x = match logm_triangular(&t) {
        Ok(u) => match z {
            Some(z) => z * u * z.adjoint(),
            None => u,
        },
        Err(Diverged) => Mat::from_fn(n, n, |_, _| C::new(f64::NAN, f64::NAN)),
    };
    (x, warning)
}

/// SciPy's error estimate `‖expm(x) - a‖₁ / ‖a‖₁` (∞ or NaN for a = 0;
/// 0 for 0 x 0, where SciPy 1.17 fails).
fn error_estimate<T: Scalar>(x: MatRef<'_, T>, a: MatRef<'_, T>) -> f64 {
    if a.nrows() == 0 {
        return 0.0;
    }
    match expm(x) {
        Ok(e) => norm1((e - a).as_ref()) / norm1(a),
        Err(_) => f64::NAN,
    }
}

/// `scipy.linalg.logm(a)` of a real n x n `a`: real unless an eigenvalue
/// is real and negative (imaginary parts below 1e6·eps are dropped, as
/// SciPy's `_maybe_real`).
pub fn logm(a: MatRef<'_, f64>) -> Result<Logm> {
    require_input(a)?;
    let (t, z) = if is_upper_triangular(a) {
        let t = Mat::from_fn(a.nrows(), a.ncols(), |i, j| C::new(a[(i, j)], 0.0));
        (t, None)
    } else {
        let s = schur_real(a, None)?;
        complexify(&s.t, Some(&s.z))
    };
    let (mut x, warning) = log_of_schur(t, z.as_ref());
    let is_real = x
        .col_iter()
        .all(|c| c.iter().all(|v| v.im.abs() <= REAL_TOL));
    let errest = if is_real {
        x.col_iter_mut()
            .for_each(|c| c.iter_mut().for_each(|v| v.im = 0.0));
        let xr = Mat::from_fn(x.nrows(), x.ncols(), |i, j| x[(i, j)].re);
        error_estimate(xr.as_ref(), a)
    } else {
        let ac = Mat::from_fn(a.nrows(), a.ncols(), |i, j| C::new(a[(i, j)], 0.0));
        error_estimate(x.as_ref(), ac.as_ref())
    };
    Ok(Logm {
        x,
        is_real,
        errest,
        warning,
    })
}

/// `scipy.linalg.logm(a)` of a complex n x n `a` (complex Schur form;
/// upper triangular input is used as it is, as SciPy does).
pub fn logm_complex(a: MatRef<'_, C>) -> Result<Logm> {
    require_input(a)?;
    let (t, z) = if is_upper_triangular(a) {
        (a.to_owned(), None)
    } else {
        let s = schur_complex(a, None)?;
        (s.t, Some(s.z))
    };
    let (x, warning) = log_of_schur(t, z.as_ref());
    let errest = error_estimate(x.as_ref(), a);
    Ok(Logm {
        x,
        is_real: false,
        errest,
        warning,
    })
}
