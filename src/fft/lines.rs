//! The batch machinery shared by every transform: the 1-D lines of a strided
//! N-D view along one axis are gathered into a contiguous work buffer (line by
//! line, C order over the other axes), transformed in chunks on up to `workers`
//! threads, and written back to a strided output.

use super::plans::lock;
use super::pool::{with_buffer, Pooled};
use crate::error::{Error, ErrorKind, Result};
use crate::strided::{NdView, NdViewMut};
use crate::threads::run_with;
use rayon::prelude::*;
use std::sync::Mutex;

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
    /// Extent of the axis.
    pub len: usize,
}

impl Lines {
    /// The lines of a view of `shape`/`strides` along `axis`.
    pub(crate) fn new(shape: &[usize], strides: &[isize], axis: usize) -> Lines {
        Lines {
            starts: line_starts(shape, strides, axis),
            stride: strides[axis],
            len: shape[axis],
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
    match x.as_c_contiguous() {
        Some(data) if stride > 1 => {
            for (run, part) in panels(starts, len, buf) {
                gather_panel(data, run[0], stride, take, len, part);
            }
        }
        _ => gather_with(|rel| *x.at(rel), starts, stride, take, len, buf),
    }
}

/// Splits `starts` into maximal runs of consecutive offsets (panels: element
/// k of all lines of a run is one contiguous run of a C-order array), each
/// with its lines of `len` elements in `buf`.
fn panels<B: Split>(starts: &[isize], len: usize, buf: B) -> Vec<(&[isize], B)> {
    let mut out = Vec::new();
    let mut rest = buf;
    let mut runs = starts;
    while !runs.is_empty() {
        let n = 1 + runs.windows(2).take_while(|w| w[1] == w[0] + 1).count();
        let (head, tail) = rest.split(n * len);
        out.push((&runs[..n], head));
        rest = tail;
        runs = &runs[n..];
    }
    out
}

/// Slices that split in two at an index (shared and mutable).
trait Split: Sized {
    /// The first `at` elements and the rest.
    fn split(self, at: usize) -> (Self, Self);
}

impl<T> Split for &[T] {
    fn split(self, at: usize) -> (Self, Self) {
        self.split_at(at)
    }
}

impl<T> Split for &mut [T] {
    fn split(self, at: usize) -> (Self, Self) {
        self.split_at_mut(at)
    }
}

/// Elements of each line moved per sweep over a panel: the panel rows of one
/// sweep stay in L1 while every line receives a contiguous run (line buffers
/// are often a power-of-two bytes apart, so writing one element to each line
/// in turn would thrash a cache set).
const TILE: usize = 8;

/// `gather` of a panel of lines out of C-contiguous `data`.
fn gather_panel<T: Copy + Default>(
    data: &[T],
    start: isize,
    stride: isize,
    take: usize,
    len: usize,
    buf: &mut [T],
) {
    let count = buf.len() / len;
    for k0 in (0..take).step_by(TILE) {
        let tile = k0..take.min(k0 + TILE);
        for (j, line) in buf.chunks_mut(len).enumerate() {
            for (k, v) in tile.clone().zip(&mut line[tile.clone()]) {
                *v = data[(start + k as isize * stride) as usize + j];
            }
        }
    }
    debug_assert!(count * len == buf.len());
    for line in buf.chunks_mut(len) {
        line[take..].fill(T::default());
    }
}

/// `scatter` of a panel of lines into C-contiguous `data`.
fn scatter_panel<T: Copy>(buf: &[T], len: usize, data: &mut [T], start: isize, stride: isize) {
    for k0 in (0..len).step_by(TILE) {
        let tile = k0..len.min(k0 + TILE);
        for (j, line) in buf.chunks(len).enumerate() {
            for (k, &v) in tile.clone().zip(&line[tile.clone()]) {
                data[(start + k as isize * stride) as usize + j] = v;
            }
        }
    }
}

/// `gather` reading element offsets through `get`.
fn gather_with<T: Copy + Default>(
    mut get: impl FnMut(isize) -> T,
    starts: &[isize],
    stride: isize,
    take: usize,
    len: usize,
    buf: &mut [T],
) {
    if stride.unsigned_abs() == 1 || starts.len() < 2 {
        for (&start, line) in starts.iter().zip(buf.chunks_mut(len)) {
            for (k, v) in line[..take].iter_mut().enumerate() {
                *v = get(start + k as isize * stride);
            }
            line[take..].fill(T::default());
        }
        return;
    }
    for k0 in (0..take).step_by(TILE) {
        let tile = k0..take.min(k0 + TILE);
        for (&start, line) in starts.iter().zip(buf.chunks_mut(len)) {
            for (k, v) in tile.clone().zip(&mut line[tile.clone()]) {
                *v = get(start + k as isize * stride);
            }
        }
    }
    for line in buf.chunks_mut(len) {
        line[take..].fill(T::default());
    }
}

/// Writes consecutive lines of `len` elements of `buf` into the lines of
/// `out` that start at `starts` and step by `stride`.
pub(crate) fn scatter<T: Copy>(
    buf: &[T],
    len: usize,
    out: &mut NdViewMut<T>,
    starts: &[isize],
    stride: isize,
) {
    if stride > 1 {
        if let Some(data) = out.as_c_contiguous_mut() {
            for (run, part) in panels(starts, len, buf) {
                scatter_panel(part, len, data, run[0], stride);
            }
            return;
        }
    }
    if stride.unsigned_abs() == 1 || starts.len() < 2 {
        for (&start, line) in starts.iter().zip(buf.chunks(len)) {
            for (k, &v) in line.iter().enumerate() {
                *out.at_mut(start + k as isize * stride) = v;
            }
        }
        return;
    }
    for k0 in (0..len).step_by(TILE) {
        let tile = k0..len.min(k0 + TILE);
        for (&start, line) in starts.iter().zip(buf.chunks(len)) {
            for (k, &v) in tile.clone().zip(&line[tile.clone()]) {
                *out.at_mut(start + k as isize * stride) = v;
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
fn for_chunks<T: Send>(
    buf: &mut [T],
    len: usize,
    workers: usize,
    f: &(dyn Fn(usize, &mut [T]) + Sync),
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

/// Bytes of one block of lines that is transformed and scattered while it is
/// still in cache, when lines are not contiguous.
const BLOCK_BYTES: usize = 1 << 19;

/// Lines per block for lines of `len` elements of `T` (at least one).
fn block_lines<T>(len: usize, lines: usize) -> usize {
    (BLOCK_BYTES / (len * std::mem::size_of::<T>()).max(1)).clamp(1, lines.max(1))
}

/// Runs `body(first, count)` for consecutive blocks of `per` lines out of
/// `lines`, on up to `workers` threads.
fn for_blocks(lines: usize, per: usize, workers: usize, body: &(dyn Fn(usize, usize) + Sync)) {
    let blocks = lines.div_ceil(per);
    let run = |b: usize| body(b * per, per.min(lines - b * per));
    if workers <= 1 || blocks <= 1 {
        (0..blocks).for_each(run);
    } else {
        run_with(workers, || (0..blocks).into_par_iter().for_each(run));
    }
}

/// Fills the lines of `out` along `axis`: `fill(first, block)` must write
/// lines `first..` of the result into `block` (a whole number of lines).
/// Contiguous lines are filled in place; otherwise blocks of lines are filled
/// in a pooled buffer and scattered into `out` while they are in cache.
fn fill_lines<O: Pooled + Send + Sync>(
    out: &mut NdViewMut<O>,
    axis: usize,
    workers: usize,
    fill: &(dyn Fn(usize, &mut [O]) + Sync),
) {
    let len = out.shape()[axis];
    if axis + 1 == out.ndim() {
        if let Some(data) = out.as_c_contiguous_mut() {
            for_chunks(data, len, workers, fill);
            return;
        }
    }
    let lines = Lines::new(out.shape(), out.strides(), axis);
    let per = block_lines::<O>(len, lines.count());
    let shared = Mutex::new(out);
    for_blocks(lines.count(), per, workers, &|first, count| {
        with_buffer(count * len, |buf: &mut [O]| {
            fill(first, buf);
            let starts = &lines.starts[first..first + count];
            scatter(buf, len, &mut lock(&shared), starts, lines.stride);
        });
    });
}

/// Fills `block` with lines `first..` of `x` along `axis` (`take` elements
/// each, zero-padded to `len`).
fn load<T: Copy + Default>(
    x: &NdView<T>,
    lines: &Lines,
    contiguous: Option<&[T]>,
    first: usize,
    take: usize,
    len: usize,
    block: &mut [T],
) {
    let count = block.len() / len;
    if take == 0 {
        block.fill(T::default());
        return;
    }
    match contiguous {
        Some(data) => copy_lines(data, lines.len, first, take, len, block),
        None => gather(
            x,
            &lines.starts[first..first + count],
            lines.stride,
            take,
            len,
            block,
        ),
    }
}

/// Applies an in-place op to the lines of `src` along `axis` (each padded or
/// truncated to `op.len()`), writing the results into the lines of `out`.
pub(crate) fn apply_inplace<T: Pooled + Send + Sync>(
    src: &NdView<T>,
    out: &mut NdViewMut<T>,
    axis: usize,
    op: &dyn InPlaceOp<T>,
    workers: usize,
) {
    let len = op.len();
    let take = src.shape()[axis].min(len);
    let contiguous = contiguous_lines(src, axis);
    let lines = source_lines(src, axis, contiguous.is_some());
    fill_lines(out, axis, workers, &|first, block| {
        load(src, &lines, contiguous, first, take, len, block);
        op.apply(block);
    });
}

/// Applies an in-place op to the lines of `out` along `axis` (whose extent is
/// `op.len()`), reading and writing `out` itself.
pub(crate) fn apply_on<T: Pooled + Send + Sync>(
    out: &mut NdViewMut<T>,
    axis: usize,
    op: &dyn InPlaceOp<T>,
    workers: usize,
) {
    let len = out.shape()[axis];
    if axis + 1 == out.ndim() {
        if let Some(data) = out.as_c_contiguous_mut() {
            for_chunks(data, len, workers, &|_, chunk| op.apply(chunk));
            return;
        }
    }
    let lines = Lines::new(out.shape(), out.strides(), axis);
    let per = block_lines::<T>(len, lines.count());
    let shared = Mutex::new(out);
    for_blocks(lines.count(), per, workers, &|first, count| {
        with_buffer(count * len, |buf: &mut [T]| {
            let starts = &lines.starts[first..first + count];
            {
                let mut out = lock(&shared);
                let stride = lines.stride;
                match out.as_c_contiguous_mut() {
                    Some(data) if stride > 1 => {
                        for (run, part) in panels(starts, len, &mut *buf) {
                            gather_panel(data, run[0], stride, len, len, part);
                        }
                    }
                    _ => gather_with(|rel| *out.at_mut(rel), starts, stride, len, len, buf),
                }
            }
            op.apply(buf);
            scatter(buf, len, &mut lock(&shared), starts, lines.stride);
        });
    });
}

/// Applies a length-changing op to the lines of `src` along `axis` (each
/// padded or truncated to `op.in_len()`), writing into the lines of `out`.
pub(crate) fn apply_lines<I: Pooled + Send + Sync, O: Pooled + Send + Sync>(
    src: &NdView<I>,
    out: &mut NdViewMut<O>,
    axis: usize,
    op: &dyn LineOp<I, O>,
    workers: usize,
) {
    let (in_len, out_len) = (op.in_len(), op.out_len());
    let take = src.shape()[axis].min(in_len);
    let contiguous = contiguous_lines(src, axis);
    let lines = source_lines(src, axis, contiguous.is_some());
    let per = block_lines::<I>(in_len, lines.count());
    fill_lines(out, axis, workers, &|first, block| {
        let count = block.len() / out_len;
        with_buffer(per.min(count) * in_len, |input: &mut [I]| {
            for (i, dst) in block.chunks_mut(per * out_len).enumerate() {
                let input = &mut input[..dst.len() / out_len * in_len];
                load(
                    src,
                    &lines,
                    contiguous,
                    first + i * per,
                    take,
                    in_len,
                    input,
                );
                op.apply(input, dst);
            }
        });
    });
}

/// The lines of `src` along `axis`; without their starts when `contiguous`
/// (contiguous lines are addressed by index alone).
fn source_lines<T>(src: &NdView<T>, axis: usize, contiguous: bool) -> Lines {
    if contiguous {
        let stride = 1;
        Lines {
            starts: Vec::new(),
            stride,
            len: src.shape()[axis],
        }
    } else {
        Lines::new(src.shape(), src.strides(), axis)
    }
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
    if take == len && line_len == len {
        let start = first * len;
        buf.copy_from_slice(&data[start..start + buf.len()]);
        return;
    }
    let src = data[first * line_len..].chunks(line_len);
    for (line, from) in buf.chunks_mut(len).zip(src) {
        line[..take].copy_from_slice(&from[..take]);
        line[take..].fill(T::default());
    }
}

/// An owned C-order N-D array (the intermediate of multi-axis transforms).
pub(crate) struct Owned<T> {
    /// Elements in C order.
    pub data: Vec<T>,
    /// Extent of each dimension.
    pub shape: Vec<usize>,
}

impl<T: Copy + Default> Owned<T> {
    /// A C-order array of `shape` filled by `fill` through a writable view.
    pub(crate) fn build(shape: Vec<usize>, fill: impl FnOnce(&mut NdViewMut<T>)) -> Result<Self> {
        let count: usize = shape.iter().product();
        let mut data = Vec::new();
        if data.try_reserve_exact(count).is_err() {
            return Err(Error::new(
                ErrorKind::Allocation,
                format!("could not allocate an intermediate array of {count} elements"),
            ));
        }
        data.resize(count, T::default());
        let mut view = NdViewMut::c_order(&mut data, shape.clone())?;
        fill(&mut view);
        Ok(Owned { data, shape })
    }

    /// A read-only view of the array.
    pub(crate) fn view(&self) -> Result<NdView<'_, T>> {
        NdView::c_order(&self.data, self.shape.clone())
    }
}

/// Copies `x` into `out` element by element (same shapes).
pub(crate) fn copy_all<T: Pooled + Send + Sync>(x: &NdView<T>, out: &mut NdViewMut<T>) {
    copy_region(x, out);
}

/// Copies the leading region of `x` of `out`'s shape (no larger than x's
/// along any axis) into `out`.
fn copy_region<T: Pooled + Send + Sync>(x: &NdView<T>, out: &mut NdViewMut<T>) {
    if out.is_empty() {
        return;
    }
    let axis = x.ndim() - 1;
    let len = out.shape()[axis];
    let lines = Lines::new(out.shape(), x.strides(), axis);
    fill_lines(out, axis, 1, &|first, block| {
        load(x, &lines, None, first, len, len, block)
    });
}

/// SciPy's truncation by `s` for transforms over two or more axes: when some
/// axis of `axes` is longer in `x` than its transform length in `lens`, a
/// C-order copy of the leading region that fits (so that no intermediate
/// array grows beyond the input and the output); `None` when nothing is
/// truncated or only one axis is transformed (its lines are truncated as they
/// are read).
pub(crate) fn truncated<T: Pooled + Send + Sync>(
    x: &NdView<T>,
    axes: &[usize],
    lens: &[usize],
) -> Result<Option<Owned<T>>> {
    let mut shape = x.shape().to_vec();
    for (&a, &n) in axes.iter().zip(lens) {
        shape[a] = shape[a].min(n);
    }
    if axes.len() < 2 || shape == x.shape() {
        return Ok(None);
    }
    Owned::build(shape, |dst| copy_region(x, dst)).map(Some)
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
        scatter(&trimmed, 3, &mut out, &lines.starts, lines.stride);
        assert_eq!(back, data);
    }

    #[test]
    fn panels_of_c_order_lines_round_trip() {
        // Axis 1 of a C-order (2, 3, 4) array: lines start at 0..4 and 12..16,
        // two panels of four lines each, three elements apart by 4.
        let data: Vec<f64> = (0..24).map(f64::from).collect();
        let shape = vec![2, 3, 4];
        let x = NdView::c_order(&data, shape.clone()).unwrap();
        let lines = Lines::new(x.shape(), x.strides(), 1);
        assert_eq!(panels(&lines.starts, 1, &lines.starts[..]).len(), 2);
        let mut buf = vec![-1.0; 8 * 4];
        gather(&x, &lines.starts, lines.stride, 3, 4, &mut buf);
        assert_eq!(&buf[..8], &[0.0, 4.0, 8.0, 0.0, 1.0, 5.0, 9.0, 0.0]);
        assert_eq!(&buf[16..20], &[12.0, 16.0, 20.0, 0.0]);
        let trimmed: Vec<f64> = buf.chunks(4).flat_map(|l| l[..3].to_vec()).collect();
        let mut back = vec![0.0; 24];
        let mut out = NdViewMut::c_order(&mut back, shape).unwrap();
        scatter(&trimmed, 3, &mut out, &lines.starts, lines.stride);
        assert_eq!(back, data);
    }

    #[test]
    fn truncation_copies_the_leading_region() {
        let data: Vec<f64> = (0..12).map(f64::from).collect();
        let shape = vec![3, 4];
        let x = NdView::new(&data, 0, shape.clone(), f_strides(&shape)).unwrap();
        assert!(truncated(&x, &[0, 1], &[5, 4]).unwrap().is_none());
        assert!(truncated(&x, &[0], &[2]).unwrap().is_none());
        let t = truncated(&x, &[1, 0], &[2, 2]).unwrap().unwrap();
        assert_eq!(t.shape, vec![2, 2]);
        assert_eq!(t.data, vec![0.0, 3.0, 1.0, 4.0]);
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
