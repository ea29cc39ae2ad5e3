//! The `_real` variants of the complex transforms (SciPy accepts real arrays in
//! fft/ifft/fft2/ifft2/fftn/ifftn) must give exactly the transform of the input
//! promoted to complex, for every layout, and report errors like the others.

mod common;

use std::ffi::CStr;
use std::ptr;

use sciport::capi::boundary::sciport_status::{self, *};
use sciport::capi::boundary::{sciport_error, sciport_error_free, sciport_error_message};
use sciport::capi::fft::*;
use sciport::capi::views::{sciport_cndarray, sciport_complex, sciport_ndarray};

type Strides = Vec<isize>;

fn c_strides(shape: &[usize]) -> Strides {
    let mut s = vec![1isize; shape.len()];
    for d in (0..shape.len().saturating_sub(1)).rev() {
        s[d] = s[d + 1] * shape[d + 1] as isize;
    }
    s
}

fn f_strides(shape: &[usize]) -> Strides {
    let mut s = vec![1isize; shape.len()];
    for d in 1..shape.len() {
        s[d] = s[d - 1] * shape[d - 1] as isize;
    }
    s
}

fn rview(data: &mut [f64], shape: &[usize], strides: &Strides) -> sciport_ndarray {
    sciport_ndarray {
        data: data.as_mut_ptr(),
        ndim: shape.len(),
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    }
}

fn cview(data: &mut [sciport_complex], shape: &[usize], strides: &Strides) -> sciport_cndarray {
    sciport_cndarray {
        data: data.as_mut_ptr(),
        ndim: shape.len(),
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    }
}

type Call1d<X> = extern "C" fn(
    *const X,
    i64,
    i64,
    *const std::ffi::c_char,
    i32,
    *const sciport_cndarray,
    *mut *mut sciport_error,
) -> sciport_status;

type CallNd<X> = extern "C" fn(
    *const X,
    *const i64,
    usize,
    *const i64,
    usize,
    *const std::ffi::c_char,
    i32,
    *const sciport_cndarray,
    *mut *mut sciport_error,
) -> sciport_status;

/// Values of a real array in logical C order, laid out with `strides`.
fn laid_out(values: &[f64], shape: &[usize], strides: &Strides) -> Vec<f64> {
    let mut buf = vec![f64::NAN; values.len()];
    let logical = c_strides(shape);
    for (k, &v) in values.iter().enumerate() {
        let mut off = 0isize;
        for d in 0..shape.len() {
            let i = (k as isize / logical[d]) % shape[d] as isize;
            off += i * strides[d];
        }
        buf[off as usize] = v;
    }
    buf
}

fn promoted(values: &[f64]) -> Vec<sciport_complex> {
    values
        .iter()
        .map(|&re| sciport_complex { re, im: 0.0 })
        .collect()
}

const SHAPE: [usize; 3] = [3, 4, 5];

/// Expected status, a word the message must contain, and the failing call.
type ErrorCase<'a> = (
    sciport_status,
    &'static str,
    Box<dyn Fn(*mut *mut sciport_error) -> sciport_status + 'a>,
);

#[test]
fn one_d_variants_equal_the_promoted_transform() {
    let pairs: [(Call1d<sciport_ndarray>, Call1d<sciport_cndarray>); 2] = [
        (sciport_fft_fft_real, sciport_fft_fft),
        (sciport_fft_ifft_real, sciport_fft_ifft),
    ];
    let values = common::draws(11, 60);
    for (real_fn, complex_fn) in pairs {
        for strides in [c_strides(&SHAPE), f_strides(&SHAPE)] {
            for (n, axis) in [(-1i64, -1i64), (7, 0), (3, 1), (-1, 2)] {
                let mut out_shape = SHAPE;
                let ax = axis.rem_euclid(3) as usize;
                if n > 0 {
                    out_shape[ax] = n as usize;
                }
                let count: usize = out_shape.iter().product();
                let os = c_strides(&out_shape);
                let mut x = laid_out(&values, &SHAPE, &strides);
                let mut xc = promoted(&values);
                let cs = c_strides(&SHAPE);
                let (mut a, mut b) = (
                    vec![sciport_complex::default(); count],
                    vec![sciport_complex::default(); count],
                );
                let (xv, xcv) = (rview(&mut x, &SHAPE, &strides), cview(&mut xc, &SHAPE, &cs));
                let (av, bv) = (
                    cview(&mut a, &out_shape, &os),
                    cview(&mut b, &out_shape, &os),
                );
                assert_eq!(
                    real_fn(&xv, n, axis, ptr::null(), 0, &av, ptr::null_mut()),
                    SCIPORT_OK
                );
                assert_eq!(
                    complex_fn(&xcv, n, axis, ptr::null(), 0, &bv, ptr::null_mut()),
                    SCIPORT_OK
                );
                assert_eq!(a, b, "n={n} axis={axis} strides={strides:?}");
            }
        }
    }
}

