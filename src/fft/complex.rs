//! Complex-to-complex transforms: `fft`, `ifft`, `fftn`, `ifftn`, and the
//! c2c passes reused by the real N-D transforms.

use std::sync::Arc;

use num_complex::Complex64;
use rustfft::Fft;

use super::args::{check_out_shape, length_1d, normalize_axis, replaced, scale, shape_and_axes};
use super::lines::{apply_inplace, apply_on, copy_all, truncated, InPlaceOp, Owned};
use super::plans;
use super::pool::with_buffer;
use super::{AxesNd, Axis1d};
use crate::error::Result;
use crate::strided::{NdView, NdViewMut};

/// A batch of complex FFTs of one length, scaled by `fct`.
pub(crate) struct C2cOp {
    fft: Arc<dyn Fft<f64>>,
    fct: f64,
}

impl C2cOp {
    /// A forward or inverse FFT of length `len` scaled by `fct`.
    pub(crate) fn new(len: usize, forward: bool, fct: f64) -> C2cOp {
        C2cOp {
            fft: plans::c2c(len, forward),
            fct,
        }
    }
}

impl InPlaceOp<Complex64> for C2cOp {
    fn len(&self) -> usize {
        self.fft.len()
    }

    fn apply(&self, buf: &mut [Complex64]) {
        with_buffer(
            self.fft.get_inplace_scratch_len(),
            |scratch: &mut [Complex64]| {
                self.fft.process_with_scratch(buf, scratch);
            },
        );
        scale_in_place(buf, self.fct);
    }
}

/// Multiplies every element of `buf` by `fct` (skipped when `fct` is 1).
pub(crate) fn scale_in_place<T: std::ops::MulAssign<f64>>(buf: &mut [T], fct: f64) {
    if fct != 1.0 {
        buf.iter_mut().for_each(|v| *v *= fct);
    }
}

/// One c2c pass along `axis` of `src`, padded/truncated to `len`, into an owned array.
pub(crate) fn c2c_pass_owned(
    src: &NdView<Complex64>,
    axis: usize,
    len: usize,
    forward: bool,
    fct: f64,
    workers: usize,
) -> Result<Owned<Complex64>> {
    let op = C2cOp::new(len, forward, fct);
    let shape = replaced(src.shape(), &[axis], &[len]);
    Owned::build(shape, |dst| apply_inplace(src, dst, axis, &op, workers))
}

/// c2c passes over `axes` (lengths `lens`, scale `fct` applied once) into an owned array.
pub(crate) fn c2c_owned(
    src: &NdView<Complex64>,
    axes: &[usize],
    lens: &[usize],
    forward: bool,
    fct: f64,
    workers: usize,
) -> Result<Owned<Complex64>> {
    let mut cur = c2c_pass_owned(src, axes[0], lens[0], forward, fct, workers)?;
    for (&axis, &len) in axes.iter().zip(lens).skip(1) {
        let next = c2c_pass_owned(&cur.view()?, axis, len, forward, 1.0, workers)?;
        cur = next;
    }
    Ok(cur)
}

/// c2c passes over `axes` (non-empty) with the result written into `out`.
/// When the first pass already has `out`'s shape (no later axis is padded or
/// truncated), it writes `out` and the other passes transform `out` in place.
pub(crate) fn c2c_into(
    src: &NdView<Complex64>,
    out: &mut NdViewMut<Complex64>,
    axes: &[usize],
    lens: &[usize],
    forward: bool,
    fct: f64,
    workers: usize,
) -> Result<()> {
    if replaced(src.shape(), &axes[..1], &lens[..1]) == out.shape() {
        apply_inplace(
            src,
            out,
            axes[0],
            &C2cOp::new(lens[0], forward, fct),
            workers,
        );
        c2c_on(out, &axes[1..], &lens[1..], forward, workers);
        return Ok(());
    }
    let k = axes.len() - 1;
    let head = c2c_owned(src, &axes[..k], &lens[..k], forward, fct, workers)?;
    let op = C2cOp::new(lens[k], forward, 1.0);
    apply_inplace(&head.view()?, out, axes[k], &op, workers);
    Ok(())
}

/// Unscaled c2c passes over `axes` of `out`, in place (extents must be `lens`).
pub(crate) fn c2c_on(
    out: &mut NdViewMut<Complex64>,
    axes: &[usize],
    lens: &[usize],
    forward: bool,
    workers: usize,
) {
    for (&axis, &len) in axes.iter().zip(lens) {
        apply_on(out, axis, &C2cOp::new(len, forward, 1.0), workers);
    }
}

/// `scipy.fft.fft` (`forward`) or `ifft` along one axis.
pub(crate) fn c2c_1d(
    x: NdView<Complex64>,
    mut out: NdViewMut<Complex64>,
    a: &Axis1d,
    forward: bool,
) -> Result<()> {
    let axis = normalize_axis(a.axis, x.ndim())?;
    let len = length_1d(a.n, x.shape()[axis])?;
    check_out_shape(&replaced(x.shape(), &[axis], &[len]), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let fct = scale(a.norm, forward, len);
    c2c_into(&x, &mut out, &[axis], &[len], forward, fct, a.workers)
}

/// `scipy.fft.fftn` (`forward`) or `ifftn`.
pub(crate) fn c2c_nd(
    x: NdView<Complex64>,
    mut out: NdViewMut<Complex64>,
    a: &AxesNd,
    forward: bool,
) -> Result<()> {
    let (lens, axes) = shape_and_axes(x.shape(), a.s, a.axes)?;
    check_out_shape(&replaced(x.shape(), &axes, &lens), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let cut = truncated(&x, &axes, &lens)?;
    let x = match &cut {
        Some(o) => o.view()?,
        None => x,
    };
    if axes.is_empty() {
        copy_all(&x, &mut out);
        return Ok(());
    }
    let fct = scale(a.norm, forward, lens.iter().product());
    c2c_into(&x, &mut out, &axes, &lens, forward, fct, a.workers)
}
