//! Schur decomposition `a = z t zᴴ` (`scipy.linalg.schur`): the real form
//! (quasi-upper-triangular `t`, 2 x 2 blocks for complex conjugate pairs in
//! LAPACK's standard form) by the Francis double-shift QR iteration, the
//! complex form (upper triangular `t`) by the single-shift complex QR
//! iteration, both on faer's blocked Hessenberg reduction, with LAPACK's
//! deflation criterion (Ahues & Tisseur) and exceptional shifts.
//! Sorting (SciPy's `sort='lhp' | 'rhp' | 'iuc' | 'ouc'`) moves the selected
//! eigenvalues to the top by adjacent block swaps, as LAPACK's `trsen` does.

use super::balance::{isolate_eigenvalues, unpermute_rows};
use super::common::{require_square, require_square_shape, singular, with_par};
use super::schur_swap::{lanv2, swap_blocks, Standard2x2};
use crate::error::{Error, Result};
use faer::dyn_stack::{MemBuffer, StackReq};
use faer::linalg::evd::hessenberg::{hessenberg_in_place, hessenberg_in_place_scratch};
use faer::linalg::householder::{
    apply_block_householder_sequence_on_the_right_in_place_scratch,
    apply_block_householder_sequence_on_the_right_in_place_with_conj,
};
use faer::linalg::qr::no_pivoting::factor::recommended_block_size;
use faer::reborrow::ReborrowMut;
use faer::traits::ComplexField;
use faer::{Conj, Mat, MatRef, Par};
use num_complex::Complex64;

/// Which eigenvalues `schur(sort=...)` moves to the top-left of `t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchurSort {
    /// `'lhp'`: real part < 0.
    Lhp,
    /// `'rhp'`: real part >= 0.
    Rhp,
    /// `'iuc'`: modulus <= 1.
    Iuc,
    /// `'ouc'`: modulus > 1.
    Ouc,
}

impl SchurSort {
    /// Parses SciPy's names; `None` (no sorting) for an absent name.
    pub fn parse(name: Option<&str>) -> Result<Option<Self>> {
        Ok(Some(match name {
            None => return Ok(None),
            Some("lhp") => SchurSort::Lhp,
            Some("rhp") => SchurSort::Rhp,
            Some("iuc") => SchurSort::Iuc,
            Some("ouc") => SchurSort::Ouc,
            Some(other) => {
                return Err(Error::unknown_name(
                    "sort",
                    other,
                    &["lhp", "rhp", "iuc", "ouc"],
                ))
            }
        }))
    }

    /// Whether the eigenvalue `w` is selected.
    pub fn selects(self, w: Complex64) -> bool {
        match self {
            SchurSort::Lhp => w.re < 0.0,
            SchurSort::Rhp => w.re >= 0.0,
            SchurSort::Iuc => w.norm() <= 1.0,
            SchurSort::Ouc => w.norm() > 1.0,
        }
    }
}

/// `t`, `z` (`a = z t zᴴ`, `z` unitary) and, when sorted, `sdim`: how many
/// eigenvalues (counting both of a conjugate pair) satisfy the sort.
pub struct Schur<T> {
    pub t: Mat<T>,
    pub z: Mat<T>,
    pub sdim: usize,
}

/// Iteration budget of the QR sweeps, LAPACK's `30 * max(10, n)`.
pub(super) fn max_iterations(n: usize) -> usize {
    30 * n.max(10)
}

pub(super) fn not_converged() -> Error {
    singular("Schur form not found. Possibly ill-conditioned.")
}

/// `(H, Q)` with `a = Q H Qᴴ`, H upper Hessenberg (faer's blocked reduction
/// with parallelism `par`).
pub(crate) fn hessenberg_with_q<T: ComplexField>(a: MatRef<'_, T>, par: Par) -> (Mat<T>, Mat<T>) {
    let n = a.nrows();
    let mut h = a.to_owned();
    let mut q = Mat::<T>::identity(n, n);
    if n < 2 {
        return (h, q);
    }
    let bs = recommended_block_size::<T>(n - 1, n - 1);
    let mut householder = Mat::<T>::zeros(bs, n - 1);
    let req = StackReq::any_of(&[
        hessenberg_in_place_scratch::<T>(n, bs, par, Default::default()),
        apply_block_householder_sequence_on_the_right_in_place_scratch::<T>(n - 1, bs, n - 1),
    ]);
    let mut mem = MemBuffer::new(req);
    let stack = faer::dyn_stack::MemStack::new(&mut mem);
    hessenberg_in_place(
        h.as_mut(),
        householder.as_mut(),
        par,
        stack,
        Default::default(),
    );
    apply_block_householder_sequence_on_the_right_in_place_with_conj(
        h.as_ref().submatrix(1, 0, n - 1, n - 1),
        householder.as_ref(),
        Conj::No,
        q.as_mut().submatrix_mut(1, 1, n - 1, n - 1),
        par,
        stack,
    );
    for j in 0..n {
        for i in j + 2..n {
            h[(i, j)] = T::zero_impl();
        }
    }
    (h, q)
}

