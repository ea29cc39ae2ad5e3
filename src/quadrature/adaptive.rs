//! The globally adaptive driver shared by QUADPACK's QAGSE (finite range,
//! QK21) and QAGIE (infinite range mapped onto (0, 1], QK15I): bisection of
//! the subinterval with the largest error, Wynn-epsilon extrapolation of the
//! sequence of areas, and QUADPACK's roundoff and divergence tests.
//!
//! The comparisons keep QUADPACK's form (`!(x > y)` rather than `x <= y`)
//! so that a NaN from the integrand takes the same branches as in SciPy.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use super::epsilon::EpsilonTable;
use super::kronrod::{Estimate, EPMACH, UFLOW};
use super::QuadOptions;
use crate::error::Result;

/// A Gauss–Kronrod rule applied to a subinterval [a, b].
pub(super) type Rule<'a> = dyn FnMut(f64, f64) -> Result<Estimate> + 'a;

/// The driver's answer (before the caller adds the evaluation count).
#[derive(Debug, Clone, Copy)]
pub(super) struct Outcome {
    pub value: f64,
    pub abserr: f64,
    /// QUADPACK's final `ier` (0 to 5).
    pub ier: i32,
    /// Number of subintervals produced.
    pub last: usize,
}

/// One subinterval of the partition with its integral and error estimate.
#[derive(Debug, Clone, Copy)]
struct Piece {
    a: f64,
    b: f64,
    value: f64,
    error: f64,
}

/// QUADPACK's `iord` list (subintervals by decreasing error, maintained by
/// QPSRT) and its cursor: `maxerr = iord[nrmax]`, the next to bisect.
struct ErrorOrder {
    iord: Vec<usize>,
    nrmax: usize,
    maxerr: usize,
    errmax: f64,
}

impl ErrorOrder {
    /// Points the cursor at `iord[nrmax]`.
    fn select(&mut self, pieces: &[Piece]) {
        self.maxerr = self.iord[self.nrmax];
        self.errmax = pieces[self.maxerr].error;
    }

    /// QPSRT: inserts the two halves of the bisected subinterval (at
    /// `maxerr` and at the end of `pieces`) into the descending order, top
    /// down for the larger error and bottom up for the smaller; only the
    /// part of the list that the remaining subdivisions can reach is kept
    /// sorted.
    fn insert(&mut self, limit: usize, pieces: &[Piece]) {
        let last = pieces.len();
        self.iord.resize(last, 0);
        if last <= 2 {
            self.iord[..2].copy_from_slice(&[0, 1]);
            return self.select(pieces);
        }
        let err = |i: usize| pieces[i].error;
        let iord = &mut self.iord;
        // The bisected interval's error grew: move the cursor up.
        let errmax = err(self.maxerr);
        while self.nrmax > 0 && errmax > err(iord[self.nrmax - 1]) {
            iord[self.nrmax] = iord[self.nrmax - 1];
            self.nrmax -= 1;
        }
        let jupbn = if last > limit / 2 + 2 {
            limit - last + 2
        } else {
            last - 1
        };
        let jbnd = jupbn - 1;
        let errmin = err(last - 1);
        let Some(i) = (self.nrmax + 1..=jbnd).find(|&i| {
            let stop = errmax >= err(iord[i]);
            if !stop {
                iord[i - 1] = iord[i];
            }
            stop
        }) else {
            iord[jbnd] = self.maxerr;
            iord[jupbn] = last - 1;
            return self.select(pieces);
        };
        iord[i - 1] = self.maxerr;
        let mut k = jbnd;
        let mut slot = i;
        for _ in i..=jbnd {
            if errmin < err(iord[k]) {
                slot = k + 1;
                break;
            }
            iord[k + 1] = iord[k];
            k -= 1;
        }
        iord[slot] = last - 1;
        self.select(pieces)
    }
}

/// What the extrapolation step asks of the main loop.
enum Step {
    Continue,
    Stop,
}

/// The state of QAGSE / QAGIE between bisections (QUADPACK's names).
struct Adaptive<'r, 'f> {
    rule: &'r mut Rule<'f>,
    epsabs: f64,
    epsrel: f64,
    limit: usize,
    /// Width of the whole range.
    width: f64,
    pieces: Vec<Piece>,
    order: ErrorOrder,
    /// Sum of the pieces' integrals and of their errors.
    area: f64,
    errsum: f64,
    errbnd: f64,
    /// The best extrapolated result and its error.
    result: f64,
    abserr: f64,
    /// Integral of |f| over the whole range (first rule application).
    defabs: f64,
    ier: i32,
    ierror: i32,
    iroff: [u32; 3],
    /// Whether |integral| is close to the integral of |f| (no cancellation).
    ksgn_positive: bool,
    ktmin: u32,
    extrap: bool,
    noext: bool,
    small: f64,
    erlarg: f64,
    ertest: f64,
    correc: f64,
    table: Option<EpsilonTable>,
}

