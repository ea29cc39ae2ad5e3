//! `kstwo`: the two-sided Kolmogorov–Smirnov statistic Dₙ for a sample of
//! n, on [1/(2n), 1], as SciPy's `_ksstats` computes it (Simard and
//! L'Ecuyer's choice of method by n and x):
//!
//! - Ruben–Gambino closed forms for nx ≤ 1 and nx ≥ n - 1;
//! - 2·smirnov(n, x) for x ≥ 1/2 (exact there) and for large nx²;
//! - Durbin's matrix algorithm (Marsaglia–Tsang–Wang) for small nx²;
//! - Pomeranz's recursion for moderate nx² (n ≤ 140);
//! - the Pelz–Good asymptotic series for n > 140.
//!
//! The density is the closed forms' derivatives or a five-point central
//! difference of the cdf, the quantiles Brent's method on the cdf. SciPy
//! leaves the moments to the quadrature of x^n pdf (`momtype=0`).

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::{Family, Model};
use crate::optimize::{root_scalar, RootScalarOptions};
use crate::special::gamma::loggamma;
use crate::special::kolmogorov::kolmogci;
use crate::special::logsumexp::pairwise_sum;
use crate::special::smirnov::{smirnov, smirnovp};

/// `kstwo`: n ≥ 1 an integer.
pub static KSTWO: Family = Family::continuous("kstwo", c"n", |s| {
    let n = s[0];
    (n >= 1.0 && n == n.round() && n.is_finite())
        .then(|| Model::Continuous(Box::new(KsTwo { n: n as u64 })))
});

/// The distribution of Dₙ.
struct KsTwo {
    n: u64,
}

