//! QR with column pivoting in LAPACK's arithmetic (`dgeqp3` / `zgeqp3`):
//! panels of `BLOCK` columns (`dlaqps`) while more than `CROSSOVER`
//! reflectors remain, the rest unblocked (`dlaqp2`). A panel keeps the
//! pending update of the trailing columns in F (`A ← A − V Fᴴ`), brings
//! only each pivot column and the next row up to date, and applies the
//! whole block by one matrix product at its end — where column norms that
//! lost their accuracy are recomputed.

use super::common::Scalar;
use super::householder::{apply_reflector, geqr2, make_reflector, norm2, BLOCK, CROSSOVER};
use faer::linalg::matmul::matmul;
use faer::reborrow::{Reborrow, ReborrowMut};
use faer::{Accum, Mat, Par};
use rayon::prelude::*;

/// The column norms being downdated (LAPACK's vn1, vn2) and the threshold
/// below which a downdated norm is recomputed.
struct Norms {
    vn1: Vec<f64>,
    vn2: Vec<f64>,
    tol3z: f64,
}

/// `dgeqp3`: QR with column pivoting, `a P = Q R`, choosing at each step the
/// remaining column of largest partial norm (first on ties) and downdating
/// the norms as LAPACK does. Overwrites `a` as `geqrf`; returns `(tau, jpvt)`
/// with `jpvt[j]` the original index of column `j`.
pub fn geqp3<T: Scalar>(a: &mut Mat<T>, par: Par) -> (Vec<T>, Vec<usize>) {
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut tau = vec![T::ZERO; k];
    let mut jpvt: Vec<usize> = (0..n).collect();
    let vn1: Vec<f64> = (0..n).map(|j| norm2(a.col_as_slice(j))).collect();
    let mut norms = Norms {
        vn2: vn1.clone(),
        vn1,
        tol3z: f64::EPSILON.sqrt(),
    };
    let mut j = 0;
    if CROSSOVER < k {
        let mut f = Mat::<T>::zeros(n, BLOCK);
        while j < k - CROSSOVER {
            let nb = BLOCK.min(k - CROSSOVER - j);
            j += laqps(a, j, nb, &mut jpvt, &mut tau, &mut norms, &mut f, par);
        }
    }
    laqp2(a, j, &mut jpvt, &mut tau, &mut norms);
    (tau, jpvt)
}

/// Moves the remaining column of largest partial norm (first on ties) to
/// column `i`, with its norms and its row of F (first `fcols` columns).
fn pivot<T: Scalar>(
    a: &mut Mat<T>,
    i: usize,
    jpvt: &mut [usize],
    norms: &mut Norms,
    f: Option<(&mut Mat<T>, usize)>,
) {
    let vn1 = &norms.vn1;
    let pvt = (i..a.ncols()).fold(i, |best, j| if vn1[j] > vn1[best] { j } else { best });
    if pvt == i {
        return;
    }
    let (x, y) = a.as_mut().two_cols_mut(i, pvt);
    faer::zip!(x, y).for_each(|faer::unzip!(x, y)| std::mem::swap(x, y));
    if let Some((f, fcols)) = f {
        for l in 0..fcols {
            let t = f[(i, l)];
            f[(i, l)] = f[(pvt, l)];
            f[(pvt, l)] = t;
        }
    }
    jpvt.swap(i, pvt);
    norms.vn1[pvt] = norms.vn1[i];
    norms.vn2[pvt] = norms.vn2[i];
}

/// `dlaqp2`: unblocked pivoted QR of columns `first..` (rows from `first`).
fn laqp2<T: Scalar>(
    a: &mut Mat<T>,
    first: usize,
    jpvt: &mut [usize],
    tau: &mut [T],
    norms: &mut Norms,
) {
    let (m, n) = a.shape();
    for i in first..m.min(n) {
        pivot(a, i, jpvt, norms, None);
        geqr2(a, tau, i, i + 1);
        let tail = a.col_as_slice(i)[i + 1..].to_vec();
        apply_reflector(a, i, &tail, tau[i].conjugate(), i + 1..n);
        for j in i + 1..n {
            let ratio = a[(i, j)].modulus() / norms.vn1[j];
            if !downdated(norms, j, 1.0 - ratio * ratio) {
                let rest = &a.col_as_slice(j)[i + 1..];
                norms.vn1[j] = if rest.is_empty() { 0.0 } else { norm2(rest) };
                norms.vn2[j] = norms.vn1[j];
            }
        }
    }
}

/// Downdates column j's norm by the factor `1 − (|a_ij| / vn1_j)²` (given
/// as `left`); false, leaving it, when cancellation has eaten its accuracy
/// and it must be recomputed.
fn downdated(norms: &mut Norms, j: usize, left: f64) -> bool {
    if norms.vn1[j] == 0.0 {
        return true;
    }
    let left = left.max(0.0);
    if left * (norms.vn1[j] / norms.vn2[j]).powi(2) <= norms.tol3z {
        return false;
    }
    norms.vn1[j] *= left.sqrt();
    true
}

