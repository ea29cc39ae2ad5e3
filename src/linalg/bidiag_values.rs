//! Singular values of an upper bidiagonal matrix by implicit QR sweeps
//! (Demmel and Kahan's algorithm, as LAPACK's `dbdsqr` without vectors):
//! zero-shift sweeps where a shift would cost relative accuracy, shifted
//! sweeps otherwise, chasing towards whichever end holds the smaller entry.
//! O(n²) work, against the O(n³) bidiagonalisation before it.

/// Sweeps allowed per singular value before giving up (LAPACK's MAXITR).
const MAX_SWEEPS_PER_VALUE: usize = 6;

/// The bidiagonal QR iteration did not converge.
#[derive(Debug)]
pub struct NoConvergence;

/// Overwrites `d` (the diagonal, n entries) with the singular values of the
/// upper bidiagonal matrix with superdiagonal `e` (n - 1 entries, destroyed),
/// in descending order. Entries must be finite.
pub fn bidiagonal_singular_values(d: &mut [f64], e: &mut [f64]) -> Result<(), NoConvergence> {
    let n = d.len();
    assert!(
        n == 0 || e.len() + 1 == n,
        "bidiagonal: e must have n - 1 entries"
    );
    if n > 1 {
        Sweeper::new(d, e).run()?;
    }
    d.iter_mut().for_each(|v| *v = v.abs());
    d.sort_by(|a, b| b.total_cmp(a));
    Ok(())
}

/// Relative tolerance of the convergence tests: LAPACK's
/// `max(10, min(100, eps^(-1/8))) · eps` (eps the unit roundoff).
fn relative_tolerance() -> f64 {
    let eps = f64::EPSILON / 2.0;
    10f64.max(100f64.min(eps.powf(-0.125))) * eps
}

/// Which way a sweep chases the bulge through the active block.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    /// From the top row down (the top entry is the larger).
    Down,
    /// From the bottom row up.
    Up,
}

/// State of the iteration on one bidiagonal matrix; the active block is
/// rows `lo..=hi`.
struct Sweeper<'a> {
    d: &'a mut [f64],
    e: &'a mut [f64],
    tol: f64,
    /// Absolute threshold below which an entry counts as zero.
    thresh: f64,
    direction: Direction,
    /// The last block swept, to tell when a new block starts.
    last_block: Option<(usize, usize)>,
}

