//! The complex Schur form of a large upper Hessenberg matrix by the
//! small-bulge multishift QR algorithm with aggressive early deflation
//! (LAPACK's `zlaqr0` / `zlaqr3` / `zlaqr5`), the complex counterpart of
//! `schur_multishift`: the same window and sweep structure, with single
//! complex eigenvalues instead of real 2 x 2 blocks, so reordering the
//! window (by rotations) never fails. Blocks smaller than `NMIN` go to the
//! single-shift QR (`complex_qr_range`).

use super::householder::make_reflector;
use super::schur::max_iterations;
use super::schur_complex::{cabs1, complex_qr, complex_qr_range, negligible, swap_diagonal};
use super::schur_multishift::{
    apply_window_transform, next_window, shift_count, window_size, KEXSH, NIBBLE, NMIN,
};
use crate::error::{Error, ErrorKind, Result};
use faer::{Mat, Par};
use num_complex::Complex64;

type C = Complex64;

const ZERO: C = C::new(0.0, 0.0);

/// Reduces the upper Hessenberg `h` to upper triangular Schur form,
/// accumulating the transformations into `z`; `par` spreads the matrix
/// products over threads.
pub(crate) fn complex_multishift_qr(h: &mut Mat<C>, z: &mut Mat<C>, par: Par) -> Result<()> {
    multishift_with(h, z, NMIN, par)
}

/// `complex_multishift_qr` with the small-block threshold `nmin` (at least
/// 12).
fn multishift_with(h: &mut Mat<C>, z: &mut Mat<C>, nmin: usize, par: Par) -> Result<()> {
    let n = h.nrows();
    if n < nmin {
        return complex_qr(h, z);
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
            .find(|&k| h[(k, k - 1)] == ZERO)
            .unwrap_or(0);
        let nh = kbot - ktop;
        if nh < nmin {
            complex_qr_range(h, z, ktop, last)?;
            kbot = ktop;
            ndfl = 1;
            continue;
        }
        let limits = (nw_pref, nw_max, nw_max.min(nh));
        nw = next_window(
            |k| cabs1(h[(k, k - 1)]),
            ktop,
            last,
            nw,
            limits,
            ndfl,
            &mut ndec,
        );
        let (deflated, window_shifts) = deflate_window(h, z, ktop, last, nw, par);
        kbot -= deflated;
        let active = kbot - ktop;
        if deflated == 0 || (100 * deflated <= nw * NIBBLE && active > nmin.min(nw_max)) {
            let ns = ns_max.min(2.max(active - 1));
            let ns = ns - ns % 2;
            let shifts = if ndfl % KEXSH == 0 {
                exceptional_shifts(h, kbot - 1, ns)
            } else {
                sweep_shifts(h, ktop, kbot - 1, ns, window_shifts)
            };
            bulge_sweep(h, z, ktop, kbot - 1, &shifts, par);
        }
        ndfl = if deflated > 0 { 1 } else { ndfl + 1 };
    }
    Err(Error::new(
        ErrorKind::Singular,
        "Schur form not found. Possibly ill-conditioned.",
    ))
}

