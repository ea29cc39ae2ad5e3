//! The axis contract of `sciport_special_logsumexp`, `_softmax` and
//! `_log_softmax` through the C ABI: NumPy's axis rules (None, negative,
//! several axes; out-of-range and repeated axes are errors), keepdims and
//! plain output shapes, in-place use, parallel groups equal to serial ones,
//! and bad arguments leaving the outputs untouched.

mod common;

use std::ptr;

use common::fft::capture;

use sciport::capi::boundary::sciport_error;
use sciport::capi::boundary::sciport_status::{self, *};
use sciport::capi::runtime::sciport_set_num_threads;
use sciport::capi::special_axis::*;
use sciport::capi::views::sciport_ndarray;

fn view(data: &mut [f64], shape: &[usize], strides: &[isize]) -> sciport_ndarray {
    sciport_ndarray {
        data: data.as_mut_ptr(),
        ndim: shape.len(),
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    }
}

fn outcome(
    call: impl FnOnce(*mut *mut sciport_error) -> sciport_status,
) -> (sciport_status, String) {
    let o = capture(call);
    assert_eq!(o.error_code, o.status);
    (o.status, o.message)
}

fn log_sum_exp(values: &[f64]) -> f64 {
    values.iter().map(|v| v.exp()).sum::<f64>().ln()
}

#[test]
fn negative_and_multiple_axes_reduce_as_numpy() {
    // a: shape (2, 3, 2) in C order; reduce axes (0, -1) -> shape (3,).
    let mut a: Vec<f64> = (0..12).map(|i| f64::from(i) / 4.0).collect();
    let expected: Vec<f64> = (0..3)
        .map(|j| {
            let group: Vec<f64> = [0, 1]
                .iter()
                .flat_map(|&i| [0, 1].map(|k| a[6 * i + 2 * j + k]))
                .collect();
            log_sum_exp(&group)
        })
        .collect();
    let av = view(&mut a, &[2, 3, 2], &[6, 2, 1]);
    let axes = [0i64, -1];
    for out_shape in [vec![3usize], vec![1, 3, 1]] {
        let mut out = vec![f64::NAN; 3];
        let strides = vec![3isize, 1, 1][3 - out_shape.len()..].to_vec();
        let ov = view(&mut out, &out_shape, &strides);
        let status = sciport_special_logsumexp(
            &av,
            axes.as_ptr(),
            2,
            ptr::null(),
            &ov,
            ptr::null(),
            ptr::null_mut(),
        );
        assert_eq!(status, SCIPORT_OK);
        for (o, e) in out.iter().zip(&expected) {
            assert!((o - e).abs() <= 4.0 * f64::EPSILON * e.abs(), "{o} vs {e}");
        }
    }
}

#[test]
fn softmax_works_in_place_on_a_fortran_order_matrix() {
    // x: 2 x 3 in Fortran order; softmax over axis 1 (each row), in place.
    let mut x = vec![1.0, -2.0, 2.0, 0.0, 3.0, 5.0];
    let rows: [[f64; 3]; 2] = [[1.0, 2.0, 3.0], [-2.0, 0.0, 5.0]];
    let xv = view(&mut x, &[2, 3], &[1, 2]);
    let axes = [1i64];
    let status = sciport_special_softmax(&xv, axes.as_ptr(), 1, &xv, ptr::null_mut());
    assert_eq!(status, SCIPORT_OK);
    for (r, row) in rows.iter().enumerate() {
        let total: f64 = row.iter().map(|v| v.exp()).sum();
        for (c, v) in row.iter().enumerate() {
            let want = v.exp() / total;
            let got = x[r + 2 * c];
            assert!(
                (got - want).abs() <= 4.0 * f64::EPSILON * want,
                "{got} vs {want}"
            );
        }
    }
}

