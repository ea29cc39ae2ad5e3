//! The orthogonal-factorization functions (`qr`, `qr_raw`, `rq`, `lstsq`,
//! `pinv`, `matrix_rank`, `null_space`, `orth`, `norm`, `vector_norm`)
//! against SciPy's results (tests/reference/linalg/orthogonal.json, generated
//! by tests/reference/gen_linalg_orth.py), through the C API, in every layout
//! of `RUNS`.
//!
//! Checks: Q, R, the raw reflectors and tau, and the pivots equal SciPy's
//! (values within 1e-10 of the largest magnitude) wherever Householder QR / RQ
//! is unique to rounding; everywhere: reconstruction a[:, p] = Q R (a = R Q)
//! within 100 n eps ||a||, orthonormal Q within 100 n eps, R's zero pattern
//! exact. lstsq: rank exactly, singular values 1e-12, x and residues 1e-10
//! on well-posed problems, else the normal equations. pinv: rank exactly,
//! values 1e-9. null_space / orth: the number of columns exactly and the
//! subspace (its projector) within 1e-10. Norms within 1e-13 relative.
//! Error cases give SciPy's status class, a message, and no output.

#![allow(clippy::neg_cmp_op_on_partial_ord)]

mod common;

use std::ffi::CString;
use std::sync::OnceLock;

use serde_json::Value;

use common::linalg::{capture, num, nums, orthonormality, rel_err, Dense, Outcome, TMat};
use common::linalg_cases::{
    check_error, check_gaps, check_inputs, cptr, cstr, dense, require_ok, tmat, Case, Ctx, RUNS,
};
use common::reference::load;
use sciport::capi::linalg::*;
use sciport::capi::views::sciport_vec;

const TOL: f64 = 1e-10;
const EPS: f64 = f64::EPSILON;

fn all_cases() -> &'static Vec<Value> {
    static CASES: OnceLock<Vec<Value>> = OnceLock::new();
    CASES.get_or_init(|| {
        let doc = load("linalg/orthogonal.json");
        doc["cases"].as_array().expect("cases").clone()
    })
}

/// SciPy's matrix `key` of the expected outputs, with its recorded shape.
fn expected_mat(case: &Case, key: &str, shape_key: &str) -> Dense {
    let d = Dense::parse(case.expect(key));
    match case.c["expect"].get(shape_key) {
        Some(s) if d.v.is_empty() => {
            let s = nums(s);
            Dense::zeros(s[0] as usize, s[1] as usize)
        }
        _ => d,
    }
}

/// A float option where JSON null is SciPy's None (NaN at the C API).
fn opt_f64(case: &Case, key: &str) -> f64 {
    match case.opt(key) {
        Value::Null => f64::NAN,
        v => num(v),
    }
}

fn deterministic(case: &Case) -> bool {
    case.c["deterministic"].as_bool().unwrap_or(true)
}

/// ||x - y||_max / (n eps scale), the reconstruction error in units.
fn recon_units(x: &Dense, y: &Dense, scale: f64) -> f64 {
    let n = x.r.max(x.c).max(1) as f64;
    if x.has_nan() || y.has_nan() {
        return f64::INFINITY;
    }
    x.sub(y).max_abs() / (n * EPS * scale.max(f64::MIN_POSITIVE))
}

/// Columns of `a` in the order `p`.
fn permute_cols(a: &Dense, p: &[i64]) -> Dense {
    let mut out = Dense::zeros(a.r, a.c);
    for (j, &pj) in p.iter().enumerate() {
        for i in 0..a.r {
            out.set(i, j, a.at(i, pj as usize));
        }
    }
    out
}

/// Largest |entry| where `zero_at(i, j)` says R must be exactly zero.
fn pattern_violation(r: &Dense, zero_at: impl Fn(usize, usize) -> bool) -> f64 {
    let mut worst = 0.0f64;
    for i in 0..r.r {
        for j in 0..r.c {
            if zero_at(i, j) {
                worst = worst.max(r.at(i, j).abs());
            }
        }
    }
    worst
}

