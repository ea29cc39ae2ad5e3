//! C face of the Schur-based matrix functions (`scipy.linalg.sqrtm`,
//! `scipy.linalg.logm`).

use super::{dims, mat_borrow, MatOut, MatView};
use crate::capi::boundary::{guard, sciport_error, sciport_status};
use crate::capi::views::{sciport_cmat, sciport_mat};
use crate::error::Result;
use crate::linalg::common::require_square_shape;
use crate::linalg::{self, Logm, LogmWarning, Sqrtm, SqrtmWarning};
use faer::MatRef;

/// SciPy's LinAlgWarning of a matrix function, reported instead of raised.
#[allow(non_camel_case_types)]
#[repr(i32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sciport_matfunc_warning {
    /// No warning.
    SCIPORT_MATFUNC_OK = 0,
    /// "Matrix is singular. The result might be inaccurate or the array
    /// might not have a square root."
    SCIPORT_MATFUNC_SINGULAR = 1,
    /// "Matrix is ill-conditioned. The result might be inaccurate or the
    /// array might not have a square root."
    SCIPORT_MATFUNC_ILL_CONDITIONED = 2,
}

impl From<SqrtmWarning> for sciport_matfunc_warning {
    fn from(w: SqrtmWarning) -> Self {
        match w {
            SqrtmWarning::None => sciport_matfunc_warning::SCIPORT_MATFUNC_OK,
            SqrtmWarning::Singular => sciport_matfunc_warning::SCIPORT_MATFUNC_SINGULAR,
            SqrtmWarning::IllConditioned => {
                sciport_matfunc_warning::SCIPORT_MATFUNC_ILL_CONDITIONED
            }
        }
    }
}

/// `scipy.linalg.sqrtm(a)`: the principal square root `x` (`x @ x = a`) of a
/// real n x n `a` by the Schur method SciPy uses, into the complex n x n
/// view `sqrtm`. SciPy returns a real array unless an eigenvalue of `a` is
/// real and negative: `*is_real` (NULL: not wanted) says which, and when
/// true every imaginary part written is exactly 0. `*warning` (NULL: not
/// wanted) receives SciPy's LinAlgWarning: singular (an eigenvalue is 0)
/// or ill-conditioned (the result may be inaccurate or no root exist);
/// the result is written either way, with infinities or NaNs where SciPy
/// has them. NaN / Inf in `a` are not an error, as in SciPy: the root is
/// all NaN (is_real true), unless `a` already is in real Schur form, where
/// the recursion propagates them as SciPy's does.
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, sqrtm);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, sqrtm's shape);
/// SCIPORT_ERR_SINGULAR (the Schur form did not converge). Thread safety:
/// reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_sqrtm(
    a: *const sciport_mat,
    sqrtm: *const sciport_cmat,
    is_real: *mut bool,
    warning: *mut sciport_matfunc_warning,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        root_into(a, sqrtm, is_real, warning, linalg::sqrtm)
    })
}

/// A square-root routine of the core (real or complex input).
type Root<T> = fn(MatRef<'_, T>) -> Result<Sqrtm>;

/// Shared body of the two square roots: checks, computes, writes the root
/// and its flags.
///
/// # Safety
/// As for `mat_borrow` (a) and `MatOut::new` (sqrtm); `is_real` / `warning`
/// are NULL or valid for writes.
unsafe fn root_into<V: MatView>(
    a: *const V,
    sqrtm: *const sciport_cmat,
    is_real: *mut bool,
    warning: *mut sciport_matfunc_warning,
    root: Root<V::Elem>,
) -> Result<()> {
    let (m, n) = dims(a, "a")?;
    require_square_shape(m, n, "a")?;
    let out = MatOut::new(sqrtm, n, n, "sqrtm")?;
    let am = mat_borrow(a, "a")?;
    let r = root(am.as_ref())?;
    out.write(r.x.as_ref())?;
    super::schur::put(is_real, r.is_real);
    super::schur::put(warning, r.warning.into());
    Ok(())
}

/// `scipy.linalg.sqrtm(a)` of a complex n x n `a`: the principal square root
/// into `sqrtm` (n x n) by the complex Schur method (upper triangular `a`
/// is used as it is, as SciPy does); `*warning` (NULL: not wanted) as for
/// `sciport_linalg_sqrtm`. NaN / Inf are an error unless `a` is upper
/// triangular (SciPy's complex Schur step fails on them with an internal
/// error; triangular input skips that step and propagates them).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, sqrtm);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, sqrtm's shape);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf); SCIPORT_ERR_SINGULAR (the Schur
/// form did not converge). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_sqrtm_complex(
    a: *const sciport_cmat,
    sqrtm: *const sciport_cmat,
    warning: *mut sciport_matfunc_warning,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        root_into(
            a,
            sqrtm,
            std::ptr::null_mut(),
            warning,
            linalg::sqrtm_complex,
        )
    })
}

