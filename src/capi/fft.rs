//! C face of `scipy.fft`. Every transform reads a strided input view and writes
//! a caller-allocated strided output view whose shape must be exactly the
//! result's shape (as SciPy would return it); in-place use (overlapping views)
//! is allowed where the shapes and element types agree.
//!
//! Common arguments, in SciPy's order and with SciPy's meaning:
//! - `n` (1-D transforms): length of the transformed axis of the output
//!   (input zero-padded or truncated); `-1` is SciPy's `None` (input length).
//! - `axis`: the axis to transform; negative counts from the end (`-1` = last).
//! - `s`, `s_len` / `axes`, `axes_len` (N-D transforms): NULL/0 is SciPy's `None`;
//!   an entry `-1` in `s` keeps that axis's input length.
//! - `norm`: "backward", "ortho" or "forward"; NULL is SciPy's default "backward".
//! - `workers`: threads for batches of transforms; `0` is SciPy's `None` (one
//!   thread), negative counts wrap from the core count (`-1` = all cores); bounded
//!   by `sciport_set_num_threads`.
//! - `orthogonalize` (DCT/DST): `-1` is SciPy's `None` (true for "ortho"), 0 false, 1 true.
//!
//! Errors: `SCIPORT_ERR_NULL_POINTER` (x, out or a non-empty buffer NULL),
//! `SCIPORT_ERR_INVALID_ARGUMENT` (n or s entry 0 or < -1, axis out of range,
//! repeated axes, bad type, workers out of range),
//! `SCIPORT_ERR_UNKNOWN_NAME` (norm), `SCIPORT_ERR_DIMENSION_MISMATCH` (out's
//! shape differs from the result's, s and axes lengths differ).
//! Outputs are written only on success.
//!
//! Thread safety: every function is reentrant; FFT plans are cached in a
//! thread-safe cache shared by all threads.

use std::ffi::c_char;

use crate::capi::boundary::{guard, opt_str, sciport_error, sciport_status, slice_in, write_out};
use crate::capi::views::{
    complex_nd, real_nd, sciport_cndarray, sciport_ndarray, with_in_out, RawNd,
};
use crate::error::Result;
use crate::fft::{self, AxesNd, Axis1d, Norm};
use crate::strided::{NdView, NdViewMut};
use crate::threads::resolve_workers;

/// SciPy's `n=None` is -1 at the C boundary.
fn optional_len(n: i64) -> Option<i64> {
    (n != -1).then_some(n)
}

/// SciPy's `workers` from its C form (0 = None = one thread).
fn workers_of(workers: i32) -> Result<usize> {
    resolve_workers((workers != 0).then_some(workers as i64))
}

/// The 1-D transform arguments from their C form.
unsafe fn axis_args(n: i64, axis: i64, norm: *const c_char, workers: i32) -> Result<Axis1d> {
    Ok(Axis1d {
        n: optional_len(n),
        axis,
        norm: Norm::from_name(opt_str(norm, "norm")?)?,
        workers: workers_of(workers)?,
    })
}

/// The N-D transform arguments from their C form; empty `axes` means `default_axes`.
unsafe fn axes_args<'a>(
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    default_axes: Option<&'a [i64]>,
    norm: *const c_char,
    workers: i32,
) -> Result<AxesNd<'a>> {
    let s = slice_in(s, s_len, "s")?;
    let axes = slice_in(axes, axes_len, "axes")?;
    Ok(AxesNd {
        s: (!s.is_empty()).then_some(s),
        axes: if axes.is_empty() {
            default_axes
        } else {
            Some(axes)
        },
        norm: Norm::from_name(opt_str(norm, "norm")?)?,
        workers: workers_of(workers)?,
    })
}

/// SciPy's `orthogonalize` from its C form (-1 None, 0 false, 1 true).
fn orthogonalize_of(flag: i32) -> Result<Option<bool>> {
    match flag {
        -1 => Ok(None),
        0 => Ok(Some(false)),
        1 => Ok(Some(true)),
        other => Err(crate::error::Error::invalid(format!(
            "orthogonalize must be -1 (None), 0 or 1; got {other}"
        ))),
    }
}

const LAST_TWO: Option<&[i64]> = Some(&[-2, -1]);

