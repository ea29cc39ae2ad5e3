//! Sylvester and Lyapunov equations (`scipy.linalg.solve_sylvester`,
//! `solve_continuous_lyapunov`, `solve_discrete_lyapunov`) by the
//! Bartels–Stewart method: both coefficients to real Schur form, then a
//! block back substitution on the quasi-triangular equation (LAPACK's
//! `trsyl`), whose 1 x 1 / 2 x 2 block equations are solved exactly with
//! complete pivoting (`lasy2`), near-singular pivots perturbed as LAPACK
//! does.

use super::common::{check_finite, require_square};
use super::schur::{block_at, schur_real};
use crate::error::{Error, Result};
use faer::{Mat, MatRef};
use num_complex::Complex64;

/// Solves the block equation `a x + isgn x b = c` (a p x p, b q x q,
/// p, q <= 2) through its Kronecker form with complete pivoting. Pivots
/// below `smin` (at least `eps * max|a|, |b|`) are replaced by it (then
/// `perturbed`). Returns `(x, scale, perturbed)`; `scale` is 1 (kept for
/// the swap's formula, which is written for LAPACK's scaled solution).
pub(crate) fn small_sylvester(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    isgn: f64,
    c: MatRef<'_, f64>,
    smin: f64,
) -> (Mat<f64>, f64, bool) {
    let (p, q) = (a.nrows(), b.nrows());
    let (sol, perturbed) = small_sylvester_with(
        p,
        q,
        |i, j| a[(i, j)],
        |i, j| b[(i, j)],
        isgn,
        |i, j| c[(i, j)],
        smin,
    );
    (Mat::from_fn(p, q, |i, j| sol[i + j * p]), 1.0, perturbed)
}

/// `small_sylvester` on entries read through accessors (`a` p x p, `b`
/// q x q, `c` p x q); returns `x` column-major and whether a pivot was
/// perturbed.
pub(crate) fn small_sylvester_with(
    p: usize,
    q: usize,
    a: impl Fn(usize, usize) -> f64,
    b: impl Fn(usize, usize) -> f64,
    isgn: f64,
    c: impl Fn(usize, usize) -> f64,
    smin: f64,
) -> ([f64; 4], bool) {
    let s = p * q;
    let mut k = [[0.0_f64; 4]; 4];
    let mut rhs = [0.0_f64; 4];
    let mut big = 0.0_f64;
    for j in 0..q {
        for i in 0..p {
            let r = i + j * p;
            rhs[r] = c(i, j);
            for l in 0..q {
                for m in 0..p {
                    let col = m + l * p;
                    let mut v = 0.0;
                    if j == l {
                        v += a(i, m);
                    }
                    if i == m {
                        v += isgn * b(l, j);
                    }
                    k[r][col] = v;
                }
            }
        }
    }
    for i in 0..p {
        for j in 0..p {
            big = big.max(a(i, j).abs());
        }
    }
    for i in 0..q {
        for j in 0..q {
            big = big.max(b(i, j).abs());
        }
    }
    let smin = (f64::EPSILON * big).max(f64::MIN_POSITIVE).max(smin);
    solve_complete_pivoting(&mut k, &mut rhs, s, smin)
}

/// Gaussian elimination with complete pivoting on the leading `s x s` of
/// `k`; pivots below `smin` become `smin`.
fn solve_complete_pivoting(
    k: &mut [[f64; 4]; 4],
    rhs: &mut [f64; 4],
    s: usize,
    smin: f64,
) -> ([f64; 4], bool) {
    let mut perm = [0usize, 1, 2, 3];
    let mut perturbed = false;
    for d in 0..s {
        let (mut pi, mut pj, mut best) = (d, d, -1.0);
        for (i, row) in k.iter().enumerate().take(s).skip(d) {
            for (j, v) in row.iter().enumerate().take(s).skip(d) {
                if v.abs() > best {
                    (pi, pj, best) = (i, j, v.abs());
                }
            }
        }
        k.swap(d, pi);
        rhs.swap(d, pi);
        for row in k.iter_mut() {
            row.swap(d, pj);
        }
        perm.swap(d, pj);
        if k[d][d].abs() < smin {
            k[d][d] = smin;
            perturbed = true;
        }
        let (top, rest) = k.split_at_mut(d + 1);
        let pivot_row = &top[d];
        for (i, row) in rest.iter_mut().enumerate().take(s - d - 1) {
            let f = row[d] / pivot_row[d];
            row.iter_mut()
                .zip(pivot_row)
                .take(s)
                .skip(d)
                .for_each(|(x, p)| *x -= f * p);
            rhs[d + 1 + i] -= f * rhs[d];
        }
    }
    let mut y = [0.0; 4];
    for d in (0..s).rev() {
        let tail: f64 = (d + 1..s).map(|j| k[d][j] * y[j]).sum();
        y[d] = (rhs[d] - tail) / k[d][d];
    }
    let mut x = [0.0; 4];
    for d in 0..s {
        x[perm[d]] = y[d];
    }
    (x, perturbed)
}

