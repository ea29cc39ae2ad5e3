//! Helpers for the linalg tests: strided test matrices in several layouts
//! with `sciport_mat` views, the JSON reader of tests/reference/linalg, small
//! dense-matrix arithmetic for residual checks, and error capture.

use std::ffi::CStr;

use serde_json::Value;

use sciport::capi::boundary::{
    sciport_error, sciport_error_free, sciport_error_message, sciport_status,
};
use sciport::capi::views::sciport_mat;

use super::arrays::SENTINEL;

/// How a logical matrix is laid out in its buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatLayout {
    /// Row-major, contiguous.
    C,
    /// Column-major, contiguous.
    F,
    /// Column-major storage with gaps (strides doubled), both strides
    /// negative: a reversed, transposed view.
    NegGapped,
    /// Row-major with the row order reversed (row stride negative).
    RevRows,
}

/// All layouts, for loops over them.
pub const MAT_LAYOUTS: [MatLayout; 4] = [
    MatLayout::C,
    MatLayout::F,
    MatLayout::NegGapped,
    MatLayout::RevRows,
];

/// A strided matrix owning its buffer (which may contain gaps).
#[derive(Debug, Clone)]
pub struct TMat {
    pub buf: Vec<f64>,
    pub nrows: usize,
    pub ncols: usize,
    pub rs: isize,
    pub cs: isize,
    pub off: usize,
}

impl TMat {
    /// A matrix of `SENTINEL`s in `layout`.
    pub fn filled(nrows: usize, ncols: usize, layout: MatLayout) -> TMat {
        let (r, c) = (nrows as isize, ncols as isize);
        let (len, rs, cs, off) = match layout {
            MatLayout::C => (nrows * ncols, c, 1, 0),
            MatLayout::F => (nrows * ncols, 1, r, 0),
            MatLayout::NegGapped => {
                let off = 2 * (r - 1).max(0) + 2 * r * (c - 1).max(0);
                (2 * nrows * ncols, -2, -2 * r, off as usize)
            }
            MatLayout::RevRows => (nrows * ncols, -c, 1, ((r - 1).max(0) * c) as usize),
        };
        TMat {
            buf: vec![SENTINEL; len.max(1)],
            nrows,
            ncols,
            rs,
            cs,
            off,
        }
    }

    /// The matrix with the row-major values `v` in `layout`.
    pub fn from_rows(v: &[f64], nrows: usize, ncols: usize, layout: MatLayout) -> TMat {
        assert_eq!(v.len(), nrows * ncols);
        let mut m = TMat::filled(nrows, ncols, layout);
        for i in 0..nrows {
            for j in 0..ncols {
                m.set(i, j, v[i * ncols + j]);
            }
        }
        m
    }

    fn idx(&self, i: usize, j: usize) -> usize {
        (self.off as isize + i as isize * self.rs + j as isize * self.cs) as usize
    }

    pub fn get(&self, i: usize, j: usize) -> f64 {
        self.buf[self.idx(i, j)]
    }

    pub fn set(&mut self, i: usize, j: usize, v: f64) {
        let k = self.idx(i, j);
        self.buf[k] = v;
    }

    /// The view for the C API (valid while `self` lives and is not moved).
    pub fn view(&mut self) -> sciport_mat {
        sciport_mat {
            // SAFETY: off is inside buf (or buf has one slot for empty matrices).
            data: unsafe { self.buf.as_mut_ptr().add(self.off) },
            nrows: self.nrows,
            ncols: self.ncols,
            row_stride: self.rs,
            col_stride: self.cs,
        }
    }

    /// Row-major values of the logical matrix.
    pub fn rows(&self) -> Vec<f64> {
        let mut out = Vec::with_capacity(self.nrows * self.ncols);
        for i in 0..self.nrows {
            for j in 0..self.ncols {
                out.push(self.get(i, j));
            }
        }
        out
    }

    /// Whether every buffer slot outside the view still holds `SENTINEL`.
    pub fn gaps_untouched(&self) -> bool {
        let mut covered = vec![false; self.buf.len()];
        for i in 0..self.nrows {
            for j in 0..self.ncols {
                covered[self.idx(i, j)] = true;
            }
        }
        self.buf
            .iter()
            .zip(&covered)
            .all(|(v, &c)| c || v.to_bits() == SENTINEL.to_bits())
    }

    /// Whether the whole buffer still holds `SENTINEL`.
    pub fn all_sentinel(&self) -> bool {
        self.buf.iter().all(|v| v.to_bits() == SENTINEL.to_bits())
    }
}

/// A JSON number, or one of the strings "nan", "inf", "-inf".
pub fn num(v: &Value) -> f64 {
    match v {
        Value::String(s) => match s.as_str() {
            "nan" => f64::NAN,
            "inf" => f64::INFINITY,
            "-inf" => f64::NEG_INFINITY,
            other => panic!("bad number string {other:?}"),
        },
        _ => v.as_f64().unwrap_or_else(|| panic!("not a number: {v}")),
    }
}

/// A vector of numbers.
pub fn nums(v: &Value) -> Vec<f64> {
    v.as_array().expect("array").iter().map(num).collect()
}

/// A dense row-major matrix read from the reference data.
#[derive(Debug, Clone)]
pub struct Dense {
    pub r: usize,
    pub c: usize,
    pub v: Vec<f64>,
}

