//! Test arrays in any memory layout, with views for the C API. Values are kept
//! as doubles; a complex array stores interleaved (re, im) pairs and counts
//! strides in complex elements, exactly like `sciport_cndarray`.

use sciport::capi::views::{sciport_cndarray, sciport_complex, sciport_ndarray};

/// Value of every buffer slot a view does not cover, and of untouched outputs.
pub const SENTINEL: f64 = -12345.678;

/// How a logical array is laid out in its buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Row-major, contiguous.
    C,
    /// Column-major, contiguous.
    F,
    /// C-order storage viewed backwards: every stride negative.
    Reversed,
    /// Every other element of a C-order buffer (all strides doubled).
    Gapped,
    /// Fortran order with doubled strides and the first axis reversed.
    Mixed,
}

/// All layouts, for loops over them.
pub const LAYOUTS: [Layout; 5] = [
    Layout::C,
    Layout::F,
    Layout::Reversed,
    Layout::Gapped,
    Layout::Mixed,
];

/// A strided array owning its buffer (which may contain gaps).
#[derive(Debug, Clone)]
pub struct Arr {
    /// The buffer, in doubles.
    pub buf: Vec<f64>,
    /// Logical shape.
    pub shape: Vec<usize>,
    /// Strides in elements (complex elements for complex arrays).
    pub strides: Vec<isize>,
    /// Element index of `[0, ..., 0]` in the buffer.
    pub offset: usize,
    /// Whether elements are complex (two doubles).
    pub complex: bool,
}

fn c_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = 1isize;
    for (s, &n) in strides.iter_mut().zip(shape).rev() {
        *s = step;
        step *= n.max(1) as isize;
    }
    strides
}

fn f_strides(shape: &[usize]) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = 1isize;
    for (s, &n) in strides.iter_mut().zip(shape) {
        *s = step;
        step *= n.max(1) as isize;
    }
    strides
}

/// Calls `f(flat_c_index, element_offset)` for every element, in C order.
fn for_each_offset(shape: &[usize], strides: &[isize], mut f: impl FnMut(usize, isize)) {
    let count: usize = shape.iter().product();
    let mut index = vec![0usize; shape.len()];
    for flat in 0..count {
        let off = index
            .iter()
            .zip(strides)
            .map(|(&i, &s)| i as isize * s)
            .sum();
        f(flat, off);
        for d in (0..shape.len()).rev() {
            index[d] += 1;
            if index[d] < shape[d] {
                break;
            }
            index[d] = 0;
        }
    }
}

impl Arr {
    /// An array of `shape` in `layout` with every slot set to [`SENTINEL`].
    pub fn filled(shape: &[usize], complex: bool, layout: Layout) -> Arr {
        let count: usize = shape.iter().product::<usize>().max(1);
        let (mut strides, mut offset, slots) = match layout {
            Layout::C => (c_strides(shape), 0, count),
            Layout::F => (f_strides(shape), 0, count),
            Layout::Reversed => {
                let s: Vec<isize> = c_strides(shape).iter().map(|v| -v).collect();
                (s, count - 1, count)
            }
            Layout::Gapped => (
                c_strides(shape).iter().map(|v| 2 * v).collect(),
                0,
                2 * count,
            ),
            Layout::Mixed => (
                f_strides(shape).iter().map(|v| 2 * v).collect(),
                0,
                2 * count,
            ),
        };
        if layout == Layout::Mixed && !shape.is_empty() && shape[0] > 1 {
            offset = strides[0] as usize * (shape[0] - 1);
            strides[0] = -strides[0];
        }
        let width = if complex { 2 } else { 1 };
        Arr {
            buf: vec![SENTINEL; slots * width],
            shape: shape.to_vec(),
            strides,
            offset,
            complex,
        }
    }

    /// An array holding `values` (C-order logical values, interleaved when complex).
    pub fn from_values(values: &[f64], shape: &[usize], complex: bool, layout: Layout) -> Arr {
        let mut a = Arr::filled(shape, complex, layout);
        a.set_values(values);
        a
    }

    fn width(&self) -> usize {
        if self.complex {
            2
        } else {
            1
        }
    }

