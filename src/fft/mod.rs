//! `scipy.fft`: discrete Fourier, cosine and sine transforms over strided N-D
//! views, with SciPy's arguments (`n`/`s`, `axis`/`axes`, `norm`, `workers`).
//!
//! How it works:
//! - every argument is checked and the output shape compared with the
//!   result's before anything is written (`args`);
//! - a transform along one axis gathers the lines of the input into a
//!   contiguous buffer (zero-padded or truncated to `n`), transforms them in
//!   batches on up to `workers` threads and writes them to the output; C-order
//!   outputs along their last axis are transformed in place, other layouts in
//!   cache-sized blocks (`lines`);
//! - N-D transforms run one such pass per axis, the first into the output
//!   and the rest in place on it (`complex`, `real`, `trig`);
//! - FFTs come from rustfft and realfft, DCT/DST of types 1–3 and even-length
//!   type 4 are built on them (`trig_fft`), odd-length type 4 comes from
//!   rustdct; plans are cached process-wide (`plans`) and scratch buffers per
//!   thread (`pool`).

use crate::error::{Error, Result};
use crate::strided::{NdView, NdViewMut};
use num_complex::Complex64;

mod args;
mod complex;
mod helpers;
mod lines;
pub(crate) mod plans;
mod pool;
mod real;
mod trig;
mod trig_fft;

pub use helpers::{fftfreq, fftshift, ifftshift, next_fast_len, rfftfreq};

/// SciPy's `norm` argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Norm {
    /// No scaling forward, 1/n backward (SciPy's default).
    Backward,
    /// 1/sqrt(n) both ways.
    Ortho,
    /// 1/n forward, no scaling backward.
    Forward,
}

impl Norm {
    /// Parses SciPy's spelling; `None` is "backward".
    pub fn from_name(name: Option<&str>) -> Result<Norm> {
        match name {
            None | Some("backward") => Ok(Norm::Backward),
            Some("ortho") => Ok(Norm::Ortho),
            Some("forward") => Ok(Norm::Forward),
            Some(other) => Err(Error::unknown_name(
                "norm",
                other,
                &["backward", "ortho", "forward"],
            )),
        }
    }
}

/// Arguments of a 1-D transform along one axis.
#[derive(Debug, Clone, Copy)]
pub struct Axis1d {
    /// Output length along the axis (`None` = input length; SciPy's rules otherwise).
    pub n: Option<i64>,
    /// Axis to transform; negative counts from the end.
    pub axis: i64,
    /// Normalisation.
    pub norm: Norm,
    /// Threads to use for the batch of lines (already resolved, >= 1).
    pub workers: usize,
}

/// Arguments of an N-D transform over several axes.
#[derive(Debug, Clone, Copy)]
pub struct AxesNd<'a> {
    /// Output lengths along the transformed axes (`None` = input lengths; -1 entries keep the input length).
    pub s: Option<&'a [i64]>,
    /// Axes to transform (`None` = all, or the last `s.len()` when `s` is given).
    pub axes: Option<&'a [i64]>,
    /// Normalisation.
    pub norm: Norm,
    /// Threads to use (already resolved, >= 1).
    pub workers: usize,
}

/// `scipy.fft.fft`: the 1-D discrete Fourier transform of `x` along `a.axis`,
/// written into `out` (x's shape with the axis length replaced by `n`).
pub fn fft(x: NdView<Complex64>, out: NdViewMut<Complex64>, a: &Axis1d) -> Result<()> {
    complex::c2c_1d(x, out, a, true)
}

/// `scipy.fft.ifft`: the 1-D inverse discrete Fourier transform along `a.axis`.
pub fn ifft(x: NdView<Complex64>, out: NdViewMut<Complex64>, a: &Axis1d) -> Result<()> {
    complex::c2c_1d(x, out, a, false)
}

/// `scipy.fft.fftn`: the N-D discrete Fourier transform over `a.axes`
/// (`fft2` is this with axes `[-2, -1]`).
pub fn fftn(x: NdView<Complex64>, out: NdViewMut<Complex64>, a: &AxesNd) -> Result<()> {
    complex::c2c_nd(x, out, a, true)
}

/// `scipy.fft.ifftn`: the N-D inverse discrete Fourier transform over `a.axes`.
pub fn ifftn(x: NdView<Complex64>, out: NdViewMut<Complex64>, a: &AxesNd) -> Result<()> {
    complex::c2c_nd(x, out, a, false)
}

/// Frees what the fft area keeps for speed: every cached plan, and the
/// reusable work buffers of the calling thread and of sciport's worker
/// threads. Later transforms plan and allocate again as needed.
pub fn release_memory() {
    plans::clear();
    pool::release_thread_buffers();
    crate::threads::on_every_worker(pool::release_thread_buffers);
}

/// Real input promoted to complex (SciPy's complex transforms accept real
/// arrays and compute as if the imaginary part were zero).
fn with_promoted(
    x: &NdView<f64>,
    body: impl FnOnce(NdView<Complex64>) -> Result<()>,
) -> Result<()> {
    let promoted = x.map_to_c_order(|&v| Complex64::new(v, 0.0))?;
    body(NdView::c_order(&promoted, x.shape().to_vec())?)
}

/// `scipy.fft.fft` of real input.
pub fn fft_real(x: NdView<f64>, out: NdViewMut<Complex64>, a: &Axis1d) -> Result<()> {
    with_promoted(&x, |xc| fft(xc, out, a))
}

