//! logsumexp, softmax and log_softmax through the C API on the cases of
//! tests/reference/special/axis.json (SciPy's calls, mpmath's values): each
//! result within max(4 eps, SciPy's own error) of mpmath — relative for
//! softmax, relative to max(1, |value|) for the log-domain results — with
//! NaN, ±inf and signs exactly where SciPy has them. Every case runs twice:
//! C-order views with SciPy's output shape, and Fortran-order views with the
//! keepdims output shape; the two must agree bit for bit.

use sciport::capi::boundary::sciport_status;
use sciport::capi::special_axis::{
    sciport_special_log_softmax, sciport_special_logsumexp, sciport_special_softmax,
};
use sciport::capi::views::sciport_ndarray;
use serde_json::Value;

const EPS: f64 = f64::EPSILON;

fn number(v: &Value) -> f64 {
    match v {
        Value::String(s) if s == "nan" => f64::NAN,
        Value::String(s) if s == "inf" => f64::INFINITY,
        Value::String(s) if s == "-inf" => f64::NEG_INFINITY,
        v => v.as_f64().expect("a number"),
    }
}

fn column(v: &Value) -> Vec<f64> {
    v.as_array().expect("an array").iter().map(number).collect()
}

fn shape(v: &Value) -> Vec<usize> {
    v.as_array()
        .expect("a shape")
        .iter()
        .map(|n| n.as_u64().expect("an extent") as usize)
        .collect()
}

/// Values of an input: a list, or {"fill": v} for a constant array.
fn values(v: &Value, shape: &[usize]) -> Vec<f64> {
    match v.get("fill") {
        Some(fill) => vec![number(fill); shape.iter().product()],
        None => column(v),
    }
}

/// An owned array in C or Fortran order with its view.
struct Array {
    data: Vec<f64>,
    shape: Vec<usize>,
    strides: Vec<isize>,
}

impl Array {
    fn new(c_values: &[f64], shape: &[usize], fortran: bool) -> Self {
        let n: usize = shape.iter().product();
        let mut strides = vec![0isize; shape.len()];
        let mut step = 1isize;
        let dims: Vec<usize> = if fortran {
            (0..shape.len()).collect()
        } else {
            (0..shape.len()).rev().collect()
        };
        for d in dims {
            strides[d] = step;
            step *= shape[d].max(1) as isize;
        }
        let mut data = vec![0.0; n.max(1)];
        let mut index = vec![0usize; shape.len()];
        for &v in c_values.iter().take(n) {
            let at: isize = index
                .iter()
                .zip(&strides)
                .map(|(&i, &s)| i as isize * s)
                .sum();
            data[at as usize] = v;
            for d in (0..shape.len()).rev() {
                index[d] += 1;
                if index[d] < shape[d] {
                    break;
                }
                index[d] = 0;
            }
        }
        Array {
            data,
            shape: shape.to_vec(),
            strides,
        }
    }

    fn view(&mut self) -> sciport_ndarray {
        sciport_ndarray {
            data: self.data.as_mut_ptr(),
            ndim: self.shape.len(),
            shape: self.shape.as_ptr(),
            strides: self.strides.as_ptr(),
        }
    }

    /// The values back in C order.
    fn c_values(&self) -> Vec<f64> {
        let n: usize = self.shape.iter().product();
        let mut out = Vec::with_capacity(n);
        let mut index = vec![0usize; self.shape.len()];
        for _ in 0..n {
            let at: isize = index
                .iter()
                .zip(&self.strides)
                .map(|(&i, &s)| i as isize * s)
                .sum();
            out.push(self.data[at as usize]);
            for d in (0..self.shape.len()).rev() {
                index[d] += 1;
                if index[d] < self.shape[d] {
                    break;
                }
                index[d] = 0;
            }
        }
        out
    }
}

/// The reduced output shape with the reduced axes kept as extent 1.
fn keepdims_shape(full: &[usize], axis: &Option<Vec<i64>>) -> Vec<usize> {
    let ndim = full.len() as i64;
    (0..full.len())
        .map(|d| match axis {
            None => 1,
            Some(axes) if axes.iter().any(|&a| (a + ndim) % ndim == d as i64) => 1,
            Some(_) => full[d],
        })
        .collect()
}

fn broadcast(a: &[usize], b: &[usize]) -> Vec<usize> {
    let n = a.len().max(b.len());
    (0..n)
        .map(|i| {
            let x = if i + a.len() >= n {
                a[i + a.len() - n]
            } else {
                1
            };
            let y = if i + b.len() >= n {
                b[i + b.len() - n]
            } else {
                1
            };
            x.max(y)
        })
        .collect()
}

