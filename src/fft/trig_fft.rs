//! DCT/DST types 1–4 computed through one FFT (or, for short lines, one
//! matrix product), producing SciPy's
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
//!
//! - Types 1–3 on lines of at most `DENSE_MAX` points: a dense matrix product.
//!
//! Each transform works in caller-provided buffers (`Work`, sized by
//! `WorkSize::work_len`) so that a batch of lines allocates nothing per line.

use std::collections::HashMap;
use std::f64::consts::PI;
use std::sync::{Arc, Mutex, OnceLock};

use num_complex::Complex64;
use realfft::{ComplexToReal, RealToComplex};
use rustfft::Fft;

use super::plans::{self, lock, PLAN_LIMIT};

/// Work buffers of one line transform (at least `WorkSize::work_len` long).
pub(crate) struct Work<'a> {
    /// Real work space.
    pub real: &'a mut [f64],
    /// Complex work space.
    pub complex: &'a mut [Complex64],
}

/// Transforms that say how much work space they need.
pub(crate) trait WorkSize {
    /// Real and complex elements of work space per line.
    fn work_len(&self) -> (usize, usize);
}

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
    cached(CACHE.get_or_init(Default::default), n, || {
        let twiddles = (0..=n / 2)
            .map(|k| Complex64::from_polar(1.0, -PI * k as f64 / (2 * n) as f64))
            .collect();
        Dct23 {
            n,
            r2c: plans::r2c(n),
            c2r: plans::c2r(n),
            twiddles,
        }
    })
}

/// The plan for `n` in `cache`, made by `make` (outside the lock) when absent;
/// the cache is emptied when it holds `PLAN_LIMIT` plans.
fn cached<P>(cache: &Mutex<HashMap<usize, Arc<P>>>, n: usize, make: impl FnOnce() -> P) -> Arc<P> {
    if let Some(p) = lock(cache).get(&n) {
        return p.clone();
    }
    let plan = Arc::new(make());
    let mut map = lock(cache);
    if map.len() >= PLAN_LIMIT {
        map.clear();
    }
    map.entry(n).or_insert(plan).clone()
}

impl WorkSize for Dct23 {
    fn work_len(&self) -> (usize, usize) {
        let scratch = self.r2c.get_scratch_len().max(self.c2r.get_scratch_len());
        (self.n, self.n / 2 + 1 + scratch)
    }
}

impl Dct23 {
    /// SciPy's unnormalised DCT-II of `line` (length n), in place.
    pub(crate) fn dct2(&self, line: &mut [f64], work: &mut Work) {
        let n = self.n;
        let v = &mut work.real[..n];
        let (evens, odds) = v.split_at_mut(n.div_ceil(2));
        evens
            .iter_mut()
            .zip(line.iter().step_by(2))
            .for_each(|(d, &s)| *d = s);
        let odd_terms = line.iter().skip(1).step_by(2);
        odds.iter_mut()
            .rev()
            .zip(odd_terms)
            .for_each(|(d, &s)| *d = s);
        let (spectrum, scratch) = work.complex.split_at_mut(n / 2 + 1);
        let done = self.r2c.process_with_scratch(v, spectrum, scratch);
        debug_assert!(done.is_ok());
        for (k, (s, w)) in spectrum.iter().zip(&self.twiddles).enumerate() {
            let t = s * w;
            line[k] = 2.0 * t.re;
            if k > 0 && n - k > k {
                line[n - k] = -2.0 * t.im;
            }
        }
    }

    /// SciPy's unnormalised DCT-III of `line` (length n), in place.
    pub(crate) fn dct3(&self, line: &mut [f64], work: &mut Work) {
        let n = self.n;
        let (spectrum, scratch) = work.complex.split_at_mut(n / 2 + 1);
        for (k, (s, w)) in spectrum.iter_mut().zip(&self.twiddles).enumerate() {
            let mirror = if k == 0 { 0.0 } else { line[n - k] };
            *s = w.conj() * Complex64::new(line[k], -mirror);
        }
        spectrum[0].im = 0.0;
        if n % 2 == 0 {
            spectrum[n / 2].im = 0.0;
        }
        let v = &mut work.real[..n];
        let done = self.c2r.process_with_scratch(spectrum, v, scratch);
        debug_assert!(done.is_ok());
        let (evens, odds) = v.split_at(n.div_ceil(2));
        line.iter_mut()
            .step_by(2)
            .zip(evens)
            .for_each(|(d, &s)| *d = s);
        let odd_slots = line.iter_mut().skip(1).step_by(2);
        odd_slots.zip(odds.iter().rev()).for_each(|(d, &s)| *d = s);
    }

