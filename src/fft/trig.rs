//! Discrete cosine and sine transforms of types 1–4 (`dct`, `idct`, `dst`,
//! `idst` and their N-D forms) with SciPy's definitions, normalisations and
//! `orthogonalize`, computed in O(n log n): types 1–3 and even-length type 4
//! through one FFT (`trig_fft`), odd-length type 4 by rustdct, whose
//! unnormalised DCT-IV/DST-IV are half of SciPy's (SciPy's sums carry a factor
//! 2), so those lines are scaled by twice the norm factor. The inverse of type
//! 2 is type 3 and vice versa.

use std::f64::consts::SQRT_2;

use num_complex::Complex64;

use super::args::{check_out_shape, length_1d, normalize_axis, replaced, scale, shape_and_axes};
use super::lines::{apply_inplace, apply_on, copy_all, truncated, InPlaceOp, Owned};
use super::plans;
use super::pool::with_buffer;
use super::trig_fft::{
    dct23, dct4_even, dense, Dct23, Dct4Even, Dense, Type1, Work, WorkSize, DENSE_MAX,
};
use super::{AxesNd, Axis1d, Norm};
use crate::error::{Error, Result};
use crate::strided::{NdView, NdViewMut};
use rustdct::TransformType4;
use std::sync::Arc;

/// Which transform family and direction a call computes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Family {
    /// Cosine (true) or sine (false).
    pub cosine: bool,
    /// Forward (`dct`/`dst`) or inverse (`idct`/`idst`).
    pub forward: bool,
}

/// The algorithm behind one transform type.
enum Algo {
    /// Types 1–3 on short lines: a dense matrix product.
    Dense(Arc<Dense>),
    /// DCT-I/DST-I through a real FFT of the symmetric extension.
    Type1(Type1),
    /// DCT/DST-II/III through a real FFT of length n.
    Type23(Arc<Dct23>),
    /// DCT-IV/DST-IV of even length through a complex FFT of half length.
    Type4Even(Arc<Dct4Even>),
    /// DCT-IV/DST-IV of odd length by rustdct (half of SciPy's scale).
    Type4(Arc<dyn TransformType4<f64>>),
}

/// A batch of DCTs/DSTs of one type and length with SciPy's scaling.
struct TrigOp {
    algo: Algo,
    cosine: bool,
    kind: i32,
    len: usize,
    fct: f64,
    ortho: bool,
}

impl TrigOp {
    /// The op of `family` and SciPy `kind` on lines of `len` under `norm`.
    fn new(family: Family, kind: i32, len: usize, norm: Norm, ortho: bool) -> Result<TrigOp> {
        check_kind(family, kind, len)?;
        let kind = match (family.forward, kind) {
            (false, 2) => 3,
            (false, 3) => 2,
            (_, k) => k,
        };
        let logical = match (family.cosine, kind) {
            (true, 1) => 2 * (len - 1),
            (false, 1) => 2 * (len + 1),
            _ => 2 * len,
        };
        let (algo, unit) = match kind {
            1..=3 if len <= DENSE_MAX => (Algo::Dense(dense(family.cosine, kind, len)), 1.0),
            1 => (Algo::Type1(Type1::new(len, family.cosine)), 1.0),
            4 if len % 2 == 0 => (Algo::Type4Even(dct4_even(len)), 1.0),
            4 => (Algo::Type4(plans::dct4(len)), 2.0),
            _ => (Algo::Type23(dct23(len)), 1.0),
        };
        let fct = unit * scale(norm, family.forward, logical);
        Ok(TrigOp {
            algo,
            cosine: family.cosine,
            kind,
            len,
            fct,
            ortho,
        })
    }

    /// SciPy's unnormalised transform of one line (half of it for type 4).
    fn transform(&self, line: &mut [f64], work: &mut Work) {
        match (&self.algo, self.cosine, self.kind) {
            (Algo::Dense(d), _, _) => d.apply(line),
            (Algo::Type1(t), _, _) => t.apply(line, work),
            (Algo::Type23(p), true, 2) => p.dct2(line, work),
            (Algo::Type23(p), true, _) => p.dct3(line, work),
            (Algo::Type23(p), false, 2) => p.dst2(line, work),
            (Algo::Type23(p), false, _) => p.dst3(line, work),
            (Algo::Type4Even(p), true, _) => p.dct4(line, work),
            (Algo::Type4Even(p), false, _) => p.dst4(line, work),
            (Algo::Type4(p), true, _) => p.process_dct4_with_scratch(line, work.real),
            (Algo::Type4(p), false, _) => p.process_dst4_with_scratch(line, work.real),
        }
    }

    /// Real and complex work space per line.
    fn work_len(&self) -> (usize, usize) {
        match &self.algo {
            Algo::Dense(d) => d.work_len(),
            Algo::Type1(t) => t.work_len(),
            Algo::Type23(p) => p.work_len(),
            Algo::Type4Even(p) => p.work_len(),
            Algo::Type4(p) => (p.get_scratch_len(), 0),
        }
    }

    /// The input terms that `orthogonalize` weights by sqrt(2) before the
    /// transform, and the output terms it weights by 1/sqrt(2) after it.
    fn ortho_terms(&self) -> (&'static [End], &'static [End]) {
        match (self.cosine, self.kind) {
            (true, 1) => (&[End::First, End::Last], &[End::First, End::Last]),
            (true, 2) => (&[], &[End::First]),
            (true, 3) => (&[End::First], &[]),
            (false, 2) => (&[], &[End::Last]),
            (false, 3) => (&[End::Last], &[]),
            _ => (&[], &[]),
        }
    }
}

