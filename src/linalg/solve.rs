//! scipy.linalg.solve: the `assume_a` dispatcher and the reciprocal
//! condition number SciPy checks for its ill-conditioning warning.

use super::cholesky::solve_factored;
use super::common::{check_finite, require_rhs_rows, require_square, singular, Scalar};
use super::condest::{norm1_of, rcond};
use super::lu::{factor_nonsingular, rcond_from, solve_with};
use super::triangular::{solve_in_place, Trans};
use crate::error::{Error, Result};
use faer::{Mat, MatRef};

/// The structure `solve` may assume (SciPy's `assume_a`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssumeA {
    General,
    Symmetric,
    Hermitian,
    PositiveDefinite,
    Diagonal,
    UpperTriangular,
    LowerTriangular,
    Tridiagonal,
    Banded,
}

const ASSUME_A_NAMES: &[&str] = &[
    "gen",
    "general",
    "sym",
    "symmetric",
    "her",
    "hermitian",
    "pos",
    "positive definite",
    "diagonal",
    "upper triangular",
    "lower triangular",
    "tridiagonal",
    "banded",
];

impl AssumeA {
    /// Parses SciPy's spellings; `None` is SciPy's default (general).
    pub fn parse(name: Option<&str>) -> Result<AssumeA> {
        Ok(match name.unwrap_or("gen") {
            "gen" | "general" => AssumeA::General,
            "sym" | "symmetric" => AssumeA::Symmetric,
            "her" | "hermitian" => AssumeA::Hermitian,
            "pos" | "positive definite" => AssumeA::PositiveDefinite,
            "diagonal" => AssumeA::Diagonal,
            "upper triangular" => AssumeA::UpperTriangular,
            "lower triangular" => AssumeA::LowerTriangular,
            "tridiagonal" => AssumeA::Tridiagonal,
            "banded" => AssumeA::Banded,
            other => return Err(Error::unknown_name("assume_a", other, ASSUME_A_NAMES)),
        })
    }
}

/// `solve`'s keyword arguments with SciPy's defaults.
#[derive(Debug, Clone, Copy)]
pub struct SolveOptions {
    pub assume_a: AssumeA,
    pub lower: bool,
    pub transposed: bool,
    pub check_finite: bool,
}

impl Default for SolveOptions {
    fn default() -> Self {
        SolveOptions {
            assume_a: AssumeA::General,
            lower: false,
            transposed: false,
            check_finite: true,
        }
    }
}

/// The solution and LAPACK's reciprocal 1-norm condition estimate (SciPy
/// warns with LinAlgWarning when it is below machine epsilon).
pub struct Solved<T = f64> {
    pub x: Mat<T>,
    pub rcond: f64,
}

/// SciPy 1.17's LinAlgError text for a singular (or, for "pos", indefinite) matrix.
pub(crate) const SINGULAR: &str = "A singular matrix detected: slice(s) [0] are singular.";

/// The symmetric (`hermitian`: Hermitian, with the diagonal's imaginary
/// parts dropped as LAPACK's `he*` routines do) matrix whose stored
/// triangle (`lower` or upper) is `a`'s.
fn symmetrized<T: Scalar>(a: MatRef<'_, T>, lower: bool, hermitian: bool) -> Mat<T> {
    let n = a.nrows();
    Mat::from_fn(n, n, |i, j| {
        if i == j && hermitian {
            T::from_re(a[(i, i)].re())
        } else if (i >= j) == lower {
            a[(i, j)]
        } else if hermitian {
            a[(j, i)].conjugate()
        } else {
            a[(j, i)]
        }
    })
}

/// `a` restricted to its three central diagonals (what `gtsv` reads).
fn tridiagonal_part<T: Scalar>(a: MatRef<'_, T>) -> Mat<T> {
    let n = a.nrows();
    Mat::from_fn(n, n, |i, j| {
        if i.abs_diff(j) <= 1 {
            a[(i, j)]
        } else {
            T::ZERO
        }
    })
}

/// `a` restricted to one triangle (what `trtrs` reads).
fn triangle_part<T: Scalar>(a: MatRef<'_, T>, lower: bool) -> Mat<T> {
    let n = a.nrows();
    Mat::from_fn(n, n, |i, j| {
        if (i >= j) == lower || i == j {
            a[(i, j)]
        } else {
            T::ZERO
        }
    })
}

/// LU path: general, symmetric, tridiagonal and banded systems.
fn solve_lu<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>, transposed: bool) -> Result<Solved<T>> {
    let f = factor_nonsingular(a, SINGULAR)?;
    let x = solve_with(&f, b, transposed);
    Ok(Solved {
        x,
        rcond: rcond_from(&f, norm1_of(a)),
    })
}

