//! NumPy's `axis` reductions for the non-elementwise functions of
//! `scipy.special` (logsumexp, softmax, log_softmax): the operands are
//! broadcast to one full shape, `axis` picks the reduced dimensions, and each
//! *group* (one index of the kept dimensions) gathers its *members* (the
//! reduced dimensions, in C order) into a contiguous buffer for a kernel.

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::special::elementwise::shape_text;
use crate::strided::{is_c_contiguous, next_c_order, try_vec, NdView, NdViewMut};

/// Groups per parallel task are chosen so a task touches about this many elements.
const TASK: usize = 1 << 14;

/// The broadcast shape of `shapes` by NumPy's rules (trailing dimensions
/// aligned; each extent equal to the result's or 1).
pub fn broadcast_shapes(shapes: &[(&[usize], &str)]) -> Result<Vec<usize>> {
    let ndim = shapes.iter().map(|(s, _)| s.len()).max().unwrap_or(0);
    let mut full = vec![1usize; ndim];
    for (shape, name) in shapes {
        let lead = ndim - shape.len();
        for (d, &n) in shape.iter().enumerate() {
            let m = &mut full[lead + d];
            if *m == 1 {
                *m = n;
            } else if n != 1 && n != *m {
                return Err(Error::dimension(format!(
                    "{name} with shape {} does not broadcast against the other operands (shape {} so far)",
                    shape_text(shape),
                    shape_text(&full)
                )));
            }
        }
    }
    Ok(full)
}

/// A reduction of an array of `shape` over some of its axes.
pub struct Reduction {
    shape: Vec<usize>,
    kept: Vec<usize>,
    reduced: Vec<usize>,
}

impl Reduction {
    /// Reads SciPy's `axis`: `None` reduces every axis; negative entries count
    /// from the end. Out-of-range and repeated axes are NumPy's `AxisError` /
    /// `ValueError` ("duplicate value in 'axis'"), here `InvalidArgument`.
    pub fn new(shape: &[usize], axes: Option<&[i64]>) -> Result<Self> {
        let ndim = shape.len();
        let mut is_reduced = vec![axes.is_none(); ndim];
        for &axis in axes.unwrap_or(&[]) {
            let d = if axis < 0 { axis + ndim as i64 } else { axis };
            if d < 0 || d >= ndim as i64 {
                return Err(Error::invalid(format!(
                    "axis {axis} is out of bounds for array of dimension {ndim}"
                )));
            }
            if std::mem::replace(&mut is_reduced[d as usize], true) {
                return Err(Error::invalid("duplicate value in 'axis'"));
            }
        }
        let (reduced, kept): (Vec<usize>, Vec<usize>) = (0..ndim).partition(|&d| is_reduced[d]);
        Ok(Reduction {
            shape: shape.to_vec(),
            kept,
            reduced,
        })
    }

    /// Number of groups (product of the kept extents).
    pub fn groups(&self) -> usize {
        self.kept.iter().map(|&d| self.shape[d]).product()
    }

    /// Number of members per group (product of the reduced extents).
    pub fn members(&self) -> usize {
        self.reduced.iter().map(|&d| self.shape[d]).product()
    }

    /// True when some reduced axis has extent 0 (NumPy's "zero-size array to
    /// reduction operation maximum which has no identity").
    pub fn has_empty_axis(&self) -> bool {
        self.reduced.iter().any(|&d| self.shape[d] == 0)
    }

    /// Checks that an output of `out_shape` holds one value per group: the
    /// kept extents in order, with (`keepdims`) or without the reduced axes as
    /// extent-1 dimensions; a reduction to a single value may be any
    /// all-ones shape such as `(1,)`.
    pub fn check_reduced_output(&self, out_shape: &[usize], name: &str) -> Result<()> {
        let kept: Vec<usize> = self.kept.iter().map(|&d| self.shape[d]).collect();
        let keepdims: Vec<usize> = (0..self.shape.len())
            .map(|d| {
                if self.kept.contains(&d) {
                    self.shape[d]
                } else {
                    1
                }
            })
            .collect();
        let single = kept.iter().all(|&n| n == 1) && out_shape.iter().all(|&n| n == 1);
        if out_shape == kept.as_slice() || out_shape == keepdims.as_slice() || single {
            return Ok(());
        }
        Err(Error::dimension(format!(
            "{name} has shape {}; the reduction's result has shape {} (or {} with keepdims)",
            shape_text(out_shape),
            shape_text(&kept),
            shape_text(&keepdims)
        )))
    }