impl Continuous for KsTwo {
    fn support(&self) -> (f64, f64) {
        (0.5 / self.n as f64, 1.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        kolmogn_pdf(self.n, x)
    }
    fn cdf(&self, x: f64) -> f64 {
        kolmogn(self.n, x, true)
    }
    fn sf(&self, x: f64) -> f64 {
        kolmogn(self.n, x, false)
    }
    fn ppf(&self, q: f64) -> f64 {
        kolmogni(self.n, q, 1.0 - q)
    }
    fn isf(&self, q: f64) -> f64 {
        kolmogni(self.n, 1.0 - q, q)
    }
    fn moments_from_pdf(&self) -> bool {
        true
    }
}

/// 2^128 and 2^-128, SciPy's rescaling steps.
const EP128: f64 = 340282366920938463463374607431768211456.0;
const EM128: f64 = 1.0 / EP128;
const E128: i32 = 128;

/// The cdf (`cdf`) or sf of a probability `cdf_prob`, clipped to [0, 1].
fn select(cdf_prob: f64, sf_prob: f64, cdf: bool) -> f64 {
    (if cdf { cdf_prob } else { sf_prob }).clamp(0.0, 1.0)
}

/// x·2^e.
fn ldexp(x: f64, e: i32) -> f64 {
    // in steps that neither overflow nor lose bits before the last
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    x * 2f64.powi(e)
}

/// log(n!/n^n) by Stirling's series with n log n removed up front.
fn log_nfactorial_div_n_pow_n(n: f64) -> f64 {
    #[allow(clippy::excessive_precision)] // the digits as SciPy writes them
    const STIRLING: [f64; 8] = [
        -2.955065359477124183e-2,
        6.4102564102564102564e-3,
        -1.9175269175269175269e-3,
        8.4175084175084175084e-4,
        -5.952380952380952381e-4,
        7.9365079365079365079e-4,
        -2.7777777777777777778e-3,
        8.3333333333333333333e-2,
    ];
    let rn = 1.0 / n;
    let x = rn / n;
    let poly = STIRLING.iter().fold(0.0, |y, &c| y * x + c);
    n.ln() / 2.0 - n + (2.0 * PI).ln() / 2.0 + rn * poly
}

/// Π_{i=1}^{m} (i/n)(2t - 1), multiplied left to right as `numpy.prod`.
fn ruben_gambino_product(m: u64, n: f64, t: f64) -> f64 {
    let inv = 1.0 / n;
    (1..=m).fold(1.0, |p, i| p * (i as f64 * inv * (2.0 * t - 1.0)))
}

/// SciPy's `_kolmogn`: P(Dₙ ≤ x) (`cdf`) or P(Dₙ > x).
fn kolmogn(n: u64, x: f64, cdf: bool) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x >= 1.0 {
        return select(1.0, 0.0, cdf);
    }
    if x <= 0.0 {
        return select(0.0, 1.0, cdf);
    }
    let nf = n as f64;
    let t = nf * x;
    if t <= 1.0 {
        if t <= 0.5 {
            return select(0.0, 1.0, cdf);
        }
        let prob = if n <= 140 {
            ruben_gambino_product(n, nf, t)
        } else {
            (log_nfactorial_div_n_pow_n(nf) + nf * (2.0 * t - 1.0).ln()).exp()
        };
        return select(prob, 1.0 - prob, cdf);
    }
    if t >= nf - 1.0 {
        let prob = 2.0 * (1.0 - x).powf(nf);
        return select(1.0 - prob, prob, cdf);
    }
    if x >= 0.5 {
        let prob = 2.0 * smirnov(nf, x);
        return select(1.0 - prob, prob, cdf);
    }
    let nxsquared = t * x;
    if n <= 140 {
        let prob = if nxsquared <= 0.754693 {
            durbin_matrix(n, x)
        } else if nxsquared <= 4.0 {
            pomeranz(n, x)
        } else {
            let prob = 2.0 * smirnov(nf, x);
            return select(1.0 - prob, prob, cdf);
        };
        return select(prob, 1.0 - prob, cdf);
    }
    if !cdf {
        if nxsquared >= 370.0 {
            return 0.0;
        }
        if nxsquared >= 2.2 {
            return (2.0 * smirnov(nf, x)).clamp(0.0, 1.0);
        }
    }
    let cdf_prob = if nxsquared >= 18.0 {
        1.0
    } else if n <= 100_000 && nf * x.powf(1.5) <= 1.4 {
        durbin_matrix(n, x)
    } else {
        pelz_good(n, x)
    };
    select(cdf_prob, 1.0 - cdf_prob, cdf)
}

/// The product of two m×m matrices (row-major).
fn matmul(a: &[f64], b: &[f64], m: usize) -> Vec<f64> {
    let mut c = vec![0.0; m * m];
    for i in 0..m {
        for j in 0..m {
            c[i * m + j] = (0..m).fold(0.0, |s, l| s + a[i * m + l] * b[l * m + j]);
        }
    }
    c
}

