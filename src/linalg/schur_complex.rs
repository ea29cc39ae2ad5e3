//! The complex Schur form: LAPACK's single-shift complex QR iteration
//! (`zlahqr`, Wilkinson shifts, exceptional shifts at iterations 10 and
//! 20, real subdiagonals) and the reordering of its diagonal (`ztrexc`).

use super::schur::SchurSort;
use crate::error::{Error, Result};
use faer::Mat;
use num_complex::Complex64;

type C = Complex64;

/// `|re| + |im|`, LAPACK's cheap complex modulus.
pub(super) fn cabs1(z: C) -> f64 {
    z.re.abs() + z.im.abs()
}

/// Scales row `r` over columns `cols` of `m` by `s`.
fn scale_row(m: &mut Mat<C>, r: usize, cols: std::ops::Range<usize>, s: C) {
    for j in cols {
        m[(r, j)] *= s;
    }
}

/// Scales column `c` over rows `rows` of `m` by `s`.
fn scale_col(m: &mut Mat<C>, c: usize, rows: std::ops::Range<usize>, s: C) {
    for i in rows {
        m[(i, c)] *= s;
    }
}

/// Makes the subdiagonal entry `h[i, i-1]` real and nonnegative by a
/// diagonal unitary similarity (applied to `h` and `z`).
fn make_subdiagonal_real(h: &mut Mat<C>, z: &mut Mat<C>, i: usize) {
    let n = h.nrows();
    let e = h[(i, i - 1)];
    if e.im == 0.0 {
        return;
    }
    let r = e.norm();
    h[(i, i - 1)] = C::new(r, 0.0);
    let sc = (e / r).conj();
    scale_row(h, i, i..n, sc);
    scale_col(h, i, 0..(i + 2).min(n), sc.conj());
    scale_col(z, i, 0..n, sc.conj());
}

/// LAPACK's deflation test for `h[k, k-1]` (real in the single-shift QR,
/// complex in the multishift sweeps: measured by `cabs1` either way).
pub(super) fn negligible(h: &Mat<C>, k: usize, last: usize, small: f64) -> bool {
    let ulp = f64::EPSILON;
    let sub = cabs1(h[(k, k - 1)]);
    if cabs1(h[(k, k - 1)]) <= small {
        return true;
    }
    let mut tst = cabs1(h[(k - 1, k - 1)]) + cabs1(h[(k, k)]);
    if tst == 0.0 {
        if k >= 2 {
            tst += cabs1(h[(k - 1, k - 2)]);
        }
        if k < last {
            tst += cabs1(h[(k + 1, k)]);
        }
    }
    if sub > ulp * tst {
        return false;
    }
    let up = cabs1(h[(k - 1, k)]);
    let (ab, ba) = (sub.max(up), sub.min(up));
    let diff = cabs1(h[(k - 1, k - 1)] - h[(k, k)]);
    let hkk = cabs1(h[(k, k)]);
    let (aa, bb) = (hkk.max(diff), hkk.min(diff));
    let s = aa + ab;
    ba * (ab / s) <= small.max(ulp * (bb * (aa / s)))
}

/// The shift for the active block `l..=i`: Wilkinson's (the eigenvalue of
/// the trailing 2 x 2 closer to `h[i, i]`), exceptional at 10 and 20.
fn shift(h: &Mat<C>, l: usize, i: usize, its: usize) -> C {
    if its == 10 {
        return 0.75 * h[(l + 1, l)].re.abs() + h[(l, l)];
    }
    if its == 20 {
        return 0.75 * h[(i, i - 1)].re.abs() + h[(i, i)];
    }
    let t = h[(i, i)];
    let u = h[(i - 1, i)].sqrt() * h[(i, i - 1)].sqrt();
    let s = cabs1(u);
    if s == 0.0 {
        return t;
    }
    let x = 0.5 * (h[(i - 1, i - 1)] - t);
    let sx = cabs1(x);
    let s = s.max(sx);
    let mut y = s * ((x / s) * (x / s) + (u / s) * (u / s)).sqrt();
    if sx > 0.0 && (x / sx).re * y.re + (x / sx).im * y.im < 0.0 {
        y = -y;
    }
    t - u * (u / (x + y))
}

