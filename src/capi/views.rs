//! Strided array views of the C API and their constructors. Strides count
//! elements (not bytes) and may be negative; a view never owns its memory.
//!
//! Aliasing: an output view may overlap its input view only where SciPy allows
//! `overwrite_x` (the transform then behaves as if the input had been copied
//! first); sciport detects the overlap and copies the input itself.

use crate::capi::boundary::{
    deref, guard, null_error, require_out, sciport_error, sciport_status, slice_in, slice_out,
};
use crate::error::{Error, Result};
use crate::special::elementwise::map;
use crate::strided::{c_strides, f_strides, offset_extent, NdView, NdViewMut};
use num_complex::Complex64;

/// A complex number as two interleaved doubles; layout-compatible with C99
/// `double complex`, Fortran `complex(c_double_complex)`, Julia `ComplexF64`,
/// Go `complex128` and R `complex`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct sciport_complex {
    /// Real part.
    pub re: f64,
    /// Imaginary part.
    pub im: f64,
}

/// A 1-D strided view of doubles: element `i` is `data[i * stride]`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_vec {
    /// Address of element 0 (may be NULL when `len` is 0).
    pub data: *mut f64,
    /// Number of elements.
    pub len: usize,
    /// Distance between consecutive elements, in elements.
    pub stride: isize,
}

/// A 1-D strided view of complex numbers: element `i` is `data[i * stride]`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_cvec {
    /// Address of element 0 (may be NULL when `len` is 0).
    pub data: *mut sciport_complex,
    /// Number of elements.
    pub len: usize,
    /// Distance between consecutive elements, in elements.
    pub stride: isize,
}

/// A 2-D strided view of doubles: element `(i, j)` is
/// `data[i * row_stride + j * col_stride]`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_mat {
    /// Address of element (0, 0).
    pub data: *mut f64,
    /// Number of rows.
    pub nrows: usize,
    /// Number of columns.
    pub ncols: usize,
    /// Step between rows, in elements.
    pub row_stride: isize,
    /// Step between columns, in elements.
    pub col_stride: isize,
}

/// A 2-D strided view of complex numbers (see `sciport_mat`).
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_cmat {
    /// Address of element (0, 0).
    pub data: *mut sciport_complex,
    /// Number of rows.
    pub nrows: usize,
    /// Number of columns.
    pub ncols: usize,
    /// Step between rows, in elements.
    pub row_stride: isize,
    /// Step between columns, in elements.
    pub col_stride: isize,
}

/// An N-D strided view of doubles (DLPack style): element `(i_0, ..., i_{ndim-1})`
/// is `data[sum_k i_k * strides[k]]`. `shape` and `strides` point to `ndim`
/// values each and must stay valid for the duration of the call.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_ndarray {
    /// Address of element (0, ..., 0) (may be NULL when some extent is 0).
    pub data: *mut f64,
    /// Number of dimensions (at least 1 for every sciport function).
    pub ndim: usize,
    /// Extent of each dimension.
    pub shape: *const usize,
    /// Step of each dimension, in elements; may be negative.
    pub strides: *const isize,
}

/// An N-D strided view of complex numbers (see `sciport_ndarray`).
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct sciport_cndarray {
    /// Address of element (0, ..., 0) (may be NULL when some extent is 0).
    pub data: *mut sciport_complex,
    /// Number of dimensions (at least 1 for every sciport function).
    pub ndim: usize,
    /// Extent of each dimension.
    pub shape: *const usize,
    /// Step of each dimension, in elements; may be negative.
    pub strides: *const isize,
}

/// A contiguous 1-D view of `len` doubles at `data` (stride 1).
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_vec_contiguous(data: *mut f64, len: usize) -> sciport_vec {
    sciport_vec {
        data,
        len,
        stride: 1,
    }
}

/// A contiguous 1-D view of `len` complex numbers at `data` (stride 1).
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_cvec_contiguous(data: *mut sciport_complex, len: usize) -> sciport_cvec {
    sciport_cvec {
        data,
        len,
        stride: 1,
    }
}

/// A view of a row-major (C-order) `nrows x ncols` matrix at `data`.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_mat_c_order(data: *mut f64, nrows: usize, ncols: usize) -> sciport_mat {
    sciport_mat {
        data,
        nrows,
        ncols,
        row_stride: ncols as isize,
        col_stride: 1,
    }
}