// --------------------------------------------------------------------- qr --

/// Output views of one qr run.
struct QrOut {
    q: Option<TMat>,
    r: TMat,
    h: Option<TMat>,
    tau: Vec<f64>,
    p: Vec<i64>,
}

fn run_qr(
    case: &Case,
    (li, lo): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let a = case.mat("a");
    let (m, n) = (a.r, a.c);
    let k = m.min(n);
    let mode = case.opt("mode").as_str().map(str::to_string);
    let piv = case.flag("pivoting");
    let cf = case.flag("check_finite");
    let raw = mode.as_deref() == Some("raw");
    let economic = matches!(mode.as_deref(), Some("economic") | Some("raw"));
    let r_rows = if economic { k } else { m };
    let want_q = !matches!(mode.as_deref(), Some("r") | Some("raw"));
    let q_cols = if mode.as_deref() == Some("economic") {
        k
    } else {
        m
    };
    let mut ta = tmat(&a, li);
    let a0 = ta.buf.clone();
    let mut o = QrOut {
        q: want_q.then(|| TMat::filled(m, q_cols, lo)),
        r: TMat::filled(r_rows, n, lo),
        h: raw.then(|| TMat::filled(m, n, lo)),
        tau: vec![f64::NAN; k],
        p: vec![-7; if piv { n } else { 0 }],
    };
    let av = ta.view();
    let qv = o.q.as_mut().map(|t| t.view());
    let rv = o.r.view();
    let hv = o.h.as_mut().map(|t| t.view());
    let mode_c = mode.as_ref().map(|s| CString::new(s.as_str()).unwrap());
    let p_ptr = if piv {
        o.p.as_mut_ptr()
    } else {
        std::ptr::null_mut()
    };
    let out: Outcome = if raw {
        let hv = hv.unwrap();
        capture(|e| {
            sciport_linalg_qr_raw(
                &av,
                piv,
                cf,
                &hv,
                o.tau.as_mut_ptr(),
                k,
                &rv,
                p_ptr,
                o.p.len(),
                e,
            )
        })
    } else {
        let qp = qv.as_ref().map_or(std::ptr::null(), |v| v as *const _);
        capture(|e| sciport_linalg_qr(&av, cptr(&mode_c), piv, cf, qp, &rv, p_ptr, o.p.len(), e))
    };
    check_inputs(case, &[&a0], &[&ta.buf], ctx);
    if case.error().is_some() {
        let untouched = o.r.all_sentinel() && o.q.as_ref().is_none_or(|t| t.all_sentinel());
        return check_error(case, &out, untouched, ctx);
    }
    if !require_ok(case, &out, ctx) {
        return;
    }
    let outs: Vec<&TMat> = [Some(&o.r), o.q.as_ref(), o.h.as_ref()]
        .into_iter()
        .flatten()
        .collect();
    check_gaps(case, &outs, ctx);
    let r = dense(&o.r);
    ctx.check(
        "qr R below diagonal",
        pattern_violation(&r, |i, j| i > j),
        0.0,
        &case.tag,
        "R upper",
    );
    let ap = if piv {
        permute_cols(&a, &o.p)
    } else {
        a.clone()
    };
    let scale = a.norm_inf();
    if deterministic(case) {
        ctx.check(
            "qr R",
            rel_err(&r.v, &expected_mat(case, "r", "r_shape").v),
            TOL,
            &case.tag,
            "R vs SciPy",
        );
        if piv {
            let want: Vec<i64> = nums(case.expect("p")).iter().map(|&v| v as i64).collect();
            if want != o.p {
                ctx.fail(format!(
                    "{}: pivots {:?} != SciPy's {want:?}",
                    case.tag, o.p
                ));
            }
        }
    }
    if let Some(tq) = &o.q {
        let q = dense(tq);
        if deterministic(case) {
            ctx.check(
                "qr Q",
                rel_err(&q.v, &expected_mat(case, "q", "q_shape").v),
                TOL,
                &case.tag,
                "Q vs SciPy",
            );
        }
        ctx.check(
            "qr |QᵀQ-I|/(m eps)",
            orthonormality(&q),
            100.0,
            &case.tag,
            "Q orthonormal",
        );
        let qr = q.mul(&r);
        ctx.check(
            "qr |A P - Q R|/(n eps |A|)",
            recon_units(&qr, &ap, scale),
            100.0,
            &case.tag,
            "A P = Q R",
        );
    } else {
        // R alone: RᵀR = (AP)ᵀ(AP).
        let rtr = r.t().mul(&r);
        let ata = ap.t().mul(&ap);
        ctx.check(
            "qr |RᵀR - PᵀAᵀAP|/(n eps |A|²)",
            recon_units(&rtr, &ata, scale * scale),
            100.0,
            &case.tag,
            "RᵀR = AᵀA",
        );
    }
    if let Some(th) = &o.h {
        let h = dense(th);
        let top = Dense {
            r: k,
            c: n,
            v: (0..k)
                .flat_map(|i| (0..n).map(move |j| (i, j)))
                .map(|(i, j)| if j >= i { h.at(i, j) } else { 0.0 })
                .collect(),
        };
        ctx.check(
            "qr raw: R = triu(h)",
            rel_err(&top.v, &r.v),
            0.0,
            &case.tag,
            "r equals h's triangle",
        );
        if deterministic(case) {
            ctx.check(
                "qr raw h",
                rel_err(&h.v, &expected_mat(case, "h", "h_shape").v),
                TOL,
                &case.tag,
                "h vs SciPy",
            );
            ctx.check(
                "qr raw tau",
                rel_err(&o.tau, &nums(case.expect("tau"))),
                TOL,
                &case.tag,
                "tau vs SciPy",
            );
        }
        ctx.check(
            "qr raw Q(h, tau) R = A P",
            raw_recon(&h, &o.tau, &r, &ap, scale),
            100.0,
            &case.tag,
            "raw reflectors",
        );
    }
}

