//! SciPy's frozen distributions: a family chosen by SciPy's name, its shape
//! parameters, `loc` and `scale`, with SciPy's methods (pdf/pmf, cdf, sf,
//! their logs, ppf, isf, moments, entropy, interval, support).
//!
//! The loc/scale transformation and the masks around each family's
//! standard-form methods follow `rv_continuous` / `rv_discrete` exactly:
//! invalid shape parameters (or scale ≤ 0) make every value NaN, points
//! outside the support give 0 / 1 / -inf as SciPy gives them, and NaN
//! propagates. A [`Distribution`] is immutable and `Sync`.
//!
//! - [`continuous`] and [`discrete`]: the family traits and SciPy's generic
//!   fallbacks (root-finding ppf, summation from the median).
//! - [`moments`]: mean/var/skew/kurtosis and `moment(n)` from `_stats` and
//!   `_munp`; [`integrate`]: the generic moment and entropy quadratures.
//! - [`expect`]: `expect(func, lb, ub, conditional)`; [`fit`]: `fit` by
//!   maximum likelihood or the method of moments.
//! - [`families`]: the families, one file per group.

pub mod continuous;
pub mod discrete;
pub mod expect;
pub mod families;
pub mod fit;
pub mod integrate;
pub mod moments;

use std::ffi::CStr;

use crate::error::{Error, Result};
use continuous::Continuous;
use discrete::Discrete;
use moments::{Moments, Stats, Wanted};

/// A family member in standard form.
pub enum Model {
    /// A continuous family (`rv_continuous`).
    Continuous(Box<dyn Continuous>),
    /// A discrete family (`rv_discrete`).
    Discrete(Box<dyn Discrete>),
}

impl Model {
    /// The family's closed-form moments (`_stats`).
    fn stats(&self) -> Moments {
        match self {
            Model::Continuous(d) => d.stats(),
            Model::Discrete(d) => d.stats(),
        }
    }

    /// The closed forms `moment(n)` reads: all of `_stats`, or, when it
    /// takes SciPy's `moments` argument, only 'm', 'v', 'vs' or 'mvsk' for
    /// n = 1, 2, 3, 4 (as `rv_generic.moment` asks for them).
    fn moment_stats(&self, n: u32) -> Moments {
        let m = self.stats();
        let selective = match self {
            Model::Continuous(d) => d.stats_has_moments(),
            Model::Discrete(d) => d.stats_has_moments(),
        };
        if !selective {
            return m;
        }
        Moments {
            mean: if n == 1 || n == 4 { m.mean } else { None },
            var: if n >= 2 { m.var } else { None },
            skew: if n >= 3 { m.skew } else { None },
            kurtosis: if n == 4 { m.kurtosis } else { None },
        }
    }

    /// E[Y^n] of the standard form (`_munp`).
    fn munp(&self, n: u32) -> f64 {
        match self {
            Model::Continuous(d) => d.munp(n),
            Model::Discrete(d) => d.munp(n),
        }
    }
}

/// A distribution family: SciPy's name, the names of its shape parameters
/// in SciPy's order, whether it is discrete, and how to build a member
/// (`None` when the parameters fail SciPy's `_argcheck`).
pub struct Family {
    /// SciPy's name ("norm", "beta", "poisson", ...).
    pub name: &'static str,
    /// Shape parameter names, comma-separated in SciPy's order (SciPy's
    /// `dist.shapes`; empty when the family has none).
    pub shapes: &'static CStr,
    /// True for `rv_discrete` families (no scale, pmf instead of pdf).
    pub discrete: bool,
    /// Builds a member from shape parameters (`None`: `_argcheck` fails).
    pub(crate) make: fn(&[f64]) -> Option<Model>,
    /// The family's own `fit` (closed forms), if it has one.
    pub(crate) fit: Option<fit::FitOverride>,
    /// The family's own `_fitstart`, if it has one.
    pub(crate) fitstart: Option<fit::FitStart>,
    /// The upper support end SciPy's `_get_support` gives for any shapes,
    /// valid or not (`rv_discrete.logcdf` places 0 at k ≥ b even where the
    /// shapes fail `_argcheck`).
    pub(crate) raw_upper: fn(&[f64]) -> f64,
}

