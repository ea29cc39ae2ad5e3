//! General eigenproblem: `eig`, `eigvals`, standard (`a v = w v`) and
//! generalized (`a v = w b v`), with complex results from real input.
//!
//! The standard problem uses faer's real Schur form, whose eigenvectors come
//! in LAPACK's packed real layout; the generalized one faer's complex QZ,
//! with the real pencil's structure restored afterwards (exact conjugate
//! pairs, real eigenvalues with real vectors). Vectors get geev's
//! normalization: unit 2-norm, the largest-magnitude component real with the
//! sign of its real part. Conjugate pairs come positive imaginary part
//! first, as LAPACK orders them.

use super::common::{require_square, singular, with_par, Scalar};
use crate::error::{Error, Result};
use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::evd::{evd_cplx, evd_real, evd_scratch, ComputeEigenvectors, EvdError};
use faer::linalg::gevd::{gevd_cplx, gevd_scratch};
use faer::linalg::temp_mat_scratch;
use faer::{Mat, MatMut, MatRef, Par};
use num_complex::Complex64;

/// Homogeneous eigenvalues `(alpha, beta)` (the eigenvalue is alpha / beta;
/// beta = 1 for the standard problem) and the wanted eigenvectors as columns.
pub struct Eig {
    pub alpha: Vec<Complex64>,
    pub beta: Vec<f64>,
    /// Left eigenvectors: `vl[:, i]^H a = w[i] vl[:, i]^H` (times b).
    pub vl: Option<Mat<Complex64>>,
    /// Right eigenvectors: `a vr[:, i] = w[i] vr[:, i]` (times b).
    pub vr: Option<Mat<Complex64>>,
}

impl Eig {
    /// SciPy's `w`: alpha / beta; infinity where only beta is zero, NaN where
    /// both are (NaN + NaN j when some alpha is not real).
    pub fn eigenvalues(&self) -> Vec<Complex64> {
        let any_complex = self.alpha.iter().any(|a| a.im != 0.0);
        let nan = Complex64::new(f64::NAN, if any_complex { f64::NAN } else { 0.0 });
        self.alpha
            .iter()
            .zip(&self.beta)
            .map(|(&a, &b)| match (a == Complex64::new(0.0, 0.0), b == 0.0) {
                (_, false) => a / b,
                (false, true) => Complex64::new(f64::INFINITY, 0.0),
                (true, true) => nan,
            })
            .collect()
    }
}

fn want(flag: bool) -> ComputeEigenvectors {
    if flag {
        ComputeEigenvectors::Yes
    } else {
        ComputeEigenvectors::No
    }
}

/// Rejects NaN and infinities whatever `check_finite` says (LAPACK's geev /
/// ggev fail on most of them).
fn require_finite<T: Scalar>(a: MatRef<'_, T>, name: &str) -> Result<()> {
    let finite = (0..a.ncols()).all(|j| (0..a.nrows()).all(|i| a[(i, j)].finite()));
    if finite {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "{name}: array must not contain infs or NaNs"
        )))
    }
}

/// Left and right eigenvectors, each present when wanted.
type VectorPair<T> = (Option<Mat<T>>, Option<Mat<T>>);

/// The left / right eigenvector matrices (n x n, as wanted) of one of
/// faer's Schur-form eigendecompositions `run(ul, ur, par, stack)`, with
/// its workspace; geev's error when the QR iteration does not converge.
fn schur_evd<T: Scalar>(
    n: usize,
    left: bool,
    right: bool,
    run: impl FnOnce(
            Option<MatMut<'_, T>>,
            Option<MatMut<'_, T>>,
            Par,
            &mut MemStack,
        ) -> std::result::Result<(), EvdError>
        + Send,
) -> Result<VectorPair<T>> {
    let mut ul = left.then(|| Mat::<T>::zeros(n, n));
    let mut ur = right.then(|| Mat::<T>::zeros(n, n));
    let outcome = with_par(n, |par| {
        let req = evd_scratch::<T>(n, want(left), want(right), par, Default::default());
        let mut buf = MemBuffer::new(req);
        run(
            ul.as_mut().map(|u| u.as_mut()),
            ur.as_mut().map(|u| u.as_mut()),
            par,
            MemStack::new(&mut buf),
        )
    });
    if outcome.is_err() {
        return Err(singular("eig algorithm (geev) did not converge"));
    }
    Ok((ul, ur))
}

