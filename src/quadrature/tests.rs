//! `quad` against SciPy's `scipy.integrate.quad` (tests/reference/
//! gen_quadrature.py): value, error estimate, evaluation count, subinterval
//! count and flag on the same integrands.

use super::{quad, QuadOptions, QuadResult};
use crate::error::{Error, ErrorKind, Result};
use serde_json::Value;

const REFERENCE: &str = include_str!("../../tests/reference/quadrature/quad.json");

/// The integrands of gen_quadrature.py, written with the same operations.
fn integrand(name: &str) -> fn(f64) -> f64 {
    match name {
        "gauss" => |x| (-x * x).exp(),
        "inv_sqrt" => |x| 1.0 / x.sqrt(),
        "log" => |x| x.ln(),
        "square" => |x| x * x,
        "sinc" => |x| x.sin() / x,
        "lorentz" => |x| 1.0 / (1.0 + x * x),
        "exp" => |x| x.exp(),
        "exp_neg" => |x| (-x).exp(),
        "x3_exp" => |x| x * x * x * (-x).exp(),
        "normal_x4" => |x| x * x * x * x * ((-0.5 * x * x).exp() / SQRT_2PI),
        "normal_pdf" => |x| (-0.5 * x * x).exp() / SQRT_2PI,
        "gamma_half_pdf" => |x| (-x).exp() / (std::f64::consts::PI * x).sqrt(),
        "cos50" => |x| (50.0 * x).cos(),
        "kink" => |x| (x - 0.3).abs(),
        "sin_inv" => |x| (1.0 / x).sin(),
        "inv_x" => |x| 1.0 / x,
        "pow_m09" => |x| x.powf(-0.9),
        "log_over_sqrt" => |x| x.ln() / x.sqrt(),
        "step" => |x| if x <= 0.0 { 1.0 } else { 0.0 },
        "peak" => |x| 1.0 / ((x - 0.5) * (x - 0.5) + 1e-6),
        "sqrt" => |x| x.sqrt(),
        "sin" => |x| x.sin(),
        "exp_cos" => |x| (-x).exp() * x.cos(),
        "cauchy_x" => |x| x / (1.0 + x * x),
        "zero" => |_| 0.0,
        "sin_x2" => |x| (x * x).sin(),
        "log_abs" => |x| (x - 0.4).abs().ln(),
        "inv_abs" => |x| 1.0 / (x - 1.0 / 3.0).abs(),
        "x_sin" => |x| x * x.sin(),
        "exp_pow" => |x| (-x).exp() * x.powf(-0.999),
        "pow_m0999" => |x| x.powf(-0.999),
        "inv_x2" => |x| 1.0 / (x * x),
        "pow_m15" => |x| x.powf(-1.5),
        "nan" => |_| f64::NAN,
        "jump" => |x| if x > 0.3 { 1.0 / (x - 0.3) } else { 0.0 },
        "cos" => |x| x.cos(),
        "inv_x_log2" => |x| 1.0 / (x * x.ln() * x.ln()),
        other => panic!("no integrand {other}"),
    }
}

/// √(2π), as Python's math.sqrt(2 * math.pi).
const SQRT_2PI: f64 = 2.5066282746310002;

/// A float stored as Python's repr.
fn float(v: &Value) -> f64 {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not a float string: {v}"))
}

/// Whether `got` is within `rel` of `want` relative to |want|, or `abs`
/// absolutely (NaN matches NaN).
fn close(got: f64, want: f64, rel: f64, abs: f64) -> bool {
    (got.is_nan() && want.is_nan())
        || got == want
        || (got - want).abs() <= abs.max(rel * want.abs())
}

#[test]
fn sqrt_2pi_is_pythons() {
    assert_eq!(SQRT_2PI, (2.0 * std::f64::consts::PI).sqrt());
}

#[test]
fn matches_scipy() {
    let doc: Value = serde_json::from_str(REFERENCE).expect("quad.json parses");
    assert!(
        doc["scipy"].is_string(),
        "quad.json records the SciPy version"
    );
    let cases = doc["cases"].as_array().expect("cases");
    assert!(cases.len() >= 25);
    let mut failures = Vec::new();
    let (mut max_rel, mut max_err_rel) = (0.0f64, 0.0f64);
    for case in cases {
        let name = case["integrand"].as_str().expect("integrand");
        let (a, b) = (float(&case["a"]), float(&case["b"]));
        let opts = QuadOptions {
            epsabs: float(&case["epsabs"]),
            epsrel: float(&case["epsrel"]),
            limit: case["limit"].as_u64().expect("limit") as usize,
        };
        let f = integrand(name);
        let got = quad(&mut |x| Ok(f(x)), a, b, &opts).expect("quad");
        let want = QuadResult {
            value: float(&case["value"]),
            abserr: float(&case["abserr"]),
            neval: case["neval"].as_u64().expect("neval") as usize,
            ier: case["ier"].as_i64().expect("ier") as i32,
            last: case["last"].as_u64().expect("last") as usize,
        };
        if want.value.is_finite() && want.value != 0.0 {
            max_rel = max_rel.max((got.value - want.value).abs() / want.value.abs());
        }
        if want.abserr.is_finite() && want.abserr != 0.0 {
            max_err_rel = max_err_rel.max((got.abserr - want.abserr).abs() / want.abserr);
        }
        let ok = close(got.value, want.value, 1e-13, 1e-15)
            && close(got.abserr, want.abserr, 1e-6, 0.0)
            && got.neval == want.neval
            && got.ier == want.ier
            && got.last == want.last;
        if !ok {
            failures.push(format!(
                "{name} on [{a}, {b}] {opts:?}:\n  got  {got:?}\n  want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
    eprintln!(
        "quad: {} cases, largest relative difference of value {max_rel:e}, of abserr {max_err_rel:e}",
        cases.len()
    );
}

#[test]
fn callback_error_aborts() {
    let mut calls = 0;
    let mut f = |x: f64| -> Result<f64> {
        calls += 1;
        if calls == 30 {
            Err(Error::callback("f", 7))
        } else {
            Ok(1.0 / x.sqrt())
        }
    };
    let err = quad(&mut f, 0.0, 1.0, &QuadOptions::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Callback(7));
    assert_eq!(calls, 30);
    let mut g = |_: f64| -> Result<f64> { Err(Error::callback("g", 3)) };
    let err = quad(&mut g, 0.0, f64::INFINITY, &QuadOptions::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Callback(3));
}

#[test]
fn nan_bounds_are_invalid() {
    let opts = QuadOptions::default();
    for (a, b) in [(f64::NAN, 1.0), (0.0, f64::NAN), (f64::NAN, f64::NAN)] {
        let err = quad(&mut |x| Ok(x), a, b, &opts).unwrap_err();
        assert_eq!(err.kind, ErrorKind::InvalidArgument);
    }
}

#[test]
fn default_options_are_scipys() {
    let opts = QuadOptions::default();
    assert_eq!(
        (opts.epsabs, opts.epsrel, opts.limit),
        (1.49e-8, 1.49e-8, 50)
    );
}
