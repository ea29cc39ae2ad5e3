//! LDLᵀ factorization of a symmetric matrix (`scipy.linalg.ldl`): the
//! Bunch–Kaufman diagonal pivoting of LAPACK's `dsytf2` (1 x 1 and 2 x 2
//! pivots, pivot threshold (1 + √17) / 8, LAPACK's interchange record), then
//! SciPy's unpacking of that record into the triangular factor, the block
//! diagonal D and the row permutation.

use super::common::{check_finite, require_square, with_par};
use super::kernels::axpy;
use super::ldl_panel::{lasyf, PANEL};
use crate::error::{Error, Result};
use faer::{Mat, MatRef, Par};

/// `scipy.linalg.ldl`'s result: `a = lu d luᵀ`, `lu[perm]` triangular, d
/// block diagonal (1 x 1 and 2 x 2 blocks) kept as its two diagonals.
pub struct Ldl {
    pub lu: Mat<f64>,
    /// d's diagonal.
    pub d_diag: Vec<f64>,
    /// d's first off-diagonal, `d[i + 1, i] = d[i, i + 1] = d_off[i]`
    /// (zero outside the 2 x 2 blocks); as long as `d_diag`.
    pub d_off: Vec<f64>,
    pub perm: Vec<usize>,
}

impl Ldl {
    /// Element (i, j) of the n x n block diagonal d.
    pub fn d(&self, i: usize, j: usize) -> f64 {
        match (i, j) {
            _ if i == j => self.d_diag[i],
            _ if i == j + 1 => self.d_off[j],
            _ if j == i + 1 => self.d_off[i],
            _ => 0.0,
        }
    }
}

/// Bunch–Kaufman's threshold α = (1 + √17) / 8.
fn alpha() -> f64 {
    (1.0 + 17f64.sqrt()) / 8.0
}

/// Index of the largest |x_i| over `range`, with it; ties go to the first
/// index (BLAS idamax), or to the last with `last` (idamax in the reversed
/// coordinates of the upper variant).
fn first_max(
    range: impl Iterator<Item = usize>,
    x: impl Fn(usize) -> f64,
    last: bool,
) -> (usize, f64) {
    let mut best = (usize::MAX, -1.0);
    for i in range {
        let v = x(i).abs();
        if v > best.1 || best.0 == usize::MAX || (last && v == best.1) {
            best = (i, v);
        }
    }
    best
}

/// The working matrix of the elimination, in "lower" coordinates. The
/// upper variant runs the lower algorithm on the reversed matrix
/// (`w[i, j] = a[n-1-i, n-1-j]`), which is exactly dsytf2's upper path (it
/// sweeps from the last column; pivots and updates mirror the lower ones)
/// except that idamax's ties go the other way (`last_ties`).
pub(super) struct Tri<'a> {
    pub(super) m: &'a mut Mat<f64>,
    pub(super) last_ties: bool,
}

impl Tri<'_> {
    pub(super) fn n(&self) -> usize {
        self.m.nrows()
    }
    pub(super) fn get(&self, i: usize, j: usize) -> f64 {
        self.m[(i, j)]
    }
    pub(super) fn set(&mut self, i: usize, j: usize, v: f64) {
        self.m[(i, j)] = v;
    }
    pub(super) fn swap(&mut self, a: (usize, usize), b: (usize, usize)) {
        let (x, y) = (self.get(a.0, a.1), self.get(b.0, b.1));
        self.set(a.0, a.1, y);
        self.set(b.0, b.1, x);
    }
}

/// `w[i, j] = a[n-1-i, n-1-j]`.
fn reversed(a: MatRef<'_, f64>) -> Mat<f64> {
    let n = a.nrows();
    Mat::from_fn(n, n, |i, j| a[(n - 1 - i, n - 1 - j)])
}

