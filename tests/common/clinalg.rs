//! Complex strided test matrices for the linalg tests: `sciport_cmat` views
//! over buffers in the layouts of `MatLayout`, with the slots outside the
//! view (and, before a call, inside it) holding `UNSET`.

use num_complex::Complex64;

use sciport::capi::views::{sciport_cmat, sciport_complex};

use super::linalg::{MatLayout, TMat};

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
