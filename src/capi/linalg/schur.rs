//! C face of the Schur decomposition (`scipy.linalg.schur`) and of the
//! matrix equations built on it (`solve_sylvester`, the Lyapunov and the
//! algebraic Riccati equations).

use std::ffi::c_char;

use super::{dims, mat_borrow, MatOut, MatView};
use crate::capi::boundary::{guard, opt_str, sciport_error, sciport_status};
use crate::capi::views::{sciport_cmat, sciport_mat};
use crate::error::Result;
use crate::linalg::common::require_square_shape;
use crate::linalg::{self, DiscreteLyapunovMethod, RiccatiInput, SchurSort};
use faer::{Mat, MatRef};

/// Stores `value` through `p` when the caller asked for it (non-NULL).
///
/// # Safety
/// `p` is NULL or valid for writes.
pub(super) unsafe fn put<T>(p: *mut T, value: T) {
    if !p.is_null() {
        *p = value;
    }
}

/// `scipy.linalg.schur(a, output='real', sort, check_finite)`: `a = z t zᵀ`
/// of a real n x n `a`, `t` (n x n) quasi-upper triangular with 1 x 1 blocks
/// for real eigenvalues and 2 x 2 blocks `[x b; c x]` (b c < 0) for complex
/// conjugate pairs `x ± sqrt(-b c) i`, as LAPACK's gees returns them; `z`
/// (n x n, orthogonal; NULL: not wanted). `sort` is NULL (no ordering) or
/// SciPy's "lhp" (real part < 0), "rhp" (>= 0), "iuc" (|w| <= 1) or "ouc"
/// (|w| > 1): the selected eigenvalues come first and `*sdim` (NULL: not
/// wanted; 0 without sort) receives how many there are, a conjugate pair
/// counting two. The Schur form is not unique: `t` and `z` may differ from
/// SciPy's by the order of the unsorted eigenvalues and the signs of `z`'s
/// columns. Non-finite input fails even with `check_finite = false`.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, t); SCIPORT_ERR_DIMENSION_MISMATCH
/// (a not square, t / z shapes); SCIPORT_ERR_UNKNOWN_NAME (sort);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (the QR
/// iteration did not converge, or eigenvalues too close to reorder).
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_schur(
    a: *const sciport_mat,
    sort: *const c_char,
    check_finite: bool,
    t: *const sciport_mat,
    z: *const sciport_mat,
    sdim: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    let _ = check_finite;
    guard(err, || unsafe {
        schur_into(a, sort, t, z, sdim, linalg::schur_real)
    })
}

/// `scipy.linalg.schur(a, output='complex', sort, check_finite)`: `a = z t zᴴ`
/// of a complex n x n `a` (SciPy converts real input to complex for this
/// output; so can the caller), `t` (n x n) upper triangular with the
/// eigenvalues on its diagonal, `z` (n x n, unitary; NULL: not wanted).
/// `sort` and `*sdim` as for `sciport_linalg_schur` (each eigenvalue counts
/// one). The form is unique only up to the order of unsorted eigenvalues
/// and unit factors of z's columns. Non-finite input fails even with
/// `check_finite = false`.
///
/// Errors: as `sciport_linalg_schur`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_schur_complex(
    a: *const sciport_cmat,
    sort: *const c_char,
    check_finite: bool,
    t: *const sciport_cmat,
    z: *const sciport_cmat,
    sdim: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    let _ = check_finite;
    guard(err, || unsafe {
        schur_into(a, sort, t, z, sdim, linalg::schur_complex)
    })
}