/// A view of a column-major (Fortran/R/Julia-order) `nrows x ncols` matrix at `data`.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_mat_f_order(data: *mut f64, nrows: usize, ncols: usize) -> sciport_mat {
    sciport_mat {
        data,
        nrows,
        ncols,
        row_stride: 1,
        col_stride: nrows as isize,
    }
}

/// A view of a row-major (C-order) complex `nrows x ncols` matrix at `data`.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_cmat_c_order(
    data: *mut sciport_complex,
    nrows: usize,
    ncols: usize,
) -> sciport_cmat {
    sciport_cmat {
        data,
        nrows,
        ncols,
        row_stride: ncols as isize,
        col_stride: 1,
    }
}

/// A view of a column-major complex `nrows x ncols` matrix at `data`.
///
/// Thread safety: pure function.
#[no_mangle]
pub extern "C" fn sciport_cmat_f_order(
    data: *mut sciport_complex,
    nrows: usize,
    ncols: usize,
) -> sciport_cmat {
    sciport_cmat {
        data,
        nrows,
        ncols,
        row_stride: 1,
        col_stride: nrows as isize,
    }
}

unsafe fn fill_strides(
    ndim: usize,
    shape: *const usize,
    strides: *mut isize,
    order: fn(&[usize]) -> Vec<isize>,
) -> Result<()> {
    if ndim == 0 {
        return Err(Error::invalid("ndim must be at least 1"));
    }
    let shape = slice_in(shape, ndim, "shape")?;
    let out = slice_out(strides, ndim, "strides")?;
    out.copy_from_slice(&order(shape));
    Ok(())
}

/// A view of a C-order (row-major, last index fastest) N-D array of doubles.
///
/// Writes `ndim` element strides into the caller's `strides` buffer and a view
/// referring to `data`, `shape` and `strides` into `*out`; the three buffers must
/// outlive every use of the view.
///
/// Errors: `SCIPORT_ERR_NULL_POINTER` (shape, strides or out NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (ndim = 0). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_ndarray_c_order(
    data: *mut f64,
    ndim: usize,
    shape: *const usize,
    strides: *mut isize,
    out: *mut sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        require_out(out, "out")?;
        fill_strides(ndim, shape, strides, c_strides)?;
        out.write(sciport_ndarray {
            data,
            ndim,
            shape,
            strides,
        });
        Ok(())
    })
}

/// A view of a Fortran-order (column-major, first index fastest) N-D array of doubles.
///
/// Writes `ndim` element strides into the caller's `strides` buffer and a view
/// referring to `data`, `shape` and `strides` into `*out`; the three buffers must
/// outlive every use of the view.
///
/// Errors: `SCIPORT_ERR_NULL_POINTER` (shape, strides or out NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (ndim = 0). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_ndarray_f_order(
    data: *mut f64,
    ndim: usize,
    shape: *const usize,
    strides: *mut isize,
    out: *mut sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        require_out(out, "out")?;
        fill_strides(ndim, shape, strides, f_strides)?;
        out.write(sciport_ndarray {
            data,
            ndim,
            shape,
            strides,
        });
        Ok(())
    })
}

/// A view of a C-order (row-major) N-D array of complex numbers.
///
/// Writes `ndim` element strides into the caller's `strides` buffer and a view
/// referring to `data`, `shape` and `strides` into `*out`; the three buffers must
/// outlive every use of the view.
///
/// Errors: `SCIPORT_ERR_NULL_POINTER` (shape, strides or out NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (ndim = 0). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_cndarray_c_order(
    data: *mut sciport_complex,
    ndim: usize,
    shape: *const usize,
    strides: *mut isize,
    out: *mut sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        require_out(out, "out")?;
        fill_strides(ndim, shape, strides, c_strides)?;
        out.write(sciport_cndarray {
            data,
            ndim,
            shape,
            strides,
        });
        Ok(())
    })
}

/// A view of a Fortran-order (column-major) N-D array of complex numbers.
///
/// Writes `ndim` element strides into the caller's `strides` buffer and a view
/// referring to `data`, `shape` and `strides` into `*out`; the three buffers must
/// outlive every use of the view.
///
/// Errors: `SCIPORT_ERR_NULL_POINTER` (shape, strides or out NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (ndim = 0). Thread safety: reentrant.
#[no_mangle]
pub extern "C" fn sciport_cndarray_f_order(
    data: *mut sciport_complex,
    ndim: usize,
    shape: *const usize,
    strides: *mut isize,
    out: *mut sciport_cndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        require_out(out, "out")?;
        fill_strides(ndim, shape, strides, f_strides)?;
        out.write(sciport_cndarray {
            data,
            ndim,
            shape,
            strides,
        });
        Ok(())
    })
}

