//! Memory layouts and threads through the C API: every transform gives the
//! contiguous C-order result for Fortran-order, negatively strided, gapped
//! (sub-view) and mixed inputs and outputs, and in place (out aliasing x);
//! workers = 0, 1, 2, -1 and concurrent callers give identical results.

mod common;

use common::arrays::{Arr, Layout, LAYOUTS};
use common::fft::{io_complex, result_shape, shift, transform, Kw};
use sciport::capi::runtime::sciport_set_num_threads;

/// Every transform with arguments that exercise a non-last axis, s and norm.
fn transforms() -> Vec<(&'static str, Kw)> {
    let one_d = ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft"];
    let n_d = [
        "fft2", "ifft2", "rfft2", "irfft2", "fftn", "ifftn", "rfftn", "irfftn",
    ];
    let trig = ["dct", "idct", "dst", "idst"];
    let trig_n = ["dctn", "idctn", "dstn", "idstn"];
    let mut out = Vec::new();
    for f in one_d {
        out.push((
            f,
            Kw {
                axis: 1,
                ..Kw::default()
            }
            .with_norm("ortho"),
        ));
        out.push((
            f,
            Kw {
                axis: 0,
                n: 7,
                ..Kw::default()
            },
        ));
    }
    for f in n_d {
        out.push((f, Kw::default().with_norm("forward")));
        out.push((
            f,
            Kw {
                axes: Some(vec![2, 0]),
                s: Some(vec![8, 3]),
                ..Kw::default()
            },
        ));
    }
    for (k, f) in trig.into_iter().enumerate() {
        let kind = k as i32 + 1;
        out.push((
            f,
            Kw {
                axis: 1,
                kind,
                ..Kw::default()
            }
            .with_norm("ortho"),
        ));
        out.push((
            f,
            Kw {
                axis: 0,
                kind: 5 - kind,
                n: 6,
                orthogonalize: 1,
                ..Kw::default()
            },
        ));
    }
    for (k, f) in trig_n.into_iter().enumerate() {
        let kind = k as i32 + 1;
        out.push((
            f,
            Kw {
                kind,
                ..Kw::default()
            },
        ));
        out.push((
            f,
            Kw {
                kind: 5 - kind,
                axes: Some(vec![0, 2]),
                ..Kw::default()
            }
            .with_norm("ortho"),
        ));
    }
    out
}

const SHAPE: [usize; 3] = [4, 5, 6];

fn input_for(func: &str, seed: u64) -> (Vec<f64>, bool) {
    let complex = io_complex(func).0;
    let count = SHAPE.iter().product::<usize>() * if complex { 2 } else { 1 };
    (common::draws(seed, count), complex)
}

/// Runs `func` with the given layouts (workers as given); panics on failure.
fn run(func: &str, kw: &Kw, lin: Layout, lout: Layout, workers: i32) -> Vec<f64> {
    let (values, complex) = input_for(func, 7);
    let mut x = Arr::from_values(&values, &SHAPE, complex, lin);
    let before = x.buf.clone();
    let mut out = Arr::filled(&result_shape(func, &SHAPE, kw), io_complex(func).1, lout);
    let r = transform(func, &x.view(), &out.view(), kw, workers);
    assert!(r.ok(), "{func} {kw:?} [{lin:?}->{lout:?}]: {r:?}");
    assert!(
        x.buf == before,
        "{func} [{lin:?}->{lout:?}] modified its input"
    );
    assert!(
        out.gaps_untouched(),
        "{func} [{lin:?}->{lout:?}] wrote outside the output view"
    );
    out.values()
}

