//! The standard normal distribution's functions: `ndtr` (cdf), `log_ndtr`,
//! `ndtri` (quantile) and `ndtri_exp` (quantile of exp(y)).

use super::error_function::erfcx_from_erfc;
use super::libm;
use std::f64::consts::{FRAC_1_SQRT_2, FRAC_2_SQRT_PI, LN_2, PI, SQRT_2};

/// 1/√2 - FRAC_1_SQRT_2: the part of 1/√2 the double misses.
const FRAC_1_SQRT_2_LO: f64 = -4.833_646_656_726_457e-17;

/// ln 2 - LN_2: the part of ln 2 the double misses.
const LN_2_LO: f64 = 2.319_046_813_846_299_6e-17;

/// AS 241's central region is |p - 0.5| ≤ this.
const CENTRAL_HALF_WIDTH: f64 = 0.425;

/// ln(0.5 - CENTRAL_HALF_WIDTH) and ln(0.5 + CENTRAL_HALF_WIDTH): the
/// central region of `ndtri_exp` in y = ln p.
const LOG_CENTRAL_LOW: f64 = -2.590_267_165_445_826_7;
const LOG_CENTRAL_HIGH: f64 = -0.077_961_541_469_711_8;

/// √(2/π).
const SQRT_2_OVER_PI: f64 = FRAC_2_SQRT_PI * FRAC_1_SQRT_2;

/// `scipy.special.ndtr`: the standard normal cdf Φ(x), to full relative
/// accuracy in the lower tail (down to its underflow near x = -38.5).
pub fn ndtr(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.abs() < 1.0 {
        return 0.5 + 0.5 * libm::erf(x * FRAC_1_SQRT_2);
    }
    let tail = lower_tail(x.abs());
    if x > 0.0 {
        1.0 - tail
    } else {
        tail
    }
}

/// Φ(-a) = erfc(a/√2)/2 for a ≥ 1, with the rounding of a/√2 (which alone
/// would cost a²·eps relative accuracy) corrected to first order.
fn lower_tail(a: f64) -> f64 {
    let s = a * FRAC_1_SQRT_2;
    let s_lo = a.mul_add(FRAC_1_SQRT_2, -s) + a * FRAC_1_SQRT_2_LO;
    let e = libm::erfc(s);
    if e == 0.0 {
        return 0.0;
    }
    // erfc(s + δ) ≈ erfc(s)·(1 - δ·(2/√π)/erfcx(s)).
    0.5 * e * (1.0 - s_lo * two_over_sqrt_pi_erfcx(s))
}

/// (2/√π)/erfcx(s) for s ≥ 1/√2, from the continued fraction
/// √π·erfcx(s) = 1/(s + ½/(s + 1/(s + (3/2)/(s + …)))) cut after three
/// levels: (2s⁴ + 6s² + 3/2)/(s³ + 5s/2). Within 10% at s = 1/√2 and
/// 1e-6 from s = 5 on, ample for the first-order correction it scales
/// (itself below s²·eps relative).
fn two_over_sqrt_pi_erfcx(s: f64) -> f64 {
    let s2 = s * s;
    ((2.0 * s2 + 6.0) * s2 + 1.5) / ((s2 + 2.5) * s)
}

/// `scipy.special.log_ndtr`: log Φ(x), finite for every finite x (through
/// the scaled complement below x = -20, log1p of the upper tail above 0).
pub fn log_ndtr(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 0.0 {
        return (-ndtr(-x)).ln_1p();
    }
    if x > -20.0 {
        return ndtr(x).ln();
    }
    let s = -x * FRAC_1_SQRT_2;
    (0.5 * erfcx_from_erfc(s, libm::erfc(s))).ln() - 0.5 * x * x
}

/// `scipy.special.ndtri`: the standard normal quantile Φ⁻¹(p) on [0, 1]
/// (-inf at 0, +inf at 1, NaN outside). Wichura's rational approximations
/// (Algorithm AS 241, PPND16, Applied Statistics 37, 1988), relative error
/// about 1e-16.
pub fn ndtri(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let q = p - 0.5;
    if q.abs() <= CENTRAL_HALF_WIDTH {
        return central_quantile(q);
    }
    if q < 0.0 {
        -tail_quantile(p.ln())
    } else {
        tail_quantile((1.0 - p).ln())
    }
}

/// AS 241's central region: Φ⁻¹(0.5 + q) for |q| ≤ 0.425.
fn central_quantile(q: f64) -> f64 {
    let r = 0.180625 - q * q;
    q * polynomial(&AS241_A, r) / polynomial(&AS241_B, r)
}

/// AS 241's tail branches: |Φ⁻¹(p)| from log p for p ≤ 0.075.
fn tail_quantile(log_p: f64) -> f64 {
    let r = (-log_p).sqrt();
    if r <= 5.0 {
        let r = r - 1.6;
        polynomial(&AS241_C, r) / polynomial(&AS241_D, r)
    } else {
        let r = r - 5.0;
        polynomial(&AS241_E, r) / polynomial(&AS241_F, r)
    }
}

/// `scipy.special.ndtri_exp`: Φ⁻¹(exp(y)) for y ≤ 0 without forming exp(y)
/// where it would lose accuracy (near 0) or underflow (below -700).
pub fn ndtri_exp(y: f64) -> f64 {
    if y.is_nan() || y > 0.0 {
        return f64::NAN;
    }
    if y == 0.0 {
        return f64::INFINITY;
    }
    if y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    if y > LOG_CENTRAL_HIGH {
        // 1 - exp(y) without cancellation.
        return tail_quantile((-y.exp_m1()).ln());
    }
    if y >= LOG_CENTRAL_LOW {
        // exp(y) - 0.5 = expm1(y + ln 2) / 2, with ln 2 in two parts.
        return central_quantile(0.5 * ((y + LN_2) + LN_2_LO).exp_m1());
    }
    if y > -700.0 {
        return -tail_quantile(y);
    }
    quantile_of_log(y)
}