/// Most dimensions a view may have (NumPy's limit); larger `ndim` is
/// `SCIPORT_ERR_INVALID_ARGUMENT`.
pub const SCIPORT_MAX_NDIM: usize = 64;

/// Rejects layouts whose element count or memory span cannot exist in this
/// address space (so later index arithmetic cannot overflow).
fn check_size<T>(shape: &[usize], strides: &[isize], name: &str) -> Result<()> {
    let limit = isize::MAX as i128 / std::mem::size_of::<T>().max(1) as i128;
    let mut count: i128 = 1;
    let mut span: i128 = 0;
    for (&n, &s) in shape.iter().zip(strides) {
        count = count.saturating_mul(n as i128).min(limit + 1);
        span = span.saturating_add((s as i128).abs().saturating_mul((n as i128 - 1).max(0)));
    }
    if count > limit || (count > 0 && span >= limit) {
        return Err(Error::invalid(format!(
            "{name}: shape and strides describe more memory than can exist"
        )));
    }
    Ok(())
}

/// True when no two elements of a (non-empty) layout share memory: sorted by
/// |stride|, each dimension's step must clear the span of the smaller ones.
fn addresses_each_once(shape: &[usize], strides: &[isize]) -> bool {
    let mut dims: Vec<(usize, usize)> = shape
        .iter()
        .zip(strides)
        .filter(|(&n, _)| n > 1)
        .map(|(&n, &s)| (s.unsigned_abs(), n))
        .collect();
    dims.sort_unstable();
    let mut span = 0usize;
    for (step, n) in dims {
        if step <= span {
            return false;
        }
        span += step * (n - 1);
    }
    true
}

/// A validated raw N-D view: the layout has been read from C and the memory
/// extent computed, so it can be borrowed safely as an input or an output.
pub struct RawNd<T> {
    base: *mut T,
    len: usize,
    offset: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
}

impl<T: Copy> RawNd<T> {
    /// Reads `(data, ndim, shape, strides)`; `name` is used in error messages.
    ///
    /// # Safety
    /// `shape`/`strides` point to `ndim` values; `data` addresses every element
    /// the layout reaches.
    pub unsafe fn from_parts(
        data: *mut T,
        ndim: usize,
        shape: *const usize,
        strides: *const isize,
        name: &str,
    ) -> Result<Self> {
        if ndim == 0 || ndim > SCIPORT_MAX_NDIM {
            return Err(Error::invalid(format!(
                "{name}.ndim must be between 1 and {SCIPORT_MAX_NDIM}; got {ndim}"
            )));
        }
        let shape = slice_in(shape, ndim, &format!("{name}.shape"))?.to_vec();
        let strides = slice_in(strides, ndim, &format!("{name}.strides"))?.to_vec();
        check_size::<T>(&shape, &strides, name)?;
        if shape.contains(&0) {
            return Ok(RawNd {
                base: data,
                len: 0,
                offset: 0,
                shape,
                strides,
            });
        }
        if data.is_null() {
            return Err(null_error(&format!("{name}.data")));
        }
        let (lo, hi) = offset_extent(&shape, &strides);
        Ok(RawNd {
            base: data.offset(lo),
            len: (hi - lo) as usize + 1,
            offset: (-lo) as usize,
            shape,
            strides,
        })
    }