/// The default upper end of a discrete support (`rv_discrete`'s b = inf).
fn unbounded(_: &[f64]) -> f64 {
    f64::INFINITY
}

impl Family {
    /// A continuous family.
    pub const fn continuous(
        name: &'static str,
        shapes: &'static CStr,
        make: fn(&[f64]) -> Option<Model>,
    ) -> Self {
        Family {
            name,
            shapes,
            discrete: false,
            make,
            fit: None,
            fitstart: None,
            raw_upper: unbounded,
        }
    }

    /// A discrete family.
    pub const fn discrete(
        name: &'static str,
        shapes: &'static CStr,
        make: fn(&[f64]) -> Option<Model>,
    ) -> Self {
        Family {
            name,
            shapes,
            discrete: true,
            make,
            fit: None,
            fitstart: None,
            raw_upper: unbounded,
        }
    }

    /// The same family with its own `fit` (SciPy's overridden `fit`).
    pub const fn with_fit(mut self, fit: fit::FitOverride) -> Self {
        self.fit = Some(fit);
        self
    }

    /// The same family with its own `_fitstart`.
    pub const fn with_fitstart(mut self, fitstart: fit::FitStart) -> Self {
        self.fitstart = Some(fitstart);
        self
    }

    /// The same family with SciPy's `_get_support(*shapes)[1]` for shapes
    /// that may be invalid (default: inf).
    pub const fn with_raw_upper(mut self, raw_upper: fn(&[f64]) -> f64) -> Self {
        self.raw_upper = raw_upper;
        self
    }

    /// The shape parameter names.
    pub fn shape_names(&self) -> Vec<&'static str> {
        let text = self.shapes.to_str().expect("ASCII shape names");
        text.split(", ").filter(|s| !s.is_empty()).collect()
    }

    /// The number of shape parameters.
    pub fn shape_count(&self) -> usize {
        self.shape_names().len()
    }

    /// The family SciPy calls `name`; `UnknownName` listing them otherwise.
    pub fn find(name: &str) -> Result<&'static Family> {
        families::ALL
            .iter()
            .copied()
            .find(|f| f.name == name)
            .ok_or_else(|| Error::unknown_name("distribution", name, &names()))
    }
}

/// The names of every family, in the order SciPy's documentation lists them
/// (continuous, then discrete).
pub fn names() -> Vec<&'static str> {
    families::ALL.iter().map(|f| f.name).collect()
}

/// A value-returning method applied elementwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pointwise {
    Pdf,
    Logpdf,
    Pmf,
    Logpmf,
    Cdf,
    Logcdf,
    Sf,
    Logsf,
    Ppf,
    Isf,
}

impl Pointwise {
    /// SciPy's method name.
    pub fn name(self) -> &'static str {
        match self {
            Pointwise::Pdf => "pdf",
            Pointwise::Logpdf => "logpdf",
            Pointwise::Pmf => "pmf",
            Pointwise::Logpmf => "logpmf",
            Pointwise::Cdf => "cdf",
            Pointwise::Logcdf => "logcdf",
            Pointwise::Sf => "sf",
            Pointwise::Logsf => "logsf",
            Pointwise::Ppf => "ppf",
            Pointwise::Isf => "isf",
        }
    }
}

/// A frozen distribution (`scipy.stats.<name>(*shapes, loc=, scale=)`).
/// Immutable; safe to use from many threads at once.
pub struct Distribution {
    family: &'static Family,
    shapes: Vec<f64>,
    loc: f64,
    scale: f64,
    /// `None` when the shapes fail `_argcheck` or scale ≤ 0 (all values NaN).
    model: Option<Model>,
}

