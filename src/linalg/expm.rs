//! Matrix exponential (`scipy.linalg.expm`): scaling and squaring with a
//! Padé approximant of degree 3, 5, 7, 9 or 13, chosen as in Al-Mohy and
//! Higham, "A new scaling and squaring algorithm for the matrix
//! exponential" (SIAM J. Matrix Anal. Appl. 31, 2009), Algorithm 5.1 — the
//! algorithm SciPy implements. Triangular input gets the paper's Code
//! Fragment 2.1 (the diagonal and first off-diagonal recomputed exactly
//! while squaring); diagonal input is exponentiated entrywise.

use super::common::{require_square, singular, with_par, Scalar};
use super::condest::norm1_estimate;
use super::lu::{first_zero_pivot, lu_factor, solve_with};
use crate::error::Result;
use faer::linalg::matmul::matmul;
use faer::{Accum, Mat, MatRef, Par};

/// θ_m of the paper's Table 3.1 for m = 3, 5, 7, 9, 13: the largest 1-norm
/// of 2^-s A for which the degree-m approximant meets double precision.
const THETA: [f64; 5] = [
    1.495585217958292e-2,
    2.53939833006323e-1,
    9.504178996162932e-1,
    2.097847961257068e0,
    4.25e0,
];

/// |c_{2m+1}| / u for m = 3, 5, 7, 9, 13 (u = 2^-53): the leading
/// coefficient of the approximant's backward error series over the unit
/// roundoff, which the paper's ell(A, m) compares norms of |A|^{2m+1} with.
const ERR_COEFF: [f64; 5] = [
    1.1191048088221578e-11,
    1.1167770708198077e-06,
    4.982612431049347e-1,
    6.56628625e5,
    1.2573361865339437e+19,
];

fn mul<T: Scalar>(a: MatRef<'_, T>, b: MatRef<'_, T>, par: Par) -> Mat<T> {
    let mut c = Mat::<T>::zeros(a.nrows(), b.ncols());
    matmul(c.as_mut(), Accum::Replace, a, b, T::ONE, par);
    c
}

pub(crate) fn norm1<T: Scalar>(a: MatRef<'_, T>) -> f64 {
    a.col_iter()
        .map(|c| c.iter().map(|x| x.modulus()).sum::<f64>())
        .fold(0.0, f64::max)
}

/// The Padé coefficients b_j = (2m - j)! / (j! (m - j)!) of degree m
/// (p_m(x) = Σ b_j x^j up to a common factor), exact in integers.
fn pade_coefficients(m: usize) -> Vec<f64> {
    (0..=m)
        .map(|j| {
            let num: u128 = ((m - j + 1)..=(2 * m - j)).map(|k| k as u128).product();
            let den: u128 = (1..=j).map(|k| k as u128).product();
            (num / den) as f64
        })
        .collect()
}

/// Powers of |A|ᵀ applied to the ones vector: after k steps its largest
/// entry is ‖ |A|^k ‖₁ (the paper's ell needs k = 2m + 1).
struct AbsPowers {
    abs_t: Mat<f64>,
    v: Mat<f64>,
    steps: usize,
    par: Par,
}

impl AbsPowers {
    fn new<T: Scalar>(a: MatRef<'_, T>, par: Par) -> Self {
        let n = a.nrows();
        AbsPowers {
            abs_t: Mat::from_fn(n, n, |i, j| a[(j, i)].modulus()),
            v: Mat::from_fn(n, 1, |_, _| 1.0),
            steps: 0,
            par,
        }
    }

    /// ‖ |A|^k ‖₁, continuing from the steps already taken.
    fn norm_of_power(&mut self, k: usize) -> f64 {
        while self.steps < k {
            self.v = mul(self.abs_t.as_ref(), self.v.as_ref(), self.par);
            self.steps += 1;
        }
        self.v.col(0).iter().copied().fold(0.0, f64::max)
    }

    /// Replaces |A| by 2^-s |A| (and the vector accordingly).
    fn scale(&mut self, s: i32) {
        let f = 2f64.powi(-s);
        scale_in_place(&mut self.abs_t, f);
        scale_in_place(&mut self.v, f.powi(self.steps as i32));
    }
}

