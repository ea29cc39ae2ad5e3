//! QUADPACK's Gauss–Kronrod rules with their error estimates: QK21 on a
//! finite interval and QK15I on a part of (0, 1] mapped from an infinite
//! range. The nodes, weights, evaluation order and summation order are
//! QUADPACK's, so the sums round as SciPy's do.
// The nodes and weights keep QUADPACK's printed digits (they round to the
// same doubles).
#![allow(clippy::excessive_precision)]

use crate::error::Result;

/// Relative machine precision (QUADPACK's `epmach`).
pub(super) const EPMACH: f64 = f64::EPSILON;
/// Smallest positive normal number (QUADPACK's `uflow`).
pub(super) const UFLOW: f64 = f64::MIN_POSITIVE;

/// What a rule returns on one interval.
#[derive(Debug, Clone, Copy)]
pub(super) struct Estimate {
    /// The Kronrod approximation of the integral.
    pub result: f64,
    /// The scaled error estimate.
    pub abserr: f64,
    /// Approximation of the integral of |f|.
    pub resabs: f64,
    /// Approximation of the integral of |f - mean(f)|.
    pub resasc: f64,
}

/// 21-point Kronrod nodes on [-1, 1] (positive half, decreasing; the odd
/// indices are the 10-point Gauss nodes, the last is the centre).
const XGK21: [f64; 11] = [
    0.995657163025808080735527280689003,
    0.973906528517171720077964012084452,
    0.930157491355708226001207180059508,
    0.865063366688984510732096688423493,
    0.780817726586416897063717578345042,
    0.679409568299024406234327365114874,
    0.562757134668604683339000099272694,
    0.433395394129247190799265943165784,
    0.294392862701460198131126603103866,
    0.148874338981631210884826001129720,
    0.000000000000000000000000000000000,
];

/// Weights of the 21-point Kronrod rule, matching [`XGK21`].
const WGK21: [f64; 11] = [
    0.011694638867371874278064396062192,
    0.032558162307964727478818972459390,
    0.054755896574351996031381300244580,
    0.075039674810919952767043140916190,
    0.093125454583697605535065465083366,
    0.109387158802297641899210590325805,
    0.123491976262065851077958109831074,
    0.134709217311473325928054001771707,
    0.142775938577060080797094273138717,
    0.147739104901338491374841515972068,
    0.149445554002916905664936468389821,
];

/// Weights of the 10-point Gauss rule, for the nodes `XGK21[1, 3, .., 9]`.
const WG10: [f64; 5] = [
    0.066671344308688137593568809893332,
    0.149451349150580593145776339657697,
    0.219086362515982043995534934228163,
    0.269266719309996355091226921569469,
    0.295524224714752870173892994651338,
];

/// 15-point Kronrod nodes on [-1, 1] (positive half, decreasing; the odd
/// indices are the 7-point Gauss nodes, the last is the centre).
const XGK15: [f64; 8] = [
    0.991455371120812639206854697526329,
    0.949107912342758524526189684047851,
    0.864864423359769072789712788640926,
    0.741531185599394439863864773280788,
    0.586087235467691130294144838258730,
    0.405845151377397166906606412076961,
    0.207784955007898467600689403773245,
    0.000000000000000000000000000000000,
];

/// Weights of the 15-point Kronrod rule, matching [`XGK15`].
const WGK15: [f64; 8] = [
    0.022935322010529224963732008058970,
    0.063092092629978553290700663189204,
    0.104790010322250183839876322541518,
    0.140653259715525918745189590510238,
    0.169004726639267902826583426598550,
    0.190350578064785409913256402421014,
    0.204432940075298892414161999234649,
    0.209482141084727828012999174891714,
];

/// Weights of the 7-point Gauss rule on the nodes of [`XGK15`] (zero on the
/// Kronrod-only nodes, as QUADPACK stores them).
const WG7: [f64; 8] = [
    0.000000000000000000000000000000000,
    0.129484966168869693270611432679082,
    0.000000000000000000000000000000000,
    0.279705391489276667901467771423780,
    0.000000000000000000000000000000000,
    0.381830050505118944950369775488975,
    0.000000000000000000000000000000000,
    0.417959183673469387755102040816327,
];