    /// Checks that an output has the full (broadcast) shape.
    pub fn check_full_output(&self, out_shape: &[usize], name: &str) -> Result<()> {
        if out_shape == self.shape.as_slice() {
            return Ok(());
        }
        Err(Error::dimension(format!(
            "{name} has shape {}; expected the input's shape {}",
            shape_text(out_shape),
            shape_text(&self.shape)
        )))
    }

    /// The offsets, relative to element `[0, ..., 0]`, of every group's first
    /// member and of every member within a group, for an operand whose
    /// strides are aligned to the full shape (0 on broadcast dimensions).
    pub fn offsets(&self, strides: &[isize]) -> Result<(Vec<isize>, Vec<isize>)> {
        Ok((
            c_order_offsets(&self.shape, strides, &self.kept)?,
            c_order_offsets(&self.shape, strides, &self.reduced)?,
        ))
    }
}

/// Offsets of the elements spanned by `dims` of a layout, in C order over `dims`.
fn c_order_offsets(shape: &[usize], strides: &[isize], dims: &[usize]) -> Result<Vec<isize>> {
    let sub_shape: Vec<usize> = dims.iter().map(|&d| shape[d]).collect();
    let sub_strides: Vec<isize> = dims.iter().map(|&d| strides[d]).collect();
    let count: usize = sub_shape.iter().product();
    let mut offsets = try_vec(count, "offsets")?;
    let (mut index, mut rel) = (vec![0usize; dims.len()], 0isize);
    for _ in 0..count {
        offsets.push(rel);
        rel = next_c_order(&mut index, &sub_shape, &sub_strides, rel);
    }
    Ok(offsets)
}

/// Strides of a view of `shape` aligned to `full` (0 where broadcast).
pub fn aligned_strides(shape: &[usize], strides: &[isize], full: &[usize]) -> Vec<isize> {
    let lead = full.len() - shape.len();
    (0..full.len())
        .map(|d| match d.checked_sub(lead) {
            Some(i) if shape[i] > 1 => strides[i],
            _ => 0,
        })
        .collect()
}

/// One operand of a reduction: its view and its group/member offsets.
pub struct Operand<'v, 'a> {
    view: &'v NdView<'a, f64>,
    group_offsets: Vec<isize>,
    member_offsets: Vec<isize>,
    /// Members of a group are adjacent in memory, in order.
    contiguous: bool,
}

impl<'v, 'a> Operand<'v, 'a> {
    /// Prepares `view`, broadcast to the reduction's full shape.
    pub fn new(view: &'v NdView<'a, f64>, reduction: &Reduction) -> Result<Self> {
        let strides = aligned_strides(view.shape(), view.strides(), &reduction.shape);
        let (group_offsets, member_offsets) = reduction.offsets(&strides)?;
        let contiguous = member_offsets
            .iter()
            .enumerate()
            .all(|(i, &m)| m == i as isize);
        Ok(Operand {
            view,
            group_offsets,
            member_offsets,
            contiguous,
        })
    }

    /// The members of group `g`: borrowed when contiguous, else copied into `buffer`.
    fn members<'s>(&'s self, g: usize, buffer: &'s mut [f64]) -> &'s [f64] {
        if self.member_offsets.is_empty() {
            return &[];
        }
        let base = self.group_offsets[g];
        if self.contiguous {
            let (data, offset) = self.view.parts();
            let start = (offset as isize + base) as usize;
            return &data[start..start + self.member_offsets.len()];
        }
        for (d, &m) in buffer.iter_mut().zip(&self.member_offsets) {
            *d = *self.view.at(base + m);
        }
        buffer
    }
}

/// A zeroed vector of `n` results; a failed allocation is an error.
pub fn result_buffer(n: usize) -> Result<Vec<f64>> {
    let mut results = try_vec(n, "results")?;
    results.resize(n, 0.0);
    Ok(results)
}

