//! Matrix and vector norms: `scipy.linalg.norm` for 2-D and 1-D input.

use super::common::check_finite;
use super::householder::norm2;
use super::svd::svd_parts;
use crate::error::{Error, Result};
use faer::linalg::svd::ComputeSvdVectors;
use faer::MatRef;

/// The `ord` of a matrix norm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatrixOrd {
    /// Frobenius (SciPy's default for 2-D input).
    Fro,
    /// Nuclear: the sum of the singular values.
    Nuc,
    /// Largest absolute column sum (`1`) or smallest (`-1`).
    One { min: bool },
    /// Largest singular value (`2`) or smallest (`-2`).
    Two { min: bool },
    /// Largest absolute row sum (`inf`) or smallest (`-inf`).
    Inf { min: bool },
}

impl MatrixOrd {
    /// From SciPy's spelling: "fro", "nuc", "1", "-1", "2", "-2", "inf",
    /// "-inf"; `None` is "fro".
    pub fn parse(name: Option<&str>) -> Result<MatrixOrd> {
        Ok(match name.unwrap_or("fro") {
            "fro" => MatrixOrd::Fro,
            "nuc" => MatrixOrd::Nuc,
            "1" => MatrixOrd::One { min: false },
            "-1" => MatrixOrd::One { min: true },
            "2" => MatrixOrd::Two { min: false },
            "-2" => MatrixOrd::Two { min: true },
            "inf" => MatrixOrd::Inf { min: false },
            "-inf" => MatrixOrd::Inf { min: true },
            other => {
                return Err(Error::unknown_name(
                    "ord",
                    other,
                    &["fro", "nuc", "1", "-1", "2", "-2", "inf", "-inf"],
                ))
            }
        })
    }
}

/// Max (or min, `min`) of the non-negative `values`, NaN when any is NaN
/// (NumPy's max / min propagate it). As NumPy's norms, the max over nothing
/// is 0 and the min over nothing an error.
fn extreme(values: impl Iterator<Item = f64>, min: bool) -> Result<f64> {
    let mut it = values;
    let Some(first) = it.next() else {
        return if min {
            Err(Error::invalid(
                "zero-size array to reduction operation minimum which has no identity",
            ))
        } else {
            Ok(0.0)
        };
    };
    Ok(it.fold(first, |acc, v| {
        if acc.is_nan() || v.is_nan() {
            f64::NAN
        } else if min {
            acc.min(v)
        } else {
            acc.max(v)
        }
    }))
}

/// Σ values from +0 (an empty sum is +0, as NumPy's; `Iterator::sum` starts
/// at -0).
fn sum(values: impl Iterator<Item = f64>) -> f64 {
    values.fold(0.0, |s, v| s + v)
}

/// `scipy.linalg.norm(a, ord, check_finite)` of a matrix.
pub fn matrix_norm(a: MatRef<'_, f64>, ord: MatrixOrd, finite: bool) -> Result<f64> {
    check_finite(a, finite, "a")?;
    let (m, n) = a.shape();
    match ord {
        MatrixOrd::Fro => {
            let mut col = Vec::with_capacity(m);
            let norms: Vec<f64> = (0..n)
                .map(|j| {
                    col.clear();
                    col.extend(a.col(j).iter().copied());
                    norm2(&col)
                })
                .collect();
            Ok(norm2(&norms))
        }
        MatrixOrd::One { min } => extreme((0..n).map(|j| a.col(j).norm_l1()), min),
        MatrixOrd::Inf { min } => extreme((0..m).map(|i| a.row(i).norm_l1()), min),
        MatrixOrd::Nuc => Ok(sum(singular_values(a)?.into_iter())),
        MatrixOrd::Two { min } => extreme(singular_values(a)?.into_iter(), min),
    }
}

/// The singular values (none for an empty matrix).
fn singular_values(a: MatRef<'_, f64>) -> Result<Vec<f64>> {
    if a.nrows() == 0 || a.ncols() == 0 {
        return Ok(Vec::new());
    }
    Ok(svd_parts(a, ComputeSvdVectors::No, ComputeSvdVectors::No)?.s)
}

/// `scipy.linalg.norm(x, ord, check_finite)` of a vector: `ord` = 2 (SciPy's
/// default), inf (max |x|), -inf (min |x|), 0 (number of nonzeros) or any
/// other p: (Σ|x|^p)^(1/p).
pub fn vector_norm(x: &[f64], ord: f64, finite: bool) -> Result<f64> {
    if finite && x.iter().any(|v| !v.is_finite()) {
        return Err(Error::invalid("x: array must not contain infs or NaNs"));
    }
    if ord.is_nan() {
        return Err(Error::invalid("ord: must not be NaN"));
    }
    let abs = x.iter().map(|v| v.abs());
    Ok(if ord == 2.0 {
        norm2(x)
    } else if ord == f64::INFINITY {
        extreme(abs, false)?
    } else if ord == f64::NEG_INFINITY {
        extreme(abs, true)?
    } else if ord == 0.0 {
        x.iter().filter(|&&v| v != 0.0).count() as f64
    } else if ord == 1.0 {
        sum(abs)
    } else {
        sum(abs.map(|v| v.powf(ord))).powf(1.0 / ord)
    })
}