/// SciPy's LogmRankWarning of logm, reported instead of raised.
#[allow(non_camel_case_types)]
#[repr(i32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum sciport_logm_warning {
    /// No warning.
    SCIPORT_LOGM_OK = 0,
    /// "The logm input matrix is exactly singular.": a diagonal entry of
    /// the triangular (Schur) form is 0 and was replaced by 1e-20, as SciPy
    /// does, so a finite result is still returned.
    SCIPORT_LOGM_EXACTLY_SINGULAR = 1,
    /// "The logm input matrix may be nearly singular.": a diagonal entry of
    /// the triangular form is below 1e-20 in modulus.
    SCIPORT_LOGM_NEARLY_SINGULAR = 2,
}

impl From<LogmWarning> for sciport_logm_warning {
    fn from(w: LogmWarning) -> Self {
        match w {
            LogmWarning::None => sciport_logm_warning::SCIPORT_LOGM_OK,
            LogmWarning::ExactlySingular => sciport_logm_warning::SCIPORT_LOGM_EXACTLY_SINGULAR,
            LogmWarning::NearlySingular => sciport_logm_warning::SCIPORT_LOGM_NEARLY_SINGULAR,
        }
    }
}

/// `scipy.linalg.logm(a)`: the principal logarithm `x` (`expm(x) = a`) of a
/// real n x n `a` by inverse scaling and squaring on its Schur form (Al-Mohy
/// & Higham 2012), as SciPy computes it, into the complex n x n view
/// `logm`. SciPy returns a real array unless the logarithm is complex (an
/// eigenvalue of `a` real and negative): `*is_real` (NULL: not wanted) says
/// which, and when true every imaginary part written is exactly 0.
/// `*errest` (NULL: not wanted) receives SciPy's error estimate
/// `‖expm(x) - a‖₁ / ‖a‖₁` (what `logm(a, disp=False)` returns); SciPy
/// warns "logm result may be inaccurate" when it is not below 1000 eps or
/// not finite (a = 0 gives ∞). `*warning` (NULL: not wanted) receives its
/// singularity warning; the result is written either way. Where SciPy's
/// square roots fail the result is all NaN, as SciPy's. A 0 x 0 `a` gives
/// an empty result and errest 0 (SciPy 1.17 raises there; its own test
/// marks that as a known failure).
///
/// Errors: SCIPORT_ERR_NULL_POINTER (a, logm);
/// SCIPORT_ERR_DIMENSION_MISMATCH (a not square, logm's shape);
/// SCIPORT_ERR_INVALID_ARGUMENT (NaN/Inf in `a`, as SciPy's Schur step);
/// SCIPORT_ERR_SINGULAR (the Schur form did not converge). Thread safety:
/// reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_logm(
    a: *const sciport_mat,
    logm: *const sciport_cmat,
    is_real: *mut bool,
    errest: *mut f64,
    warning: *mut sciport_logm_warning,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        log_into(a, logm, is_real, errest, warning, linalg::logm)
    })
}

/// `scipy.linalg.logm(a)` of a complex n x n `a`: the principal logarithm
/// into `logm` (n x n) by the complex Schur form (upper triangular `a` is
/// used as it is, as SciPy does); `*errest` and `*warning` (NULL: not
/// wanted) as for `sciport_linalg_logm`.
///
/// Errors: as `sciport_linalg_logm`. Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_linalg_logm_complex(
    a: *const sciport_cmat,
    logm: *const sciport_cmat,
    errest: *mut f64,
    warning: *mut sciport_logm_warning,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        log_into(
            a,
            logm,
            std::ptr::null_mut(),
            errest,
            warning,
            linalg::logm_complex,
        )
    })
}

/// A logarithm routine of the core (real or complex input).
type Log<T> = fn(MatRef<'_, T>) -> Result<Logm>;

/// Shared body of the two logarithms: checks, computes, writes the result
/// and its flags.
///
/// # Safety
/// As for `mat_borrow` (a) and `MatOut::new` (logm); `is_real`, `errest`
/// and `warning` are NULL or valid for writes.
unsafe fn log_into<V: MatView>(
    a: *const V,
    logm: *const sciport_cmat,
    is_real: *mut bool,
    errest: *mut f64,
    warning: *mut sciport_logm_warning,
    log: Log<V::Elem>,
) -> Result<()> {
    let (m, n) = dims(a, "a")?;
    require_square_shape(m, n, "a")?;
    let out = MatOut::new(logm, n, n, "logm")?;
    let am = mat_borrow(a, "a")?;
    let r = log(am.as_ref())?;
    out.write(r.x.as_ref())?;
    super::schur::put(is_real, r.is_real);
    super::schur::put(errest, r.errest);
    super::schur::put(warning, r.warning.into());
    Ok(())
}
