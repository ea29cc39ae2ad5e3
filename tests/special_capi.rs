//! The ufunc contract of `sciport_special_*` through the C ABI: NumPy
//! broadcasting against the output, any strides (Fortran order, reversed,
//! 2-D sub-views), in-place use, parallel splitting, and arguments that are
//! errors (NULL, ndim 0, unbroadcastable shapes, self-overlapping output)
//! leaving the output untouched.

mod common;

use std::ptr;

use common::fft::capture;

use sciport::capi::boundary::sciport_error;
use sciport::capi::boundary::sciport_status::{self, *};
use sciport::capi::special::*;
use sciport::capi::views::sciport_ndarray;
use sciport::special::{error_function, incomplete_gamma};

fn view(data: &mut [f64], shape: &[usize], strides: &[isize]) -> sciport_ndarray {
    sciport_ndarray {
        data: data.as_mut_ptr(),
        ndim: shape.len(),
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    }
}

/// Runs a call and returns its status and error message (freeing the error).
fn outcome(
    call: impl FnOnce(*mut *mut sciport_error) -> sciport_status,
) -> (sciport_status, String) {
    let o = capture(call);
    assert_eq!(
        o.error_code, o.status,
        "the error object carries the status"
    );
    (o.status, o.message)
}

#[test]
fn a_column_and_a_row_broadcast_to_a_matrix() {
    // a: shape (3, 1); x: shape (4,); out: (3, 4) in Fortran order.
    let mut a = vec![0.5, 2.0, 30.0];
    let mut x = vec![0.1, 1.0, 3.0, 50.0];
    let mut out = vec![f64::NAN; 12];
    let (av, xv) = (view(&mut a, &[3, 1], &[1, 1]), view(&mut x, &[4], &[1]));
    let ov = view(&mut out, &[3, 4], &[1, 3]);
    let status = sciport_special_gammainc(&av, &xv, &ov, ptr::null_mut());
    assert_eq!(status, SCIPORT_OK);
    for i in 0..3 {
        for j in 0..4 {
            assert_eq!(
                out[i + 3 * j],
                incomplete_gamma::gammainc(a[i], x[j]),
                "({i}, {j})"
            );
        }
    }
}

#[test]
fn a_scalar_fills_the_whole_output() {
    let mut a = vec![2.5];
    let mut x: Vec<f64> = (0..7).map(|i| i as f64 * 0.75).collect();
    let mut out = vec![0.0; 7];
    let (av, xv, ov) = (
        view(&mut a, &[1], &[1]),
        view(&mut x, &[7], &[1]),
        view(&mut out, &[7], &[1]),
    );
    assert_eq!(
        sciport_special_gammaincc(&av, &xv, &ov, ptr::null_mut()),
        SCIPORT_OK
    );
    for j in 0..7 {
        assert_eq!(out[j], incomplete_gamma::gammaincc(2.5, x[j]));
    }
}

#[test]
fn reversed_and_strided_views_are_read_and_written_in_place() {
    let mut buf: Vec<f64> = (0..10).map(|i| i as f64 / 10.0 - 0.45).collect();
    let original = buf.clone();
    // Input: every other element; output: the same elements in reverse order.
    let xv = view(&mut buf, &[5], &[2]);
    let (shape, reversed) = ([5usize], [-2isize]);
    let ov = sciport_ndarray {
        data: unsafe { buf.as_mut_ptr().add(8) },
        ndim: 1,
        shape: shape.as_ptr(),
        strides: reversed.as_ptr(),
    };
    assert_eq!(sciport_special_erf(&xv, &ov, ptr::null_mut()), SCIPORT_OK);
    for k in 0..5 {
        assert_eq!(
            buf[8 - 2 * k],
            error_function::erf(original[2 * k]),
            "element {k}"
        );
    }
    for k in 0..5 {
        assert_eq!(
            buf[2 * k + 1],
            original[2 * k + 1],
            "odd elements untouched"
        );
    }
}

#[test]
fn large_arrays_split_across_threads_give_the_serial_values() {
    let n = 100_003;
    let mut x: Vec<f64> = (0..n).map(|i| (i as f64 - 50_000.0) * 1e-4).collect();
    let mut out = vec![0.0; n];
    let (xv, ov) = (view(&mut x, &[n], &[1]), view(&mut out, &[n], &[1]));
    assert_eq!(sciport_special_ndtr(&xv, &ov, ptr::null_mut()), SCIPORT_OK);
    for i in (0..n).step_by(997) {
        assert_eq!(out[i], sciport::special::normal::ndtr(x[i]));
    }
    assert_eq!(out[n - 1], sciport::special::normal::ndtr(x[n - 1]));
}

#[test]
fn empty_views_succeed_without_touching_memory() {
    let (shape, strides) = ([0usize], [1isize]);
    let ov = sciport_ndarray {
        data: ptr::null_mut(),
        ndim: 1,
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    };
    assert_eq!(sciport_special_expit(&ov, &ov, ptr::null_mut()), SCIPORT_OK);
}

#[test]
fn bad_arguments_are_errors_and_leave_out_untouched() {
    let mut x = vec![1.0, 2.0, 3.0];
    let mut y = vec![1.0, 2.0];
    let mut out = vec![7.5; 3];
    let xv = view(&mut x, &[3], &[1]);
    let yv = view(&mut y, &[2], &[1]);
    let ov = view(&mut out, &[3], &[1]);

    let (s, m) = outcome(|e| sciport_special_xlogy(&xv, &yv, &ov, e));
    assert_eq!(s, SCIPORT_ERR_DIMENSION_MISMATCH);
    assert!(m.contains("y with shape (2,)") && m.contains("(3,)"), "{m}");

    let (s, m) = outcome(|e| sciport_special_erf(ptr::null(), &ov, e));
    assert_eq!(s, SCIPORT_ERR_NULL_POINTER);
    assert!(m.contains('x'), "{m}");

    let (s, _) = outcome(|e| sciport_special_erf(&xv, ptr::null(), e));
    assert_eq!(s, SCIPORT_ERR_NULL_POINTER);

    let wide = view(&mut x, &[1, 3], &[3, 1]);
    let (s, m) = outcome(|e| sciport_special_gamma(&wide, &ov, e));
    assert_eq!(s, SCIPORT_ERR_DIMENSION_MISMATCH, "{m}");

    let zero_d = sciport_ndarray { ndim: 0, ..xv };
    let (s, _) = outcome(|e| sciport_special_gamma(&zero_d, &ov, e));
    assert_eq!(s, SCIPORT_ERR_INVALID_ARGUMENT);

    let overlapping = view(&mut out, &[3], &[0]);
    let (s, m) = outcome(|e| sciport_special_gamma(&xv, &overlapping, e));
    assert_eq!(s, SCIPORT_ERR_INVALID_ARGUMENT, "{m}");

    let null_data = sciport_ndarray {
        data: ptr::null_mut(),
        ..xv
    };
    let (s, _) = outcome(|e| sciport_special_gamma(&null_data, &ov, e));
    assert_eq!(s, SCIPORT_ERR_NULL_POINTER);

    assert_eq!(out, vec![7.5; 3]);
}
