//! Algebraic Riccati equations (`scipy.linalg.solve_continuous_are`,
//! `solve_discrete_are`) on SciPy's extended pencil: the (2m+n)-order
//! pencil of Arnold & Laub / Van Dooren, balanced as SciPy balances it
//! (gebal scaling of |H| + |J| made symplectic, Benner), deflated to order
//! 2m by the QR factorization of its last n columns. The stable deflating
//! subspace then comes from an ordered real Schur form (complex when a
//! real block swap is refused): of `J⁻¹ H` for the
//! continuous equation (J is invertible there, as r is), of the Cayley
//! transform `(H - J)⁻¹ (H + J)` for the discrete one (|λ| < 1 maps to the
//! left half plane), instead of SciPy's ordered QZ. Forming those matrices
//! costs accuracy on badly conditioned pencils, so the solution is then
//! refined by Newton steps on the equation (Kleinman's for the continuous,
//! Hewer's for the discrete equation: a Lyapunov / Stein solve each), kept
//! while they reduce the residual.

use super::common::{check_finite, singular};
use super::norm::{matrix_norm, MatrixOrd};

use super::schur::{schur_complex, schur_real, SchurSort};
use super::solve::SolveOptions;
use super::{qr, solve, svdvals, QrMode};
use crate::error::{Error, ErrorKind, Result};
use faer::{Mat, MatRef};
use num_complex::Complex64;

/// Which Riccati equation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Continuous,
    Discrete,
}

/// The coefficients of `solve_continuous_are` / `solve_discrete_are`;
/// `e` and `s` are SciPy's optional arguments.
pub struct RiccatiInput<'a> {
    pub a: MatRef<'a, f64>,
    pub b: MatRef<'a, f64>,
    pub q: MatRef<'a, f64>,
    pub r: MatRef<'a, f64>,
    pub e: Option<MatRef<'a, f64>>,
    pub s: Option<MatRef<'a, f64>>,
    pub balanced: bool,
}

/// The 1-norm (largest absolute column sum).
fn norm1(x: MatRef<'_, f64>) -> Result<f64> {
    matrix_norm(x, MatrixOrd::One { min: false }, false)
}

/// NumPy's `spacing(x)` for x >= 0: the gap to the next double.
fn spacing(x: f64) -> f64 {
    if x == 0.0 {
        f64::from_bits(1)
    } else {
        f64::from_bits(x.to_bits() + 1) - x
    }
}

fn invalid(msg: &str) -> Error {
    Error::invalid(msg.to_string())
}

fn dimension(msg: &str) -> Error {
    Error::dimension(msg.to_string())
}

/// `_are_validate_args`: finiteness, shapes, symmetry of q and r, r
/// (continuous) and e numerically nonsingular, with SciPy's messages.
fn validate(inp: &RiccatiInput<'_>, kind: Kind) -> Result<(usize, usize)> {
    let named = [
        ("a", Some(inp.a)),
        ("b", Some(inp.b)),
        ("q", Some(inp.q)),
        ("r", Some(inp.r)),
        ("e", inp.e),
        ("s", inp.s),
    ];
    for (name, m) in named {
        if let Some(m) = m {
            check_finite(m, true, name)?;
        }
    }
    for (name, m) in [("a", inp.a), ("q", inp.q), ("r", inp.r)] {
        if m.nrows() != m.ncols() {
            return Err(dimension(&format!("Matrix {name} should be square.")));
        }
    }
    let (m, n) = inp.b.shape();
    if m != inp.a.nrows() {
        return Err(dimension(
            "Matrix a and b should have the same number of rows.",
        ));
    }
    if m != inp.q.nrows() {
        return Err(dimension("Matrix a and q should have the same shape."));
    }
    if n != inp.r.nrows() {
        return Err(dimension(
            "Matrix b and r should have the same number of cols.",
        ));
    }
    for (name, x) in [("q", inp.q), ("r", inp.r)] {
        let asym = norm1((x - x.transpose()).as_ref())?;
        if asym > spacing(norm1(x)?) * 100.0 {
            return Err(invalid(&format!(
                "Matrix {name} should be symmetric/hermitian."
            )));
        }
    }
    if kind == Kind::Continuous && numerically_singular(inp.r)? {
        return Err(invalid("Matrix r is numerically singular."));
    }
    if let Some(e) = inp.e {
        if e.nrows() != e.ncols() {
            return Err(dimension("Matrix e should be square."));
        }
        if e.nrows() != m {
            return Err(dimension("Matrix a and e should have the same shape."));
        }
        if numerically_singular(e)? {
            return Err(invalid("Matrix e is numerically singular."));
        }
    }
    if let Some(s) = inp.s {
        if s.shape() != inp.b.shape() {
            return Err(dimension("Matrix b and s should have the same shape."));
        }
    }
    Ok((m, n))
}

