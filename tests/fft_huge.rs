//! Absurd lengths (n, s) must fail on the output-shape check, before anything
//! is planned or allocated: an allocation failure would abort the host process.
//! Kept in its own test binary so that such an abort cannot hide other results;
//! progress goes straight to stderr (uncaptured) so an abort names its case.

mod common;

use std::io::Write;

use common::arrays::{Arr, Layout};
use common::fft::{io_complex, transform, Kw};
use sciport::capi::boundary::sciport_status::SCIPORT_ERR_DIMENSION_MISMATCH;

const SHAPE: [usize; 3] = [4, 5, 6];

/// Calls `func` with `kw` into an output of the input's shape; asserts a clean
/// dimension-mismatch failure that leaves the output untouched.
fn expect_mismatch(func: &str, kw: &Kw) {
    let _ = writeln!(std::io::stderr(), "fft_huge: {func} {kw:?}");
    let (cin, cout) = io_complex(func);
    let count = SHAPE.iter().product::<usize>() * if cin { 2 } else { 1 };
    let mut x = Arr::from_values(&common::draws(3, count), &SHAPE, cin, Layout::C);
    let mut out = Arr::filled(&SHAPE, cout, Layout::C);
    let r = transform(func, &x.view(), &out.view(), kw, 1);
    assert_eq!(
        r.status, SCIPORT_ERR_DIMENSION_MISMATCH,
        "{func} {kw:?}: {r:?}"
    );
    assert_eq!(r.error_code, r.status);
    assert!(
        r.message.contains("out"),
        "{func}: message {:?} does not name out",
        r.message
    );
    assert!(out.all_sentinel(), "{func}: out was written");
}

#[test]
fn huge_lengths_fail_cleanly() {
    let n_d = [
        "fftn", "ifftn", "rfftn", "irfftn", "fft2", "ifft2", "rfft2", "irfft2", "dctn", "idctn",
        "dstn", "idstn",
    ];
    for func in n_d {
        let kw = Kw {
            s: Some(vec![1 << 40, 1 << 40]),
            axes: Some(vec![0, 2]),
            ..Kw::default()
        };
        expect_mismatch(func, &kw);
    }
    let one_d = [
        "fft", "ifft", "rfft", "irfft", "hfft", "ihfft", "dct", "idct", "dst", "idst",
    ];
    for func in one_d {
        for n in [1 << 50, i64::MAX] {
            expect_mismatch(func, &Kw { n, ..Kw::default() });
        }
    }
}
