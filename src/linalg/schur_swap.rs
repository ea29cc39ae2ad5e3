//! Building blocks of the real Schur form: the standard form of a 2 x 2
//! block (LAPACK's `dlanv2`) and the orthogonal swap of two adjacent
//! diagonal blocks (`dlaexc`), which reordering is made of.

use super::common::singular;
use super::schur::{rotate_cols, standardize_block};
use super::sylvester::small_sylvester_with;
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

/// A matrix of order at most 4 on the stack, `[row][column]`.
type Small = [[f64; 4]; 4];

/// The orthogonal `q` (nd x nd) whose first `n2` columns span `[-x; s I]`
/// (s = 1; the invariant subspace of the lower block), from the Householder QR
/// of that n1+n2 x n2 matrix. `x` is n1 x n2, column-major.
fn swap_basis(x: &[f64; 4], n1: usize, n2: usize) -> Small {
    let nd = n1 + n2;
    // the columns of [-x; I]
    let mut cols = [[0.0; 4]; 2];
    for (j, col) in cols.iter_mut().enumerate().take(n2) {
        (0..n1).for_each(|i| col[i] = -x[i + j * n1]);
        col[n1 + j] = 1.0;
    }
    let mut q = identity(nd);
    for c in 0..n2 {
        let mut v = [1.0, 0.0, 0.0, 0.0];
        let len = nd - c;
        v[1..len].copy_from_slice(&cols[c][c + 1..nd]);
        let (_, tau) = super::householder::make_reflector(cols[c][c], &mut v[1..len]);
        // [-x; I] <- H [-x; I] (remaining columns) and q <- q H
        for col in cols.iter_mut().take(n2).skip(c + 1) {
            let s: f64 = (0..len).map(|i| v[i] * col[c + i]).sum::<f64>() * tau;
            (0..len).for_each(|i| col[c + i] -= s * v[i]);
        }
        for row in q.iter_mut().take(nd) {
            let s: f64 = (0..len).map(|i| row[c + i] * v[i]).sum::<f64>() * tau;
            (0..len).for_each(|i| row[c + i] -= s * v[i]);
        }
    }
    q
}

/// The identity of order `nd`.
fn identity(nd: usize) -> Small {
    let mut q = [[0.0; 4]; 4];
    (0..nd).for_each(|i| q[i][i] = 1.0);
    q
}

/// `aᵀ b` (when `transpose_a`) or `a b`, of order `nd`.
fn small_product(a: &Small, b: &Small, transpose_a: bool, nd: usize) -> Small {
    let mut c = [[0.0; 4]; 4];
    for (i, row) in c.iter_mut().enumerate().take(nd) {
        for (j, out) in row.iter_mut().enumerate().take(nd) {
            *out = (0..nd)
                .map(|k| if transpose_a { a[k][i] } else { a[i][k] } * b[k][j])
                .sum();
        }
    }
    c
}

/// Largest `|a[i][j]|` over rows `rows` and columns `cols`.
fn max_abs(a: &Small, rows: std::ops::Range<usize>, cols: std::ops::Range<usize>) -> f64 {
    a[rows]
        .iter()
        .flat_map(|r| r[cols.clone()].iter())
        .fold(0.0_f64, |m, v| m.max(v.abs()))
}

/// Rows `j1..j1+nd` of `m`, on columns `cols`, become `qᵀ` times
/// themselves.
fn rows_times_q_transposed(
    m: &mut Mat<f64>,
    q: &Small,
    nd: usize,
    j1: usize,
    cols: std::ops::Range<usize>,
) {
    let mut x = [0.0; 4];
    for c in cols {
        let col = &mut m.col_as_slice_mut(c)[j1..j1 + nd];
        x[..nd].copy_from_slice(col);
        for (i, out) in col.iter_mut().enumerate() {
            *out = (0..nd).map(|k| q[k][i] * x[k]).sum();
        }
    }
}

/// Columns `j1..j1+nd` of `m`, on rows `rows`, become themselves times `q`.
fn cols_times_q(m: &mut Mat<f64>, q: &Small, nd: usize, j1: usize, rows: std::ops::Range<usize>) {
    let mut x = [0.0; 4];
    for r in rows {
        (0..nd).for_each(|k| x[k] = m[(r, j1 + k)]);
        for j in 0..nd {
            m[(r, j1 + j)] = (0..nd).map(|k| x[k] * q[k][j]).sum();
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
    let mut d: Small = [[0.0; 4]; 4];
    (0..nd).for_each(|i| (0..nd).for_each(|j| d[i][j] = t[(j1 + i, j1 + j)]));
    let dnorm = max_abs(&d, 0..nd, 0..nd);
    let thresh = (10.0 * f64::EPSILON * dnorm).max(f64::MIN_POSITIVE / f64::EPSILON);
    let (x, _) = small_sylvester_with(
        n1,
        n2,
        |i, j| d[i][j],
        |i, j| d[n1 + i][n1 + j],
        -1.0,
        |i, j| d[i][n1 + j],
        0.0,
    );
    let q = swap_basis(&x, n1, n2);
    let mut dq = small_product(&small_product(&q, &d, true, nd), &q, false, nd);
    // dlaexc's test: the coupling left below the swapped blocks, and a moved
    // 1 x 1 block keeping its eigenvalue (a reconstruction test would only
    // repeat the first up to rounding, and reject sound swaps on it)
    let lower = max_abs(&dq, n2..nd, 0..n2);
    let moved_1x1 = match (n1, n2) {
        (1, _) => (dq[nd - 1][nd - 1] - d[0][0]).abs(),
        (_, 1) => (dq[0][0] - d[nd - 1][nd - 1]).abs(),
        _ => 0.0,
    };
    if lower.max(moved_1x1) > thresh {
        return Err(singular(
            "Eigenvalues could not be separated for reordering.",
        ));
    }
    (n2..nd).for_each(|i| (0..n2).for_each(|j| dq[i][j] = 0.0));
    rows_times_q_transposed(t, &q, nd, j1, j1 + nd..n);
    cols_times_q(t, &q, nd, j1, 0..j1);
    (0..nd).for_each(|i| (0..nd).for_each(|j| t[(j1 + i, j1 + j)] = dq[i][j]));
    cols_times_q(z, &q, nd, j1, 0..z.nrows());
    if n2 == 2 {
        standardize_block(t, z, j1 + 1);
    }
    if n1 == 2 {
        standardize_block(t, z, j1 + n2 + 1);
    }
    Ok(())
}