/// SciPy's test: smallest singular value 0 or below eps |x|₁.
fn numerically_singular(x: MatRef<'_, f64>) -> Result<bool> {
    let sv = svdvals(x, true)?;
    let min = sv.last().copied().unwrap_or(0.0);
    Ok(min == 0.0 || min < spacing(1.0) * norm1(x)?)
}

/// SciPy's extended pencil `(H, J)` of order 2m + n.
fn extended_pencil(inp: &RiccatiInput<'_>, kind: Kind, m: usize, n: usize) -> (Mat<f64>, Mat<f64>) {
    let d = 2 * m + n;
    let (mut h, mut j) = (Mat::<f64>::zeros(d, d), Mat::<f64>::zeros(d, d));
    let eye = Mat::<f64>::identity(m, m);
    let e = inp.e.unwrap_or(eye.as_ref());
    let put = |dst: &mut Mat<f64>, r0: usize, c0: usize, src: MatRef<'_, f64>, sign: f64| {
        for c in 0..src.ncols() {
            for r in 0..src.nrows() {
                dst[(r0 + r, c0 + c)] = sign * src[(r, c)];
            }
        }
    };
    put(&mut h, 0, 0, inp.a, 1.0);
    put(&mut h, 0, 2 * m, inp.b, 1.0);
    put(&mut h, m, 0, inp.q, -1.0);
    put(
        &mut h,
        2 * m,
        m,
        inp.b.transpose(),
        if kind == Kind::Continuous { 1.0 } else { 0.0 },
    );
    put(&mut h, 2 * m, 2 * m, inp.r, 1.0);
    if let Some(s) = inp.s {
        put(&mut h, m, 2 * m, s, -1.0);
        put(&mut h, 2 * m, 0, s.transpose(), 1.0);
    }
    match kind {
        Kind::Continuous => {
            put(&mut h, m, m, inp.a.transpose(), -1.0);
            put(&mut j, 0, 0, e, 1.0);
            put(&mut j, m, m, e.transpose(), 1.0);
        }
        Kind::Discrete => {
            put(&mut h, m, m, e.transpose(), 1.0);
            put(&mut j, 0, 0, e, 1.0);
            put(&mut j, m, m, inp.a.transpose(), 1.0);
            put(&mut j, 2 * m, m, inp.b.transpose(), -1.0);
        }
    }
    (h, j)
}

/// LAPACK's gebal scaling (no permutation) of `mat`: the powers of two
/// `d` that make `diag(d)⁻¹ mat diag(d)` better balanced.
fn gebal_scaling(mut mat: Mat<f64>) -> Vec<f64> {
    let n = mat.nrows();
    let radix = 2.0;
    let sfmin1 = f64::MIN_POSITIVE / f64::EPSILON;
    let (sfmax1, sfmin2) = (1.0 / sfmin1, sfmin1 * radix);
    let sfmax2 = 1.0 / sfmin2;
    let mut scale = vec![1.0; n];
    let norm = |v: &mut dyn Iterator<Item = f64>| v.map(|x| x * x).sum::<f64>().sqrt();
    let amax = |v: &mut dyn Iterator<Item = f64>| v.fold(0.0_f64, |m, x| m.max(x.abs()));
    loop {
        let mut changed = false;
        for i in 0..n {
            let mut c = norm(&mut (0..n).map(|k| mat[(k, i)]));
            let mut r = norm(&mut (0..n).map(|k| mat[(i, k)]));
            let mut ca = amax(&mut (0..n).map(|k| mat[(k, i)]));
            let mut ra = amax(&mut (0..n).map(|k| mat[(i, k)]));
            if c == 0.0 || r == 0.0 {
                continue;
            }
            let s = c + r;
            let (mut f, mut g) = (1.0_f64, r / radix);
            while c < g && f.max(c).max(ca) < sfmax2 && r.min(g).min(ra) > sfmin2 {
                (f, c, ca, r, g, ra) = (
                    f * radix,
                    c * radix,
                    ca * radix,
                    r / radix,
                    g / radix,
                    ra / radix,
                );
            }
            g = c / radix;
            while g >= r && r.max(ra) < sfmax2 && f.min(c).min(g).min(ca) > sfmin2 {
                (f, c, g, ca, r, ra) = (
                    f / radix,
                    c / radix,
                    g / radix,
                    ca / radix,
                    r * radix,
                    ra * radix,
                );
            }
            if c + r >= 0.95 * s
                || (f < 1.0 && scale[i] < 1.0 && f * scale[i] <= sfmin1)
                || (f > 1.0 && scale[i] > 1.0 && scale[i] >= sfmax1 / f)
            {
                continue;
            }
            scale[i] *= f;
            changed = true;
            (0..n).for_each(|k| mat[(i, k)] /= f);
            (0..n).for_each(|k| mat[(k, i)] *= f);
        }
        if !changed {
            return scale;
        }
    }
}