/// Eigenvalues and complex eigenvectors of `a` by faer's real Schur form,
/// conjugate pairs positive imaginary part first.
fn standard(a: MatRef<'_, f64>, left: bool, right: bool) -> Result<Complexified> {
    let n = a.nrows();
    let mut re = Diag::<f64>::zeros(n);
    let mut im = Diag::<f64>::zeros(n);
    let (ul, ur) = schur_evd::<f64>(n, left, right, |ul, ur, par, stack| {
        evd_real(
            a,
            re.as_mut(),
            im.as_mut(),
            ul,
            ur,
            par,
            stack,
            Default::default(),
        )
    })?;
    let im: Vec<f64> = im.column_vector().iter().copied().collect();
    let mut alpha: Vec<Complex64> = re
        .column_vector()
        .iter()
        .zip(&im)
        .map(|(&r, &i)| Complex64::new(r, i))
        .collect();
    let mut vl = ul.map(|v| unpack(&v, &im));
    let mut vr = ur.map(|v| unpack(&v, &im));
    order_pairs(&mut alpha, &mut [&mut vl, &mut vr]);
    Ok((alpha, vec![1.0; n], vl, vr))
}

/// Eigenvalues (alpha, beta) and complex eigenvectors of the pencil (a, b)
/// by faer's complex QZ, with the structure of a real pencil restored (see
/// `realify`). faer 0.24's real QZ (`gevd_real`) returns mismatched
/// eigenvalue pairs on random 6 x 6 pencils, so it is not used.
fn generalized<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    left: bool,
    right: bool,
) -> Result<Complexified> {
    let n = a.nrows();
    let ac = complexified(a);
    let bc = complexified(b);
    let mut aw = ac.clone();
    let mut bw = bc.clone();
    let mut alpha = Diag::<Complex64>::zeros(n);
    let mut beta = Diag::<Complex64>::zeros(n);
    let mut ul = left.then(|| Mat::<Complex64>::zeros(n, n));
    let mut ur = right.then(|| Mat::<Complex64>::zeros(n, n));
    let outcome = with_par(n, |par| {
        // faer 0.24's gevd_scratch omits the eigenvector stage's
        // workspace (a few n-vectors): add room for it.
        let req = gevd_scratch::<Complex64>(n, want(left), want(right), par, Default::default())
            .and(temp_mat_scratch::<Complex64>(n, 16));
        let mut buf = MemBuffer::new(req);
        gevd_cplx(
            aw.as_mut(),
            bw.as_mut(),
            alpha.as_mut(),
            beta.as_mut(),
            ul.as_mut().map(|u| u.as_mut()),
            ur.as_mut().map(|u| u.as_mut()),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        )
    });
    if outcome.is_err() {
        return Err(singular(
            "generalized eig algorithm (ggev) did not converge",
        ));
    }
    let pairs: Vec<(Complex64, f64)> = (0..n).map(|j| real_beta(alpha[j], beta[j])).collect();
    for (v, left) in [(&mut ul, true), (&mut ur, false)] {
        if let Some(v) = v.as_mut() {
            repair_nonfinite(ac.as_ref(), bc.as_ref(), &pairs, v, left)?;
        }
    }
    if T::IS_REAL {
        return Ok(realify(pairs, ul, ur));
    }
    let (alpha, beta) = pairs.into_iter().unzip();
    Ok((alpha, beta, ul, ur))
}

/// `a` as a complex matrix (a copy).
fn complexified<T: Scalar>(a: MatRef<'_, T>) -> Mat<Complex64> {
    Mat::from_fn(a.nrows(), a.ncols(), |i, j| {
        Complex64::new(a[(i, j)].re(), a[(i, j)].im())
    })
}

