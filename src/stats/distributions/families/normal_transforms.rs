//! Transformations of a normal variable: `halfnorm` (|Z|), `levy` (1/Z²)
//! and `johnsonsu` (sinh((Z - a)/b)).

use std::f64::consts::PI;

use super::super::continuous::Continuous;
use super::super::fit::{check_fit_input, fit_data_error, FitMethod, FitRequest, Fitted};
use super::super::moments::Moments;
use super::super::{Family, Model};
use crate::error::Result;
use crate::optimize::pyfmt::repr;
use crate::special::elementary::expm1;
use crate::special::error_function::{erf, erfc, erfinv};
use crate::special::logsumexp::pairwise_sum;
use crate::special::normal::{ndtr, ndtri};

/// `halfnorm`: no shape parameters.
pub static HALFNORM: Family = Family::continuous("halfnorm", c"", |_| {
    Some(Model::Continuous(Box::new(Halfnorm)))
})
.with_fit(halfnorm_fit);

/// `halfnorm.fit` (MLE): loc = min(data) unless fixed (then no data value
/// may lie below it), scale = the root mean square of x − loc unless
/// fixed; MM goes generic.
fn halfnorm_fit(req: &FitRequest) -> Option<Result<Fitted>> {
    if req.method == FitMethod::Mm {
        return None;
    }
    Some(halfnorm_mle(req))
}

/// The closed forms behind [`halfnorm_fit`].
fn halfnorm_mle(req: &FitRequest) -> Result<Fitted> {
    check_fit_input(req)?;
    let lowest = req.data.iter().copied().fold(f64::INFINITY, f64::min);
    let loc = match req.floc {
        Some(floc) if lowest < floc => {
            return Err(fit_data_error("halfnorm", &repr(floc), "inf"));
        }
        Some(floc) => floc,
        None => lowest,
    };
    let scale = req.fscale.unwrap_or_else(|| {
        let sq: Vec<f64> = req.data.iter().map(|v| (v - loc) * (v - loc)).collect();
        (pairwise_sum(&sq) / req.data.len() as f64).sqrt()
    });
    Ok(Fitted {
        shapes: Vec::new(),
        loc,
        scale,
    })
}

/// `levy`: no shape parameters.
pub static LEVY: Family =
    Family::continuous("levy", c"", |_| Some(Model::Continuous(Box::new(Levy))));

/// `johnsonsu`: any a (not NaN), b > 0.
pub static JOHNSONSU: Family = Family::continuous("johnsonsu", c"a, b", |s| {
    let (a, b) = (s[0], s[1]);
    (b > 0.0 && !a.is_nan()).then(|| Model::Continuous(Box::new(Johnsonsu { a, b })))
});

/// √(2π), SciPy's `_norm_pdf_C`.
const SQRT_2PI: f64 = 2.5066282746310002;

/// The standard normal density as SciPy's `_norm_pdf` forms it.
fn norm_pdf(x: f64) -> f64 {
    (-(x * x) / 2.0).exp() / SQRT_2PI
}

/// The half-normal distribution on [0, ∞): |Z|.
struct Halfnorm;

impl Continuous for Halfnorm {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn pdf(&self, x: f64) -> f64 {
        (2.0 / PI).sqrt() * (-x * x / 2.0).exp()
    }
    fn logpdf(&self, x: f64) -> f64 {
        0.5 * (2.0 / PI).ln() - x * x / 2.0
    }
    fn cdf(&self, x: f64) -> f64 {
        erf(x / 2f64.sqrt())
    }
    fn ppf(&self, q: f64) -> f64 {
        ndtri((1.0 + q) / 2.0)
    }
    fn sf(&self, x: f64) -> f64 {
        2.0 * ndtr(-x)
    }
    fn isf(&self, p: f64) -> f64 {
        -ndtri(p / 2.0)
    }
    fn stats(&self) -> Moments {
        Moments::all(
            (2.0 / PI).sqrt(),
            1.0 - 2.0 / PI,
            2f64.sqrt() * (4.0 - PI) / (PI - 2.0).powf(1.5),
            8.0 * (PI - 3.0) / (PI - 2.0).powf(2.0),
        )
    }
    fn entropy(&self) -> f64 {
        0.5 * (PI / 2.0).ln() + 0.5
    }
}

