//! The discrete uniform family (`randint`).

use super::super::discrete::Discrete;
use super::super::moments::Moments;
use super::super::{Family, Model};
use super::binomial::is_integral;

/// `randint`: integers low ≤ k < high (integers, low < high).
pub static RANDINT: Family = Family::discrete("randint", c"low, high", |s| {
    let (low, high) = (s[0], s[1]);
    let valid = high > low && is_integral(low) && is_integral(high);
    valid.then(|| Model::Discrete(Box::new(Randint { low, high })))
})
.with_raw_upper(|s| s[1] - 1.0);

/// The discrete uniform distribution on [low, high).
struct Randint {
    low: f64,
    high: f64,
}

impl Discrete for Randint {
    fn support(&self) -> (f64, f64) {
        (self.low, self.high - 1.0)
    }
    fn pmf(&self, k: f64) -> f64 {
        if k >= self.low && k < self.high {
            1.0 / (self.high - self.low)
        } else {
            0.0
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        (x.floor() - self.low + 1.0) / (self.high - self.low)
    }
    fn ppf(&self, q: f64) -> f64 {
        let (low, high) = (self.low, self.high);
        let vals = (q * (high - low) + low).ceil() - 1.0;
        let vals1 = (vals - 1.0).clamp(low, high);
        if self.cdf(vals1) >= q {
            vals1
        } else {
            vals
        }
    }
    fn stats(&self) -> Moments {
        let (m2, m1) = (self.high, self.low);
        let mu = (m2 + m1 - 1.0) / 2.0;
        let d = m2 - m1;
        let var = (d * d - 1.0) / 12.0;
        let g2 = -6.0 / 5.0 * (d * d + 1.0) / (d * d - 1.0);
        Moments::all(mu, var, 0.0, g2)
    }
    fn entropy(&self) -> f64 {
        (self.high - self.low).ln()
    }
}
