//! `fftfreq`, `rfftfreq`, `fftshift`, `ifftshift` and `next_fast_len`.

use super::args::{check_out_shape, normalize_axis};
use crate::error::{Error, Result};
use crate::strided::{NdView, NdViewMut};

/// Checks `n` and `d` and returns SciPy's `1 / (n * d)`.
fn freq_step(n: usize, d: f64) -> Result<f64> {
    if n == 0 {
        return Err(Error::invalid("n must be at least 1 (got 0)"));
    }
    if d == 0.0 || !d.is_finite() {
        return Err(Error::invalid(format!(
            "sample spacing d must be finite and non-zero (got {d})"
        )));
    }
    Ok(1.0 / (n as f64 * d))
}

/// Fails with `DimensionMismatch` unless `out` has `expected` elements.
fn check_len(out: &[f64], expected: usize) -> Result<()> {
    if out.len() != expected {
        return Err(Error::dimension(format!(
            "out has length {}; expected {expected}",
            out.len()
        )));
    }
    Ok(())
}

/// `scipy.fft.fftfreq`: `[0, 1, ..., (n-1)/2, -(n/2), ..., -1] / (n*d)` into `out` (length n).
pub fn fftfreq(n: usize, d: f64, out: &mut [f64]) -> Result<()> {
    let step = freq_step(n, d)?;
    check_len(out, n)?;
    let positive = (n - 1) / 2 + 1;
    for (i, v) in out.iter_mut().enumerate() {
        let k = if i < positive {
            i as f64
        } else {
            -((n - i) as f64)
        };
        *v = k * step;
    }
    Ok(())
}

/// `scipy.fft.rfftfreq`: `[0, 1, ..., n/2] / (n*d)` into `out` (length n/2 + 1).
pub fn rfftfreq(n: usize, d: f64, out: &mut [f64]) -> Result<()> {
    let step = freq_step(n, d)?;
    check_len(out, n / 2 + 1)?;
    for (i, v) in out.iter_mut().enumerate() {
        *v = i as f64 * step;
    }
    Ok(())
}

/// Rolls `x` into `out` by `half(n)` along each of `axes` (all when `None`);
/// repeated axes roll repeatedly, as NumPy's `roll` does.
fn shift<T: Copy>(
    x: NdView<T>,
    mut out: NdViewMut<T>,
    axes: Option<&[i64]>,
    half: fn(usize) -> usize,
) -> Result<()> {
    let ndim = x.ndim();
    check_out_shape(x.shape(), out.shape())?;
    let mut roll = vec![0usize; ndim];
    match axes {
        None => (0..ndim).for_each(|d| roll[d] = half(x.shape()[d])),
        Some(list) => {
            for &a in list {
                let d = normalize_axis(a, ndim)?;
                let n = x.shape()[d].max(1);
                roll[d] = (roll[d] + half(x.shape()[d])) % n;
            }
        }
    }
    if x.is_empty() {
        return Ok(());
    }
    // Source offset of output index i along dim d: x index (i - roll) mod n.
    let tables: Vec<Vec<isize>> = (0..ndim)
        .map(|d| {
            let n = x.shape()[d];
            (0..n)
                .map(|i| ((i + n - roll[d] % n) % n) as isize * x.strides()[d])
                .collect()
        })
        .collect();
    let mut index = vec![0usize; ndim];
    for _ in 0..x.len() {
        let src: isize = index.iter().zip(&tables).map(|(&i, t)| t[i]).sum();
        let dst: isize = index
            .iter()
            .zip(out.strides())
            .map(|(&i, &s)| i as isize * s)
            .sum();
        *out.at_mut(dst) = *x.at(src);
        for d in (0..ndim).rev() {
            index[d] += 1;
            if index[d] < x.shape()[d] {
                break;
            }
            index[d] = 0;
        }
    }
    Ok(())
}

/// `scipy.fft.fftshift`: moves the zero-frequency term to the centre along
/// `axes` (all when `None`); `out` has x's shape.
pub fn fftshift<T: Copy>(x: NdView<T>, out: NdViewMut<T>, axes: Option<&[i64]>) -> Result<()> {
    shift(x, out, axes, |n| n / 2)
}