/// Durbin's matrix algorithm as Marsaglia, Tsang and Wang arrange it:
/// with d = (k - h)/n, P(Dₙ ≤ d) = n!/n^n (H^n)_{kk} for an m×m matrix H,
/// m = 2k - 1, raised to the n-th power by squaring (rescaled by 2^128 as
/// needed), clipped to [0, 1].
fn durbin_matrix(n: u64, d: f64) -> f64 {
    if d >= 1.0 {
        return 1.0;
    }
    let nf = n as f64;
    let nd = nf * d;
    if nd <= 0.5 {
        return 0.0;
    }
    let k = nd.ceil() as usize;
    let h = k as f64 - nd;
    let m = 2 * k - 1;
    // v[j] = (1 - h^(j+1))/(j+1)!, w[j] = 1/j!
    let mut v: Vec<f64> = (1..=m).map(|j| 1.0 - h.powf(j as f64)).collect();
    let mut w = vec![0.0; m];
    let mut fac = 1.0;
    for j in 1..=m {
        w[j - 1] = fac;
        fac /= j as f64;
        v[j - 1] *= fac;
    }
    let tt = (2.0 * h - 1.0).max(0.0).powf(m as f64) - 2.0 * h.powf(m as f64);
    v[m - 1] = (1.0 + tt) * fac;
    let mut hm = vec![0.0; m * m];
    for i in 1..m {
        for r in (i - 1)..m {
            hm[r * m + i] = w[r + 1 - i];
        }
    }
    for r in 0..m {
        hm[r * m] = v[r];
    }
    for c in 0..m {
        hm[(m - 1) * m + c] = v[m - 1 - c];
    }
    let mut power: Vec<f64> = (0..m * m)
        .map(|i| if i / m == i % m { 1.0 } else { 0.0 })
        .collect();
    let (mut nn, mut expnt, mut h_expnt) = (n, 0i32, 0i32);
    while nn > 0 {
        if nn % 2 == 1 {
            power = matmul(&power, &hm, m);
            expnt += h_expnt;
        }
        hm = matmul(&hm, &hm, m);
        h_expnt *= 2;
        if hm[(k - 1) * m + k - 1].abs() > EP128 {
            hm.iter_mut().for_each(|e| *e /= EP128);
            h_expnt += E128;
        }
        nn /= 2;
    }
    let mut p = power[(k - 1) * m + k - 1];
    for i in 1..=n {
        p = i as f64 * p / nf;
        if p.abs() < EM128 {
            p *= EP128;
            expnt -= E128;
        }
    }
    if expnt != 0 {
        p = ldexp(p, expnt);
    }
    p.clamp(0.0, 1.0)
}

/// The ends (j1, j2) of the nonzero entries of row i of Pomeranz's table.
fn pomeranz_ends(i: i64, n: i64, ll: i64, ceilf: i64, roundf: i64) -> (i64, i64) {
    let (j1, j2) = if i == 0 {
        (-ll - ceilf - 1, ll + ceilf - 1)
    } else {
        let (half, odd) = ((i + 1) / 2, (i + 1) % 2);
        if odd == 0 {
            if half == n + 1 {
                (n - ll - ceilf - 1, n + ll + ceilf - 1)
            } else {
                (half - 1 - ll - roundf - 1, half + ll - 1 + ceilf - 1)
            }
        } else {
            (half - 1 - ll - 1, half + ll + roundf - 1)
        }
    };
    ((j1 + 2).max(0), j2.min(n))
}

