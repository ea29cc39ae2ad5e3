//! The real Schur form of a large upper Hessenberg matrix by the small-bulge
//! multishift QR algorithm with aggressive early deflation (Braman, Byers
//! & Mathias 2002; the structure of LAPACK's `dlaqr0`):
//!
//! - aggressive early deflation (`dlaqr3`): the trailing window of the
//!   active block is brought to Schur form on its own; the eigenvalues whose
//!   spike component is negligible deflate, the others become shifts;
//! - a sweep chases a chain of 3 x 3 bulges, one per pair of shifts, down
//!   the diagonal (`dlaqr5`); the reflectors are applied near the diagonal
//!   as they are made and accumulated per chunk of steps, so the rest of
//!   `h` and `z` is updated by matrix products.
//!
//! Blocks smaller than `NMIN` go to the double-shift QR (`francis_qr`).

use super::schur::{
    francis_qr, francis_qr_range, hessenberg_with_q, max_iterations, negligible, not_converged,
    reflect_cols, reflect_rows, shift_column,
};
use super::schur_swap::{lanv2, swap_blocks};
use crate::error::Result;
use faer::linalg::matmul::matmul;
use faer::reborrow::Reborrow;
use faer::traits::ComplexField;
use faer::{Accum, Mat, MatMut, MatRef, Par};

/// Active blocks below this order use the double-shift QR (LAPACK's NMIN).
pub(crate) const NMIN: usize = 75;
/// A deflation window that deflates fewer than this percentage of its
/// eigenvalues is followed by a sweep (LAPACK's NIBBLE).
pub(super) const NIBBLE: usize = 14;
/// Iterations without deflation before exceptional shifts (KEXSH).
pub(super) const KEXSH: usize = 6;
/// Iterations without deflation before the window grows (KEXNW).
const KEXNW: usize = 5;
/// Updates of fewer rows (columns) than this stay on one thread.
const PARALLEL_MIN_LEN: usize = 256;

/// LAPACK's `iparmq` shift count for a matrix of order `n`.
pub(super) fn shift_count(n: usize) -> usize {
    let ns = match n {
        0..=29 => 2,
        30..=59 => 4,
        60..=149 => 10,
        150..=589 => 10.max(n / ((n as f64).log2().round() as usize)),
        590..=2999 => 64,
        3000..=5999 => 128,
        _ => 256,
    };
    2.max(ns - ns % 2)
}

/// LAPACK's `iparmq` deflation window for `ns` shifts at order `n`.
pub(super) fn window_size(n: usize, ns: usize) -> usize {
    if n <= 500 {
        ns
    } else {
        3 * ns / 2
    }
}

/// Reduces the upper Hessenberg `h` to standardized real Schur form,
/// accumulating the transformations into `z`.
/// `par` spreads the matrix products over threads.
pub(crate) fn multishift_qr(h: &mut Mat<f64>, z: &mut Mat<f64>, par: Par) -> Result<()> {
    multishift_qr_with(h, z, NMIN, par)
}