impl Dense {
    /// Parses a nested list (list of rows); `[]` is 0 x 0 unless `shape` says
    /// otherwise.
    pub fn parse(v: &Value) -> Dense {
        let rows = v.as_array().expect("matrix rows");
        let r = rows.len();
        let c = rows
            .first()
            .map_or(0, |row| row.as_array().expect("row").len());
        let mut out = Vec::with_capacity(r * c);
        for row in rows {
            let row = nums(row);
            assert_eq!(row.len(), c, "ragged matrix");
            out.extend(row);
        }
        Dense { r, c, v: out }
    }

    pub fn zeros(r: usize, c: usize) -> Dense {
        Dense {
            r,
            c,
            v: vec![0.0; r * c],
        }
    }

    pub fn eye(n: usize) -> Dense {
        let mut d = Dense::zeros(n, n);
        for i in 0..n {
            d.v[i * n + i] = 1.0;
        }
        d
    }

    pub fn at(&self, i: usize, j: usize) -> f64 {
        self.v[i * self.c + j]
    }

    pub fn set(&mut self, i: usize, j: usize, x: f64) {
        self.v[i * self.c + j] = x;
    }

    pub fn t(&self) -> Dense {
        let mut o = Dense::zeros(self.c, self.r);
        for i in 0..self.r {
            for j in 0..self.c {
                o.set(j, i, self.at(i, j));
            }
        }
        o
    }

    pub fn mul(&self, b: &Dense) -> Dense {
        assert_eq!(self.c, b.r);
        let mut o = Dense::zeros(self.r, b.c);
        for i in 0..self.r {
            for k in 0..self.c {
                let a = self.at(i, k);
                for j in 0..b.c {
                    o.v[i * b.c + j] += a * b.at(k, j);
                }
            }
        }
        o
    }

    pub fn sub(&self, b: &Dense) -> Dense {
        assert_eq!((self.r, self.c), (b.r, b.c));
        Dense {
            r: self.r,
            c: self.c,
            v: self.v.iter().zip(&b.v).map(|(x, y)| x - y).collect(),
        }
    }

    /// Columns `0..m`.
    pub fn cols(&self, m: usize) -> Dense {
        let mut o = Dense::zeros(self.r, m);
        for i in 0..self.r {
            for j in 0..m {
                o.set(i, j, self.at(i, j));
            }
        }
        o
    }

    /// Rows `0..m`.
    pub fn top(&self, m: usize) -> Dense {
        Dense {
            r: m,
            c: self.c,
            v: self.v[..m * self.c].to_vec(),
        }
    }

    /// Largest magnitude.
    pub fn max_abs(&self) -> f64 {
        self.v.iter().fold(0.0f64, |m, x| m.max(x.abs()))
    }

    /// Infinity norm (largest row sum).
    pub fn norm_inf(&self) -> f64 {
        (0..self.r)
            .map(|i| (0..self.c).map(|j| self.at(i, j).abs()).sum::<f64>())
            .fold(0.0, f64::max)
    }

    /// 1-norm (largest column sum).
    pub fn norm_1(&self) -> f64 {
        self.t().norm_inf()
    }

    pub fn has_nan(&self) -> bool {
        self.v.iter().any(|x| x.is_nan())
    }
}

/// max |QᵀQ - I| over the columns of `q`, in units of rows * eps.
pub fn orthonormality(q: &Dense) -> f64 {
    let g = q.t().mul(q).sub(&Dense::eye(q.c));
    g.max_abs() / (q.r.max(1) as f64 * f64::EPSILON)
}

/// Largest difference relative to the largest magnitude of `want` (1 when
/// `want` is all zeros); infinite on a shape mismatch or NaN in `got`.
pub fn rel_err(got: &[f64], want: &[f64]) -> f64 {
    if got.len() != want.len() {
        return f64::INFINITY;
    }
    let scale = want.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    let scale = if scale > 0.0 { scale } else { 1.0 };
    let mut worst = 0.0f64;
    for (g, w) in got.iter().zip(want) {
        if g.is_nan() != w.is_nan() {
            return f64::INFINITY;
        }
        if !w.is_nan() {
            worst = worst.max((g - w).abs());
        }
    }
    worst / scale
}

/// Status, code stored in the error object and its message, freeing the error.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub status: sciport_status,
    pub message: String,
}

impl Outcome {
    pub fn ok(&self) -> bool {
        self.status == sciport_status::SCIPORT_OK
    }
}

/// Runs `f` with an error slot and captures the outcome.
pub fn capture(f: impl FnOnce(*mut *mut sciport_error) -> sciport_status) -> Outcome {
    let mut err: *mut sciport_error = std::ptr::null_mut();
    let status = f(&mut err);
    let message = if err.is_null() {
        String::new()
    } else {
        // SAFETY: a live error created by sciport; the message is NUL-terminated.
        let m = unsafe { CStr::from_ptr(sciport_error_message(err)) }
            .to_string_lossy()
            .into_owned();
        sciport_error_free(err);
        m
    };
    Outcome { status, message }
}

/// The status class named in the reference data.
pub fn status_named(name: &str) -> sciport_status {
    use sciport_status::*;
    match name {
        "SINGULAR" => SCIPORT_ERR_SINGULAR,
        "INVALID_ARGUMENT" => SCIPORT_ERR_INVALID_ARGUMENT,
        "DIMENSION_MISMATCH" => SCIPORT_ERR_DIMENSION_MISMATCH,
        "UNKNOWN_NAME" => SCIPORT_ERR_UNKNOWN_NAME,
        other => panic!("unknown status class {other}"),
    }
}
