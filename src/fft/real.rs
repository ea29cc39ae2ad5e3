//! Transforms with a real side: `rfft`/`ihfft` (real → half spectrum),
//! `irfft`/`hfft` (half spectrum → real) and their N-D forms `rfftn`/`irfftn`.

use std::sync::Arc;

use num_complex::Complex64;
use realfft::{ComplexToReal, RealToComplex};

use super::args::{
    bad_points, check_out_shape, length_1d, normalize_axis, replaced, scale, shape_and_axes,
};
use super::complex::{c2c_into, c2c_on, c2c_owned, scale_in_place};
use super::lines::{apply_lines, truncated, LineOp, Owned};
use super::plans;
use super::pool::with_buffer;
use super::{AxesNd, Axis1d};
use crate::error::{Error, Result};
use crate::strided::{NdView, NdViewMut};

/// Real-to-complex FFTs of length n (n/2 + 1 outputs), scaled by `fct` and
/// conjugated when `conj` (SciPy's r2c in the backward direction, `ihfft`).
struct R2cOp {
    plan: Arc<dyn RealToComplex<f64>>,
    fct: f64,
    conj: bool,
}

impl LineOp<f64, Complex64> for R2cOp {
    fn in_len(&self) -> usize {
        self.plan.len()
    }

    fn out_len(&self) -> usize {
        self.plan.len() / 2 + 1
    }

    fn apply(&self, input: &mut [f64], output: &mut [Complex64]) {
        with_buffer(
            self.plan.get_scratch_len(),
            |scratch: &mut [Complex64]| {
                let lines = input
                    .chunks_mut(self.in_len())
                    .zip(output.chunks_mut(self.out_len()));
                for (i, o) in lines {
                    // Lengths match the plan by construction, so this cannot fail.
                    let done = self.plan.process_with_scratch(i, o, scratch);
                    debug_assert!(done.is_ok());
                }
            },
        );
        if self.conj {
            output.iter_mut().for_each(|v| v.im = -v.im);
        }
        scale_in_place(output, self.fct);
    }
}

/// Complex-to-real FFTs of length n (n/2 + 1 inputs), scaled by `fct`. The
/// imaginary parts of the zero (and, n even, the Nyquist) terms are ignored,
/// as in pocketfft; `conj` conjugates the input first (SciPy's c2r in the
/// forward direction, `hfft`).
struct C2rOp {
    plan: Arc<dyn ComplexToReal<f64>>,
    fct: f64,
    conj: bool,
}

impl LineOp<Complex64, f64> for C2rOp {
    fn in_len(&self) -> usize {
        self.plan.len() / 2 + 1
    }

    fn out_len(&self) -> usize {
        self.plan.len()
    }

    fn apply(&self, input: &mut [Complex64], output: &mut [f64]) {
        let n = self.plan.len();
        with_buffer(
            self.plan.get_scratch_len(),
            |scratch: &mut [Complex64]| {
                for (i, o) in input.chunks_mut(self.in_len()).zip(output.chunks_mut(n)) {
                    if self.conj {
                        i.iter_mut().for_each(|v| v.im = -v.im);
                    }
                    i[0].im = 0.0;
                    if n % 2 == 0 {
                        i[n / 2].im = 0.0;
                    }
                    let done = self.plan.process_with_scratch(i, o, scratch);
                    debug_assert!(done.is_ok());
                }
            },
        );
        scale_in_place(output, self.fct);
    }
}

/// The r2c op of length `n`.
fn r2c_op(n: usize, fct: f64, conj: bool) -> R2cOp {
    R2cOp {
        plan: plans::r2c(n),
        fct,
        conj,
    }
}

/// The c2r op of length `n`.
fn c2r_op(n: usize, fct: f64, conj: bool) -> C2rOp {
    C2rOp {
        plan: plans::c2r(n),
        fct,
        conj,
    }
}