/// Φ⁻¹(exp(y)) for y ≤ -700 by Newton steps on log_ndtr(x) = y from the
/// asymptote x² ≈ -2y - log(-4πy); the slope φ/Φ = √(2/π)/erfcx(-x/√2)
/// stays in range.
fn quantile_of_log(y: f64) -> f64 {
    let t = -y;
    let mut x = -SQRT_2 * (t - 0.5 * (4.0 * PI * t).ln()).sqrt();
    for _ in 0..8 {
        let s = -x * FRAC_1_SQRT_2;
        let slope = SQRT_2_OVER_PI / erfcx_from_erfc(s, libm::erfc(s));
        let step = (log_ndtr(x) - y) / slope;
        x -= step;
        if step.abs() <= 1e-17 * x.abs() {
            break;
        }
    }
    x
}

/// Σ c[i] rⁱ by Horner's rule.
fn polynomial(c: &[f64; 8], r: f64) -> f64 {
    c.iter().rev().fold(0.0, |acc, &ci| acc * r + ci)
}

/// AS 241, central region |p - 0.5| ≤ 0.425: numerator in r = 0.180625 - q².
#[allow(clippy::excessive_precision)] // the published coefficients, as printed
const AS241_A: [f64; 8] = [
    3.387_132_872_796_366_608,
    1.331_416_678_917_843_774_5e2,
    1.971_590_950_306_551_442_7e3,
    1.373_169_376_550_946_112_5e4,
    4.592_195_393_154_987_145_7e4,
    6.726_577_092_700_870_085_3e4,
    3.343_057_558_358_812_810_5e4,
    2.509_080_928_730_122_672_7e3,
];

/// AS 241, central region: denominator.
#[allow(clippy::excessive_precision)] // the published coefficients, as printed
const AS241_B: [f64; 8] = [
    1.0,
    4.231_333_070_160_091_125_2e1,
    6.871_870_074_920_579_083e2,
    5.394_196_021_424_751_107_7e3,
    2.121_379_430_158_659_586_7e4,
    3.930_789_580_009_271_061e4,
    2.872_908_573_572_194_267_4e4,
    5.226_495_278_852_854_561e3,
];

/// AS 241, intermediate tail sqrt(-log p) ≤ 5: numerator in r - 1.6.
#[allow(clippy::excessive_precision)] // the published coefficients, as printed
const AS241_C: [f64; 8] = [
    1.423_437_110_749_683_577_34,
    4.630_337_846_156_545_295_9,
    5.769_497_221_460_691_405_5,
    3.647_848_324_763_204_605_04,
    1.270_458_252_452_368_382_58,
    2.417_807_251_774_506_117_7e-1,
    2.272_384_498_926_918_458_33e-2,
    7.745_450_142_783_414_076_4e-4,
];

/// AS 241, intermediate tail: denominator.
#[allow(clippy::excessive_precision)] // the published coefficients, as printed
const AS241_D: [f64; 8] = [
    1.0,
    2.053_191_626_637_758_821_87,
    1.676_384_830_183_803_849_4,
    6.897_673_349_851_000_045_5e-1,
    1.481_039_764_274_800_745_9e-1,
    1.519_866_656_361_645_719_66e-2,
    5.475_938_084_995_344_946e-4,
    1.050_750_071_644_416_843_24e-9,
];

/// AS 241, far tail sqrt(-log p) > 5: numerator in r - 5.
#[allow(clippy::excessive_precision)] // the published coefficients, as printed
const AS241_E: [f64; 8] = [
    6.657_904_643_501_103_777_2,
    5.463_784_911_164_114_369_9,
    1.784_826_539_917_291_335_8,
    2.965_605_718_285_048_912_3e-1,
    2.653_218_952_657_612_309_3e-2,
    1.242_660_947_388_078_438_6e-3,
    2.711_555_568_743_487_578_15e-5,
    2.010_334_399_292_288_132_65e-7,
];

/// AS 241, far tail: denominator.
#[allow(clippy::excessive_precision)] // the published coefficients, as printed
const AS241_F: [f64; 8] = [
    1.0,
    5.998_322_065_558_879_376_9e-1,
    1.369_298_809_227_358_053_1e-1,
    1.487_536_129_085_061_485_25e-2,
    7.868_691_311_456_132_591e-4,
    1.846_318_317_510_054_681_8e-5,
    1.421_511_758_316_445_888_7e-7,
    2.044_263_103_389_939_785_64e-15,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile_inverts_cdf() {
        for &p in &[1e-300, 1e-50, 1e-10, 0.01, 0.075, 0.3, 0.5, 0.8, 0.99] {
            let x = ndtri(p);
            // Φ's relative condition number at x is about 1 + x².
            let tol = 4.0 * f64::EPSILON * (1.0 + x * x) * p;
            assert!((ndtr(x) - p).abs() <= tol, "ndtri({p}) = {x}");
        }
        assert_eq!(ndtri(0.5), 0.0);
        assert_eq!(ndtri_exp(-1e4), quantile_of_log(-1e4));
        let x = ndtri_exp(-1e4);
        assert!((log_ndtr(x) + 1e4).abs() <= 1e-12 * 1e4);
    }

    #[test]
    fn log_ndtr_branches_meet() {
        for &x in &[-20.0f64, 0.0] {
            let below = log_ndtr(x - 1e-12);
            let above = log_ndtr(x + 1e-12);
            assert!((below - above).abs() <= 1e-9 * below.abs().max(1.0));
        }
    }
}