impl<'a> Sweeper<'a> {
    fn new(d: &'a mut [f64], e: &'a mut [f64]) -> Sweeper<'a> {
        let tol = relative_tolerance();
        let n = d.len();
        let thresh = (tol * smallest_value_estimate(d, e))
            .max(MAX_SWEEPS_PER_VALUE as f64 * (n as f64 * (n as f64 * f64::MIN_POSITIVE)));
        Sweeper {
            d,
            e,
            tol,
            thresh,
            direction: Direction::Down,
            last_block: None,
        }
    }

    /// Deflates from the bottom until every superdiagonal entry is zero.
    fn run(&mut self) -> Result<(), NoConvergence> {
        let n = self.d.len();
        let budget = MAX_SWEEPS_PER_VALUE * n * n;
        let mut work = 0;
        let mut hi = n - 1;
        while hi > 0 {
            if work > budget {
                return Err(NoConvergence);
            }
            let Some((lo, smax)) = self.active_block(hi) else {
                hi -= 1;
                continue;
            };
            if lo + 1 == hi {
                self.deflate_2x2(lo);
                hi = hi.saturating_sub(2);
                continue;
            }
            if self.last_block.is_none_or(|(l, h)| lo > h || hi < l) {
                self.direction = if self.d[lo].abs() >= self.d[hi].abs() {
                    Direction::Down
                } else {
                    Direction::Up
                };
            }
            let Some(smin) = self.converged_or_smin(lo, hi) else {
                continue;
            };
            self.last_block = Some((lo, hi));
            let shift = self.shift(lo, hi, smin, smax);
            work += hi - lo;
            match (shift == 0.0, self.direction) {
                (true, Direction::Down) => self.zero_shift_down(lo, hi),
                (true, Direction::Up) => self.zero_shift_up(lo, hi),
                (false, Direction::Down) => self.shifted_down(lo, hi, shift),
                (false, Direction::Up) => self.shifted_up(lo, hi, shift),
            }
        }
        Ok(())
    }

    /// The top row of the unreduced block ending at `hi` and the largest
    /// magnitude in it; `None` when `e[hi - 1]` is negligible (`d[hi]` has
    /// converged; the entry is set to zero).
    fn active_block(&mut self, hi: usize) -> Option<(usize, f64)> {
        let mut smax = self.d[hi].abs();
        for ll in (0..hi).rev() {
            let (abss, abse) = (self.d[ll].abs(), self.e[ll].abs());
            if abse <= self.thresh {
                self.e[ll] = 0.0;
                if ll + 1 == hi {
                    return None;
                }
                return Some((ll + 1, smax));
            }
            smax = smax.max(abss).max(abse);
        }
        Some((0, smax))
    }

    /// The 2 x 2 block at rows `lo`, `lo + 1`: its singular values directly.
    fn deflate_2x2(&mut self, lo: usize) {
        let (smin, smax) = singular_values_2x2(self.d[lo], self.e[lo], self.d[lo + 1]);
        self.d[lo] = smax;
        self.e[lo] = 0.0;
        self.d[lo + 1] = smin;
    }

    /// Relative convergence tests along the block in the sweep direction:
    /// zeroes a negligible superdiagonal entry and returns `None` (the block
    /// splits), else the estimate of the block's smallest singular value.
    fn converged_or_smin(&mut self, lo: usize, hi: usize) -> Option<f64> {
        let tol = self.tol;
        match self.direction {
            Direction::Down => {
                if self.e[hi - 1].abs() <= tol * self.d[hi].abs() {
                    self.e[hi - 1] = 0.0;
                    return None;
                }
                let mut mu = self.d[lo].abs();
                let mut smin = mu;
                for l in lo..hi {
                    if self.e[l].abs() <= tol * mu {
                        self.e[l] = 0.0;
                        return None;
                    }
                    mu = self.d[l + 1].abs() * (mu / (mu + self.e[l].abs()));
                    smin = smin.min(mu);
                }
                Some(smin)
            }
            Direction::Up => {
                if self.e[lo].abs() <= tol * self.d[lo].abs() {
                    self.e[lo] = 0.0;
                    return None;
                }
                let mut mu = self.d[hi].abs();
                let mut smin = mu;
                for l in (lo..hi).rev() {
                    if self.e[l].abs() <= tol * mu {
                        self.e[l] = 0.0;
                        return None;
                    }
                    mu = self.d[l].abs() * (mu / (mu + self.e[l].abs()));
                    smin = smin.min(mu);
                }
                Some(smin)
            }
        }
    }

    /// The shift: zero when it could spoil the relative accuracy of the
    /// smallest value, else the smaller singular value of the 2 x 2 corner at
    /// the end the sweep finishes.
    fn shift(&self, lo: usize, hi: usize, smin: f64, smax: f64) -> f64 {
        let eps = f64::EPSILON / 2.0;
        let n = self.d.len() as f64;
        if n * self.tol * (smin / smax) <= eps.max(0.01 * self.tol) {
            return 0.0;
        }
        let (sll, (shift, _)) = match self.direction {
            Direction::Down => (
                self.d[lo].abs(),
                singular_values_2x2(self.d[hi - 1], self.e[hi - 1], self.d[hi]),
            ),
            Direction::Up => (
                self.d[hi].abs(),
                singular_values_2x2(self.d[lo], self.e[lo], self.d[lo + 1]),
            ),
        };
        if sll > 0.0 && (shift / sll).powi(2) < eps {
            0.0
        } else {
            shift
        }
    }

    /// One zero-shift QR sweep from row `lo` down to `hi`.
    fn zero_shift_down(&mut self, lo: usize, hi: usize) {
        let (mut cs, mut oldcs, mut oldsn) = (1.0, 1.0, 0.0);
        for i in lo..hi {
            let (c, s, r) = givens(self.d[i] * cs, self.e[i]);
            cs = c;
            if i > lo {
                self.e[i - 1] = oldsn * r;
            }
            let (oc, os, di) = givens(oldcs * r, self.d[i + 1] * s);
            (oldcs, oldsn, self.d[i]) = (oc, os, di);
        }
        let h = self.d[hi] * cs;
        self.d[hi] = h * oldcs;
        self.e[hi - 1] = h * oldsn;
        self.flush(hi - 1);
    }

    /// One zero-shift QR sweep from row `hi` up to `lo`.
    fn zero_shift_up(&mut self, lo: usize, hi: usize) {
        let (mut cs, mut oldcs, mut oldsn) = (1.0, 1.0, 0.0);
        for i in (lo + 1..=hi).rev() {
            let (c, s, r) = givens(self.d[i] * cs, self.e[i - 1]);
            cs = c;
            if i < hi {
                self.e[i] = oldsn * r;
            }
            let (oc, os, di) = givens(oldcs * r, self.d[i - 1] * s);
            (oldcs, oldsn, self.d[i]) = (oc, os, di);
        }
        let h = self.d[lo] * cs;
        self.d[lo] = h * oldcs;
        self.e[lo] = h * oldsn;
        self.flush(lo);
    }

    /// One shifted QR sweep from row `lo` down to `hi`.
    fn shifted_down(&mut self, lo: usize, hi: usize, shift: f64) {
        let (d, e) = (&mut *self.d, &mut *self.e);
        let mut f = (d[lo].abs() - shift) * (1f64.copysign(d[lo]) + shift / d[lo]);
        let mut g = e[lo];
        for i in lo..hi {
            let (cosr, sinr, r) = givens(f, g);
            if i > lo {
                e[i - 1] = r;
            }
            f = cosr * d[i] + sinr * e[i];
            e[i] = cosr * e[i] - sinr * d[i];
            g = sinr * d[i + 1];
            d[i + 1] *= cosr;
            let (cosl, sinl, r) = givens(f, g);
            d[i] = r;
            f = cosl * e[i] + sinl * d[i + 1];
            d[i + 1] = cosl * d[i + 1] - sinl * e[i];
            if i + 1 < hi {
                g = sinl * e[i + 1];
                e[i + 1] *= cosl;
            }
        }
        e[hi - 1] = f;
        self.flush(hi - 1);
    }

    /// One shifted QR sweep from row `hi` up to `lo`.
    fn shifted_up(&mut self, lo: usize, hi: usize, shift: f64) {
        let (d, e) = (&mut *self.d, &mut *self.e);
        let mut f = (d[hi].abs() - shift) * (1f64.copysign(d[hi]) + shift / d[hi]);
        let mut g = e[hi - 1];
        for i in (lo + 1..=hi).rev() {
            let (cosr, sinr, r) = givens(f, g);
            if i < hi {
                e[i] = r;
            }
            f = cosr * d[i] + sinr * e[i - 1];
            e[i - 1] = cosr * e[i - 1] - sinr * d[i];
            g = sinr * d[i - 1];
            d[i - 1] *= cosr;
            let (cosl, sinl, r) = givens(f, g);
            d[i] = r;
            f = cosl * e[i - 1] + sinl * d[i - 1];
            d[i - 1] = cosl * d[i - 1] - sinl * e[i - 1];
            if i > lo + 1 {
                g = sinl * e[i - 2];
                e[i - 2] *= cosl;
            }
        }
        e[lo] = f;
        self.flush(lo);
    }

    /// Sets `e[i]` to zero when below the absolute threshold.
    fn flush(&mut self, i: usize) {
        if self.e[i].abs() <= self.thresh {
            self.e[i] = 0.0;
        }
    }
}

