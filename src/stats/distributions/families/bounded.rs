//! Families on [0, 1] with polynomial or power densities: `uniform`,
//! `triang`, `powerlaw`.

use std::f64::consts::LN_2;

use super::super::continuous::Continuous;
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::special::elementary::{powm1, xlogy};

/// `uniform`: no shape parameters.
pub static UNIFORM: Family = Family::continuous("uniform", c"", |_| {
    Some(Model::Continuous(Box::new(Uniform)))
});

/// `triang`: mode c, 0 ≤ c ≤ 1.
pub static TRIANG: Family = Family::continuous("triang", c"c", |s| {
    let c = s[0];
    (0.0..=1.0)
        .contains(&c)
        .then(|| Model::Continuous(Box::new(Triang { c })))
});

/// `powerlaw`: exponent a > 0.
pub static POWERLAW: Family = Family::continuous("powerlaw", c"a", |s| {
    let a = s[0];
    (a > 0.0).then(|| Model::Continuous(Box::new(Powerlaw { a })))
});

/// The standard uniform distribution on [0, 1].
struct Uniform;

impl Continuous for Uniform {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    fn pdf(&self, _x: f64) -> f64 {
        1.0
    }
    fn cdf(&self, x: f64) -> f64 {
        x
    }
    fn ppf(&self, q: f64) -> f64 {
        q
    }
    fn stats(&self) -> Moments {
        Moments::all(0.5, 1.0 / 12.0, 0.0, -1.2)
    }
    fn entropy(&self) -> f64 {
        0.0
    }
}

/// The triangular distribution on [0, 1] with mode c.
struct Triang {
    c: f64,
}

impl Continuous for Triang {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        let c = self.c;
        if c == 0.0 {
            2.0 - 2.0 * x
        } else if x < c {
            2.0 * x / c
        } else if c != 1.0 {
            2.0 * (1.0 - x) / (1.0 - c)
        } else {
            2.0 * x
        }
    }
    fn cdf(&self, x: f64) -> f64 {
        let c = self.c;
        if c == 0.0 {
            2.0 * x - x * x
        } else if x < c {
            x * x / c
        } else if c != 1.0 {
            (x * x - 2.0 * x + c) / (c - 1.0)
        } else {
            x * x
        }
    }
    fn ppf(&self, q: f64) -> f64 {
        let c = self.c;
        if q < c {
            (c * q).sqrt()
        } else {
            1.0 - ((1.0 - c) * (1.0 - q)).sqrt()
        }
    }
    fn stats(&self) -> Moments {
        let c = self.c;
        let r = 1.0 - c + c * c;
        Moments::all(
            (c + 1.0) / 3.0,
            r / 18.0,
            2f64.sqrt() * (2.0 * c - 1.0) * (c + 1.0) * (c - 2.0) / (5.0 * r.powf(1.5)),
            -3.0 / 5.0,
        )
    }
    fn entropy(&self) -> f64 {
        0.5 - LN_2
    }
}

/// The power-function distribution on [0, 1], cdf x^a.
struct Powerlaw {
    a: f64,
}

impl Continuous for Powerlaw {
    fn support(&self) -> (f64, f64) {
        (0.0, 1.0)
    }
    /// SciPy's mask leaves out x = 0 when a < 1 (the density is infinite).
    fn in_support(&self, x: f64) -> bool {
        (0.0..=1.0).contains(&x) && (x != 0.0 || self.a >= 1.0)
    }
    fn pdf(&self, x: f64) -> f64 {
        self.a * x.powf(self.a - 1.0)
    }
    fn logpdf(&self, x: f64) -> f64 {
        self.a.ln() + xlogy(self.a - 1.0, x)
    }
    fn cdf(&self, x: f64) -> f64 {
        x.powf(self.a)
    }
    fn logcdf(&self, x: f64) -> f64 {
        self.a * x.ln()
    }
    fn sf(&self, x: f64) -> f64 {
        -powm1(x, self.a)
    }
    fn ppf(&self, q: f64) -> f64 {
        q.powf(1.0 / self.a)
    }
    fn stats(&self) -> Moments {
        let a = self.a;
        let poly = ((a - 1.0) * a - 6.0) * a + 2.0;
        Moments::all(
            a / (a + 1.0),
            a / (a + 2.0) / (a + 1.0).powf(2.0),
            -2.0 * ((a - 1.0) / (a + 3.0)) * ((a + 2.0) / a).sqrt(),
            6.0 * poly / (a * (a + 3.0) * (a + 4.0)),
        )
    }
    fn munp(&self, n: u32) -> f64 {
        self.a / (self.a + f64::from(n))
    }
    fn entropy(&self) -> f64 {
        1.0 - 1.0 / self.a - self.a.ln()
    }
}
