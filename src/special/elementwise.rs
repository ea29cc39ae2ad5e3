//! NumPy ufunc semantics for scalar functions: `K` input views broadcast
//! against the output view (NumPy's rules: trailing dimensions aligned, each
//! input extent equal to the output's or 1, the output never broadcast), the
//! function applied to every element, large arrays split across threads.

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::strided::{next_c_order, try_vec, NdView, NdViewMut};

/// Elements per parallel task; arrays below two tasks run on one thread.
const TASK: usize = 1 << 14;

/// The iteration space after broadcasting, reordering and merging dimensions:
/// `shape[d]` with input `k` stepping `strides[k][d]` and the output
/// `out_strides[d]`; the last dimension is the innermost.
struct Plan<const K: usize> {
    shape: Vec<usize>,
    strides: [Vec<isize>; K],
    out_strides: Vec<isize>,
}

/// A shape as NumPy prints it: `(3,)`, `(2,3)`, `()`.
pub(crate) fn shape_text(shape: &[usize]) -> String {
    let parts: Vec<String> = shape.iter().map(|n| n.to_string()).collect();
    match parts.len() {
        1 => format!("({},)", parts[0]),
        _ => format!("({})", parts.join(",")),
    }
}

/// Strides of `input` aligned to `out_shape`, 0 where the input is broadcast.
fn aligned_strides(input: &NdView<'_, f64>, out_shape: &[usize], name: &str) -> Result<Vec<isize>> {
    let (shape, strides) = (input.shape(), input.strides());
    let fits = shape.len() <= out_shape.len()
        && shape
            .iter()
            .rev()
            .zip(out_shape.iter().rev())
            .all(|(&n, &m)| n == m || n == 1);
    if !fits {
        return Err(Error::dimension(format!(
            "{name} with shape {} cannot be broadcast to the output's shape {}",
            shape_text(shape),
            shape_text(out_shape)
        )));
    }
    let lead = out_shape.len() - shape.len();
    Ok((0..out_shape.len())
        .map(|d| match d.checked_sub(lead) {
            Some(i) if shape[i] > 1 => strides[i],
            _ => 0,
        })
        .collect())
}

