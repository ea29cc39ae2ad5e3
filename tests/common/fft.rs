//! Calls any `sciport_fft_*` transform by its SciPy name through the C API and
//! reports the status, the error object's code and its message.

use std::ffi::{CStr, CString};
use std::ptr;

use sciport::capi::boundary::sciport_status;
use sciport::capi::boundary::{
    sciport_error, sciport_error_code, sciport_error_free, sciport_error_message,
};
use sciport::capi::fft::*;

use super::arrays::View;

/// SciPy keyword arguments of a transform, in C-API form.
#[derive(Debug, Clone)]
pub struct Kw {
    /// `n` (-1 = None).
    pub n: i64,
    /// `axis`.
    pub axis: i64,
    /// `s` (None = NULL).
    pub s: Option<Vec<i64>>,
    /// `axes` (None = NULL).
    pub axes: Option<Vec<i64>>,
    /// `norm` (None = NULL).
    pub norm: Option<CString>,
    /// DCT/DST `type`.
    pub kind: i32,
    /// `orthogonalize`: -1 None, 0 false, 1 true.
    pub orthogonalize: i32,
}

impl Default for Kw {
    fn default() -> Self {
        Kw {
            n: -1,
            axis: -1,
            s: None,
            axes: None,
            norm: None,
            kind: 2,
            orthogonalize: -1,
        }
    }
}

impl Kw {
    /// Sets `norm` from a Rust string.
    pub fn with_norm(mut self, norm: &str) -> Self {
        self.norm = Some(CString::new(norm).expect("norm without NUL"));
        self
    }
}

/// What a C call returned.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// The returned status.
    pub status: sciport_status,
    /// The code stored in the error object (`SCIPORT_OK` when none was made).
    pub error_code: sciport_status,
    /// The error object's message ("" when none was made).
    pub message: String,
}

impl Outcome {
    /// True for `SCIPORT_OK`.
    pub fn ok(&self) -> bool {
        self.status == sciport_status::SCIPORT_OK
    }
}

/// Runs `call` with a fresh error out-pointer and collects the outcome.
pub fn capture(call: impl FnOnce(*mut *mut sciport_error) -> sciport_status) -> Outcome {
    let mut err: *mut sciport_error = ptr::null_mut();
    let status = call(&mut err);
    let error_code = sciport_error_code(err);
    let message = unsafe { CStr::from_ptr(sciport_error_message(err)) }
        .to_string_lossy()
        .into_owned();
    sciport_error_free(err);
    Outcome {
        status,
        error_code,
        message,
    }
}

/// Element types of a transform: (input complex, output complex).
pub fn io_complex(func: &str) -> (bool, bool) {
    match func {
        "fft" | "ifft" | "fftn" | "ifftn" | "fft2" | "ifft2" => (true, true),
        "rfft" | "ihfft" | "rfftn" | "rfft2" => (false, true),
        "irfft" | "hfft" | "irfftn" | "irfft2" => (true, false),
        "dct" | "idct" | "dst" | "idst" | "dctn" | "idctn" | "dstn" | "idstn" => (false, false),
        other => panic!("test bug: unknown transform {other}"),
    }
}

/// True for the transforms that take `s`/`axes` instead of `n`/`axis`.
pub fn is_nd(func: &str) -> bool {
    func.ends_with('n') || func.ends_with('2')
}

fn opt_slice(v: &Option<Vec<i64>>) -> (*const i64, usize) {
    v.as_ref()
        .map_or((ptr::null(), 0), |s| (s.as_ptr(), s.len()))
}