type Core1d<I, O> = fn(NdView<'_, I>, NdViewMut<'_, O>, &Axis1d) -> Result<()>;
type CoreNd<I, O> = fn(NdView<'_, I>, NdViewMut<'_, O>, &AxesNd) -> Result<()>;
type TrigCore1d = fn(NdView<'_, f64>, NdViewMut<'_, f64>, i32, Option<bool>, &Axis1d) -> Result<()>;
type ShiftCore<T> = fn(NdView<'_, T>, NdViewMut<'_, T>, Option<&[i64]>) -> Result<()>;
type TrigCoreNd = fn(NdView<'_, f64>, NdViewMut<'_, f64>, i32, Option<bool>, &AxesNd) -> Result<()>;

/// Shared body of the 1-D transforms.
#[allow(clippy::too_many_arguments)]
unsafe fn run_1d<I: Copy, O: Copy>(
    input: Result<RawNd<I>>,
    output: Result<RawNd<O>>,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    core: Core1d<I, O>,
) -> Result<()> {
    let (input, output) = (input?, output?);
    let args = axis_args(n, axis, norm, workers)?;
    with_in_out(&input, &output, |xv, ov| core(xv, ov, &args))
}

/// Shared body of the N-D transforms.
#[allow(clippy::too_many_arguments)]
unsafe fn run_nd<I: Copy, O: Copy>(
    input: Result<RawNd<I>>,
    output: Result<RawNd<O>>,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    default_axes: Option<&[i64]>,
    norm: *const c_char,
    workers: i32,
    core: CoreNd<I, O>,
) -> Result<()> {
    let (input, output) = (input?, output?);
    let args = axes_args(s, s_len, axes, axes_len, default_axes, norm, workers)?;
    with_in_out(&input, &output, |xv, ov| core(xv, ov, &args))
}

/// 1-D discrete Fourier transform along `axis` (`scipy.fft.fft`). Output: x's
/// shape with the axis length replaced by n.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_fft(
    x: *const sciport_cndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_1d(
            complex_nd(x, "x"),
            complex_nd(out, "out"),
            n,
            axis,
            norm,
            workers,
            fft::fft,
        )
    })
}
/// 1-D inverse discrete Fourier transform along `axis` (`scipy.fft.ifft`).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ifft(
    x: *const sciport_cndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_1d(
            complex_nd(x, "x"),
            complex_nd(out, "out"),
            n,
            axis,
            norm,
            workers,
            fft::ifft,
        )
    })
}
/// 1-D FFT of real input (`scipy.fft.rfft`): output axis length n/2 + 1.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_rfft(
    x: *const sciport_ndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_1d(
            real_nd(x, "x"),
            complex_nd(out, "out"),
            n,
            axis,
            norm,
            workers,
            fft::rfft,
        )
    })
}
/// Inverse of `rfft` (`scipy.fft.irfft`): real output of axis length n
/// (default 2*(m-1) for input axis length m).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_irfft(
    x: *const sciport_cndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_1d(
            complex_nd(x, "x"),
            real_nd(out, "out"),
            n,
            axis,
            norm,
            workers,
            fft::irfft,
        )
    })
}
/// FFT of a Hermitian-symmetric signal (`scipy.fft.hfft`): real output of axis
/// length n (default 2*(m-1)).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_hfft(
    x: *const sciport_cndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_1d(
            complex_nd(x, "x"),
            real_nd(out, "out"),
            n,
            axis,
            norm,
            workers,
            fft::hfft,
        )
    })
}
/// Inverse of `hfft` (`scipy.fft.ihfft`): complex output of axis length n/2 + 1.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ihfft(
    x: *const sciport_ndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_1d(
            real_nd(x, "x"),
            complex_nd(out, "out"),
            n,
            axis,
            norm,
            workers,
            fft::ihfft,
        )
    })
}
/// 2-D FFT (`scipy.fft.fft2`); axes default to the last two (-2, -1).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_fft2(
    x: *const sciport_cndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (complex_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            LAST_TWO,
            norm,
            workers,
            fft::fftn,
        )
    })
}
/// 2-D inverse FFT (`scipy.fft.ifft2`); axes default to (-2, -1).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ifft2(
    x: *const sciport_cndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (complex_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            LAST_TWO,
            norm,
            workers,
            fft::ifftn,
        )
    })
}
/// 2-D FFT of real input (`scipy.fft.rfft2`); the last axis becomes n/2 + 1.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_rfft2(
    x: *const sciport_ndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            LAST_TWO,
            norm,
            workers,
            fft::rfftn,
        )
    })
}
/// Inverse of `rfft2` (`scipy.fft.irfft2`); real output.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_irfft2(
    x: *const sciport_cndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (complex_nd(x, "x"), real_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            LAST_TWO,
            norm,
            workers,
            fft::irfftn,
        )
    })
}
/// N-D FFT (`scipy.fft.fftn`); axes default to all (or the last len(s) when s is given).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_fftn(
    x: *const sciport_cndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (complex_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            None,
            norm,
            workers,
            fft::fftn,
        )
    })
}
/// N-D inverse FFT (`scipy.fft.ifftn`).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ifftn(
    x: *const sciport_cndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (complex_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            None,
            norm,
            workers,
            fft::ifftn,
        )
    })
}
/// N-D FFT of real input (`scipy.fft.rfftn`); the last transformed axis becomes n/2 + 1.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_rfftn(
    x: *const sciport_ndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            None,
            norm,
            workers,
            fft::rfftn,
        )
    })
}
/// Inverse of `rfftn` (`scipy.fft.irfftn`); real output.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_irfftn(
    x: *const sciport_cndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (complex_nd(x, "x"), real_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            None,
            norm,
            workers,
            fft::irfftn,
        )
    })
}
/// `scipy.fft.fft` of real input: as `sciport_fft_fft` with the input
/// promoted to complex (imaginary part zero), as SciPy does for real arrays.
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_fft_real(
    x: *const sciport_ndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_1d(input, output, n, axis, norm, workers, fft::fft_real)
    })
}

