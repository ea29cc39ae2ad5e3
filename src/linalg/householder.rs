//! Householder reflectors in LAPACK's conventions (`dlarfg`, `dgeqr2`,
//! `dlarft`, `dlarfb`, `dorgqr`), so QR factors, `tau` and the signs of `R`
//! are those SciPy returns. faer's own QR is rank revealing (it skips columns
//! whose remaining norm is negligible), which changes `R` for rank-deficient
//! matrices; these kernels do not.
//!
//! A reflector is `H = I - tau v vᴴ` with `v[0] = 1`; `k` reflectors are
//! stored as in `geqrf`: `v`'s tail below the diagonal of column `i`, `tau[i]`
//! beside. Complex matrices follow `zlarfg` / `zgeqrf` / `zungqr` (complex
//! `tau`, real `beta`, `H^H` applied during the factorization).

use super::common::Scalar;
use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatMut, MatRef, Par};

/// Panel width of the blocked algorithms (LAPACK's `ilaenv` choice for
/// `dgeqrf` / `dorgqr`).
pub(super) const BLOCK: usize = 32;

/// Below this many reflectors the unblocked code is used throughout
/// (LAPACK's crossover point `nx`).
pub(super) const CROSSOVER: usize = 128;

/// Euclidean norm without overflow or harmful underflow.
pub fn norm2<T: Scalar>(x: &[T]) -> f64 {
    let sum: f64 = x.iter().map(|v| v.abs2()).sum();
    if sum.is_nan() || (sum.is_finite() && sum > f64::MIN_POSITIVE / f64::EPSILON) {
        return sum.sqrt();
    }
    let scale = x.iter().fold(0.0_f64, |m, v| m.max(v.modulus()));
    if scale == 0.0 || !scale.is_finite() {
        return scale;
    }
    scale
        * x.iter()
            .map(|v| (v.modulus() / scale).powi(2))
            .sum::<f64>()
            .sqrt()
}

/// LAPACK's `dlarfg` / `zlarfg`: the reflector with `Hᴴ [alpha; x] =
/// [beta; 0]`, beta real. Overwrites `x` with `v`'s tail and returns
/// `(beta, tau)`; `tau = 0` (H = I) when `x` is zero (and alpha real).
pub fn make_reflector<T: Scalar>(alpha: T, x: &mut [T]) -> (T, T) {
    let xnorm = norm2(x);
    let (re, im) = (alpha.re(), alpha.im());
    if xnorm == 0.0 && im == 0.0 {
        return (alpha, T::ZERO);
    }
    let beta = if T::IS_REAL {
        -re.hypot(xnorm).copysign(re)
    } else {
        -dlapy3(re, im, xnorm).copysign(re)
    };
    let tau = T::from_parts((beta - re) / beta, -im / beta);
    let scale = T::ONE / (alpha - T::from_re(beta));
    x.iter_mut().for_each(|v| *v *= scale);
    (T::from_re(beta), tau)
}

/// LAPACK's `dlapy3`: `sqrt(x² + y² + z²)` without needless overflow.
fn dlapy3(x: f64, y: f64, z: f64) -> f64 {
    let w = x.abs().max(y.abs()).max(z.abs());
    if w == 0.0 {
        return x.abs() + y.abs() + z.abs();
    }
    w * ((x / w).powi(2) + (y / w).powi(2) + (z / w).powi(2)).sqrt()
}

/// Applies `H = I - tau v vᴴ` (`v = [1; tail]`) from the left to rows
/// `r0..r0 + v.len()` of columns `cols` of `a` (pass `conj(tau)` for `Hᴴ`).
pub fn apply_reflector<T: Scalar>(
    a: &mut Mat<T>,
    r0: usize,
    tail: &[T],
    tau: T,
    cols: std::ops::Range<usize>,
) {
    if tau == T::ZERO {
        return;
    }
    let end = r0 + 1 + tail.len();
    let mut j = cols.start;
    while j + 4 <= cols.end {
        let dots = T::dot_conj4(
            [0, 1, 2, 3].map(|l| &a.col_as_slice(j + l)[r0 + 1..end]),
            tail,
        );
        for (l, d) in dots.into_iter().enumerate() {
            reflect_column(
                &mut a.col_as_slice_mut(j + l)[r0..end],
                tail,
                tau,
                d.conjugate(),
            );
        }
        j += 4;
    }
    for j in j..cols.end {
        let col = &mut a.col_as_slice_mut(j)[r0..end];
        let d = T::dot_conj(tail, &col[1..]);
        reflect_column(col, tail, tau, d);
    }
}

/// `col ← (I − τ v vᴴ) col` for `v = [1; tail]`, given `d = tailᴴ col[1..]`.
fn reflect_column<T: Scalar>(col: &mut [T], tail: &[T], tau: T, d: T) {
    let (head, rest) = col.split_first_mut().expect("reflector rows");
    let w = tau * (*head + d);
    *head -= w;
    T::axpy(rest, -w, tail);
}