/// Aggressive early deflation on the trailing `nw` rows of the active
/// block `ktop..=kbot` (`zlaqr3`). Returns how many eigenvalues deflated
/// and the undeflated ones (the next shifts).
fn deflate_window(
    h: &mut Mat<C>,
    z: &mut Mat<C>,
    ktop: usize,
    kbot: usize,
    nw: usize,
    par: Par,
) -> (usize, Vec<C>) {
    let n = h.nrows();
    let ulp = f64::EPSILON;
    let small = f64::MIN_POSITIVE * (n as f64 / ulp);
    let jw = nw.min(kbot + 1 - ktop);
    let kwtop = kbot + 1 - jw;
    let spike = if kwtop == ktop {
        ZERO
    } else {
        h[(kwtop, kwtop - 1)]
    };
    if jw == 1 {
        let d = h[(kwtop, kwtop)];
        if cabs1(spike) <= small.max(ulp * cabs1(d)) {
            if kwtop > ktop {
                h[(kwtop, kwtop - 1)] = ZERO;
            }
            return (1, vec![]);
        }
        return (0, vec![d]);
    }
    let mut t = Mat::<C>::from_fn(jw, jw, |i, j| {
        if i > j + 1 {
            ZERO
        } else {
            h[(kwtop + i, kwtop + j)]
        }
    });
    let mut v = Mat::<C>::identity(jw, jw);
    if complex_qr(&mut t, &mut v).is_err() {
        // rare: keep h as it is and shift with its diagonal
        return (0, (kwtop..=kbot).map(|i| h[(i, i)]).collect());
    }
    let kept = undeflated_count(&mut t, &mut v, spike, small);
    sort_by_magnitude(&mut t, &mut v, kept);
    let shifts = (0..kept).map(|i| t[(i, i)]).collect();
    let spike = if kept == 0 { ZERO } else { spike };
    if kept < jw || spike == ZERO {
        if kept > 1 && spike != ZERO {
            flatten_spike(&mut t, &mut v, kept);
        }
        if kwtop > 0 {
            h[(kwtop, kwtop - 1)] = spike * v[(0, 0)].conj();
        }
        for j in 0..jw {
            for i in 0..jw {
                h[(kwtop + i, kwtop + j)] = if i > j + 1 { ZERO } else { t[(i, j)] };
            }
        }
        apply_window_transform(h, z, kwtop, kbot, v.as_ref(), par);
    }
    (jw - kept, shifts)
}

/// `zlaqr3`'s deflation test: from the bottom of the triangular `t`, an
/// eigenvalue whose spike entry `spike * conj(v[0, ·])` is negligible
/// deflates; the others move to the top. Returns how many did not deflate
/// (they occupy `t[..kept, ..kept]`).
fn undeflated_count(t: &mut Mat<C>, v: &mut Mat<C>, spike: C, small: f64) -> usize {
    let ulp = f64::EPSILON;
    let (mut kept, mut top) = (t.nrows(), 0);
    while top < kept {
        let b = kept - 1;
        let mut magnitude = cabs1(t[(b, b)]);
        if magnitude == 0.0 {
            magnitude = cabs1(spike);
        }
        if cabs1(spike) * cabs1(v[(0, b)]) <= small.max(ulp * magnitude) {
            kept = b;
        } else {
            for here in (top..b).rev() {
                swap_diagonal(t, v, here);
            }
            top += 1;
        }
    }
    kept
}

/// Bubble-sorts the diagonal of `t[..kept, ..kept]` into decreasing
/// `cabs1` (better accuracy for graded matrices; the smallest end up at
/// the bottom, where the shifts are taken).
fn sort_by_magnitude(t: &mut Mat<C>, v: &mut Mat<C>, kept: usize) {
    for end in (1..kept).rev() {
        let mut sorted = true;
        for i in 0..end {
            if cabs1(t[(i, i)]) < cabs1(t[(i + 1, i + 1)]) {
                swap_diagonal(t, v, i);
                sorted = false;
            }
        }
        if sorted {
            break;
        }
    }
}

