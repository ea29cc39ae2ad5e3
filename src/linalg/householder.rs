//! Householder reflectors in LAPACK's conventions (`dlarfg`, `dgeqr2`,
//! `dlarft`, `dlarfb`, `dorgqr`), so QR factors, `tau` and the signs of `R`
//! are those SciPy returns. faer's own QR is rank revealing (it skips columns
//! whose remaining norm is negligible), which changes `R` for rank-deficient
//! matrices; these kernels do not.
//!
//! A reflector is `H = I - tau v vᵀ` with `v[0] = 1`; `k` reflectors are
//! stored as in `geqrf`: `v`'s tail below the diagonal of column `i`, `tau[i]`
//! beside.

use super::kernels::{axpy, dot};
use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatMut, MatRef, Par};

/// Panel width of the blocked algorithms (LAPACK's `ilaenv` choice for
/// `dgeqrf` / `dorgqr`).
const BLOCK: usize = 32;

/// Below this many reflectors the unblocked code is used throughout
/// (LAPACK's crossover point `nx`).
const CROSSOVER: usize = 128;

/// Euclidean norm without overflow or harmful underflow.
pub fn norm2(x: &[f64]) -> f64 {
    let sum: f64 = x.iter().map(|v| v * v).sum();
    if sum.is_nan() || (sum.is_finite() && sum > f64::MIN_POSITIVE / f64::EPSILON) {
        return sum.sqrt();
    }
    let scale = x.iter().fold(0.0_f64, |m, v| m.max(v.abs()));
    if scale == 0.0 || !scale.is_finite() {
        return scale;
    }
    scale * x.iter().map(|v| (v / scale).powi(2)).sum::<f64>().sqrt()
}

/// LAPACK's `dlarfg`: the reflector with `H [alpha; x] = [beta; 0]`.
/// Overwrites `x` with `v`'s tail and returns `(beta, tau)`; `tau = 0` (H = I)
/// when `x` is zero.
pub fn make_reflector(alpha: f64, x: &mut [f64]) -> (f64, f64) {
    let xnorm = norm2(x);
    if xnorm == 0.0 {
        return (alpha, 0.0);
    }
    let beta = -alpha.hypot(xnorm).copysign(alpha);
    let tau = (beta - alpha) / beta;
    let scale = 1.0 / (alpha - beta);
    x.iter_mut().for_each(|v| *v *= scale);
    (beta, tau)
}

/// Applies `H = I - tau v vᵀ` (`v = [1; tail]`) from the left to rows
/// `r0..r0 + v.len()` of columns `cols` of `a`.
pub fn apply_reflector(
    a: &mut Mat<f64>,
    r0: usize,
    tail: &[f64],
    tau: f64,
    cols: std::ops::Range<usize>,
) {
    if tau == 0.0 {
        return;
    }
    let end = r0 + 1 + tail.len();
    for j in cols {
        let col = &mut a.col_as_slice_mut(j)[r0..end];
        let (head, rest) = col.split_first_mut().expect("reflector rows");
        let w = tau * (*head + dot(tail, rest));
        *head -= w;
        axpy(rest, -w, tail);
    }
}

/// Unblocked QR (`dgeqr2`) of columns `first..last` of `a`, reflector `i`
/// built from column `i` at row `i` and applied to the columns up to
/// `last`. Stores `tau[i]` for every reflector built.
fn geqr2(a: &mut Mat<f64>, tau: &mut [f64], first: usize, last: usize) {
    let end = last.min(a.nrows()).min(tau.len());
    for (i, tau_i) in tau.iter_mut().enumerate().take(end).skip(first) {
        let (t, tail) = {
            let col = &mut a.col_as_slice_mut(i)[i..];
            let (head, rest) = col.split_first_mut().expect("row i exists");
            let (beta, t) = make_reflector(*head, rest);
            *head = beta;
            (t, rest.to_vec())
        };
        apply_reflector(a, i, &tail, t, i + 1..last);
        *tau_i = t;
    }
}

/// The dense unit-lower-trapezoidal `V` (rows `r0..`) of reflectors
/// `r0..r0 + ib` stored in `h`.
fn basis(h: MatRef<'_, f64>, r0: usize, ib: usize) -> Mat<f64> {
    let rows = h.nrows() - r0;
    Mat::from_fn(rows, ib, |i, j| match i.cmp(&j) {
        std::cmp::Ordering::Less => 0.0,
        std::cmp::Ordering::Equal => 1.0,
        std::cmp::Ordering::Greater => h[(r0 + i, r0 + j)],
    })
}

/// `dlarft` (forward, columnwise): the upper-triangular `T` with
/// `H_0 ⋯ H_{ib-1} = I - V T Vᵀ`.
fn block_factor(v: MatRef<'_, f64>, tau: &[f64]) -> Mat<f64> {
    let ib = tau.len();
    let mut t = Mat::<f64>::zeros(ib, ib);
    for j in 0..ib {
        t[(j, j)] = tau[j];
        if tau[j] == 0.0 || j == 0 {
            continue;
        }
        let vj = v.col(j);
        let w: Vec<f64> = (0..j)
            .map(|i| -tau[j] * (v.col(i).transpose() * vj))
            .collect();
        for i in 0..j {
            t[(i, j)] = (i..j).map(|l| t[(i, l)] * w[l]).sum();
        }
    }
    t
}