/// `rfft` (`forward`) or `ihfft` along one axis.
pub(crate) fn r2c_1d(
    x: NdView<f64>,
    mut out: NdViewMut<Complex64>,
    a: &Axis1d,
    forward: bool,
) -> Result<()> {
    let axis = normalize_axis(a.axis, x.ndim())?;
    let n = length_1d(a.n, x.shape()[axis])?;
    check_out_shape(&replaced(x.shape(), &[axis], &[n / 2 + 1]), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let op = r2c_op(n, scale(a.norm, forward, n), !forward);
    apply_lines(&x, &mut out, axis, &op, a.workers);
    Ok(())
}

/// `irfft` (`!forward`) or `hfft` along one axis.
pub(crate) fn c2r_1d(
    x: NdView<Complex64>,
    mut out: NdViewMut<f64>,
    a: &Axis1d,
    forward: bool,
) -> Result<()> {
    let axis = normalize_axis(a.axis, x.ndim())?;
    let n = match a.n {
        Some(n) => length_1d(Some(n), 0)?,
        None => default_c2r_len(x.shape()[axis])?,
    };
    check_out_shape(&replaced(x.shape(), &[axis], &[n]), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let op = c2r_op(n, scale(a.norm, forward, n), forward);
    apply_lines(&x, &mut out, axis, &op, a.workers);
    Ok(())
}

/// SciPy's default output length 2*(m-1) of a c2r transform of m points.
fn default_c2r_len(m: usize) -> Result<usize> {
    let n = 2 * (m as i64 - 1);
    if n < 1 {
        return Err(Error::invalid(format!(
            "Invalid number of data points ({n}) specified"
        )));
    }
    Ok(n as usize)
}

/// `rfftn`: r2c over the last of the axes, then c2c over the others.
pub(crate) fn r2c_nd(x: NdView<f64>, mut out: NdViewMut<Complex64>, a: &AxesNd) -> Result<()> {
    let (lens, axes) = shape_and_axes(x.shape(), a.s, a.axes)?;
    let k = axes
        .len()
        .checked_sub(1)
        .ok_or_else(|| Error::invalid("at least 1 axis must be transformed"))?;
    let mut out_lens = lens.clone();
    out_lens[k] = lens[k] / 2 + 1;
    check_out_shape(&replaced(x.shape(), &axes, &out_lens), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let cut = truncated(&x, &axes, &lens)?;
    let x = match &cut {
        Some(o) => o.view()?,
        None => x,
    };
    let op = r2c_op(lens[k], scale(a.norm, true, lens.iter().product()), false);
    if k == 0 {
        apply_lines(&x, &mut out, axes[0], &op, a.workers);
        return Ok(());
    }
    let shape = replaced(x.shape(), &[axes[k]], &[out_lens[k]]);
    if shape == out.shape() {
        apply_lines(&x, &mut out, axes[k], &op, a.workers);
        c2c_on(&mut out, &axes[..k], &lens[..k], true, a.workers);
        return Ok(());
    }
    let half = Owned::build(shape, |dst| apply_lines(&x, dst, axes[k], &op, a.workers))?;
    let (rest, rest_lens) = (&axes[..k], &lens[..k]);
    c2c_into(
        &half.view()?,
        &mut out,
        rest,
        rest_lens,
        true,
        1.0,
        a.workers,
    )
}

/// `irfftn`: c2c over all axes but the last, then c2r over the last.
pub(crate) fn c2r_nd(x: NdView<Complex64>, mut out: NdViewMut<f64>, a: &AxesNd) -> Result<()> {
    let (mut lens, axes) = shape_and_axes(x.shape(), a.s, a.axes)?;
    let k = axes
        .len()
        .checked_sub(1)
        .ok_or_else(|| Error::invalid("at least 1 axis must be transformed"))?;
    if a.s.is_none() {
        // SciPy: 2*(m-1), and pocketfft reads a last size of 0 as 2*m - 1.
        let m = x.shape()[axes[k]];
        lens[k] = if m == 1 { 1 } else { 2 * (m - 1) };
    }
    if lens[k] < 1 {
        return Err(bad_points("s", lens[k]));
    }
    check_out_shape(&replaced(x.shape(), &axes, &lens), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let mut read = lens.clone();
    read[k] = lens[k] / 2 + 1;
    let cut = truncated(&x, &axes, &read)?;
    let x = match &cut {
        Some(o) => o.view()?,
        None => x,
    };
    let op = c2r_op(lens[k], scale(a.norm, false, lens.iter().product()), false);
    if k == 0 {
        apply_lines(&x, &mut out, axes[0], &op, a.workers);
        return Ok(());
    }
    let head = c2c_owned(&x, &axes[..k], &lens[..k], false, 1.0, a.workers)?;
    let view = head.view()?;
    apply_lines(&view, &mut out, axes[k], &op, a.workers);
    Ok(())
}