/// Folds the spike (proportional to `conj(v[0, ..kept])`) onto its first
/// entry with a reflector and returns `t[..kept, ..kept]` to Hessenberg
/// form, updating the rest of `t` and `v`.
fn flatten_spike(t: &mut Mat<C>, v: &mut Mat<C>, kept: usize) {
    let jw = t.nrows();
    let mut x: Vec<C> = (0..kept).map(|j| v[(0, j)].conj()).collect();
    let (_, tau) = make_reflector(x[0], &mut x[1..]);
    x[0] = C::new(1.0, 0.0);
    reflect_rows(t, 0, &x, tau, 0..jw);
    reflect_cols(t, 0, &x, tau, 0..kept);
    reflect_cols(v, 0, &x, tau, 0..jw);
    let (hess, q) =
        super::schur::hessenberg_with_q(t.as_ref().submatrix(0, 0, kept, kept), Par::Seq);
    t.as_mut().submatrix_mut(0, 0, kept, kept).copy_from(&hess);
    if kept < jw {
        let right = t.as_ref().submatrix(0, kept, kept, jw - kept).to_owned();
        t.as_mut()
            .submatrix_mut(0, kept, kept, jw - kept)
            .copy_from(q.adjoint() * &right);
    }
    let vl = v.as_ref().submatrix(0, 0, jw, kept).to_owned();
    v.as_mut().submatrix_mut(0, 0, jw, kept).copy_from(&vl * &q);
}

/// Rows `k..k + x.len()` of `m`, on columns `cols`, become `Hᴴ` times
/// themselves, `H = I - tau x xᴴ` (`x[0] = 1`).
fn reflect_rows(m: &mut Mat<C>, k: usize, x: &[C], tau: C, cols: std::ops::Range<usize>) {
    for j in cols {
        let c = &mut m.col_as_slice_mut(j)[k..k + x.len()];
        let dot: C = x.iter().zip(c.iter()).map(|(xi, ci)| xi.conj() * ci).sum();
        let s = tau.conj() * dot;
        c.iter_mut().zip(x).for_each(|(ci, xi)| *ci -= s * xi);
    }
}

/// Columns `k..k + x.len()` of `m`, on rows `rows`, become themselves
/// times `H = I - tau x xᴴ` (`x[0] = 1`).
fn reflect_cols(m: &mut Mat<C>, k: usize, x: &[C], tau: C, rows: std::ops::Range<usize>) {
    for r in rows {
        let dot: C = x.iter().enumerate().map(|(i, xi)| m[(r, k + i)] * xi).sum();
        let s = tau * dot;
        x.iter()
            .enumerate()
            .for_each(|(i, xi)| m[(r, k + i)] -= s * xi.conj());
    }
}

/// `zlaqr0`'s exceptional shifts for the bottom `ns` rows above `kbot`
/// (after a stall): each diagonal entry moved by 3/4 of its subdiagonal,
/// used twice.
fn exceptional_shifts(h: &Mat<C>, kbot: usize, ns: usize) -> Vec<C> {
    let ks = kbot + 1 - ns;
    let mut w = vec![ZERO; ns];
    let mut i = kbot;
    while i > ks {
        let s = h[(i, i)] + 0.75 * cabs1(h[(i, i - 1)]);
        w[i - ks] = s;
        w[i - 1 - ks] = s;
        i -= 2;
    }
    w
}