/// SciPy's symplectic balancing: gebal's scaling of |H| + |J| (diagonal
/// removed), its first 2m entries replaced by `2^±round((log2 d[m+i] -
/// log2 d[i]) / 2)`; applied to H and J in place. Returns the scaling, or
/// None when gebal's scaling is all ones to NumPy's `allclose`.
fn balance(h: &mut Mat<f64>, j: &mut Mat<f64>, m: usize) -> Option<Vec<f64>> {
    let d = h.nrows();
    let abs = Mat::<f64>::from_fn(d, d, |r, c| {
        if r == c {
            0.0
        } else {
            h[(r, c)].abs() + j[(r, c)].abs()
        }
    });
    let mut sca = gebal_scaling(abs);
    if sca.iter().all(|&x| (x - 1.0).abs() <= 1e-8 + 1e-5) {
        return None;
    }
    let logs: Vec<f64> = sca.iter().map(|x| x.log2()).collect();
    for i in 0..m {
        let s = ((logs[m + i] - logs[i]) / 2.0).round_ties_even();
        sca[i] = s.exp2();
        sca[m + i] = (-s).exp2();
    }
    for c in 0..d {
        for r in 0..d {
            let f = sca[r] / sca[c];
            h[(r, c)] *= f;
            j[(r, c)] *= f;
        }
    }
    Some(sca)
}

fn lu_solve_general(a: MatRef<'_, f64>, b: MatRef<'_, f64>) -> Result<Mat<f64>> {
    let opts = SolveOptions {
        check_finite: false,
        ..Default::default()
    };
    solve(a, b, &opts)
        .map(|s| s.x)
        .map_err(|_| singular("Failed to find a finite solution."))
}

fn solve_are(inp: &RiccatiInput<'_>, kind: Kind) -> Result<Mat<f64>> {
    let (m, n) = validate(inp, kind)?;
    let (mut h, mut j) = extended_pencil(inp, kind, m, n);
    let sca = if inp.balanced {
        balance(&mut h, &mut j, m)
    } else {
        None
    };
    let d = 2 * m + n;
    // deflate to order 2m: q[:, n:]ᵀ annihilates the last n columns
    let q = qr(
        h.as_ref().submatrix(0, 2 * m, d, n),
        QrMode::Full,
        false,
        false,
    )?
    .q
    .expect("full mode");
    let qc = q.as_ref().submatrix(0, n, d, 2 * m);
    let h2 = qc.transpose() * h.as_ref().submatrix(0, 0, d, 2 * m);
    let j2 = qc.transpose() * j.as_ref().submatrix(0, 0, d, 2 * m);
    let mut u = stable_basis(&h2, &j2, kind, m)?;
    if let Some(e) = inp.e {
        let mut stacked = u.clone();
        stacked
            .as_mut()
            .submatrix_mut(0, 0, m, m)
            .copy_from(e * u.as_ref().submatrix(0, 0, m, m));
        u = qr(stacked.as_ref(), QrMode::Economic, false, false)?
            .q
            .expect("economic mode");
    }
    let (u00, u10) = (
        u.as_ref().submatrix(0, 0, m, m),
        u.as_ref().submatrix(m, 0, m, m),
    );
    let sv = svdvals(u00, false)?;
    let (big, small) = (
        sv.first().copied().unwrap_or(1.0),
        sv.last().copied().unwrap_or(1.0),
    );
    if m > 0 && (small == 0.0 || small / big < f64::EPSILON) {
        return Err(singular("Failed to find a finite solution."));
    }
    check_symmetric_subspace(u00, u10, kind)?;
    let mut x = lu_solve_general(u00.transpose(), u10.transpose())?
        .transpose()
        .to_owned();
    if let Some(sca) = sca {
        for c in 0..m {
            for r in 0..m {
                x[(r, c)] *= sca[r] * sca[c];
            }
        }
    }
    Ok(refine(inp, kind, symmetric_part(&x)))
}