/// The first or last term of a line.
#[derive(Clone, Copy)]
enum End {
    First,
    Last,
}

/// Multiplies the `ends` terms of `line` by `w`.
fn weight(line: &mut [f64], ends: &[End], w: f64) {
    let last = line.len() - 1;
    for end in ends {
        match end {
            End::First => line[0] *= w,
            End::Last => line[last] *= w,
        }
    }
}

impl InPlaceOp<f64> for TrigOp {
    fn len(&self) -> usize {
        self.len
    }

    fn apply(&self, buf: &mut [f64]) {
        let (pre, post) = if self.ortho {
            self.ortho_terms()
        } else {
            (&[][..], &[][..])
        };
        let (real, complex) = self.work_len();
        with_buffer(real, |real: &mut [f64]| {
            with_buffer(complex, |complex: &mut [Complex64]| {
                let mut work = Work { real, complex };
                for line in buf.chunks_mut(self.len) {
                    weight(line, pre, SQRT_2);
                    self.transform(line, &mut work);
                    line.iter_mut().for_each(|v| *v *= self.fct);
                    weight(line, post, 1.0 / SQRT_2);
                }
            })
        });
    }
}

/// Rejects a type outside 1..=4 and a DCT-I of fewer than two points.
fn check_kind(family: Family, kind: i32, len: usize) -> Result<()> {
    if !(1..=4).contains(&kind) {
        let what = if family.cosine { "DCT" } else { "DST" };
        return Err(Error::invalid(format!(
            "invalid {what} type {kind}; must be 1, 2, 3 or 4"
        )));
    }
    if family.cosine && kind == 1 && len < 2 {
        return Err(Error::invalid(format!(
            "n: invalid number of data points ({len}) specified: the DCT-I needs at least 2 \
             (SciPy: zero-length FFT requested)"
        )));
    }
    Ok(())
}

/// SciPy's `orthogonalize=None`: on exactly when `norm` is "ortho".
fn resolve_ortho(orthogonalize: Option<bool>, norm: Norm) -> bool {
    orthogonalize.unwrap_or(norm == Norm::Ortho)
}

/// `dct`/`idct`/`dst`/`idst` along one axis.
pub(crate) fn trig_1d(
    x: NdView<f64>,
    mut out: NdViewMut<f64>,
    family: Family,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &Axis1d,
) -> Result<()> {
    let axis = normalize_axis(a.axis, x.ndim())?;
    let len = length_1d(a.n, x.shape()[axis])?;
    check_kind(family, kind, len)?;
    check_out_shape(&replaced(x.shape(), &[axis], &[len]), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let op = TrigOp::new(
        family,
        kind,
        len,
        a.norm,
        resolve_ortho(orthogonalize, a.norm),
    )?;
    apply_inplace(&x, &mut out, axis, &op, a.workers);
    Ok(())
}

/// `dctn`/`idctn`/`dstn`/`idstn` over several axes.
pub(crate) fn trig_nd(
    x: NdView<f64>,
    mut out: NdViewMut<f64>,
    family: Family,
    kind: i32,
    orthogonalize: Option<bool>,
    a: &AxesNd,
) -> Result<()> {
    let (lens, axes) = shape_and_axes(x.shape(), a.s, a.axes)?;
    let ortho = resolve_ortho(orthogonalize, a.norm);
    lens.iter()
        .try_for_each(|&len| check_kind(family, kind, len))?;
    check_out_shape(&replaced(x.shape(), &axes, &lens), out.shape())?;
    if out.is_empty() {
        return Ok(());
    }
    let cut = truncated(&x, &axes, &lens)?;
    let x = match &cut {
        Some(o) => o.view()?,
        None => x,
    };
    let ops = lens
        .iter()
        .map(|&len| TrigOp::new(family, kind, len, a.norm, ortho))
        .collect::<Result<Vec<_>>>()?;
    let Some((first, rest)) = ops.split_first() else {
        copy_all(&x, &mut out);
        return Ok(());
    };
    if replaced(x.shape(), &axes[..1], &lens[..1]) == out.shape() {
        apply_inplace(&x, &mut out, axes[0], first, a.workers);
        for (op, &axis) in rest.iter().zip(&axes[1..]) {
            apply_on(&mut out, axis, op, a.workers);
        }
        return Ok(());
    }
    let (last, head) = ops.split_last().unwrap_or((first, &[]));
    let mut cur: Option<Owned<f64>> = None;
    for (op, &axis) in head.iter().zip(&axes) {
        let next = {
            let src = match &cur {
                Some(o) => o.view()?,
                None => x.clone(),
            };
            let shape = replaced(src.shape(), &[axis], &[op.len]);
            Owned::build(shape, |dst| apply_inplace(&src, dst, axis, op, a.workers))?
        };
        cur = Some(next);
    }
    let src = match &cur {
        Some(o) => o.view()?,
        None => x.clone(),
    };
    let axis = axes[axes.len() - 1];
    apply_inplace(&src, &mut out, axis, last, a.workers);
    Ok(())
}
