//! Integer quantiles for the discrete families whose SciPy quantile is an
//! exact integer search (Boost's `integer_round_up` discrete quantiles and
//! SciPy's "round up, then step back" ppfs): the smallest integer of a
//! range at which a monotone condition (cdf ≥ q, sf ≤ q) holds.

/// The smallest integer k in [lo, hi] with `reached(k)`, for a condition
/// false below some point and true from it on; `hi` when it never holds
/// below `hi` (SciPy's answers then sit at the upper end). The search
/// starts at `guess` (NaN: at `lo`), steps out with doubling steps until it
/// brackets the change, then bisects.
pub(super) fn smallest_reaching(
    reached: &dyn Fn(f64) -> bool,
    lo: f64,
    hi: f64,
    guess: f64,
) -> f64 {
    let start = if guess.is_nan() {
        lo
    } else {
        guess.round().clamp(lo, hi)
    };
    // invariant: reached(b); a < b and (a < lo or !reached(a))
    let (mut a, mut b);
    let mut step = 1.0;
    if reached(start) {
        b = start;
        loop {
            a = b - step;
            if a < lo {
                a = lo - 1.0;
                break;
            }
            if !reached(a) {
                break;
            }
            b = a;
            step *= 2.0;
        }
    } else {
        a = start;
        loop {
            b = a + step;
            if b >= hi {
                b = hi;
                if b.is_infinite() || !reached(b) {
                    return hi;
                }
                break;
            }
            if reached(b) {
                break;
            }
            a = b;
            step *= 2.0;
        }
    }
    while b - a > 1.0 {
        let m = ((a + b) / 2.0).floor();
        if reached(m) {
            b = m;
        } else {
            a = m;
        }
    }
    b
}
