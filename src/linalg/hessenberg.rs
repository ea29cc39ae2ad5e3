//! Hessenberg reduction `a = Q H Qᵀ` (`scipy.linalg.hessenberg`) with
//! LAPACK's reflectors (`dgehd2`, `dorghr`), so H's signs are SciPy's.

use super::common::{check_finite, require_square, with_par};
use super::householder::{apply_block, apply_reflector, make_reflector, orgqr};
use super::kernels::{axpy, dot};
use crate::error::Result;
use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatRef, Par};

/// `H` (zero below the first subdiagonal) and, when asked for, the
/// orthogonal `Q` with `a = Q H Qᵀ`.
pub struct Hessenberg {
    pub h: Mat<f64>,
    pub q: Option<Mat<f64>>,
}

/// Applies `H = I - tau v vᵀ` (`v = [1; tail]` on columns `c0..`) from the
/// right to every row of `a`.
fn apply_reflector_right(a: &mut Mat<f64>, c0: usize, tail: &[f64], tau: f64) {
    if tau == 0.0 {
        return;
    }
    let m = a.nrows();
    let mut w: Vec<f64> = a.col_as_slice(c0).to_vec();
    for (k, &v) in tail.iter().enumerate() {
        axpy(&mut w, v, a.col_as_slice(c0 + 1 + k));
    }
    w.iter_mut().for_each(|s| *s *= tau);
    axpy(a.col_as_slice_mut(c0), -1.0, &w);
    for (k, &v) in tail.iter().enumerate() {
        axpy(&mut a.col_as_slice_mut(c0 + 1 + k)[..m], -v, &w);
    }
}

/// Panel width of the blocked reduction (LAPACK's `dgehrd` choice).
const PANEL: usize = 32;
/// Columns left to the unblocked code at the end (LAPACK's `nx`).
const CROSSOVER: usize = 128;

/// scipy.linalg.hessenberg(a, calc_q, check_finite): reflector i zeroes
/// column i below its subdiagonal and is applied from both sides; `Q` is
/// their product. Matrices of order 2 or less are returned as they are
/// (with Q = I), as SciPy does. Large matrices are reduced a panel at a time
/// (LAPACK's `dgehrd` / `dlahr2`), with the same reflectors.
pub fn hessenberg(a: MatRef<'_, f64>, calc_q: bool, finite: bool) -> Result<Hessenberg> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    let n = a.nrows();
    let mut h = a.to_owned();
    if n <= 2 {
        return Ok(Hessenberg {
            h,
            q: calc_q.then(|| Mat::identity(n, n)),
        });
    }
    Ok(with_par(n, |par| {
        let mut tau = vec![0.0; n - 2];
        let mut i = 0;
        while n > CROSSOVER && i + 2 + CROSSOVER <= n {
            reduce_block(&mut h, &mut tau, i, PANEL, par);
            i += PANEL;
        }
        reduce_unblocked(&mut h, &mut tau, i);
        let q = calc_q.then(|| accumulate_q(&h, &tau, par));
        for j in 0..n {
            h.col_as_slice_mut(j)[(j + 2).min(n)..].fill(0.0);
        }
        Hessenberg { h, q }
    }))
}

/// `dgehd2` from column `first` on: each reflector is applied to the whole
/// matrix and stored below the subdiagonal.
fn reduce_unblocked(h: &mut Mat<f64>, tau: &mut [f64], first: usize) {
    let n = h.nrows();
    for i in first..n - 2 {
        let mut tail: Vec<f64> = h.col_as_slice(i)[i + 2..].to_vec();
        let (beta, t) = make_reflector(h[(i + 1, i)], &mut tail);
        apply_reflector_right(h, i + 1, &tail, t);
        apply_reflector(h, i + 1, &tail, t, i + 1..n);
        h[(i + 1, i)] = beta;
        h.col_as_slice_mut(i)[i + 2..].copy_from_slice(&tail);
        tau[i] = t;
    }
}

/// `Q = diag(1, H_0 ⋯ H_{n-3})` from the stored reflectors (`dorghr`).
fn accumulate_q(h: &Mat<f64>, tau: &[f64], par: Par) -> Mat<f64> {
    let n = h.nrows();
    let below = h.as_ref().submatrix(1, 0, n - 1, n - 1);
    let inner = orgqr(below, tau, n - 1, par);
    let mut q = Mat::<f64>::identity(n, n);
    q.as_mut()
        .submatrix_mut(1, 1, n - 1, n - 1)
        .copy_from(&inner);
    q
}

/// One panel of `dgehrd`: reduces columns `i..i+ib` (`dlahr2`), then applies
/// `Q = I - V T Vᵀ` to the rest of `h` from the right (`h - Y Vᵀ`) and from
/// the left, by matrix products.
fn reduce_block(h: &mut Mat<f64>, tau: &mut [f64], i: usize, ib: usize, par: Par) {
    let n = h.nrows();
    let r0 = i + 1;
    let Panel { v, t, y } = reduce_panel(h, tau, i, ib, par);
    let right = h.as_mut().submatrix_mut(0, i + ib, n, n - i - ib);
    let v_right = v.as_ref().submatrix(ib - 1, 0, n - i - ib, ib);
    matmul(
        right,
        Accum::Add,
        y.as_ref(),
        v_right.transpose(),
        -1.0,
        par,
    );
    let top = h.as_mut().submatrix_mut(0, r0, r0, ib - 1);
    let v_top = v.as_ref().submatrix(0, 0, ib - 1, ib);
    let y_top = y.as_ref().submatrix(0, 0, r0, ib);
    matmul(top, Accum::Add, y_top, v_top.transpose(), -1.0, par);
    let trailing = h.as_mut().submatrix_mut(r0, i + ib, n - r0, n - i - ib);
    apply_block(v.as_ref(), t.as_ref(), true, trailing, par);
}

