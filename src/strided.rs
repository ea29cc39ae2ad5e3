//! Safe N-dimensional strided views over slices: the core's counterpart of the
//! C API's `sciport_ndarray`. Strides are in elements and may be negative or zero
//! (zero only for inputs); `offset` is the slice index of element `[0, 0, ..., 0]`.

use crate::error::{Error, ErrorKind, Result};

/// A read-only N-D view: `data[offset + sum(i_k * strides[k])]` is element `i`.
#[derive(Debug, Clone)]
pub struct NdView<'a, T> {
    data: &'a [T],
    offset: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
}

/// A writable N-D view with the same addressing as [`NdView`].
#[derive(Debug)]
pub struct NdViewMut<'a, T> {
    data: &'a mut [T],
    offset: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
}

/// Element strides of a C-order (row-major) array of `shape`.
pub fn c_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = 1isize;
    for (s, &n) in strides.iter_mut().zip(shape).rev() {
        *s = step;
        step *= n.max(1) as isize;
    }
    strides
}

/// Element strides of a Fortran-order (column-major) array of `shape`.
pub fn f_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = 1isize;
    for (s, &n) in strides.iter_mut().zip(shape) {
        *s = step;
        step *= n.max(1) as isize;
    }
    strides
}

/// The lowest and highest element offsets (relative to element `[0,...,0]`)
/// reached by a non-empty array of `shape` and `strides`.
pub fn offset_extent(shape: &[usize], strides: &[isize]) -> (isize, isize) {
    let (mut lo, mut hi) = (0isize, 0isize);
    for (&n, &s) in shape.iter().zip(strides) {
        let reach = s * (n as isize - 1);
        if reach < 0 {
            lo += reach;
        } else {
            hi += reach;
        }
    }
    (lo, hi)
}

fn check_layout(len: usize, offset: usize, shape: &[usize], strides: &[isize]) -> Result<()> {
    if shape.len() != strides.len() {
        return Err(Error::dimension(format!(
            "shape has {} dimensions but strides has {}",
            shape.len(),
            strides.len()
        )));
    }
    if shape.contains(&0) {
        return Ok(());
    }
    let (lo, hi) = offset_extent(shape, strides);
    let first = offset as isize + lo;
    let last = offset as isize + hi;
    if first < 0 || last >= len as isize {
        return Err(Error::dimension(
            "strided view reaches outside its data".to_string(),
        ));
    }
    Ok(())
}

impl<'a, T> NdView<'a, T> {
    /// A view of `data` with the given layout; fails if any element lies outside `data`.
    pub fn new(
        data: &'a [T],
        offset: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
    ) -> Result<Self> {
        check_layout(data.len(), offset, &shape, &strides)?;
        Ok(NdView {
            data,
            offset,
            shape,
            strides,
        })
    }

    /// A C-order view of a contiguous slice.
    pub fn c_order(data: &'a [T], shape: Vec<usize>) -> Result<Self> {
        let strides = c_strides(&shape);
        Self::new(data, 0, shape, strides)
    }

    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Extent of each dimension.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Element stride of each dimension.
    pub fn strides(&self) -> &[isize] {
        &self.strides
    }

    /// Total number of elements.
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    /// True when some dimension is zero.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at relative offset `rel` from element `[0,...,0]`.
    pub fn at(&self, rel: isize) -> &T {
        &self.data[(self.offset as isize + rel) as usize]
    }

    /// The elements in C order, each mapped by `f`, in a new vector; a failed
    /// allocation is `ErrorKind::Allocation`, never an abort.
    pub fn map_to_c_order<U>(&self, f: impl Fn(&T) -> U) -> Result<Vec<U>> {
        let count = self.len();
        let mut out = try_vec(count, "elements for a copy")?;
        let mut index = vec![0usize; self.ndim()];
        let mut rel = 0isize;
        for _ in 0..count {
            out.push(f(self.at(rel)));
            rel = next_c_order(&mut index, &self.shape, &self.strides, rel);
        }
        Ok(out)
    }