/// `scipy.fft.ifft` of real input (promoted to complex, as SciPy does).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ifft_real(
    x: *const sciport_ndarray,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_1d(input, output, n, axis, norm, workers, fft::ifft_real)
    })
}

/// `scipy.fft.fft2` of real input (promoted to complex); axes default to (-2, -1).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_fft2_real(
    x: *const sciport_ndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            LAST_TWO,
            norm,
            workers,
            fft::fftn_real,
        )
    })
}

/// `scipy.fft.ifft2` of real input (promoted to complex); axes default to (-2, -1).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ifft2_real(
    x: *const sciport_ndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            LAST_TWO,
            norm,
            workers,
            fft::ifftn_real,
        )
    })
}

/// `scipy.fft.fftn` of real input (promoted to complex).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_fftn_real(
    x: *const sciport_ndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            None,
            norm,
            workers,
            fft::fftn_real,
        )
    })
}

/// `scipy.fft.ifftn` of real input (promoted to complex).
///
/// Arguments, errors and thread safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
pub extern "C" fn sciport_fft_ifftn_real(
    x: *const sciport_ndarray,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let (input, output) = (real_nd(x, "x"), complex_nd(out, "out"));
        run_nd(
            input,
            output,
            s,
            s_len,
            axes,
            axes_len,
            None,
            norm,
            workers,
            fft::ifftn_real,
        )
    })
}

/// Shared body of the 1-D DCT/DST.
#[allow(clippy::too_many_arguments)]
unsafe fn run_trig_1d(
    x: *const sciport_ndarray,
    kind: i32,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    core: TrigCore1d,
) -> Result<()> {
    let (input, output) = (real_nd(x, "x")?, real_nd(out, "out")?);
    let args = axis_args(n, axis, norm, workers)?;
    let ortho = orthogonalize_of(orthogonalize)?;
    with_in_out(&input, &output, |xv, ov| core(xv, ov, kind, ortho, &args))
}

/// Shared body of the N-D DCT/DST.
#[allow(clippy::too_many_arguments)]
unsafe fn run_trig_nd(
    x: *const sciport_ndarray,
    kind: i32,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    core: TrigCoreNd,
) -> Result<()> {
    let (input, output) = (real_nd(x, "x")?, real_nd(out, "out")?);
    let args = axes_args(s, s_len, axes, axes_len, None, norm, workers)?;
    let ortho = orthogonalize_of(orthogonalize)?;
    with_in_out(&input, &output, |xv, ov| core(xv, ov, kind, ortho, &args))
}