/// `multishift_qr` with the small-block threshold `nmin` (at least 12).
fn multishift_qr_with(h: &mut Mat<f64>, z: &mut Mat<f64>, nmin: usize, par: Par) -> Result<()> {
    let n = h.nrows();
    if n < nmin {
        return francis_qr(h, z);
    }
    let ns_max = ((n - 3) / 6).min(shift_count(n)).max(2);
    let ns_max = ns_max - ns_max % 2;
    let nw_max = (n - 1) / 3;
    let nw_pref = window_size(n, shift_count(n)).min(nw_max).max(2);
    let mut kbot = n; // one past the last row of the active block
    let (mut ndfl, mut nw, mut ndec) = (1usize, nw_pref, None::<usize>);
    for _ in 0..max_iterations(n) {
        if kbot == 0 {
            return Ok(());
        }
        let last = kbot - 1;
        let ktop = (1..=last)
            .rev()
            .find(|&k| h[(k, k - 1)] == 0.0)
            .unwrap_or(0);
        let nh = kbot - ktop;
        if nh < nmin {
            francis_qr_range(h, z, ktop, last)?;
            kbot = ktop;
            ndfl = 1;
            continue;
        }
        let limits = (nw_pref, nw_max, nw_max.min(nh));
        nw = next_window(
            |k| h[(k, k - 1)].abs(),
            ktop,
            last,
            nw,
            limits,
            ndfl,
            &mut ndec,
        );
        let win = deflate_window(h, z, ktop, last, nw, par);
        kbot -= win.deflated;
        let active = kbot - ktop;
        if win.deflated == 0 || (100 * win.deflated <= nw * NIBBLE && active > nmin.min(nw_max)) {
            let ns = ns_max.min(2.max(active - 1));
            let ns = ns - ns % 2;
            let shifts = if ndfl % KEXSH == 0 {
                exceptional_shifts(h, ktop, kbot - 1, ns)
            } else {
                sweep_shifts(h, ktop, kbot - 1, ns, win.shifts)
            };
            bulge_sweep(h, z, ktop, kbot - 1, &shifts, par);
        }
        ndfl = if win.deflated > 0 { 1 } else { ndfl + 1 };
    }
    Err(not_converged())
}

/// The deflation window for the next iteration (LAPACK's choice: the
/// preferred size, doubled while deflation stalls, adjusted to start at
/// the smaller of two adjacent subdiagonals, whose magnitudes `sub(k)` of
/// `h[k, k-1]` gives). `limits` is (preferred, largest, largest for this
/// block).
pub(super) fn next_window(
    sub: impl Fn(usize) -> f64,
    ktop: usize,
    last: usize,
    nw: usize,
    limits: (usize, usize, usize),
    ndfl: usize,
    ndec: &mut Option<usize>,
) -> usize {
    let (nw_pref, nw_max, nw_upper) = limits;
    let nh = last + 1 - ktop;
    let mut nw = if ndfl < KEXNW {
        nw_upper.min(nw_pref)
    } else {
        nw_upper.min(2 * nw)
    };
    if nw < nw_max {
        if nw + 1 >= nh {
            nw = nh;
        } else {
            let kwtop = last + 1 - nw;
            if sub(kwtop) > sub(kwtop - 1) {
                nw += 1;
            }
        }
    }
    if ndfl < KEXNW {
        *ndec = None;
    } else if ndec.is_some() || nw >= nw_upper {
        let mut d = ndec.map_or(0, |d| d + 1);
        if nw < d + 2 {
            d = 0;
        }
        nw -= d;
        *ndec = Some(d);
    }
    nw
}

/// What a deflation window gave: how many eigenvalues deflated at the
/// bottom of the active block, and the undeflated ones as shifts.
struct Window {
    deflated: usize,
    shifts: Vec<(f64, f64)>,
}