/// `scipy.fft.ifftshift`: the inverse of `fftshift`.
pub fn ifftshift<T: Copy>(x: NdView<T>, out: NdViewMut<T>, axes: Option<&[i64]>) -> Result<()> {
    shift(x, out, axes, |n| n - n / 2)
}

/// Largest target SciPy accepts (`usize::MAX / 11 + 1`); larger ones fail.
const MAX_TARGET: usize = usize::MAX / 11 + 1;

/// `scipy.fft.next_fast_len`: the smallest length >= `target` whose prime
/// factors are all <= 5 (`real`) or <= 11 (complex). `0` gives `0`, as in SciPy.
pub fn next_fast_len(target: usize, real: bool) -> Result<usize> {
    if target > MAX_TARGET {
        return Err(Error::invalid(format!(
            "Target length is too large to perform an FFT: {target}"
        )));
    }
    if target <= 6 {
        return Ok(target);
    }
    let primes: &[u128] = if real { &[2, 3, 5] } else { &[2, 3, 5, 7, 11] };
    Ok(smallest_smooth(target as u128, 1, primes) as usize)
}

/// The smallest `base * (product of powers of primes)` that is >= `target`.
fn smallest_smooth(target: u128, base: u128, primes: &[u128]) -> u128 {
    let Some((&p, rest)) = primes.split_last() else {
        return if base >= target { base } else { u128::MAX };
    };
    let mut best = u128::MAX;
    let mut m = base;
    loop {
        if m >= target {
            return best.min(m);
        }
        best = best.min(smallest_smooth(target, m, rest));
        m *= p;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smooth_lengths() {
        // Values of scipy.fft.next_fast_len (SciPy 1.17.1).
        let complex = [
            (0, 0),
            (1, 1),
            (13, 14),
            (17, 18),
            (23, 24),
            (97, 98),
            (1000003, 1000188),
        ];
        for (t, want) in complex {
            assert_eq!(next_fast_len(t, false).unwrap(), want, "complex {t}");
        }
        let real = [(7, 8), (11, 12), (13, 15), (97, 100), (1000003, 1012500)];
        for (t, want) in real {
            assert_eq!(next_fast_len(t, true).unwrap(), want, "real {t}");
        }
        assert_eq!(
            next_fast_len(MAX_TARGET, false).unwrap(),
            1676991887214336000
        );
        assert_eq!(
            next_fast_len(MAX_TARGET, true).unwrap(),
            1677721600000000000
        );
        assert!(next_fast_len(MAX_TARGET + 1, true).is_err());
    }

    #[test]
    fn frequencies() {
        let mut f = [0.0; 5];
        fftfreq(5, 0.1, &mut f).unwrap();
        assert_eq!(f, [0.0, 2.0, 4.0, -4.0, -2.0]);
        let mut r = [0.0; 3];
        rfftfreq(5, 0.1, &mut r).unwrap();
        assert_eq!(r, [0.0, 2.0, 4.0]);
        assert!(fftfreq(0, 1.0, &mut []).is_err());
        assert!(fftfreq(4, f64::NAN, &mut [0.0; 4]).is_err());
        assert!(rfftfreq(4, 1.0, &mut [0.0; 4]).is_err());
    }

    #[test]
    fn shifts_roll_like_numpy() {
        let x: Vec<i32> = (0..5).collect();
        let mut y = vec![0; 5];
        fftshift(
            NdView::c_order(&x, vec![5]).unwrap(),
            NdViewMut::c_order(&mut y, vec![5]).unwrap(),
            None,
        )
        .unwrap();
        assert_eq!(y, [3, 4, 0, 1, 2]);
        let mut z = vec![0; 5];
        ifftshift(
            NdView::c_order(&y, vec![5]).unwrap(),
            NdViewMut::c_order(&mut z, vec![5]).unwrap(),
            None,
        )
        .unwrap();
        assert_eq!(z, x);
        let m: Vec<i32> = (0..6).collect();
        let mut r = vec![0; 6];
        let axes: &[i64] = &[1, 1];
        fftshift(
            NdView::c_order(&m, vec![2, 3]).unwrap(),
            NdViewMut::c_order(&mut r, vec![2, 3]).unwrap(),
            Some(axes),
        )
        .unwrap();
        assert_eq!(r, [1, 2, 0, 4, 5, 3]);
    }
}
