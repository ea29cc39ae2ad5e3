//! Building blocks of the real Schur form: the standard form of a 2 x 2
//! block (LAPACK's `dlanv2`) and the orthogonal swap of two adjacent
//! diagonal blocks (`dlaexc`), which reordering is made of.

use super::common::singular;
use super::schur::{rotate_cols, standardize_block};
use super::sylvester::small_sylvester;
use crate::error::Result;
use faer::Mat;

/// A 2 x 2 block in standard form and the rotation that produced it:
/// `[a0 b0; c0 d0] = G [a b; c d] Gᵀ` with `G = [cs -sn; sn cs]`, where
/// either `c = 0` (real eigenvalues) or `a = d` and `b c < 0` (a complex
/// conjugate pair `a ± sqrt(-b c) i`).
pub(crate) struct Standard2x2 {
    pub a: f64,
    pub b: f64,
    pub c: f64,
    pub d: f64,
    pub cs: f64,
    pub sn: f64,
}

fn sign(x: f64, of: f64) -> f64 {
    x.abs().copysign(of)
}

/// Standardizes `[a b; c d]` (see `Standard2x2`), computing the rotation
/// without overflow and splitting nearly-real pairs into real eigenvalues.
pub(crate) fn lanv2(a: f64, b: f64, c: f64, d: f64) -> Standard2x2 {
    let eps = f64::EPSILON;
    if c == 0.0 {
        return Standard2x2 {
            a,
            b,
            c,
            d,
            cs: 1.0,
            sn: 0.0,
        };
    }
    if b == 0.0 {
        // swap rows and columns
        return Standard2x2 {
            a: d,
            b: -c,
            c: 0.0,
            d: a,
            cs: 0.0,
            sn: 1.0,
        };
    }
    if a - d == 0.0 && b.signum() != c.signum() {
        return Standard2x2 {
            a,
            b,
            c,
            d,
            cs: 1.0,
            sn: 0.0,
        };
    }
    let temp = a - d;
    let p = 0.5 * temp;
    let bcmax = b.abs().max(c.abs());
    let bcmis = b.abs().min(c.abs()) * b.signum() * c.signum();
    let scale = p.abs().max(bcmax);
    let z = p / scale * p + bcmax / scale * bcmis;
    if z >= 4.0 * eps {
        // real eigenvalues: make the block upper triangular
        let z = p + sign(scale.sqrt() * z.sqrt(), p);
        let a1 = d + z;
        let d1 = d - bcmax / z * bcmis;
        let tau = c.hypot(z);
        return Standard2x2 {
            a: a1,
            b: b - c,
            c: 0.0,
            d: d1,
            cs: z / tau,
            sn: c / tau,
        };
    }
    // complex or nearly equal real eigenvalues: make the diagonal equal
    let sigma = b + c;
    let tau = sigma.hypot(temp);
    let mut cs = (0.5 * (1.0 + sigma.abs() / tau)).sqrt();
    let mut sn = -(p / (tau * cs)) * sign(1.0, sigma);
    let (aa, bb) = (a * cs + b * sn, -a * sn + b * cs);
    let (cc, dd) = (c * cs + d * sn, -c * sn + d * cs);
    let (a2, mut b2) = (aa * cs + cc * sn, bb * cs + dd * sn);
    let (mut c2, d2) = (-aa * sn + cc * cs, -bb * sn + dd * cs);
    let mid = 0.5 * (a2 + d2);
    let (mut a3, mut d3) = (mid, mid);
    if c2 != 0.0 {
        if b2 != 0.0 {
            if b2.signum() == c2.signum() {
                // real eigenvalues after all: reduce to upper triangular
                let sab = b2.abs().sqrt();
                let sac = c2.abs().sqrt();
                let p = sign(sab * sac, c2);
                let tau = 1.0 / (b2 + c2).abs().sqrt();
                a3 = mid + p;
                d3 = mid - p;
                b2 -= c2;
                c2 = 0.0;
                let cs1 = sab * tau;
                let sn1 = sac * tau;
                let t = cs * cs1 - sn * sn1;
                sn = cs * sn1 + sn * cs1;
                cs = t;
            }
        } else {
            b2 = -c2;
            c2 = 0.0;
            let t = cs;
            cs = -sn;
            sn = t;
        }
    }
    Standard2x2 {
        a: a3,
        b: b2,
        c: c2,
        d: d3,
        cs,
        sn,
    }
}