/// Aggressive early deflation on the trailing `nw` rows of the active
/// block `ktop..=kbot` (LAPACK's `dlaqr3`).
fn deflate_window(
    h: &mut Mat<f64>,
    z: &mut Mat<f64>,
    ktop: usize,
    kbot: usize,
    nw: usize,
    par: Par,
) -> Window {
    let n = h.nrows();
    let ulp = f64::EPSILON;
    let small = f64::MIN_POSITIVE * (n as f64 / ulp);
    let jw = nw.min(kbot + 1 - ktop);
    let kwtop = kbot + 1 - jw;
    let spike = if kwtop == ktop {
        0.0
    } else {
        h[(kwtop, kwtop - 1)]
    };
    if jw == 1 {
        let d = h[(kwtop, kwtop)];
        if spike.abs() <= small.max(ulp * d.abs()) {
            if kwtop > ktop {
                h[(kwtop, kwtop - 1)] = 0.0;
            }
            return Window {
                deflated: 1,
                shifts: vec![],
            };
        }
        return Window {
            deflated: 0,
            shifts: vec![(d, 0.0)],
        };
    }
    let mut t = Mat::<f64>::from_fn(jw, jw, |i, j| {
        if i > j + 1 {
            0.0
        } else {
            h[(kwtop + i, kwtop + j)]
        }
    });
    let mut v = Mat::<f64>::identity(jw, jw);
    if francis_qr(&mut t, &mut v).is_err() {
        // rare: keep h as it is and shift with its diagonal
        let shifts = (kwtop..=kbot).map(|i| (h[(i, i)], 0.0)).collect();
        return Window {
            deflated: 0,
            shifts,
        };
    }
    let kept = undeflated_count(&mut t, &mut v, spike, small);
    sort_by_magnitude(&mut t, &mut v, kept);
    let shifts = block_eigenvalues(&t, kept);
    let spike = if kept == 0 { 0.0 } else { spike };
    if kept < jw || spike == 0.0 {
        if kept > 1 && spike != 0.0 {
            flatten_spike(&mut t, &mut v, spike, kept);
        }
        if kwtop > 0 {
            h[(kwtop, kwtop - 1)] = spike * v[(0, 0)];
        }
        for j in 0..jw {
            for i in 0..jw {
                h[(kwtop + i, kwtop + j)] = if i > j + 1 { 0.0 } else { t[(i, j)] };
            }
        }
        apply_window_transform(h, z, kwtop, kbot, v.as_ref(), par);
    }
    Window {
        deflated: jw - kept,
        shifts,
    }
}

/// Deflation test of `dlaqr3`: from the bottom of the Schur form `t`, a
/// block whose spike entries `spike * v[0, ·]` are negligible deflates;
/// the others move to the top. Returns how many eigenvalues did not
/// deflate (they occupy `t[..kept, ..kept]`).
fn undeflated_count(t: &mut Mat<f64>, v: &mut Mat<f64>, spike: f64, small: f64) -> usize {
    let ulp = f64::EPSILON;
    let (mut kept, mut top) = (t.nrows(), 0);
    while top < kept {
        let size = if kept >= 2 && t[(kept - 1, kept - 2)] != 0.0 {
            2
        } else {
            1
        };
        let b = kept - size;
        let mut magnitude = t[(kept - 1, kept - 1)].abs();
        if size == 2 {
            magnitude +=
                t[(kept - 1, kept - 2)].abs().sqrt() * t[(kept - 2, kept - 1)].abs().sqrt();
        }
        if magnitude == 0.0 {
            magnitude = spike.abs();
        }
        let spike_part = (b..kept).fold(0.0_f64, |m, j| m.max((spike * v[(0, j)]).abs()));
        if spike_part <= small.max(ulp * magnitude) {
            kept = b;
        } else {
            let (at, size) = move_block_up(t, v, b, top);
            top = at + size;
        }
    }
    kept
}

/// Order (1 or 2) of the diagonal block of `t` starting at `k`, within the
/// leading `end` rows.
fn block_size(t: &Mat<f64>, k: usize, end: usize) -> usize {
    if k + 1 < end && t[(k + 1, k)] != 0.0 {
        2
    } else {
        1
    }
}

/// Moves the block at `from` up to row `to` (a block boundary) by adjacent
/// swaps; stops early where a swap is refused. Returns where the block
/// ended and its order there.
fn move_block_up(t: &mut Mat<f64>, v: &mut Mat<f64>, from: usize, to: usize) -> (usize, usize) {
    let n = t.nrows();
    let mut here = from;
    let mut size = block_size(t, here, n);
    while here > to {
        let above = if here >= to + 2 && t[(here - 1, here - 2)] != 0.0 {
            2
        } else {
            1
        };
        if swap_blocks(t, v, here - above, above, size).is_err() {
            break;
        }
        here -= above;
        size = block_size(t, here, n);
    }
    (here, size)
}