/// Cholesky path (`posv`/`pocon`).
fn solve_pos<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>, lower: bool) -> Result<Solved<T>> {
    let sym = symmetrized(a, lower, true);
    let factor =
        super::cholesky::cho_factor(sym.as_ref(), true, false).map_err(|_| singular(SINGULAR))?;
    let c = factor.as_ref();
    let mut x = b.to_owned();
    solve_factored(c, true, &mut x);
    let n = a.nrows();
    let rc = rcond(n, norm1_of(sym.as_ref()), &mut |v: &mut [T], _| {
        let mut col = Mat::from_fn(n, 1, |i, _| v[i]);
        solve_factored(c, true, &mut col);
        v.iter_mut().enumerate().for_each(|(i, e)| *e = col[(i, 0)]);
    });
    Ok(Solved { x, rcond: rc })
}

/// Triangular path (`trtrs`/`trcon`).
fn solve_tri<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    lower: bool,
    transposed: bool,
) -> Result<Solved<T>> {
    let t = triangle_part(a, lower);
    if (0..a.nrows()).any(|i| t[(i, i)] == T::ZERO) {
        return Err(singular(SINGULAR));
    }
    let mut x = b.to_owned();
    let trans = if transposed { Trans::T } else { Trans::N };
    solve_in_place(t.as_ref(), &mut x, lower, trans, false);
    let n = a.nrows();
    let rc = rcond(
        n,
        norm1_of(t.as_ref()),
        &mut |v: &mut [T], adjoint: bool| {
            let mut col = Mat::from_fn(n, 1, |i, _| v[i]);
            let tr = if adjoint { Trans::C } else { Trans::N };
            solve_in_place(t.as_ref(), &mut col, lower, tr, false);
            v.iter_mut().enumerate().for_each(|(i, e)| *e = col[(i, 0)]);
        },
    );
    Ok(Solved { x, rcond: rc })
}

/// Diagonal path: `x = b / diag(a)`, exact condition number.
fn solve_diagonal<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>) -> Result<Solved<T>> {
    let n = a.nrows();
    let d: Vec<T> = (0..n).map(|i| a[(i, i)]).collect();
    if d.contains(&T::ZERO) {
        return Err(singular(SINGULAR));
    }
    let x = Mat::from_fn(n, b.ncols(), |i, j| b[(i, j)] / d[i]);
    let big = d.iter().fold(0.0f64, |m, v| m.max(v.modulus()));
    let small = d.iter().fold(f64::INFINITY, |m, v| m.min(v.modulus()));
    let rcond = if n == 0 { 1.0 } else { small / big };
    Ok(Solved { x, rcond })
}

/// SciPy 1.17's shortcut for a 1 x 1 `a`: `x = b / a` whatever `assume_a`
/// says (so a negative "pos" scalar is solved, not rejected); the condition
/// number of a scalar is 1.
fn solve_scalar<T: Scalar>(a: T, b: MatRef<'_, T>) -> Result<Solved<T>> {
    if a == T::ZERO {
        return Err(singular("A singular matrix detected."));
    }
    Ok(Solved {
        x: Mat::from_fn(1, b.ncols(), |_, j| b[(0, j)] / a),
        rcond: 1.0,
    })
}

/// scipy.linalg.solve: `a x = b` (or `aᵀ x = b` when transposed, real
/// input only as in SciPy) for a square `a` and an `n x k` right-hand side.
pub fn solve<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    opts: &SolveOptions,
) -> Result<Solved<T>> {
    require_square(a, "a")?;
    require_rhs_rows(b, a.nrows())?;
    if opts.transposed && !T::IS_REAL {
        return Err(Error::invalid(
            "scipy.linalg.solve can currently not solve a^T x = b or a^H x = b for complex matrices.",
        ));
    }
    check_finite(a, opts.check_finite, "a")?;
    check_finite(b, opts.check_finite, "b")?;
    if a.nrows() == 1 {
        return solve_scalar(a[(0, 0)], b);
    }
    match opts.assume_a {
        AssumeA::General | AssumeA::Banded => solve_lu(a, b, opts.transposed),
        AssumeA::Symmetric => solve_lu(symmetrized(a, opts.lower, false).as_ref(), b, false),
        AssumeA::Hermitian => solve_lu(symmetrized(a, opts.lower, true).as_ref(), b, false),
        AssumeA::PositiveDefinite => solve_pos(a, b, opts.lower),
        AssumeA::Tridiagonal => solve_lu(tridiagonal_part(a).as_ref(), b, opts.transposed),
        AssumeA::UpperTriangular => solve_tri(a, b, false, opts.transposed),
        AssumeA::LowerTriangular => solve_tri(a, b, true, opts.transposed),
        AssumeA::Diagonal => solve_diagonal(a, b),
    }
}