/// Where the sweep starts (two consecutive small subdiagonals, as
/// `zlahqr` looks for) and its first reflector's vector.
fn sweep_start(h: &Mat<C>, l: usize, i: usize, t: C) -> (usize, [C; 2]) {
    let ulp = f64::EPSILON;
    let first = |m: usize| {
        let h11s = h[(m, m)] - t;
        let h21 = h[(m + 1, m)].re;
        let s = cabs1(h11s) + h21.abs();
        [h11s / s, C::new(h21 / s, 0.0)]
    };
    for m in (l + 1..i).rev() {
        let v = first(m);
        let h10 = h[(m, m - 1)].re;
        if h10.abs() * v[1].re.abs()
            <= ulp * (cabs1(v[0]) * (cabs1(h[(m, m)]) + cabs1(h[(m + 1, m + 1)])))
        {
            return (m, v);
        }
    }
    (l, first(l))
}

/// LAPACK's `zlarfg` for length 2: `(beta, tau, v)` with
/// `(I - tau [1; v] [1; v]ᴴ)ᴴ [alpha; x] = [beta; 0]`, beta real.
fn reflector2(alpha: C, x: C) -> (C, C, C) {
    let xnorm = x.norm();
    if xnorm == 0.0 && alpha.im == 0.0 {
        return (alpha, C::new(0.0, 0.0), x);
    }
    let beta = -(alpha.re.hypot(alpha.im).hypot(xnorm)).copysign(alpha.re);
    let tau = C::new((beta - alpha.re) / beta, -alpha.im / beta);
    let v = x / (alpha - beta);
    (C::new(beta, 0.0), tau, v)
}

/// One single-shift QR sweep from row `m` to the bottom `i` of the active
/// block `l..=i`, on all of `h` and on `z`.
fn complex_sweep(h: &mut Mat<C>, z: &mut Mat<C>, l: usize, m: usize, i: usize, v0: [C; 2]) {
    let n = h.nrows();
    for k in m..i {
        let v = if k > m {
            [h[(k, k - 1)], h[(k + 1, k - 1)]]
        } else {
            v0
        };
        let (beta, t1, v2) = reflector2(v[0], v[1]);
        if k > m {
            h[(k, k - 1)] = beta;
            h[(k + 1, k - 1)] = C::new(0.0, 0.0);
        }
        let t2 = (t1 * v2).re;
        for j in k..n {
            let sum = t1.conj() * h[(k, j)] + t2 * h[(k + 1, j)];
            h[(k, j)] -= sum;
            h[(k + 1, j)] -= sum * v2;
        }
        for j in 0..(k + 2).min(i) + 1 {
            let sum = t1 * h[(j, k)] + t2 * h[(j, k + 1)];
            h[(j, k)] -= sum;
            h[(j, k + 1)] -= sum * v2.conj();
        }
        for j in 0..n {
            let sum = t1 * z[(j, k)] + t2 * z[(j, k + 1)];
            z[(j, k)] -= sum;
            z[(j, k + 1)] -= sum * v2.conj();
        }
        if k == m && m > l {
            // keep h[m+1, m] real: a diagonal unitary similarity on m+1..=i
            let mut temp = C::new(1.0, 0.0) - t1;
            temp /= temp.norm();
            h[(m + 1, m)] *= temp.conj();
            if m + 2 <= i {
                h[(m + 2, m + 1)] *= temp;
            }
            for j in m..=i {
                if j != m + 1 {
                    if n > j + 1 {
                        scale_row(h, j, j + 1..n, temp);
                    }
                    scale_col(h, j, 0..j, temp.conj());
                    scale_col(z, j, 0..n, temp.conj());
                }
            }
        }
    }
    let e = h[(i, i - 1)];
    if e.im != 0.0 {
        let r = e.norm();
        h[(i, i - 1)] = C::new(r, 0.0);
        let temp = e / r;
        if n > i + 1 {
            scale_row(h, i, i + 1..n, temp.conj());
        }
        scale_col(h, i, 0..i, temp);
        scale_col(z, i, 0..n, temp);
    }
}