impl<const K: usize> Plan<K> {
    fn new(
        inputs: [&NdView<'_, f64>; K],
        names: [&str; K],
        out: &NdViewMut<'_, f64>,
    ) -> Result<Self> {
        let out_shape = out.shape();
        let mut aligned = Vec::with_capacity(K);
        for (input, name) in inputs.iter().zip(names) {
            aligned.push(aligned_strides(input, out_shape, name)?);
        }
        // Dimensions of extent 1 do not move anything; order the rest by
        // decreasing output step so the output is walked in memory order.
        let mut dims: Vec<usize> = (0..out_shape.len()).filter(|&d| out_shape[d] > 1).collect();
        dims.sort_by_key(|&d| std::cmp::Reverse(out.strides()[d].unsigned_abs()));
        let mut plan = Plan {
            shape: Vec::new(),
            strides: std::array::from_fn(|_| Vec::new()),
            out_strides: Vec::new(),
        };
        for &d in &dims {
            let strides = std::array::from_fn(|k| aligned[k][d]);
            plan.push_dim(out_shape[d], out.strides()[d], strides);
        }
        if plan.shape.is_empty() {
            plan.push_dim(1, 0, [0; K]);
        }
        Ok(plan)
    }

    /// Appends an inner dimension, merging it into the current innermost one
    /// when every operand steps through both as through one.
    fn push_dim(&mut self, n: usize, out_stride: isize, strides: [isize; K]) {
        let merges = |outer: isize, inner_step: isize| outer == inner_step * n as isize;
        let last = self.shape.len().wrapping_sub(1);
        if !self.shape.is_empty()
            && merges(self.out_strides[last], out_stride)
            && (0..K).all(|k| merges(self.strides[k][last], strides[k]))
        {
            self.shape[last] *= n;
            self.out_strides[last] = out_stride;
            for (k, &s) in strides.iter().enumerate() {
                self.strides[k][last] = s;
            }
        } else {
            self.shape.push(n);
            self.out_strides.push(out_stride);
            for (k, &s) in strides.iter().enumerate() {
                self.strides[k].push(s);
            }
        }
    }

    /// True when the output, walked in plan order, is one increasing run.
    fn output_is_dense(&self) -> bool {
        let mut step = 1isize;
        for (&n, &s) in self.shape.iter().zip(&self.out_strides).rev() {
            if n > 1 && s != step {
                return false;
            }
            step *= n as isize;
        }
        true
    }
}

/// Writes `f` of the broadcast inputs at flat positions `start..start + dst.len()`
/// of the plan's iteration order into `dst`.
fn fill<const K: usize>(
    plan: &Plan<K>,
    inputs: &[(&[f64], usize); K],
    f: &(impl Fn([f64; K]) -> f64 + Sync),
    start: usize,
    dst: &mut [f64],
) {
    let ndim = plan.shape.len();
    let last = ndim - 1;
    let mut index = vec![0usize; ndim];
    let mut rest = start;
    for d in (0..ndim).rev() {
        index[d] = rest % plan.shape[d];
        rest /= plan.shape[d];
    }
    let mut pos: [isize; K] = std::array::from_fn(|k| {
        let rel: isize = (0..ndim)
            .map(|d| index[d] as isize * plan.strides[k][d])
            .sum();
        inputs[k].1 as isize + rel
    });
    let inner_steps: [isize; K] = std::array::from_fn(|k| plan.strides[k][last]);
    let mut done = 0;
    while done < dst.len() {
        let run = (plan.shape[last] - index[last]).min(dst.len() - done);
        let chunk = &mut dst[done..done + run];
        if inner_steps.iter().all(|&s| s == 1) {
            let rows: [&[f64]; K] =
                std::array::from_fn(|k| &inputs[k].0[pos[k] as usize..pos[k] as usize + run]);
            for (j, o) in chunk.iter_mut().enumerate() {
                *o = f(std::array::from_fn(|k| rows[k][j]));
            }
        } else {
            for (j, o) in chunk.iter_mut().enumerate() {
                *o = f(std::array::from_fn(|k| {
                    inputs[k].0[(pos[k] + j as isize * inner_steps[k]) as usize]
                }));
            }
        }
        done += run;
        index[last] += run;
        for (p, &step) in pos.iter_mut().zip(&inner_steps) {
            *p += run as isize * step;
        }
        // Carry into the outer dimensions.
        let mut d = last;
        while index[d] == plan.shape[d] && d > 0 {
            for (p, strides) in pos.iter_mut().zip(&plan.strides) {
                *p += strides[d - 1] - plan.shape[d] as isize * strides[d];
            }
            index[d] = 0;
            index[d - 1] += 1;
            d -= 1;
        }
    }
}

/// Fills the flat buffer `dst` (the plan's iteration order), in parallel
/// tasks when `threads > 1` and the array is large.
fn fill_all<const K: usize>(
    plan: &Plan<K>,
    inputs: &[(&[f64], usize); K],
    f: &(impl Fn([f64; K]) -> f64 + Sync),
    threads: usize,
    dst: &mut [f64],
) {
    if threads <= 1 || dst.len() < 2 * TASK {
        fill(plan, inputs, f, 0, dst);
        return;
    }
    crate::threads::run_with(threads, || {
        dst.par_chunks_mut(TASK)
            .enumerate()
            .for_each(|(t, part)| fill(plan, inputs, f, t * TASK, part));
    });
}

/// Writes the plan-ordered values in `flat` through the output's strides.
fn scatter<const K: usize>(plan: &Plan<K>, flat: &[f64], out: &mut NdViewMut<'_, f64>) {
    let ndim = plan.shape.len();
    let mut index = vec![0usize; ndim];
    let mut rel = 0isize;
    for &v in flat {
        *out.at_mut(rel) = v;
        rel = next_c_order(&mut index, &plan.shape, &plan.out_strides, rel);
    }
}

/// `out[i] = f([x_1[i], ..., x_K[i]])` with the inputs broadcast to `out`'s
/// shape as NumPy broadcasts ufunc operands; `names` label the inputs in
/// errors. Up to `threads` threads share large arrays.
///
/// Errors: `DimensionMismatch` when an input cannot be broadcast to the
/// output's shape; `Allocation` when a strided output needs a buffer that
/// cannot be allocated. `out` is untouched on error.
pub fn map<const K: usize>(
    f: impl Fn([f64; K]) -> f64 + Sync,
    inputs: [&NdView<'_, f64>; K],
    names: [&str; K],
    out: &mut NdViewMut<'_, f64>,
    threads: usize,
) -> Result<()> {
    let plan = Plan::new(inputs, names, out)?;
    let n = out.len();
    if n == 0 {
        return Ok(());
    }
    let parts: [(&[f64], usize); K] = std::array::from_fn(|k| inputs[k].parts());
    if plan.output_is_dense() {
        let (data, offset) = out.parts_mut();
        fill_all(&plan, &parts, &f, threads, &mut data[offset..offset + n]);
        return Ok(());
    }
    let mut flat = try_vec(n, "elements of a buffer for the strided output")?;
    flat.resize(n, 0.0);
    fill_all(&plan, &parts, &f, threads, &mut flat);
    scatter(&plan, &flat, out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcasts_a_row_and_a_column() {
        let col = [1.0, 2.0, 3.0];
        let row = [10.0, 20.0];
        let x = NdView::new(&col, 0, vec![3, 1], vec![1, 1]).unwrap();
        let y = NdView::c_order(&row, vec![2]).unwrap();
        let mut buf = [0.0; 6];
        let mut out = NdViewMut::c_order(&mut buf, vec![3, 2]).unwrap();
        map(|[a, b]| a + b, [&x, &y], ["x", "y"], &mut out, 1).unwrap();
        assert_eq!(buf, [11.0, 21.0, 12.0, 22.0, 13.0, 23.0]);
    }

    #[test]
    fn writes_a_fortran_order_and_a_reversed_output() {
        let data: Vec<f64> = (0..6).map(f64::from).collect();
        let x = NdView::c_order(&data, vec![2, 3]).unwrap();
        let mut buf = [0.0; 6];
        let mut out = NdViewMut::new(&mut buf, 0, vec![2, 3], vec![1, 2]).unwrap();
        map(|[a]| 2.0 * a, [&x], ["x"], &mut out, 1).unwrap();
        assert_eq!(buf, [0.0, 6.0, 2.0, 8.0, 4.0, 10.0]);
        let mut rev = [0.0; 6];
        let y = NdView::c_order(&data, vec![6]).unwrap();
        let mut out = NdViewMut::new(&mut rev, 5, vec![6], vec![-1]).unwrap();
        map(|[a]| a, [&y], ["x"], &mut out, 1).unwrap();
        assert_eq!(rev, [5.0, 4.0, 3.0, 2.0, 1.0, 0.0]);
    }

    #[test]
    fn parallel_and_serial_agree_on_a_strided_input() {
        let n = 5 * TASK + 7;
        let data: Vec<f64> = (0..2 * n).map(|i| i as f64).collect();
        let x = NdView::new(&data, 0, vec![n], vec![2]).unwrap();
        let (mut a, mut b) = (vec![0.0; n], vec![0.0; n]);
        map(
            |[v]| v.sqrt(),
            [&x],
            ["x"],
            &mut NdViewMut::c_order(&mut a, vec![n]).unwrap(),
            1,
        )
        .unwrap();
        map(
            |[v]| v.sqrt(),
            [&x],
            ["x"],
            &mut NdViewMut::c_order(&mut b, vec![n]).unwrap(),
            2,
        )
        .unwrap();
        assert_eq!(a, b);
        assert_eq!(a[n - 1], ((2 * (n - 1)) as f64).sqrt());
    }

    #[test]
    fn rejects_shapes_numpy_rejects() {
        let data = [0.0; 3];
        let x = NdView::c_order(&data, vec![1, 3]).unwrap();
        let mut buf = [0.0; 3];
        let mut out = NdViewMut::c_order(&mut buf, vec![3]).unwrap();
        let e = map(|[a]| a, [&x], ["x"], &mut out, 1).unwrap_err();
        assert_eq!(e.kind, crate::error::ErrorKind::DimensionMismatch);
        assert!(
            e.message.contains("(1,3)") && e.message.contains("(3,)"),
            "{}",
            e.message
        );
    }
}