fn scale_in_place<T: Scalar>(m: &mut Mat<T>, f: f64) {
    let f = T::from_re(f);
    m.col_iter_mut()
        .for_each(|c| c.iter_mut().for_each(|x| *x *= f));
}

/// The paper's ell(A, m): extra squarings the degree-m approximant needs so
/// that its backward error stays below u for this A (0 when none).
fn ell(pow: &mut AbsPowers, norm_a: f64, m_index: usize, m: usize) -> i32 {
    let alpha = pow.norm_of_power(2 * m + 1) / norm_a / ERR_COEFF[m_index];
    ((alpha.log2() / (2 * m) as f64).ceil() as i32).max(0)
}

/// From this order on ‖A⁸‖₁ and ‖A¹⁰‖₁ are estimated (as SciPy switches,
/// and as the paper allows) instead of forming A⁸ and A¹⁰: two matrix
/// products fewer when degree 13 is chosen.
const ESTIMATE_MIN_ORDER: usize = 400;

/// An estimate of ‖f g‖₁ from products with vectors (a lower bound,
/// usually exact).
fn estimated_product_norm<T: Scalar>(f: MatRef<'_, T>, g: MatRef<'_, T>, par: Par) -> f64 {
    let n = f.nrows();
    let mut apply = |x: &mut [T], adjoint: bool| {
        let mut v = Mat::from_fn(n, 1, |i, _| x[i]);
        for m in [g, f] {
            let mut out = Mat::<T>::zeros(n, 1);
            if adjoint {
                matmul(
                    out.as_mut(),
                    Accum::Replace,
                    m.adjoint(),
                    v.as_ref(),
                    T::ONE,
                    par,
                );
            } else {
                matmul(out.as_mut(), Accum::Replace, m, v.as_ref(), T::ONE, par);
            }
            v = out;
        }
        x.iter_mut().enumerate().for_each(|(i, xi)| *xi = v[(i, 0)]);
    };
    norm1_estimate(n, &mut apply)
}

/// The approximant degree m and the number of squarings s, with the
/// powers A², A⁴, A⁶ (and A⁸ for m = 9) the evaluation reuses.
struct Plan<T> {
    m: usize,
    s: i32,
    powers: Vec<Mat<T>>,
}

fn plan<T: Scalar>(a: MatRef<'_, T>, par: Par) -> Plan<T> {
    let a2 = mul(a, a, par);
    let a4 = mul(a2.as_ref(), a2.as_ref(), par);
    let a6 = mul(a4.as_ref(), a2.as_ref(), par);
    let norm_a = norm1(a);
    let d4 = norm1(a4.as_ref()).powf(0.25);
    let d6 = norm1(a6.as_ref()).powf(1.0 / 6.0);
    let eta1 = d4.max(d6);
    let mut pow = AbsPowers::new(a, par);
    let mut powers = vec![a2, a4, a6];
    let done = |m, powers| Plan { m, s: 0, powers };
    if eta1 <= THETA[0] && ell(&mut pow, norm_a, 0, 3) == 0 {
        return done(3, powers);
    }
    if eta1 <= THETA[1] && ell(&mut pow, norm_a, 1, 5) == 0 {
        return done(5, powers);
    }
    let exact = a.nrows() < ESTIMATE_MIN_ORDER;
    let a8 = exact.then(|| mul(powers[1].as_ref(), powers[1].as_ref(), par));
    let d8 = match &a8 {
        Some(a8) => norm1(a8.as_ref()),
        None => estimated_product_norm(powers[1].as_ref(), powers[1].as_ref(), par),
    }
    .powf(0.125);
    let eta3 = d6.max(d8);
    if eta3 <= THETA[2] && ell(&mut pow, norm_a, 2, 7) == 0 {
        return done(7, powers);
    }
    if eta3 <= THETA[3] && ell(&mut pow, norm_a, 3, 9) == 0 {
        powers.push(a8.unwrap_or_else(|| mul(powers[1].as_ref(), powers[1].as_ref(), par)));
        return done(9, powers);
    }
    let (a4, a6) = (powers[1].as_ref(), powers[2].as_ref());
    let d10 = if exact {
        norm1(mul(a4, a6, par).as_ref())
    } else {
        estimated_product_norm(a4, a6, par)
    }
    .powf(0.1);
    let eta5 = eta3.min(d8.max(d10));
    let mut s = ((eta5 / THETA[4]).log2().ceil() as i32).max(0);
    // ell of 2^-s A: the |A| powers so far carry over, rescaled.
    pow.norm_of_power(19);
    pow.scale(s);
    s += ell(&mut pow, norm_a * 2f64.powi(-s), 4, 13);
    Plan { m: 13, s, powers }
}