fn symmetric_part(x: &Mat<f64>) -> Mat<f64> {
    Mat::from_fn(x.nrows(), x.ncols(), |r, c| (x[(r, c)] + x[(c, r)]) / 2.0)
}

fn max_abs(x: &Mat<f64>) -> f64 {
    super::sylvester::max_abs(x.as_ref())
}

/// The residual of `x` in the equation and the closed-loop matrix
/// `a - b k` (k the optimal gain at `x`).
fn residual(inp: &RiccatiInput<'_>, kind: Kind, x: &Mat<f64>) -> Result<(Mat<f64>, Mat<f64>)> {
    let m = inp.a.nrows();
    let eye = Mat::<f64>::identity(m, m);
    let e = inp.e.unwrap_or(eye.as_ref());
    let zero_s = Mat::<f64>::zeros(inp.b.nrows(), inp.b.ncols());
    let s = inp.s.unwrap_or(zero_s.as_ref());
    let (a, b, q, r) = (inp.a, inp.b, inp.q, inp.r);
    let (cross, gain_lhs, quad) = match kind {
        Kind::Continuous => (
            e.transpose() * x * b + s,
            r.to_owned(),
            a.transpose() * x * e + e.transpose() * x * a,
        ),
        Kind::Discrete => (
            a.transpose() * x * b + s,
            r + b.transpose() * x * b,
            a.transpose() * x * a - e.transpose() * x * e,
        ),
    };
    let k = lu_solve_general(gain_lhs.as_ref(), cross.transpose())?;
    let res = quad - &cross * &k + q;
    Ok((res, a - b * k))
}

/// One Newton step: the correction d solves the equation's linearization
/// at `x`, a (generalized) Lyapunov equation in the closed-loop matrix.
fn newton_step(inp: &RiccatiInput<'_>, kind: Kind, x: &Mat<f64>) -> Result<Mat<f64>> {
    let m = x.nrows();
    let (res, ac) = residual(inp, kind, x)?;
    // with e: ac' = ac e⁻¹, rhs' = e⁻ᵀ res e⁻¹ make the equation standard
    let (ac, rhs) = match inp.e {
        Some(e) => {
            let ac_e = lu_solve_general(e.transpose(), ac.transpose())?;
            let left = lu_solve_general(e.transpose(), res.as_ref())?;
            let rhs = lu_solve_general(e.transpose(), left.transpose())?;
            (ac_e, rhs)
        }
        None => (ac.transpose().to_owned(), res),
    };
    let d = match kind {
        Kind::Continuous => super::solve_continuous_lyapunov(ac.as_ref(), (-rhs).as_ref())?.x,
        Kind::Discrete => {
            let method = super::DiscreteLyapunovMethod::parse(None, m)?;
            super::solve_discrete_lyapunov(ac.as_ref(), rhs.as_ref(), method)?
        }
    };
    Ok(symmetric_part(&(x + d)))
}

/// Newton refinement of `x`, kept while each step reduces the largest
/// residual entry (at most three steps).
fn refine(inp: &RiccatiInput<'_>, kind: Kind, mut x: Mat<f64>) -> Mat<f64> {
    let Ok((res, _)) = residual(inp, kind, &x) else {
        return x;
    };
    let mut best = max_abs(&res);
    for _ in 0..3 {
        if best == 0.0 {
            break;
        }
        let Ok(next) = newton_step(inp, kind, &x) else {
            break;
        };
        let Ok((res, _)) = residual(inp, kind, &next) else {
            break;
        };
        let r = max_abs(&res);
        if r.is_nan() || r >= best {
            break;
        }
        (x, best) = (next, r);
    }
    x
}

