//! SciPy's convex-analysis functions: `entr`, `rel_entr`, `kl_div`, `huber`,
//! `pseudo_huber`, with SciPy's values at the domain edges (+inf outside
//! the domain, 0 at x = 0).

/// `scipy.special.entr`: -x·log(x) for x > 0, 0 at 0, -inf below.
pub fn entr(x: f64) -> f64 {
    if x.is_nan() {
        x
    } else if x > 0.0 {
        -x * x.ln()
    } else if x == 0.0 {
        0.0
    } else {
        f64::NEG_INFINITY
    }
}

/// `scipy.special.rel_entr`: x·log(x/y) for x, y > 0; 0 for x = 0 ≤ y;
/// +inf otherwise.
pub fn rel_entr(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        f64::NAN
    } else if x > 0.0 && y > 0.0 {
        x * log_ratio(x, y)
    } else if x == 0.0 && y >= 0.0 {
        0.0
    } else {
        f64::INFINITY
    }
}

/// log(x/y) for positive x, y: through log1p((x - y)/y) near x = y (x - y
/// is exact there), and also where x/y over- or underflows.
fn log_ratio(x: f64, y: f64) -> f64 {
    let r = x / y;
    if (0.5..=2.0).contains(&r) && y.is_finite() {
        return ((x - y) / y).ln_1p();
    }
    if (r == 0.0 || r.is_infinite()) && x.is_finite() && y.is_finite() {
        x.ln() - y.ln()
    } else {
        r.ln()
    }
}

/// Below this |x/y - 1| `kl_div` sums its Taylor series instead of
/// subtracting nearly equal terms.
const KL_SERIES_BELOW: f64 = 0.5;

/// `scipy.special.kl_div`: x·log(x/y) - x + y for x, y > 0; y for
/// x = 0 ≤ y; +inf otherwise. Near x = y, y·f(d) with d = x/y - 1 and
/// f(d) = (1+d)·log1p(d) - d = Σ_{k≥2} (-d)^k / (k(k-1)), so the result
/// keeps its relative accuracy where the terms cancel.
pub fn kl_div(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x > 0.0 && y > 0.0 {
        if x.is_finite() && y.is_finite() {
            let d = (x - y) / y;
            if d.abs() < KL_SERIES_BELOW {
                return y * kl_series(d);
            }
        }
        return x * log_ratio(x, y) - x + y;
    }
    if x == 0.0 && y >= 0.0 {
        y
    } else {
        f64::INFINITY
    }
}

/// Σ_{k=2}^{60} (-d)^k / (k(k-1)) for |d| < 1/2 (the first omitted term is
/// below 2^-60 / 3600 relative).
fn kl_series(d: f64) -> f64 {
    let mut sum = 0.0;
    for k in (2..=60).rev() {
        let k = k as f64;
        sum = 1.0 / (k * (k - 1.0)) - d * sum;
    }
    d * d * sum
}

/// `scipy.special.huber`: r²/2 for |r| ≤ δ, δ(|r| - δ/2) beyond; +inf for
/// δ < 0.
pub fn huber(delta: f64, r: f64) -> f64 {
    if delta < 0.0 {
        f64::INFINITY
    } else if r.abs() <= delta {
        0.5 * r * r
    } else {
        delta * (r.abs() - 0.5 * delta)
    }
}

/// `scipy.special.pseudo_huber`: δ²(√(1 + (r/δ)²) - 1); +inf for δ < 0, 0
/// for δ = 0 or r = 0. Written as r²/(√(1 + v²) + 1) (v = r/δ) for |v| < 1,
/// where the subtraction would cancel; SciPy's form with non-finite input.
pub fn pseudo_huber(delta: f64, r: f64) -> f64 {
    if delta < 0.0 {
        return f64::INFINITY;
    }
    if delta == 0.0 || r == 0.0 {
        return 0.0;
    }
    let v = r / delta;
    if !(delta.is_finite() && r.is_finite()) {
        return delta * delta * ((1.0 + v * v).sqrt() - 1.0);
    }
    if v.abs() < 1.0 {
        r * r / ((1.0 + v * v).sqrt() + 1.0)
    } else {
        delta * (delta * (1f64.hypot(v) - 1.0))
    }
}
