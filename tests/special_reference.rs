//! scipy.special's functions against mpmath (60 digits) on the points of
//! tests/reference/special/*.json, with SciPy's values on the same points:
//! for each function sciport's largest relative error must not exceed
//! SciPy's (or 4 eps, whichever is larger), its median must stay within
//! 1 eps, and NaN / ±inf must appear exactly where the reference has them
//! (mpmath's value, or SciPy's convention at poles and non-finite input).

use sciport::special::{
    convex, digamma, elementary, error_function as ef, gamma, logistic, normal, zeta,
};
use serde_json::Value;

/// A scalar function of one or two arguments.
#[derive(Clone, Copy)]
enum Scalar {
    One(fn(f64) -> f64),
    Two(fn(f64, f64) -> f64),
}

impl Scalar {
    fn at(self, args: &[f64]) -> f64 {
        match self {
            Scalar::One(f) => f(args[0]),
            Scalar::Two(f) => f(args[0], args[1]),
        }
    }
}

fn load(file: &str) -> Value {
    let path = format!(
        "{}/tests/reference/special/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).expect("reference file")).expect("JSON")
}

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

/// Relative error, with subnormal exact values measured against the
/// smallest normal number (so one subnormal step counts as ~eps); a zero
/// must be matched by a zero of either sign.
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

/// Largest error (and its point) and median error of `values` against `exact`.
struct Errors {
    max: f64,
    worst: Vec<f64>,
    median: f64,
}

fn errors(points: &[Vec<f64>], exact: &[f64], values: &[f64]) -> Errors {
    let mut errs: Vec<f64> = values
        .iter()
        .zip(exact)
        .map(|(&v, &e)| rel_error(v, e))
        .collect();
    let worst = (0..errs.len()).fold(0, |w, i| if errs[i] > errs[w] { i } else { w });
    let max = errs[worst];
    errs.sort_by(|a, b| a.total_cmp(b));
    Errors {
        max,
        worst: points[worst].clone(),
        median: errs[errs.len() / 2],
    }
}

fn check(file: &str, name: &str, f: Scalar) {
    let data = load(file);
    let case = &data["functions"][name];
    let args: Vec<Vec<f64>> = case["args"]
        .as_array()
        .expect("args")
        .iter()
        .map(column)
        .collect();
    let points: Vec<Vec<f64>> = (0..args[0].len())
        .map(|i| args.iter().map(|a| a[i]).collect())
        .collect();
    let exact = column(&case["exact"]);
    let ours_values: Vec<f64> = points.iter().map(|p| f.at(p)).collect();
    let ours = errors(&points, &exact, &ours_values);
    let theirs = errors(&points, &exact, &column(&case["scipy"]));
    let eps = f64::EPSILON;
    println!(
        "{name:12} {:5} points: sciport max {:.2} eps at {:?}, median {:.2} eps | SciPy {} max {:.3e} eps at {:?}, median {:.2} eps",
        points.len(),
        ours.max / eps,
        ours.worst,
        ours.median / eps,
        data["scipy"].as_str().unwrap_or("?"),
        theirs.max / eps,
        theirs.worst,
        theirs.median / eps
    );
    assert!(
        ours.max <= theirs.max.max(4.0 * eps),
        "{name}: max error {:e} at {:?}",
        ours.max,
        ours.worst
    );
    assert!(ours.median <= eps, "{name}: median error {:e}", ours.median);
}

macro_rules! reference_tests {
    ($file:literal: $($test:ident => $name:literal, $f:expr;)*) => {
        $(
            #[test]
            fn $test() {
                check($file, $name, $f);
            }
        )*
    };
}

reference_tests! { "erf.json":
    erf => "erf", Scalar::One(ef::erf);
    erfc => "erfc", Scalar::One(ef::erfc);
    erfcx => "erfcx", Scalar::One(ef::erfcx);
    erfinv => "erfinv", Scalar::One(ef::erfinv);
    erfcinv => "erfcinv", Scalar::One(ef::erfcinv);
    ndtr => "ndtr", Scalar::One(normal::ndtr);
    log_ndtr => "log_ndtr", Scalar::One(normal::log_ndtr);
    ndtri => "ndtri", Scalar::One(normal::ndtri);
    ndtri_exp => "ndtri_exp", Scalar::One(normal::ndtri_exp);
}

reference_tests! { "elementary.json":
    expit => "expit", Scalar::One(logistic::expit);
    logit => "logit", Scalar::One(logistic::logit);
    log_expit => "log_expit", Scalar::One(logistic::log_expit);
    log1p => "log1p", Scalar::One(elementary::log1p);
    expm1 => "expm1", Scalar::One(elementary::expm1);
    xlogy => "xlogy", Scalar::Two(elementary::xlogy);
    xlog1py => "xlog1py", Scalar::Two(elementary::xlog1py);
    boxcox => "boxcox", Scalar::Two(elementary::boxcox);
    inv_boxcox => "inv_boxcox", Scalar::Two(elementary::inv_boxcox);
    entr => "entr", Scalar::One(convex::entr);
    rel_entr => "rel_entr", Scalar::Two(convex::rel_entr);
    kl_div => "kl_div", Scalar::Two(convex::kl_div);
    huber => "huber", Scalar::Two(convex::huber);
    pseudo_huber => "pseudo_huber", Scalar::Two(convex::pseudo_huber);
    gamma_fn => "gamma", Scalar::One(gamma::gamma);
    gammaln => "gammaln", Scalar::One(gamma::gammaln);
    loggamma => "loggamma", Scalar::One(gamma::loggamma);
    gammasgn => "gammasgn", Scalar::One(gamma::gammasgn);
    rgamma => "rgamma", Scalar::One(gamma::rgamma);
    digamma_fn => "digamma", Scalar::One(digamma::digamma);
    polygamma => "polygamma", Scalar::Two(digamma::polygamma);
    hurwitz_zeta => "zeta", Scalar::Two(zeta::hurwitz_zeta);
}