/// A reduced panel: the reflectors `V` (dense, rows `i+1..n`), the block
/// factor `T` (`H_i ⋯ H_{i+ib-1} = I - V T Vᵀ`) and `Y = A V T` (n x ib).
struct Panel {
    v: Mat<f64>,
    t: Mat<f64>,
    y: Mat<f64>,
}

/// `dlahr2`: reduces columns `i..i+ib` of `h` below their subdiagonal, each
/// column first brought up to date (rows `i+1..`) with the panel's earlier
/// reflectors from both sides; `h` right of the panel is left as it was.
fn reduce_panel(h: &mut Mat<f64>, tau: &mut [f64], i: usize, ib: usize, par: Par) -> Panel {
    let n = h.nrows();
    let r0 = i + 1;
    let m = n - r0;
    let mut p = Panel {
        v: Mat::zeros(m, ib),
        t: Mat::zeros(ib, ib),
        y: Mat::zeros(n, ib),
    };
    for j in 0..ib {
        let c = i + j;
        if j > 0 {
            update_panel_column(h, &p, c, j);
        }
        let (beta, tj) = {
            let (head, tail) = h.col_as_slice_mut(c)[c + 1..]
                .split_first_mut()
                .expect("a row below the subdiagonal");
            make_reflector(*head, tail)
        };
        h[(c + 1, c)] = beta;
        tau[c] = tj;
        let vj = p.v.col_as_slice_mut(j);
        vj[c + 1 - r0] = 1.0;
        vj[c + 2 - r0..].copy_from_slice(&h.col_as_slice(c)[c + 2..]);
        extend_block_factor(h, &mut p, c, j, tj);
    }
    let mut y_top = Mat::<f64>::zeros(r0, ib);
    let av = h.as_ref().submatrix(0, r0, r0, m) * &p.v;
    matmul(
        y_top.as_mut(),
        Accum::Replace,
        av.as_ref(),
        p.t.as_ref(),
        1.0,
        par,
    );
    p.y.as_mut().submatrix_mut(0, 0, r0, ib).copy_from(&y_top);
    p
}

/// Column `c` (the panel's `j`-th), rows `i+1..`: `b <- (I - V Tᵀ Vᵀ)(b - Y
/// V[c, :]ᵀ)` with the panel's first `j` reflectors.
fn update_panel_column(h: &mut Mat<f64>, p: &Panel, c: usize, j: usize) {
    let n = h.nrows();
    let m = p.v.nrows();
    let r0 = n - m;
    let b = &mut h.col_as_slice_mut(c)[r0..];
    for l in 0..j {
        axpy(b, -p.v[(c - r0, l)], &p.y.col_as_slice(l)[r0..]);
    }
    let w: Vec<f64> = (0..j).map(|l| dot(p.v.col_as_slice(l), b)).collect();
    for l in 0..j {
        let twl: f64 = (0..=l).map(|k| p.t[(k, l)] * w[k]).sum();
        axpy(b, -twl, p.v.col_as_slice(l));
    }
}

/// Adds reflector `j` (of column `c`, factor `tj`) to `T` and `Y`:
/// `Y[:, j] = tj (A v_j - Y w)`, `T[:j, j] = -tj T w` with `w = Vᵀ v_j`
/// (rows `i+1..` of `Y`; its top rows are made at the end of the panel).
fn extend_block_factor(h: &Mat<f64>, p: &mut Panel, c: usize, j: usize, tj: f64) {
    let n = h.nrows();
    let m = p.v.nrows();
    let r0 = n - m;
    let vj = p.v.col(j);
    let mut yj = Mat::<f64>::zeros(m, 1);
    let a_right = h.as_ref().submatrix(r0, c + 1, m, n - c - 1);
    let v_tail = vj.subrows(c + 1 - r0, n - c - 1).as_mat();
    matmul(yj.as_mut(), Accum::Replace, a_right, v_tail, 1.0, Par::Seq);
    let w: Vec<f64> = (0..j)
        .map(|l| dot(p.v.col_as_slice(l), p.v.col_as_slice(j)))
        .collect();
    let y_low = yj.col_as_slice_mut(0);
    for (l, &wl) in w.iter().enumerate() {
        axpy(y_low, -wl, &p.y.col_as_slice(l)[r0..]);
    }
    y_low.iter_mut().for_each(|x| *x *= tj);
    p.y.col_as_slice_mut(j)[r0..].copy_from_slice(y_low);
    for k in 0..j {
        p.t[(k, j)] = -tj * (k..j).map(|l| p.t[(k, l)] * w[l]).sum::<f64>();
    }
    p.t[(j, j)] = tj;
}
