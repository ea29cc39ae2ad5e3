//! The Nelder–Mead downhill simplex minimiser, as SciPy 1.17's
//! `scipy.optimize._optimize._minimize_neldermead` (what `fmin` and
//! `minimize(method="Nelder-Mead")` run).
//!
//! Every step repeats SciPy's arithmetic in SciPy's order (the centroid is a
//! row-by-row sum divided by `N`, each trial point is
//! `(1 + a) * xbar - a * worst`, ...), so results agree bit for bit.
//!
//! The simplex is ordered with a stable sort that puts NaN last. That is
//! numpy's `np.argsort` on every input with no ties, and on every input on
//! CPUs without AVX2; numpy 2.x on AVX2/AVX-512 CPUs dispatches to an
//! unstable SIMD sort (x86-simd-sort) when no NaN is present, so SciPy's order
//! of *tied* function values there depends on the machine.
//!
//! `fmin(func, x0, xtol=..., ftol=...)` is this with `xatol = xtol` and
//! `fatol = ftol` (fmin's defaults are the same 1e-4).

use crate::error::{Error, Result};

/// SciPy's `_status_message['success']`.
const MSG_SUCCESS: &str = "Optimization terminated successfully.";
/// SciPy's `_status_message['maxfev']`.
const MSG_MAXFEV: &str = "Maximum number of function evaluations has been exceeded.";
/// SciPy's `_status_message['maxiter']`.
const MSG_MAXITER: &str = "Maximum number of iterations has been exceeded.";

/// `_minimize_neldermead`'s options (SciPy's `minimize` defaults).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NelderMeadOptions {
    /// Absolute spread of the vertices accepted for convergence.
    pub xatol: f64,
    /// Absolute spread of the function values accepted for convergence.
    pub fatol: f64,
    /// Iteration limit; `Some(usize::MAX)` is SciPy's `np.inf`. With neither
    /// limit given both are `200 * N`; with one given the other is unbounded,
    /// unless the given one is unbounded, in which case the other is `200 * N`.
    pub maxiter: Option<usize>,
    /// Function-evaluation limit (`fmin`'s `maxfun`), as `maxiter`.
    pub maxfev: Option<usize>,
    /// Gao–Han parameters adapted to the dimension.
    pub adaptive: bool,
    /// `N + 1` vertices of `N` coordinates each; overrides the simplex built
    /// around `x0` (whose length must still be `N`).
    pub initial_simplex: Option<Vec<Vec<f64>>>,
    /// `(lower, upper)` per variable (±inf for none); every trial point is
    /// clipped into the box.
    pub bounds: Option<Vec<(f64, f64)>>,
}

impl Default for NelderMeadOptions {
    fn default() -> Self {
        NelderMeadOptions {
            xatol: 1e-4,
            fatol: 1e-4,
            maxiter: None,
            maxfev: None,
            adaptive: false,
            initial_simplex: None,
            bounds: None,
        }
    }
}

/// SciPy's `OptimizeResult` for Nelder–Mead.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NelderMeadResult {
    /// The best vertex.
    pub x: Vec<f64>,
    /// `np.min(fsim)`: NaN when any vertex's value is NaN.
    pub fun: f64,
    /// Iterations, counted from 1 as SciPy does.
    pub nit: usize,
    /// Function evaluations.
    pub nfev: usize,
    /// 0 success, 1 evaluation limit, 2 iteration limit.
    pub status: i32,
    pub success: bool,
    pub message: &'static str,
    /// The vertices (best first) and their values.
    pub final_simplex: (Vec<Vec<f64>>, Vec<f64>),
}

/// Why an evaluation did not happen.
enum Halt {
    /// SciPy's `_MaxFuncCallError`: the evaluation budget is spent.
    MaxFev,
    /// The objective failed; returned to the caller unchanged.
    Failed(Error),
}