/// Eigenvalues and eigenvectors of a complex `a` by faer's complex Schur
/// form (zgeev's problem); vectors its back-substitution left non-finite
/// (repeated eigenvalues) are replaced by null vectors of `a - w I`.
fn standard_complex(a: MatRef<'_, Complex64>, left: bool, right: bool) -> Result<Complexified> {
    let n = a.nrows();
    let mut w = Diag::<Complex64>::zeros(n);
    let (mut ul, mut ur) = schur_evd::<Complex64>(n, left, right, |ul, ur, par, stack| {
        evd_cplx(a, w.as_mut(), ul, ur, par, stack, Default::default())
    })?;
    let pairs: Vec<(Complex64, f64)> = (0..n).map(|j| (w[j], 1.0)).collect();
    let eye = Mat::<Complex64>::identity(n, n);
    for (v, left) in [(&mut ul, true), (&mut ur, false)] {
        if let Some(v) = v.as_mut() {
            repair_nonfinite(a, eye.as_ref(), &pairs, v, left)?;
        }
    }
    let (alpha, beta) = pairs.into_iter().unzip();
    Ok((alpha, beta, ul, ur))
}

/// The element types `eig` accepts, each with its solver: real input takes
/// the real Schur / QZ path (conjugate pairs restored), complex input the
/// complex one.
pub trait EigInput: Scalar {
    /// (alpha, beta, vl, vr) of the standard (`b` None) or generalized
    /// problem, before the eigenvectors' normalization.
    #[doc(hidden)]
    fn solve(
        a: MatRef<'_, Self>,
        b: Option<MatRef<'_, Self>>,
        left: bool,
        right: bool,
    ) -> Result<Complexified>;
    /// LAPACK's scaling of eigenvector column j (see `normalize_column`).
    #[doc(hidden)]
    fn normalize(v: &mut Mat<Complex64>, j: usize);
}

impl EigInput for f64 {
    fn solve(
        a: MatRef<'_, f64>,
        b: Option<MatRef<'_, f64>>,
        left: bool,
        right: bool,
    ) -> Result<Complexified> {
        match b {
            None => standard(a, left, right),
            Some(b) => generalized(a, b, left, right),
        }
    }
    fn normalize(v: &mut Mat<Complex64>, j: usize) {
        normalize_column(v, j, false)
    }
}

impl EigInput for Complex64 {
    fn solve(
        a: MatRef<'_, Complex64>,
        b: Option<MatRef<'_, Complex64>>,
        left: bool,
        right: bool,
    ) -> Result<Complexified> {
        match b {
            None => standard_complex(a, left, right),
            Some(b) => generalized(a, b, left, right),
        }
    }
    fn normalize(v: &mut Mat<Complex64>, j: usize) {
        normalize_column(v, j, true)
    }
}

/// Replaces eigenvectors faer's QZ back-substitution left non-finite (it
/// divides by zero on repeated eigenvalues, where LAPACK's tgevc perturbs
/// the pivot) by null vectors of `beta a - alpha b` from its SVD: the
/// k-th repaired column of one eigenvalue takes the k-th smallest singular
/// vector, so a repeated eigenvalue gets independent vectors.
fn repair_nonfinite(
    a: MatRef<'_, Complex64>,
    b: MatRef<'_, Complex64>,
    pairs: &[(Complex64, f64)],
    v: &mut Mat<Complex64>,
    left: bool,
) -> Result<()> {
    let n = v.nrows();
    let mut repaired: Vec<usize> = Vec::new();
    for j in 0..n {
        if (0..n).all(|i| v[(i, j)].is_finite()) {
            continue;
        }
        let (al, be) = pairs[j];
        let near = |k: &&usize| {
            let (a2, b2) = pairs[**k];
            (al * b2 - a2 * be).norm() <= 1e-8 * (al.norm() + be) * (a2.norm() + b2)
        };
        let rank_from_end = repaired.iter().filter(near).count();
        let m = Mat::<Complex64>::from_fn(n, n, |r, c| a[(r, c)] * be - al * b[(r, c)]);
        let svd = m
            .svd()
            .map_err(|_| singular("generalized eig algorithm (ggev) did not converge"))?;
        let basis = if left { svd.U() } else { svd.V() };
        let col = n - 1 - rank_from_end.min(n - 1);
        for i in 0..n {
            v[(i, j)] = basis[(i, col)];
        }
        repaired.push(j);
    }
    Ok(())
}

