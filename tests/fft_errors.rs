//! Every error the fft C functions can report: the returned status, the same
//! code in the error object, a message naming the offending argument, and an
//! output left untouched. Also: a NULL `err` is accepted.

mod common;

use std::ffi::c_char;
use std::ptr;

use common::arrays::{Arr, Layout};
use common::fft::{capture, io_complex, result_shape, shift, transform, Kw, Outcome};
use sciport::capi::boundary::sciport_status::{self, *};
use sciport::capi::fft::*;

const SHAPE: [usize; 3] = [4, 5, 6];

const ONE_D: [&str; 10] = [
    "fft", "ifft", "rfft", "irfft", "hfft", "ihfft", "dct", "idct", "dst", "idst",
];
const N_D: [&str; 12] = [
    "fft2", "ifft2", "rfft2", "irfft2", "fftn", "ifftn", "rfftn", "irfftn", "dctn", "idctn",
    "dstn", "idstn",
];
const TRIG: [&str; 8] = [
    "dct", "idct", "dst", "idst", "dctn", "idctn", "dstn", "idstn",
];

/// How a test damages the call.
#[derive(Clone, Copy)]
enum Damage {
    None,
    NullX,
    NullOut,
    NullXData,
    NullOutData,
    OutShape,
    OutNdim,
    OutZeroStride,
}

/// Calls `func` on SHAPE with `kw`, damaged as asked; returns the outcome and
/// whether `out` (and its buffer) kept its sentinel values.
fn call(func: &str, kw: &Kw, workers: i32, damage: Damage) -> (Outcome, bool) {
    let (cin, cout) = io_complex(func);
    let count = SHAPE.iter().product::<usize>() * if cin { 2 } else { 1 };
    let mut x = Arr::from_values(&common::draws(11, count), &SHAPE, cin, Layout::C);
    let mut shape = result_shape(func, &SHAPE, kw);
    match damage {
        Damage::OutShape => shape[0] += 1,
        Damage::OutNdim => shape.truncate(2),
        _ => {}
    }
    let mut out = Arr::filled(&shape, cout, Layout::C);
    if let Damage::OutZeroStride = damage {
        out.strides[1] = 0;
    }
    let (mut xv, mut ov) = (x.view(), out.view());
    match damage {
        Damage::NullX => xv = xv.null_like(),
        Damage::NullOut => ov = ov.null_like(),
        Damage::NullXData => xv = xv.with_null_data(),
        Damage::NullOutData => ov = ov.with_null_data(),
        _ => {}
    }
    let r = transform(func, &xv, &ov, kw, workers);
    (r, out.all_sentinel())
}

/// Asserts that `r` is a proper failure with `status` whose message mentions `word`.
fn assert_failure(what: &str, r: &Outcome, untouched: bool, status: sciport_status, word: &str) {
    assert_eq!(r.status, status, "{what}: {r:?}");
    assert_eq!(r.error_code, status, "{what}: error object code");
    assert!(!r.message.is_empty(), "{what}: empty message");
    assert!(
        r.message.to_lowercase().contains(&word.to_lowercase()),
        "{what}: message {:?} does not mention {word:?}",
        r.message
    );
    assert!(untouched, "{what}: out was written");
}

fn check(func: &str, kw: &Kw, workers: i32, damage: Damage, status: sciport_status, word: &str) {
    let (r, untouched) = call(func, kw, workers, damage);
    assert_failure(
        &format!("{func} {kw:?} workers={workers}"),
        &r,
        untouched,
        status,
        word,
    );
}

fn all_transforms() -> impl Iterator<Item = &'static str> {
    ONE_D.into_iter().chain(N_D)
}

#[test]
fn the_undamaged_calls_succeed() {
    // Guards the other tests: each failure below is caused by its damage alone.
    for func in all_transforms() {
        let (r, _) = call(func, &Kw::default(), 1, Damage::None);
        assert!(r.ok(), "{func}: {r:?}");
    }
}

#[test]
fn null_pointers() {
    for func in all_transforms() {
        let kw = Kw::default();
        check(func, &kw, 1, Damage::NullX, SCIPORT_ERR_NULL_POINTER, "x");
        check(
            func,
            &kw,
            1,
            Damage::NullOut,
            SCIPORT_ERR_NULL_POINTER,
            "out",
        );
        check(
            func,
            &kw,
            1,
            Damage::NullXData,
            SCIPORT_ERR_NULL_POINTER,
            "x",
        );
        check(
            func,
            &kw,
            1,
            Damage::NullOutData,
            SCIPORT_ERR_NULL_POINTER,
            "out",
        );
    }
    for func in N_D {
        // A non-zero length with a NULL array.
        let (r, untouched) = call_raw_nd(func, (ptr::null(), 2), (ptr::null(), 0));
        assert_failure(
            &format!("{func} s=NULL"),
            &r,
            untouched,
            SCIPORT_ERR_NULL_POINTER,
            "s",
        );
        let (r, untouched) = call_raw_nd(func, (ptr::null(), 0), (ptr::null(), 2));
        assert_failure(
            &format!("{func} axes=NULL"),
            &r,
            untouched,
            SCIPORT_ERR_NULL_POINTER,
            "axes",
        );
    }
}