/// SciPy's success test (proof of Thm. 5 item 3 in Arnold & Laub):
/// `u00ᵀ u10` symmetric to 10 %.
fn check_symmetric_subspace(u00: MatRef<'_, f64>, u10: MatRef<'_, f64>, kind: Kind) -> Result<()> {
    let u_sym = u00.transpose() * u10;
    let n_u_sym = norm1(u_sym.as_ref())?;
    let asym = norm1((&u_sym - u_sym.transpose()).as_ref())?;
    if asym > spacing(1000.0).max(0.1 * n_u_sym) {
        return Err(boundary_error(kind));
    }
    Ok(())
}

/// SciPy's error when the pencil has eigenvalues on (or near) the stability
/// boundary.
fn boundary_error(kind: Kind) -> Error {
    {
        singular(match kind {
            Kind::Continuous => {
                "The associated Hamiltonian pencil has eigenvalues too close to the imaginary axis"
            }
            Kind::Discrete => {
                "The associated symplectic pencil has eigenvalues too close to the unit circle"
            }
        })
    }
}

/// A real orthonormal basis (2m x m) of the deflating subspace of `(h, j)`
/// for the eigenvalues in the open left half plane (continuous) or inside
/// the unit circle (discrete), as SciPy's ordqz(sort='lhp' / 'iuc') gives:
/// the first m Schur vectors of the ordered Schur form of `j⁻¹ h`
/// (continuous; j is invertible as r is) or of the Cayley transform
/// `(h - j)⁻¹ (h + j)` (discrete; |λ| < 1 maps to the left half plane).
/// Fails as SciPy does when there are not m such eigenvalues.
fn stable_basis(h: &Mat<f64>, j: &Mat<f64>, kind: Kind, m: usize) -> Result<Mat<f64>> {
    let k = match kind {
        Kind::Continuous => lu_solve_general(j.as_ref(), h.as_ref())?,
        Kind::Discrete => lu_solve_general((h - j).as_ref(), (h + j).as_ref())?,
    };
    let basis = match schur_real(k.as_ref(), Some(SchurSort::Lhp)) {
        Ok(sch) => (sch.sdim == m).then(|| sch.z.as_ref().subcols(0, m).to_owned()),
        Err(e) if e.kind == ErrorKind::Singular => complex_stable_basis(&k, m)?,
        Err(e) => return Err(e),
    };
    basis.ok_or_else(|| boundary_error(kind))
}

/// `stable_basis` through the complex Schur form of `k`, for when swapping
/// real 2 x 2 blocks is refused (reordering a triangular form needs only
/// rotations, which never fail): an orthonormal basis of the span of the
/// real and imaginary parts of its first m Schur vectors, or None when
/// there are not m eigenvalues in the left half plane.
fn complex_stable_basis(k: &Mat<f64>, m: usize) -> Result<Option<Mat<f64>>> {
    let kc = Mat::<Complex64>::from_fn(k.nrows(), k.ncols(), |r, c| Complex64::new(k[(r, c)], 0.0));
    let sch = schur_complex(kc.as_ref(), Some(SchurSort::Lhp))?;
    if sch.sdim != m {
        return Ok(None);
    }
    let d = 2 * m;
    let parts = Mat::<f64>::from_fn(d, 2 * m, |i, c| {
        let z = sch.z[(i, c % m)];
        if c < m {
            z.re
        } else {
            z.im
        }
    });
    let q = qr(parts.as_ref(), QrMode::Economic, true, false)?
        .q
        .expect("economic mode");
    Ok(Some(q.as_ref().submatrix(0, 0, d, m).to_owned()))
}

/// `scipy.linalg.solve_continuous_are(a, b, q, r, e, s, balanced)`: the
/// stabilizing `x` (m x m, symmetric) of
/// `aᵀ x e + eᵀ x a - (eᵀ x b + s) r⁻¹ (bᵀ x e + sᵀ) + q = 0`.
pub fn solve_continuous_are(inp: &RiccatiInput<'_>) -> Result<Mat<f64>> {
    solve_are(inp, Kind::Continuous)
}

/// `scipy.linalg.solve_discrete_are(a, b, q, r, e, s, balanced)`: the
/// stabilizing `x` (m x m, symmetric) of
/// `aᵀ x a - eᵀ x e - (aᵀ x b + s) (r + bᵀ x b)⁻¹ (bᵀ x a + sᵀ) + q = 0`.
pub fn solve_discrete_are(inp: &RiccatiInput<'_>) -> Result<Mat<f64>> {
    solve_are(inp, Kind::Discrete)
}