impl Distribution {
    /// Freezes family `name` at `shapes` (SciPy's positional order), `loc`
    /// and `scale`. Invalid parameter values are not errors (every result
    /// is then NaN, as in SciPy). Errors: `UnknownName`; `InvalidArgument`
    /// for the wrong number of shapes or a scale other than 1 for a
    /// discrete family (SciPy's TypeErrors).
    pub fn new(name: &str, shapes: &[f64], loc: f64, scale: f64) -> Result<Self> {
        let family = Family::find(name)?;
        let count = family.shape_count();
        if shapes.len() != count {
            return Err(Error::invalid(format!(
                "{name} takes {count} shape parameter{} ({}); got {}",
                if count == 1 { "" } else { "s" },
                family.shapes.to_str().unwrap_or(""),
                shapes.len()
            )));
        }
        if family.discrete && scale != 1.0 {
            return Err(Error::invalid(format!(
                "{name} is discrete and has no scale parameter; scale must be 1, got {scale}"
            )));
        }
        Ok(Self::from_family(family, shapes, loc, scale))
    }

    /// Freezes `family` at parameters of the right count (unchecked).
    pub(crate) fn from_family(
        family: &'static Family,
        shapes: &[f64],
        loc: f64,
        scale: f64,
    ) -> Self {
        let model = if scale > 0.0 {
            (family.make)(shapes)
        } else {
            None
        };
        Distribution {
            family,
            shapes: shapes.to_vec(),
            loc,
            scale,
            model,
        }
    }

