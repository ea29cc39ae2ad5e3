//! logsumexp, softmax and log_softmax on the values of one group (one index
//! of the kept axes; [`super::reduction`] gathers them), with SciPy's rules
//! for weights, signs, infinities and NaN.

use super::vector_exp;

/// NumPy's `max`: NaN when any value is NaN.
fn nan_max(values: &[f64]) -> f64 {
    let (mut best, mut nan) = (f64::NEG_INFINITY, false);
    for &v in values {
        best = best.max(v);
        nan |= v.is_nan();
    }
    if nan {
        f64::NAN
    } else {
        best
    }
}

/// NumPy's `sign`: −1, 0 or 1, NaN for NaN.
fn sign(x: f64) -> f64 {
    if x > 0.0 {
        1.0
    } else if x < 0.0 {
        -1.0
    } else {
        x
    }
}

/// Terms are exponentiated this many at a time into a stack buffer.
const CHUNK: usize = 128;

/// Σ xᵢ in NumPy's pairwise order (eight running sums over blocks of up to
/// 128 terms, halves above), so a contiguous sum adds the same terms in the
/// same order as `numpy.sum`.
pub(crate) fn pairwise_sum(x: &[f64]) -> f64 {
    let n = x.len();
    if n < 8 {
        return x.iter().fold(-0.0, |acc, &v| acc + v);
    }
    if n <= CHUNK {
        let mut r = [0.0f64; 8];
        r.copy_from_slice(&x[..8]);
        let whole = n - n % 8;
        for block in x[8..whole].chunks_exact(8) {
            for (slot, &v) in r.iter_mut().zip(block) {
                *slot += v;
            }
        }
        let total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        return x[whole..].iter().fold(total, |acc, &v| acc + v);
    }
    let half = n / 2;
    let half = half - half % 8;
    pairwise_sum(&x[..half]) + pairwise_sum(&x[half..])
}

/// Σ over i < n of the values `fill(start, chunk)` writes a chunk at a time
/// into a stack buffer: each chunk summed pairwise, then the chunk sums.
#[inline(always)]
fn chunked_sum(n: usize, fill: impl Fn(usize, &mut [f64])) -> f64 {
    let mut chunk = [0.0f64; CHUNK];
    if n <= CHUNK {
        fill(0, &mut chunk[..n]);
        return pairwise_sum(&chunk[..n]);
    }
    let mut sums = Vec::with_capacity(n.div_ceil(CHUNK));
    for start in (0..n).step_by(CHUNK) {
        let len = CHUNK.min(n - start);
        fill(start, &mut chunk[..len]);
        sums.push(pairwise_sum(&chunk[..len]));
    }
    pairwise_sum(&sums)
}

/// Unit weights, for `b = None`.
const ONES: [f64; CHUNK] = [1.0; CHUNK];

/// The weights of the terms `start..start + len`: b's, or ones.
fn weights(b: Option<&[f64]>, start: usize, len: usize) -> &[f64] {
    match b {
        Some(b) => &b[start..start + len],
        None => &ONES[..len],
    }
}

/// An exponent with its weight: a zero weight drops the term (−inf).
#[inline(always)]
fn masked(x: f64, w: f64) -> f64 {
    if w == 0.0 {
        f64::NEG_INFINITY
    } else {
        x
    }
}

/// Σ wᵢ·exp(xᵢ) over the terms, the exponentials a chunk at a time in
/// vector registers.
fn weighted_exp_sum(x: &[f64], b: Option<&[f64]>) -> f64 {
    chunked_sum(x.len(), |start, values| {
        let len = values.len();
        vector_exp::exp_shifted_into(&x[start..start + len], 0.0, values);
        for (v, &w) in values.iter_mut().zip(weights(b, start, len)) {
            *v *= w;
        }
    })
}

/// `(log |Σ bᵢ exp(aᵢ)|, sign of the sum)` for one group
/// (`scipy.special.logsumexp(a, b=b, return_sign=True)`); without
/// `return_sign` a negative sum gives NaN, as SciPy returns it. `b = None`
/// weighs every term 1; a zero weight drops its term even when aᵢ is
/// infinite or NaN. An empty group is (−inf, −1), SciPy's values.
///
/// SciPy's algorithm: the terms at the largest exponent are taken out (their
/// weights summed as m) and the rest enter as log1p(Σ/m); where that is not
/// finite, the direct log of the sum settles infinite and NaN inputs as IEEE
/// arithmetic does.
pub fn logsumexp(a: &[f64], b: Option<&[f64]>, return_sign: bool) -> (f64, f64) {
    if a.is_empty() {
        return (f64::NEG_INFINITY, -1.0);
    }
    let (out, sgn) = factored(a, b, return_sign);
    if out.is_finite() {
        return (out, sgn);
    }
    let sum = weighted_exp_sum(a, b);
    if return_sign {
        (sum.abs().ln(), sign(sum))
    } else {
        (sum.ln(), sign(sum))
    }
}