/// Magnitude used to order the blocks: `|re| + |im|`-like as in `dlaqr3`.
fn block_magnitude(t: &Mat<f64>, k: usize, size: usize) -> f64 {
    let mut m = t[(k, k)].abs();
    if size == 2 {
        m += t[(k + 1, k)].abs().sqrt() * t[(k, k + 1)].abs().sqrt();
    }
    m
}

/// Bubble-sorts the blocks of `t[..kept, ..kept]` into decreasing
/// magnitude (better accuracy for graded matrices, and the smallest end up
/// at the bottom, where the shifts are taken).
fn sort_by_magnitude(t: &mut Mat<f64>, v: &mut Mat<f64>, kept: usize) {
    let mut end = kept;
    let mut sorted = false;
    while !sorted && end > 0 {
        sorted = true;
        let mut i = 0;
        let mut si = block_size(t, i, kept);
        while i + si < end {
            let k = i + si;
            let sk = block_size(t, k, kept);
            if block_magnitude(t, i, si) >= block_magnitude(t, k, sk)
                || swap_blocks(t, v, i, si, sk).is_err()
            {
                i = k;
            } else {
                sorted = false;
                i += sk;
            }
            si = block_size(t, i, kept);
        }
        end = i;
    }
}

/// The eigenvalues of the blocks of the standardized `t[..kept, ..kept]`.
fn block_eigenvalues(t: &Mat<f64>, kept: usize) -> Vec<(f64, f64)> {
    let mut w = Vec::with_capacity(kept);
    let mut k = 0;
    while k < kept {
        if block_size(t, k, kept) == 2 {
            let im = t[(k, k + 1)].abs().sqrt() * t[(k + 1, k)].abs().sqrt();
            w.push((t[(k, k)], im));
            w.push((t[(k, k)], -im));
            k += 2;
        } else {
            w.push((t[(k, k)], 0.0));
            k += 1;
        }
    }
    w
}

/// Folds the spike `spike * v[0, ..kept]` onto its first entry with a
/// reflector and returns `t[..kept, ..kept]` to Hessenberg form, updating
/// the rest of `t` and `v`.
fn flatten_spike(t: &mut Mat<f64>, v: &mut Mat<f64>, spike: f64, kept: usize) {
    let jw = t.nrows();
    let mut x: Vec<f64> = (0..kept).map(|j| spike * v[(0, j)]).collect();
    let (_, tau) = super::householder::make_reflector(x[0], &mut x[1..]);
    x[0] = 1.0;
    apply_reflector_left(t.as_mut().submatrix_mut(0, 0, kept, jw), &x, tau);
    apply_reflector_right(t.as_mut().submatrix_mut(0, 0, kept, kept), &x, tau);
    apply_reflector_right(v.as_mut().submatrix_mut(0, 0, jw, kept), &x, tau);
    let (hess, q) = hessenberg_with_q(t.as_ref().submatrix(0, 0, kept, kept), Par::Seq);
    t.as_mut().submatrix_mut(0, 0, kept, kept).copy_from(&hess);
    if kept < jw {
        let right = t.as_ref().submatrix(0, kept, kept, jw - kept).to_owned();
        t.as_mut()
            .submatrix_mut(0, kept, kept, jw - kept)
            .copy_from(q.transpose() * &right);
    }
    let vl = v.as_ref().submatrix(0, 0, jw, kept).to_owned();
    v.as_mut().submatrix_mut(0, 0, jw, kept).copy_from(&vl * &q);
}

/// `m <- (I - tau x xᵀ) m`.
fn apply_reflector_left(mut m: MatMut<'_, f64>, x: &[f64], tau: f64) {
    for j in 0..m.ncols() {
        let dot: f64 = (0..x.len()).map(|i| x[i] * m[(i, j)]).sum();
        (0..x.len()).for_each(|i| m[(i, j)] -= tau * dot * x[i]);
    }
}

