//! One panel of the blocked Bunch–Kaufman factorization (LAPACK's dlasyf,
//! lower form): up to `PANEL` columns are factorized with their updates
//! kept in W = L·D, and the trailing matrix is then updated once by matrix
//! products, A₂₂ ← A₂₂ − L₂₁ W₂₁ᵀ. Pivots are chosen as in the unblocked
//! elimination, from the same updated values.

use super::kernels::axpy;
use super::ldl::{bunch_kaufman, max_abs, record_pivot, Tri};
use faer::linalg::matmul::matmul;
use faer::reborrow::{IntoConst, Reborrow, ReborrowMut};
use faer::{Accum, Mat, MatMut, MatRef, Par};
use rayon::prelude::*;

/// ilaenv's dsytrf block size (64), so panels end where LAPACK's do.
pub(super) const PANEL: usize = 64;

/// Factorizes columns p.. of the trailing matrix of `t` until the panel is
/// full (`PANEL` − 1 or `PANEL` columns), records the pivots in `ipiv`
/// (1-based, absolute) and updates the rest. Needs more than `PANEL`
/// trailing columns and a W of at least n x `PANEL`; returns the number of
/// columns factorized.
pub fn lasyf(t: &mut Tri, p: usize, w: &mut Mat<f64>, ipiv: &mut [i64], par: Par) -> usize {
    let n = t.n();
    let mut k = p;
    while k < n && k - p + 1 < PANEL {
        let c = k - p;
        let choice = choose_pivot(t, w, p, k);
        let Some((kp, kstep)) = choice else {
            store_unpivoted(t, w, k, c);
            ipiv[k] = k as i64 + 1;
            k += 1;
            continue;
        };
        if kstep == 1 && kp != k {
            for i in k..n {
                w[(i, c)] = w[(i, c + 1)];
            }
        }
        let kk = k + kstep - 1;
        if kp != kk {
            interchange(t, w, p, k, kk, kp);
        }
        if kstep == 1 {
            store_1x1(t, w, k, c);
        } else {
            store_2x2(t, w, k, c);
        }
        record_pivot(ipiv, k, kp, kstep);
        k += kstep;
    }
    update_trailing(t, w, p, k, par);
    undo_panel_swaps(t, p, k, ipiv);
    k - p
}

/// Loads the updated column k into W(.., c) and chooses its pivot (loading
/// the updated column imax into W(.., c + 1) when the choice needs it).
fn choose_pivot(t: &Tri, w: &mut Mat<f64>, p: usize, k: usize) -> Option<(usize, usize)> {
    let (n, c) = (t.n(), k - p);
    let (done, mut cur) = w.as_mut().split_at_col_mut(c);
    load_column(t, done.rb(), col_slice(cur.rb_mut(), 0), p, k, k);
    let (left, mut next) = w.as_mut().split_at_col_mut(c + 1);
    let left = left.into_const();
    let colk = left.col(c);
    bunch_kaufman(
        n,
        k,
        |i| colk[i],
        t.last_ties,
        |imax| {
            let out = col_slice(next.rb_mut(), 0);
            load_column(t, left.subcols(0, c), out, p, k, imax);
            let rowmax = max_abs(k..imax, |j| out[j]).max(max_abs(imax + 1..n, |i| out[i]));
            (out[imax].abs(), rowmax)
        },
    )
}

/// Column j of a column-major W as a slice.
fn col_slice(w: MatMut<'_, f64>, j: usize) -> &mut [f64] {
    w.col_mut(j).try_as_col_major_mut().unwrap().as_slice_mut()
}

/// `out(k..)` = the updated column `src` of the trailing matrix (row src
/// left of the diagonal, column src from it) minus the panel's finished
/// columns, A(k.., p..k) W(src, ..)ᵀ (`done` holds W's first k − p columns).
fn load_column(t: &Tri, done: MatRef<'_, f64>, out: &mut [f64], p: usize, k: usize, src: usize) {
    let n = t.n();
    for (i, o) in out.iter_mut().enumerate().take(src).skip(k) {
        *o = t.get(src, i);
    }
    out[src..n].copy_from_slice(&t.m.col_as_slice(src)[src..n]);
    for j in 0..k - p {
        axpy(
            &mut out[k..],
            -done[(src, j)],
            &t.m.col_as_slice(p + j)[k..],
        );
    }
}

/// A zero (or NaN) updated column: kept as it is, as dsytf2 keeps it
/// (dlasyf would leave the column's original, non-updated entries in place
/// and so return a factorization that does not reproduce the matrix).
fn store_unpivoted(t: &mut Tri, w: &Mat<f64>, k: usize, c: usize) {
    for i in k..t.n() {
        t.set(i, k, w[(i, c)]);
    }
}

/// Symmetric interchange of kk and kp (> kk) in the not yet updated part
/// of A, and of rows kk and kp in the panel's finished columns of A and
/// in W's columns up to kk.
fn interchange(t: &mut Tri, w: &mut Mat<f64>, p: usize, k: usize, kk: usize, kp: usize) {
    let n = t.n();
    t.set(kp, kp, t.get(kk, kk));
    for j in kk + 1..kp {
        t.set(kp, j, t.get(j, kk));
    }
    for i in kp + 1..n {
        t.set(i, kp, t.get(i, kk));
    }
    for j in p..k {
        t.swap((kk, j), (kp, j));
    }
    for j in 0..=kk - p {
        let (x, y) = (w[(kk, j)], w[(kp, j)]);
        w[(kk, j)] = y;
        w[(kp, j)] = x;
    }
}