/// Discrete cosine transform along `axis` (`scipy.fft.dct`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_dct(
    x: *const sciport_ndarray,
    r#type: i32,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_trig_1d(
            x,
            r#type,
            n,
            axis,
            norm,
            workers,
            orthogonalize,
            out,
            fft::dct,
        )
    })
}
/// Inverse discrete cosine transform along `axis` (`scipy.fft.idct`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_idct(
    x: *const sciport_ndarray,
    r#type: i32,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_trig_1d(
            x,
            r#type,
            n,
            axis,
            norm,
            workers,
            orthogonalize,
            out,
            fft::idct,
        )
    })
}
/// Discrete sine transform along `axis` (`scipy.fft.dst`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_dst(
    x: *const sciport_ndarray,
    r#type: i32,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_trig_1d(
            x,
            r#type,
            n,
            axis,
            norm,
            workers,
            orthogonalize,
            out,
            fft::dst,
        )
    })
}
/// Inverse discrete sine transform along `axis` (`scipy.fft.idst`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_idst(
    x: *const sciport_ndarray,
    r#type: i32,
    n: i64,
    axis: i64,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_trig_1d(
            x,
            r#type,
            n,
            axis,
            norm,
            workers,
            orthogonalize,
            out,
            fft::idst,
        )
    })
}
/// N-D discrete cosine transform (`scipy.fft.dctn`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_dctn(
    x: *const sciport_ndarray,
    r#type: i32,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let ortho = orthogonalize;
        run_trig_nd(
            x,
            r#type,
            s,
            s_len,
            axes,
            axes_len,
            norm,
            workers,
            ortho,
            out,
            fft::dctn,
        )
    })
}
/// N-D inverse discrete cosine transform (`scipy.fft.idctn`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_idctn(
    x: *const sciport_ndarray,
    r#type: i32,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let ortho = orthogonalize;
        run_trig_nd(
            x,
            r#type,
            s,
            s_len,
            axes,
            axes_len,
            norm,
            workers,
            ortho,
            out,
            fft::idctn,
        )
    })
}
/// N-D discrete sine transform (`scipy.fft.dstn`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_dstn(
    x: *const sciport_ndarray,
    r#type: i32,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let ortho = orthogonalize;
        run_trig_nd(
            x,
            r#type,
            s,
            s_len,
            axes,
            axes_len,
            norm,
            workers,
            ortho,
            out,
            fft::dstn,
        )
    })
}
/// N-D inverse discrete sine transform (`scipy.fft.idstn`).
///
/// `type` is 1, 2, 3 or 4 (SciPy's default is 2). Arguments, errors and thread
/// safety: see "fft arguments" at the top of sciport.h.
#[no_mangle]
#[allow(clippy::too_many_arguments)]
pub extern "C" fn sciport_fft_idstn(
    x: *const sciport_ndarray,
    r#type: i32,
    s: *const i64,
    s_len: usize,
    axes: *const i64,
    axes_len: usize,
    norm: *const c_char,
    workers: i32,
    orthogonalize: i32,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let ortho = orthogonalize;
        run_trig_nd(
            x,
            r#type,
            s,
            s_len,
            axes,
            axes_len,
            norm,
            workers,
            ortho,
            out,
            fft::idstn,
        )
    })
}
/// Sample frequencies of an n-point FFT with sample spacing `d`
/// (`scipy.fft.fftfreq`): writes n values into `out` (`out_len` must be n).
///
/// Errors: `SCIPORT_ERR_INVALID_ARGUMENT` (n = 0, d = 0 or not finite),
/// `SCIPORT_ERR_DIMENSION_MISMATCH` (out_len != n), `SCIPORT_ERR_NULL_POINTER`.
/// Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_fft_fftfreq(
    n: usize,
    d: f64,
    out: *mut f64,
    out_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let dst = crate::capi::boundary::slice_out(out, out_len, "out")?;
        fft::fftfreq(n, d, dst)
    })
}