/// An N-D call with raw `s` and `axes` pointers (for NULL with a length).
fn call_raw_nd(func: &str, s: (*const i64, usize), axes: (*const i64, usize)) -> (Outcome, bool) {
    let (cin, cout) = io_complex(func);
    let count = SHAPE.iter().product::<usize>() * if cin { 2 } else { 1 };
    let mut x = Arr::from_values(&common::draws(11, count), &SHAPE, cin, Layout::C);
    let mut out = Arr::filled(&result_shape(func, &SHAPE, &Kw::default()), cout, Layout::C);
    let (xv, ov) = (x.view(), out.view());
    let norm: *const c_char = ptr::null();
    let r = capture(|e| match func {
        "fft2" => sciport_fft_fft2(xv.c(), s.0, s.1, axes.0, axes.1, norm, 1, ov.c(), e),
        "ifft2" => sciport_fft_ifft2(xv.c(), s.0, s.1, axes.0, axes.1, norm, 1, ov.c(), e),
        "rfft2" => sciport_fft_rfft2(xv.r(), s.0, s.1, axes.0, axes.1, norm, 1, ov.c(), e),
        "irfft2" => sciport_fft_irfft2(xv.c(), s.0, s.1, axes.0, axes.1, norm, 1, ov.r(), e),
        "fftn" => sciport_fft_fftn(xv.c(), s.0, s.1, axes.0, axes.1, norm, 1, ov.c(), e),
        "ifftn" => sciport_fft_ifftn(xv.c(), s.0, s.1, axes.0, axes.1, norm, 1, ov.c(), e),
        "rfftn" => sciport_fft_rfftn(xv.r(), s.0, s.1, axes.0, axes.1, norm, 1, ov.c(), e),
        "irfftn" => sciport_fft_irfftn(xv.c(), s.0, s.1, axes.0, axes.1, norm, 1, ov.r(), e),
        "dctn" => sciport_fft_dctn(xv.r(), 2, s.0, s.1, axes.0, axes.1, norm, 1, -1, ov.r(), e),
        "idctn" => sciport_fft_idctn(xv.r(), 2, s.0, s.1, axes.0, axes.1, norm, 1, -1, ov.r(), e),
        "dstn" => sciport_fft_dstn(xv.r(), 2, s.0, s.1, axes.0, axes.1, norm, 1, -1, ov.r(), e),
        "idstn" => sciport_fft_idstn(xv.r(), 2, s.0, s.1, axes.0, axes.1, norm, 1, -1, ov.r(), e),
        other => panic!("test bug: {other}"),
    });
    (r, out.all_sentinel())
}

#[test]
fn bad_lengths() {
    for func in ONE_D {
        for n in [0, -2, -100] {
            let kw = Kw { n, ..Kw::default() };
            check(
                func,
                &kw,
                1,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "data points",
            );
        }
    }
    for func in N_D {
        for s in [vec![0, 4], vec![3, -2]] {
            let kw = Kw {
                s: Some(s),
                axes: Some(vec![0, 2]),
                ..Kw::default()
            };
            check(
                func,
                &kw,
                1,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "data points",
            );
        }
    }
    // DCT-I needs at least 2 points (SciPy raises too).
    for func in ["dct", "idct"] {
        let kw = Kw {
            kind: 1,
            n: 1,
            ..Kw::default()
        };
        check(func, &kw, 1, Damage::None, SCIPORT_ERR_INVALID_ARGUMENT, "");
    }
}

#[test]
fn axes_out_of_range_or_repeated() {
    for func in ONE_D {
        for axis in [3, -4, 100] {
            check(
                func,
                &Kw {
                    axis,
                    ..Kw::default()
                },
                1,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "axis",
            );
        }
    }
    for func in N_D {
        for axes in [vec![0, 3], vec![-4], vec![1, 1], vec![0, -3]] {
            let kw = Kw {
                axes: Some(axes),
                ..Kw::default()
            };
            check(
                func,
                &kw,
                1,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "ax",
            );
        }
    }
}