/// A Schur decomposition routine of the core (real or complex).
type Decompose<T> = fn(MatRef<'_, T>, Option<SchurSort>) -> Result<linalg::Schur<T>>;

/// Shared body of the real and complex Schur decompositions.
///
/// # Safety
/// As for `mat_borrow` (a), `MatOut::new` (t, z), `opt_str` (sort) and `put`
/// (sdim).
unsafe fn schur_into<V: MatView>(
    a: *const V,
    sort: *const c_char,
    t: *const V,
    z: *const V,
    sdim: *mut usize,
    decompose: Decompose<V::Elem>,
) -> Result<()> {
    let sort = SchurSort::parse(opt_str(sort, "sort")?)?;
    let (m, n) = dims(a, "a")?;
    require_square_shape(m, n, "a")?;
    let t_out = MatOut::new(t, n, n, "t")?;
    let z_out = MatOut::optional(z, n, n, "z")?;
    let am = mat_borrow(a, "a")?;
    let s = decompose(am.as_ref(), sort)?;
    t_out.write(s.t.as_ref())?;
    if let Some(o) = &z_out {
        o.write(s.z.as_ref())?;
    }
    put(sdim, s.sdim);
    Ok(())
}

/// `scipy.linalg.solve_sylvester(a, b, q)`: `x` (m x n) with
/// `a x + x b = q` for real `a` (m x m), `b` (n x n), `q` (m x n), by the
/// Bartels–Stewart method (Schur forms of `a` and `b`, LAPACK's trsyl
/// back substitution). `*perturbed` (NULL: not wanted) is set when `a` and
/// `-b` have (nearly) common eigenvalues, so that trsyl perturbed the
/// equation and `x` is inaccurate or meaningless (SciPy returns it without
/// a word). NaN / Inf are an error.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, b, q, x);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a or b not square, q / x shapes);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (a Schur
/// form did not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_sylvester(
    a: *const sciport_mat,
    b: *const sciport_mat,
    q: *const sciport_mat,
    x: *const sciport_mat,
    perturbed: *mut bool,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (ma, na) = dims(a, "a")?;
        let (mb, nb) = dims(b, "b")?;
        require_square_shape(ma, na, "a")?;
        require_square_shape(mb, nb, "b")?;
        let out = MatOut::new(x, ma, nb, "x")?;
        let (am, bm, qm) = (
            mat_borrow(a, "a")?,
            mat_borrow(b, "b")?,
            mat_borrow(q, "q")?,
        );
        let s = linalg::solve_sylvester(am.as_ref(), bm.as_ref(), qm.as_ref())?;
        out.write(s.x.as_ref())?;
        put(perturbed, s.perturbed);
        Ok(())
    })
}

/// `scipy.linalg.solve_continuous_lyapunov(a, q)`: `x` (n x n) with
/// `a x + x aᵀ = q` for real n x n `a` and `q`, from the Schur form of `a`.
/// `*perturbed` (NULL: not wanted) is set where SciPy warns (RuntimeWarning:
/// an eigenvalue pair of `a` sums to zero or nearly, and the solution comes
/// from perturbed coefficients). NaN / Inf are an error.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, q, x);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, q / x shapes);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (the Schur
/// form did not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_continuous_lyapunov(
    a: *const sciport_mat,
    q: *const sciport_mat,
    x: *const sciport_mat,
    perturbed: *mut bool,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (m, n) = dims(a, "a")?;
        require_square_shape(m, n, "a")?;
        let out = MatOut::new(x, n, n, "x")?;
        let (am, qm) = (mat_borrow(a, "a")?, mat_borrow(q, "q")?);
        let s = linalg::solve_continuous_lyapunov(am.as_ref(), qm.as_ref())?;
        out.write(s.x.as_ref())?;
        put(perturbed, s.perturbed);
        Ok(())
    })
}

/// `scipy.linalg.solve_discrete_lyapunov(a, q, method)`: `x` (n x n) with
/// `a x aᵀ - x + q = 0` for real n x n `a` and `q`. `method` is NULL
/// (SciPy's choice: "direct" below n = 10, else "bilinear"), "direct"
/// (the n² x n² Kronecker system by LU) or "bilinear" (mapped to a
/// continuous Lyapunov equation), case-insensitive as in SciPy.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, q, x);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, q / x shapes);
/// SCIPORT_ERR_UNKNOWN_NAME (method); SCIPORT_ERR_INVALID_ARGUMENT
/// (NaN/Inf); SCIPORT_ERR_SINGULAR (the direct system or a + I is
/// singular: SciPy's LinAlgError). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_solve_discrete_lyapunov(
    a: *const sciport_mat,
    q: *const sciport_mat,
    method: *const c_char,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (m, n) = dims(a, "a")?;
        require_square_shape(m, n, "a")?;
        let method = DiscreteLyapunovMethod::parse(opt_str(method, "method")?, n)?;
        let out = MatOut::new(x, n, n, "x")?;
        let (am, qm) = (mat_borrow(a, "a")?, mat_borrow(q, "q")?);
        out.write(linalg::solve_discrete_lyapunov(am.as_ref(), qm.as_ref(), method)?.as_ref())
    })
}

/// A column-major copy of an optional matrix argument (NULL = SciPy's
/// None).
///
/// # Safety
/// As for `mat_in`.
unsafe fn optional_input(p: *const sciport_mat, name: &str) -> Result<Option<Mat<f64>>> {
    if p.is_null() {
        Ok(None)
    } else {
        super::mat_in(p, name).map(Some)
    }
}