/// Rebuilds Q = H_0 ⋯ H_{k-1} from the raw reflectors and checks Q R = A P.
fn raw_recon(h: &Dense, tau: &[f64], r: &Dense, ap: &Dense, scale: f64) -> f64 {
    let m = h.r;
    let mut q = Dense::eye(m);
    for (i, &t) in tau.iter().enumerate().rev() {
        let v: Vec<f64> = (0..m)
            .map(|l| {
                if l < i {
                    0.0
                } else if l == i {
                    1.0
                } else {
                    h.at(l, i)
                }
            })
            .collect();
        for j in 0..m {
            let w: f64 = v
                .iter()
                .enumerate()
                .map(|(l, vl)| vl * q.at(l, j))
                .sum::<f64>()
                * t;
            for (l, vl) in v.iter().enumerate() {
                q.set(l, j, q.at(l, j) - w * vl);
            }
        }
    }
    recon_units(&q.cols(r.r).mul(r), ap, scale)
}

// --------------------------------------------------------------------- rq --

fn run_rq(
    case: &Case,
    (li, lo): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let a = case.mat("a");
    let (m, n) = (a.r, a.c);
    let k = m.min(n);
    let mode = case.opt("mode").as_str().map(str::to_string);
    let cf = case.flag("check_finite");
    let rc = if mode.as_deref() == Some("economic") {
        k
    } else {
        n
    };
    let want_q = mode.as_deref() != Some("r");
    let mut ta = tmat(&a, li);
    let a0 = ta.buf.clone();
    let mut tr = TMat::filled(m, rc, lo);
    let mut tq = want_q.then(|| TMat::filled(rc, n, lo));
    let (av, rv) = (ta.view(), tr.view());
    let qv = tq.as_mut().map(|t| t.view());
    let qp = qv.as_ref().map_or(std::ptr::null(), |v| v as *const _);
    let mode_c = mode.as_ref().map(|s| CString::new(s.as_str()).unwrap());
    let out = capture(|e| sciport_linalg_rq(&av, cptr(&mode_c), cf, &rv, qp, e));
    check_inputs(case, &[&a0], &[&ta.buf], ctx);
    if case.error().is_some() {
        return check_error(case, &out, tr.all_sentinel(), ctx);
    }
    if !require_ok(case, &out, ctx) {
        return;
    }
    let r = dense(&tr);
    // Zero where j - i < rc - m (R's trapezoid ends at the last column).
    let off = rc as isize - m as isize;
    ctx.check(
        "rq R pattern",
        pattern_violation(&r, |i, j| (j as isize) - (i as isize) < off),
        0.0,
        &case.tag,
        "R upper trapezoidal",
    );
    if deterministic(case) {
        ctx.check(
            "rq R",
            rel_err(&r.v, &expected_mat(case, "r", "r_shape").v),
            TOL,
            &case.tag,
            "R vs SciPy",
        );
    }
    if let Some(tq) = &tq {
        check_gaps(case, &[&tr, tq], ctx);
        let q = dense(tq);
        if deterministic(case) {
            ctx.check(
                "rq Q",
                rel_err(&q.v, &expected_mat(case, "q", "q_shape").v),
                TOL,
                &case.tag,
                "Q vs SciPy",
            );
        }
        ctx.check(
            "rq |QQᵀ-I|/(n eps)",
            orthonormality(&q.t()),
            100.0,
            &case.tag,
            "Q rows orthonormal",
        );
        ctx.check(
            "rq |A - R Q|/(n eps |A|)",
            recon_units(&r.mul(&q), &a, a.norm_inf()),
            100.0,
            &case.tag,
            "A = R Q",
        );
    }
}