/// Runs `kernel(group values of each operand, result slots)` for every group
/// into `results` (`width` slots per group, group-major), groups in parallel
/// when the arrays are large.
pub fn for_each_group<const K: usize>(
    operands: &[&Operand<'_, '_>; K],
    members: usize,
    width: usize,
    threads: usize,
    results: &mut [f64],
    kernel: impl Fn([&[f64]; K], &mut [f64]) + Sync,
) {
    let groups = results.len() / width.max(1);
    if groups == 0 {
        return;
    }
    let per_task = (TASK / members.max(1)).max(1);
    let run = |first: usize, chunk: &mut [f64]| {
        let mut buffers: [Vec<f64>; K] = std::array::from_fn(|k| match operands[k].contiguous {
            true => Vec::new(),
            false => vec![0.0; members],
        });
        for (i, slots) in chunk.chunks_mut(width).enumerate() {
            let mut rest: &mut [Vec<f64>] = &mut buffers;
            let values: [&[f64]; K] = std::array::from_fn(|k| {
                let (buffer, tail) = std::mem::take(&mut rest)
                    .split_first_mut()
                    .expect("K buffers");
                rest = tail;
                operands[k].members(first + i, buffer)
            });
            kernel(values, slots);
        }
    };
    if threads <= 1 || groups * members < 2 * TASK || groups < 2 {
        run(0, results);
    } else {
        crate::threads::run_with(threads, || {
            results
                .par_chunks_mut(per_task * width)
                .enumerate()
                .for_each(|(t, chunk)| run(t * per_task, chunk));
        });
    }
}

/// True when `out`, walked in C order, is group-major memory order: a
/// C-contiguous output whose reduced axes (for a full-shape output) are the
/// trailing ones, so results can be written into it directly.
pub fn writes_in_place(out: &NdViewMut<'_, f64>, reduction: &Reduction, per_member: bool) -> bool {
    let trailing = reduction
        .reduced
        .iter()
        .enumerate()
        .all(|(i, &d)| d == reduction.shape.len() - reduction.reduced.len() + i);
    is_c_contiguous(out.shape(), out.strides()) && (!per_member || trailing)
}

/// Writes group-major `values` (one per group, or one per member of each
/// group) through `out`'s strides; `out` has the reduced or the full shape.
pub fn scatter(
    values: &[f64],
    out: &mut NdViewMut<'_, f64>,
    reduction: &Reduction,
    per_member: bool,
) -> Result<()> {
    let strides = if per_member {
        out.strides().to_vec()
    } else {
        reduced_output_strides(out, reduction)
    };
    let (groups, members) = reduction.offsets(&strides)?;
    let members = if per_member { members } else { vec![0] };
    let mut values = values.iter();
    for &g in &groups {
        for &m in &members {
            if let Some(&v) = values.next() {
                *out.at_mut(g + m) = v;
            }
        }
    }
    Ok(())
}

/// Strides of a reduced output, expressed on the full shape (0 on reduced
/// dimensions): the output's non-unit dimensions are the kept ones, in order.
fn reduced_output_strides(out: &NdViewMut<'_, f64>, reduction: &Reduction) -> Vec<isize> {
    let mut strides = vec![0isize; reduction.shape.len()];
    let mut out_dims = out
        .shape()
        .iter()
        .zip(out.strides())
        .filter(|(&n, _)| n != 1)
        .map(|(_, &s)| s);
    for &d in &reduction.kept {
        if reduction.shape[d] != 1 {
            strides[d] = out_dims.next().unwrap_or(0);
        }
    }
    strides
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_c_order_over_the_chosen_dims() {
        let r = Reduction::new(&[2, 3, 4], Some(&[0, -1])).unwrap();
        assert_eq!((r.groups(), r.members()), (3, 8));
        let (g, m) = r.offsets(&[12, 4, 1]).unwrap();
        assert_eq!(g, vec![0, 4, 8]);
        assert_eq!(m, vec![0, 1, 2, 3, 12, 13, 14, 15]);
    }

    #[test]
    fn rejects_bad_axes_and_shapes() {
        assert!(Reduction::new(&[2, 2], Some(&[2])).is_err());
        assert!(Reduction::new(&[2, 2], Some(&[0, -2])).is_err());
        let r = Reduction::new(&[2, 3], Some(&[1])).unwrap();
        assert!(r.check_reduced_output(&[2], "out").is_ok());
        assert!(r.check_reduced_output(&[2, 1], "out").is_ok());
        assert!(r.check_reduced_output(&[3], "out").is_err());
        let all = Reduction::new(&[2, 3], None).unwrap();
        assert!(all.check_reduced_output(&[1], "out").is_ok());
        assert!(broadcast_shapes(&[(&[2, 3], "a"), (&[4, 1, 1], "b")]).unwrap() == vec![4, 2, 3]);
        assert!(broadcast_shapes(&[(&[2, 3], "a"), (&[2], "b")]).is_err());
    }
}
