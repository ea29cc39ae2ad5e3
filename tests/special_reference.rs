//! scipy.special's functions against mpmath (60 digits) on the points of
//! tests/reference/special/*.json, with SciPy's values on the same points:
//! for each function sciport's largest relative error must not exceed
//! SciPy's (or 4 eps, whichever is larger), its median must stay within
//! 1 eps, and NaN / ±inf must appear exactly where the reference has them
//! (mpmath's value, or SciPy's convention at poles and non-finite input).

use sciport::capi::boundary::sciport_status;
use sciport::capi::special::*;
use sciport::capi::views::sciport_ndarray;
use sciport::special::{
    bessel, beta, binom, combinatorics, convex, degrees, digamma, distribution as dist, elementary,
    elliptic, error_function as ef, gamma, incomplete_beta as ib, incomplete_beta_inverse as ibi,
    incomplete_gamma as ig, incomplete_gamma_inverse as igi, kolmogorov, lambert, logistic,
    modified_bessel as mb, normal, owens_t, smirnov, zeta,
};
use serde_json::Value;

/// A scalar function of one, two or three arguments.
#[derive(Clone, Copy)]
enum Scalar {
    One(fn(f64) -> f64),
    Two(fn(f64, f64) -> f64),
    Three(fn(f64, f64, f64) -> f64),
}

