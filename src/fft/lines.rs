//! The batch machinery shared by every transform: the 1-D lines of a strided
//! N-D view along one axis are gathered into a contiguous work buffer (line by
//! line, C order over the other axes), transformed in chunks on up to `workers`
//! threads, and written back to a strided output.

use crate::error::Result;
use crate::strided::{NdView, NdViewMut};
use crate::threads::run_with;
use rayon::prelude::*;

/// Lines handled together when an axis is not contiguous, so that neighbouring
/// lines are read and written in the same sweep (cache friendliness).
const BLOCK: usize = 8;

/// A transform applied to a batch of lines in place (same length in and out).
pub(crate) trait InPlaceOp<T>: Sync {
    /// Length of each line.
    fn len(&self) -> usize;
    /// Transforms every line of `buf` (a whole number of lines).
    fn apply(&self, buf: &mut [T]);
}

/// A transform from lines of `in_len` elements to lines of `out_len` elements.
pub(crate) trait LineOp<I, O>: Sync {
    /// Length of each input line.
    fn in_len(&self) -> usize;
    /// Length of each output line.
    fn out_len(&self) -> usize;
    /// Transforms the lines of `input` (clobbered) into the lines of `output`.
    fn apply(&self, input: &mut [I], output: &mut [O]);
}

/// Relative offsets of the first element of every line along `axis`, C order
/// over the other axes.
pub(crate) fn line_starts(shape: &[usize], strides: &[isize], axis: usize) -> Vec<isize> {
    let dims: Vec<usize> = (0..shape.len()).filter(|&d| d != axis).collect();
    let count: usize = dims.iter().map(|&d| shape[d]).product();
    let mut starts = Vec::with_capacity(count);
    let mut index = vec![0usize; dims.len()];
    let mut rel = 0isize;
    for _ in 0..count {
        starts.push(rel);
        for (j, &d) in dims.iter().enumerate().rev() {
            index[j] += 1;
            rel += strides[d];
            if index[j] < shape[d] {
                break;
            }
            rel -= strides[d] * shape[d] as isize;
            index[j] = 0;
        }
    }
    starts
}

/// Where the lines of one view along one axis are.
#[derive(Clone)]
pub(crate) struct Lines {
    /// Offset of each line's first element.
    pub starts: Vec<isize>,
    /// Element stride along the axis.
    pub stride: isize,
}

impl Lines {
    /// The lines of a view of `shape`/`strides` along `axis`.
    pub(crate) fn new(shape: &[usize], strides: &[isize], axis: usize) -> Lines {
        Lines {
            starts: line_starts(shape, strides, axis),
            stride: strides[axis],
        }
    }

    /// Number of lines.
    pub(crate) fn count(&self) -> usize {
        self.starts.len()
    }
}

/// Copies `take` elements of each line in `starts` from `x` into consecutive
/// lines of `len` elements of `buf`, zero-filling each line's tail.
pub(crate) fn gather<T: Copy + Default>(
    x: &NdView<T>,
    starts: &[isize],
    stride: isize,
    take: usize,
    len: usize,
    buf: &mut [T],
) {
    if stride.unsigned_abs() == 1 || starts.len() < 2 {
        for (&start, line) in starts.iter().zip(buf.chunks_mut(len)) {
            for (k, v) in line[..take].iter_mut().enumerate() {
                *v = *x.at(start + k as isize * stride);
            }
            line[take..].fill(T::default());
        }
        return;
    }
    for (block, lines) in starts.chunks(BLOCK).zip(buf.chunks_mut(BLOCK * len)) {
        for k in 0..take {
            let step = k as isize * stride;
            for (j, &start) in block.iter().enumerate() {
                lines[j * len + k] = *x.at(start + step);
            }
        }
        for line in lines.chunks_mut(len) {
            line[take..].fill(T::default());
        }
    }
}

/// Writes consecutive lines of `len` elements of `buf` into the lines of `out`.
pub(crate) fn scatter<T: Copy>(buf: &[T], len: usize, out: &mut NdViewMut<T>, lines: &Lines) {
    let stride = lines.stride;
    if stride.unsigned_abs() == 1 || lines.count() < 2 {
        for (&start, line) in lines.starts.iter().zip(buf.chunks(len)) {
            for (k, &v) in line.iter().enumerate() {
                *out.at_mut(start + k as isize * stride) = v;
            }
        }
        return;
    }
    for (block, src) in lines.starts.chunks(BLOCK).zip(buf.chunks(BLOCK * len)) {
        for k in 0..len {
            let step = k as isize * stride;
            for (j, &start) in block.iter().enumerate() {
                *out.at_mut(start + step) = src[j * len + k];
            }
        }
    }
}