#[test]
fn unknown_norm() {
    for func in all_transforms() {
        for norm in ["orthonormal", "", "Ortho", "none"] {
            let kw = Kw::default().with_norm(norm);
            let (r, untouched) = call(func, &kw, 1, Damage::None);
            assert_failure(
                &format!("{func} norm={norm:?}"),
                &r,
                untouched,
                SCIPORT_ERR_UNKNOWN_NAME,
                "norm",
            );
            // The message lists the accepted spellings.
            for accepted in ["backward", "ortho", "forward"] {
                assert!(
                    r.message.contains(accepted),
                    "{func}: {:?} lacks {accepted}",
                    r.message
                );
            }
        }
    }
}

#[test]
fn norm_not_utf8() {
    let kw = Kw {
        norm: Some(std::ffi::CString::new(vec![0xffu8, 0xfe]).unwrap()),
        ..Kw::default()
    };
    for func in all_transforms() {
        check(
            func,
            &kw,
            1,
            Damage::None,
            SCIPORT_ERR_INVALID_ARGUMENT,
            "norm",
        );
    }
}

#[test]
fn output_of_the_wrong_shape() {
    for func in all_transforms() {
        let kw = Kw::default();
        check(
            func,
            &kw,
            1,
            Damage::OutShape,
            SCIPORT_ERR_DIMENSION_MISMATCH,
            "out",
        );
        check(
            func,
            &kw,
            1,
            Damage::OutNdim,
            SCIPORT_ERR_DIMENSION_MISMATCH,
            "out",
        );
    }
    // With n or s the expected shape changes; the untransformed shape is then wrong.
    for func in ONE_D {
        let kw = Kw {
            n: 9,
            ..Kw::default()
        };
        let (cin, cout) = io_complex(func);
        let count = SHAPE.iter().product::<usize>() * if cin { 2 } else { 1 };
        let mut x = Arr::from_values(&common::draws(2, count), &SHAPE, cin, Layout::C);
        let wrong = if result_shape(func, &SHAPE, &kw) == SHAPE {
            [4, 5, 7]
        } else {
            SHAPE
        };
        let mut out = Arr::filled(&wrong, cout, Layout::C);
        let r = transform(func, &x.view(), &out.view(), &kw, 1);
        assert_failure(
            func,
            &r,
            out.all_sentinel(),
            SCIPORT_ERR_DIMENSION_MISMATCH,
            "out",
        );
    }
}

#[test]
fn output_with_a_zero_stride() {
    for func in all_transforms() {
        check(
            func,
            &Kw::default(),
            1,
            Damage::OutZeroStride,
            SCIPORT_ERR_INVALID_ARGUMENT,
            "out",
        );
    }
}

#[test]
fn s_and_axes_of_different_lengths() {
    for func in N_D {
        let kw = Kw {
            s: Some(vec![4, 4, 4]),
            axes: Some(vec![0, 1]),
            ..Kw::default()
        };
        check(
            func,
            &kw,
            1,
            Damage::None,
            SCIPORT_ERR_DIMENSION_MISMATCH,
            "s",
        );
    }
}

#[test]
fn bad_transform_type_or_orthogonalize() {
    for func in TRIG {
        for kind in [0, 5, -1] {
            check(
                func,
                &Kw {
                    kind,
                    ..Kw::default()
                },
                1,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "type",
            );
        }
        for o in [2, -2] {
            let kw = Kw {
                orthogonalize: o,
                ..Kw::default()
            };
            check(
                func,
                &kw,
                1,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "orthogonalize",
            );
        }
    }
}

#[test]
fn workers_out_of_range() {
    let too_few = -(common::cores() as i32) - 1;
    for func in all_transforms() {
        for workers in [too_few, i32::MIN] {
            check(
                func,
                &Kw::default(),
                workers,
                Damage::None,
                SCIPORT_ERR_INVALID_ARGUMENT,
                "workers",
            );
        }
    }
}

#[test]
fn view_with_zero_dimensions() {
    for func in all_transforms() {
        let (cin, cout) = io_complex(func);
        let mut x = Arr::from_values(&[0.5, 0.25][..1 + cin as usize], &[1], cin, Layout::C);
        x.shape.clear();
        x.strides.clear();
        let mut out = Arr::filled(&[1], cout, Layout::C);
        let r = transform(func, &x.view(), &out.view(), &Kw::default(), 1);
        assert_failure(
            &format!("{func} ndim=0"),
            &r,
            out.all_sentinel(),
            SCIPORT_ERR_INVALID_ARGUMENT,
            "ndim",
        );
    }
}