/// Sample frequencies of an n-point real FFT (`scipy.fft.rfftfreq`): writes
/// n/2 + 1 values into `out` (`out_len` must be n/2 + 1).
///
/// Errors and thread safety: as `sciport_fft_fftfreq`.
#[no_mangle]
pub extern "C" fn sciport_fft_rfftfreq(
    n: usize,
    d: f64,
    out: *mut f64,
    out_len: usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        let dst = crate::capi::boundary::slice_out(out, out_len, "out")?;
        fft::rfftfreq(n, d, dst)
    })
}

/// Shared body of the shifts.
unsafe fn run_shift<T: Copy>(
    input: Result<RawNd<T>>,
    output: Result<RawNd<T>>,
    axes: *const i64,
    axes_len: usize,
    core: ShiftCore<T>,
) -> Result<()> {
    let (input, output) = (input?, output?);
    let axes = slice_in(axes, axes_len, "axes")?;
    let axes = (!axes.is_empty()).then_some(axes);
    with_in_out(&input, &output, |xv, ov| core(xv, ov, axes))
}

/// Moves the zero-frequency term to the centre (`scipy.fft.fftshift`), real data.
///
/// `axes`/`axes_len`: axes to shift, NULL/0 = all (SciPy's `None`). `out` has x's
/// shape and may be x itself.
/// Errors: `SCIPORT_ERR_NULL_POINTER`, `SCIPORT_ERR_INVALID_ARGUMENT` (axis out of
/// range), `SCIPORT_ERR_DIMENSION_MISMATCH` (shapes differ). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_fft_fftshift(
    x: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_shift(
            real_nd(x, "x"),
            real_nd(out, "out"),
            axes,
            axes_len,
            fft::fftshift,
        )
    })
}
/// Inverse of `fftshift` (`scipy.fft.ifftshift`), real data.
///
/// `axes`/`axes_len`: axes to shift, NULL/0 = all (SciPy's `None`). `out` has x's
/// shape and may be x itself.
/// Errors: `SCIPORT_ERR_NULL_POINTER`, `SCIPORT_ERR_INVALID_ARGUMENT` (axis out of
/// range), `SCIPORT_ERR_DIMENSION_MISMATCH` (shapes differ). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_fft_ifftshift(
    x: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_shift(
            real_nd(x, "x"),
            real_nd(out, "out"),
            axes,
            axes_len,
            fft::ifftshift,
        )
    })
}
/// `scipy.fft.fftshift` for complex data.
///
/// `axes`/`axes_len`: axes to shift, NULL/0 = all (SciPy's `None`). `out` has x's
/// shape and may be x itself.
/// Errors: `SCIPORT_ERR_NULL_POINTER`, `SCIPORT_ERR_INVALID_ARGUMENT` (axis out of
/// range), `SCIPORT_ERR_DIMENSION_MISMATCH` (shapes differ). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_fft_fftshift_complex(
    x: *const sciport_cndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_shift(
            complex_nd(x, "x"),
            complex_nd(out, "out"),
            axes,
            axes_len,
            fft::fftshift,
        )
    })
}
/// `scipy.fft.ifftshift` for complex data.
///
/// `axes`/`axes_len`: axes to shift, NULL/0 = all (SciPy's `None`). `out` has x's
/// shape and may be x itself.
/// Errors: `SCIPORT_ERR_NULL_POINTER`, `SCIPORT_ERR_INVALID_ARGUMENT` (axis out of
/// range), `SCIPORT_ERR_DIMENSION_MISMATCH` (shapes differ). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_fft_ifftshift_complex(
    x: *const sciport_cndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        run_shift(
            complex_nd(x, "x"),
            complex_nd(out, "out"),
            axes,
            axes_len,
            fft::ifftshift,
        )
    })
}
/// The smallest length >= `target` that sciport (and SciPy) transform fastest
/// (`scipy.fft.next_fast_len`): 11-smooth for complex transforms, 5-smooth
/// when `real` is true. Writes it into `*out`; target 0 gives 0, as in SciPy.
///
/// Errors: `SCIPORT_ERR_INVALID_ARGUMENT` (target > SIZE_MAX/11 + 1, SciPy's limit),
/// `SCIPORT_ERR_NULL_POINTER` (out). Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_fft_next_fast_len(
    target: usize,
    real: bool,
    out: *mut usize,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        crate::capi::boundary::require_out(out, "out")?;
        write_out(out, fft::next_fast_len(target, real)?, "out")
    })
}
