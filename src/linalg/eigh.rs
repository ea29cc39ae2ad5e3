//! Symmetric eigenproblem: `eigh`, `eigvalsh` (standard problem, b = None).

use super::common::{check_finite, require_square, with_par};
use crate::error::{Error, ErrorKind, Result};
use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
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

/// Ascending eigenvalues and (unless eigvals_only) the matching orthonormal
/// eigenvectors as columns.
pub struct EighResult {
    pub w: Vec<f64>,
    pub v: Option<Mat<f64>>,
}

const DRIVERS: &[&str] = &["ev", "evd", "evr", "evx", "gv", "gvd", "gvx"];

fn check_options(opts: &EighOptions, n: usize) -> Result<()> {
    let subset = opts.subset_by_index.is_some() || opts.subset_by_value.is_some();
    if opts.subset_by_index.is_some() && opts.subset_by_value.is_some() {
        return Err(Error::invalid(
            "Either index or value subset can be requested.",
        ));
    }
    if let Some(d) = opts.driver.as_deref() {
        if !DRIVERS.contains(&d) {
            return Err(Error::unknown_name("driver", d, DRIVERS));
        }
        if d.starts_with('g') {
            return Err(Error::invalid(format!(
                "driver \"{d}\" is for the generalized problem (b given); use ev, evd, evr or evx"
            )));
        }
        if subset && (d == "ev" || d == "evd") {
            return Err(Error::invalid(format!(
                "\"{d}\" driver does not support subset selection."
            )));
        }
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

/// scipy.linalg.eigh(a) for a real symmetric `a`, reading the triangle
/// `opts.lower` selects.
pub fn eigh(a: MatRef<'_, f64>, opts: &EighOptions) -> Result<EighResult> {
    require_square(a, "a")?;
    check_finite(a, opts.check_finite, "a")?;
    let n = a.nrows();
    check_options(opts, n)?;
    if n == 0 {
        let v = (!opts.eigvals_only).then(|| Mat::<f64>::zeros(0, 0));
        return Ok(EighResult { w: Vec::new(), v });
    }
    // faer reads the lower triangle; the upper one enters transposed.
    let src = if opts.lower { a } else { a.transpose() };
    let want = if opts.eigvals_only {
        ComputeEigenvectors::No
    } else {
        ComputeEigenvectors::Yes
    };
    let mut s = Diag::<f64>::zeros(n);
    let mut u = (!opts.eigvals_only).then(|| Mat::<f64>::zeros(n, n));
    let outcome = with_par(n, |par| {
        let mut buf = MemBuffer::new(self_adjoint_evd_scratch::<f64>(
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
    order.sort_by(|&i, &j| s[i].total_cmp(&s[j]));
    let w_all: Vec<f64> = order.iter().map(|&i| s[i]).collect();
    let pick = selected(&w_all, opts);
    let w = pick.iter().map(|&i| w_all[i]).collect();
    let v = u.map(|u| Mat::from_fn(n, pick.len(), |r, c| u[(r, order[pick[c]])]));
    Ok(EighResult { w, v })
}