/// The shifts of a sweep from the window's undeflated eigenvalues (or the
/// eigenvalues of the trailing `ns x ns` block when there are too few): the
/// `ns` smallest by `cabs1`; of just two, the one nearer `h[kbot, kbot]`
/// twice (`zlaqr0`).
fn sweep_shifts(h: &Mat<C>, ktop: usize, kbot: usize, ns: usize, mut w: Vec<C>) -> Vec<C> {
    if w.len() <= ns / 2 {
        w = trailing_eigenvalues(h, ktop, kbot, ns);
    }
    if w.len() > ns {
        w.sort_by(|a, b| cabs1(*b).total_cmp(&cabs1(*a)));
    }
    if w.len() == 2 {
        let hb = h[(kbot, kbot)];
        let pick = if cabs1(w[1] - hb) < cabs1(w[0] - hb) {
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

/// The eigenvalues of the trailing `ns x ns` block of the active block (its
/// diagonal if the QR iteration fails there).
fn trailing_eigenvalues(h: &Mat<C>, ktop: usize, kbot: usize, ns: usize) -> Vec<C> {
    let ks = (kbot + 1 - ns).max(ktop);
    let m = kbot + 1 - ks;
    let mut t = Mat::<C>::from_fn(
        m,
        m,
        |i, j| if i > j + 1 { ZERO } else { h[(ks + i, ks + j)] },
    );
    let mut v = Mat::<C>::identity(m, m);
    if complex_qr(&mut t, &mut v).is_err() {
        return (ks..=kbot).map(|i| h[(i, i)]).collect();
    }
    (0..m).map(|i| t[(i, i)]).collect()
}

/// One small-bulge multishift QR sweep over the active block `ktop..=kbot`
/// with the shifts in pairs. Bulge `j` is three rows behind bulge `j - 1`;
/// at step `s` its reflector acts at row `ktop + s - 3 j`. The reflectors
/// are applied inside a moving window and accumulated, the rest of `h` and
/// `z` updated by matrix products.
fn bulge_sweep(h: &mut Mat<C>, z: &mut Mat<C>, ktop: usize, kbot: usize, shifts: &[C], par: Par) {
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
        let mut u = Mat::<C>::identity(hi + 1 - lo, hi + 1 - lo);
        for step in s0..s1 {
            for (j, pair) in shifts.chunks_exact(2).enumerate() {
                let Some(k) = (ktop + step).checked_sub(3 * j) else {
                    continue;
                };
                if k < ktop || k >= kbot {
                    continue;
                }
                bulge_step(h, &mut u, k, (ktop, kbot), (lo, hi), (pair[0], pair[1]));
                if j + 1 == nb && k > ktop && negligible(h, k, kbot, small) {
                    h[(k, k - 1)] = ZERO;
                }
            }
        }
        apply_window_transform(h, z, lo, hi, u.as_ref(), par);
        s0 = s1;
    }
}

/// Moves one bulge by one row: the reflector at row `k` (introducing the
/// bulge of the shifts `sh` when `k == ktop`), applied to `h` inside the
/// window `lo..=hi` and accumulated into `u`.
fn bulge_step(
    h: &mut Mat<C>,
    u: &mut Mat<C>,
    k: usize,
    (ktop, kbot): (usize, usize),
    (lo, hi): (usize, usize),
    sh: (C, C),
) {
    let nr = 3.min(kbot + 1 - k);
    let mut x = if k == ktop {
        shift_column(h, k, sh)
    } else {
        [
            h[(k, k - 1)],
            h[(k + 1, k - 1)],
            if nr == 3 { h[(k + 2, k - 1)] } else { ZERO },
        ]
    };
    let (beta, tau) = make_reflector(x[0], &mut x[1..nr]);
    if k > ktop {
        h[(k, k - 1)] = beta;
        h[(k + 1, k - 1)] = ZERO;
        if nr == 3 {
            h[(k + 2, k - 1)] = ZERO;
        }
    }
    x[0] = C::new(1.0, 0.0);
    let x = &x[..nr];
    reflect_rows(h, k, x, tau, k..hi + 1);
    reflect_cols(h, k, x, tau, lo..(k + 3).min(kbot) + 1);
    let w = u.nrows();
    reflect_cols(u, k - lo, x, tau, 0..w);
}

/// A multiple of the first column of `(H - s1 I)(H - s2 I)` at row `m`
/// (`zlaqr1`), scaled against overflow.
fn shift_column(h: &Mat<C>, m: usize, (s1, s2): (C, C)) -> [C; 3] {
    let h21 = h[(m + 1, m)];
    let s = cabs1(h[(m, m)] - s2) + cabs1(h21);
    if s == 0.0 {
        return [ZERO; 3];
    }
    let h21s = h21 / s;
    [
        h21s * h[(m, m + 1)] + (h[(m, m)] - s1) * ((h[(m, m)] - s2) / s),
        h21s * (h[(m, m)] + h[(m + 1, m + 1)] - s1 - s2),
        h21s * h[(m + 2, m + 1)],
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::linalg::schur::hessenberg_with_q;

    /// A deterministic pseudo-random complex matrix, parts in [-1, 1).
    fn test_matrix(n: usize, seed: u64) -> Mat<C> {
        let mut state = seed;
        let mut next = move || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
        };
        Mat::from_fn(n, n, |_, _| C::new(next(), next()))
    }

    fn max_abs(m: &Mat<C>) -> f64 {
        (0..m.ncols())
            .flat_map(|j| (0..m.nrows()).map(move |i| (i, j)))
            .fold(0.0, |a, (i, j)| a.max(m[(i, j)].norm()))
    }

    /// Checks `a = z t zᴴ`, `zᴴ z = I` and that `t` is upper triangular;
    /// returns the diagonal of `t`, sorted.
    fn check_schur(a: &Mat<C>, t: &Mat<C>, z: &Mat<C>) -> Vec<C> {
        let n = a.nrows();
        let back = z * t * z.adjoint() - a;
        assert!(max_abs(&back) <= 1e-12 * n as f64 * max_abs(a));
        let ortho = z.adjoint() * z - Mat::<C>::identity(n, n);
        assert!(max_abs(&ortho) <= 1e-12 * n as f64);
        for j in 0..n {
            for i in j + 1..n {
                assert_eq!(t[(i, j)], ZERO, "t[{i}, {j}] below the diagonal");
            }
        }
        let mut w: Vec<C> = (0..n).map(|i| t[(i, i)]).collect();
        w.sort_by(|x, y| x.re.total_cmp(&y.re).then(x.im.total_cmp(&y.im)));
        w
    }

    /// Runs the multishift QR (threshold `nmin`) and the single-shift QR on
    /// `a` and checks both Schur forms and that their eigenvalues agree.
    fn compare_with_single_shift(a: &Mat<C>, nmin: usize) {
        let (h, q) = hessenberg_with_q(a.as_ref(), Par::Seq);
        let (mut t1, mut z1) = (h.clone(), q.clone());
        multishift_with(&mut t1, &mut z1, nmin, Par::Seq).expect("multishift converges");
        let (mut t2, mut z2) = (h, q);
        complex_qr(&mut t2, &mut z2).expect("single shift converges");
        let w1 = check_schur(a, &t1, &z1);
        let w2 = check_schur(a, &t2, &z2);
        let scale = max_abs(a).max(1.0);
        for (x, y) in w1.iter().zip(&w2) {
            assert!((x - y).norm() <= 1e-8 * scale, "eigenvalue {x} vs {y}");
        }
    }

    #[test]
    fn random_matrices_match_the_single_shift_qr() {
        for (n, seed) in [(80, 1), (151, 2), (260, 3)] {
            compare_with_single_shift(&test_matrix(n, seed), NMIN);
        }
    }

    #[test]
    fn small_threshold_exercises_every_path() {
        for (n, seed) in [(12, 4), (20, 5), (33, 6), (47, 7)] {
            compare_with_single_shift(&test_matrix(n, seed), 12);
        }
    }

    #[test]
    fn graded_and_structured_matrices() {
        let n = 90;
        let r = test_matrix(n, 8);
        let graded = Mat::from_fn(n, n, |i, j| r[(i, j)] * 10f64.powi(-((i + j) as i32) / 12));
        compare_with_single_shift(&graded, NMIN);
        let hermitian = {
            let r = test_matrix(n, 9);
            &r + r.adjoint()
        };
        compare_with_single_shift(&hermitian, NMIN);
        let shift_down = Mat::from_fn(
            n,
            n,
            |i, j| if i == j + 1 { C::new(1.0, 0.0) } else { ZERO },
        );
        let mut cyclic = shift_down.clone();
        cyclic[(0, n - 1)] = C::new(0.0, 1.0);
        compare_with_single_shift(&cyclic, NMIN);
        compare_with_single_shift(&Mat::<C>::identity(n, n), NMIN);
    }
}