/// Homogeneous eigenvalues with complex eigenvectors.
pub type Complexified = (
    Vec<Complex64>,
    Vec<f64>,
    Option<Mat<Complex64>>,
    Option<Mat<Complex64>>,
);

/// (alpha, beta) scaled by a unit factor so that beta is real and >= 0.
fn real_beta(alpha: Complex64, beta: Complex64) -> (Complex64, f64) {
    let m = beta.norm();
    if m == 0.0 {
        (alpha, 0.0)
    } else {
        (alpha * (beta.conj() / m), m)
    }
}

/// Restores a real pencil's structure to complex QZ results, as the real
/// QZ gives it: each eigenvalue either is real (its conjugate is nearer to
/// itself than to any other eigenvalue; infinite ones count as real), with a
/// real eigenvector, or pairs with the eigenvalue nearest its conjugate; a
/// pair becomes exactly conjugate (the positive-imaginary member's values,
/// conjugated for the partner), adjacent, positive imaginary part first.
fn realify(
    pairs: Vec<(Complex64, f64)>,
    ul: Option<Mat<Complex64>>,
    ur: Option<Mat<Complex64>>,
) -> Complexified {
    let n = pairs.len();
    let w: Vec<Complex64> = pairs
        .iter()
        .map(|&(a, b)| {
            if b == 0.0 {
                Complex64::new(f64::INFINITY, 0.0)
            } else {
                a / b
            }
        })
        .collect();
    let mut done = vec![false; n];
    // (source column, conjugated, real)
    let mut plan: Vec<(usize, bool, bool)> = Vec::with_capacity(n);
    for j in 0..n {
        if done[j] {
            continue;
        }
        done[j] = true;
        let self_dist = if w[j].is_finite() {
            2.0 * w[j].im.abs()
        } else {
            0.0
        };
        let partner = (0..n)
            .filter(|&k| !done[k] && w[k].is_finite())
            .min_by(|&k, &l| {
                (w[k] - w[j].conj())
                    .norm()
                    .total_cmp(&(w[l] - w[j].conj()).norm())
            });
        match partner {
            Some(k) if w[j].is_finite() && (w[k] - w[j].conj()).norm() < self_dist => {
                done[k] = true;
                let p = if w[j].im >= 0.0 { j } else { k };
                plan.push((p, false, false));
                plan.push((p, true, false));
            }
            _ => plan.push((j, false, true)),
        }
    }
    let alpha_beta = |&(src, conj, real): &(usize, bool, bool)| {
        let (a, b) = pairs[src];
        let a = if real {
            Complex64::new(a.re, 0.0)
        } else if conj {
            a.conj()
        } else {
            a
        };
        (a, b)
    };
    let (alpha, beta): (Vec<Complex64>, Vec<f64>) = plan.iter().map(alpha_beta).unzip();
    let remap = |v: Mat<Complex64>| {
        Mat::from_fn(n, n, |i, c| {
            let (src, conj, real) = plan[c];
            let z = v[(i, src)];
            if real {
                z * real_phase(&v, src)
            } else if conj {
                z.conj()
            } else {
                z
            }
        })
    };
    let real_part = |mut v: Mat<Complex64>| {
        for (c, &(_, _, real)) in plan.iter().enumerate() {
            if real {
                for i in 0..n {
                    v[(i, c)].im = 0.0;
                }
            }
        }
        v
    };
    (
        alpha,
        beta,
        ul.map(remap).map(real_part),
        ur.map(remap).map(real_part),
    )
}

/// The unit factor that makes column j's largest component real positive
/// (a real eigenvector computed in complex arithmetic is real up to it).
fn real_phase(v: &Mat<Complex64>, j: usize) -> Complex64 {
    let k = (0..v.nrows()).fold(0, |k, i| {
        if v[(i, j)].norm_sqr() > v[(k, j)].norm_sqr() {
            i
        } else {
            k
        }
    });
    let z = v[(k, j)];
    if z.norm() == 0.0 {
        Complex64::new(1.0, 0.0)
    } else {
        z.conj() / z.norm()
    }
}

