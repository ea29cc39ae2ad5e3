//! C face of the functions of `scipy.special` that reduce over axes:
//! logsumexp, softmax and log_softmax. They take SciPy's `axis` as
//! `axes, axes_len` (NULL/0 is SciPy's `None`: every axis; negative entries
//! count from the end). Inputs may share memory with the outputs.

use crate::capi::boundary::{guard, sciport_error, sciport_status, slice_in};
use crate::capi::views::{real_nd, sciport_ndarray, RawNd};
use crate::error::{Error, Result};
use crate::special::logsumexp;
use crate::special::reduction::{
    broadcast_shapes, for_each_group, result_buffer, scatter, writes_in_place, Operand, Reduction,
};
use crate::strided::NdView;

/// An input borrowed for reading, copied first when it overlaps an output.
struct Input {
    raw: RawNd<f64>,
    copy: Option<Vec<f64>>,
}

impl Input {
    unsafe fn read(p: *const sciport_ndarray, name: &str, outputs: &[&RawNd<f64>]) -> Result<Self> {
        let raw = real_nd(p, name)?;
        let copy = match outputs.iter().any(|o| raw.overlaps(o)) {
            true => Some(raw.to_c_order()?),
            false => None,
        };
        Ok(Input { raw, copy })
    }

    unsafe fn view(&self) -> Result<NdView<'_, f64>> {
        match &self.copy {
            Some(c) => NdView::c_order(c, self.raw.shape().to_vec()),
            None => self.raw.view(),
        }
    }
}

/// SciPy's `axis` from `axes, axes_len`: NULL/0 is `None`.
unsafe fn read_axes<'a>(axes: *const i64, axes_len: usize) -> Result<Option<&'a [i64]>> {
    let axes = slice_in(axes, axes_len, "axes")?;
    Ok((!axes.is_empty()).then_some(axes))
}

unsafe fn logsumexp_c(
    a: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    b: *const sciport_ndarray,
    out: *const sciport_ndarray,
    sign: *const sciport_ndarray,
) -> Result<()> {
    let out_raw = real_nd(out, "out")?;
    let sign_raw = match sign.is_null() {
        true => None,
        false => Some(real_nd(sign, "sign")?),
    };
    if let Some(s) = &sign_raw {
        if s.overlaps(&out_raw) {
            return Err(Error::invalid("out and sign must not share memory"));
        }
    }
    let outputs: Vec<&RawNd<f64>> = std::iter::once(&out_raw).chain(sign_raw.as_ref()).collect();
    let a_in = Input::read(a, "a", &outputs)?;
    let b_in = match b.is_null() {
        true => None,
        false => Some(Input::read(b, "b", &outputs)?),
    };
    let a_view = a_in.view()?;
    let b_view = b_in.as_ref().map(|b| b.view()).transpose()?;
    let mut shapes = vec![(a_view.shape(), "a")];
    shapes.extend(b_view.as_ref().map(|v| (v.shape(), "b")));
    let full = broadcast_shapes(&shapes)?;
    let reduction = Reduction::new(&full, read_axes(axes, axes_len)?)?;
    reduction.check_reduced_output(out_raw.shape(), "out")?;
    if let Some(s) = &sign_raw {
        reduction.check_reduced_output(s.shape(), "sign")?;
    }
    let return_sign = sign_raw.is_some();
    let a_op = Operand::new(&a_view, &reduction)?;
    let b_op = b_view
        .as_ref()
        .map(|bv| Operand::new(bv, &reduction))
        .transpose()?;
    let width = if return_sign { 2 } else { 1 };
    let members = reduction.members();
    let run = |results: &mut [f64]| {
        let threads = crate::threads::max_threads();
        let store = |(value, sgn): (f64, f64), slots: &mut [f64]| {
            slots[0] = value;
            if return_sign {
                slots[1] = sgn;
            }
        };
        match &b_op {
            Some(b_op) => for_each_group(
                &[&a_op, b_op],
                members,
                width,
                threads,
                results,
                |[a, b], slots| store(logsumexp::logsumexp(a, Some(b), return_sign), slots),
            ),
            None => for_each_group(&[&a_op], members, width, threads, results, |[a], slots| {
                store(logsumexp::logsumexp(a, None, return_sign), slots)
            }),
        }
    };
    let mut out_view = out_raw.view_mut("out")?;
    if !return_sign && writes_in_place(&out_view, &reduction, false) {
        if let Some(direct) = out_view.as_c_contiguous_mut() {
            run(direct);
            return Ok(());
        }
    }
    let mut results = result_buffer(reduction.groups() * width)?;
    run(&mut results);
    let values: Vec<f64> = results.iter().step_by(width).copied().collect();
    scatter(&values, &mut out_view, &reduction, false)?;
    if let Some(s) = &sign_raw {
        let signs: Vec<f64> = results.iter().skip(1).step_by(2).copied().collect();
        scatter(&signs, &mut s.view_mut("sign")?, &reduction, false)?;
    }
    Ok(())
}