/// QUADPACK's adaptive integration of `rule` over [a, b] with extrapolation
/// (QAGSE, or QAGIE on the mapped interval [0, 1]). `qagie` selects QAGIE's
/// strict test of the sign of the integrand (`ksgn`).
pub(super) fn integrate(
    rule: &mut Rule<'_>,
    a: f64,
    b: f64,
    opts: &QuadOptions,
    qagie: bool,
) -> Result<Outcome> {
    let first = rule(a, b)?;
    let (result, abserr) = (first.result, first.abserr);
    let dres = result.abs();
    let errbnd = opts.epsabs.max(opts.epsrel * dres);
    let mut ier = 0;
    if abserr <= 100.0 * EPMACH * first.resabs && abserr > errbnd {
        ier = 2;
    }
    if opts.limit == 1 {
        ier = 1;
    }
    if ier != 0 || (abserr <= errbnd && abserr != first.resasc) || abserr == 0.0 {
        return Ok(Outcome {
            value: result,
            abserr,
            ier,
            last: 1,
        });
    }
    let bound = (1.0 - 50.0 * EPMACH) * first.resabs;
    let state = Adaptive {
        rule,
        epsabs: opts.epsabs,
        epsrel: opts.epsrel,
        limit: opts.limit,
        width: (b - a).abs(),
        pieces: vec![Piece {
            a,
            b,
            value: result,
            error: abserr,
        }],
        order: ErrorOrder {
            iord: vec![0],
            nrmax: 0,
            maxerr: 0,
            errmax: abserr,
        },
        area: result,
        errsum: abserr,
        errbnd,
        result,
        abserr: f64::MAX,
        defabs: first.resabs,
        ier: 0,
        ierror: 0,
        iroff: [0; 3],
        ksgn_positive: if qagie { dres > bound } else { dres >= bound },
        ktmin: 0,
        extrap: false,
        noext: false,
        small: 0.0,
        erlarg: 0.0,
        ertest: 0.0,
        correc: 0.0,
        table: None,
    };
    state.run()
}

impl Adaptive<'_, '_> {
    /// The main loop of QAGSE / QAGIE: bisect until the error bound, a
    /// flag or the subdivision limit stops it.
    fn run(mut self) -> Result<Outcome> {
        for l in 1..self.limit {
            let (erlast, error12, width) = self.bisect(l)?;
            if self.errsum <= self.errbnd {
                return Ok(self.summed(self.ier));
            }
            if self.ier != 0 {
                break;
            }
            if l == 1 {
                self.small = self.width * 0.375;
                self.erlarg = self.errsum;
                self.ertest = self.errbnd;
                self.table = Some(EpsilonTable::new(self.result, self.area));
                continue;
            }
            if self.noext {
                continue;
            }
            self.erlarg -= erlast;
            if width > self.small {
                self.erlarg += error12;
            }
            if !self.extrap {
                // Extrapolate only once the interval to bisect is the smallest.
                if self.width_of(self.order.maxerr) > self.small {
                    continue;
                }
                self.extrap = true;
                self.order.nrmax = 1;
            }
            if self.ierror != 3 && !(self.erlarg <= self.ertest) && self.retarget_large() {
                continue;
            }
            if let Step::Stop = self.extrapolate() {
                break;
            }
        }
        Ok(self.finish())
    }

    /// Width of piece `i`.
    fn width_of(&self, i: usize) -> f64 {
        (self.pieces[i].b - self.pieces[i].a).abs()
    }

    /// Bisects the piece at the cursor (iteration `l`, 1-based count of
    /// bisections), updates the sums, the roundoff counters and flags, and
    /// reorders. Returns the bisected piece's former error, the halves'
    /// error sum and the halves' width.
    fn bisect(&mut self, l: usize) -> Result<(f64, f64, f64)> {
        let maxerr = self.order.maxerr;
        let old = self.pieces[maxerr];
        let (a1, b2) = (old.a, old.b);
        let b1 = 0.5 * (old.a + old.b);
        let a2 = b1;
        let erlast = self.order.errmax;
        let left = (self.rule)(a1, b1)?;
        let right = (self.rule)(a2, b2)?;
        let area12 = left.result + right.result;
        let error12 = left.abserr + right.abserr;
        self.errsum = self.errsum + error12 - erlast;
        self.area = self.area + area12 - old.value;
        if left.resasc != left.abserr && right.resasc != right.abserr {
            if !((old.value - area12).abs() > 1.0e-5 * area12.abs() || error12 < 0.99 * erlast) {
                self.iroff[usize::from(self.extrap)] += 1;
            }
            if l > 9 && error12 > erlast {
                self.iroff[2] += 1;
            }
        }
        self.errbnd = self.epsabs.max(self.epsrel * self.area.abs());
        self.set_flags(l + 1, a1, a2, b2);
        let half = |a: f64, b: f64, e: &Estimate| Piece {
            a,
            b,
            value: e.result,
            error: e.abserr,
        };
        let (lo, hi) = (half(a1, b1, &left), half(a2, b2, &right));
        let (stay, new) = if !(right.abserr > left.abserr) {
            (lo, hi)
        } else {
            (hi, lo)
        };
        self.pieces[maxerr] = stay;
        self.pieces.push(new);
        self.order.insert(self.limit, &self.pieces);
        Ok((erlast, error12, (b1 - a1).abs()))
    }