/// Largest difference relative to the largest magnitude of `reference`.
fn rel_diff(got: &[f64], reference: &[f64]) -> f64 {
    assert_eq!(got.len(), reference.len());
    let scale = reference
        .iter()
        .fold(0.0f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    let worst = got
        .iter()
        .zip(reference)
        .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
    if got.iter().any(|v| v.is_nan()) {
        f64::INFINITY
    } else {
        worst / scale
    }
}

/// Layouts may change the order of floating-point work (e.g. which axis is
/// transformed first), so "equal" allows a few rounding errors.
const LAYOUT_TOL: f64 = 1e-14;

#[test]
fn every_layout_gives_the_contiguous_result() {
    let mut worst = 0.0f64;
    for (func, kw) in transforms() {
        let reference = run(func, &kw, Layout::C, Layout::C, 1);
        for lin in LAYOUTS {
            for lout in LAYOUTS {
                let d = rel_diff(&run(func, &kw, lin, lout, 1), &reference);
                assert!(
                    d <= LAYOUT_TOL,
                    "{func} {kw:?} [{lin:?}->{lout:?}]: differs by {d:.3e}"
                );
                worst = worst.max(d);
            }
        }
    }
    eprintln!("largest layout difference: {worst:.3e} of max magnitude");
}

/// Runs `func` with `out` viewing the same buffer as `x` (layout `lout` over
/// x's storage when shapes allow), and compares with the out-of-place result.
fn check_in_place(func: &str, kw: &Kw, lin: Layout, lout: Layout) {
    let reference = run(func, kw, Layout::C, Layout::C, 1);
    let (values, complex) = input_for(func, 7);
    let mut x = Arr::from_values(&values, &SHAPE, complex, lin);
    let mut alias = Arr::filled(&SHAPE, complex, lout);
    assert_eq!(
        alias.buf.len(),
        x.buf.len(),
        "test bug: layouts must use equal buffers"
    );
    let ov = alias.view_over(x.buf.as_mut_ptr());
    let r = transform(func, &x.view(), &ov, kw, 1);
    assert!(r.ok(), "{func} in place [{lin:?}->{lout:?}]: {r:?}");
    alias.buf = x.buf.clone();
    let d = rel_diff(&alias.values(), &reference);
    assert!(
        d <= LAYOUT_TOL,
        "{func} in place [{lin:?}->{lout:?}]: differs by {d:.3e}"
    );
}

#[test]
fn in_place_gives_the_out_of_place_result() {
    let same_shape: Vec<(&str, Kw)> = transforms()
        .into_iter()
        .filter(|(f, kw)| {
            let (i, o) = io_complex(f);
            i == o && result_shape(f, &SHAPE, kw) == SHAPE
        })
        .collect();
    assert!(
        same_shape.len() >= 12,
        "only {} in-place candidates",
        same_shape.len()
    );
    for (func, kw) in &same_shape {
        for (lin, lout) in [
            (Layout::C, Layout::C),
            (Layout::F, Layout::F),
            (Layout::Gapped, Layout::Gapped),
            (Layout::C, Layout::Reversed),
            (Layout::Reversed, Layout::C),
            (Layout::Gapped, Layout::Mixed),
        ] {
            check_in_place(func, kw, lin, lout);
        }
    }
}

#[test]
fn rfft_and_irfft_in_place_over_one_buffer() {
    // NumPy-style in-place real transform: n reals in a buffer of n/2+1 complex.
    for n in [16usize, 17] {
        let values = common::draws(99, n);
        let half = n / 2 + 1;
        let mut buf = vec![0.0f64; 2 * half];
        buf[..n].copy_from_slice(&values);
        let (xs, os) = ([n], [half]);
        let (st, kw) = ([1isize], Kw::default());
        let xv = common::arrays::View::R(sciport::capi::views::sciport_ndarray {
            data: buf.as_mut_ptr(),
            ndim: 1,
            shape: xs.as_ptr(),
            strides: st.as_ptr(),
        });
        let ov = common::arrays::View::C(sciport::capi::views::sciport_cndarray {
            data: buf.as_mut_ptr() as *mut sciport::capi::views::sciport_complex,
            ndim: 1,
            shape: os.as_ptr(),
            strides: st.as_ptr(),
        });
        let r = transform("rfft", &xv, &ov, &kw, 1);
        assert!(r.ok(), "rfft in place: {r:?}");
        let mut x = Arr::from_values(&values, &[n], false, Layout::C);
        let mut out = Arr::filled(&[half], true, Layout::C);
        assert!(transform("rfft", &x.view(), &out.view(), &kw, 1).ok());
        assert!(
            rel_diff(&buf, &out.values()) <= LAYOUT_TOL,
            "rfft in place, n = {n}"
        );
        // Back again, in place: complex half spectrum -> n reals.
        let kw_n = Kw {
            n: n as i64,
            ..Kw::default()
        };
        let (xv, ov) = (ov, xv);
        let r = transform("irfft", &xv, &ov, &kw_n, 1);
        assert!(r.ok(), "irfft in place: {r:?}");
        assert!(
            rel_diff(&buf[..n], &values) <= 1e-15 * n as f64,
            "round trip, n = {n}"
        );
    }
}

#[test]
fn shifts_in_place_and_in_every_layout() {
    for complex in [false, true] {
        let count = SHAPE.iter().product::<usize>() * if complex { 2 } else { 1 };
        let values = common::draws(5, count);
        for (func, axes) in [
            ("fftshift", None),
            ("ifftshift", Some(vec![2, 0])),
            ("fftshift", Some(vec![-2])),
        ] {
            let mut x = Arr::from_values(&values, &SHAPE, complex, Layout::C);
            let mut reference = Arr::filled(&SHAPE, complex, Layout::C);
            assert!(shift(func, &x.view(), &reference.view(), &axes).ok());
            for lin in LAYOUTS {
                for lout in LAYOUTS {
                    let mut x = Arr::from_values(&values, &SHAPE, complex, lin);
                    let mut out = Arr::filled(&SHAPE, complex, lout);
                    assert!(shift(func, &x.view(), &out.view(), &axes).ok());
                    assert_eq!(
                        out.values(),
                        reference.values(),
                        "{func} [{lin:?}->{lout:?}]"
                    );
                    assert!(out.gaps_untouched());
                }
                let mut y = Arr::from_values(&values, &SHAPE, complex, lin);
                let yv = y.view();
                assert!(shift(func, &yv, &yv, &axes).ok(), "{func} in place");
                assert_eq!(y.values(), reference.values(), "{func} in place [{lin:?}]");
            }
        }
    }
}

/// Bigger batches, so that several threads really share the work.
fn threaded_cases() -> Vec<(&'static str, Vec<usize>, Kw)> {
    let d = Kw::default;
    let mut cases = vec![
        ("fft", vec![64, 256], Kw { axis: 0, ..d() }),
        ("fft", vec![64, 256], d()),
        ("rfft", vec![33, 250], d()),
        ("irfft", vec![250, 33], Kw { axis: 0, ..d() }),
        ("fftn", vec![16, 32, 20], d()),
        (
            "rfftn",
            vec![16, 32, 20],
            Kw {
                axes: Some(vec![2, 0]),
                ..d()
            },
        ),
        ("irfftn", vec![16, 32, 20], d()),
        ("fft", vec![1 << 16], d()),
        ("dctn", vec![24, 40, 12], Kw { kind: 3, ..d() }),
    ];
    for func in ["dct", "idct", "dst", "idst"] {
        for kind in 1..=4 {
            cases.push((
                func,
                vec![100, 60],
                Kw {
                    axis: 0,
                    kind,
                    ..d()
                },
            ));
        }
    }
    cases
}

fn run_shaped(func: &str, shape: &[usize], kw: &Kw, workers: i32) -> Vec<f64> {
    let (cin, cout) = io_complex(func);
    let count = shape.iter().product::<usize>() * if cin { 2 } else { 1 };
    let mut x = Arr::from_values(&common::draws(3, count), shape, cin, Layout::C);
    let mut out = Arr::filled(&result_shape(func, shape, kw), cout, Layout::C);
    let r = transform(func, &x.view(), &out.view(), kw, workers);
    assert!(r.ok(), "{func} {shape:?} workers={workers}: {r:?}");
    out.values()
}

#[test]
fn workers_give_identical_results() {
    let mut failures = Vec::new();
    for (func, shape, kw) in threaded_cases() {
        let one = run_shaped(func, &shape, &kw, 1);
        for workers in [0, 2, -1, 3] {
            let got = run_shaped(func, &shape, &kw, workers);
            if got != one {
                let d = rel_diff(&got, &one);
                let kind = kw.kind;
                failures.push(format!(
                    "{func} {shape:?} type {kind}: workers={workers} differs by {d:.3e}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn thread_cap_keeps_results() {
    let (func, shape, kw) = threaded_cases().swap_remove(4);
    let free = run_shaped(func, &shape, &kw, -1);
    sciport_set_num_threads(1);
    let capped = run_shaped(func, &shape, &kw, -1);
    sciport_set_num_threads(0);
    assert!(free == capped);
}

#[test]
fn concurrent_callers_share_plans_safely() {
    let cases = threaded_cases();
    let serial: Vec<Vec<f64>> = cases
        .iter()
        .map(|(f, s, kw)| run_shaped(f, s, kw, 1))
        .collect();
    std::thread::scope(|scope| {
        for t in 0..4 {
            let (cases, serial) = (&cases, &serial);
            scope.spawn(move || {
                for round in 0..3 {
                    for k in 0..cases.len() {
                        let i = (k + t + round) % cases.len();
                        let (f, s, kw) = &cases[i];
                        let workers = if t % 2 == 0 { 1 } else { 2 };
                        assert!(
                            run_shaped(f, s, kw, workers) == serial[i],
                            "{f} {s:?} in thread {t}"
                        );
                    }
                }
            });
        }
    });
}
