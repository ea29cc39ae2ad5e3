//! Every registered family against SciPy's values (tests/reference/stats/,
//! written by gen_distributions.py): each pointwise method on a grid
//! reaching both tails, the moments, entropy, interval and support, for
//! SciPy's test_continuous_basic / test_discrete_basic parameters, extreme
//! parameters, a located and scaled copy, a negative scale and an invalid
//! parameter set.

mod common;

use serde_json::Value;

use sciport::stats::distributions::moments::Wanted;
use sciport::stats::distributions::{names, Distribution, Pointwise};

/// Relative agreement with SciPy, unless `TOLERANCES` says otherwise.
const DEFAULT_TOLERANCE: f64 = 1e-12;

/// (family, method, tolerance, why SciPy and sciport differ there).
const TOLERANCES: &[(&str, &str, f64, &str)] = &[];

fn tolerance(family: &str, method: &str) -> f64 {
    TOLERANCES
        .iter()
        .find(|(f, m, _, _)| *f == family && *m == method)
        .map_or(DEFAULT_TOLERANCE, |t| t.2)
}

/// What SciPy gave for one value.
#[derive(Debug, Clone, Copy)]
enum Want {
    Value(f64),
    /// SciPy raised: sciport gives NaN.
    Raised,
    /// SciPy did not finish within the generator's time limit: unchecked.
    TimedOut,
}

fn want(v: &Value) -> Want {
    match v {
        Value::Number(n) => Want::Value(n.as_f64().expect("double")),
        Value::String(s) => match s.as_str() {
            "nan" => Want::Value(f64::NAN),
            "inf" => Want::Value(f64::INFINITY),
            "-inf" => Want::Value(f64::NEG_INFINITY),
            "timeout" => Want::TimedOut,
            _ => Want::Raised,
        },
        _ => panic!("not a number: {v}"),
    }
}

fn wants(v: &Value) -> Vec<Want> {
    v.as_array().expect("array").iter().map(want).collect()
}

/// A recorded double (parameters and points).
fn number(v: &Value) -> Option<f64> {
    match want(v) {
        Want::Value(x) => Some(x),
        _ => None,
    }
}

fn numbers(v: &Value) -> Vec<Option<f64>> {
    v.as_array().expect("array").iter().map(number).collect()
}

fn agrees(got: f64, want: f64, tol: f64) -> bool {
    if want.is_nan() || got.is_nan() {
        return want.is_nan() && got.is_nan();
    }
    if got == want {
        return true;
    }
    let diff = (got - want).abs();
    diff <= tol * got.abs().max(want.abs()) || diff < 1e-300
}

fn method(name: &str) -> Pointwise {
    match name {
        "pdf" => Pointwise::Pdf,
        "logpdf" => Pointwise::Logpdf,
        "pmf" => Pointwise::Pmf,
        "logpmf" => Pointwise::Logpmf,
        "cdf" => Pointwise::Cdf,
        "logcdf" => Pointwise::Logcdf,
        "sf" => Pointwise::Sf,
        "logsf" => Pointwise::Logsf,
        "ppf" => Pointwise::Ppf,
        "isf" => Pointwise::Isf,
        _ => panic!("unknown method {name}"),
    }
}

/// Collects disagreements as readable lines.
struct Report {
    family: &'static str,
    failures: Vec<String>,
    checked: usize,
}

impl Report {
    fn check(&mut self, label: &str, what: &str, got: f64, want: Want) {
        let want = match want {
            Want::Value(v) => v,
            Want::Raised => f64::NAN,
            Want::TimedOut => return,
        };
        self.checked += 1;
        if !agrees(got, want, tolerance(self.family, what)) {
            self.failures.push(format!(
                "{} {label} {what}: got {got:e}, SciPy {want:e}",
                self.family
            ));
        }
    }
}

fn check_case(report: &mut Report, case: &Value) {
    let shapes: Vec<f64> = numbers(&case["shapes"])
        .into_iter()
        .map(Option::unwrap)
        .collect();
    let loc = number(&case["loc"]).unwrap();
    let scale = number(&case["scale"]).unwrap();
    let d = Distribution::new(report.family, &shapes, loc, scale).expect("family registered");
    let label = format!("{shapes:?} loc={loc} scale={scale}");
    let xs = numbers(&case["x"]);
    let qs = numbers(&case["q"]);
    for (name, want) in case["pointwise"].as_object().unwrap() {
        let m = method(name);
        let points = if matches!(m, Pointwise::Ppf | Pointwise::Isf) {
            &qs
        } else {
            &xs
        };
        for (x, w) in points.iter().zip(wants(want)) {
            let x = x.unwrap();
            report.check(&format!("{label} x={x:e}"), name, d.evaluate(m, x), w);
        }
    }
    let s = &case["scalars"];
    report.check(&label, "mean", d.mean(), want(&s["mean"]));
    report.check(&label, "var", d.var(), want(&s["var"]));
    report.check(&label, "std", d.std(), want(&s["std"]));
    report.check(&label, "median", d.median(), want(&s["median"]));
    report.check(&label, "entropy", d.entropy(), want(&s["entropy"]));
    for (n, w) in wants(&s["moment"]).into_iter().enumerate() {
        report.check(&format!("{label} n={n}"), "moment", d.moment(n as u32), w);
    }
    if s["stats"].is_array() {
        let st = d.stats(Wanted::all());
        let want = wants(&s["stats"]);
        for (i, got) in [st.mean, st.var, st.skew, st.kurtosis]
            .into_iter()
            .enumerate()
        {
            report.check(&format!("{label} [{i}]"), "stats", got, want[i]);
        }
    }
    for row in s["interval"].as_array().unwrap() {
        let row = wants(row);
        let Want::Value(c) = row[0] else {
            panic!("confidence")
        };
        let (lo, hi) = d.interval(c).unwrap();
        report.check(&format!("{label} c={c}"), "interval", lo, row[1]);
        report.check(&format!("{label} c={c}"), "interval", hi, row[2]);
    }
    let (a, b) = d.support();
    let want = wants(&s["support"]);
    report.check(&label, "support", a, want[0]);
    report.check(&label, "support", b, want[1]);
}

#[test]
fn every_family_matches_scipy() {
    let mut failures = Vec::new();
    for name in names() {
        let doc = common::reference::load(&format!("stats/{name}.json"));
        assert_eq!(doc["family"], name);
        let mut report = Report {
            family: name,
            failures: Vec::new(),
            checked: 0,
        };
        for case in doc["cases"].as_array().unwrap() {
            check_case(&mut report, case);
        }
        assert!(
            report.checked > 100,
            "{name}: only {} values",
            report.checked
        );
        failures.extend(report.failures);
    }
    for f in failures.iter().take(40) {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} values differ from SciPy",
        failures.len()
    );
}