    /// The roundoff, limit and bad-integrand flags after bisection number
    /// `last - 1` of [a1, b2] at a2.
    fn set_flags(&mut self, last: usize, a1: f64, a2: f64, b2: f64) {
        let [iroff1, iroff2, iroff3] = self.iroff;
        if iroff1 + iroff2 >= 10 || iroff3 >= 20 {
            self.ier = 2;
        }
        if iroff2 >= 5 {
            self.ierror = 3;
        }
        if last == self.limit {
            self.ier = 1;
        }
        if a1.abs().max(b2.abs()) <= (1.0 + 100.0 * EPMACH) * (a2.abs() + 1000.0 * UFLOW) {
            self.ier = 4;
        }
    }

    /// Before extrapolating, looks down the error list for a piece larger
    /// than the smallest to bisect first (QUADPACK's loop to `jupbnd`).
    fn retarget_large(&mut self) -> bool {
        let last = self.pieces.len();
        let jupbnd = if last > 2 + self.limit / 2 {
            self.limit - last + 3
        } else {
            last
        };
        for _ in self.order.nrmax..jupbnd {
            self.order.select(&self.pieces);
            if self.width_of(self.order.maxerr) > self.small {
                return true;
            }
            self.order.nrmax += 1;
        }
        false
    }

    /// Extrapolates the sequence of areas, keeps the result if its error
    /// improved, and prepares the bisection of the smallest interval.
    fn extrapolate(&mut self) -> Step {
        let table = self
            .table
            .as_mut()
            .expect("the epsilon table starts at the first bisection");
        let (reseps, abseps) = table.extrapolate(self.area);
        let exhausted = table.exhausted();
        self.ktmin += 1;
        if self.ktmin > 5 && self.abserr < 1.0e-3 * self.errsum {
            self.ier = 5;
        }
        if !(abseps >= self.abserr) {
            self.ktmin = 0;
            self.abserr = abseps;
            self.result = reseps;
            self.correc = self.erlarg;
            self.ertest = self.epsabs.max(self.epsrel * reseps.abs());
            if self.abserr <= self.ertest {
                return Step::Stop;
            }
        }
        if exhausted {
            self.noext = true;
        }
        if self.ier == 5 {
            return Step::Stop;
        }
        self.order.nrmax = 0;
        self.order.select(&self.pieces);
        self.extrap = false;
        self.small *= 0.5;
        self.erlarg = self.errsum;
        Step::Continue
    }

    /// The sum of the pieces with the summed error and the flag `ier`
    /// (QUADPACK's label 115).
    fn summed(&self, ier: i32) -> Outcome {
        let value = self.pieces.iter().fold(0.0, |s, p| s + p.value);
        self.outcome(value, self.errsum, ier)
    }

    /// The answer with QUADPACK's final `ier` numbering (label 130).
    fn outcome(&self, value: f64, abserr: f64, ier: i32) -> Outcome {
        Outcome {
            value,
            abserr,
            ier: if ier > 2 { ier - 1 } else { ier },
            last: self.pieces.len(),
        }
    }

    /// Chooses between the extrapolated result and the sum of the pieces,
    /// and tests for divergence.
    fn finish(&self) -> Outcome {
        if self.abserr == f64::MAX {
            return self.summed(self.ier);
        }
        let (result, area) = (self.result, self.area);
        let mut abserr = self.abserr;
        let mut ier = self.ier;
        if ier + self.ierror != 0 {
            if self.ierror == 3 {
                abserr += self.correc;
            }
            if ier == 0 {
                ier = 3;
            }
            if result != 0.0 && area != 0.0 {
                if abserr / result.abs() > self.errsum / area.abs() {
                    return self.summed(ier);
                }
            } else if abserr > self.errsum {
                return self.summed(ier);
            } else if area == 0.0 {
                return self.outcome(result, abserr, ier);
            }
        }
        // Test on divergence.
        if !self.ksgn_positive && result.abs().max(area.abs()) <= self.defabs * 0.01 {
            return self.outcome(result, abserr, ier);
        }
        if 0.01 > result / area || result / area > 100.0 || self.errsum > area.abs() {
            ier = 6;
        }
        self.outcome(result, abserr, ier)
    }
}