    /// The family.
    pub fn family(&self) -> &'static Family {
        self.family
    }

    /// Shape parameters as given.
    pub fn shapes(&self) -> &[f64] {
        &self.shapes
    }

    /// Location.
    pub fn loc(&self) -> f64 {
        self.loc
    }

    /// Scale (1 for discrete families).
    pub fn scale(&self) -> f64 {
        self.scale
    }

    /// Whether `m` exists for this family (pdf/logpdf for continuous ones,
    /// pmf/logpmf for discrete ones); `InvalidArgument` naming the right
    /// method otherwise (SciPy's AttributeError).
    pub fn check_method(&self, m: Pointwise) -> Result<()> {
        let wrong = match m {
            Pointwise::Pdf | Pointwise::Logpdf => self.family.discrete,
            Pointwise::Pmf | Pointwise::Logpmf => !self.family.discrete,
            _ => false,
        };
        if !wrong {
            return Ok(());
        }
        let (kind, right) = if self.family.discrete {
            ("discrete", "pmf/logpmf")
        } else {
            ("continuous", "pdf/logpdf")
        };
        Err(Error::invalid(format!(
            "{} is a {kind} distribution: it has {right}, not {}",
            self.family.name,
            m.name()
        )))
    }

    /// `m` at `x` (SciPy's public method, masks included). `m` must pass
    /// [`Distribution::check_method`]; the wrong kind gives NaN.
    pub fn evaluate(&self, m: Pointwise, x: f64) -> f64 {
        match &self.model {
            // SciPy's quirk: logcdf is 0 from the upper end on, shapes valid or not
            None if self.family.discrete
                && m == Pointwise::Logcdf
                && x - self.loc >= (self.family.raw_upper)(&self.shapes) =>
            {
                0.0
            }
            None => f64::NAN,
            Some(Model::Continuous(d)) => continuous_value(d.as_ref(), m, x, self.loc, self.scale),
            Some(Model::Discrete(d)) => discrete_value(d.as_ref(), m, x, self.loc),
        }
    }

    /// The model, when the parameters (loc included) are valid.
    fn valid_model(&self) -> Option<&Model> {
        if self.loc.is_nan() {
            return None;
        }
        self.model.as_ref()
    }

    /// Mean, variance, skewness and kurtosis (`stats(moments=...)`); entries
    /// not `wanted` are NaN, and only the wanted ones are computed.
    pub fn stats(&self, wanted: Wanted) -> Stats {
        match self.valid_model() {
            Some(m) => moments::assemble(m.stats(), &|n| m.munp(n), self.loc, self.scale, wanted),
            None => Stats {
                mean: f64::NAN,
                var: f64::NAN,
                skew: f64::NAN,
                kurtosis: f64::NAN,
            },
        }
    }

    /// `mean()`.
    pub fn mean(&self) -> f64 {
        self.stats(Wanted::only_mean()).mean
    }

    /// `var()`.
    pub fn var(&self) -> f64 {
        self.stats(Wanted::only_var()).var
    }

    /// `std()`: the square root of `var()`.
    pub fn std(&self) -> f64 {
        self.var().sqrt()
    }

    /// `median()`: ppf(0.5).
    pub fn median(&self) -> f64 {
        self.evaluate(Pointwise::Ppf, 0.5)
    }

    /// `moment(order)`, the non-central moment E[X^order].
    pub fn moment(&self, order: u32) -> f64 {
        match self.valid_model() {
            Some(m) => moments::noncentral_moment(
                order,
                m.moment_stats(order),
                &|n| m.munp(n),
                self.loc,
                self.scale,
            ),
            None => f64::NAN,
        }
    }

    /// `entropy()`: the family's entropy plus log(scale).
    pub fn entropy(&self) -> f64 {
        if self.loc.is_nan() {
            return f64::NAN;
        }
        match &self.model {
            None => f64::NAN,
            Some(Model::Continuous(d)) => d.entropy() + self.scale.ln(),
            Some(Model::Discrete(d)) => d.entropy(),
        }
    }

    /// `interval(confidence)`: (ppf((1 - c)/2), ppf((1 + c)/2)). Errors:
    /// `InvalidArgument` for c outside [0, 1] (SciPy's ValueError); NaN c
    /// gives NaN ends.
    pub fn interval(&self, confidence: f64) -> Result<(f64, f64)> {
        if !(0.0..=1.0).contains(&confidence) && !confidence.is_nan() {
            return Err(Error::invalid("alpha must be between 0 and 1 inclusive"));
        }
        let q1 = (1.0 - confidence) / 2.0;
        let q2 = (1.0 + confidence) / 2.0;
        Ok((
            self.evaluate(Pointwise::Ppf, q1),
            self.evaluate(Pointwise::Ppf, q2),
        ))
    }

    /// `expect(func, lb=, ub=, conditional=)`: E[func(X)] (func `None` =
    /// the identity). Errors: the callback's own.
    pub fn expect(&self, func: expect::Integrand, options: &expect::ExpectOptions) -> Result<f64> {
        expect::expect(self, func, options)
    }

    /// `support()`: the ends of the support after loc/scale (NaN when the
    /// parameters are invalid).
    pub fn support(&self) -> (f64, f64) {
        match &self.model {
            None => (f64::NAN, f64::NAN),
            Some(Model::Continuous(d)) => {
                let (a, b) = d.support();
                (a * self.scale + self.loc, b * self.scale + self.loc)
            }
            Some(Model::Discrete(d)) => {
                let (a, b) = d.support();
                (a + self.loc, b + self.loc)
            }
        }
    }
}

impl Wanted {
    /// Every statistic.
    pub fn all() -> Self {
        Wanted {
            mean: true,
            var: true,
            skew: true,
            kurtosis: true,
        }
    }

    fn only_mean() -> Self {
        Wanted {
            mean: true,
            var: false,
            skew: false,
            kurtosis: false,
        }
    }

    fn only_var() -> Self {
        Wanted {
            mean: false,
            var: true,
            skew: false,
            kurtosis: false,
        }
    }
}

