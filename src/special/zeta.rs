//! The Hurwitz zeta function ζ(s, q) = Σ_{k≥0} (q + k)^(-s) for s > 1
//! (`scipy.special.zeta(x, q)`), by direct summation up to a shift and the
//! Euler–Maclaurin formula beyond it.

/// B_{2j} / (2j)! for j = 1..=13 (the Euler–Maclaurin coefficients).
#[allow(clippy::excessive_precision)] // the values as mpmath prints them
const EM_COEFFICIENTS: [f64; 13] = [
    8.333_333_333_333_333e-2,
    -1.388_888_888_888_889e-3,
    3.306_878_306_878_307e-5,
    -8.267_195_767_195_768e-7,
    2.087_675_698_786_81e-8,
    -5.284_190_138_687_493e-10,
    1.338_253_653_068_467_9e-11,
    -3.389_680_296_322_582_7e-13,
    8.586_062_056_277_845e-15,
    -2.174_868_698_558_062e-16,
    5.509_002_828_360_229_5e-18,
    -1.395_446_468_581_252_2e-19,
    3.534_707_039_629_467e-21,
];

/// `scipy.special.zeta(s, q)`: +inf at s = 1 and at the poles q = 0, -1,
/// -2, …; NaN for s < 1, and for q < 0 unless s is an integer.
pub fn hurwitz_zeta(s: f64, q: f64) -> f64 {
    // SciPy's order of tests: a pole in q wins over a NaN s.
    if s < 1.0 {
        return f64::NAN;
    }
    if s == 1.0 {
        return f64::INFINITY;
    }
    if q.is_nan() {
        return q;
    }
    if q <= 0.0 && q == q.floor() {
        return f64::INFINITY;
    }
    if s.is_nan() || (q < 0.0 && s != s.floor()) {
        return f64::NAN;
    }
    if s == f64::INFINITY {
        return limit_at_infinite_s(q);
    }
    // Sum the first terms directly until the Euler–Maclaurin remainder is
    // small: its terms shrink like ((s + 2j) / (2π w))² per step.
    // The direct terms are summed with Neumaier's compensation: for q < 0
    // terms of both signs cancel (exactly, in pairs, for half-integer q).
    let shift_to = 10.0f64.max(0.5 * s);
    let mut sum = CompensatedSum::default();
    let mut w = q;
    while w < shift_to {
        let term = w.powf(-s);
        sum.add(term);
        w += 1.0;
        if w > 0.0 && term.abs() <= f64::EPSILON * 1e-3 * sum.value().abs() {
            return sum.value();
        }
    }
    sum.add(euler_maclaurin_tail(s, w));
    sum.value()
}

/// Neumaier's compensated summation.
#[derive(Default)]
struct CompensatedSum {
    sum: f64,
    compensation: f64,
}

impl CompensatedSum {
    fn add(&mut self, x: f64) {
        let t = self.sum + x;
        if !t.is_finite() {
            self.sum = t;
            return;
        }
        self.compensation += if self.sum.abs() >= x.abs() {
            (self.sum - t) + x
        } else {
            (x - t) + self.sum
        };
        self.sum = t;
    }

    fn value(&self) -> f64 {
        if self.sum.is_finite() {
            self.sum + self.compensation
        } else {
            self.sum
        }
    }
}

/// ζ(∞, q) as SciPy gives it: 1 at q = 1, +inf below, 0 above 1e8 (its
/// asymptotic branch) and NaN for 1 < q ≤ 1e8 (the limit there is 0).
fn limit_at_infinite_s(q: f64) -> f64 {
    if q > 1e8 {
        0.0
    } else if q > 1.0 {
        f64::NAN
    } else if q == 1.0 {
        1.0
    } else {
        f64::INFINITY
    }
}

/// Σ_{k≥0} (w + k)^(-s) for w ≥ 10 by Euler–Maclaurin: the integral, half
/// the first term, and the Bernoulli corrections until they drop below
/// rounding.
fn euler_maclaurin_tail(s: f64, w: f64) -> f64 {
    // w^(1-s) directly: w^(-s) may underflow where the sum does not.
    let w_1s = w.powf(1.0 - s);
    let w_s = w_1s / w;
    let mut sum = w_1s / (s - 1.0) + 0.5 * w_s;
    // factor_j = s (s+1) ... (s+2j-2) · w^(-s-2j+1)
    let mut factor = s * w_s / w;
    for (j, &c) in EM_COEFFICIENTS.iter().enumerate() {
        let term = c * factor;
        sum += term;
        if term.abs() <= f64::EPSILON * 1e-2 * sum.abs() {
            break;
        }
        let j = j as f64 + 1.0;
        factor *= (s + 2.0 * j - 1.0) * (s + 2.0 * j) / (w * w);
    }
    sum
}

/// [ζ(s₀, q), -ζ(s₀ + 1, q), ζ(s₀ + 2, q), …] (N terms, alternating signs):
/// the coefficients of the Taylor series of ψ and of ln Γ(1 + a).
pub(super) fn alternating_zeta_values<const N: usize>(s0: f64, q: f64) -> [f64; N] {
    std::array::from_fn(|i| {
        let sign = if i % 2 == 0 { 1.0 } else { -1.0 };
        sign * hurwitz_zeta(s0 + i as f64, q)
    })
}