/// Rejects NaN / Inf when `check_finite` is on (SciPy), and always when the
/// iteration could not use them.
fn require_finite<T: ComplexField>(a: MatRef<'_, T>) -> Result<()> {
    for j in 0..a.ncols() {
        for i in 0..a.nrows() {
            if !T::is_finite_impl(&a[(i, j)]) {
                return Err(Error::invalid("a: array must not contain infs or NaNs"));
            }
        }
    }
    Ok(())
}

/// `scipy.linalg.schur(a, output='real', sort, check_finite)` of a real
/// square `a`. NaN / Inf are always an error (LAPACK's gees cannot use them).
pub fn schur_real(a: MatRef<'_, f64>, sort: Option<SchurSort>) -> Result<Schur<f64>> {
    require_square(a, "a")?;
    require_finite(a)?;
    let iso = isolate_eigenvalues(a);
    let (mut t, z) = with_par(a.nrows(), |par| -> Result<(Mat<f64>, Mat<f64>)> {
        let (mut t, mut z) = hessenberg_with_q(iso.b.as_ref(), par);
        super::schur_multishift::multishift_qr(&mut t, &mut z, par)?;
        Ok((t, z))
    })?;
    let mut z = unpermute_rows(&z, &iso.p);
    let sdim = match sort {
        Some(s) => sort_real(&mut t, &mut z, s)?,
        None => 0,
    };
    Ok(Schur { t, z, sdim })
}

/// The eigenvalues of the block of the standardized real Schur form `t`
/// starting at `k`, and its order (1 or 2).
pub(crate) fn block_at(t: &Mat<f64>, k: usize) -> (Complex64, usize) {
    let n = t.nrows();
    if k + 1 < n && t[(k + 1, k)] != 0.0 {
        let im = t[(k, k + 1)].abs().sqrt() * t[(k + 1, k)].abs().sqrt();
        (Complex64::new(t[(k, k)], im), 2)
    } else {
        (Complex64::new(t[(k, k)], 0.0), 1)
    }
}

/// Moves every block whose eigenvalues `sort` selects to the top of `t`
/// (keeping `z t zᵀ` fixed) and returns how many eigenvalues moved.
fn sort_real(t: &mut Mat<f64>, z: &mut Mat<f64>, sort: SchurSort) -> Result<usize> {
    let n = t.nrows();
    let (mut ks, mut k) = (0, 0);
    while k < n {
        let (w, nb) = block_at(t, k);
        if sort.selects(w) {
            let mut here = k;
            while here > ks {
                let above = if here >= 2 && t[(here - 1, here - 2)] != 0.0 {
                    2
                } else {
                    1
                };
                let size = block_at(t, here).1;
                swap_blocks(t, z, here - above, above, size)?;
                here -= above;
            }
            ks += nb;
        }
        k += nb;
    }
    Ok(ks)
}

/// Whether the subdiagonal entry `h[k, k-1]` is negligible (LAPACK's
/// `dlahqr` test: relative to its neighbours, refined by Ahues & Tisseur).
pub(super) fn negligible(h: &Mat<f64>, k: usize, last: usize, small: f64) -> bool {
    let ulp = f64::EPSILON;
    let sub = h[(k, k - 1)].abs();
    if sub <= small {
        return true;
    }
    let mut tst = h[(k - 1, k - 1)].abs() + h[(k, k)].abs();
    if tst == 0.0 {
        if k >= 2 {
            tst += h[(k - 1, k - 2)].abs();
        }
        if k < last {
            tst += h[(k + 1, k)].abs();
        }
    }
    if sub > ulp * tst {
        return false;
    }
    let up = h[(k - 1, k)].abs();
    let (ab, ba) = (sub.max(up), sub.min(up));
    let diff = (h[(k - 1, k - 1)] - h[(k, k)]).abs();
    let hkk = h[(k, k)].abs();
    let (aa, bb) = (hkk.max(diff), hkk.min(diff));
    let s = aa + ab;
    ba * (ab / s) <= small.max(ulp * (bb * (aa / s)))
}