/// The Lévy distribution on (0, ∞): 1/Z² (open support: SciPy's density
/// is 0 at 0 by its mask).
struct Levy;

impl Continuous for Levy {
    fn support(&self) -> (f64, f64) {
        (0.0, f64::INFINITY)
    }
    fn in_support(&self, x: f64) -> bool {
        0.0 < x && x < f64::INFINITY
    }
    fn pdf(&self, x: f64) -> f64 {
        1.0 / (2.0 * PI * x).sqrt() / x * (-1.0 / (2.0 * x)).exp()
    }
    fn cdf(&self, x: f64) -> f64 {
        erfc((0.5 / x).sqrt())
    }
    fn sf(&self, x: f64) -> f64 {
        erf((0.5 / x).sqrt())
    }
    fn ppf(&self, q: f64) -> f64 {
        let val = -ndtri(q / 2.0);
        1.0 / (val * val)
    }
    fn isf(&self, p: f64) -> f64 {
        let e = erfinv(p);
        1.0 / (2.0 * (e * e))
    }
    fn stats(&self) -> Moments {
        Moments::all(f64::INFINITY, f64::INFINITY, f64::NAN, f64::NAN)
    }
}

/// Johnson's S_U distribution: sinh((Z - a)/b).
struct Johnsonsu {
    a: f64,
    b: f64,
}

impl Johnsonsu {
    /// The normal argument a + b asinh(x).
    fn z(&self, x: f64) -> f64 {
        self.a + self.b * x.asinh()
    }
}

impl Continuous for Johnsonsu {
    fn pdf(&self, x: f64) -> f64 {
        let x2 = x * x;
        let trm = norm_pdf(self.z(x));
        self.b * 1.0 / (x2 + 1.0).sqrt() * trm
    }
    fn cdf(&self, x: f64) -> f64 {
        ndtr(self.z(x))
    }
    fn ppf(&self, q: f64) -> f64 {
        ((ndtri(q) - self.a) / self.b).sinh()
    }
    fn sf(&self, x: f64) -> f64 {
        ndtr(-self.z(x))
    }
    fn isf(&self, x: f64) -> f64 {
        ((-ndtri(x) - self.a) / self.b).sinh()
    }
    fn stats(&self) -> Moments {
        let (a, b) = (self.a, self.b);
        let bn2 = b.powf(-2.0);
        let expbn2 = bn2.exp();
        let a_b = a / b;
        let mean = -expbn2.sqrt() * a_b.sinh();
        let var = 0.5 * expm1(bn2) * (expbn2 * (2.0 * a_b).cosh() + 1.0);
        let t1 = expbn2.sqrt() * expm1(bn2).sqrt();
        let t2 = 3.0 * a_b.sinh();
        let t3 = expbn2 * (expbn2 + 2.0) * (3.0 * a_b).sinh();
        let denom = 2f64.sqrt() * (1.0 + expbn2 * (2.0 * a_b).cosh()).powf(1.5);
        let skew = -t1 * (t2 + t3) / denom;
        let e2 = expbn2 * expbn2;
        let t1 = 3.0 + 6.0 * expbn2;
        let t2 = 4.0 * e2 * (expbn2 + 2.0) * (2.0 * a_b).cosh();
        let t3 = e2 * (4.0 * a_b).cosh();
        let t4 = -3.0 + 3.0 * e2 + 2.0 * expbn2.powf(3.0) + expbn2.powf(4.0);
        let base = 1.0 + expbn2 * (2.0 * a_b).cosh();
        let denom = 2.0 * (base * base);
        let kurtosis = (t1 + t2 + t3 * t4) / denom - 3.0;
        Moments::all(mean, var, skew, kurtosis)
    }
    fn stats_has_moments(&self) -> bool {
        true
    }
}