/// Bunch–Kaufman's pivot at step k of an order-n elimination: (kp, kstep)
/// as dsytf2 / dlasyf choose it, or None for a zero (or NaN) column, which
/// is left as it is. `col(i)` is the updated column k (rows i >= k);
/// `imax_stats(imax)` gives |a(imax, imax)| and the largest off-diagonal
/// magnitude of the updated row / column imax, asked for only when needed.
pub(super) fn bunch_kaufman(
    n: usize,
    k: usize,
    col: impl Fn(usize) -> f64,
    last_ties: bool,
    imax_stats: impl FnOnce(usize) -> (f64, f64),
) -> Option<(usize, usize)> {
    let absakk = col(k).abs();
    let (imax, colmax) = if k + 1 < n {
        first_max(k + 1..n, &col, last_ties)
    } else {
        (k, 0.0)
    };
    if absakk.max(colmax) == 0.0 || absakk.is_nan() {
        return None;
    }
    let a = alpha();
    if absakk >= a * colmax {
        return Some((k, 1));
    }
    let (diag, rowmax) = imax_stats(imax);
    Some(if absakk >= a * colmax * (colmax / rowmax) {
        (k, 1)
    } else if diag >= a * rowmax {
        (imax, 1)
    } else {
        (imax, 2)
    })
}

/// The largest |x_i| over `range` as idamax finds it (0 when empty).
pub(super) fn max_abs(range: impl Iterator<Item = usize>, x: impl Fn(usize) -> f64) -> f64 {
    match first_max(range, x, false) {
        (usize::MAX, _) => 0.0,
        (_, v) => v,
    }
}

/// The pivot at step k of the unblocked elimination (dsytf2).
fn choose_pivot(t: &Tri, k: usize) -> Option<(usize, usize)> {
    let n = t.n();
    bunch_kaufman(
        n,
        k,
        |i| t.get(i, k),
        t.last_ties,
        |imax| {
            let rowmax =
                max_abs(k..imax, |j| t.get(imax, j)).max(max_abs(imax + 1..n, |i| t.get(i, imax)));
            (t.get(imax, imax).abs(), rowmax)
        },
    )
}

/// Swaps rows and columns kk and kp (kp > kk) of the trailing lower triangle.
fn interchange(t: &mut Tri, k: usize, kk: usize, kp: usize, kstep: usize) {
    let n = t.n();
    for i in kp + 1..n {
        t.swap((i, kk), (i, kp));
    }
    for j in kk + 1..kp {
        t.swap((j, kk), (kp, j));
    }
    t.swap((kk, kk), (kp, kp));
    if kstep == 2 {
        t.swap((k + 1, k), (kp, k));
    }
}

/// The rank-1 or rank-2 update of the trailing matrix after pivot k, column
/// by column (LAPACK's dsyr / dsytf2 arithmetic).
fn eliminate(t: &mut Tri, k: usize, kstep: usize) {
    let n = t.n();
    if kstep == 1 {
        let d11 = 1.0 / t.get(k, k);
        let x: Vec<f64> = t.m.col_as_slice(k)[k + 1..].to_vec();
        for j in k + 1..n {
            let temp = -d11 * x[j - k - 1];
            // fused, as OpenBLAS's dsyr: rounding-level pivots of singular
            // matrices then come out as SciPy's
            axpy(&mut t.m.col_as_slice_mut(j)[j..], temp, &x[j - k - 1..]);
        }
        t.m.col_as_slice_mut(k)[k + 1..]
            .iter_mut()
            .for_each(|v| *v *= d11);
        return;
    }
    if k + 2 >= n {
        return;
    }
    let d21 = t.get(k + 1, k);
    let d11 = t.get(k + 1, k + 1) / d21;
    let d22 = t.get(k, k) / d21;
    let d21 = 1.0 / (d11 * d22 - 1.0) / d21;
    let x0: Vec<f64> = t.m.col_as_slice(k).to_vec();
    let x1: Vec<f64> = t.m.col_as_slice(k + 1).to_vec();
    for j in k + 2..n {
        let wk = d21 * (d11 * x0[j] - x1[j]);
        let wkp1 = d21 * (d22 * x1[j] - x0[j]);
        let col = t.m.col_as_slice_mut(j);
        for i in j..n {
            col[i] = col[i] - x0[i] * wk - x1[i] * wkp1;
        }
        t.set(j, k, wk);
        t.set(j, k + 1, wkp1);
    }
}

/// dsytf2 on the trailing matrix from column k0, in the working
/// coordinates: overwrites it with the factors and records LAPACK's 1-based
/// `ipiv` (absolute indices) from k0 on.
fn sytf2(t: &mut Tri, k0: usize, ipiv: &mut [i64]) {
    let n = t.n();
    let mut k = k0;
    while k < n {
        let Some((kp, kstep)) = choose_pivot(t, k) else {
            ipiv[k] = k as i64 + 1;
            k += 1;
            continue;
        };
        let kk = k + kstep - 1;
        if kp != kk {
            interchange(t, k, kk, kp, kstep);
        }
        eliminate(t, k, kstep);
        record_pivot(ipiv, k, kp, kstep);
        k += kstep;
    }
}