/// The double shift for the active block `l..=i`: the eigenvalues of its
/// trailing 2 x 2, or LAPACK's exceptional shifts at iterations 10 and 20.
/// Returns `(re1, im1, re2, im2)`.
fn double_shift(h: &Mat<f64>, l: usize, i: usize, its: usize) -> (f64, f64, f64, f64) {
    let (h11, h12, h21, h22) = if its == 10 {
        let s = h[(l + 1, l)].abs() + h[(l + 2, l + 1)].abs();
        (0.75 * s + h[(l, l)], -0.4375 * s, s, 0.75 * s + h[(l, l)])
    } else if its == 20 {
        let s = h[(i, i - 1)].abs() + h[(i - 1, i - 2)].abs();
        (0.75 * s + h[(i, i)], -0.4375 * s, s, 0.75 * s + h[(i, i)])
    } else {
        (h[(i - 1, i - 1)], h[(i - 1, i)], h[(i, i - 1)], h[(i, i)])
    };
    let s = h11.abs() + h12.abs() + h21.abs() + h22.abs();
    if s == 0.0 {
        return (0.0, 0.0, 0.0, 0.0);
    }
    let (h11, h12, h21, h22) = (h11 / s, h12 / s, h21 / s, h22 / s);
    let tr = (h11 + h22) / 2.0;
    let det = (h11 - tr) * (h22 - tr) - h12 * h21;
    let rtdisc = det.abs().sqrt();
    if det >= 0.0 {
        (tr * s, rtdisc * s, tr * s, -rtdisc * s)
    } else {
        // two real shifts: use the one closer to h22 twice
        let (r1, r2) = (tr + rtdisc, tr - rtdisc);
        let r = if (r1 - h22).abs() <= (r2 - h22).abs() {
            r1
        } else {
            r2
        };
        (r * s, 0.0, r * s, 0.0)
    }
}

/// The first column of `(H - s1)(H - s2)` at rows `m..m+3`, scaled to unit
/// 1-norm (LAPACK's `dlaqr1`); `sh = (re1, im1, re2, im2)` is a real pair
/// or a complex conjugate pair.
pub(super) fn shift_column(h: &Mat<f64>, m: usize, sh: (f64, f64, f64, f64)) -> [f64; 3] {
    let (r1, i1, r2, i2) = sh;
    let h21 = h[(m + 1, m)];
    let s = (h[(m, m)] - r2).abs() + i2.abs() + h21.abs();
    if s == 0.0 {
        return [0.0; 3];
    }
    let h21s = h21 / s;
    let mut v = [
        h21s * h[(m, m + 1)] + (h[(m, m)] - r1) * ((h[(m, m)] - r2) / s) - i1 * (i2 / s),
        h21s * (h[(m, m)] + h[(m + 1, m + 1)] - r1 - r2),
        h21s * h[(m + 2, m + 1)],
    ];
    let s = v[0].abs() + v[1].abs() + v[2].abs();
    if s != 0.0 {
        v.iter_mut().for_each(|x| *x /= s);
    }
    v
}

/// The row `m` where the bulge of the shifts `sh` starts (two consecutive
/// small subdiagonals, or `l`) and its first column there.
fn bulge_start(h: &Mat<f64>, l: usize, i: usize, sh: (f64, f64, f64, f64)) -> (usize, [f64; 3]) {
    let mut m = i - 2;
    loop {
        let v = shift_column(h, m, sh);
        if m == l {
            return (m, v);
        }
        let h00 = h[(m, m - 1)].abs() * (v[1].abs() + v[2].abs());
        let h01 =
            v[0].abs() * (h[(m - 1, m - 1)].abs() + h[(m, m)].abs() + h[(m + 1, m + 1)].abs());
        if h00 <= f64::EPSILON * h01 {
            return (m, v);
        }
        m -= 1;
    }
}