/// The 21-point Gauss–Kronrod rule on [a, b] (QUADPACK's QK21); `a > b`
/// integrates with the sign of `b - a`.
pub(super) fn qk21(f: &mut dyn FnMut(f64) -> Result<f64>, a: f64, b: f64) -> Result<Estimate> {
    let centr = 0.5 * (a + b);
    let hlgth = 0.5 * (b - a);
    let fc = f(centr)?;
    let mut resg = 0.0;
    let mut resk = WGK21[10] * fc;
    let mut resabs = resk.abs();
    let (mut fv1, mut fv2) = ([0.0; 10], [0.0; 10]);
    // The Gauss nodes first, then the Kronrod-only ones, as QUADPACK.
    for j in (1..10).step_by(2).chain((0..10).step_by(2)) {
        let absc = hlgth * XGK21[j];
        let fval1 = f(centr - absc)?;
        let fval2 = f(centr + absc)?;
        fv1[j] = fval1;
        fv2[j] = fval2;
        let fsum = fval1 + fval2;
        if j % 2 == 1 {
            resg += WG10[j / 2] * fsum;
        }
        resk += WGK21[j] * fsum;
        resabs += WGK21[j] * (fval1.abs() + fval2.abs());
    }
    let reskh = resk * 0.5;
    let mut resasc = WGK21[10] * (fc - reskh).abs();
    for j in 0..10 {
        resasc += WGK21[j] * ((fv1[j] - reskh).abs() + (fv2[j] - reskh).abs());
    }
    Ok(scaled(resk, resg, resabs, resasc, hlgth))
}

/// The 15-point Gauss–Kronrod rule on [a, b] ⊂ (0, 1] for the integrand
/// mapped from an infinite range by x = bound + sign·(1 - t)/t (QUADPACK's
/// QK15I). `inf` is 1 for (bound, ∞), -1 for (-∞, bound) and 2 for (-∞, ∞),
/// where f(x) + f(-x) is integrated over (0, ∞) (`bound` is then 0).
pub(super) fn qk15i(
    f: &mut dyn FnMut(f64) -> Result<f64>,
    bound: f64,
    inf: i32,
    a: f64,
    b: f64,
) -> Result<Estimate> {
    let dinf = f64::from(inf.min(1));
    let to_x = |t: f64| bound + dinf * (1.0 - t) / t;
    let centr = 0.5 * (a + b);
    let hlgth = 0.5 * (b - a);
    let mut fval1 = f(to_x(centr))?;
    if inf == 2 {
        fval1 += f(-to_x(centr))?;
    }
    let fc = (fval1 / centr) / centr;
    let mut resg = fc * WG7[7];
    let mut resk = fc * WGK15[7];
    let mut resabs = resk.abs();
    let (mut fv1, mut fv2) = ([0.0; 7], [0.0; 7]);
    for j in 0..7 {
        let absc = hlgth * XGK15[j];
        let (absc1, absc2) = (centr - absc, centr + absc);
        let (x1, x2) = (to_x(absc1), to_x(absc2));
        let mut fval1 = f(x1)?;
        let mut fval2 = f(x2)?;
        if inf == 2 {
            fval1 += f(-x1)?;
            fval2 += f(-x2)?;
        }
        fval1 = (fval1 / absc1) / absc1;
        fval2 = (fval2 / absc2) / absc2;
        fv1[j] = fval1;
        fv2[j] = fval2;
        let fsum = fval1 + fval2;
        resg += WG7[j] * fsum;
        resk += WGK15[j] * fsum;
        resabs += WGK15[j] * (fval1.abs() + fval2.abs());
    }
    let reskh = resk * 0.5;
    let mut resasc = WGK15[7] * (fc - reskh).abs();
    for j in 0..7 {
        resasc += WGK15[j] * ((fv1[j] - reskh).abs() + (fv2[j] - reskh).abs());
    }
    Ok(scaled(resk, resg, resabs, resasc, hlgth))
}

/// Scales the rule's sums by the half-length and turns |Kronrod - Gauss|
/// into QUADPACK's error estimate: resasc·min(1, (200·err/resasc)^1.5),
/// at least 50·epmach·resabs.
fn scaled(resk: f64, resg: f64, resabs: f64, resasc: f64, hlgth: f64) -> Estimate {
    let dhlgth = hlgth.abs();
    let resabs = resabs * dhlgth;
    let resasc = resasc * dhlgth;
    let mut abserr = ((resk - resg) * hlgth).abs();
    if resasc != 0.0 && abserr != 0.0 {
        abserr = resasc * (200.0 * abserr / resasc).powf(1.5).min(1.0);
    }
    if resabs > UFLOW / (50.0 * EPMACH) {
        abserr = (EPMACH * 50.0 * resabs).max(abserr);
    }
    Estimate {
        result: resk * hlgth,
        abserr,
        resabs,
        resasc,
    }
}
