//! Special matrices: `toeplitz`, `circulant`, `hilbert`, `kron`,
//! `block_diag`.

use faer::{Mat, MatRef};

/// `scipy.linalg.toeplitz(c, r)`: len(c) x len(r), first column `c`, first
/// row `r` (r[0] ignored; `None`: r = c).
pub fn toeplitz(c: &[f64], r: Option<&[f64]>) -> Mat<f64> {
    let r = r.unwrap_or(c);
    Mat::from_fn(
        c.len(),
        r.len(),
        |i, j| if i >= j { c[i - j] } else { r[j - i] },
    )
}

/// `scipy.linalg.circulant(c)`: n x n with first column `c`, each column
/// the previous one rotated down by one.
pub fn circulant(c: &[f64]) -> Mat<f64> {
    let n = c.len();
    Mat::from_fn(n, n, |i, j| c[(n + i - j) % n])
}

/// `scipy.linalg.hilbert(n)`: h[i, j] = 1 / (i + j + 1).
pub fn hilbert(n: usize) -> Mat<f64> {
    Mat::from_fn(n, n, |i, j| 1.0 / (i + j + 1) as f64)
}

/// `scipy.linalg.kron(a, b)`: the (ma·mb) x (na·nb) block matrix whose
/// block (i, j) is a[i, j]·b.
pub fn kron(a: MatRef<'_, f64>, b: MatRef<'_, f64>) -> Mat<f64> {
    let (mb, nb) = b.shape();
    Mat::from_fn(a.nrows() * mb, a.ncols() * nb, |i, j| {
        a[(i / mb, j / nb)] * b[(i % mb, j % nb)]
    })
}

/// `scipy.linalg.block_diag(*arrs)`: the blocks on the diagonal, zeros
/// elsewhere; no blocks give SciPy's 1 x 0 result.
pub fn block_diag(blocks: &[MatRef<'_, f64>]) -> Mat<f64> {
    let (m, n) = block_diag_shape(blocks.iter().map(|b| b.shape()));
    let mut out = Mat::<f64>::zeros(m, n);
    let (mut r0, mut c0) = (0, 0);
    for b in blocks {
        out.as_mut()
            .submatrix_mut(r0, c0, b.nrows(), b.ncols())
            .copy_from(b);
        r0 += b.nrows();
        c0 += b.ncols();
    }
    out
}

/// The shape of `block_diag` of blocks with these shapes (1 x 0 for none).
pub fn block_diag_shape(shapes: impl Iterator<Item = (usize, usize)>) -> (usize, usize) {
    let mut any = false;
    let (m, n) = shapes.fold((0, 0), |(m, n), (r, c)| {
        any = true;
        (m + r, n + c)
    });
    if any {
        (m, n)
    } else {
        (1, 0)
    }
}