/// SciPy's `_wrap_scalar_function_maxfun_validation`: counts calls and
/// refuses one past `maxfun` (`None` = unbounded).
struct Objective<'a, 'f> {
    f: &'a mut (dyn FnMut(&[f64]) -> Result<f64> + 'f),
    ncalls: usize,
    maxfun: Option<usize>,
}

impl Objective<'_, '_> {
    fn exhausted(&self) -> bool {
        self.maxfun.is_some_and(|m| self.ncalls >= m)
    }

    fn call(&mut self, x: &[f64]) -> std::result::Result<f64, Halt> {
        if self.exhausted() {
            return Err(Halt::MaxFev);
        }
        self.ncalls += 1;
        (self.f)(x).map_err(Halt::Failed)
    }
}

/// The reflection, expansion, contraction and shrink coefficients.
struct Coefficients {
    rho: f64,
    chi: f64,
    psi: f64,
    sigma: f64,
}

impl Coefficients {
    fn new(adaptive: bool, n: usize) -> Self {
        if adaptive {
            let dim = n as f64;
            Coefficients {
                rho: 1.0,
                chi: 1.0 + 2.0 / dim,
                psi: 0.75 - 1.0 / (2.0 * dim),
                sigma: 1.0 - 1.0 / dim,
            }
        } else {
            Coefficients {
                rho: 1.0,
                chi: 2.0,
                psi: 0.5,
                sigma: 0.5,
            }
        }
    }
}

/// `np.clip(x, lb, ub)` for one element: numpy's `_NPY_MIN(_NPY_MAX(x, lb),
/// ub)`, which keeps a NaN `x` and otherwise compares with `>` / `<`.
fn clip(x: f64, lb: f64, ub: f64) -> f64 {
    let t = if x.is_nan() || x > lb { x } else { lb };
    if t.is_nan() || t < ub {
        t
    } else {
        ub
    }
}

fn clip_point(x: &mut [f64], bounds: Option<&[(f64, f64)]>) {
    if let Some(b) = bounds {
        for (v, &(lb, ub)) in x.iter_mut().zip(b) {
            *v = clip(*v, lb, ub);
        }
    }
}

/// `np.argsort(fsim)` with ties kept in order and NaN last, then
/// `np.take` of both arrays.
fn sort_simplex(sim: &mut Vec<Vec<f64>>, fsim: &mut Vec<f64>) {
    let mut ind: Vec<usize> = (0..fsim.len()).collect();
    ind.sort_by(|&i, &j| {
        let (a, b) = (fsim[i], fsim[j]);
        a.partial_cmp(&b)
            .unwrap_or_else(|| a.is_nan().cmp(&b.is_nan()))
    });
    if ind.iter().enumerate().all(|(k, &i)| k == i) {
        return;
    }
    *fsim = ind.iter().map(|&i| fsim[i]).collect();
    let mut old: Vec<Option<Vec<f64>>> = std::mem::take(sim).into_iter().map(Some).collect();
    *sim = ind
        .iter()
        .map(|&i| old[i].take().expect("argsort is a permutation"))
        .collect();
}

/// `(a + b) * xbar - b * worst` elementwise (SciPy's reflection, expansion and
/// outside contraction with `b = rho`, `rho * chi`, `psi * rho`).
fn extrapolate(xbar: &[f64], worst: &[f64], b: f64) -> Vec<f64> {
    let a = 1.0 + b;
    xbar.iter()
        .zip(worst)
        .map(|(&m, &w)| a * m - b * w)
        .collect()
}