/// `dlaqps`: factorizes up to `nb` columns from `j` (rows from `j`),
/// stopping early after a column whose norm must be recomputed; returns the
/// number of columns factorized.
#[allow(clippy::too_many_arguments)]
fn laqps<T: Scalar>(
    a: &mut Mat<T>,
    j: usize,
    nb: usize,
    jpvt: &mut [usize],
    tau: &mut [T],
    norms: &mut Norms,
    f: &mut Mat<T>,
    par: Par,
) -> usize {
    let (m, n) = a.shape();
    let last_row = m.min(n);
    let mut recompute = Vec::new();
    for l in 0..nb {
        f.col_as_slice_mut(l)[j..]
            .iter_mut()
            .for_each(|v| *v = T::ZERO);
    }
    let mut k = 0;
    while k < nb && recompute.is_empty() {
        let col = j + k;
        pivot(a, col, jpvt, norms, Some((f, k)));
        update_pivot_column(a, f, j, col);
        let akk = {
            let c = &mut a.col_as_slice_mut(col)[col..];
            let (head, rest) = c.split_first_mut().expect("row col exists");
            let (beta, t) = make_reflector(*head, rest);
            *head = T::ONE;
            tau[col] = t;
            beta
        };
        f_column(a, f, j, col, tau[col], par);
        update_row(a, f, j, col);
        if col + 1 < last_row {
            for jj in col + 1..n {
                let ratio = a[(col, jj)].modulus() / norms.vn1[jj];
                if !downdated(norms, jj, (1.0 + ratio) * (1.0 - ratio)) {
                    recompute.push(jj);
                }
            }
        }
        a[(col, col)] = akk;
        k += 1;
    }
    let rk = j + k;
    if k < (n - j).min(m - j) {
        let (panel, mut rest) = a.as_mut().split_at_col_mut(rk);
        matmul(
            rest.rb_mut().subrows_mut(rk, m - rk),
            Accum::Add,
            panel.rb().submatrix(rk, j, m - rk, k),
            f.as_ref().submatrix(rk, 0, n - rk, k).adjoint(),
            -T::ONE,
            par,
        );
    }
    for jj in recompute {
        norms.vn1[jj] = norm2(&a.col_as_slice(jj)[rk..]);
        norms.vn2[jj] = norms.vn1[jj];
    }
    k
}

/// Brings pivot column `col` up to date: A(col.., col) −= A(col.., j..col)
/// conj(F(col, ..)).
fn update_pivot_column<T: Scalar>(a: &mut Mat<T>, f: &Mat<T>, j: usize, col: usize) {
    let (left, mut right) = a.as_mut().split_at_col_mut(col);
    let target = right
        .rb_mut()
        .col_mut(0)
        .try_as_col_major_mut()
        .unwrap()
        .as_slice_mut();
    for l in 0..col - j {
        let src = left.rb().col(j + l).try_as_col_major().unwrap().as_slice();
        T::axpy(&mut target[col..], -f[(col, l)].conjugate(), &src[col..]);
    }
}

/// Column `col − j` of F: τ A(col.., col+1..)ᴴ v for the new reflector v,
/// minus the earlier reflectors' share, τ F(.., ..k) (A(col.., j..col)ᴴ v);
/// zero in the panel's rows.
fn f_column<T: Scalar>(a: &Mat<T>, f: &mut Mat<T>, j: usize, col: usize, tau: T, par: Par) {
    let (m, n) = a.shape();
    let k = col - j;
    let v = &a.col_as_slice(col)[col..m];
    // the last group may be short: its missing columns repeat the last one
    // and their sums are dropped
    let column = |jj: usize| &a.col_as_slice(jj.min(n - 1))[col..m];
    let dots = |(q, out): (usize, &mut [T])| {
        let first = col + 1 + 4 * q;
        let d = T::dot_conj4([0, 1, 2, 3].map(|l| column(first + l)), v);
        out.iter_mut().zip(d).for_each(|(o, x)| *o = tau * x);
    };
    let fk = &mut f.col_as_slice_mut(k)[col + 1..n];
    match par {
        Par::Seq => fk.chunks_mut(4).enumerate().for_each(dots),
        Par::Rayon(_) => fk.par_chunks_mut(4).enumerate().for_each(dots),
    }
    if k == 0 {
        return;
    }
    let aux: Vec<T> = (0..k)
        .map(|l| -tau * T::dot_conj(&a.col_as_slice(j + l)[col..m], v))
        .collect();
    let (done, mut cur) = f.as_mut().split_at_col_mut(k);
    let fk = &mut cur
        .rb_mut()
        .col_mut(0)
        .try_as_col_major_mut()
        .unwrap()
        .as_slice_mut()[j..n];
    for (l, &x) in aux.iter().enumerate() {
        let src = done.rb().col(l).try_as_col_major().unwrap().as_slice();
        T::axpy(fk, x, &src[j..n]);
    }
}

/// Brings row `col` up to date right of the pivot: A(col, col+1..) −=
/// A(col, j..=col) F(col+1.., ..=k)ᴴ.
fn update_row<T: Scalar>(a: &mut Mat<T>, f: &Mat<T>, j: usize, col: usize) {
    let n = a.ncols();
    let row: Vec<T> = (j..=col).map(|c| a[(col, c)]).collect();
    for jj in col + 1..n {
        let mut s = T::ZERO;
        for (l, &x) in row.iter().enumerate() {
            s += x * f[(jj, l)].conjugate();
        }
        a[(col, jj)] -= s;
    }
}