/// The diagonal blocks of a standardized quasi-triangular matrix as
/// `(start, order)`.
pub(crate) fn blocks(t: &Mat<f64>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < t.nrows() {
        let nb = block_at(t, k).1;
        out.push((k, nb));
        k += nb;
    }
    out
}

/// Tile edge of the blocked triangular Sylvester solve (rounded up to a
/// diagonal-block boundary).
const TILE: usize = 64;

/// Solves `a x + isgn x op(b) = c` in place of `c` for quasi-upper
/// triangular `a` (m x m) and `b` (n x n), `op(b) = bᵀ` when `transpose_b`
/// (LAPACK's `trsyl`, tiled as `trsyl3`: tiles solved by block back
/// substitution, the coupling to the other tiles by matrix products).
/// Returns whether a block equation was perturbed (`a` and `-isgn b` have
/// close eigenvalues).
pub(crate) fn quasi_triangular_sylvester(
    a: &Mat<f64>,
    b: &Mat<f64>,
    isgn: f64,
    transpose_b: bool,
    c: &mut Mat<f64>,
) -> bool {
    let smin = trsyl_smin(
        max_abs(a.as_ref()).max(max_abs(b.as_ref())),
        a.nrows() * b.nrows(),
    );
    let (ta, mut tb) = (tiles(a), tiles(b));
    if transpose_b {
        tb.reverse();
    }
    let mut perturbed = false;
    for (li, &(l0, ln)) in tb.iter().enumerate() {
        let b_ll = b.as_ref().submatrix(l0, l0, ln, ln).to_owned();
        for &(k0, kn) in ta.iter().rev() {
            let a_kk = a.as_ref().submatrix(k0, k0, kn, kn).to_owned();
            let mut c_kl = c.as_ref().submatrix(k0, l0, kn, ln).to_owned();
            perturbed |= solve_blocks(&a_kk, &b_ll, isgn, transpose_b, &mut c_kl, smin);
            c.as_mut().submatrix_mut(k0, l0, kn, ln).copy_from(&c_kl);
            if k0 > 0 {
                let a_above = a.as_ref().submatrix(0, k0, k0, kn);
                let mut c_above = c.as_mut().submatrix_mut(0, l0, k0, ln);
                c_above -= a_above * &c_kl;
            }
        }
        let x_l = c.as_ref().subcols(l0, ln).to_owned();
        for &(j0, jn) in &tb[li + 1..] {
            let coupling = if transpose_b {
                b.as_ref().submatrix(j0, l0, jn, ln).transpose().to_owned()
            } else {
                b.as_ref().submatrix(l0, j0, ln, jn).to_owned()
            };
            let mut c_j = c.as_mut().subcols_mut(j0, jn);
            c_j -= (&x_l * coupling) * isgn;
        }
    }
    perturbed
}

/// Tiles of about `TILE` rows along the diagonal of the quasi-triangular
/// `t`, never splitting a 2 x 2 block: `(start, order)`.
fn tiles(t: &Mat<f64>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (k, nb) in blocks(t) {
        if k + nb - start >= TILE {
            out.push((start, k + nb - start));
            start = k + nb;
        }
    }
    if start < t.nrows() {
        out.push((start, t.nrows() - start));
    }
    out
}