    /// The underlying slice and the index of element `[0, ..., 0]` in it.
    pub fn parts(&self) -> (&'a [T], usize) {
        (self.data, self.offset)
    }

    /// The contiguous slice when the view is C-contiguous, else `None`.
    pub fn as_c_contiguous(&self) -> Option<&'a [T]> {
        let n = self.len();
        (is_c_contiguous(&self.shape, &self.strides))
            .then(|| &self.data[self.offset..self.offset + n])
    }
}

impl<'a, T> NdViewMut<'a, T> {
    /// A writable view of `data`; fails if any element lies outside `data`.
    pub fn new(
        data: &'a mut [T],
        offset: usize,
        shape: Vec<usize>,
        strides: Vec<isize>,
    ) -> Result<Self> {
        check_layout(data.len(), offset, &shape, &strides)?;
        Ok(NdViewMut {
            data,
            offset,
            shape,
            strides,
        })
    }

    /// A C-order writable view of a contiguous slice.
    pub fn c_order(data: &'a mut [T], shape: Vec<usize>) -> Result<Self> {
        let strides = c_strides(&shape);
        Self::new(data, 0, shape, strides)
    }

    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Extent of each dimension.
    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    /// Element stride of each dimension.
    pub fn strides(&self) -> &[isize] {
        &self.strides
    }

    /// Total number of elements.
    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    /// True when some dimension is zero.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at relative offset `rel` from element `[0,...,0]`.
    pub fn at_mut(&mut self, rel: isize) -> &mut T {
        &mut self.data[(self.offset as isize + rel) as usize]
    }

    /// The underlying slice and the index of element `[0, ..., 0]` in it.
    pub fn parts_mut(&mut self) -> (&mut [T], usize) {
        (self.data, self.offset)
    }

    /// The contiguous slice when the view is C-contiguous, else `None`.
    pub fn as_c_contiguous_mut(&mut self) -> Option<&mut [T]> {
        let n = self.len();
        if is_c_contiguous(&self.shape, &self.strides) {
            Some(&mut self.data[self.offset..self.offset + n])
        } else {
            None
        }
    }
}

/// An empty vector with room for `capacity` values; a failed allocation is
/// `ErrorKind::Allocation` ("cannot allocate {capacity} {what}"), never an abort.
pub fn try_vec<T>(capacity: usize, what: &str) -> Result<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(capacity).map_err(|_| {
        Error::new(
            ErrorKind::Allocation,
            format!("cannot allocate {capacity} {what}"),
        )
    })?;
    Ok(v)
}

/// Advances the C-order multi-index `index` of a layout by one element and
/// returns the new relative offset (`rel` is the current one); after the
/// last element the index wraps to zeros.
pub fn next_c_order(
    index: &mut [usize],
    shape: &[usize],
    strides: &[isize],
    mut rel: isize,
) -> isize {
    for d in (0..index.len()).rev() {
        index[d] += 1;
        rel += strides[d];
        if index[d] < shape[d] {
            return rel;
        }
        rel -= strides[d] * shape[d] as isize;
        index[d] = 0;
    }
    rel
}

/// True when `strides` are the C-order strides of `shape` (ignoring unit dims).
pub fn is_c_contiguous(shape: &[usize], strides: &[isize]) -> bool {
    let mut step = 1isize;
    for (&n, &s) in shape.iter().zip(strides).rev() {
        if n > 1 && s != step {
            return false;
        }
        step *= n as isize;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strides_of_both_orders() {
        assert_eq!(c_strides(&[2, 3, 4]), vec![12, 4, 1]);
        assert_eq!(f_strides(&[2, 3, 4]), vec![1, 2, 6]);
    }

    #[test]
    fn negative_strides_stay_inside() {
        let data = [0.0f64, 1.0, 2.0, 3.0];
        let v = NdView::new(&data, 3, vec![4], vec![-1]).unwrap();
        assert_eq!(*v.at(-3), 0.0);
        assert!(NdView::new(&data, 2, vec![4], vec![-1]).is_err());
    }
}
