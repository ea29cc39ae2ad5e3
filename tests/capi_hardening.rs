//! Hostile views and option structs must come back as errors, never abort the
//! host process or write outside the caller's buffers: self-overlapping
//! outputs, strides whose span overflows the address space, absurd ndim,
//! in-place calls whose input copy cannot be allocated, and options structs
//! whose struct_size cuts a field in two.

use std::ffi::CStr;
use std::ptr;

use sciport::capi::boundary::sciport_status::{self, *};
use sciport::capi::boundary::{sciport_error, sciport_error_free, sciport_error_message};
use sciport::capi::fft::{sciport_fft_fft, sciport_fft_fftn};
use sciport::capi::optimize::*;
use sciport::capi::views::{sciport_cndarray, sciport_complex};

/// Runs a call and returns its status and error message (freeing the error).
fn outcome(
    call: impl FnOnce(*mut *mut sciport_error) -> sciport_status,
) -> (sciport_status, String) {
    let mut err: *mut sciport_error = ptr::null_mut();
    let status = call(&mut err);
    let message = unsafe { CStr::from_ptr(sciport_error_message(err)) }
        .to_string_lossy()
        .into_owned();
    sciport_error_free(err);
    (status, message)
}

fn cview(data: *mut sciport_complex, shape: &[usize], strides: &[isize]) -> sciport_cndarray {
    sciport_cndarray {
        data,
        ndim: shape.len(),
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    }
}

const SENTINEL: sciport_complex = sciport_complex { re: 7.5, im: -7.5 };

#[test]
fn self_overlapping_output_is_rejected() {
    let mut x = vec![sciport_complex { re: 1.0, im: 0.0 }; 16];
    let mut out = vec![SENTINEL; 16];
    let shape = [4usize, 4];
    let (contiguous, overlapping) = ([4isize, 1], [1isize, 1]);
    let xv = cview(x.as_mut_ptr(), &shape, &contiguous);
    let ov = cview(out.as_mut_ptr(), &shape, &overlapping);
    let (status, message) = outcome(|err| {
        sciport_fft_fftn(
            &xv,
            ptr::null(),
            0,
            ptr::null(),
            0,
            ptr::null(),
            0,
            &ov,
            err,
        )
    });
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT, "{message}");
    assert!(message.contains("out"), "{message}");
    assert!(out.iter().all(|&v| v == SENTINEL));
}

#[test]
fn strides_spanning_more_than_memory_are_rejected() {
    let mut x = vec![sciport_complex::default(); 4];
    let mut out = vec![SENTINEL; 4];
    let huge_shape = [1usize << 62, 4];
    let huge_strides = [1isize << 62, 1];
    let xv = cview(x.as_mut_ptr(), &huge_shape, &huge_strides);
    let ov = cview(out.as_mut_ptr(), &[4], &[1]);
    let (status, message) = outcome(|err| sciport_fft_fft(&xv, -1, -1, ptr::null(), 0, &ov, err));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT, "{message}");
    assert!(message.contains('x'), "{message}");
    assert!(out.iter().all(|&v| v == SENTINEL));
}

#[test]
fn absurd_ndim_is_rejected_before_reading_shape() {
    let mut x = vec![sciport_complex::default(); 4];
    let shape = [4usize];
    let strides = [1isize];
    let mut xv = cview(x.as_mut_ptr(), &shape, &strides);
    xv.ndim = usize::MAX / 16;
    let ov = cview(x.as_mut_ptr(), &shape, &strides);
    let (status, message) = outcome(|err| sciport_fft_fft(&xv, -1, -1, ptr::null(), 0, &ov, err));
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT, "{message}");
    assert!(message.contains("x.ndim"), "{message}");
}

#[test]
fn unallocatable_in_place_copy_is_an_allocation_error() {
    // A broadcast (stride 0) input of 2^44 logical elements over the output's
    // own buffer: the in-place copy cannot be allocated.
    let mut buf = vec![SENTINEL; 8];
    let big = [1usize << 44];
    let xv = cview(buf.as_mut_ptr(), &big, &[0]);
    let ov = cview(buf.as_mut_ptr(), &[8], &[1]);
    let (status, message) = outcome(|err| sciport_fft_fft(&xv, 8, -1, ptr::null(), 0, &ov, err));
    assert_eq!(status, SCIPORT_ERR_ALLOCATION, "{message}");
    assert!(buf.iter().all(|&v| v == SENTINEL));
}

unsafe extern "C" fn parabola(x: f64, out: *mut f64, _: *mut std::ffi::c_void) -> i32 {
    *out = (x - 1.0) * (x - 1.0);
    0
}

#[test]
fn struct_size_inside_a_field_is_rejected() {
    let mut o = sciport_optimize_minimize_scalar_options_default();
    o.struct_size = std::mem::size_of::<usize>() + 4; // half of `method`
    let mut r = std::mem::MaybeUninit::<sciport_minimize_scalar_result>::uninit();
    let (status, message) = outcome(|err| {
        sciport_optimize_minimize_scalar(Some(parabola), ptr::null_mut(), &o, r.as_mut_ptr(), err)
    });
    assert_eq!(status, SCIPORT_ERR_INVALID_ARGUMENT, "{message}");
    assert!(message.contains("struct_size"), "{message}");
}