/// `acc += c * x`.
fn add_scaled<T: Scalar>(acc: &mut Mat<T>, c: f64, x: MatRef<'_, T>) {
    let c = T::from_re(c);
    for (dst, src) in acc.col_iter_mut().zip(x.col_iter()) {
        dst.iter_mut()
            .zip(src.iter())
            .for_each(|(d, s)| *d += c * *s);
    }
}

/// `c I + Σ coeffs[k] terms[k]`.
fn combination<T: Scalar>(n: usize, c: f64, terms: &[(f64, MatRef<'_, T>)]) -> Mat<T> {
    let mut out = Mat::<T>::identity(n, n) * faer::Scale(T::from_re(c));
    for &(k, t) in terms {
        add_scaled(&mut out, k, t);
    }
    out
}

/// U (odd part) and V (even part) of the degree-m approximant at `a`, with
/// its powers [A², A⁴, A⁶, (A⁸)].
fn pade_uv<T: Scalar>(a: MatRef<'_, T>, pw: &[Mat<T>], m: usize, par: Par) -> (Mat<T>, Mat<T>) {
    let n = a.nrows();
    let b = pade_coefficients(m);
    let p = |k: usize| pw[k / 2 - 1].as_ref();
    if m == 13 {
        let (a2, a4, a6) = (p(2), p(4), p(6));
        let inner_u = combination(n, 0.0, &[(b[13], a6), (b[11], a4), (b[9], a2)]);
        let mut u = mul(a6, inner_u.as_ref(), par);
        add_scaled(
            &mut u,
            1.0,
            combination(n, b[1], &[(b[7], a6), (b[5], a4), (b[3], a2)]).as_ref(),
        );
        let inner_v = combination(n, 0.0, &[(b[12], a6), (b[10], a4), (b[8], a2)]);
        let mut v = mul(a6, inner_v.as_ref(), par);
        add_scaled(
            &mut v,
            1.0,
            combination(n, b[0], &[(b[6], a6), (b[4], a4), (b[2], a2)]).as_ref(),
        );
        return (mul(a, u.as_ref(), par), v);
    }
    let odd: Vec<(f64, MatRef<'_, T>)> = (3..=m).step_by(2).map(|j| (b[j], p(j - 1))).collect();
    let even: Vec<(f64, MatRef<'_, T>)> = (2..=m).step_by(2).map(|j| (b[j], p(j))).collect();
    let u = mul(a, combination(n, b[1], &odd).as_ref(), par);
    (u, combination(n, b[0], &even))
}

/// Which triangle holds the entries of `a`: (has below, has above).
fn bandwidth<T: Scalar>(a: MatRef<'_, T>) -> (bool, bool) {
    let n = a.nrows();
    let below = (0..n).any(|j| (j + 1..n).any(|i| a[(i, j)] != T::ZERO));
    let above = (0..n).any(|j| (0..j).any(|i| a[(i, j)] != T::ZERO));
    (below, above)
}

/// exp(λ₂ - λ₁ divided difference): (e^λ₂ - e^λ₁) / (λ₂ - λ₁), or e^λ₁
/// when they are equal.
fn exp_divided_difference<T: Scalar>(l1: T, l2: T) -> T {
    if l1 == l2 {
        l1.exp()
    } else {
        (l2.exp() - l1.exp()) / (l2 - l1)
    }
}

/// Squares `r` s times; for triangular `a` (upper when `upper`) the diagonal
/// and the first off-diagonal are set exactly after each squaring.
fn square<T: Scalar>(
    mut r: Mat<T>,
    a: MatRef<'_, T>,
    s: i32,
    triangular: Option<bool>,
    par: Par,
) -> Mat<T> {
    let n = a.nrows();
    for i in (0..s).rev() {
        r = mul(r.as_ref(), r.as_ref(), par);
        let Some(upper) = triangular else { continue };
        let f = T::from_re(2f64.powi(-i));
        for k in 0..n {
            r[(k, k)] = (f * a[(k, k)]).exp();
        }
        for k in 0..n.saturating_sub(1) {
            let dd = exp_divided_difference(f * a[(k, k)], f * a[(k + 1, k + 1)]);
            if upper {
                r[(k, k + 1)] = dd * f * a[(k, k + 1)];
            } else {
                r[(k + 1, k)] = dd * f * a[(k + 1, k)];
            }
        }
    }
    r
}

/// scipy.linalg.expm(a) of a real or complex square matrix. NaN or
/// infinite entries give NaN (NaN + NaN i for complex input) wherever the
/// result can be nonzero (as SciPy's result).
pub fn expm<T: Scalar>(a: MatRef<'_, T>) -> Result<Mat<T>> {
    require_square(a, "a")?;
    let n = a.nrows();
    let (below, above) = bandwidth(a);
    if !below && !above {
        return Ok(Mat::from_fn(n, n, |i, j| {
            if i == j {
                a[(i, i)].exp()
            } else {
                T::ZERO
            }
        }));
    }
    let triangular = (!below || !above).then_some(!below);
    let in_triangle = |i: usize, j: usize| match triangular {
        Some(true) => i <= j,
        Some(false) => i >= j,
        None => true,
    };
    if (0..n).any(|j| (0..n).any(|i| !a[(i, j)].finite())) {
        return Ok(Mat::from_fn(n, n, |i, j| {
            if in_triangle(i, j) {
                T::from_parts(f64::NAN, f64::NAN)
            } else {
                T::ZERO
            }
        }));
    }
    let r = with_par(n, |par| -> Result<Mat<T>> {
        let Plan { m, s, mut powers } = plan(a, par);
        let mut scaled = a.to_owned();
        if s > 0 {
            let f = 2f64.powi(-s);
            scale_in_place(&mut scaled, f);
            for (k, p) in powers.iter_mut().enumerate().take(3) {
                scale_in_place(p, f.powi(2 * (k as i32 + 1)));
            }
        }
        let (u, v) = pade_uv(scaled.as_ref(), &powers, m, par);
        let denominator = &v - &u;
        let numerator = &v + &u;
        let f = lu_factor(denominator.as_ref(), false)?;
        if first_zero_pivot(f.lu.as_ref()).is_some() {
            return Err(singular("expm: the Padé denominator is singular"));
        }
        let r = solve_with(&f, numerator.as_ref(), false);
        Ok(square(r, a, s, triangular, par))
    })?;
    Ok(Mat::from_fn(n, n, |i, j| {
        if in_triangle(i, j) {
            r[(i, j)]
        } else {
            T::ZERO
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// expm(H D H) = H exp(D) H for a Householder reflector H = I - 2 v vᵀ / vᵀv
    /// (its own inverse) and diagonal D: of order 420 the degree-13 plan
    /// estimates ‖A⁸‖₁ and ‖A¹⁰‖₁ instead of forming the powers.
    #[test]
    fn estimated_norms_keep_double_precision() {
        let n = 420;
        let v: Vec<f64> = (0..n)
            .map(|i| ((i * 7919) % 101) as f64 / 50.0 - 1.0)
            .collect();
        let vtv: f64 = v.iter().map(|x| x * x).sum();
        let h = Mat::from_fn(n, n, |i, j| f64::from(i == j) - 2.0 * v[i] * v[j] / vtv);
        let d: Vec<f64> = (0..n)
            .map(|i| -6.0 + 12.0 * i as f64 / (n - 1) as f64)
            .collect();
        let scaled = |f: &dyn Fn(f64) -> f64| {
            let hd = Mat::from_fn(n, n, |i, j| h[(i, j)] * f(d[j]));
            &hd * &h
        };
        let a = scaled(&|x| x);
        let plan = plan(a.as_ref(), Par::Seq);
        assert_eq!(plan.m, 13);
        assert!(plan.s > 0);
        let got = expm(a.as_ref()).expect("finite input");
        let want = scaled(&f64::exp);
        let scale = norm1(want.as_ref());
        let err = norm1((&got - &want).as_ref());
        assert!(
            err <= 1e-13 * scale,
            "relative 1-norm error {}",
            err / scale
        );
    }
}