#[test]
fn null_err_is_accepted() {
    let mut x = Arr::from_values(&common::draws(1, 16), &[8], true, Layout::C);
    let mut out = Arr::filled(&[8], true, Layout::C);
    let (xv, ov) = (x.view(), out.view());
    let bad = sciport_fft_fft(xv.c(), 0, -1, ptr::null(), 1, ov.c(), ptr::null_mut());
    assert_eq!(bad, SCIPORT_ERR_INVALID_ARGUMENT);
    assert!(out.all_sentinel());
    let good = sciport_fft_fft(xv.c(), -1, -1, ptr::null(), 1, ov.c(), ptr::null_mut());
    assert_eq!(good, SCIPORT_OK);
}

#[test]
fn frequency_errors() {
    let mut out = vec![7.0f64; 8];
    let p = out.as_mut_ptr();
    type Freq = extern "C" fn(
        usize,
        f64,
        *mut f64,
        usize,
        *mut *mut sciport::capi::boundary::sciport_error,
    ) -> sciport_status;
    let fns: [(&str, Freq, usize); 2] = [
        ("fftfreq", sciport_fft_fftfreq, 8),
        ("rfftfreq", sciport_fft_rfftfreq, 14),
    ];
    for (name, f, n) in fns {
        let cases: [(usize, f64, *mut f64, usize, sciport_status, &str); 7] = [
            (0, 1.0, p, 0, SCIPORT_ERR_INVALID_ARGUMENT, "n"),
            (n, 0.0, p, 8, SCIPORT_ERR_INVALID_ARGUMENT, "d"),
            (n, f64::NAN, p, 8, SCIPORT_ERR_INVALID_ARGUMENT, "d"),
            (n, f64::INFINITY, p, 8, SCIPORT_ERR_INVALID_ARGUMENT, "d"),
            (n, 1.0, p, 7, SCIPORT_ERR_DIMENSION_MISMATCH, "out"),
            (n + 3, 1.0, p, 8, SCIPORT_ERR_DIMENSION_MISMATCH, "out"),
            (n, 1.0, ptr::null_mut(), 8, SCIPORT_ERR_NULL_POINTER, "out"),
        ];
        for (n, d, ptr_out, len, status, word) in cases {
            let r = capture(|e| f(n, d, ptr_out, len, e));
            let untouched = out.iter().all(|&v| v == 7.0);
            assert_failure(
                &format!("{name}(n={n}, d={d}, len={len})"),
                &r,
                untouched,
                status,
                word,
            );
        }
        let r = capture(|e| f(n, 1.0, p, 8, e));
        assert!(r.ok(), "{name}: {r:?}");
        out.iter_mut().for_each(|v| *v = 7.0);
    }
}

#[test]
fn shift_errors() {
    for complex in [false, true] {
        let count = SHAPE.iter().product::<usize>() * if complex { 2 } else { 1 };
        let mut x = Arr::from_values(&common::draws(4, count), &SHAPE, complex, Layout::C);
        for func in ["fftshift", "ifftshift"] {
            let mut out = Arr::filled(&SHAPE, complex, Layout::C);
            let (xv, ov) = (x.view(), out.view());
            let r = shift(func, &xv, &ov, &Some(vec![3]));
            assert_failure(
                func,
                &r,
                out.all_sentinel(),
                SCIPORT_ERR_INVALID_ARGUMENT,
                "ax",
            );
            let r = shift(func, &xv.null_like(), &ov, &None);
            assert_failure(func, &r, out.all_sentinel(), SCIPORT_ERR_NULL_POINTER, "x");
            let r = shift(func, &xv, &ov.null_like(), &None);
            assert_failure(
                func,
                &r,
                out.all_sentinel(),
                SCIPORT_ERR_NULL_POINTER,
                "out",
            );
            let mut small = Arr::filled(&[4, 5, 5], complex, Layout::C);
            let r = shift(func, &xv, &small.view(), &None);
            assert_failure(
                func,
                &r,
                small.all_sentinel(),
                SCIPORT_ERR_DIMENSION_MISMATCH,
                "out",
            );
        }
    }
}

#[test]
fn next_fast_len_errors() {
    let mut value = 77usize;
    for real in [false, true] {
        let r = capture(|e| sciport_fft_next_fast_len(usize::MAX, real, &mut value, e));
        assert_failure(
            "next_fast_len(MAX)",
            &r,
            value == 77,
            SCIPORT_ERR_INVALID_ARGUMENT,
            "too large",
        );
        let r = capture(|e| sciport_fft_next_fast_len(10, real, ptr::null_mut(), e));
        assert_failure(
            "next_fast_len(out=NULL)",
            &r,
            true,
            SCIPORT_ERR_NULL_POINTER,
            "out",
        );
    }
}