/// Applies the reflector `I - tau [1; v1; v2] [1; v1; v2]ᵀ` (v of length
/// `nr - 1`) to rows `k..k+nr` of columns `cols` from the left.
pub(super) fn reflect_rows(
    h: &mut Mat<f64>,
    k: usize,
    nr: usize,
    v: [f64; 2],
    tau: f64,
    cols: std::ops::Range<usize>,
) {
    let (t1, t2, t3) = (tau, tau * v[0], tau * v[1]);
    for j in cols {
        let c = &mut h.col_as_slice_mut(j)[k..k + nr];
        if nr == 3 {
            let sum = c[0] + v[0] * c[1] + v[1] * c[2];
            c[0] -= sum * t1;
            c[1] -= sum * t2;
            c[2] -= sum * t3;
        } else {
            let sum = c[0] + v[0] * c[1];
            c[0] -= sum * t1;
            c[1] -= sum * t2;
        }
    }
}

/// The same reflector applied to columns `k..k+nr` of rows `rows` from the
/// right.
pub(super) fn reflect_cols(
    h: &mut Mat<f64>,
    k: usize,
    nr: usize,
    v: [f64; 2],
    tau: f64,
    rows: std::ops::Range<usize>,
) {
    let (t1, t2, t3) = (tau, tau * v[0], tau * v[1]);
    let mut cols = h.as_mut().subcols_mut(k, nr);
    let (c0, rest) = cols.rb_mut().split_at_col_mut(1);
    let (c1, c2) = rest.split_at_col_mut(1);
    let (c0, c1) = (
        c0.col_mut(0)
            .try_as_col_major_mut()
            .expect("contiguous column"),
        c1.col_mut(0)
            .try_as_col_major_mut()
            .expect("contiguous column"),
    );
    let (c0, c1) = (
        &mut c0.as_slice_mut()[rows.clone()],
        &mut c1.as_slice_mut()[rows.clone()],
    );
    if nr == 3 {
        let c2 = &mut c2
            .col_mut(0)
            .try_as_col_major_mut()
            .expect("contiguous column")
            .as_slice_mut()[rows];
        for ((x0, x1), x2) in c0.iter_mut().zip(c1.iter_mut()).zip(c2.iter_mut()) {
            let sum = *x0 + v[0] * *x1 + v[1] * *x2;
            *x0 -= sum * t1;
            *x1 -= sum * t2;
            *x2 -= sum * t3;
        }
    } else {
        for (x0, x1) in c0.iter_mut().zip(c1.iter_mut()) {
            let sum = *x0 + v[0] * *x1;
            *x0 -= sum * t1;
            *x1 -= sum * t2;
        }
    }
}

/// One implicit double-shift QR sweep chasing the bulge from row `m` to the
/// bottom `i` of the active block, on the whole of `h` (Schur form wanted)
/// and on `z`.
fn francis_sweep(h: &mut Mat<f64>, z: &mut Mat<f64>, l: usize, m: usize, i: usize, v0: [f64; 3]) {
    let n = h.nrows();
    for k in m..i {
        let nr = 3.min(i - k + 1);
        let mut x = if k > m {
            [
                h[(k, k - 1)],
                h[(k + 1, k - 1)],
                if nr == 3 { h[(k + 2, k - 1)] } else { 0.0 },
            ]
        } else {
            v0
        };
        let (beta, tau) = super::householder::make_reflector(x[0], &mut x[1..nr]);
        if k > m {
            h[(k, k - 1)] = beta;
            h[(k + 1, k - 1)] = 0.0;
            if k + 2 < i + 1 {
                h[(k + 2, k - 1)] = 0.0;
            }
        } else if m > l {
            // LAPACK's form of h[k, k-1] = -h[k, k-1], safe when v underflows
            h[(k, k - 1)] *= 1.0 - tau;
        }
        let v = [x[1], if nr == 3 { x[2] } else { 0.0 }];
        reflect_rows(h, k, nr, v, tau, k..n);
        reflect_cols(h, k, nr, v, tau, 0..(k + 3).min(i) + 1);
        reflect_cols(z, k, nr, v, tau, 0..n);
    }
}

/// Standardizes the converged 2 x 2 block at `i - 1` (LAPACK's `dlanv2`)
/// and applies its rotation to the rest of `h` and to `z`.
pub(crate) fn standardize_block(h: &mut Mat<f64>, z: &mut Mat<f64>, i: usize) {
    let n = h.nrows();
    let k = i - 1;
    let Standard2x2 { a, b, c, d, cs, sn } = lanv2(h[(k, k)], h[(k, i)], h[(i, k)], h[(i, i)]);
    h[(k, k)] = a;
    h[(k, i)] = b;
    h[(i, k)] = c;
    h[(i, i)] = d;
    for j in i + 1..n {
        let (x, y) = (h[(k, j)], h[(i, j)]);
        h[(k, j)] = cs * x + sn * y;
        h[(i, j)] = cs * y - sn * x;
    }
    rotate_cols(h, k, i, cs, sn, 0..k);
    rotate_cols(z, k, i, cs, sn, 0..n);
}