/// `c <- (I - V T Vᵀ) c` (`transpose` false) or `(I - V Tᵀ Vᵀ) c` (true).
fn apply_block(
    v: MatRef<'_, f64>,
    t: MatRef<'_, f64>,
    transpose: bool,
    c: MatMut<'_, f64>,
    par: Par,
) {
    let mut c = c;
    if c.ncols() == 0 {
        return;
    }
    let ib = v.ncols();
    let mut w = Mat::<f64>::zeros(ib, c.ncols());
    matmul(
        w.as_mut(),
        Accum::Replace,
        v.transpose(),
        c.as_ref(),
        1.0,
        par,
    );
    let tw = if transpose {
        t.transpose() * &w
    } else {
        t * &w
    };
    matmul(c.as_mut(), Accum::Add, v, tw.as_ref(), -1.0, par);
}

/// `dgeqrf`: overwrites `a` (m x n) with `R` on and above the diagonal and
/// the reflectors below; returns `tau` (min(m, n) entries).
pub fn geqrf(a: &mut Mat<f64>, par: Par) -> Vec<f64> {
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut tau = vec![0.0; k];
    let mut i = 0;
    if k > CROSSOVER {
        while i + BLOCK <= k - CROSSOVER {
            let ib = BLOCK;
            geqr2(a, &mut tau, i, i + ib);
            if i + ib < n {
                let v = basis(a.as_ref(), i, ib);
                let t = block_factor(v.as_ref(), &tau[i..i + ib]);
                let trailing = a.as_mut().submatrix_mut(i, i + ib, m - i, n - i - ib);
                apply_block(v.as_ref(), t.as_ref(), true, trailing, par);
            }
            i += ib;
        }
    }
    geqr2(a, &mut tau, i, n);
    tau
}

/// `dorgqr`: the first `qcols` columns (k <= qcols <= m) of
/// `Q = H_0 ⋯ H_{k-1}` from the `k = tau.len()` reflectors in `h`.
pub fn orgqr(h: MatRef<'_, f64>, tau: &[f64], qcols: usize, par: Par) -> Mat<f64> {
    let m = h.nrows();
    let k = tau.len();
    let mut q = Mat::<f64>::identity(m, qcols);
    let mut start = k - k % BLOCK;
    if start == k && k > 0 {
        start -= BLOCK;
    }
    loop {
        let ib = (k - start).min(BLOCK);
        if ib > 0 {
            let v = basis(h, start, ib);
            let t = block_factor(v.as_ref(), &tau[start..start + ib]);
            let sub = q
                .as_mut()
                .submatrix_mut(start, start, m - start, qcols - start);
            apply_block(v.as_ref(), t.as_ref(), false, sub, par);
        }
        if start == 0 {
            break;
        }
        start -= BLOCK;
    }
    q
}

/// `dgeqp3`: QR with column pivoting, `a P = Q R`, choosing at each step the
/// remaining column of largest partial norm (first on ties) and downdating
/// the norms as LAPACK's `dlaqp2` does. Overwrites `a` as `geqrf`; returns
/// `(tau, jpvt)` with `jpvt[j]` the original index of column `j`.
pub fn geqp3(a: &mut Mat<f64>) -> (Vec<f64>, Vec<usize>) {
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut tau = vec![0.0; k];
    let mut jpvt: Vec<usize> = (0..n).collect();
    let mut vn1: Vec<f64> = (0..n).map(|j| norm2(a.col_as_slice(j))).collect();
    let mut vn2 = vn1.clone();
    let tol3z = f64::EPSILON.sqrt();
    for i in 0..k {
        let pvt = (i..n).fold(i, |best, j| if vn1[j] > vn1[best] { j } else { best });
        if pvt != i {
            swap_cols(a, i, pvt);
            jpvt.swap(i, pvt);
            vn1[pvt] = vn1[i];
            vn2[pvt] = vn2[i];
        }
        geqr2(a, &mut tau, i, i + 1);
        let tail = a.col_as_slice(i)[i + 1..].to_vec();
        apply_reflector(a, i, &tail, tau[i], i + 1..n);
        downdate_norms(a, i, &mut vn1, &mut vn2, tol3z);
    }
    (tau, jpvt)
}

/// Swaps two columns of `a`.
fn swap_cols(a: &mut Mat<f64>, i: usize, j: usize) {
    let (x, y) = a.as_mut().two_cols_mut(i, j);
    faer::zip!(x, y).for_each(|faer::unzip!(x, y)| std::mem::swap(x, y));
}

/// `dlaqp2`'s partial-norm update after step `i`, recomputing a norm when
/// cancellation has eaten its accuracy.
fn downdate_norms(a: &Mat<f64>, i: usize, vn1: &mut [f64], vn2: &mut [f64], tol3z: f64) {
    let m = a.nrows();
    for j in i + 1..a.ncols() {
        if vn1[j] == 0.0 {
            continue;
        }
        let ratio = a[(i, j)].abs() / vn1[j];
        let temp = (1.0 - ratio * ratio).max(0.0);
        let temp2 = temp * (vn1[j] / vn2[j]).powi(2);
        if temp2 <= tol3z {
            vn1[j] = if i + 1 < m {
                norm2(&a.col_as_slice(j)[i + 1..])
            } else {
                0.0
            };
            vn2[j] = vn1[j];
        } else {
            vn1[j] *= temp.sqrt();
        }
    }
}