// ------------------------------------------------------------------ lstsq --

fn run_lstsq(
    case: &Case,
    (li, lo): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let a = case.mat("a");
    let bs = nums(&case.c["b_shape"]);
    let b = {
        let d = Dense::parse(&case.c["b"]);
        if d.v.is_empty() {
            Dense::zeros(bs[0] as usize, bs[1] as usize)
        } else {
            d
        }
    };
    let (m, n, nrhs) = (a.r, a.c, b.c);
    let cf = case.flag("check_finite");
    let drv = cstr(case.opt("lapack_driver"));
    let cond = opt_f64(case, "cond");
    let mut ta = tmat(&a, li);
    let mut tb = tmat(&b, li);
    let (a0, b0) = (ta.buf.clone(), tb.buf.clone());
    let mut tx = TMat::filled(n, nrhs, lo);
    let mut residues = vec![f64::NAN; nrhs];
    let mut s = vec![f64::NAN; m.min(n)];
    let (mut nres, mut rank) = (usize::MAX, usize::MAX);
    let (av, bv, xv) = (ta.view(), tb.view(), tx.view());
    let out = capture(|e| {
        sciport_linalg_lstsq(
            &av,
            &bv,
            cond,
            cf,
            cptr(&drv),
            &xv,
            residues.as_mut_ptr(),
            nrhs,
            &mut nres,
            &mut rank,
            s.as_mut_ptr(),
            s.len(),
            e,
        )
    });
    check_inputs(case, &[&a0, &b0], &[&ta.buf, &tb.buf], ctx);
    if case.error().is_some() {
        return check_error(case, &out, tx.all_sentinel() && rank == usize::MAX, ctx);
    }
    if !require_ok(case, &out, ctx) {
        return;
    }
    check_gaps(case, &[&tx], ctx);
    let x = dense(&tx);
    let want_rank = case.expect("rank").as_u64().unwrap() as usize;
    if rank != want_rank {
        ctx.fail(format!("{}: rank {rank} != SciPy's {want_rank}", case.tag));
    }
    let want_res = nums(case.expect("residues"));
    if nres != want_res.len() {
        ctx.fail(format!(
            "{}: {nres} residues, SciPy has {}",
            case.tag,
            want_res.len()
        ));
    }
    if let Some(sv) = case.c["expect"]["s"].as_array() {
        let sv: Vec<f64> = sv.iter().map(num).collect();
        ctx.check(
            "lstsq s",
            rel_err(&s, &sv),
            1e-12,
            &case.tag,
            "singular values",
        );
    }
    if case.c["well_posed"].as_bool().unwrap() {
        ctx.check(
            "lstsq x",
            rel_err(&x.v, &expected_mat(case, "x", "x_shape").v),
            TOL,
            &case.tag,
            "x vs SciPy",
        );
        if nres == want_res.len() {
            ctx.check(
                "lstsq residues",
                rel_err(&residues[..nres], &want_res),
                TOL,
                &case.tag,
                "residues",
            );
        }
    }
    if !case.opt("cond").is_null() {
        return; // a coarse cut solves a truncated problem: no normal equations
    }
    // Normal equations Aᵀ(b - A x) = 0, relative to |A|(|A||x| + |b|).
    let g = a.t().mul(&b.sub(&a.mul(&x)));
    let scale = a.norm_inf() * (a.norm_inf() * x.norm_inf() + b.norm_inf());
    ctx.check(
        "lstsq |Aᵀ(b-Ax)|/(n eps |A|(|A||x|+|b|))",
        recon_units(&g, &Dense::zeros(g.r, g.c), scale),
        1e4,
        &case.tag,
        "normal equations",
    );
}

