//! Symmetric eigenproblem: `eigh`, `eigvalsh`, standard and generalized
//! (b symmetric positive definite, type 1 / 2 / 3).

use super::common::{check_finite, require_square, with_par, Scalar};
use super::triangular::{solve_in_place, Trans};
use crate::error::{Error, ErrorKind, Result};
use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::cholesky::llt::factor::{cholesky_in_place, cholesky_in_place_scratch, LltError};
use faer::linalg::evd::{self_adjoint_evd, self_adjoint_evd_scratch, ComputeEigenvectors};
use faer::{Mat, MatRef};

/// `eigh`'s keyword arguments with SciPy's defaults.
#[derive(Debug, Clone, Default)]
pub struct EighOptions {
    /// Use the lower triangle (SciPy's default `lower=True`).
    pub lower: bool,
    pub eigvals_only: bool,
    pub check_finite: bool,
    /// Inclusive 0-based index range `[lo, hi]` of eigenvalues to return.
    pub subset_by_index: Option<(i64, i64)>,
    /// Half-open value interval `(lo, hi]` of eigenvalues to return.
    pub subset_by_value: Option<(f64, f64)>,
    /// LAPACK driver name; every one SciPy accepts for b = None gives the
    /// same result here.
    pub driver: Option<String>,
}

impl EighOptions {
    /// SciPy's defaults: lower, eigenvectors, check_finite, no subset.
    pub fn scipy_default() -> Self {
        EighOptions {
            lower: true,
            check_finite: true,
            ..Default::default()
        }
    }
}

/// Ascending (real) eigenvalues and (unless eigvals_only) the matching
/// orthonormal eigenvectors as columns.
pub struct EighResult<T = f64> {
    pub w: Vec<f64>,
    pub v: Option<Mat<T>>,
}

const DRIVERS: &[&str] = &["ev", "evd", "evr", "evx", "gv", "gvd", "gvx"];

fn check_options(opts: &EighOptions, n: usize) -> Result<()> {
    check_driver_name(opts)?;
    check_subsets(opts, n)?;
    check_driver(opts, false)
}

fn check_driver_name(opts: &EighOptions) -> Result<()> {
    match opts.driver.as_deref() {
        Some(d) if !DRIVERS.contains(&d) => Err(Error::unknown_name("driver", d, DRIVERS)),
        _ => Ok(()),
    }
}

/// The driver rules of SciPy's eigh for the standard (`generalized` false)
/// or the generalized problem (after the name check).
fn check_driver(opts: &EighOptions, generalized: bool) -> Result<()> {
    let subset = opts.subset_by_index.is_some() || opts.subset_by_value.is_some();
    let Some(d) = opts.driver.as_deref() else {
        return Ok(());
    };
    match (generalized, d.starts_with('g')) {
        (false, true) => Err(Error::invalid(format!(
            "driver \"{d}\" is for the generalized problem (b given); use ev, evd, evr or evx"
        ))),
        (true, false) => Err(Error::invalid(format!(
            "\"{d}\" does not accept input b array for standard eigenvalue problems."
        ))),
        _ if subset && matches!(d, "ev" | "evd") => Err(Error::invalid(format!(
            "\"{d}\" driver does not support subset selection."
        ))),
        _ if subset && matches!(d, "gv" | "gvd") => Err(Error::invalid(format!(
            "\"{d}\" cannot compute subsets of eigenvalues"
        ))),
        _ => Ok(()),
    }
}

/// Subset arguments: at most one, valid index range / value interval.
fn check_subsets(opts: &EighOptions, n: usize) -> Result<()> {
    if opts.subset_by_index.is_some() && opts.subset_by_value.is_some() {
        return Err(Error::invalid(
            "Either index or value subset can be requested.",
        ));
    }
    if let Some((lo, hi)) = opts.subset_by_index {
        if lo < 0 || hi < lo || hi >= n as i64 {
            return Err(Error::invalid(format!(
                "Requested eigenvalue indices are not valid. Valid range is [0, {}] and start <= end, but start={lo}, end={hi} is given",
                n as i64 - 1
            )));
        }
    }
    if let Some((lo, hi)) = opts.subset_by_value {
        if lo.is_nan() || hi.is_nan() || hi <= lo {
            return Err(Error::invalid(format!(
                "subset_by_value: need lo < hi for the interval (lo, hi]; got ({lo}, {hi})"
            )));
        }
    }
    Ok(())
}

