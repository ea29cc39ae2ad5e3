//! The case runner shared by the linalg reference tests: the layouts each
//! case runs in, failure and worst-error bookkeeping, case accessors, and the
//! checks every function gets (SciPy's error class, inputs unmodified, no
//! writes outside output views).

use std::collections::BTreeMap;
use std::ffi::CString;

use serde_json::Value;

use super::linalg::{nums, status_named, Dense, MatLayout, Outcome, TMat};
use super::reference::load;

/// (input layout, output layout) of each run of a case.
pub const RUNS: [(MatLayout, MatLayout); 5] = [
    (MatLayout::C, MatLayout::C),
    (MatLayout::F, MatLayout::F),
    (MatLayout::RevRows, MatLayout::RevRows),
    (MatLayout::NegGapped, MatLayout::NegGapped),
    (MatLayout::F, MatLayout::NegGapped),
];

/// Failures and worst errors of one function's runs.
#[derive(Default)]
pub struct Ctx {
    pub failures: Vec<String>,
    pub worst: BTreeMap<String, (f64, String)>,
    pub runs: usize,
}

impl Ctx {
    pub fn note(&mut self, key: &str, err: f64, tag: &str) {
        let e = self
            .worst
            .entry(key.to_string())
            .or_insert((0.0, String::new()));
        if err > e.0 || e.1.is_empty() || err.is_nan() {
            *e = (err, tag.to_string());
        }
    }

    pub fn fail(&mut self, msg: String) {
        self.failures.push(msg);
    }

    /// Prints the worst errors of `count` cases of `func` and fails on any
    /// recorded failure.
    pub fn finish(&self, func: &str, count: usize) {
        assert!(count > 0, "no {func} cases");
        eprintln!("{func}: {count} cases, {} runs; worst errors:", self.runs);
        for (key, (err, tag)) in &self.worst {
            eprintln!("  {key:<48} {err:.3e}  ({tag})");
        }
        assert!(
            self.failures.is_empty(),
            "{func}: {} failures in {} runs; first ones:\n{}",
            self.failures.len(),
            self.runs,
            self.failures
                .iter()
                .take(30)
                .cloned()
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    /// Notes `err` under `key` and fails when it exceeds `tol`.
    pub fn check(&mut self, key: &str, err: f64, tol: f64, tag: &str, what: &str) {
        self.note(key, err, tag);
        // Negated so a NaN error fails.
        #[allow(clippy::neg_cmp_op_on_partial_ord)]
        if !(err <= tol) {
            self.fail(format!("{tag}: {what}: error {err:.3e} > {tol:.1e}"));
        }
    }
}

pub struct Case<'a> {
    pub c: &'a Value,
    pub tag: String,
}

impl Case<'_> {
    pub fn mat(&self, key: &str) -> Dense {
        let d = Dense::parse(&self.c[key]);
        if d.r == 0 {
            if let Some(shape) = self.c.get("shape") {
                let s = nums(shape);
                return Dense::zeros(s[0] as usize, s[1] as usize);
            }
        }
        d
    }
    pub fn opt(&self, key: &str) -> &Value {
        &self.c["opts"][key]
    }
    pub fn flag(&self, key: &str) -> bool {
        self.opt(key)
            .as_bool()
            .unwrap_or_else(|| panic!("{}: opts.{key}", self.tag))
    }
    pub fn expect(&self, key: &str) -> &Value {
        &self.c["expect"][key]
    }
    pub fn ill(&self) -> bool {
        self.c["ill"].as_bool().unwrap_or(false)
    }
    pub fn error(&self) -> Option<&Value> {
        self.c.get("error")
    }
}

pub fn tmat(d: &Dense, layout: MatLayout) -> TMat {
    TMat::from_rows(&d.v, d.r, d.c, layout)
}

pub fn dense(t: &TMat) -> Dense {
    Dense {
        r: t.nrows,
        c: t.ncols,
        v: t.rows(),
    }
}

pub fn cstr(v: &Value) -> Option<CString> {
    v.as_str().map(|s| CString::new(s).unwrap())
}

pub fn cptr(s: &Option<CString>) -> *const std::ffi::c_char {
    s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr())
}

/// Error case: same status class as SciPy's exception, a message, the
/// not-positive-definite minor, and outputs untouched (`untouched`).
pub fn check_error(case: &Case, out: &Outcome, untouched: bool, ctx: &mut Ctx) {
    let e = case.error().unwrap();
    let want = status_named(e["status"].as_str().unwrap());
    let scipy = format!(
        "{}: {}",
        e["type"].as_str().unwrap(),
        e["message"].as_str().unwrap()
    );
    if out.status != want {
        ctx.fail(format!(
            "{}: SciPy raised {scipy:?} (expect {want:?}); sciport gave {:?} {:?}",
            case.tag, out.status, out.message
        ));
    } else if out.message.is_empty() {
        ctx.fail(format!("{}: status {want:?} without a message", case.tag));
    }
    if let Some(k) = e.get("minor").and_then(Value::as_u64) {
        let needle = format!("{k}-th leading minor");
        if !out.message.contains(&needle) {
            ctx.fail(format!(
                "{}: SciPy says {scipy:?}; sciport's message {:?} lacks {needle:?}",
                case.tag, out.message
            ));
        }
    }
    if !untouched {
        ctx.fail(format!("{}: an output was written on error", case.tag));
    }
}

pub fn require_ok(case: &Case, out: &Outcome, ctx: &mut Ctx) -> bool {
    if !out.ok() {
        ctx.fail(format!(
            "{}: SciPy succeeded; sciport gave {:?} {:?}",
            case.tag, out.status, out.message
        ));
    }
    out.ok()
}

pub fn check_inputs(case: &Case, before: &[&Vec<f64>], after: &[&Vec<f64>], ctx: &mut Ctx) {
    for (b, a) in before.iter().zip(after) {
        let same = b.len() == a.len()
            && b.iter()
                .zip(a.iter())
                .all(|(x, y)| x.to_bits() == y.to_bits());
        if !same {
            ctx.fail(format!("{}: an input was modified", case.tag));
        }
    }
}

pub fn check_gaps(case: &Case, outs: &[&TMat], ctx: &mut Ctx) {
    if outs.iter().any(|o| !o.gaps_untouched()) {
        ctx.fail(format!("{}: wrote outside an output view", case.tag));
    }
}

/// The cases of a reference file under tests/reference (path relative to
/// it), checking that it was generated with the SciPy the tests expect.
pub fn scipy_cases(path: &str) -> Vec<Value> {
    let doc = load(path);
    assert_eq!(doc["scipy"].as_str(), Some("1.17.1"), "{path}");
    doc["cases"].as_array().expect("cases").clone()
}

/// The matrix under `key` of `v`, shaped by `<key>_shape` when empty.
pub fn shaped(v: &Value, key: &str) -> Dense {
    let d = Dense::parse(&v[key]);
    match v.get(format!("{key}_shape")) {
        Some(s) if d.v.is_empty() => {
            let s = nums(s);
            Dense::zeros(s[0] as usize, s[1] as usize)
        }
        _ => d,
    }
}

/// The symmetric matrix of the triangle of `a` that `lower` selects (the
/// other triangle is mirrored from it).
pub fn symmetric_from(a: &Dense, lower: bool) -> Dense {
    let n = a.r;
    let mut s = Dense::zeros(n, n);
    for i in 0..n {
        for j in 0..n {
            let (r, c) = if (i >= j) == lower { (i, j) } else { (j, i) };
            s.set(i, j, a.at(r, c));
        }
    }
    s
}