/// Builds and validates the starting simplex (SciPy's order of checks).
fn initial_simplex(x0: &[f64], opts: &NelderMeadOptions) -> Result<Vec<Vec<f64>>> {
    const NONZDELT: f64 = 0.05;
    const ZDELT: f64 = 0.00025;

    if x0.is_empty() {
        return Err(Error::invalid(
            "Nelder-Mead: x0 must have at least one element",
        ));
    }
    let bounds = opts.bounds.as_deref();
    if let Some(b) = bounds {
        if b.len() != x0.len() {
            return Err(Error::dimension(
                "The number of bounds is not compatible with the length of `x0`.",
            ));
        }
        if b.iter().any(|&(lb, ub)| lb > ub) {
            return Err(Error::invalid(
                "Nelder Mead - one of the lower bounds is greater than an upper bound.",
            ));
        }
    }
    let mut x0 = x0.to_vec();
    clip_point(&mut x0, bounds);

    let mut sim = match &opts.initial_simplex {
        None => {
            let mut sim = Vec::with_capacity(x0.len() + 1);
            sim.push(x0.clone());
            for k in 0..x0.len() {
                let mut y = x0.clone();
                y[k] = if y[k] != 0.0 {
                    (1.0 + NONZDELT) * y[k]
                } else {
                    ZDELT
                };
                sim.push(y);
            }
            sim
        }
        Some(given) => {
            // np.atleast_2d: no rows is the shape (1, 0).
            let (rows, cols) = match given.first() {
                None => (1, 0),
                Some(r) => (given.len(), r.len()),
            };
            let ragged = given.iter().any(|r| r.len() != cols);
            if ragged || rows != cols + 1 {
                return Err(Error::dimension(
                    "`initial_simplex` should be an array of shape (N+1,N)",
                ));
            }
            if x0.len() != cols {
                return Err(Error::dimension(
                    "Size of `initial_simplex` is not consistent with `x0`",
                ));
            }
            given.clone()
        }
    };

    if let Some(b) = bounds {
        // Vertices past an upper bound are reflected into the interior,
        // then everything is clipped.
        for row in &mut sim {
            for (v, &(lb, ub)) in row.iter_mut().zip(b) {
                if *v > ub {
                    *v = 2.0 * ub - *v;
                }
                *v = clip(*v, lb, ub);
            }
        }
    }
    Ok(sim)
}

/// SciPy's defaulting of `maxiter` / `maxfev` (`None` = `np.inf`).
fn limits(opts: &NelderMeadOptions, n: usize) -> (Option<usize>, Option<usize>) {
    let default = n.saturating_mul(200);
    let finite = |v: usize| (v != usize::MAX).then_some(v);
    match (opts.maxiter, opts.maxfev) {
        (None, None) => (Some(default), Some(default)),
        (None, Some(mf)) => match finite(mf) {
            None => (Some(default), None),
            some => (None, some),
        },
        (Some(mi), None) => match finite(mi) {
            None => (None, Some(default)),
            some => (some, None),
        },
        (Some(mi), Some(mf)) => (finite(mi), finite(mf)),
    }
}

/// Minimises `f` from `x0` by SciPy's Nelder–Mead. An `Err` from `f` aborts
/// and is returned unchanged; NaN and ±inf values just compare as in SciPy.
///
/// Errors: empty `x0` (`InvalidArgument`), a lower bound above its upper
/// bound (`InvalidArgument`), bounds or `initial_simplex` of the wrong shape
/// (`DimensionMismatch`, with SciPy's messages).
#[allow(dead_code)] // used by stats::distributions fit
pub(crate) fn nelder_mead(
    f: &mut dyn FnMut(&[f64]) -> Result<f64>,
    x0: &[f64],
    opts: &NelderMeadOptions,
) -> Result<NelderMeadResult> {
    let mut sim = initial_simplex(x0, opts)?;
    let n = sim.len() - 1;
    let bounds = opts.bounds.as_deref();
    let c = Coefficients::new(opts.adaptive, n);
    let (maxiter, maxfun) = limits(opts, n);
    let below = |count: usize, limit: Option<usize>| limit.is_none_or(|m| count < m);

    let mut obj = Objective {
        f,
        ncalls: 0,
        maxfun,
    };
    let mut fsim = vec![f64::INFINITY; n + 1];
    for (fv, x) in fsim.iter_mut().zip(&sim) {
        match obj.call(x) {
            Ok(v) => *fv = v,
            Err(Halt::MaxFev) => break,
            Err(Halt::Failed(e)) => return Err(e),
        }
    }
    // SciPy sorts twice here; a stable sort of sorted values is a no-op.
    sort_simplex(&mut sim, &mut fsim);

    let mut iterations = 1usize;
    while below(obj.ncalls, maxfun) && below(iterations, maxiter) {
        let spread_x = sim[1..].iter().all(|row| {
            row.iter()
                .zip(&sim[0])
                .all(|(v, b)| (v - b).abs() <= opts.xatol)
        });
        if spread_x && fsim[1..].iter().all(|v| (fsim[0] - v).abs() <= opts.fatol) {
            break;
        }
        match step(&mut obj, &mut sim, &mut fsim, &c, bounds) {
            Ok(()) => iterations += 1,
            Err(Halt::MaxFev) => {}
            Err(Halt::Failed(e)) => return Err(e),
        }
        sort_simplex(&mut sim, &mut fsim);
    }

    let fun = if fsim.iter().any(|v| v.is_nan()) {
        f64::NAN
    } else {
        fsim.iter().copied().fold(f64::INFINITY, f64::min)
    };
    let (status, message) = if !below(obj.ncalls, maxfun) {
        (1, MSG_MAXFEV)
    } else if !below(iterations, maxiter) {
        (2, MSG_MAXITER)
    } else {
        (0, MSG_SUCCESS)
    };
    Ok(NelderMeadResult {
        x: sim[0].clone(),
        fun,
        nit: iterations,
        nfev: obj.ncalls,
        status,
        success: status == 0,
        message,
        final_simplex: (sim, fsim),
    })
}