/// LAPACK's interchange record of the pivot at step k.
pub(super) fn record_pivot(ipiv: &mut [i64], k: usize, kp: usize, kstep: usize) {
    if kstep == 1 {
        ipiv[k] = kp as i64 + 1;
    } else {
        ipiv[k] = -(kp as i64 + 1);
        ipiv[k + 1] = -(kp as i64 + 1);
    }
}

/// dsytrf in the working coordinates: panels of `PANEL` columns (dlasyf)
/// while more than `PANEL` columns remain, then dsytf2 on the rest, as
/// LAPACK does with ilaenv's block size — so orders up to 64 take exactly
/// the unblocked arithmetic, and larger ones SciPy's blocked pivot record.
fn sytrf(t: &mut Tri, par: Par) -> Vec<i64> {
    let n = t.n();
    let mut ipiv = vec![0i64; n];
    let mut w = Mat::zeros(if n > PANEL { n } else { 0 }, PANEL);
    let mut k = 0;
    while n - k > PANEL {
        k += lasyf(t, k, &mut w, &mut ipiv, par);
    }
    sytf2(t, k, &mut ipiv);
    ipiv
}

/// LAPACK's upper-storage `ipiv` from the reversed run's record.
fn upper_ipiv(rev: &[i64]) -> Vec<i64> {
    let n = rev.len() as i64;
    let mut out = vec![0i64; rev.len()];
    for (i, &p) in rev.iter().enumerate() {
        let mapped = if p > 0 { n - p + 1 } else { -(n + p + 1) };
        out[rev.len() - 1 - i] = mapped;
    }
    out
}

/// SciPy's `_ldl_sanitize_ipiv`: the swap targets and the pivot sizes (1 or
/// 2 at a block's first row in the sweep's order, 0 elsewhere).
fn sanitize_ipiv(ipiv: &[i64], lower: bool) -> Result<(Vec<usize>, Vec<u8>)> {
    let n = ipiv.len();
    let mut swap: Vec<usize> = (0..n).collect();
    let mut pivots = vec![0u8; n];
    let order: Vec<usize> = if lower {
        (0..n).collect()
    } else {
        (0..n).rev().collect()
    };
    let (x, y): (isize, isize) = if lower { (1, 0) } else { (-1, -1) };
    let mut skip = false;
    for &ind in &order {
        if skip {
            skip = false;
            continue;
        }
        let cur = ipiv[ind];
        let partner = (ind as isize + x) as usize;
        if cur > 0 {
            if cur as usize != ind + 1 {
                swap[ind] = swap[cur as usize - 1];
            }
            pivots[ind] = 1;
        } else if cur < 0 && partner < n && ipiv[partner] == cur {
            if (-cur) as usize != ind + 2 {
                swap[partner] = swap[(-cur) as usize - 1];
            }
            pivots[(ind as isize + y) as usize] = 2;
            skip = true;
        } else {
            return Err(Error::invalid(
                "ldl: invalid entries in the interchange record",
            ));
        }
    }
    Ok((swap, pivots))
}

/// SciPy's `_ldl_get_d_and_l`, in place: takes D's diagonal and the 2 x 2
/// blocks' off-diagonal entries out of the packed factors and leaves the
/// unit triangular factor.
fn split_d(ldu: &mut Mat<f64>, pivots: &[u8], lower: bool) -> (Vec<f64>, Vec<f64>) {
    let n = ldu.nrows();
    let diag: Vec<f64> = (0..n).map(|i| ldu[(i, i)]).collect();
    let (x, y) = if lower { (1, 0) } else { (0, 1) };
    let mut off = vec![0.0; n];
    let mut blk = 0;
    for &p in pivots.iter().filter(|&&p| p != 0) {
        if p == 2 {
            off[blk] = ldu[(blk + x, blk + y)];
        }
        blk += p as usize;
    }
    for j in 0..n {
        let col = ldu.col_as_slice_mut(j);
        let zeroed = if lower { 0..j } else { j + 1..n };
        col[zeroed].iter_mut().for_each(|v| *v = 0.0);
        col[j] = 1.0;
        if off[j] != 0.0 {
            // the 2 x 2 block's entry, now in d
            ldu[(j + x, j + y)] = 0.0;
        }
    }
    (diag, off)
}

