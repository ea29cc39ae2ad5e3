//! Reads the SciPy reference data of `tests/reference/` and compares results
//! with it (error relative to the maximum magnitude of SciPy's output).

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::fft::Kw;

/// Loads `tests/reference/<rel>` as JSON.
pub fn load(rel: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(rel);
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let doc: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
    assert!(
        doc["scipy"].is_string(),
        "{rel} does not record the SciPy version"
    );
    doc
}

/// SciPy's recorded output of one case.
#[derive(Debug, Clone)]
pub struct Expected {
    /// Output shape.
    pub shape: Vec<usize>,
    /// Whether the output is complex.
    pub complex: bool,
    /// Flat C-order indices with stored values (all indices for small outputs).
    pub idx: Vec<usize>,
    /// Values at `idx` (interleaved when complex).
    pub values: Vec<f64>,
    /// Largest magnitude over the whole output.
    pub max_abs: f64,
    /// 2-norm of the whole output.
    pub l2: f64,
}

/// What SciPy did with a case.
#[derive(Debug, Clone)]
pub enum Expect {
    /// SciPy raised (ValueError, or RuntimeError for DCT-I of length 1).
    Error(String),
    /// SciPy returned this.
    Output(Expected),
}

/// One reference case: function, input, keywords and SciPy's result.
#[derive(Debug, Clone)]
pub struct Case {
    /// Unique name.
    pub name: String,
    /// SciPy function name.
    pub func: String,
    /// Input values (C order, interleaved when complex).
    pub x: Vec<f64>,
    /// Input shape.
    pub x_shape: Vec<usize>,
    /// Whether the input is complex.
    pub x_complex: bool,
    /// Keyword arguments.
    pub kw: Kw,
    /// SciPy's result.
    pub expect: Expect,
}

fn usizes(v: &Value) -> Vec<usize> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|e| e.as_u64().expect("uint") as usize)
        .collect()
}

fn i64s(v: &Value) -> Option<Vec<i64>> {
    v.as_array()
        .map(|a| a.iter().map(|e| e.as_i64().expect("int")).collect())
}

fn f64s(v: &Value) -> Vec<f64> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|e| e.as_f64().expect("number"))
        .collect()
}

/// The input array of a case: explicit values or the generator's draws.
fn input(spec: &Value) -> (Vec<f64>, Vec<usize>, bool) {
    let shape = usizes(&spec["shape"]);
    let complex = spec["complex"].as_bool().expect("complex flag");
    let count = shape.iter().product::<usize>() * if complex { 2 } else { 1 };
    let values = match spec.get("values") {
        Some(v) => f64s(v),
        None => super::draws(spec["seed"].as_u64().expect("seed"), count),
    };
    assert_eq!(values.len(), count);
    (values, shape, complex)
}

fn keywords(kw: &Value) -> Kw {
    let orthogonalize = match kw.get("orthogonalize").and_then(Value::as_bool) {
        None => -1,
        Some(b) => b as i32,
    };
    let mut out = Kw {
        n: kw.get("n").and_then(Value::as_i64).unwrap_or(-1),
        axis: kw.get("axis").and_then(Value::as_i64).unwrap_or(-1),
        s: kw.get("s").and_then(i64s),
        axes: kw.get("axes").and_then(i64s),
        norm: None,
        kind: kw.get("type").and_then(Value::as_i64).unwrap_or(2) as i32,
        orthogonalize,
    };
    if let Some(norm) = kw.get("norm").and_then(Value::as_str) {
        out = out.with_norm(norm);
    }
    out
}

/// SciPy's recorded output (full or sampled) of a case object.
pub fn expected(c: &Value) -> Expected {
    let shape = usizes(&c["shape"]);
    let count: usize = shape.iter().product();
    let (idx, values) = match c.get("data") {
        Some(d) => ((0..count).collect(), f64s(d)),
        None => (usizes(&c["sample_idx"]), f64s(&c["sample"])),
    };
    Expected {
        shape,
        complex: c["complex"].as_bool().expect("complex flag"),
        idx,
        values,
        max_abs: c["max_abs"].as_f64().expect("max_abs"),
        l2: c["l2"].as_f64().expect("l2"),
    }
}

/// Parses one transform case.
pub fn case(c: &Value) -> Case {
    let (x, x_shape, x_complex) = input(&c["x"]);
    let expect = match c.get("error") {
        Some(e) => Expect::Error(e.as_str().unwrap_or("").to_string()),
        None => Expect::Output(expected(c)),
    };
    Case {
        name: c["name"].as_str().expect("name").to_string(),
        func: c["func"].as_str().expect("func").to_string(),
        x,
        x_shape,
        x_complex,
        kw: keywords(&c["kw"]),
        expect,
    }
}

/// All transform cases of a reference file.
pub fn cases(rel: &str) -> Vec<Case> {
    let doc = load(rel);
    doc["cases"]
        .as_array()
        .expect("cases")
        .iter()
        .filter(|c| c.get("x").is_some())
        .map(case)
        .collect()
}

fn modulus(v: &[f64]) -> f64 {
    v.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// Compensated 2-norm of interleaved values.
fn l2_norm(values: &[f64]) -> f64 {
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for v in values {
        let term = v * v;
        let t = sum + term;
        comp += if sum.abs() >= term {
            (sum - t) + term
        } else {
            (term - t) + sum
        };
        sum = t;
    }
    (sum + comp).sqrt()
}

/// Error of `ours` (the whole C-order output) against SciPy's `e`, relative to
/// SciPy's maximum magnitude: the largest difference at the stored indices, and
/// the differences of the maximum magnitude and of the 2-norm. Infinite for a
/// length mismatch or NaN.
pub fn rel_error(ours: &[f64], e: &Expected) -> f64 {
    let w = if e.complex { 2 } else { 1 };
    if ours.len() != e.shape.iter().product::<usize>() * w {
        return f64::INFINITY;
    }
    let scale = if e.max_abs > 0.0 { e.max_abs } else { 1.0 };
    let mut pointwise = 0.0f64;
    for (k, &i) in e.idx.iter().enumerate() {
        let diff: Vec<f64> = (0..w)
            .map(|j| ours[i * w + j] - e.values[k * w + j])
            .collect();
        pointwise = pointwise.max(modulus(&diff));
    }
    let our_max = ours.chunks(w).map(modulus).fold(0.0f64, f64::max);
    let max_err = (our_max - e.max_abs).abs() / scale;
    let l2_err = (l2_norm(ours) - e.l2).abs() / e.l2.max(f64::MIN_POSITIVE);
    let rel = (pointwise / scale).max(max_err).max(l2_err);
    if rel.is_nan() || ours.iter().any(|v| v.is_nan()) {
        f64::INFINITY
    } else {
        rel
    }
}

/// Worst error seen per function family, with the case that produced it.
#[derive(Debug, Default)]
pub struct Worst(pub BTreeMap<String, (f64, String)>);

impl Worst {
    /// Records `err` for `family` if it is the worst so far.
    pub fn note(&mut self, family: &str, err: f64, case: &str) {
        let entry = self
            .0
            .entry(family.to_string())
            .or_insert((0.0, String::new()));
        if err > entry.0 || entry.1.is_empty() {
            *entry = (err, case.to_string());
        }
    }

    /// Prints the table (visible with `cargo test -- --nocapture`).
    pub fn print(&self, title: &str) {
        eprintln!("worst error relative to max |SciPy output| ({title}):");
        for (family, (err, case)) in &self.0 {
            eprintln!("  {family:<10} {err:.3e}  ({case})");
        }
    }
}
