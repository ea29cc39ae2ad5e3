//! Banded solvers on LAPACK's diagonal-ordered storage: `solve_banded`
//! (band LU with partial pivoting, gbsv / gtsv) and `solveh_banded` (band
//! Cholesky, pbsv / ptsv).
//!
//! Storage: `ab[u + i - j, j] == a[i, j]`; the unused corner cells of `ab`
//! are never read.

use super::common::{check_finite, singular};
use crate::error::{Error, Result};
use faer::{Mat, MatRef};

/// Checks `ab`'s columns against `b`'s rows (SciPy's message).
fn require_compatible(ab: MatRef<'_, f64>, b: MatRef<'_, f64>) -> Result<()> {
    if ab.ncols() != b.nrows() {
        return Err(Error::dimension(format!(
            "shapes of ab and b are not compatible: ab is {}x{}, b has {} rows",
            ab.nrows(),
            ab.ncols(),
            b.nrows()
        )));
    }
    Ok(())
}

/// Band matrix with room for LU fill-in: element (i, j), j - (kl + ku) ≤ i
/// ≤ j + kl, at `data[(kl + ku + i - j) + j * ld]`.
struct LuBand {
    data: Vec<f64>,
    ld: usize,
    kl: usize,
    kv: usize,
}

impl LuBand {
    /// Copies `ab` ((l + u + 1) x n) into the wider band.
    fn from_ab(ab: MatRef<'_, f64>, l: usize, u: usize) -> LuBand {
        let n = ab.ncols();
        let kv = l + u;
        let ld = 2 * l + u + 1;
        let mut data = vec![0.0; ld * n];
        for j in 0..n {
            let lo = j.saturating_sub(u);
            let hi = (j + l).min(n - 1);
            for i in lo..=hi {
                data[(kv + i - j) + j * ld] = ab[(u + i - j, j)];
            }
        }
        LuBand {
            data,
            ld,
            kl: l,
            kv,
        }
    }

    fn at(&self, i: usize, j: usize) -> f64 {
        self.data[(self.kv + i - j) + j * self.ld]
    }

    fn at_mut(&mut self, i: usize, j: usize) -> &mut f64 {
        &mut self.data[(self.kv + i - j) + j * self.ld]
    }

    /// LU with partial pivoting in place (LAPACK gbtf2's order; the first
    /// largest entry is the pivot). Returns the pivot rows.
    fn factor(&mut self, n: usize) -> Result<Vec<usize>> {
        let mut piv = Vec::with_capacity(n);
        let mut ju = 0usize;
        for j in 0..n {
            let km = self.kl.min(n - 1 - j);
            let mut jp = 0;
            for i in 1..=km {
                if self.at(j + i, j).abs() > self.at(j + jp, j).abs() {
                    jp = i;
                }
            }
            piv.push(j + jp);
            let pivot = self.at(j + jp, j);
            if pivot == 0.0 {
                return Err(singular("singular matrix"));
            }
            ju = ju.max((j + self.kv - self.kl + jp).min(n - 1));
            if jp != 0 {
                for c in j..=ju {
                    let t = self.at(j, c);
                    *self.at_mut(j, c) = self.at(j + jp, c);
                    *self.at_mut(j + jp, c) = t;
                }
            }
            for i in 1..=km {
                *self.at_mut(j + i, j) /= pivot;
            }
            for c in j + 1..=ju {
                let ujc = self.at(j, c);
                if ujc != 0.0 {
                    for i in 1..=km {
                        let lij = self.at(j + i, j);
                        *self.at_mut(j + i, c) -= lij * ujc;
                    }
                }
            }
        }
        Ok(piv)
    }

    /// Solves with the factors for one right-hand side, in place.
    fn solve(&self, piv: &[usize], x: &mut [f64]) {
        let n = x.len();
        for j in 0..n {
            x.swap(j, piv[j]);
            let km = self.kl.min(n - 1 - j);
            for i in 1..=km {
                x[j + i] -= self.at(j + i, j) * x[j];
            }
        }
        for j in (0..n).rev() {
            let hi = (j + self.kv).min(n - 1);
            let s: f64 = (j + 1..=hi).map(|c| self.at(j, c) * x[c]).sum();
            x[j] = (x[j] - s) / self.at(j, j);
        }
    }
}

/// Applies `solve_one` to each column of `b`, collecting the columns of x.
fn by_column(b: MatRef<'_, f64>, mut solve_one: impl FnMut(&mut [f64])) -> Mat<f64> {
    let mut x = Mat::<f64>::zeros(b.nrows(), b.ncols());
    let mut col = vec![0.0; b.nrows()];
    for k in 0..b.ncols() {
        for (i, v) in col.iter_mut().enumerate() {
            *v = b[(i, k)];
        }
        solve_one(&mut col);
        for (i, v) in col.iter().enumerate() {
            x[(i, k)] = *v;
        }
    }
    x
}