/// Lines per chunk: one chunk on one thread, a few chunks per thread otherwise.
fn lines_per_chunk(lines: usize, workers: usize) -> usize {
    if workers <= 1 {
        lines.max(1)
    } else {
        lines.div_ceil(workers * 4).max(1)
    }
}

/// Calls `f(first_line, chunk)` on chunks of whole lines of `buf`, on up to
/// `workers` threads.
pub(crate) fn for_chunks<T: Send>(
    buf: &mut [T],
    len: usize,
    workers: usize,
    f: impl Fn(usize, &mut [T]) + Sync + Send,
) {
    let lines = buf.len() / len;
    let per = lines_per_chunk(lines, workers);
    if workers <= 1 || lines <= 1 {
        buf.chunks_mut(per * len)
            .enumerate()
            .for_each(|(i, c)| f(i * per, c));
        return;
    }
    run_with(workers, || {
        buf.par_chunks_mut(per * len)
            .enumerate()
            .for_each(|(i, c)| f(i * per, c));
    });
}

/// Runs an in-place op over the lines of `x` along `axis` (each padded or
/// truncated to `op.len()`), leaving the results in `dst` (lines × len).
pub(crate) fn run_inplace<T: Copy + Default + Send + Sync>(
    x: &NdView<T>,
    axis: usize,
    op: &dyn InPlaceOp<T>,
    workers: usize,
    dst: &mut [T],
) {
    let len = op.len();
    let take = x.shape()[axis].min(len);
    let lines = Lines::new(x.shape(), x.strides(), axis);
    let contiguous = contiguous_lines(x, axis);
    for_chunks(dst, len, workers, |first, chunk| {
        let count = chunk.len() / len;
        match contiguous {
            Some(data) => copy_lines(data, x.shape()[axis], first, take, len, chunk),
            None => gather(
                x,
                &lines.starts[first..first + count],
                lines.stride,
                take,
                len,
                chunk,
            ),
        }
        op.apply(chunk);
    });
}

/// Runs a length-changing op over the lines of `x` along `axis` (each padded or
/// truncated to `op.in_len()`), leaving the results in `dst` (lines × out_len).
pub(crate) fn run_lines<I: Copy + Default + Send + Sync, O: Copy + Send>(
    x: &NdView<I>,
    axis: usize,
    op: &dyn LineOp<I, O>,
    workers: usize,
    dst: &mut [O],
) {
    let (in_len, out_len) = (op.in_len(), op.out_len());
    let take = x.shape()[axis].min(in_len);
    let lines = Lines::new(x.shape(), x.strides(), axis);
    let contiguous = contiguous_lines(x, axis);
    for_chunks(dst, out_len, workers, |first, chunk| {
        let count = chunk.len() / out_len;
        let mut input = vec![I::default(); count * in_len];
        match contiguous {
            Some(data) => copy_lines(data, x.shape()[axis], first, take, in_len, &mut input),
            None => gather(
                x,
                &lines.starts[first..first + count],
                lines.stride,
                take,
                in_len,
                &mut input,
            ),
        }
        op.apply(&mut input, chunk);
    });
}

/// The data of `x` when it is C-contiguous and `axis` is its last axis.
fn contiguous_lines<'a, T>(x: &NdView<'a, T>, axis: usize) -> Option<&'a [T]> {
    if axis + 1 == x.ndim() {
        x.as_c_contiguous()
    } else {
        None
    }
}

/// `gather` for contiguous lines of `line_len` elements starting at line `first`.
fn copy_lines<T: Copy + Default>(
    data: &[T],
    line_len: usize,
    first: usize,
    take: usize,
    len: usize,
    buf: &mut [T],
) {
    let src = data[first * line_len..].chunks(line_len);
    for (line, from) in buf.chunks_mut(len).zip(src) {
        line[..take].copy_from_slice(&from[..take]);
        line[take..].fill(T::default());
    }
}