/// Calls transform `func` (SciPy's name) on views `x` and `out`.
pub fn transform(func: &str, x: &View, out: &View, kw: &Kw, workers: i32) -> Outcome {
    let norm = kw.norm.as_ref().map_or(ptr::null(), |c| c.as_ptr());
    let (s, s_len) = opt_slice(&kw.s);
    let (ax, ax_len) = opt_slice(&kw.axes);
    let (n, axis, t, o) = (kw.n, kw.axis, kw.kind, kw.orthogonalize);
    capture(|e| match func {
        "fft" => sciport_fft_fft(x.c(), n, axis, norm, workers, out.c(), e),
        "ifft" => sciport_fft_ifft(x.c(), n, axis, norm, workers, out.c(), e),
        "rfft" => sciport_fft_rfft(x.r(), n, axis, norm, workers, out.c(), e),
        "irfft" => sciport_fft_irfft(x.c(), n, axis, norm, workers, out.r(), e),
        "hfft" => sciport_fft_hfft(x.c(), n, axis, norm, workers, out.r(), e),
        "ihfft" => sciport_fft_ihfft(x.r(), n, axis, norm, workers, out.c(), e),
        "fft2" => sciport_fft_fft2(x.c(), s, s_len, ax, ax_len, norm, workers, out.c(), e),
        "ifft2" => sciport_fft_ifft2(x.c(), s, s_len, ax, ax_len, norm, workers, out.c(), e),
        "rfft2" => sciport_fft_rfft2(x.r(), s, s_len, ax, ax_len, norm, workers, out.c(), e),
        "irfft2" => sciport_fft_irfft2(x.c(), s, s_len, ax, ax_len, norm, workers, out.r(), e),
        "fftn" => sciport_fft_fftn(x.c(), s, s_len, ax, ax_len, norm, workers, out.c(), e),
        "ifftn" => sciport_fft_ifftn(x.c(), s, s_len, ax, ax_len, norm, workers, out.c(), e),
        "rfftn" => sciport_fft_rfftn(x.r(), s, s_len, ax, ax_len, norm, workers, out.c(), e),
        "irfftn" => sciport_fft_irfftn(x.c(), s, s_len, ax, ax_len, norm, workers, out.r(), e),
        "dct" => sciport_fft_dct(x.r(), t, n, axis, norm, workers, o, out.r(), e),
        "idct" => sciport_fft_idct(x.r(), t, n, axis, norm, workers, o, out.r(), e),
        "dst" => sciport_fft_dst(x.r(), t, n, axis, norm, workers, o, out.r(), e),
        "idst" => sciport_fft_idst(x.r(), t, n, axis, norm, workers, o, out.r(), e),
        "dctn" => sciport_fft_dctn(x.r(), t, s, s_len, ax, ax_len, norm, workers, o, out.r(), e),
        "idctn" => sciport_fft_idctn(x.r(), t, s, s_len, ax, ax_len, norm, workers, o, out.r(), e),
        "dstn" => sciport_fft_dstn(x.r(), t, s, s_len, ax, ax_len, norm, workers, o, out.r(), e),
        "idstn" => sciport_fft_idstn(x.r(), t, s, s_len, ax, ax_len, norm, workers, o, out.r(), e),
        other => panic!("test bug: unknown transform {other}"),
    })
}

/// Calls `fftshift` or `ifftshift` (real or complex variant, by the views' type).
pub fn shift(func: &str, x: &View, out: &View, axes: &Option<Vec<i64>>) -> Outcome {
    let (ax, ax_len) = opt_slice(axes);
    capture(|e| match (func, x.is_complex()) {
        ("fftshift", false) => sciport_fft_fftshift(x.r(), ax, ax_len, out.r(), e),
        ("ifftshift", false) => sciport_fft_ifftshift(x.r(), ax, ax_len, out.r(), e),
        ("fftshift", true) => sciport_fft_fftshift_complex(x.c(), ax, ax_len, out.c(), e),
        ("ifftshift", true) => sciport_fft_ifftshift_complex(x.c(), ax, ax_len, out.c(), e),
        (other, _) => panic!("test bug: unknown shift {other}"),
    })
}

fn norm_axis(axis: i64, ndim: usize) -> Option<usize> {
    let a = if axis < 0 { axis + ndim as i64 } else { axis };
    (0..ndim as i64).contains(&a).then_some(a as usize)
}

/// Length of a transformed axis of the output, from the input length `m` and
/// the requested length `n` (None = default), as SciPy defines it.
fn out_len(func: &str, m: usize, n: Option<usize>) -> usize {
    let full = n.unwrap_or(m);
    match func.trim_end_matches(['n', '2']) {
        "rfft" | "ihfft" => full / 2 + 1,
        "irfft" | "hfft" => n.unwrap_or(2 * m.saturating_sub(1)),
        _ => full,
    }
}

/// The output shape SciPy would give (used where SciPy raised, so there is no
/// recorded shape); falls back to the input shape for unusable arguments.
pub fn result_shape(func: &str, shape: &[usize], kw: &Kw) -> Vec<usize> {
    let mut out = shape.to_vec();
    let fix = |v: i64| (v >= 0).then_some(v as usize);
    if !is_nd(func) {
        if let Some(a) = norm_axis(kw.axis, shape.len()) {
            out[a] = out_len(func, shape[a], if kw.n == -1 { None } else { fix(kw.n) });
        }
        return out;
    }
    let nd = shape.len() as i64;
    let axes: Vec<i64> = match (&kw.axes, &kw.s) {
        (Some(a), _) => a.clone(),
        (None, _) if func.ends_with('2') => vec![-2, -1],
        (None, Some(s)) => (nd - s.len() as i64..nd).collect(),
        (None, None) => (0..nd).collect(),
    };
    for (k, &ax) in axes.iter().enumerate() {
        let Some(a) = norm_axis(ax, shape.len()) else {
            return shape.to_vec();
        };
        let n =
            kw.s.as_ref()
                .and_then(|s| s.get(k))
                .and_then(|&v| if v == -1 { None } else { fix(v) });
        let last = k + 1 == axes.len();
        out[a] = if last {
            out_len(func, shape[a], n)
        } else {
            n.unwrap_or(shape[a])
        };
    }
    out
}
