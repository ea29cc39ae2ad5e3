//! Mathematical identities of the fft area through the C API, after SciPy's
//! own tests (scipy/fft/tests/test_basic.py `test_identity`,
//! `test_all_1d_norm_preserving`, `test_axes_*`; test_real_transforms.py
//! `test_identity_1d`, `test_identity_nd`; test_helper.py `TestFFTShift`):
//! inverse(forward(x)) = x, orthonormal transforms keep the 2-norm, N-D
//! transforms equal successive 1-D ones, ifftshift undoes fftshift.

mod common;

use common::arrays::{Arr, Layout};
use common::fft::{io_complex, result_shape, shift, transform, Kw};

const NORMS: [Option<&str>; 4] = [None, Some("backward"), Some("ortho"), Some("forward")];
const TOL: f64 = 1e-12;

fn with_norm(kw: Kw, norm: Option<&str>) -> Kw {
    match norm {
        Some(n) => kw.with_norm(n),
        None => kw,
    }
}

/// Applies `func` to `x` (C order) and returns the result and its shape.
fn apply(func: &str, x: &[f64], shape: &[usize], kw: &Kw) -> (Vec<f64>, Vec<usize>) {
    let (cin, cout) = io_complex(func);
    let mut xa = Arr::from_values(x, shape, cin, Layout::C);
    let out_shape = result_shape(func, shape, kw);
    let mut out = Arr::filled(&out_shape, cout, Layout::C);
    let r = transform(func, &xa.view(), &out.view(), kw, 1);
    assert!(r.ok(), "{func} {shape:?} {kw:?}: {r:?}");
    (out.values(), out_shape)
}

/// Largest difference relative to the largest magnitude of `want`.
fn rel_diff(got: &[f64], want: &[f64]) -> f64 {
    assert_eq!(got.len(), want.len());
    let scale = want
        .iter()
        .fold(0.0f64, |m, v| m.max(v.abs()))
        .max(f64::MIN_POSITIVE);
    let d = got
        .iter()
        .zip(want)
        .fold(0.0f64, |m, (a, b)| m.max((a - b).abs()));
    if got.iter().any(|v| v.is_nan()) {
        f64::INFINITY
    } else {
        d / scale
    }
}