/// Runs `fill` on a buffer holding `out`'s lines along `axis` (lines × extent)
/// and writes it into `out`; `fill` writes straight into `out` when `out` is
/// C-contiguous and `axis` is its last axis.
pub(crate) fn into_out<T: Copy + Default>(
    out: &mut NdViewMut<T>,
    axis: usize,
    fill: impl FnOnce(&mut [T]),
) {
    if axis + 1 == out.ndim() {
        if let Some(data) = out.as_c_contiguous_mut() {
            fill(data);
            return;
        }
    }
    let len = out.shape()[axis];
    let mut buf = vec![T::default(); out.len()];
    fill(&mut buf);
    let lines = Lines::new(out.shape(), out.strides(), axis);
    scatter(&buf, len, out, &lines);
}

/// An owned C-order N-D array (the intermediate of multi-axis transforms).
pub(crate) struct Owned<T> {
    /// Elements in C order.
    pub data: Vec<T>,
    /// Extent of each dimension.
    pub shape: Vec<usize>,
}

impl<T: Copy + Default> Owned<T> {
    /// A C-order array of `shape` filled by `fill` through its lines along `axis`.
    pub(crate) fn from_lines(
        shape: Vec<usize>,
        axis: usize,
        fill: impl FnOnce(&mut [T]),
    ) -> Result<Self> {
        let mut data = vec![T::default(); shape.iter().product()];
        let mut view = NdViewMut::c_order(&mut data, shape.clone())?;
        into_out(&mut view, axis, fill);
        Ok(Owned { data, shape })
    }

    /// A read-only view of the array.
    pub(crate) fn view(&self) -> Result<NdView<'_, T>> {
        NdView::c_order(&self.data, self.shape.clone())
    }
}

/// Copies `x` into `out` element by element (same shapes).
pub(crate) fn copy_all<T: Copy + Default>(x: &NdView<T>, out: &mut NdViewMut<T>) {
    if x.is_empty() {
        return;
    }
    let axis = x.ndim() - 1;
    let len = x.shape()[axis];
    into_out(out, axis, |dst| {
        let lines = Lines::new(x.shape(), x.strides(), axis);
        gather(x, &lines.starts, lines.stride, len, len, dst);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strided::f_strides;

    #[test]
    fn starts_walk_other_axes_in_c_order() {
        assert_eq!(line_starts(&[2, 3], &[3, 1], 0), vec![0, 1, 2]);
        assert_eq!(line_starts(&[2, 3], &[3, 1], 1), vec![0, 3]);
        assert_eq!(line_starts(&[2, 2, 2], &[4, 2, 1], 1), vec![0, 1, 4, 5]);
        assert!(line_starts(&[0, 3], &[3, 1], 1).is_empty());
    }

    #[test]
    fn gather_pads_and_scatter_restores() {
        let data: Vec<f64> = (0..12).map(f64::from).collect();
        let shape = vec![3, 4];
        let x = NdView::new(&data, 0, shape.clone(), f_strides(&shape)).unwrap();
        let lines = Lines::new(x.shape(), x.strides(), 0);
        let mut buf = vec![-1.0; 4 * 5];
        gather(&x, &lines.starts, lines.stride, 3, 5, &mut buf);
        assert_eq!(&buf[5..10], &[3.0, 4.0, 5.0, 0.0, 0.0]);
        let mut back = vec![0.0; 12];
        let mut out = NdViewMut::new(&mut back, 0, shape.clone(), f_strides(&shape)).unwrap();
        let trimmed: Vec<f64> = buf.chunks(5).flat_map(|l| l[..3].to_vec()).collect();
        scatter(&trimmed, 3, &mut out, &lines);
        assert_eq!(back, data);
    }

    #[test]
    fn copy_all_handles_negative_strides() {
        let data: Vec<f64> = (0..6).map(f64::from).collect();
        let x = NdView::new(&data, 5, vec![2, 3], vec![-3, -1]).unwrap();
        let mut got = vec![0.0; 6];
        let mut out = NdViewMut::c_order(&mut got, vec![2, 3]).unwrap();
        copy_all(&x, &mut out);
        assert_eq!(got, vec![5.0, 4.0, 3.0, 2.0, 1.0, 0.0]);
    }
}
