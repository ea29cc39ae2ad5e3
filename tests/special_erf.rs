//! The error-function family against mpmath (60 digits) on the points of
//! tests/reference/special/erf.json, with SciPy's values on the same points:
//! for each function sciport's largest relative error must not exceed
//! SciPy's (or 4 eps, whichever is larger), its median must stay within
//! 1 eps, and NaN / ±inf must appear exactly where the exact values have them.

use sciport::special::{error_function as ef, normal};
use serde_json::Value;

fn load() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/reference/special/erf.json"
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("erf.json")).expect("JSON")
}

fn number(v: &Value) -> f64 {
    match v {
        Value::String(s) if s == "nan" => f64::NAN,
        Value::String(s) if s == "inf" => f64::INFINITY,
        Value::String(s) if s == "-inf" => f64::NEG_INFINITY,
        v => v.as_f64().expect("a number"),
    }
}

/// Relative error, with subnormal exact values measured against the
/// smallest normal number (so one subnormal step counts as ~eps).
fn rel_error(got: f64, exact: f64) -> f64 {
    if exact.is_nan() || exact.is_infinite() {
        let same = (got.is_nan() && exact.is_nan()) || got == exact;
        return if same { 0.0 } else { f64::INFINITY };
    }
    if got.is_nan() || got.is_infinite() {
        return f64::INFINITY;
    }
    (got - exact).abs() / exact.abs().max(f64::MIN_POSITIVE)
}

struct Errors {
    max: f64,
    worst_x: f64,
    median: f64,
}

fn errors(xs: &[f64], exact: &[f64], f: impl Fn(f64) -> f64) -> Errors {
    let mut all: Vec<(f64, f64)> = xs
        .iter()
        .zip(exact)
        .map(|(&x, &e)| (rel_error(f(x), e), x))
        .collect();
    let (max, worst_x) = all.iter().fold(
        (0.0, f64::NAN),
        |m, &(e, x)| if e > m.0 { (e, x) } else { m },
    );
    all.sort_by(|a, b| a.0.total_cmp(&b.0));
    Errors {
        max,
        worst_x,
        median: all[all.len() / 2].0,
    }
}

fn check(name: &str, f: fn(f64) -> f64) {
    let data = load();
    let case = &data["functions"][name];
    let column = |key: &str| -> Vec<f64> {
        case[key]
            .as_array()
            .expect(key)
            .iter()
            .map(number)
            .collect()
    };
    let (xs, exact, scipy) = (column("x"), column("exact"), column("scipy"));
    let ours = errors(&xs, &exact, f);
    let theirs = errors(&xs, &exact, |x| {
        scipy[xs.iter().position(|&v| v.to_bits() == x.to_bits()).unwrap()]
    });
    let eps = f64::EPSILON;
    println!(
        "{name:10} {} points: sciport max {:.2} eps (x = {:e}) median {:.2} eps | SciPy {} max {:.2} eps (x = {:e}) median {:.2} eps",
        xs.len(),
        ours.max / eps,
        ours.worst_x,
        ours.median / eps,
        data["scipy"].as_str().unwrap_or("?"),
        theirs.max / eps,
        theirs.worst_x,
        theirs.median / eps
    );
    assert!(
        ours.max <= theirs.max.max(4.0 * eps),
        "{name}: max error {:e} at x = {:e}",
        ours.max,
        ours.worst_x
    );
    assert!(ours.median <= eps, "{name}: median error {:e}", ours.median);
}

#[test]
fn erf_matches_mpmath() {
    check("erf", ef::erf);
}

#[test]
fn erfc_matches_mpmath() {
    check("erfc", ef::erfc);
}

#[test]
fn erfcx_matches_mpmath() {
    check("erfcx", ef::erfcx);
}

#[test]
fn erfinv_matches_mpmath() {
    check("erfinv", ef::erfinv);
}

#[test]
fn erfcinv_matches_mpmath() {
    check("erfcinv", ef::erfcinv);
}

#[test]
fn ndtr_matches_mpmath() {
    check("ndtr", normal::ndtr);
}

#[test]
fn log_ndtr_matches_mpmath() {
    check("log_ndtr", normal::log_ndtr);
}

#[test]
fn ndtri_matches_mpmath() {
    check("ndtri", normal::ndtri);
}

#[test]
fn ndtri_exp_matches_mpmath() {
    check("ndtri_exp", normal::ndtri_exp);
}
