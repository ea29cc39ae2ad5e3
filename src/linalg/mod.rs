//! `scipy.linalg`: dense decompositions and solvers on faer matrices.
//!
//! Inputs are borrowed `MatRef<f64>` (any strides); results are owned
//! column-major `Mat<f64>` or plain vectors. The algorithms are faer's
//! (blocked LU, Cholesky, SVD, self-adjoint EVD) with SciPy's conventions on
//! top: LAPACK's pivot sequence, `check_finite`, SciPy's messages for singular
//! and non-positive-definite matrices, LAPACK's 1-norm condition estimate.
//!
//! Layout by algorithm: `lu` (lu_factor, lu_solve, lu, inv, det), `cholesky`,
//! `triangular`, `solve` (the `assume_a` dispatcher), `condest` (the 1-norm
//! estimator), `svd`, `eigh`, `eig` (eig, eigvals: standard and
//! generalized), `hessenberg`, `polar`, `expm`, `ldl` (Bunch–Kaufman),
//! `householder` (LAPACK-convention reflectors, on the run-time dispatched
//! vector `kernels`) under `qr` (qr, rq), `lstsq` (lstsq, pinv), `subspace`
//! (matrix_rank, null_space, orth), `norm`, `banded` (solve_banded,
//! solveh_banded), `toeplitz` (solve_toeplitz, solve_circulant), `special`
//! (toeplitz, circulant, hilbert, kron, block_diag); `common` holds argument
//! checks and the thread policy.

mod balance;
mod bidiag_values;
pub(crate) mod common;
mod condest;
mod householder;
mod kernels;

pub mod banded;
pub mod cholesky;
pub mod eig;
pub mod eigh;
pub mod expm;
pub mod hessenberg;
pub mod ldl;
mod ldl_panel;
pub mod logm;
pub mod lstsq;
pub mod lu;
pub mod norm;
pub mod polar;
pub mod qr;
mod qr_pivoted;
pub mod riccati;
pub mod schur;
mod schur_complex;
mod schur_complex_multishift;
mod schur_multishift;
mod schur_swap;
pub mod solve;
pub mod special;
pub mod sqrtm;
pub mod subspace;
pub mod svd;
pub mod sylvester;
pub mod toeplitz;
pub mod triangular;

pub use banded::{solve_banded, solveh_banded};
pub use cholesky::{cho_factor, cho_solve, cholesky};
pub use eig::{eig, Eig};
pub use eigh::{eigh, eigh_generalized, EighOptions, EighResult};
pub use expm::expm;
pub use hessenberg::{hessenberg, Hessenberg};
pub use ldl::{ldl, Ldl};
pub use logm::{logm, logm_complex, Logm, LogmWarning};
pub use lstsq::{lstsq, pinv, Lstsq, LstsqDriver};
pub use lu::{det, inv, lu, lu_factor, lu_solve, Lu, LuFactor};
pub use norm::{matrix_norm, vector_norm, MatrixOrd};
pub use polar::{polar, PolarSide};
pub use qr::{qr, rq, Qr, QrMode, Rq, RqMode};
pub use riccati::{solve_continuous_are, solve_discrete_are, RiccatiInput};
pub use schur::{schur_complex, schur_real, Schur, SchurSort};
pub use solve::{solve, AssumeA, SolveOptions, Solved};
pub use special::{block_diag, block_diag_shape, circulant, hilbert, kron, toeplitz};
pub use sqrtm::{sqrtm, sqrtm_complex, Sqrtm, SqrtmWarning};
pub use subspace::{matrix_rank, null_space, orth};
pub use svd::{svd, svdvals, Svd};
pub use sylvester::{
    solve_continuous_lyapunov, solve_discrete_lyapunov, solve_sylvester, DiscreteLyapunovMethod,
    SylvesterSolution,
};
pub use toeplitz::{solve_circulant, solve_toeplitz, CirculantSingular};
pub use triangular::{solve_triangular, Trans};