    /// Extent of each dimension.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    fn byte_range(&self) -> (usize, usize) {
        let start = self.base as usize;
        (start, start + self.len * std::mem::size_of::<T>())
    }

    /// True when the memory extents of `self` and `other` intersect.
    pub fn overlaps<U: Copy>(&self, other: &RawNd<U>) -> bool {
        if self.len == 0 || other.len == 0 {
            return false;
        }
        let (a0, a1) = self.byte_range();
        let (b0, b1) = other.byte_range();
        a0 < b1 && b0 < a1
    }

    /// Borrows the view for reading.
    ///
    /// # Safety
    /// No live mutable borrow of the same memory exists.
    pub unsafe fn view<'a>(&self) -> Result<NdView<'a, T>> {
        let data: &'a [T] = if self.len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(self.base, self.len)
        };
        NdView::new(data, self.offset, self.shape.clone(), self.strides.clone())
    }

    /// Borrows the view for writing; rejects layouts whose elements overlap.
    ///
    /// # Safety
    /// No other live borrow of the same memory exists.
    pub unsafe fn view_mut<'a>(&self, name: &str) -> Result<NdViewMut<'a, T>> {
        if self.len > 0 && !addresses_each_once(&self.shape, &self.strides) {
            return Err(Error::invalid(format!(
                "{name}'s strides make elements share memory; an output must address each element once"
            )));
        }
        let data: &'a mut [T] = if self.len == 0 {
            &mut []
        } else {
            std::slice::from_raw_parts_mut(self.base, self.len)
        };
        NdViewMut::new(data, self.offset, self.shape.clone(), self.strides.clone())
    }

    /// A C-order copy of the viewed elements.
    ///
    /// # Safety
    /// As for [`RawNd::view`].
    pub unsafe fn to_c_order(&self) -> Result<Vec<T>> {
        self.view()?.map_to_c_order(|&v| v)
    }
}

/// Reads a real `sciport_ndarray` argument.
///
/// # Safety
/// `p` is NULL or a valid view (see `sciport_ndarray`).
pub unsafe fn real_nd(p: *const sciport_ndarray, name: &str) -> Result<RawNd<f64>> {
    let v = deref(p, name)?;
    RawNd::from_parts(v.data, v.ndim, v.shape, v.strides, name)
}

/// Reads a complex `sciport_cndarray` argument as `Complex64` elements.
///
/// # Safety
/// `p` is NULL or a valid view (see `sciport_cndarray`).
pub unsafe fn complex_nd(p: *const sciport_cndarray, name: &str) -> Result<RawNd<Complex64>> {
    let v = deref(p, name)?;
    RawNd::from_parts(v.data as *mut Complex64, v.ndim, v.shape, v.strides, name)
}

/// Runs `body` with the input borrowed for reading and the output for writing.
/// When the two overlap (in-place use), the input is first copied so the
/// borrows never alias.
///
/// # Safety
/// Both views satisfy the safety conditions of [`RawNd::view`].
pub unsafe fn with_in_out<I: Copy, O: Copy, R>(
    input: &RawNd<I>,
    output: &RawNd<O>,
    body: impl FnOnce(NdView<'_, I>, NdViewMut<'_, O>) -> Result<R>,
) -> Result<R> {
    if input.overlaps(output) {
        let copy = input.to_c_order()?;
        let view = NdView::c_order(&copy, input.shape().to_vec())?;
        body(view, output.view_mut("out")?)
    } else {
        body(input.view()?, output.view_mut("out")?)
    }
}

/// Reads the input views and `out`, copies any input that overlaps `out`,
/// and applies `f` elementwise with NumPy broadcasting (the loop of every
/// ufunc-like export), on up to `sciport_set_num_threads` threads.
///
/// # Safety
/// Each pointer is NULL or a valid view (see `sciport_ndarray`).
pub unsafe fn apply_elementwise<const K: usize>(
    inputs: [(*const sciport_ndarray, &str); K],
    out: *const sciport_ndarray,
    f: impl Fn([f64; K]) -> f64 + Sync,
) -> Result<()> {
    let mut raws: Vec<RawNd<f64>> = Vec::with_capacity(K);
    for &(p, name) in &inputs {
        raws.push(real_nd(p, name)?);
    }
    let out = real_nd(out, "out")?;
    let mut copies: Vec<Option<Vec<f64>>> = Vec::with_capacity(K);
    for raw in &raws {
        copies.push(if raw.overlaps(&out) {
            Some(raw.to_c_order()?)
        } else {
            None
        });
    }
    let mut views: Vec<NdView<'_, f64>> = Vec::with_capacity(K);
    for (raw, copy) in raws.iter().zip(&copies) {
        views.push(match copy {
            Some(c) => NdView::c_order(c, raw.shape().to_vec())?,
            None => raw.view()?,
        });
    }
    let names: [&str; K] = std::array::from_fn(|k| inputs[k].1);
    let refs: [&NdView<'_, f64>; K] = std::array::from_fn(|k| &views[k]);
    let mut out_view = out.view_mut("out")?;
    map(f, refs, names, &mut out_view, crate::threads::max_threads())
}

const _: () = assert!(std::mem::size_of::<sciport_complex>() == std::mem::size_of::<Complex64>());