/// Columns `(p, q) <- (cs p + sn q, cs q - sn p)` on `rows`.
pub(crate) fn rotate_cols(
    m: &mut Mat<f64>,
    p: usize,
    q: usize,
    cs: f64,
    sn: f64,
    rows: std::ops::Range<usize>,
) {
    for r in rows {
        let (x, y) = (m[(r, p)], m[(r, q)]);
        m[(r, p)] = cs * x + sn * y;
        m[(r, q)] = cs * y - sn * x;
    }
}

/// Reduces the upper Hessenberg `h` to real Schur form in place,
/// accumulating the transformations into `z` (LAPACK's `dlahqr` with
/// `wantt` and `wantz`).
pub(super) fn francis_qr(h: &mut Mat<f64>, z: &mut Mat<f64>) -> Result<()> {
    match h.nrows() {
        0 => Ok(()),
        n => francis_qr_range(h, z, 0, n - 1),
    }
}

/// `francis_qr` on the diagonal block `lo..=hi` of `h` (`h[lo, lo-1]` and
/// `h[hi+1, hi]` zero), updating the whole of `h` and `z`.
pub(super) fn francis_qr_range(
    h: &mut Mat<f64>,
    z: &mut Mat<f64>,
    lo: usize,
    hi: usize,
) -> Result<()> {
    let n = h.nrows();
    let small = f64::MIN_POSITIVE * (n as f64 / f64::EPSILON);
    let budget = max_iterations(n);
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
            if l > 0 {
                h[(l, l - 1)] = 0.0;
            }
            if l + 1 >= i {
                converged = true;
                break;
            }
            let shifts = double_shift(h, l, i, its);
            let (m, v0) = bulge_start(h, l, i, shifts);
            francis_sweep(h, z, l, m, i, v0);
        }
        if !converged {
            return Err(not_converged());
        }
        if l + 1 == i {
            standardize_block(h, z, i);
        }
        if l < lo + 2 {
            return Ok(());
        }
        i = l - 1;
    }
}

/// `scipy.linalg.schur(a, output='complex', sort, check_finite)` of a
/// complex square `a` (SciPy converts real input to complex for this
/// output). NaN / Inf are always an error.
pub fn schur_complex(
    a: MatRef<'_, Complex64>,
    sort: Option<SchurSort>,
) -> Result<Schur<Complex64>> {
    require_square_shape(a.nrows(), a.ncols(), "a")?;
    require_finite(a)?;
    let real_valued = (0..a.ncols()).all(|j| (0..a.nrows()).all(|i| a[(i, j)].im == 0.0));
    let (mut t, mut z) = if real_valued {
        real_schur_as_complex(a)?
    } else {
        let iso = isolate_eigenvalues(a);
        let (t, z) = with_par(
            a.nrows(),
            |par| -> Result<(Mat<Complex64>, Mat<Complex64>)> {
                let (mut t, mut z) = hessenberg_with_q(iso.b.as_ref(), par);
                super::schur_complex_multishift::complex_multishift_qr(&mut t, &mut z, par)?;
                Ok((t, z))
            },
        )?;
        (t, unpermute_rows(&z, &iso.p))
    };
    let sdim = match sort {
        Some(s) => super::schur_complex::sort_complex(&mut t, &mut z, s),
        None => 0,
    };
    Ok(Schur { t, z, sdim })
}

/// The complex Schur form of a real-valued `a` from its real Schur form
/// (the multishift QR in real arithmetic, then each 2 x 2 block
/// triangularized by a unitary rotation, as `rsf2csf`): a complex Schur form
/// as valid as `zgees`'s at a fraction of the complex iteration's cost.
fn real_schur_as_complex(a: MatRef<'_, Complex64>) -> Result<(Mat<Complex64>, Mat<Complex64>)> {
    let re = Mat::from_fn(a.nrows(), a.ncols(), |i, j| a[(i, j)].re);
    let real = schur_real(re.as_ref(), None)?;
    let (t, z) = super::sqrtm::complexify(&real.t, Some(&real.z));
    Ok((t, z.expect("the Schur vectors were given")))
}
