//! `sciport_release_memory` frees cached plans and work buffers (including
//! those of worker threads) without changing later results.

use std::ptr;

use sciport::capi::boundary::sciport_status::SCIPORT_OK;
use sciport::capi::fft::sciport_fft_fftn;
use sciport::capi::runtime::sciport_release_memory;
use sciport::capi::views::{sciport_cndarray, sciport_complex};

/// fftn over both axes of a 64 x 48 array on `workers` threads.
fn transform(workers: i32) -> Vec<sciport_complex> {
    let shape = [64usize, 48];
    let strides = [48isize, 1];
    let mut x: Vec<sciport_complex> = (0..64 * 48)
        .map(|k| sciport_complex {
            re: (k as f64 * 0.37).sin(),
            im: (k as f64 * 0.11).cos(),
        })
        .collect();
    let mut out = vec![sciport_complex::default(); 64 * 48];
    let view = |data: &mut Vec<sciport_complex>| sciport_cndarray {
        data: data.as_mut_ptr(),
        ndim: 2,
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    };
    let (xv, ov) = (view(&mut x), view(&mut out));
    let st = sciport_fft_fftn(
        &xv,
        ptr::null(),
        0,
        ptr::null(),
        0,
        ptr::null(),
        workers,
        &ov,
        ptr::null_mut(),
    );
    assert_eq!(st, SCIPORT_OK);
    out
}

#[test]
fn results_are_unchanged_after_release() {
    let before = (transform(1), transform(2));
    sciport_release_memory();
    assert_eq!(transform(2), before.1);
    sciport_release_memory();
    assert_eq!(transform(1), before.0);
    assert_eq!(before.0, before.1);
    sciport_release_memory();
}
