//! DCT/DST types 1–3 computed through one real FFT, producing SciPy's
//! unnormalised transforms (the sums carry SciPy's factor 2):
//!
//! - DCT-I: real FFT of the even extension `[x0..x(n-1), x(n-2)..x1]` (length
//!   2(n-1)); DST-I: of the odd extension `[0, x, 0, -reverse(x)]` (2(n+1)).
//! - DCT-II (Makhoul): even-indexed terms then odd-indexed terms reversed, a
//!   real FFT of length n, and a quarter-wave twiddle; DCT-III is its exact
//!   inverse pattern through a complex-to-real FFT.
//! - DST-II/III reduce to DCT-II/III by sign alternation and reversal.
//! - DCT-IV of even length n: a complex FFT of length n/2 of
//!   `(x[2j] + i x[n-1-2j]) exp(-iπ(4j+1)/(4n))`, then a twiddle
//!   `exp(-iπk/n)`; DST-IV is the DCT-IV of the reversed input, sign-alternated.

use std::collections::HashMap;
use std::f64::consts::PI;
use std::sync::{Arc, Mutex, OnceLock};

use num_complex::Complex64;
use realfft::{ComplexToReal, RealToComplex};
use rustfft::Fft;

use super::plans::{self, lock, PLAN_LIMIT};
use super::pool::with_buffer;

/// Plans of the DCT-II/III of one length: both real FFTs and the twiddles
/// `exp(-iπk/(2n))`, k = 0..=n/2.
pub(crate) struct Dct23 {
    n: usize,
    r2c: Arc<dyn RealToComplex<f64>>,
    c2r: Arc<dyn ComplexToReal<f64>>,
    twiddles: Vec<Complex64>,
}

/// The cached DCT-II/III plan of length `n` (>= 1).
pub(crate) fn dct23(n: usize) -> Arc<Dct23> {
    static CACHE: OnceLock<Mutex<HashMap<usize, Arc<Dct23>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(p) = lock(cache).get(&n) {
        return p.clone();
    }
    let twiddles = (0..=n / 2)
        .map(|k| Complex64::from_polar(1.0, -PI * k as f64 / (2 * n) as f64))
        .collect();
    let plan = Arc::new(Dct23 {
        n,
        r2c: plans::r2c(n),
        c2r: plans::c2r(n),
        twiddles,
    });
    let mut map = lock(cache);
    if map.len() >= PLAN_LIMIT {
        map.clear();
    }
    map.entry(n).or_insert(plan).clone()
}

impl Dct23 {
    /// SciPy's unnormalised DCT-II of `line` (length n), in place.
    pub(crate) fn dct2(&self, line: &mut [f64]) {
        let n = self.n;
        with_buffer(n, |v: &mut [f64]| {
            let (evens, odds) = v.split_at_mut(n.div_ceil(2));
            evens
                .iter_mut()
                .zip(line.iter().step_by(2))
                .for_each(|(d, &s)| *d = s);
            odds.iter_mut()
                .rev()
                .zip(line.iter().skip(1).step_by(2))
                .for_each(|(d, &s)| *d = s);
            with_buffer(
                n / 2 + 1 + self.r2c.get_scratch_len(),
                |c: &mut [Complex64]| {
                    let (spectrum, scratch) = c.split_at_mut(n / 2 + 1);
                    let done = self.r2c.process_with_scratch(v, spectrum, scratch);
                    debug_assert!(done.is_ok());
                    for (k, (s, w)) in spectrum.iter().zip(&self.twiddles).enumerate() {
                        let t = s * w;
                        line[k] = 2.0 * t.re;
                        if k > 0 && n - k > k {
                            line[n - k] = -2.0 * t.im;
                        }
                    }
                },
            );
        });
    }

    /// SciPy's unnormalised DCT-III of `line` (length n), in place.
    pub(crate) fn dct3(&self, line: &mut [f64]) {
        let n = self.n;
        with_buffer(
            n / 2 + 1 + self.c2r.get_scratch_len(),
            |c: &mut [Complex64]| {
                let (spectrum, scratch) = c.split_at_mut(n / 2 + 1);
                for (k, (s, w)) in spectrum.iter_mut().zip(&self.twiddles).enumerate() {
                    let mirror = if k == 0 { 0.0 } else { line[n - k] };
                    *s = w.conj() * Complex64::new(line[k], -mirror);
                }
                spectrum[0].im = 0.0;
                if n % 2 == 0 {
                    spectrum[n / 2].im = 0.0;
                }
                with_buffer(n, |v: &mut [f64]| {
                    let done = self.c2r.process_with_scratch(spectrum, v, scratch);
                    debug_assert!(done.is_ok());
                    let (evens, odds) = v.split_at(n.div_ceil(2));
                    line.iter_mut()
                        .step_by(2)
                        .zip(evens)
                        .for_each(|(d, &s)| *d = s);
                    line.iter_mut()
                        .skip(1)
                        .step_by(2)
                        .zip(odds.iter().rev())
                        .for_each(|(d, &s)| *d = s);
                });
            },
        );
    }