/// Reduces the upper Hessenberg `h` to upper triangular Schur form in
/// place, accumulating the transformations into `z`.
pub(crate) fn complex_qr(h: &mut Mat<C>, z: &mut Mat<C>) -> Result<()> {
    match h.nrows() {
        0 => Ok(()),
        n => complex_qr_range(h, z, 0, n - 1),
    }
}

/// `complex_qr` on the diagonal block `lo..=hi` of `h` (`h[lo, lo-1]`
/// zero, the rows below `hi` already triangular), updating all of `h`'s
/// rows and columns and `z`, as the Schur form of the whole matrix needs.
pub(super) fn complex_qr_range(h: &mut Mat<C>, z: &mut Mat<C>, lo: usize, hi: usize) -> Result<()> {
    let n = h.nrows();
    for i in lo + 1..=hi {
        make_subdiagonal_real(h, z, i);
    }
    let small = f64::MIN_POSITIVE * (n as f64 / f64::EPSILON);
    let budget = 30 * (hi + 1 - lo).max(10);
    let mut i = hi;
    loop {
        let mut l = lo;
        let mut converged = false;
        for its in 0..=budget {
            let mut k = i;
            while k > l && !negligible(h, k, hi, small) {
                k -= 1;
            }
            l = k;
            if l > lo {
                h[(l, l - 1)] = C::new(0.0, 0.0);
            }
            if l >= i {
                converged = true;
                break;
            }
            let t = shift(h, l, i, its);
            let (m, v0) = sweep_start(h, l, i, t);
            complex_sweep(h, z, l, m, i, v0);
        }
        if !converged {
            return Err(Error::new(
                crate::error::ErrorKind::Singular,
                "Schur form not found. Possibly ill-conditioned.",
            ));
        }
        if l == lo {
            return Ok(());
        }
        i = l - 1;
    }
}

/// Swaps the diagonal entries `k`, `k + 1` of the triangular `t` by a
/// rotation (LAPACK's `ztrexc` step), updating `z`.
pub(super) fn swap_diagonal(t: &mut Mat<C>, z: &mut Mat<C>, k: usize) {
    let n = t.nrows();
    let (t11, t22) = (t[(k, k)], t[(k + 1, k + 1)]);
    let (f, g) = (t[(k, k + 1)], t22 - t11);
    let rho = f.norm().hypot(g.norm());
    if rho == 0.0 {
        return;
    }
    let (cs, sn) = if f.norm() == 0.0 {
        (0.0, g.conj() / g.norm())
    } else {
        (f.norm() / rho, (f / f.norm()) * g.conj() / rho)
    };
    for j in k + 2..n {
        let (x, y) = (t[(k, j)], t[(k + 1, j)]);
        t[(k, j)] = cs * x + sn * y;
        t[(k + 1, j)] = cs * y - sn.conj() * x;
    }
    let rot_cols = |m: &mut Mat<C>, rows: std::ops::Range<usize>| {
        for r in rows {
            let (x, y) = (m[(r, k)], m[(r, k + 1)]);
            m[(r, k)] = cs * x + sn.conj() * y;
            m[(r, k + 1)] = cs * y - sn * x;
        }
    };
    rot_cols(t, 0..k);
    rot_cols(z, 0..n);
    t[(k, k)] = t22;
    t[(k + 1, k + 1)] = t11;
}

/// Moves the eigenvalues `sort` selects to the top of the triangular `t`
/// (keeping `z t zᴴ` fixed); returns how many there are.
pub(crate) fn sort_complex(t: &mut Mat<C>, z: &mut Mat<C>, sort: SchurSort) -> usize {
    let mut ks = 0;
    for k in 0..t.nrows() {
        if sort.selects(t[(k, k)]) {
            for here in (ks..k).rev() {
                swap_diagonal(t, z, here);
            }
            ks += 1;
        }
    }
    ks
}