/// Indices of the eigenvalues (ascending `w`) the subset options select.
fn selected(w: &[f64], opts: &EighOptions) -> Vec<usize> {
    match (opts.subset_by_index, opts.subset_by_value) {
        (Some((lo, hi)), _) => (lo as usize..=hi as usize).collect(),
        (None, Some((lo, hi))) => (0..w.len()).filter(|&i| w[i] > lo && w[i] <= hi).collect(),
        (None, None) => (0..w.len()).collect(),
    }
}

/// scipy.linalg.eigh(a) for a real symmetric or complex Hermitian `a`,
/// reading the triangle `opts.lower` selects (for complex `a` without the
/// diagonal's imaginary parts, as LAPACK's heevr).
pub fn eigh<T: Scalar>(a: MatRef<'_, T>, opts: &EighOptions) -> Result<EighResult<T>> {
    require_square(a, "a")?;
    check_finite(a, opts.check_finite, "a")?;
    let n = a.nrows();
    check_options(opts, n)?;
    if n == 0 {
        let v = (!opts.eigvals_only).then(|| Mat::<T>::zeros(0, 0));
        return Ok(EighResult { w: Vec::new(), v });
    }
    // faer reads the lower triangle; the upper one enters transposed (real)
    // or as the lower triangle of its Hermitian completion (complex).
    let hermitian = (!T::IS_REAL).then(|| {
        Mat::from_fn(n, n, |i, j| match i.cmp(&j) {
            std::cmp::Ordering::Equal => T::from_re(a[(i, i)].re()),
            std::cmp::Ordering::Greater if opts.lower => a[(i, j)],
            std::cmp::Ordering::Greater => a[(j, i)].conjugate(),
            std::cmp::Ordering::Less => T::ZERO,
        })
    });
    let src = match &hermitian {
        Some(h) => h.as_ref(),
        None if opts.lower => a,
        None => a.transpose(),
    };
    let want = if opts.eigvals_only {
        ComputeEigenvectors::No
    } else {
        ComputeEigenvectors::Yes
    };
    let mut s = Diag::<T>::zeros(n);
    let mut u = (!opts.eigvals_only).then(|| Mat::<T>::zeros(n, n));
    let outcome = with_par(n, |par| {
        let mut buf = MemBuffer::new(self_adjoint_evd_scratch::<T>(
            n,
            want,
            par,
            Default::default(),
        ));
        self_adjoint_evd(
            src,
            s.as_mut(),
            u.as_mut().map(|u| u.as_mut()),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        )
    });
    if outcome.is_err() {
        return Err(Error::new(
            ErrorKind::Singular,
            "eigenvalue computation did not converge",
        ));
    }
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| s[i].re().total_cmp(&s[j].re()));
    let w_all: Vec<f64> = order.iter().map(|&i| s[i].re()).collect();
    let pick = selected(&w_all, opts);
    let w = pick.iter().map(|&i| w_all[i]).collect();
    let v = u.map(|u| Mat::from_fn(n, pick.len(), |r, c| u[(r, order[pick[c]])]));
    Ok(EighResult { w, v })
}