/// The block back substitution of `trsyl` on one tile (`smin` is the
/// whole equation's perturbation bound).
fn solve_blocks(
    a: &Mat<f64>,
    b: &Mat<f64>,
    isgn: f64,
    transpose_b: bool,
    c: &mut Mat<f64>,
    smin: f64,
) -> bool {
    let op_b = |i: usize, j: usize| if transpose_b { b[(j, i)] } else { b[(i, j)] };
    let (ab, mut bb) = (blocks(a), blocks(b));
    if transpose_b {
        bb.reverse();
    }
    let mut perturbed = false;
    for &(l0, q) in &bb {
        // blocks of op(b) coupled to column block l: before it (b), after it (bᵀ)
        let coupled: Vec<usize> = if transpose_b {
            (l0 + q..b.nrows()).collect()
        } else {
            (0..l0).collect()
        };
        for &(k0, p) in ab.iter().rev() {
            let rhs = Mat::<f64>::from_fn(p, q, |i, j| {
                let (r, s) = (k0 + i, l0 + j);
                let from_a: f64 = (k0 + p..a.nrows()).map(|t| a[(r, t)] * c[(t, s)]).sum();
                let from_b: f64 = coupled.iter().map(|&t| c[(r, t)] * op_b(t, s)).sum();
                c[(r, s)] - from_a - isgn * from_b
            });
            let akk = a.as_ref().submatrix(k0, k0, p, p);
            let bll = Mat::<f64>::from_fn(q, q, |i, j| op_b(l0 + i, l0 + j));
            let (x, _, pert) = small_sylvester(akk, bll.as_ref(), isgn, rhs.as_ref(), smin);
            perturbed |= pert;
            c.as_mut().submatrix_mut(k0, l0, p, q).copy_from(&x);
        }
    }
    perturbed
}

/// Largest magnitude of the entries of `a` (0 when empty).
pub(crate) fn max_abs<T: faer::traits::ComplexField>(a: MatRef<'_, T>) -> f64
where
    T::Real: Into<f64>,
{
    let mut m = 0.0_f64;
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            m = m.max(T::abs_impl(&a[(i, j)]).into());
        }
    }
    m
}

/// trsyl's perturbation bound for coefficients of largest magnitude `big`
/// and `count` unknowns: `max(eps * big, safmin * count / eps)`.
fn trsyl_smin(big: f64, count: usize) -> f64 {
    (f64::EPSILON * big).max(f64::MIN_POSITIVE * count.max(1) as f64 / f64::EPSILON)
}

/// Solves `a x + x b = c` in place of `c` for complex upper triangular `a`
/// (m x m) and `b` (n x n) (LAPACK's `ztrsyl`); denominators below trsyl's
/// bound are replaced by it. Returns whether that happened.
pub(crate) fn triangular_sylvester_complex(
    a: &Mat<Complex64>,
    b: &Mat<Complex64>,
    c: &mut Mat<Complex64>,
) -> bool {
    let (m, n) = (a.nrows(), b.nrows());
    let smin = trsyl_smin(max_abs(a.as_ref()).max(max_abs(b.as_ref())), m * n);
    let mut perturbed = false;
    for l in 0..n {
        for k in (0..m).rev() {
            let from_a: Complex64 = (k + 1..m).map(|j| a[(k, j)] * c[(j, l)]).sum();
            let from_b: Complex64 = (0..l).map(|i| c[(k, i)] * b[(i, l)]).sum();
            let mut d = a[(k, k)] + b[(l, l)];
            if d.re.abs() + d.im.abs() <= smin {
                d = Complex64::new(smin, 0.0);
                perturbed = true;
            }
            c[(k, l)] = (c[(k, l)] - from_a - from_b) / d;
        }
    }
    perturbed
}

fn require_shape(q: MatRef<'_, f64>, m: usize, n: usize) -> Result<()> {
    if q.nrows() != m || q.ncols() != n {
        return Err(Error::dimension(format!(
            "q: expected a {m}x{n} matrix, got {}x{}",
            q.nrows(),
            q.ncols()
        )));
    }
    Ok(())
}

/// A solution and whether LAPACK's trsyl would have perturbed it
/// (eigenvalues of `a` and `-b` too close: SciPy's RuntimeWarning for the
/// Lyapunov solver).
pub struct SylvesterSolution {
    pub x: Mat<f64>,
    pub perturbed: bool,
}