/// Shared body of the two Riccati solvers.
///
/// # Safety
/// As for `mat_borrow` (every input) and `MatOut::new` (x).
#[allow(clippy::too_many_arguments)]
unsafe fn riccati(
    solver: fn(&RiccatiInput<'_>) -> Result<Mat<f64>>,
    a: *const sciport_mat,
    b: *const sciport_mat,
    q: *const sciport_mat,
    r: *const sciport_mat,
    e: *const sciport_mat,
    s: *const sciport_mat,
    balanced: bool,
    x: *const sciport_mat,
) -> Result<()> {
    let (m, _) = dims(a, "a")?;
    let out = MatOut::new(x, m, m, "x")?;
    // column-major copies: the refinement's products would round
    // differently for other layouts, and every layout must give the same x
    let (am, bm) = (super::mat_in(a, "a")?, super::mat_in(b, "b")?);
    let (qm, rm) = (super::mat_in(q, "q")?, super::mat_in(r, "r")?);
    let (em, sm) = (optional_input(e, "e")?, optional_input(s, "s")?);
    let inp = RiccatiInput {
        a: am.as_ref(),
        b: bm.as_ref(),
        q: qm.as_ref(),
        r: rm.as_ref(),
        e: em.as_ref().map(|v| v.as_ref()),
        s: sm.as_ref().map(|v| v.as_ref()),
        balanced,
    };
    out.write(solver(&inp)?.as_ref())
}

/// `scipy.linalg.solve_continuous_are(a, b, q, r, e, s, balanced)`: the
/// stabilizing solution `x` (m x m, symmetric) of
/// `aᵀ x e + eᵀ x a - (eᵀ x b + s) r⁻¹ (bᵀ x e + sᵀ) + q = 0` for real
/// `a` (m x m), `b` (m x n), `q` (m x m, symmetric), `r` (n x n, symmetric,
/// nonsingular), optional `e` (m x m, nonsingular; NULL: identity) and `s`
/// (m x n; NULL: zero). Method: SciPy's extended Hamiltonian pencil,
/// balanced when `balanced` (SciPy's default true), deflated to order 2m;
/// the stable subspace of `J⁻¹ H` from an ordered real Schur form.
///
/// Errors (SciPy's messages): SCIPORT_ERR_NULL_POINTER (a, b, q, r, x);
/// SCIPORT_ERR_DIMENSION_MISMATCH (non-square a / q / r / e, inconsistent
/// shapes, x's shape); SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf, q or r not
/// symmetric, r or e numerically singular); SCIPORT_ERR_SINGULAR (no finite
/// stabilizing solution: "Failed to find a finite solution." or eigenvalues
/// too close to the imaginary axis). Thread safety: reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_solve_continuous_are(
    a: *const sciport_mat,
    b: *const sciport_mat,
    q: *const sciport_mat,
    r: *const sciport_mat,
    e: *const sciport_mat,
    s: *const sciport_mat,
    balanced: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        riccati(linalg::solve_continuous_are, a, b, q, r, e, s, balanced, x)
    })
}

/// `scipy.linalg.solve_discrete_are(a, b, q, r, e, s, balanced)`: the
/// stabilizing solution `x` (m x m, symmetric) of
/// `aᵀ x a - eᵀ x e - (aᵀ x b + s) (r + bᵀ x b)⁻¹ (bᵀ x a + sᵀ) + q = 0`,
/// shapes and optional arguments as `sciport_linalg_solve_continuous_are`
/// (`r` may be singular here, as in SciPy). Method: SciPy's extended
/// symplectic pencil, balanced and deflated likewise; the subspace of the
/// eigenvalues inside the unit circle from an ordered real Schur form of
/// the pencil's Cayley transform.
///
/// Errors: as `sciport_linalg_solve_continuous_are`, the SINGULAR message
/// naming eigenvalues too close to the unit circle. Thread safety:
/// reentrant.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_linalg_solve_discrete_are(
    a: *const sciport_mat,
    b: *const sciport_mat,
    q: *const sciport_mat,
    r: *const sciport_mat,
    e: *const sciport_mat,
    s: *const sciport_mat,
    balanced: bool,
    x: *const sciport_mat,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        riccati(linalg::solve_discrete_are, a, b, q, r, e, s, balanced, x)
    })
}