/// Runs one case with the given layout; returns (values, signs) in C order.
fn run(case: &Value, fortran: bool) -> (Vec<f64>, Option<Vec<f64>>) {
    let a_shape = shape(&case["a_shape"]);
    let mut a = Array::new(&values(&case["a"], &a_shape), &a_shape, fortran);
    let axis: Option<Vec<i64>> = case["axis"]
        .as_array()
        .map(|v| v.iter().map(|n| n.as_i64().expect("an axis")).collect());
    let axes = axis.clone().unwrap_or_default();
    let function = case["function"].as_str().expect("function");
    let mut status_err = std::ptr::null_mut();
    if function != "logsumexp" {
        let mut out = Array::new(&[], &a_shape, fortran);
        let (av, ov) = (a.view(), out.view());
        let f = match function {
            "softmax" => sciport_special_softmax,
            _ => sciport_special_log_softmax,
        };
        let status = f(&av, axes.as_ptr(), axes.len(), &ov, &mut status_err);
        assert_eq!(status, sciport_status::SCIPORT_OK, "{case}");
        return (out.c_values(), None);
    }
    let mut b = case["b_shape"].as_array().map(|_| {
        let b_shape = shape(&case["b_shape"]);
        Array::new(&column(&case["b"]), &b_shape, fortran)
    });
    let full = match &b {
        Some(b) => broadcast(&a_shape, &b.shape),
        None => a_shape.clone(),
    };
    let out_shape = match fortran {
        false => shape(&case["out_shape"]),
        true => keepdims_shape(&full, &axis),
    };
    let mut out = Array::new(&[], &out_shape, fortran);
    let return_sign = case["return_sign"].as_bool().expect("return_sign");
    let mut sign = return_sign.then(|| Array::new(&[], &out_shape, fortran));
    let av = a.view();
    let bv = b.as_mut().map(|b| b.view());
    let ov = out.view();
    let sv = sign.as_mut().map(|s| s.view());
    let status = sciport_special_logsumexp(
        &av,
        axes.as_ptr(),
        axes.len(),
        bv.as_ref().map_or(std::ptr::null(), |v| v as *const _),
        &ov,
        sv.as_ref().map_or(std::ptr::null(), |v| v as *const _),
        &mut status_err,
    );
    assert_eq!(status, sciport_status::SCIPORT_OK, "{case}");
    (out.c_values(), sign.map(|s| s.c_values()))
}

/// Error in eps: relative (`log_domain`: relative to max(1, |exact|)); 0 when
/// non-finite values agree, infinite when they do not.
fn error(got: f64, exact: f64, log_domain: bool) -> f64 {
    if !exact.is_finite() || !got.is_finite() {
        let same = (got.is_nan() && exact.is_nan()) || got == exact;
        return if same { 0.0 } else { f64::INFINITY };
    }
    let scale = match log_domain {
        true => exact.abs().max(1.0),
        false => exact.abs().max(f64::MIN_POSITIVE),
    };
    (got - exact).abs() / scale / EPS
}

#[test]
fn axis_reductions_match_mpmath_and_scipy() {
    let path = format!(
        "{}/tests/reference/special/axis.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let data: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("file")).unwrap();
    let cases = data["cases"].as_array().expect("cases");
    assert!(cases.len() > 100);
    let (mut worst, mut worst_scipy, mut scipy_max) = (0.0f64, 0.0f64, 0.0f64);
    for case in cases {
        let (values, signs) = run(case, false);
        let (f_values, f_signs) = run(case, true);
        assert_eq!(
            format!("{values:?}"),
            format!("{f_values:?}"),
            "layouts differ: {case}"
        );
        assert_eq!(format!("{signs:?}"), format!("{f_signs:?}"), "{case}");
        let log_domain = case["function"] != "softmax";
        let (exact, theirs) = (column(&case["exact"]), column(&case["scipy"]));
        assert_eq!(values.len(), exact.len(), "{case}");
        for i in 0..values.len() {
            let ours = error(values[i], exact[i], log_domain);
            let scipy = error(theirs[i], exact[i], log_domain);
            assert!(
                ours <= scipy.max(4.0),
                "{}: element {i}: {} vs exact {} ({ours} eps; SciPy {} is {scipy} eps)\n{case}",
                case["function"],
                values[i],
                exact[i],
                theirs[i]
            );
            if ours > worst {
                (worst, worst_scipy) = (ours, scipy);
            }
            if scipy.is_finite() {
                scipy_max = scipy_max.max(scipy);
            }
        }
        if let Some(signs) = signs {
            let expected = column(&case["exact_sign"]);
            let theirs = column(&case["sign"]);
            for i in 0..signs.len() {
                let want = if theirs[i].is_nan() {
                    f64::NAN
                } else {
                    expected[i]
                };
                let same = signs[i] == want || (signs[i].is_nan() && want.is_nan());
                assert!(same, "sign {i}: {} vs {want}: {case}", signs[i]);
            }
        }
    }
    println!(
        "axis reductions over {} cases: worst error {worst:.2} eps (SciPy {worst_scipy:.2} there); SciPy's worst {scipy_max:.2} eps",
        cases.len()
    );
}