// ------------------------------------------------------------------- pinv --

fn run_pinv(
    case: &Case,
    (li, lo): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let a = case.mat("a");
    let cf = case.flag("check_finite");
    let (atol, rtol) = (opt_f64(case, "atol"), opt_f64(case, "rtol"));
    let mut ta = tmat(&a, li);
    let a0 = ta.buf.clone();
    let mut tp = TMat::filled(a.c, a.r, lo);
    let mut rank = usize::MAX;
    let (av, pv) = (ta.view(), tp.view());
    let out = capture(|e| sciport_linalg_pinv(&av, atol, rtol, cf, &pv, &mut rank, e));
    check_inputs(case, &[&a0], &[&ta.buf], ctx);
    if case.error().is_some() {
        return check_error(case, &out, tp.all_sentinel() && rank == usize::MAX, ctx);
    }
    if !require_ok(case, &out, ctx) {
        return;
    }
    check_gaps(case, &[&tp], ctx);
    let want_rank = case.expect("rank").as_u64().unwrap() as usize;
    if rank != want_rank {
        ctx.fail(format!("{}: rank {rank} != SciPy's {want_rank}", case.tag));
    }
    let want = expected_mat(case, "pinv", "pinv_shape");
    let got = dense(&tp);
    if !want.v.is_empty() {
        ctx.check(
            "pinv",
            rel_err(&got.v, &want.v),
            1e-9,
            &case.tag,
            "pinv vs SciPy",
        );
    }
}

// ---------------------------------------------------- rank and subspaces --

fn run_matrix_rank(
    case: &Case,
    (li, _): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let a = case.mat("a");
    let mut ta = tmat(&a, li);
    let av = ta.view();
    let mut rank = usize::MAX;
    let out =
        capture(|e| sciport_linalg_matrix_rank(&av, opt_f64(case, "tol"), true, &mut rank, e));
    if !require_ok(case, &out, ctx) {
        return;
    }
    let want = case.expect("rank").as_u64().unwrap() as usize;
    if rank != want {
        ctx.fail(format!("{}: rank {rank} != SciPy's {want}", case.tag));
    }
}

/// The orthogonal projector Q Qᵀ onto the span of Q's columns.
fn projector(q: &Dense) -> Dense {
    q.mul(&q.t())
}