/// `scipy.fft.ifft` of real input.
pub fn ifft_real(x: NdView<f64>, out: NdViewMut<Complex64>, a: &Axis1d) -> Result<()> {
    with_promoted(&x, |xc| ifft(xc, out, a))
}

/// `scipy.fft.fftn` (and `fft2`) of real input.
pub fn fftn_real(x: NdView<f64>, out: NdViewMut<Complex64>, a: &AxesNd) -> Result<()> {
    with_promoted(&x, |xc| fftn(xc, out, a))
}

/// `scipy.fft.ifftn` (and `ifft2`) of real input.
pub fn ifftn_real(x: NdView<f64>, out: NdViewMut<Complex64>, a: &AxesNd) -> Result<()> {
    with_promoted(&x, |xc| ifftn(xc, out, a))
}

/// `scipy.fft.rfft`: the FFT of real input along `a.axis`; the output axis has
/// `n/2 + 1` points.
pub fn rfft(x: NdView<f64>, out: NdViewMut<Complex64>, a: &Axis1d) -> Result<()> {
    real::r2c_1d(x, out, a, true)
}

/// `scipy.fft.ihfft`: the inverse of `hfft`; the output axis has `n/2 + 1` points.
pub fn ihfft(x: NdView<f64>, out: NdViewMut<Complex64>, a: &Axis1d) -> Result<()> {
    real::r2c_1d(x, out, a, false)
}

/// `scipy.fft.irfft`: the inverse of `rfft`; real output of `n` points along the
/// axis (default `2*(m-1)`), reading `n/2 + 1` input points.
pub fn irfft(x: NdView<Complex64>, out: NdViewMut<f64>, a: &Axis1d) -> Result<()> {
    real::c2r_1d(x, out, a, false)
}

/// `scipy.fft.hfft`: the FFT of a Hermitian-symmetric signal given by its first
/// half; real output of `n` points (default `2*(m-1)`).
pub fn hfft(x: NdView<Complex64>, out: NdViewMut<f64>, a: &Axis1d) -> Result<()> {
    real::c2r_1d(x, out, a, true)
}

/// `scipy.fft.rfftn`: r2c over the last of the axes, then c2c over the others;
/// the last transformed axis of the output has `s[-1]/2 + 1` points.
pub fn rfftn(x: NdView<f64>, out: NdViewMut<Complex64>, a: &AxesNd) -> Result<()> {
    real::r2c_nd(x, out, a)
}

/// `scipy.fft.irfftn`: the inverse of `rfftn` (c2c over all axes but the last,
/// then c2r over the last); real output.
pub fn irfftn(x: NdView<Complex64>, out: NdViewMut<f64>, a: &AxesNd) -> Result<()> {
    real::c2r_nd(x, out, a)
}

/// The cosine family in the forward direction.
const DCT: trig::Family = trig::Family {
    cosine: true,
    forward: true,
};
/// The cosine family in the inverse direction.
const IDCT: trig::Family = trig::Family {
    cosine: true,
    forward: false,
};
/// The sine family in the forward direction.
const DST: trig::Family = trig::Family {
    cosine: false,
    forward: true,
};
/// The sine family in the inverse direction.
const IDST: trig::Family = trig::Family {
    cosine: false,
    forward: false,
};

/// `scipy.fft.dct`: the discrete cosine transform of `kind` 1–4 along `a.axis`;
/// `orthogonalize` `None` means "on exactly when norm is ortho".
pub fn dct(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &Axis1d,
) -> Result<()> {
    trig::trig_1d(x, out, DCT, kind, orthogonalize, a)
}

/// `scipy.fft.idct`: the inverse discrete cosine transform (the inverse of `dct`
/// of the same kind and norm).
pub fn idct(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &Axis1d,
) -> Result<()> {
    trig::trig_1d(x, out, IDCT, kind, orthogonalize, a)
}

/// `scipy.fft.dst`: the discrete sine transform of `kind` 1–4 along `a.axis`.
pub fn dst(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &Axis1d,
) -> Result<()> {
    trig::trig_1d(x, out, DST, kind, orthogonalize, a)
}

/// `scipy.fft.idst`: the inverse discrete sine transform.
pub fn idst(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &Axis1d,
) -> Result<()> {
    trig::trig_1d(x, out, IDST, kind, orthogonalize, a)
}

/// `scipy.fft.dctn`: the DCT over several axes.
pub fn dctn(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &AxesNd,
) -> Result<()> {
    trig::trig_nd(x, out, DCT, kind, orthogonalize, a)
}

/// `scipy.fft.idctn`: the inverse DCT over several axes.
pub fn idctn(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &AxesNd,
) -> Result<()> {
    trig::trig_nd(x, out, IDCT, kind, orthogonalize, a)
}

/// `scipy.fft.dstn`: the DST over several axes.
pub fn dstn(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &AxesNd,
) -> Result<()> {
    trig::trig_nd(x, out, DST, kind, orthogonalize, a)
}

/// `scipy.fft.idstn`: the inverse DST over several axes.
pub fn idstn(
    x: NdView<f64>,
    out: NdViewMut<f64>,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &AxesNd,
) -> Result<()> {
    trig::trig_nd(x, out, IDST, kind, orthogonalize, a)
}