/// `m <- m (I - tau x xᵀ)`.
fn apply_reflector_right(mut m: MatMut<'_, f64>, x: &[f64], tau: f64) {
    for i in 0..m.nrows() {
        let dot: f64 = (0..x.len()).map(|j| m[(i, j)] * x[j]).sum();
        (0..x.len()).for_each(|j| m[(i, j)] -= tau * dot * x[j]);
    }
}

/// Applies the orthogonal (unitary) `u` acting on rows/columns `lo..=hi` to
/// the parts of `h` outside that diagonal block (rows above, columns to the
/// right) and to `z`, by matrix products.
pub(super) fn apply_window_transform<T: ComplexField>(
    h: &mut Mat<T>,
    z: &mut Mat<T>,
    lo: usize,
    hi: usize,
    u: MatRef<'_, T>,
    par: Par,
) {
    let n = h.nrows();
    let w = hi + 1 - lo;
    let par_over = |len: usize| {
        if len >= PARALLEL_MIN_LEN {
            par
        } else {
            Par::Seq
        }
    };
    if hi + 1 < n {
        let right = h.as_mut().submatrix_mut(lo, hi + 1, w, n - hi - 1);
        multiply_left(right, u.adjoint().to_owned().as_ref(), par_over(n - hi - 1));
    }
    if lo > 0 {
        multiply_right(h.as_mut().submatrix_mut(0, lo, lo, w), u, par_over(lo));
    }
    let zn = z.nrows();
    multiply_right(z.as_mut().submatrix_mut(0, lo, zn, w), u, par_over(zn));
}

/// `m <- a m`.
fn multiply_left<T: ComplexField>(mut m: MatMut<'_, T>, a: MatRef<'_, T>, par: Par) {
    let p = product(a, m.rb(), par);
    m.copy_from(&p);
}

/// `m <- m a`.
fn multiply_right<T: ComplexField>(mut m: MatMut<'_, T>, a: MatRef<'_, T>, par: Par) {
    let p = product(m.rb(), a, par);
    m.copy_from(&p);
}

/// `x y` in a new matrix.
fn product<T: ComplexField>(x: MatRef<'_, T>, y: MatRef<'_, T>, par: Par) -> Mat<T> {
    let mut out = Mat::<T>::zeros(x.nrows(), y.ncols());
    matmul(out.as_mut(), Accum::Replace, x, y, T::one_impl(), par);
    out
}

/// LAPACK's exceptional shifts for the bottom `ns` rows of the active block
/// (after a stall): made from the subdiagonal magnitudes.
fn exceptional_shifts(h: &Mat<f64>, ktop: usize, kbot: usize, ns: usize) -> Vec<(f64, f64)> {
    let ks = kbot + 1 - ns;
    let mut w = vec![(0.0, 0.0); ns];
    let mut i = kbot;
    while i >= (ks + 1).max(ktop + 2) {
        let ss = h[(i, i - 1)].abs() + h[(i - 1, i - 2)].abs();
        let aa = 0.75 * ss + h[(i, i)];
        let s = lanv2(aa, ss, -0.4375 * ss, aa);
        let (w1, w2) = standard_eigenvalues(s.a, s.b, s.c, s.d);
        w[i - 1 - ks] = w1;
        w[i - ks] = w2;
        if i < 2 {
            break;
        }
        i -= 2;
    }
    if ks == ktop {
        w[1] = (h[(ks + 1, ks + 1)], 0.0);
        w[0] = w[1];
    }
    w
}

/// The eigenvalues of a standardized 2 x 2 block.
fn standard_eigenvalues(a: f64, b: f64, c: f64, d: f64) -> ((f64, f64), (f64, f64)) {
    if c == 0.0 {
        ((a, 0.0), (d, 0.0))
    } else {
        let im = b.abs().sqrt() * c.abs().sqrt();
        ((a, im), (d, -im))
    }
}