    /// Buffer index (in doubles) of each element, in C order.
    fn slots(&self) -> Vec<usize> {
        let (w, base) = (self.width() as isize, self.offset as isize);
        let mut out = vec![0usize; self.shape.iter().product()];
        for_each_offset(&self.shape, &self.strides, |flat, off| {
            out[flat] = ((base + off) * w) as usize
        });
        out
    }

    /// Overwrites the logical values (C order, interleaved when complex).
    pub fn set_values(&mut self, values: &[f64]) {
        let w = self.width();
        assert_eq!(
            values.len(),
            self.slots().len() * w,
            "value count does not match the shape"
        );
        for (flat, slot) in self.slots().into_iter().enumerate() {
            self.buf[slot..slot + w].copy_from_slice(&values[flat * w..flat * w + w]);
        }
    }

    /// The logical values in C order (interleaved when complex).
    pub fn values(&self) -> Vec<f64> {
        let w = self.width();
        self.slots()
            .into_iter()
            .flat_map(|s| self.buf[s..s + w].to_vec())
            .collect()
    }

    /// True when every buffer slot outside the view still holds [`SENTINEL`].
    pub fn gaps_untouched(&self) -> bool {
        let mut covered = vec![false; self.buf.len()];
        for s in self.slots() {
            covered[s..s + self.width()]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        covered
            .iter()
            .zip(&self.buf)
            .all(|(&c, &v)| c || v.to_bits() == SENTINEL.to_bits())
    }

    /// True when every slot of the buffer holds [`SENTINEL`].
    pub fn all_sentinel(&self) -> bool {
        self.buf.iter().all(|v| v.to_bits() == SENTINEL.to_bits())
    }

    /// A C-API view of this array (real or complex, matching `self.complex`).
    /// The view borrows `self`'s buffers: keep `self` alive and unmoved while using it.
    pub fn view(&mut self) -> View {
        let base = self.buf.as_mut_ptr();
        self.view_over(base)
    }

    /// A view with this array's layout over another buffer `base` (of at least
    /// `self.buf.len()` doubles), e.g. to alias an input for in-place calls.
    /// `self` must outlive the view (it owns the shape and strides).
    pub fn view_over(&self, base: *mut f64) -> View {
        let (ndim, shape, strides) = (self.shape.len(), self.shape.as_ptr(), self.strides.as_ptr());
        if self.complex {
            let data = unsafe { (base as *mut sciport_complex).add(self.offset) };
            View::C(sciport_cndarray {
                data,
                ndim,
                shape,
                strides,
            })
        } else {
            let data = unsafe { base.add(self.offset) };
            View::R(sciport_ndarray {
                data,
                ndim,
                shape,
                strides,
            })
        }
    }
}

/// A view argument of either element type.
#[derive(Debug, Clone, Copy)]
pub enum View {
    /// Real view.
    R(sciport_ndarray),
    /// Complex view.
    C(sciport_cndarray),
    /// A NULL pointer in place of a real view.
    NullR,
    /// A NULL pointer in place of a complex view.
    NullC,
}

impl View {
    /// Pointer to the real view; panics (a test bug) for a complex one.
    pub fn r(&self) -> *const sciport_ndarray {
        match self {
            View::R(v) => v,
            View::NullR => std::ptr::null(),
            _ => panic!("test bug: expected a real view"),
        }
    }

    /// Pointer to the complex view; panics (a test bug) for a real one.
    pub fn c(&self) -> *const sciport_cndarray {
        match self {
            View::C(v) => v,
            View::NullC => std::ptr::null(),
            _ => panic!("test bug: expected a complex view"),
        }
    }

    /// The NULL stand-in of the same element type.
    pub fn null_like(&self) -> View {
        if self.is_complex() {
            View::NullC
        } else {
            View::NullR
        }
    }

    /// The same view with its `data` pointer set to NULL.
    pub fn with_null_data(&self) -> View {
        match *self {
            View::R(v) => View::R(sciport_ndarray {
                data: std::ptr::null_mut(),
                ..v
            }),
            View::C(v) => View::C(sciport_cndarray {
                data: std::ptr::null_mut(),
                ..v
            }),
            other => other,
        }
    }

    /// True for a complex view.
    pub fn is_complex(&self) -> bool {
        matches!(self, View::C(_) | View::NullC)
    }
}