fn run_basis(
    case: &Case,
    (li, lo): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
    null: bool,
) {
    let a = case.mat("a");
    let rcond = opt_f64(case, "rcond");
    let (rows, cols) = if null {
        (a.c, a.c)
    } else {
        (a.r, a.r.min(a.c))
    };
    let mut ta = tmat(&a, li);
    let a0 = ta.buf.clone();
    let mut tq = TMat::filled(rows, cols, lo);
    let mut ncols = usize::MAX;
    let (av, qv) = (ta.view(), tq.view());
    let out = capture(|e| {
        if null {
            sciport_linalg_null_space(&av, rcond, true, &qv, &mut ncols, e)
        } else {
            sciport_linalg_orth(&av, rcond, &qv, &mut ncols, e)
        }
    });
    check_inputs(case, &[&a0], &[&ta.buf], ctx);
    if case.error().is_some() {
        return check_error(case, &out, tq.all_sentinel() && ncols == usize::MAX, ctx);
    }
    if !require_ok(case, &out, ctx) {
        return;
    }
    check_gaps(case, &[&tq], ctx);
    let want = expected_mat(case, "q", "q_shape");
    if ncols != want.c {
        return ctx.fail(format!(
            "{}: {ncols} basis vectors, SciPy has {}",
            case.tag, want.c
        ));
    }
    let full = dense(&tq);
    if ncols < cols
        && !(ncols..cols).all(|j| {
            (0..rows).all(|i| tq.get(i, j).to_bits() == common::arrays::SENTINEL.to_bits())
        })
    {
        ctx.fail(format!("{}: columns past the basis were written", case.tag));
    }
    let q = full.cols(ncols);
    if rows == 0 {
        return;
    }
    ctx.check(
        "basis |QᵀQ-I|/(n eps)",
        orthonormality(&q),
        100.0,
        &case.tag,
        "orthonormal",
    );
    if case.c["subspace_gap"].as_f64().unwrap_or(0.0) > 1e-6 {
        ctx.check(
            "basis projector",
            rel_err(&projector(&q).v, &projector(&want).v),
            TOL,
            &case.tag,
            "same subspace as SciPy",
        );
    }
    if null && case.opt("rcond").is_null() {
        // A Q = 0 relative to |A| (with SciPy's default cut, ~ n eps s_max).
        let aq = a.mul(&q);
        ctx.check(
            "null_space |A Q|/(n eps |A|)",
            recon_units(&aq, &Dense::zeros(aq.r, aq.c), a.norm_inf()),
            100.0,
            &case.tag,
            "A Q = 0",
        );
    }
}

// ------------------------------------------------------------------- norm --

fn run_norm(
    case: &Case,
    (li, _): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let a = case.mat("a");
    let ord = cstr(case.opt("ord"));
    let mut ta = tmat(&a, li);
    let av = ta.view();
    let mut value = f64::NAN;
    let cf = case.flag("check_finite");
    let out = capture(|e| sciport_linalg_norm(&av, cptr(&ord), cf, &mut value, e));
    // Small singular values (ord -2) are accurate relative to |A|, not to
    // themselves.
    finish_norm(case, &out, value, a.max_abs(), ctx);
}

fn run_vector_norm(
    case: &Case,
    (li, _): (common::linalg::MatLayout, common::linalg::MatLayout),
    ctx: &mut Ctx,
) {
    let x = nums(&case.c["x"]);
    // Reversed and strided when the run's layout is not contiguous.
    let strided = li != common::linalg::MatLayout::C;
    let mut buf = vec![common::arrays::SENTINEL; 2 * x.len() + 1];
    for (i, &v) in x.iter().enumerate() {
        let k = if strided { 2 * (x.len() - 1 - i) } else { i };
        buf[k] = v;
    }
    let (off, stride) = if strided {
        (2 * x.len().saturating_sub(1), -2)
    } else {
        (0, 1)
    };
    let view = sciport_vec {
        data: unsafe { buf.as_mut_ptr().add(off) },
        len: x.len(),
        stride,
    };
    let mut value = f64::NAN;
    let ord = num(case.opt("ord"));
    let cf = case.flag("check_finite");
    let out = capture(|e| sciport_linalg_vector_norm(&view, ord, cf, &mut value, e));
    finish_norm(case, &out, value, 0.0, ctx);
}