/// The shifts of a sweep from the window's undeflated eigenvalues (or the
/// eigenvalues of the trailing `ns x ns` block when there are too few):
/// the `ns` smallest, sorted, real ones paired and conjugates adjacent.
fn sweep_shifts(
    h: &Mat<f64>,
    ktop: usize,
    kbot: usize,
    ns: usize,
    mut w: Vec<(f64, f64)>,
) -> Vec<(f64, f64)> {
    if w.len() <= ns / 2 {
        w = trailing_eigenvalues(h, ktop, kbot, ns);
    }
    if w.len() > ns {
        sort_shifts(&mut w);
    }
    pair_real_shifts(&mut w);
    if w.len() == 2 && w[1].1 == 0.0 {
        let hb = h[(kbot, kbot)];
        let pick = if (w[1].0 - hb).abs() < (w[0].0 - hb).abs() {
            w[1]
        } else {
            w[0]
        };
        w = vec![pick, pick];
    }
    let take = ns.min(w.len());
    let take = take - take % 2;
    w.split_off(w.len() - take)
}

/// The eigenvalues of the trailing `ns x ns` block of the active block
/// (LAPACK falls back to the trailing 2 x 2 if the QR fails there).
fn trailing_eigenvalues(h: &Mat<f64>, ktop: usize, kbot: usize, ns: usize) -> Vec<(f64, f64)> {
    let ks = (kbot + 1 - ns).max(ktop);
    let m = kbot + 1 - ks;
    let mut t = Mat::<f64>::from_fn(
        m,
        m,
        |i, j| {
            if i > j + 1 {
                0.0
            } else {
                h[(ks + i, ks + j)]
            }
        },
    );
    let mut v = Mat::<f64>::identity(m, m);
    if francis_qr(&mut t, &mut v).is_ok() {
        return block_eigenvalues(&t, m);
    }
    let k = kbot - 1;
    let s = lanv2(h[(k, k)], h[(k, kbot)], h[(kbot, k)], h[(kbot, kbot)]);
    let (w1, w2) = standard_eigenvalues(s.a, s.b, s.c, s.d);
    vec![w1, w2]
}

/// Bubble sort into decreasing `|re| + |im|`; it keeps conjugate pairs
/// together.
fn sort_shifts(w: &mut [(f64, f64)]) {
    let mag = |x: (f64, f64)| x.0.abs() + x.1.abs();
    for end in (1..w.len()).rev() {
        let mut sorted = true;
        for i in 0..end {
            if mag(w[i]) < mag(w[i + 1]) {
                w.swap(i, i + 1);
                sorted = false;
            }
        }
        if sorted {
            break;
        }
    }
}

/// Rotates the shifts so that, counted from the bottom in pairs, each pair
/// is either two reals or a conjugate pair.
fn pair_real_shifts(w: &mut [(f64, f64)]) {
    let mut i = w.len();
    while i >= 3 {
        if w[i - 1].1 != -w[i - 2].1 {
            w[i - 3..i].rotate_right(1);
        }
        i -= 2;
    }
}

