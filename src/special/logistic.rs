//! The logistic function and its relatives: `expit`, `logit`, `log_expit`.

/// `scipy.special.expit`: 1 / (1 + exp(-x)), without overflow either side:
/// with e = exp(-|x|), 1/(1 + e) for x ≥ 0 and e/(1 + e) below (one exp,
/// one division and a select, so mixed signs cost no mispredicted branch).
pub fn expit(x: f64) -> f64 {
    let e = (-x.abs()).exp();
    let r = 1.0 / (1.0 + e);
    let scale = if x >= 0.0 { 1.0 } else { e };
    scale * r
}

/// `scipy.special.logit`: log(p / (1 - p)) on [0, 1] (∓inf at the ends,
/// NaN outside); 2·atanh(2p - 1) near p = 1/2, where 2p - 1 is exact.
pub fn logit(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if (0.25..=0.75).contains(&p) {
        return 2.0 * (2.0 * p - 1.0).atanh();
    }
    if p < 0.25 {
        (p / (1.0 - p)).ln()
    } else {
        -((1.0 - p) / p).ln()
    }
}

/// `scipy.special.log_expit`: log(expit(x)), finite for every finite x.
pub fn log_expit(x: f64) -> f64 {
    if x >= 0.0 {
        -(-x).exp().ln_1p()
    } else {
        x - x.exp().ln_1p()
    }
}