/// The complex eigenvectors of LAPACK's packed real layout: a real
/// eigenvalue's vector is its column; a complex pair (j, j + 1) has
/// `col j + i col j+1` for eigenvalue j and its conjugate for j + 1.
fn unpack(v: &Mat<f64>, im: &[f64]) -> Mat<Complex64> {
    let n = v.nrows();
    let mut out = Mat::<Complex64>::zeros(n, n);
    let mut j = 0;
    while j < n {
        if im[j] == 0.0 || j + 1 == n {
            for i in 0..n {
                out[(i, j)] = Complex64::new(v[(i, j)], 0.0);
            }
            j += 1;
        } else {
            for i in 0..n {
                let z = Complex64::new(v[(i, j)], v[(i, j + 1)]);
                out[(i, j)] = z;
                out[(i, j + 1)] = z.conj();
            }
            j += 2;
        }
    }
    out
}

/// geev's normalization of column j: unit 2-norm, then the first
/// largest-magnitude component made real: with the sign of its real part
/// (dgeev's vectors), or positive (`positive`, zgeev's).
fn normalize_column(v: &mut Mat<Complex64>, j: usize, positive: bool) {
    let n = v.nrows();
    let norm = (0..n).map(|i| v[(i, j)].norm_sqr()).sum::<f64>().sqrt();
    if norm == 0.0 {
        return;
    }
    let mut k = 0;
    for i in 1..n {
        if v[(i, j)].norm_sqr() > v[(k, j)].norm_sqr() {
            k = i;
        }
    }
    let vk = v[(k, j)];
    let sign = if vk.re < 0.0 { -1.0 } else { 1.0 };
    let phase = if positive {
        vk.conj() / vk.norm()
    } else if vk.im == 0.0 {
        Complex64::new(1.0, 0.0)
    } else {
        vk.conj() / vk.norm() * sign
    };
    let scale = phase / norm;
    for i in 0..n {
        let z = v[(i, j)] * scale;
        v[(i, j)] = z;
    }
    v[(k, j)].im = 0.0;
}

/// Puts each conjugate pair positive imaginary part first (LAPACK's order).
fn order_pairs(alpha: &mut [Complex64], vs: &mut [&mut Option<Mat<Complex64>>]) {
    let n = alpha.len();
    let mut j = 0;
    while j + 1 < n {
        if alpha[j].im == 0.0 {
            j += 1;
            continue;
        }
        if alpha[j].im < 0.0 {
            alpha.swap(j, j + 1);
            for v in vs.iter_mut() {
                if let Some(m) = v.as_mut() {
                    for i in 0..m.nrows() {
                        let t = m[(i, j)];
                        m[(i, j)] = m[(i, j + 1)];
                        m[(i, j + 1)] = t;
                    }
                }
            }
        }
        j += 2;
    }
}

/// `scipy.linalg.eig(a, b, left, right)`: eigenvalues (homogeneous) and the
/// requested left / right eigenvectors of a real or complex square `a`,
/// generalized with `b` when given. Non-finite input is always an error
/// (SciPy's LAPACK call raises on most of it and returns meaningless values
/// on the rest).
pub fn eig<T: EigInput>(
    a: MatRef<'_, T>,
    b: Option<MatRef<'_, T>>,
    left: bool,
    right: bool,
) -> Result<Eig> {
    require_square(a, "a")?;
    let n = a.nrows();
    if n == 0 {
        // SciPy returns before looking at b.
        let empty = || Mat::<Complex64>::zeros(0, 0);
        return Ok(Eig {
            alpha: Vec::new(),
            beta: Vec::new(),
            vl: left.then(empty),
            vr: right.then(empty),
        });
    }
    require_finite(a, "a")?;
    let (alpha, beta, mut vl, mut vr) = match b {
        None => T::solve(a, None, left, right)?,
        Some(b) => {
            require_square(b, "b")?;
            if b.nrows() != n {
                return Err(Error::dimension(format!(
                    "a and b must have the same shape: a is {n}x{n}, b is {}x{}",
                    b.nrows(),
                    b.ncols()
                )));
            }
            require_finite(b, "b")?;
            T::solve(a, Some(b), left, right)?
        }
    };
    for v in [&mut vl, &mut vr].into_iter().flatten() {
        for j in 0..n {
            T::normalize(v, j);
        }
    }
    Ok(Eig {
        alpha,
        beta,
        vl,
        vr,
    })
}