#[test]
fn n_d_variants_equal_the_promoted_transform() {
    let pairs: [(CallNd<sciport_ndarray>, CallNd<sciport_cndarray>); 4] = [
        (sciport_fft_fft2_real, sciport_fft_fft2),
        (sciport_fft_ifft2_real, sciport_fft_ifft2),
        (sciport_fft_fftn_real, sciport_fft_fftn),
        (sciport_fft_ifftn_real, sciport_fft_ifftn),
    ];
    let values = common::draws(12, 60);
    let axes = [2i64, 0];
    for (real_fn, complex_fn) in pairs {
        for strides in [c_strides(&SHAPE), f_strides(&SHAPE)] {
            let count = 60;
            let os = c_strides(&SHAPE);
            let mut x = laid_out(&values, &SHAPE, &strides);
            let mut xc = promoted(&values);
            let (mut a, mut b) = (
                vec![sciport_complex::default(); count],
                vec![sciport_complex::default(); count],
            );
            let (xv, xcv) = (rview(&mut x, &SHAPE, &strides), cview(&mut xc, &SHAPE, &os));
            let (av, bv) = (cview(&mut a, &SHAPE, &os), cview(&mut b, &SHAPE, &os));
            let ortho = c"ortho".as_ptr();
            let (ap, al) = (axes.as_ptr(), axes.len());
            let st = real_fn(&xv, ptr::null(), 0, ap, al, ortho, 2, &av, ptr::null_mut());
            assert_eq!(st, SCIPORT_OK);
            let st = complex_fn(&xcv, ptr::null(), 0, ap, al, ortho, 2, &bv, ptr::null_mut());
            assert_eq!(st, SCIPORT_OK);
            assert_eq!(a, b, "strides={strides:?}");
            assert!(
                a.iter().any(|c| c.im != 0.0),
                "a real transform of random data has imaginary parts"
            );
        }
    }
}

#[test]
fn errors_are_reported_and_out_is_untouched() {
    let mut x = common::draws(13, 8);
    let shape = [8usize];
    let s1 = vec![1isize];
    let sentinel = sciport_complex { re: 9.0, im: 9.0 };
    let mut out = vec![sentinel; 8];
    let xv = rview(&mut x, &shape, &s1);
    let ov = cview(&mut out, &shape, &s1);
    let cases: [ErrorCase; 3] = [
        (
            SCIPORT_ERR_UNKNOWN_NAME,
            "norm",
            Box::new(|e| sciport_fft_fft_real(&xv, -1, -1, c"bogus".as_ptr(), 0, &ov, e)),
        ),
        (
            SCIPORT_ERR_NULL_POINTER,
            "x",
            Box::new(|e| sciport_fft_fft_real(ptr::null(), -1, -1, ptr::null(), 0, &ov, e)),
        ),
        (
            SCIPORT_ERR_INVALID_ARGUMENT,
            "n",
            Box::new(|e| sciport_fft_ifft_real(&xv, 0, -1, ptr::null(), 0, &ov, e)),
        ),
    ];
    for (code, needle, call) in cases {
        let mut err: *mut sciport_error = ptr::null_mut();
        assert_eq!(call(&mut err), code);
        let msg = unsafe { CStr::from_ptr(sciport_error_message(err)) }
            .to_string_lossy()
            .into_owned();
        sciport_error_free(err);
        assert!(msg.contains(needle), "{msg}");
        assert!(out.iter().all(|&c| c == sentinel));
    }
}