#[test]
fn parallel_groups_give_the_serial_values() {
    let (groups, members) = (5000usize, 13usize);
    let mut a: Vec<f64> = (0..groups * members)
        .map(|i| ((i * 7919) % 1000) as f64 / 37.0)
        .collect();
    let mut b: Vec<f64> = (0..groups * members)
        .map(|i| ((i % 5) as f64) - 1.5)
        .collect();
    let shape = [groups, members];
    let run = |threads: usize, a: &mut [f64], b: &mut [f64]| {
        sciport_set_num_threads(threads);
        let (av, bv) = (view(a, &shape, &[13, 1]), view(b, &shape, &[13, 1]));
        let mut out = vec![0.0; groups];
        let mut sign = vec![0.0; groups];
        let (ov, sv) = (
            view(&mut out, &[groups], &[1]),
            view(&mut sign, &[groups], &[1]),
        );
        let axes = [1i64];
        let status =
            sciport_special_logsumexp(&av, axes.as_ptr(), 1, &bv, &ov, &sv, ptr::null_mut());
        assert_eq!(status, SCIPORT_OK);
        let mut soft = vec![0.0; groups * members];
        let f_strides = [1, groups as isize];
        let tv = view(&mut soft, &shape, &f_strides);
        let (status, message) =
            outcome(|e| sciport_special_log_softmax(&av, axes.as_ptr(), 1, &tv, e));
        assert_eq!(status, SCIPORT_OK, "{message}");
        (out, sign, soft)
    };
    let serial = run(1, &mut a, &mut b);
    let parallel = run(2, &mut a, &mut b);
    sciport_set_num_threads(0);
    assert_eq!(format!("{serial:?}"), format!("{parallel:?}"));
    assert!(serial.1.iter().any(|&s| s < 0.0) && serial.1.iter().any(|&s| s > 0.0));
}

#[test]
fn bad_arguments_are_errors_and_leave_outputs_untouched() {
    let mut a = vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    let av = view(&mut a, &[2, 3], &[3, 1]);
    let mut out = vec![-7.0; 6];
    let ov = view(&mut out, &[2], &[1]);
    let cases: Vec<(Vec<i64>, sciport_status, &str)> = vec![
        (
            vec![2],
            SCIPORT_ERR_INVALID_ARGUMENT,
            "axis 2 is out of bounds for array of dimension 2",
        ),
        (vec![-3], SCIPORT_ERR_INVALID_ARGUMENT, "out of bounds"),
        (
            vec![1, -1],
            SCIPORT_ERR_INVALID_ARGUMENT,
            "duplicate value in 'axis'",
        ),
        (vec![0], SCIPORT_ERR_DIMENSION_MISMATCH, "(3,)"),
    ];
    for (axes, status, text) in cases {
        let (s, m) = outcome(|e| {
            sciport_special_logsumexp(
                &av,
                axes.as_ptr(),
                axes.len(),
                ptr::null(),
                &ov,
                ptr::null(),
                e,
            )
        });
        assert_eq!(s, status, "{axes:?}: {m}");
        assert!(m.contains(text), "{m}");
    }
    let (s, m) =
        outcome(|e| sciport_special_logsumexp(&av, ptr::null(), 0, ptr::null(), &ov, &ov, e));
    assert_eq!(s, SCIPORT_ERR_INVALID_ARGUMENT, "{m}");
    let (s, _) = outcome(|e| {
        sciport_special_logsumexp(
            ptr::null(),
            ptr::null(),
            0,
            ptr::null(),
            &ov,
            ptr::null(),
            e,
        )
    });
    assert_eq!(s, SCIPORT_ERR_NULL_POINTER);
    let (s, _) = outcome(|e| {
        sciport_special_logsumexp(&av, ptr::null(), 1, ptr::null(), &ov, ptr::null(), e)
    });
    assert_eq!(s, SCIPORT_ERR_NULL_POINTER, "axes NULL with axes_len 1");
    let mut b = vec![1.0; 2];
    let bv = view(&mut b, &[2], &[1]);
    let (s, m) =
        outcome(|e| sciport_special_logsumexp(&av, ptr::null(), 0, &bv, &ov, ptr::null(), e));
    assert_eq!(s, SCIPORT_ERR_DIMENSION_MISMATCH, "{m}");
    let (s, m) = outcome(|e| sciport_special_softmax(&av, ptr::null(), 0, &ov, e));
    assert_eq!(s, SCIPORT_ERR_DIMENSION_MISMATCH, "{m}");
    let mut empty: Vec<f64> = vec![];
    let ev = view(&mut empty, &[0, 3], &[3, 1]);
    let axes = [0i64];
    let (s, m) = outcome(|e| sciport_special_log_softmax(&ev, axes.as_ptr(), 1, &ev, e));
    assert_eq!(s, SCIPORT_ERR_INVALID_ARGUMENT, "{m}");
    assert!(m.contains("zero-size array"), "{m}");
    assert!(out.iter().all(|&v| v == -7.0), "outputs untouched: {out:?}");
}