    /// SciPy's unnormalised DST-II: a DCT-II of the sign-alternated input, reversed.
    pub(crate) fn dst2(&self, line: &mut [f64]) {
        line.iter_mut().skip(1).step_by(2).for_each(|v| *v = -*v);
        self.dct2(line);
        line.reverse();
    }

    /// SciPy's unnormalised DST-III: a DCT-III of the reversed input, sign-alternated.
    pub(crate) fn dst3(&self, line: &mut [f64]) {
        line.reverse();
        self.dct3(line);
        line.iter_mut().skip(1).step_by(2).for_each(|v| *v = -*v);
    }
}

/// Plans of the DCT-IV/DST-IV of one even length n: the complex FFT of
/// length n/2 and the pre- and post-twiddles.
pub(crate) struct Dct4Even {
    n: usize,
    fft: Arc<dyn Fft<f64>>,
    pre: Vec<Complex64>,
    post: Vec<Complex64>,
}

/// The cached DCT-IV/DST-IV plan of even length `n` (>= 2).
pub(crate) fn dct4_even(n: usize) -> Arc<Dct4Even> {
    static CACHE: OnceLock<Mutex<HashMap<usize, Arc<Dct4Even>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(p) = lock(cache).get(&n) {
        return p.clone();
    }
    let m = n / 2;
    let angle = |num: f64| Complex64::from_polar(1.0, -PI * num / (4 * n) as f64);
    let pre = (0..m).map(|j| angle((4 * j + 1) as f64)).collect();
    let post = (0..m).map(|k| angle((4 * k) as f64)).collect();
    let plan = Arc::new(Dct4Even {
        n,
        fft: plans::c2c(m, true),
        pre,
        post,
    });
    let mut map = lock(cache);
    if map.len() >= PLAN_LIMIT {
        map.clear();
    }
    map.entry(n).or_insert(plan).clone()
}

impl Dct4Even {
    /// SciPy's unnormalised DCT-IV of `line` (length n), in place.
    pub(crate) fn dct4(&self, line: &mut [f64]) {
        let (n, m) = (self.n, self.n / 2);
        with_buffer(
            m + self.fft.get_inplace_scratch_len(),
            |c: &mut [Complex64]| {
                let (z, scratch) = c.split_at_mut(m);
                for (j, (v, t)) in z.iter_mut().zip(&self.pre).enumerate() {
                    *v = Complex64::new(line[2 * j], line[n - 1 - 2 * j]) * t;
                }
                self.fft.process_with_scratch(z, scratch);
                for (k, (v, t)) in z.iter().zip(&self.post).enumerate() {
                    let w = v * t;
                    line[2 * k] = 2.0 * w.re;
                    line[n - 1 - 2 * k] = -2.0 * w.im;
                }
            },
        );
    }

    /// SciPy's unnormalised DST-IV: a DCT-IV of the reversed input, sign-alternated.
    pub(crate) fn dst4(&self, line: &mut [f64]) {
        line.reverse();
        self.dct4(line);
        line.iter_mut().skip(1).step_by(2).for_each(|v| *v = -*v);
    }
}

/// A DCT-I (`cosine`) or DST-I of length n through a real FFT of its
/// symmetric extension.
pub(crate) struct Type1 {
    n: usize,
    cosine: bool,
    r2c: Arc<dyn RealToComplex<f64>>,
}

impl Type1 {
    /// The type-1 transform of length `n` (n >= 2 for the DCT-I).
    pub(crate) fn new(n: usize, cosine: bool) -> Type1 {
        let m = if cosine { 2 * (n - 1) } else { 2 * (n + 1) };
        Type1 {
            n,
            cosine,
            r2c: plans::r2c(m),
        }
    }

