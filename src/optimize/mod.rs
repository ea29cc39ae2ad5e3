//! `scipy.optimize` scalar solvers: `root_scalar` and `minimize_scalar`.

use crate::error::Result;

/// A scalar function as the solvers see it; an `Err` (e.g. a failed user
/// callback) aborts the solver and is returned unchanged.
pub type ScalarFn<'a> = dyn FnMut(f64) -> Result<f64> + 'a;

/// SciPy's RootResults flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RootFlag {
    /// "converged"
    Converged,
    /// "sign error"
    SignError,
    /// "convergence error"
    ConvergenceError,
    /// "value error"
    ValueError,
    /// "No error" (in progress)
    InProgress,
}

/// `root_scalar` keywords (`None` = SciPy's `None`).
#[derive(Debug, Clone, Copy, Default)]
pub struct RootScalarOptions<'a> {
    pub method: Option<&'a str>,
    pub bracket: Option<[f64; 2]>,
    pub x0: Option<f64>,
    pub x1: Option<f64>,
    pub xtol: Option<f64>,
    pub rtol: Option<f64>,
    pub maxiter: Option<i64>,
}

/// SciPy's RootResults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RootResults {
    pub root: f64,
    pub iterations: usize,
    pub function_calls: usize,
    pub converged: bool,
    pub flag: RootFlag,
}

/// `minimize_scalar` keywords (`None` = SciPy's `None`).
#[derive(Debug, Clone, Copy)]
pub struct MinimizeScalarOptions<'a> {
    pub method: Option<&'a str>,
    pub bracket: Option<&'a [f64]>,
    pub bounds: Option<[f64; 2]>,
    pub tol: Option<f64>,
    pub xatol: f64,
    pub maxiter: Option<i64>,
}

/// SciPy's OptimizeResult for minimize_scalar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MinimizeScalarResult {
    pub x: f64,
    pub fun: f64,
    pub nit: usize,
    pub nfev: usize,
    pub success: bool,
    pub status: i32,
    pub message: &'static std::ffi::CStr,
}

// --- temporary signatures; replaced by the real implementation ---
/// Pending.
pub fn root_scalar(_f: &mut ScalarFn, _d1: Option<&mut ScalarFn>, _d2: Option<&mut ScalarFn>, _o: &RootScalarOptions) -> Result<RootResults> { Err(crate::error::Error::invalid("pending")) }
/// Pending.
pub fn minimize_scalar(_f: &mut ScalarFn, _o: &MinimizeScalarOptions) -> Result<MinimizeScalarResult> { Err(crate::error::Error::invalid("pending")) }