/// `scipy.linalg.solve_banded((l, u), ab, b, check_finite)`: solves
/// `a x = b` for the n x n band matrix stored in the (l + u + 1) x n `ab`.
/// A 1 x 1 system divides by `ab[u, 0]` without a singularity check, as SciPy.
pub fn solve_banded(
    l: usize,
    u: usize,
    ab: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    finite: bool,
) -> Result<Mat<f64>> {
    check_finite(ab, finite, "ab")?;
    check_finite(b, finite, "b")?;
    require_compatible(ab, b)?;
    if l + u + 1 != ab.nrows() {
        return Err(Error::dimension(format!(
            "invalid values for the number of lower and upper diagonals: l+u+1 ({}) does not equal ab.shape[0] ({})",
            l + u + 1,
            ab.nrows()
        )));
    }
    let n = ab.ncols();
    if n == 0 || b.ncols() == 0 {
        return Ok(Mat::zeros(b.nrows(), b.ncols()));
    }
    if n == 1 {
        let d = ab[(u, 0)];
        return Ok(by_column(b, |x| x[0] /= d));
    }
    let mut band = LuBand::from_ab(ab, l, u);
    let piv = band.factor(n)?;
    Ok(by_column(b, |x| band.solve(&piv, x)))
}

/// Lower band Cholesky factor: L(j + d, j) at `data[d + j * (kd + 1)]`.
struct CholBand {
    data: Vec<f64>,
    kd: usize,
}

impl CholBand {
    /// The lower band of the symmetric matrix `ab` stores, upper
    /// (`ab[kd + i - j, j] = a[i, j]`, i ≤ j) or lower (`ab[i - j, j]`, i ≥ j).
    fn from_ab(ab: MatRef<'_, f64>, lower: bool) -> CholBand {
        let (rows, n) = ab.shape();
        let kd = rows - 1;
        let mut data = vec![0.0; rows * n];
        for j in 0..n {
            for d in 0..=kd.min(n - 1 - j) {
                data[d + j * rows] = if lower {
                    ab[(d, j)]
                } else {
                    ab[(kd - d, j + d)]
                };
            }
        }
        CholBand { data, kd }
    }

    fn at(&self, d: usize, j: usize) -> f64 {
        self.data[d + j * (self.kd + 1)]
    }

    fn at_mut(&mut self, d: usize, j: usize) -> &mut f64 {
        &mut self.data[d + j * (self.kd + 1)]
    }

    /// `a = L Lᵀ` in place; fails at the first leading minor that is not
    /// positive definite (1-based in the message, as LAPACK's info).
    fn factor(&mut self, n: usize) -> Result<()> {
        for j in 0..n {
            let ajj = self.at(0, j);
            // NaN fails too, as LAPACK's pbtrf.
            if ajj.is_nan() || ajj <= 0.0 {
                return Err(Error::new(
                    crate::error::ErrorKind::Singular,
                    format!("{}th leading minor not positive definite", j + 1),
                ));
            }
            let ljj = ajj.sqrt();
            *self.at_mut(0, j) = ljj;
            let kn = self.kd.min(n - 1 - j);
            for d in 1..=kn {
                *self.at_mut(d, j) /= ljj;
            }
            for c in 1..=kn {
                let lc = self.at(c, j);
                for r in c..=kn {
                    let lr = self.at(r, j);
                    *self.at_mut(r - c, j + c) -= lr * lc;
                }
            }
        }
        Ok(())
    }

    /// Solves `L Lᵀ x = b` for one right-hand side, in place.
    fn solve(&self, x: &mut [f64]) {
        let n = x.len();
        for j in 0..n {
            x[j] /= self.at(0, j);
            let xj = x[j];
            for d in 1..=self.kd.min(n - 1 - j) {
                x[j + d] -= self.at(d, j) * xj;
            }
        }
        for j in (0..n).rev() {
            let mut s = x[j];
            for d in 1..=self.kd.min(n - 1 - j) {
                s -= self.at(d, j) * x[j + d];
            }
            x[j] = s / self.at(0, j);
        }
    }
}

/// `scipy.linalg.solveh_banded(ab, b, lower, check_finite)`: solves `a x = b`
/// for the symmetric positive definite band matrix stored in the
/// (kd + 1) x n `ab` (upper form by default, lower with `lower`).
pub fn solveh_banded(
    ab: MatRef<'_, f64>,
    b: MatRef<'_, f64>,
    lower: bool,
    finite: bool,
) -> Result<Mat<f64>> {
    check_finite(ab, finite, "ab")?;
    check_finite(b, finite, "b")?;
    require_compatible(ab, b)?;
    if b.nrows() == 0 || b.ncols() == 0 {
        return Ok(Mat::zeros(b.nrows(), b.ncols()));
    }
    if ab.nrows() == 0 {
        return Err(Error::dimension(
            "ab: needs at least one row (the diagonal)",
        ));
    }
    let n = ab.ncols();
    let mut band = CholBand::from_ab(ab, lower);
    band.factor(n)?;
    Ok(by_column(b, |x| band.solve(x)))
}
