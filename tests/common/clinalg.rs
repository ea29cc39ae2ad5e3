//! Complex strided test matrices for the linalg tests: `sciport_cmat` views
//! over buffers in the layouts of `MatLayout`, with the slots outside the
//! view (and, before a call, inside it) holding `UNSET`.

use num_complex::Complex64;

use sciport::capi::views::{sciport_cmat, sciport_complex};

use serde_json::Value;

use super::linalg::{MatLayout, TMat};
use super::linalg_cases::shaped;

/// What an output slot holds before a call (recognizably never a result).
pub const UNSET: sciport_complex = sciport_complex {
    re: -12345.678,
    im: 98765.4,
};

/// A complex r x c buffer in one of the layouts of `MatLayout`.
pub struct CBuf {
    pub buf: Vec<sciport_complex>,
    pub r: usize,
    pub c: usize,
    rs: isize,
    cs: isize,
    off: usize,
}

impl CBuf {
    /// A buffer of `UNSET`s.
    pub fn new(r: usize, c: usize, layout: MatLayout) -> CBuf {
        let t = TMat::filled(r, c, layout);
        CBuf {
            buf: vec![UNSET; t.buf.len()],
            r,
            c,
            rs: t.rs,
            cs: t.cs,
            off: t.off,
        }
    }
    /// The matrix with the row-major values `v`.
    pub fn from_rows(v: &[Complex64], r: usize, c: usize, layout: MatLayout) -> CBuf {
        assert_eq!(v.len(), r * c);
        let mut b = CBuf::new(r, c, layout);
        for i in 0..r {
            for j in 0..c {
                let k = b.idx(i, j);
                let z = v[i * c + j];
                b.buf[k] = sciport_complex { re: z.re, im: z.im };
            }
        }
        b
    }
    fn idx(&self, i: usize, j: usize) -> usize {
        (self.off as isize + i as isize * self.rs + j as isize * self.cs) as usize
    }
    /// The view for the C API (valid while `self` lives and is not moved).
    pub fn view(&mut self) -> sciport_cmat {
        sciport_cmat {
            // SAFETY: off is inside buf (one slot for empty matrices).
            data: unsafe { self.buf.as_mut_ptr().add(self.off) },
            nrows: self.r,
            ncols: self.c,
            row_stride: self.rs,
            col_stride: self.cs,
        }
    }
    pub fn get(&self, i: usize, j: usize) -> Complex64 {
        let z = self.buf[self.idx(i, j)];
        Complex64::new(z.re, z.im)
    }
    pub fn col(&self, j: usize) -> Vec<Complex64> {
        (0..self.r).map(|i| self.get(i, j)).collect()
    }
    /// Row-major values of the logical matrix.
    pub fn rows(&self) -> Vec<Complex64> {
        (0..self.r)
            .flat_map(|i| (0..self.c).map(move |j| (i, j)))
            .map(|(i, j)| self.get(i, j))
            .collect()
    }
    /// The buffer's bits (to check an input was not modified).
    pub fn bits(&self) -> Vec<(u64, u64)> {
        self.buf
            .iter()
            .map(|z| (z.re.to_bits(), z.im.to_bits()))
            .collect()
    }
    /// Every slot still `UNSET`.
    pub fn untouched(&self) -> bool {
        self.buf.iter().all(is_unset)
    }
    /// Every slot outside the view still `UNSET`.
    pub fn gaps_untouched(&self) -> bool {
        let mut covered = vec![false; self.buf.len()];
        for i in 0..self.r {
            for j in 0..self.c {
                covered[self.idx(i, j)] = true;
            }
        }
        self.buf
            .iter()
            .zip(&covered)
            .all(|(z, &c)| c || is_unset(z))
    }
}

fn is_unset(z: &sciport_complex) -> bool {
    z.re.to_bits() == UNSET.re.to_bits() && z.im.to_bits() == UNSET.im.to_bits()
}

/// A dense row-major complex matrix for the reference values and residuals.
#[derive(Debug, Clone)]
pub struct CM {
    pub r: usize,
    pub c: usize,
    pub v: Vec<Complex64>,
}

impl CM {
    pub fn zeros(r: usize, c: usize) -> CM {
        CM {
            r,
            c,
            v: vec![Complex64::new(0.0, 0.0); r * c],
        }
    }
    pub fn eye(n: usize) -> CM {
        let mut m = CM::zeros(n, n);
        for i in 0..n {
            m.set(i, i, Complex64::new(1.0, 0.0));
        }
        m
    }
    /// `<key>_re` + i `<key>_im` of a case (or of its "expect").
    pub fn parse(v: &Value, key: &str) -> CM {
        let re = shaped(v, &format!("{key}_re"));
        let im = shaped(v, &format!("{key}_im"));
        CM {
            r: re.r,
            c: re.c,
            v: re
                .v
                .iter()
                .zip(&im.v)
                .map(|(&a, &b)| Complex64::new(a, b))
                .collect(),
        }
    }
    pub fn at(&self, i: usize, j: usize) -> Complex64 {
        self.v[i * self.c + j]
    }
    pub fn set(&mut self, i: usize, j: usize, z: Complex64) {
        self.v[i * self.c + j] = z;
    }
    pub fn from_fn(r: usize, c: usize, f: impl Fn(usize, usize) -> Complex64) -> CM {
        let mut m = CM::zeros(r, c);
        for i in 0..r {
            for j in 0..c {
                m.set(i, j, f(i, j));
            }
        }
        m
    }
    pub fn mul(&self, b: &CM) -> CM {
        assert_eq!(self.c, b.r);
        CM::from_fn(self.r, b.c, |i, j| {
            (0..self.c).map(|k| self.at(i, k) * b.at(k, j)).sum()
        })
    }
    pub fn sub(&self, b: &CM) -> CM {
        CM::from_fn(self.r, self.c, |i, j| self.at(i, j) - b.at(i, j))
    }
    pub fn adjoint(&self) -> CM {
        CM::from_fn(self.c, self.r, |i, j| self.at(j, i).conj())
    }
    pub fn transpose(&self) -> CM {
        CM::from_fn(self.c, self.r, |i, j| self.at(j, i))
    }
    pub fn max_abs(&self) -> f64 {
        self.v.iter().map(|z| z.norm()).fold(0.0, f64::max)
    }
    /// The largest column 1-norm.
    pub fn norm1(&self) -> f64 {
        (0..self.c)
            .map(|j| (0..self.r).map(|i| self.at(i, j).norm()).sum::<f64>())
            .fold(0.0, f64::max)
    }
}