/// `(cs, sn)` with `[cs sn; -sn cs] [f; g] = [r; 0]`.
fn givens(f: f64, g: f64) -> (f64, f64) {
    let r = f.hypot(g);
    if r == 0.0 {
        (1.0, 0.0)
    } else {
        (f / r, g / r)
    }
}

/// Swaps the adjacent 1 x 1 blocks at `j` and `j + 1`.
fn swap_1x1(t: &mut Mat<f64>, z: &mut Mat<f64>, j: usize) {
    let n = t.nrows();
    let (t11, t22) = (t[(j, j)], t[(j + 1, j + 1)]);
    let (cs, sn) = givens(t[(j, j + 1)], t22 - t11);
    for c in j + 2..n {
        let (x, y) = (t[(j, c)], t[(j + 1, c)]);
        t[(j, c)] = cs * x + sn * y;
        t[(j + 1, c)] = cs * y - sn * x;
    }
    rotate_cols(t, j, j + 1, cs, sn, 0..j);
    t[(j, j)] = t22;
    t[(j + 1, j + 1)] = t11;
    rotate_cols(z, j, j + 1, cs, sn, 0..z.nrows());
}

/// The orthogonal `q` (nd x nd) whose first `n2` columns span `[-x; s I]`
/// (the invariant subspace of the lower block), from the Householder QR
/// of that n1+n2 x n2 matrix.
fn swap_basis(x: &Mat<f64>, scale: f64, n1: usize, n2: usize) -> Mat<f64> {
    let nd = n1 + n2;
    let mut m = Mat::<f64>::from_fn(nd, n2, |i, j| {
        if i < n1 {
            -x[(i, j)]
        } else if i - n1 == j {
            scale
        } else {
            0.0
        }
    });
    let mut q = Mat::<f64>::identity(nd, nd);
    for c in 0..n2 {
        let mut tail: Vec<f64> = (c + 1..nd).map(|i| m[(i, c)]).collect();
        let (_, tau) = super::householder::make_reflector(m[(c, c)], &mut tail);
        let v: Vec<f64> = std::iter::once(1.0).chain(tail).collect();
        // m <- H m (remaining columns) and q <- q H
        for j in c + 1..n2 {
            let s: f64 = (c..nd).map(|i| v[i - c] * m[(i, j)]).sum::<f64>() * tau;
            (c..nd).for_each(|i| m[(i, j)] -= s * v[i - c]);
        }
        for r in 0..nd {
            let s: f64 = (c..nd).map(|i| q[(r, i)] * v[i - c]).sum::<f64>() * tau;
            (c..nd).for_each(|i| q[(r, i)] -= s * v[i - c]);
        }
    }
    q
}

/// `aᵀ b` (when `transpose_a`) or `a b` of small square matrices.
fn small_product(a: &Mat<f64>, b: &Mat<f64>, transpose_a: bool) -> Mat<f64> {
    let m = a.nrows();
    Mat::from_fn(m, m, |i, j| {
        (0..m)
            .map(|k| {
                let aik = if transpose_a { a[(k, i)] } else { a[(i, k)] };
                aik * b[(k, j)]
            })
            .sum()
    })
}

/// Rows `j1..j1+q.nrows()` of `m`, on columns `cols`, become `qᵀ` times
/// themselves.
fn rows_times_q_transposed(
    m: &mut Mat<f64>,
    q: &Mat<f64>,
    j1: usize,
    cols: std::ops::Range<usize>,
) {
    let nd = q.nrows();
    let mut x = [0.0; 4];
    for c in cols {
        let col = &mut m.col_as_slice_mut(c)[j1..j1 + nd];
        x[..nd].copy_from_slice(col);
        for (i, out) in col.iter_mut().enumerate() {
            *out = (0..nd).map(|k| q[(k, i)] * x[k]).sum();
        }
    }
}