/// `rv_continuous.<m>(x, loc=loc, scale=scale)` for one point.
fn continuous_value(d: &dyn Continuous, m: Pointwise, x: f64, loc: f64, scale: f64) -> f64 {
    let (a, b) = d.support();
    if matches!(m, Pointwise::Ppf | Pointwise::Isf) {
        return continuous_quantile(d, m, x, loc, scale);
    }
    let y = (x - loc) / scale;
    if y.is_nan() {
        return f64::NAN;
    }
    let closed = d.in_support(y);
    let open = a < y && y < b;
    match m {
        Pointwise::Pdf => {
            if closed {
                d.pdf(y) / scale
            } else {
                0.0
            }
        }
        Pointwise::Logpdf => {
            if closed {
                d.logpdf(y) - scale.ln()
            } else {
                f64::NEG_INFINITY
            }
        }
        Pointwise::Cdf => {
            if open {
                d.cdf(y)
            } else if y >= b {
                1.0
            } else {
                0.0
            }
        }
        Pointwise::Logcdf => {
            if open {
                d.logcdf(y)
            } else if y >= b {
                0.0
            } else {
                f64::NEG_INFINITY
            }
        }
        Pointwise::Sf => {
            if open {
                d.sf(y)
            } else if y <= a {
                1.0
            } else {
                0.0
            }
        }
        Pointwise::Logsf => {
            if open {
                d.logsf(y)
            } else if y <= a {
                0.0
            } else {
                f64::NEG_INFINITY
            }
        }
        _ => f64::NAN,
    }
}

/// `rv_continuous.ppf` / `isf` for one probability.
fn continuous_quantile(d: &dyn Continuous, m: Pointwise, q: f64, loc: f64, scale: f64) -> f64 {
    if loc.is_nan() {
        return f64::NAN;
    }
    let (a, b) = d.support();
    let (at_zero, at_one) = if m == Pointwise::Ppf { (a, b) } else { (b, a) };
    if q > 0.0 && q < 1.0 {
        let y = if m == Pointwise::Ppf {
            d.ppf(q)
        } else {
            d.isf(q)
        };
        y * scale + loc
    } else if q == 0.0 {
        at_zero * scale + loc
    } else if q == 1.0 {
        at_one * scale + loc
    } else {
        f64::NAN
    }
}

/// `rv_discrete.<m>(k, loc=loc)` for one point.
fn discrete_value(d: &dyn Discrete, m: Pointwise, x: f64, loc: f64) -> f64 {
    let (a, b) = d.support();
    if matches!(m, Pointwise::Ppf | Pointwise::Isf) {
        if loc.is_nan() {
            return f64::NAN;
        }
        let (at_zero, at_one) = if m == Pointwise::Ppf {
            (a - 1.0, b)
        } else {
            (b, a - 1.0)
        };
        return if x > 0.0 && x < 1.0 {
            (if m == Pointwise::Ppf {
                d.ppf(x)
            } else {
                d.isf(x)
            }) + loc
        } else if x == 0.0 {
            at_zero + loc
        } else if x == 1.0 {
            at_one + loc
        } else {
            f64::NAN
        };
    }
    let k = x - loc;
    if k.is_nan() {
        return f64::NAN;
    }
    let mass = a <= k && k <= b && k.floor() == k;
    let inside = a <= k && k < b;
    match m {
        Pointwise::Pmf => {
            if mass {
                d.pmf(k).clamp(0.0, 1.0)
            } else {
                0.0
            }
        }
        Pointwise::Logpmf => {
            if mass {
                d.logpmf(k)
            } else {
                f64::NEG_INFINITY
            }
        }
        Pointwise::Cdf => {
            if k >= b {
                1.0
            } else if inside && k.is_finite() {
                d.cdf(k).clamp(0.0, 1.0)
            } else {
                0.0
            }
        }
        Pointwise::Logcdf => {
            if k >= b {
                0.0
            } else if inside {
                d.logcdf(k)
            } else {
                f64::NEG_INFINITY
            }
        }
        Pointwise::Sf => {
            if k < a || k == f64::NEG_INFINITY {
                1.0
            } else if inside && k.is_finite() {
                d.sf(k).clamp(0.0, 1.0)
            } else {
                0.0
            }
        }
        Pointwise::Logsf => {
            if k < a {
                0.0
            } else if inside {
                d.logsf(k)
            } else {
                f64::NEG_INFINITY
            }
        }
        _ => f64::NAN,
    }
}