/// `scipy.linalg.solve_sylvester(a, b, q)`: `x` with `a x + x b = q`
/// (a m x m, b n x n, q m x n). NaN / Inf are an error (SciPy's schur).
pub fn solve_sylvester(
    a: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    q: MatRef<'_, f64>,
) -> Result<SylvesterSolution> {
    require_square(a, "a")?;
    require_square(b, "b")?;
    require_shape(q, a.nrows(), b.nrows())?;
    check_finite(q, true, "q")?;
    let ra = schur_real(a, None)?;
    let rb = schur_real(b, None)?;
    let mut f = ra.z.transpose() * q * &rb.z;
    let perturbed = quasi_triangular_sylvester(&ra.t, &rb.t, 1.0, false, &mut f);
    Ok(SylvesterSolution {
        x: &ra.z * f * rb.z.transpose(),
        perturbed,
    })
}

/// `scipy.linalg.solve_continuous_lyapunov(a, q)`: `x` with
/// `a x + x aᵀ = q` (both n x n), from one Schur form of `a`.
pub fn solve_continuous_lyapunov(
    a: MatRef<'_, f64>,
    q: MatRef<'_, f64>,
) -> Result<SylvesterSolution> {
    require_square(a, "a")?;
    require_shape(q, a.nrows(), a.nrows())?;
    check_finite(q, true, "q")?;
    let ra = schur_real(a, None)?;
    let mut f = ra.z.transpose() * q * &ra.z;
    let perturbed = quasi_triangular_sylvester(&ra.t, &ra.t, 1.0, true, &mut f);
    Ok(SylvesterSolution {
        x: &ra.z * f * ra.z.transpose(),
        perturbed,
    })
}

/// `solve_discrete_lyapunov`'s `method`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiscreteLyapunovMethod {
    /// The n² x n² Kronecker system (SciPy's default below n = 10).
    Direct,
    /// A bilinear map to a continuous equation (SciPy's default from 10).
    Bilinear,
}

impl DiscreteLyapunovMethod {
    /// Parses SciPy's names (case-insensitive, as SciPy); absent: SciPy's
    /// choice for an n x n `a`.
    pub fn parse(name: Option<&str>, n: usize) -> Result<Self> {
        match name.map(str::to_ascii_lowercase).as_deref() {
            None if n >= 10 => Ok(DiscreteLyapunovMethod::Bilinear),
            None => Ok(DiscreteLyapunovMethod::Direct),
            Some("direct") => Ok(DiscreteLyapunovMethod::Direct),
            Some("bilinear") => Ok(DiscreteLyapunovMethod::Bilinear),
            Some(_) => Err(Error::unknown_name(
                "method",
                name.unwrap_or_default(),
                &["direct", "bilinear"],
            )),
        }
    }
}

/// `scipy.linalg.solve_discrete_lyapunov(a, q, method)`: `x` with
/// `a x aᵀ - x + q = 0` (both n x n). Direct: `(I - a ⊗ a) vec(x) =
/// vec(q)` by LU; bilinear: `b = (aᵀ - I)(aᵀ + I)⁻¹`,
/// `c = 2 (a + I)⁻¹ q (aᵀ + I)⁻¹`, then `bᵀ x + x b = -c`. A singular
/// system (an eigenvalue pair with product 1, or -1 an eigenvalue for the
/// bilinear map) is SCIPORT_ERR_SINGULAR, as SciPy's solve / inv raise.
pub fn solve_discrete_lyapunov(
    a: MatRef<'_, f64>,
    q: MatRef<'_, f64>,
    method: DiscreteLyapunovMethod,
) -> Result<Mat<f64>> {
    require_square(a, "a")?;
    let n = a.nrows();
    require_shape(q, n, n)?;
    check_finite(a, true, "a")?;
    check_finite(q, true, "q")?;
    match method {
        DiscreteLyapunovMethod::Direct => {
            let lhs = Mat::<f64>::identity(n * n, n * n) - super::kron(a, a);
            let rhs = Mat::<f64>::from_fn(n * n, 1, |k, _| q[(k / n, k % n)]);
            let v = super::solve(lhs.as_ref(), rhs.as_ref(), &Default::default())?.x;
            Ok(Mat::from_fn(n, n, |i, j| v[(i * n + j, 0)]))
        }
        DiscreteLyapunovMethod::Bilinear => {
            let eye = Mat::<f64>::identity(n, n);
            let at_inv = super::inv((a.transpose() + &eye).as_ref(), true)?;
            let b = (a.transpose() - &eye) * &at_inv;
            let c = 2.0 * super::inv((a + &eye).as_ref(), true)? * q * &at_inv;
            let minus_c = -c;
            Ok(solve_continuous_lyapunov(b.transpose(), minus_c.as_ref())?.x)
        }
    }
}