fn finish_norm(case: &Case, out: &Outcome, value: f64, scale: f64, ctx: &mut Ctx) {
    if case.error().is_some() {
        return check_error(case, out, value.is_nan(), ctx);
    }
    if !require_ok(case, out, ctx) {
        return;
    }
    let want = num(case.expect("value"));
    let err = if want == value || (want.is_nan() && value.is_nan()) {
        0.0
    } else {
        ((value - want) / want.abs().max(scale)).abs()
    };
    ctx.check("norm", err, 1e-13, &case.tag, "norm vs SciPy");
}

fn run(func: &str) {
    let mut ctx = Ctx::default();
    let mut count = 0;
    for c in all_cases().iter().filter(|c| c["func"] == func) {
        count += 1;
        for run in RUNS {
            ctx.runs += 1;
            let case = Case {
                c,
                tag: format!("{} [{:?}->{:?}]", c["name"].as_str().unwrap(), run.0, run.1),
            };
            match func {
                "qr" => run_qr(&case, run, &mut ctx),
                "rq" => run_rq(&case, run, &mut ctx),
                "lstsq" => run_lstsq(&case, run, &mut ctx),
                "pinv" => run_pinv(&case, run, &mut ctx),
                "matrix_rank" => run_matrix_rank(&case, run, &mut ctx),
                "null_space" => run_basis(&case, run, &mut ctx, true),
                "orth" => run_basis(&case, run, &mut ctx, false),
                "norm" => run_norm(&case, run, &mut ctx),
                "vector_norm" => run_vector_norm(&case, run, &mut ctx),
                other => panic!("unknown func {other}"),
            }
        }
    }
    ctx.finish(func, count);
}

#[test]
fn qr_matches_scipy() {
    run("qr");
}

#[test]
fn rq_matches_scipy() {
    run("rq");
}

#[test]
fn lstsq_matches_scipy() {
    run("lstsq");
}

#[test]
fn pinv_matches_scipy() {
    run("pinv");
}

#[test]
fn matrix_rank_matches_numpy() {
    run("matrix_rank");
}

#[test]
fn null_space_matches_scipy() {
    run("null_space");
}

#[test]
fn orth_matches_scipy() {
    run("orth");
}

#[test]
fn norm_matches_scipy() {
    run("norm");
}

#[test]
fn vector_norm_matches_scipy() {
    run("vector_norm");
}