/// LAPACK's estimate of the smallest singular value of the bidiagonal
/// matrix (the recurrence of Demmel and Kahan), divided by √n.
fn smallest_value_estimate(d: &[f64], e: &[f64]) -> f64 {
    let mut mu = d[0].abs();
    let mut smin = mu;
    for (di, ei) in d[1..].iter().zip(e) {
        if smin == 0.0 {
            break;
        }
        mu = di.abs() * (mu / (mu + ei.abs()));
        smin = smin.min(mu);
    }
    smin / (d.len() as f64).sqrt()
}

/// The plane rotation `(c, s, r)` with `[c s; -s c] [f; g] = [r; 0]`, `r`
/// taking the sign of `f` (LAPACK's `dlartg`), without needless overflow.
fn givens(f: f64, g: f64) -> (f64, f64, f64) {
    if g == 0.0 {
        return (1.0, 0.0, f);
    }
    if f == 0.0 {
        return (0.0, 1f64.copysign(g), g.abs());
    }
    let sum = f * f + g * g;
    let norm = if sum.is_finite() && sum >= f64::MIN_POSITIVE {
        sum.sqrt()
    } else {
        f.hypot(g)
    };
    let r = norm.copysign(f);
    (f.abs() / norm, g / r, r)
}

/// Singular values `(smin, smax)` of `[f g; 0 h]` (LAPACK's `dlas2`),
/// accurate to a few ulps even when they differ by many orders.
fn singular_values_2x2(f: f64, g: f64, h: f64) -> (f64, f64) {
    let (fa, ga, ha) = (f.abs(), g.abs(), h.abs());
    let (fhmn, fhmx) = (fa.min(ha), fa.max(ha));
    if fhmn == 0.0 {
        let smax = if fhmx == 0.0 {
            ga
        } else {
            let (lo, hi) = (fhmx.min(ga), fhmx.max(ga));
            hi * (1.0 + (lo / hi).powi(2)).sqrt()
        };
        return (0.0, smax);
    }
    if ga < fhmx {
        let s = 1.0 + fhmn / fhmx;
        let t = (fhmx - fhmn) / fhmx;
        let u = (ga / fhmx).powi(2);
        let c = 2.0 / ((s * s + u).sqrt() + (t * t + u).sqrt());
        return (fhmn * c, fhmx / c);
    }
    let u = fhmx / ga;
    if u == 0.0 {
        return ((fhmn * fhmx) / ga, ga);
    }
    let s = 1.0 + fhmn / fhmx;
    let t = (fhmx - fhmn) / fhmx;
    let c = 1.0 / ((1.0 + (s * u).powi(2)).sqrt() + (1.0 + (t * u).powi(2)).sqrt());
    (2.0 * (fhmn * c) * u, ga / (c + c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Singular values of the dense upper bidiagonal matrix as the square
    /// roots of the eigenvalues of BᵀB by Jacobi rotations (an independent
    /// method, for small n).
    fn reference_values(d: &[f64], e: &[f64]) -> Vec<f64> {
        let n = d.len();
        let b = |i: usize, j: usize| {
            if i == j {
                d[i]
            } else if j == i + 1 {
                e[i]
            } else {
                0.0
            }
        };
        let mut a: Vec<Vec<f64>> = (0..n)
            .map(|i| {
                (0..n)
                    .map(|j| (0..n).map(|k| b(k, i) * b(k, j)).sum())
                    .collect()
            })
            .collect();
        for _ in 0..100 {
            for p in 0..n {
                for q in p + 1..n {
                    if a[p][q].abs() < 1e-300 {
                        continue;
                    }
                    let theta = (a[q][q] - a[p][p]) / (2.0 * a[p][q]);
                    let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                    let t = if theta == 0.0 { 1.0 } else { t };
                    let c = 1.0 / (t * t + 1.0).sqrt();
                    let s = t * c;
                    for row in a.iter_mut() {
                        let (akp, akq) = (row[p], row[q]);
                        row[p] = c * akp - s * akq;
                        row[q] = s * akp + c * akq;
                    }
                    let (top, bottom) = a.split_at_mut(q);
                    for (x, y) in top[p].iter_mut().zip(bottom[0].iter_mut()) {
                        let (apk, aqk) = (*x, *y);
                        *x = c * apk - s * aqk;
                        *y = s * apk + c * aqk;
                    }
                }
            }
        }
        let mut s: Vec<f64> = (0..n).map(|i| a[i][i].max(0.0).sqrt()).collect();
        s.sort_by(|x, y| y.total_cmp(x));
        s
    }

    fn check(d: &[f64], e: &[f64]) {
        let expected = reference_values(d, e);
        let (mut dd, mut ee) = (d.to_vec(), e.to_vec());
        bidiagonal_singular_values(&mut dd, &mut ee).unwrap();
        let smax = expected[0].max(1e-300);
        for (got, want) in dd.iter().zip(&expected) {
            assert!((got - want).abs() <= 1e-13 * smax, "{dd:?} vs {expected:?}");
        }
    }

    #[test]
    fn matches_the_eigenvalues_of_the_normal_matrix() {
        check(&[3.0], &[]);
        check(&[1.0, 2.0], &[0.5]);
        check(&[-2.0, 0.0, 1.0, 4.0], &[1.0, -3.0, 0.0]);
        check(&[0.0, 0.0, 0.0], &[1.0, 1.0]);
        let d: Vec<f64> = (0..12)
            .map(|i| ((i * 7 % 5) as f64 - 2.0) * 0.7 + 0.1)
            .collect();
        let e: Vec<f64> = (0..11).map(|i| ((i * 3 % 4) as f64 - 1.5) * 1.3).collect();
        check(&d, &e);
    }

    #[test]
    fn graded_matrix_keeps_tiny_values_to_relative_accuracy() {
        // d_i = 10^-i, e_i = 10^-(i+1): singular values spread over 30
        // decades; each must keep about full relative accuracy.
        let n: usize = 30;
        let d: Vec<f64> = (0..n).map(|i| 10f64.powi(-(i as i32))).collect();
        let e: Vec<f64> = (0..n - 1).map(|i| 10f64.powi(-(i as i32) - 1)).collect();
        let (mut dd, mut ee) = (d.clone(), e.clone());
        bidiagonal_singular_values(&mut dd, &mut ee).unwrap();
        // The product of the singular values is |det B| = Π |d_i|.
        let log_det: f64 = d.iter().map(|v| v.abs().log10()).sum();
        let log_prod: f64 = dd.iter().map(|v| v.log10()).sum();
        assert!(
            (log_det - log_prod).abs() < 1e-12,
            "{log_det} vs {log_prod}"
        );
        assert!(dd.windows(2).all(|w| w[0] >= w[1]));
    }
}