/// One of SciPy's row swaps of the factor: rows `a` and `b` over the
/// columns `cols`.
struct RowSwap {
    a: usize,
    b: usize,
    cols: std::ops::Range<usize>,
}

/// SciPy's `_ldl_construct_tri_factor`: applies the swaps to the factor's
/// rows (in LAPACK's order, column by column) and returns `argsort` of the
/// row permutation.
fn construct_tri_factor(
    lu: &mut Mat<f64>,
    swap: &[usize],
    pivots: &[u8],
    lower: bool,
) -> Vec<usize> {
    let n = lu.nrows();
    let order: Vec<usize> = if lower {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    let mut perm: Vec<usize> = (0..n).collect();
    let mut swaps = Vec::new();
    for ind in order {
        let s = swap[ind];
        if s == ind {
            continue;
        }
        let (mut cs, mut ce) = if lower { (ind, n) } else { (0, ind + 1) };
        if pivots[ind] == if lower { 0 } else { 2 } {
            if lower {
                cs -= 1;
            } else {
                ce += 1;
            }
        }
        swaps.push(RowSwap {
            a: s,
            b: ind,
            cols: cs..ce,
        });
        perm.swap(s, ind);
    }
    for j in 0..n {
        let col = lu.col_as_slice_mut(j);
        for sw in swaps.iter().filter(|sw| sw.cols.contains(&j)) {
            col.swap(sw.a, sw.b);
        }
    }
    argsort(&perm)
}

/// `numpy.argsort` of a permutation: its inverse.
fn argsort(perm: &[usize]) -> Vec<usize> {
    let mut inv = vec![0usize; perm.len()];
    for (i, &p) in perm.iter().enumerate() {
        inv[p] = i;
    }
    inv
}

/// scipy.linalg.ldl(a, lower, hermitian, check_finite) of a real symmetric
/// matrix (only the `lower` / upper triangle is read; `hermitian` only
/// matters for complex input in SciPy). A singular matrix is not an error.
pub fn ldl(a: MatRef<'_, f64>, lower: bool, finite: bool) -> Result<Ldl> {
    require_square(a, "a")?;
    check_finite(a, finite, "a")?;
    let n = a.nrows();
    let mut work = if lower { a.to_owned() } else { reversed(a) };
    let rec = with_par(n, |par| {
        sytrf(
            &mut Tri {
                m: &mut work,
                last_ties: !lower,
            },
            par,
        )
    });
    let (ldu, ipiv) = if lower {
        (work, rec)
    } else {
        (reversed(work.as_ref()), upper_ipiv(&rec))
    };
    let (swap, pivots) = sanitize_ipiv(&ipiv, lower)?;
    let mut lu = ldu;
    let (d_diag, d_off) = split_d(&mut lu, &pivots, lower);
    let perm = construct_tri_factor(&mut lu, &swap, &pivots, lower);
    debug_assert_eq!(perm.len(), n);
    Ok(Ldl {
        lu,
        d_diag,
        d_off,
        perm,
    })
}

#[cfg(test)]
mod tests {
    use super::{sytrf, Tri};
    use faer::{Mat, Par};

    /// The threaded trailing update splits the work by block columns, each
    /// computed as in the sequential run: the factors are bitwise the same.
    #[test]
    fn threaded_panels_give_the_sequential_factors() {
        let n = 300;
        let x = |i: usize, j: usize| (((i * 7919 + j * 104729) % 1009) as f64 / 504.5) - 1.0;
        let a = Mat::from_fn(n, n, |i, j| x(i.max(j), i.min(j)));
        let run = |par: Par| {
            let mut m = a.clone();
            let ipiv = sytrf(
                &mut Tri {
                    m: &mut m,
                    last_ties: false,
                },
                par,
            );
            (m, ipiv)
        };
        let (seq, seq_piv) = run(Par::Seq);
        let (thr, thr_piv) = crate::threads::run_with(2, || run(Par::rayon(2)));
        assert_eq!(seq_piv, thr_piv);
        assert!(seq_piv.iter().any(|&p| p < 0), "no 2 x 2 pivot exercised");
        for j in 0..n {
            for i in j..n {
                assert_eq!(seq[(i, j)].to_bits(), thr[(i, j)].to_bits(), "({i}, {j})");
            }
        }
    }
}
