//! Wynn's epsilon algorithm as QUADPACK's QELG keeps it: the two lower
//! diagonals of the condensed epsilon table of the sequence of area
//! approximations, and the last three extrapolated results.
//!
//! The tests keep QUADPACK's form (`!(x > y)`) so that NaN takes its branches.
#![allow(clippy::neg_cmp_op_on_partial_ord)]

use super::kronrod::EPMACH;

/// Most elements the table holds before its upper diagonal is dropped
/// (QUADPACK's `limexp`, as a 0-based index).
const LIMEXP: usize = 49;

/// The epsilon table of QUADPACK's adaptive drivers (their `rlist2`,
/// `numrl2`, `res3la` and `nres`).
pub(super) struct EpsilonTable {
    /// The table, numbered from the right-hand corner of the triangle.
    table: [f64; LIMEXP + 3],
    /// Index of the newest element of the first column.
    n: usize,
    /// Calls of [`EpsilonTable::extrapolate`] so far.
    calls: usize,
    /// The last three extrapolated results.
    last3: [f64; 3],
}

impl EpsilonTable {
    /// A table whose sequence starts with `first` and `second`.
    pub(super) fn new(first: f64, second: f64) -> Self {
        let mut table = [0.0; LIMEXP + 3];
        table[0] = first;
        table[1] = second;
        EpsilonTable {
            table,
            n: 1,
            calls: 0,
            last3: [0.0; 3],
        }
    }

    /// Whether the table has collapsed to one element, so extrapolation is
    /// no longer worth trying.
    pub(super) fn exhausted(&self) -> bool {
        self.n == 0
    }

    /// Appends `area` to the sequence and returns the extrapolated limit
    /// with its error estimate (from the last three results once there are
    /// four; f64::MAX before).
    pub(super) fn extrapolate(&mut self, area: f64) -> (f64, f64) {
        self.n += 1;
        self.table[self.n] = area;
        self.calls += 1;
        let (result, abserr) = self.advance();
        (result, abserr.max(5.0 * EPMACH * result.abs()))
    }

    /// Computes the new diagonal (QELG before its final floor on the error).
    fn advance(&mut self) -> (f64, f64) {
        let start = self.n;
        let newest = self.table[start];
        if start < 2 {
            return (newest, f64::MAX);
        }
        let t = &mut self.table;
        t[start + 2] = t[start];
        let newelm = start / 2;
        t[start] = f64::MAX;
        let (mut result, mut abserr) = (newest, f64::MAX);
        let mut k1 = start;
        for i in 0..newelm {
            let (e0, e1, e2) = (t[k1 - 2], t[k1 - 1], t[k1 + 2]);
            let e1abs = e1.abs();
            let delta2 = e2 - e1;
            let err2 = delta2.abs();
            let tol2 = e2.abs().max(e1abs) * EPMACH;
            let delta3 = e1 - e0;
            let err3 = delta3.abs();
            let tol3 = e1abs.max(e0.abs()) * EPMACH;
            if !(err2 > tol2 || err3 > tol3) {
                // e0, e1 and e2 agree to machine accuracy: converged.
                return (e2, err2 + err3);
            }
            let e3 = t[k1];
            t[k1] = e1;
            let delta1 = e1 - e3;
            let err1 = delta1.abs();
            let tol1 = e1abs.max(e3.abs()) * EPMACH;
            // Two close elements or an irregular table: drop its tail.
            if err1 <= tol1 || err2 <= tol2 || err3 <= tol3 {
                self.n = 2 * i;
                break;
            }
            let ss = 1.0 / delta1 + 1.0 / delta2 - 1.0 / delta3;
            if !((ss * e1).abs() > 1e-4) {
                self.n = 2 * i;
                break;
            }
            let res = e1 + 1.0 / ss;
            t[k1] = res;
            k1 -= 2;
            let error = err2 + (res - e2).abs() + err3;
            if !(error > abserr) {
                abserr = error;
                result = res;
            }
        }
        self.shift(start, newelm);
        (result, self.record(result))
    }

    /// Shifts the table after a new diagonal from `start` with `newelm`
    /// new elements, keeping only what the next diagonal needs.
    fn shift(&mut self, start: usize, newelm: usize) {
        if self.n == LIMEXP {
            self.n = 2 * (LIMEXP / 2);
        }
        let t = &mut self.table;
        let parity = start % 2;
        for i in 0..=newelm {
            t[2 * i + parity] = t[2 * i + 2 + parity];
        }
        if self.n != start {
            let offset = start - self.n;
            t.copy_within(offset..=offset + self.n, 0);
        }
    }

    /// Records `result` among the last three and returns the error estimate
    /// from them (f64::MAX until three are known).
    fn record(&mut self, result: f64) -> f64 {
        if self.calls < 4 {
            self.last3[self.calls - 1] = result;
            return f64::MAX;
        }
        let [r0, r1, r2] = self.last3;
        let abserr = (result - r2).abs() + (result - r1).abs() + (result - r0).abs();
        self.last3 = [r1, r2, result];
        abserr
    }
}