fn norm2(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

#[test]
fn fourier_round_trips() {
    for (fwd, bwd) in [
        ("fft", "ifft"),
        ("ifft", "fft"),
        ("rfft", "irfft"),
        ("ihfft", "hfft"),
    ] {
        for n in [1usize, 2, 3, 4, 5, 7, 8, 16, 17, 97, 128, 1009] {
            let x = common::draws(n as u64, n * if io_complex(fwd).0 { 2 } else { 1 });
            for norm in NORMS {
                let kw = with_norm(Kw::default(), norm);
                let (y, ys) = apply(fwd, &x, &[n], &kw);
                let back = with_norm(
                    Kw {
                        n: n as i64,
                        ..Kw::default()
                    },
                    norm,
                );
                let (z, _) = apply(bwd, &y, &ys, &back);
                let d = rel_diff(&z, &x);
                assert!(d <= TOL, "{bwd}({fwd}(x)) n={n} norm={norm:?}: {d:.3e}");
            }
        }
    }
}

#[test]
fn trig_round_trips_1d() {
    // test_identity_1d: n in [2, 3, 4, 5, 10, 16], axis 0 and 1 of an n x n array.
    for (fwd, bwd) in [("dct", "idct"), ("dst", "idst")] {
        for kind in 1..=4 {
            for n in [2usize, 3, 4, 5, 10, 16] {
                let x = common::draws(100 + n as u64, n * n);
                for axis in [0, 1] {
                    for norm in NORMS {
                        for orthogonalize in [0, 1] {
                            let kw = with_norm(
                                Kw {
                                    kind,
                                    axis,
                                    orthogonalize,
                                    ..Kw::default()
                                },
                                norm,
                            );
                            let (y, ys) = apply(fwd, &x, &[n, n], &kw);
                            let (z, _) = apply(bwd, &y, &ys, &kw);
                            let d = rel_diff(&z, &x);
                            assert!(
                                d <= TOL,
                                "{bwd}({fwd}) type {kind} n={n} axis={axis} {kw:?}: {d:.3e}"
                            );
                        }
                    }
                }
            }
        }
    }
}

/// `values` of `shape` extended by `extra` along each of `axes`, repeating the
/// edge values (NumPy's `np.pad(mode="edge")`).
fn pad_edge(
    values: &[f64],
    shape: &[usize],
    axes: &[usize],
    extra: usize,
) -> (Vec<f64>, Vec<usize>) {
    let mut new_shape = shape.to_vec();
    for &a in axes {
        new_shape[a] += extra;
    }
    let count: usize = new_shape.iter().product();
    let mut out = Vec::with_capacity(count);
    let mut index = vec![0usize; shape.len()];
    for _ in 0..count {
        let flat = index
            .iter()
            .zip(shape)
            .fold(0, |acc, (&i, &n)| acc * n + i.min(n - 1));
        out.push(values[flat]);
        for d in (0..index.len()).rev() {
            index[d] += 1;
            if index[d] < new_shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
    (out, new_shape)
}

#[test]
fn trig_round_trips_nd() {
    // test_identity_nd: shapes and axes as in SciPy, then the padded-and-truncated variant.
    let cases: [(&[usize], Option<&[usize]>); 9] = [
        (&[4, 4], Some(&[0])),
        (&[4, 4], Some(&[1])),
        (&[4, 4], None),
        (&[4, 4], Some(&[0, 1])),
        (&[10, 12], None),
        (&[10, 12], Some(&[0, 1])),
        (&[4, 5, 6], None),
        (&[4, 5, 6], Some(&[1])),
        (&[4, 5, 6], Some(&[0, 2])),
    ];
    for (fwd, bwd) in [("dctn", "idctn"), ("dstn", "idstn")] {
        for kind in 1..=4 {
            for (k, (shape, axes)) in cases.iter().enumerate() {
                let x = common::draws(k as u64 + 1, shape.iter().product());
                let ax: Vec<usize> = axes.map_or((0..shape.len()).collect(), |a| a.to_vec());
                for norm in NORMS {
                    for orthogonalize in [0, 1] {
                        let axes_kw = axes.map(|a| a.iter().map(|&v| v as i64).collect());
                        let kw = with_norm(
                            Kw {
                                kind,
                                axes: axes_kw,
                                orthogonalize,
                                ..Kw::default()
                            },
                            norm,
                        );
                        let (y, ys) = apply(fwd, &x, shape, &kw);
                        let (z, _) = apply(bwd, &y, &ys, &kw);
                        let what = format!("{bwd}({fwd}) type {kind} {shape:?} {kw:?}");
                        assert!(rel_diff(&z, &x) <= TOL, "{what}");
                        let (y2, y2s) = pad_edge(&y, &ys, &ax, 4);
                        let s = Some(ax.iter().map(|&a| shape[a] as i64).collect());
                        let (z2, _) = apply(bwd, &y2, &y2s, &Kw { s, ..kw.clone() });
                        assert!(
                            rel_diff(&z2, &x) <= TOL,
                            "{what}, padded then truncated by s"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn orthonormal_transforms_keep_the_norm() {
    for n in [1usize, 2, 5, 16, 17, 100, 1009] {
        let xc = common::draws(7 * n as u64, 2 * n);
        for func in ["fft", "ifft"] {
            let (y, _) = apply(func, &xc, &[n], &Kw::default().with_norm("ortho"));
            let d = (norm2(&y) - norm2(&xc)).abs() / norm2(&xc);
            assert!(d <= TOL, "{func} n={n}: {d:.3e}");
        }
        let xr = common::draws(9 * n as u64, n);
        for func in ["dct", "idct", "dst", "idst"] {
            for kind in 1..=4 {
                if kind == 1 && n == 1 && func.ends_with("ct") {
                    continue; // DCT-I needs two points
                }
                let (y, _) = apply(
                    func,
                    &xr,
                    &[n],
                    &Kw {
                        kind,
                        ..Kw::default()
                    }
                    .with_norm("ortho"),
                );
                let d = (norm2(&y) - norm2(&xr)).abs() / norm2(&xr);
                assert!(d <= TOL, "{func} type {kind} n={n}: {d:.3e}");
            }
        }
    }
}

/// `func` (a 1-D transform with DCT/DST `kind`) applied along each of `axes`
/// in turn, starting from `start`.
fn along_each(
    func: &str,
    kind: i32,
    start: (Vec<f64>, Vec<usize>),
    axes: &[i64],
) -> (Vec<f64>, Vec<usize>) {
    axes.iter().fold(start, |(v, s), &axis| {
        apply(
            func,
            &v,
            &s,
            &Kw {
                axis,
                kind,
                ..Kw::default()
            },
        )
    })
}

/// `func` (an N-D transform with DCT/DST `kind`) over `axes`.
fn over(func: &str, kind: i32, x: &[f64], shape: &[usize], axes: &[i64]) -> Vec<f64> {
    let kw = Kw {
        axes: Some(axes.to_vec()),
        kind,
        ..Kw::default()
    };
    apply(func, x, shape, &kw).0
}

#[test]
fn n_dimensional_equals_successive_one_dimensional() {
    let shape = [4usize, 5, 6];
    let xc = common::draws(21, 2 * 120);
    let xr = common::draws(22, 120);
    let default_kind = Kw::default().kind;
    for axes in [vec![0i64, 1, 2], vec![2, 0], vec![1], vec![-1, -2]] {
        // fftn: c2c along each axis, in any order.
        let (want, _) = along_each("fft", default_kind, (xc.clone(), shape.to_vec()), &axes);
        let got = over("fftn", default_kind, &xc, &shape, &axes);
        assert!(rel_diff(&got, &want) <= TOL, "fftn axes {axes:?}");
        // rfftn: r2c along the last given axis, then c2c along the others.
        let (last, rest) = axes.split_last().unwrap();
        let start = along_each("rfft", default_kind, (xr.clone(), shape.to_vec()), &[*last]);
        let (want, _) = along_each("fft", default_kind, start, rest);
        let got = over("rfftn", default_kind, &xr, &shape, &axes);
        assert!(rel_diff(&got, &want) <= TOL, "rfftn axes {axes:?}");
        // dctn of every type: the 1-D transform along each axis.
        for kind in 1..=4 {
            let (want, _) = along_each("dct", kind, (xr.clone(), shape.to_vec()), &axes);
            let got = over("dctn", kind, &xr, &shape, &axes);
            assert!(
                rel_diff(&got, &want) <= TOL,
                "dctn type {kind} axes {axes:?}"
            );
        }
    }
}

#[test]
fn ifftshift_undoes_fftshift() {
    for n in [1usize, 4, 9, 100, 211] {
        for complex in [false, true] {
            let x = common::draws(n as u64, n * if complex { 2 } else { 1 });
            let mut a = Arr::from_values(&x, &[n], complex, Layout::C);
            let mut b = Arr::filled(&[n], complex, Layout::C);
            let mut c = Arr::filled(&[n], complex, Layout::C);
            assert!(shift("fftshift", &a.view(), &b.view(), &None).ok());
            assert!(shift("ifftshift", &b.view(), &c.view(), &None).ok());
            assert_eq!(c.values(), x, "n={n} complex={complex}");
        }
    }
}