/// Applies a per-group map (softmax, log_softmax) of `x` over `axes` into `out`.
unsafe fn group_map(
    x: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_ndarray,
    kernel: fn(&[f64], &mut [f64]),
) -> Result<()> {
    let out_raw = real_nd(out, "out")?;
    let x_in = Input::read(x, "x", &[&out_raw])?;
    let x_view = x_in.view()?;
    let reduction = Reduction::new(x_view.shape(), read_axes(axes, axes_len)?)?;
    reduction.check_full_output(out_raw.shape(), "out")?;
    if reduction.has_empty_axis() {
        return Err(Error::invalid(
            "zero-size array to reduction operation maximum which has no identity",
        ));
    }
    let x_op = Operand::new(&x_view, &reduction)?;
    let members = reduction.members();
    let threads = crate::threads::max_threads();
    let run = |results: &mut [f64]| {
        for_each_group(
            &[&x_op],
            members,
            members,
            threads,
            results,
            |[x], slots| kernel(x, slots),
        )
    };
    let mut out_view = out_raw.view_mut("out")?;
    if writes_in_place(&out_view, &reduction, true) {
        if let Some(direct) = out_view.as_c_contiguous_mut() {
            run(direct);
            return Ok(());
        }
    }
    let mut results = result_buffer(reduction.groups() * members)?;
    run(&mut results);
    scatter(&results, &mut out_view, &reduction, true)
}

/// The log of the sum of exponentials, log Σ bᵢ·exp(aᵢ), over the given axes
/// (`scipy.special.logsumexp(a, axis, b, keepdims, return_sign)`).
///
/// `axes, axes_len`: SciPy's `axis` (NULL/0 = None, every axis; negative
/// entries count from the end). `b`: weights broadcast against `a` (NULL =
/// None, every weight 1; negative weights subtract; a zero weight drops its
/// term even where aᵢ is inf or NaN). `a` and `b` broadcast against each other
/// as NumPy broadcasts; the axes refer to the broadcast shape. `out` has the
/// result's shape: the kept extents, with (keepdims) or without the reduced
/// axes as extent-1 dimensions; a reduction over every axis writes a
/// 1-element view such as shape (1,). `sign`: NULL is return_sign=False
/// (a negative sum gives NaN); otherwise a view of `out`'s shape that receives
/// the sign of the sum (−1, 0, 1), `out` then holding log|sum|. An empty `a`
/// gives −inf with sign −1, as SciPy. Real input only (SciPy's complex
/// logsumexp has no counterpart here).
/// Errors: `SCIPORT_ERR_NULL_POINTER` (a, out, or a non-empty buffer NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout, axis out of range, a repeated
/// axis, out and sign sharing memory), `SCIPORT_ERR_DIMENSION_MISMATCH` (a and
/// b not broadcastable, out or sign not of the result's shape); the outputs are
/// untouched on error.
/// Thread safety: reentrant; groups of large arrays are shared among up to
/// `sciport_set_num_threads` threads.
#[no_mangle]
pub extern "C" fn sciport_special_logsumexp(
    a: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    b: *const sciport_ndarray,
    out: *const sciport_ndarray,
    sign: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        logsumexp_c(a, axes, axes_len, b, out, sign)
    })
}

/// The softmax exp(xᵢ)/Σⱼ exp(xⱼ) over the given axes
/// (`scipy.special.softmax(x, axis)`), computed with the maximum factored out.
///
/// `axes, axes_len`: SciPy's `axis` (NULL/0 = None, every axis; negative
/// entries count from the end). `out` has x's shape. NaN for every member of a
/// group that holds NaN, +inf, or only −inf.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (x, out, or a non-empty buffer NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout, axis out of range, a repeated
/// axis, a reduced axis of length 0 — NumPy's "zero-size array to reduction
/// operation maximum"), `SCIPORT_ERR_DIMENSION_MISMATCH` (out's shape differs
/// from x's); `out` is untouched on error.
/// Thread safety: reentrant; groups of large arrays are shared among up to
/// `sciport_set_num_threads` threads.
#[no_mangle]
pub extern "C" fn sciport_special_softmax(
    x: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        group_map(x, axes, axes_len, out, logsumexp::softmax)
    })
}

/// The log of the softmax, xᵢ − log Σⱼ exp(xⱼ), over the given axes
/// (`scipy.special.log_softmax(x, axis)`).
///
/// `axes, axes_len`: SciPy's `axis` (NULL/0 = None, every axis; negative
/// entries count from the end). `out` has x's shape. As SciPy: a group's
/// non-finite maximum is not factored out, so +inf gives NaN there and −inf
/// elsewhere, and a group of only −inf is NaN.
/// Errors: `SCIPORT_ERR_NULL_POINTER` (x, out, or a non-empty buffer NULL),
/// `SCIPORT_ERR_INVALID_ARGUMENT` (bad layout, axis out of range, a repeated
/// axis, a reduced axis of length 0), `SCIPORT_ERR_DIMENSION_MISMATCH` (out's
/// shape differs from x's); `out` is untouched on error.
/// Thread safety: reentrant; groups of large arrays are shared among up to
/// `sciport_set_num_threads` threads.
#[no_mangle]
pub extern "C" fn sciport_special_log_softmax(
    x: *const sciport_ndarray,
    axes: *const i64,
    axes_len: usize,
    out: *const sciport_ndarray,
    err: *mut *mut sciport_error,
) -> sciport_status {
    guard(err, || unsafe {
        group_map(x, axes, axes_len, out, logsumexp::log_softmax)
    })
}