/// The factored form log1p(s) + log|m| + a_max, where m sums the weights of
/// the terms at the largest exponent a_max and s the other terms, scaled by
/// exp(−a_max), over m; NaN when a_max is not finite.
fn factored(a: &[f64], b: Option<&[f64]>, return_sign: bool) -> (f64, f64) {
    let (mut a_max, mut nan) = (f64::NEG_INFINITY, false);
    for start in (0..a.len()).step_by(CHUNK) {
        let xs = &a[start..a.len().min(start + CHUNK)];
        for (&x, &w) in xs.iter().zip(weights(b, start, xs.len())) {
            let e = masked(x, w);
            a_max = a_max.max(e);
            nan |= e.is_nan();
        }
    }
    if nan || !a_max.is_finite() {
        return (f64::NAN, f64::NAN);
    }
    let m = chunked_sum(a.len(), |start, values| {
        let (xs, ws) = (
            &a[start..start + values.len()],
            weights(b, start, values.len()),
        );
        for ((v, &x), &w) in values.iter_mut().zip(xs).zip(ws) {
            *v = if masked(x, w) == a_max { w } else { 0.0 };
        }
    });
    // The terms at the maximum count as exp(−inf) = 0 in the rest (as SciPy).
    let rest = chunked_sum(a.len(), |start, values| {
        let (xs, ws) = (
            &a[start..start + values.len()],
            weights(b, start, values.len()),
        );
        let mut shifted = [0.0f64; CHUNK];
        let shifted = &mut shifted[..values.len()];
        for ((s, &x), &w) in shifted.iter_mut().zip(xs).zip(ws) {
            let e = masked(x, w);
            *s = if e == a_max {
                f64::NEG_INFINITY
            } else {
                e - a_max
            };
        }
        vector_exp::exp_shifted_into(shifted, 0.0, values);
        for (v, &w) in values.iter_mut().zip(ws) {
            *v *= w;
        }
    });
    let mut s = if rest != 0.0 { rest / m } else { rest };
    let sgn = sign(s + 1.0) * sign(m);
    if s < -1.0 {
        s = -s - 2.0;
    }
    let out = s.ln_1p() + m.abs().ln() + a_max;
    if !return_sign && sgn < 0.0 {
        return (f64::NAN, sgn);
    }
    (out, sgn)
}

/// exp(xᵢ − max x) / Σⱼ exp(xⱼ − max x) into `out` (`scipy.special.softmax`).
pub fn softmax(x: &[f64], out: &mut [f64]) {
    let x_max = nan_max(x);
    vector_exp::exp_shifted_into(x, x_max, out);
    let sum = pairwise_sum(out);
    for o in out.iter_mut() {
        *o /= sum;
    }
}

/// xᵢ − max x − log Σⱼ exp(xⱼ − max x) into `out`
/// (`scipy.special.log_softmax`); a non-finite maximum is replaced by 0, as
/// SciPy does.
pub fn log_softmax(x: &[f64], out: &mut [f64]) {
    let x_max = match nan_max(x) {
        m if m.is_finite() => m,
        _ => 0.0,
    };
    for (o, &v) in out.iter_mut().zip(x) {
        *o = v - x_max;
    }
    let log_sum = weighted_exp_sum(out, None).ln();
    for o in out.iter_mut() {
        *o -= log_sum;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_scipys_edge_values() {
        let (v, s) = logsumexp(&[1.0, 2.0], Some(&[1.0, -1.0]), true);
        assert!((v - 1.541_324_854_612_918_1).abs() < 1e-15 && s == -1.0);
        assert!(logsumexp(&[1.0, 2.0], Some(&[1.0, -1.0]), false).0.is_nan());
        assert_eq!(
            logsumexp(&[f64::INFINITY, 1.0], Some(&[0.0, 1.0]), false).0,
            1.0
        );
        assert_eq!(
            logsumexp(&[f64::NEG_INFINITY; 2], None, true),
            (f64::NEG_INFINITY, 0.0)
        );
        assert_eq!(
            logsumexp(&[1.0, 1.0], Some(&[1.0, -1.0]), true),
            (f64::NEG_INFINITY, 0.0)
        );
        let mut out = [0.0; 2];
        log_softmax(&[f64::INFINITY, 1.0], &mut out);
        assert!(out[0].is_nan() && out[1] == f64::NEG_INFINITY);
    }
}
