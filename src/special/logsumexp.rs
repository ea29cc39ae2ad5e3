//! logsumexp, softmax and log_softmax on the values of one group (one index
//! of the kept axes; [`super::reduction`] gathers them), with SciPy's rules
//! for weights, signs, infinities and NaN.

use super::double_double::CompensatedSum;

/// NumPy's `max`: NaN when any value is NaN.
fn nan_max(values: &[f64]) -> f64 {
    let mut best = f64::NEG_INFINITY;
    for &v in values {
        if v.is_nan() {
            return f64::NAN;
        }
        best = best.max(v);
    }
    best
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

/// `(log |Σ bᵢ exp(aᵢ)|, sign of the sum)` for one group
/// (`scipy.special.logsumexp(a, b=b, return_sign=True)`); without
/// `return_sign` a negative sum gives NaN, as SciPy returns it. `b = None`
/// weighs every term 1; a zero weight drops its term even when aᵢ is
/// infinite or NaN. An empty group is (−inf, −1), SciPy's values.
///
/// The largest term is factored out (log1p of the rest over it), the sum is
/// compensated; where that is not finite SciPy's direct log of the sum is
/// used, which settles infinite and NaN inputs as IEEE arithmetic does.
pub fn logsumexp(a: &[f64], b: Option<&[f64]>, return_sign: bool) -> (f64, f64) {
    if a.is_empty() {
        return (f64::NEG_INFINITY, -1.0);
    }
    let weight = |i: usize| b.map_or(1.0, |b| b[i]);
    let (out, sgn) = factored(a, &weight, return_sign);
    if out.is_finite() {
        return (out, sgn);
    }
    let mut sum = CompensatedSum::default();
    for (i, &ai) in a.iter().enumerate() {
        sum.add(weight(i) * ai.exp());
    }
    let sum = sum.value();
    if return_sign {
        (sum.abs().ln(), sign(sum))
    } else {
        (sum.ln(), sign(sum))
    }
}

/// The factored form log1p(s) + log|m| + a_max, where m sums the weights of
/// the terms equal to the largest exponent a_max and s the rest's scaled
/// terms over m; NaN when a_max is not finite.
fn factored(a: &[f64], weight: &impl Fn(usize) -> f64, return_sign: bool) -> (f64, f64) {
    let exponent = |i: usize| {
        if weight(i) == 0.0 {
            f64::NEG_INFINITY
        } else {
            a[i]
        }
    };
    let mut a_max = f64::NEG_INFINITY;
    for i in 0..a.len() {
        let e = exponent(i);
        if e.is_nan() {
            return (f64::NAN, f64::NAN);
        }
        a_max = a_max.max(e);
    }
    if !a_max.is_finite() {
        return (f64::NAN, f64::NAN);
    }
    let (mut m, mut rest) = (CompensatedSum::default(), CompensatedSum::default());
    for i in 0..a.len() {
        let e = exponent(i);
        if e == a_max {
            m.add(weight(i));
        } else if e > f64::NEG_INFINITY {
            rest.add(weight(i) * (e - a_max).exp());
        }
    }
    let (m, mut s) = (m.value(), rest.value());
    if s != 0.0 {
        s /= m;
    }
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
    let mut sum = CompensatedSum::default();
    for (o, &v) in out.iter_mut().zip(x) {
        *o = (v - x_max).exp();
        sum.add(*o);
    }
    let sum = sum.value();
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
    let mut sum = CompensatedSum::default();
    for (o, &v) in out.iter_mut().zip(x) {
        *o = v - x_max;
        sum.add(o.exp());
    }
    let log_sum = sum.value().ln();
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