    /// SciPy's unnormalised DST-II: a DCT-II of the sign-alternated input, reversed.
    pub(crate) fn dst2(&self, line: &mut [f64], work: &mut Work) {
        line.iter_mut().skip(1).step_by(2).for_each(|v| *v = -*v);
        self.dct2(line, work);
        line.reverse();
    }

    /// SciPy's unnormalised DST-III: a DCT-III of the reversed input, sign-alternated.
    pub(crate) fn dst3(&self, line: &mut [f64], work: &mut Work) {
        line.reverse();
        self.dct3(line, work);
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
    cached(CACHE.get_or_init(Default::default), n, || {
        let m = n / 2;
        let angle = |num: usize| Complex64::from_polar(1.0, -PI * num as f64 / (4 * n) as f64);
        let pre = (0..m).map(|j| angle(4 * j + 1)).collect();
        let post = (0..m).map(|k| angle(4 * k)).collect();
        Dct4Even {
            n,
            fft: plans::c2c(m, true),
            pre,
            post,
        }
    })
}

impl WorkSize for Dct4Even {
    fn work_len(&self) -> (usize, usize) {
        (0, self.n / 2 + self.fft.get_inplace_scratch_len())
    }
}

impl Dct4Even {
    /// SciPy's unnormalised DCT-IV of `line` (length n), in place.
    pub(crate) fn dct4(&self, line: &mut [f64], work: &mut Work) {
        let (n, m) = (self.n, self.n / 2);
        let (z, scratch) = work.complex.split_at_mut(m);
        for (j, (v, t)) in z.iter_mut().zip(&self.pre).enumerate() {
            *v = Complex64::new(line[2 * j], line[n - 1 - 2 * j]) * t;
        }
        self.fft.process_with_scratch(z, scratch);
        for (k, (v, t)) in z.iter().zip(&self.post).enumerate() {
            let w = v * t;
            line[2 * k] = 2.0 * w.re;
            line[n - 1 - 2 * k] = -2.0 * w.im;
        }
    }

