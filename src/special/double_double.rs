//! Unevaluated sums hi + lo of two doubles (about 106 bits), for the
//! exponents of power factors such as x^a (1-x)^b / B(a, b): their size
//! (hundreds, thousands when terms cancel) would otherwise cost that many
//! units of rounding in the result. Only the few operations those
//! exponents need.

use std::f64::consts::LN_2;
use std::sync::OnceLock;

/// ln 2 - LN_2: the part of ln 2 below the double LN_2.
const LN_2_LO: f64 = 2.319_046_813_846_299_6e-17;

/// hi + lo with |lo| ≤ ulp(hi)/2 (after `normalized`).
#[derive(Clone, Copy, Debug)]
pub(super) struct DoubleDouble {
    pub(super) hi: f64,
    pub(super) lo: f64,
}

/// (s, e) with s = fl(a + b) and s + e = a + b exactly (Knuth's TwoSum).
pub(super) fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

impl DoubleDouble {
    /// x exactly.
    pub(super) fn from(x: f64) -> DoubleDouble {
        DoubleDouble { hi: x, lo: 0.0 }
    }

    /// a·b exactly (through a fused multiply-add).
    pub(super) fn product(a: f64, b: f64) -> DoubleDouble {
        let hi = a * b;
        DoubleDouble {
            hi,
            lo: a.mul_add(b, -hi),
        }
    }

    /// 1/n to double-double accuracy.
    fn reciprocal(n: f64) -> DoubleDouble {
        let hi = 1.0 / n;
        DoubleDouble {
            hi,
            lo: (-hi).mul_add(n, 1.0) / n,
        }
    }

    /// The same value with |lo| ≤ ulp(hi)/2.
    fn normalized(self) -> DoubleDouble {
        let (hi, lo) = two_sum(self.hi, self.lo);
        DoubleDouble { hi, lo }
    }

    /// self + x, with the rounding of the high parts kept.
    pub(super) fn add(self, x: f64) -> DoubleDouble {
        let (hi, err) = two_sum(self.hi, x);
        DoubleDouble {
            hi,
            lo: self.lo + err,
        }
    }

    /// self + other.
    pub(super) fn add_dd(self, other: DoubleDouble) -> DoubleDouble {
        let (hi, err) = two_sum(self.hi, other.hi);
        DoubleDouble {
            hi,
            lo: err + self.lo + other.lo,
        }
        .normalized()
    }

    /// self - other.
    pub(super) fn sub_dd(self, other: DoubleDouble) -> DoubleDouble {
        self.add_dd(DoubleDouble {
            hi: -other.hi,
            lo: -other.lo,
        })
    }

    /// self·x.
    pub(super) fn mul(self, x: f64) -> DoubleDouble {
        let p = DoubleDouble::product(self.hi, x);
        DoubleDouble {
            hi: p.hi,
            lo: p.lo + self.lo * x,
        }
        .normalized()
    }

    /// self·other.
    pub(super) fn mul_dd(self, other: DoubleDouble) -> DoubleDouble {
        let p = DoubleDouble::product(self.hi, other.hi);
        DoubleDouble {
            hi: p.hi,
            lo: p.lo + (self.hi * other.lo + self.lo * other.hi),
        }
        .normalized()
    }

    /// exp(hi + lo) ≈ exp(hi)·(1 + lo).
    pub(super) fn exp(&self) -> f64 {
        let e = self.hi.exp();
        if e == 0.0 || !e.is_finite() || !self.lo.is_finite() {
            return e;
        }
        e + e * self.lo
    }

    /// ln x for finite x > 0 (relative error ~1e-21): x = 2^k·m with
    /// m in [1, 2), r = n/128 the nearest such fraction to 1/m, so that
    /// t = m·r - 1 is exact and |t| ≤ 2^-7; then
    /// ln x = k·ln 2 + ln(128/n) (a table) + ln(1 + t) (its series, the
    /// t² term in double-double).
    pub(super) fn ln(x: f64) -> DoubleDouble {
        let (m, k) = split_exponent(x);
        let index = (TABLE_SIZE / m + 0.5) as usize; // nearest n, in 64..=128
        let t = m.mul_add(index as f64 / TABLE_SIZE, -1.0);
        let poly = ln_1p_tail(t);
        let ln_1p = DoubleDouble::from(t)
            .add_dd(DoubleDouble::product(t, t).mul(-0.5))
            .add(t * t * t * poly);
        DoubleDouble::product(k, LN_2)
            .add(k * LN_2_LO)
            .add_dd(ln_table()[index - TABLE_FIRST])
            .add_dd(ln_1p)
    }

    /// ln(self) for self > 0: ln(hi + lo) = ln hi + lo/hi.
    pub(super) fn ln_dd(self) -> DoubleDouble {
        DoubleDouble::ln(self.hi).add(self.lo / self.hi)
    }

    /// self / x.
    pub(super) fn div(self, x: f64) -> DoubleDouble {
        let hi = self.hi / x;
        let lo = ((-hi).mul_add(x, self.hi) + self.lo) / x;
        DoubleDouble { hi, lo }.normalized()
    }

    /// 1/self: q = 1/hi corrected by the residual 1 - q·(hi + lo).
    pub(super) fn recip(self) -> DoubleDouble {
        let q = 1.0 / self.hi;
        let residual = (-q).mul_add(self.hi, 1.0) - q * self.lo;
        DoubleDouble {
            hi: q,
            lo: residual * q,
        }
        .normalized()
    }