    /// SciPy's unnormalised transform of `line`, in place.
    pub(crate) fn apply(&self, line: &mut [f64]) {
        let m = self.r2c.len();
        with_buffer(m, |e: &mut [f64]| {
            self.extend(line, e);
            with_buffer(
                m / 2 + 1 + self.r2c.get_scratch_len(),
                |c: &mut [Complex64]| {
                    let (spectrum, scratch) = c.split_at_mut(m / 2 + 1);
                    let done = self.r2c.process_with_scratch(e, spectrum, scratch);
                    debug_assert!(done.is_ok());
                    if self.cosine {
                        line.iter_mut()
                            .zip(spectrum.iter())
                            .for_each(|(d, s)| *d = s.re);
                    } else {
                        line.iter_mut()
                            .zip(&spectrum[1..])
                            .for_each(|(d, s)| *d = -s.im);
                    }
                },
            );
        });
    }

    /// Writes the even (DCT-I) or odd (DST-I) extension of `line` into `e`.
    fn extend(&self, line: &[f64], e: &mut [f64]) {
        let n = self.n;
        if self.cosine {
            e[..n].copy_from_slice(line);
            e[n..]
                .iter_mut()
                .zip(line[1..n - 1].iter().rev())
                .for_each(|(d, &s)| *d = s);
        } else {
            e[0] = 0.0;
            e[1..=n].copy_from_slice(line);
            e[n + 1] = 0.0;
            e[n + 2..]
                .iter_mut()
                .zip(line.iter().rev())
                .for_each(|(d, &s)| *d = -s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SciPy's definitions, summed directly.
    fn naive(cosine: bool, kind: i32, x: &[f64]) -> Vec<f64> {
        let n = x.len();
        let nf = n as f64;
        let term = |k: usize, j: usize| -> f64 {
            let (k, j) = (k as f64, j as f64);
            match (cosine, kind) {
                (true, 1) => (PI * k * j / (nf - 1.0)).cos(),
                (false, 1) => (PI * (k + 1.0) * (j + 1.0) / (nf + 1.0)).sin(),
                (true, 2) => (PI * k * (2.0 * j + 1.0) / (2.0 * nf)).cos(),
                (false, 2) => (PI * (k + 1.0) * (2.0 * j + 1.0) / (2.0 * nf)).sin(),
                (true, 3) => (PI * j * (2.0 * k + 1.0) / (2.0 * nf)).cos(),
                (false, 3) => (PI * (j + 1.0) * (2.0 * k + 1.0) / (2.0 * nf)).sin(),
                (true, _) => (PI * (2.0 * j + 1.0) * (2.0 * k + 1.0) / (4.0 * nf)).cos(),
                (false, _) => (PI * (2.0 * j + 1.0) * (2.0 * k + 1.0) / (4.0 * nf)).sin(),
            }
        };
        let half = |j: usize| match (cosine, kind) {
            (true, 1) => j == 0 || j == n - 1,
            (true, 3) => j == 0,
            (false, 3) => j == n - 1,
            _ => false,
        };
        (0..n)
            .map(|k| {
                (0..n)
                    .map(|j| x[j] * term(k, j) * if half(j) { 1.0 } else { 2.0 })
                    .sum()
            })
            .collect()
    }

    type Method = fn(&Dct23, &mut [f64]);

    fn close(got: &[f64], want: &[f64]) {
        let scale = want.iter().fold(1.0f64, |m, v| m.max(v.abs()));
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() <= 1e-13 * scale, "{got:?} vs {want:?}");
        }
    }

    #[test]
    fn fft_based_transforms_match_definitions() {
        for n in [1usize, 2, 3, 4, 5, 8, 13, 16] {
            let x: Vec<f64> = (0..n).map(|i| ((i * 7 + 3) % 11) as f64 - 4.5).collect();
            let plan = dct23(n);
            let cases: [(bool, i32, Method); 4] = [
                (true, 2, Dct23::dct2),
                (true, 3, Dct23::dct3),
                (false, 2, Dct23::dst2),
                (false, 3, Dct23::dst3),
            ];
            for (cosine, kind, f) in cases {
                let mut line = x.clone();
                f(&plan, &mut line);
                close(&line, &naive(cosine, kind, &x));
            }
            if n % 2 == 0 {
                let plan = dct4_even(n);
                let mut line = x.clone();
                plan.dct4(&mut line);
                close(&line, &naive(true, 4, &x));
                let mut line = x.clone();
                plan.dst4(&mut line);
                close(&line, &naive(false, 4, &x));
            }
            for cosine in [true, false] {
                if cosine && n < 2 {
                    continue;
                }
                let mut line = x.clone();
                Type1::new(n, cosine).apply(&mut line);
                close(&line, &naive(cosine, 1, &x));
            }
        }
    }
}