/// A 1 x 1 pivot: D(k) = W(k, c) and L(k+1.., k) = W(k+1.., c) / D(k).
fn store_1x1(t: &mut Tri, w: &Mat<f64>, k: usize, c: usize) {
    let n = t.n();
    for i in k..n {
        t.set(i, k, w[(i, c)]);
    }
    if k + 1 < n {
        let r = 1.0 / t.get(k, k);
        t.m.col_as_slice_mut(k)[k + 1..]
            .iter_mut()
            .for_each(|v| *v *= r);
    }
}

/// A 2 x 2 pivot: D(k..k+2) from W, and L(k+2.., k..k+2) = W · D⁻¹ in
/// dlasyf's scaled form of the inverse.
fn store_2x2(t: &mut Tri, w: &Mat<f64>, k: usize, c: usize) {
    let n = t.n();
    if k + 2 < n {
        let d21 = w[(k + 1, c)];
        let d11 = w[(k + 1, c + 1)] / d21;
        let d22 = w[(k, c)] / d21;
        let d21 = 1.0 / (d11 * d22 - 1.0) / d21;
        for j in k + 2..n {
            t.set(j, k, d21 * (d11 * w[(j, c)] - w[(j, c + 1)]));
            t.set(j, k + 1, d21 * (d22 * w[(j, c + 1)] - w[(j, c)]));
        }
    }
    t.set(k, k, w[(k, c)]);
    t.set(k + 1, k, w[(k + 1, c)]);
    t.set(k + 1, k + 1, w[(k + 1, c + 1)]);
}

/// A(k.., k..) −= L₂₁ W₂₁ᵀ on the lower triangle, in block columns of
/// `PANEL` (spread over the threads when `par` allows).
fn update_trailing(t: &mut Tri, w: &Mat<f64>, p: usize, k: usize, par: Par) {
    let n = t.n();
    let (done, mut rest) = t.m.as_mut().split_at_col_mut(k);
    let l21 = done.rb().subcols(p, k - p);
    let mut blocks = Vec::new();
    let mut j0 = k;
    while j0 < n {
        let jb = PANEL.min(n - j0);
        let (block, tail) = rest.split_at_col_mut(jb);
        blocks.push((j0, block));
        rest = tail;
        j0 += jb;
    }
    let w21 = w.as_ref().subcols(0, k - p);
    let update = |(j0, block): (usize, MatMut<'_, f64>)| update_block_column(block, j0, l21, w21);
    match par {
        Par::Seq => blocks.into_iter().for_each(update),
        Par::Rayon(_) => blocks.into_par_iter().for_each(update),
    }
}

/// One block column (columns j0.. of the trailing matrix, all n rows):
/// the diagonal block's product formed whole and subtracted on and below
/// the diagonal, the rows below it updated in place.
fn update_block_column(
    mut block: MatMut<'_, f64>,
    j0: usize,
    l21: MatRef<'_, f64>,
    w21: MatRef<'_, f64>,
) {
    let (n, jb) = block.shape();
    let wj = w21.subrows(j0, jb).transpose();
    let mut prod = Mat::<f64>::zeros(jb, jb);
    matmul(
        prod.as_mut(),
        Accum::Replace,
        l21.subrows(j0, jb),
        wj,
        1.0,
        Par::Seq,
    );
    for jj in 0..jb {
        for i in jj..jb {
            block[(j0 + i, jj)] -= prod[(i, jj)];
        }
    }
    if j0 + jb < n {
        matmul(
            block.subrows_mut(j0 + jb, n - j0 - jb),
            Accum::Add,
            l21.subrows(j0 + jb, n - j0 - jb),
            wj,
            -1.0,
            Par::Seq,
        );
    }
}

/// Puts the panel's columns of L in dsytf2's storage: the row interchanges
/// of later steps, applied to earlier panel columns for the updates, are
/// undone from the last step back.
fn undo_panel_swaps(t: &mut Tri, p: usize, k: usize, ipiv: &[i64]) {
    let mut j = k as isize - 1;
    let p = p as isize;
    while j > p {
        let jj = j as usize;
        let mut jp = ipiv[jj];
        if jp < 0 {
            jp = -jp;
            j -= 1;
        }
        j -= 1;
        let jp = jp as usize - 1;
        if jp != jj && j >= p {
            for col in p as usize..=j as usize {
                t.swap((jp, col), (jj, col));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::linalg::ldl;
    use faer::Mat;

    /// ones(100, 100): after the first step every updated column is zero.
    /// dlasyf leaves those columns' original entries (SciPy 1.17 returns a
    /// factorization off by 62 there); they must hold the updated zeros.
    #[test]
    fn zero_updated_columns_keep_their_updated_values() {
        let n = 100;
        let a = Mat::from_fn(n, n, |_, _| 1.0);
        for lower in [true, false] {
            let f = ldl(a.as_ref(), lower, true).unwrap();
            let d = Mat::from_fn(n, n, |i, j| f.d(i, j));
            let back = &f.lu * &d * f.lu.transpose();
            let err = (0..n)
                .flat_map(|i| (0..n).map(move |j| (i, j)))
                .map(|(i, j)| (back[(i, j)] - 1.0).abs())
                .fold(0.0, f64::max);
            assert!(err == 0.0, "lower={lower}: reconstruction error {err}");
        }
    }
}