/// One small-bulge multishift QR sweep over the active block
/// `ktop..=kbot` with the shift pairs in `shifts` (real pairs or conjugate
/// pairs). Bulge `j` is three rows behind bulge `j - 1`; at step `s` its
/// reflector acts at row `ktop + s - 3 j`.
fn bulge_sweep(
    h: &mut Mat<f64>,
    z: &mut Mat<f64>,
    ktop: usize,
    kbot: usize,
    shifts: &[(f64, f64)],
    par: Par,
) {
    let nb = shifts.len() / 2;
    if nb == 0 || kbot < ktop + 2 {
        return;
    }
    let small = f64::MIN_POSITIVE * (h.nrows() as f64 / f64::EPSILON);
    let last_step = (kbot - 1 - ktop) + 3 * (nb - 1);
    let chunk = (3 * nb).max(12);
    let mut s0 = 0;
    while s0 <= last_step {
        let s1 = (s0 + chunk).min(last_step + 1);
        let kmin = ktop + s0.saturating_sub(3 * (nb - 1));
        let kmax = (ktop + s1 - 1).min(kbot - 1);
        let lo = if kmin > ktop { kmin - 1 } else { ktop };
        let hi = (kmax + 3).min(kbot);
        let mut u = Mat::<f64>::identity(hi + 1 - lo, hi + 1 - lo);
        for step in s0..s1 {
            for (j, pair) in shifts.chunks_exact(2).enumerate() {
                let Some(k) = (ktop + step).checked_sub(3 * j) else {
                    continue;
                };
                if k < ktop || k >= kbot {
                    continue;
                }
                let sh = (pair[0].0, pair[0].1, pair[1].0, pair[1].1);
                bulge_step(h, &mut u, k, ktop, kbot, lo, hi, sh);
                if j + 1 == nb && k > ktop && negligible(h, k, kbot, small) {
                    h[(k, k - 1)] = 0.0;
                }
            }
        }
        apply_window_transform(h, z, lo, hi, u.as_ref(), par);
        s0 = s1;
    }
}