impl Scalar {
    fn at(self, args: &[f64]) -> f64 {
        match self {
            Scalar::One(f) => f(args[0]),
            Scalar::Two(f) => f(args[0], args[1]),
            Scalar::Three(f) => f(args[0], args[1], args[2]),
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

/// One row of the accuracy table: errors of sciport and of SciPy.
struct Row {
    name: &'static str,
    points: usize,
    ours: Errors,
    theirs: Errors,
}

fn measure(file: &str, name: &'static str, f: Scalar) -> Row {
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
    Row {
        name,
        points: points.len(),
        ours: errors(&points, &exact, &ours_values),
        theirs: errors(&points, &exact, &column(&case["scipy"])),
    }
}

fn comb_plain(n: f64, k: f64) -> f64 {
    combinatorics::comb(n, k, false)
}

fn comb_repetition(n: f64, k: f64) -> f64 {
    combinatorics::comb(n, k, true)
}

/// Every function of the special module with its reference file.
const FUNCTIONS: &[(&str, &str, Scalar)] = &[
    ("erf.json", "erf", Scalar::One(ef::erf)),
    ("erf.json", "erfc", Scalar::One(ef::erfc)),
    ("erf.json", "erfcx", Scalar::One(ef::erfcx)),
    ("erf.json", "erfinv", Scalar::One(ef::erfinv)),
    ("erf.json", "erfcinv", Scalar::One(ef::erfcinv)),
    ("erf.json", "ndtr", Scalar::One(normal::ndtr)),
    ("erf.json", "log_ndtr", Scalar::One(normal::log_ndtr)),
    ("erf.json", "ndtri", Scalar::One(normal::ndtri)),
    ("erf.json", "ndtri_exp", Scalar::One(normal::ndtri_exp)),
    ("elementary.json", "expit", Scalar::One(logistic::expit)),
    ("elementary.json", "logit", Scalar::One(logistic::logit)),
    (
        "elementary.json",
        "log_expit",
        Scalar::One(logistic::log_expit),
    ),
    ("elementary.json", "log1p", Scalar::One(elementary::log1p)),
    ("elementary.json", "expm1", Scalar::One(elementary::expm1)),
    ("elementary.json", "xlogy", Scalar::Two(elementary::xlogy)),
    (
        "elementary.json",
        "xlog1py",
        Scalar::Two(elementary::xlog1py),
    ),
    ("elementary.json", "boxcox", Scalar::Two(elementary::boxcox)),
    (
        "elementary.json",
        "inv_boxcox",
        Scalar::Two(elementary::inv_boxcox),
    ),
    ("elementary.json", "entr", Scalar::One(convex::entr)),
    ("elementary.json", "rel_entr", Scalar::Two(convex::rel_entr)),
    ("elementary.json", "kl_div", Scalar::Two(convex::kl_div)),
    ("elementary.json", "huber", Scalar::Two(convex::huber)),
    (
        "elementary.json",
        "pseudo_huber",
        Scalar::Two(convex::pseudo_huber),
    ),
    ("elementary.json", "gamma", Scalar::One(gamma::gamma)),
    ("elementary.json", "gammaln", Scalar::One(gamma::gammaln)),
    ("elementary.json", "loggamma", Scalar::One(gamma::loggamma)),
    ("elementary.json", "gammasgn", Scalar::One(gamma::gammasgn)),
    ("elementary.json", "rgamma", Scalar::One(gamma::rgamma)),
    ("elementary.json", "digamma", Scalar::One(digamma::digamma)),
    (
        "elementary.json",
        "polygamma",
        Scalar::Two(digamma::polygamma),
    ),
    ("elementary.json", "zeta", Scalar::Two(zeta::hurwitz_zeta)),
    ("gammainc.json", "gammainc", Scalar::Two(ig::gammainc)),
    ("gammainc.json", "gammaincc", Scalar::Two(ig::gammaincc)),
    (
        "gammaincinv.json",
        "gammaincinv",
        Scalar::Two(igi::gammaincinv),
    ),
    (
        "gammaincinv.json",
        "gammainccinv",
        Scalar::Two(igi::gammainccinv),
    ),
    ("beta.json", "beta", Scalar::Two(beta::beta)),
    ("beta.json", "betaln", Scalar::Two(beta::betaln)),
    ("binom.json", "binom", Scalar::Two(binom::binom)),
    ("combinatorics.json", "comb", Scalar::Two(comb_plain)),
    (
        "combinatorics.json",
        "comb_repetition",
        Scalar::Two(comb_repetition),
    ),
    (
        "combinatorics.json",
        "perm",
        Scalar::Two(combinatorics::perm),
    ),
    (
        "combinatorics.json",
        "factorial",
        Scalar::One(combinatorics::factorial),
    ),
    (
        "combinatorics.json",
        "factorial2",
        Scalar::One(combinatorics::factorial2),
    ),
    ("betainc.json", "betainc", Scalar::Three(ib::betainc)),
    ("betainc.json", "betaincc", Scalar::Three(ib::betaincc)),
    (
        "betaincinv.json",
        "betaincinv",
        Scalar::Three(ibi::betaincinv),
    ),
    (
        "betaincinv.json",
        "betainccinv",
        Scalar::Three(ibi::betainccinv),
    ),
    ("dtr.json", "chdtr", Scalar::Two(dist::chdtr)),
    ("dtr.json", "chdtrc", Scalar::Two(dist::chdtrc)),
    ("dtr.json", "chdtri", Scalar::Two(dist::chdtri)),
    ("dtr.json", "pdtr", Scalar::Two(dist::pdtr)),
    ("dtr.json", "pdtrc", Scalar::Two(dist::pdtrc)),
    ("dtr.json", "pdtri", Scalar::Two(dist::pdtri)),
    ("dtr.json", "stdtr", Scalar::Two(dist::stdtr)),
    ("dtr.json", "stdtrit", Scalar::Two(dist::stdtrit)),
    ("dtr.json", "fdtr", Scalar::Three(dist::fdtr)),
    ("dtr.json", "fdtrc", Scalar::Three(dist::fdtrc)),
    ("dtr.json", "fdtri", Scalar::Three(dist::fdtri)),
    ("dtr.json", "bdtr", Scalar::Three(dist::bdtr)),
    ("dtr.json", "bdtrc", Scalar::Three(dist::bdtrc)),
    ("dtr.json", "bdtri", Scalar::Three(dist::bdtri)),
    ("dtr.json", "nbdtr", Scalar::Three(dist::nbdtr)),
    ("dtr.json", "nbdtrc", Scalar::Three(dist::nbdtrc)),
    ("dtr.json", "nbdtri", Scalar::Three(dist::nbdtri)),
    ("elliptic.json", "ellipk", Scalar::One(elliptic::ellipk)),
    ("elliptic.json", "ellipkm1", Scalar::One(elliptic::ellipkm1)),
    ("elliptic.json", "ellipe", Scalar::One(elliptic::ellipe)),
    (
        "elliptic.json",
        "ellipkinc",
        Scalar::Two(elliptic::ellipkinc),
    ),
    (
        "elliptic.json",
        "ellipeinc",
        Scalar::Two(elliptic::ellipeinc),
    ),
    ("lambertw.json", "lambertw", Scalar::Two(lambert::lambertw)),
    ("zeta.json", "riemann_zeta", Scalar::One(zeta::riemann_zeta)),
    ("zeta.json", "zetac", Scalar::One(zeta::zetac)),
    (
        "kolmogorov.json",
        "kolmogorov",
        Scalar::One(kolmogorov::kolmogorov),
    ),
    (
        "kolmogorov.json",
        "kolmogi",
        Scalar::One(kolmogorov::kolmogi),
    ),
    ("modified_bessel.json", "iv", Scalar::Two(mb::iv)),
    ("modified_bessel.json", "ive", Scalar::Two(mb::ive)),
    ("modified_bessel.json", "kv", Scalar::Two(mb::kv)),
    ("modified_bessel.json", "kve", Scalar::Two(mb::kve)),
    ("modified_bessel.json", "i0", Scalar::One(mb::i0)),
    ("modified_bessel.json", "i0e", Scalar::One(mb::i0e)),
    ("modified_bessel.json", "i1", Scalar::One(mb::i1)),
    ("modified_bessel.json", "i1e", Scalar::One(mb::i1e)),
    ("modified_bessel.json", "k0", Scalar::One(mb::k0)),
    ("modified_bessel.json", "k0e", Scalar::One(mb::k0e)),
    ("modified_bessel.json", "k1", Scalar::One(mb::k1)),
    ("modified_bessel.json", "k1e", Scalar::One(mb::k1e)),
    ("bessel.json", "jv", Scalar::Two(bessel::jv)),
    ("bessel.json", "yv", Scalar::Two(bessel::yv)),
    ("bessel.json", "j0", Scalar::One(bessel::j0)),
    ("bessel.json", "j1", Scalar::One(bessel::j1)),
    ("bessel.json", "y0", Scalar::One(bessel::y0)),
    ("bessel.json", "y1", Scalar::One(bessel::y1)),
    ("smirnov.json", "smirnov", Scalar::Two(smirnov::smirnov)),
    ("smirnov.json", "smirnovi", Scalar::Two(smirnov::smirnovi)),
    ("helpers.json", "exprel", Scalar::One(elementary::exprel)),
    ("helpers.json", "cosm1", Scalar::One(elementary::cosm1)),
    ("helpers.json", "exp2", Scalar::One(elementary::exp2)),
    ("helpers.json", "exp10", Scalar::One(elementary::exp10)),
    ("helpers.json", "cbrt", Scalar::One(elementary::cbrt)),
    ("helpers.json", "round", Scalar::One(elementary::round)),
    ("helpers.json", "sindg", Scalar::One(degrees::sindg)),
    ("helpers.json", "cosdg", Scalar::One(degrees::cosdg)),
    ("helpers.json", "tandg", Scalar::One(degrees::tandg)),
    ("helpers.json", "cotdg", Scalar::One(degrees::cotdg)),
    ("helpers.json", "powm1", Scalar::Two(elementary::powm1)),
    ("helpers.json", "radian", Scalar::Three(degrees::radian)),
    ("owens_t.json", "owens_t", Scalar::Two(owens_t::owens_t)),
];

/// Errors in units of f64::EPSILON, "inf" where a NaN / inf was misplaced.
fn in_eps(e: f64) -> String {
    if e.is_finite() {
        format!("{:.3}", e / f64::EPSILON)
    } else {
        "inf".to_string()
    }
}

fn markdown(rows: &[Row], scipy: &str) -> String {
    let mut out = format!(
        "# Accuracy of sciport's special functions\n\n\
         Relative error against mpmath (60 digits or more) on the points of\n\
         tests/reference/special/*.json, in units of eps = 2^-52, for sciport and\n\
         for SciPy {scipy} on the same points (\"inf\": a NaN or infinity where\n\
         the reference has a number, or the reverse). Written by\n\
         `SCIPORT_SPECIAL_TABLE=tests/reference/special/ACCURACY.md cargo test --test special_reference`.\n\n\
         | function | points | sciport max | sciport median | SciPy max | SciPy median | SciPy's worst point |\n\
         |---|---|---|---|---|---|---|\n"
    );
    for r in rows {
        out += &format!(
            "| {} | {} | {} | {} | {} | {} | {:?} |\n",
            r.name,
            r.points,
            in_eps(r.ours.max),
            in_eps(r.ours.median),
            in_eps(r.theirs.max),
            in_eps(r.theirs.median),
            r.theirs.worst
        );
    }
    out
}

/// Every function: largest error no worse than SciPy's (or 4 eps), median
/// within 1 eps. With SCIPORT_SPECIAL_TABLE=path the table is written there.
#[test]
fn special_functions_match_mpmath() {
    let rows: Vec<Row> = FUNCTIONS
        .iter()
        .map(|&(file, name, f)| measure(file, name, f))
        .collect();
    let eps = f64::EPSILON;
    let mut failures = Vec::new();
    for r in &rows {
        println!(
            "{:12} {:5} points: sciport max {} eps at {:?} (median {}) | SciPy max {} eps at {:?}",
            r.name,
            r.points,
            in_eps(r.ours.max),
            r.ours.worst,
            in_eps(r.ours.median),
            in_eps(r.theirs.max),
            r.theirs.worst
        );
        let misplaced_non_finite = r.ours.max.is_infinite();
        if misplaced_non_finite || r.ours.max > r.theirs.max.max(4.0 * eps) || r.ours.median > eps {
            failures.push(format!(
                "{}: max {:e} at {:?}, median {:e}",
                r.name, r.ours.max, r.ours.worst, r.ours.median
            ));
        }
    }
    if let Ok(path) = std::env::var("SCIPORT_SPECIAL_TABLE") {
        let scipy = load("erf.json")["scipy"]
            .as_str()
            .unwrap_or("?")
            .to_string();
        std::fs::write(&path, markdown(&rows, &scipy)).expect("write the accuracy table");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

type Export1 = extern "C" fn(
    *const sciport_ndarray,
    *const sciport_ndarray,
    *mut *mut sciport::capi::boundary::sciport_error,
) -> sciport_status;
type Export2 = extern "C" fn(
    *const sciport_ndarray,
    *const sciport_ndarray,
    *const sciport_ndarray,
    *mut *mut sciport::capi::boundary::sciport_error,
) -> sciport_status;

type Export3 = extern "C" fn(
    *const sciport_ndarray,
    *const sciport_ndarray,
    *const sciport_ndarray,
    *const sciport_ndarray,
    *mut *mut sciport::capi::boundary::sciport_error,
) -> sciport_status;

type Export2Flag = extern "C" fn(
    *const sciport_ndarray,
    *const sciport_ndarray,
    bool,
    *const sciport_ndarray,
    *mut *mut sciport::capi::boundary::sciport_error,
) -> sciport_status;

/// A `sciport_special_*` export of one, two or three inputs (comb: two and
/// the repetition flag).
#[derive(Clone, Copy)]
enum Export {
    One(Export1),
    Two(Export2),
    Three(Export3),
    TwoFlag(Export2Flag, bool),
}

/// The exports that are not ufuncs, tested elsewhere: the axis reductions
/// (tests/special_axis_*.rs) and the exact integers (below).
const OTHER_EXPORTS: &[&str] = &[
    "logsumexp",
    "softmax",
    "log_softmax",
    "comb_exact",
    "perm_exact",
    "factorial_exact",
    "factorial2_exact",
];

/// Every exported function, by its reference name.
const EXPORTS: &[(&str, Export)] = &[
    ("erf", Export::One(sciport_special_erf)),
    ("erfc", Export::One(sciport_special_erfc)),
    ("erfcx", Export::One(sciport_special_erfcx)),
    ("erfinv", Export::One(sciport_special_erfinv)),
    ("erfcinv", Export::One(sciport_special_erfcinv)),
    ("ndtr", Export::One(sciport_special_ndtr)),
    ("log_ndtr", Export::One(sciport_special_log_ndtr)),
    ("ndtri", Export::One(sciport_special_ndtri)),
    ("ndtri_exp", Export::One(sciport_special_ndtri_exp)),
    ("expit", Export::One(sciport_special_expit)),
    ("logit", Export::One(sciport_special_logit)),
    ("log_expit", Export::One(sciport_special_log_expit)),
    ("log1p", Export::One(sciport_special_log1p)),
    ("expm1", Export::One(sciport_special_expm1)),
    ("entr", Export::One(sciport_special_entr)),
    ("gamma", Export::One(sciport_special_gamma)),
    ("gammaln", Export::One(sciport_special_gammaln)),
    ("loggamma", Export::One(sciport_special_loggamma)),
    ("gammasgn", Export::One(sciport_special_gammasgn)),
    ("rgamma", Export::One(sciport_special_rgamma)),
    ("digamma", Export::One(sciport_special_digamma)),
    ("xlogy", Export::Two(sciport_special_xlogy)),
    ("xlog1py", Export::Two(sciport_special_xlog1py)),
    ("boxcox", Export::Two(sciport_special_boxcox)),
    ("inv_boxcox", Export::Two(sciport_special_inv_boxcox)),
    ("rel_entr", Export::Two(sciport_special_rel_entr)),
    ("kl_div", Export::Two(sciport_special_kl_div)),
    ("huber", Export::Two(sciport_special_huber)),
    ("pseudo_huber", Export::Two(sciport_special_pseudo_huber)),
    ("polygamma", Export::Two(sciport_special_polygamma)),
    ("gammainc", Export::Two(sciport_special_gammainc)),
    ("gammaincc", Export::Two(sciport_special_gammaincc)),
    ("gammaincinv", Export::Two(sciport_special_gammaincinv)),
    ("beta", Export::Two(sciport_special_beta)),
    ("betaln", Export::Two(sciport_special_betaln)),
    ("binom", Export::Two(sciport_special_binom)),
    ("gammainccinv", Export::Two(sciport_special_gammainccinv)),
    ("betainc", Export::Three(sciport_special_betainc)),
    ("betaincc", Export::Three(sciport_special_betaincc)),
    ("betaincinv", Export::Three(sciport_special_betaincinv)),
    ("betainccinv", Export::Three(sciport_special_betainccinv)),
    ("chdtr", Export::Two(sciport_special_chdtr)),
    ("chdtrc", Export::Two(sciport_special_chdtrc)),
    ("chdtri", Export::Two(sciport_special_chdtri)),
    ("pdtr", Export::Two(sciport_special_pdtr)),
    ("pdtrc", Export::Two(sciport_special_pdtrc)),
    ("pdtri", Export::Two(sciport_special_pdtri)),
    ("stdtr", Export::Two(sciport_special_stdtr)),
    ("stdtrit", Export::Two(sciport_special_stdtrit)),
    ("fdtr", Export::Three(sciport_special_fdtr)),
    ("fdtrc", Export::Three(sciport_special_fdtrc)),
    ("fdtri", Export::Three(sciport_special_fdtri)),
    ("bdtr", Export::Three(sciport_special_bdtr)),
    ("bdtrc", Export::Three(sciport_special_bdtrc)),
    ("bdtri", Export::Three(sciport_special_bdtri)),
    ("nbdtr", Export::Three(sciport_special_nbdtr)),
    ("nbdtrc", Export::Three(sciport_special_nbdtrc)),
    ("nbdtri", Export::Three(sciport_special_nbdtri)),
    ("ellipk", Export::One(sciport_special_ellipk)),
    ("ellipkm1", Export::One(sciport_special_ellipkm1)),
    ("ellipe", Export::One(sciport_special_ellipe)),
    ("ellipkinc", Export::Two(sciport_special_ellipkinc)),
    ("ellipeinc", Export::Two(sciport_special_ellipeinc)),
    ("lambertw", Export::Two(sciport_special_lambertw)),
    ("zeta", Export::Two(sciport_special_zeta)),
    ("riemann_zeta", Export::One(sciport_special_riemann_zeta)),
    ("zetac", Export::One(sciport_special_zetac)),
    ("kolmogorov", Export::One(sciport_special_kolmogorov)),
    ("kolmogi", Export::One(sciport_special_kolmogi)),
    ("iv", Export::Two(sciport_special_iv)),
    ("ive", Export::Two(sciport_special_ive)),
    ("kv", Export::Two(sciport_special_kv)),
    ("kve", Export::Two(sciport_special_kve)),
    ("i0", Export::One(sciport_special_i0)),
    ("i0e", Export::One(sciport_special_i0e)),
    ("i1", Export::One(sciport_special_i1)),
    ("i1e", Export::One(sciport_special_i1e)),
    ("k0", Export::One(sciport_special_k0)),
    ("k0e", Export::One(sciport_special_k0e)),
    ("k1", Export::One(sciport_special_k1)),
    ("k1e", Export::One(sciport_special_k1e)),
    ("jv", Export::Two(sciport_special_jv)),
    ("yv", Export::Two(sciport_special_yv)),
    ("j0", Export::One(sciport_special_j0)),
    ("j1", Export::One(sciport_special_j1)),
    ("y0", Export::One(sciport_special_y0)),
    ("y1", Export::One(sciport_special_y1)),
    ("smirnov", Export::Two(sciport_special_smirnov)),
    ("smirnovi", Export::Two(sciport_special_smirnovi)),
    ("exprel", Export::One(sciport_special_exprel)),
    ("cosm1", Export::One(sciport_special_cosm1)),
    ("exp2", Export::One(sciport_special_exp2)),
    ("exp10", Export::One(sciport_special_exp10)),
    ("cbrt", Export::One(sciport_special_cbrt)),
    ("round", Export::One(sciport_special_round)),
    ("sindg", Export::One(sciport_special_sindg)),
    ("cosdg", Export::One(sciport_special_cosdg)),
    ("tandg", Export::One(sciport_special_tandg)),
    ("cotdg", Export::One(sciport_special_cotdg)),
    ("powm1", Export::Two(sciport_special_powm1)),
    ("radian", Export::Three(sciport_special_radian)),
    ("owens_t", Export::Two(sciport_special_owens_t)),
    ("comb", Export::TwoFlag(sciport_special_comb, false)),
    (
        "comb_repetition",
        Export::TwoFlag(sciport_special_comb, true),
    ),
    ("perm", Export::Two(sciport_special_perm)),
    ("factorial", Export::One(sciport_special_factorial)),
    ("factorial2", Export::One(sciport_special_factorial2)),
];

/// A 1-D C view of `v` (read through a `*mut` only when it is the output).
fn view_of(v: &[f64], shape: &[usize; 1], strides: &[isize; 1]) -> sciport_ndarray {
    sciport_ndarray {
        data: v.as_ptr() as *mut f64,
        ndim: 1,
        shape: shape.as_ptr(),
        strides: strides.as_ptr(),
    }
}

/// Evaluates `f` through the C face on whole columns of arguments.
fn through_c(f: Export, args: &[Vec<f64>]) -> Vec<f64> {
    let n = args[0].len();
    let (shape, strides) = ([n], [1isize]);
    let out = vec![f64::NAN; n];
    let ov = view_of(&out, &shape, &strides);
    let views: Vec<sciport_ndarray> = args.iter().map(|a| view_of(a, &shape, &strides)).collect();
    let null = std::ptr::null_mut();
    let status = match f {
        Export::One(g) => g(&views[0], &ov, null),
        Export::Two(g) => g(&views[0], &views[1], &ov, null),
        Export::Three(g) => g(&views[0], &views[1], &views[2], &ov, null),
        Export::TwoFlag(g, flag) => g(&views[0], &views[1], flag, &ov, null),
    };
    assert_eq!(status, sciport_status::SCIPORT_OK);
    out
}

/// The C face of every exported function gives the core's values, bit for
/// bit, on every reference point (so the table above is the C API's accuracy).
#[test]
fn c_face_gives_the_core_values() {
    let header = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/include/sciport.h"))
        .expect("include/sciport.h");
    let exported = header.matches(" sciport_special_").count();
    let flag_variants = EXPORTS
        .iter()
        .filter(|(_, e)| matches!(e, Export::TwoFlag(_, true)))
        .count();
    assert_eq!(
        exported,
        EXPORTS.len() - flag_variants + OTHER_EXPORTS.len(),
        "every sciport_special_* export is in EXPORTS or OTHER_EXPORTS"
    );
    for &(name, export) in EXPORTS {
        let &(file, _, core) = FUNCTIONS
            .iter()
            .find(|(_, n, _)| *n == name)
            .expect("every export has reference data");
        let data = load(file);
        let args: Vec<Vec<f64>> = data["functions"][name]["args"]
            .as_array()
            .expect("args")
            .iter()
            .map(column)
            .collect();
        let got = through_c(export, &args);
        for (i, &g) in got.iter().enumerate() {
            let point: Vec<f64> = args.iter().map(|a| a[i]).collect();
            let want = core.at(&point);
            assert!(
                g.to_bits() == want.to_bits() || (g.is_nan() && want.is_nan()),
                "{name}{point:?}: C face {g}, core {want}"
            );
        }
    }
}

/// Every export rejects a NULL input and an input that does not broadcast to
/// `out` with an error status, and leaves `out` untouched.
#[test]
fn every_export_rejects_bad_views() {
    let (x, out) = (vec![0.5; 3], vec![7.5; 2]);
    let (shape3, shape2, unit) = ([3usize], [2usize], [1isize]);
    let xv = view_of(&x, &shape3, &unit);
    let ov = view_of(&out, &shape2, &unit);
    let null: *const sciport_ndarray = std::ptr::null();
    let no_err = std::ptr::null_mut();
    for &(name, export) in EXPORTS {
        let (with_null, mismatched) = match export {
            Export::One(g) => (g(null, &ov, no_err), g(&xv, &ov, no_err)),
            Export::Two(g) => (g(&ov, null, &ov, no_err), g(&ov, &xv, &ov, no_err)),
            Export::Three(g) => (
                g(&ov, &ov, null, &ov, no_err),
                g(&xv, &ov, &ov, &ov, no_err),
            ),
            Export::TwoFlag(g, flag) => (
                g(&ov, null, flag, &ov, no_err),
                g(&ov, &xv, flag, &ov, no_err),
            ),
        };
        assert_eq!(
            with_null,
            sciport_status::SCIPORT_ERR_NULL_POINTER,
            "{name}"
        );
        assert_eq!(
            mismatched,
            sciport_status::SCIPORT_ERR_DIMENSION_MISMATCH,
            "{name}"
        );
        assert_eq!(out, vec![7.5; 2], "{name} wrote out on error");
    }
}

type ExactPair = extern "C" fn(
    i64,
    i64,
    *mut std::ffi::c_char,
    usize,
    *mut usize,
    *mut *mut sciport::capi::boundary::sciport_error,
) -> sciport_status;

/// Calls an exact export with a length query, then with a buffer of that size.
fn exact_digits(
    call: impl Fn(*mut std::ffi::c_char, usize, *mut usize) -> sciport_status,
) -> String {
    let mut len = usize::MAX;
    assert_eq!(
        call(std::ptr::null_mut(), 0, &mut len),
        sciport_status::SCIPORT_OK
    );
    let mut buf = vec![1u8; len + 1];
    let mut written = 0usize;
    let status = call(
        buf.as_mut_ptr() as *mut std::ffi::c_char,
        buf.len(),
        &mut written,
    );
    assert_eq!(status, sciport_status::SCIPORT_OK);
    assert_eq!(
        (written, buf[len]),
        (len, 0),
        "NUL-terminated, length as queried"
    );
    String::from_utf8(buf[..len].to_vec()).expect("digits")
}

/// SciPy's exact=True integers through the C face, a too-small buffer and a
/// result beyond the size limit as errors that write nothing.
#[test]
fn exact_integers_match_scipy() {
    use sciport::capi::special_exact::*;
    let data = load("combinatorics.json");
    let rows = data["exact_integers"].as_array().expect("exact_integers");
    assert!(rows.len() > 30);
    for row in rows {
        let (f, n, k) = (
            row[0].as_str().unwrap(),
            row[1].as_i64().unwrap(),
            row[2].as_i64().unwrap(),
        );
        let repetition = row[3].as_bool().unwrap();
        let got = match f {
            "comb" => exact_digits(|d, s, l| {
                sciport_special_comb_exact(n, k, repetition, d, s, l, std::ptr::null_mut())
            }),
            "perm" => exact_digits(|d, s, l| {
                (sciport_special_perm_exact as ExactPair)(n, k, d, s, l, std::ptr::null_mut())
            }),
            "factorial" => exact_digits(|d, s, l| {
                sciport_special_factorial_exact(n, d, s, l, std::ptr::null_mut())
            }),
            _ => exact_digits(|d, s, l| {
                sciport_special_factorial2_exact(n, d, s, l, std::ptr::null_mut())
            }),
        };
        assert_eq!(
            got,
            row[4].as_str().unwrap(),
            "{f}({n}, {k}, repetition={repetition})"
        );
    }
    let mut buf = [7u8; 4];
    let mut len = 99usize;
    let small = sciport_special_factorial_exact(
        10,
        buf.as_mut_ptr() as *mut _,
        4,
        &mut len,
        std::ptr::null_mut(),
    );
    assert_eq!(small, sciport_status::SCIPORT_ERR_DIMENSION_MISMATCH);
    assert_eq!((buf, len), ([7u8; 4], 99), "nothing written on error");
    let mut digits = 0usize;
    let ok = sciport_special_factorial_exact(
        25205,
        std::ptr::null_mut(),
        0,
        &mut digits,
        std::ptr::null_mut(),
    );
    assert_eq!((ok, digits), (sciport_status::SCIPORT_OK, 99996));
    let huge = sciport_special_factorial_exact(
        25206,
        std::ptr::null_mut(),
        0,
        &mut len,
        std::ptr::null_mut(),
    );
    assert_eq!(huge, sciport_status::SCIPORT_ERR_INVALID_ARGUMENT);
    let huge = sciport_special_comb_exact(
        1 << 40,
        1 << 20,
        false,
        std::ptr::null_mut(),
        0,
        &mut len,
        std::ptr::null_mut(),
    );
    assert_eq!(huge, sciport_status::SCIPORT_ERR_INVALID_ARGUMENT);
    let both_null = sciport_special_perm_exact(
        5,
        2,
        std::ptr::null_mut(),
        0,
        std::ptr::null_mut(),
        std::ptr::null_mut(),
    );
    assert_eq!(both_null, sciport_status::SCIPORT_ERR_NULL_POINTER);
}