/// Pomeranz's recursion for P(Dₙ ≤ x): 2n + 1 rows, each the convolution
/// of the previous one with (g/n)^m/m!, (2g/n)^m/m! or ((1-2g)/n)^m/m!
/// (g the distance of nx to the nearest integer), rescaled by 2^128
/// against underflow; n! times the last entry.
fn pomeranz(n: u64, x: f64) -> f64 {
    let nf = n as f64;
    let t = nf * x;
    let ll = t.floor() as i64;
    let f = t - ll as f64;
    let g = f.min(1.0 - f);
    let ceilf = i64::from(f > 0.0);
    let roundf = i64::from(f > 0.5);
    let npwrs = (2 * (ll + 1)) as usize;
    let powers = |ratio: f64| {
        let mut p = vec![1.0; npwrs];
        for m in 1..npwrs {
            p[m] = p[m - 1] * ratio / m as f64;
        }
        p
    };
    let gpower = powers(g / nf);
    let twogpower = powers(2.0 * g / nf);
    let onem2gpower = powers((1.0 - 2.0 * g) / nf);
    let ni = n as i64;
    let mut v0 = vec![0.0; npwrs];
    let mut v1 = vec![0.0; npwrs];
    v1[0] = 1.0;
    let (mut v0s, mut v1s) = (0i64, 0i64);
    let mut expnt = 0i32;
    let (mut j1, _) = pomeranz_ends(0, ni, ll, ceilf, roundf);
    for i in 1..(2 * ni + 2) {
        let k1 = j1;
        std::mem::swap(&mut v0, &mut v1);
        std::mem::swap(&mut v0s, &mut v1s);
        v1.iter_mut().for_each(|e| *e = 0.0);
        let (nj1, j2) = pomeranz_ends(i, ni, ll, ceilf, roundf);
        j1 = nj1;
        let pwrs = if i == 1 || i == 2 * ni + 1 {
            &gpower
        } else if i % 2 == 1 {
            &twogpower
        } else {
            &onem2gpower
        };
        let ln2 = j2 - k1 + 1;
        if ln2 > 0 {
            let len = ln2 as usize;
            let start = (k1 - v0s) as usize;
            let a = &v0[start..start + len];
            let conv_start = (j1 - k1) as usize;
            let conv_len = (j2 - j1 + 1) as usize;
            for (slot, c) in v1[..conv_len].iter_mut().zip(conv_start..) {
                // full convolution entry c of a and pwrs[..len]
                let lo = c.saturating_sub(len - 1);
                let hi = c.min(len - 1);
                *slot = (lo..=hi).fold(0.0, |s, idx| s + a[idx] * pwrs[c - idx]);
            }
            let max = v1.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            if 0.0 < max && max < EM128 {
                v1.iter_mut().for_each(|e| *e *= EP128);
                expnt -= E128;
            }
            v1s = v0s + j1 - k1;
        }
    }
    let mut ans = v1[(ni - v1s) as usize];
    for m in 1..=n {
        if ans.abs() > EP128 {
            ans *= EM128;
            expnt += E128;
        }
        ans *= m as f64;
    }
    if expnt != 0 {
        ans = ldexp(ans, expnt);
    }
    ans.clamp(0.0, 1.0)
}

/// The Pelz–Good approximation to P(Dₙ ≤ x): Li-Chien and Korolyuk's
/// K0 + K1/√n + K2/n + K3/n^1.5 at z = x√n, each term rewritten through
/// Jacobi's theta transformation into fast-converging sums for small z.
fn pelz_good(n: u64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let nf = n as f64;
    let z = nf.sqrt() * x;
    let (zsquared, zthree, zfour, zsix) = (z.powf(2.0), z.powf(3.0), z.powf(4.0), z.powf(6.0));
    let pi2 = PI.powi(2);
    let pi4 = PI.powi(4);
    let pi6 = PI.powi(6);
    let sqrt2pi = (2.0 * PI).sqrt();
    let qlog = -pi2 / 8.0 / zsquared;
    if qlog < -708.0 {
        return 0.0;
    }
    let q = qlog.exp();
    let (k1a, k1b) = (-zsquared, pi2 / 4.0);
    let k2a = 6.0 * zsix + 2.0 * zfour;
    let k2b = (2.0 * zfour - 5.0 * zsquared) * pi2 / 4.0;
    let k2c = pi4 * (1.0 - 2.0 * zsquared) / 16.0;
    let k3d = pi6 * (5.0 - 30.0 * zsquared) / 64.0;
    let k3c = pi4 * (-60.0 * zsquared + 212.0 * zfour) / 16.0;
    let k3b = pi2 * (135.0 * zfour - 96.0 * zsix) / 4.0;
    let k3a = -30.0 * zsix - 90.0 * z.powf(8.0);
    let mut sums = [0.0f64; 4];
    let maxk = (16.0 * z / PI).ceil() as u64;
    for k in (1..=maxk).rev() {
        let m = (2 * k - 1) as f64;
        let (m2, m4, m6) = (m * m, m.powi(4), m.powi(6));
        let qpower = q.powf(8.0 * k as f64);
        let coeffs = [
            1.0,
            k1a + k1b * m2,
            k2a + k2b * m2 + k2c * m4,
            k3a + k3b * m2 + k3c * m4 + k3d * m6,
        ];
        for (s, c) in sums.iter_mut().zip(coeffs) {
            *s = *s * qpower + c;
        }
    }
    let divisors = [z, 6.0 * zfour, 72.0 * z.powf(7.0), 6480.0 * z.powf(10.0)];
    for (s, d) in sums.iter_mut().zip(divisors) {
        *s = *s * q * sqrt2pi / d;
    }
    let q = (-pi2 / 2.0 / zsquared).exp();
    let sqrt3z = 3f64.sqrt() * z;
    let ks: Vec<f64> = (1..=maxk).rev().map(|k| k as f64).collect();
    let qpwers: Vec<f64> = ks.iter().map(|k| q.powf(k * k)).collect();
    let k2terms: Vec<f64> = ks.iter().zip(&qpwers).map(|(k, p)| k * k * p).collect();
    sums[2] += pairwise_sum(&k2terms) * (pi2 * sqrt2pi / (-36.0 * zthree));
    let k3terms: Vec<f64> = ks
        .iter()
        .zip(&qpwers)
        .map(|(k, p)| (sqrt3z + PI * k) * (sqrt3z - PI * k) * (k * k) * p)
        .collect();
    sums[3] += pairwise_sum(&k3terms) * (pi2 * sqrt2pi / (216.0 * zsix));
    let mut total = 0.0;
    for (i, s) in sums.iter().enumerate() {
        total += s / nf.powf(i as f64 / 2.0);
    }
    total
}