/// Unblocked QR (`dgeqr2`) of columns `first..last` of `a`, reflector `i`
/// built from column `i` at row `i` and applied to the columns up to
/// `last`. Stores `tau[i]` for every reflector built.
pub(super) fn geqr2<T: Scalar>(a: &mut Mat<T>, tau: &mut [T], first: usize, last: usize) {
    let end = last.min(a.nrows()).min(tau.len());
    for (i, tau_i) in tau.iter_mut().enumerate().take(end).skip(first) {
        let (t, tail) = {
            let col = &mut a.col_as_slice_mut(i)[i..];
            let (head, rest) = col.split_first_mut().expect("row i exists");
            let (beta, t) = make_reflector(*head, rest);
            *head = beta;
            (t, rest.to_vec())
        };
        apply_reflector(a, i, &tail, t.conjugate(), i + 1..last);
        *tau_i = t;
    }
}

/// The dense unit-lower-trapezoidal `V` (rows `r0..`) of reflectors
/// `r0..r0 + ib` stored in `h`.
fn basis<T: Scalar>(h: MatRef<'_, T>, r0: usize, ib: usize) -> Mat<T> {
    let rows = h.nrows() - r0;
    Mat::from_fn(rows, ib, |i, j| match i.cmp(&j) {
        std::cmp::Ordering::Less => T::ZERO,
        std::cmp::Ordering::Equal => T::ONE,
        std::cmp::Ordering::Greater => h[(r0 + i, r0 + j)],
    })
}

/// `dlarft` / `zlarft` (forward, columnwise): the upper-triangular `T`
/// with `H_0 ⋯ H_{ib-1} = I - V T Vᴴ`.
fn block_factor<T: Scalar>(v: MatRef<'_, T>, tau: &[T]) -> Mat<T> {
    let ib = tau.len();
    let mut t = Mat::<T>::zeros(ib, ib);
    for j in 0..ib {
        t[(j, j)] = tau[j];
        if tau[j] == T::ZERO || j == 0 {
            continue;
        }
        let vj = v.col(j);
        let w: Vec<T> = (0..j)
            .map(|i| -tau[j] * (v.col(i).adjoint() * vj))
            .collect();
        for i in 0..j {
            t[(i, j)] = (i..j).fold(T::ZERO, |s, l| s + t[(i, l)] * w[l]);
        }
    }
    t
}

/// `c <- (I - V T Vᴴ) c` (`adjoint` false) or `(I - V Tᴴ Vᴴ) c` (true).
pub(super) fn apply_block<T: Scalar>(
    v: MatRef<'_, T>,
    t: MatRef<'_, T>,
    adjoint: bool,
    c: MatMut<'_, T>,
    par: Par,
) {
    let mut c = c;
    if c.ncols() == 0 {
        return;
    }
    let ib = v.ncols();
    let mut w = Mat::<T>::zeros(ib, c.ncols());
    matmul(
        w.as_mut(),
        Accum::Replace,
        v.adjoint(),
        c.as_ref(),
        T::ONE,
        par,
    );
    let tw = if adjoint { t.adjoint() * &w } else { t * &w };
    matmul(c.as_mut(), Accum::Add, v, tw.as_ref(), -T::ONE, par);
}

/// `dgeqrf`: overwrites `a` (m x n) with `R` on and above the diagonal and
/// the reflectors below; returns `tau` (min(m, n) entries).
pub fn geqrf<T: Scalar>(a: &mut Mat<T>, par: Par) -> Vec<T> {
    let (m, n) = a.shape();
    let k = m.min(n);
    let mut tau = vec![T::ZERO; k];
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
pub fn orgqr<T: Scalar>(h: MatRef<'_, T>, tau: &[T], qcols: usize, par: Par) -> Mat<T> {
    let m = h.nrows();
    let k = tau.len();
    let mut q = Mat::<T>::identity(m, qcols);
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

/// `dormqr` from the left: `c ← Qᴴ c` (`adjoint` true) or `c ← Q c`, with
/// `Q = H_0 ⋯ H_{k-1}` from the `k = tau.len()` reflectors in `h` and `c`
/// having `h.nrows()` rows.
pub fn apply_q<T: Scalar>(h: MatRef<'_, T>, tau: &[T], adjoint: bool, c: MatMut<'_, T>, par: Par) {
    let mut c = c;
    let m = h.nrows();
    let starts: Vec<usize> = (0..tau.len()).step_by(BLOCK).collect();
    let mut apply = |start: usize| {
        let ib = (tau.len() - start).min(BLOCK);
        let v = basis(h, start, ib);
        let t = block_factor(v.as_ref(), &tau[start..start + ib]);
        let sub = c.as_mut().subrows_mut(start, m - start);
        apply_block(v.as_ref(), t.as_ref(), adjoint, sub, par);
    };
    if adjoint {
        starts.into_iter().for_each(&mut apply);
    } else {
        starts.into_iter().rev().for_each(&mut apply);
    }
}