/// One iteration on a sorted simplex (everything inside SciPy's `try`).
/// Vertices are replaced only once their value is known, except in the
/// shrink, where (as in SciPy) a vertex moves before its evaluation and keeps
/// its old value if the budget runs out there.
fn step(
    obj: &mut Objective<'_, '_>,
    sim: &mut [Vec<f64>],
    fsim: &mut [f64],
    c: &Coefficients,
    bounds: Option<&[(f64, f64)]>,
) -> std::result::Result<(), Halt> {
    let n = sim.len() - 1;
    // np.add.reduce(sim[:-1], 0) / N: row after row.
    let mut xbar = sim[0].clone();
    for row in &sim[1..n] {
        for (m, v) in xbar.iter_mut().zip(row) {
            *m += v;
        }
    }
    for m in &mut xbar {
        *m /= n as f64;
    }
    let worst = &sim[n];

    let mut xr = extrapolate(&xbar, worst, c.rho);
    clip_point(&mut xr, bounds);
    let fxr = obj.call(&xr)?;

    if fxr < fsim[0] {
        let mut xe = extrapolate(&xbar, worst, c.rho * c.chi);
        clip_point(&mut xe, bounds);
        let fxe = obj.call(&xe)?;
        if fxe < fxr {
            sim[n] = xe;
            fsim[n] = fxe;
        } else {
            sim[n] = xr;
            fsim[n] = fxr;
        }
        return Ok(());
    }
    if fxr < fsim[n - 1] {
        sim[n] = xr;
        fsim[n] = fxr;
        return Ok(());
    }
    let shrink = if fxr < fsim[n] {
        // Outside contraction.
        let mut xc = extrapolate(&xbar, worst, c.psi * c.rho);
        clip_point(&mut xc, bounds);
        let fxc = obj.call(&xc)?;
        if fxc <= fxr {
            sim[n] = xc;
            fsim[n] = fxc;
            false
        } else {
            true
        }
    } else {
        // Inside contraction: (1 - psi) * xbar + psi * worst.
        let mut xcc: Vec<f64> = xbar
            .iter()
            .zip(worst)
            .map(|(&m, &w)| (1.0 - c.psi) * m + c.psi * w)
            .collect();
        clip_point(&mut xcc, bounds);
        let fxcc = obj.call(&xcc)?;
        if fxcc < fsim[n] {
            sim[n] = xcc;
            fsim[n] = fxcc;
            false
        } else {
            true
        }
    };
    if shrink {
        let (best, rest) = sim.split_first_mut().expect("N + 1 >= 2 vertices");
        for (row, fv) in rest.iter_mut().zip(&mut fsim[1..]) {
            for (v, &b) in row.iter_mut().zip(best.iter()) {
                *v = b + c.sigma * (*v - b);
            }
            clip_point(row, bounds);
            *fv = obj.call(row)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use serde_json::Value;

    const REFERENCE: &str = include_str!("../../tests/reference/optimize/nelder_mead.json");

    /// A JSON number, or "inf" / "-inf" / "nan".
    fn num(v: &Value) -> f64 {
        match v {
            Value::Number(n) => n.as_f64().expect("f64"),
            Value::String(s) => match s.as_str() {
                "inf" => f64::INFINITY,
                "-inf" => f64::NEG_INFINITY,
                "nan" => f64::NAN,
                other => panic!("bad number {other:?}"),
            },
            other => panic!("bad number {other:?}"),
        }
    }

    fn nums(v: &Value) -> Vec<f64> {
        v.as_array().expect("array").iter().map(num).collect()
    }

    // The problems of tests/reference/gen_nelder_mead.py, same expressions in
    // the same order.

    fn rosen(x: &[f64]) -> f64 {
        let mut s = 0.0;
        for i in 0..x.len() - 1 {
            let a = x[i + 1] - x[i] * x[i];
            let b = 1.0 - x[i];
            s += 100.0 * (a * a) + b * b;
        }
        s
    }

    fn quadratic(x: &[f64]) -> f64 {
        let mut s = 0.0;
        for (i, &v) in x.iter().enumerate() {
            let d = v - (0.5 * i as f64 - 1.0);
            s += (i as f64 + 1.0) * (d * d);
        }
        s
    }

    fn beale(x: &[f64]) -> f64 {
        let (a, b) = (x[0], x[1]);
        let t1 = 1.5 - a + a * b;
        let t2 = 2.25 - a + a * (b * b);
        let t3 = 2.625 - a + a * (b * b * b);
        t1 * t1 + t2 * t2 + t3 * t3
    }

    fn himmelblau(x: &[f64]) -> f64 {
        let (a, b) = (x[0], x[1]);
        let t1 = a * a + b - 11.0;
        let t2 = a + b * b - 7.0;
        t1 * t1 + t2 * t2
    }

    fn quartic1d(x: &[f64]) -> f64 {
        let d = x[0] - 2.0;
        (d * d) * (d * d) + x[0]
    }

    fn wells(x: &[f64]) -> f64 {
        let mut s = 0.0;
        for &v in x {
            let d = v * v - 1.0;
            s += d * d + 0.3 * v;
        }
        s
    }

    fn sumsq(x: &[f64]) -> f64 {
        let mut s = 0.0;
        for v in x {
            s += v * v;
        }
        s
    }

    fn inf_region(x: &[f64]) -> f64 {
        if x[0] + x[1] > 3.0 {
            return f64::INFINITY;
        }
        let a = x[0] - 2.0;
        let b = x[1] - 2.0;
        a * a + b * b
    }

    fn nan_region(x: &[f64]) -> f64 {
        if x[0] < 0.2 {
            return f64::NAN;
        }
        let a = x[0] - 1.0;
        let b = x[1] + 1.0;
        a * a + 2.0 * (b * b)
    }

    const NORMAL_SAMPLE: [f64; 20] = [
        1.764052345967664,
        0.4001572083672233,
        0.9787379841057392,
        2.240893199201458,
        1.8675579901499675,
        -0.977277879876411,
        0.9500884175255894,
        -0.1513572082976979,
        -0.10321885179355784,
        0.41059850193837233,
        0.144043571160878,
        1.454273506962975,
        0.7610377251469934,
        0.12167501649282841,
        0.44386323274542566,
        0.33367432737426683,
        1.4940790731576061,
        -0.20515826376580087,
        0.31306770165090136,
        -0.8540957393017248,
    ];

    fn normal_nll(p: &[f64]) -> f64 {
        let (loc, logscale) = (p[0], p[1]);
        let scale = logscale.exp();
        let mut s = 0.0;
        for v in NORMAL_SAMPLE {
            let z = (v - loc) / scale;
            s += z * z;
        }
        let n = NORMAL_SAMPLE.len() as f64;
        0.5 * s + n * logscale + n * 0.9189385332046727
    }

    fn problem(name: &str) -> fn(&[f64]) -> f64 {
        match name {
            "rosen" => rosen,
            "quadratic" => quadratic,
            "beale" => beale,
            "himmelblau" => himmelblau,
            "quartic1d" => quartic1d,
            "sumsq" => sumsq,
            "wells" => wells,
            "inf_region" => inf_region,
            "nan_region" => nan_region,
            "normal_nll" => normal_nll,
            other => panic!("unknown problem {other}"),
        }
    }

    fn options(o: &Value) -> NelderMeadOptions {
        let mut opts = NelderMeadOptions::default();
        for (k, v) in o.as_object().expect("options") {
            match k.as_str() {
                "xatol" => opts.xatol = num(v),
                "fatol" => opts.fatol = num(v),
                "maxiter" => opts.maxiter = Some(v.as_u64().expect("int") as usize),
                "maxfev" => opts.maxfev = Some(v.as_u64().expect("int") as usize),
                "adaptive" => opts.adaptive = v.as_bool().expect("bool"),
                "initial_simplex" => {
                    opts.initial_simplex =
                        Some(v.as_array().expect("rows").iter().map(nums).collect())
                }
                "bounds" => {
                    let side = |b: &Value, none: f64| if b.is_null() { none } else { num(b) };
                    opts.bounds = Some(
                        v.as_array()
                            .expect("bounds")
                            .iter()
                            .map(|p| (side(&p[0], f64::NEG_INFINITY), side(&p[1], f64::INFINITY)))
                            .collect(),
                    )
                }
                other => panic!("unknown option {other}"),
            }
        }
        opts
    }

    /// |a - b| / max(|b|, tiny), with equal values (and NaN vs NaN) at 0.
    fn rel(a: f64, b: f64) -> f64 {
        if a == b || (a.is_nan() && b.is_nan()) {
            0.0
        } else {
            (a - b).abs() / b.abs().max(f64::MIN_POSITIVE)
        }
    }

    #[test]
    fn matches_scipy() {
        let data: Value = serde_json::from_str(REFERENCE).expect("reference JSON");
        let cases = data["cases"].as_array().expect("cases");
        assert!(cases.len() >= 12);
        let (mut worst, mut inexact) = (0.0f64, 0usize);
        for case in cases {
            let name = case["name"].as_str().expect("name");
            let f = problem(case["problem"].as_str().expect("problem"));
            let x0 = nums(&case["x0"]);
            let opts = options(&case["options"]);
            let want = &case["result"];
            let mut obj = |x: &[f64]| Ok(f(x));
            let got = nelder_mead(&mut obj, &x0, &opts).expect(name);

            let mut diffs = vec![rel(got.fun, num(&want["fun"]))];
            let wx = nums(&want["x"]);
            assert_eq!(got.x.len(), wx.len(), "{name}: x length");
            diffs.extend(got.x.iter().zip(&wx).map(|(&a, &b)| rel(a, b)));
            if let Some(fs) = want.get("final_simplex") {
                let wsim: Vec<Vec<f64>> = fs[0].as_array().expect("sim").iter().map(nums).collect();
                let wf = nums(&fs[1]);
                for (row, wrow) in got.final_simplex.0.iter().zip(&wsim) {
                    diffs.extend(row.iter().zip(wrow).map(|(&a, &b)| rel(a, b)));
                }
                diffs.extend(
                    got.final_simplex
                        .1
                        .iter()
                        .zip(&wf)
                        .map(|(&a, &b)| rel(a, b)),
                );
            }
            let d = diffs.iter().copied().fold(0.0, f64::max);
            assert!(d <= 1e-12, "{name}: relative difference {d:e}");
            worst = worst.max(d);
            inexact += usize::from(d != 0.0);

            assert_eq!(got.nit as u64, want["nit"].as_u64().unwrap(), "{name}: nit");
            assert_eq!(
                got.nfev as u64,
                want["nfev"].as_u64().unwrap(),
                "{name}: nfev"
            );
            assert_eq!(
                got.status as i64,
                want["status"].as_i64().unwrap(),
                "{name}"
            );
            assert_eq!(got.success, got.status == 0, "{name}");
            if let Some(m) = want.get("message") {
                assert_eq!(got.message, m.as_str().unwrap(), "{name}: message");
                assert_eq!(got.success, want["success"].as_bool().unwrap(), "{name}");
            }
        }
        eprintln!(
            "nelder_mead: {} cases, {inexact} not bit-exact, max relative difference {worst:e}",
            cases.len()
        );
    }

    #[test]
    fn errors_match_scipy() {
        let data: Value = serde_json::from_str(REFERENCE).expect("reference JSON");
        for case in data["errors"].as_array().expect("errors") {
            let name = case["name"].as_str().unwrap();
            let x0 = nums(&case["x0"]);
            let opts = options(&case["options"]);
            let err = nelder_mead(&mut |x: &[f64]| Ok(sumsq(x)), &x0, &opts).expect_err(name);
            assert_eq!(err.message, case["message"].as_str().unwrap(), "{name}");
            let kind = if name == "bounds_crossed" {
                ErrorKind::InvalidArgument
            } else {
                ErrorKind::DimensionMismatch
            };
            assert_eq!(err.kind, kind, "{name}");
        }
    }

    #[test]
    fn empty_x0_and_bounds_length_are_rejected() {
        let mut f = |x: &[f64]| Ok(sumsq(x));
        let e = nelder_mead(&mut f, &[], &NelderMeadOptions::default()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::InvalidArgument);
        let opts = NelderMeadOptions {
            bounds: Some(vec![(0.0, 1.0)]),
            ..Default::default()
        };
        let e = nelder_mead(&mut f, &[0.5, 0.5], &opts).unwrap_err();
        assert_eq!(e.kind, ErrorKind::DimensionMismatch);
    }

    #[test]
    fn objective_error_propagates_immediately() {
        let mut calls = 0;
        let mut f = |x: &[f64]| {
            calls += 1;
            if calls == 7 {
                Err(Error::callback("f", 3))
            } else {
                Ok(rosen(x))
            }
        };
        let e = nelder_mead(&mut f, &[-1.2, 1.0], &NelderMeadOptions::default()).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Callback(3));
        assert_eq!(calls, 7);
    }

    #[test]
    fn limit_defaulting() {
        let with = |maxiter, maxfev| NelderMeadOptions {
            maxiter,
            maxfev,
            ..Default::default()
        };
        assert_eq!(limits(&with(None, None), 3), (Some(600), Some(600)));
        assert_eq!(limits(&with(Some(5), None), 3), (Some(5), None));
        assert_eq!(limits(&with(None, Some(7)), 3), (None, Some(7)));
        assert_eq!(limits(&with(Some(usize::MAX), None), 3), (None, Some(600)));
        assert_eq!(limits(&with(None, Some(usize::MAX)), 3), (Some(600), None));
        assert_eq!(limits(&with(Some(5), Some(usize::MAX)), 3), (Some(5), None));
    }

    #[test]
    fn ties_keep_their_order_and_nan_sorts_last() {
        let mut sim = vec![vec![0.0], vec![1.0], vec![2.0], vec![3.0], vec![4.0]];
        let mut fsim = vec![f64::NAN, 1.0, f64::INFINITY, 1.0, f64::INFINITY];
        sort_simplex(&mut sim, &mut fsim);
        assert_eq!(
            sim,
            vec![vec![1.0], vec![3.0], vec![2.0], vec![4.0], vec![0.0]]
        );
        assert!(fsim[4].is_nan());
    }
}