/// SciPy's `_kolmogn_p`: the density of Dₙ.
fn kolmogn_pdf(n: u64, x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x >= 1.0 || x <= 0.0 {
        return 0.0;
    }
    let nf = n as f64;
    let t = nf * x;
    if t <= 1.0 {
        if t <= 0.5 {
            return 0.0;
        }
        let prd = if n <= 140 {
            ruben_gambino_product(n - 1, nf, t)
        } else {
            (log_nfactorial_div_n_pow_n(nf) + (nf - 1.0) * (2.0 * t - 1.0).ln()).exp()
        };
        return prd * 2.0 * (nf * nf);
    }
    if t >= nf - 1.0 {
        return 2.0 * (1.0 - x).powf(nf - 1.0) * nf;
    }
    if x >= 0.5 {
        return 2.0 * -smirnovp(nf, x);
    }
    // a five-point central difference inside one piece of the cdf
    let delta = (x / 2f64.powi(16)).min(x - 1.0 / nf).min(0.5 - x);
    const WEIGHTS: [f64; 5] = [1.0 / 12.0, -8.0 / 12.0, 0.0, 8.0 / 12.0, -1.0 / 12.0];
    let mut val = 0.0;
    for (k, w) in WEIGHTS.iter().enumerate() {
        val += w * kolmogn(n, x + (k as f64 - 2.0) * delta, true);
    }
    val / delta
}

/// SciPy's `_kolmogni`: the x with P(Dₙ ≤ x) = p (q = 1 - p given
/// separately, so the upper tail keeps its digits).
fn kolmogni(n: u64, p: f64, q: f64) -> f64 {
    let nf = n as f64;
    if p <= 0.0 {
        return 1.0 / nf;
    }
    if q <= 0.0 {
        return 1.0;
    }
    let delta = ((p.ln() - loggamma(nf + 1.0)) / nf).exp();
    if delta <= 1.0 / nf {
        return (delta + 1.0 / nf) / 2.0;
    }
    let x = -((q / 2.0).ln() / nf).exp_m1();
    if x >= 1.0 - 1.0 / nf {
        return x;
    }
    let x1 = (kolmogci(p) / nf.sqrt()).min(1.0 - 1.0 / nf);
    let mut f = |x: f64| Ok(kolmogn(n, x, true) - p);
    let options = RootScalarOptions {
        method: Some("brentq"),
        bracket: Some([1.0 / nf, x1]),
        xtol: Some(1e-14),
        ..Default::default()
    };
    root_scalar(&mut f, None, None, &options).map_or(f64::NAN, |r| r.root)
}
