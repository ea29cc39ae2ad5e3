//! SciPy's argument rules for the transforms: axis normalisation, `n`/`s`/`axes`
//! resolution, output-shape checks and normalisation factors.

use super::Norm;
use crate::error::{Error, Result};

/// Resolves a possibly negative `axis` of an array with `ndim` dimensions.
pub(crate) fn normalize_axis(axis: i64, ndim: usize) -> Result<usize> {
    let resolved = if axis < 0 { axis + ndim as i64 } else { axis };
    if resolved < 0 || resolved >= ndim as i64 {
        return Err(Error::invalid(format!(
            "axis {axis} is out of bounds for array of dimension {ndim}"
        )));
    }
    Ok(resolved as usize)
}

/// The error SciPy raises for a transform length below one, naming the
/// argument (`n`, `s`, or `x` for an empty input) that gave it.
pub(crate) fn bad_points(arg: &str, shown: impl std::fmt::Display) -> Error {
    Error::invalid(format!(
        "{arg}: invalid number of data points ({shown}) specified"
    ))
}

/// A 1-D transform length: `n` when given (must be >= 1), else the input length.
pub(crate) fn length_1d(n: Option<i64>, input_len: usize) -> Result<usize> {
    match n {
        Some(n) if n < 1 => Err(bad_points("n", n)),
        Some(n) => Ok(n as usize),
        None if input_len < 1 => Err(bad_points("x", input_len)),
        None => Ok(input_len),
    }
}

/// SciPy's `_init_nd_shape_and_axes`: the transform lengths and the resolved axes.
pub(crate) fn shape_and_axes(
    shape: &[usize],
    s: Option<&[i64]>,
    axes: Option<&[i64]>,
) -> Result<(Vec<usize>, Vec<usize>)> {
    let ndim = shape.len();
    let axes = match axes {
        Some(list) => Some(resolve_axes(list, ndim)?),
        None => None,
    };
    let (lens, axes): (Vec<i64>, Vec<usize>) = match (s, axes) {
        (Some(s), Some(axes)) => {
            if axes.len() != s.len() {
                return Err(Error::dimension(format!(
                    "when given, axes and shape arguments have to be of the same length \
                     (s has {}, axes has {})",
                    s.len(),
                    axes.len()
                )));
            }
            (s.to_vec(), axes)
        }
        (Some(s), None) => {
            if s.len() > ndim {
                return Err(Error::dimension(format!(
                    "shape requires more axes than are present (s has {} entries, \
                     the array has {ndim} dimensions)",
                    s.len()
                )));
            }
            (s.to_vec(), (ndim - s.len()..ndim).collect())
        }
        (None, Some(axes)) => (axes.iter().map(|&a| shape[a] as i64).collect(), axes),
        (None, None) => (
            shape.iter().map(|&n| n as i64).collect(),
            (0..ndim).collect(),
        ),
    };
    let lens: Vec<i64> = lens
        .iter()
        .zip(&axes)
        .map(|(&n, &a)| if n == -1 { shape[a] as i64 } else { n })
        .collect();
    if lens.iter().any(|&n| n < 1) {
        let arg = if s.is_some() { "s" } else { "x" };
        return Err(bad_points(arg, format!("{lens:?}")));
    }
    Ok((lens.iter().map(|&n| n as usize).collect(), axes))
}

/// Normalises `axes` and rejects out-of-range or repeated entries.
pub(crate) fn resolve_axes(axes: &[i64], ndim: usize) -> Result<Vec<usize>> {
    let mut resolved = Vec::with_capacity(axes.len());
    for &a in axes {
        let r = if a < 0 { a + ndim as i64 } else { a };
        if r < 0 || r >= ndim as i64 {
            return Err(Error::invalid(format!(
                "axes exceeds dimensionality of input (axis {a}, ndim {ndim})"
            )));
        }
        if resolved.contains(&(r as usize)) {
            return Err(Error::invalid(format!(
                "all axes must be unique (axis {a} repeated)"
            )));
        }
        resolved.push(r as usize);
    }
    Ok(resolved)
}

/// `shape` with the extent of each axis in `axes` replaced by the matching `lens` entry.
pub(crate) fn replaced(shape: &[usize], axes: &[usize], lens: &[usize]) -> Vec<usize> {
    let mut out = shape.to_vec();
    for (&a, &n) in axes.iter().zip(lens) {
        out[a] = n;
    }
    out
}

/// Fails with `DimensionMismatch` unless `got` equals `expected`.
pub(crate) fn check_out_shape(expected: &[usize], got: &[usize]) -> Result<()> {
    if expected != got {
        return Err(Error::dimension(format!(
            "out has shape {got:?}; expected {expected:?}"
        )));
    }
    Ok(())
}

/// SciPy's scale factor for a transform of logical size `n` in direction
/// `forward` under `norm`.
pub(crate) fn scale(norm: Norm, forward: bool, n: usize) -> f64 {
    let n = n as f64;
    match (norm, forward) {
        (Norm::Ortho, _) => 1.0 / n.sqrt(),
        (Norm::Backward, true) | (Norm::Forward, false) => 1.0,
        (Norm::Backward, false) | (Norm::Forward, true) => 1.0 / n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_are_normalized_and_checked() {
        assert_eq!(normalize_axis(-1, 3).unwrap(), 2);
        assert!(normalize_axis(3, 3).is_err());
        assert!(normalize_axis(-4, 3).is_err());
        assert!(resolve_axes(&[0, -3], 3).is_err());
        assert_eq!(resolve_axes(&[-1, 0], 3).unwrap(), vec![2, 0]);
    }

    #[test]
    fn nd_shapes_follow_scipy() {
        let shape = [2, 3, 4];
        let (lens, axes) = shape_and_axes(&shape, Some(&[5, -1]), None).unwrap();
        assert_eq!((lens, axes), (vec![5, 4], vec![1, 2]));
        let (lens, axes) = shape_and_axes(&shape, None, Some(&[2, 0])).unwrap();
        assert_eq!((lens, axes), (vec![4, 2], vec![2, 0]));
        let e = shape_and_axes(&shape, Some(&[1, 2]), Some(&[0])).unwrap_err();
        assert_eq!(e.kind, crate::error::ErrorKind::DimensionMismatch);
        let e = shape_and_axes(&shape, Some(&[0, 2]), None).unwrap_err();
        assert_eq!(
            e.message,
            "s: invalid number of data points ([0, 2]) specified"
        );
        assert!(shape_and_axes(&shape, Some(&[-2]), None).is_err());
        assert!(shape_and_axes(&[0, 4], None, None).is_err());
    }

    #[test]
    fn scale_factors() {
        assert_eq!(scale(Norm::Backward, true, 8), 1.0);
        assert_eq!(scale(Norm::Backward, false, 8), 0.125);
        assert_eq!(scale(Norm::Forward, true, 8), 0.125);
        assert_eq!(scale(Norm::Forward, false, 8), 1.0);
        assert_eq!(scale(Norm::Ortho, false, 4), 0.5);
    }
}