/// The lower Cholesky factor L of the triangle of `b` that `lower` selects
/// (b = L Lᵀ; the upper triangle U gives L = Uᵀ), or SciPy's error naming
/// the leading minor that is not positive definite.
fn cholesky_lower(b: MatRef<'_, f64>, lower: bool) -> Result<Mat<f64>> {
    let n = b.nrows();
    let src = if lower { b } else { b.transpose() };
    let mut l = Mat::from_fn(n, n, |i, j| if i >= j { src[(i, j)] } else { 0.0 });
    let outcome = with_par(n, |par| {
        let req = cholesky_in_place_scratch::<f64>(n, par, Default::default());
        let mut buf = MemBuffer::new(req);
        cholesky_in_place(
            l.as_mut(),
            Default::default(),
            par,
            MemStack::new(&mut buf),
            Default::default(),
        )
    });
    if let Err(LltError::NonPositivePivot { index }) = outcome {
        return Err(Error::new(
            ErrorKind::Singular,
            format!(
                "The leading minor of order {} of B is not positive definite. The factorization of B could not be completed and no eigenvalues or eigenvectors were computed.",
                index + 1
            ),
        ));
    }
    for j in 0..n {
        for i in 0..j {
            l[(i, j)] = 0.0;
        }
    }
    Ok(l)
}

/// The symmetric matrix of the triangle of `a` that `lower` selects.
fn symmetric_from(a: MatRef<'_, f64>, lower: bool) -> Mat<f64> {
    Mat::from_fn(a.nrows(), a.ncols(), |i, j| {
        if (i >= j) == lower {
            a[(i, j)]
        } else {
            a[(j, i)]
        }
    })
}

/// scipy.linalg.eigh(a, b, type=itype) for real symmetric `a` and symmetric
/// positive definite `b` (both read from the triangle `opts.lower`
/// selects): type 1 `a v = w b v`, 2 `a b v = w v`, 3 `b a v = w v`, by the
/// Cholesky reduction of LAPACK's sygv (b = L Lᵀ; C = L⁻¹ a L⁻ᵀ for type 1,
/// Lᵀ a L otherwise; v = L⁻ᵀ y for types 1 and 2, L y for 3), so that
/// vᵀ b v = I (types 1, 2) or vᵀ b⁻¹ v = I (type 3).
pub fn eigh_generalized(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    itype: i32,
    opts: &EighOptions,
) -> Result<EighResult> {
    check_driver_name(opts)?;
    require_square(a, "a")?;
    check_finite(a, opts.check_finite, "a")?;
    let n = a.nrows();
    if n == 0 {
        let v = (!opts.eigvals_only).then(|| Mat::<f64>::zeros(0, 0));
        return Ok(EighResult { w: Vec::new(), v });
    }
    check_finite(b, opts.check_finite, "b")?;
    if b.nrows() != b.ncols() {
        return Err(Error::dimension("expected square \"b\" matrix"));
    }
    if b.nrows() != n {
        return Err(Error::dimension(format!(
            "wrong b dimensions ({}, {}), should be ({n}, {n})",
            b.nrows(),
            b.ncols()
        )));
    }
    if !(1..=3).contains(&itype) {
        return Err(Error::invalid("\"type\" keyword only accepts 1, 2, and 3."));
    }
    check_subsets(opts, n)?;
    check_driver(opts, true)?;
    let l = cholesky_lower(b, opts.lower)?;
    let full = symmetric_from(a, opts.lower);
    let c = if itype == 1 {
        // L⁻¹ a L⁻ᵀ = L⁻¹ (L⁻¹ a)ᵀ, a symmetric
        let mut x = full;
        solve_in_place(l.as_ref(), &mut x, true, Trans::N, false);
        let mut y = x.transpose().to_owned();
        solve_in_place(l.as_ref(), &mut y, true, Trans::N, false);
        y
    } else {
        l.transpose() * &full * &l
    };
    let c = Mat::from_fn(n, n, |i, j| 0.5 * (c[(i, j)] + c[(j, i)]));
    let standard = EighOptions {
        lower: true,
        driver: None,
        check_finite: false,
        ..opts.clone()
    };
    let r = eigh(c.as_ref(), &standard)?;
    let v = r.v.map(|mut y| {
        if itype == 3 {
            &l * &y
        } else {
            solve_in_place(l.as_ref(), &mut y, true, Trans::T, false);
            y
        }
    });
    Ok(EighResult { w: r.w, v })
}