/// Past the blocked-code crossover (k >= 160 reflectors) the reference file
/// has no cases (they would be megabytes); check the invariants there, in
/// every mode, against the same matrix's pivoted (unblocked) factorization.
#[test]
fn blocked_qr_and_rq_invariants() {
    let (m, n) = (300, 200);
    let a = Dense {
        r: m,
        c: n,
        v: common::draws(77, m * n),
    };
    let mut ta = TMat::from_rows(&a.v, m, n, common::linalg::MatLayout::F);
    let av = ta.view();
    let mut q = TMat::filled(m, m, common::linalg::MatLayout::F);
    let mut r = TMat::filled(m, n, common::linalg::MatLayout::C);
    let (qv, rv) = (q.view(), r.view());
    let out = capture(|e| {
        sciport_linalg_qr(
            &av,
            std::ptr::null(),
            false,
            true,
            &qv,
            &rv,
            std::ptr::null_mut(),
            0,
            e,
        )
    });
    assert!(out.ok(), "{out:?}");
    let (qd, rd) = (dense(&q), dense(&r));
    assert!(orthonormality(&qd) <= 100.0, "Q orthonormal");
    assert!(
        recon_units(&qd.mul(&rd), &a, a.norm_inf()) <= 100.0,
        "A = Q R"
    );
    assert_eq!(pattern_violation(&rd, |i, j| i > j), 0.0);
    // The pivoted (unblocked) path: RᵀR = PᵀAᵀA P.
    let mut rp = TMat::filled(n, n, common::linalg::MatLayout::F);
    let mut h = TMat::filled(m, n, common::linalg::MatLayout::F);
    let mut tau = vec![0.0; n];
    let mut p = vec![0i64; n];
    let (hv, rpv) = (h.view(), rp.view());
    let out = capture(|e| {
        sciport_linalg_qr_raw(
            &av,
            true,
            true,
            &hv,
            tau.as_mut_ptr(),
            n,
            &rpv,
            p.as_mut_ptr(),
            n,
            e,
        )
    });
    assert!(out.ok(), "{out:?}");
    let rr = dense(&rp);
    let rtr = rr.t().mul(&rr);
    let ap = permute_cols(&a, &p);
    assert!(recon_units(&rtr, &ap.t().mul(&ap), a.norm_inf().powi(2)) <= 100.0);
    // RQ of the transposed shape goes through the blocked kernel too.
    let at = a.t();
    let mut tat = TMat::from_rows(&at.v, n, m, common::linalg::MatLayout::C);
    let atv = tat.view();
    let mut r2 = TMat::filled(n, m, common::linalg::MatLayout::F);
    let mut q2 = TMat::filled(m, m, common::linalg::MatLayout::F);
    let (r2v, q2v) = (r2.view(), q2.view());
    let out = capture(|e| sciport_linalg_rq(&atv, std::ptr::null(), true, &r2v, &q2v, e));
    assert!(out.ok(), "{out:?}");
    let (r2d, q2d) = (dense(&r2), dense(&q2));
    assert!(orthonormality(&q2d.t()) <= 100.0, "RQ's Q orthonormal");
    assert!(
        recon_units(&r2d.mul(&q2d), &at, at.norm_inf()) <= 100.0,
        "Aᵀ = R Q"
    );
}

/// NumPy's edge semantics the reference data cannot hold: with
/// check_finite off a NaN propagates through max / min norms, and empty
/// sums are +0 (so the -1 norm of an empty vector is +inf, not -inf).
#[test]
fn norm_nan_propagation_and_empty_sums() {
    let mut x = [1.0, f64::NAN, 3.0];
    let xv = sciport_vec {
        data: x.as_mut_ptr(),
        len: 3,
        stride: 1,
    };
    for ord in [f64::INFINITY, f64::NEG_INFINITY, 1.0, 3.0] {
        let mut out = 0.0;
        let o = capture(|e| sciport_linalg_vector_norm(&xv, ord, false, &mut out, e));
        assert!(o.ok() && out.is_nan(), "ord {ord}: {o:?} {out}");
    }
    let mut a = TMat::from_rows(
        &[1.0, f64::NAN, 2.0, 3.0],
        2,
        2,
        common::linalg::MatLayout::C,
    );
    let av = a.view();
    for ord in ["1", "-1", "inf", "-inf"] {
        let (c, mut out) = (CString::new(ord).unwrap(), 0.0);
        let o = capture(|e| sciport_linalg_norm(&av, c.as_ptr(), false, &mut out, e));
        assert!(o.ok() && out.is_nan(), "ord {ord}: {o:?} {out}");
    }
    let empty = sciport_vec {
        data: std::ptr::null_mut(),
        len: 0,
        stride: 1,
    };
    for (ord, want) in [(1.0, 0.0), (-1.0, f64::INFINITY), (3.0, 0.0)] {
        let mut out = f64::NAN;
        let o = capture(|e| sciport_linalg_vector_norm(&empty, ord, true, &mut out, e));
        assert!(o.ok(), "{o:?}");
        assert!(out == want && out.is_sign_positive(), "ord {ord}: {out}");
    }
    let mut z = TMat::filled(0, 0, common::linalg::MatLayout::C);
    let zv = z.view();
    let (nuc, mut out) = (CString::new("nuc").unwrap(), f64::NAN);
    let o = capture(|e| sciport_linalg_norm(&zv, nuc.as_ptr(), true, &mut out, e));
    assert!(
        o.ok() && out == 0.0 && out.is_sign_positive(),
        "{o:?} {out}"
    );
}