/// Columns `j1..j1+q.nrows()` of `m`, on rows `rows`, become themselves
/// times `q`.
fn cols_times_q(m: &mut Mat<f64>, q: &Mat<f64>, j1: usize, rows: std::ops::Range<usize>) {
    let nd = q.nrows();
    let old = m
        .as_ref()
        .submatrix(rows.start, j1, rows.len(), nd)
        .to_owned();
    for j in 0..nd {
        let col = &mut m.col_as_slice_mut(j1 + j)[rows.clone()];
        col.fill(0.0);
        for k in 0..nd {
            let (src, qkj) = (old.col_as_slice(k), q[(k, j)]);
            col.iter_mut().zip(src).for_each(|(o, s)| *o += qkj * s);
        }
    }
}

/// Swaps the adjacent diagonal blocks of `t` at `j1` (order `n1`) and
/// `j1 + n1` (order `n2`) by an orthogonal similarity, updating `z`, and
/// restandardizes the moved 2 x 2 blocks. Fails, leaving `t` unchanged,
/// when the blocks' eigenvalues are too close to be swapped stably.
pub(crate) fn swap_blocks(
    t: &mut Mat<f64>,
    z: &mut Mat<f64>,
    j1: usize,
    n1: usize,
    n2: usize,
) -> Result<()> {
    if n1 == 1 && n2 == 1 {
        swap_1x1(t, z, j1);
        return Ok(());
    }
    let n = t.nrows();
    let nd = n1 + n2;
    let d = Mat::<f64>::from_fn(nd, nd, |i, j| t[(j1 + i, j1 + j)]);
    let dnorm = (0..nd)
        .flat_map(|i| (0..nd).map(move |j| (i, j)))
        .fold(0.0_f64, |m, (i, j)| m.max(d[(i, j)].abs()));
    let thresh = (10.0 * f64::EPSILON * dnorm).max(f64::MIN_POSITIVE / f64::EPSILON);
    let t11 = d.as_ref().submatrix(0, 0, n1, n1);
    let t22 = d.as_ref().submatrix(n1, n1, n2, n2);
    let t12 = d.as_ref().submatrix(0, n1, n1, n2);
    let (x, scale, _) = small_sylvester(t11, t22, -1.0, t12, 0.0);
    let q = swap_basis(&x, scale, n1, n2);
    let mut dq = small_product(&small_product(&q, &d, true), &q, false);
    let lower = (n2..nd)
        .flat_map(|i| (0..n2).map(move |j| (i, j)))
        .fold(0.0_f64, |m, (i, j)| m.max(dq[(i, j)].abs()));
    (n2..nd).for_each(|i| (0..n2).for_each(|j| dq[(i, j)] = 0.0));
    let back = small_product(
        &small_product(&q, &dq, false),
        &q.transpose().to_owned(),
        false,
    );
    let resid = (0..nd)
        .flat_map(|i| (0..nd).map(move |j| (i, j)))
        .fold(0.0_f64, |m, (i, j)| m.max((back[(i, j)] - d[(i, j)]).abs()));
    if lower > thresh || resid > thresh {
        return Err(singular(
            "Eigenvalues could not be separated for reordering.",
        ));
    }
    rows_times_q_transposed(t, &q, j1, j1 + nd..n);
    cols_times_q(t, &q, j1, 0..j1);
    t.as_mut().submatrix_mut(j1, j1, nd, nd).copy_from(&dq);
    cols_times_q(z, &q, j1, 0..z.nrows());
    if n2 == 2 {
        standardize_block(t, z, j1 + 1);
    }
    if n1 == 2 {
        standardize_block(t, z, j1 + n2 + 1);
    }
    Ok(())
}