    /// 1 - v exactly, for |v| ≤ 1.
    pub(super) fn one_minus(v: f64) -> DoubleDouble {
        let (hi, lo) = two_sum(1.0, -v);
        DoubleDouble { hi, lo }
    }

    /// ln(1 - v) for v < 1 exact: 1 - v is formed exactly as a
    /// double-double h + l and ln(h + l) = ln h + l/h.
    pub(super) fn ln_one_minus(v: f64) -> DoubleDouble {
        DoubleDouble::one_minus(v).ln_dd()
    }
}

/// Σ_{j=3..10} (-1)^(j+1) t^(j-3)/j, the series of ln(1 + t) after its
/// t² term over t³, for |t| ≤ 2^-7 (the next term is below 2^-77), in
/// Estrin's form: four independent pairs, so the chain is short.
fn ln_1p_tail(t: f64) -> f64 {
    let t2 = t * t;
    let low = (1.0 / 3.0 - t / 4.0) + t2 * (1.0 / 5.0 - t / 6.0);
    let high = (1.0 / 7.0 - t / 8.0) + t2 * (1.0 / 9.0 - t / 10.0);
    low + (t2 * t2) * high
}

/// The fractions 1/m are rounded to n/128, n in 64..=128.
const TABLE_SIZE: f64 = 128.0;
const TABLE_FIRST: usize = 64;

/// ln(128/n) for n = 64..=128 in double-double, computed once.
fn ln_table() -> &'static [DoubleDouble; TABLE_FIRST + 1] {
    static TABLE: OnceLock<[DoubleDouble; TABLE_FIRST + 1]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|i| {
            let q = TABLE_SIZE / (TABLE_FIRST + i) as f64; // in [1, 2]
            let q_lo =
                (-q).mul_add((TABLE_FIRST + i) as f64, TABLE_SIZE) / (TABLE_FIRST + i) as f64;
            ln_by_series(q).add(q_lo / q)
        })
    })
}

/// ln q for q in [1, 2] by 2 atanh(s), s = (q-1)/(q+1) ≤ 1/3, summed in
/// double-double (slow; builds the table).
fn ln_by_series(q: f64) -> DoubleDouble {
    let (den, den_lo) = two_sum(q, 1.0);
    let num = q - 1.0; // exact
    let s_hi = num / den;
    let s_lo = ((-s_hi).mul_add(den, num) - s_hi * den_lo) / den;
    let s = DoubleDouble { hi: s_hi, lo: s_lo };
    let z = s.mul_dd(s);
    // Σ z^j/(2j+1) with every term in double-double: z ≤ 1/9, 40 terms
    let mut series = DoubleDouble::from(0.0);
    for j in (0..40).rev() {
        series = series
            .mul_dd(z)
            .add_dd(DoubleDouble::reciprocal((2 * j + 1) as f64));
    }
    s.mul_dd(series).mul(2.0)
}

/// (m, k) with x = m·2^k and m in [1, 2), for finite x > 0.
fn split_exponent(x: f64) -> (f64, f64) {
    const SUBNORMAL_SHIFT: i32 = 54;
    let (x, shift) = if x < f64::MIN_POSITIVE {
        (x * 2f64.powi(SUBNORMAL_SHIFT), SUBNORMAL_SHIFT)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52));
    let k = biased - 1023;
    (m, f64::from(k - shift))
}

/// Neumaier's compensated summation.
#[derive(Default)]
pub(super) struct CompensatedSum {
    sum: f64,
    compensation: f64,
}

impl CompensatedSum {
    /// Adds `x`.
    pub(super) fn add(&mut self, x: f64) {
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

    /// The compensated total.
    pub(super) fn value(&self) -> f64 {
        if self.sum.is_finite() {
            self.sum + self.compensation
        } else {
            self.sum
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// hi is the double logarithm (to an ulp), the table method agrees
    /// with the atanh series, and the double-double part is exact to
    /// ~1e-21: ln(uv) = ln u + ln v on exactly representable products.
    #[test]
    fn logarithm_is_accurate_beyond_double() {
        for &x in &[1e-310, 1e-300, 0.001, 0.3, 0.7, 1.0, 1.5, 3.0, 1e10, 1e300] {
            let l = DoubleDouble::ln(x);
            assert!((l.hi - x.ln()).abs() <= f64::EPSILON * x.ln().abs(), "{x}");
        }
        for i in 0..1000 {
            let q = 1.0 + i as f64 / 1000.0 + 1e-7;
            let d = DoubleDouble::ln(q).sub_dd(ln_by_series(q));
            let bound = 1e-21 * q.ln();
            assert!(d.hi.abs() <= bound, "{q}: table and series differ by {d:?}");
        }
        let tiny = 3.0 * 2f64.powi(-1000);
        for &(u, v) in &[
            (3.0, 5.0),
            (7.0, 11.0),
            (0.75, 0.75),
            (1.25, tiny),
            (1.1, 1024.0),
        ] {
            let uv = u * v;
            assert_eq!(u.mul_add(v, -uv), 0.0, "an exact product");
            let d = DoubleDouble::ln(uv)
                .sub_dd(DoubleDouble::ln(u))
                .sub_dd(DoubleDouble::ln(v));
            let scale = DoubleDouble::ln(uv).hi.abs().max(1.0);
            assert!(d.hi.abs() <= 1e-21 * scale, "{u} {v}: {d:?}");
        }
    }
}