/// Moves one bulge by one row: the reflector at row `k` (introducing the
/// bulge when `k == ktop`), applied to `h` inside the window `lo..=hi` and
/// accumulated into `u`.
#[allow(clippy::too_many_arguments)]
fn bulge_step(
    h: &mut Mat<f64>,
    u: &mut Mat<f64>,
    k: usize,
    ktop: usize,
    kbot: usize,
    lo: usize,
    hi: usize,
    sh: (f64, f64, f64, f64),
) {
    let nr = 3.min(kbot + 1 - k);
    let mut x = if k == ktop {
        shift_column(h, k, sh)
    } else {
        [
            h[(k, k - 1)],
            h[(k + 1, k - 1)],
            if nr == 3 { h[(k + 2, k - 1)] } else { 0.0 },
        ]
    };
    let (beta, tau) = super::householder::make_reflector(x[0], &mut x[1..nr]);
    if k > ktop {
        h[(k, k - 1)] = beta;
        h[(k + 1, k - 1)] = 0.0;
        if nr == 3 {
            h[(k + 2, k - 1)] = 0.0;
        }
    }
    let v = [x[1], if nr == 3 { x[2] } else { 0.0 }];
    reflect_rows(h, k, nr, v, tau, k..hi + 1);
    reflect_cols(h, k, nr, v, tau, lo..(k + 3).min(kbot) + 1);
    let w = u.nrows();
    reflect_cols(u, k - lo, nr, v, tau, 0..w);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::linalg::schur::hessenberg_with_q;

    /// A deterministic pseudo-random matrix with entries in [-1, 1).
    fn test_matrix(n: usize, seed: u64) -> Mat<f64> {
        let mut state = seed;
        Mat::from_fn(n, n, |_, _| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        })
    }

    fn max_abs(m: MatRef<'_, f64>) -> f64 {
        (0..m.ncols())
            .flat_map(|j| (0..m.nrows()).map(move |i| (i, j)))
            .fold(0.0, |a, (i, j)| a.max(m[(i, j)].abs()))
    }

    /// Checks `a = z t zᵀ`, `zᵀ z = I` and the standardized quasi-triangular
    /// shape of `t`; returns the eigenvalues of `t`, sorted.
    fn check_schur(a: &Mat<f64>, t: &Mat<f64>, z: &Mat<f64>) -> Vec<(f64, f64)> {
        let n = a.nrows();
        let scale = max_abs(a.as_ref()).max(f64::MIN_POSITIVE);
        let back = z * t * z.transpose() - a;
        assert!(max_abs(back.as_ref()) <= 1e-12 * n as f64 * scale);
        let ortho = z.transpose() * z - Mat::<f64>::identity(n, n);
        assert!(max_abs(ortho.as_ref()) <= 1e-12 * n as f64);
        for j in 0..n {
            for i in j + 2..n {
                assert_eq!(t[(i, j)], 0.0, "t[{i}, {j}] below the subdiagonal");
            }
            if j + 1 < n && t[(j + 1, j)] != 0.0 {
                assert!(j == 0 || t[(j, j - 1)] == 0.0, "adjacent 2x2 blocks at {j}");
                assert_eq!(
                    t[(j, j)],
                    t[(j + 1, j + 1)],
                    "2x2 block at {j} not standard"
                );
                assert!(t[(j, j + 1)] * t[(j + 1, j)] < 0.0);
            }
        }
        let mut w = block_eigenvalues(t, n);
        w.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.total_cmp(&y.1)));
        w
    }

    /// Runs the multishift QR (threshold `nmin`) and the double-shift QR on
    /// `a` and checks both Schur forms and that their eigenvalues agree.
    fn compare_with_double_shift(a: &Mat<f64>, nmin: usize) {
        let (h, q) = hessenberg_with_q(a.as_ref(), Par::Seq);
        let (mut t1, mut z1) = (h.clone(), q.clone());
        multishift_qr_with(&mut t1, &mut z1, nmin, Par::Seq).expect("multishift converges");
        let (mut t2, mut z2) = (h, q);
        francis_qr(&mut t2, &mut z2).expect("double shift converges");
        let w1 = check_schur(a, &t1, &z1);
        let w2 = check_schur(a, &t2, &z2);
        let scale = max_abs(a.as_ref());
        for (x, y) in w1.iter().zip(&w2) {
            let d = (x.0 - y.0).hypot(x.1 - y.1);
            assert!(d <= 1e-8 * scale.max(1.0), "eigenvalue {x:?} vs {y:?}");
        }
    }

    #[test]
    fn random_matrices_match_the_double_shift_qr() {
        for (n, seed) in [(80, 1), (151, 2), (260, 3)] {
            compare_with_double_shift(&test_matrix(n, seed), NMIN);
        }
    }

    #[test]
    fn small_threshold_exercises_every_path() {
        for (n, seed) in [(12, 4), (20, 5), (33, 6), (47, 7)] {
            compare_with_double_shift(&test_matrix(n, seed), 12);
        }
    }

    #[test]
    fn graded_and_structured_matrices() {
        let n = 90;
        let r = test_matrix(n, 8);
        let graded = Mat::from_fn(n, n, |i, j| r[(i, j)] * 10f64.powi(-((i + j) as i32) / 12));
        compare_with_double_shift(&graded, NMIN);
        let symmetric = {
            let r = test_matrix(n, 9);
            &r + r.transpose()
        };
        compare_with_double_shift(&symmetric, NMIN);
        let shift_down = Mat::from_fn(n, n, |i, j| if i == j + 1 { 1.0 } else { 0.0 });
        let mut cyclic = shift_down.clone();
        cyclic[(0, n - 1)] = 1.0;
        compare_with_double_shift(&cyclic, NMIN);
        compare_with_double_shift(&Mat::<f64>::identity(n, n), NMIN);
    }

    /// Reordering the Schur form of a random order-1000 matrix (about 500
    /// eigenvalues moved past 500, through some 10^5 block swaps) succeeds,
    /// as SciPy's does: swaps of well separated blocks are never refused.
    #[test]
    fn sorting_a_large_random_matrix_swaps_every_block() {
        let a = test_matrix(1000, 12345);
        let sch = crate::linalg::schur_real(a.as_ref(), Some(crate::linalg::SchurSort::Lhp))
            .expect("every swap accepted");
        let w = check_schur(&a, &sch.t, &sch.z);
        assert_eq!(sch.sdim, w.iter().filter(|x| x.0 < 0.0).count());
        let leading = block_eigenvalues(
            &sch.t
                .as_ref()
                .submatrix(0, 0, sch.sdim, sch.sdim)
                .to_owned(),
            sch.sdim,
        );
        assert!(leading.iter().all(|x| x.0 < 0.0));
    }
}