    /// SciPy's unnormalised DST-IV: a DCT-IV of the reversed input, sign-alternated.
    pub(crate) fn dst4(&self, line: &mut [f64], work: &mut Work) {
        line.reverse();
        self.dct4(line, work);
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

impl WorkSize for Type1 {
    fn work_len(&self) -> (usize, usize) {
        let m = self.r2c.len();
        (m, m / 2 + 1 + self.r2c.get_scratch_len())
    }
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
    pub(crate) fn apply(&self, line: &mut [f64], work: &mut Work) {
        let m = self.r2c.len();
        let e = &mut work.real[..m];
        self.extend(line, e);
        let (spectrum, scratch) = work.complex.split_at_mut(m / 2 + 1);
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

/// Longest line of types 1–3 computed as a dense matrix product, which beats
/// the FFT route's fixed costs on short lines (measured for n = 2..16; type 4
/// is faster through its FFT route at every length).
pub(crate) const DENSE_MAX: usize = 8;

/// A short DCT/DST of any type as its n×n matrix (SciPy's unnormalised
/// definition, angles reduced exactly before the cosine/sine).
pub(crate) struct Dense {
    n: usize,
    matrix: Vec<f64>,
}

/// The cached dense transform of `cosine`/`kind` (1..=3) and length `n`
/// (at most `DENSE_MAX`).
pub(crate) fn dense(cosine: bool, kind: i32, n: usize) -> Arc<Dense> {
    debug_assert!(n <= DENSE_MAX);
    static CACHE: OnceLock<Mutex<HashMap<usize, Arc<Dense>>>> = OnceLock::new();
    let key = n * 8 + cosine as usize * 4 + (kind - 1) as usize;
    cached(CACHE.get_or_init(Default::default), key, || {
        // Column-major: column j multiplies x[j] (vectorisable axpy updates).
        let entry = |i: usize| dense_entry(cosine, kind, n, i % n, i / n);
        let matrix = (0..n * n).map(entry).collect();
        Dense { n, matrix }
    })
}

/// Entry (k, j) of SciPy's unnormalised DCT/DST matrix of `kind` and size n.
fn dense_entry(cosine: bool, kind: i32, n: usize, k: usize, j: usize) -> f64 {
    let (num, den) = match kind {
        1 if cosine => (k * j, n - 1),
        1 => ((k + 1) * (j + 1), n + 1),
        2 if cosine => (k * (2 * j + 1), 2 * n),
        2 => ((k + 1) * (2 * j + 1), 2 * n),
        3 if cosine => (j * (2 * k + 1), 2 * n),
        3 => ((j + 1) * (2 * k + 1), 2 * n),
        _ => ((2 * j + 1) * (2 * k + 1), 4 * n),
    };
    let angle = PI * (num % (2 * den)) as f64 / den as f64;
    let value = if cosine { angle.cos() } else { angle.sin() };
    let half = match (cosine, kind) {
        (true, 1) => j == 0 || j == n - 1,
        (true, 3) => j == 0,
        (false, 3) => j == n - 1,
        _ => false,
    };
    if half {
        value
    } else {
        2.0 * value
    }
}

impl WorkSize for Dense {
    fn work_len(&self) -> (usize, usize) {
        (0, 0)
    }
}

impl Dense {
    /// The transform of `line`, in place.
    pub(crate) fn apply(&self, line: &mut [f64]) {
        // Fixed-size accumulators stay in registers across the columns.
        let mut acc = [0.0f64; DENSE_MAX];
        for (&xj, column) in line.iter().zip(self.matrix.chunks(self.n)) {
            acc.iter_mut().zip(column).for_each(|(y, a)| *y += a * xj);
        }
        line.copy_from_slice(&acc[..self.n]);
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

    type Method = fn(&Dct23, &mut [f64], &mut Work);

    /// Runs `f` with fresh work buffers sized for `t`.
    fn with_work<R>(t: &dyn WorkSize, f: impl FnOnce(&mut Work) -> R) -> R {
        let (r, c) = t.work_len();
        let (mut real, mut complex) = (vec![0.0; r], vec![Complex64::default(); c]);
        f(&mut Work {
            real: &mut real,
            complex: &mut complex,
        })
    }

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
                with_work(plan.as_ref(), |w| f(&plan, &mut line, w));
                close(&line, &naive(cosine, kind, &x));
            }
            if n % 2 == 0 {
                let plan = dct4_even(n);
                let mut line = x.clone();
                with_work(plan.as_ref(), |w| plan.dct4(&mut line, w));
                close(&line, &naive(true, 4, &x));
                let mut line = x.clone();
                with_work(plan.as_ref(), |w| plan.dst4(&mut line, w));
                close(&line, &naive(false, 4, &x));
            }
            let short = [
                (true, 1),
                (false, 1),
                (true, 2),
                (false, 2),
                (true, 3),
                (false, 3),
            ];
            for (cosine, kind) in short.into_iter().filter(|_| n <= DENSE_MAX) {
                if cosine && kind == 1 && n < 2 {
                    continue;
                }
                let d = dense(cosine, kind, n);
                let mut line = x.clone();
                d.apply(&mut line);
                close(&line, &naive(cosine, kind, &x));
            }
            for cosine in [true, false] {
                if cosine && n < 2 {
                    continue;
                }
                let mut line = x.clone();
                let t = Type1::new(n, cosine);
                with_work(&t, |w| t.apply(&mut line, w));
                close(&line, &naive(cosine, 1, &x));
            }
        }
    }
}
